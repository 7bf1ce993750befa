"""Rewrites as "I" statements: a feeling, the situation as behaviour, and a request.

Suggestions are offered, never applied. Each one is checked with the classifier before
it is offered: a rewrite that itself shows a pattern that pushes partners apart is
dropped, so the coach never suggests what it would warn about.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from heartwork.coach.topics import topic_of

# A feeling the writer may own, by the pattern their words showed.
FEELING_FOR = {
    "criticism": "hurt",
    "contempt": "frustrated",
    "absolute": "discouraged",
    "blame": "upset",
    "defensiveness": "caught off guard",
    "stonewalling": "overwhelmed",
}
NAMED_FEELING = re.compile(
    r"\b(angry|furious|anxious|stressed|sad|miserable|lonely|jealous|embarrassed|humiliated|"
    r"small|ugly|worthless|invisible|exhausted|scared|nervous|upset|guilty|ashamed|unwanted|"
    r"ignored|tired)\b",
    re.I,
)


def _feeling(text: str, labels: Sequence[str]) -> str:
    """The writer's own feeling word, exactly as strong as they said it.

    A rewrite changes how a thing is said, never how much it hurt: turning "worthless"
    into "small" or "humiliated" into "embarrassed" would be the very minimizing the
    coach warns a listener against. Only when no feeling is named does the coach offer
    the one the pattern usually hides.
    """
    named = NAMED_FEELING.search(text)
    if named:
        return named.group(1).lower()
    return next((FEELING_FOR[label] for label in labels if label in FEELING_FOR), "hurt")


def candidates(text: str, labels: Sequence[str]) -> list[str]:
    """Rewrites to offer, best first (unchecked)."""
    topic = topic_of(text)
    if "stonewalling" in labels:
        return [
            "I'm feeling overwhelmed and need a short break. Can we come back to this in half an hour?",
            f"I need a little time before I can talk about {topic.name} well. Could we pick it up after dinner?",
            "I don't want to shut you out. I need twenty minutes to calm down, then I'll come back.",
        ]
    if {"minimizing", "fixing"} & set(labels) and not {"criticism", "contempt", "blame"} & set(
        labels
    ):
        return [
            "That sounds really hard. Do you want to tell me more about it?",
            "I can see why this is getting to you. Would ideas help, or would you rather I just listen?",
            f"It makes sense that {topic.name} is weighing on you. I'm here.",
        ]
    if "defensiveness" in labels and len(set(labels)) == 1:
        return [
            "I can hear that this upset you. Can you tell me more about how it was for you?",
            "I didn't see it that way at first, but I can see why it bothered you.",
            "I want to understand what you need from me here. What would help?",
        ]
    feeling = _feeling(text, labels)
    return [
        f"I feel {feeling} {topic.situation}. {topic.request}",
        f"Can we talk about {topic.name}? I've been feeling {feeling} about it, "
        "and I'd like us to find something that works for both of us.",
        f"I'm feeling {feeling} right now, and I'd like us to talk about {topic.name} calmly. "
        "When would be a good moment?",
    ]


def suggest(text: str, labels: Sequence[str], is_harmful: Callable[[str], bool]) -> list[str]:
    """Up to three rewrites that themselves show no harmful pattern."""
    return [s for s in candidates(text, labels) if not is_harmful(s)][:3]
