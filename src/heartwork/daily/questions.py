"""Question packs: one JSON file a pack (format in questions/README.md), validated on load.

Built-in packs live in ``questions/`` and are loaded after every ``migrate``; a couple or
a counselor can add their own with ``heartwork questions import FILE``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from django.db import transaction
from django.db.models import Q

from heartwork.core.errors import DomainError

BUILTIN = Path(__file__).with_name("questions")
DEPTHS = {1: "light", 2: "medium", 3: "deep"}


@dataclass(frozen=True)
class PackData:
    key: str
    title: str
    description: str
    questions: list[tuple[str, str, int, str]]  # key, text, depth, apart version or ""


def parse_pack(text: str, source: str = "the file") -> PackData:
    """Read a pack, or raise DomainError naming what is wrong and where."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DomainError(f"{source} is not valid JSON (line {exc.lineno}: {exc.msg}).") from None
    if not isinstance(data, dict):
        raise DomainError(
            f"{source} must hold one JSON object with key, title, description and questions."
        )
    for field in ("key", "title", "description"):
        if not isinstance(data.get(field), str) or not data[field].strip():
            raise DomainError(f'{source}: "{field}" must be a non-empty text.')
    questions = data.get("questions")
    if not isinstance(questions, list) or not questions:
        raise DomainError(f'{source}: "questions" must be a non-empty list.')
    out: list[tuple[str, str, int, str]] = []
    seen: set[str] = set()
    for number, q in enumerate(questions, 1):
        where = f"{source}, question {number}"
        if not isinstance(q, dict):
            raise DomainError(f"{where}: must be an object with key, text and depth.")
        key, text_, depth = q.get("key"), q.get("text"), q.get("depth")
        if not isinstance(key, str) or not key.strip() or len(key) > 80:
            raise DomainError(f'{where}: "key" must be a short text.')
        if key in seen:
            raise DomainError(f'{where}: the key "{key}" is used twice.')
        if not isinstance(text_, str) or not 3 <= len(text_.strip()) <= 300:
            raise DomainError(f'{where}: "text" must be between 3 and 300 characters.')
        if depth not in DEPTHS:
            raise DomainError(f'{where}: "depth" must be 1 (light), 2 (medium) or 3 (deep).')
        apart = q.get("apart", "")
        if not isinstance(apart, str) or (apart and not 3 <= len(apart.strip()) <= 300):
            raise DomainError(f'{where}: "apart" must be between 3 and 300 characters.')
        seen.add(key)
        out.append((key.strip(), text_.strip(), int(depth), apart.strip()))
    return PackData(data["key"].strip(), data["title"].strip(), data["description"].strip(), out)


@transaction.atomic
def save_pack(pack: PackData, *, builtin: bool) -> int:
    """Create or update a pack and its questions; returns the number of questions.

    A few queries whatever the pack's size: the built-in packs are saved after every
    ``migrate`` and every flush of a test database, and a query per question made each
    of those cost a second on PostgreSQL. New questions are created in the pack's order,
    which is the order the daily question is picked in."""
    from heartwork.daily.models import Question, QuestionPack

    keys = [q[0] for q in pack.questions]
    clash = Question.objects.filter(key__in=keys).exclude(pack__key=pack.key).first()
    if clash is not None:
        raise DomainError(f'The question key "{clash.key}" already belongs to another pack.')
    record, _ = QuestionPack.objects.update_or_create(
        key=pack.key,
        defaults={"title": pack.title, "description": pack.description, "builtin": builtin},
    )
    existing = Question.objects.in_bulk(keys, field_name="key")
    new: list[Question] = []
    changed: list[Question] = []
    for key, text_, depth, apart in pack.questions:
        question = existing.get(key)
        if question is None:
            new.append(Question(key=key, pack=record, text=text_, depth=depth, apart_text=apart))
        elif (question.pack_id, question.text, question.depth, question.apart_text) != (
            record.pk,
            text_,
            depth,
            apart,
        ):
            question.pack, question.text, question.depth = record, text_, depth
            question.apart_text = apart
            changed.append(question)
    Question.objects.bulk_create(new)
    Question.objects.bulk_update(changed, ["pack", "text", "depth", "apart_text"])
    return len(pack.questions)


def import_pack(path: Path) -> PackData:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DomainError(f"{path} cannot be read ({exc.strerror}).") from None
    pack = parse_pack(text, str(path))
    save_pack(pack, builtin=False)
    return pack


def sync_builtin_packs(**_: Any) -> None:
    """Load the packs that ship with Heartwork (after each migrate; idempotent)."""
    for path in sorted(BUILTIN.glob("*.json")):
        save_pack(parse_pack(path.read_text(encoding="utf-8"), path.name), builtin=True)


def pick_question(couple_id: int, day: date) -> int | None:
    """The next question for a couple: from their packs and depth, never repeated until the
    packs are used up, then round again. Deterministic, so two requests agree."""
    from heartwork.daily.models import DailyQuestion, DailySettings, Question

    choice = DailySettings.objects.filter(couple_id=couple_id).first()
    questions = Question.objects.all()
    if choice is not None:
        packs = list(choice.packs.values_list("pk", flat=True))
        if packs:
            questions = questions.filter(pack_id__in=packs)
        questions = questions.filter(depth__lte=choice.max_depth)
    else:
        questions = questions.filter(depth__lte=2)
    asked = DailyQuestion.objects.filter(couple_id=couple_id).values_list("question_id", flat=True)
    fresh = questions.filter(~Q(pk__in=asked))
    pool = list(fresh.order_by("pk").values_list("pk", flat=True)) or list(
        questions.order_by("pk").values_list("pk", flat=True)
    )
    if not pool:
        return None
    # Spread packs and depths: step through the pool by a day-based stride.
    return pool[(day.toordinal() * 7919) % len(pool)]
