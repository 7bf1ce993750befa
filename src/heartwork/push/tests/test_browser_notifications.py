"""In Chromium: the Settings switch turns notifications on and off for this device, the
reminder reaches the device encrypted and without content, and the service worker shows
it in the same words for everyone.

Chromium cannot subscribe for real here: its push service is Google's (FCM), which a test
machine cannot reach, and headless Chromium refuses ``pushManager.subscribe`` outright
("Registration failed - permission denied", even with the permission granted). So the
browser's own subscribe is replaced by one that hands the page a subscription at the
test's local push service, with keys the test holds; everything else is the page's own
script (push.js), the real server, the real worker and the real service worker, to which
Chromium delivers the decrypted message through its DevTools protocol.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from conftest import People, log_in
from django.conf import settings

from heartwork.daily.reminders import send_due_reminders
from heartwork.daily.tests.test_reminders import EVENING, opt_in
from heartwork.push.keys import application_server_key
from heartwork.push.models import PushSubscription
from heartwork.push.tests.local_push_service import Device, LocalPushService

sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
expect = sync_api.expect
pytestmark = pytest.mark.browser

# The browser's subscribe and getSubscription, giving the test's device; kept across page
# loads in localStorage as the browser keeps a real subscription. The key the page asked
# for is kept too, to be compared with the server's.
FAKE_PUSH_MANAGER = """
(() => {
  const device = %s;
  const made = () => ({
    endpoint: device.endpoint,
    expirationTime: null,
    toJSON() {
      return {endpoint: device.endpoint, expirationTime: null,
              keys: {p256dh: device.p256dh, auth: device.auth}};
    },
    unsubscribe() { localStorage.removeItem("subscribed"); return Promise.resolve(true); },
  });
  PushManager.prototype.subscribe = function (options) {
    const bytes = new Uint8Array(options.applicationServerKey);
    const key = btoa(String.fromCharCode(...bytes)).replace(/\\+/g, "-").replace(/\\//g, "_")
      .replace(/=+$/, "");
    localStorage.setItem("asked-for-key", key);
    localStorage.setItem("subscribed", "1");
    return Promise.resolve(made());
  };
  PushManager.prototype.getSubscription = function () {
    return Promise.resolve(localStorage.getItem("subscribed") ? made() : null);
  };
})();
"""


def fake_push_manager(device: Device) -> str:
    return FAKE_PUSH_MANAGER % json.dumps(
        {"endpoint": device.endpoint, "p256dh": device.p256dh, "auth": device.auth}
    )


def shown_notifications(page: Any) -> list[dict[str, Any]]:
    return page.evaluate(
        """async () => {
          const reg = await navigator.serviceWorker.ready;
          return (await reg.getNotifications()).map(
            (n) => ({title: n.title, body: n.body, tag: n.tag, data: n.data}));
        }"""
    )


def deliver(page: Any, origin: str, data: dict[str, Any]) -> None:
    """Hand a decrypted push message to the page's service worker, as Chromium does when
    its push service delivers one (through the DevTools protocol), and wait until the
    worker shows its notification.

    Under load Chromium may report a registration before its worker can take a push, and
    a push it cannot take is dropped: so the message goes to every live registration, and
    again if nothing is shown. The reminder's one tag keeps a repeat to one notification.
    """
    cdp = page.context.new_cdp_session(page)
    live: dict[str, bool] = {}
    cdp.on(
        "ServiceWorker.workerRegistrationUpdated",
        lambda event: live.update(
            (r["registrationId"], not r.get("isDeleted", False)) for r in event["registrations"]
        ),
    )
    cdp.send("ServiceWorker.enable")
    for _ in range(200):  # the registration event comes soon after, later under load
        if any(live.values()):
            break
        page.wait_for_timeout(50)
    assert any(live.values()), "the service worker's registration was never reported"
    for _ in range(4):
        for registration in [r for r, alive in live.items() if alive]:
            cdp.send(
                "ServiceWorker.deliverPushMessage",
                {"origin": origin, "registrationId": registration, "data": json.dumps(data)},
            )
        # Polled in the page: Playwright's wait_for_function takes a sync predicate, and
        # an async one returns a promise, which counts as true at once (playwright#29132).
        if page.evaluate(
            """async () => {
              const reg = await navigator.serviceWorker.ready;
              const deadline = Date.now() + 5000;
              while ((await reg.getNotifications()).length === 0) {
                if (Date.now() > deadline) return false;
                await new Promise((done) => setTimeout(done, 50));
              }
              return true;
            }"""
        ):
            break
    else:
        raise AssertionError("the worker showed no notification for four pushes")
    cdp.detach()


def test_the_switch_subscribes_and_the_worker_shows_a_reminder_without_content(
    people: People,
    push_service: LocalPushService,
    new_page: Callable[[], Any],
    live_server: Any,
    shots: Callable[[Any, str], None],
) -> None:
    opt_in(people.alice)
    device = push_service.device()
    page = new_page()
    page.context.grant_permissions(["notifications"], origin=live_server.url)
    page.context.add_init_script(fake_push_manager(device))
    log_in(page, "alice@example.com")
    page.goto("/settings/")
    status = page.locator("[data-push-status]")
    expect(status).to_have_text("Notifications are off for this device.", timeout=15_000)
    page.get_by_role("button", name="Turn on notifications here").click()
    expect(status).to_have_text("Notifications are on for this device.")
    shots(page, "settings-notifications-on.png")
    # The page asked for a subscription to this server's key, and posted it for Alice.
    key = page.evaluate("localStorage.getItem('asked-for-key')")
    assert key == application_server_key(settings.VAPID_PRIVATE_KEY)
    stored = PushSubscription.objects.get()
    assert stored.user == people.alice and stored.endpoint == device.endpoint
    # After a reload the page still knows this device is on.
    page.reload()
    expect(status).to_have_text("Notifications are on for this device.", timeout=15_000)
    expect(page.get_by_role("button", name="Turn off notifications here")).to_be_visible()

    # The worker pushes the reminder; the local push service decrypts it.
    assert send_due_reminders(worker="w", now=EVENING) == 1
    [message] = push_service.to(device)
    push_service.check_vapid(message)
    data = device.decrypt(message)
    assert data == {"kind": "reminder", "open": "/daily/", "neutral": False}

    # Chromium hands exactly that to the service worker, which shows its own words.
    deliver(page, live_server.url, data)
    assert shown_notifications(page) == [
        {
            "title": "Heartwork",
            "body": "Something is waiting for you in Heartwork.",
            "tag": "heartwork-reminder",
            "data": {"open": "/daily/"},
        }
    ]

    # Turning off forgets the device on the server and drops the browser's subscription.
    page.get_by_role("button", name="Turn off notifications here").click()
    expect(status).to_have_text("Notifications are off for this device.")
    assert PushSubscription.objects.count() == 0
    assert page.evaluate("localStorage.getItem('subscribed')") is None


def test_without_javascript_the_card_says_notifications_need_it(
    people: People, chromium: Any, live_server: Any, shots: Callable[[Any, str], None]
) -> None:
    context = chromium.new_context(base_url=live_server.url, java_script_enabled=False)
    try:
        page = context.new_page()
        log_in(page, "alice@example.com")
        page.goto("/settings/")
        card = page.locator("#notifications")
        expect(card).to_contain_text("Notifications need JavaScript, which is off in this browser.")
        expect(card.get_by_role("button", name="Turn on notifications here")).to_be_hidden()
        shots(page, "settings-notifications-no-javascript.png")
    finally:
        context.close()
