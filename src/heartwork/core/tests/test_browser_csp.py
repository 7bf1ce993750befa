"""The Content-Security-Policy in a real Chromium: nothing we serve is blocked by it.

A policy that blocks our own scripts would fail quietly (a dead quick exit, a hint that
never comes), so this test listens for every violation report and every console warning
about the headers while a person uses the scripted parts: the quick exit, the coach's
live hint (htmx), the copy buttons, and the API docs (Swagger UI).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from conftest import log_in, make_user

sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
expect = sync_api.expect
pytestmark = pytest.mark.browser
NEUTRAL_URL = "https://neutral.example/weather"
NEUTRAL_PAGE = "<!DOCTYPE html><title>Weather</title><h1>Weather</h1>"
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__violations.push(e.violatedDirective + " " + e.blockedURI + " " + e.sourceFile);
});
"""
HEADER_WORDS = ("Content Security Policy", "Content-Security-Policy", "Permissions-Policy")


def watch(page: Any) -> list[str]:
    """Console lines that speak of the policies, gathered for the whole visit."""
    problems: list[str] = []

    def hear(message: Any) -> None:
        if any(word in message.text for word in HEADER_WORDS):
            problems.append(message.text)

    page.context.add_init_script(RECORD_VIOLATIONS)
    page.on("console", hear)
    return problems


def violations(page: Any) -> list[str]:
    return list(page.evaluate("window.__violations || []"))


def test_our_scripts_and_the_api_docs_run_under_the_policy(
    new_page: Callable[[], Any], settings: Any
) -> None:
    settings.QUICK_EXIT_URL = NEUTRAL_URL
    make_user("robin@example.com", "Robin")
    page = new_page()
    problems = watch(page)
    page.context.route(
        "https://neutral.example/**",
        lambda route: route.fulfill(content_type="text/html; charset=utf-8", body=NEUTRAL_PAGE),
    )
    log_in(page, "robin@example.com")
    expect(page.get_by_role("heading", name="Hello, Robin")).to_be_visible()
    assert violations(page) == []

    # htmx asks the coach as the person types, and swaps the answer in.
    page.goto("/coach/")
    page.get_by_label("What you want to say").press_sequentially(
        "You never help with the dishes, you're so lazy.", delay=5
    )
    expect(page.locator("mark.harmful").first).to_be_visible()
    expect(page.get_by_role("button", name="Copy").first).to_be_visible()
    assert violations(page) == []

    page.goto("/journal/new/")
    page.locator("#id_body").press_sequentially("You're so selfish with the car.", delay=5)
    expect(page.locator("#coach-hint-body")).to_contain_text("A gentle thought")
    assert violations(page) == []

    # Swagger UI: its own script and stylesheet, the schema fetched from /api/.
    page.goto("/api/docs")
    expect(page.get_by_role("heading", name="Endpoints")).to_be_visible()
    # The schema is built on its first request: seconds on a busy machine (it once took
    # more than the default five in a PostgreSQL run at a load of 12).
    expect(page.locator(".opblock").first).to_be_visible(timeout=30_000)
    page.locator(".opblock-summary").first.click()
    expect(page.locator(".opblock-body").first).to_be_visible()
    assert violations(page) == []

    # The control: the policy is enforced and the listener hears it. An inline script
    # and a picture from another host are both refused.
    page.evaluate(
        """document.body.insertAdjacentHTML("beforeend", '<img src="https://tracker.example/p.gif">');
        const s = document.createElement("script"); s.textContent = "window.__ran = 1";
        document.body.appendChild(s);"""
    )
    page.wait_for_function("window.__violations.length >= 2")
    assert page.evaluate("window.__ran") is None
    assert {v.split(" ", 1)[0] for v in violations(page)} == {"img-src", "script-src-elem"}
    problems.clear()

    # The quick exit is a script of its own too.
    page.goto("/daily/")
    page.get_by_role("button", name="Quick exit", exact=True).click()
    expect(page).to_have_url(NEUTRAL_URL)

    assert problems == []
