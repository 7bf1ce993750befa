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
"""

from __future__ import annotations

from typing import TypeVar

from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import Http404

from heartwork.accounts.models import Couple, Membership, User
from heartwork.core.models import CoupleItem, Visibility

Item = TypeVar("Item", bound=CoupleItem)


def current_couple(user: User) -> Couple | None:
    """The couple ``user`` is in now, or None."""
    return (
        Couple.objects.filter(
            ended_at__isnull=True, memberships__user=user, memberships__left_at__isnull=True
        )
        .order_by()
        .first()
    )


def partner_of(user: User) -> User | None:
    """The other member of ``user``'s current couple, or None."""
    return (
        User.objects.filter(
            memberships__left_at__isnull=True,
            memberships__couple__memberships__user=user,
            memberships__couple__memberships__left_at__isnull=True,
            memberships__couple__ended_at__isnull=True,
        )
        .exclude(pk=user.pk)
        .first()
    )


def _current_couple_ids(user: User) -> QuerySet[Membership, int]:
    return Membership.objects.filter(
        user=user, left_at__isnull=True, couple__ended_at__isnull=True
    ).values_list("couple_id", flat=True)


def readable(user: User, model: type[Item]) -> QuerySet[Item]:
    """Every ``model`` item that ``user`` may read, in one query."""
    if not user.is_authenticated:
        return model._default_manager.none()
    own_sealed_answer = model._default_manager.filter(
        couple_id=OuterRef("couple_id"),
        author=user,
        seal_key=OuterRef("seal_key"),
        visibility=Visibility.SEALED,
    )
    from_partner = Q(couple_id__in=_current_couple_ids(user)) & ~Q(author=user)
    opened = Q(visibility=Visibility.SHARED) | (
        Q(visibility=Visibility.SEALED) & Q(Exists(own_sealed_answer))
    )
    return model._default_manager.filter(Q(author=user) | (from_partner & opened))


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
