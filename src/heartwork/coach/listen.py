"""Help for the partner who reads what the other shared: reflect, validate, ask.

For something hard, the reply can then begin with understanding rather than defence. For
good news, the words share the joy instead: asking "what would help you feel heard?"
under "I'm proud of us" would answer a worry nobody had. Nothing here judges the message;
it offers words the reader may use or change. Danger is looked for first, whatever the
tone, and then nothing is offered but what the reader should know.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from heartwork.coach.concern import Concern, Directory, directory_for, find_concern
from heartwork.coach.concern.respond import Response, for_reader
from heartwork.coach.topics import DEFAULT, topic_of

FEELINGS = re.compile(
    r"\b(lonely|hurt|sad|scared|afraid|anxious|worried|nervous|overwhelmed|frustrated|"
    r"disappointed|embarrassed|ashamed|jealous|insecure|unheard|unseen|invisible|ignored|"
    r"dismissed|left out|taken for granted|unappreciated|unloved|unwanted|rejected|stressed|"
    r"exhausted|drained|tired|angry|upset|annoyed|resentful|confused|stuck|alone|lost|"
    r"guilty|neglected|forgotten|furious|miserable|small|awful|terrible|low|down|fed up|"
    r"hopeless|helpless|heartbroken|crushed|sick of it|done)\b",
    re.I,
)
HARSH = re.compile(
    r"\b(?:you(?:'re| are)?\s+(?:always|never)|you(?:'re| are) so|what'?s wrong with you|"
    r"whatever|i'?m done|useless|selfish|lazy|pathetic)\b",
    re.I,
)
# Good news in a feeling word ("I'm proud of us"), with what it is about when it says.
JOY = re.compile(
    r"\b(proud|happy|glad|excited|thrilled|delighted|grateful|thankful|relieved|hopeful|"
    r"joyful|content|peaceful|calm|lucky|loved|close to you)\b"
    r"(?:\s+(of|about|for|that|with)\s+([^.!?;,\n]{3,60}))?",
    re.I,
)
# Good news without a feeling word: "we did it", "we finally got the flat".
GOOD_NEWS = re.compile(
    r"\b(good news|great news|we did it|finally|celebrat\w*|hooray|yay|wonderful|amazing|"
    r"fantastic|brilliant|lovely|loved|love|enjoyed|fun|best)\b",
    re.I,
)
# "not happy", "never felt close to you": a joy word after these is not joy.
NEGATED = re.compile(r"\b(?:not|no longer|never|n't|hardly|barely)\s+(?:\w+\s+){0,2}$", re.I)
# "thankful" and "grateful" are the same joy to say back.
JOY_WORD = {"thankful": "grateful", "close to you": "close to me"}
WHEN_CLAUSE = re.compile(r"\b(when|that|because)\s+([^.!?;]{3,80})", re.I)
SWAP = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "i'm": "you're",
    "im": "you're",
    "i've": "you've",
    "i'll": "you'll",
    "i'd": "you'd",
    "your": "my",
    "yours": "mine",
    "yourself": "myself",
    "you're": "I'm",
    "youre": "I'm",
    "you've": "I've",
    "you'll": "I'll",
    "you'd": "I'd",
    "u": "you",
    "ur": "my",
}
# The verb after a swapped subject changes too: "I was" -> "you were", "you were" -> "I was".
VERB_AFTER = {
    ("i", "am"): "are",
    ("i", "was"): "were",
    ("you", "are"): "am",
    ("you", "were"): "was",
}
SUBJECT_BEFORE = {"when", "if", "and", "but", "because", "that", "so", "while", "since", "then"}


@dataclass(frozen=True)
class Listening:
    """Words the reader could start a reply with, or, when the text signals danger, none.

    With a concern, ``reflection``, ``validation`` and ``question`` are None and
    ``guidance`` says what the reader should know instead (how to respond to self-harm;
    no script at all for violence, control or fear toward the writer).
    """

    reflection: str | None
    validation: str | None
    question: str | None
    concern: Concern | None = None
    guidance: Response | None = None
    resources: tuple[str, ...] = ()
    # Words that share the joy of good news, rather than understand something hard.
    good_news: bool = False

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "reflection": self.reflection,
            "validation": self.validation,
            "question": self.question,
            "concern": None,
        }
        if self.concern and self.guidance:
            out["concern"] = {
                "kind": self.concern.kind,
                "urgency": self.concern.urgency,
                "title": self.guidance.title,
                "steps": list(self.guidance.steps),
                "resources": list(self.resources),
            }
        return out


def swap_person(clause: str) -> str:
    """Say the partner's words from the reader's side: "you forgot" -> "I forgot"."""
    out: list[str] = []
    previous = "when"
    for word in clause.split():
        bare = word.strip(",").lower()
        bare = "you" if bare == "u" else bare
        if bare == "you":
            swapped = "I" if previous in SUBJECT_BEFORE else "me"
        elif (previous, bare) in VERB_AFTER:
            swapped = VERB_AFTER[(previous, bare)]
        else:
            swapped = SWAP.get(bare, word.strip(","))
        out.append(swapped + ("," if word.endswith(",") else ""))
        previous = bare
    return " ".join(out)


def listen(text: str, *, resources: Directory | None = None) -> Listening:
    """Help to reply to ``text`` with understanding, after checking it for danger first."""
    worry = _danger(text, resources)
    if worry is not None:
        return worry
    if sounds_like_good_news(text):
        return share_the_joy(text)
    return _understanding(text)


def listen_to_checkin(
    *,
    mood: int,
    good_thing: str,
    hard_thing: str,
    feelings: tuple[str, ...] = (),
    resources: Directory | None = None,
) -> Listening | None:
    """Help to answer a partner's check-in, fitted to the day it tells of; None when it
    gives nothing to answer.

    A good day (mood 4 or 5, or "okay" with nothing hard) is met with joy, even with a
    small hard thing that names no hard feeling ("a tense meeting, but it passed"); any
    other day with a hard thing, with understanding of it. Both fields are read for
    danger first.
    """
    text = "\n".join(filter(None, [hard_thing, good_thing]))
    worry = _danger(text, resources)
    if worry is not None:
        return worry
    good_day = mood >= 4 or (mood == 3 and not hard_thing)
    if good_day and not FEELINGS.search(hard_thing) and not HARSH.search(hard_thing):
        joy = share_the_joy(good_thing, feelings=feelings)
        if not good_thing and not feelings:
            joy = replace(joy, reflection="It sounds like today was a good day for you.")
        return joy
    return _understanding(text) if hard_thing else None


def _danger(text: str, resources: Directory | None) -> Listening | None:
    """No words to offer when ``text`` speaks of danger: what the reader should know."""
    help = resources or directory_for()
    concern = find_concern(text, help)
    if concern is None:
        return None
    guidance, lines = for_reader(concern.kind, concern.urgency, help)
    return Listening(None, None, None, concern, guidance, tuple(lines))


def sounds_like_good_news(text: str) -> bool:
    """Whether ``text`` shares something good and nothing hard: a joy word or good news,
    no hard feeling named, nothing harsh."""
    if FEELINGS.search(text) or HARSH.search(text):
        return False
    return _joy(text) is not None or any(
        not NEGATED.search(text[: m.start()]) for m in GOOD_NEWS.finditer(text)
    )


def _joy(text: str) -> re.Match[str] | None:
    """The first joy word in ``text`` that is not negated ("not happy" is not joy)."""
    return next((m for m in JOY.finditer(text) if not NEGATED.search(text[: m.start()])), None)


def share_the_joy(text: str, *, feelings: tuple[str, ...] = ()) -> Listening:
    """Words that meet good news with gladness: say back the joy, be glad with them, and
    ask for more of it. ``feelings`` are words the writer chose (a check-in's), said back
    as they are when the text names none."""
    joy = _joy(text)
    if joy:
        word = JOY_WORD.get(joy.group(1).lower(), joy.group(1).lower())
        about = (
            f" {joy.group(2).lower()} {swap_person(joy.group(3).strip())}" if joy.group(3) else ""
        )
        reflection = f"It sounds like you feel {word}{about}."
    elif feelings:
        named = " and ".join(feelings[:2])
        reflection = f"It sounds like you're feeling {named}."
    else:
        reflection = "It sounds like something good happened, and you wanted me to share it."
    return Listening(
        reflection=reflection,
        validation="I love hearing that, and I'm so glad you told me.",
        question="What was the best part of it for you?",
        good_news=True,
    )


def _understanding(text: str) -> Listening:
    """Words for something hard: the feeling and its situation said back, validated, and
    a question about the hardest part."""
    feeling_match = FEELINGS.search(text)
    feeling = feeling_match.group(1).lower() if feeling_match else None
    if feeling is None and HARSH.search(text):
        feeling = "frustrated"
    topic = topic_of(text)
    clause = WHEN_CLAUSE.search(text)
    if clause and clause.group(1).lower() == "when":
        situation = "when " + swap_person(clause.group(2).strip())
    else:
        situation = topic.listener_situation

    if feeling:
        reflection = f"It sounds like you felt {feeling} {situation}".rstrip() + "."
        validation = f"That makes sense. I'd feel {feeling} too, and I'm glad you told me."
    else:
        reflection = (
            f"It sounds like {topic.name} has been on your mind."
            if topic is not DEFAULT
            else "It sounds like this matters a lot to you."
        )
        validation = "That makes sense, and I want to understand it better."
    # A feeling they named invites "what was hardest"; otherwise ask about the topic.
    question = "What was the hardest part of it for you?" if feeling_match else topic.question
    return Listening(reflection=reflection, validation=validation, question=question)
