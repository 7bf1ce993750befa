"""The coach in a real Chromium: type a critical message, see the highlight and a rewrite."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from conftest import log_in, make_user

sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
expect = sync_api.expect
pytestmark = pytest.mark.browser


def test_typing_a_critical_message_shows_the_words_and_a_kinder_way(
    new_page: Callable[[], Any], shots: Callable[[Any, str], None]
) -> None:
    make_user("robin@example.com", "Robin")
    page = new_page()
    log_in(page, "robin@example.com")
    page.get_by_role("navigation").get_by_role("link", name="Say it kindly").click()

    page.get_by_label("What you want to say").press_sequentially(
        "You never help with the dishes, you're so lazy.", delay=10
    )
    # htmx updates the analysis as the person types; no button press needed.
    expect(page.locator("mark.harmful").first).to_be_visible()
    expect(page.locator("mark.harmful", has_text="lazy")).to_have_count(1)
    expect(page.get_by_role("heading", name="You could say it like this")).to_be_visible()
    first = page.locator(".suggestion").first
    expect(first).to_contain_text("I ")
    expect(page.get_by_role("button", name="Copy").first).to_be_visible()
    shots(page, "06-say-it-kindly.png")

    # The same gentle hint appears under a journal entry the partner may read.
    page.goto("/journal/new/")
    page.locator("#id_body").press_sequentially("You're so selfish with the car.", delay=10)
    expect(page.locator("#coach-hint-body")).to_contain_text("A gentle thought")


def test_danger_happening_now_shows_the_emergency_number_first(
    new_page: Callable[[], Any], shots: Callable[[Any, str], None], settings: Any
) -> None:
    settings.COACH_HELP_COUNTRY = "GB"
    make_user("sky@example.com", "Sky")
    page = new_page()
    log_in(page, "sky@example.com")
    page.goto("/coach/")
    page.get_by_label("What you want to say").press_sequentially(
        "I've taken all my pills, I'm so sorry.", delay=5
    )
    alert = page.locator('[data-concern="imminent"]')
    expect(alert).to_be_visible()
    expect(alert.get_by_role("heading", level=2)).to_have_text("Please get help right now")
    expect(alert.locator(".steps li").first).to_contain_text("Call 999 now")
    expect(page.get_by_role("heading", name="You could say it like this")).to_have_count(0)
    shots(page, "10-coach-imminent.png")

    # The hint under a journal entry says the same, before anything is saved.
    page.goto("/journal/new/")
    page.locator("#id_body").press_sequentially("he's breaking the door down right now", delay=5)
    hint = page.locator('#coach-hint-body [data-concern="imminent"]')
    expect(hint).to_contain_text("call 999")
    shots(page, "11-journal-hint-imminent.png")
