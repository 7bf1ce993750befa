"""Passkeys: named for the person, listed, and removed by a random id after confirming."""

from __future__ import annotations

import json

from allauth.mfa.adapter import get_adapter
from allauth.mfa.models import Authenticator
from conftest import People, client_for
from django.core import mail
from django.test import Client

from heartwork.accounts.second_factor.passkeys import passkey_id
from heartwork.accounts.tests.second_step import (
    AUTHENTICATE,
    PASSKEY_LOGIN,
    add_passkey,
    confirm_password,
    page_data,
    sign_in,
    sign_in_with_passkey,
    signed_in,
    stored_passkey,
    text,
)
from heartwork.accounts.tests.software_passkey import SoftwarePasskey

LIST = "/accounts/2fa/webauthn/"
ADD = "/accounts/2fa/webauthn/add/"


def remove_url(passkey: Authenticator) -> str:
    return f"/accounts/2fa/passkeys/{passkey_id(passkey)}/remove/"


def test_the_list_shows_each_passkey_with_a_link_by_its_random_id(people: People) -> None:
    passkey = stored_passkey(people.alice)
    page = text(client_for(people.alice).get(LIST))
    assert "Passkey 1" in page
    assert remove_url(passkey) in page
    assert f"/{passkey.pk}/" not in page  # the row number is nowhere


def test_removing_a_passkey_asks_who_is_there_then_removes_it_and_tells_the_owner(
    people: People, django_capture_on_commit_callbacks
) -> None:
    passkey = stored_passkey(people.alice)
    client = client_for(people.alice)
    first = client.get(remove_url(passkey))
    assert first.status_code == 302 and first["Location"].startswith("/accounts/reauthenticate/")
    confirm_password(client, remove_url(passkey))
    assert "Remove Passkey 1?" in text(client.get(remove_url(passkey)))
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(remove_url(passkey), follow=True)
    assert "That passkey is removed." in text(done)
    assert not Authenticator.objects.filter(pk=passkey.pk).exists()
    [told] = [m for m in mail.outbox if "passkey was removed" in m.subject]
    assert told.to == ["alice@example.com"]


def test_the_partner_gets_404_for_the_owners_passkey(people: People) -> None:
    passkey = stored_passkey(people.alice)
    bob = client_for(people.bob)
    confirm_password(bob, "/")
    assert bob.get(remove_url(passkey)).status_code == 404
    assert bob.post(remove_url(passkey)).status_code == 404
    assert Authenticator.objects.filter(pk=passkey.pk).exists()


def test_passkeys_are_not_reached_by_their_row_number(people: People) -> None:
    passkey = stored_passkey(people.alice)
    client = client_for(people.alice)
    confirm_password(client, "/")
    for action in ("remove", "edit"):
        url = f"/accounts/2fa/webauthn/keys/{passkey.pk}/{action}/"
        assert client.get(url).status_code == 404, url
        assert client.post(url, {"name": "renamed"}).status_code == 404, url
    assert Authenticator.objects.get(pk=passkey.pk).data["name"] == "Passkey 1"


def test_passkeys_are_named_for_the_person_with_no_free_text(people: People) -> None:
    adapter = get_adapter()
    assert adapter.generate_authenticator_name(people.alice, "webauthn") == "Passkey 1"
    stored_passkey(people.alice, "Passkey 1")
    stored_passkey(people.alice, "Passkey 3")
    assert adapter.generate_authenticator_name(people.alice, "webauthn") == "Passkey 4"
    client = client_for(people.bob)
    confirm_password(client, ADD)
    assert "name" not in client.get(ADD).context["form"].fields


def test_a_browser_answer_that_cannot_be_stored_is_refused_plainly(people: People) -> None:
    client = client_for(people.alice)
    confirm_password(client, ADD)
    client.get(ADD)
    for credential in ('{"id": "a\\u0000b"}', '{"id": "\\ud800"}', '{"x": "' + "a" * 70000 + '"}'):
        response = client.post(ADD, {"credential": credential, "passwordless": "on"})
        assert response.status_code == 200
        assert "Please try again" in text(response)
    garbage = client.post(ADD, {"credential": '{"id": 1}'})
    assert garbage.status_code == 200
    assert not Authenticator.objects.filter(user=people.alice).exists()


def test_a_passkey_added_in_settings_signs_in_without_a_password(
    people: People, django_capture_on_commit_callbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        passkey = add_passkey(client_for(people.alice))
    stored = Authenticator.objects.get(user=people.alice, type="webauthn")
    assert stored.data["name"] == "Passkey 1"
    [told] = [m for m in mail.outbox if "passkey was added" in m.subject]
    assert told.to == ["alice@example.com"]

    client = sign_in_with_passkey(passkey)
    assert signed_in(client)
    assert client.get("/").status_code == 200


def test_someone_elses_passkey_does_not_sign_in(people: People) -> None:
    add_passkey(client_for(people.alice))
    stranger = SoftwarePasskey()
    stranger.user_handle = b"1"
    client = Client()
    options = client.get(PASSKEY_LOGIN, headers={"accept": "application/json"}).json()
    client.post(
        PASSKEY_LOGIN, {"credential": json.dumps(stranger.sign_in(options["request_options"]))}
    )
    assert not signed_in(client)


def test_a_passkey_can_be_the_second_step_after_the_password(people: People) -> None:
    passkey = add_passkey(client_for(people.alice), passwordless=False)
    client = sign_in("alice@example.com")
    page = client.get(AUTHENTICATE)
    assert "Or use a passkey" in text(page)
    answer = passkey.sign_in(page_data(page)["request_options"])
    client.post(AUTHENTICATE, {"credential": json.dumps(answer)})
    assert signed_in(client)


def test_a_junk_answer_at_passkey_login_is_refused_without_an_error(people: People) -> None:
    client = Client()
    client.get(PASSKEY_LOGIN, headers={"accept": "application/json"})
    for junk in ('{"id": 1}', '{"id": "a", "rawId": "a", "response": {}}', "[]", '"x"'):
        response = client.post(PASSKEY_LOGIN, {"credential": junk})
        assert response.status_code == 302, junk
        assert not signed_in(client)
