"""A plan's activity is a key into the built-in ideas, so no free text is stored plain."""

from __future__ import annotations

from datetime import timedelta

import pytest
from conftest import People, client_for
from django.utils import timezone

from heartwork.daily.content import activities
from heartwork.daily.models import Plan

SOON = (timezone.localdate() + timedelta(days=2)).isoformat()


def test_a_plan_keeps_the_key_of_a_built_in_idea(people: People) -> None:
    key = activities()[0].key
    response = client_for(people.alice).post(
        "/api/daily/plans",
        {"title": "Walk", "planned_for": SOON, "activity_key": key},
        content_type="application/json",
    )
    assert response.status_code == 201
    assert Plan.objects.get().activity_key == key


@pytest.mark.parametrize("key", ["my secret place", "a999"])
def test_an_activity_key_that_is_no_idea_is_refused(people: People, key: str) -> None:
    response = client_for(people.alice).post(
        "/api/daily/plans",
        {"title": "Walk", "planned_for": SOON, "activity_key": key},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert "isn't one of the ideas" in response.json()["detail"]
    assert not Plan.objects.exists()
