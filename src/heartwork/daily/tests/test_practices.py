"""Check-ins, appreciations, time together and promises."""

from __future__ import annotations

from datetime import date, timedelta

from conftest import People, client_for
from django.utils import timezone

from heartwork.daily import services
from heartwork.daily.content import activities, feeling_words
from heartwork.daily.models import CheckIn, Promise


def test_the_content_banks_are_big_enough() -> None:
    assert len(feeling_words()) >= 60
    assert len(activities()) >= 80


def test_a_check_in_is_private_unless_shared(people: People) -> None:
    alice, bob = client_for(people.alice), client_for(people.bob)
    alice.post(
        "/daily/checkins/", {"mood": "2", "feelings": ["lonely"], "hard_thing": "A long day alone."}
    )
    assert "A long day alone." not in bob.get("/daily/checkins/").content.decode()
    alice.post(
        "/daily/checkins/", {"mood": "2", "hard_thing": "I felt lonely at dinner.", "shared": "on"}
    )
    page = bob.get("/daily/checkins/").content.decode()
    assert "I felt lonely at dinner." in page
    assert "Help me respond with care" in page and "It sounds like you felt lonely" in page
    private = next(c for c in CheckIn.objects.all() if c.hard_thing == "A long day alone.")
    assert private.feelings == ["lonely"]


def test_a_check_in_needs_a_mood(people: People) -> None:
    response = client_for(people.alice).post("/daily/checkins/", {"good_thing": "Sunshine"})
    assert response.status_code == 400
    assert "Pick how you are" in response.content.decode()
    assert "Sunshine" in response.content.decode()


def test_appreciations_reach_the_partner_with_a_weekly_count(people: People) -> None:
    alice, bob = client_for(people.alice), client_for(people.bob)
    for words in ("Thank you for the tea.", "You were wonderful with my dad."):
        alice.post("/daily/appreciations/", {"kind": "thanks", "body": words})
    assert (
        "You shared 2 appreciations this week."
        in alice.get("/daily/appreciations/").content.decode()
    )
    page = bob.get("/daily/appreciations/").content.decode()
    assert "Thank you for the tea." in page and ">new<" in page
    assert ">new<" not in bob.get("/daily/appreciations/").content.decode()  # seen now
    assert (
        "Thank you for the tea."
        not in client_for(people.eve).get("/daily/appreciations/").content.decode()
    )


def test_planning_time_together_and_counting_new_things(people: People) -> None:
    alice, bob = client_for(people.alice), client_for(people.bob)
    alice.post(
        "/daily/time/",
        {"title": "Pottery class", "planned_for": "2030-01-05", "is_new_to_us": "on"},
    )
    plan = services.plan_create(
        user=people.alice, title="Sunday walk", planned_for=date(2030, 1, 6)
    )
    page = bob.get("/daily/time/").content.decode()
    assert "Pottery class" in page and "Sunday walk" in page
    pottery = next(p for p in plan.__class__.objects.all() if p.title == "Pottery class")
    bob.post(
        f"/daily/time/{pottery.public_id}/done/", {"memory": "Our wonky bowls!", "how_it_felt": "5"}
    )
    page = alice.get("/daily/time/").content.decode()
    assert "Our wonky bowls!" in page
    assert '<strong id="new-tried">1</strong>' in page


def test_the_idea_bank_filters(people: People) -> None:
    page = client_for(people.alice).get("/daily/time/?place=home&cost=free&new=1").content.decode()
    shown = [a for a in activities() if a.place == "home" and a.cost == "free" and a.new]
    assert shown and all(a.title.replace("'", "&#x27;") in page for a in shown[:3])
    hidden = next(a for a in activities() if a.place == "out")
    assert hidden.description.replace("'", "&#x27;") not in page


def test_the_partner_marks_a_promise_and_the_trust_record_counts_it(people: People) -> None:
    promise = services.promise_make(
        user=people.alice, text="book the dentist", due=date(2030, 1, 1)
    )
    own = client_for(people.alice).post(
        f"/daily/promises/{promise.public_id}/mark/", {"status": "kept"}, follow=True
    )
    assert "Your partner marks your promises" in own.content.decode()
    client_for(people.bob).post(
        f"/daily/promises/{promise.public_id}/mark/", {"status": "kept", "note": "Thank you!"}
    )
    promise.refresh_from_db()
    assert promise.status == Promise.Status.KEPT
    renegotiated = services.promise_make(
        user=people.alice, text="fix the shelf", due=date(2030, 1, 2)
    )
    services.promise_mark(
        user=people.bob, promise_id=renegotiated.public_id, status="renegotiated", note="next week"
    )
    page = client_for(people.bob).get("/daily/promises/").content.decode()
    assert "Alice: 1 of 1 kept" in page and "1 renegotiated" in page  # renegotiating costs nothing
    assert 'aria-label="Alice: 1 of 1 promises kept in the last 13 weeks"' in page


def test_the_trust_record_covers_only_the_last_90_days(people: People) -> None:
    old = services.promise_make(user=people.alice, text="old one", due=date(2029, 1, 1))
    services.promise_mark(user=people.bob, promise_id=old.public_id, status="kept")
    Promise.objects.filter(pk=old.pk).update(marked_at=timezone.now() - timedelta(days=120))
    page = client_for(people.bob).get("/daily/promises/").content.decode()
    # Nothing marked in the last 90 days: no record to show, and never "0 of 0 kept".
    assert "1 of 1" not in page and "0 of 0" not in page
