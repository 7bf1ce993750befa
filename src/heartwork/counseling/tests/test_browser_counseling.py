"""The counseling page in a real Chromium at a phone's width (390 px), from Today's link
to a kept plan, with no inline script or style refused and nothing wider than the screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from conftest import People, log_in

from heartwork.checkup.tests.answering import finish_round

sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
expect = sync_api.expect
pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
LOW_BUT_SAFE = {"partner_respect": 6, "safety_to_share": 6}


def fits_the_screen(page: Any) -> bool:
    return bool(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))


def test_from_today_to_the_page_and_a_kept_plan_at_390_px(
    people: People, new_page: Callable[[], Any], shots: Callable[[Any, str], None]
) -> None:
    for _ in range(2):
        finish_round(people.alice, [], keyed=LOW_BUT_SAFE, default=2)
    page = new_page()
    page.set_viewport_size(PHONE)
    refused: list[str] = []
    page.on("console", lambda m: refused.append(m.text) if "Content Security" in m.text else None)
    log_in(page, "alice@example.com")
    expect(page.get_by_role("heading", name="A counselor could help")).to_be_visible()
    shots(page, "counseling-01-today-390.png")
    page.get_by_role("link", name="Would you be open to counseling?").first.click()
    expect(page.get_by_role("heading", name="Would you be open to counseling?")).to_be_visible()
    expect(page.get_by_text("lowest band for two rounds")).to_be_visible()
    assert fits_the_screen(page)
    shots(page, "counseling-02-page-390.png")
    page.get_by_label("My plan for meanwhile").fill(
        "Ask Bob once more on Sunday; see someone myself."
    )
    page.get_by_role("button", name="Keep my plan").click()
    expect(page.get_by_text("Saved. Only you can read your plan.")).to_be_visible()
    page.get_by_label("Places to look in").select_option("AU")
    page.get_by_role("button", name="Show").click()
    expect(page.get_by_text("Relationships Australia")).to_be_visible()
    assert fits_the_screen(page)
    assert refused == []
