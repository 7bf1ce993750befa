"""The rules of the safety screen and quick exit: the one write path, and the hooks.

Everything here acts for one person and on their own rows only. Nothing is logged,
emailed or counted, and nothing reaches the partner: the partner's pages, API and export
are the same whatever happens here (``tests/test_partner_sees_nothing.py``).

Hooks for the rest of Heartwork:

- ``joint_exercises_paused(user)``: True when the couple exercises that put this person
  in the room with their partner are closed for them (their screen shows risk and they
  did not choose to keep them open, or they paused them themselves). A feature that is
  closed shows ``safety/_resting.html``, a neutral note, and nothing about why.
- ``should_offer_before_conflict(user)``: True the first time this person opens the
  conflict room if they have never answered the screen; the room shows
  ``safety/_offer.html`` (take it, or skip) and calls ``conflict_offer_seen(user)``,
  so it is offered there once.
"""

from __future__ import annotations

from collections.abc import Mapping

from django.db import transaction
from django.utils import timezone

from heartwork import access
from heartwork.accounts.models import User
from heartwork.core import request_scope
from heartwork.core.models import Visibility
from heartwork.safety.models import SafetyPreferences, SafetyScreen
from heartwork.safety.screen import Joint, State, clean_answers
from heartwork.safety.selectors import preferences_of, screen_of


@transaction.atomic
def screen_save(*, user: User, answers: Mapping[str, object]) -> State | None:
    """Replace ``user``'s answers with ``answers``, exactly as given.

    An empty set changes nothing and saves nothing (skipping costs nothing). A new set
    of answers also forgets an earlier choice about couple exercises: the new answers
    decide again, and the person can choose again.
    """
    cleaned = clean_answers(answers)
    if not cleaned:
        return None
    state = State(answers=cleaned)
    _store(user, state)
    return state


@transaction.atomic
def screen_choose_joint(*, user: User, joint: Joint) -> State:
    """Pause or reopen the couple exercises for ``user``, whatever the answers say."""
    saved = screen_of(user)
    state = State(answers=saved.state.answers if saved else {}, joint=joint)
    _store(user, state)
    return state


@transaction.atomic
def screen_delete(*, user: User) -> bool:
    """Delete ``user``'s answers and choice for good; True if there was something."""
    deleted, _ = access.owned(user, SafetyScreen).delete()
    request_scope.forget()  # screen_of remembers it for the request
    return bool(deleted)


def _store(user: User, state: State) -> None:
    row = access.owned(user, SafetyScreen).select_for_update().first()
    couple = access.current_couple(user)
    if row is None:
        row = SafetyScreen(author=user)
    row.state = state.dumps()
    row.visibility = Visibility.PRIVATE
    row.couple = couple
    row.save()
    request_scope.forget()  # screen_of remembers it for the request


def joint_exercises_paused(user: User) -> bool:
    """Whether the couple exercises are closed for ``user`` (see the module docstring)."""
    saved = screen_of(user)
    return saved is not None and saved.state.joint_paused


def should_offer_before_conflict(user: User) -> bool:
    """Offer the screen before the conflict room is first used, once, if never answered."""
    if screen_of(user) is not None:
        return False
    return preferences_of(user).offered_before_conflict_at is None


@transaction.atomic
def conflict_offer_seen(*, user: User) -> None:
    """Remember that the screen was offered before the conflict room (taken or skipped)."""
    prefs, _ = SafetyPreferences.objects.select_for_update().get_or_create(user=user)
    if prefs.offered_before_conflict_at is None:
        prefs.offered_before_conflict_at = timezone.now()
        prefs.save(update_fields=["offered_before_conflict_at"])
    request_scope.forget()  # preferences_of remembers them for the request


@transaction.atomic
def preferences_update(
    *, user: User, keep_signed_in: bool, neutral_titles: bool
) -> SafetyPreferences:
    prefs, _ = SafetyPreferences.objects.select_for_update().get_or_create(user=user)
    prefs.keep_signed_in = keep_signed_in
    prefs.neutral_titles = neutral_titles
    prefs.save(update_fields=["keep_signed_in", "neutral_titles"])
    request_scope.forget()  # preferences_of remembers them for the request
    return prefs


def quick_exit_ends_session(user: User) -> bool:
    """Quick exit signs the browser out unless the person chose "just leave"."""
    return user.is_authenticated and not preferences_of(user).keep_signed_in
