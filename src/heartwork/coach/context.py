"""Reading a reply with the message it answers.

Two labels are about a reply, not about words alone (``coach-labels.md``): ``fixing`` is
advice given *in reply to shared feelings*, and ``defensiveness`` is a counter-complaint
*when a complaint is raised*. Alone, "you should just call her" may be a fine idea; in
answer to "I feel so alone with your family" it skips the feeling. So ``analyze(text,
replying_to=...)`` adjusts the labels of the reply here, from the message it answers:

- advice is ``fixing`` only in answer to a feeling, and never when advice was asked for;
- a reply to a complaint that turns it back ("well, you do it too", "what about when you")
  is ``defensiveness`` even where the words alone read as a plain remark.

The label model reads the pair too: ``reply_features`` adds what the answered message is
(a feeling shared, a complaint, a question, a request for ideas) and how much of it the
reply says back, alone and together with how the reply opens and how long it is. So
"so he took the credit again?" can be a reflection after "Jo took credit for my work",
"k." can be stonewalling after a complaint, and the same words need not be either alone.
Trained on the message-and-replies files of the corpus (``tools/coach/train.py``).
"""

from __future__ import annotations

import re

from heartwork.coach.features import Parsed, parse
from heartwork.coach.labels import HARMFUL

# The message answered shares a feeling: "I feel", "I'm hurt", "it hurt me".
_FEELING = re.compile(
    r"\b(i\s+(feel|felt)|i'?m\s+(so\s+|really\s+)?(sad|hurt|upset|lonely|alone|scared|afraid|"
    r"angry|anxious|worried|tired|exhausted|overwhelmed|frustrated)|i\s+was\s+(so\s+|really\s+)?"
    r"(sad|hurt|upset|lonely|scared|angry|worried)|hurt\s+me)\b",
    re.IGNORECASE,
)
# The message answered asks for ideas: advice in reply is then an answer, not fixing.
_ASKED = re.compile(
    r"\b(what\s+(should|would|could)\s+i|what\s+do\s+you\s+think\s+i\s+should|"
    r"any\s+(ideas|advice|suggestions)|what\s+would\s+you\s+do|should\s+i\b|"
    r"help\s+me\s+(decide|figure))",
    re.IGNORECASE,
)
# A reply that turns a complaint back on the one who raised it.
_TURNED_BACK = re.compile(
    r"^\W*(well,?\s+|but\s+|oh,?\s+)?(you\s+(do|did)\s+(it|that|the\s+same)\s+too|"
    r"what\s+about\s+(you|when\s+you|the\s+time\s+you)|you'?re\s+one\s+to\s+talk|"
    r"look\s+who'?s\s+talking|and\s+you\s+don'?t\?)",
    re.IGNORECASE,
)


def shares_feeling(text: str) -> bool:
    return bool(_FEELING.search(text))


def in_reply(labels: list[str], text: str, replying_to: str, answered: list[str]) -> list[str]:
    """``labels`` of ``text`` read as a reply to ``replying_to`` (whose labels are
    ``answered``), in the order of ``labels`` with any added label last."""
    out = list(labels)
    feeling = "i_statement" in answered or shares_feeling(replying_to)
    if "fixing" in out and (_ASKED.search(replying_to) or not feeling):
        out.remove("fixing")
    complaint = feeling or any(label in answered for label in ("criticism", "blame", "absolute"))
    if complaint and "defensiveness" not in out and _TURNED_BACK.search(text):
        out.append("defensiveness")
    return out


_COMPLAINT_RULES = frozenset({"criticism", "blame", "absolute", "contempt"})
# Words too common to show that a reply says back what it answers.
_COMMON = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "so",
        "if",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "is",
        "are",
        "was",
        "were",
        "be",
        "i",
        "i'm",
        "me",
        "my",
        "you",
        "your",
        "it",
        "it's",
        "this",
        "that",
        "just",
        "really",
        "very",
        "not",
        "no",
        "yes",
        "do",
        "did",
        "have",
        "had",
        "he",
        "she",
        "they",
        "we",
    ]
)


def turned_back(text: str) -> tuple[int, int] | None:
    """Where a reply turns a complaint back on the one who raised it, if it does."""
    match = _TURNED_BACK.search(text)
    return (match.start(), match.end()) if match else None


def _content(parsed: Parsed) -> set[str]:
    return {t.text for t in parsed.tokens if t.text.isalpha() and t.text not in _COMMON}


def reply_features(reply: Parsed, replying_to: str, answered: Parsed | None = None) -> list[str]:
    """Features of ``reply`` read against the message it answers (all start with "x:").

    ``answered`` is ``replying_to`` parsed, when the caller has parsed it already.
    """
    if answered is None:
        answered = parse(replying_to)
    kinds = ["x:any"]
    if shares_feeling(replying_to):
        kinds.append("x:feel")
    if _ASKED.search(replying_to):
        kinds.append("x:asked")
    if replying_to.rstrip().endswith("?"):
        kinds.append("x:question")
    rule_labels = {hit.rule.label for hit in answered.hits}
    if rule_labels & _COMPLAINT_RULES:
        kinds.append("x:complaint")
    if rule_labels & frozenset(HARMFUL):
        kinds.append("x:harmful")
    mine, theirs = _content(reply), _content(answered)
    shared = len(mine & theirs)
    echo = "none" if not shared else "some" if shared < 3 and shared < len(mine) / 3 else "much"
    words = [t.text for t in reply.tokens]
    n = len(words)
    size = "1" if n <= 1 else "short" if n <= 4 else "mid" if n <= 15 else "long"
    first = words[0] if words else "<none>"
    out = [*kinds, f"x:echo:{echo}"]
    for kind in kinds:
        out += [f"{kind}|len:{size}", f"{kind}|first:{first}", f"{kind}|echo:{echo}"]
    return out
