"""The API reference passes axe-core while someone uses it, not only as it first loads.

The walk over every page checks /api/docs as it opens. Opening operations and trying one
draws more of Swagger UI: its "Execute" and "Cancel" buttons (light colours of its own)
and one unnamed "responses" region per open operation, which read as identical landmarks.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("playwright.sync_api", reason="pip install playwright")
pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parents[4] / "node_modules" / "axe-core" / "axe.min.js"
VIOLATIONS = """async () => (await axe.run(document, {resultTypes: ["violations"]})).violations
  .map(v => v.id + ": " + v.nodes.slice(0, 2).map(n => n.target.join(" ")).join(", "))"""


def test_two_open_operations_and_a_try_pass_axe_on_a_phone(chromium: Any, live_server: Any) -> None:
    assert AXE.exists(), "axe-core is missing: run `npm ci` (make test does)"
    context = chromium.new_context(base_url=live_server.url, viewport={"width": 390, "height": 844})
    context.set_default_timeout(15_000)
    context.add_init_script(path=str(AXE))
    page = context.new_page()
    page.goto("/api/docs")
    page.wait_for_selector("#swagger-ui .opblock")
    summaries = page.locator(".opblock-summary-control")
    summaries.nth(0).click()
    summaries.nth(2).click()
    page.locator(".try-out__btn").first.click()
    page.wait_for_selector(".btn.execute")
    assert page.locator(".responses-table[role='region']").count() >= 2
    assert page.evaluate(VIOLATIONS) == []
    assert page.evaluate(
        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )
    context.close()
