"""A couple's first evening with Heartwork, in a real Chromium.

Two people sign up in separate browsers; the first invites the second from "Us" and
the second joins by the link. The first writes one shared and one private journal
entry; the second sees only the shared one, and the private one's address is a 404.
Last, the second person uses "Quick exit", and pressing back lands on the neutral
site again rather than on a Heartwork page (safety/tests/test_browser_quick_exit.py
shows the rest: the page blanks first, and the session ends). Screenshots go to test-artifacts/browser/.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from conftest import PASSWORD, emailed_link

sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
expect = sync_api.expect
pytestmark = pytest.mark.browser
NEUTRAL_URL = "https://neutral.example/weather"
NEUTRAL_PAGE = "<!DOCTYPE html><title>Weather</title><h1>Weather</h1><p>Sunny and mild all day.</p>"


def sign_up(page: Any, name: str, email: str) -> None:
    page.goto("/accounts/signup/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Your first name or nickname").fill(name)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password (again)").fill(PASSWORD)
    page.get_by_role("button", name="Make my account").click()
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    page.goto(emailed_link(email, "/accounts/confirm-email/"))
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("heading", name=f"Hello, {name}")).to_be_visible()


def write_entry(page: Any, title: str, body: str, *, shared: bool) -> str:
    page.goto("/journal/new/")
    page.get_by_label("Title (optional)").fill(title)
    page.get_by_label("What's in your heart").fill(body)
    page.get_by_label("Share this entry with my partner").set_checked(shared)
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Saved to your journal.")).to_be_visible()
    expect(page).to_have_url(re.compile(r"/journal/[0-9a-f-]{36}/$"))
    return page.url.rstrip("/").rsplit("/", 1)[1]


def test_couple_journey(
    new_page: Callable[[], Any],
    shots: Callable[[Any, str], None],
    settings: Any,
    live_server: Any,
) -> None:
    # 1. Two people sign up, each in their own browser.
    ada, ben = new_page(), new_page()
    sign_up(ada, "Ada", "ada@example.com")
    sign_up(ben, "Ben", "ben@example.com")
    shots(ada, "01-signup.png")

    # 2. Ada makes an invitation on "Us" and reads its code and link.
    ada.get_by_role("navigation").get_by_role("link", name="Us").click()
    ada.get_by_role("button", name="Make an invitation").click()
    expect(ada.locator("#invite-code")).to_have_text(re.compile(r"^\w{4}-\w{4}$"))
    code = ada.locator("#invite-code").inner_text().strip()
    invite_link = ada.locator("#invite-link").input_value()
    assert code and "/couple/join/" in invite_link
    shots(ada, "02-invitation.png")

    # 3. Ben opens the link and joins; his "Us" page now names Ada.
    ben.goto(invite_link)
    expect(ben.get_by_role("heading", name="Join Ada on Heartwork")).to_be_visible()
    ben.get_by_role("button", name="Join Ada").click()
    expect(ben.get_by_text("You're linked.")).to_be_visible()
    ben.goto("/couple/")
    expect(ben.get_by_text("You and Ada have shared this space")).to_be_visible()
    shots(ben, "03-linked.png")

    # 4. Ada writes one shared entry and one private one.
    shared_body = "I loved the quiet walk by the river tonight."
    private_body = "I am still nervous about the new job."
    write_entry(ada, "For you", shared_body, shared=True)
    private_id = write_entry(ada, "Only mine", private_body, shared=False)

    # 5. Ben sees exactly the shared entry; the private one is "not found".
    ben.goto("/journal/")
    entries = ben.locator("ul.entries > li")
    expect(entries).to_have_count(1)
    expect(entries).to_contain_text("For you")
    expect(entries).to_contain_text("from Ada")
    expect(ben.get_by_text("Only mine")).to_have_count(0)
    shots(ben, "04-partner-journal.png")
    entries.get_by_role("link").click()
    expect(ben.get_by_role("heading", name="For you")).to_be_visible()
    expect(ben.get_by_text(shared_body)).to_be_visible()
    expect(ben.get_by_text("Ada shared this with you")).to_be_visible()
    response = ben.goto(f"/journal/{private_id}/")
    assert response is not None and response.status == 404
    expect(ben.get_by_role("heading", name="We couldn't find that")).to_be_visible()
    expect(ben.get_by_text(private_body)).to_have_count(0)

    # 6. Quick exit: leave for a neutral site, and "back" leaves again.
    settings.QUICK_EXIT_URL = NEUTRAL_URL
    ben.context.route(
        "https://neutral.example/**",
        lambda route: route.fulfill(content_type="text/html; charset=utf-8", body=NEUTRAL_PAGE),
    )
    ben.goto("/")
    ben.goto("/journal/")
    ben.get_by_role("button", name="Quick exit", exact=True).click()
    expect(ben).to_have_url(NEUTRAL_URL)
    expect(ben.get_by_role("heading", name="Weather")).to_be_visible()
    back = ben.go_back()  # to a Heartwork page (signed out now), which must leave again at once
    assert back is not None and back.url.startswith(f"{live_server.url}/")
    expect(ben).to_have_url(NEUTRAL_URL)
    expect(ben.get_by_role("heading", name="Weather")).to_be_visible()
    expect(ben.get_by_text("Heartwork")).to_have_count(0)
    shots(ben, "05-quick-exit.png")
