"""A device's subscription is its person's alone: the partner can neither see, read nor
turn it off, it is in no export, and the database holds its endpoint only encrypted."""

from __future__ import annotations

import pytest
from conftest import People, client_for, raw_database_text
from django.test import Client

from heartwork.core.secrets import digest
from heartwork.push.models import PushSubscription
from heartwork.push.tests.local_push_service import LocalPushService, turned_on


def test_the_partner_cannot_turn_off_or_see_the_others_device(
    people: People, push_service: LocalPushService
) -> None:
    phone = push_service.device()
    alice, bob = client_for(people.alice), client_for(people.bob)
    turned_on(alice, phone)
    # Bob names Alice's device (say he copied it from her phone): the same answer as for
    # any device, and hers stays on.
    answer = bob.post("/settings/notifications/off/", {"endpoint": phone.endpoint})
    assert answer.status_code == 200 and answer.json() == {"on": False}
    assert bob.post("/settings/notifications/off-everywhere/").status_code == 302
    assert PushSubscription.objects.get().user == people.alice
    # Her settings show her device; his show nothing of it.
    hers, his = alice.get("/settings/").content.decode(), bob.get("/settings/").content.decode()
    assert digest(phone.endpoint) in hers and "1 device of yours" in hers
    assert digest(phone.endpoint) not in his and "device of yours" not in his
    for export in ("/settings/export.json", "/settings/export/"):
        assert phone.endpoint not in bob.get(export).content.decode()
        assert phone.endpoint not in alice.get(export).content.decode()


def test_nobody_signed_in_can_turn_anything_on_or_off(
    people: People, push_service: LocalPushService
) -> None:
    phone = push_service.device()
    turned_on(client_for(people.alice), phone)
    stranger = Client()
    for path, data in [
        ("/settings/notifications/on/", push_service.device().form()),
        ("/settings/notifications/off/", {"endpoint": phone.endpoint}),
        ("/settings/notifications/off-everywhere/", {}),
    ]:
        answer = stranger.post(path, data)
        assert answer.status_code == 302 and "/accounts/login/" in answer["Location"]
    assert PushSubscription.objects.count() == 1


def test_a_device_belongs_to_whoever_turned_it_on_there_last(
    people: People, push_service: LocalPushService
) -> None:
    """On a shared computer the browser's subscription is one: the next person to turn
    notifications on there takes it over, and the one before no longer gets them there."""
    shared_computer = push_service.device()
    turned_on(client_for(people.alice), shared_computer)
    turned_on(client_for(people.eve), shared_computer)
    assert PushSubscription.objects.get().user == people.eve


def test_turning_off_forgets_the_device(people: People, push_service: LocalPushService) -> None:
    phone = push_service.device()
    alice = client_for(people.alice)
    turned_on(alice, phone)
    assert alice.post("/settings/notifications/off/", {"endpoint": phone.endpoint}).json() == {
        "on": False
    }
    assert PushSubscription.objects.count() == 0


@pytest.mark.django_db(transaction=True)
def test_the_endpoint_and_keys_are_encrypted_at_rest(
    people: People, push_service: LocalPushService
) -> None:
    phone = push_service.device()
    turned_on(client_for(people.alice), phone)
    stored = raw_database_text()
    for secret in (phone.endpoint.rsplit("/", 1)[1], phone.p256dh, phone.auth):
        assert secret.encode() not in stored
