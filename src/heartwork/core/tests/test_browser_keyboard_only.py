"""With a keyboard alone (Tab, Space, Enter and typing; no mouse, no clicks), a person
answers today's question and takes a step of the check-up, on a phone-sized window.
And a time zone nobody chose yet starts as the browser's own."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from conftest import People, log_in

from heartwork.checkup.models import CheckupAnswer
from heartwork.daily.models import DailyAnswer

sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
expect = sync_api.expect
pytestmark = pytest.mark.browser

FOCUSED = """() => {
  const el = document.activeElement;
  return {tag: el.tagName.toLowerCase(), type: el.type || "", checked: !!el.checked,
          text: (el.innerText || el.value || "").trim(), label: el.labels && el.labels[0]
          ? el.labels[0].innerText.trim() : ""};
}"""


def tab_to(page: Any, wanted: Callable[[dict[str, Any]], bool], limit: int = 80) -> None:
    """Press Tab until the focused element is the one wanted, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if wanted(page.evaluate(FOCUSED)):
            return
    raise AssertionError(f"Tab never reached it; last focused: {page.evaluate(FOCUSED)}")


def is_button(name: str) -> Callable[[dict[str, Any]], bool]:
    return lambda el: el["tag"] == "button" and el["text"] == name


def test_answering_todays_question_and_a_checkup_step_by_keyboard(
    people: People, new_page: Callable[[], Any]
) -> None:
    page = new_page()
    page.set_viewport_size({"width": 390, "height": 844})
    log_in(page, "alice@example.com")
    expect(page.get_by_role("heading", name="Hello, Alice")).to_be_visible()

    page.goto("/daily/")
    tab_to(page, lambda el: el["tag"] == "textarea" and el["label"] == "Your answer")
    page.keyboard.type("The walk by the river last Sunday.")
    tab_to(page, is_button("Save my answer"))
    page.keyboard.press("Enter")
    expect(page.get_by_text("The walk by the river last Sunday.")).to_be_visible()
    assert DailyAnswer.objects.filter(author=people.alice).count() == 1

    page.goto("/checkup/")
    tab_to(page, is_button("Start"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/checkup/take/[\w-]+/$"))
    first_step = page.url
    groups = page.locator("fieldset.item").count()
    assert groups > 0
    # Tab enters each group of choices; Space picks the focused one; Tab goes on.
    answered = 0
    while answered < groups:
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused["type"] == "radio" and not focused["checked"]:
            page.keyboard.press("ArrowRight")  # the second choice of this group
            answered += 1
    tab_to(page, is_button("Save and continue"))
    page.keyboard.press("Enter")
    # Each choice was saved as it was made (htmx); on a busy machine that takes a while.
    expect(page).not_to_have_url(first_step, timeout=30_000)
    assert CheckupAnswer.objects.filter(response__author=people.alice).count() == groups


def test_a_time_zone_nobody_chose_starts_as_the_browsers(
    people: People, chromium: Any, live_server: Any
) -> None:
    context = chromium.new_context(base_url=live_server.url, timezone_id="Pacific/Auckland")
    page = context.new_page()
    log_in(page, "alice@example.com")
    expect(page.get_by_role("heading", name="Hello, Alice")).to_be_visible()
    page.goto("/daily/settings/")
    expect(page.get_by_label("Our time zone")).to_have_value("Pacific/Auckland")
    expect(page.get_by_label("My time zone")).to_have_value("Pacific/Auckland")
    context.close()
