"""Reads of a person's own safety screen and preferences, shared by pages, API and export.

The screen is read only through ``access.owned``: it is never anyone else's to read,
whatever its visibility says (and it always says private).
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from heartwork import access
from heartwork.accounts.models import User
from heartwork.core import request_scope
from heartwork.core.prepared import Prepared, Slots
from heartwork.safety.models import SafetyPreferences, SafetyScreen
from heartwork.safety.screen import BY_KEY, CHOICE_LABELS, KEYS, Saved, State


def screen_of(user: User) -> Saved | None:
    """``user``'s own saved screen, decrypted, or None if there is none.

    Read once per request (Today asked three times: the news, the room's invitations and
    the counselor rule); a change to it forgets what the request remembered.
    """
    return request_scope.once(("safety screen", user.pk), lambda: _read_screen(user))


def _read_screen(user: User) -> Saved | None:
    found = SCREEN.objects(reader=user.pk)
    if not found:
        return None
    row = found[0]
    return Saved(State.loads(row.state), row.updated_at)


def preferences_of(user: User | None) -> SafetyPreferences:
    """``user``'s quick-exit choices; the defaults (unsaved) until they choose.

    Read once per request, usually with the couple (``access``); a change forgets it.
    """
    if user is None or not user.is_authenticated:
        return SafetyPreferences()
    return request_scope.once(access.preferences_key(user.pk), lambda: _read_preferences(user))


def _read_preferences(user: User) -> SafetyPreferences:
    found = PREFERENCES.objects(reader=user.pk)
    return found[0] if found else SafetyPreferences(user=user)


def screen_export(user: User) -> dict[str, Any] | None:
    """The screen as it goes in ``user``'s own export, or None; never in anyone else's."""
    saved = screen_of(user)
    if saved is None:
        return None
    state = saved.state
    return {
        "updated_at": saved.updated_at,
        "answers": [
            {
                "question_key": key,
                "question": BY_KEY[key].text,
                "answer": state.answers[key],
                "answer_text": CHOICE_LABELS[state.answers[key]],
            }
            for key in KEYS
            if key in state.answers
        ],
        "couple_exercises": "paused" if state.joint_paused else "open",
    }


def _own_screen(slots: Slots) -> QuerySet[SafetyScreen]:
    return access.owned(User(pk=slots.reader), SafetyScreen).order_by("pk")[:1]


def _own_preferences(slots: Slots) -> QuerySet[SafetyPreferences]:
    return SafetyPreferences.objects.filter(user_id=slots.reader).order_by("pk")[:1]


# Read on every signed-in page (the quick exit, the discretion of titles): built once
# per process (``core/prepared.py``).
SCREEN = Prepared(_own_screen, reader=int)
PREFERENCES = Prepared(_own_preferences, reader=int)
