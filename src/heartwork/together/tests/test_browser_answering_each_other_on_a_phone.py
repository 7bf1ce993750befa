"""On a 390 px phone, read as each partner: a reply thread under a shared answer to the
day's question, and Today telling the other what came in since their last visit.

Bob reacts to Alice's answer and replies through the page's own forms; Alice answers
back; each reads the whole thread in order, on a page that fits the phone. The
screenshots are the closing note's proof (test-artifacts/browser/).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from conftest import People, log_in

from heartwork.daily import services as daily

sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
expect = sync_api.expect
pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
BOBS_REPLY = "I remember the rain on the tram, and you laughing."
ALICES_BACK = "Let's go back in spring."


def _fits(page: Any) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{page.url} is {width}px wide"


def _phone(new_page: Callable[[], Any], email: str) -> Any:
    page = new_page()
    page.set_viewport_size(PHONE)
    log_in(page, email)
    return page


def test_a_reply_thread_and_today_read_as_each_partner_on_a_phone(
    people: People, new_page: Callable[[], Any], shots: Callable[[Any, str], None]
) -> None:
    question = daily.todays_question(people.alice)
    assert question is not None
    daily.daily_answer(user=people.alice, daily_question_id=question.pk, body="Lisbon, at night.")
    daily.daily_answer(user=people.bob, daily_question_id=question.pk, body="The broken heater.")

    bob = _phone(new_page, "bob@example.com")
    bob.goto("/daily/")
    bob.get_by_role("button", name="A hug").first.click()
    expect(bob.get_by_text("You: A hug")).to_be_visible()
    bob.get_by_label("Reply to Alice").fill(BOBS_REPLY)
    bob.get_by_role("button", name="Send").first.click()
    expect(bob.get_by_text(BOBS_REPLY)).to_be_visible()

    alice = _phone(new_page, "alice@example.com")
    alice.goto("/")
    news = alice.get_by_role("heading", name="Since you were last here")
    expect(news).to_be_visible()
    _fits(alice)
    shots(alice, "today-390-alice.png")

    alice.goto("/daily/")
    expect(alice.get_by_text("Bob: A hug")).to_be_visible()
    expect(alice.get_by_text(BOBS_REPLY)).to_be_visible()
    alice.get_by_label("Answer back").first.fill(ALICES_BACK)
    alice.get_by_role("button", name="Send").first.click()
    thread = alice.locator(".responses", has_text=BOBS_REPLY)
    expect(thread).to_contain_text(ALICES_BACK)
    said = thread.locator(".reply").all_inner_texts()
    assert said == [f"Bob: {BOBS_REPLY}", f"You: {ALICES_BACK}"]
    _fits(alice)
    thread.scroll_into_view_if_needed()
    shots(alice, "reply-thread-390-alice.png")

    bob.goto("/daily/")
    thread = bob.locator(".responses", has_text=BOBS_REPLY)
    expect(thread).to_contain_text(ALICES_BACK)
    assert thread.locator(".reply").all_inner_texts() == [
        f"You: {BOBS_REPLY}",
        f"Alice: {ALICES_BACK}",
    ]
    _fits(bob)
    shots(bob, "reply-thread-390-bob.png")
    bob.goto("/")
    _fits(bob)
    shots(bob, "today-390-bob.png")
