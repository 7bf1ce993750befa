"""Plans and promises change through the API as on the pages: their author rewords,
reschedules or withdraws them, the partner is told, and every refusal says what to do."""

from __future__ import annotations

from datetime import date, timedelta

from conftest import People, api_client, client_for
from django.utils import timezone

from heartwork.daily import services
from heartwork.daily.models import Plan, Promise
from heartwork.together.models import Visit

SOON = date(2030, 1, 1)
JSON = "application/json"


def _a_visit_ago(who) -> None:
    client_for(who).get("/")
    Visit.objects.filter(user=who).update(seen_at=timezone.now() - timedelta(hours=2))


def _today(who) -> str:
    return client_for(who).get("/").content.decode()


def test_the_author_reschedules_a_plan_alone_and_the_partner_is_told(people: People) -> None:
    plan = services.plan_create(user=people.alice, title="Pottery", planned_for=SOON)
    _a_visit_ago(people.bob)
    changed = api_client(people.alice).patch(
        f"/api/daily/plans/{plan.public_id}", {"planned_for": "2030-01-08"}, content_type=JSON
    )
    assert changed.status_code == 200
    body = changed.json()
    assert body["title"] == "Pottery" and body["planned_for"] == "2030-01-08"
    assert body["mine"] is True and body["changed_at"] and body["withdrawn_at"] is None
    assert "Alice changed a plan: Pottery, now Tue 8 Jan" in _today(people.bob)


def test_the_author_renames_a_plan_and_then_calls_it_off(people: People) -> None:
    plan = services.plan_create(user=people.alice, title="Pottery", planned_for=SOON)
    alice = api_client(people.alice)
    renamed = alice.patch(
        f"/api/daily/plans/{plan.public_id}", {"title": "Pottery class"}, content_type=JSON
    ).json()
    assert renamed["title"] == "Pottery class" and renamed["planned_for"] == "2030-01-01"
    _a_visit_ago(people.bob)
    off = alice.post(f"/api/daily/plans/{plan.public_id}/withdraw")
    assert off.status_code == 200 and off.json()["withdrawn_at"]
    assert "Alice called off a plan: Pottery class" in _today(people.bob)
    again = alice.post(f"/api/daily/plans/{plan.public_id}/withdraw")
    assert again.status_code == 400 and "already done or called off" in again.json()["detail"]
    theirs = api_client(people.bob).get("/api/daily/plans").json()[0]
    assert theirs["mine"] is False and theirs["withdrawn_at"]


def test_the_author_rewords_reschedules_and_withdraws_a_promise(people: People) -> None:
    promise = services.promise_make(user=people.alice, text="call", due=SOON)
    alice = api_client(people.alice)
    _a_visit_ago(people.bob)
    changed = alice.patch(
        f"/api/daily/promises/{promise.public_id}",
        {"text": "call your mum", "due": "2030-01-03"},
        content_type=JSON,
    ).json()
    assert changed["text"] == "call your mum" and changed["due"] == "2030-01-03"
    assert changed["changed_at"]
    assert "Alice changed a promise: call your mum, now by Thu 3 Jan" in _today(people.bob)
    withdrawn = alice.post(f"/api/daily/promises/{promise.public_id}/withdraw").json()
    assert withdrawn["status"] == "withdrawn"
    late = alice.patch(
        f"/api/daily/promises/{promise.public_id}", {"due": "2030-02-01"}, content_type=JSON
    )
    assert late.status_code == 400 and "stays as it is" in late.json()["detail"]
    assert Promise.objects.get().due == date(2030, 1, 3)


def test_an_empty_change_says_what_to_send_and_changes_nothing(people: People) -> None:
    plan = services.plan_create(user=people.alice, title="Pottery", planned_for=SOON)
    promise = services.promise_make(user=people.alice, text="call", due=SOON)
    alice = api_client(people.alice)
    empty = alice.patch(f"/api/daily/plans/{plan.public_id}", {}, content_type=JSON)
    assert empty.status_code == 400 and "a new date, or both" in empty.json()["detail"]
    blank = alice.patch(f"/api/daily/promises/{promise.public_id}", {"text": ""}, content_type=JSON)
    assert blank.status_code == 422
    assert Plan.objects.get().changed_at is None and Promise.objects.get().changed_at is None


def test_the_partner_cannot_change_or_withdraw_what_they_did_not_make(people: People) -> None:
    plan = services.plan_create(user=people.alice, title="Pottery", planned_for=SOON)
    promise = services.promise_make(user=people.alice, text="call", due=SOON)
    bob = api_client(people.bob)
    for answer in (
        bob.patch(f"/api/daily/plans/{plan.public_id}", {"title": "x"}, content_type=JSON),
        bob.post(f"/api/daily/plans/{plan.public_id}/withdraw"),
        bob.patch(f"/api/daily/promises/{promise.public_id}", {"text": "x"}, content_type=JSON),
        bob.post(f"/api/daily/promises/{promise.public_id}/withdraw"),
    ):
        assert answer.status_code == 404
    assert Plan.objects.get().title == "Pottery" and Promise.objects.get().status == "open"
