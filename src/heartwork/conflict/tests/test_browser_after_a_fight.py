"""After a fight, in a real Chromium, with two people in two browsers: both write, the
reveal, a reflection confirmed, an apology and its reply, a plan that becomes a promise."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from conftest import People, log_in

from heartwork.conflict.tests import steps

sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
expect = sync_api.expect
pytestmark = pytest.mark.browser


def send(page: Any, label: str, words: str, button: str) -> None:
    page.get_by_label(label).fill(words)
    page.get_by_role("button", name=button).click()
    expect(page.get_by_text("Sent.")).to_be_visible()


def test_after_a_fight_from_both_sides(
    people: People, new_page: Callable[[], Any], shots: Callable[[Any, str], None]
) -> None:
    alice, bob = new_page(), new_page()
    bob.set_viewport_size({"width": 390, "height": 844})
    log_in(alice, "alice@example.com")
    log_in(bob, "bob@example.com")

    # Alice opens it; the private questions are offered once, and she skips them.
    alice.goto("/conflict/")
    alice.get_by_role("button", name="Not now").click()
    alice.get_by_label("What happened, in a few words").fill(steps.TITLE)
    alice.get_by_role("button", name="Invite Bob").click()
    expect(alice.get_by_text("You've invited Bob")).to_be_visible()

    bob.goto("/")
    expect(bob.get_by_text("Alice would like to work through something with you")).to_be_visible()
    bob.goto("/conflict/")
    bob.get_by_role("button", name="Not now").click()  # the private questions, skipped
    bob.get_by_role("link", name=steps.TITLE).click()
    bob.get_by_role("button", name="Join").click()

    # Each writes privately; nothing opens until both have.
    for page, side in ((alice, steps.ALICE_SIDE), (bob, steps.BOB_SIDE)):
        page.reload()
        page.get_by_label("tired", exact=True).check()
        page.get_by_label("What it was like from where I stood").fill(side)
        page.get_by_label("What it touched in me").fill("Feeling alone with it.")
        page.get_by_role("button", name="Save my side").click()
        if page is alice:
            expect(alice.get_by_text("Your side is sealed.")).to_be_visible()
            bob.reload()
            expect(bob.get_by_text(steps.ALICE_SIDE)).to_have_count(0)
    expect(bob.get_by_text(steps.ALICE_SIDE)).to_be_visible()
    alice.reload()
    expect(alice.get_by_text(steps.BOB_SIDE)).to_be_visible()
    shots(bob, "conflict-01-both-sides-390.png")

    # Reflections until "yes, that's it".
    send(
        bob,
        "What I heard you say",
        "What I heard is you felt alone with the kitchen.",
        "Send my reflection",
    )
    alice.reload()
    alice.get_by_role("button", name="Yes, that's it").click()
    send(
        alice,
        "What I heard you say",
        "What I heard is you were worn out and fell asleep.",
        "Send my reflection",
    )
    bob.reload()
    bob.get_by_role("button", name="Yes, that's it").click()

    # Each one's part, an apology and its reply, a plan each.
    alice.reload()
    send(
        alice,
        "My part, and what I regret",
        "I snapped before asking what happened.",
        "Share my part",
    )
    send(
        bob, "My part, and what I regret", "I left it for later and said nothing.", "Share my part"
    )
    send(bob, "My apology", "I'm sorry I left it all for you.", "Offer my apology")
    alice.reload()
    expect(alice.get_by_text("In reply to: I'm sorry I left it all for you.")).to_be_visible()
    alice.get_by_role("button", name="I accept your apology").click()
    send(alice, "Next time, I will…", "I will ask before I assume.", "Share my plan")
    send(bob, "Next time, I will…", "I will do the dishes before the match.", "Share my plan")
    shots(bob, "conflict-02-turns-390.png")

    # Alice's plan becomes a promise Bob can mark; then they call it repaired.
    alice.reload()
    alice.get_by_role("button", name="Make it a promise").click()
    expect(alice.get_by_text("It's in your promises now")).to_be_visible()
    bob.goto("/daily/promises/")
    expect(bob.get_by_text("I will ask before I assume.")).to_be_visible()
    alice.get_by_role("button", name="We've made up").click()
    expect(alice.get_by_text("Repaired", exact=True)).to_be_visible()
    shots(alice, "conflict-03-repaired.png")
