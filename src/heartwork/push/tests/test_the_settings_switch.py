"""Settings shows each person the switch for this device, and what they need to know
without it: with no JavaScript the card says calmly that notifications need it, and
"off on every device" is a plain form that works anyway."""

from __future__ import annotations

import base64
import re

from conftest import People, client_for
from django.conf import settings

from heartwork.daily.tests.test_reminders import opt_in
from heartwork.push.keys import application_server_key
from heartwork.push.models import PushSubscription
from heartwork.push.tests.local_push_service import LocalPushService, turned_on


def test_the_card_says_notifications_need_javascript_and_serves_the_public_key(
    people: People,
) -> None:
    page = client_for(people.alice).get("/settings/").content.decode()
    assert "Notifications on this device" in page
    assert "Notifications need JavaScript, which is off in this browser." in page
    assert re.search(r'<script src="/static/heartwork/push\.js" defer></script>', page)
    key = re.search(r'data-key="([\w-]+)"', page)
    assert key and key.group(1) == application_server_key(settings.VAPID_PRIVATE_KEY)
    point = base64.urlsafe_b64decode(key.group(1) + "=")
    assert len(point) == 65 and point[0] == 4  # an uncompressed P-256 point
    assert settings.VAPID_PRIVATE_KEY not in page


def test_it_points_to_the_reminders_while_they_are_off(people: People) -> None:
    alice = client_for(people.alice)
    assert (
        "They come with your reminders, which are off" in alice.get("/settings/").content.decode()
    )
    opt_in(people.alice)
    assert "which are off" not in alice.get("/settings/").content.decode()


def test_off_on_every_device_works_without_javascript(
    people: People, push_service: LocalPushService
) -> None:
    alice = client_for(people.alice)
    turned_on(alice, push_service.device())
    turned_on(alice, push_service.device())
    assert (
        "Notifications are on for 2 devices of yours." in alice.get("/settings/").content.decode()
    )
    answer = alice.post("/settings/notifications/off-everywhere/", follow=True)
    assert answer.redirect_chain == [("/settings/#notifications", 302)]
    assert "Notifications are off on every device." in answer.content.decode()
    assert PushSubscription.objects.count() == 0
    assert "devices of yours" not in answer.content.decode()
