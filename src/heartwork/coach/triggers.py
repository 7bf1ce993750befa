"""Run only the rules that can match: an index from word starts to rules.

Scanning every message with every rule costs most of the coach's time. Each rule's
regular expression is read once (with Python's own regex parser) to find a set of words
one of which any match must contain at a word start; a message then runs only the rules
whose words it has. Rules with no such set always run. The result is the same as running
every rule (a test checks this on the whole corpus), only faster.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]

_WORD = re.compile(r"[a-z0-9]+|[^\x00-\u2000]")
_STARTS = (C.AT_BOUNDARY, C.AT_BEGINNING, C.AT_BEGINNING_STRING)
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT))
Cover = frozenset[str]


def _is_space_class(op: object, av: object) -> bool:
    if op is C.IN:
        return all(
            (o is C.CATEGORY and a is C.CATEGORY_SPACE) or (o is C.LITERAL and chr(a).isspace())
            for o, a in av  # type: ignore[attr-defined]
        )
    return op is C.LITERAL and chr(av).isspace()  # type: ignore[arg-type]


def _ends_in_space(items: list[tuple[object, object]]) -> bool:
    """Whether every match of ``items`` ends with white space."""
    if not items:
        return False
    op, av = items[-1]
    if op is C.SUBPATTERN:
        return _ends_in_space(av[-1])  # type: ignore[index]
    if op is C.BRANCH:
        return all(_ends_in_space(branch) for branch in av[1])  # type: ignore[index]
    return _is_space_class(op, av)


def _leading_text(items: list[tuple[object, object]]) -> str:
    """The literal text every match of ``items`` starts with (may be empty)."""
    text = []
    for op, av in items:
        if op is not C.LITERAL:
            break
        text.append(chr(av).lower())  # type: ignore[arg-type]
    return "".join(text)


def _cover(items: Iterable[tuple[object, object]], word_start: bool) -> Cover | None:
    """Words (each at a word start) one of which every match of ``items`` contains."""
    candidates: list[Cover] = []
    run: list[str] = []
    run_ok = False

    def flush() -> None:
        if run and run_ok:
            word = _WORD.match("".join(run))
            if word:
                candidates.append(frozenset({word.group(0)}))
        run.clear()

    at_start = word_start
    for op, av in items:
        if op is C.LITERAL:
            ch = chr(av).lower()  # type: ignore[arg-type]
            if not run:
                run_ok = (at_start and ch.isalnum()) or ord(ch) > 0x2000
            run.append(ch)
            at_start = ch.isspace()
            continue
        if not (op is C.BRANCH and run and run_ok):
            flush()
        if op is C.AT:
            at_start = at_start or av in _STARTS
        elif op is C.SUBPATTERN:
            found = _cover(av[-1], at_start)  # type: ignore[index]
            if found:
                candidates.append(found)
            at_start = False
        elif op is C.BRANCH and run and run_ok:
            # Python's parser pulls a prefix the branches share out of them ("shot|stabbed"
            # becomes "s" then "hot|tabbed"): put it back, so the words are "shot", "stabbed".
            words = [_WORD.match("".join(run) + _leading_text(b)) for b in av[1]]  # type: ignore[index]
            if all(words):
                candidates.append(frozenset(w.group(0) for w in words))  # type: ignore[union-attr]
            run.clear()
            at_start = False
        elif op is C.BRANCH:
            branches = [_cover(b, at_start) for b in av[1]]  # type: ignore[index]
            if all(branches):
                candidates.append(frozenset().union(*branches))  # type: ignore[arg-type]
            at_start = False
        elif op in _REPEATS:
            low: int = av[0]  # type: ignore[index]
            sub: list[tuple[object, object]] = av[2]  # type: ignore[index]
            if low >= 1:
                found = _cover(sub, at_start)
                if found:
                    candidates.append(found)
            ends_in_space = _ends_in_space(sub)
            # A word starts here only if it does however many times the part repeats: after
            # one or more, only when the part ends in white space ("(?:\w+ ){0,4}" ends each
            # word with a space); after none, as it was before.
            at_start = ends_in_space and (low >= 1 or at_start)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            pass
        else:
            at_start = _is_space_class(op, av)
    flush()
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)))


def cover(pattern: re.Pattern[str]) -> Cover | None:
    return _cover(parser.parse(pattern.pattern, pattern.flags), True)


Needs = frozenset[str]


def _needs(items: Iterable[tuple[object, object]]) -> list[Needs]:
    """Sets of literal text, each with one member that every match of ``items`` contains.

    A run of plain letters is a set of one; a choice ("dead|six feet under") is the set of
    what each branch must contain, when every branch must contain something worth checking.
    """
    needs: list[Needs] = []
    current: list[str] = []
    for op, av in items:
        if op is C.LITERAL:
            current.append(chr(av).lower())  # type: ignore[arg-type]
            continue
        if current:
            needs.append(frozenset({"".join(current)}))
            current = []
        if op is C.SUBPATTERN:
            needs += _needs(av[-1])  # type: ignore[index]
        elif op is C.BRANCH:
            branches = [_best(_needs(branch)) for branch in av[1]]  # type: ignore[index]
            if all(branches):
                needs.append(frozenset().union(*branches))  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:  # type: ignore[index]
            needs += _needs(av[2])  # type: ignore[index]
    if current:
        needs.append(frozenset({"".join(current)}))
    return needs


def _best(needs: list[Needs]) -> Needs | None:
    """The set worth checking: the longest shortest member (three letters at least), then
    the fewest members."""
    worth = [n for n in needs if min(map(len, n)) >= 3 and len(n) <= 6]
    return max(worth, key=lambda n: (min(map(len, n)), -len(n)), default=None)


def required_text(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Texts one of which every match contains, if they are worth checking.

    A substring test is far cheaper than a regex search: most rules a word index lets
    through fail it ("you're dead" needs "dead" somewhere; most texts have none).
    """
    best = _best(_needs(parser.parse(pattern.pattern, pattern.flags)))
    return tuple(sorted(best, key=len, reverse=True)) if best else None


def key(word: str) -> str:
    return word[:3]


class TriggerIndex:
    """Which of ``patterns`` a message may match, from the starts of its words."""

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        self.always: list[int] = []
        self.index: dict[str, list[tuple[int, str]]] = {}
        self._memo: dict[str, tuple[int, ...]] = {}
        self.needs = [required_text(pattern) for pattern in patterns]
        for i, pattern in enumerate(patterns):
            words = cover(pattern)
            if not words:
                self.always.append(i)
                continue
            for word in words:
                self.index.setdefault(key(word), []).append((i, word))

    def candidates(self, words: Iterable[str]) -> list[int]:
        found = set(self.always)
        memo = self._memo
        for word in words:
            hit = memo.get(word)
            if hit is None:
                hit = self._for_word(word)
                if len(memo) < 100_000:  # bounded: a flood of odd words can't grow it
                    memo[word] = hit
            found.update(hit)
        return sorted(found)

    def runnable(self, words: Iterable[str], text: str) -> list[int]:
        """The candidates whose needed text (``required_text``) is in ``text``, in order.

        The check is inlined: it runs for dozens of candidates on every message, and a
        function call each would cost more than the searches it saves.
        """
        out = []
        needs = self.needs
        for i in self.candidates(words):
            needed = needs[i]
            if needed is not None:
                for piece in needed:
                    if piece in text:
                        break
                else:
                    continue
            out.append(i)
        return out

    def _for_word(self, word: str) -> tuple[int, ...]:
        # The first three letters find the entries; the whole cover word must begin the
        # word ("shov" for "shoved", not "should"). Done once per word, thanks to the memo.
        index = self.index
        hits = {
            i
            for k in {word[:3], word[:2], word[:1]}
            for i, start in index.get(k, ())
            if word.startswith(start)
        }
        return tuple(hits)


class Prechecked:
    """A pattern searched only when the text holds a piece of its ``required_text``.

    The rewrites search a message with dozens of patterns that seldom match ("what is it
    with you and ...", "if you didn't ..."); a substring test on the lower-cased text is
    far cheaper than a search that fails. Only ASCII text is tested first: under
    ``re.I`` a few other letters match ASCII ones (the long s, U+017F, matches "s"), so any other text is
    always searched. The answers are those of the pattern itself.
    """

    __slots__ = ("needs", "regex")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.needs = required_text(regex)

    def _may_match(self, text: str) -> bool:
        if self.needs is None or not text.isascii():
            return True
        low = text.lower()
        return any(piece in low for piece in self.needs)

    def search(self, text: str) -> re.Match[str] | None:
        return self.regex.search(text) if self._may_match(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text) if self._may_match(text) else iter(())
