"""Several workers at once push each reminder to each device once, under the claim that
sends its email once (core/leases.py)."""

from __future__ import annotations

import pytest
from conftest import People, at_once, client_for
from django.core import mail

from heartwork.daily.reminders import send_due_reminders
from heartwork.daily.tests.test_reminders import EVENING, opt_in
from heartwork.push.tests.local_push_service import LocalPushService, turned_on


@pytest.mark.django_db(transaction=True)
def test_four_workers_push_to_each_device_once(
    people: People, push_service: LocalPushService
) -> None:
    opt_in(people.alice)
    phone, laptop = push_service.device(), push_service.device()
    alice = client_for(people.alice)
    turned_on(alice, phone)
    turned_on(alice, laptop)
    results = at_once(lambda name: send_due_reminders(worker=name, now=EVENING), workers=4)
    assert sum(results) == 1
    assert len(push_service.to(phone)) == 1 and len(push_service.to(laptop)) == 1
    assert len(mail.outbox) == 1
