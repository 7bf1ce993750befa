"""What the Today page says has happened between the two of them: "your turn" and
"Since you were last here".

A fixed number of small queries (one per kind, each limited), however long the history.
Only what the partner chose to share, or that they took a turn (never what a sealed
turn says). Nothing private is read: no safety screen, no counseling page, no report for
a counselor, so nothing here can show that someone looked for help.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from uuid import UUID

from django.db.models import F, QuerySet, Value
from django.urls import reverse

from heartwork import access
from heartwork.accounts.models import User
from heartwork.checkup.models import CheckupResponse
from heartwork.core.prepared import Prepared, Slots
from heartwork.daily.models import Appreciation, CheckIn, Plan, Promise
from heartwork.journal.models import JournalEntry
from heartwork.safety.services import joint_exercises_paused
from heartwork.together.before import shared_before
from heartwork.together.models import ItemKind, Response
from heartwork.together.services import visit_mark

# At most this many lines of news: a glance, not a feed.
NEWS_MAX = 8
# How the news names what was answered.
YOUR = {
    ItemKind.JOURNAL: "your journal entry",
    ItemKind.APPRECIATION: "your appreciation",
    ItemKind.CHECKIN: "your check-in",
    ItemKind.MEMORY: "your memory",
    ItemKind.ANSWER: "your answer",
}
PAGES = {
    ItemKind.APPRECIATION: "daily_appreciations",
    ItemKind.CHECKIN: "daily_checkins",
    ItemKind.MEMORY: "daily_time",
    ItemKind.ANSWER: "daily",
}


@dataclass
class News:
    when: datetime
    text: str
    url: str


@dataclass
class Together:
    checkup_turn: bool = False  # the partner finished a check-up round the reader has not
    news: list[News] = field(default_factory=list)


def together_for(user: User) -> Together:
    """The reader's "your turn" and news since their last visit (marking this visit)."""
    partner = access.partner_of(user)
    if partner is None:
        return Together()
    since = visit_mark(user=user)
    # For someone whose couple exercises are resting (docs/safety.md), the check-up's
    # side-by-side view is closed: no nudge toward it. The partner's pages are unchanged.
    checkup = not joint_exercises_paused(user)
    return Together(
        checkup_turn=checkup and _checkup_waiting(user),
        news=_news(user, partner, since, checkup=checkup),
    )


@dataclass(frozen=True)
class _Found:
    """One line's thing: its time and public id (from the union), and, for a line that
    needs more, the thing itself with only those fields."""

    at: datetime
    public_id: UUID
    thing: Any = None


@dataclass(frozen=True)
class _Kind:
    """One kind of news: which of the partner's things, new by which time, and its line.

    ``on`` is the time that makes a thing new (and orders the kind's newest first);
    ``when`` dates the line (``on`` if empty). ``fields`` are what the line needs beyond
    the time and public id: only kinds with fields are read again, and then only those,
    so no journal entry's words and no reply are read or decrypted for the news.
    ``only`` narrows the kind further, given the reader and the partner.
    """

    model: type[Any]
    on: str
    line: Callable[[_Found, str], News]
    fields: tuple[str, ...] = ()
    when: str = ""
    only: Callable[[User, User], dict[str, object]] = lambda reader, partner: {}


def _news(user: User, partner: User, since: datetime, *, checkup: bool) -> list[News]:
    """The newest ``NEWS_MAX`` lines: one query for what is new, then at most one read per
    model that has a line needing more than its time.

    The first query is a ``UNION ALL`` over the partner's half (``access.from_partner``)
    of the newest ``NEWS_MAX`` of each kind, giving only (kind, time, public id): enough
    for most lines. A changed plan or promise, a finished check-up and a reaction or
    reply are then read by public id, again through ``from_partner``, with only the
    fields their line needs. Ten kinds used to take ten queries reading whole rows.
    """
    kinds = _kinds(checkup=checkup)
    us = access.reader_and_couple(user)
    if us is None:
        return []
    reader, couple = us
    union = NEWEST.rows(checkup, reader=reader, partner=partner.pk, couple=couple, since=since)
    # Each kind newest first by its own time, the kinds in order; then all by the time of
    # the line, a tie keeping that order (as when each kind was a query of its own).
    found = sorted(union, key=lambda r: r[2], reverse=True)
    found.sort(key=lambda r: r[0])
    found.sort(key=lambda r: r[1], reverse=True)
    shown = found[:NEWS_MAX]
    wanted: dict[type[Any], set[str]] = {}
    for part, *_ in shown:
        kind = kinds[part]
        if kind.fields:
            wanted.setdefault(kind.model, {"public_id"}).update(kind.fields, [kind.on])
    read: dict[UUID, Any] = {}
    for model, fields in wanted.items():
        ids = [pid for part, _, _, pid in shown if kinds[part].model is model]
        ids += ids[-1:] * (NEWS_MAX - len(ids))  # always NEWS_MAX values: one query shape
        named = {f"id{n}": pid for n, pid in enumerate(ids)}
        shape = (model, tuple(sorted(fields)))
        things = THINGS.objects(shape, reader=reader, couple=couple, **named)
        read.update((thing.public_id, thing) for thing in things)
    name = partner.display_name
    news = [
        kinds[part].line(_Found(at, pid, read.get(pid)), name)
        for part, at, _, pid in shown
        if not kinds[part].fields or pid in read
    ]
    news += _linked_again(user, name, since)
    news.sort(key=lambda n: n.when, reverse=True)
    return news[:NEWS_MAX]


def _journal_line(e: _Found, name: str) -> News:
    url = reverse("journal_detail", args=[e.public_id])
    return News(e.at, f"{name} shared a journal entry", url)


def _appreciation_line(a: _Found, name: str) -> News:
    return News(a.at, f"{name} sent you an appreciation", reverse("daily_appreciations"))


def _checkin_line(c: _Found, name: str) -> News:
    return News(c.at, f"{name} shared a check-in", reverse("daily_checkins"))


def _plan_line(p: _Found, name: str) -> News:
    return News(p.at, f"{name} planned some time together", reverse("daily_time"))


def _promise_line(p: _Found, name: str) -> News:
    return News(p.at, f"{name} made you a promise", reverse("daily_promises"))


def _plan_changed_line(found: _Found, name: str) -> News:
    p: Plan = found.thing
    text = (
        f"{name} called off a plan: {p.title}"
        if p.withdrawn_at
        else f"{name} changed a plan: {p.title}, now {p.planned_for:%a %-d %b}"
    )
    return News(found.at, text, reverse("daily_time"))


def _promise_changed_line(found: _Found, name: str) -> News:
    p: Promise = found.thing
    text = (
        f"{name} withdrew a promise: {p.text}"
        if p.status == Promise.Status.WITHDRAWN
        else f"{name} changed a promise: {p.text}, now by {p.due:%a %-d %b}"
    )
    return News(found.at, text, reverse("daily_promises"))


def _checkup_line(found: _Found, name: str) -> News:
    text = f"{name} finished the check-up: your report together is ready"
    return News(found.at, text, reverse("checkup_report", args=[found.thing.round_number]))


def _answered(found: _Found, name: str) -> News:
    response: Response = found.thing
    what = YOUR[ItemKind(response.item_kind)]
    text = (
        f"{name} reacted to {what}: {response.get_reaction_display().lower()}"
        if response.is_reaction
        else f"{name} replied to {what}"
    )
    return News(found.at, text, _page_of(response))


def _answer_back_line(found: _Found, name: str) -> News:
    return News(found.at, f"{name} answered your reply", _page_of(found.thing))


def _linked_again(user: User, name: str, since: datetime) -> list[News]:
    """Once, on the first visits after linking again: the reader may bring back what they
    shared before (their own things only). No query at all on an older couple."""
    couple = access.current_couple(user)
    if couple is None or couple.created_at <= since:
        return []
    before = shared_before(user)
    if before is None or not before.anything:
        return []
    return [
        News(
            couple.created_at,
            f"You and {name} linked again: choose whether to bring back what you shared before",
            reverse("together_before"),
        )
    ]


def _page_of(response: Response) -> str:
    """Where the item a response answers is read."""
    kind = ItemKind(response.item_kind)
    if kind == ItemKind.JOURNAL:
        return reverse("journal_detail", args=[response.item_id])
    return reverse(PAGES[kind])


def _replied_to_them(reader: User, partner: User) -> dict[str, object]:
    # Their answer back under their own item, in a thread the reader replied in: without
    # it, a reply could go on unseen, and an exchange would stop at its first turn.
    replied_in = access.owned(reader, Response).filter(reaction="").values("item_id")
    return {"item_author": partner, "reaction": "", "item_id__in": replied_in}


# Every kind of news, in the order the lines keep when two share a time.
KINDS = (
    _Kind(JournalEntry, "updated_at", _journal_line, when="created_at"),
    _Kind(Appreciation, "created_at", _appreciation_line),
    _Kind(CheckIn, "created_at", _checkin_line),
    _Kind(Plan, "created_at", _plan_line),
    _Kind(Promise, "created_at", _promise_line),
    _Kind(Plan, "changed_at", _plan_changed_line, ("title", "planned_for", "withdrawn_at")),
    _Kind(Promise, "changed_at", _promise_changed_line, ("text", "due", "status")),
    _Kind(CheckupResponse, "finished_at", _checkup_line, ("round_number",)),
    _Kind(
        Response,
        "created_at",
        _answered,
        ("item_kind", "item_id", "reaction"),
        only=lambda reader, partner: {"item_author": reader},
    ),
    _Kind(
        Response, "created_at", _answer_back_line, ("item_kind", "item_id"), only=_replied_to_them
    ),
)


def _kinds(*, checkup: bool) -> tuple[_Kind, ...]:
    """The kinds of news a reader gets: without the check-up's while exercises rest."""
    return tuple(k for k in KINDS if checkup or k.model is not CheckupResponse)


def _newest_of_each(slots: Slots, checkup: bool) -> QuerySet[Any]:
    """What is new, as (kind, time of the line, time it is new by, public id): a ``UNION
    ALL`` over the partner's half (``access.from_partner_in``) of the newest
    ``NEWS_MAX`` of each kind. Built once per process (``core/prepared.py``), with markers
    for the reader, the partner, their couple and the time of the last visit."""
    (reader, couple), partner = access.marked(slots), User(pk=slots.partner)
    parts = []
    for n, kind in enumerate(_kinds(checkup=checkup)):
        newest = (
            access.from_partner_in(reader, couple, kind.model)
            .filter(**{f"{kind.on}__gt": slots.since}, **kind.only(reader, partner))
            .order_by(f"-{kind.on}")
            .values("pk")[:NEWS_MAX]
        )
        # The limit sits in an ``IN`` subquery: SQLite takes no LIMIT in a compound part.
        parts.append(
            kind.model._default_manager.filter(pk__in=newest)
            .order_by()
            .annotate(part=Value(n), at=F(kind.when or kind.on), by=F(kind.on))
            .values_list("part", "at", "by", "public_id")
        )
    return parts[0].union(*parts[1:], all=True)


NEWEST = Prepared(_newest_of_each, reader=int, partner=int, couple=int, since=datetime)


def _things(slots: Slots, model: type[Any], fields: tuple[str, ...]) -> QuerySet[Any]:
    """The partner's things named by ``NEWS_MAX`` public ids, with only ``fields``: what a
    line needs beyond its time. Built once per process for each model and fields."""
    reader, couple = access.marked(slots)
    ids = [getattr(slots, f"id{n}") for n in range(NEWS_MAX)]
    return (
        access.from_partner_in(reader, couple, model)
        .filter(public_id__in=ids)
        .only(*fields)
        .order_by()
    )


THINGS = Prepared(_things, reader=int, couple=int, **{f"id{n}": UUID for n in range(NEWS_MAX)})


def _checkup_waiting(user: User) -> bool:
    """Whether the partner finished a check-up round the reader has not (``waiting_on``)."""
    us = access.reader_and_couple(user)
    return us is not None and bool(CHECKUP_WAITING.rows(reader=us[0], couple=us[1]))


def _checkup_round_waiting(slots: Slots) -> QuerySet[Any]:
    return access.waiting_on_in(*access.marked(slots), CheckupResponse).values("pk")[:1]


CHECKUP_WAITING = Prepared(_checkup_round_waiting, reader=int, couple=int)
