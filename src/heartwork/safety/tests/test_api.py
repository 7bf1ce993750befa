"""The safety screen through the API: one's own answers only, with clear refusals."""

from __future__ import annotations

from conftest import People, api_client, client_for

from heartwork.safety.screen import KEYS
from heartwork.safety.selectors import screen_of
from heartwork.safety.tests.answers import HIGH_RISK, NO_RISK


def put(client, path: str, body: object):
    return client.put(path, body, content_type="application/json")


def test_the_questions_and_the_answers_they_take(people: People) -> None:
    got = client_for(people.alice).get("/api/safety/questions").json()
    assert [q["key"] for q in got["questions"]] == list(KEYS)
    assert got["answers"]["rather_not"] == "I'd rather not say"


def test_answering_reading_changing_and_deleting(people: People) -> None:
    client = api_client(people.alice)
    assert client.get("/api/safety/screen").status_code == 404
    saved = put(client, "/api/safety/screen", {"answers": HIGH_RISK})
    assert saved.status_code == 200
    body = saved.json()
    assert body["answers"] == HIGH_RISK
    assert body["shows_risk"] and body["serious"] and body["couple_exercises"] == "paused"
    kept_open = put(client, "/api/safety/screen/couple-exercises", {"couple_exercises": "open"})
    assert kept_open.json()["couple_exercises"] == "open"
    again = put(client, "/api/safety/screen", {"answers": NO_RISK}).json()
    assert again["shows_risk"] is False and again["couple_exercises"] == "open"
    assert client.delete("/api/safety/screen").status_code == 204
    assert screen_of(people.alice) is None


def test_bad_answers_are_refused_naming_what_to_fix_and_nothing_is_lost(people: People) -> None:
    client = api_client(people.alice)
    put(client, "/api/safety/screen", {"answers": NO_RISK})
    unknown = put(client, "/api/safety/screen", {"answers": {"fear": "often"}})
    assert unknown.status_code == 400
    assert "There is no question called 'fear'" in unknown.json()["detail"]
    wrong = put(client, "/api/safety/screen", {"answers": {"afraid": "always"}})
    assert wrong.status_code == 400
    assert "must be one of no, sometimes, often, rather_not" in wrong.json()["detail"]
    empty = put(client, "/api/safety/screen", {"answers": {}})
    assert empty.status_code == 400 and "nothing was saved" in empty.json()["detail"]
    choice = put(client, "/api/safety/screen/couple-exercises", {"couple_exercises": "maybe"})
    assert choice.status_code == 422
    saved = screen_of(people.alice)
    assert saved is not None and saved.state.answers == NO_RISK


def test_a_read_only_token_reads_but_cannot_answer(people: People) -> None:
    put(client_for(people.alice), "/api/safety/screen", {"answers": HIGH_RISK})
    reader = api_client(people.alice, scope="read")
    assert reader.get("/api/safety/screen").json()["answers"] == HIGH_RISK
    assert put(reader, "/api/safety/screen", {"answers": NO_RISK}).status_code == 403


def test_the_partner_reaches_only_their_own(people: People) -> None:
    put(client_for(people.alice), "/api/safety/screen", {"answers": HIGH_RISK})
    bob = api_client(people.bob)
    assert bob.get("/api/safety/screen").status_code == 404
    assert bob.delete("/api/safety/screen").status_code == 204  # deletes his own: none
    assert screen_of(people.alice) is not None


def test_quick_exit_preferences(people: People) -> None:
    client = client_for(people.alice)
    assert client.get("/api/safety/preferences").json() == {
        "keep_signed_in": False,
        "neutral_titles": False,
    }
    changed = put(
        client, "/api/safety/preferences", {"keep_signed_in": True, "neutral_titles": True}
    )
    assert changed.json() == {"keep_signed_in": True, "neutral_titles": True}
    assert "<title>Notes</title>" in client.get("/").content.decode()


def test_api_answers_are_never_cached(people: People) -> None:
    response = api_client(people.alice).get("/api/safety/preferences")
    assert "no-store" in response["Cache-Control"]
