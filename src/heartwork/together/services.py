"""Reacting and replying: the one write path for responses (web, API and demo alike)."""

from __future__ import annotations

from datetime import datetime, timedelta
from uuid import UUID

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from heartwork import access
from heartwork.accounts.models import User
from heartwork.core.errors import DomainError
from heartwork.core.models import CoupleItem, Visibility
from heartwork.core.prepared import Prepared, Slots
from heartwork.core.validation import text_problem
from heartwork.together.before import earlier_couples, mine_from_before
from heartwork.together.items import open_item
from heartwork.together.leaving import KINDS
from heartwork.together.models import Reaction, Response, Visit

# A short reply: a sentence or a few, not a letter (that is what the journal is for).
REPLY_MAX = 1000


@transaction.atomic
def response_react(
    *, user: User, kind: str, item_id: UUID, reaction: str | None, toggle: bool = False
) -> Response | None:
    """Set ``user``'s one reaction to the partner's item, change it, or (None) take it back.

    With ``toggle`` (a tap on the web), choosing the reaction already chosen takes it back.
    """
    item = open_item(user, kind, item_id)
    if item.author_id == user.pk:
        raise DomainError("Reactions are for what your partner shared; you can reply to it.")
    if reaction is not None and reaction not in Reaction.values:
        raise DomainError("Choose a heart, “thank you”, “me too” or a hug.")
    mine = Response.objects.filter(item_kind=kind, item_id=item.public_id, author=user).exclude(
        reaction=""
    )
    current = mine.select_for_update().first()
    if toggle and current is not None and current.reaction == reaction:
        reaction = None
    if reaction is None:
        if current is not None:
            current.delete()
        return None
    if current is not None:
        if current.reaction != reaction:
            current.reaction = reaction
            current.save(update_fields=["reaction", "updated_at"])
        return current
    return _answer(user, kind, item, reaction=reaction)


@transaction.atomic
def response_reply(*, user: User, kind: str, item_id: UUID, body: str) -> Response:
    """A short reply to something shared: from the partner, or its author answering back."""
    item = open_item(user, kind, item_id)
    body = body.strip()
    if not body:
        raise DomainError("Write a few words for your reply.")
    if len(body) > REPLY_MAX:
        raise DomainError(
            f"A reply is for a few words: please keep it under {REPLY_MAX} characters, "
            "or write in your journal and share it."
        )
    problem = text_problem(body)
    if problem:
        raise DomainError(f"Your reply {problem}")
    return _answer(user, kind, item, body=body)


def _answer(user: User, kind: str, item: CoupleItem, **what: str) -> Response:
    """A reaction or a reply to ``item``: shared with the couple the item belongs to, and
    keyed to the item and its author so a thread is read in one query."""
    return Response.objects.create(
        author=user,
        couple=item.couple,
        visibility=Visibility.SHARED,
        item_kind=kind,
        item_id=item.public_id,
        item_author_id=item.author_id,
        **what,
    )


# Pages opened closer together than this are one visit: the marker is not moved.
VISIT_GAP = timedelta(minutes=30)
# A first visit looks back this far.
FIRST_LOOK_BACK = timedelta(days=7)


def visit_mark(*, user: User, now: datetime | None = None) -> datetime:
    """Note a look at Today; return since when things count as new.

    One write per visit, not per page: a look within ``VISIT_GAP`` of the last changes
    nothing, so the list stays put while the person moves about the app.
    """
    now = now or timezone.now()
    found = LAST_VISIT.objects(reader=user.pk)
    visit = found[0] if found else None
    if visit is None:
        since = now - FIRST_LOOK_BACK
        Visit.objects.get_or_create(user=user, defaults={"seen_at": now, "since": since})
        return since
    if now - visit.seen_at < VISIT_GAP:
        return visit.since
    Visit.objects.filter(pk=visit.pk, seen_at=visit.seen_at).update(
        since=visit.seen_at, seen_at=now
    )
    return visit.seen_at


@transaction.atomic
def shared_before_bring_back(*, user: User) -> int:
    """Bring into the couple ``user`` is in now what they themselves had shared with this
    same partner before; how many things came back.

    Only ``user``'s own shared (or sealed) things, only from couples of these same two
    people: the partner's things stay away until the partner chooses, and nobody else's
    couple is ever touched. Private things were never shared and stay where they are; a
    part of the conflict room comes back only with its topic (``before.mine_from_before``).
    """
    couple, partner = access.current_couple(user), access.partner_of(user)
    if couple is None or partner is None:
        raise DomainError("This is for when you and your partner have linked again.")
    earlier = earlier_couples(user, partner)
    # In the order of ``KINDS``: a topic moves before the parts of the room that need it.
    # Counted as the leave page and the offer count them (a round with nothing shared
    # comes back too, for the report together, but shows the partner nothing).
    moved, anything = 0, False
    for kind in KINDS:
        for model in kind.models:
            mine = mine_from_before(user, model, earlier, couple.pk)
            moved += mine.filter(kind.only).count()
            anything |= bool(mine.update(couple_id=couple.pk))
    if not anything:
        raise DomainError("There's nothing of yours from before to bring back.")
    return moved


def _last_visit(slots: Slots) -> QuerySet[Visit]:
    return Visit.objects.filter(user_id=slots.reader).order_by("pk")[:1]


# Read on every Today: built once per process (``core/prepared.py``).
LAST_VISIT = Prepared(_last_visit, reader=int)
