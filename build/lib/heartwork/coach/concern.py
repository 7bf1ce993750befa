"""Messages that speak of self-harm, violence, or fear of the partner.

These are not communication patterns to coach: when one appears, the interfaces show
ways to get help instead of tips. The patterns lean towards noticing (a missed message
costs more than an extra resource list), with guards for common idioms ("this traffic
is killing me", "I could kill for a pizza").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

SELF_HARM = re.compile(
    r"\b(?:kill(?:ing)? myself|end (?:it all|my life|things)|suicid\w*|take my (?:own )?life|"
    r"(?:want|wanna|going) to die|wish i (?:was|were) dead|better off (?:dead|without me)|"
    r"(?:hurt|hurting|cut|cutting|harm|harming) myself|self[- ]harm\w*|"
    r"don'?t want to (?:be here|live|wake up)(?: anymore)?|no reason to live|can'?t go on)\b",
    re.I,
)
VIOLENCE = re.compile(
    r"\b(?:(?:he|she|they|you)\s+(?:hit|hits|punched|punches|slapped|slaps|kicked|kicks|choked|"
    r"chokes|strangled|shoved|shoves|pushed|pushes|grabbed|grabs|threw|throws|beat|beats|"
    r"hurt|hurts|threatened|threatens)\s+(?:me|my|at me)|"
    r"i(?:'ll| will| am going to|'m going to|'m gonna| could| want to)\s+(?:kill|hurt|hit|punch|"
    r"strangle|choke|beat)\s+(?:you|him|her|them)|"
    r"(?:threatened|threatens|threatening) (?:to|me)|raised (?:his|her|their) (?:hand|fist)|"
    r"hit me|hurt me physically|put (?:his|her|their) hands on me|left (?:a )?bruises?)\b",
    re.I,
)
FEAR = re.compile(
    r"\b(?:(?:afraid|scared|frightened|terrified) (?:of|of what) (?:you|him|her|them|my (?:partner|husband|wife|boyfriend|girlfriend))|"
    r"(?:afraid|scared|frightened|terrified) to (?:go|come) home|"
    r"(?:afraid|scared|frightened|terrified) (?:of )?what (?:you|he|she|they)(?:'ll| will| might| could)|"
    r"don'?t feel safe (?:with you|at home|around you|with him|with her)|not safe (?:at home|with you)|"
    r"walk(?:ing)? on eggshells)\b",
    re.I,
)
IDIOM = re.compile(
    r"\b(?:killing me|kill for|could kill (?:for|a)|dying (?:to|for)|to die for|dead tired|"
    r"dying of laughter|i'?m dead|scared of (?:spiders|heights|the dark|flying|dogs)|"
    r"hit me up|it hit me|that hit me|hits me (?:that|when|how))\b",
    re.I,
)
NEGATED = re.compile(r"\b(?:not|never|no longer|isn'?t|wasn'?t)\s+(?:\w+\s+){0,2}$", re.I)

# International defaults; a deployment sets its own list (Django setting COACH_RESOURCES).
DEFAULT_RESOURCES: tuple[str, ...] = (
    "If you are in danger right now, call your local emergency number "
    "(112 in Europe, 911 in North America, 999 in the UK, 000 in Australia).",
    "Find a free, confidential helpline in your country, for suicidal thoughts and for "
    "abuse at home: https://findahelpline.com",
    "Domestic abuse hotlines in most countries are listed at https://www.hotpeachpages.net",
)


@dataclass(frozen=True)
class Concern:
    kind: str  # "self_harm", "violence" or "fear"
    resources: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "resources": list(self.resources)}


def _found(pattern: re.Pattern[str], text: str) -> bool:
    for match in pattern.finditer(text):
        if IDIOM.search(text, max(match.start() - 10, 0), match.end() + 12):
            continue
        if NEGATED.search(text[max(match.start() - 30, 0) : match.start()]):
            continue
        return True
    return False


# Every concern pattern contains one of these pieces of text; most messages have none
# and are cleared with a few substring checks, far cheaper than any regex search.
_ANY = (
    "kill",
    "suicid",
    "die",
    "dead",
    "life",
    "live",
    "harm",
    "hurt",
    "cut",
    "end",
    "hit",
    "punch",
    "slap",
    "kick",
    "chok",
    "strang",
    "shov",
    "push",
    "grab",
    "threw",
    "throw",
    "beat",
    "threat",
    "raised",
    "hands on",
    "bruise",
    "afraid",
    "scared",
    "frighten",
    "terrified",
    "safe",
    "eggshell",
    "wake up",
    "go on",
    "be here",
)


def find_concern(text: str, resources: tuple[str, ...] | list[str] | None = None) -> Concern | None:
    """The most serious concern the message speaks of, or None."""
    lowered = text.lower()
    if not any(piece in lowered for piece in _ANY):
        return None
    for kind, pattern in (("self_harm", SELF_HARM), ("violence", VIOLENCE), ("fear", FEAR)):
        if _found(pattern, text):
            return Concern(kind, list(DEFAULT_RESOURCES if resources is None else resources))
    return None
