"""Baselines for the coach, measured beside it in the same run.

- A keyword list: what the field's regex lists do (a label when any of its words appears).
- VADER's compound sentiment (vaderSentiment from PyPI) for the binary question "does
  this message have a pattern that pushes partners apart?" (compound <= -0.05).
"""

from __future__ import annotations

from collections.abc import Callable

KEYWORDS: dict[str, list[str]] = {
    "criticism": [
        "you're so",
        "you are so",
        "selfish",
        "lazy",
        "what is wrong with you",
        "what's wrong with you",
        "inconsiderate",
        "useless",
    ],
    "contempt": [
        "idiot",
        "stupid",
        "pathetic",
        "genius",
        "poor baby",
        "loser",
        "whatever you say",
        "as usual",
        "ugh",
        "joke",
    ],
    "defensiveness": [
        "not my fault",
        "you do it too",
        "what was i supposed",
        "but you",
        "i was just",
        "it's not like",
    ],
    "stonewalling": ["whatever", "i'm done", "fine.", "leave me alone", "not talking", "drop it"],
    "blame": ["you make me", "you made me", "because of you", "your fault", "you hurt me"],
    "absolute": ["always", "never", "every time", "every single"],
    "minimizing": [
        "overreacting",
        "not a big deal",
        "calm down",
        "relax",
        "too sensitive",
        "get over it",
        "dramatic",
    ],
    "fixing": ["you should", "just ", "why don't you", "have you tried", "you need to"],
    "i_statement": ["i feel", "i felt", "i need", "i'd like", "i would like"],
    "appreciation": ["thank", "love", "grateful", "appreciate", "amazing", "proud of you"],
    "validation": [
        "makes sense",
        "sounds hard",
        "that sounds",
        "i understand",
        "of course you",
        "no wonder",
    ],
    "reflection": ["sounds like", "what i'm hearing", "so you", "if i understand", "you're saying"],
    "repair": ["sorry", "i was wrong", "my fault", "let's take a break", "start over", "apologize"],
    "open_question": ["how did", "what do you", "how do you", "what would", "tell me more"],
}


def keyword_labels(text: str) -> list[str]:
    low = text.lower()
    return [label for label, words in KEYWORDS.items() if any(w in low for w in words)]


def vader_labeller() -> Callable[[str], list[str]]:
    """A labeller that says only 'criticism' (as "harmful") when VADER finds it negative."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()

    def labels(text: str) -> list[str]:
        return ["criticism"] if analyzer.polarity_scores(text)["compound"] <= -0.05 else []

    return labels
