"""The writer's own account of a feeling, with the blame taken out.

"You make me feel like a nuisance every time I try to hug you" already holds the whole
point: the feeling, and when it comes. Blame only puts the feeling on the partner. Said
as the writer's own ("I feel like a nuisance when I try to hug you") it keeps the
moment, the thing and the feeling, and a partner can hear it. Likewise "I'm panicking
about money because of you" keeps everything but the last three words, and "I stood at that graveside on my own
because of you" keeps what the writer went through. The rewriter
offers these first for blame, so a suggestion never drops what the writer was feeling
and when, in favour of a stock line.
"""

from __future__ import annotations

import re

from heartwork.coach.point import spelled_out

FEELINGS = (
    r"angry|furious|livid|anxious|stressed|sad|miserable|lonely|alone|jealous|embarrassed|"
    r"humiliated|small|ugly|worthless|invisible|exhausted|scared|nervous|upset|guilty|ashamed|"
    r"unwanted|ignored|tired|hurt|frustrated|disappointed|overwhelmed|unheard|unseen|"
    r"unimportant|unloved|neglected|rejected|dismissed|disrespected|betrayed|helpless|"
    r"hopeless|resentful|heartbroken|crushed|devastated|gutted|drained|worried|afraid|"
    r"stupid|useless|fed up|taken for granted|unappreciated|stuck|trapped|insecure|annoyed|"
    r"irritated|on edge|misunderstood|worn out"
)

_MINE = ((re.compile(r"\bi\b"), "I"), (re.compile(r"\bim\b"), "I'm"))
# "when you sigh like that, you make me feel like a burden": the moment said first.
_MOMENT_FIRST = re.compile(
    r"(?:^|[.!?]\s+)(?:every time|each time|whenever|when)\s+(?P<m>[^.!?]+?)[\s,]*$", re.I
)

# "you make me (feel) so anxious ...", "you've made me feel like a monster ...".
_MADE_ME = re.compile(
    r"\byou(?P<have>'ve| have)?(?:'re| are)?\s+(?:constantly\s+|always\s+|just\s+|really\s+)?"
    r"(?P<v>make|made|making)\s+me\s+(?P<feel>feel(?:ing)?\s+)?"
    r"(?P<so>(?:so\s+|really\s+|such\s+|very\s+|totally\s+|completely\s+)*)"
    r"(?P<tail>[^,.!?;:\n]+)",
    re.I,
)
# A picture that compares the partner to someone ("like I live with a teenager", "like
# I'm talking to a wall"): an insult comparison, so it is not kept as the writer's feeling.
COMPARED = re.compile(
    r"^like I(?:'m| am)?\s+(?:live|living|married|talking|dealing|sharing|stuck)\b.*\b(?:with|to)\s+"
    r"(?:a|an|some)\b",
    re.I,
)
_FEELING_AT_START = re.compile(rf"(?:{FEELINGS})\b", re.I)
_ANY_WORD = re.compile(r"(?:like\s+)?[a-z'-]+", re.I)
_EVERY_TIME = re.compile(r"\b(?:every single time|every time|each time|whenever)\b", re.I)
_TOO_BIG = re.compile(r"\b(?:always|never|all the time|constantly|forever)\b", re.I)
# "... because of you", "..., and that's down to you": the blame at the end of a sentence.
_BECAUSE_OF_YOU = re.compile(
    r"\s*(?:,\s*)?(?:(?:and|&)\s+)?(?:honestly\s+)?"
    r"(?:(?:that's|that is|it's|it is|its)\s+(?:all\s+)?(?:down to|because of|thanks to|bc of|cos of)"
    r"|because of|bc of|cos of|cause of|thanks to)\s+(?:you|your\s+[\w-]+)\b"
    r"|\s*(?:,\s*)?(?:and|&)\s+you(?:'ve| have)?\s+(?:just\s+)?made it\s+"
    r"(?:so much |even |a lot |way |)worse\b",
    re.I,
)
# What the writer went through, said plainly ("I stood at that graveside on my own"): with
# the blame taken out it is the point, and the hurt is said with it.
_WHAT_I_WENT_THROUGH = re.compile(
    r"^I (?:\w+ed|stood|sat|went|spent|had|came|left|got|was|waited|drove|ate|slept|sat)\b",
    re.I,
)
_I_FEEL = re.compile(
    rf"\bI(?:'m| am| feel| felt| was| spent| get| got| have been|'ve been)\s+(?:[a-z]+\s+){{0,6}}?"
    rf"(?:{FEELINGS}|mortified|dreading|panicking|losing it|falling apart)\b",
    re.I,
)


def _plain(text: str) -> str:
    text = spelled_out(text.replace("\u2019", "'"))
    for short, full in _MINE:
        text = short.sub(full, text)
    return text


def _made_me(text: str) -> str | None:
    """ "You made me feel so stupid in front of your sister" -> "I felt stupid in front of..." """
    found = _MADE_ME.search(text)
    if not found:
        return None
    tail = found.group("tail").strip()
    feeling = _FEELING_AT_START.match(tail) or (
        _ANY_WORD.match(tail) if found.group("feel") else None
    )
    if not feeling or feeling.group(0).lower() in ("a", "an", "the", "it", "that", "this"):
        return None
    said, rest = tail[: feeling.end()], tail[feeling.end() :]
    if said.lower().startswith("like "):  # a picture runs to the moment it names
        moment = _EVERY_TIME.search(tail) or re.search(r"\bwhen\b", tail, re.I)
        said, rest = (tail[: moment.start()], tail[moment.start() :]) if moment else (tail, "")
    rest = _EVERY_TIME.sub("when", rest).rstrip()
    # "you're making me anxious with this Madrid thing": what it is about, not what with
    rest = re.sub(
        r"^\s*with\s+(?=(?:this|that|the|all this|all the)\b)", " about ", rest, flags=re.I
    )
    before = _MOMENT_FIRST.search(text[: found.start()])
    if before and not rest.strip():  # "whenever the boys are around you make me feel..."
        rest = " when " + before.group("m")
    if re.match(r"\s+(?:I|that)\b", rest) and found.group("so").strip():
        said = f"{found.group('so').strip()} {said}"  # "so lonely I can barely breathe"
    if COMPARED.search(said):
        return None  # "like I live with a teenager": a dig at them, not the writer's feeling
    if _TOO_BIG.search(said + rest):
        return None  # "I feel like you never..." would keep the verdict
    felt = "I feel"
    if found.group("v").lower() == "made":
        felt = "I've felt" if found.group("have") else "I felt"
    return f"{felt} {said.strip()}{' ' if rest.strip() else ''}{rest.strip()}"


def _because_of_you(text: str) -> str | None:
    """ "I'm panicking about money because of you" -> "I'm panicking about money" """
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        blame = _BECAUSE_OF_YOU.search(sentence)
        if not blame:
            continue
        own = sentence[: blame.start()].strip(" ,;-")
        if re.search(r"\byou\b|\byour\b", own, re.I) or not own:
            continue
        if _I_FEEL.search(own):
            return own[0].upper() + own[1:]
        if _WHAT_I_WENT_THROUGH.match(own):
            return f"{own}, and it really hurt"
    return None


def own_account(text: str) -> str | None:
    """The writer's feeling and its moment, said as their own, or None when there is none."""
    plain = _plain(text)
    said = _because_of_you(plain) or _made_me(plain)
    if not said or len(said.split()) < 2:
        return None
    return said
