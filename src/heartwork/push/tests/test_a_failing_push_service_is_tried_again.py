"""A push service that fails (a 5xx, a 429, no answer) is tried again the way a failed
email is: once the reminder's claim has run out, by any worker. The email is never lost
and never sent twice, a device that has the reminder does not get it again, and a device
that keeps failing is given up on for the day so that the reminder can finish."""

from __future__ import annotations

import logging

import pytest
from conftest import People, client_for
from django.core import mail

from heartwork.core.leases import LEASE
from heartwork.daily.models import Reminder
from heartwork.daily.reminders import send_due_reminders
from heartwork.daily.tests.test_reminders import EVENING, opt_in
from heartwork.push.sending import MAX_TRIES
from heartwork.push.tests.local_push_service import LocalPushService, turned_on


@pytest.mark.parametrize("status", [500, 503, 429])
def test_a_failed_push_is_sent_once_the_claim_runs_out_and_the_email_once(
    people: People, push_service: LocalPushService, status: int
) -> None:
    opt_in(people.alice)
    fine, failing = push_service.device(), push_service.device()
    alice = client_for(people.alice)
    turned_on(alice, fine)
    turned_on(alice, failing)
    push_service.statuses = [201, status]
    assert send_due_reminders(worker="w", now=EVENING) == 0  # not done yet
    assert len(mail.outbox) == 1  # but the email is out
    assert Reminder.objects.get().sent_at is None
    # While the claim is fresh nobody tries; once it has run out, another worker does.
    assert send_due_reminders(worker="w2", now=EVENING + LEASE / 2) == 0
    assert len(push_service.received) == 2
    assert send_due_reminders(worker="w2", now=EVENING + LEASE * 2) == 1
    assert len(push_service.to(fine)) == 1  # it had it: not again
    assert len(push_service.to(failing)) == 2
    assert len(mail.outbox) == 1  # never twice
    assert Reminder.objects.get().sent_at is not None


def test_an_unreachable_push_service_loses_neither_the_email_nor_other_people(
    people: People, push_service: LocalPushService, caplog: pytest.LogCaptureFixture
) -> None:
    opt_in(people.alice)
    opt_in(people.eve)
    unreachable = push_service.device()
    turned_on(client_for(people.alice), unreachable)
    push_service.close()  # nobody answers on that port any more
    assert send_due_reminders(worker="w", now=EVENING) == 1  # Eve's: she has no device
    assert sorted(m.to[0] for m in mail.outbox) == ["alice@example.com", "eve@example.com"]
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert warnings == ["A push service could not be reached (ConnectionError)."]


def test_a_device_that_keeps_failing_is_given_up_on_for_the_day(
    people: People, push_service: LocalPushService
) -> None:
    opt_in(people.alice)
    device = push_service.device()
    turned_on(client_for(people.alice), device)
    push_service.statuses = [500] * 10
    rounds = [send_due_reminders(worker="w", now=EVENING + LEASE * 2 * i) for i in range(5)]
    assert rounds == [0] * (MAX_TRIES - 1) + [1] + [0] * (5 - MAX_TRIES)
    assert len(push_service.to(device)) == MAX_TRIES
    assert len(mail.outbox) == 1
    # Tomorrow it is tried afresh.
    push_service.statuses = []
    assert send_due_reminders(worker="w", now=EVENING.replace(day=26)) == 1
    assert len(push_service.to(device)) == MAX_TRIES + 1
