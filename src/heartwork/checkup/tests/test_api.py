"""The check-up through the API: same steps, same privacy."""

from __future__ import annotations

from conftest import People, api_client
from django.test import Client

from heartwork.checkup.instrument import CLOSENESS, load


def take(client: Client) -> int:
    round_ = client.post("/api/checkup/rounds").json()
    for item in load().items:
        client.put(
            f"/api/checkup/rounds/{round_['id']}/answers/{item.key}",
            {"value": 5},
            content_type="application/json",
        )
    done = client.put(
        f"/api/checkup/rounds/{round_['id']}/answers/{CLOSENESS}",
        {"value": 4},
        content_type="application/json",
    ).json()
    assert done["answered"] == done["total"] == len(load().item_keys)
    shared = client.put(
        f"/api/checkup/rounds/{round_['id']}/sharing",
        {"parts": ["partner_offers", "foundations"]},
        content_type="application/json",
    ).json()
    assert shared["shared_parts"] == ["partner_offers", "foundations"]
    assert client.post(f"/api/checkup/rounds/{round_['id']}/finish").status_code == 200
    return int(round_["round_number"])


def test_taking_it_and_reading_the_report_through_the_api(people: People) -> None:
    alice, bob = api_client(people.alice), api_client(people.bob)
    assert len(alice.get("/api/checkup/instrument").json()) == len(load().dimensions)
    number = take(alice)
    alone = alice.get(f"/api/checkup/reports/{number}").json()
    assert alone["partner_finished"] is False
    assert all(s["partner"] is None for s in alone["scores"])
    assert bob.get(f"/api/checkup/reports/{number}").status_code == 404
    take(bob)
    together = alice.get(f"/api/checkup/reports/{number}").json()
    assert together["partner_finished"] is True
    by_key = {s["dimension"]: s for s in together["scores"]}
    # How Bob experiences Alice's kindness (he shared what his partner offers him).
    assert by_key["self_kindness"]["view"] == "from_me"
    assert by_key["self_kindness"]["partner_dimension"] == "partner_kindness"
    assert by_key["self_kindness"]["partner"] is not None
    assert by_key["self_kindness"]["partner_status"] == "shared"
    # Beside how she experiences him: how he sees himself, which he did not share.
    assert by_key["partner_kindness"]["partner_status"] == "not shared"
    assert by_key["self_acceptance"]["partner"] is None  # not chosen
    assert by_key["self_acceptance"]["partner_status"] == "not shared"


def test_bad_answers_get_clear_errors(people: People) -> None:
    client = api_client(people.alice)
    round_id = client.post("/api/checkup/rounds").json()["id"]
    out_of_range = client.put(
        f"/api/checkup/rounds/{round_id}/answers/{load().items[0].key}",
        {"value": 8},
        content_type="application/json",
    )
    assert out_of_range.status_code == 422
    unknown = client.put(
        f"/api/checkup/rounds/{round_id}/answers/nope",
        {"value": 3},
        content_type="application/json",
    )
    assert unknown.status_code == 400
    assert "isn't part of the check-up" in unknown.json()["detail"]
    early = client.post(f"/api/checkup/rounds/{round_id}/finish")
    assert early.status_code == 400 and "still unanswered" in early.json()["detail"]


def test_the_list_of_rounds_counts_the_answers_of_an_open_one_and_a_finished_one_is_whole(
    people: People,
) -> None:
    alice = api_client(people.alice)
    take(alice)
    open_round = alice.post("/api/checkup/rounds").json()
    for item in load().items[:3]:
        alice.put(
            f"/api/checkup/rounds/{open_round['id']}/answers/{item.key}",
            {"value": 5},
            content_type="application/json",
        )
    listed = alice.get("/api/checkup/rounds").json()
    total = len(load().item_keys)
    assert [(r["answered"], r["total"]) for r in listed] == [(total, total), (3, total)]
