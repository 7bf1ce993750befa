"""What a message is about, so rewrites and reflections can speak of the same thing.

Each topic carries, in our own words, a way to describe the situation as behaviour (not
character) and a request the writer might make.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Topic:
    name: str  # "the phone thing", said in a sentence: "Can we talk about {name}?"
    pattern: re.Pattern[str]
    situation: str  # from the writer's side: "when ..."
    request: str
    listener_situation: str  # from the reader's side: "It sounds like you felt X {...}"
    question: str
    words: str = ""  # the alternatives of ``pattern``, for the one search of all topics


def _topic(
    name: str, words: str, situation: str, request: str, listener: str, question: str
) -> Topic:
    return Topic(
        name, re.compile(rf"\b(?:{words})\b", re.I), situation, request, listener, question, words
    )


TOPICS: tuple[Topic, ...] = (
    _topic(
        "phones at home",
        r"phones?|scroll\w*|screens?|instagram|tiktok|texting|game|games|gaming|tv|netflix|laptop",
        "when we're together and one of us is on a screen",
        "Could we keep phones out of reach at dinner?",
        "about the time we spend on our phones",
        "What would help you feel I'm really with you in the evenings?",
    ),
    _topic(
        "how we talk and listen",
        r"listen\w*|talk\w*|ignor\w*|interrupt\w*|hear me|heard|conversation|brick wall",
        "when I'm sharing something and it doesn't seem to land",
        "Could we set aside ten quiet minutes tonight to talk?",
        "about how we've been talking and listening",
        "What would help you feel heard by me?",
    ),
    _topic(
        "the housework",
        r"dish\w*|wash\w*|laundry|clean\w*|tidy|mess\w*|trash|bins?|rubbish|chores?|towels?|hoover\w*|vacuum\w*|cook\w*|kitchen|sink|floor|bed|groceries|shopping",
        "when most of the housework lands on me",
        "Could we sit down this week and share out the jobs so it feels fair to both of us?",
        "about how the housework is shared",
        "What would a fair split of the jobs look like to you?",
    ),
    _topic(
        "being on time",
        r"late|lateness|waiting|wait\w*|on time|hours?|minutes|o'?clock|traffic|show up|showed up",
        "when plans shift and I'm left waiting without a word",
        "Would you send me a quick text when you're running behind?",
        "about being kept waiting",
        "What would make the waiting easier for you?",
    ),
    _topic(
        "money",
        r"money|spend\w*|spent|bills?|budget\w*|debt|pay\w*|paid|bought|buy\w*|savings?|bank|cost\w*|price|rent|mortgage",
        "when money decisions happen before we've talked",
        "Could we agree to talk before bigger purchases?",
        "about how we're handling money",
        "What would help you feel secure about our money?",
    ),
    _topic(
        "our families",
        r"mum|mom|mother|dad|father|parents?|family|sister|brother|in-?laws?|grandma|grandpa|auntie|uncle",
        "when things with family come between us",
        "Could we decide together how we want to handle family visits?",
        "about things with family",
        "How would you like us to handle it together next time?",
    ),
    _topic(
        "closeness between us",
        r"touch\w*|sex|kiss\w*|hug\w*|cuddl\w*|affection\w*|intima\w*|bedroom|close(?:ness)?|romance|romantic",
        "when we go a while without closeness",
        "I'd love us to make a little more time for each other this week.",
        "about how close we've been lately",
        "What helps you feel close to me?",
    ),
    _topic(
        "the kids",
        r"kids?|children|child|son|daughter|baby|bedtime|school|homework|nursery|toddler",
        "when parenting decisions feel one-sided",
        "Could we agree together on how we handle this with the kids?",
        "about how things are going with the kids",
        "What support would help you most with the kids?",
    ),
    _topic(
        "work taking over",
        r"work\w*|(?<!great )(?<!good )(?<!nice )job|office|boss|overtime|meetings?|emails?|shift",
        "when work spills into the time that's ours",
        "Could we keep one evening a week just for us?",
        "about what's been happening at work",
        "What would make this week feel more manageable for you?",
    ),
    _topic(
        "things that matter to me",
        r"forg[eo]t\w*|remember\w*|birthday|anniversary|promis\w*|plans?|cancel\w*",
        "when something that matters to me slips through",
        "It would mean a lot if we put the things we care about in a shared calendar.",
        "about something that matters to you slipping through",
        "What would help you trust that it won't happen again?",
    ),
)
DEFAULT = Topic(
    "this",
    re.compile(""),
    "when this comes up between us",
    "Could we find a calm moment to talk it through?",
    "",
    "What would help most right now?",
)


# All topics in one pattern, a group each: the leftmost match is the earliest topic named,
# and at one place the alternatives are tried in the order of TOPICS, so ties go to the
# first topic as before. One scan instead of ten. ``re.I`` makes the regex engine fold the
# case of every character it compares, through the Unicode tables; on ASCII text (nearly
# every message) the text is lower-cased once and searched without it, which finds the
# same places. Other text keeps ``re.I``: lower-casing may change its length ("\u0130").
_ANY = rf"\b(?:{'|'.join(f'({t.words})' for t in TOPICS)})\b"
_ANY_FOLDED = re.compile(_ANY, re.I)
_ANY_LOWER = re.compile(_ANY)


def topic_of(text: str) -> Topic:
    """The topic named earliest in the message (the first thing said is usually the point)."""
    found = _ANY_LOWER.search(text.lower()) if text.isascii() else _ANY_FOLDED.search(text)
    return TOPICS[found.lastindex - 1] if found and found.lastindex else DEFAULT
