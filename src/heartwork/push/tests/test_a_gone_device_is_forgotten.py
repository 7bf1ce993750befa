"""A push service that answers 404 or 410 says the browser dropped the subscription (or it
expired): the device is forgotten at once, and the reminder is done."""

from __future__ import annotations

import pytest
from conftest import People, client_for
from django.core import mail

from heartwork.daily.models import Reminder
from heartwork.daily.reminders import send_due_reminders
from heartwork.daily.tests.test_reminders import EVENING, opt_in
from heartwork.push.models import PushSubscription
from heartwork.push.tests.local_push_service import LocalPushService, turned_on


@pytest.mark.parametrize("status", [404, 410])
def test_a_gone_device_is_deleted_and_the_rest_still_get_it(
    people: People, push_service: LocalPushService, status: int
) -> None:
    opt_in(people.alice)
    gone, kept = push_service.device(), push_service.device()
    alice = client_for(people.alice)
    turned_on(alice, gone)
    turned_on(alice, kept)
    push_service.statuses = [status]  # the first post, to the first device
    assert send_due_reminders(worker="w", now=EVENING) == 1
    assert len(push_service.to(gone)) == 1 and len(push_service.to(kept)) == 1
    assert PushSubscription.objects.count() == 1
    assert "1 device of yours" in alice.get("/settings/").content.decode()
    assert Reminder.objects.get().sent_at is not None
    assert len(mail.outbox) == 1
    # Nothing is sent to it again, even for tomorrow's reminder.
    send_due_reminders(worker="w", now=EVENING.replace(day=26))
    assert len(push_service.to(gone)) == 1
    assert len(push_service.to(kept)) == 2
