"""Everything one person may take with them: one read for the JSON file, the page and the API.

What goes in is exactly what the access layer lets the person read: everything they
wrote, and what their current partner shared with them (sealed answers once both have
answered). The partner's private and still-sealed items are not in it, nor the partner's
check-up answers: those reach the partner only as the couple report they choose to share.

The number of queries is fixed (one per kind of item), however long the history.
The shape is documented in docs/export.md; change ``SCHEMA_VERSION`` with it.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Exists, F, OuterRef
from django.utils import timezone

from heartwork import access
from heartwork.accounts.models import User
from heartwork.checkup.instrument import item_texts as checkup_item_texts
from heartwork.checkup.models import CheckupResponse
from heartwork.conflict.models import Account, Need, Option, Rating, Topic, Turn
from heartwork.core.models import CoupleItem
from heartwork.counseling.selectors import note_export
from heartwork.daily.models import (
    Appreciation,
    CheckIn,
    DailyAnswer,
    NotKept,
    Plan,
    Promise,
)
from heartwork.journal.models import JournalEntry
from heartwork.report.selectors import reports_export
from heartwork.safety.selectors import screen_export
from heartwork.together.models import ItemKind, Response

# 2: ids are random UUIDs (strings) instead of integers (issue 9, finding 4).
SCHEMA_VERSION = 2

Record = dict[str, Any]


def _item(item: CoupleItem, user: User) -> Record:
    """The keys every item shares: whose it is and who could see it."""
    mine = item.author_id == user.pk
    return {
        "id": item.public_id,
        "mine": mine,
        "author": "me" if mine else "partner",
        "author_name": item.author.display_name,
        "visibility": item.visibility,
        "created_at": item.created_at,
        "updated_at": item.updated_at,
    }


def _conflict(user: User, readable: Any) -> Record:
    """The conflict room, as the person can read it there: all they wrote, and the
    partner's parts only once the room opens them to them (sealed sides and needs stay
    sealed). Flat lists joined by ``topic_id``, like daily replies by ``answer_id``; a
    ``topic_id`` of null is a topic that went with its opener's deleted account."""

    def of_topic(model: type[CoupleItem]) -> Any:
        return readable(model).annotate(topic_ref=F("topic__public_id"))

    return {
        "topics": [
            {
                **_item(t, user),
                "way": t.way,
                "title": t.title,
                "status": t.status,
                "answered_at": t.answered_at,
                "resolved_at": t.resolved_at,
                "outcome": t.outcome,
            }
            for t in readable(Topic)
        ],
        "accounts": [
            {
                **_item(a, user),
                "topic_id": a.topic_ref,
                "feelings": list(a.feelings),
                "body": a.body,
                "touched": a.touched,
            }
            for a in of_topic(Account)
        ],
        "turns": [
            {
                **_item(t, user),
                "topic_id": t.topic_ref,
                "kind": t.kind,
                "body": t.body,
                "answers_id": t.answers_ref,
                "flagged": list(t.flagged),
            }
            for t in of_topic(Turn).annotate(answers_ref=F("answers__public_id"))
        ],
        "needs": [
            {**_item(n, user), "topic_id": n.topic_ref, "body": n.body} for n in of_topic(Need)
        ],
        "options": [
            {**_item(o, user), "topic_id": o.topic_ref, "body": o.body} for o in of_topic(Option)
        ],
        "ratings": [
            {**_item(r, user), "option_id": r.option_ref, "value": r.value}
            for r in readable(Rating).annotate(option_ref=F("option__public_id"))
        ],
    }


def export_for(user: User) -> Record:
    """Everything ``user`` wrote and everything shared with them that they can still see."""
    partner = access.partner_of(user)

    def readable(model: type[CoupleItem]) -> Any:
        return access.readable(user, model).select_related("author").order_by("created_at", "id")

    item_texts = checkup_item_texts()  # old rounds keep the words they were asked in
    rounds = (
        access.owned(user, CheckupResponse).prefetch_related("answers").order_by("round_number")
    )
    responses = list(
        readable(Response).annotate(
            answer_exists=Exists(DailyAnswer.objects.filter(public_id=OuterRef("item_id")))
        )
    )
    return {
        "schema_version": SCHEMA_VERSION,
        "exported_at": timezone.now(),
        "profile": {
            "email": user.email,
            "name": user.name,
            "date_joined": user.date_joined,
        },
        "partner": {"name": partner.display_name} if partner else None,
        "journal": [
            {**_item(e, user), "title": e.title, "body": e.body} for e in readable(JournalEntry)
        ],
        "daily_answers": [
            {
                **_item(a, user),
                "date": a.daily_question.date,
                "question": a.daily_question.text,
                "body": a.body,
                "edited_at": a.edited_at,
            }
            for a in readable(DailyAnswer).select_related("daily_question__question")
        ],
        # Replies to daily answers, as older readers of the file know them; they are in
        # "responses" too: every reply is in the one thread its item has.
        "daily_replies": [
            {
                **_item(r, user),
                "answer_id": r.item_id if r.answer_exists else None,
                "body": r.body,
            }
            for r in responses
            if r.item_kind == ItemKind.ANSWER and not r.reaction
        ],
        "responses": [
            {
                **_item(r, user),
                "item_kind": r.item_kind,
                "item_id": r.item_id,
                "reaction": r.reaction,
                "body": r.body,
            }
            for r in responses
        ],
        "checkins": [
            {
                **_item(c, user),
                "date": c.date,
                "mood": c.mood,
                "feelings": list(c.feelings),
                "good_thing": c.good_thing,
                "hard_thing": c.hard_thing,
            }
            for c in readable(CheckIn)
        ],
        "appreciations": [
            {**_item(a, user), "kind": a.kind, "body": a.body, "seen_at": a.seen_at}
            for a in readable(Appreciation)
        ],
        "plans": [
            {
                **_item(p, user),
                "title": p.title,
                "activity_key": p.activity_key,
                "planned_for": p.planned_for,
                "is_new_to_us": p.is_new_to_us,
                "done_at": p.done_at,
                "memory": p.memory,
                "how_it_felt": p.how_it_felt,
            }
            for p in readable(Plan)
        ],
        "promises": [
            {
                **_item(p, user),
                "text": p.text,
                "due": p.due,
                "status": p.status,
                "note": p.note,
                "marked_at": p.marked_at,
            }
            for p in readable(Promise)
        ],
        # Partner's promises I marked "not kept": my private notes, only ever mine.
        "promises_not_kept": [
            {
                **_item(n, user),
                "promise_id": n.promise_public_id,
                "feeling": n.feeling,
                "told_at": n.told_at,
            }
            for n in readable(NotKept).annotate(promise_public_id=F("promise__public_id"))
        ],
        "conflict": _conflict(user, readable),
        "checkup_rounds": [
            {
                "round_number": r.round_number,
                "instrument_version": r.instrument_version,
                "started_at": r.created_at,
                "finished_at": r.finished_at,
                "shared_parts": list(r.shared_parts or []),
                "answers": [
                    {
                        "item_key": a.item_key,
                        "item": item_texts.get(a.item_key, ""),
                        "value": a.value,
                        "answered_at": a.answered_at,
                    }
                    for a in sorted(r.answers.all(), key=lambda a: a.item_key)
                ],
            }
            for r in rounds
        ],
        # The private safety screen: yours alone, so in your export and never in your
        # partner's (docs/safety.md).
        "safety_screen": screen_export(user),
        "counseling_plan": note_export(user),
        # Reports shared with a counselor: the sharer's alone (docs/report.md).
        "counselor_reports": reports_export(user),
    }
