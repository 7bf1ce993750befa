"""The coach on the web and in the API: private, unsaved, and gentle."""

from __future__ import annotations

import logging

import pytest
from conftest import People, api_client, client_for
from django.test import Client

from heartwork.journal import services as journal
from heartwork.journal.models import JournalEntry

CRITICAL = "You never listen to me, you're so selfish."


def test_the_page_marks_the_words_and_offers_rewrites_without_javascript(people: People) -> None:
    response = client_for(people.alice).post("/coach/", {"text": CRITICAL})
    html = response.content.decode()
    assert response.status_code == 200
    assert '<mark class="harmful" title="Attacking who they are">' in html
    assert "You could say it like this" in html
    assert "Say it kindly" in html  # the whole page, not a fragment


def test_htmx_gets_only_the_analysis(people: People) -> None:
    response = client_for(people.alice).post("/coach/", {"text": CRITICAL}, HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert "<html" not in html
    assert "How it might land" in html


def test_a_kind_message_is_recognised(people: People) -> None:
    html = (
        client_for(people.alice)
        .post("/coach/", {"text": "Thank you for dinner, love."})
        .content.decode()
    )
    assert '<mark class="helpful"' in html
    assert "You could say it like this" not in html


def test_a_concern_shows_help_instead_of_tips(people: People, settings) -> None:
    settings.COACH_RESOURCES = ["Local helpline: 0800 000 000"]
    html = client_for(people.alice).post("/coach/", {"text": "I want to die."}).content.decode()
    assert "Local helpline: 0800 000 000" in html
    assert "You could say it like this" not in html


def test_the_country_setting_chooses_the_numbers(people: People, settings) -> None:
    settings.COACH_HELP_COUNTRY = "AU"
    text = "he's got the knife and he's coming at me"
    html = client_for(people.alice).post("/coach/", {"text": text}).content.decode()
    assert 'data-concern="imminent"' in html
    assert html.index("call 000") < html.index("1800RESPECT")


def test_the_help_page_lists_every_kind_of_help(people: People, settings) -> None:
    settings.COACH_HELP_COUNTRY = "GB"
    html = client_for(people.alice).get("/coach/help/").content.decode()
    for line in ("call 999", "Samaritans", "National Domestic Abuse Helpline"):
        assert line in html


def test_nothing_typed_is_stored_or_logged(
    people: People, caplog, django_assert_max_num_queries
) -> None:
    secret = "You never listen, you are so selfish about the money from grandma"
    caplog.set_level(logging.DEBUG)
    client = client_for(people.alice)
    client.post("/coach/", {"text": secret})
    client.post("/api/coach/analyze", {"text": secret}, content_type="application/json")
    assert secret not in caplog.text
    assert JournalEntry.objects.count() == 0


def test_the_hint_beside_a_journal_entry(people: People) -> None:
    client = client_for(people.alice)
    harsh = client.post("/coach/hint/", {"field": "body", "body": CRITICAL}).content.decode()
    assert "A gentle thought" in harsh and "attacking who they are" in harsh
    kind = client.post("/coach/hint/", {"field": "body", "body": "I loved today."}).content.decode()
    assert kind.strip() == ""


@pytest.mark.parametrize(
    ("path", "field"),
    [
        ("/journal/new/", "body"),
        ("/daily/", "body"),
        ("/daily/appreciations/", "body"),
    ],
)
def test_the_hint_sits_under_every_field_the_partner_reads(
    people: People, path: str, field: str
) -> None:
    client = client_for(people.alice)
    page = client.get(path).content.decode()
    assert f'hx-trigger="input changed delay:600ms from:#id_{field}"' in page
    assert f'hx-vals=\'{{"field": "{field}"}}\'' in page
    hint = client.post("/coach/hint/", {"field": field, field: CRITICAL}).content.decode()
    assert "A gentle thought" in hint


def test_a_check_in_gets_a_hint_only_when_words_signal_danger(people: People) -> None:
    """A check-in tells how your own day went; "traffic was a nightmare" is not an excuse
    to a partner, and a hint on a hard day would only sting. Danger is the exception."""
    client = client_for(people.alice)
    page = client.get("/daily/checkins/").content.decode()
    assert '"only": "concern"' in page
    hard_day = {"field": "hard_thing", "only": "concern", "hard_thing": CRITICAL}
    assert client.post("/coach/hint/", hard_day).content.decode().strip() == ""
    danger = {**hard_day, "hard_thing": "took all my pills an hour ago"}
    assert 'data-concern="imminent"' in client.post("/coach/hint/", danger).content.decode()


def test_help_to_reply_to_a_shared_entry(people: People) -> None:
    entry = journal.journal_create(
        author=people.alice, body="I feel lonely when you work late every night.", shared=True
    )
    html = client_for(people.bob).get(f"/coach/listen/journal/{entry.public_id}/").content.decode()
    assert "It sounds like you felt lonely when I work late every night." in html
    detail = client_for(people.bob).get(f"/journal/{entry.public_id}/").content.decode()
    assert "Help me reply with care" in detail


def test_the_api_analyzes_and_listens(people: People) -> None:
    api = api_client(people.alice)
    data = api.post(
        "/api/coach/analyze", {"text": CRITICAL}, content_type="application/json"
    ).json()
    assert "criticism" in data["labels"] and data["suggestions"]
    assert set(data) == {"labels", "spans", "suggestions", "concern"}
    heard = api.post(
        "/api/coach/listen", {"text": "I feel hurt."}, content_type="application/json"
    ).json()
    assert "hurt" in heard["reflection"]
    assert (
        api.post("/api/coach/analyze", {"text": ""}, content_type="application/json").status_code
        == 422
    )


def test_the_api_needs_a_login(db) -> None:
    response = Client().post("/api/coach/analyze", {"text": "hi"}, content_type="application/json")
    assert response.status_code == 401


def test_the_api_is_rate_limited(people: People) -> None:
    client = client_for(people.alice)
    statuses = [
        client.post(
            "/api/coach/listen", {"text": "hi"}, content_type="application/json"
        ).status_code
        for _ in range(125)
    ]
    assert statuses[0] == 200
    assert statuses[-1] == 429


@pytest.mark.parametrize("path", ["/coach/", "/coach/hint/"])
def test_signed_out_people_are_sent_to_log_in(db, path: str) -> None:
    response = Client().post(path, {"text": "hi"})
    assert response.status_code == 302


def test_help_to_reply_to_good_news_shares_the_joy(people: People) -> None:
    body = "We talked about the hard thing and nobody slammed a door. I'm proud of how we listened."
    entry = journal.journal_create(author=people.alice, title="Proud of us", body=body, shared=True)
    html = client_for(people.bob).get(f"/coach/listen/journal/{entry.public_id}/").content.decode()
    assert "It sounds like you feel proud of how we listened." in html
    assert "Be glad with them" in html
    assert "What would help you feel heard by me?" not in html
