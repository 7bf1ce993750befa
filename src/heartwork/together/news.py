"""What the Today page says has happened between the two of them: "your turn" and
"Since you were last here".

A fixed number of small queries (one per kind, each limited), however long the history.
Only what the partner chose to share, or that they took a turn (never what a sealed
turn says). Nothing private is read: no safety screen, no counseling page, no report for
a counselor, so nothing here can show that someone looked for help.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.urls import reverse

from heartwork import access
from heartwork.accounts.models import User
from heartwork.checkup.models import CheckupResponse
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
        checkup_turn=checkup and access.waiting_on(user, CheckupResponse).exists(),
        news=_news(user, partner, since, checkup=checkup),
    )


def _theirs(
    user: User, model: type[Any], since: datetime, on: str = "created_at", **only: object
) -> Any:
    return (
        access.from_partner(user, model)
        .filter(**{f"{on}__gt": since}, **only)
        .order_by(f"-{on}")[:NEWS_MAX]
    )


def _news(user: User, partner: User, since: datetime, *, checkup: bool) -> list[News]:
    name = partner.display_name
    news = [
        News(
            e.created_at,
            f"{name} shared a journal entry",
            reverse("journal_detail", args=[e.public_id]),
        )
        for e in _theirs(user, JournalEntry, since, "updated_at")
    ]
    news += [
        News(a.created_at, f"{name} sent you an appreciation", reverse("daily_appreciations"))
        for a in _theirs(user, Appreciation, since)
    ]
    news += [
        News(c.created_at, f"{name} shared a check-in", reverse("daily_checkins"))
        for c in _theirs(user, CheckIn, since)
    ]
    news += [
        News(p.created_at, f"{name} planned some time together", reverse("daily_time"))
        for p in _theirs(user, Plan, since)
    ]
    news += [
        News(p.created_at, f"{name} made you a promise", reverse("daily_promises"))
        for p in _theirs(user, Promise, since)
    ]
    news += [
        News(
            p.changed_at,
            f"{name} called off a plan: {p.title}"
            if p.withdrawn_at
            else f"{name} changed a plan: {p.title}, now {p.planned_for:%a %-d %b}",
            reverse("daily_time"),
        )
        for p in _theirs(user, Plan, since, "changed_at")
    ]
    news += [
        News(
            p.changed_at,
            f"{name} withdrew a promise: {p.text}"
            if p.status == Promise.Status.WITHDRAWN
            else f"{name} changed a promise: {p.text}, now by {p.due:%a %-d %b}",
            reverse("daily_promises"),
        )
        for p in _theirs(user, Promise, since, "changed_at")
    ]
    news += [
        News(
            r.finished_at,
            f"{name} finished the check-up: your report together is ready",
            reverse("checkup_report", args=[r.round_number]),
        )
        for r in (_theirs(user, CheckupResponse, since, "finished_at") if checkup else [])
    ]
    news += [_answered(r, name) for r in _theirs(user, Response, since, item_author=user)]
    # Their answer back under their own item, in a thread the reader replied in: without
    # it, a reply could go on unseen, and an exchange would stop at its first turn.
    replied_in = access.owned(user, Response).filter(reaction="").values("item_id")
    news += [
        News(r.created_at, f"{name} answered your reply", _page_of(r))
        for r in _theirs(
            user, Response, since, item_author=partner, reaction="", item_id__in=replied_in
        )
    ]
    news += _linked_again(user, name, since)
    news.sort(key=lambda n: n.when, reverse=True)
    return news[:NEWS_MAX]


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


def _answered(response: Response, name: str) -> News:
    kind = ItemKind(response.item_kind)
    what = YOUR[kind]
    text = (
        f"{name} reacted to {what}: {response.get_reaction_display().lower()}"
        if response.is_reaction
        else f"{name} replied to {what}"
    )
    return News(response.created_at, text, _page_of(response))


def _page_of(response: Response) -> str:
    """Where the item a response answers is read."""
    kind = ItemKind(response.item_kind)
    if kind == ItemKind.JOURNAL:
        return reverse("journal_detail", args=[response.item_id])
    return reverse(PAGES[kind])
