"""Guessing an invitation code: one hourly limit in the service, for the web and the API."""

from __future__ import annotations

import pytest
from conftest import Clock, api_client, client_for, make_user
from django.test import Client

from heartwork import access
from heartwork.accounts import services
from heartwork.accounts.models import User

WRONG = [f"{letter * 4}-{letter * 4}" for letter in "ABCDEFGHJKMN"]


@pytest.fixture
def alone(db) -> tuple[User, User]:
    return make_user("robin@example.com", "Robin"), make_user("kai@example.com", "Kai")


def api_for(user: User) -> Client:
    return api_client(user)


def join_by_api(client: Client, code: str):
    return client.post("/api/couple", {"code": code}, content_type="application/json")


def test_eleven_wrong_codes_through_the_api_are_refused_at_the_limit(alone, settings) -> None:
    assert settings.JOIN_ATTEMPTS_PER_HOUR == 10
    robin, kai = alone
    invitation = services.invitation_create(inviter=robin)
    api = api_for(kai)
    answers = [join_by_api(api, code) for code in WRONG[:11]]
    assert [a.status_code for a in answers] == [400] * 10 + [429]
    assert "wasn't found" in answers[0].json()["detail"]
    assert answers[-1].json() == {
        "detail": "Too many tries for now. Please wait an hour and try again."
    }
    assert answers[-1]["Retry-After"] == "3600"
    # Even the right code waits now: the limit is on guessing, not on being wrong.
    assert join_by_api(api, invitation.code).status_code == 429
    assert access.current_couple(kai) is None


def test_the_web_form_and_the_api_share_one_counter(alone, settings) -> None:
    settings.JOIN_ATTEMPTS_PER_HOUR = 4
    robin, kai = alone
    invitation = services.invitation_create(inviter=robin)
    web, api = client_for(kai), api_for(kai)
    assert web.post("/couple/join/", {"code": WRONG[0]}).status_code == 400
    assert join_by_api(api, WRONG[1]).status_code == 400
    assert web.post("/couple/join/", {"code": WRONG[2]}).status_code == 400
    assert join_by_api(api, WRONG[3]).status_code == 400

    refused_on_the_web = web.post("/couple/join/", {"code": invitation.code})
    assert refused_on_the_web.status_code == 429
    assert "Too many tries" in refused_on_the_web.content.decode()
    assert join_by_api(api, invitation.code).status_code == 429
    assert web.post(f"/couple/join/{invitation.token}/").status_code == 429
    assert access.current_couple(kai) is None


def test_the_limit_is_per_person(alone, settings) -> None:
    settings.JOIN_ATTEMPTS_PER_HOUR = 2
    robin, kai = alone
    invitation = services.invitation_create(inviter=robin)
    guesser = make_user("sol@example.com", "Sol")
    for code in WRONG[:3]:
        join_by_api(api_for(guesser), code)
    assert join_by_api(api_for(kai), invitation.code).status_code == 201
    assert access.partner_of(kai) == robin


def test_the_count_starts_again_after_an_hour(alone, settings, clock: Clock) -> None:
    settings.JOIN_ATTEMPTS_PER_HOUR = 2
    robin, kai = alone
    invitation = services.invitation_create(inviter=robin)
    api = api_for(kai)
    for code in WRONG[:3]:
        join_by_api(api, code)
    assert join_by_api(api, invitation.code).status_code == 429

    clock.advance(minutes=61)
    assert join_by_api(api, invitation.code).status_code == 201
