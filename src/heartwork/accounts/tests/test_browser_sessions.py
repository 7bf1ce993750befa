"""Where you're signed in, on a 390-pixel phone with JavaScript off, in a real Chromium.

Alice signs in on her laptop and on her phone. On the phone, with scripts turned off,
she opens the list, sees both (the phone as "this browser"), nothing wider than the
screen, and signs the laptop out; the laptop's next page is the sign-in page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from conftest import People, log_in

from heartwork.accounts.tests.browsers import SAFARI_IPHONE

sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
expect = sync_api.expect
pytestmark = pytest.mark.browser
PHONE_WIDTH = 390


def test_a_phone_without_javascript_signs_the_laptop_out(
    people: People,
    chromium: Any,
    live_server: Any,
    new_page: Callable[[], Any],
    shots: Callable[[Any, str], None],
) -> None:
    laptop = new_page()
    log_in(laptop, "alice@example.com")
    expect(laptop.get_by_role("heading", name="Hello, Alice")).to_be_visible()

    context = chromium.new_context(
        base_url=live_server.url,
        viewport={"width": PHONE_WIDTH, "height": 844},
        java_script_enabled=False,
        user_agent=SAFARI_IPHONE,
    )
    context.set_default_timeout(5_000)
    try:
        phone = context.new_page()
        log_in(phone, "alice@example.com")
        phone.goto("/settings/")
        phone.get_by_role("link", name="Where you're signed in").click()
        cards = phone.locator("ul.sessions > li")
        expect(cards).to_have_count(2)
        expect(cards.first).to_contain_text("Mobile Safari on iOS 17 (iPhone)")
        expect(cards.first).to_contain_text("This browser")
        expect(cards.nth(1)).to_contain_text("Last seen")
        for box in [cards.nth(i).bounding_box() for i in range(2)]:
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE_WIDTH
        sign_out = phone.get_by_role("button", name="Sign it out")
        expect(sign_out).to_have_count(1)
        button = sign_out.bounding_box()
        assert button is not None and button["x"] + button["width"] <= PHONE_WIDTH
        shots(phone, "sessions-390px-no-js.png")

        sign_out.click()
        expect(phone.get_by_text("Done: that browser is signed out.")).to_be_visible()
        expect(cards).to_have_count(1)

        laptop.goto("/journal/")
        expect(laptop).to_have_url(f"{live_server.url}/accounts/login/?next=/journal/")
    finally:
        context.close()
