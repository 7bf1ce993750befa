"""The counselor's side: a report opened by its link, with no account.

Every answer here, the 404 included, is ``no-store``, ``noindex`` and sends no referrer,
so the link's token is not kept by a browser cache or a proxy, not indexed, and not told
to any other site. Unknown, expired and revoked links answer the same 404, which says
nothing about which it was.

The code form is exempt from Django's CSRF check: with ``Referrer-Policy: no-referrer``
browsers send ``Origin: null`` with a form, which the check refuses. A forged post could
only try a code against a report whose link the forger already holds, and each try counts
toward the report's hourly limit like any other (docs/security.md).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.views.decorators.csrf import csrf_exempt

from heartwork.core.errors import DomainError, RateLimited
from heartwork.report import fhir, services
from heartwork.report.forms import CodeForm
from heartwork.report.models import CounselorReport, ReportOpening
from heartwork.report.present import present

UNLOCK_COOKIE = "heartwork_report"
UNLOCK_SALT = "heartwork.report.unlocked"

View = Callable[..., HttpResponse]


def counselor_page(view: View) -> View:
    """The headers above on every answer, and one 404 for every link that opens nothing."""

    @wraps(view)
    def wrapped(request: HttpRequest, token: str) -> HttpResponse:
        try:
            response = view(request, token)
        except Http404:
            response = render(request, "report/counselor_missing.html", status=404)
        add_never_cache_headers(response)
        response["X-Robots-Tag"] = "noindex, nofollow, noarchive"
        response["Referrer-Policy"] = "no-referrer"
        return response

    return wrapped


def _unlocked(request: HttpRequest, report: CounselorReport) -> bool:
    if not report.has_code:
        return True
    value = request.get_signed_cookie(UNLOCK_COOKIE, default=None, salt=UNLOCK_SALT)
    return value == str(report.public_id)


def _open(request: HttpRequest, token: str) -> CounselorReport:
    """The live report, unlocked in this browser; else 404 (the code page is the page's own)."""
    report = services.report_by_link(token)
    if not _unlocked(request, report):
        raise Http404("Not found")
    return report


@csrf_exempt
@counselor_page
def counselor_report(request: HttpRequest, token: str) -> HttpResponse:
    report = services.report_by_link(token)
    if not _unlocked(request, report):
        return _code_page(request, report, token)
    services.report_opened(report=report, format=ReportOpening.Format.PAGE)
    snap = present(services.snapshot_of(report))
    return render(
        request, "report/counselor.html", {"snap": snap, "report": report, "token": token}
    )


def _code_page(request: HttpRequest, report: CounselorReport, token: str) -> HttpResponse:
    form = CodeForm(request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            services.report_unlock(report=report, code=form.cleaned_data["code"])
        except RateLimited as error:
            form.add_error("code", error.message)
            status = 429
        except DomainError as error:
            form.add_error("code", error.message)
        else:
            response = redirect("counselor_report", token=token)
            response.set_signed_cookie(
                UNLOCK_COOKIE,
                str(report.public_id),
                salt=UNLOCK_SALT,
                max_age=int((report.expires_at - timezone.now()).total_seconds()),
                path=request.path,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
            return response
    if form.errors and status == 200:
        status = 400
    return render(request, "report/counselor_code.html", {"form": form}, status=status)


@counselor_page
def counselor_pdf(request: HttpRequest, token: str) -> HttpResponse:
    # Imported here: fpdf2 (with fontTools and Pillow) takes a second or more to import,
    # which every server process and command would otherwise pay at start-up.
    from heartwork.report import pdf

    report = _open(request, token)
    services.report_opened(report=report, format=ReportOpening.Format.PDF)
    body = pdf.render(present(services.snapshot_of(report)))
    response = HttpResponse(body, content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="heartwork-report.pdf"'
    return response


@counselor_page
def counselor_fhir(request: HttpRequest, token: str) -> HttpResponse:
    report = _open(request, token)
    services.report_opened(report=report, format=ReportOpening.Format.FHIR)
    bundle = fhir.bundle(services.snapshot_of(report), report_id=str(report.public_id))
    response = JsonResponse(bundle, content_type="application/fhir+json")
    response["Content-Disposition"] = 'attachment; filename="heartwork-report.fhir.json"'
    return response
