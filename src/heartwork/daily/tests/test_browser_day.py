"""A day in the life of the demo couple, in a real Chromium."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from conftest import log_in

from heartwork.demo.couple import ALEX, DEMO_PASSWORD, SAM, demo_create

sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
expect = sync_api.expect
pytestmark = pytest.mark.browser


def test_a_day_in_the_life(
    db: Any, new_page: Callable[[], Any], shots: Callable[[Any, str], None]
) -> None:
    demo_create()
    alex, sam = new_page(), new_page()
    log_in(alex, ALEX.email, DEMO_PASSWORD)
    log_in(sam, SAM.email, DEMO_PASSWORD)

    # Alex answers today's question; it stays sealed for Sam until Sam answers too.
    alex.get_by_role("link", name="Answer", exact=True).click()
    alex.get_by_label("Your answer").fill("The morning we missed the train and didn't mind.")
    alex.get_by_role("button", name="Save my answer").click()
    expect(alex.get_by_text("Your answer is sealed.")).to_be_visible()
    sam.goto("/daily/")
    expect(sam.get_by_text("missed the train")).to_have_count(0)
    sam.get_by_label("Your answer").fill("Dancing in the kitchen last Friday.")
    sam.get_by_role("button", name="Save my answer").click()
    expect(sam.locator("#partner-answer")).to_contain_text("missed the train")
    alex.goto("/daily/")
    expect(alex.locator("#partner-answer")).to_contain_text("Dancing in the kitchen")
    shots(alex, "08-daily-question.png")

    # An appreciation, a date, and a promise kept.
    alex.goto("/daily/appreciations/")
    alex.get_by_label("Your words").fill("Thank you for making today gentle.")
    alex.get_by_role("button", name="Send to Sam").click()
    sam.goto("/")
    expect(sam.get_by_text("1 new")).to_be_visible()
    sam.goto("/daily/appreciations/")
    expect(sam.get_by_text("Thank you for making today gentle.")).to_be_visible()

    sam.goto("/daily/time/")
    sam.get_by_label("What you'll do").fill("Stargazing on the hill")
    sam.get_by_role("button", name="Plan it").click()
    alex.goto("/")
    expect(alex.get_by_text("Stargazing on the hill")).to_be_visible()

    alex.goto("/daily/promises/")
    open_promise = alex.locator("li", has_text="call your mum back about Christmas")
    open_promise.get_by_label("How did it go?").select_option("kept")
    open_promise.get_by_role("button", name="Mark").click()
    expect(alex.get_by_text("Sam: 1 of 1 kept")).to_be_visible()
    shots(alex, "09-promises.png")
