"""The HTTP API under /api/: one NinjaAPI, routers from each app, OpenAPI at /api/docs.

Two ways in: the browser session (with CSRF, for the web app's own scripts) and
personal access tokens (``Authorization: Bearer hw_…``) for scripts.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.security import HttpBearer, django_auth

from heartwork.accounts import services as account_services
from heartwork.accounts.api import router as accounts_router
from heartwork.checkup.api import router as checkup_router
from heartwork.coach.web.api import router as coach_router
from heartwork.core.errors import DomainError, RateLimited
from heartwork.daily.api import router as daily_router
from heartwork.journal.api import router as journal_router


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any:
        user = account_services.api_token_authenticate(token)
        if user is not None:
            request.user = user
        return user


api = NinjaAPI(
    title="Heartwork API",
    version="1",
    description=(
        "Everything a partner can do in Heartwork's web app, for scripts and other apps. "
        "Sign in with the browser session or with a personal access token "
        "(`Authorization: Bearer hw_…`, made under Settings → API tokens). "
        "An id you may not see answers 404."
    ),
    auth=[TokenAuth(), django_auth],
    urls_namespace="api",
)


@api.exception_handler(DomainError)
def domain_error(request: HttpRequest, exc: DomainError) -> HttpResponse:
    return api.create_response(request, {"detail": exc.message}, status=400)


@api.exception_handler(RequestDataTooBig)
def too_big(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
    detail = "The request is too large. Send less text at a time."
    return api.create_response(request, {"detail": detail}, status=400)


@api.exception_handler(RateLimited)
def rate_limited(request: HttpRequest, exc: RateLimited) -> HttpResponse:
    response = api.create_response(request, {"detail": exc.message}, status=429)
    response["Retry-After"] = str(exc.retry_after)
    return response


api.add_router("/", accounts_router)
api.add_router("/journal", journal_router)
api.add_router("/coach", coach_router)
api.add_router("/checkup", checkup_router)
api.add_router("/daily", daily_router)
