"""The second step in a real Chromium, at a phone's width (390 px).

An authenticator app: set up from settings (password again, the key read off the page,
a code typed), the recovery codes shown once, then signing out and in again with the
password and a code. Passkeys: Chromium's virtual authenticator (through the DevTools
protocol) stands in for a phone's fingerprint reader; a passkey is added from settings
and then signs in on its own. Neither visit trips the Content-Security-Policy.
Screenshots go to test-artifacts/browser/.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from conftest import PASSWORD, log_in, make_user

from heartwork.accounts.tests.second_step import app_code
from heartwork.core.tests.test_browser_csp import violations, watch

sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
expect = sync_api.expect
pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}


def fits_the_screen(page: Any) -> bool:
    return bool(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))


def open_second_step_settings(page: Any) -> None:
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Settings").click()
    page.get_by_role("link", name="A second step at sign-in").click()
    expect(page.get_by_role("heading", name="A second step at sign-in")).to_be_visible()


def confirm_password(page: Any) -> None:
    expect(page.get_by_role("heading", name="First, confirm it's you")).to_be_visible()
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Continue").click()


def log_out(page: Any) -> None:
    page.get_by_role("button", name="Log out").click()
    expect(page.get_by_role("heading", name="Welcome back")).to_be_visible()


def test_setting_up_an_app_and_signing_in_with_a_code(
    new_page: Callable[[], Any], shots: Callable[[Any, str], None]
) -> None:
    make_user("robin@example.com", "Robin")
    page = new_page()
    page.set_viewport_size(PHONE)
    problems = watch(page)
    log_in(page, "robin@example.com")
    expect(page.get_by_role("heading", name="Hello, Robin")).to_be_visible()

    open_second_step_settings(page)
    page.get_by_role("link", name="Set up an authenticator app").click()
    confirm_password(page)
    expect(page.get_by_role("heading", name="Set up an authenticator app")).to_be_visible()
    expect(page.get_by_role("img", name="A QR code for your authenticator app")).to_be_visible()
    secret = page.locator("#totp-key").inner_text().replace(" ", "")
    assert fits_the_screen(page)
    shots(page, "second-step-01-set-up-390.png")

    page.get_by_label("Code").fill(app_code(secret, seconds_to_type=8))
    page.get_by_role("button", name="Turn on the second step").click()
    expect(page.get_by_role("heading", name="Your recovery codes")).to_be_visible()
    expect(page.locator("#recovery-codes li")).to_have_count(10)
    assert fits_the_screen(page)
    shots(page, "second-step-02-recovery-codes-390.png")
    page.get_by_role("link", name="I've kept them somewhere safe").click()
    expect(page.get_by_text("On", exact=True)).to_be_visible()
    expect(page.get_by_text("10 of 10 codes left.")).to_be_visible()
    assert fits_the_screen(page)
    shots(page, "second-step-03-settings-390.png")

    log_out(page)
    log_in(page, "robin@example.com")
    expect(page.get_by_role("heading", name="One more step")).to_be_visible()
    page.get_by_label("Code").fill("000000" if app_code(secret) != "000000" else "111111")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_text("That code isn't right.")).to_be_visible()
    assert fits_the_screen(page)
    shots(page, "second-step-04-sign-in-390.png")
    page.get_by_label("Code").fill(app_code(secret, seconds_to_type=8))
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Hello, Robin")).to_be_visible()
    assert violations(page) == []
    assert problems == []


def test_adding_a_passkey_and_signing_in_with_it(
    new_page: Callable[[], Any], shots: Callable[[Any, str], None]
) -> None:
    make_user("sam@example.com", "Sam")
    page = new_page()
    page.set_viewport_size(PHONE)
    problems = watch(page)
    devtools = page.context.new_cdp_session(page)
    devtools.send("WebAuthn.enable")
    devtools.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
                "automaticPresenceSimulation": True,
            }
        },
    )
    log_in(page, "sam@example.com")
    expect(page.get_by_role("heading", name="Hello, Sam")).to_be_visible()

    open_second_step_settings(page)
    page.get_by_role("link", name="Add a passkey on this device").click()
    confirm_password(page)
    expect(page.get_by_role("heading", name="Add a passkey")).to_be_visible()
    expect(page.get_by_label("Let it sign me in without my password")).to_be_checked()
    assert fits_the_screen(page)
    shots(page, "second-step-05-add-passkey-390.png")
    page.get_by_role("button", name="Add a passkey").click()
    expect(page.get_by_text("Your passkey is added.")).to_be_visible()
    expect(page.get_by_role("heading", name="Your recovery codes")).to_be_visible()
    page.get_by_role("link", name="I've kept them somewhere safe").click()
    expect(page.get_by_text("You have 1 passkey.")).to_be_visible()

    log_out(page)
    page.get_by_role("button", name="Use a passkey instead").click()
    expect(page.get_by_role("heading", name="Hello, Sam")).to_be_visible()
    assert violations(page) == []
    assert problems == []
