"""The private safety screen, its next steps, and the safety-planning page.

Every page here is the person's own (or, for the plan, anyone's) and is never cached.
Nothing a view does is logged, and nothing the partner sees changes.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from heartwork.core.http import invalid_form, signed_in_user
from heartwork.safety import services
from heartwork.safety.forms import JointForm, PreferencesForm, ScreenForm
from heartwork.safety.helplines import help_context
from heartwork.safety.screen import BY_KEY, CHOICE_LABELS, KEYS, QUESTIONS
from heartwork.safety.selectors import preferences_of, screen_of


@never_cache
@login_required
def screen(request: HttpRequest) -> HttpResponse:
    """The questions. Always blank: earlier answers are never shown at a glance here.

    Without JavaScript the button saves them all; with htmx each answer saves as it is
    given. Either way the answers in the form replace any saved before.
    """
    user = signed_in_user(request)
    form = ScreenForm(request.POST if request.method == "POST" else None)
    htmx = bool(request.headers.get("HX-Request"))
    if request.method == "POST" and form.is_valid():
        state = services.screen_save(user=user, answers=form.answers())
        if htmx:
            return render(request, "safety/_saved.html", {"saved": state is not None})
        if state is None:
            messages.info(request, "Nothing was answered, so nothing was saved. That's fine.")
            return redirect("home")
        return redirect("safety_next")
    if htmx and request.method == "POST":
        return render(request, "safety/_saved.html", {"error": True}, status=400)
    status = 400 if form.errors else 200
    return render(request, "safety/screen.html", {"form": form}, status=status)


@never_cache
@login_required
def next_steps(request: HttpRequest) -> HttpResponse:
    """What the answers mean, for this person alone, and what they can do now."""
    saved = screen_of(signed_in_user(request))
    if saved is None:
        return render(request, "safety/nothing_saved.html")
    state = saved.state
    given = [
        (BY_KEY[key].text, CHOICE_LABELS[state.answers[key]])
        for key in KEYS
        if key in state.answers
    ]
    context = {
        "saved": saved,
        "assessment": state.assessment,
        "paused": state.joint_paused,
        "given": given,
        "unanswered": len(QUESTIONS) - len(given),
        **help_context(request),
    }
    return render(request, "safety/next.html", context)


@never_cache
@login_required
@require_POST
def joint(request: HttpRequest) -> HttpResponse:
    """Pause or reopen the couple exercises, for this person only."""
    form = JointForm(request.POST)
    if not form.is_valid():
        return invalid_form(request, form, back=reverse("safety_next"))
    state = services.screen_choose_joint(
        user=signed_in_user(request), joint=form.cleaned_data["joint"]
    )
    messages.success(
        request,
        "Saved. The couple exercises are paused for you."
        if state.joint_paused
        else "Saved. The couple exercises are open to you again.",
    )
    return redirect("safety_next")


@never_cache
@login_required
def delete(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    if request.method == "POST":
        if services.screen_delete(user=user):
            messages.success(request, "Your answers are deleted. Nothing of them is kept.")
        else:
            messages.info(request, "There were no saved answers to delete.")
        return redirect("safety_screen")
    return render(request, "safety/delete.html", {"saved": screen_of(user)})


@never_cache
def plan(request: HttpRequest) -> HttpResponse:
    """Practical steps for staying safer, and help by country. Open to anyone; records nothing."""
    return render(request, "safety/plan.html", help_context(request))


@never_cache
@login_required
def preferences(request: HttpRequest) -> HttpResponse:
    """How quick exit behaves and whether the tab shows the app's name (also in Settings)."""
    user = signed_in_user(request)
    prefs = preferences_of(user)
    initial = {"keep_signed_in": prefs.keep_signed_in, "neutral_titles": prefs.neutral_titles}
    form = PreferencesForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.preferences_update(user=user, **form.cleaned_data)
        messages.success(request, "Saved.")
        return redirect("settings")
    return render(request, "safety/preferences.html", {"prefs_form": form})


@never_cache
@login_required
@require_POST
def not_now(request: HttpRequest) -> HttpResponse:
    """ "Not now" on the offer before the conflict room: it is not offered there again."""
    services.conflict_offer_seen(user=signed_in_user(request))
    target = request.POST.get("next", "")
    safe = target.startswith("/") and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return HttpResponseRedirect(target if safe else reverse("home"))
