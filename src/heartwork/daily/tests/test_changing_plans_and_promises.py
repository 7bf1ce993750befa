"""Plans and promises change: their author rewords, reschedules or withdraws them, and the
partner is told; nobody else can."""

from __future__ import annotations

from datetime import date, timedelta

from conftest import People, client_for
from django.utils import timezone

from heartwork.daily import services
from heartwork.daily.models import Plan, Promise
from heartwork.together.models import Visit

SOON = date(2030, 1, 1)


def _a_visit_ago(who) -> None:
    client_for(who).get("/")
    Visit.objects.filter(user=who).update(seen_at=timezone.now() - timedelta(hours=2))


def test_the_author_reschedules_a_plan_and_the_partner_is_told(people: People) -> None:
    plan = services.plan_create(user=people.alice, title="Pottery", planned_for=SOON)
    _a_visit_ago(people.bob)
    response = client_for(people.alice).post(
        f"/daily/time/{plan.public_id}/change/",
        {"title": "Pottery class", "planned_for": "2030-01-08"},
    )
    assert response.status_code == 302
    assert Plan.objects.get().planned_for == date(2030, 1, 8)
    html = client_for(people.bob).get("/").content.decode()
    assert "Alice changed a plan: Pottery class, now Tue 8 Jan" in html


def test_the_author_calls_a_plan_off_and_it_leaves_the_lists(people: People) -> None:
    plan = services.plan_create(user=people.alice, title="Pottery", planned_for=SOON)
    _a_visit_ago(people.bob)
    client_for(people.alice).post(f"/daily/time/{plan.public_id}/change/", {"withdraw": "1"})
    bob = client_for(people.bob)
    assert "Alice called off a plan: Pottery" in bob.get("/").content.decode()
    assert "Mark it done" not in bob.get("/daily/time/").content.decode()


def test_the_author_withdraws_a_promise_which_counts_against_no_one(people: People) -> None:
    promise = services.promise_make(user=people.alice, text="fix the tap", due=SOON)
    _a_visit_ago(people.bob)
    client_for(people.alice).post(f"/daily/promises/{promise.public_id}/change/", {"withdraw": "1"})
    assert Promise.objects.get().status == "withdrawn"
    bob = client_for(people.bob)
    assert "Alice withdrew a promise: fix the tap" in bob.get("/").content.decode()
    page = bob.get("/daily/promises/").content.decode()
    assert "Withdrawn" in page and "Trust record" not in page
    refused = bob.post(
        f"/daily/promises/{promise.public_id}/mark/", {"status": "kept"}, follow=True
    )
    assert "withdrawn, so there is nothing to mark" in refused.content.decode()


def test_the_author_rewords_and_reschedules_a_promise(people: People) -> None:
    promise = services.promise_make(user=people.alice, text="call", due=SOON)
    client_for(people.alice).post(
        f"/daily/promises/{promise.public_id}/change/",
        {"text": "call your mum", "due": "2030-01-03"},
    )
    html = client_for(people.bob).get("/daily/promises/").content.decode()
    assert "I'll call your mum" in html.replace("&#x27;", "'") and "changed" in html


def test_the_partner_cannot_change_or_withdraw_what_they_did_not_promise(people: People) -> None:
    promise = services.promise_make(user=people.alice, text="call", due=SOON)
    bob = client_for(people.bob)
    assert (
        bob.post(f"/daily/promises/{promise.public_id}/change/", {"withdraw": "1"}).status_code
        == 404
    )
    assert Promise.objects.get().status == "open"
    assert "Change or withdraw" not in bob.get("/daily/promises/").content.decode()
