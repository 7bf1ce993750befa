"""Taking the check-up: saved as answered, resumed, finished, in the same round as the partner."""

from __future__ import annotations

import pytest
from conftest import People, client_for

from heartwork.checkup import services
from heartwork.checkup.instrument import CLOSENESS, load
from heartwork.checkup.models import CheckupResponse
from heartwork.checkup.scoring import dimension_score, item_value
from heartwork.checkup.steps import PER_STEP, steps
from heartwork.core.errors import DomainError

EVERY_PART = [key for key, _ in load().share_choices]


def answer_all(user, value: int = 6, share: list[str] | None = None) -> CheckupResponse:
    """Answer every scale with ``value`` (keyed) and finish, sharing ``share`` (default none).

    The direct question about fear is answered "Not at all true": this person is not afraid.
    """
    response = services.checkup_start(user=user)
    instrument = load()
    for item in instrument.items:
        keyed = 7 if instrument.dimension(item.dimension).screen else value
        services.checkup_answer(
            user=user,
            response_id=response.public_id,
            item_key=item.key,
            value=8 - keyed if item.reverse else keyed,
        )
    services.checkup_answer(user=user, response_id=response.public_id, item_key=CLOSENESS, value=5)
    return services.checkup_finish(user=user, response_id=response.public_id, shared_parts=share)


def test_the_instrument_has_every_scale_with_at_least_three_items() -> None:
    instrument = load()
    assert len(instrument.scored_dimensions) == 23
    for d in instrument.scored_dimensions:
        assert len(d.items) >= 3
        assert any(item.reverse for item in d.items)
        assert 2 <= len(d.practices) <= 4


def test_scores_apply_reverse_keys_and_run_from_0_to_100() -> None:
    d = load().dimension("partner_kindness")
    top = {i.key: (1 if i.reverse else 7) for i in d.items}
    bottom = {i.key: (7 if i.reverse else 1) for i in d.items}
    assert dimension_score(top, d) == 100
    assert dimension_score(bottom, d) == 0
    assert dimension_score({}, d) is None
    assert item_value(2, reverse=True) == 6


def test_the_overview_says_how_long_it_takes(people: People) -> None:
    html = client_for(people.alice).get("/checkup/").content.decode()
    assert "about 10 minutes" in html


def test_answers_save_one_at_a_time_and_resume_where_one_left_off(people: People) -> None:
    client = client_for(people.alice)
    assert client.post("/checkup/start/").status_code == 302
    first = load().items[0]
    response = client.post("/checkup/answer/", {first.key: "6"})
    assert response.status_code == 200
    assert f"1 of {len(load().item_keys)} answered" in response.content.decode()
    # Starting again resumes the same round, with the answer kept.
    client.post("/checkup/start/")
    page = client.get("/checkup/take/partner_offers/").content.decode()
    assert f'name="{first.key}" value="6"' in page and "checked" in page
    assert CheckupResponse.objects.count() == 1


def test_a_section_page_saves_what_was_answered_without_javascript(people: People) -> None:
    client = client_for(people.alice)
    client.post("/checkup/start/")
    items = load().section("partner_offers").items
    data = {item.key: "5" for item in items[:3]}
    response = client.post("/checkup/take/partner_offers/", data)
    assert response.status_code == 302
    assert response["Location"] == "/checkup/take/partner_offers-2/"
    saved = CheckupResponse.objects.get().answers.count()
    assert saved == 3


def test_finishing_with_questions_left_keeps_every_answer_and_says_how_many(people: People) -> None:
    client = client_for(people.alice)
    client.post("/checkup/start/")
    client.post("/checkup/answer/", {load().items[0].key: "4"})
    response = client.post("/checkup/review/")
    assert response.status_code == 400
    assert (
        f"{len(load().item_keys) - 1} questions are still unanswered" in response.content.decode()
    )
    assert CheckupResponse.objects.get().answers.count() == 1


def test_bad_answers_are_refused(people: People) -> None:
    response = services.checkup_start(user=people.alice)
    with pytest.raises(DomainError):
        services.checkup_answer(
            user=people.alice, response_id=response.public_id, item_key="made_up", value=3
        )
    with pytest.raises(DomainError):
        services.checkup_answer(
            user=people.alice, response_id=response.public_id, item_key=load().items[0].key, value=9
        )
    assert (
        client_for(people.alice).post("/checkup/answer/", {load().items[0].key: "0"}).status_code
        == 400
    )


def test_partners_answer_the_same_round(people: People) -> None:
    alices = answer_all(people.alice)
    bobs = services.checkup_start(user=people.bob)
    assert bobs.round_number == alices.round_number == 1
    answer_all(people.bob)
    assert services.checkup_start(user=people.alice).round_number == 2


def test_a_phone_gets_a_few_sentences_a_step_with_progress(people: People) -> None:
    client = client_for(people.alice)
    client.post("/checkup/start/")
    every = steps(load())
    assert all(len(step.items) <= PER_STEP for step in every)
    assert sum(len(step.items) for step in every) == len(load().items)
    page = client.get(f"/checkup/take/{every[1].key}/").content.decode()
    assert page.count('class="card item"') == len(every[1].items)
    assert f"Step 2 of {len(every)}" in page
    assert 'What my partner offers me <span class="muted">(2 of' in page
    assert f'href="/checkup/take/{every[0].key}/">Back' in page


def test_the_review_links_to_the_step_with_what_is_left(people: People) -> None:
    client = client_for(people.alice)
    client.post("/checkup/start/")
    first = steps(load())[0]
    client.post(f"/checkup/take/{first.key}/", {item.key: "5" for item in first.items})
    page = client.get("/checkup/review/").content.decode()
    assert f'href="/checkup/take/{steps(load())[1].key}/"' in page
