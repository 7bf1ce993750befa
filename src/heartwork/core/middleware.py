"""Response headers that keep private pages private and pages our own."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils.cache import add_never_cache_headers

from heartwork.core import request_scope
from heartwork.core.headers import add_security_headers


class RequestScopeMiddleware:
    """Look up the reader's couple and partner once per request, not once per query.

    Pages read several kinds of couple data, and each read needs the reader's couple;
    ``core.request_scope`` remembers it (and the help lines) until the answer is made.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        with request_scope.scope():
            return self.get_response(request)


class SecurityHeadersMiddleware:
    """Content-Security-Policy, Permissions-Policy and cross-origin isolation on every answer.

    Static files get the same headers from WhiteNoise's hook (``add_static_headers``),
    because WhiteNoise answers them before this middleware runs.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        add_security_headers(response.headers)
        return response


class PrivateResponsesMiddleware:
    """Never let a browser or proxy keep a copy of a signed-in page.

    After a quick exit, the back button and the browser cache must not show what the
    person was reading, so every page for a signed-in user is ``no-store``.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            add_never_cache_headers(response)
        return response
