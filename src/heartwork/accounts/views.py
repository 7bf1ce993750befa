"""Pages for the couple (invite, join, leave) and for one's own settings."""

from __future__ import annotations

from uuid import UUID

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from heartwork import access
from heartwork.accounts import services, sessions
from heartwork.accounts.forms import DeleteAccountForm, JoinForm, ProfileForm, TokenForm
from heartwork.accounts.models import User
from heartwork.core.errors import DomainError, RateLimited
from heartwork.core.http import signed_in_user
from heartwork.together.before import shared_before


@login_required
def couple_home(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    invitation = services.open_invitation(user)
    context = {
        "couple": access.current_couple(user),
        "partner": access.partner_of(user),
        "invitation": invitation,
        "join_form": JoinForm(),
        "invitation_days": settings.INVITATION_DAYS,
        "shared_before": shared_before(user),
    }
    return render(request, "accounts/couple.html", context)


def _after_linking(user: User) -> HttpResponse:
    """Two people linked again: first the calm page about what each shared before."""
    before = shared_before(user)
    return redirect("together_before" if before is not None and before.anything else "home")


@login_required
@require_POST
def couple_invite(request: HttpRequest) -> HttpResponse:
    try:
        services.invitation_create(inviter=signed_in_user(request))
    except DomainError as error:
        messages.error(request, error.message)
    return redirect("couple")


@login_required
@require_POST
def couple_invite_cancel(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    invitation = services.open_invitation(user)
    if invitation is not None:
        services.invitation_revoke(user=user, invitation_id=invitation.public_id)
        messages.success(request, "Your invitation is cancelled. Nobody can use it now.")
    return redirect("couple")


def _form_status(form: forms.Form) -> int:
    return 400 if form.errors else 200


def _error_status(error: DomainError) -> int:
    return 429 if isinstance(error, RateLimited) else 400


@login_required
def couple_join(request: HttpRequest) -> HttpResponse:
    """Join by typing the code."""
    form = JoinForm(request.POST or None)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                services.invitation_accept(
                    user=signed_in_user(request), code=form.cleaned_data["code"]
                )
            except DomainError as error:
                form.add_error("code", error.message)
                status = _error_status(error)
            else:
                messages.success(request, "You're linked. Welcome to your shared space.")
                return _after_linking(signed_in_user(request))
    return render(request, "accounts/join.html", {"form": form}, status=status)


def couple_join_link(request: HttpRequest, token: str) -> HttpResponse:
    """Join by the link: show who invited you, then accept on POST.

    Someone without an account (or not yet signed in) first learns who invited them and
    is offered to make an account, or to log in, and then comes back here to join.
    """
    invitation = services.invitation_find(token=token)
    if not request.user.is_authenticated:
        if invitation is None or not invitation.is_open:
            return render(request, "accounts/join_link_missing.html", status=404)
        if request.method == "POST":
            return redirect_to_login(request.get_full_path())
        return render(request, "accounts/join_link_welcome.html", {"invitation": invitation})
    if invitation is None:
        return render(request, "accounts/join_link_missing.html", status=404)
    error, status = None, 200
    if request.method == "POST":
        try:
            services.invitation_accept(user=signed_in_user(request), token=token)
        except DomainError as exc:
            error, status = exc.message, _error_status(exc)
        else:
            messages.success(request, "You're linked. Welcome to your shared space.")
            return _after_linking(signed_in_user(request))
    context = {"invitation": invitation, "error": error, "token": token}
    return render(request, "accounts/join_link.html", context, status=status)


@login_required
def couple_leave(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    partner = access.partner_of(user)
    if partner is None:
        return redirect("couple")
    if request.method == "POST":
        services.couple_leave(user=user)
        messages.success(request, "You have left the couple. Everything you wrote is still yours.")
        return redirect("home")
    return render(request, "accounts/leave.html", {"partner": partner})


@login_required
def settings_home(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    form = ProfileForm(request.POST or None, initial={"name": user.name})
    if request.method == "POST" and form.is_valid():
        services.profile_update(user=user, name=form.cleaned_data["name"])
        messages.success(request, "Saved.")
        return redirect("settings")
    return render(request, "accounts/settings.html", {"form": form}, status=_form_status(form))


@login_required
def tokens(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    form = TokenForm(request.POST or None)
    new_secret = None
    if request.method == "POST" and form.is_valid():
        try:
            new_secret = services.api_token_create(
                user=user,
                name=form.cleaned_data["name"],
                password=form.cleaned_data["password"],
                scope=form.cleaned_data["scope"],
                days=form.cleaned_data["days"],
            ).secret
        except DomainError as error:
            form.add_error("password", error.message)
        else:
            form = TokenForm()
    context = {"form": form, "new_secret": new_secret, "tokens": services.live_tokens(user)}
    return render(request, "accounts/tokens.html", context, status=_form_status(form))


@login_required
@require_POST
def token_revoke(request: HttpRequest, token_id: UUID) -> HttpResponse:
    try:
        services.api_token_revoke(user=signed_in_user(request), token_id=token_id)
    except DomainError:
        raise Http404("Not found") from None
    messages.success(request, "That token no longer works.")
    return redirect("tokens")


@login_required
def sessions_page(request: HttpRequest) -> HttpResponse:
    """Where I'm signed in: each browser, where and when, with a way to end it."""
    listed = sessions.sessions_of(user=signed_in_user(request), request=request)
    others = sum(not session.this_browser for session in listed)
    return render(request, "accounts/sessions.html", {"sessions": listed, "others": others})


@login_required
@require_POST
def session_end(request: HttpRequest, session_id: str) -> HttpResponse:
    try:
        was_this_browser = sessions.session_end(
            user=signed_in_user(request),
            session_id=session_id,
            current_session_key=request.session.session_key,
        )
    except sessions.SessionNotFound:
        raise Http404("Not found") from None
    if was_this_browser:
        logout(request)
        return redirect("account_login")
    messages.success(request, "Done: that browser is signed out.")
    return redirect("sessions")


@login_required
@require_POST
def sessions_end_others(request: HttpRequest) -> HttpResponse:
    ended = sessions.sessions_end_others(
        user=signed_in_user(request), keep_session_key=request.session.session_key
    )
    messages.success(
        request,
        "Done: every other browser is signed out." if ended else "No other browser was signed in.",
    )
    return redirect("sessions")


@login_required
def account_delete(request: HttpRequest) -> HttpResponse:
    user = signed_in_user(request)
    form = DeleteAccountForm(request.POST or None, user=user)
    if request.method == "POST" and form.is_valid():
        services.account_delete(user=user)
        logout(request)
        messages.success(request, "Your account and everything you wrote have been deleted.")
        return redirect("account_login")
    return render(request, "accounts/delete.html", {"form": form}, status=_form_status(form))
