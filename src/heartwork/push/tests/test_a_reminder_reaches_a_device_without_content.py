"""A due reminder reaches each device where its person turned notifications on: signed
with the server's VAPID key, encrypted for that device, kept no longer than the day, and
carrying nothing anyone wrote, nobody's name and no count."""

from __future__ import annotations

import logging

import pytest
from conftest import People, client_for
from django.core import mail

from heartwork.daily import services as daily
from heartwork.daily.models import Reminder
from heartwork.daily.reminders import send_due_reminders
from heartwork.daily.tests.test_reminders import EVENING, opt_in
from heartwork.push.models import PushSubscription
from heartwork.push.tests.local_push_service import LocalPushService, turned_on
from heartwork.safety.services import preferences_update

SECRET_WORDS = "my secret answer about the lake"


def test_the_reminder_is_pushed_once_and_carries_no_content(
    people: People, push_service: LocalPushService, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    opt_in(people.alice)
    phone, laptop = push_service.device(), push_service.device()
    alice = client_for(people.alice)
    turned_on(alice, phone)
    turned_on(alice, laptop)
    question = daily.todays_question(people.alice, EVENING)
    assert question is not None
    daily.daily_answer(user=people.bob, daily_question_id=question.pk, body=SECRET_WORDS)

    assert send_due_reminders(worker="w", now=EVENING) == 1
    assert send_due_reminders(worker="w", now=EVENING) == 0  # done: not again

    assert len(mail.outbox) == 1  # the email goes too, once
    for device in (phone, laptop):
        [message] = push_service.to(device)
        push_service.check_vapid(message)
        assert device.decrypt(message) == {"kind": "reminder", "open": "/daily/", "neutral": False}
        # Four hours are left of Alice's day (UTC): the push service keeps it no longer.
        assert message.headers["ttl"] == str(4 * 3600)
        assert message.headers["topic"] == "reminder"
        assert message.headers["urgency"] == "normal"
        seen = (message.body + str(message.headers).encode()).lower()
        for words in ("alice", "bob", "lake", question.question.text.lower()):
            assert words.encode() not in seen
    assert Reminder.objects.get().sent_at is not None
    # A device's endpoint is a key to it: never in a log line.
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert phone.endpoint.rsplit("/", 1)[1] not in logged
    assert laptop.endpoint.rsplit("/", 1)[1] not in logged


def test_a_person_who_hides_the_apps_name_gets_a_neutral_notification(
    people: People, push_service: LocalPushService
) -> None:
    preferences_update(user=people.alice, keep_signed_in=False, neutral_titles=True)
    opt_in(people.alice)
    phone = push_service.device()
    turned_on(client_for(people.alice), phone)
    send_due_reminders(worker="w", now=EVENING)
    [message] = push_service.to(phone)
    assert phone.decrypt(message)["neutral"] is True


def test_a_person_without_reminders_gets_no_push(
    people: People, push_service: LocalPushService
) -> None:
    turned_on(client_for(people.alice), push_service.device())
    assert send_due_reminders(worker="w", now=EVENING) == 0
    assert push_service.received == []


def test_no_push_once_answered_and_only_to_ones_own_devices(
    people: People, push_service: LocalPushService
) -> None:
    opt_in(people.alice)
    opt_in(people.bob)
    alices, bobs = push_service.device(), push_service.device()
    turned_on(client_for(people.alice), alices)
    turned_on(client_for(people.bob), bobs)
    question = daily.todays_question(people.bob, EVENING)
    assert question is not None
    daily.daily_answer(user=people.bob, daily_question_id=question.pk, body="Done.")
    send_due_reminders(worker="w", now=EVENING)
    assert len(push_service.to(alices)) == 1
    assert push_service.to(bobs) == []
    assert PushSubscription.objects.count() == 2
