"""The check-up in short steps: a few sentences a page, so a phone never shows a wall of scales.

Each section is cut into steps of PER_STEP sentences, in the order they are asked; the
closeness picture is the last step. A step's key is its section's key for the first
part (so a link to a section opens its start) and ``<section>-<part>`` after that.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from heartwork.checkup.instrument import Instrument, Item, Section

PER_STEP = 6
CLOSENESS_STEP = "closeness"


@dataclass(frozen=True)
class Step:
    key: str
    section: Section | None  # None: the closeness picture
    items: tuple[Item, ...]
    part: int  # 1-based, within its section
    parts: int


def steps(instrument: Instrument) -> list[Step]:
    every = []
    for section in instrument.sections:
        items = section.items
        chunks = [tuple(items[i : i + PER_STEP]) for i in range(0, len(items), PER_STEP)]
        for part, chunk in enumerate(chunks, start=1):
            key = section.key if part == 1 else f"{section.key}-{part}"
            every.append(Step(key, section, chunk, part, len(chunks)))
    every.append(Step(CLOSENESS_STEP, None, (), 1, 1))
    return every


def find(instrument: Instrument, key: str) -> Step | None:
    return next((s for s in steps(instrument) if s.key == key), None)


def after(instrument: Instrument, key: str) -> Step | None:
    keys = [s.key for s in steps(instrument)]
    following = steps(instrument)[keys.index(key) + 1 :]
    return following[0] if following else None


def before(instrument: Instrument, key: str) -> Step | None:
    every = steps(instrument)
    index = [s.key for s in every].index(key)
    return every[index - 1] if index else None


def first_unanswered(
    instrument: Instrument, missing: Collection[str], section_key: str | None = None
) -> Step:
    """The first step (of a section, if given) with a question still to answer."""
    for step in steps(instrument):
        if section_key and (step.section is None or step.section.key != section_key):
            continue
        if step.section is None or any(item.key in missing for item in step.items):
            return step
    return steps(instrument)[-1]


def step_of(instrument: Instrument, item_key: str) -> Step:
    return next(s for s in steps(instrument) if any(i.key == item_key for i in s.items))
