"""Rounds taken on the first version of the questions stay readable after they change.

Scores are compared across versions only where a dimension's questions stayed the same,
and the history says where they changed.
"""

from __future__ import annotations

from conftest import People, api_client, client_for

from heartwork.checkup import services
from heartwork.checkup.instrument import load, versions
from heartwork.checkup.models import CheckupAnswer, CheckupResponse
from heartwork.checkup.steps import step_of
from heartwork.checkup.tests.answering import EVERY_PART, finish_old_round, finish_round

# The step that asks the one question about fear.
FEAR_STEP = f"/checkup/take/{step_of(load(), load().dimension('feeling_safe').items[0].key).key}/"

OLD_TRUST_ITEM = "When my partner says something kind, I can take it at face value."


def test_an_item_key_names_the_same_sentence_in_every_version() -> None:
    seen: dict[str, tuple[str, bool]] = {}
    for instrument in versions():
        for item in instrument.items:
            assert seen.setdefault(item.key, (item.text, item.reverse)) == (item.text, item.reverse)
    assert [v.version for v in versions()] == [1, 2, 3]


def test_a_first_version_round_still_shows_its_own_questions_and_scores(people: People) -> None:
    finish_old_round(people.alice, EVERY_PART, default=3)
    html = client_for(people.alice).get("/checkup/report/1/").content.decode()
    assert "Ability to trust" in html
    assert OLD_TRUST_ITEM.replace("'", "&#x27;") in html
    assert "Trustworthiness" not in html  # not asked in that round


def test_the_history_compares_only_what_was_asked_the_same_way(people: People) -> None:
    finish_old_round(people.alice, [], version=2, default=3)
    finish_round(people.alice, [], default=6)
    html = client_for(people.alice).get("/checkup/history/").content.decode()
    assert "<strong>Trustworthiness</strong>: 33 → 83" in html  # same questions: compared
    assert "<strong>Openness</strong>: 33 → 83" in html
    assert "These questions changed in this version of the check-up" in html
    assert "What my partner offers me: <strong>kindness</strong>, <strong>respect</strong>" in html
    assert "<strong>Kindness</strong>:" not in html  # no change drawn across the rewording
    assert "New in this version of the check-up: <strong>compassion</strong>" in html
    assert "new questions from round 2, so the line starts again there" in html
    assert "not asked" in html  # compassion in round 1, "trust built over time" in round 2


def test_an_unfinished_round_moves_to_the_new_questions_and_keeps_its_answers(
    people: People,
) -> None:
    response = services.checkup_start(user=people.alice)
    CheckupResponse.objects.filter(pk=response.pk).update(instrument_version=1)
    old_only, kept = "ability_to_trust_1", "partner_kindness_1"
    for key in (old_only, kept):
        CheckupAnswer.objects.create(response=response, item_key=key, value=5)
    page = client_for(people.alice).get(FEAR_STEP).content.decode()
    assert "I feel afraid of my partner." in page
    response.refresh_from_db()
    assert response.instrument_version == load().version
    assert kept not in services.missing(response)
    assert CheckupAnswer.objects.filter(response=response, item_key=old_only).exists()


def test_partners_on_different_versions_are_compared_only_where_the_questions_match(
    people: People,
) -> None:
    finish_old_round(people.bob, EVERY_PART, version=2)
    finish_round(people.alice, EVERY_PART)
    html = client_for(people.alice).get("/checkup/report/1/").content.decode()
    assert "asked with other questions" in html
    scores = api_client(people.alice).get("/api/checkup/reports/1").json()["scores"]
    by_key = {s["dimension"]: s for s in scores}
    assert by_key["trust_earned"]["partner_status"] == "not asked"  # no view of their own
    assert by_key["trust_earned_of_you"]["partner_status"] == "shared"
    assert by_key["partner_kindness"]["partner_status"] == "asked differently"
    assert by_key["partner_kindness"]["partner"] is None


def test_an_old_round_is_exported_with_the_words_it_was_asked_in(people: People) -> None:
    finish_old_round(people.alice, [])
    exported = client_for(people.alice).get("/settings/export.json").json()
    (round_,) = exported["checkup_rounds"]
    assert round_["instrument_version"] == 1
    assert OLD_TRUST_ITEM in {answer["item"] for answer in round_["answers"]}
