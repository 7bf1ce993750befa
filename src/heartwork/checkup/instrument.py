"""The check-up's questions, loaded once from ``data/instrument.json`` (written by us).

Sections, dimensions with their items (some reverse-keyed) and practices, and the
picture question about closeness. Documented in docs/checkup.md.

The instrument is versioned. ``data/instrument.json`` is the current version; each
earlier one stays, frozen, as ``data/instrument-vN.json``, so a round is always scored
and shown with the questions it was taken on (``load(response.instrument_version)``).
An item key names one sentence for ever: a reworded item gets a new key. So a dimension
whose item keys are the same in two versions measures the same thing in both, and only
then are its scores compared across versions (``Dimension.comparable_with``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).with_name("data")
PATH = DATA / "instrument.json"
POINTS = 7
CLOSENESS = "closeness"  # the picture item's key


@dataclass(frozen=True)
class Item:
    key: str
    text: str
    reverse: bool
    dimension: str


@dataclass(frozen=True)
class Practice:
    title: str
    how: str
    place: str
    # Asks the reader to open up to, or face, the partner (say what hurt, share a worry,
    # the conflict room): never suggested to someone who does not feel safe to share.
    opens_up: bool = False


@dataclass(frozen=True)
class Dimension:
    key: str
    section: str
    name: str
    about: str
    pair: str | None
    items: tuple[Item, ...]
    practices: tuple[Practice, ...]
    # Speaks of fear, belittling or safety to share: never shown to the partner and never
    # a reason for couple practices, whatever the person chooses to share.
    sensitive: bool = False
    # A direct question about fear: not a score at all. It is in no report table, chart or
    # statistic; an answer that signals fear only opens private help (private_help.py).
    screen: bool = False
    # A gap here is not two equally good views (being belittled, met with impatience):
    # how it feels to the one on the receiving end counts, and the report says so.
    experience_counts: bool = False

    @property
    def item_keys(self) -> tuple[str, ...]:
        return tuple(item.key for item in self.items)

    def comparable_with(self, other: Dimension | None) -> bool:
        """The same questions (same item keys), so scores of the two can be compared."""
        return other is not None and other.item_keys == self.item_keys


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    intro: str
    dimensions: tuple[Dimension, ...]

    @property
    def items(self) -> list[Item]:
        return [item for dimension in self.dimensions for item in dimension.items]

    @property
    def scored_dimensions(self) -> list[Dimension]:
        return [d for d in self.dimensions if not d.screen]


@dataclass(frozen=True)
class Instrument:
    version: int
    minutes: int
    scale: tuple[str, ...]
    sections: tuple[Section, ...]
    closeness_question: str
    closeness_help: str
    closeness_low: str
    closeness_high: str

    @property
    def dimensions(self) -> list[Dimension]:
        return [d for section in self.sections for d in section.dimensions]

    @property
    def items(self) -> list[Item]:
        return [item for section in self.sections for item in section.items]

    @property
    def scored_dimensions(self) -> list[Dimension]:
        """Every dimension that is a score: all but the direct question about fear."""
        return [d for section in self.sections for d in section.scored_dimensions]

    def dimension(self, key: str) -> Dimension:
        return next(d for d in self.dimensions if d.key == key)

    def find(self, key: str) -> Dimension | None:
        """The dimension ``key`` of this version, or None if this version does not ask it."""
        return next((d for d in self.dimensions if d.key == key), None)

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)

    @property
    def share_choices(self) -> list[tuple[str, str]]:
        """What a person can choose to share, part by part: each section, then the picture."""
        return [(s.key, s.title) for s in self.sections] + [(CLOSENESS, "How close you feel")]

    @property
    def item_keys(self) -> frozenset[str]:
        return frozenset(item.key for item in self.items) | {CLOSENESS}


def load(version: int | None = None) -> Instrument:
    """The current instrument, or the frozen earlier ``version`` a round was taken on."""
    current = _read(PATH)
    if version is None or version == current.version:
        return current
    path = DATA / f"instrument-v{version}.json"
    if not path.exists():
        raise LookupError(f"No check-up instrument version {version}")
    return _read(path)


def versions() -> list[Instrument]:
    """Every version, oldest first."""
    current = load()
    return [load(v) for v in range(1, current.version)] + [current]


def item_texts() -> dict[str, str]:
    """Every statement ever asked, by key: a key names one sentence in every version."""
    return {item.key: item.text for instrument in versions() for item in instrument.items}


@cache
def _read(path: Path) -> Instrument:
    data = json.loads(path.read_text(encoding="utf-8"))
    dimensions: dict[str, list[Dimension]] = {}
    for d in data["dimensions"]:
        items = tuple(Item(i["key"], i["text"], bool(i["reverse"]), d["key"]) for i in d["items"])
        practices = tuple(
            Practice(p["title"], p["how"], p["place"], bool(p.get("opens_up", False)))
            for p in d["practices"]
        )
        dimensions.setdefault(d["section"], []).append(
            Dimension(
                d["key"],
                d["section"],
                d["name"],
                d["about"],
                d.get("pair"),
                items,
                practices,
                bool(d.get("sensitive", False)),
                bool(d.get("screen", False)),
                bool(d.get("experience_counts", False)),
            )
        )
    sections = tuple(
        Section(s["key"], s["title"], s["intro"], tuple(dimensions[s["key"]]))
        for s in data["sections"]
    )
    closeness = data["closeness"]
    return Instrument(
        data["version"],
        data["minutes"],
        tuple(data["scale"]["labels"]),
        sections,
        closeness["question"],
        closeness["help"],
        closeness["low"],
        closeness["high"],
    )
