"""Breaks: either partner, at least 20 minutes (longer if chosen), a calming guide, and
an invitation back, in the app and by a content-free email, sent once by many workers."""

from __future__ import annotations

import pytest
from conftest import Clock, People, at_once, client_for, ref
from django.core import mail

from heartwork.conflict import services
from heartwork.conflict.breaks import send_break_invitations
from heartwork.conflict.models import Break
from heartwork.conflict.tests import steps
from heartwork.core.errors import DomainError
from heartwork.daily.models import ReminderPreference


def test_a_break_pauses_the_room_for_both_with_a_calming_guide(
    people: People, clock: Clock
) -> None:
    topic = steps.revealed(people.alice, people.bob)
    bob = client_for(people.bob)
    assert bob.post(f"/conflict/{ref(topic)}/break/", {"minutes": "30"}).status_code == 302
    alice_page = client_for(people.alice).get(f"/conflict/{ref(topic)}/").content.decode()
    assert "A break, until" in alice_page and "Breathe out slowly" in alice_page
    assert "Send my reflection" not in alice_page
    with pytest.raises(DomainError, match="on a break"):
        services.turn_send(user=people.alice, topic_id=topic.public_id, kind="reflect", body="Hi.")
    clock.advance(minutes=31)
    services.turn_send(
        user=people.alice,
        topic_id=topic.public_id,
        kind="reflect",
        body="What I heard is you fell asleep.",
    )


def test_a_break_lasts_at_least_twenty_minutes_on_every_way_in(people: People) -> None:
    topic = steps.opened(people.alice, people.bob)
    with pytest.raises(DomainError, match="at least 20 minutes"):
        services.break_call(user=people.alice, topic_id=topic.public_id, minutes=10)
    api = client_for(people.alice).post(
        f"/api/conflict/topics/{ref(topic)}/breaks", {"minutes": 5}, content_type="application/json"
    )
    assert api.status_code == 400 and "at least 20 minutes" in api.json()["detail"]
    web = client_for(people.alice).post(f"/conflict/{ref(topic)}/break/", {"minutes": "5"})
    assert web.status_code == 400
    assert not Break.objects.exists()


def test_both_are_invited_back_once_with_an_email_that_says_nothing(
    people: People, clock: Clock
) -> None:
    ReminderPreference.objects.create(user=people.bob, enabled=True, by_email=True)
    topic = steps.opened(people.alice, people.bob)
    services.break_call(user=people.alice, topic_id=topic.public_id, minutes=20)
    assert send_break_invitations(worker="a") == 0  # not over yet
    clock.advance(minutes=21)
    assert send_break_invitations(worker="a") == 1
    assert send_break_invitations(worker="b") == 0
    assert [m.to for m in mail.outbox] == [["bob@example.com"]]
    body = f"{mail.outbox[0].subject} {mail.outbox[0].body}"
    assert steps.TITLE not in body and "break" not in body.lower() and "fight" not in body.lower()
    # It opens the very room they paused, and says where these emails are changed.
    assert f"http://127.0.0.1:8000/conflict/{topic.public_id}/\n" in body
    assert "http://127.0.0.1:8000/daily/settings/" in body


@pytest.mark.django_db(transaction=True)
def test_two_workers_at_once_send_each_invitation_once(people: People, clock: Clock) -> None:
    ReminderPreference.objects.create(user=people.alice, enabled=True, by_email=True)
    for n in range(5):
        topic = services.topic_open(user=people.alice, title=f"Topic {n}")
        services.topic_answer(user=people.bob, topic_id=topic.public_id, join=True)
        services.break_call(user=people.bob, topic_id=topic.public_id, minutes=20)
    clock.advance(minutes=25)
    counts = at_once(lambda name: send_break_invitations(worker=name), workers=2)
    assert sum(counts) == 5
    assert len(mail.outbox) == 5
    assert Break.objects.filter(invited_at__isnull=False).count() == 5
