"""Quick exit's server side: it leaves, signs out, and cannot be abused by another site.

The button is a form that POSTs to /exit/ (so it works with JavaScript off); the script
sends the same POST as a beacon. Only a request from Heartwork's own pages signs anyone
out; a GET, or a POST from another site, only sends the browser to the neutral site.
"""

from __future__ import annotations

import pytest
from conftest import People, client_for
from django.test import Client

NEUTRAL = "https://neutral.example/weather"


@pytest.fixture(autouse=True)
def _neutral(settings) -> None:
    settings.QUICK_EXIT_URL = NEUTRAL


def signed_in(client: Client) -> bool:
    return client.get("/journal/").status_code == 200


def test_the_button_without_javascript_leaves_and_signs_out(people: People) -> None:
    client = client_for(people.alice)
    response = client.post("/exit/", headers={"Sec-Fetch-Site": "same-origin"})
    assert response.status_code == 303
    assert response["Location"] == NEUTRAL
    assert "no-store" in response["Cache-Control"]
    assert not signed_in(client)


def test_the_beacon_signs_out_and_asks_nothing_more(people: People) -> None:
    client = client_for(people.alice)
    response = client.post("/exit/", {"beacon": "1"}, headers={"Origin": "http://testserver"})
    assert response.status_code == 204
    assert not signed_in(client)


def test_it_needs_no_csrf_token_so_a_stale_page_still_leaves(people: People) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(people.alice)
    response = client.post("/exit/", headers={"Referer": "http://testserver/journal/"})
    assert response.status_code == 303
    assert not signed_in(client)


@pytest.mark.parametrize(
    "headers",
    [
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},
        {"Origin": "https://evil.example"},
        {"Origin": "null"},
        {"Referer": "https://evil.example/page"},
        {},
    ],
    ids=["cross-site", "same-site", "other origin", "null origin", "other referer", "no clue"],
)
def test_another_site_cannot_sign_anyone_out(people: People, headers: dict[str, str]) -> None:
    client = client_for(people.alice)
    response = client.post("/exit/", headers=headers)
    assert response["Location"] == NEUTRAL  # it may send them to the weather, nothing more
    assert signed_in(client)


def test_a_get_only_leaves(people: People) -> None:
    client = client_for(people.alice)
    response = client.get("/exit/", headers={"Sec-Fetch-Site": "same-origin"})
    assert response["Location"] == NEUTRAL
    assert signed_in(client)


def test_just_leave_keeps_the_person_signed_in(people: People) -> None:
    client = client_for(people.alice)
    saved = client.post("/settings/leaving/", {"keep_signed_in": "on"})
    assert saved["Location"] == "/settings/"
    response = client.post("/exit/", headers={"Sec-Fetch-Site": "same-origin"})
    assert response["Location"] == NEUTRAL
    assert signed_in(client)
    client.post("/settings/leaving/", {})  # and back to the usual
    client.post("/exit/", headers={"Sec-Fetch-Site": "same-origin"})
    assert not signed_in(client)


def test_someone_signed_out_just_leaves(db) -> None:
    response = Client().post("/exit/", headers={"Sec-Fetch-Site": "same-origin"})
    assert response.status_code == 303 and response["Location"] == NEUTRAL


def test_the_settings_say_what_each_choice_does(people: People) -> None:
    html = client_for(people.alice).get("/settings/").content.decode()
    assert "just leave, and keep me signed in" in html
    assert "Hide the app&#x27;s name in the browser tab" in html or "Hide the app's name" in html
    assert 'href="/for-you/plan/#quick-exit-limits"' in html


def test_the_help_pages_say_what_quick_exit_cannot_hide(db) -> None:
    for path in ("/coach/help/", "/for-you/plan/"):
        html = Client().get(path).content.decode()
        for words in (
            "Browser history",
            "A monitored phone or computer",
            "Email.",
            "private window",
        ):
            assert words in html, (path, words)


def test_the_script_knows_where_to_go_and_where_to_sign_out(people: People) -> None:
    html = client_for(people.alice).get("/").content.decode()
    assert f'data-exit-url="{NEUTRAL}" data-end-url="/exit/"' in html


class TestHidingTheAppsName:
    def test_every_title_becomes_neutral_on_every_device(self, people: People) -> None:
        phone, laptop = client_for(people.alice), client_for(people.alice)
        assert "<title>Today · Heartwork</title>" in laptop.get("/").content.decode()
        phone.post("/settings/leaving/", {"neutral_titles": "on"})
        for path in ("/", "/journal/", "/for-you/", "/settings/", "/api/docs"):
            html = laptop.get(path).content.decode()
            assert "<title>Notes</title>" in html, path
        assert "Heartwork</title>" not in laptop.get("/api/docs").content.decode()

    def test_it_is_that_persons_alone(self, people: People) -> None:
        client_for(people.alice).post("/settings/leaving/", {"neutral_titles": "on"})
        assert (
            "<title>Today · Heartwork</title>" in client_for(people.bob).get("/").content.decode()
        )
