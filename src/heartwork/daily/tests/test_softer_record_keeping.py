"""Time together and promises, kept kindly: memories first, a few ideas at a time with
"Plan this", no "0 of 0 kept" before there is a record, and no answer chosen in advance."""

from __future__ import annotations

from datetime import date

from conftest import People, client_for

from heartwork.daily import services
from heartwork.daily.content import IDEAS_PAGE, activities


def test_memories_come_before_the_ideas(people: People) -> None:
    plan = services.plan_create(user=people.alice, title="Pottery", planned_for=date(2030, 1, 1))
    services.plan_done(user=people.bob, plan_id=plan.public_id, memory="Clay everywhere")
    html = client_for(people.alice).get("/daily/time/").content.decode()
    assert html.index("Memories") < html.index("Ideas")


def test_the_ideas_come_a_page_at_a_time_keeping_the_filters(people: People) -> None:
    alice = client_for(people.alice)
    html = alice.get("/daily/time/").content.decode()
    assert html.count("Plan this") == IDEAS_PAGE
    assert "ideas=2#ideas" in html
    home = [a for a in activities() if a.place == "home"]
    second = alice.get("/daily/time/?place=home&ideas=2").content.decode()
    assert home[IDEAS_PAGE].title in second
    assert "place=home&amp;ideas=1" in second


def test_plan_this_fills_the_plan_in(people: People) -> None:
    idea = activities()[0]
    html = client_for(people.alice).get(f"/daily/time/?idea={idea.key}").content.decode()
    assert f"Plan “{idea.title}”" in html
    assert f'value="{idea.key}"' in html


def test_no_record_of_zero_kept_before_anything_is_marked(people: People) -> None:
    services.promise_make(user=people.alice, text="call", due=date(2030, 1, 1))
    html = client_for(people.bob).get("/daily/promises/").content.decode()
    assert "0 of 0" not in html and "Trust record" not in html


def test_marking_a_promise_starts_with_nothing_chosen(people: People) -> None:
    promise = services.promise_make(user=people.alice, text="call", due=date(2030, 1, 1))
    bob = client_for(people.bob)
    assert (
        '<option value="" selected>Choose…</option>' in bob.get("/daily/promises/").content.decode()
    )
    response = bob.post(f"/daily/promises/{promise.public_id}/mark/", {"status": ""})
    assert response.status_code == 400
    assert "Choose how it went" in response.content.decode()
