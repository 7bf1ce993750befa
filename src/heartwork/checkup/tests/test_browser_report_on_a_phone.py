"""The report and a check-up step fit a 390 px phone, read as each partner."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from conftest import People, log_in

from heartwork.checkup.tests.answering import EVERY_PART, finish_round
from heartwork.checkup.tests.test_the_report_speaks_to_its_reader import SCORE_54, SCORE_88

sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
expect = sync_api.expect
pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


def _fits(page: Any) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{page.url} is {width}px wide"


def test_each_partner_reads_the_report_on_a_phone(
    people: People, new_page: Callable[[], Any], shots: Callable[[Any, str], None]
) -> None:
    finish_round(people.alice, EVERY_PART, keyed={"partner_kindness": SCORE_88})
    finish_round(people.bob, EVERY_PART, keyed={"partner_kindness": SCORE_54})
    for email, partner, growth in (
        ("alice@example.com", "Bob", "Your kindness toward Bob"),
        ("bob@example.com", "Alice", "Kindness from Alice"),
    ):
        page = new_page()
        page.set_viewport_size(PHONE)
        log_in(page, email)
        page.goto("/checkup/report/1/")
        expect(page.get_by_role("heading", name="To talk about together")).to_be_visible()
        expect(page.get_by_role("heading", name=growth)).to_be_visible()
        their_label = page.get_by_text(f"{partner}, about you").first
        their_label.scroll_into_view_if_needed()
        box = their_label.bounding_box()
        assert box is not None and box["x"] + box["width"] <= PHONE["width"]
        _fits(page)
        shots(page, f"checkup-report-390-{email.split('@')[0]}.png")


def test_a_check_up_step_fits_a_phone(
    people: People, new_page: Callable[[], Any], shots: Callable[[Any, str], None]
) -> None:
    page = new_page()
    page.set_viewport_size(PHONE)
    log_in(page, "alice@example.com")
    page.goto("/checkup/")
    page.get_by_role("button", name="Start").click()
    expect(page.get_by_text("Step 1 of")).to_be_visible()
    _fits(page)
    shots(page, "checkup-step-390.png")
