"""Names keep their length limits in the service, now that the database has none."""

from __future__ import annotations

import pytest
from conftest import PASSWORD, People, client_for

from heartwork.accounts import services
from heartwork.accounts.models import ApiToken, User
from heartwork.core.errors import DomainError


def test_the_service_refuses_a_display_name_over_the_limit(people: People) -> None:
    with pytest.raises(DomainError, match="under 60 characters"):
        services.profile_update(user=people.alice, name="a" * 61)
    services.profile_update(user=people.alice, name="a" * 60)
    assert User.objects.get(pk=people.alice.pk).name == "a" * 60


def test_the_service_refuses_a_token_name_over_the_limit(people: People) -> None:
    with pytest.raises(DomainError, match="under 80 characters"):
        services.api_token_create(user=people.alice, name="a" * 81, password=PASSWORD)
    assert not ApiToken.objects.exists()


def test_the_settings_form_refuses_a_display_name_over_the_limit(people: People) -> None:
    response = client_for(people.alice).post("/settings/", {"name": "a" * 61})
    assert response.status_code == 400
    assert User.objects.get(pk=people.alice.pk).name == "Alice"


def test_the_api_refuses_a_token_name_over_the_limit(people: People) -> None:
    response = client_for(people.alice).post(
        "/api/tokens", {"name": "a" * 81, "password": PASSWORD}, content_type="application/json"
    )
    assert response.status_code == 422
    assert not ApiToken.objects.exists()
