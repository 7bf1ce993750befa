"""In Chromium: tapping a reminder's notification opens today's question, or brings
forward the Heartwork window already on it, and the notification says nothing of what
is waiting.

The reminder takes the real way: the worker pushes it to the test's local push service,
which decrypts it; Chromium hands it to the page's service worker (DevTools protocol),
which shows its notification. The tap is the service worker's own ``notificationclick``
handler, reached through Playwright's service-worker support. Only what Chromium grants a
person's real tap on a shown notification, which headless Chromium cannot make (opening a
window, bringing one forward, waiting for either), is stood in for: the worker's calls
are recorded, and the test then does what the browser would with them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from conftest import People, log_in

from heartwork.daily import services as daily
from heartwork.daily.reminders import send_due_reminders
from heartwork.daily.tests.test_reminders import EVENING, opt_in
from heartwork.push.services import push_subscribe
from heartwork.push.tests.local_push_service import LocalPushService
from heartwork.push.tests.test_browser_notifications import deliver, shown_notifications

sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
expect = sync_api.expect
pytestmark = pytest.mark.browser

SECRET = "My secret answer about the lake"
# A tap on the shown notification, as the browser makes one: the service worker's own
# handler runs; what only a real tap may do is recorded (see the module's docstring).
TAP = """async () => {
  const done = [];
  Clients.prototype.openWindow = function (url) {
    done.push({open: url});
    return Promise.resolve(null);
  };
  WindowClient.prototype.focus = function () {
    done.push({focus: this.url});
    return Promise.resolve(this);
  };
  let waited = Promise.resolve();
  ExtendableEvent.prototype.waitUntil = function (promise) { waited = promise; };
  const [notification] = await self.registration.getNotifications();
  self.dispatchEvent(new NotificationEvent("notificationclick", {notification}));
  await waited;
  return {done, left: (await self.registration.getNotifications()).length};
}"""


def tap(page: Any) -> dict[str, Any]:
    [worker] = page.context.service_workers
    return worker.evaluate(TAP)


def test_a_tap_opens_todays_question_or_brings_its_window_forward(
    people: People,
    push_service: LocalPushService,
    new_page: Callable[[], Any],
    live_server: Any,
    shots: Callable[[Any, str], None],
) -> None:
    opt_in(people.alice)
    question = daily.todays_question(people.alice)
    assert question is not None
    daily.daily_answer(user=people.bob, daily_question_id=question.pk, body=SECRET)
    device = push_service.device()
    push_subscribe(
        user=people.alice, endpoint=device.endpoint, p256dh=device.p256dh, auth=device.auth
    )
    today = new_page()
    today.set_viewport_size({"width": 390, "height": 844})
    today.context.grant_permissions(["notifications"], origin=live_server.url)
    log_in(today, "alice@example.com")
    today.goto("/")
    today.evaluate("async () => { await navigator.serviceWorker.ready; }")

    assert send_due_reminders(worker="w", now=EVENING) == 1
    [message] = push_service.to(device)
    data = device.decrypt(message)
    deliver(today, live_server.url, data)
    [shown] = shown_notifications(today)
    assert shown == {
        "title": "Heartwork",
        "body": "Something is waiting for you in Heartwork.",
        "tag": "heartwork-reminder",
        "data": {"open": "/daily/"},
    }
    assert "lake" not in str(shown) and "Bob" not in str(shown)

    # Heartwork is open on Today only: the tap opens a new window on today's question.
    question_page = f"{live_server.url}/daily/"
    assert tap(today) == {"done": [{"open": question_page}], "left": 0}
    opened = today.context.new_page()
    opened.goto(question_page)
    expect(opened.get_by_role("heading", name="Today's question")).to_be_visible()
    expect(opened.get_by_text("Bob answered: your turn.")).to_be_visible()
    assert SECRET not in opened.content()  # still sealed until Alice answers
    shots(opened, "notification-tap-opens-todays-question-390.png")

    # The next reminder's tap brings that window forward instead of opening another.
    deliver(today, live_server.url, data)
    assert tap(today) == {"done": [{"focus": question_page}], "left": 0}
