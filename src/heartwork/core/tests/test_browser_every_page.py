"""Every page a couple can reach, shown in a real Chromium rather than claimed.

The demo couple (with weeks of history) is signed in, and every page is visited on a
phone (390x844) and a desktop (1280x900), each in light and dark: the pages are those the
URL conf routes without an id, plus every page their links lead to (one page for each
route, so the walk stays short). On each: no horizontal scroll, no request to another
host, and no accessibility problem that axe-core (from npm, see package.json) finds.
Each page's screenshot goes to test-artifacts/pages/.

One browser and one page are reused throughout: the colour scheme is switched in place,
so each page loads once per width. The run time is printed (``-s``) and kept small.

On CI's second pass over the suite (PostgreSQL, ``HEARTWORK_SECOND_DATABASE_PASS=1``) the
walk visits every page on the phone in light only: what a database can change, a page
that fails or a link that leads nowhere, shows there; widths and colours are the same
HTML and CSS on every database and were checked on the first pass.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from conftest import log_in
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.urls.exceptions import Resolver404

from heartwork.demo.couple import ALEX, DEMO_PASSWORD, demo_create

sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parents[4] / "node_modules" / "axe-core" / "axe.min.js"
SIZES = {"phone": (390, 844), "desktop": (1280, 900)}
SECOND_PASS = os.environ.get("HEARTWORK_SECOND_DATABASE_PASS") == "1"
SCHEMES = ("light",) if SECOND_PASS else ("light", "dark")
# Not pages: they sign out, leave, download a file, or answer machines.
NOT_PAGES = re.compile(
    r"^/(exit/|accounts/logout/|health/|api/(?!docs)|static/|settings/export/json/"
    r"|reports/[^/]+/(pdf|fhir)|r/)"
)
API_DOCS = "/api/docs"
PUBLIC_PAGES = ["/accounts/login/", "/accounts/signup/", "/accounts/password/reset/"]
# Every rule in light; in dark only what the colours change (contrast), to keep it quick.
RUN_AXE = """async (onlyContrast) => {
  const options = {resultTypes: ["violations"]};
  if (onlyContrast) { options.runOnly = {type: "rule", values: ["color-contrast"]}; }
  const result = await axe.run(document, options);
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 3).map(n => n.target.join(" ") + " " + n.failureSummary),
  }));
}"""
SCROLLS_SIDEWAYS = (
    "() => document.documentElement.scrollWidth > document.documentElement.clientWidth"
)
# Links of a navigation bar that lie outside the window, hidden behind a scroll.
NAV_OFF_SCREEN = """() => [...document.querySelectorAll("nav a")]
  .filter(a => { const r = a.getBoundingClientRect();
                 return r.left < 0 || r.right > document.documentElement.clientWidth; })
  .map(a => a.textContent.trim())"""


def routes_without_ids(
    patterns: list[URLPattern | URLResolver] | None = None, prefix: str = ""
) -> Iterator[str]:
    """Paths of every route in the URL conf that needs no id filled in."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = str(pattern.pattern)
        if "<" in route or route.startswith("^"):
            continue
        if isinstance(pattern, URLResolver):
            yield from routes_without_ids(pattern.url_patterns, prefix + route)
        else:
            yield "/" + prefix + route


def route_of(path: str) -> str | None:
    try:
        return str(resolve(path).route)
    except Resolver404:
        return None


class Walk:
    """Visits pages, one for each route, and gathers what it finds wrong."""

    def __init__(self, page: Any, origin: str, shots: Path) -> None:
        self.page = page
        self.origin = origin
        self.shots = shots
        self.seen_routes: set[str] = set()
        self.visited: list[str] = []
        self.problems: list[str] = []
        self.elsewhere: set[str] = set()
        page.context.on("request", self._request)

    def _request(self, request: Any) -> None:
        url = urlsplit(request.url)
        if url.scheme in ("http", "https") and f"{url.scheme}://{url.netloc}" != self.origin:
            self.elsewhere.add(request.url)

    def worth_visiting(self, path: str) -> bool:
        if NOT_PAGES.match(path):
            return False
        route = route_of(path)
        if route is None or route in self.seen_routes:
            return False
        self.seen_routes.add(route)
        return True

    def links(self) -> list[str]:
        hrefs = self.page.eval_on_selector_all(
            "a[href]:not([download])", "links => links.map(a => a.href)"
        )
        found = []
        for href in hrefs:
            url = urlsplit(href)
            if f"{url.scheme}://{url.netloc}" == self.origin:
                found.append(url.path)
        return found

    def check(self, path: str, size: str, *, shoot: bool) -> bool:
        """Check one page at one size, light and dark; False if it is not a page."""
        asked = self.page.request.get(path)
        if asked.status in (404, 405) or "text/html" not in asked.headers.get("content-type", ""):
            # A form's target, a file, or a route that isn't this couple's (an
            # authenticator they never set up): not a page for them.
            return False
        if asked.status >= 500:
            self.problems.append(f"{path}: answered {asked.status}")
            return False
        self.page.goto(path)
        if path == API_DOCS:
            # Swagger UI draws the reference after the page loads: check what it drew.
            self.page.wait_for_selector("#swagger-ui .opblock")
        for scheme in SCHEMES:
            self.page.emulate_media(color_scheme=scheme)
            where = f"{path} ({size}, {scheme})"
            if self.page.evaluate(SCROLLS_SIDEWAYS):
                self.problems.append(f"{where}: scrolls sideways")
            if hidden := self.page.evaluate(NAV_OFF_SCREEN):
                self.problems.append(f"{where}: navigation off-screen: {hidden}")
            for violation in self.page.evaluate(RUN_AXE, scheme == "dark"):
                self.problems.append(f"{where}: axe {json.dumps(violation)}")
            # The whole page on a phone in light; the first screen on a desktop in dark.
            if shoot and (size, scheme) in (("phone", "light"), ("desktop", "dark")):
                route = re.sub(r"<[^>]+>", "id", route_of(path) or path)
                name = (route.strip("/").replace("/", "_") or "today") + f"-{size}-{scheme}.png"
                self.page.screenshot(path=self.shots / name, full_page=size == "phone")
        return True

    def crawl(self, start: list[str], size: str) -> None:
        """Visit ``start`` and every page reached by links, once for each route."""
        queue = [path for path in start if self.worth_visiting(path)]
        while queue:
            path = queue.pop(0)
            if not self.check(path, size, shoot=True):
                continue
            self.visited.append(path)
            for link in self.links():
                if self.worth_visiting(link):
                    queue.append(link)
                    if self.page.request.get(link).status == 404:
                        self.problems.append(f"{path}: links to {link}, which is not found")


def viewport(size: str) -> dict[str, int]:
    width, height = SIZES[size]
    return {"width": width, "height": height}


@pytest.fixture
def demo_couple(transactional_db: Any) -> None:
    demo_create()


def test_every_page_fits_stays_home_and_passes_axe(
    chromium: Any, live_server: Any, demo_couple: None, pytestconfig: pytest.Config
) -> None:
    assert AXE.exists(), "axe-core is missing: run `npm ci` (make test does)"
    shots = pytestconfig.rootpath / "test-artifacts" / "pages"
    shots.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    context = chromium.new_context(base_url=live_server.url, viewport=viewport("phone"))
    context.set_default_timeout(15_000)
    context.add_init_script(path=str(AXE))
    page = context.new_page()
    walk = Walk(page, live_server.url, shots)

    public = [path for path in PUBLIC_PAGES if walk.check(path, "phone", shoot=True)]
    walk.visited.extend(public)
    page.set_viewport_size(viewport("desktop"))
    for path in [] if SECOND_PASS else public:
        walk.check(path, "desktop", shoot=True)
    page.set_viewport_size(viewport("phone"))
    log_in(page, ALEX.email, DEMO_PASSWORD)
    page.wait_for_url(re.compile(r"/$"))
    walk.seen_routes.update(route_of(path) or path for path in PUBLIC_PAGES)  # seen already
    walk.crawl(["/", *routes_without_ids()], "phone")
    signed_in = [path for path in walk.visited if path not in public]

    page.set_viewport_size(viewport("desktop"))
    for path in [] if SECOND_PASS else signed_in:
        walk.check(path, "desktop", shoot=True)
    context.close()

    elapsed = time.monotonic() - started
    sizes = "the phone in light" if SECOND_PASS else "2 sizes x 2 schemes"
    print(f"\n{len(walk.visited)} pages, {sizes}, in {elapsed:.0f} s")
    assert len(signed_in) >= 25, walk.visited
    assert walk.elsewhere == set()
    assert walk.problems == [], "\n".join(walk.problems)
