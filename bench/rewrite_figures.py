"""Figures for the coach's rewrites, on the messages of the dev split the coach flags.

Used by ``bench/coach.py`` (section "rewrites"). No timing here: these are counts.

- distinct: how many different first suggestions the flagged messages get, and how many
  remain once the feeling word is masked (a count of 17 for hundreds of messages means
  most people read the same sentence);
- kept topic: the share whose first suggestion repeats a content word of the message
  (the behaviour or the thing: "cook", "phone", "wedding"), compared by verb base;
- flagged: the share of messages with any suggestion that the coach itself flags.
"""

from __future__ import annotations

import atexit
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from heartwork.coach import analyze, is_harmful
from heartwork.coach.labels import HARMFUL
from heartwork.coach.lexicon import CLASSES_OF
from heartwork.coach.verbs import base

ROOT = Path(__file__).resolve().parents[1]
_WORD = re.compile(r"[a-z][a-z']+|[£$€]?\d+[a-z]*")
# Words that carry no topic: grammar, the verdict, and the coach's own stock phrases.
_STOP = set(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "so",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "about",
        "from",
        "by",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "i",
        "i'm",
        "im",
        "me",
        "my",
        "mine",
        "you",
        "you're",
        "your",
        "yours",
        "yourself",
        "we",
        "we're",
        "us",
        "our",
        "it",
        "it's",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "then",
        "than",
        "when",
        "what",
        "why",
        "how",
        "who",
        "which",
        "where",
        "do",
        "does",
        "did",
        "doing",
        "done",
        "have",
        "has",
        "had",
        "having",
        "can",
        "could",
        "would",
        "should",
        "will",
        "won't",
        "don't",
        "didn't",
        "not",
        "no",
        "yes",
        "just",
        "really",
        "very",
        "always",
        "never",
        "ever",
        "every",
        "again",
        "all",
        "any",
        "some",
        "one",
        "more",
        "most",
        "much",
        "get",
        "got",
        "go",
        "going",
        "gone",
        "make",
        "made",
        "feel",
        "feeling",
        "felt",
        "like",
        "know",
        "think",
        "want",
        "need",
        "say",
        "said",
        "tell",
        "told",
        "right",
        "now",
        "time",
        "thing",
        "things",
        "way",
        "also",
        "even",
        "still",
        "only",
        "too",
        "well",
        "oh",
        "ok",
        "okay",
        "because",
        "if",
        "else",
        "up",
        "out",
        "off",
        "back",
        "over",
        "into",
        "lot",
        "bit",
        "sure",
        "let",
        "let's",
    ]
)
_FEELING = re.compile(
    r"\b(?:"
    + "|".join(
        [
            *sorted((w for w, c in CLASSES_OF.items() if "feeling" in c), key=len, reverse=True),
            "caught off guard",
            "misunderstood",
            "worn out",
            "worthless",
            "ugly",
            "stupid",
        ]
    )
    + r")\b",
    re.I,
)
_NOT_TOPIC = {"trait", "insult", "shrink", "feeling", "shutdown", "sorry", "thanks", "praise"}


def content_words(text: str) -> set[str]:
    """The words of ``text`` that could carry its topic, each by its verb base if any."""
    out = set()
    for word in _WORD.findall(text.lower().replace("\u2019", "'")):
        if word in _STOP or len(word) < 3 or _NOT_TOPIC & set(CLASSES_OF.get(word, ())):
            continue
        out.add(base(word) or word)
    return out


def keeps_topic(message: str, suggestion: str) -> bool:
    return bool(content_words(message) & content_words(suggestion))


def template(suggestion: str) -> str:
    """The suggestion with its feeling word masked: what is left is the template."""
    return _FEELING.sub("X", suggestion)


def figures(
    texts: Sequence[str],
    suggest: Callable[[str, list[str]], list[str]] | None = None,
) -> dict[str, object]:
    """The rewrite figures over the messages of ``texts`` that the coach flags.

    ``suggest(text, harmful_labels)`` replaces today's rewriter (to measure an older one
    on the same messages and labels).
    """
    pairs = []
    any_flagged = 0
    for text in texts:
        analysis = analyze(text)
        if not analysis.harmful or analysis.concern is not None:
            continue
        suggestions = suggest(text, analysis.harmful) if suggest else analysis.suggestions
        if not suggestions:
            continue
        pairs.append((text, suggestions[0]))
        any_flagged += any(is_harmful(s) for s in suggestions)
    n = len(pairs)
    return {
        "flagged_messages": n,
        "distinct_first_suggestions": len({s for _, s in pairs}),
        "templates_once_feeling_masked": len({template(s) for _, s in pairs}),
        "share_first_keeps_a_topic_word": round(sum(keeps_topic(m, s) for m, s in pairs) / n, 3),
        "share_with_a_flagged_suggestion": round(any_flagged / n, 4),
        "share_first_says_this_comes_up": round(sum("this comes up" in s for _, s in pairs) / n, 3),
    }


def flagged_dev_texts(examples: Sequence[object]) -> list[str]:
    return [e.text for e in examples if set(e.labels) & set(HARMFUL)]  # type: ignore[attr-defined]


_WORKER = """
import json, sys
from heartwork.coach import is_harmful
from heartwork.coach.suggest import suggest
for line in sys.stdin:
    asked = json.loads(line)
    print(json.dumps(suggest(asked["text"], asked["labels"], is_harmful)), flush=True)
"""


def rewriter_at(rev: str) -> Callable[[str, list[str]], list[str]]:
    """The whole rewriter of commit ``rev`` (its ``point.py``, ``suggest.py``, tables and
    model), run in a child process on that commit's ``src``, one message at a time.

    Loading only the older ``suggest.py`` beside today's ``point.py`` would measure a
    mix of the two, so the older tree is unpacked whole into a temporary folder.
    """
    folder = Path(tempfile.mkdtemp(prefix="rewriter-"))
    archive = subprocess.run(
        ["git", "archive", rev, "src"],  # noqa: S607 - git from PATH
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    worker = subprocess.Popen(
        [sys.executable, "-c", _WORKER],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(folder / "src")},
    )
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    atexit.register(worker.kill)

    asking, answers = worker.stdin, worker.stdout
    if asking is None or answers is None:
        raise RuntimeError("the older rewriter did not start")

    def rewrite(text: str, labels: list[str]) -> list[str]:
        asking.write(json.dumps({"text": text, "labels": list(labels)}) + "\n")
        asking.flush()
        return list(json.loads(answers.readline()))

    return rewrite
