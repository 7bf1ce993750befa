"""Reminders: opt-in, content-free, and never sent twice even by two workers at once."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest
from conftest import People, at_once
from django.core import mail
from django.core.management import call_command

from heartwork.daily import services
from heartwork.daily.models import Reminder, ReminderPreference
from heartwork.daily.reminders import send_due_reminders

EVENING = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)


def opt_in(user, at: time = time(19, 0), tz: str = "UTC") -> None:
    ReminderPreference.objects.create(user=user, enabled=True, time_of_day=at, timezone=tz)


def test_nobody_gets_reminders_without_opting_in(people: People) -> None:
    assert send_due_reminders(worker="w", now=EVENING) == 0
    assert mail.outbox == []


def test_a_due_reminder_is_sent_once_and_carries_no_content(people: People) -> None:
    opt_in(people.alice)
    question = services.todays_question(people.alice, EVENING)
    services.daily_answer(
        user=people.bob,
        daily_question_id=question.pk,  # type: ignore[union-attr]
        body="My secret answer about the lake",
    )
    assert send_due_reminders(worker="w", now=EVENING) == 1
    assert send_due_reminders(worker="w", now=EVENING) == 0
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["alice@example.com"]
    body, subject = str(message.body), str(message.subject)
    assert "Today's question is waiting" in body
    # It opens today's question, and says where the reminders are changed.
    assert "\nhttp://127.0.0.1:8000/daily/\n" in body
    assert body.endswith("turn off these reminders:\nhttp://127.0.0.1:8000/daily/settings/")
    assert question.question.text not in body  # type: ignore[union-attr]
    assert "lake" not in body and "lake" not in subject


def test_not_before_the_chosen_time_in_ones_own_time_zone(people: People) -> None:
    opt_in(people.alice, at=time(21, 0))
    assert send_due_reminders(worker="w", now=EVENING) == 0
    opt_in(people.bob, at=time(19, 0), tz="America/New_York")  # 15:00 there
    assert send_due_reminders(worker="w", now=EVENING) == 0


def test_no_reminder_once_answered(people: People) -> None:
    opt_in(people.alice)
    question = services.todays_question(people.alice, EVENING)
    services.daily_answer(user=people.alice, daily_question_id=question.pk, body="done")  # type: ignore[union-attr]
    assert send_due_reminders(worker="w", now=EVENING) == 0


@pytest.mark.django_db(transaction=True)
def test_two_workers_at_once_send_one_reminder(people: People) -> None:
    opt_in(people.alice)
    results = at_once(lambda name: send_due_reminders(worker=name, now=EVENING), workers=4)
    assert sum(results) == 1
    assert len(mail.outbox) == 1
    assert Reminder.objects.count() == 1


def test_the_commands_send_what_is_due(people: People, monkeypatch) -> None:
    import io

    opt_in(people.alice, at=time(0, 0))
    out = io.StringIO()
    call_command("send_reminders", stdout=out)
    assert out.getvalue().strip() == "Sent 1 reminder."
    call_command("worker", "--once", stdout=out)
    assert len(mail.outbox) == 1


def test_the_command_is_spelled_as_documented(people: People) -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "heartwork.cli", "send-reminders", "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert "Send the reminders that are due" in result.stdout


def test_an_in_app_reminder_shows_on_the_today_page_until_answered(people: People) -> None:
    from conftest import client_for

    ReminderPreference.objects.create(
        user=people.alice, enabled=True, time_of_day=time(0, 0), by_email=False, in_app=True
    )
    assert send_due_reminders(worker="w") == 1
    assert mail.outbox == []
    client = client_for(people.alice)
    assert "Today's question is waiting" in client.get("/").content.decode()
    client.post("/daily/", {"body": "Answered."})
    assert "Today's question is waiting" not in client.get("/").content.decode()
