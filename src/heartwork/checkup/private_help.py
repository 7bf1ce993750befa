"""When a person's own answers say they may not be safe, help for them alone.

The rule reads single answers as well as scores, because an average hides the one
answer that matters: someone who says they hold things back for fear of how their
partner will react, but answers the other safety questions warmly, scores well on
"safety to share" and was never reached by a rule on the score alone (5.2% of answer
patterns could reach the old counselor rule; ``bench/counselor_rule.py`` measures it).

A signal leads to a private note on the person's own report: a safety screen, the help
page, and a counselor of their own. It never leads to a joint counselor card, to couple
practices that ask them to open up, or to anything their partner can see. It reads
answers only (no database), so the report, the bench script and the tests share it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from heartwork.checkup.instrument import Instrument
from heartwork.checkup.scoring import dimension_score

# Below this a sensitive score (respect, safety to share) is a signal.
LOW_SENSITIVE_SCORE = 55


@dataclass(frozen=True)
class ItemSignal:
    """A single answer at or above ``at`` (as given, 1-7) is a signal on its own."""

    item_key: str
    at: int
    words: str  # what the person said, in plain words, for their own private note


ITEM_SIGNALS = (
    # Any answer but "Not at all true": fear of a partner is never too small to mention.
    ItemSignal("feeling_safe_1", 2, "you feel afraid of your partner at times"),
    # "About half the time" or more: holding back for fear of the reaction.
    ItemSignal(
        "safety_to_share_3",
        4,
        "you hold things back because you worry how your partner will react",
    ),
)

# Sensitive scores, with the words said when they are low.
SCORE_SIGNALS = {
    "partner_respect": "you don't always feel respected by your partner",
    "safety_to_share": "it doesn't always feel safe to say what you think",
}


@dataclass(frozen=True)
class Signal:
    key: str  # the item or dimension it comes from
    words: str


def signals(answers: Mapping[str, int], instrument: Instrument) -> list[Signal]:
    """Every reason, in this person's own answers, to offer them private help.

    A low score adds nothing when one of its own answers already said it more plainly.
    """
    found: list[Signal] = []
    said_in: set[str] = set()
    for s in ITEM_SIGNALS:
        home = next((d for d in instrument.dimensions if s.item_key in d.item_keys), None)
        if home is not None and answers.get(s.item_key, 0) >= s.at:
            found.append(Signal(s.item_key, s.words))
            said_in.add(home.key)
    for key, words in SCORE_SIGNALS.items():
        dimension = instrument.find(key)
        if dimension is None or key in said_in:
            continue
        score = dimension_score(answers, dimension)
        if score is not None and score < LOW_SENSITIVE_SCORE:
            found.append(Signal(key, words))
    return found
