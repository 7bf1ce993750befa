"""In Chromium: the manifest is valid, the page is installable, the worker controls it, and
with the server gone a calm offline page shows; the worker's store holds nothing private."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from conftest import People, log_in

from heartwork.journal.services import journal_create

sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
expect = sync_api.expect
pytestmark = pytest.mark.browser

KEPT_URLS = """async () => {
  const urls = [];
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) { urls.push(new URL(request.url).pathname); }
  }
  return urls;
}"""
KEPT_TEXT = """async () => {
  let text = "";
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) { text += await (await cache.match(request)).text(); }
  }
  return text;
}"""


def test_installable_and_calm_offline_without_keeping_anything_private(
    people: People, new_page: Callable[[], Any], shots: Callable[[Any, str], None]
) -> None:
    journal_create(author=people.alice, title="A private worry", body="Only mine to read")
    page = new_page()
    log_in(page, "alice@example.com")
    page.goto("/journal/")
    expect(page.get_by_text("A private worry")).to_be_visible()
    # The worker registers, installs and takes control of the page.
    page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=15_000)
    manifest = page.evaluate(
        "async () => (await fetch(document.querySelector('link[rel=manifest]').href,"
        " {credentials: 'include'})).json()"
    )
    assert manifest["name"] == "Heartwork" and manifest["display"] == "standalone"
    cdp = page.context.new_cdp_session(page)
    errors = cdp.send("Page.getInstallabilityErrors")["installabilityErrors"]
    # A test browser's context is always incognito, where Chromium installs nothing; every
    # other reason (manifest, icons, worker, secure origin) would be listed here.
    assert [e for e in errors if e["errorId"] != "in-incognito"] == [], errors
    assert cdp.send("Page.getAppManifest")["errors"] == []
    # Private pages were visited; the worker kept only the shell and the offline page.
    page.goto("/journal/")
    kept = page.evaluate(KEPT_URLS)
    assert "/offline/" in kept
    assert all(url.startswith("/static/") or url == "/offline/" for url in kept), kept
    text = page.evaluate(KEPT_TEXT)
    assert "A private worry" not in text and "Alice" not in text
    # The server is gone: a calm page, and nothing of Alice's.
    page.context.set_offline(True)
    page.goto("/journal/")
    expect(page.get_by_role("heading", name="You're offline")).to_be_visible()
    expect(page.get_by_text("A private worry")).to_have_count(0)
    shots(page, "offline-page.png")
    page.context.set_offline(False)
