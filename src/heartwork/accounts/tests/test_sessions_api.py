"""/api/sessions: list where I'm signed in, sign out one browser or every other."""

from __future__ import annotations

from conftest import People, api_client
from django.test import Client

from heartwork.accounts import sessions
from heartwork.accounts.models import User
from heartwork.accounts.tests.browsers import (
    FIREFOX_WINDOWS,
    HOME,
    MOBILE,
    SAFARI_IPHONE,
    browser,
    session_id,
)


def signed_in(client: Client) -> bool:
    return client.get("/").status_code == 200


def script(user: User, scope: str = "read-write") -> Client:
    """A script with a token, made in a browser session that has since signed out."""
    client = api_client(user, scope=scope)
    sessions.sessions_end_others(user=user, keep_session_key=None)
    return client


def test_the_list_names_each_browser_and_this_one(people: People) -> None:
    phone = browser(people.alice, SAFARI_IPHONE, MOBILE)
    laptop = browser(people.alice, FIREFOX_WINDOWS, HOME)
    listed = laptop.get("/api/sessions").json()
    assert [s["this_browser"] for s in listed] == [True, False]
    first, second = listed
    assert first["id"] == session_id(laptop) and second["id"] == session_id(phone)
    assert (first["browser"], first["system"], first["label"]) == (
        "Firefox",
        "Windows 10",
        "Firefox on Windows 10",
    )
    assert second["device"] == "iPhone"
    assert first["network"] == "This network"
    assert {"started_at", "last_seen_at"} <= set(first)
    assert MOBILE not in str(listed) and HOME not in str(listed)


def test_with_a_token_no_session_is_this_one(people: People) -> None:
    token = script(people.alice, scope="read")
    browser(people.alice)
    listed = token.get("/api/sessions").json()
    assert len(listed) == 1 and listed[0]["this_browser"] is False


def test_ending_one_signs_it_out_at_once(people: People) -> None:
    phone = browser(people.alice, SAFARI_IPHONE, MOBILE)
    laptop = browser(people.alice)
    assert laptop.delete(f"/api/sessions/{session_id(phone)}").status_code == 204
    assert not signed_in(phone) and signed_in(laptop)
    assert laptop.delete(f"/api/sessions/{session_id(phone)}").status_code == 404


def test_ending_every_other_keeps_this_one(people: People) -> None:
    phone = browser(people.alice, SAFARI_IPHONE, MOBILE)
    laptop = browser(people.alice)
    answer = laptop.delete("/api/sessions")
    assert answer.status_code == 200 and answer.json() == {"ended": 1}
    assert not signed_in(phone) and signed_in(laptop)


def test_a_read_write_token_ends_every_browser_session(people: People) -> None:
    token = script(people.alice)
    phone, laptop = browser(people.alice, SAFARI_IPHONE, MOBILE), browser(people.alice)
    assert token.delete("/api/sessions").json() == {"ended": 2}
    assert not signed_in(phone) and not signed_in(laptop)


def test_a_read_only_token_cannot_end_any(people: People) -> None:
    token = script(people.alice, scope="read")
    phone = browser(people.alice, SAFARI_IPHONE, MOBILE)
    assert token.delete(f"/api/sessions/{session_id(phone)}").status_code == 403
    assert token.delete("/api/sessions").status_code == 403
    assert signed_in(phone)


def test_the_partner_neither_sees_nor_ends_the_owners(people: People) -> None:
    bobs_script = script(people.bob)
    phone = browser(people.alice, SAFARI_IPHONE, MOBILE)
    bob = browser(people.bob)
    listed = bob.get("/api/sessions").json()
    assert [s["id"] for s in listed] == [session_id(bob)]
    assert bob.delete(f"/api/sessions/{session_id(phone)}").status_code == 404
    assert bobs_script.delete(f"/api/sessions/{session_id(phone)}").status_code == 404
    assert bob.delete("/api/sessions").json() == {"ended": 0}
    assert signed_in(phone)


def test_nobody_signed_in_gets_401(db) -> None:
    assert Client().get("/api/sessions").status_code == 401


def test_the_schema_documents_them() -> None:
    from heartwork.api import api

    paths = api.get_openapi_schema()["paths"]
    assert set(paths["/api/sessions"]) == {"get", "delete"}
    assert set(paths["/api/sessions/{session_id}"]) == {"delete"}
    ending = paths["/api/sessions/{session_id}"]["delete"]["responses"]
    assert {"204", "401", "403", "404"} <= set(ending)
    listed = paths["/api/sessions"]["get"]["responses"]["200"]["content"]["application/json"]
    assert listed["schema"]["type"] == "array"
