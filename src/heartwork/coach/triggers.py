"""Run only the rules that can match: an index from word starts to rules.

Scanning every message with every rule costs most of the coach's time. Each rule's
regular expression is read once (with Python's own regex parser) to find a set of words
one of which any match must contain at a word start; a message then runs only the rules
whose words it has. Rules with no such set always run. The result is the same as running
every rule (a test checks this on the whole corpus), only faster.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
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


def _runs(items: Iterable[tuple[object, object]]) -> list[str]:
    """Literal strings that every match of ``items`` contains."""
    runs: list[str] = []
    current: list[str] = []
    for op, av in items:
        if op is C.LITERAL:
            current.append(chr(av).lower())  # type: ignore[arg-type]
            continue
        if current:
            runs.append("".join(current))
            current = []
        if op is C.SUBPATTERN:
            runs += _runs(av[-1])  # type: ignore[index]
        elif op is C.BRANCH and len(av[1]) == 1:  # type: ignore[index]
            runs += _runs(av[1][0])  # type: ignore[index]
        elif op in _REPEATS and av[0] >= 1:  # type: ignore[index]
            runs += _runs(av[2])  # type: ignore[index]
    if current:
        runs.append("".join(current))
    return runs


def required_text(pattern: re.Pattern[str]) -> str | None:
    """The longest literal text that every match contains, if it is worth checking."""
    runs = _runs(parser.parse(pattern.pattern, pattern.flags))
    best = max(runs, key=len, default="")
    return best if len(best) >= 3 else None


def key(word: str) -> str:
    return word[:3]


class TriggerIndex:
    """Which of ``patterns`` a message may match, from the starts of its words."""

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        self.always: list[int] = []
        self.index: dict[str, list[tuple[int, str]]] = {}
        self._memo: dict[str, tuple[int, ...]] = {}
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
