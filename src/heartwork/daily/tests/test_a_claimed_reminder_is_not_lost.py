"""A worker that dies between claiming a reminder and sending it does not lose it.

The claim is a lease (``core/leases.py``): once it has run out, the next worker sends the
reminder; while it is fresh, nobody else does; and live workers still send it once.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from conftest import People, at_once
from django.core import mail

from heartwork.core.leases import LEASE
from heartwork.daily.models import Reminder
from heartwork.daily.reminders import send_due_reminders
from heartwork.daily.tests.test_reminders import EVENING, opt_in


def claimed_by_a_worker_that_died(user, *, ago: timedelta) -> Reminder:
    return Reminder.objects.create(
        user=user, local_date=EVENING.date(), claimed_by="gone", claimed_at=EVENING - ago
    )


def test_a_reminder_whose_worker_died_is_sent_once_the_lease_runs_out(people: People) -> None:
    opt_in(people.alice)
    claimed_by_a_worker_that_died(people.alice, ago=LEASE + timedelta(minutes=1))
    assert send_due_reminders(worker="w", now=EVENING) == 1
    assert [m.to for m in mail.outbox] == [["alice@example.com"]]
    reminder = Reminder.objects.get()
    assert reminder.claimed_by == "w" and reminder.sent_at is not None
    assert send_due_reminders(worker="w2", now=EVENING + LEASE * 2) == 0  # sent: done for good


def test_a_fresh_claim_is_left_to_the_worker_that_holds_it(people: People) -> None:
    opt_in(people.alice)
    claimed_by_a_worker_that_died(people.alice, ago=LEASE - timedelta(minutes=1))
    assert send_due_reminders(worker="w", now=EVENING) == 0
    assert mail.outbox == []


@pytest.mark.django_db(transaction=True)
def test_two_workers_take_over_a_stale_claim_once(people: People) -> None:
    opt_in(people.alice)
    claimed_by_a_worker_that_died(people.alice, ago=LEASE * 3)
    results = at_once(lambda name: send_due_reminders(worker=name, now=EVENING), workers=4)
    assert sum(results) == 1
    assert len(mail.outbox) == 1
