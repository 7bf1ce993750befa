"""Both partners take the check-up in a real Chromium, then one reads the report."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from conftest import People, log_in

from heartwork.checkup.instrument import load
from heartwork.checkup.steps import steps

sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
expect = sync_api.expect
pytestmark = pytest.mark.browser


def take_checkup(page: Any, choice: int) -> None:
    page.goto("/checkup/")
    page.get_by_role("button", name="Start").click()
    for step in steps(load())[:-1]:
        expect(page).to_have_url(re.compile(f"/checkup/take/{step.key}/$"))
        items = page.locator("fieldset.item")
        expect(items).to_have_count(len(step.items))  # a few at a time, never a wall
        for i, item in enumerate(step.items):
            # Neither partner is afraid of the other ("Not at all true" to the fear question).
            # ``choice`` is how well things go (0-6): a reverse-keyed sentence gets the
            # answer that says the same, as a person who means it would give.
            screen = load().dimension(item.dimension).screen
            given = 0 if screen else (6 - choice if item.reverse else choice)
            items.nth(i).get_by_role("radio").nth(given).check()
        page.get_by_role("button", name="Save and continue").click()
    expect(page).to_have_url(re.compile("/checkup/take/closeness/$"))
    page.get_by_role("radio").nth(4).check()
    page.get_by_role("button", name="Save and continue").click()
    total = len(load().item_keys)
    expect(page.get_by_text(f"{total} of {total} answered")).to_be_visible()
    expect(page.get_by_text("not shared").first).to_be_visible()  # nothing ticked yet
    for box in page.get_by_role("checkbox").all():
        box.check()
    page.get_by_role("button", name="Finish and share only what I ticked").click()
    expect(page.get_by_role("heading", name="Round 1: your report")).to_be_visible()


def test_both_partners_take_it_and_read_the_report(
    people: People, new_page: Callable[[], Any], shots: Callable[[Any, str], None]
) -> None:
    alice, bob = new_page(), new_page()
    log_in(alice, "alice@example.com")
    log_in(bob, "bob@example.com")
    take_checkup(alice, choice=5)
    expect(alice.get_by_text("When your partner has finished this round too")).to_be_visible()
    take_checkup(bob, choice=2)
    alice.reload()
    expect(alice.get_by_text("Bob, about you").first).to_be_visible()
    expect(alice.get_by_role("heading", name="To talk about together")).to_be_visible()
    expect(alice.get_by_role("heading", name="Places to grow, and how")).to_be_visible()
    shots(alice, "07-checkup-report.png")
