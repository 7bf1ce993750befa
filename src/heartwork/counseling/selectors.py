"""Reads for counseling that Today, the check-up report, the page and the API share.

Every read of couple data goes through ``heartwork.access``. The number of queries is
fixed whatever a couple's history: two rounds of the check-up, one safety screen, one
stamp of the shared things inside ``rules.WINDOW``, and, only when that stamp changed, the
count kept for the couple (``HarshCount``) or, when that too is out of date, at most
``PER_KIND`` of the newest shared things of each kind.
"""

from __future__ import annotations

import hashlib
import os
from datetime import datetime
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone

from heartwork import access
from heartwork.accounts.models import Couple, User
from heartwork.checkup.history import my_rounds
from heartwork.coach import classify
from heartwork.core.models import Visibility
from heartwork.core.prepared import PreparedTotals, Slots
from heartwork.counseling import rules
from heartwork.counseling.models import CounselingNote, HarshCount
from heartwork.daily.models import Appreciation, CheckIn, DailyAnswer
from heartwork.journal.models import JournalEntry
from heartwork.safety.selectors import screen_of
from heartwork.together.models import Response

PER_KIND = 50  # the newest shared things of each kind that are read, at most
_VERDICTS_MAX = 50_000
# Whether a text carries criticism or contempt, by a keyed hash of the text: the coach
# reads each shared thing once per process, not on every page. Only the hash and a yes
# or no are kept, never the words; the key is new in every process.
_verdicts: dict[bytes, bool] = {}
_VERDICT_KEY = os.urandom(16)
# How many of a couple's shared things carry criticism or contempt, by couple id, with
# the stamp of the things it was counted from (see ``harsh_shared_count``).
_COUNTS_MAX = 50_000
# By couple id: the stamp, the count, and whether it is kept in the database.
_counts: dict[int, tuple[tuple[Any, ...], int, bool]] = {}
_KINDS = (JournalEntry, CheckIn, Appreciation, Response, DailyAnswer)
# The shared things of each kind, with the fields that hold their words.
Kinds = list[tuple[QuerySet[Any], tuple[str, ...]]]


def note_of(user: User) -> CounselingNote | None:
    """``user``'s own plan for meanwhile, or None; never anyone else's."""
    return access.owned(user, CounselingNote).first()


def _shared_kinds(user: User, since: datetime) -> Kinds:
    """Each kind of thing the two of us shared in this couple since ``since``, with the
    fields that hold its words.

    Shared means the partner can read it too: journal entries, check-ins, appreciations
    and replies marked shared, and answers to the daily question once both have answered
    (a sealed answer the partner can't open yet is not counted). Private things are never
    read here; neither is anything typed and not sent, which is never stored.
    """
    shared, opened = {"visibility": Visibility.SHARED}, {"visibility": Visibility.SEALED}
    kinds = [
        (access.open_to_both(user, JournalEntry).filter(**shared), ("title", "body")),
        (access.open_to_both(user, CheckIn).filter(**shared), ("good_thing", "hard_thing")),
        (access.open_to_both(user, Appreciation).filter(**shared), ("body",)),
        # Replies under anything shared (a reaction has no words).
        (access.open_to_both(user, Response).filter(**shared, reaction=""), ("body",)),
        (access.open_to_both(user, DailyAnswer).filter(**opened), ("body",)),
    ]
    return [(q.filter(created_at__gte=since), fields) for q, fields in kinds]


# The newest rows of each kind in the window that the stamp looks at, at most. Counting
# reads the newest ``PER_KIND`` shared ones; so while these hold that many shared ones
# (or are all the window holds), no change to an older row can change the count.
STAMP_ROWS = 4 * PER_KIND


def _stamp(couple: Couple, since: datetime) -> tuple[Any, ...]:
    """What changes whenever the shared things of the window change, in one query.

    For each kind, over the newest ``STAMP_ROWS`` rows of the couple in the window: how
    many (one shared, deleted or grown older than the window), the newest change (one
    edited, made private or shared) and the newest id (one added, an answer that opens a
    sealed one). Counts, times and ids only, never shown or kept but as this stamp in
    memory: it only says when to count again. No words are read, so nothing is
    decrypted. Built once per process (``core/prepared.py``).

    The rows are picked newest first by ``(couple, created_at)`` with a limit, so the
    query reads at most ``STAMP_ROWS`` of each kind however long the history: filtered
    by couple and time alone, PostgreSQL misjudged the window (it multiplies the two
    conditions' selectivities) and read all of a ten-year couple's 7,300 check-ins and
    answers through the ``couple_id`` index (issue 12).
    """
    return tuple(sorted(STAMP.rows(couple=couple.pk, since=since)))


def _stamp_query(slots: Slots) -> list[QuerySet[Any]]:
    return [
        model._default_manager.filter(couple_id=slots.couple, created_at__gte=slots.since)
        .order_by("-created_at")
        .values_list("id", "updated_at")[:STAMP_ROWS]
        for model in _KINDS
    ]


STAMP = PreparedTotals(_stamp_query, couple=int, since=datetime)


def _count_harsh(kinds: Kinds) -> int:
    """Read and decrypt the newest ``PER_KIND`` of each kind, and count the harsh ones."""
    count = 0
    for queryset, fields in kinds:
        for item in queryset.order_by("-created_at").only(*fields)[:PER_KIND]:
            texts = (getattr(item, f) for f in fields)
            count += any(is_harsh(t) for t in texts if t)
    return count


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


def harsh_shared_count(user: User, *, now: datetime | None = None, keep: bool = False) -> int:
    """How many things shared in ``user``'s couple lately carry criticism or contempt.

    Counted once and remembered in this process by couple, with the stamp of what was
    counted (``_stamp``): a view while nothing changed costs one query and no decryption
    (issue 12: this read and decrypted up to 250 texts on every Today). The count is also
    kept in the database (``HarshCount``: encrypted, with a keyed hash of the stamp), so a
    couple's first Today in a new server process reads one row instead of counting again.
    Only Today keeps it (``keep``), the page every person opens: a look at the counseling
    page, the report or the API reads a kept count but never writes one, so nothing that
    is stored can tell that someone looked for help.
    """
    couple = access.current_couple(user)
    if couple is None:
        return 0
    since = (now or timezone.now()) - rules.WINDOW
    stamp = _stamp(couple, since)
    remembered = _counts.get(couple.pk)
    if remembered is not None and remembered[0] == stamp:
        count, kept = remembered[1], remembered[2]
    else:
        found = _read_kept(HarshCount.objects.filter(couple=couple).first(), _stamp_digest(stamp))
        kept = found is not None
        count = found if found is not None else _count_harsh(_shared_kinds(user, since))
    if keep and not kept:
        _keep(couple, _stamp_digest(stamp), count)
        kept = True
    if len(_counts) >= _COUNTS_MAX:
        _counts.clear()
    _counts[couple.pk] = (stamp, count, kept)
    return count


def _stamp_digest(stamp: tuple[Any, ...]) -> str:
    """A keyed hash of ``stamp``: it tells a kept count still holds, and nothing else."""
    key = hashlib.blake2b(settings.SECRET_KEY.encode(), person=b"harsh-stamp").digest()
    return hashlib.blake2b(repr(stamp).encode(), key=key, digest_size=32).hexdigest()


def _read_kept(kept: HarshCount | None, digest: str) -> int | None:
    """The count ``kept`` for a couple if it was counted from the same things, else None."""
    if kept is None or kept.stamp != digest:
        return None
    try:
        return int(kept.count)
    except ValueError:  # unreadable (a key changed): count again
        return None


def _keep(couple: Couple, digest: str, count: int) -> None:
    """Keep ``count`` for ``couple`` (a write only after a shared thing changed): one
    UPDATE where a count was kept before, else an INSERT."""
    values = {"stamp": digest, "count": str(count)}
    if HarshCount.objects.filter(couple=couple).update(**values):
        return
    try:
        with transaction.atomic():
            HarshCount.objects.create(couple=couple, **values)
    except IntegrityError:  # the partner's Today kept it at the same moment
        pass


def forget_kept_counts(couples: QuerySet[Couple]) -> None:
    """Delete the kept counts of these couples (they ended)."""
    HarshCount.objects.filter(couple__in=couples).delete()


def forget_counts() -> None:
    """Forget every remembered count (tests: a rolled-back database reuses ids)."""
    _counts.clear()


def private_signal(user: User, latest_round_signals: bool) -> bool:
    """Whether ``user`` must get the individual path (see ``rules``)."""
    if latest_round_signals:
        return True
    saved = screen_of(user)
    return saved is not None and (saved.state.assessment.shows_risk or saved.state.joint_paused)


def signals_for(user: User, *, keep: bool = False) -> rules.Signals:
    rounds = my_rounds(user, last=2)
    return rules.Signals(
        overall_last_two=tuple(rules.overall_closeness(r) for r in rounds),
        private=private_signal(user, bool(rounds) and rounds[-1].private_help),
        harsh_shared=harsh_shared_count(user, keep=keep),
        unresolved=rules.unresolved_topics(user),
    )


def suggestion_for(user: User, *, keep: bool = False) -> rules.Suggestion:
    """Whether to suggest a counselor to ``user``, which kind, and why: for them alone.

    ``keep``: Today's call, which may keep the harsh-words count (``harsh_shared_count``).
    """
    if not user.is_authenticated:
        return rules.Suggestion(None)
    return rules.decide(signals_for(user, keep=keep))


def reasons_to_go_together(user: User) -> list[str]:
    """The reasons for a counselor for the two of us, in words; empty on the own path."""
    suggestion = suggestion_for(user)
    return [r.words for r in suggestion.reasons] if suggestion.path == "together" else []


def note_export(user: User) -> dict[str, Any] | None:
    """The plan as it goes in ``user``'s own export, or None; never in anyone else's."""
    note = note_of(user)
    return {"body": note.body, "updated_at": note.updated_at} if note else None
