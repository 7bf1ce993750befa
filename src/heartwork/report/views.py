"""The author's pages: build a report (with a preview), see one's reports, end a link.

Every page here is the author's own and never cached. The link and code are shown once,
right after sharing: only their hashes are kept.
"""

from __future__ import annotations

from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from heartwork.core.errors import DomainError
from heartwork.core.http import signed_in_user
from heartwork.report import selectors, services
from heartwork.report.forms import BuildForm
from heartwork.report.present import present
from heartwork.report.sections import choices_for

JUST_SHARED = "report_just_shared"  # session key: the new link and code, shown once


@never_cache
@login_required
def report_list(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    reports = selectors.reports_of(user)[: selectors.PAGE]
    return render(request, "report/list.html", {"reports": reports})


@never_cache
@login_required
def report_new(request: HttpRequest) -> HttpResponse:
    """Choose the parts, preview them, then share. Works the same without JavaScript."""
    user = signed_in_user(request)
    choices = choices_for(user)
    form = BuildForm(request.POST or None, choices=choices)
    preview = None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if "share" in request.POST:
                shared = services.report_create(
                    user=user,
                    sections=data["sections"],
                    days=data["days"],
                    with_code=data["with_code"],
                    label=data["label"],
                )
                request.session[JUST_SHARED] = {
                    "id": str(shared.report.public_id),
                    "link": request.build_absolute_uri(
                        reverse("counselor_report", args=[shared.token])
                    ),
                    "code": shared.code,
                }
                return redirect("report_detail", report_id=shared.report.public_id)
            preview = present(services.report_preview(user=user, sections=data["sections"]))
        except DomainError as error:
            form.add_error("sections", error.message)
    status = 400 if form.errors else 200
    context = {"form": form, "choices": choices, "preview": preview}
    return render(request, "report/new.html", context, status=status)


@never_cache
@login_required
def report_detail(request: HttpRequest, report_id: UUID) -> HttpResponse:
    user = signed_in_user(request)
    report = selectors.report_of(user, report_id)
    just = request.session.get(JUST_SHARED)
    if just and just.get("id") == str(report.public_id):
        del request.session[JUST_SHARED]
    else:
        just = None
    context = {
        "report": report,
        "openings": selectors.openings_of(report),
        "opened": report.openings.count(),
        "snap": present(services.snapshot_of(report)),
        "just": just,
    }
    return render(request, "report/detail.html", context)


@login_required
@require_POST
def report_revoke(request: HttpRequest, report_id: UUID) -> HttpResponse:
    report = services.report_revoke(user=signed_in_user(request), report_id=report_id)
    messages.success(request, "The link is ended. Nobody can open this report any more.")
    return redirect("report_detail", report_id=report.public_id)
