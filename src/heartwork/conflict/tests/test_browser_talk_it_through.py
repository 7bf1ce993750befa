"""Talk it through now, in two Chromium contexts: a gentle start-up softened by the coach,
the partner's turns arriving without a reload, and a break with the clock moved on."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from conftest import Clock, People, log_in

from heartwork.conflict.tests.test_talk_it_through_now import HARSH_START

sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
expect = sync_api.expect
pytestmark = pytest.mark.browser
ARRIVES = 12_000  # ms: the page asks every 4 s


def test_talk_it_through_now_from_both_sides(
    people: People, clock: Clock, new_page: Callable[[], Any], shots: Callable[[Any, str], None]
) -> None:
    alice, bob = new_page(), new_page()
    alice.set_viewport_size({"width": 390, "height": 844})
    log_in(alice, "alice@example.com")
    log_in(bob, "bob@example.com")

    # A harsh start-up is held back; one tap takes the softer wording.
    alice.goto("/conflict/")
    alice.get_by_role("button", name="Not now").click()
    alice.get_by_label("What happened, in a few words").fill(HARSH_START)
    alice.get_by_label("Talk it through now").check()
    alice.get_by_role("button", name="Invite Bob").click()
    expect(alice.get_by_text("A gentle thought before this goes")).to_be_visible()
    shots(alice, "conflict-04-gentle-start-up-390.png")
    alice.get_by_role("button", name="Use this wording").first.click()
    expect(alice.get_by_text("You've invited Bob")).to_be_visible()

    bob.goto("/conflict/")
    bob.get_by_role("button", name="Not now").click()
    bob.locator(".entry-link").first.click()
    bob.get_by_role("button", name="Join").click()

    # Alice's page notices Bob joined, and Bob's notices what Alice says, without reloading.
    expect(alice.get_by_label("What I want to say")).to_be_visible(timeout=ARRIVES)
    alice.get_by_label("What I want to say").fill("I feel tired when the sink is full at night.")
    alice.get_by_role("button", name="Say it").click()
    expect(
        bob.get_by_text("I feel tired when the sink is full at night.", exact=True)
    ).to_be_visible(timeout=ARRIVES)
    expect(bob.get_by_label("What I heard you say")).to_be_visible()

    # Bob needs a moment: a break for both, and, twenty minutes on, the room opens again.
    bob.get_by_role("button", name="Take a break").click()
    expect(alice.get_by_text("A break, until")).to_be_visible(timeout=ARRIVES)
    expect(alice.get_by_text("Breathe out slowly")).to_be_visible()
    shots(alice, "conflict-05-break-390.png")
    clock.advance(minutes=21)
    bob.reload()
    bob.get_by_label("What I heard you say").fill("What I heard is you feel tired at night.")
    bob.get_by_role("button", name="Send my reflection").click()
    expect(alice.get_by_role("button", name="Yes, that's it")).to_be_visible(timeout=ARRIVES)
    alice.get_by_role("button", name="Yes, that's it").click()
    expect(bob.get_by_label("What I want to say")).to_be_visible(timeout=ARRIVES)
    shots(bob, "conflict-06-roles-swap.png")

    # Bob speaks and is heard too; then each says what they need, privately first.
    bob.get_by_label("What I want to say").fill("I feel stretched thin after work.")
    bob.get_by_role("button", name="Say it").click()
    expect(alice.get_by_label("What I heard you say")).to_be_visible(timeout=ARRIVES)
    alice.get_by_label("What I heard you say").fill("What I heard is you feel stretched thin.")
    alice.get_by_role("button", name="Send my reflection").click()
    expect(bob.get_by_role("button", name="Yes, that's it")).to_be_visible(timeout=ARRIVES)
    bob.get_by_role("button", name="Yes, that's it").click()
    # The answer lands before the reloads below, which would otherwise cut its page load.
    expect(bob.get_by_role("button", name="Yes, that's it")).to_have_count(0, timeout=ARRIVES)
    for page, need in ((bob, "To rest first."), (alice, "To share the evenings.")):
        page.reload()
        page.get_by_label("What I need").fill(need)
        page.get_by_role("button", name="Save what I need").click()
    expect(alice.get_by_text("To rest first.")).to_be_visible()

    # An option both say meets their needs, proposed by one and agreed by the other.
    alice.get_by_label("A way forward").fill("Dishes after a short rest")
    alice.get_by_role("button", name="Add this option").click()
    alice.get_by_role("button", name="Rate").click()
    bob.reload()
    bob.get_by_role("button", name="Rate").click()
    bob.get_by_label("How we settle it").select_option("agree")
    bob.get_by_role("button", name="Propose this").click()
    alice.reload()
    alice.get_by_role("button", name="Agree").click()
    expect(alice.get_by_text("You agreed: “Dishes after a short rest”")).to_be_visible()
    shots(alice, "conflict-07-agreed-390.png")
