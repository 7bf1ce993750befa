"""A body value of another type than the schema declares is refused by name, not guessed at.

Found by schemathesis (test_api_schemathesis.py): ``"shared": 0`` was saved as false,
``"due": 0`` as 1 January 1970, and an appreciation's kind, documented as any text,
was refused only by the service.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from conftest import People, client_for, ref
from django.utils import timezone

from heartwork.daily import services as daily
from heartwork.daily.models import Plan, Promise
from heartwork.journal import services as journal
from heartwork.journal.models import JournalEntry

SOON = (timezone.localdate() + timedelta(days=3)).isoformat()


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/api/journal", {"body": "Hello", "shared": 0}, "shared"),
        ("/api/journal", {"body": "Hello", "shared": "true"}, "shared"),
        ("/api/daily/checkins", {"mood": "3"}, "mood"),
        ("/api/daily/checkins", {"mood": 3.5}, "mood"),
        ("/api/daily/checkins", {"mood": True}, "mood"),
        ("/api/daily/promises", {"text": "Call", "due": 0}, "due"),
        ("/api/daily/promises", {"text": "Call", "due": f"{SOON}T00:00:00"}, "due"),
        (
            "/api/daily/plans",
            {"title": "Walk", "planned_for": SOON, "is_new_to_us": 1},
            "is_new_to_us",
        ),
        ("/api/daily/appreciations", {"kind": "hugs", "body": "Hi"}, "kind"),
    ],
)
def test_a_value_of_another_type_is_refused_naming_the_field(
    people: People, path: str, body: dict[str, Any], field: str
) -> None:
    response = client_for(people.alice).post(path, body, content_type="application/json")
    assert response.status_code == 422, response.content
    assert field in {problem["loc"][-1] for problem in response.json()["detail"]}
    assert not JournalEntry.objects.exists()
    assert not Promise.objects.exists()
    assert not Plan.objects.exists()


def test_quick_exit_preferences_take_true_or_false_only(people: People) -> None:
    alice = client_for(people.alice)
    for value, status in ((0, 422), ("yes", 422), (True, 200)):
        body = {"keep_signed_in": value, "neutral_titles": False}
        answer = alice.put("/api/safety/preferences", body, content_type="application/json")
        assert answer.status_code == status, (value, answer.content)
    assert alice.get("/api/safety/preferences").json()["keep_signed_in"] is True


def test_the_same_bodies_written_as_documented_are_kept(people: People) -> None:
    alice = client_for(people.alice)
    for path, body in [
        ("/api/journal", {"body": "Hello", "shared": False}),
        ("/api/daily/checkins", {"mood": 3}),
        ("/api/daily/checkins", {"mood": 3.0}),  # JSON Schema's integer includes 3.0
        ("/api/daily/promises", {"text": "Call", "due": SOON}),
        ("/api/daily/plans", {"title": "Walk", "planned_for": SOON, "is_new_to_us": True}),
        ("/api/daily/appreciations", {"kind": "compliment", "body": "Hi"}),
    ]:
        response = alice.post(path, body, content_type="application/json")
        assert response.status_code == 201, (path, response.content)


def test_a_day_that_does_not_exist_is_refused(people: People) -> None:
    response = client_for(people.alice).post(
        "/api/daily/promises",
        {"text": "Call", "due": "2030-02-30"},
        content_type="application/json",
    )
    assert response.status_code == 422


@pytest.mark.parametrize("body", ["[null, null]", "[]", '"memory"', "3", "null"])
def test_a_body_that_is_not_an_object_is_refused(people: People, body: str) -> None:
    """Marking a plan done and changing an entry take only optional fields, so any JSON
    value once passed as their body, and ``[null, null]`` marked a plan done."""
    alice = client_for(people.alice)
    plan = daily.plan_create(user=people.alice, title="Walk", planned_for=date.fromisoformat(SOON))
    entry = journal.journal_create(author=people.alice, body="Mine.")
    done = alice.post(f"/api/daily/plans/{ref(plan)}/done", body, content_type="application/json")
    changed = alice.patch(f"/api/journal/{ref(entry)}", body, content_type="application/json")
    assert (done.status_code, changed.status_code) == (422, 422)
    plan.refresh_from_db()
    assert plan.done_at is None
