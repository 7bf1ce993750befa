"""The one place that decides who may read which piece of couple data.

Every view, API endpoint and command reads couple data through these functions. They
take the person asking and return only what that person may see:

- their own items, whatever the visibility;
- their current partner's ``shared`` items, shared in the couple they are in now;
- their current partner's ``sealed`` items, once they have written their own sealed
  item with the same seal key in that couple.

Anything else does not exist for them: lookups raise ``Http404``, never a 403, so a
guessed id cannot even confirm that something is there. Lookups take the item's random
``public_id`` (see ``core/public_ids.py``), never its primary key.

The reader's couple is looked up once per request (``core.request_scope``) and the
queries filter by its id, as two conditions that each have an index of their own: "I
wrote it" and "it was shared in my couple". An ``IN (subquery)`` inside an ``OR`` made
PostgreSQL scan whole tables (issue 12). Outside a request (commands, jobs, tests calling
this module) nothing is remembered, so a couple that changes is always seen as it is now.

The reads a page makes on every request are built once per process
(``core/prepared.py``): the ``*_in`` functions here take the reader and couple already
resolved, so such a query is built from them with markers in place of both, and run with
``reader_and_couple(user)``. The conditions are the same ones, written in one place.
"""

from __future__ import annotations

from typing import Any, TypeVar

from django.core.exceptions import ValidationError
from django.db import DEFAULT_DB_ALIAS
from django.db.models import Exists, OuterRef, Q, QuerySet, Subquery
from django.http import Http404

from heartwork.accounts.models import Couple, Membership, User
from heartwork.core import request_scope
from heartwork.core.models import CoupleItem, Visibility
from heartwork.core.prepared import Prepared, Slots
from heartwork.daily.models import DailySettings
from heartwork.safety.models import SafetyPreferences

Item = TypeVar("Item", bound=CoupleItem)


def forget_couples() -> None:
    """A couple began or ended: look it up afresh for the rest of this request."""
    request_scope.forget()


def _us(user: User) -> tuple[Couple | None, User | None]:
    """``user``'s current couple and partner, in one query, once per request."""
    return request_scope.once(("couple", user.pk), lambda: _look_up_us(user))


def _look_up_us(user: User) -> tuple[Couple | None, User | None]:
    couple, partner = None, None
    if not user.is_authenticated:
        return couple, partner
    for row in US.objects(reader=user.pk):
        couple = row.couple
        if row.user_id != user.pk:
            partner = row.user
        request_scope.remember(zone_key(row.couple_id), row.zone or "UTC")
        request_scope.remember(preferences_key(user.pk), _preferences(user, row))
    return couple, partner


def zone_key(couple_id: int) -> tuple[str, int]:
    """Where a request remembers a couple's time zone (``daily.services.couple_zone``)."""
    return ("couple zone", couple_id)


def preferences_key(user_id: int) -> tuple[str, int]:
    """Where a request remembers a person's quick-exit choices (``safety.selectors``)."""
    return ("safety preferences", user_id)


def _preferences(user: User, row: Any) -> SafetyPreferences:  # a row of US, annotated
    """The reader's quick-exit choices as read beside the couple (unsaved defaults until
    they choose), as ``SafetyPreferences.objects.get`` would give them."""
    if row.prefs_id is None:
        return SafetyPreferences(user=user)
    return SafetyPreferences.from_db(
        DEFAULT_DB_ALIAS,
        ["id", "user_id", "keep_signed_in", "neutral_titles", "offered_before_conflict_at"],
        [row.prefs_id, user.pk, row.keep_signed_in, row.neutral_titles, row.offered_at],
    )


def current_couple(user: User) -> Couple | None:
    """The couple ``user`` is in now, or None (looked up once per request)."""
    return _us(user)[0]


def partner_of(user: User) -> User | None:
    """The other member of ``user``'s current couple, or None (once per request)."""
    return _us(user)[1]


def readable(user: User, model: type[Item]) -> QuerySet[Item]:
    """Every ``model`` item that ``user`` may read, in one query.

    "Mine" (``author_id = me``) and "my partner's, opened to me in our couple"
    (``couple_id = ours``) are two conditions with an index each, so both databases
    read only this couple's rows, however many couples there are.
    """
    if not user.is_authenticated:
        return model._default_manager.none()
    couple = current_couple(user)
    if couple is None:
        return model._default_manager.filter(author=user)
    return readable_in(user, couple, model)


def readable_in(user: User, couple: Couple, model: type[Item]) -> QuerySet[Item]:
    """``readable`` for a couple already resolved, as ``from_partner_in``."""
    return model._default_manager.filter(Q(author=user) | _opened_to(user, couple, model))


def newest_readable_in(
    user: User,
    couple: Couple,
    model: type[Item],
    count: int,
    order: tuple[str, ...],
    *,
    related: tuple[str, ...] = (),
    defer: tuple[str, ...] = (),
) -> QuerySet[Item]:
    """The first ``count`` items of ``readable_in`` by ``order`` (newest first).

    The first ``count`` of mine and the first ``count`` of my partner's, each read in
    order on its own index (``author_id = me``, ``couple_id = ours``), then the first
    ``count`` of the two: the same items and conditions as ``readable_in``. Written as
    one ``OR``, PostgreSQL read and sorted all of a couple's history (the 608 journal
    entries of a ten-year couple, on every Today; issue 12). Nothing can be added to a
    union, so ``related`` (``select_related``) and ``defer`` are applied to both halves.
    """
    manager = model._default_manager
    halves = (Q(author=user), _opened_to(user, couple, model))
    parts = [
        manager.filter(pk__in=manager.filter(half).order_by(*order).values("pk")[:count])
        .select_related(*related)
        .defer(*defer)
        .order_by()  # SQLite takes no ORDER BY in a part of a union
        for half in halves
    ]
    return parts[0].union(parts[1], all=True).order_by(*order)[:count]


def _opened_to(user: User, couple: Couple, model: type[Item]) -> Q:
    """The others' items in ``couple`` that ``user`` may read: shared, or sealed with a seal
    ``user`` has written too."""
    own_sealed_answer = model._default_manager.filter(
        couple_id=couple.pk,
        author=user,
        seal_key=OuterRef("seal_key"),
        visibility=Visibility.SEALED,
    )
    opened = Q(visibility=Visibility.SHARED) | (
        Q(visibility=Visibility.SEALED) & Q(Exists(own_sealed_answer))
    )
    return Q(couple_id=couple.pk) & ~Q(author=user) & opened


def from_partner(user: User, model: type[Item]) -> QuerySet[Item]:
    """The part of ``readable`` that the partner wrote: for "what is new from them".

    Not ``readable(…).exclude(author=me)``: a condition on ``author_id = me`` inside an
    ``OR`` made SQLite read every item of mine in the couple's history to throw each
    away (issue 12); this is the "shared in my couple" half alone, on its own index.
    """
    couple = current_couple(user)
    if not user.is_authenticated or couple is None:
        return model._default_manager.none()
    return from_partner_in(user, couple, model)


def from_partner_in(user: User, couple: Couple, model: type[Item]) -> QuerySet[Item]:
    """``from_partner`` for a couple already resolved: for a query prepared once per
    process (``core/prepared.py``) with markers in place of ``user`` and ``couple``.

    Whoever runs such a query gives it ``user.pk`` and ``current_couple(user).pk`` (see
    ``reader_and_couple``), never a couple of its own choosing.
    """
    return model._default_manager.filter(_opened_to(user, couple, model))


def reader_and_couple(user: User) -> tuple[int, int] | None:
    """The ids a prepared query takes for ``user``: theirs and their current couple's."""
    couple = current_couple(user)
    if not user.is_authenticated or couple is None:
        return None
    return user.pk, couple.pk


def marked(slots: Slots) -> tuple[User, Couple]:
    """The reader and couple that a prepared query is built for: markers in place of their
    ids (``slots.reader``, ``slots.couple``), given ``reader_and_couple`` when it runs."""
    return User(pk=slots.reader), Couple(pk=slots.couple)


def open_to_both(user: User, model: type[Item]) -> QuerySet[Item]:
    """The ``model`` items both partners of ``user``'s current couple may read.

    Those shared in the couple, by either of them, and the sealed ones whose seal both
    have written: a part of what ``readable`` gives each of the two. For what counts over
    the couple (counseling's signals), filtered by ``couple_id = ours`` alone, which has an
    index of its own, and each seal looked up by author and seal key.
    """
    couple, partner = _us(user)
    if not user.is_authenticated or couple is None:
        return model._default_manager.none()
    ours = model._default_manager.filter(couple_id=couple.pk)
    if partner is None:
        return ours.filter(author=user, visibility=Visibility.SHARED)

    def sealed_by(author: User) -> QuerySet[Item]:
        return ours.filter(
            author=author, seal_key=OuterRef("seal_key"), visibility=Visibility.SEALED
        )

    both_wrote = (Q(author=user) & Q(Exists(sealed_by(partner)))) | (
        Q(author=partner) & Q(Exists(sealed_by(user)))
    )
    return ours.filter(
        Q(visibility=Visibility.SHARED) | (Q(visibility=Visibility.SEALED) & both_wrote)
    )


def waiting_on(user: User, model: type[Item]) -> QuerySet[Item]:
    """The partner's sealed items in our couple that open once ``user`` writes their own.

    For "your turn" only: callers read that such an item exists and its ``seal_key``
    (which day's question, which check-up round), never what is in it.
    """
    couple = current_couple(user)
    if not user.is_authenticated or couple is None:
        return model._default_manager.none()
    return waiting_on_in(user, couple, model)


def waiting_on_in(user: User, couple: Couple, model: type[Item]) -> QuerySet[Item]:
    """``waiting_on`` for a couple already resolved, as ``from_partner_in``."""
    own = model._default_manager.filter(
        couple_id=couple.pk,
        author=user,
        seal_key=OuterRef("seal_key"),
        visibility=Visibility.SEALED,
    )
    return (
        model._default_manager.filter(couple_id=couple.pk, visibility=Visibility.SEALED)
        .exclude(author=user)
        .exclude(Exists(own))
    )


def owned(user: User, model: type[Item]) -> QuerySet[Item]:
    """The items ``user`` wrote: the only ones they may change or delete."""
    if not user.is_authenticated:
        return model._default_manager.none()
    return model._default_manager.filter(author=user)


def get_readable(user: User, model: type[Item], public_id: object) -> Item:
    """The item named by ``public_id`` if ``user`` may read it; else 404."""
    return _get_or_404(readable(user, model), public_id)


def get_owned(user: User, model: type[Item], public_id: object) -> Item:
    """The item named by ``public_id`` if ``user`` wrote it; else 404."""
    return _get_or_404(owned(user, model), public_id)


def _get_or_404(queryset: QuerySet[Item], public_id: object) -> Item:
    """Look up by the random public id only: a primary key, guessed or counted, finds nothing."""
    try:
        return queryset.get(public_id=public_id)
    except (queryset.model.DoesNotExist, ValidationError, ValueError, TypeError):
        raise Http404("Not found") from None


def _memberships_of_my_couple(slots: Slots) -> QuerySet[Membership]:
    """Both memberships of the reader's current couple, with the couple and each person:
    asked on every page, so built once per process (``core/prepared.py``).

    With them, two small reads that were a round trip each (issue 12): the couple's time
    zone, which every daily page and Today ask for, and the reader's own quick-exit
    choices, which every page shows; ``_look_up_us`` remembers them for the request.
    """
    zone = DailySettings.objects.filter(couple_id=OuterRef("couple_id")).values("timezone")
    prefs = SafetyPreferences.objects.filter(user_id=slots.reader)
    return (
        Membership.objects.filter(
            left_at__isnull=True,
            couple__ended_at__isnull=True,
            couple__memberships__user_id=slots.reader,
            couple__memberships__left_at__isnull=True,
        )
        .select_related("couple", "user")
        .annotate(
            zone=Subquery(zone[:1]),
            prefs_id=Subquery(prefs.values("id")[:1]),
            keep_signed_in=Subquery(prefs.values("keep_signed_in")[:1]),
            neutral_titles=Subquery(prefs.values("neutral_titles")[:1]),
            offered_at=Subquery(prefs.values("offered_before_conflict_at")[:1]),
        )
    )


US = Prepared(_memberships_of_my_couple, reader=int)
