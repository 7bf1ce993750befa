"""Quick exit and the safety screen in a real Chromium, on a 390 px phone screen.

The order of what happens on the way out is written down by the page itself (a script
added before any of ours) into the tab's sessionStorage, in the order it happens: a
MutationObserver notes the moment the page is blanked, and ``pagehide`` notes whether it
was still blank when the browser left. So the test checks the order of events, never a
clock. The neutral site is a stand-in page of the same origin (``neutral_urls.py``), so
that the notes can be read back once the browser is there.
Screenshots go to test-artifacts/browser/.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from conftest import People, log_in
from django.contrib.auth.signals import user_logged_out

from heartwork.journal import services as journal
from heartwork.safety import quick_exit
from heartwork.safety.tests.answers import HIGH_RISK

sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
expect = sync_api.expect
pytestmark = [pytest.mark.browser, pytest.mark.urls("heartwork.safety.tests.neutral_urls")]

NEUTRAL_PATH = "/__neutral__/weather"
SECRET = "I am frightened of what he does when he drinks."
PHONE = {"width": 390, "height": 844}
RECORDER = """
(function () {
  if (location.pathname.indexOf("/__neutral__/") === 0) { return; }
  function note(type, extra) {
    var entry = {type: type, url: location.pathname};
    for (var k in extra || {}) { entry[k] = extra[k]; }
    var notes = JSON.parse(sessionStorage.getItem("hw-notes") || "[]");
    notes.push(entry);
    sessionStorage.setItem("hw-notes", JSON.stringify(notes));
  }
  function hidden() {
    return document.documentElement
      ? getComputedStyle(document.documentElement).visibility === "hidden" : false;
  }
  new MutationObserver(function () {
    if (document.documentElement && document.documentElement.style.visibility === "hidden") {
      note("blanked");
    }
  }).observe(document, {attributes: true, subtree: true, attributeFilter: ["style"]});
  window.addEventListener("pagehide", function () { note("left", {hidden: hidden()}); });
  document.addEventListener("DOMContentLoaded", function () {
    note("shown", {hidden: hidden(), text: document.body ? document.body.innerText : ""});
  });
})();
"""


def notes(page: Any) -> list[dict[str, Any]]:
    return list(page.evaluate("JSON.parse(sessionStorage.getItem('hw-notes') || '[]')"))


def forget_notes(page: Any) -> None:
    page.evaluate("sessionStorage.removeItem('hw-notes')")


@pytest.fixture
def phone(chromium: Any, live_server: Any, settings: Any) -> Iterator[Callable[..., Any]]:
    """Each call opens a phone-sized browser of its own, whose neutral site is local."""
    settings.QUICK_EXIT_URL = live_server.url + NEUTRAL_PATH
    contexts = []

    def make(*, javascript: bool = True) -> Any:
        context = chromium.new_context(
            base_url=live_server.url, viewport=PHONE, java_script_enabled=javascript
        )
        context.set_default_timeout(5_000)
        context.add_init_script(RECORDER)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


def at_the_neutral_site(page: Any) -> None:
    expect(page).to_have_url(re.compile(re.escape(NEUTRAL_PATH) + "$"))
    expect(page.get_by_role("heading", name="Weather")).to_be_visible()


def signed_in(page: Any) -> bool:
    """A new request from this browser: does it reach a signed-in page?"""
    response = page.request.get("/journal/", max_redirects=0)
    return bool(response.status == 200)


@dataclass
class Exits:
    """What the server did with the quick exits it heard (the live server is in-process).

    The beacon outlives the page, so the browser cannot tell the test when the server
    has it; these events can. Waiting on them waits for the event, not for a time.
    """

    asked: threading.Event = field(default_factory=threading.Event)
    signed_out: threading.Event = field(default_factory=threading.Event)
    answers: list[bool] = field(default_factory=list)


@pytest.fixture
def exits(monkeypatch: pytest.MonkeyPatch) -> Iterator[Exits]:
    found = Exits()
    decide = quick_exit.quick_exit_ends_session

    def watched(user: Any) -> bool:
        answer = decide(user)
        found.answers.append(answer)
        found.asked.set()
        return answer

    def heard(**kwargs: Any) -> None:
        found.signed_out.set()

    monkeypatch.setattr(quick_exit, "quick_exit_ends_session", watched)
    user_logged_out.connect(heard, weak=False, dispatch_uid="quick-exit-test")
    yield found
    user_logged_out.disconnect(dispatch_uid="quick-exit-test")


def heard_and_signed_out(exits: Exits, page: Any) -> None:
    assert exits.signed_out.wait(timeout=10), "the server never signed the browser out"
    exits.signed_out.clear()
    assert not signed_in(page)


def test_escape_twice_blanks_first_signs_out_and_back_does_not_return(
    people: People, phone: Callable[..., Any], exits: Exits, shots: Callable[[Any, str], None]
) -> None:
    entry = journal.journal_create(author=people.alice, title="Only mine", body=SECRET)
    page = phone()
    log_in(page, "alice@example.com")
    expect(page.get_by_role("heading", name="Hello, Alice")).to_be_visible()
    page.goto(f"/journal/{entry.public_id}/")
    expect(page.get_by_text(SECRET)).to_be_visible()
    shots(page, "safety-01-before-quick-exit.png")
    forget_notes(page)

    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    at_the_neutral_site(page)

    # The page was blank before the browser left it: first "blanked", then "left" with
    # the page still hidden, both written by the page we left, in that order.
    written = notes(page)
    assert [n["type"] for n in written] == ["blanked", "left"], written
    assert written[1]["hidden"] is True
    assert {n["url"] for n in written} == {f"/journal/{entry.public_id}/"}

    # The session has ended: a new request from this browser is signed out.
    heard_and_signed_out(exits, page)
    shots(page, "safety-02-after-quick-exit.png")

    # Back does not return to Heartwork's content: the page we left was replaced in the
    # history, and whatever Heartwork page back reaches leaves again, signed out anyway.
    forget_notes(page)
    page.go_back()
    at_the_neutral_site(page)
    reached = notes(page)  # what each Heartwork page that back reached wrote down
    assert reached, "back reached no Heartwork page at all: the check below would be empty"
    assert all(n["url"] != f"/journal/{entry.public_id}/" for n in reached), reached
    assert all(n["hidden"] for n in reached if n["type"] in ("shown", "left")), reached
    assert all(SECRET not in n.get("text", "") for n in reached)


def test_shift_three_times_and_the_button_leave_too_even_from_the_api_docs(
    people: People, phone: Callable[..., Any], exits: Exits
) -> None:
    page = phone()
    log_in(page, "alice@example.com")
    page.goto("/journal/new/")
    # Typing capitals uses Shift with letters, and one Escape closes things: neither leaves.
    page.get_by_label("What's in your heart").press_sequentially("Hello Sam. Yes, OK.")
    page.keyboard.press("Escape")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.keyboard.press("a")
    page.keyboard.press("Shift")
    expect(page.get_by_label("What's in your heart")).to_be_visible()
    for _ in range(3):
        page.keyboard.press("Shift")
    at_the_neutral_site(page)
    heard_and_signed_out(exits, page)

    log_in(page, "alice@example.com")
    page.goto("/api/docs")
    page.get_by_role("button", name="Quick exit", exact=True).click()
    at_the_neutral_site(page)
    heard_and_signed_out(exits, page)


def test_without_javascript_the_button_still_leaves_and_signs_out(
    people: People, phone: Callable[..., Any], shots: Callable[[Any, str], None]
) -> None:
    page = phone(javascript=False)
    log_in(page, "alice@example.com")
    page.goto("/journal/")
    shots(page, "safety-03-no-javascript.png")
    page.get_by_role("button", name="Quick exit", exact=True).click()
    at_the_neutral_site(page)
    assert not signed_in(page)


def test_just_leave_keeps_the_person_signed_in(
    people: People, phone: Callable[..., Any], exits: Exits
) -> None:
    page = phone()
    log_in(page, "alice@example.com")
    page.goto("/settings/")
    page.get_by_label("Quick exit: just leave, and keep me signed in").check()
    page.locator("#leaving").get_by_role("button", name="Save").click()
    expect(page.get_by_text("Saved.")).to_be_visible()
    page.get_by_role("button", name="Quick exit", exact=True).click()
    at_the_neutral_site(page)
    assert exits.asked.wait(timeout=10), "the server never heard the quick exit"
    assert exits.answers == [False]  # heard, and asked to keep the session
    assert signed_in(page)


def test_the_safety_screen_on_a_phone(
    people: People, phone: Callable[..., Any], shots: Callable[[Any, str], None]
) -> None:
    page = phone()
    log_in(page, "alice@example.com")
    page.get_by_role("link", name="A few private questions about feeling safe").click()
    expect(page.get_by_role("heading", name="Just for you: feeling safe at home")).to_be_visible()
    shots(page, "safety-04-screen.png")
    questions = page.locator("fieldset.item")
    # With JavaScript each answer saves as it is given.
    questions.nth(0).get_by_label("Often").check()
    expect(page.get_by_text("Saved. Only you can see it.")).to_be_visible()
    for i, key in enumerate(HIGH_RISK):
        if i:
            questions.nth(i).get_by_label("Once or a few times").check()
        assert key
    page.get_by_role("button", name="Save and see what might help").click()
    expect(page.get_by_role("heading", name="Thank you for telling us")).to_be_visible()
    expect(page.get_by_role("heading", name="Your safety comes first")).to_be_visible()
    shots(page, "safety-05-next-steps.png")
    page.get_by_role("link", name="A plan for staying safer").first.click()
    expect(page.get_by_role("heading", name="A bag, ready")).to_be_visible()
    shots(page, "safety-06-plan.png")
    page.goto("/settings/")
    page.get_by_label("Hide the app's name in the browser tab").check()
    page.locator("#leaving").get_by_role("button", name="Save").click()
    expect(page).to_have_title("Notes")
    page.locator("#leaving").scroll_into_view_if_needed()
    shots(page, "safety-07-settings.png")
