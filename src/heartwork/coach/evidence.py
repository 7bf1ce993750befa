"""The words that show a label, chosen by the model, or none when the model has no such words.

A highlighted "Oh", "a" or "!" tells a person nothing, and a flag they cannot see the
reason for is worse than no flag (issue #11). So each label's evidence is read from the
linear model's weights: every token is credited with what its own features add to that
label's score (its word, its word classes, half of each word pair it is in, the opening
and closing features, and any rule match that covers it). The evidence is the short run
of tokens with the largest credit. When the words in that run that mean something (not
little words or punctuation) carry little credit, the label is not shown at all.
"""

from __future__ import annotations

from typing import NamedTuple

from heartwork.coach.features import Parsed
from heartwork.coach.model import Model
from heartwork.coach.rows import Rows, index_of, rows

MAX_WORDS = 8  # a span a person can take in at a glance
TRIM = 0.35  # an end word with less than this share of the strongest word's credit is cut
# Credit (in linear-model units) the evidence must reach for a label to be shown. Chosen
# on train+dev so that labels resting on little words drop out and clear ones stay.
MIN_CREDIT = 0.3
# Words that show no pattern by themselves: a span made only of these is no evidence.
_LITTLE = (
    "a an the and or but if then than to of in on at by for with from as is are was were "
    "be been am i i'm im i've i'd me my mine you you're your yours u ur it it's its this "
    "that these those he she they we us our them his her their oh ah uh um hmm er like ! ? ."
)
LITTLE_WORDS = frozenset(_LITTLE.split())


class Evidence(NamedTuple):
    start: int
    end: int
    credit: float


def _credits(parsed: Parsed, found: Rows, weights: list[float]) -> list[float]:
    """Each token's credit for one label; ``weights`` are that label's linear weights of
    ``found``'s slots (``Rows.weights``)."""
    toks = parsed.tokens
    n = found.n
    credit = weights[1 : n + 1]
    at = found.classes_at
    for i in found.class_tokens:
        credit[i] += weights[at] + weights[at + 1]
        at += 2
    for i in range(n - 1):
        half = weights[found.pairs_at + i] / 2
        credit[i] += half
        credit[i + 1] += half
    tail = found.tail
    credit[0] += weights[tail]
    credit[-1] += weights[tail + 2]
    if n > 1:
        pair = weights[tail + 1] / 2
        credit[0] += pair
        credit[1] += pair
    per_label: dict[str, int] = {}
    for hit in parsed.hits:
        per_label[hit.rule.label] = per_label.get(hit.rule.label, 0) + 1
    at = found.hits_at
    for hit in parsed.hits:
        rule, label = weights[at], weights[found.hit_labels[hit.rule.label]]
        at += 1
        covered = [i for i, t in enumerate(toks) if t.start < hit.end and t.end > hit.start]
        if covered:
            share = (rule + label / per_label[hit.rule.label]) / len(covered)
            for i in covered:
                credit[i] += share
    return credit


def evidence(
    parsed: Parsed, model: Model, label: str, found: Rows | None = None
) -> Evidence | None:
    """The run of at most MAX_WORDS tokens that most shows ``label``, or None if weak.

    ``found`` is the message's rows (``rows.rows``), when the caller has them already.
    """
    toks = parsed.tokens
    if not toks:
        return None
    if found is None:
        found = rows(parsed, model)
    credit = _credits(parsed, found, found.weights(index_of(model), model.labels.index(label)))
    best: tuple[float, int, int] | None = None
    for start in range(len(toks)):
        if credit[start] <= 0:
            continue
        total = 0.0
        for end in range(start, min(start + MAX_WORDS, len(toks))):
            total += credit[end]
            if credit[end] > 0 and (best is None or total > best[0]):
                best = (total, start, end)
    if best is None:
        return None
    total, first, last = best
    # Little words may sit inside the span ("you *always* do this"), but they may not
    # carry it: the words that mean something must reach the credit on their own.
    meaningful = sum(
        credit[i]
        for i in range(first, last + 1)
        if toks[i].raw not in LITTLE_WORDS and toks[i].text not in LITTLE_WORDS
    )
    if meaningful < MIN_CREDIT:
        return None
    # Trim words at either end that add little next to the strongest one: the span shows
    # the reason, not the whole clause around it.
    peak = max(credit[first : last + 1])
    start, end = first, last
    while start < end and credit[start] < TRIM * peak:
        start += 1
    while end > start and credit[end] < TRIM * peak:
        end -= 1
    if any(toks[i].raw not in LITTLE_WORDS for i in range(start, end + 1)):
        first, last = start, end  # else the whole run stays: it holds the meaningful words
    total = sum(credit[first : last + 1])
    return Evidence(toks[first].start, toks[last].end, total)
