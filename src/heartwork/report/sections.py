"""The parts of a report its author chooses from, one by one.

Every part is the author's own (their check-up) or what both partners already see (the
couple's practice counts, and the conflict room's monthly counts once it has any). Parts
that never exist here, whatever is chosen: the private safety screen, the direct question
about fear, the sensitive scores (respect, safety to share) and any private-help note.
"""

from __future__ import annotations

from dataclasses import dataclass

from heartwork.accounts.models import User
from heartwork.checkup.history import my_rounds
from heartwork.checkup.instrument import load
from heartwork.report.conflict import conflict_patterns
from heartwork.report.practice import practice_summary

CHECKUP_PREFIX = "checkup."
CLOSENESS = "closeness"
TRENDS = "trends"
PRACTICE = "practice"
CONFLICT = "conflict"


@dataclass(frozen=True)
class Choice:
    key: str
    title: str  # as the author chooses it
    about: str
    shown: str  # as the counselor reads it


def all_choices() -> list[Choice]:
    """Every part a report can have, in the order a report shows them."""
    instrument = load()
    checkup = [
        Choice(
            f"{CHECKUP_PREFIX}{s.key}",
            f"Check-up: {s.title}",
            "Your scores in each round (and, in the FHIR file, your answer to each question).",
            f"Check-up: {s.title}",
        )
        for s in instrument.sections
    ]
    return [
        *checkup,
        Choice(
            CLOSENESS,
            "How close you feel",
            "The circles picture you chose in each round.",
            "How close they feel",
        ),
        Choice(
            TRENDS,
            "How your scores moved",
            "What changed since your round before, for the check-up parts you chose.",
            "How the scores moved",
        ),
        Choice(
            PRACTICE,
            "Your practice together",
            "How many daily questions, check-ins, appreciations, plans and promises you "
            "shared in the last 90 days. Counts only, never what was written.",
            "Practice together",
        ),
        Choice(
            CONFLICT,
            "How your disagreements have gone",
            "The conflict room's counts of patterns over time, never what was said.",
            "How disagreements have gone",
        ),
    ]


def choices_for(user: User) -> list[Choice]:
    """The parts ``user`` has something for: a part with nothing in it is not offered."""
    rounds = len(my_rounds(user, last=2))  # all the choices need to know: none, one, more
    has = {
        CLOSENESS: rounds > 0,
        TRENDS: rounds > 1,
        PRACTICE: practice_summary(user) is not None,
        CONFLICT: conflict_patterns(user) is not None,
    }
    return [c for c in all_choices() if has.get(c.key, rounds > 0)]
