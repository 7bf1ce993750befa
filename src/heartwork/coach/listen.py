"""Help for the partner who reads a hard message: reflect, validate, ask.

The reply can then begin with understanding rather than defence. Nothing here judges
the message; it offers words the reader may use or change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
    help = resources or directory_for()
    concern = find_concern(text, help)
    if concern is not None:
        guidance, lines = for_reader(concern.kind, concern.urgency, help)
        return Listening(None, None, None, concern, guidance, tuple(lines))
    return _listening(text)


def _listening(text: str) -> Listening:
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
