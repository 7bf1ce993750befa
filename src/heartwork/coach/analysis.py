"""``analyze``: name the patterns in one message, show the words, explain, suggest."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from heartwork.coach import model as model_module
from heartwork.coach.concern import Concern, Directory, find_concern
from heartwork.coach.context import in_reply, reply_features, turned_back
from heartwork.coach.evidence import Evidence, evidence
from heartwork.coach.features import Parsed, parse
from heartwork.coach.labels import HARMFUL, LABELS, WHY
from heartwork.coach.rows import Rows, rows
from heartwork.coach.suggest import suggest

MAX_CHARS = 5000
_HARMFUL = frozenset(HARMFUL)


class Span(NamedTuple):
    label: str
    start: int
    end: int
    why: str

    def to_dict(self) -> dict[str, object]:
        return {"label": self.label, "start": self.start, "end": self.end, "why": self.why}


@dataclass(slots=True)
class Analysis:
    text: str
    labels: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    concern: Concern | None = None

    @property
    def harmful(self) -> list[str]:
        return [label for label in self.labels if label in _HARMFUL]

    def pieces(self) -> list[tuple[str, Span | None]]:
        """The text cut at the spans, each piece with the span that marks it (or None).

        A span that overlaps an earlier one shows only the words past it, so every
        character shows once and no label's own words are hidden by another's
        ("You never" is absolute; "help with the dishes, you're so lazy" criticism).
        """
        out: list[tuple[str, Span | None]] = []
        cursor = 0
        for span in sorted(self.spans, key=lambda s: s.start):
            start = max(span.start, cursor)
            if start >= span.end:
                continue
            out += [
                (self.text[cursor:start], None),
                (self.text[start : span.end], span),
            ]
            cursor = span.end
        out.append((self.text[cursor:], None))
        return [(piece, span) for piece, span in out if piece]

    def to_dict(self) -> dict[str, object]:
        return {
            "labels": list(self.labels),
            "spans": [span.to_dict() for span in self.spans],
            "suggestions": list(self.suggestions),
            "concern": self.concern.to_dict() if self.concern else None,
        }


def classify(text: str) -> list[str]:
    """The labels of ``text`` that ``analyze`` shows, in the order of LABELS (no spans)."""
    return _classified(parse(text[:MAX_CHARS]))


def _classified(parsed: Parsed) -> list[str]:
    found = rows(parsed, model_module.load())
    return list(_shown(parsed, _labels(parsed, found=found), found))


@lru_cache(maxsize=4096)
def is_harmful(text: str) -> bool:
    """Whether ``text`` shows a pattern that pushes partners apart.

    Cached: it checks the coach's own rewrites, which are built from a small set of
    templates and repeat across messages.
    """
    return any(label in _HARMFUL for label in classify(text))


_HARMFUL_COLUMNS = [LABELS.index(label) for label in HARMFUL]
_CLEAR = 0.5  # a margin, in the model's units, that counts as a clear signal


def reconcile(margins: np.ndarray) -> np.ndarray:
    """Which labels are on, from each column's margin past its threshold.

    The last column, "any harmful", decides whether the message pushes partners apart at
    all: when it says no, harmful labels are dropped; when it says so clearly and no
    single harmful label passed, the closest one is named. Chosen by cross-validation
    over train and dev: it gave the best "any harmful" F1 of the ways tried, with no
    loss in macro-F1. ``tools/coach/train.py`` scores the model through this too.
    """
    on = margins[: len(LABELS)] >= 0
    if margins[-1] < 0:
        on[_HARMFUL_COLUMNS] = False
    elif margins[-1] >= _CLEAR and not on[_HARMFUL_COLUMNS].any():
        on[max(_HARMFUL_COLUMNS, key=margins.__getitem__)] = True
    return on


def _scores(
    parsed: Parsed, found: Rows, replying_to: str | None, answered: Parsed | None = None
) -> np.ndarray:
    """The label model's scores of a message with these rows (and the message it answers,
    with ``answered`` that message parsed if the caller has it)."""
    model = model_module.load()
    extra = None
    if replying_to:
        get, zero = model.vocabulary.get, model.zero_row
        extra = [get(name, zero) for name in reply_features(parsed, replying_to, answered)]
    return model.scores_of_rows(found.array(extra))


def scores(text: str, replying_to: str | None = None) -> list[float]:
    """The label model's scores of ``text`` as ``analyze`` reads it (none for no words)."""
    parsed = parse(text[:MAX_CHARS])
    if not parsed.tokens:
        return []
    found = rows(parsed, model_module.load())
    return [float(v) for v in _scores(parsed, found, replying_to and replying_to[:MAX_CHARS])]


def _labels(
    parsed: Parsed,
    replying_to: str | None = None,
    found: Rows | None = None,
    answered: Parsed | None = None,
) -> list[str]:
    """Labels whose score passes its threshold, reconciled with the "any harmful" column.

    With ``replying_to``, the model also reads the reply against the message it answers.
    ``found`` (the message's rows) and ``answered`` (``replying_to`` parsed) are passed
    when the caller has them already: each is found once a reading.
    """
    model = model_module.load()
    if not parsed.tokens:
        return []
    if found is None:
        found = rows(parsed, model)
    on = reconcile(_scores(parsed, found, replying_to, answered) - model.thresholds)
    return [label for label, flag in zip(LABELS, on, strict=True) if flag]


def _shown(parsed: Parsed, labels: list[str], found: Rows | None = None) -> dict[str, Evidence]:
    """Each label with the words that show it; a label with no such words is left out."""
    model = model_module.load()
    if labels and found is None:
        found = rows(parsed, model)
    out = {}
    for label in labels:
        shown = evidence(parsed, model, label, found)
        if shown is not None:
            out[label] = shown
    return out


def analyze(
    text: str,
    *,
    resources: Directory | list[str] | tuple[str, ...] | None = None,
    replying_to: str | None = None,
) -> Analysis:
    """Read one message to a partner and say what it does.

    ``resources`` is where to find help when the words signal danger: a ``Directory``,
    or lines that replace the international defaults. ``replying_to`` is the message this
    one answers, if any: advice and counter-complaints are read against it (``context``).
    """
    text = text[:MAX_CHARS]
    concern = find_concern(text, resources)
    parsed = parse(text)
    replying_to = replying_to[:MAX_CHARS] if replying_to else None
    message_rows = rows(parsed, model_module.load())
    # The answered message is parsed once, for the model's reply features and its labels.
    answered = parse(replying_to) if replying_to else None
    labels = _labels(parsed, replying_to, message_rows, answered)
    if replying_to and answered is not None:
        labels = in_reply(labels, text, replying_to, _classified(answered))
    shown = _shown(parsed, labels, message_rows)
    found = (
        turned_back(text) if "defensiveness" in labels and "defensiveness" not in shown else None
    )
    if found is not None:
        # Turned back by the reading in context: the words that turn it back show it.
        shown["defensiveness"] = Evidence(*found, 0.0)
    labels = list(shown)
    spans = [Span(label, shown[label].start, shown[label].end, WHY[label]) for label in labels]
    harmful = [label for label in labels if label in _HARMFUL]
    suggestions = suggest(text, harmful, is_harmful) if harmful and concern is None else []
    return Analysis(text=text, labels=labels, spans=spans, suggestions=suggestions, concern=concern)


__all__ = ["LABELS", "Analysis", "Span", "analyze", "classify", "is_harmful", "scores"]
