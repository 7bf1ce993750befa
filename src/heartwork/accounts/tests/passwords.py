"""Changing and resetting a password the way a person does, through allauth's pages."""

from __future__ import annotations

import re

from conftest import PASSWORD
from django.core import mail
from django.test import Client, TestCase

NEW_PASSWORD = "a new quiet river"


def change_password(client: Client) -> None:
    response = client.post(
        "/accounts/password/change/",
        {"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert response.status_code == 302, response.content


def reset_password(client: Client, email: str) -> None:
    """Ask for a reset link by email, follow it, and choose a new password."""
    with TestCase.captureOnCommitCallbacks(execute=True):  # the email goes out on commit
        client.post("/accounts/password/reset/", {"email": email})
    link = re.search(
        r"https?://[^/\s]+(/accounts/password/reset/key/\S+/)", str(mail.outbox[-1].body)
    )
    assert link is not None
    form_page = client.get(link.group(1), follow=True)
    reset_url = form_page.redirect_chain[-1][0] if form_page.redirect_chain else link.group(1)
    response = client.post(reset_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 302, response.content
