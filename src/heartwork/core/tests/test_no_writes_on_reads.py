"""Reading does not write: the coach API counts a call in one statement, and looking at
appreciations again changes nothing (issue 12: eight queries with an UPDATE per call)."""

from __future__ import annotations

from conftest import People, client_for
from django.db import connection
from django.test.utils import CaptureQueriesContext

from heartwork.daily import services

WRITES = ("INSERT", "UPDATE", "DELETE")


def writes(captured: CaptureQueriesContext) -> list[str]:
    return [q["sql"] for q in captured.captured_queries if q["sql"].lstrip().startswith(WRITES)]


def test_a_coach_call_counts_itself_in_one_upsert(people: People) -> None:
    client = client_for(people.alice)
    client.post("/api/coach/listen", {"text": "hi"}, content_type="application/json")
    with CaptureQueriesContext(connection) as call:
        response = client.post(
            "/api/coach/listen", {"text": "I felt alone tonight"}, content_type="application/json"
        )
    assert response.status_code == 200
    counted = writes(call)
    assert len(counted) == 1, counted
    assert "ON CONFLICT" in counted[0]
    assert not [q for q in call.captured_queries if "cache" in q["sql"]], "no cache round trips"


def test_looking_at_appreciations_again_writes_nothing(people: People) -> None:
    services.appreciation_send(user=people.alice, kind="thanks", body="For the tea.")
    bob = client_for(people.bob)
    with CaptureQueriesContext(connection) as first:
        assert "new</span>" in bob.get("/daily/appreciations/").content.decode()
    assert len([w for w in writes(first) if "daily_appreciation" in w]) == 1, "marked seen"
    with CaptureQueriesContext(connection) as again:
        page = bob.get("/daily/appreciations/").content.decode()
    assert "For the tea." in page
    assert "new</span>" not in page
    assert not [w for w in writes(again) if "daily_appreciation" in w]


def test_the_sender_looking_does_not_mark_it_seen_for_the_partner(people: People) -> None:
    services.appreciation_send(user=people.alice, kind="thanks", body="For the tea.")
    client_for(people.alice).get("/daily/appreciations/")
    assert "1 new" in client_for(people.bob).get("/").content.decode()
