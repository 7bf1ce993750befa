"""Every page: the quick exit, private caching headers, and no JavaScript needed."""

from __future__ import annotations

import io

import pytest
from conftest import People, client_for
from django.core.management import call_command
from django.test import Client

from heartwork.accounts.models import User
from heartwork.journal.models import JournalEntry

SIGNED_IN_PAGES = [
    "/",
    "/journal/",
    "/journal/new/",
    "/couple/",
    "/couple/leave/",
    "/couple/join/",
    "/settings/",
    "/settings/tokens/",
    "/settings/delete/",
    "/accounts/password/change/",
    "/checkup/",
    "/checkup/history/",
    "/checkup/practices/",
    "/coach/",
    "/daily/",
    "/daily/earlier/",
    "/daily/checkins/",
    "/daily/appreciations/",
    "/daily/time/",
    "/daily/promises/",
    "/daily/settings/",
    "/for-you/",
    "/for-you/next/",
    "/for-you/delete/",
    "/for-you/plan/",
    "/settings/leaving/",
    "/coach/help/",
]
PUBLIC_PAGES = [
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/password/reset/",
    "/for-you/plan/",
    "/coach/help/",
    "/api/docs",
]
QUICK_EXIT_FORM = '<form class="quick-exit-form" method="post" action="/exit/">'


@pytest.mark.parametrize("path", SIGNED_IN_PAGES)
def test_signed_in_pages_have_a_quick_exit_and_are_never_cached(
    people: People, path: str, settings
) -> None:
    settings.QUICK_EXIT_URL = "https://neutral.example/weather"
    response = client_for(people.alice).get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert QUICK_EXIT_FORM in html  # leaves and signs out without JavaScript too
    assert 'data-exit-url="https://neutral.example/weather"' in html
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_have_a_quick_exit_too(db, path: str) -> None:
    response = Client().get(path)
    html = response.content.decode()
    assert response.status_code == 200
    assert QUICK_EXIT_FORM in html and 'id="quick-exit"' in html
    assert 'name="viewport"' in html


def test_forms_work_without_javascript(people: People) -> None:
    """Core flows are plain forms: a POST without any script does the job."""
    client = client_for(people.alice)
    assert client.post("/journal/new/", {"body": "No script needed."}).status_code == 302
    assert client.post("/settings/", {"name": "Ali"}).status_code == 302
    assert User.objects.get(pk=people.alice.pk).name == "Ali"


def test_the_demo_couple_is_linked_with_history_and_can_be_made_twice(db) -> None:
    out = io.StringIO()
    call_command("demo", stdout=out)
    call_command("demo", stdout=out)
    assert "alex@demo.heartwork.test" in out.getvalue()
    assert "password: heartwork-demo" in out.getvalue()
    assert User.objects.filter(email__endswith="@demo.heartwork.test").count() == 2
    alex = User.objects.get(email="alex@demo.heartwork.test")
    client = Client()
    assert client.login(email=alex.email, password="heartwork-demo")
    page = client.get("/journal/").content.decode()
    assert "from Sam" in page
    assert "I felt lonely at dinner" not in page  # Sam's private entry stays private
    assert JournalEntry.objects.count() == 8
    report = client.get("/checkup/report/2/").content.decode()
    assert "<dt>Sam, about you</dt>" in report  # both finished two rounds
    assert client.get("/checkup/history/").content.decode().count('role="img"') == 23


def test_deleting_an_account_removes_what_they_wrote(people: People) -> None:
    client = client_for(people.alice)
    client.post("/journal/new/", {"body": "gone soon"})
    wrong = client.post("/settings/delete/", {"password": "not it"})
    assert "Nothing has been deleted" in wrong.content.decode()
    client.post("/settings/delete/", {"password": "a quiet evening walk"})
    assert not User.objects.filter(email="alice@example.com").exists()
    assert not JournalEntry.objects.exists()
    assert client_for(people.bob).get("/couple/").context["partner"] is None
