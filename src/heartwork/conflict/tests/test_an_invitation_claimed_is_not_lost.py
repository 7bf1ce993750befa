"""A worker that dies between claiming a break's invitation and sending it does not lose
it: the claim is a lease (``core/leases.py``) that the next worker takes over once it has
run out, and not before."""

from __future__ import annotations

import pytest
from conftest import Clock, People, at_once
from django.core import mail
from django.utils import timezone

from heartwork.conflict import services
from heartwork.conflict.breaks import send_break_invitations
from heartwork.conflict.models import Break
from heartwork.conflict.tests import steps
from heartwork.core.leases import LEASE
from heartwork.daily.models import ReminderPreference


def a_break_claimed_by_a_worker_that_died(people: People, clock: Clock) -> None:
    ReminderPreference.objects.create(user=people.bob, enabled=True, by_email=True)
    topic = steps.opened(people.alice, people.bob)
    services.break_call(user=people.alice, topic_id=topic.public_id, minutes=20)
    clock.advance(minutes=21)
    Break.objects.update(claimed_by="gone", claimed_at=timezone.now())


def test_an_invitation_whose_worker_died_goes_out_once_the_lease_runs_out(
    people: People, clock: Clock
) -> None:
    a_break_claimed_by_a_worker_that_died(people, clock)
    assert send_break_invitations(worker="a") == 0  # the claim is fresh: its worker may send
    assert mail.outbox == []
    clock.advance(seconds=LEASE.total_seconds() + 60)
    assert send_break_invitations(worker="a") == 1
    assert [m.to for m in mail.outbox] == [["bob@example.com"]]
    clock.advance(seconds=LEASE.total_seconds() * 2)
    assert send_break_invitations(worker="b") == 0  # invited: done for good


@pytest.mark.django_db(transaction=True)
def test_two_workers_take_over_a_stale_invitation_once(people: People, clock: Clock) -> None:
    a_break_claimed_by_a_worker_that_died(people, clock)
    clock.advance(seconds=LEASE.total_seconds() * 2)
    counts = at_once(lambda name: send_break_invitations(worker=name), workers=2)
    assert sum(counts) == 1
    assert len(mail.outbox) == 1
