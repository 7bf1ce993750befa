"""After a fight: both write, the reveal, reflections until confirmed, each one's part,
an apology and its reply, a plan each that can become a promise, and "we've made up"."""

from __future__ import annotations

import pytest
from conftest import People, client_for, raw_database_text, ref

from heartwork.conflict import services
from heartwork.conflict.models import Topic
from heartwork.conflict.selectors import room_for
from heartwork.conflict.tests import steps
from heartwork.core.errors import DomainError
from heartwork.daily.models import Promise


def test_the_partner_is_invited_and_may_join(people: People) -> None:
    alice, bob = client_for(people.alice), client_for(people.bob)
    opened = alice.post("/conflict/", {"title": steps.TITLE, "way": "after"})
    assert opened.status_code == 302
    topic = Topic.objects.get()
    assert "They'll join when they're ready" in alice.get(opened["Location"]).content.decode()
    page = bob.get(f"/conflict/{ref(topic)}/").content.decode()
    assert "Alice would like to work through this with you" in page
    assert bob.post(f"/conflict/{ref(topic)}/answer/", {"join": "1"}).status_code == 302
    assert "Your side, privately first" in bob.get(f"/conflict/{ref(topic)}/").content.decode()


def test_each_side_is_sealed_until_both_have_written(people: People) -> None:
    topic = steps.opened(people.alice, people.bob)
    alice, bob = client_for(people.alice), client_for(people.bob)
    posted = alice.post(
        f"/conflict/{ref(topic)}/account/",
        {"feelings": ["tired"], "body": steps.ALICE_SIDE, "touched": "Being alone."},
    )
    assert posted.status_code == 302
    for url in (f"/conflict/{ref(topic)}/", f"/api/conflict/topics/{ref(topic)}"):
        assert steps.ALICE_SIDE not in bob.get(url).content.decode()
    assert "Your side is sealed" in alice.get(f"/conflict/{ref(topic)}/").content.decode()
    services.account_write(
        user=people.bob, topic_id=topic.public_id, feelings=[], body=steps.BOB_SIDE, touched="x"
    )
    for url in (f"/conflict/{ref(topic)}/", f"/api/conflict/topics/{ref(topic)}"):
        assert steps.ALICE_SIDE in bob.get(url).content.decode()
        assert steps.BOB_SIDE in alice.get(url).content.decode()


def test_a_reflection_goes_round_until_it_is_confirmed(people: People) -> None:
    topic = steps.revealed(people.alice, people.bob)
    t = topic.public_id
    services.turn_send(
        user=people.bob,
        topic_id=t,
        kind="reflect",
        body="What I heard is that you came home worn out.",
    )
    assert "confirm" in room_for(people.alice, t).may
    services.turn_send(
        user=people.alice,
        topic_id=t,
        kind="correct",
        body="I also felt alone with it; that was the hardest part.",
    )
    assert "reflect" in room_for(people.bob, t).may  # he tries again
    services.turn_send(
        user=people.bob, topic_id=t, kind="reflect", body="What I heard is you felt alone with it."
    )
    services.turn_send(user=people.alice, topic_id=t, kind="confirm")
    assert room_for(people.alice, t).stage == "reflect"  # Alice still has to reflect Bob's
    with pytest.raises(DomainError, match="isn't the time"):
        services.turn_send(user=people.alice, topic_id=t, kind="my_part", body="Too soon.")


def test_the_steps_come_in_order_and_end_repaired_with_a_promise(people: People) -> None:
    topic = steps.planned(people.alice, people.bob)
    alice = client_for(people.alice)
    page = alice.get(f"/conflict/{ref(topic)}/").content.decode()
    assert "We've made up" in page and "Make your plan a promise?" in page
    plan = next(
        t
        for t in room_for(people.alice, topic.public_id).turns
        if t.kind == "plan" and t.author_id == people.alice.pk
    )
    assert (
        alice.post(f"/conflict/plans/{ref(plan)}/promise/", {"due": "2030-01-31"}).status_code
        == 302
    )
    promise = Promise.objects.get(author=people.alice)
    assert promise.text == "I will ask before I assume." and str(promise.due) == "2030-01-31"
    assert (
        "I will ask before I assume."
        in client_for(people.bob).get("/daily/promises/").content.decode()
    )
    assert alice.post(f"/conflict/{ref(topic)}/resolve/").status_code == 302
    topic.refresh_from_db()
    assert topic.status == Topic.Status.RESOLVED
    assert "Repaired" in client_for(people.bob).get(f"/conflict/{ref(topic)}/").content.decode()


def test_it_will_not_close_while_an_apology_waits_for_its_reply(people: People) -> None:
    topic = steps.parts_said(people.alice, people.bob)
    t = topic.public_id
    services.turn_send(user=people.alice, topic_id=t, kind="plan", body="I'll ask first.")
    services.turn_send(user=people.bob, topic_id=t, kind="plan", body="I'll do them first.")
    services.turn_send(user=people.bob, topic_id=t, kind="apology", body="I'm sorry.")
    with pytest.raises(DomainError, match="every apology"):
        services.topic_resolve(user=people.alice, topic_id=t)
    services.turn_send(user=people.alice, topic_id=t, kind="not_yet")
    assert services.topic_resolve(user=people.alice, topic_id=t).status == "resolved"


def test_the_whole_way_through_the_api(people: People) -> None:
    alice, bob = client_for(people.alice), client_for(people.bob)
    made = alice.post(
        "/api/conflict/topics", {"title": steps.TITLE}, content_type="application/json"
    )
    assert made.status_code == 201, made.content
    t = made.json()["topic"]["id"]
    base = f"/api/conflict/topics/{t}"
    assert bob.post(f"{base}/join").json()["stage"] == "write"
    for client, side in ((alice, steps.ALICE_SIDE), (bob, steps.BOB_SIDE)):
        put = client.put(
            f"{base}/account",
            {"feelings": ["tired"], "body": side, "touched": "x"},
            content_type="application/json",
        )
        assert put.status_code == 200, put.content
    assert len(bob.get(base).json()["accounts"]) == 2
    for client, words in (
        (alice, "What I heard is you fell asleep."),
        (bob, "What I heard is you felt alone."),
    ):
        body = {"kind": "reflect", "body": words}
        sent = client.post(f"{base}/turns", body, content_type="application/json")
        assert sent.status_code == 201, sent.content
    for client in (alice, bob):
        assert (
            client.post(
                f"{base}/turns", {"kind": "confirm"}, content_type="application/json"
            ).status_code
            == 201
        )
    assert alice.get(base).json()["stage"] == "my_part"


def test_what_they_write_is_encrypted_at_rest(transactional_db, people: People) -> None:
    steps.revealed(people.alice, people.bob)
    dump = raw_database_text()
    for words in (steps.TITLE, steps.ALICE_SIDE, steps.BOB_SIDE):
        assert words.encode() not in dump


def test_bad_input_is_refused_and_every_word_kept(people: People) -> None:
    topic = steps.opened(people.alice, people.bob)
    alice = client_for(people.alice)
    answer = alice.post(
        f"/conflict/{ref(topic)}/account/",
        {"feelings": ["tired"], "body": "My words stay.", "touched": ""},
    )
    assert answer.status_code == 400
    page = answer.content.decode()
    assert "My words stay." in page and "what it touched in you" in page
