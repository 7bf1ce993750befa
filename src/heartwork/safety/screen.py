"""The private safety screen: its questions, its answers, and what they mean.

Written for Heartwork in plain words, one thing per question, about the last twelve
months. It covers what people who work with abuse ask about (fear of the partner,
threats, physical harm, a hand on the neck, control of money, phone, friends and
whereabouts, sex without consent) but copies no published instrument's wording. Every
question can be answered "I'd rather not say", or not at all.

What the answers mean is decided here and nowhere else, so the pages, the API and the
export agree (docs/safety.md has the same rules in words):

- the screen *shows risk* when any question is answered "once or a few times" or
  "often": each of these is a form of harm on its own, and no count has to be reached;
- the risk is *serious* when a hand was on the neck or breathing was stopped (any
  time), or when there were threats and physical harm too: known signs that danger can
  grow, so the emergency number comes first;
- "I'd rather not say" is never read as a yes or a no.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from heartwork.core.errors import DomainError

VERSION = 1


@dataclass(frozen=True)
class Question:
    key: str
    text: str
    # Said back to the person on their own next-steps page, in their words' direction.
    about: str


QUESTIONS: tuple[Question, ...] = (
    Question(
        "afraid",
        "Have you felt afraid of your partner, or of what they might do?",
        "feeling afraid of your partner",
    ),
    Question(
        "threats",
        "Has your partner threatened to hurt you, or someone or something you love?",
        "threats",
    ),
    Question(
        "hurt",
        "Has your partner pushed, grabbed, slapped, kicked or hit you, or hurt your body "
        "in another way?",
        "being hurt",
    ),
    Question(
        "neck",
        "Has your partner put their hands or anything else on your neck, or stopped you "
        "from breathing?",
        "a hand on your neck or your breathing stopped",
    ),
    Question(
        "money",
        "Has your partner kept money from you, or taken yours, so that you couldn't get "
        "what you need?",
        "control of money",
    ),
    Question(
        "phone",
        "Has your partner gone through your phone, messages or accounts, or made you hand "
        "over your passwords?",
        "your phone and accounts being watched",
    ),
    Question(
        "people",
        "Has your partner kept you from seeing friends or family, or from going to work or study?",
        "being kept from people, work or study",
    ),
    Question(
        "whereabouts",
        "Has your partner tracked where you go, or demanded to know where you are all the time?",
        "being tracked",
    ),
    Question(
        "sex",
        "Has your partner pressured or forced you into anything sexual that you didn't want?",
        "sex you didn't want",
    ),
)
KEYS = tuple(q.key for q in QUESTIONS)
BY_KEY = {q.key: q for q in QUESTIONS}

Answer = Literal["no", "sometimes", "often", "rather_not"]
CHOICES: tuple[tuple[Answer, str], ...] = (
    ("no", "No"),
    ("sometimes", "Once or a few times"),
    ("often", "Often"),
    ("rather_not", "I'd rather not say"),
)
CHOICE_LABELS: dict[str, str] = dict(CHOICES)
YES = frozenset({"sometimes", "often"})

Joint = Literal["paused", "open"]


@dataclass(frozen=True)
class Assessment:
    """What a set of answers means for the person who gave them."""

    shows_risk: bool
    serious: bool
    # The questions answered "once or a few times" or "often", in screen order.
    concerns: tuple[Question, ...]
    answered: int
    declined: int


def assess(answers: Mapping[str, str]) -> Assessment:
    concerns = tuple(q for q in QUESTIONS if answers.get(q.key) in YES)
    said = {q.key for q in concerns}
    serious = "neck" in said or ("threats" in said and "hurt" in said)
    return Assessment(
        shows_risk=bool(concerns),
        serious=serious,
        concerns=concerns,
        answered=sum(1 for key in KEYS if key in answers),
        declined=sum(1 for key in KEYS if answers.get(key) == "rather_not"),
    )


@dataclass(frozen=True)
class State:
    """What one person's screen row holds, decrypted.

    ``joint`` is the person's own choice about couple exercises: None until they make
    one (then the answers decide), "paused" or "open".
    """

    answers: dict[str, str] = field(default_factory=dict)
    joint: Joint | None = None
    version: int = VERSION

    @property
    def assessment(self) -> Assessment:
        return assess(self.answers)

    @property
    def joint_paused(self) -> bool:
        """Couple exercises are closed for this person: their choice, or the answers'."""
        if self.joint is not None:
            return self.joint == "paused"
        return self.assessment.shows_risk

    def dumps(self) -> str:
        return json.dumps({"v": self.version, "answers": self.answers, "joint": self.joint})

    @classmethod
    def loads(cls, text: str) -> State:
        data = json.loads(text)
        joint = data.get("joint")
        return cls(
            answers={k: v for k, v in data.get("answers", {}).items() if k in BY_KEY},
            joint=joint if joint in ("paused", "open") else None,
            version=int(data.get("v", VERSION)),
        )


@dataclass(frozen=True)
class Saved:
    """A screen as the person sees it: the state and when it was last changed."""

    state: State
    updated_at: datetime


def clean_answers(given: Mapping[str, object]) -> dict[str, str]:
    """The answers as given, in screen order; a question left out is simply not answered.

    Raises ``DomainError`` naming the question or the answer that is not on the screen,
    so a script learns what to fix and nothing half-valid is stored.
    """
    unknown = sorted(set(given) - set(KEYS))
    if unknown:
        raise DomainError(
            f"There is no question called {unknown[0]!r}. The questions are: {', '.join(KEYS)}."
        )
    cleaned: dict[str, str] = {}
    for key in KEYS:
        if key not in given or given[key] in (None, ""):
            continue
        value = given[key]
        if value not in CHOICE_LABELS:
            allowed = ", ".join(CHOICE_LABELS)
            raise DomainError(f"The answer to {key!r} must be one of {allowed}.")
        cleaned[key] = str(value)
    return cleaned
