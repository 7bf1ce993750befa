"""Every response carries the security headers: each URL pattern, errors and static files.

The test walks the URL configuration itself, as test_authorization.py does, so a new
route is checked the day it is added. Each pattern is filled with sample values (the
walk asserts the sample resolves back to that pattern) and fetched by a stranger and by
a signed-in person; whatever the answer (a page, a redirect, a 404, a 405), it carries
the headers, and no HTML answer holds what the policy forbids (inline script or style).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence

import pytest
from conftest import People, client_for
from django.http import HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, path, resolve
from django.urls.resolvers import RegexPattern, RoutePattern

from heartwork import urls as heartwork_urls
from heartwork.core.headers import CONTENT_SECURITY_POLICY, PERMISSIONS_POLICY

EXPECTED = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "Permissions-Policy": PERMISSIONS_POLICY,
    "Cross-Origin-Resource-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Referrer-Policy": "same-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
}
SAMPLES = {"int": "1", "uuid": str(uuid.UUID(int=1)), "slug": "sample", "str": "sample"}


def _route_sample(route: str) -> str:
    return re.sub(r"<(?:(\w+):)?\w+>", lambda m: SAMPLES.get(m.group(1) or "str", "sample"), route)


def _regex_sample(regex: str) -> str:
    filled = re.sub(r"\(\?P<\w+>[^)]*\)", "sample1", regex)
    return filled.removeprefix("^").removesuffix("$").replace("\\", "")


def url_samples() -> list[tuple[str, str]]:
    """(route, a URL that resolves to it) for every pattern in the URL conf."""
    found: dict[str, str] = {}

    def walk(patterns: Sequence[object], route: str = "", url: str = "/") -> None:
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, route + _route(pattern), url + _sample(pattern.pattern))
            elif isinstance(pattern, URLPattern):
                # The API names one route once per method; one request covers them all.
                found.setdefault(route + _route(pattern), url + _sample(pattern.pattern))

    walk(get_resolver().url_patterns)
    return sorted(found.items())


def _route(pattern: URLPattern | URLResolver) -> str:
    """The pattern's part of the route, as Django joins it in ``ResolverMatch.route``."""
    return str(pattern.pattern).removeprefix("^")


def _sample(pattern: object) -> str:
    if isinstance(pattern, RoutePattern):
        return _route_sample(str(pattern))
    if isinstance(pattern, RegexPattern):
        return _regex_sample(str(pattern))
    raise AssertionError(f"Unknown URL pattern type {type(pattern)}: teach the header test")


# The counselor's report link carries its token in the path: those answers send no referrer.
NO_REFERRER_PREFIX = "/r/"


def assert_security_headers(response: HttpResponseBase, where: str) -> None:
    expected = dict(EXPECTED)
    if f" {NO_REFERRER_PREFIX}" in f" {where}":
        expected["Referrer-Policy"] = "no-referrer"
    for name, value in expected.items():
        assert response.get(name) == value, f"{where}: {name} is {response.get(name)!r}"


INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>")
EVENT_HANDLER = re.compile(r"<[^>]*\son[a-z]+\s*=", re.IGNORECASE)
INLINE_STYLE = re.compile(r"<style\b|<[^>]*\sstyle\s*=", re.IGNORECASE)


def assert_nothing_inline(response: HttpResponseBase, where: str) -> None:
    """What the policy forbids is not in the page either, so nothing is silently blocked."""
    if not response.get("Content-Type", "").startswith("text/html"):
        return
    html = response.content.decode()  # type: ignore[attr-defined]
    for what, pattern in (
        ("an inline script", INLINE_SCRIPT),
        ("an on… handler", EVENT_HANDLER),
        ("an inline style", INLINE_STYLE),
    ):
        found = pattern.search(html)
        assert found is None, f"{where} has {what}: {found.group(0) if found else ''}"


SAMPLED = url_samples()


def test_every_sample_url_resolves_to_its_own_pattern() -> None:
    """The control: the walk really reaches each pattern, not a catch-all next to it."""
    assert len(SAMPLED) > 50
    for route, url in SAMPLED:
        assert resolve(url).route == route, f"{url} resolved to {resolve(url).route}"


@pytest.mark.parametrize(("route", "url"), SAMPLED, ids=[route for route, _ in SAMPLED])
def test_every_url_pattern_answers_with_the_security_headers(
    people: People, route: str, url: str
) -> None:
    for who, client in (("a stranger", Client()), ("Alice", client_for(people.alice))):
        response = client.get(url)
        assert_security_headers(response, f"GET {url} as {who} ({response.status_code})")
        assert_nothing_inline(response, f"GET {url} as {who}")


def test_a_page_that_does_not_exist_has_them(db) -> None:
    response = Client().get("/no-such-page/")
    assert response.status_code == 404
    assert_security_headers(response, "the 404 page")


def test_a_refused_form_has_them(people: People) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(people.alice)
    response = client.post("/journal/new/", {"body": "no token"})
    assert response.status_code == 403
    assert_security_headers(response, "the CSRF failure page")


def broken(request: HttpRequest) -> HttpResponse:
    raise RuntimeError("a bug")


# Heartwork's own URLs and 500 page (it links to the quick exit), plus one that breaks.
urlpatterns = [path("broken/", broken), *heartwork_urls.urlpatterns]
handler500 = heartwork_urls.handler500


@pytest.mark.urls(__name__)
def test_a_server_error_has_them(db) -> None:
    response = Client(raise_request_exception=False).get("/broken/")
    assert response.status_code == 500
    assert_security_headers(response, "the 500 page")
    assert_nothing_inline(response, "the 500 page")


def test_static_files_have_them(settings) -> None:
    """WhiteNoise answers static files before Django's middleware; its hook adds them."""
    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True
    for url in ("/static/heartwork/site.css", "/static/vendor/htmx-2.0.11.min.js"):
        response = Client().get(url)
        assert response.status_code == 200, url
        assert_security_headers(response, url)


@pytest.mark.parametrize(
    "url", ["/", "/journal/new/", "/coach/", "/daily/", "/checkup/", "/accounts/email/"]
)
def test_pages_have_no_inline_script_or_style(people: People, url: str) -> None:
    """The control for the check in the walk: these pages are HTML and are looked at."""
    response = client_for(people.alice).get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert_nothing_inline(response, url)
