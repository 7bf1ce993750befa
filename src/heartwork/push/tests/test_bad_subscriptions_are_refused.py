"""A subscription the worker could not or should not post to is refused with a message a
person can act on, and nothing is stored: an address at no known push service (the worker
would post wherever it says), broken keys, too many devices, or push turned off."""

from __future__ import annotations

import pytest
from conftest import People, client_for

from heartwork.push.models import PushSubscription
from heartwork.push.services import MAX_DEVICES, allowed_endpoint
from heartwork.push.tests.local_push_service import LocalPushService, turned_on


def refused(client, form: dict[str, str]) -> str:
    answer = client.post("/settings/notifications/on/", form)
    assert answer.status_code == 400, answer.content
    return answer.json()["error"]


@pytest.mark.parametrize(
    "endpoint",
    [
        "http://127.0.0.1:1/push/abc",  # the right host, another port
        "https://127.0.0.1/push/abc",  # the right host, another scheme
        "http://user@127.0.0.1:{port}/push/abc",
        "https://metadata.internal/latest/meta-data",
        "file:///etc/passwd",
        "not an address",
        "",
    ],
)
def test_an_address_at_no_known_push_service_is_refused(
    people: People, push_service: LocalPushService, endpoint: str
) -> None:
    form = push_service.device().form()
    form["endpoint"] = endpoint.format(port=push_service.origin.rsplit(":", 1)[1])
    message = refused(client_for(people.alice), form)
    assert "notification service this server doesn't send to" in message or "required" in message
    assert PushSubscription.objects.count() == 0


@pytest.mark.parametrize(
    ("key", "value"),
    [("p256dh", "AAAA"), ("p256dh", "B" * 87), ("auth", "short"), ("auth", "!!!")],
)
def test_broken_keys_are_refused(
    people: People, push_service: LocalPushService, key: str, value: str
) -> None:
    form = push_service.device().form()
    form[key] = value
    assert "keys didn't come through whole" in refused(client_for(people.alice), form)
    assert PushSubscription.objects.count() == 0


def test_a_nul_is_refused_by_name(people: People, push_service: LocalPushService) -> None:
    form = push_service.device().form()
    form["endpoint"] += "\x00"
    assert "NUL" in refused(client_for(people.alice), form)


def test_at_most_ten_devices(people: People, push_service: LocalPushService) -> None:
    alice = client_for(people.alice)
    for _ in range(MAX_DEVICES):
        turned_on(alice, push_service.device())
    assert "Turn them off everywhere" in refused(alice, push_service.device().form())
    assert PushSubscription.objects.count() == MAX_DEVICES


def test_nothing_is_stored_when_the_server_sends_no_notifications(
    people: People, push_service: LocalPushService, settings
) -> None:
    settings.PUSH_ENABLED = False
    alice = client_for(people.alice)
    assert "turned off on this server" in refused(alice, push_service.device().form())
    assert "doesn't send notifications" in alice.get("/settings/").content.decode()


def test_the_known_push_services_and_only_those(settings) -> None:
    settings.PUSH_SERVICES = ["https://fcm.googleapis.com", "https://*.notify.windows.com"]
    assert allowed_endpoint("https://fcm.googleapis.com/fcm/send/abc:def")
    assert allowed_endpoint("https://fcm.googleapis.com:443/fcm/send/abc")
    assert allowed_endpoint("https://wns2-par02p.notify.windows.com/w/?token=abc")
    assert not allowed_endpoint("https://notify.windows.com.example/w/")
    assert not allowed_endpoint("https://fcm.googleapis.com.example/fcm/send/abc")
    assert not allowed_endpoint("http://fcm.googleapis.com/fcm/send/abc")
    assert not allowed_endpoint("https://fcm.googleapis.com:8443/fcm/send/abc")
    assert not allowed_endpoint("https://[::1/")
