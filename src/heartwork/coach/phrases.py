"""The thing a message names, as a noun phrase to quote back: "the dishes", "your religion".

When a rewrite cannot find the behaviour ("you never cook"), it still has to be about
what the message was about, or it could answer any message. Most hard messages name
a thing even when they name no behaviour: "What is it with you and lying about small
stuff?", "He's your son, you talk to him", "Everyone forgets birthdays", "The mess
isn't mine". This module finds those noun phrases with lemminflect's noun and adjective
table (``data/nouns.tsv``, written by ``tools/coach/noun_forms.py``) and a few rules,
and picks the one most likely to be the subject.

What is left out on purpose: the names a message calls someone ("a scatterbrain", "a
grown adult", "Mr Punctual"), similes ("like a lamp"), feelings, times and the
coach's own verdict words, because quoting those back would keep the insult, not the
point.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from heartwork.coach import verbs
from heartwork.coach.lexicon import CLASSES_OF

NOUNS_PATH = Path(__file__).with_name("data") / "nouns.tsv"

_TOKEN = re.compile(
    r"[A-Za-z][A-Za-z'-]*|[£$€]\d+(?:[.,]\d+)?k?|\d+(?:am|pm)?|[.!?;,:\n()\u2026\u2014]"
)
_DETERMINERS = {
    "your": "your", "my": "my", "our": "our", "the": "the", "this": "the", "that": "the",
    "these": "the", "those": "the", "a": "the", "an": "the", "his": "his", "her": "her",
    "their": "their", "yr": "your",
}  # fmt: skip
_STRONG = {"your", "my", "our", "the", "this", "that", "these", "those", "his", "her", "their"}
_BEFORE_A_PHRASE = {
    "about", "with", "over", "on", "at", "for", "in", "of", "from", "to", "into", "after",
    "during", "without", "by",
}  # fmt: skip
_LINK = {"of", "on", "at", "for", "in", "with", "from", "about"}
# Nouns that carry no subject of their own: people in general, times, the talk itself,
# and words that are mostly something else in a message.
_EMPTY = {
    "way", "thing", "things", "stuff", "point", "problem", "fault", "time", "times", "life",
    "end", "world", "same", "one", "ones", "bit", "lot", "lots", "deal", "matter", "fuss",
    "drama", "issue", "reason", "truth", "rest", "moment", "question", "answer", "idea",
    "mood", "attitude", "tone", "day", "days", "week", "weeks", "night", "nights", "minute",
    "minutes", "hour", "hours", "year", "years", "month", "months", "second", "seconds",
    "case", "conversation", "subject", "topic", "thought", "thoughts", "sake", "hell", "god",
    "gosh", "goodness", "lord", "heaven", "christ", "jesus", "person", "people", "man",
    "men", "woman", "women", "adult", "adults", "grown", "everyone", "everybody", "someone",
    "somebody", "anyone", "anybody", "nobody", "no-one", "guy", "guys", "girl", "boy",
    "baby", "babe", "love", "darling", "sweetheart", "hun", "hon", "mate", "dear", "sort",
    "kind", "type", "part", "half", "whole", "word", "words", "sentence", "line", "lines",
    "bother", "thanks", "thank", "sorry", "please", "yes", "no", "ok", "okay", "fine",
    "well", "lol", "lmao", "omg", "wow", "oh", "ah", "ugh", "hmm", "mm", "mhm",
    "hey", "eh", "um", "sure", "cool", "noted", "right", "business", "mind",
    "head", "face", "eyes", "mouth", "nose", "heart", "brain", "self", "own", "number",
    "today", "tonight", "tomorrow", "yesterday", "now", "morning", "evening", "weekend",
    "afternoon", "ages", "forever", "while", "turn", "go", "chance", "clue", "sense", "feelings", "feeling", "effort", "difference", "lesson", "favour",
    "favor", "joke", "jokes", "lecture", "opinion", "medal", "planet", "earth",
    "universe", "example", "place", "bed", "home", "house", "room", "argument", "row",
    "fight", "talk", "chat", "discussion", "debate", "habit", "say", "state",
    "attention", "level", "amount", "kinds", "sorts", "version", "villain", "victim", "trouble",
    "martyr", "hero", "saint", "expert", "genius", "princess", "prince", "king", "queen",
    "midnight", "midday", "noon", "dawn", "bedtime", "lunchtime", "teatime",
}  # fmt: skip
# Grammar words that lemminflect also lists as nouns ("the whys", "a must", "the outs").
FUNCTION = {
    "why", "how", "what", "when", "where", "who", "which", "will", "would", "can", "could",
    "shall", "should", "must", "might", "may", "out", "up", "down", "in", "on", "off", "over",
    "once", "first", "last", "just", "so", "then", "than", "too", "very", "much", "many",
    "more", "most", "less", "least", "few", "all", "any", "some", "every", "each", "other",
    "another", "same", "such", "only", "even", "still", "yet", "also", "ever", "never",
    "always", "outside", "inside", "ill", "well", "better", "best", "worse", "worst",
    "enough", "else", "here", "there", "now", "anyway", "say", "let", "do", "did", "does",
    "done", "doing", "have", "has", "had", "get", "got", "go", "went", "gone", "make",
    "made", "come", "came", "see", "saw", "know", "knew", "want", "need", "like", "being",
    "be", "is", "was", "are", "were", "been", "not", "no", "yes", "i", "me", "you", "we",
    "us", "it", "they", "them", "he", "him", "she", "her", "its", "whatever", "back",
    "away", "together", "alone", "again", "ago", "pretty", "quite", "rather", "bit",
    "nothing", "something", "anything", "everything", "none", "lot", "lots", "plenty",
    "second", "next", "past", "right", "wrong", "sure", "nice", "great", "good", "bad",
    "big", "little", "small", "tiny", "huge", "double", "half", "whole", "own", "long",
    "short", "real", "true", "ready", "able", "happy", "sad", "late", "early", "hard",
    "worth", "original", "straight", "front", "one", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "twenty", "hundred", "thousand", "million", "dozen",
    "about", "with", "for", "of", "at", "to", "from", "by", "into", "after", "before",
    "during", "without", "as", "since", "until", "till", "til", "around", "near", "pregnant",
}  # fmt: skip
# Words after which a bare noun is a noun even if it could be a verb: "they're kids".
_BEING = {"they're", "theyre", "it's", "its", "are", "is", "was", "were", "'s"}
# Words before a place or a time, not a subject: "off to the gym", "on for the pub quiz".
_WHERE = {"to", "at", "for", "from", "into", "on", "in", "off", "up", "out", "by", "onto"}
# Words that make a noun phrase a name for someone rather than a thing.
_NAMING = {
    "you're", "youre", "ur", "are", "be", "being", "such", "like", "as", "what", "feel",
    "feeling", "felt", "i'm", "im", "am", "r",
}  # fmt: skip
_SKIP_CLASSES = {"trait", "insult", "shrink", "feeling", "praise", "thanks", "shutdown"}
_DAYS_AND_MONTHS = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
)  # fmt: skip
# Their words and plurals, looked up in a set: a regex call costs more than the lookup.
_WORDS_OF_TIME = frozenset(_DAYS_AND_MONTHS) | {word + "s" for word in _DAYS_AND_MONTHS}
_NUMBER = re.compile(r"[£$€]?\d")  # "£40", "2am", "10"
_OWN = re.compile(r"\b(the|your|my|our|his|her|their) own\b")


def _of_time(low: str) -> bool:
    """Whether a lower-cased word is a day or a month ("fridays"); as ``^...$`` did, a
    final line break is allowed."""
    return low in _WORDS_OF_TIME or (low.endswith("\n") and low[:-1] in _WORDS_OF_TIME)


@cache
def _table() -> dict[str, str]:
    """Each word form: "n" a singular noun, "p" a plural one, "a" an adjective."""
    lines = NOUNS_PATH.read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t", 1) for line in lines)


def is_noun(word: str) -> bool:
    return _table().get(word.lower()) in ("n", "p")


def is_adjective(word: str) -> bool:
    return _table().get(word.lower()) == "a"


def _plural(word: str) -> bool:
    return _table().get(word.lower()) == "p" and not word.lower().endswith("'s")


def skip(word: str) -> bool:
    low = word.lower()
    return bool(
        low in _EMPTY
        or low in FUNCTION
        or _SKIP_CLASSES & set(CLASSES_OF.get(low, ()))
        or _of_time(low)
    )


@lru_cache(maxsize=8192)  # per word: the same few thousand words make most messages
def _head_ok(word: str) -> bool:
    return is_noun(word) and not skip(word) and len(word) > 2


# Verb forms that end a noun phrase even though lemminflect also lists them as plural
# nouns: "my mum [cares]", "your dad [thinks]".
_SAYS = {
    "cares", "thinks", "says", "wants", "needs", "knows", "likes", "loves", "hates", "does",
    "goes", "gets", "makes", "takes", "comes", "feels", "looks", "seems", "means", "keeps",
    "tries", "asks", "tells", "calls", "works", "lives", "minds", "counts", "matters",
}  # fmt: skip


@lru_cache(maxsize=8192)  # per word, as _head_ok: asked about a dozen times a message
def _modifier_ok(word: str) -> bool:
    low = word.lower()
    if low in _SAYS:
        return False
    if low.endswith("'s") or low.endswith("s'"):
        return is_noun(low[:-2]) or is_noun(low[:-1])  # "my ex's", "the kids'"
    if _NUMBER.match(low):
        return True
    if _of_time(low):
        return True  # "my Friday nights"
    if low in FUNCTION or low in _EMPTY:
        return low in _MODIFIERS_ONLY
    if verbs.is_past(low) or (low.endswith("ing") and verbs.base(low) and not is_noun(low)):
        return False  # "your gym stuff [left damp]", "a grown man [building toys]"
    return (is_noun(low) or is_adjective(low)) and not (
        {"trait", "insult"} & set(CLASSES_OF.get(low, ())) or low in ("own", "whole", "stupid")
    )


# Words that may stand before a noun ("a two hour drive", "the sleep thing") but are no
# subject alone.
_MODIFIERS_ONLY = {
    "small", "little", "big", "tiny", "huge", "long", "short", "real", "stuff", "thing",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty",
    "hundred", "thousand", "hour", "minute", "day", "week", "month", "year", "night",
    "whole", "own", "nights", "mornings", "evenings", "weekends", "lecture", "talk", "argument", "chat", "drama", "row", "fight", "discussion",
    "debate", "conversation",
}  # fmt: skip
_UNITS = {"hour", "minute", "day", "week", "month", "year", "night"}
# Heads that need a word before them: "the church thing", "the lateness lecture".
_AFTER_A_NOUN = {
    "nights", "mornings", "evenings", "weekends", "night", "morning", "evening",
    "stuff", "thing", "lecture", "talk", "argument", "chat", "drama", "row", "fight",
    "discussion", "debate", "conversation",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Phrase:
    text: str  # "the dishes", "your religion", "toenail clippings on the couch"
    score: int
    start: int  # token position: earlier wins a tie
    subject: bool  # said as what a talk is about: "about privacy", "your son", "k. dishes."


def _is_verb_here(word: str, before: str) -> bool:
    """Whether a word that can be a verb is one here ("you walk", "I use"), not a noun."""
    return verbs.base(word) is not None and before in {
        "i", "you", "we", "they", "he", "she", "to", "u", "ur", "just", "don't", "can't",
        "didn't", "never", "always", "will", "won't", "i'll", "you'll", "we'll", "and",
        "please", "let's", "not", "should", "could", "would", "might", "must", "cannot",
        "who", "that", "which", "it", "everyone", "everybody", "somebody",
        "someone", "nobody", "people",
    }  # fmt: skip


# Set phrases whose noun names nothing: "of course", "no offence", "give me a break".
_IDIOMS = re.compile(
    r"\b(?:of course|no offen[cs]e|on purpose|for a change|give me a break|half to death|"
    r"every single|one thing|in the first place|at the end of the day)\b",
    re.I,
)


@lru_cache(maxsize=64)  # one message asks for its phrases three times (thing, topic, theirs)
def phrases(text: str) -> tuple[Phrase, ...]:
    """Every noun phrase worth quoting back, scored: a possessive or "the" beats a bare noun."""
    tokens = _TOKEN.findall(_IDIOMS.sub(" . ", text.replace("\u2019", "'")))
    found: list[Phrase] = []
    i = 0
    while i < len(tokens):
        word = tokens[i]
        low = word.lower()
        before = tokens[i - 1].lower() if i else ""
        det = _DETERMINERS.get(low)
        j = i + 1 if det else i
        mods: list[str] = []
        while (
            j < len(tokens)
            and len(mods) < 4
            and (
                _modifier_ok(tokens[j])
                or (  # "your fussing", "his snoring": a habit named as a thing
                    not mods
                    and low in ("your", "his", "her", "their", "the")
                    and tokens[j].lower().endswith("ing")
                    and verbs.base(tokens[j]) is not None
                )
                or (  # "a parking space", "the washing machine"
                    tokens[j].lower().endswith("ing")
                    and tokens[j].lower() not in FUNCTION
                    and verbs.base(tokens[j]) is not None
                    and j + 1 < len(tokens)
                    and _head_ok(tokens[j + 1])
                )
            )
        ):
            if not mods and _is_verb_here(tokens[j], tokens[j - 1].lower() if j else ""):
                break
            mods.append(tokens[j])
            j += 1
            if _plural(mods[-1]):
                break  # a plural noun ends its phrase: "the bins [overflow]"
        # the head is the last noun of the run ("dirty socks", "toenail clippings")
        if mods and mods[-1].lower().endswith("'s") and _head_ok(mods[-1][:-2]):
            mods[-1] = mods[-1][:-2]  # "the wet washing's [been in]": "is" or "has", not "of"
        while mods and not (
            _head_ok(mods[-1])
            or (len(mods) == 1 and det and mods[0].lower().endswith("ing") and verbs.base(mods[0]))
            or (mods[-1].lower() in _AFTER_A_NOUN and len(mods) > 1)
        ):
            if mods.pop().lower() in _UNITS:
                mods = []  # "rush [hour]", "exam [week]": the time was the head
        if not mods:
            i += 1
            continue
        end = i + (1 if det else 0) + len(mods)
        opens = i == 0 or tokens[i - 1] in (".", "!", "?", "\n", "(")
        words = [
            w
            if w.lower() != w
            and not (opens and not det and k == 0)
            and not (w.isupper() and len(w) > 4)
            else w.lower()
            for k, w in enumerate(mods)
        ]
        head = words[-1]
        alone = (i == 0 or not tokens[i - 1][:1].isalpha()) and (
            end >= len(tokens) or not tokens[end][:1].isalpha()
        )
        if det is None and (
            (
                verbs.base(head) is not None
                and before not in _BEFORE_A_PHRASE | _BEING
                and len(mods) == 1
                and not alone
            )
            or (head.endswith("ing") and verbs.base(head))
        ):
            i = end
            continue  # "dishes" alone could be "she dishes": only after a preposition
        # one linked phrase: "clippings on the couch", "ice cream for dinner"
        tail = ""
        if end + 1 < len(tokens) and tokens[end].lower() in _LINK:
            k = end + 1
            det2 = _DETERMINERS.get(tokens[k].lower())
            k += 1 if det2 else 0
            run: list[str] = []
            while k < len(tokens) and _modifier_ok(tokens[k]) and len(run) < 3:
                run.append(tokens[k].lower())
                k += 1
            whole = len(run)
            while run and not _head_ok(run[-1]):
                run.pop()
            if run and len(run) == whole:  # "the town at rush [hour]": all of it or none
                tail = " ".join([tokens[end].lower(), *([det2] if det2 else []), *run])
        naming = (
            before in _NAMING
            or (low in ("a", "an") and before in ("'s", "is", "was"))
            or bool({"trait", "insult"} & set(CLASSES_OF.get(before, ())))  # "selfish sleeper"
        )
        if det is None and len(mods) == 1 and mods[0][:1].isupper() and not opens:
            i = end
            continue  # a name mid-sentence: "Honestly, Pat, I'm worn out"
        if low in _STRONG:
            score = 3
        elif det:
            score = 1
        else:
            score = 2 if before in _BEFORE_A_PHRASE else 1
            if (i == 0 or not before[:1].isalpha()) and not alone:
                score = 0  # a sentence that opens with a bare noun: "Flights from here..."
        if before.endswith("ly") and det is None:
            naming = True  # "completely disposable": a description, not a thing
        if naming:
            score -= 3
        if before == "not":
            score -= 3  # "it's a parking space, not the lottery"
        if before == "about":
            score += 2  # "don't lecture me about privacy": what the talk is about
        if before == "more":
            score += 2  # "more bike parts on the kitchen table": what there is more of
        if before == "at" and low in ("the", "that", "this"):
            score -= 1  # "everyone at the barbecue could see it": where, not what
        if low == "our":
            score += 1  # "fix the neighbour's bike, our gate's been broken": what is shared
        if before in ("i'm", "i", "im") or (i >= 2 and tokens[i - 2].lower() in ("i'm", "i")):
            score -= 1  # the writer's own act ("I'm putting my headphones on")
        if det is None and before not in _BEFORE_A_PHRASE and not _plural(head):
            det = "the"  # "it was a five minute presentation" -> "the presentation"
        phrase = " ".join([*([det] if det else []), *words])
        if tail:
            phrase += " " + tail
            score += 1
        if " own" in phrase:
            phrase = _OWN.sub(r"\1", phrase)
        subject = (
            before
            in (
                "about",
                "with",
                "over",
                "regarding",
                "do",
                "doing",
                "discuss",
                "drop",
                "justifying",
            )
            or low in ("your", "our")
            or alone
            or (low in _STRONG and before not in _WHERE and words[-1] in _AFTER_A_NOUN)
            or (low in _STRONG and before in ("not", "she's", "he's", "it's", "that's"))
        ) and not naming
        found.append(Phrase(phrase, score, i, subject))
        i = end
    return tuple(found)


def thing_named(
    text: str, least: int = 1, subject: bool = False, theirs: bool = False
) -> str | None:
    """The noun phrase most likely to be the message's subject, or None.

    ``subject`` keeps only phrases said as the subject of a talk ("about privacy", "your
    son", "k. dishes."): a message that shuts a talk down often names only what the
    writer turns to instead ("off to the gym"), which is not what the talk was about.
    ``theirs`` leaves out the writer's own things ("my dad drove to Swindon"), for a reply
    to the partner's feeling, which is about what is theirs or shared.
    """
    found = [
        p
        for p in phrases(text)
        if (p.subject or not subject) and not (theirs and p.text.startswith("my "))
    ]
    best = max(found, key=lambda p: (p.score, -p.start), default=None)
    if best is None or best.score < least:
        return None
    return best.text
