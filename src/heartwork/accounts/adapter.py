"""Heartwork's hooks into django-allauth: the lockout rule, the client address, the
failed-login notice, known browsers, emails that go out only once the transaction
commits, and the owner's emails about their second step."""

from __future__ import annotations

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.auth_backends import AuthenticationBackend
from allauth.core import context as allauth_context
from django.contrib import messages
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse

from heartwork.accounts import known_browsers, logins
from heartwork.accounts.models import User
from heartwork.accounts.second_factor.emails import second_factor_email
from heartwork.core.http import client_address
from heartwork.core.site import on_this_site, site_link, this_site


class AccountAdapter(DefaultAccountAdapter):
    def get_client_ip(self, request: HttpRequest) -> str:
        """allauth's other per-address limits (sign-up, reset) count real clients too."""
        address = client_address(request)
        if not address:
            raise PermissionDenied("Unable to determine the client's address.")
        return address

    def authenticate(self, request: HttpRequest, **credentials: Any) -> AbstractBaseUser | None:
        """Check the password under Heartwork's lockout rule instead of allauth's limit.

        allauth counts failures per email and refuses before checking the password, so a
        partner guessing wrong would keep the owner out. ``login_authenticate`` counts
        per client instead.
        """
        AuthenticationBackend.unstash_authenticated_user()
        email = credentials.get("email") or ""
        try:
            return logins.login_authenticate(
                email=email,
                password=credentials.get("password") or "",
                client=self.get_client_ip(request),
                request=request,
                browser=known_browsers.browser_for(request, email),
            )
        except logins.LoginCoolingOff as refusal:
            raise ValidationError(refusal.message) from None
        except logins.LoginFailed:
            # The right password for a deactivated account: allauth has a page for that.
            user: AbstractBaseUser | None = AuthenticationBackend.unstash_authenticated_user()
            return user

    def login(self, request: HttpRequest, user: AbstractBaseUser) -> None:
        """Log in; email the owner if this browser is new to the account; then tell the
        owner (and only them) of attempts that failed meanwhile."""
        first_login = user.last_login is None  # Django sets it in ``login``
        super().login(request, user)
        if isinstance(user, User):
            known_browsers.browser_signed_in(request=request, user=user, first_login=first_login)
            failed = logins.login_failures_collect(user=user)
            if failed:
                messages.info(request, failed_logins_notice(failed))

    def format_email_subject(self, subject: str) -> str:
        """Every subject starts with the configured name, as the email signs with it."""
        return f"{this_site().name}: {subject}"

    def send_mail(self, template_prefix: str, email: str, context: dict[str, Any]) -> None:
        """Render now, while the request is at hand; send only if the work is kept.

        The site's name and every link come from configuration (``core/site.py``), never
        from the Host the request came in with.
        """
        request = allauth_context.request
        ctx: dict[str, Any] = {"request": request, "email": email}
        ctx.update({key: on_this_site(value, request) for key, value in context.items()})
        ctx.update(
            current_site=this_site(),
            site_url=site_link("/"),
            reset_url=site_link(reverse("account_reset_password")),
        )
        message = self.render_mail(template_prefix, email, ctx)
        transaction.on_commit(message.send)

    def send_notification_mail(
        self,
        template_prefix: str,
        user: AbstractBaseUser,
        context: dict[str, Any] | None = None,
        email: str | None = None,
    ) -> None:
        """Changes to the second step are always told to the owner, content-free.

        allauth sends these only when ``ACCOUNT_EMAIL_NOTIFICATIONS`` is on, and with the
        address and browser of whoever made the change; ours say what and when, and
        what to do if it wasn't them (``second_factor/emails.py``).
        """
        if template_prefix.startswith("mfa/") and isinstance(user, User):
            second_factor_email(template_prefix, user)
            return
        super().send_notification_mail(template_prefix, user, context, email)

    def send_account_already_exists_mail(self, email: str) -> None:
        """Someone signed up with an address that has an account: tell its owner.

        The person signing up sees exactly what a new account sees (allauth's
        enumeration prevention); only the owner of the address learns of the attempt.
        """
        self.send_mail(
            "account/email/account_already_exists",
            email,
            {
                "login_url": site_link(reverse("account_login")),
                "password_reset_url": site_link(reverse("account_reset_password")),
            },
        )


def failed_logins_notice(failed: int) -> str:
    """Calm, and the count only: no addresses are kept, so none can be shown or leak."""
    attempts = "1 attempt" if failed == 1 else f"{failed} attempts"
    return (
        f"{attempts} to sign in to your account failed since your last visit. "
        "If that wasn't you, consider changing your password."
    )
