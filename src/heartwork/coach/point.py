"""What a message is about: the behaviour, the time, the thing, in the writer's own words.

A rewrite keeps the point and changes only how it is said, so the point has to be found
first. These rules read the clauses about the partner ("you never cook", "you're always
on your phone at dinner", "every time you borrow my car"), the writer's own burden ("I'm
the only one who cleans up"), advice ("just cut the sugar for a month") and the thing a
message names ("your family group chat"). They keep the behaviour and drop what makes it
a verdict: "always", "never", "every single time", "anything".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from heartwork.coach import phrases, verbs
from heartwork.coach.lexicon import CLASSES_OF
from heartwork.coach.triggers import Prechecked

Kind = Literal["missing", "unwanted", "past", "missed", "burden"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*|[£$€]?\d+(?:[:.]\d+)?[a-z]*")
_CLAUSE_END = re.compile(r"[.!?;,:\n()\u2026\u2014]|\s-\s|\s\u2013\s")

# Words between "you" and the verb: helpers, and adverbs that only set the tone.
_NEGATIVE = {
    "don't", "dont", "didn't", "didnt", "won't", "wont", "never", "can't", "cant", "cannot",
    "couldn't", "couldnt", "wouldn't", "wouldnt", "haven't", "havent", "hadn't", "not",
    "hardly", "barely", "rarely", "doesn't", "aren't", "weren't",
}  # fmt: skip
_PAST_HELPERS = {
    "did",
    "didn't",
    "didnt",
    "had",
    "hadn't",
    "'ve",
    "have",
    "haven't",
    "havent",
    "were",
    "weren't",
}
_HELPERS = _NEGATIVE | _PAST_HELPERS | {
    "'re", "are", "do", "does", "will", "'ll", "would", "can", "could", "always", "constantly",
    "ever", "even", "still", "really", "literally", "seriously", "actually", "basically",
    "just", "only", "again", "also", "keep", "kept", "continually", "forever", "totally",
    "completely", "honestly", "clearly", "obviously", "genuinely", "sometimes", "often",
    "usually", "all", "once", "so", "then", "somehow", "apparently", "probably",
}  # fmt: skip
_HABIT = {
    "always",
    "constantly",
    "keep",
    "kept",
    "never",
    "forever",
    "continually",
    "usually",
    "often",
}
# Verbs that say what someone is, thinks or causes, not what they did: no behaviour to keep.
_NOT_BEHAVIOUR = {
    "care", "think", "know", "mean", "understand", "feel", "like", "love", "deserve",
    "matter", "make", "ruin", "hurt", "upset", "annoy", "stress", "piss", "seem",
    "look", "sound", "act", "need", "want", "be", "mind", "bother",
    "try", "expect", "guess", "suppose", "believe", "wish", "hate", "realise", "realize",
    "see", "hear", "let", "notice", "pretend", "treat", "blame", "owe", "give",
    "humiliate", "embarrass", "ignore", "disappoint", "scare", "frighten", "terrify",
    "betray", "abandon", "reject", "sort", "talk", "disgust", "sicken", "repulse", "exhaust",
    "drain", "tire", "wear", "bore", "infuriate",
}  # fmt: skip
# Where a behaviour ends: the next clause, or words that turn to a verdict or a reason.
_STOP = {
    "and", "but", "because", "cos", "cuz", "coz", "so", "then", "which", "while", "like",
    "or", "lol", "lmao", "tbh", "honestly", "though", "tho", "anyway", "either", "unless", "until",
    "instead", "whereas", "yet", "ok", "okay", "right", "seriously", "babe", "love",
    "mate", "hun", "hon", "darling", "sweetheart", "again", "anymore", "ever", "is", "was",
    "makes", "making", "i'm", "i've", "i'd", "we're", "has",
}  # fmt: skip
# Words a kind rewrite leaves out: the verdict, not the behaviour.
_DROP = {
    "always", "never", "constantly", "ever", "even", "just", "literally", "seriously",
    "actually", "basically", "really", "so", "totally", "completely", "single", "once",
    "continually", "bloody", "fucking", "freaking", "frigging", "damn", "goddamn",
    "stupid", "precious", "pathetic",
}  # fmt: skip
_QUANTIFIERS = re.compile(
    r"\s*\b(?:with |about |for |of |to )?(?:anything|everything|nothing|a thing|any of it|"
    r"all of it|at all|any more|anymore|for once|as usual|as always|as per|as ever|all the time|24/7|like ever|ever again|"
    r"every single time|every time|each time|the whole time|the entire time|any day of the week|in your life|in years|"
    r"a single \w+|a word I say|a word(?! with)|for anyone|for anybody|anyone|anybody)\b.*$",
    re.I,
)
_EVERY = {
    "every night": "at night",
    "every morning": "in the mornings",
    "every evening": "in the evenings",
    "every weekend": "at weekends",
    "every day": "",
    "every single day": "",
    "every week": "",
}
_EVERY_SAID = tuple((re.compile(rf"\b{every}\b", re.I), said) for every, said in _EVERY.items())
_ANYTHING = re.compile(
    r"\b(?:anything|everything)\b(?=\s+(?:in|on|into|to|away|back|up|out|down|for|at|with|about|around)\b)",
    re.I,
)
_DANGLING = {
    "to", "with", "about", "for", "of", "the", "a", "an", "my", "your", "our", "and", "in",
    "on", "at", "from", "by", "when", "if", "who", "some", "any", "much", "more", "no",
    "so", "too", "sometimes", "ever", "such", "how", "what", "why", "where", "without",
}  # fmt: skip
_DANGLING_KEEP_AFTER_VERB = {"in", "out", "on", "off", "up", "back"}
_PREPOSITIONS = {
    "on",
    "in",
    "at",
    "out",
    "off",
    "away",
    "home",
    "late",
    "up",
    "busy",
    "glued",
    "stuck",
}
_MAX_WORDS = 9
# Words before "you" that make it a question, a condition or an object ("helps you sleep").
_NOT_A_REPORT = {
    "everything", "anything", "something", "nothing", "thing", "things", "everyone",
    "are", "do", "did", "can", "could", "would", "will", "have", "if", "of", "help", "helps",
    "let", "lets", "make", "makes", "made", "want", "need", "tell", "told", "ask", "asked",
    "see", "saw", "love", "thank", "miss", "hate", "call", "called", "give", "bring", "get",
    "got", "pay", "take", "show", "remind", "know", "mean", "like", "trust", "hear", "heard",
    "expect", "watch", "throw", "buy", "book", "send", "for", "with", "to", "at", "about",
    "than", "without", "from", "on", "by", "unless", "thought", "think", "bet", "suppose",
    "what", "till", "til", "until", "once", "which",
}  # fmt: skip
_ALONE_IS_ENOUGH = {
    "shout", "yell", "snore", "swear", "sulk", "interrupt", "leave", "cancel", "lie", "forget",
    "smoke", "drink", "complain", "disappear", "vanish", "walk", "storm", "cheat", "gamble",
    "scroll",
}  # fmt: skip
_GET_WHERE = {
    "out", "up", "home", "back", "in", "off", "ready", "dressed", "round", "to", "the",
    "drunk", "hammered", "wasted", "plastered", "smashed", "stoned",  # what they do, not are
}  # fmt: skip
# Where or how the partner is, said of what they do: "you're never home", "never present".
_WHERE_THEY_ARE = {
    "never", "late", "asleep", "out", "away", "gone", "home", "present", "around", "ready",
    "involved", "available", "awake", "sober",
}  # fmt: skip
_MAIN_OR_HELPER = {"do", "does", "did", "have", "had", "keep", "kept"}
# Words before "you" that start a new clause; "time" for "every time you...".
_JOINERS = {
    "when",
    "whenever",
    "time",
    "because",
    "cos",
    "and",
    "but",
    "that",
    "where",
    "while",
    "so",
    "still",
}


@dataclass(frozen=True, slots=True)
class Behaviour:
    """One thing the partner did or does, as "you <verb> <rest>"."""

    kind: Kind  # missing: "you never cook"; unwanted: "you always leave"; past: "you forgot";
    # missed: "you didn't call"; burden: "I'm the only one who cleans up"
    verb: str  # base form; "be" for "you're on your phone"
    rest: str  # "dinner", "on your phone at dinner"

    def _with(self, form: str) -> str:
        return f"{form} {self.rest}".strip()

    @property
    def base(self) -> str:
        """ "cook dinner", "be on your phone" """
        return self._with(self.verb)

    @property
    def present(self) -> str:
        """ "you cook dinner", "you're on your phone" """
        return "you're " + self.rest if self.verb == "be" else "you " + self.base

    @property
    def negative(self) -> str:
        """ "you don't cook dinner", "you're not home" """
        return "you're not " + self.rest if self.verb == "be" else "you don't " + self.base

    @property
    def past(self) -> str:
        """ "you cooked dinner", "you were late" """
        if self.verb == "be":
            return "you were " + self.rest
        forms = verbs.forms(self.verb)
        return "you " + self._with(forms.past if forms else self.verb + "ed")

    @property
    def gerund(self) -> str:
        """ "cooking dinner" """
        if self.verb == "be":
            return "being " + self.rest
        forms = verbs.forms(self.verb)
        return self._with(forms.gerund if forms else self.verb + "ing")


class Point:
    """What one message is about, read from its words (``point_of``).

    Each part is read the first time a rewrite asks for it, then kept: a rewrite's shape
    needs only some of them (the advice only for fixing, a hope only for shrinking), and
    each costs passes of the regex engine over the message.
    """

    def __init__(self, text: str) -> None:
        self._text = text  # with the shorthand spelled out

    @cached_property
    def behaviour(self) -> Behaviour | None:
        return behaviour(self._text)

    @cached_property
    def thing(self) -> str | None:
        """ "your family group chat", "the wedding" """
        return thing(self._text)

    @cached_property
    def advice(self) -> str | None:
        """A gerund: "cutting the sugar for a month"."""
        return advice(self._text)

    @cached_property
    def subject(self) -> str | None:
        """What a conversation is about: "I'm done with wedding talk"."""
        found = _SUBJECT.search(self._text)
        if not found:
            return None
        about = _noun(
            found.group("n"), bool(found.group("kind")) or not found.group("n").endswith("ing")
        )
        return f"the {about}" if about else None

    @cached_property
    def loss(self) -> str | None:
        """What a shrinking reply shrinks: "it was just a dog" -> "the dog"."""
        loss = _LOSS.search(self._text)
        lost = _noun(loss.group("n") or loss.group("n2")) if loss else None
        if lost and loss and loss.group("m"):  # "a parking space", not "a tiny scratch"
            kept = [
                w
                for w in loss.group("m").lower().split()
                if not (phrases.skip(w) or phrases.is_adjective(w) or w in _NOT_THINGS)
            ]
            lost = " ".join([*kept, lost])
        return (
            ("your " if loss and "you" in loss.group(0).lower() else "the ") + lost
            if lost
            else None
        )

    @cached_property
    def hope(self) -> str | None:
        """The comfort in it: "it'll grow back by june"."""
        return _sentence(_HOPE.search(self._text))

    @cached_property
    def reason(self) -> str | None:
        """The writer's own side: "I was working"."""
        return _sentence(_reason(self._text)) or _side(self._text)

    @cached_property
    def named(self) -> str | None:
        """The likeliest subject noun phrase: "your religion", "privacy"."""
        return phrases.thing_named(self._text)

    @cached_property
    def topic(self) -> str | None:
        """The same, only when said as what a talk is about: "your son"."""
        return phrases.thing_named(self._text, least=0, subject=True)

    @cached_property
    def theirs(self) -> str | None:
        """The same, leaving out the writer's own things ("my dad")."""
        return phrases.thing_named(self._text, theirs=True)


def _words(clause: str) -> list[str]:
    return _WORD.findall(clause.replace("\u2019", "'"))


_TELLING = {"tell", "ask", "say", "mention", "remember", "check", "warn", "remind"}


def _clean_rest(words: list[str], verb: str) -> str | None:
    """The words after the verb, cut at the clause's end and stripped of the verdict."""
    kept: list[str] = []
    for at, word in enumerate(words):
        low = word.lower()
        if low in ("anything", "everything") and words[at + 1 : at + 2] in (["I"], ["i"]):
            kept.append("things")  # "you never remember anything I tell you"
            continue
        if low == "i" and at and kept[-1:] == ["things"]:
            kept.append("I")
            continue
        if low in ("is", "was") and (
            "how" in [w.lower() for w in kept] or (verb in _TELLING and kept[-1:] == ["it"])
        ):
            kept.append(word)  # "ask how my day was", "tell me it was tonight"
            continue
        if (
            low in ("i'm", "i", "im")
            and verb in _TELLING
            and kept[-1:]
            and kept[-1].lower() in ("how", "what", "where", "why", "if", "whether")
        ):
            kept.append("I'm" if low != "i" else "I")  # "asked how I'm doing"
            continue
        if low in _STOP:
            break
        if low == "i" and not (
            kept and kept[-1].lower() in ("when", "while", "if", "as", "whenever")
        ):
            break  # "the leftovers [I was saving]"; but "listen when I talk about my work"
        if low.startswith("you") and low not in ("your", "yours", "yourself"):
            lows = [w.lower() for w in kept]
            for joiner in ("when", "while", "if", "as", "whenever"):
                if joiner in lows:  # "interrupt me when I'm trying to tell [you]"
                    kept = kept[: lows.index(joiner)]
                    break
            else:
                if lows[-3:-1] == ["things", "i"] and low == "you":
                    kept.append("you")  # "remember things I tell you"
            break
        if low in _DROP:
            continue
        kept.append(word)
    text = " ".join(kept)
    if verb == "take":  # "you took forever in the shower"
        text = re.sub(r"^forever\b", "ages", text, flags=re.I)
    low = text.lower()  # "every" and "thing" fold only to their capitals: tested without re
    if "every" in low:
        for every, instead in _EVERY_SAID:
            text = every.sub(instead, text)
    if "thing" in low:
        text = _ANYTHING.sub("things", text)
    text = _QUANTIFIERS.sub("", text)
    out = text.split()[:_MAX_WORDS]
    while (
        out
        and out[-1].lower() in _DANGLING
        and not (len(out) == 1 and out[0].lower() in _DANGLING_KEEP_AFTER_VERB)
    ):
        out.pop()
    if verb == "be" and not out:
        return None
    if any(CLASSES_OF.get(w.lower(), ()) and "trait" in CLASSES_OF[w.lower()] for w in out):
        return None  # "you're always so selfish": a verdict, not a behaviour
    if any("insult" in CLASSES_OF.get(w.lower(), ()) for w in out):
        return None
    return " ".join(out)


# Verbs of _NOT_BEHAVIOUR that name a behaviour after all, by the word that follows:
# "let me finish", "let go"; "gave £200 to that charity" (not "give me a headache").
_DOES_SOMETHING = {
    "let": lambda after: after in ("me", "us", "go", "him", "her", "them"),
    # "you humiliated me at that table": an event; "you humiliate me" alone is a verdict
    "humiliate": lambda after: after == "me",
    "embarrass": lambda after: after == "me",
    "ignore": lambda after: after == "me",
    "give": lambda after: after not in ("me", "us", "a", "an", "up", "it", "no"),
    "talk": lambda after: after in ("over", "down", "about", "behind"),
    "make": lambda after: after in ("an", "a", "more", "any", "some", "time", "plans"),
}


def _helps(word: str, after: str) -> bool:
    """Whether "do", "have" or "keep" helps the next word rather than being the verb."""
    if after in _HELPERS or after == "been":  # "be" is not in the verb table
        return True
    if word in ("have", "had"):
        return verbs.is_past(after)
    if word in ("keep", "kept"):
        return after.endswith("ing") and bool(verbs.base(after))
    return verbs.base(after) == after


# What the partner "does" to the writer's body or mind: a picture of the writer's feeling
# with the blame in it, not a behaviour to ask them to change.
_WHAT_IT_DOES_TO_ME = (
    "me feel", "me feeling", "my blood", "me up the wall", "me round the bend",
    "me around the bend", "me crazy", "me mad", "me nuts", "me insane", "my head in",
)  # fmt: skip


def _you_clause(words: list[str], at: int, before: list[str]) -> Behaviour | None:
    """Read the clause that starts with the "you" at ``words[at]``."""
    helpers: list[str] = []
    i = at + 1
    word0 = words[at].lower()
    if word0 in ("you're", "youre"):
        helpers.append("'re")
    elif word0 in ("you've", "youve"):
        helpers.append("'ve")
    elif word0 in ("you'd",):
        helpers.append("'d")
    elif word0 in ("you'll",):
        helpers.append("'ll")
    while i < len(words) and words[i].lower() in _HELPERS:
        after = words[i + 1].lower() if i + 1 < len(words) else ""
        if words[i].lower() in _MAIN_OR_HELPER and not _helps(words[i].lower(), after):
            break  # "you never do the dishes", "you never have time": the verb itself
        helpers.append(words[i].lower())
        i += 1
    if i >= len(words):
        return None
    head = words[i].lower()
    if {"'d", "would"} & set(helpers) and head not in ("like", "love", "rather"):
        return None  # "you'd kill someone before admitting it": a verdict, not a behaviour
    negative = bool(set(helpers) & _NEGATIVE)
    habit = (
        bool(set(helpers) & _HABIT)
        or any(
            " ".join(before[-2:]).lower().endswith(p)
            for p in ("every time", "whenever", "each time")
        )
        or (before[-1:] == ["whenever"])
    )
    being = bool({"'re", "are", "were", "weren't", "aren't"} & set(helpers))
    if "trait" in CLASSES_OF.get(head, ()) or "insult" in CLASSES_OF.get(head, ()):
        return None  # "you're controlling": who someone is
    if being:
        if head.endswith("ing") and verbs.base(head):  # "you're always moaning"
            verb = verbs.base(head) or head
            if verb in _NOT_BEHAVIOUR:
                return None
            rest = _clean_rest(words[i + 1 :], verb)
            if rest is None or rest.lower().startswith(_WHAT_IT_DOES_TO_ME):
                return None  # "you're sending my blood pressure through the roof": a verdict
            return Behaviour("missing" if negative else "unwanted", verb, rest)
        if head in _PREPOSITIONS or head in _WHERE_THEY_ARE:
            rest = _clean_rest(words[i:], "be")
            if not rest:
                return None
            return Behaviour("missing" if negative else "unwanted", "be", rest)
        return None  # "you're selfish", "you're the worst": who someone is, not what they did
    found = verbs.base(head)
    after = words[i + 1].lower() if i + 1 < len(words) else ""
    must = found == "have" and after == "to" and i + 2 < len(words)
    if must:
        i += 2  # "you always have to redo what I've done": the behaviour is "redo ..."
        head = words[i].lower()
        found = verbs.base(head)
    if found is None or head in ("'re", "are"):
        return None
    if found in _NOT_BEHAVIOUR and not _DOES_SOMETHING.get(found, lambda _: False)(after):
        return None
    verb = found
    if "go" in helpers or "went" in helpers:
        pass
    rest = _clean_rest(words[i + 1 :], verb)
    if rest is not None and "only" in helpers:
        rest = _only_when(words[i + 1 :], rest)
    if rest is None:
        return None
    if not rest and verb in ("do", "go", "come", "put", "take", "bring", "keep", "have"):
        return None  # "you never do": the behaviour is not in these words
    if (
        verb == "have"
        and not must
        and rest.split()[0].lower()
        in (
            "no",
            "to",
            "got",
            "a",
            "the",
            "it",
            "me",
            "us",
            "him",
            "her",
        )
    ):
        return None  # "you have no idea", "you have to": not a behaviour to ask for
    past = verbs.is_past(head) or bool(set(helpers) & _PAST_HELPERS)
    if rest.lower().startswith(_WHAT_IT_DOES_TO_ME) or (
        verb == "do" and rest.lower() in ("it", "this", "that", "things")
    ):
        return None  # "you leave me feeling small", "you always do this": no behaviour named
    if verb == "get" and (rest.split() or [""])[0].lower() not in _GET_WHERE:
        return None  # "you get so defensive": a verdict; "you never get up" is a behaviour
    if not rest and not negative and verb not in _ALONE_IS_ENOUGH:
        return None  # "you clean like a toddler": the point is in the words we cut
    if negative:
        kind: Kind = "missing" if (habit or not past) and not verbs.is_past(head) else "missed"
    else:
        kind = "unwanted" if habit or not past else "past"
    return Behaviour(kind, verb, rest)


def _only_when(words: list[str], rest: str) -> str:
    """ "You only text me when you're bored": the condition is the point, kept with "only".

    Cut at "when you", the complaint would read "you text me", the opposite of the point.
    """
    lows = [w.lower() for w in words]
    for at, low in enumerate(lows[:-1]):
        if low in ("when", "if", "whenever") and re.match(r"you|u\b|ur\b", lows[at + 1]):
            said = lows[: at + 8]
            if any({"insult", "trait"} & set(CLASSES_OF.get(w, ())) for w in said):
                return rest
            before = " ".join(words[:at])
            if before.lower() != rest.lower():  # the words before "when" were cut: keep ours
                return rest
            return " ".join([*words[:at], "only", *words[at : at + 7]])
    return rest


_BURDEN = re.compile(
    r"\bI(?:'m| am)\s+(?:always\s+|still\s+)?the\s+(?:only\s+)?one\s+(?:who|that)\s+(?:\w+ly\s+|ever\s+|always\s+|actually\s+)*(?P<rest>[^.!?;,\n]+)"
    r"|\bI\s+(?:always\s+|still\s+)?(?:have|had|got)\s+to\s+(?P<rest2>[^.!?;,\n]+)"
    r"|\bI\s+(?:always\s+|still\s+)?end\s+up\s+(?P<rest3>[^.!?;,\n]+)"
    r"|\b(?:it's|is it|it is)\s+(?:always\s+|only\s+|still\s+)?me\s+(?:who|that)\s+(?P<rest4>[^.!?;,\n]+)"
    r"|\bI'll\s+(?:just\s+)?(?P<rest5>\w+\s+(?:it|them|this)\s+(?:myself|on my own)\b)",
    re.I,
)


_JOBS = {
    "do", "clean", "cook", "wash", "tidy", "hoover", "vacuum", "pay", "sort", "pick", "take",
    "walk", "feed", "shop", "iron", "fold", "put", "empty", "load", "book", "plan", "organise",
    "organize", "drive", "make", "look", "clear", "fix", "buy", "carry", "wipe",
}  # fmt: skip


def _burden(text: str) -> Behaviour | None:
    match = _BURDEN.search(text)
    if not match:
        return None
    words = _words(
        match.group("rest")
        or match.group("rest2")
        or match.group("rest3")
        or match.group("rest4")
        or re.sub(r"\s+(?:myself|on my own)$", "", match.group("rest5") or "")
    )
    if not words:
        return None
    verb = verbs.base(words[0].lower())
    if verb is None or (verb in _NOT_BEHAVIOUR and verb not in _JOBS):
        return None
    if (match.group("rest3") or match.group("rest5")) and verb not in _JOBS:
        return None  # "I end up gripping the door handle" is no job to share
    rest = _clean_rest(words[1:], verb)
    if rest is None or (not rest and verb == "do"):
        return None
    rest = re.sub(r"\beverything\b|\ball of it\b", "", rest).strip()
    return Behaviour("burden", verb, rest)


_RHETORIC = Prechecked(
    re.compile(r"\b(?:is there|was there|name one|one thing|anything)\b.*\byou\b", re.I)
)


_PRAISE = re.compile(r"\b(?:love|thanks|thank|appreciate|proud|glad|grateful|admire)\b", re.I)


# Shapes that say where the point is, whatever comes first: sarcasm and questions hide
# the behaviour in a clause the plain reading skips. "What is it with you and lying about
# small stuff?", "my friends would talk to you if you didn't stand in the corner", "would
# be nice if you made a bit of effort", "thanks for doing the washing up. Oh wait, you
# didn't." Each is read as the plain "you …" clause it stands for.
_POINTED = (
    (
        re.compile(r"\bwhat(?:'s| is)(?: it)? with you and (?P<b>[a-z]+ing\b[^.!?;,\n]*)", re.I),
        "always",
    ),
    (re.compile(r"\bif (?:you|u) didn'?t (?P<b>[a-z][^.!?;,\n]*)", re.I), "always"),
    (re.compile(r"\bdo (?:you|u) (?:have|need) to (?P<b>[a-z][^.!?;,\n]*)\?", re.I), "always"),
    # "Thank you, Professor, for explaining my own job to me": thanks for talking down
    (
        re.compile(
            r"\bthanks?(?: you)?\b[^.!?;\n]{0,40}?\bfor (?P<b>(?:explaining|telling|reminding|"
            r"correcting|lecturing|interrupting|mansplaining|pointing out|talking over)\b"
            r"[^.!?;,\n]*)",
            re.I,
        ),
        "always",
    ),
    # "u ruin every moment by filming it", "you scared me half to death not answering"
    (
        re.compile(
            r"\b(?:you|u)\b\W*(?P<v>\w+)?[^.!?;\n]*?\bby (?P<b>[a-z]+ing\b[^.!?;,\n]*)", re.I
        ),
        "always",
    ),
    (
        re.compile(r"\b(?:you|u) \w+ me\b[^.!?;,\n]*?\bnot (?P<b>[a-z]+ing\b[^.!?;,\n]*)", re.I),
        "never",
    ),
    (
        re.compile(
            r"\b(?:would|it'd|itd|wouldn't it) be (?:nice|lovely|great|good) if (?:you|u) "
            r"(?:just |ever |actually |sometimes |occasionally )*(?P<b>[a-z][^.!?;,\n]*)",
            re.I,
        ),
        "never",
    ),
    (
        re.compile(
            r"\bthanks? (?:you )?(?:so much |SO much |for nothing )?for (?P<b>[a-z]+ing\b[^.!?;,\n]*)"
            r"[.!?,;\s]+(?:oh wait|oh no wait|wait)\W+(?:you|u) didn'?t\b",
            re.I,
        ),
        "never",
    ),
)


# Read only when no plain "you …" clause names the behaviour: "You posted that photo
# without asking. What sort of person plasters their partner online …" says it plainly first.
_POINTED_LAST = (
    (
        re.compile(
            r"\bwhat (?:kind|sort) of (?:grown )?(?:adult|person|man|woman|husband|wife|"
            r"partner|father|mother|dad|mum|mom) (?P<b>[a-z]+s\b[^.!?;,\n]*)",
            re.I,
        ),
        "always",
    ),
)


# Each shape is searched only when the message has the words it needs (``Prechecked``):
# most messages have none of them, and all are tried on every message.
_POINTED_SHAPES = tuple((Prechecked(pattern), helper) for pattern, helper in _POINTED)
_POINTED_LAST_SHAPES = tuple((Prechecked(pattern), helper) for pattern, helper in _POINTED_LAST)


def _pointed(
    text: str, shapes: tuple[tuple[Prechecked, str], ...] = _POINTED_SHAPES
) -> Behaviour | None:
    """The behaviour one of ``shapes`` puts its point on, or None."""
    for pattern, helper in shapes:
        match = pattern.search(text)
        if not match:
            continue
        words = _words(match.group("b"))
        base = verbs.base(words[0].lower()) if words else None
        if base is None:
            continue
        said = match.groupdict().get("v")
        if said and verbs.is_past(said.lower()):
            helper = "did"  # "you humiliated me … by telling everyone": one event, past
        found = _you_clause(["you", helper, base, *words[1:]], 0, [])
        if found:
            return found
    return None


def behaviour(text: str) -> Behaviour | None:
    """The first behaviour of the partner's (or the writer's burden) the message names."""
    pointed = _pointed(text)
    if pointed:
        return pointed
    for clause in _CLAUSE_END.split(text):
        words = _words(clause)
        for at, word in enumerate(words):
            if word.lower() in (
                "you",
                "you're",
                "youre",
                "you've",
                "youve",
                "you'd",
                "you'll",
                "u",
            ):
                prev = words[at - 1].lower() if at else ""
                if prev in _NOT_A_REPORT or _PRAISE.search(" ".join(words[:at])):
                    continue  # a question, a thank-you, "helps you", a condition: not a report
                found = _you_clause(words, at, words[:at])
                if (
                    found
                    and found.kind == "missing"
                    and _RHETORIC.search(" ".join(words[: at + 1]))
                ):
                    found = Behaviour(
                        "unwanted", found.verb, found.rest
                    )  # "is there a thing you don't..."
                if found and found.rest:
                    found = _while_i(found, clause)
                    found = _and_then(found, clause)
                if found and found.kind in ("missing", "missed") and _RETORT.search(text):
                    found = Behaviour("unwanted", found.verb, found.rest)
                if found:
                    return found
    found = _who_does(text) or _pointed(text, _POINTED_LAST_SHAPES)
    return found or _burden(text)


# "Oh right, and you never leave your stuff everywhere?": a retort that means "you do".
_RETORT = Prechecked(
    re.compile(
        r"(?:^|[.!?,]\s*|\b(?:oh|right|like|as if|and)\s+)(?:and |like |as if )?"
        r"(?:you|u)(?:'ve| have)? never\b[^.!?]*\?",
        re.I,
    )
)


def _and_then(found: Behaviour, clause: str) -> Behaviour:
    """ "start a wash and walk away from it for three days": the second act is the point.

    Only a second act with words of its own ("walk away from it"), cut where a verdict or
    a picture starts ("vanish like a guest"): "and win", "and wonder why" are no act.
    """
    more = re.search(
        re.escape(found.rest) + r"\s+and (?:then )?(?P<v>[a-z]+)\b(?P<r>[^.!?;,\n]{0,50})",
        clause,
        re.I,
    )
    if not more or found.verb == "be":
        return found
    verb = more.group("v").lower()
    if verbs.base(verb) != verb or verb in _NOT_BEHAVIOUR | _STOP | _NOT_AN_ACT:
        return found
    kept: list[str] = []
    for word in more.group("r").split():
        if word.lower() in _STOP or word.lower() in ("why", "how", "what"):
            break
        kept.append(word)
    if not kept:
        return found
    return Behaviour(found.kind, found.verb, f"{found.rest} and {verb} {' '.join(kept)}")


_NOT_AN_ACT = {"wonder", "win", "say", "ask", "tell", "complain", "get", "go", "expect"}


def _while_i(found: Behaviour, clause: str) -> Behaviour:
    """ "you sat on your phone while I carried the shopping in": the contrast is the point."""
    contrast = re.search(re.escape(found.rest) + r"\s+(while I\b[^.!?;,\n]{3,60})", clause, re.I)
    if not contrast:
        return found
    return Behaviour(found.kind, found.verb, f"{found.rest} {contrast.group(1).strip()}")


_WHO = Prechecked(re.compile(r"(?:^|[.!?,;]\s*|\s)who\s+(?P<rest>[a-z]+s\b[^.!?;,\n]*)", re.I))


def _who_does(text: str) -> Behaviour | None:
    """A rhetorical "who leaves toenail clippings on the couch": the partner's behaviour."""
    if re.search(r"\bthe (?:only )?one who\b|\bme who\b", text, re.I):
        return None
    for match in _WHO.finditer(text):
        words = _words(match.group("rest"))
        verb = verbs.base(words[0].lower())
        if verb is None or verb in _NOT_BEHAVIOUR or verb in ("do", "be", "have", "say"):
            continue
        rest = _clean_rest(words[1:], verb)
        if rest:
            return Behaviour("unwanted", verb, rest)
    return None


_ADVICE = re.compile(
    r"\b(?:you should|you need to|you have to|you could|you ought to|why don't you|"
    r"why not|have you tried|(?:have you )?(?:ever )?thought about|how about|what about|"
    r"what you need is to|what you need to do is|all you need to do is|"
    r"you just need to|just|let's|lets|honestly|maybe|it's time to|it is time to|"
    r"(?:the )?best (?:thing )?is(?: to| you| u)?|next time,?)\s+(?:just\s+)?"
    r"(?P<rest>[a-z][^.!?;,\n]*)",
    re.I,
)
_NOT_ADVICE = _NOT_BEHAVIOUR - {"have", "get", "talk", "try", "give", "sort"} | {
    "do", "go", "stop", "calm", "relax", "chill", "drop", "forget", "move", "grow", "trust",
    "leave", "be", "deal", "welcome", "thank", "shut", "wait", "cry", "hear", "man", "toughen", "cheer", "suck", "walk",
}  # fmt: skip


# Words after a verb that make "just go", "just move", "just make" advice rather than a
# brush-off: "go over his head to HR", "move back to a ground-floor place", "make more effort".
_ADVICE_AFTER = {
    "go": ("to", "for", "back", "out", "over", "up", "down"),
    "pick": ("up",),
    "get": ("a", "an", "some"),
    "move": ("back", "to", "out", "in", "house", "closer", "jobs", "teams"),
    "make": ("more", "a", "an", "some", "time", "friends", "plans"),
    "do": ("the", "a", "an", "some", "more"),
    "trust": ("the", "your", "her", "him", "them"),
}
# An idea offered as a thing: "what about a pottery class?", "what you need is a new job".
_IDEA_THING = re.compile(
    r"\b(?:how about|what about|what (?:you|u) need is|all (?:you|u) need is)\s+"
    r"(?P<det>a|an|some|the)\s+(?P<n>[a-z][a-z' -]*)",
    re.I,
)
_IDEA_NOISE = {"fr", "tbh", "lol", "honestly", "then", "though", "tho", "babe", "love"}


def _as_advice(words: list[str]) -> str | None:
    if not words:
        return None
    head = words[0].lower()
    verb = verbs.base(head)
    after = words[1].lower() if len(words) > 1 else ""
    if verb is not None and head.endswith("ing") and head != verb:
        head = verb  # "have you tried updating your CV"
    if verb is None or head != verb:
        return None
    if verb in _NOT_ADVICE and after not in _ADVICE_AFTER.get(verb, ()):
        return None  # "just go", "just pick one"; but "go to bed earlier", "pick up shifts"
    if verb == "write" and " ".join(words[1:4]).lower() == "a pros and":
        words = [*words[:2], "pros-and-cons", *words[5:]]  # "a pros and cons list" is one thing
    rest = _clean_rest(words[1:], verb)
    if not rest:
        return None
    said = Behaviour("unwanted", verb, rest).gerund
    if _CUT_OFF.search(said):  # "telling your mum how it made" -> "telling your mum"
        said = re.sub(r"\s+(?:how|what|why|when|where|if)\b.*$", "", said, flags=re.I)
    return None if _CUT_OFF.search(said) else said


# A clause cut off mid-way by the rest-cleaner: better to say less than half a thought.
_CUT_OFF = re.compile(r"\b(?:made|make|makes|is|was|the|a|an|to|of|how|what|if)$", re.I)


def advice(text: str) -> str | None:
    """The advice a "fixing" message gives, as a gerund: "cutting the sugar for a month"."""
    for match in _ADVICE.finditer(text):
        found = _as_advice(_words(match.group("rest")))
        if found:
            return found
    idea = _IDEA_THING.search(text)
    if idea:
        kept: list[str] = []
        for word in idea.group("n").split()[:5]:
            if word.lower() in _STOP or word.lower() in _IDEA_NOISE:
                break
            kept.append(word)
        if kept and phrases.is_noun(kept[-1]):
            needed = re.search(r"\bneed\b", idea.group(0), re.I)
            said = f"{idea.group('det').lower()} {' '.join(kept)}"
            return f"getting {said}" if needed else said
    for clause in _CLAUSE_END.split(text):  # an order: "Have a shower and you'll feel better."
        for part in re.split(r"\s+and\s+", clause):  # "Let him cool off and talk to him"
            found = _as_advice(_words(part))
            if found:
                return found
    return None


_THING = re.compile(
    r"\b(?P<det>your|my|our|the|this)\s+(?P<noun>(?:[a-z-]+\s+){0,2}?[a-z-]+)\b(?=\s*(?:[.!?,;:]|$|\s(?:is|was|are|were|thing|stuff|talk|again|tonight|today|tomorrow|now|for|and|with|about|at|in|on)\b))",
    re.I,
)
_PARTICLES = {"down", "up", "out", "off", "than", "over", "back", "away", "again", "around", "too"}
_TIMES = {"tonight", "today", "tomorrow", "now", "yesterday", "morning", "evening", "weekend"}
_NOT_THINGS = {
    "way", "thing", "things", "point", "problem", "fault", "time", "eyes", "head", "mouth",
    "face", "life", "end", "world", "same", "worst", "best", "one", "bit", "lot", "deal",
    "matter", "fuss", "drama", "issue", "reason", "truth", "rest", "moment", "maths",
    "math", "question", "answer", "idea", "feelings", "feeling", "mood", "attitude",
    "tone", "villain", "bad", "real", "day", "week", "night", "minute", "case",
    "conversation", "subject", "topic", "thought", "plague", "bone", "sake", "hell", "god", "gosh", "goodness", "lord", "own", "it",
    "this", "that", "them", "him", "her",
}  # fmt: skip


def thing(text: str) -> str | None:
    """The thing a message names: "your family group chat", "the wedding"."""
    for match in _THING.finditer(text):
        noun = match.group("noun").lower()
        last = noun.split()[-1]
        if (
            set(noun.split()) & (_STOP | _DROP | _HELPERS | _DANGLING | _TIMES | _PARTICLES)
            or last in _NOT_THINGS
            or (last.endswith("est") and len(last) > 5)  # "the sharpest": a verdict
            or any(
                CLASSES_OF.get(w, ()) and {"trait", "insult", "shrink"} & set(CLASSES_OF[w])
                for w in noun.split()
            )
        ):
            continue
        if any(verbs.base(w) not in (None, w) for w in noun.split()):
            continue  # "the train got cancelled", "your cousin thinks": a clause, not a thing
        if set(noun.split()) & phrases.FUNCTION or phrases.skip(last):
            continue  # "the machine since tuesday", "this month"
        det = match.group("det").lower()
        det = "the" if det in ("this", "that") else det
        return f"{det} {noun}"
    talk = re.search(
        r"\b(?:done with|talking about|talk about|about)\s+(?:the\s+)?(?P<n>[a-z]+)\s+talk\b",
        text,
        re.I,
    )
    if talk:
        return "the " + talk.group("n").lower()
    return None


_SUBJECT = re.compile(
    r"\b(?:done with|sick of|finished with|not (?:doing|having) (?:the|this)|talking about|talk about|"
    r"discuss(?:ing)?|rehash(?:ing)?)\s+(?:the\s+|this\s+|your\s+|that\s+)?(?P<n>[a-z]+)(?:\s+(?P<kind>talk|stuff|thing|conversation))?\b",
    re.I,
)
_LOSS = re.compile(
    r"\b(?:it's|it is|it was|that's|that was|you've got|you have|you've only got|it's only|"
    r"it's just|it was only|it was just)\s+(?:just\s+|only\s+|literally\s+|merely\s+)?(?:a|an)\s+"
    r"(?P<m>(?:[a-z]+\s+){0,2}?)(?P<n>[a-z]+)\b(?=\s*(?:[,.!?]|$|\s(?:not|and|but|you|it|they|he|she)\b))"
    r"|\b(?:they're|they are|they were|those are)\s+(?:just|only)\s+(?P<n2>[a-z]+s)\b",
    re.I,
)


def _noun(word: str | None, named: bool = False) -> str | None:
    """``word`` if it can name a thing; ``named`` when the text called it one ("wedding talk")."""
    if not word:
        return None
    low = word.lower()
    if (
        low in _NOT_THINGS | _STOP | _DROP | _HELPERS | _DANGLING | _TIMES
        or (verbs.base(low) and not named and not phrases.is_noun(low))
        or (
            {"trait", "insult", "shrink", "feeling"} & set(CLASSES_OF.get(low, ()))
            and low not in ("joke", "film", "game")
        )  # "it was only a joke": a thing, not a name
    ):
        return None
    return low


_HOPE = re.compile(
    r"\b(?:it'll|itll|it will|you'll|youll|you will|we can|we'll|he'll|she'll|they'll|things will|"
    r"your \w+ will)\s[^.!?,;\n]+",
    re.I,
)
_REASON = re.compile(
    r"(?<!should )(?<!would )(?<!could )(?<!do )(?<!did )"
    r"\b(?:I(?: was| had| did| thought| didn't| couldn't| wasn't|'m up| just got| have|'ve got|"
    r"'m late because)|"
    r"the \w+ (?:got cancell?ed|got delayed|broke down|broke|were a nightmare|was a nightmare|"
    r"were late|was late|were cancell?ed|was cancell?ed))(?![\w'])(?:\s[^.!?,;\n]+)?",
    re.I,
)
# Not a side of the story: an apology, a verdict on themselves, or a dig said as one.
_NOT_A_REASON = re.compile(r"\bsorry\b|\bno idea\b|\bto (?:say|tell|explain)\b", re.I)


def _reason(text: str) -> re.Match[str] | None:
    """The writer's side: what they did or what happened ("I was waiting till the
    morning") before a bare denial ("I didn't forget the bins")."""
    found = [m for m in _REASON.finditer(text) if not _NOT_A_REASON.search(m.group(0))]
    said = [m for m in found if not re.match(r"I (?:didn't|couldn't|wasn't)", m.group(0), re.I)]
    best = said or found
    return best[0] if best else None


_NOT_A_SIDE = re.compile(
    r"\b(?:you|your|u|ur|fault|mine|sue|whatever|here we go|typical|again|never|always|"
    r"nobody|everyone|everything|not the one|make sense|makes sense|need to|big deal|calm|"
    r"relax|dramatic|overreact\w*|just|only)\b|\?|^(?:so|and|but|well|oh|ok)\b",
    re.I,
)


def _side(text: str) -> str | None:
    """The writer's own side of it, said plainly ("flights from here cost double"), if any.

    Only a first clause that names a thing and says nothing of the partner: a defence
    that points back at them ("you spend that much on coffee") is not a side to keep.
    """
    first = re.split(r"[.!?;,]|\s-\s|\s(?:and|but|so)\s", text.strip(), maxsplit=1)[0].strip()
    done = re.match(r"I (\w+)\b", first, re.I)  # "I cleaned it on Saturday": what they did
    did = bool(done and verbs.is_past(done.group(1)) and done.group(1).lower() != "thought")
    if len(first.split()) < 3 or _NOT_A_SIDE.search(first) or not (did or phrases.phrases(first)):
        return None
    if re.match(r"i\b", first, re.I):
        return "I" + first[1:]
    return first[0].lower() + first[1:]


_NO_COMFORT = re.compile(
    r"\b(?:fine|over it|laugh\w*|forget|get over|nothing|normal|survive|worse|just|only)\b", re.I
)


def _sentence(match: re.Match[str] | None) -> str | None:
    """A clause to quote back, or None when it carries the shrinking itself."""
    if (
        match is None
        or _NO_COMFORT.search(match.group(0))
        or re.match(r"I'm not the one", match.group(0))
    ):
        return None
    said = re.sub(r"[^\w'£$€]+$", "", match.group(0).strip())
    said = re.sub(r"\b(it|you)ll\b", r"\1'll", said, flags=re.I)  # "itll pass"
    return re.sub(r"^i\b", "I", said) or None  # "i was going to" is said back as "I was"


TEXTING = {
    r"\bu're\b": "you're",
    r"\bur(?=\s+(?:always|never|so|such|just|being|not|a|an|the|late|still|\w+ing)\b)": "you're",
    r"\bur\b": "your",
    r"\bu\b": "you",
    r"\bure\b": "you're",
}


_TEXTING = tuple((re.compile(short, re.I), full) for short, full in TEXTING.items())
# Every shorthand above is a word "u", "ur" or "ure" ("u're" is "u" and then "'"; "u", "r"
# and "e" have no other case under ``re.I``): a message with none is left as it is without
# five passes over it.
_ANY_TEXTING = re.compile(r"\b[uU](?:[rR][eE]?)?\b")


def spelled_out(text: str) -> str:
    """The message with texting shorthand spelled out: "ur always late" -> "you're always late"."""
    if not _ANY_TEXTING.search(text):
        return text
    for short, full in _TEXTING:
        text = short.sub(full, text)
    return text


def point_of(text: str) -> Point:
    return Point(spelled_out(text.replace("\u2019", "'")))


# The reason a shrinking reply gives, said as a plain view: "everyone forgets birthdays",
# "likes don't mean anything", "landlords are all like that". It is the point of the
# reply, so a rewrite keeps it as the writer's view instead of a line that fits anything.
_VIEW_SPLIT = re.compile(r"[.!?;,:\n\u2026\u2014]|\s-\s|\s\u2013\s|\bbut\b|\bso\b", re.I)
_VIEW_OPENERS = re.compile(
    r"^(?:(?:honestly|seriously|look|well|oh|ok|okay|babe|love|mate|because|cos|like|and|"
    r"i mean|come on|tbh|lol|literally|eh|ugh|aw|yeah|ok)\s+)+",
    re.I,
)
_VIEW_TAIL = re.compile(r"\s+(?:babe|love|mate|lol|tbh|honestly|though|anyway)$", re.I)
# An order or a name they were called is no view: "calm down", "you're being a martyr".
_NOT_A_VIEW = re.compile(
    r"^(?:calm|stop|let|don'?t|just|get|relax|chill|grow|move|deal|drop|give|go|quit|"
    r"what|why|how|who|whatever|sure|fine|right|wow|oh|lol|could|would|should|might|must|"
    r"shouldn't|do|does|did|is|are|can|will|won't|isn't|aren't)\b|"
    r"\b(?:don't|doesn't|didn't|can't|won't|isn't|aren't|haven't|do|did)(?: at all)?$|"
    r"\byou(?:'re| are) (?:being|not|so|such|just)\b|\bmy (?:dad|mum|mom|father|mother)\b|"
    r"\b(?:drama|special|medal|big deal|the world|a grown|you even|lucky)\b|"
    # About their feeling, not the matter: "you're overreacting", "no point being upset".
    r"\b(?:upset|overreact\w*|uptight|emotional|mountain|sensitive|precious|touchy|"
    r"imagin\w+|worry\w*|stress\w*|catastroph\w+|rational|cheer|cry\w*|laugh\w*|"
    r"hilarious|funny|nervous|weird|daft|silly|told you|here we go|nice one|guess|"
    r"think about it|omg|idk|to me|I know|I get|trust me|admit|sorry|reading|milking|panic\w*)\b",
    re.I,
)
_FUNCTION = {
    "it", "its", "they", "he", "she", "we", "you", "there", "that", "this", "everyone",
    "everybody", "nobody", "no-one", "at", "people", "i", "a", "an", "the", "one", "two",
    "some", "most", "all", "every", "if", "in", "on",
}  # fmt: skip


def _mid_sentence(clause: str) -> str:
    """A clause moved after "Part of me thinks": a common first word lowered, a name kept
    ("Tom's")."""
    head = clause.partition(" ")[0]
    low = head.lower()
    common = low in _FUNCTION or (  # "Likes don't", but a name stays: "Tom's got two hours"
        "'" not in low and (phrases.is_noun(low) or verbs.base(low) is not None)
    )
    low = low.split("'")[0]
    common = common or low in _FUNCTION
    lowered = clause[0].lower() + clause[1:] if common and head[1:].islower() else clause
    return re.sub(r"\bi\b", "I", lowered)


# Said of everyone, the reason is at its clearest: "everyone commutes", "kids are meant to be".
_OF_EVERYONE = re.compile(
    r"\b(?:every(?:one|body)|all|lots of|loads of|most|other|some) ?(?:people|of us)?\b|"
    r"\bthey're\b|\bmeant to\b",
    re.I,
)


def shrinking_view(text: str) -> str | None:
    """The plain reason a shrinking reply gives, in the writer's words, or None.

    A question, an order, or a clause that holds a name or a dig is not a reason: kept,
    it would bring the put-down into the rewrite.
    """
    text = spelled_out(text.replace("\u2019", "'"))
    views: list[str] = []
    for part in re.finditer(r"[^.!?;\n]+[.!?;\n]*", text):
        clauses = _VIEW_SPLIT.split(part.group(0))
        if part.group(0).rstrip().endswith("?"):  # "drifting apart?" asks; it gives no reason
            clauses = [c for c in clauses if c.strip()][:-1]
        for clause in clauses:
            clause = _VIEW_TAIL.sub("", _VIEW_OPENERS.sub("", clause.strip())).strip()
            words = _WORD.findall(clause)
            if not 2 <= len(words) <= 9 or _NOT_A_VIEW.search(clause):
                continue
            if any(  # "don't mean anything" is a verb, not a name
                {"insult", "trait"} & set(CLASSES_OF.get(w.lower(), ()))
                for w in _WORD.findall(re.sub(r"n't mean\b", "", clause))
            ):
                continue
            views.append(_mid_sentence(clause))
    if not views:
        return None
    general = [v for v in views if _OF_EVERYONE.search(v)]
    return max(general, key=len) if general else views[0]
