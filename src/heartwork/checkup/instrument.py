"""The check-up's questions, loaded once from ``data/instrument.json`` (written by us).

Sections, dimensions with their items (some reverse-keyed) and practices, and the
picture question about closeness. Documented in docs/checkup.md.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

PATH = Path(__file__).with_name("data") / "instrument.json"
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


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    intro: str
    dimensions: tuple[Dimension, ...]

    @property
    def items(self) -> list[Item]:
        return [item for dimension in self.dimensions for item in dimension.items]


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

    def dimension(self, key: str) -> Dimension:
        return next(d for d in self.dimensions if d.key == key)

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)

    @property
    def share_choices(self) -> list[tuple[str, str]]:
        """What a person can choose to share, part by part: each section, then the picture."""
        return [(s.key, s.title) for s in self.sections] + [(CLOSENESS, "How close you feel")]

    @property
    def item_keys(self) -> frozenset[str]:
        return frozenset(item.key for item in self.items) | {CLOSENESS}


@cache
def load(path: Path = PATH) -> Instrument:
    data = json.loads(path.read_text(encoding="utf-8"))
    dimensions: dict[str, list[Dimension]] = {}
    for d in data["dimensions"]:
        items = tuple(Item(i["key"], i["text"], bool(i["reverse"]), d["key"]) for i in d["items"])
        practices = tuple(Practice(p["title"], p["how"], p["place"]) for p in d["practices"])
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
