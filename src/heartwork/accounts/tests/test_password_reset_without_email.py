"""With HEARTWORK_EMAIL=off, reset by email is off, the reset page says so, and nothing is sent."""

from __future__ import annotations

from conftest import People
from django.core import mail
from django.test import Client, TestCase

from heartwork.accounts.password_reset import RESET_OFF


def test_with_email_off_the_reset_page_says_so_and_offers_no_form(db, settings) -> None:
    settings.EMAIL_ENABLED = False
    html = Client().get("/accounts/password/reset/").content.decode()
    assert "Password reset by email is turned off on this Heartwork" in html
    assert 'name="email"' not in html


def test_with_email_off_a_reset_request_sends_nothing(people: People, settings) -> None:
    settings.EMAIL_ENABLED = False
    response = Client().post("/accounts/password/reset/", {"email": "alice@example.com"})
    assert response.status_code == 200  # the page again, not "we sent you a link"
    assert response.context["form"].non_field_errors() == [RESET_OFF]
    assert "turned off" in response.content.decode()
    assert mail.outbox == []


def test_with_email_on_the_reset_page_offers_the_form(people: People) -> None:
    """The control: the same page with email on asks for the address and sends a link."""
    client = Client()
    assert 'name="email"' in client.get("/accounts/password/reset/").content.decode()
    with TestCase.captureOnCommitCallbacks(execute=True):  # the email goes out on commit
        response = client.post("/accounts/password/reset/", {"email": "alice@example.com"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
