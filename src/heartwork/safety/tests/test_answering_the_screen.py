"""A person answers the private screen, sees what it means, answers again, deletes it."""

from __future__ import annotations

import pytest
from conftest import People, client_for
from django.db import connection

from heartwork.core.tests.test_encryption_at_rest import raw_database_text
from heartwork.safety.models import SafetyScreen
from heartwork.safety.screen import KEYS, QUESTIONS
from heartwork.safety.selectors import screen_of
from heartwork.safety.tests.answers import (
    AFRAID_ONLY,
    DECLINED,
    HIGH_RISK,
    NECK_ONCE,
    NO_RISK,
    answer,
)


def test_every_question_offers_i_would_rather_not_say(people: People) -> None:
    html = client_for(people.alice).get("/for-you/").content.decode()
    for question in QUESTIONS:
        assert question.text.replace("'", "&#x27;") in html
    assert html.count("I&#x27;d rather not say") == len(QUESTIONS)
    assert "Not now" in html


def test_answers_are_saved_exactly_as_given(people: People) -> None:
    client = client_for(people.alice)
    given = {"afraid": "sometimes", "money": "rather_not", "sex": "no"}
    response = client.post("/for-you/", given)
    assert response["Location"] == "/for-you/next/"
    saved = screen_of(people.alice)
    assert saved is not None
    assert saved.state.answers == given  # the rest left unanswered, not filled in


def test_the_form_never_shows_earlier_answers(people: People) -> None:
    """Someone holding the unlocked phone who opens the screen learns nothing from it."""
    client = client_for(people.alice)
    before = client.get("/for-you/").content.decode()
    answer(client, HIGH_RISK)
    after = client.get("/for-you/").content.decode()
    assert "checked" not in after
    assert before.count("<input") == after.count("<input")


def test_skipping_saves_nothing_and_costs_nothing(people: People) -> None:
    client = client_for(people.alice)
    response = client.post("/for-you/", {})
    assert response["Location"] == "/"
    assert not SafetyScreen.objects.exists()
    assert "nothing was saved" in client.get("/").content.decode()


def test_an_answer_that_is_not_offered_is_refused_and_nothing_is_lost(people: People) -> None:
    client = client_for(people.alice)
    answer(client, AFRAID_ONLY)
    response = client.post("/for-you/", {"afraid": "always", "threats": "often"})
    assert response.status_code == 400
    assert "Please choose one of the answers shown" in response.content.decode()
    saved = screen_of(people.alice)
    assert saved is not None and saved.state.answers == AFRAID_ONLY


def test_with_htmx_each_answer_saves_as_it_is_given(people: People) -> None:
    client = client_for(people.alice)
    answer(client, NO_RISK)
    saved = client.post("/for-you/", {"hurt": "often"}, headers={"HX-Request": "true"})
    assert saved.status_code == 200
    assert "Saved. Only you can see it." in saved.content.decode()
    # A new set of answers replaces the earlier one: this is a retake, begun.
    state = screen_of(people.alice)
    assert state is not None and state.state.answers == {"hurt": "often"}
    refused = client.post("/for-you/", {"hurt": "x"}, headers={"HX-Request": "true"})
    assert refused.status_code == 400
    assert "couldn't be saved" in refused.content.decode()


@pytest.mark.django_db(transaction=True)
def test_answers_are_encrypted_at_rest(people: People) -> None:
    answer(client_for(people.alice), {"neck": "often", "sex": "sometimes"})
    raw = raw_database_text()
    assert b"gAAAA" in raw
    for word in (b'"neck"', b'"often"', b'"sometimes"', b'"sex"', b'"answers"', b'"joint"'):
        assert word not in raw, f"{word!r} is readable in the database"
    assert connection.vendor in ("sqlite", "postgresql")


def test_answering_again_replaces_the_answers_and_the_choice(people: People) -> None:
    client = client_for(people.alice)
    answer(client, HIGH_RISK)
    client.post("/for-you/couple-exercises/", {"joint": "open"})
    answer(client, AFRAID_ONLY)
    saved = screen_of(people.alice)
    assert saved is not None
    assert saved.state.answers == AFRAID_ONLY
    assert saved.state.joint is None  # the new answers decide again
    assert SafetyScreen.objects.count() == 1


def test_deleting_removes_the_answers_for_good(people: People) -> None:
    client = client_for(people.alice)
    answer(client, HIGH_RISK)
    assert "Delete your answers?" in client.get("/for-you/delete/").content.decode()
    response = client.post("/for-you/delete/")
    assert response["Location"] == "/for-you/"
    assert not SafetyScreen.objects.exists()
    assert "Your answers are deleted" in client.get("/for-you/").content.decode()
    assert "no answers saved" in client.get("/for-you/next/").content.decode()
    again = client.post("/for-you/delete/")
    assert again.status_code == 302


class TestWhatTheAnswersLeadTo:
    def test_risk_leads_to_help_the_explanation_and_the_plan(self, people: People, settings):
        settings.COACH_HELP_COUNTRY = "GB"
        client = client_for(people.alice)
        answer(client, AFRAID_ONLY)
        html = client.get("/for-you/next/").content.decode()
        assert "You told us about feeling afraid of your partner." in html
        assert "National Domestic Abuse Helpline" in html
        assert "Why couples exercises aren't recommended now" in html
        assert "paused for you" in html
        assert 'href="/for-you/plan/"' in html
        assert "Your safety comes first" not in html  # not one of the serious signs

    def test_serious_signs_put_the_emergency_number_first(self, people: People, settings):
        settings.COACH_HELP_COUNTRY = "GB"
        client = client_for(people.alice)
        answer(client, NECK_ONCE)
        html = client.get("/for-you/next/").content.decode()
        assert "Your safety comes first" in html
        assert html.index("call 999") < html.index("National Domestic Abuse Helpline")

    @pytest.mark.parametrize("answers", [NO_RISK, DECLINED], ids=["no", "rather not say"])
    def test_no_risk_says_so_and_leaves_the_exercises_open(self, people: People, answers):
        client = client_for(people.alice)
        answer(client, answers)
        html = client.get("/for-you/next/").content.decode()
        assert "Nothing you answered suggests that you are unsafe" in html
        assert "The couples exercises are open to you." in html
        assert ("you chose not to answer some questions" in html.lower()) == (answers == DECLINED)

    def test_the_next_page_lists_what_was_answered(self, people: People) -> None:
        client = client_for(people.alice)
        answer(client, {"money": "often"})
        html = client.get("/for-you/next/").content.decode()
        assert "What you answered" in html
        assert f"{len(KEYS) - 1} questions left unanswered" in html

    def test_help_can_be_shown_for_another_country(self, people: People, settings) -> None:
        settings.COACH_HELP_COUNTRY = "GB"
        client = client_for(people.alice)
        answer(client, HIGH_RISK)
        html = client.get("/for-you/next/?country=AU").content.decode()
        assert "1800RESPECT" in html and "call 000" in html
        assert '<option value="AU" selected>' in html
        unknown = client.get("/for-you/next/?country=ZZ").content.decode()
        assert "National Domestic Abuse Helpline" in unknown  # back to this server's own


def test_today_and_settings_offer_it_quietly_and_never_change(people: People) -> None:
    client = client_for(people.alice)
    link = 'href="/for-you/"'
    today_before, settings_before = client.get("/").content.decode(), client.get("/settings/")
    assert link in today_before and link in settings_before.content.decode()
    answer(client, HIGH_RISK)
    today_after = client.get("/").content.decode()
    assert today_after.count(link) == today_before.count(link)
    assert "badge" not in today_after.split(link)[0].rsplit("<p", 1)[1]


def test_the_pages_are_for_signed_in_people_and_never_cached(people: People, client) -> None:
    for path in ("/for-you/", "/for-you/next/", "/for-you/delete/"):
        assert client.get(path)["Location"].startswith("/accounts/login/")
    response = client.get("/for-you/plan/")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
