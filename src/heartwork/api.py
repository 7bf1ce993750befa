"""The HTTP API under /api/: one NinjaAPI, routers from each app, OpenAPI at /api/docs.

Two ways in: the browser session (with CSRF, for the web app's own scripts) and
personal access tokens (``Authorization: Bearer hw_…``) for scripts.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI, Swagger
from ninja.errors import HttpError
from ninja.openapi.schema import OpenAPISchema
from ninja.security import HttpBearer, SessionAuth

from heartwork.accounts import services as account_services
from heartwork.accounts.api import router as accounts_router
from heartwork.accounts.models import ApiToken
from heartwork.accounts.sessions_api import router as sessions_router
from heartwork.checkup.api import router as checkup_router
from heartwork.coach.web.api import router as coach_router
from heartwork.conflict.api import router as conflict_router
from heartwork.core.errors import DomainError, RateLimited
from heartwork.counseling.api import router as counseling_router
from heartwork.daily.api import router as daily_router
from heartwork.export.api import router as export_router
from heartwork.journal.api import router as journal_router
from heartwork.report.api import router as report_router
from heartwork.safety.api import router as safety_router
from heartwork.together.api import router as together_router

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class TokenAuth(HttpBearer):
    """``Authorization: Bearer hw_…``: the token's owner, within the token's scope."""

    def authenticate(self, request: HttpRequest, token: str) -> ApiToken | None:
        found = account_services.api_token_authenticate(token)
        if found.expired:
            raise HttpError(
                401, "This token has expired. Make a new one under Settings → API tokens."
            )
        if found.token is None:
            return None
        if request.method in WRITE_METHODS and not found.token.can_write:
            raise HttpError(
                403,
                "This token is read-only, so it can't change anything. Make a read-and-write "
                "token under Settings → API tokens if this script needs to write.",
            )
        request.user = found.token.user
        return found.token


class BrowserSession(SessionAuth):
    """The web app's own session cookie, with Django's CSRF check on writes.

    A request without the cookie is a script's, not a browser's: it is left to the token,
    so an unknown or revoked token answers 401 as documented, where a write used to get
    403 "CSRF check Failed" (found by schemathesis). Without a session cookie there is no
    cookie-borne login for a forged request to ride on, so skipping the check loses
    nothing."""

    def _get_key(self, request: HttpRequest) -> str | None:
        if self.param_name not in request.COOKIES:
            return None
        return super()._get_key(request)


class HeartworkAPI(NinjaAPI):
    def get_openapi_schema(self, **kwargs: Any) -> OpenAPISchema:
        """Declare on every operation the answers that authentication can give."""
        schema = super().get_openapi_schema(**kwargs)
        for methods in schema["paths"].values():
            for method, operation in methods.items():
                if not operation.get("security"):
                    continue
                # Ninja keys statuses by number, and JSON would repeat a number given as text.
                responses = {str(code): answer for code, answer in operation["responses"].items()}
                operation["responses"] = responses
                responses.setdefault(
                    "401", {"description": "Not signed in, or the token is unknown or expired"}
                )
                if method.upper() in WRITE_METHODS:
                    responses.setdefault(
                        "403",
                        {"description": "A read-only token, or a session without its CSRF token"},
                    )
        return schema


api = HeartworkAPI(
    title="Heartwork API",
    version="1",
    description=(
        "Everything a partner can do in Heartwork's web app, for scripts and other apps. "
        "Sign in with the browser session or with a personal access token "
        "(`Authorization: Bearer hw_…`, made under Settings → API tokens). "
        "A token is read-only or read-write: a read-only token gets 403 on POST, PUT, "
        "PATCH and DELETE. A token expires (after 90 days unless chosen otherwise); an "
        "expired or revoked token gets 401, and a password change ends every token. "
        "An id you may not see answers 404."
    ),
    auth=[TokenAuth(), BrowserSession()],
    urls_namespace="api",
    # No deep links: each operation's path would be a link inside the button that opens
    # it, which screen readers and keyboards cannot reach (axe: nested-interactive).
    docs=Swagger(settings={"deepLinking": False}),
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
api.add_router("/sessions", sessions_router)
api.add_router("/journal", journal_router)
api.add_router("/coach", coach_router)
api.add_router("/checkup", checkup_router)
api.add_router("/daily", daily_router)
api.add_router("/export", export_router)
api.add_router("/safety", safety_router)
api.add_router("/counseling", counseling_router)
api.add_router("/reports", report_router)
api.add_router("/conflict", conflict_router)
api.add_router("/together", together_router)
