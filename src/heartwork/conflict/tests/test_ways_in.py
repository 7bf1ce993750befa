"""Today, the check-up report's practices and the demo couple point to the room."""

from __future__ import annotations

from conftest import People, client_for
from django.core.management import call_command
from django.test import Client

from heartwork.checkup.templatetags.checkup_tags import practice_url
from heartwork.conflict import services
from heartwork.conflict.models import Topic
from heartwork.safety.tests.answers import HIGH_RISK, answer


def test_today_points_to_the_room_and_to_an_invitation(people: People) -> None:
    bob = client_for(people.bob)
    assert 'href="/conflict/"' in bob.get("/").content.decode()
    services.topic_open(user=people.alice, title="The dishes")
    assert "Alice would like to work through something" in bob.get("/").content.decode()


def test_today_invites_no_one_whose_couple_exercises_are_resting(people: People) -> None:
    services.topic_open(user=people.alice, title="The dishes")
    bob = client_for(people.bob)
    answer(bob, HIGH_RISK)
    assert "would like to work through something" not in bob.get("/").content.decode()


def test_the_check_up_practices_of_the_room_lead_to_it() -> None:
    assert practice_url("conflict_room") == "/conflict/"


def test_the_demo_couple_has_one_repaired_topic(db) -> None:
    call_command("demo", verbosity=0)
    call_command("demo", verbosity=0)
    topic = Topic.objects.get()
    assert topic.status == Topic.Status.RESOLVED
    sam = Client()
    assert sam.login(email="sam@demo.heartwork.test", password="heartwork-demo")
    page = sam.get(f"/conflict/{topic.public_id}/").content.decode()
    assert "The missed dinner on Thursday" in page and "Repaired" in page
    assert (
        sam.get("/api/conflict/counts").json()[-1]["resolved"]
        + sam.get("/api/conflict/counts").json()[-2]["resolved"]
        == 1
    )
