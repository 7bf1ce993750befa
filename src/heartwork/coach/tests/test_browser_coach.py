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
