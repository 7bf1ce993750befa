"""The export: all of mine and what my partner shared with me, and nothing else.

The partner is the one to test against: a canary sentence goes into each of the
partner's private and still-sealed things, and the whole export (file, page and API)
is searched for it.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from conftest import People, api_client, client_for
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from heartwork.accounts.models import User
from heartwork.checkup.models import CheckupResponse
from heartwork.checkup.tests.test_taking_the_checkup import answer_all
from heartwork.daily import services as daily
from heartwork.daily.models import DailyQuestion, Question
from heartwork.export.selectors import SCHEMA_VERSION, export_for
from heartwork.journal import services as journal
from heartwork.together import services as together

CANARY = "the canary sings in the coal mine at midnight"
OUTSIDER = "an outsider's words that must stay next door"
SECTIONS = (
    "journal",
    "daily_answers",
    "daily_replies",
    "checkins",
    "appreciations",
    "plans",
    "promises",
    "checkup_rounds",
)


def a_past_question(people: People, days_ago: int) -> DailyQuestion:
    couple = people.alice.memberships.get().couple
    return DailyQuestion.objects.create(
        couple=couple,
        date=timezone.localdate() - timedelta(days=days_ago),
        question=Question.objects.order_by("pk")[days_ago],
    )


def write_a_day(people: People, days_ago: int) -> None:
    """One day of both partners' history: each kind of item, open between them."""
    alice, bob = people.alice, people.bob
    journal.journal_create(author=alice, body=f"Alice's private page {days_ago}")
    journal.journal_create(author=bob, body=f"Bob's shared page {days_ago}", shared=True)
    question = a_past_question(people, days_ago)
    mine = daily.daily_answer(user=alice, daily_question_id=question.pk, body="my answer")
    theirs = daily.daily_answer(user=bob, daily_question_id=question.pk, body="Bob's answer")
    together.response_reply(user=alice, kind="answer", item_id=theirs.public_id, body="my reply")
    together.response_reply(user=bob, kind="answer", item_id=mine.public_id, body="Bob's reply")
    daily.checkin_create(user=alice, mood=4, feelings=["calm"], good_thing="a walk")
    daily.checkin_create(
        user=bob, mood=3, feelings=["tired"], hard_thing="a long day at work", shared=True
    )
    daily.appreciation_send(user=bob, kind="thanks", body="Thank you for dinner")
    daily.plan_create(user=alice, title="picnic", planned_for=date(2030, 1, 1))
    daily.promise_make(user=bob, text="fix the shelf", due=date(2030, 1, 1))


@pytest.fixture
def history(people: People) -> People:
    """Alice's and Bob's shared history, Bob's private and sealed canaries, and Eve's words."""
    alice, bob, eve = people.alice, people.bob, people.eve
    write_a_day(people, 1)
    journal.journal_create(author=alice, title="Mine alone", body="Alice's secret hope")
    journal.journal_create(author=alice, body="Alice's shared page", shared=True)
    daily.checkin_create(user=alice, mood=2, feelings=["sad"], hard_thing="Alice's hard day")
    answer_all(alice)
    # Bob's private things, and his answer to today's question, which Alice has not answered.
    journal.journal_create(author=bob, title=CANARY, body=CANARY)
    daily.checkin_create(
        user=bob, mood=1, feelings=["afraid"], good_thing=CANARY, hard_thing=CANARY
    )
    today = daily.todays_question(bob)
    assert today is not None
    daily.daily_answer(user=bob, daily_question_id=today.pk, body=CANARY)
    answer_all(bob, value=1)
    # The other couple's words, shared between them.
    journal.journal_create(author=eve, title=OUTSIDER, body=OUTSIDER, shared=True)
    daily.appreciation_send(user=eve, kind="thanks", body=OUTSIDER)
    daily.promise_make(user=eve, text=OUTSIDER, due=date(2030, 1, 1))
    daily.checkin_create(user=eve, mood=3, feelings=[], good_thing=OUTSIDER, shared=True)
    return people


def web_export(user: User) -> dict:
    response = client_for(user).get("/settings/export.json")
    assert response.status_code == 200
    return json.loads(response.content)


def test_the_export_holds_my_private_items_and_my_partners_shared_ones(history: People) -> None:
    export = web_export(history.alice)
    text = json.dumps(export)
    for mine in ("Alice's secret hope", "Alice's hard day", "Alice's private page 1", "picnic"):
        assert mine in text
    for shared in ("Bob's shared page 1", "Bob's answer", "Bob's reply", "Thank you for dinner"):
        assert shared in text
    assert "fix the shelf" in text and "a long day at work" in text
    assert export["schema_version"] == SCHEMA_VERSION
    assert export["profile"]["email"] == "alice@example.com"
    assert export["partner"] == {"name": "Bob"}
    private = next(e for e in export["journal"] if e["title"] == "Mine alone")
    assert (private["mine"], private["author"], private["visibility"]) == (True, "me", "private")
    bobs = next(e for e in export["journal"] if e["body"] == "Bob's shared page 1")
    assert (bobs["mine"], bobs["author"], bobs["author_name"]) == (False, "partner", "Bob")
    assert set(SECTIONS) <= set(export)


def test_none_of_my_partners_private_or_sealed_items_are_in_any_form_of_the_export(
    history: People,
) -> None:
    alice = history.alice
    file = client_for(alice).get("/settings/export.json").content.decode()
    page = client_for(alice).get("/settings/export/").content.decode()
    from_api = api_client(alice, scope="read").get("/api/export").content.decode()
    for form in (file, page, from_api):
        assert "canary" not in form.lower()
    # Bob's check-up answers reach Alice only through the report he chooses to share.
    rounds = web_export(alice)["checkup_rounds"]
    assert len(rounds) == 1
    # Alice's (1 is "not afraid" to the fear question); Bob's are 1, 5 and 7.
    assert {a["value"] for a in rounds[0]["answers"]} == {1, 2, 5, 6}
    assert CheckupResponse.objects.filter(author=history.bob).count() == 1


def test_my_partner_sees_my_sealed_answer_only_once_they_have_answered(history: People) -> None:
    alice, bob = history.alice, history.bob
    assert CANARY in json.dumps(web_export(bob))  # Bob's own words are all his
    today = daily.todays_question(alice)
    assert today is not None
    daily.daily_answer(user=alice, daily_question_id=today.pk, body="my answer today")
    assert CANARY in json.dumps(web_export(alice))
    assert "my answer today" in json.dumps(web_export(bob))


def test_an_outsiders_data_never_appears(history: People) -> None:
    for person in (history.alice, history.bob):
        assert OUTSIDER not in json.dumps(web_export(person))
        assert OUTSIDER not in client_for(person).get("/settings/export/").content.decode()
    assert OUTSIDER in json.dumps(web_export(history.frank))  # the control: Eve shared it


def test_after_leaving_the_couple_my_former_partners_shared_items_are_gone(
    history: People,
) -> None:
    from heartwork.accounts import services as account_services

    account_services.couple_leave(user=history.bob)
    export = json.dumps(web_export(history.alice))
    assert "Bob's shared page 1" not in export and "Thank you for dinner" not in export
    assert "Alice's secret hope" in export and "my reply" in export


def test_the_file_is_an_attachment_and_neither_form_is_cached(history: People) -> None:
    client = client_for(history.alice)
    file = client.get("/settings/export.json")
    assert file["Content-Type"] == "application/json"
    assert file["Content-Disposition"].startswith('attachment; filename="heartwork-export-')
    assert "no-store" in file["Cache-Control"]
    page = client.get("/settings/export/")
    assert page.status_code == 200
    assert "no-store" in page["Cache-Control"]
    assert "Alice&#x27;s secret hope" in page.content.decode()


def test_settings_links_to_the_export(people: People) -> None:
    page = client_for(people.alice).get("/settings/").content.decode()
    assert 'href="/settings/export/"' in page and 'href="/settings/export.json"' in page


def test_the_api_gives_the_same_export_as_the_file(history: People) -> None:
    from_api = api_client(history.alice, scope="read").get("/api/export")
    assert from_api.status_code == 200
    assert "no-store" in from_api["Cache-Control"]
    file = web_export(history.alice)
    answer = from_api.json()
    assert answer.pop("exported_at") and file.pop("exported_at")
    assert answer == file


def test_anonymous_gets_a_redirect_on_the_web_and_401_from_the_api(db) -> None:
    for url in ("/settings/export.json", "/settings/export/"):
        response = Client().get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")
    assert Client().get("/api/export").status_code == 401
    assert (
        Client(headers={"Authorization": "Bearer hw_made_up"}).get("/api/export").status_code == 401
    )


def test_the_number_of_queries_does_not_grow_with_history(
    people: People, django_assert_max_num_queries
) -> None:
    write_a_day(people, 1)
    answer_all(people.alice)
    with CaptureQueriesContext(connection) as short:
        short_export = export_for(people.alice)
    for days_ago in range(2, 31):
        write_a_day(people, days_ago)
    answer_all(people.alice)
    answer_all(people.alice)
    with django_assert_max_num_queries(len(short)):
        long_export = export_for(people.alice)
    assert len(long_export["journal"]) == 30 * len(short_export["journal"])
    assert len(long_export["checkup_rounds"]) == 3
