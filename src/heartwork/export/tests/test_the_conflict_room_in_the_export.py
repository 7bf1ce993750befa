"""The conflict room in a person's export: all they wrote there, and the partner's parts
only where the room already shows them (a sealed side or need stays sealed)."""

from __future__ import annotations

import json

from conftest import PASSWORD, People, api_client, client_for

from heartwork.accounts.models import User
from heartwork.conflict import services
from heartwork.conflict.tests import steps

ALICE_NEED = "To share the evenings, not just the dishes."
OPTION = "A rota on the fridge"


def three_forms(user: User) -> tuple[dict, dict, str]:
    file = json.loads(client_for(user).get("/settings/export.json").content)
    api = api_client(user, scope="read").get("/api/export").json()
    page = client_for(user).get("/settings/export/").content.decode()
    return file, api, page


def test_my_sides_turns_and_options_are_in_it_and_sealed_ones_stay_sealed(
    people: People,
) -> None:
    topic = steps.opened(people.alice, people.bob)
    services.account_write(
        user=people.alice, topic_id=topic.public_id, feelings=["tired"], body=steps.ALICE_SIDE,
        touched="Being alone.",
    )  # fmt: skip
    file, api, page = three_forms(people.bob)
    assert [t["title"] for t in file["conflict"]["topics"]] == [steps.TITLE]
    assert steps.TITLE in page
    for form in (json.dumps(file), json.dumps(api), page):
        assert steps.ALICE_SIDE not in form  # sealed until Bob writes his side
    topic = steps.planned(people.alice, people.bob)  # a second topic, all the way through
    services.need_write(user=people.alice, topic_id=topic.public_id, body=ALICE_NEED)
    file, api, page = three_forms(people.bob)
    assert ALICE_NEED not in json.dumps(file) and ALICE_NEED not in page  # Bob's need not yet
    assert steps.ALICE_SIDE in page and steps.BOB_SIDE in page
    turns = file["conflict"]["turns"]
    assert {t["author"] for t in turns} == {"me", "partner"}
    assert "I will ask before I assume." in page
    services.need_write(user=people.bob, topic_id=topic.public_id, body="To rest first.")
    option = services.option_add(user=people.bob, topic_id=topic.public_id, body=OPTION)
    services.option_rate(user=people.alice, option_id=option.public_id, value=3)
    file, api, page = three_forms(people.bob)
    assert ALICE_NEED in page and OPTION in page and "meets my needs" in page
    assert api["conflict"] == file["conflict"]
    assert file["conflict"]["ratings"][0]["option_id"] == str(option.public_id)
    outsider = json.dumps(three_forms(people.eve)[0]["conflict"])
    assert steps.TITLE not in outsider and steps.BOB_SIDE not in outsider


def test_my_words_stay_in_my_export_after_my_partner_deletes_their_account(
    people: People,
) -> None:
    steps.planned(people.alice, people.bob)
    client_for(people.alice).post("/settings/delete/", {"password": PASSWORD})
    file, _, page = three_forms(people.bob)
    room = file["conflict"]
    assert room["topics"] == []
    assert {t["author"] for t in room["turns"]} == {"me"}
    assert all(t["topic_id"] is None for t in room["turns"] + room["accounts"])
    assert steps.BOB_SIDE in page and steps.ALICE_SIDE not in page
    assert "that was deleted" in page
