"""Reads for counseling that Today, the check-up report, the page and the API share.

Every read of couple data goes through ``heartwork.access``. The number of queries is
fixed whatever a couple's history: two rounds of the check-up, one safety screen, and
at most ``PER_KIND`` of the newest shared things of each kind inside ``rules.WINDOW``.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from django.db.models import Exists, OuterRef, QuerySet
from django.utils import timezone

from heartwork import access
from heartwork.accounts.models import Couple, User
from heartwork.checkup.history import my_rounds
from heartwork.coach import classify
from heartwork.core.models import Visibility
from heartwork.counseling import rules
from heartwork.counseling.models import CounselingNote
from heartwork.daily.models import Appreciation, CheckIn, DailyAnswer, DailyReply
from heartwork.journal.models import JournalEntry
from heartwork.safety.selectors import screen_of

PER_KIND = 50  # the newest shared things of each kind that are read, at most
_VERDICTS_MAX = 50_000
# Whether a text carries criticism or contempt, by a keyed hash of the text: the coach
# reads each shared thing once per process, not on every page. Only the hash and a yes
# or no are kept, never the words; the key is new in every process.
_verdicts: dict[bytes, bool] = {}
_VERDICT_KEY = os.urandom(16)


def note_of(user: User) -> CounselingNote | None:
    """``user``'s own plan for meanwhile, or None; never anyone else's."""
    return access.owned(user, CounselingNote).first()


def _shared_texts(user: User, couple: Couple, since: datetime) -> Iterator[tuple[str, ...]]:
    """The words of each thing the two of us shared in this couple since ``since``.

    Shared means the partner can read it too: journal entries, check-ins, appreciations
    and replies marked shared, and answers to the daily question once both have answered
    (a sealed answer the partner can't open yet is not counted). Private things are never
    read here; neither is anything typed and not sent, which is never stored.
    """

    def newest(queryset: QuerySet[Any], *fields: str) -> Iterator[tuple[str, ...]]:
        found = queryset.filter(couple=couple, created_at__gte=since).order_by("-created_at")
        yield from (tuple(getattr(item, f) for f in fields) for item in found[:PER_KIND])

    shared = {"visibility": Visibility.SHARED}
    yield from newest(access.readable(user, JournalEntry).filter(**shared), "title", "body")
    yield from newest(access.readable(user, CheckIn).filter(**shared), "good_thing", "hard_thing")
    yield from newest(access.readable(user, Appreciation).filter(**shared), "body")
    yield from newest(access.readable(user, DailyReply).filter(**shared), "body")
    other_answer = DailyAnswer.objects.filter(
        daily_question=OuterRef("daily_question"), couple=couple
    ).exclude(author=OuterRef("author"))
    opened = access.readable(user, DailyAnswer).filter(
        Exists(other_answer), visibility=Visibility.SEALED
    )
    yield from newest(opened, "body")


def is_harsh(text: str) -> bool:
    """Whether the coach finds criticism or contempt in ``text`` (remembered by hash)."""
    key = hashlib.blake2b(text.encode(errors="replace"), key=_VERDICT_KEY, digest_size=16)
    digest = key.digest()
    verdict = _verdicts.get(digest)
    if verdict is None:
        verdict = bool(rules.HARSH_LABELS.intersection(classify(text)))
        if len(_verdicts) >= _VERDICTS_MAX:
            _verdicts.clear()
        _verdicts[digest] = verdict
    return verdict


def harsh_shared_count(user: User, *, now: datetime | None = None) -> int:
    """How many things shared in ``user``'s couple lately carry criticism or contempt."""
    couple = access.current_couple(user)
    if couple is None:
        return 0
    since = (now or timezone.now()) - rules.WINDOW
    return sum(
        1 for texts in _shared_texts(user, couple, since) if any(is_harsh(t) for t in texts if t)
    )


def private_signal(user: User, latest_round_signals: bool) -> bool:
    """Whether ``user`` must get the individual path (see ``rules``)."""
    if latest_round_signals:
        return True
    saved = screen_of(user)
    return saved is not None and (saved.state.assessment.shows_risk or saved.state.joint_paused)


def signals_for(user: User) -> rules.Signals:
    rounds = my_rounds(user, last=2)
    return rules.Signals(
        overall_last_two=tuple(rules.overall_closeness(r) for r in rounds),
        private=private_signal(user, bool(rounds) and rounds[-1].private_help),
        harsh_shared=harsh_shared_count(user),
        unresolved=rules.unresolved_topics(user),
    )


def suggestion_for(user: User) -> rules.Suggestion:
    """Whether to suggest a counselor to ``user``, which kind, and why: for them alone."""
    if not user.is_authenticated:
        return rules.Suggestion(None)
    return rules.decide(signals_for(user))


def reasons_to_go_together(user: User) -> list[str]:
    """The reasons for a counselor for the two of us, in words; empty on the own path."""
    suggestion = suggestion_for(user)
    return [r.words for r in suggestion.reasons] if suggestion.path == "together" else []


def note_export(user: User) -> dict[str, Any] | None:
    """The plan as it goes in ``user``'s own export, or None; never in anyone else's."""
    note = note_of(user)
    return {"body": note.body, "updated_at": note.updated_at} if note else None
