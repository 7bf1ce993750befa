"""Feeling words for check-ins and the quality-time idea bank (data files written by us)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).with_name("data")


@dataclass(frozen=True)
class FeelingGroup:
    key: str
    title: str
    words: tuple[str, ...]


@dataclass(frozen=True)
class Activity:
    key: str
    title: str
    description: str
    place: str
    cost: str
    minutes: int
    energy: str
    new: bool
    # Works while the two of you are apart (a call, the post, a shared list), so a
    # long-distance couple can find what they can do now.
    apart: bool


@cache
def feeling_groups() -> tuple[FeelingGroup, ...]:
    data = json.loads((DATA / "feelings.json").read_text(encoding="utf-8"))
    return tuple(FeelingGroup(g["key"], g["title"], tuple(g["words"])) for g in data["groups"])


@cache
def feeling_words() -> frozenset[str]:
    return frozenset(word for group in feeling_groups() for word in group.words)


@cache
def activities() -> tuple[Activity, ...]:
    data = json.loads((DATA / "activities.json").read_text(encoding="utf-8"))
    return tuple(
        Activity(
            a["key"],
            a["title"],
            a["description"],
            a["place"],
            a["cost"],
            int(a["minutes"]),
            a["energy"],
            bool(a["new"]),
            bool(a["apart"]),
        )
        for a in data["activities"]
    )


def filter_activities(
    *,
    place: str = "",
    cost: str = "",
    energy: str = "",
    new: str = "",
    apart: str = "",
    max_minutes: int | None = None,
) -> list[Activity]:
    out = []
    for a in activities():
        if (
            (place and a.place != place)
            or (cost and a.cost != cost)
            or (energy and a.energy != energy)
        ):
            continue
        if new == "1" and not a.new:
            continue
        if apart == "1" and not a.apart:
            continue
        if max_minutes is not None and a.minutes > max_minutes:
            continue
        out.append(a)
    return out


# Ideas on one page of the time-together page: a handful to choose from, not a long scroll.
IDEAS_PAGE = 8


@dataclass(frozen=True)
class IdeasPage:
    items: list[Activity]
    number: int
    pages: int
    total: int


def ideas_page(ideas: list[Activity], asked: str) -> IdeasPage:
    """One page of the built-in ideas (they are the app's own, not couple data, so a page
    number is fine). A number out of range shows the nearest page."""
    pages = max(1, -(-len(ideas) // IDEAS_PAGE))
    number = min(max(int(asked) if asked.isdigit() else 1, 1), pages)
    start = (number - 1) * IDEAS_PAGE
    return IdeasPage(ideas[start : start + IDEAS_PAGE], number, pages, len(ideas))
