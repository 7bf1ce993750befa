"""Rewrites that keep the point: the writer's feeling, the specific behaviour, a request.

"You never cook" becomes "I feel discouraged when you don't cook. It would mean a lot if
you cooked one night this week." The behaviour, the time and the thing come from the
message itself (``point.py``); only how it is said changes. Each pattern gets a shape
that fits it: shutting down becomes asking for a break with a time to come back, advice
becomes asking what they need. When no point can be found, the fallback says the feeling
and asks to talk, without pretending to know what it is about, and never leans on an
empty "this".

Suggestions are offered, never applied. Each one is checked with the classifier before
it is offered: a rewrite that itself shows a pattern that pushes partners apart is
dropped, so the coach never suggests what it would warn about.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from heartwork.coach.lexicon import CLASSES_OF
from heartwork.coach.owning import COMPARED, FEELINGS, own_account
from heartwork.coach.phrases import is_adjective
from heartwork.coach.point import Behaviour, Point, point_of, shrinking_view
from heartwork.coach.topics import DEFAULT, TOPICS, topic_of
from heartwork.coach.traits import situation_of
from heartwork.coach.verbs import forms

# A feeling the writer may own, by the pattern their words showed.
FEELING_FOR = {
    "burden": "worn out",  # not a label: the writer carrying a job alone
    "criticism": "hurt",
    "contempt": "frustrated",
    "absolute": "discouraged",
    "blame": "upset",
    "defensiveness": "misunderstood",
    "stonewalling": "overwhelmed",
}
# The writer's own feeling: "I'm so lonely", "you make me feel worthless", "it leaves me
# exhausted". A feeling word said about the partner ("you're so jealous") is not theirs.
_OWNED = re.compile(
    rf"\b(?:I(?:'m|\u2019m| am| feel| felt| was| get| got| just feel)|makes? me|made me|making me|"
    rf"leaves? me|left me|(?:makes?|made) me feel|feel(?:ing)?)\s+"
    rf"(?:so |really |very |a bit |kind of |totally |completely |feel |just |pretty |quite |"
    rf"absolutely |)*({FEELINGS})\b"
    rf"|\byou\s+(?:have\s+|just\s+|)(humiliated|embarrassed|hurt|ignored|rejected|betrayed|"
    rf"scared|frightened|upset|disappointed)\s+me\b",
    re.I,
)
# A feeling said as a picture: "you make me feel like a prisoner", "I'm made to feel a
# burden", "you leave me feeling about two inches tall".
_SIMILE = re.compile(
    r"\b(?:make|makes|made|making|leave|leaves|left|got|get|gets|I'm made to|I am made to|"
    r"I feel|I felt|I'm feeling)\s+(?:me\s+)?(?:feel|feeling)?\s*"
    r"(?P<s>like I(?: (?!because\b|cos\b)[a-z'-]+){1,8}|"
    r"like (?:a|an) [a-z'-]+(?: (?!because\b|cos\b|thanks\b)[a-z'-]+){0,4}|an? (?:burden|outsider|stranger|servant|"
    r"maid|cleaner|nobody|afterthought|spare part|child|kid)|about \w+ inches tall)"
    r"(?=\s*(?:[.!?,;]|$|\s(?:and|when|every|whenever|because|in|at|with|for|all|around)\b))",
    re.I,
)
_PICTURE = re.compile(r"like |about |an? ")
# Jobs at home: the request names a time ("one night this week") so it can be kept.
_CHORES = {
    "cook", "clean", "wash", "tidy", "hoover", "vacuum", "help", "do", "empty", "load",
    "unload", "walk", "feed", "shop", "iron", "fold", "hang", "mop", "dust", "scrub",
}  # fmt: skip
_HAS_TIME = re.compile(
    r"\b(?:tonight|today|tomorrow|morning|evening|night|weekend|week|dinner|breakfast|lunch|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|when|after|before|at \d)",
    re.I,
)


def _feeling(text: str, labels: Sequence[str]) -> str:
    """The writer's own feeling word, exactly as strong as they said it.

    A rewrite changes how a thing is said, never how much it hurt: turning "worthless"
    into "small" or "humiliated" into "embarrassed" would be the very minimizing the
    coach warns a listener against. Only when no feeling is named does the coach offer
    the one the pattern usually hides.
    """
    return _said_feeling(text) or next(
        (FEELING_FOR[label] for label in labels if label in FEELING_FOR), "hurt"
    )


@lru_cache(maxsize=16)  # asked two or three times for one message: searched once
def _said_feeling(text: str) -> str | None:
    """The feeling the writer named as their own, a word or a picture, or None."""
    owned = _OWNED.search(text)
    if owned:
        return (owned.group(1) or owned.group(2)).lower()
    simile = _SIMILE.search(text.replace("\u2019", "'"))
    if simile and COMPARED.search(simile.group("s")):
        simile = None  # "like I live with a teenager": a dig at them, not the writer's feeling
    if simile:  # "you make me feel like a prisoner": the writer's own picture of it
        said = simile.group("s")
        return re.sub(r"^an? ", "like a ", said[0].lower() + said[1:], flags=re.I)
    return None


def _owns_feeling(text: str) -> bool:
    """Whether the writer named their own feeling, rather than the coach guessing one."""
    return _said_feeling(text) is not None


def _when(behaviour: Behaviour) -> str:
    """A time for a request that names none: a job at home gets "one night this week"."""
    if _HAS_TIME.search(behaviour.rest) or behaviour.verb not in _CHORES:
        return ""
    return " one night this week"


# Verbs that say how the writer was left: the rewrite says the feeling, not the verb twice.
_DONE_TO_ME = {"humiliate", "embarrass", "ignore"}


def _third(behaviour: Behaviour) -> str:
    """ "says sorry first" """
    found = forms(behaviour.verb)
    return f"{found.third if found else behaviour.verb + 's'} {behaviour.rest}".strip()


def _if_you(behaviour: Behaviour) -> str:
    """ "if you cooked", "if you were home" (a wish, so the past form)."""
    return "if " + behaviour.past


_EVERY_TIME = re.compile(
    r"\b(?:every time|whenever|each time|when)\s+(?P<w>(?:we|I)\b[^.!?;,\n]+)", re.I
)


def _complaint(b: Behaviour, feeling: str, request: str | None, text: str = "") -> list[str]:
    """A feeling, the one behaviour, and a request: a complaint, not a verdict."""
    ask = request or "Could we talk about what would help us both?"
    # "Next time, could you tell me it was tonight?": the whole behaviour said twice in a
    # row reads like a form; a person says it once and then asks for "that".
    long = len(b.rest.split()) >= 3
    if b.kind == "missing":
        return [
            f"I feel {feeling} when {b.negative}. "
            f"Could you {'take that on' if long else b.base}{_when(b)}?"
            if _when(b)
            else f"I feel {feeling} when {b.negative}. It would mean a lot to me if you "
            f"{'were' if b.verb == 'be' else 'did'}.",
            f"I'd really love it {_if_you(b)}{_when(b)}. I've been feeling {feeling} about it. "
            "Could we talk about what would make that easier?",
            f"I've been feeling {feeling} when {b.negative}, and I'd like us to find something "
            "that works for both of us.",
        ]
    if b.kind == "missed":
        return [
            f"I felt {feeling} when {b.negative.replace('don', 'didn', 1)}. "
            + (
                "It would mean a lot to me if you did"
                + ("." if re.search(r"\bsince\b", b.rest) else " next time.")
                if len(b.rest.split()) >= 2
                else f"Next time, could you {b.base}?"
            ),
            f"I was hoping you would {b.base}, "
            f"and I felt {feeling} when it didn't happen. Could we talk about it?",
            f"I felt {feeling} when {b.negative.replace('don', 'didn', 1)}. {ask}",
        ]
    moment = _EVERY_TIME.search(text)
    if b.verb in _DONE_TO_ME and b.rest.lower() == "me" and moment:
        felt = forms(
            b.verb
        )  # "you embarrass me every time we go out" -> "I feel embarrassed when we go out"
        return [
            f"I feel {felt.participle if felt else feeling} when {moment.group('w')}. {ask}",
            f"I've been feeling {feeling} when {moment.group('w')}, and I'd like us to find "
            "something that works for both of us.",
        ]
    if b.kind == "past" and b.verb in _DONE_TO_ME and b.rest.lower().startswith("me "):
        felt = forms(b.verb)
        where = b.rest[3:]  # "you humiliated me at that table" -> "humiliated at that table"
        return [
            f"I felt {felt.participle if felt else feeling} {where}. Could we talk about what happened?",
            f"When {b.past}, I felt {feeling}. {ask}",
        ]
    if b.kind == "past":
        return [
            f"I felt {feeling} when {b.past}. Could we talk about it?",
            f"When {b.past}, I felt {feeling}. {ask}",
            f"I've been feeling {feeling} since {b.past}. Can we find a calm moment to talk it through?",
        ]
    if b.kind == "burden":
        return [
            f"I feel {feeling} when I {b.base} on my own. Could you help me with it{_when(b)}?"
            if b.verb in _CHORES
            else f"I feel {feeling} when it's usually me who {_third(b)}. "
            f"Could you {b.base} sometimes too?",
            f"I'm feeling {feeling} and stretched. Could we share {b.gerund} so it feels fair to both of us?",
            f"I'd love some help to {b.base}. I've been feeling {feeling} doing it alone. {ask}",
        ]
    return [
        f"I feel {feeling} when {b.present}. {ask}",
        f"When {b.present}, I feel {feeling}. {ask}",
        f"I've been feeling {feeling} when {b.present}, and I'd like us to find something "
        "that works for both of us.",
    ]


_IDIOM = re.compile(
    r"\b(?:through the roof|up the wall|round the bend|around the bend|over the edge|off the "
    r"rails|to death|over the moon|on my nerves|down my throat|in the neck|the last straw|"
    r"behind the wheel|stop the presses|call the newspapers?|worried sick|sick with worry|"
    r"foul mood|in a mood|off the hook|on the sofa tonight|in the doghouse)\b",
    re.I,
)
# A prop of mockery: "Shall I make you a certificate?", "Do you want a trophy or a
# plaque?", "I'll send you the invoice", "I'll sleep in the kennel". Named back ("Can we
# talk about the plaque?") it keeps the joke and loses the point.
_MOCK_PROP = re.compile(
    r"(?:^|[.!?]\s*)[^.!?]*\b(?:shall I|should I|do you want|want a|let's call|"
    r"I'll (?:send|sleep|get|make|call|buy|give|print|frame)|"
    r"(?:get|make|give|buy) you a)\b[^.!?]*",
    re.I,
)
# The partner described as a third person ("a grown man who loses his keys"): their "his"
# or "her" is "your" when said to them.
_ABOUT_YOU = re.compile(
    r"\b(?:adult|man|woman|person|guy|girl|bloke|someone|one)\s+who\b.*\b(?:his|her)\b", re.I
)


def _about(point: Point, text: str) -> tuple[str | None, str | None]:
    """What to name when no behaviour was found: a thing, or a topic, and its request."""
    topic = topic_of(text)
    request = topic.request if topic is not DEFAULT else None
    named = point.thing or point.named
    if point.thing and point.named and point.thing in point.named:
        named = point.named  # "your gym stuff", not "your gym"
    if named and _ABOUT_YOU.search(text):  # "a grown adult who can't keep track of his keys"
        named = re.sub(r"^(?:his|her)(?: own)? ", "your ", named)
    if named and any(named.split()[-1].lower() in idiom.lower() for idiom in _IDIOM.findall(text)):
        named = None  # "through the roof", "behind the wheel": a figure of speech, not a thing
    if named and any(
        re.search(rf"\b{re.escape(named.split()[-1])}\b", prop.group(0), re.I)
        for prop in _MOCK_PROP.finditer(text)
    ):
        named = None  # "a trophy or a plaque?": a prop of the joke, not its point
    if named:  # "your little games", "your family drama": the dig is not part of the thing
        named = re.sub(
            r"^(your|the|his|her) (?:little|stupid|precious|silly|pathetic) ", r"\1 ", named
        )
        named = re.sub(
            r"^(your \w+) (?:drama|nonsense|crap|rubbish|obsession|antics)$", r"\1", named
        )
        if _DIAGNOSES.search(named):
            named = None  # "your paranoia", "your moods": a dig, not a thing to talk about
    if named:  # the topic's request only when the thing is of that topic ("the bins")
        return named, request if topic.pattern.search(named) else None
    if topic is not DEFAULT:
        return topic.name, request
    return None, None


def _fitting(request: str | None, behaviour: Behaviour, text: str) -> str | None:
    """The topic's request, only when the behaviour itself is about that topic."""
    said = f"{behaviour.verb} {behaviour.rest}"
    topic = topic_of(said)
    if request is None or topic.request != request:
        return None
    if topic is TOPICS[0] and not re.search(r"phone|screen|scroll|instagram|tiktok", said, re.I):
        return None  # "gaming til 2am" is not about phones at dinner
    if not topic.pattern.search(re.sub(r"\bbed\b", "", said)):
        return None  # "on yours in bed" is not housework
    return request


# Where the writer goes when they shut a talk down: the rewrite says it kindly, and
# says when they will be back ("mmhm. off to the gym" -> "I'm off to the gym now").
_LEAVING = (
    (
        re.compile(
            r"\b(?:going to|off to|heading to|go to)\s+(?:bed|sleep)\b|^\W*(?:k\W+)?bed\b|"
            r"(?:^|[.!?,]\s*)(?:good\s?)?night\W*$",
            re.I,
        ),
        "I'm going to bed now",
        "tomorrow",
    ),
    (
        re.compile(
            r"\b(?:off to|heading to|going to|heading off to)\s+(?P<p>(?:the |my )?[\w']+(?: room)?)",
            re.I,
        ),
        "I'm off to {p} now",
        "when I'm back",
    ),
    (
        re.compile(
            r"\b(?:logging off|switching my phone off|turning my phone off|muting you|"
            r"putting my headphones on)\b",
            re.I,
        ),
        "I'm going to switch off for a bit",
        "in an hour",
    ),
    (
        re.compile(
            r"\btaking the dog out\b|\b(?:walking|taking) the dog\b",
            re.I,
        ),
        "I'm taking the dog out now",
        "when I'm back",
    ),
    (
        re.compile(
            r"\b(?:going|heading|popping|nipping)\s+out\b|\bgoing for a (?:walk|drive|run)\b",
            re.I,
        ),
        "I'm going out for a bit",
        "when I'm back",
    ),
    (
        re.compile(r"\b(?:at the|in the)\s+(?P<p>pub|bar|gym|office|shop|car)\b", re.I),
        "I'm at the {p} now",
        "when I'm home",
    ),
)


# Places and pastimes one goes "off to" without "the": "off to football", "off to work".
_OUTINGS = {
    "work", "school", "church", "town", "uni", "class", "practice", "football", "training",
    "rugby", "cricket", "netball", "swimming", "yoga", "choir", "rehearsal", "bed", "mum's",
    "mass", "college", "golf", "tennis", "badminton", "hockey", "five-a-side", "karate",
}  # fmt: skip


def _leaving(text: str) -> tuple[str, str] | None:
    """What the writer is off to, said plainly, and when they can come back to it."""
    for pattern, said, later in _LEAVING:
        found = pattern.search(text)
        if found:
            place = (found.groupdict().get("p") or "").strip().lower()
            if "{p}" in said and not (
                place.startswith(("the ", "my "))
                or place.endswith("'s")
                or place in _OUTINGS
                or "at the" in found.group(0).lower()
            ):
                continue  # "going to do it myself" goes nowhere
            return said.format(p=place), later
    return None


# Giving up on a disagreement rather than leaving the room: "whatever you say", "do what
# you like", "fine.", "cool cool cool". The point is "I don't agree and can't talk it
# through now", so the rewrite says both, not only that a break is wanted.
_RESIGNED = re.compile(
    r"\b(?:whatever(?: you say)?|whatevs|do (?:what|whatever) you (?:want|like)|suit yourself|"
    r"up to you|have it your way|your call|as you wish|i don'?t care|noted|fine by me)\b"
    r"|^\W*(?:(?:fine|cool|sure|ok|okay|k)\W*)+$",
    re.I,
)


# How a talk is shut down, when it is not by leaving or giving up: each keeps its point
# (it is settled, it is old ground, it is too much to read, not now), said kindly.
_REFUSALS = (
    (
        re.compile(
            r"\b(?:I(?:'ve| have)? (?:already )?decided|made up my mind|not up for debate|"
            r"end of (?:discussion|story)|^\W*decided|"
            r"final answer|not changing my mind|non-negotiable)\b",
            re.I,
        ),
        "I feel strongly about this one and I'm not ready to change my mind yet. "
        "Could we come back to it {later}?",
    ),
    (
        re.compile(
            r"\b(?:rehash\w*|ages ago|years ago|dredg\w*|drag(?:ging)? (?:it|this|that) up|"
            r"over and over|been over (?:this|it)|same argument|round in circles)\b",
            re.I,
        ),
        "I'd rather not go over {about} again right now. Could we come back to it {later}?",
    ),
    (
        re.compile(
            r"\bnot reading (?:all )?(?:that|this)\W*$|\b(?:too long|essay|tl;?dr|wall of text)\b",
            re.I,
        ),
        "That's a lot for me to take in right now. Could you tell me the main thing?",
    ),
    (
        re.compile(
            r"\b(?:not talking about|not discussing|not getting into|not interested|"
            r"don'?t start|not tonight|drop it|leave it)\b",
            re.I,
        ),
        "I'm not up for talking about {about} right now. Could we come back to it {later}?",
    ),
)


def _refusing(about: str | None, text: str, later: str) -> list[str]:
    """A talk shut down for a reason the words give: the reason is kept, kindly."""
    for pattern, said in _REFUSALS:
        if pattern.search(text):
            return [said.format(about=about or "this", later=later)]
    return []


# Words that make a worry a diagnosis ("your paranoia", "your jealousy", "your moods"):
# said back as the topic, they keep the dig.
_DIAGNOSES = re.compile(
    r"\b(?:paranoia|paranoid|jealousy|insecurit(?:y|ies)|neediness|obsession|hysteria|"
    r"tantrums?|moods|strops?|sulks?|whining|whinging|nagging|moaning|conspiracy theor\w+)$",
    re.I,
)


def _stonewalling(feeling: str, about: str | None, text: str) -> list[str]:
    if about and _DIAGNOSES.search(about):
        about = None  # "I'm not entertaining your paranoia": the dig is not the subject
    later = (
        "tomorrow after work"
        if re.search(r"\btonight\b|\b\d+\s?am\b", text, re.I)
        else "in half an hour"
    )
    subject = f"talking about {about}" if about else "this conversation"
    leaving = _leaving(text)
    gone = (
        [
            f"{leaving[0]}, and I need a little break from {subject}. "
            f"Can we come back to it {leaving[1]}?"
        ]
        if leaving
        else []
    )
    resigned = (
        [
            f"When it comes to {about}, I see it differently, but I'm too {feeling} to talk it "
            f"through well right now. Can we come back to it {later}?"
            if about
            else f"I see it differently, but I'm too {feeling} to talk it through well right "
            f"now. Can we come back to it {later}?"
        ]
        if not leaving and _RESIGNED.search(text)
        else []
    )
    refusing = [] if leaving or resigned else _refusing(about, text, later)
    return [
        *gone,
        *resigned,
        *refusing,
        f"I'm feeling {feeling} and need a short break from {subject}. Can we come back to it {later}?",
        f"I don't want to shut you out. I need a little time to calm down, and then I'll come back {later}.",
        f"I need a pause before I can listen well. Could we pick it up again {later}?",
    ]


_THEIR_FEELING = re.compile(
    rf"\byou(?:'re| are|'ll be| will be| won't be| wouldn't be| feel| get| seem| can't be|"
    rf" cannot be| shouldn't be| shouldn't feel| can't feel| got| get so| are not| aren't|'re not)\s+"
    rf"(?:so |really |very |a bit |still |just |really |)"
    rf"({FEELINGS}|homesick|sad|down|low|grieving)\b",
    re.I,
)


def _heard(about: str | None, text: str) -> str:
    """Naming their feeling and what it is about: "It makes sense that you're tired." """
    theirs = _THEIR_FEELING.search(text)
    feeling = theirs.group(1).lower() if theirs else "upset"
    if about:
        return f"It makes sense that you're {feeling} about {about}."
    return f"It makes sense that you're {feeling}." if theirs else "That sounds really hard."


_SINCE = re.compile(
    r"\b(?:it's been|it has been|its been|it's|its|that was|it was|been here|been there)\s+"
    r"(?:only\s+|just\s+|for\s+|like\s+)?(?P<t>(?:a|a few|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|\d+)\s+(?:years?|months?|weeks?)|ages|forever|a while|so long)(?:\s+ago)?\b",
    re.I,
)


# "You'll live", "you'll miss her", "you'll have forgotten it by Christmas": said back
# warmly, these still wave the feeling away, so they are not offered as a hope.
_NOT_A_HOPE = re.compile(r"\b(?:live|survive|miss|forg[eo]t\w*|remember|get over)\b", re.I)


def _lower(said: str) -> str:
    """A clause moved into the middle of a sentence: "You'll be fine" -> "you'll be fine"."""
    return said[0].lower() + said[1:] if said[:2] != "I " and said[:2] != "I'" else said


# Mockery of the partner's reaction rather than of something they did: "scared of the
# dentist", "crying over a football match", "however will you survive", "a medal?".
_SHRINKS = re.compile(
    r"\b(?:scared|afraid|frightened|cry|crying|cries|sniffle|survive|clingy|drama|"
    r"dramatic|fuss|sensitive|overreact\w*|big deal|a medal|end of the world|the plague|"
    r"murder trial|not the oscars|poor (?:baby|thing|you)|"
    r"could(?:'ve| have) been (?:way |much |a lot )?worse|at least)\b",
    re.I,
)


_AT_LEAST = re.compile(r"^at least\b", re.I)
_COUNTED = re.compile(r"(?:one|two|three|four|five|a|an|\d\S*)\s", re.I)


def _view_owned(view: str, about: str | None = None) -> str:
    """The reason a shrinking reply gives, said the way a person owns a view.

    "To me, everyone snores, but I may be seeing it as smaller …" read as a form letter
    to blind raters; "Part of me thinks everyone snores" is how people say it. "At least
    you got severance" is a bright side the writer was looking for, and is said as one.
    """
    view = re.sub(r"[^\w'%]+$", "", view)  # "a scratch on the car 😊"
    view = re.sub(r"^(?:happens|happened)\b", r"it \g<0>", view)  # "happens to everyone"
    view = re.sub(r"^its\b", "it's", re.sub(r"\bliterally ", "", view))
    # "… but I can tell the neighbours' music feels bigger to you"
    it = f"{about} {'feel' if re.search(r'[^s]s$', about) else 'feels'}" if about else "it feels"
    if _AT_LEAST.match(view):
        return (
            f"I was trying to look on the bright side: {view}. But I can tell {it} "
            "bigger to you. Can you tell me why it matters so much?"
        )
    return (
        f"Part of me thinks {view}, but I can tell {it} bigger to you. "
        "Can you tell me why it matters so much?"
    )


def _shrinking(about: str | None, text: str = "", fussed: str | None = None) -> list[str]:
    """Shrinking said honestly: the writer's view that it is small, and that it is theirs.

    "That sounds really hard" would turn "you're lucky, it could've been worse" into a
    sympathy the writer never offered. The point of a shrinking reply is "to me this is
    not big"; said kindly, it owns that view and asks why it matters to the other. With
    no thing named, the reason the reply gives ("everyone commutes") is what keeps it
    from being a line that fits any message.
    """
    view = None if about else shrinking_view(text)
    if fussed and view and fussed.split()[-1].lower() in view.lower():
        view = None  # the thing is in the view: named once
    if fussed and not view:
        about = fussed
    counted = (
        view
        and _COUNTED.match(view)
        and not re.search(r"\b(?:is|are|was|were|has|had)\b|'s\b", view)
    )
    if counted and view and len(view.split()) <= 4 and not about:  # "One cigarette."
        about, view = view[0].lower() + view[1:], None
    if view and (re.match(r"(?:not|I|I'm|I've|I was)\b", view) or counted):
        view = None  # "not the plague", "I was joking": a retort, not a view
    return [
        _view_owned(view, fussed)
        if view
        else f"I may be seeing {about or 'this'} as smaller than it feels to you. "
        "Can you tell me why it matters so much?",
        "I might be missing how much this matters to you. Do you want to tell me about it?",
    ]


def _fussed_about(point: Point, text: str) -> str | None:
    """What a shrinking reply says the fuss is about: "so dramatic about a two hour drive"."""
    if not point.theirs:
        return None
    head = re.escape(point.theirs.split()[-1])
    said = rf"\babout\s+(?!it\b|this\b|that\b)(?:\S+\s+){{0,3}}?{head}\b"
    if not re.search(said, text, re.I):
        return None
    return re.sub(
        r"\b(?:little|tiny|silly|stupid|wee|few) ", "", point.theirs
    )  # "every little lump"


def _listening(point: Point, about: str | None, advice_wanted: bool, text: str = "") -> list[str]:
    """For advice or shrinking: keep any idea as an offer, and a shrinking view as the writer's."""
    heard = _heard(about, text)
    first = (  # the advice, kept as an offer they may turn down
        f"That sounds really hard. Would it help to think about {point.advice}, "
        "or would you rather I just listen?"
        if advice_wanted and point.advice
        else f"{heard} What do you need from me right now?"
    )
    ask = (
        f"Do you want to tell me more about {about}?"
        if about
        else ("Do you want to tell me more about how you're feeling?")
    )
    since = _SINCE.search(text)
    hope = (
        [f"That sounds really hard, and I'm here. I really do think {_lower(point.hope)}."]
        if point.hope and not _NOT_A_HOPE.search(point.hope)
        else [  # "It's been a year, shouldn't you be over it?": the time, and that it still hurts
            f"I know it's been {since.group('t').lower()}, and it can still hurt. "
            "I'm here if you want to talk about it."
        ]
        if since
        else []
    )
    if not advice_wanted:
        return [
            *hope,
            *_shrinking(point.loss, text, _fussed_about(point, text)),
            first,
            f"I'm here. {ask}",
        ]
    return [
        first,
        f"That sounds really hard. {ask}",
        "Would ideas help right now, or would you rather I just listen?",
    ]


def _defending(feeling: str, reason: str | None, about: str | None = None) -> list[str]:
    """Hear them first, about the thing they raised; the writer's side can come after."""
    upset = f"you're upset about {about}" if about else "you're upset"
    own = (
        [
            f"I can hear that {upset}, and I'm sorry it landed badly. For what it's worth, "
            f"{reason}. Can you tell me more about how it felt for you?"
        ]
        if reason
        else []
    )
    return [
        *own,
        f"I can hear that {upset}, and I want to hear you out. Then could I share how it "
        "looked from my side?",
        "I didn't see it that way at first, but I can see why it bothered you. "
        "Can I share how it looked from my side too?",
        f"I'm feeling a bit {feeling}, and I still want to hear you. What would help?",
    ]


# A complaint answered with one back ("you kick in your sleep, I never complain", "you
# tell your mum everything, so don't lecture me"): the point is that it goes both ways.
_BOTH_WAYS = re.compile(
    r"\bI (?:never|don'?t) (?:complain|say anything|say a word|nag|moan)\b|"
    r"\bso don'?t (?:lecture|tell|moan|nag|start|judge)\b",
    re.I,
)


def _counter(point: Point, text: str) -> list[str]:
    """A counter-complaint kept as what it means, "it's hard for me too", not dropped."""
    b = point.behaviour
    if not b or b.kind not in ("unwanted", "missing") or not _BOTH_WAYS.search(text):
        return []
    about = point.named if point.named and point.named not in b.present else None
    heard = f"I hear you about {about}" if about else "I hear you"
    return [f"{heard}, and it's hard for me too when {b.present}. Could we look at both together?"]


def _fallback(
    feeling: str, about: str | None, request: str | None, owned: bool = False
) -> list[str]:
    """No behaviour found: name the thing if there is one, and say plainly what is wanted."""
    if about and _PICTURE.match(feeling):  # "like a prisoner": said whole, then the thing
        return [
            f"I've been feeling {feeling}, and I'd like us to talk about {about}. "
            "When would be a good moment?",
            f"Can we talk about {about}? I've been feeling {feeling}.",
        ]
    if _PICTURE.match(feeling):  # the picture is the point: "like a prisoner"
        return [
            f"I've been feeling {feeling}, and I'd like us to talk about it. "
            "When would be a good moment?",
            f"I'm feeling {feeling} right now. Could we slow down and talk it through?",
        ]
    if about and owned:  # their own word, then the thing: "I've been feeling lonely, and..."
        return [
            f"I've been feeling {feeling}, and I'd like us to talk about {about}. "
            f"{request or 'When would be a good moment?'}",
            f"Can we talk about {about}? I've been feeling {feeling}.",
        ]
    if about:  # a guessed feeling word would sit oddly on a thing ("hurt about the bins")
        return [
            f"I'd like to talk about {about}. {request}"
            if request
            else f"Can we talk about {about}? It's been on my mind.",
            f"Can we talk about {about}? I've been feeling {feeling}, and I'd like us to find "
            "something that works for both of us.",
            f"I'm feeling {feeling} right now, and I'd like us to talk about {about} calmly. "
            "When would be a good moment?",
        ]
    return [  # nothing to name: say the feeling, and pretend to know no more than that
        f"I'm feeling {feeling} right now, and I'd like us to talk. When's a good moment?",
        f"I'm feeling {feeling}. Could we take a calm moment to talk about what's going on?",
        f"Something just hurt, and I'm feeling {feeling}. Could we slow down and talk it through?",
    ]


# A verdict said as the writer's impression: "I feel like you don't care about us anymore".
# Its point is the fear itself, so the rewrite says the fear, not "what just happened".
_FEEL_LIKE_YOU = re.compile(
    r"(?:\bI (?:just |really |honestly |sometimes )?(?:feel|felt|get the feeling|think)|"
    r"\bit (?:feels|felt)|\bI'?m starting to (?:feel|think))\s+"
    r"(?:like|that|as though|as if|)\s*"
    r"(?P<c>(?:you|you're|you've|you'd|you'll|u|ur)\b[^.!?;\n]{3,80})",
    re.I,
)
# "You only care about how things look": the complaint is what comes first for them.
_ONLY_CARE = re.compile(
    r"\b(?:you|u) (?:only|just) (?:care|think) about (?P<x>[^.!?;,\n]{3,60})", re.I
)
# Words that make a worry a verdict; the worry is said without them ("never" is a
# negation: taking it out would say the opposite).
_VERDICT_WORDS = re.compile(r"\b(?:always|constantly|so|totally|completely)\s+", re.I)


# Texting shorthand, spelled out when the writer's words are said back in a rewrite.
_SPELLED_OUT = {"u": "you", "ur": "your", "urself": "yourself", "r": "are"}
_SPELLED = re.compile(r"\b(?:u|ur|urself|r)\b", re.I)


_MOMENT = re.compile(
    r"\b(?:when|whenever|in front of|at|for|about|during|after|before|since|with|in)\b", re.I
)


def _owned(account: str, about: str | None) -> str:
    """The writer's own account, and the thing it is about when the account names no moment."""
    if about and not _MOMENT.search(account) and not is_adjective(about.split()[-1]):
        return f"{account}, and I'd like us to talk about {about}. When would be a good moment?"
    return f"{account}. Could we talk about it?"


# What the writer's feeling is put down to: "it's all down to your foot-dragging", "it's
# your fussing that's doing it". Named back, it would keep the blame as the topic.
_BLAMED = re.compile(
    r"\b(?:down to|because of|thanks to|bc of|cos of|it's|it is|its)\s+(?:all\s+)?"
    r"(?P<x>your\s+[\w'-]+(?:\s+[\w'-]+)?)",
    re.I,
)


def candidates(text: str, labels: Sequence[str]) -> list[str]:
    """Rewrites to offer, best first (unchecked): the shape that fits the pattern."""
    point = point_of(text)
    feeling = _feeling(text, labels)
    owned = _owns_feeling(text)
    about, request = _about(point, text)
    if about and about.split()[-1] in feeling.split():
        about = None  # "like a kid begging for pocket money" already names it
    blamed = _BLAMED.search(text.replace("\u2019", "'")) if "blame" in labels else None
    if about and blamed and about.lower() in blamed.group("x").lower():
        about = None  # "it's all down to your foot-dragging": the blame, not a topic
    kinds = set(labels)
    harsh = {"criticism", "contempt", "blame", "absolute"} & kinds
    if (
        point.behaviour
        and kinds <= {"defensiveness", "stonewalling"}
        and (
            point.behaviour.kind in ("missed", "past", "burden")
            or (point.behaviour.kind == "missing" and "stonewalling" not in kinds)
        )
    ):
        # A complaint read as defending or shutting down: "I'm the only one who cleans
        # up", "you didn't call me". The behaviour it names is the better guide.
        own = _feeling(text, ["burden" if point.behaviour.kind == "burden" else "criticism"])
        return _complaint(
            point.behaviour, own, _fitting(request, point.behaviour, text)
        ) + _fallback(own, about, request, owned)
    if "stonewalling" in kinds:
        subject = point.subject or point.topic or point.loss  # "drop it, they're just photos"
        return _stonewalling(
            feeling if feeling != "hurt" else "overwhelmed", subject, text
        ) + _fallback(feeling, subject, None, owned)
    if {"minimizing", "fixing"} & kinds and not harsh:
        return _listening(point, point.loss or point.theirs, "fixing" in kinds, text) + _fallback(
            feeling, about, request, owned
        )
    if "defensiveness" in kinds and not harsh:
        counter = _counter(point, text)
        return (
            counter
            + _defending(feeling, point.reason, point.named)
            + _fallback(feeling, about, request, owned)
        )
    safe = _fallback(feeling, about, request, owned)
    if (
        {"contempt", "criticism"} & kinds
        and not point.behaviour
        and ("minimizing" in kinds or _SHRINKS.search(text))
    ):  # "a grown adult scared of the dentist": mocking a feeling is shrinking it
        thing = point.loss or (about if about and not about.endswith("s") else None)
        return _shrinking(thing, text if "minimizing" in kinds else "") + safe
    account = own_account(text) if harsh else None
    if account and point.behaviour and not re.search(r"\bwhen\b", account):
        account = None  # "I feel like a joke when you laughed along" keeps more
    named = about if about != topic_of(text).name else None  # a thing, not a topic's name
    first = [_owned(account, named)] if account else []
    # "you make me feel guilty every time I go out" -> "I feel guilty when I go out": the
    # writer's own words hold the feeling and its moment, so they come first.
    verdict = situation_of(text) if harsh and not point.behaviour and not about else None
    if verdict:  # "you're so lazy": the situation behind the word, and a request
        return [
            *first,
            f"I feel {feeling} {verdict[0]}. {verdict[1]}",
            f"I've been feeling {feeling} {verdict[0]}, and I'd like us to talk about it.",
            *safe,
        ]
    fear = _FEEL_LIKE_YOU.search(text) if harsh and not point.behaviour else None
    if fear and (
        (about and about.lower() not in fear.group("c").lower())
        or any(
            {"insult", "trait"} & set(CLASSES_OF.get(word.lower(), ()))
            for word in re.findall(
                r"[A-Za-z'-]+", re.sub(r"\bme (?:look|feel|seem|sound) \w+", "", fear.group("c"))
            )  # "made me look stupid" is about the writer, not a name for them
        )
    ):
        fear = None  # the thing lies outside the worry, or the worry is a name they're called
    if fear:  # "I feel like you don't care about us anymore": a fear, said as one
        clause = _SPELLED.sub(
            lambda m: _SPELLED_OUT[m.group(0).lower()],
            re.sub(r"^ur\b", "you're", fear.group("c").rstrip(" ,"), flags=re.I),
        )
        clause = re.sub(r"\bi\b", "I", _VERDICT_WORDS.sub("", clause))
        if clause.startswith("you're ") and clause.count(" ") == 1:
            clause = fear.group("c")  # nothing is left but the word itself
        return [
            *first,
            f"I've been feeling {feeling}, and I worry that {clause}. Can we talk about it?",
            *safe,
        ]
    cares = _ONLY_CARE.search(text) if harsh and not point.behaviour else None
    if cares:  # the fear under "you only care about X": that X comes before us
        said = _SPELLED.sub(lambda m: _SPELLED_OUT[m.group(0).lower()], cares.group("x").strip())
        return [
            *first,
            f"I've been feeling {feeling}, and I worry that {said} matters more to you "
            "than we do. Can we talk about it?",
            *safe,
        ]
    if point.behaviour and not owned and feeling in ("misunderstood", "overwhelmed"):
        # the feeling of defending or shutting down does not fit a complaint about what
        # they did ("I felt misunderstood when you took ages in the shower")
        feeling = _feeling(text, [k for k in labels if k not in ("defensiveness", "stonewalling")])
    if point.behaviour:
        return (
            first
            + _complaint(point.behaviour, feeling, _fitting(request, point.behaviour, text), text)
            + safe
        )
    return first + safe


def suggest(text: str, labels: Sequence[str], is_harmful: Callable[[str], bool]) -> list[str]:
    """Up to three rewrites that themselves show no harmful pattern."""
    out: list[str] = []
    for suggestion in candidates(text, labels):
        if suggestion not in out and not is_harmful(suggestion):
            out.append(suggestion)
        if len(out) == 3:
            break
    return out
