"""Where a danger word stands: in a joke, on a screen, at work, in the past, under a "not",
and whom it lands on.

A bag of words sees "choked", "knife" or "threatened" and little of what surrounds them.
These features tell the model what a word's company does to it: "he choked on his cereal
lol" (a joke, and the harm lands on cereal, not on me), "the film where she hides in the
wardrobe" (a screen), "walking on eggshells round the manager" (work), "I used to cut,
I'm proud of how far I've come" (the past). Each context is also paired with the danger
classes present, so the model can learn that knives in a cooking story differ from knives
in a fight without one word having to outweigh the other. Our own word lists.
"""

from __future__ import annotations

import re

from heartwork.coach.concern.lexicon import CLASSES_OF

_EMOJI = {
    "laugh": "😂🤣😆😅😹😜😝😛😁😄😉",
    "angry": "😤😡🤬😠",
    "love": "❤♥😍🥰😘💕💖💗😊☺",
    "cry": "😭😢😞😔💔🥺",
    "scared": "😨😰😱😳",
}
_EMOJI_OF = {char: mood for mood, chars in _EMOJI.items() for char in chars}
_ANY_EMOJI = re.compile("[" + "".join(_EMOJI_OF) + "]")
_CONTEXTS = {
    "joke": "lol lmao lmfao haha hahaha hehe jk rofl xd lool lolol kidding joking joke banter "
    "teasing",
    "fiction": "film movie movies show series episode season book novel game games gaming level "
    "character characters scene podcast documentary netflix reading played playing watched "
    "watching plot villain chapter crime drama soap tv telly story cartoon anime comic",
    "past": "used years ago recovery recovered clean sober proud healed therapist therapy "
    "counselling counselor anniversary",
    "work": "work office boss manager shift patient patients ward client clients customer "
    "customers job colleague colleagues coworker director meeting meetings school class "
    "teacher students site",
    "hypo": "if would what imagine suppose pretend",
}
_CONTEXT_OF: dict[str, list[str]] = {}
for _name, _words in _CONTEXTS.items():
    for _word in _words.split():
        _CONTEXT_OF.setdefault(_word, []).append(_name)
_NEGATIONS = frozenset(
    [
        "not",
        "no",
        "never",
        "don't",
        "didn't",
        "doesn't",
        "won't",
        "wouldn't",
        "isn't",
        "wasn't",
        "nobody",
        "nothing",
    ]
)
_SELF = frozenset({"me", "my", "myself", "us", "i"})
# The word classes (lexicon.py) that carry danger; the others (body, people, now...) only
# say where a danger word points.
_DANGER = ("harm", "weapon", "means", "death", "fear", "control", "papers", "money")
_DANGER_OF = {
    word: tuple(c for c in classes if c in _DANGER)
    for word, classes in CLASSES_OF.items()
    if any(c in _DANGER for c in classes)
}


def is_marker(feature: str) -> bool:
    """Whether ``feature`` says a danger word stands in a joke, a story, at work, in the past,
    or in a "what if": the context words themselves, the pairs they start or
    end, a laughing emoji, and the context features above.

    The trainer never lets such a feature lower the odds of danger happening now (see
    ``tools/concern/train.py``): "haha so funny story, I swallowed the lot" is still an
    overdose, and a joke that quiets "this commute is killing me" must not quiet it.
    """
    if feature.startswith("ctx:") or feature == "emo:laugh":
        return True
    if ":" in feature:
        return False
    return any(word in _CONTEXT_OF for word in feature.split(" "))


def scope_features(words: list[str], normalized: str) -> list[str]:
    """Context, negation and target features of a text, given its words (idioms masked)."""
    # Emoji are never ASCII; most messages are, and need no search for them.
    emoji = () if normalized.isascii() else _ANY_EMOJI.findall(normalized)
    out = [f"emo:{mood}" for mood in {_EMOJI_OF[e] for e in emoji}]
    # Most messages have no context word and no danger word: a set test finds that in C.
    contexts = (
        set()
        if _CONTEXT_OF.keys().isdisjoint(words)
        else {c for word in words for c in _CONTEXT_OF.get(word, ())}
    )
    if "emo:laugh" in out:
        contexts.add("joke")
    present = set()
    for i, word in enumerate(words if not _DANGER_OF.keys().isdisjoint(words) else ()):
        classes = _DANGER_OF.get(word)
        if not classes:
            continue
        negated = not _NEGATIONS.isdisjoint(words[max(0, i - 3) : i])
        target = "self" if not _SELF.isdisjoint(words[i + 1 : i + 4]) else "other"
        for c in classes:
            present.add(c)
            if negated:
                out.append(f"neg:{c}")
            out.append(f"tgt:{target}:{c}")
    out += [f"ctx:{c}" for c in contexts]
    out += [f"ctx:{c}&{d}" for c in contexts for d in present]
    return out
