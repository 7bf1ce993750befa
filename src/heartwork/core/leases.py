"""A job several workers may see, done by one: claimed for a while, then free again.

A worker claims a row (a reminder, a break's invitation, the norms) with one conditional
UPDATE that only one worker can win, then does the job and marks it done. If the worker
dies between the claim and the mark (killed, the machine restarted), nobody marks it
done, and without an end to the claim the job would be lost for ever. So a claim is a
lease: once it is older than ``expires``, the next worker may take the job over. A live
worker finishes well within its lease, so two live workers still do each job once.

The rows need ``claimed_by`` and ``claimed_at`` fields.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db.models import Model, Q, QuerySet

# Sending one email takes seconds; a claim this old belongs to a worker that is gone.
LEASE = timedelta(minutes=10)


def free(now: datetime, *, expires: timedelta = LEASE) -> Q:
    """Rows nobody holds: never claimed, or claimed by a worker that let the lease run out."""
    return Q(claimed_at__isnull=True) | Q(claimed_at__lte=now - expires)


def claim(rows: QuerySet[Model], *, worker: str, now: datetime, expires: timedelta = LEASE) -> bool:
    """Claim the one row ``rows`` selects (with the job's own "not done yet" condition)
    for ``worker``; whether it won."""
    return bool(rows.filter(free(now, expires=expires)).update(claimed_by=worker, claimed_at=now))
