"""Deleting an account takes what that person wrote in the room, and never the partner's."""

from __future__ import annotations

from conftest import PASSWORD, People, client_for

from heartwork.conflict import services
from heartwork.conflict.models import Account, Need, Option, Topic, Turn
from heartwork.conflict.tests import steps


def test_deleting_the_opener_leaves_the_partners_words_theirs(people: People) -> None:
    topic = steps.with_an_option(people.alice, people.bob).topic
    assert topic is not None
    services.option_add(user=people.bob, topic_id=topic.public_id, body="Take turns each week")
    bobs = {
        model: set(model.objects.filter(author=people.bob).values_list("pk", flat=True))
        for model in (Account, Turn, Need, Option)
    }
    assert all(bobs.values())
    answered = client_for(people.alice).post("/settings/delete/", {"password": PASSWORD})
    assert answered.status_code == 302
    assert not Topic.objects.exists()
    for model, kept in bobs.items():
        assert set(model.objects.filter(author=people.bob).values_list("pk", flat=True)) == kept
        assert not model.objects.filter(author_id=people.alice.pk).exists()
    # Bob's confirmation of Alice's reflection stays, though what it answered is gone.
    assert Turn.objects.filter(author=people.bob, kind="confirm").exists()
    assert client_for(people.bob).get("/conflict/").status_code == 200
    option = Option.objects.get(author=people.bob)
    rate = client_for(people.bob).post(f"/conflict/options/{option.public_id}/rate/", {"value": 3})
    assert rate.status_code == 404
