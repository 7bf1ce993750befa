"""The operator sees no content: Django's admin site is not installed, so it shows none."""

from __future__ import annotations

import pytest
from conftest import People, client_for
from django.conf import settings
from django.test import Client


def test_the_admin_app_is_not_installed() -> None:
    assert "django.contrib.admin" not in settings.INSTALLED_APPS


@pytest.mark.django_db
def test_admin_answers_404_to_a_stranger() -> None:
    for path in ("/admin/", "/admin/login/", "/admin/journal/journalentry/"):
        assert Client().get(path).status_code == 404, path


@pytest.mark.django_db
def test_admin_answers_404_to_a_superuser(people: People) -> None:
    people.alice.is_staff = people.alice.is_superuser = True
    people.alice.save()
    assert client_for(people.alice).get("/admin/").status_code == 404
