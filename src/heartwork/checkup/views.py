"""Taking the check-up, the couple report and the history of one's rounds."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from heartwork import access
from heartwork.checkup import charts, services, steps
from heartwork.checkup.forms import ClosenessForm, SectionForm
from heartwork.checkup.history import (
    ROUNDS_PER_PAGE,
    SinceLast,
    finished,
    scored,
    since_last,
)
from heartwork.checkup.instrument import CLOSENESS, Instrument, load
from heartwork.checkup.models import CheckupResponse
from heartwork.checkup.report import couple_report, instrument_of, partner_preview
from heartwork.core import paging
from heartwork.core.errors import DomainError
from heartwork.core.http import signed_in_user
from heartwork.counseling.selectors import reasons_to_go_together
from heartwork.safety.services import joint_exercises_paused


def _progress(response: CheckupResponse) -> tuple[int, int]:
    total = len(instrument_of(response).item_keys)
    return total - len(services.missing(response)), total


@login_required
def overview(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    response = services.open_response(user)
    context = {
        "instrument": load(),
        "open": response,
        "progress": _progress(response) if response else None,
        "rounds": access.owned(user, CheckupResponse)
        .filter(finished_at__isnull=False)
        .order_by("-round_number"),
    }
    return render(request, "checkup/overview.html", context)


@login_required
@require_POST
def start(request: HttpRequest) -> HttpResponse:
    response = services.checkup_start(user=signed_in_user(request))
    step = steps.first_unanswered(instrument_of(response), set(services.missing(response)))
    return redirect("checkup_take", step=step.key)


def _next_url(instrument: Instrument, step: str) -> str:
    following = steps.after(instrument, step)
    return reverse("checkup_take", args=[following.key]) if following else reverse("checkup_review")


@login_required
def take(request: HttpRequest, step: str) -> HttpResponse:
    """One short step of questions. Answers save as they are given (htmx) or with the button."""
    user = signed_in_user(request)
    if steps.find(load(), step) is None:
        raise Http404("No such step")
    response = services.open_response(user)
    if response is None:
        return redirect("checkup")
    saved = dict(response.answers.values_list("item_key", "value"))
    instrument = instrument_of(response)
    here = steps.find(instrument, step)
    if here is None:
        raise Http404("No such step")
    section = here.section
    if section is None:
        form: SectionForm | ClosenessForm = ClosenessForm(
            request.POST or None, initial={"closeness": saved.get(CLOSENESS)}
        )
    else:
        form = SectionForm(request.POST or None, items=list(here.items), initial_answers=saved)
    if request.method == "POST" and form.is_valid():
        answered = (
            form.answered()
            if isinstance(form, SectionForm)
            else {CLOSENESS: form.cleaned_data[CLOSENESS]}
        )
        for key, value in answered.items():
            services.checkup_answer(
                user=user, response_id=response.public_id, item_key=key, value=value
            )
        return redirect(_next_url(instrument, step))
    every = steps.steps(instrument)
    previous = steps.before(instrument, step)
    context = {
        "instrument": instrument,
        "section": section,
        "here": here,
        "form": form,
        "step": step,
        "step_number": [s.key for s in every].index(step) + 1,
        "step_count": len(every),
        "response": response,
        "progress": _progress(response),
        "previous": reverse("checkup_take", args=[previous.key]) if previous else None,
    }
    return render(request, "checkup/take.html", context, status=400 if form.errors else 200)


@login_required
@require_POST
def answer(request: HttpRequest) -> HttpResponse:
    """Save one answer the moment it is given (htmx); replies with the progress line."""
    user = signed_in_user(request)
    response = services.open_response(user)
    if response is None:
        raise Http404("No open check-up")
    keys = instrument_of(response).item_keys
    try:
        for key in keys & request.POST.keys():
            value = int(request.POST.get(key, ""))
            services.checkup_answer(
                user=user, response_id=response.public_id, item_key=key, value=value
            )
    except (DomainError, ValueError):
        return HttpResponse("That answer couldn't be saved. Please choose again.", status=400)
    done, total = _progress(response)
    return render(request, "checkup/_progress.html", {"progress": (done, total)})


def _shared_message(parts: list[str]) -> str:
    titles = [title for key, title in load().share_choices if key in parts]
    if not titles:
        return "Your partner sees none of your scores from this round."
    return "Your partner sees your scores for: " + "; ".join(titles) + "."


@login_required
def review(request: HttpRequest) -> HttpResponse:
    """Finish: first see exactly what the partner will see, and choose it part by part."""
    user = signed_in_user(request)
    response = services.open_response(user)
    if response is None:
        return redirect("checkup")
    error = None
    if request.method == "POST":
        parts = request.POST.getlist("share")
        try:
            if request.POST.get("action") == "preview":
                response = services.checkup_share(
                    user=user, response_id=response.public_id, parts=parts
                )
            else:
                finished = services.checkup_finish(
                    user=user, response_id=response.public_id, shared_parts=parts
                )
                messages.success(
                    request, "Thank you. Your answers are saved. " + _shared_message(parts)
                )
                return redirect("checkup_report", round_number=finished.round_number)
        except DomainError as exc:
            error = exc.message
    missing = set(services.missing(response))
    instrument = instrument_of(response)
    unanswered = [
        (
            s.title,
            steps.first_unanswered(instrument, missing, s.key).key,
            sum(i.key in missing for i in s.items),
        )
        for s in instrument.sections
    ]
    context = {
        "response": response,
        "unanswered": unanswered,
        "closeness_missing": CLOSENESS in missing,
        "error": error,
        "progress": _progress(response),
        "preview": partner_preview(response),
        "partner": access.partner_of(user),
    }
    return render(request, "checkup/review.html", context, status=400 if error else 200)


@login_required
def report(request: HttpRequest, round_number: int) -> HttpResponse:
    user = signed_in_user(request)
    paused = joint_exercises_paused(user)
    built = couple_report(user, round_number, with_partner=not paused)
    if built is None:
        raise Http404("No finished round with that number")
    context = {
        "paused": paused,
        "report": built,
        "counselor": reasons_to_go_together(user),
        "place_urls": PLACES,
        "preview": partner_preview(built.mine),
        "partner": built.partner,  # named only once they have finished this round
        "name": built.partner.display_name if built.partner else "your partner",
        # The private safety screen once heartwork.safety is installed, the help page until then.
    }
    return render(request, "checkup/report.html", context)


@login_required
@require_POST
def share(request: HttpRequest, round_number: int) -> HttpResponse:
    user = signed_in_user(request)
    response = access.owned(user, CheckupResponse).filter(round_number=round_number).first()
    if response is None:
        raise Http404("No such round")
    try:
        response = services.checkup_share(
            user=user, response_id=response.public_id, parts=request.POST.getlist("share")
        )
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, "Saved. " + _shared_message(response.shared_parts))
    return redirect("checkup_report", round_number=round_number)


@login_required
def history(request: HttpRequest) -> HttpResponse:
    """My latest rounds, charted; earlier ones a page at a time behind a plain link."""
    user = signed_in_user(request)
    page = paging.page_for(request, finished(user), size=ROUNDS_PER_PAGE)
    rounds = scored(page.items[::-1])  # the page comes newest first; charts read left to right
    latest = not request.GET.get("older")  # the page that holds my last two rounds
    context = {
        "page": page,
        "rounds": rounds,
        "charts": charts.dimension_charts(rounds) if rounds else [],
        "since": since_last(rounds) if latest else SinceLast(),
        "earlier": not latest,
    }
    return render(request, "checkup/history.html", context)


# Where each practice is done in Heartwork; places not built yet link to the written guide.
PLACES = {
    "journal": "journal_new",
    "coach": "coach",
    "counselor": "counseling",
    "daily_question": "daily",
    "checkin": "daily_checkins",
    "appreciations": "daily_appreciations",
    "quality_time": "daily_time",
    "promises": "daily_promises",
    "conflict_room": "conflict",
    "guide": "checkup_guide",
}


@login_required
def guide(request: HttpRequest) -> HttpResponse:
    return render(request, "checkup/guide.html", {"instrument": load()})
