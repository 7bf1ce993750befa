"""Deleting an account erases what that person wrote, and nothing the partner wrote."""

from __future__ import annotations

from conftest import PASSWORD, People, client_for

from heartwork.daily import services as daily
from heartwork.daily.models import Appreciation, DailyAnswer
from heartwork.journal.models import JournalEntry
from heartwork.together import services as together
from heartwork.together.models import Response


def _answered_and_replied(people: People) -> None:
    """Both answer today's question, and each replies to the other's answer."""
    question = daily.todays_question(people.alice)
    assert question is not None
    for person, words in ((people.alice, "The Lisbon night."), (people.bob, "The broken heater.")):
        daily.daily_answer(user=person, daily_question_id=question.pk, body=words)
    alices = DailyAnswer.objects.get(author=people.alice)
    bobs = DailyAnswer.objects.get(author=people.bob)
    for person, answer, words in (
        (people.bob, alices, "I still laugh about it."),
        (people.alice, bobs, "Never again."),
    ):
        together.response_reply(user=person, kind="answer", item_id=answer.public_id, body=words)


def test_the_partners_reply_to_a_deleted_answer_stays_theirs(people: People) -> None:
    _answered_and_replied(people)

    response = client_for(people.alice).post("/settings/delete/", {"password": PASSWORD})
    assert response.status_code == 302

    reply = Response.objects.get()
    assert reply.author == people.bob
    assert reply.body == "I still laugh about it."
    # Bob's own copy says it answered an answer that is gone.
    export = client_for(people.bob).get("/settings/export.json").json()
    assert [(r["body"], r["answer_id"]) for r in export["daily_replies"]] == [
        ("I still laugh about it.", None)
    ]


def test_what_the_deleted_person_wrote_is_gone(people: People) -> None:
    _answered_and_replied(people)
    daily.appreciation_send(user=people.alice, kind="thanks", body="For the tea.")
    daily.appreciation_send(user=people.bob, kind="thanks", body="For the walk.")
    JournalEntry.objects.create(author=people.alice, body="Alice's own page.")

    client_for(people.alice).post("/settings/delete/", {"password": PASSWORD})

    assert [a.body for a in DailyAnswer.objects.all()] == ["The broken heater."]
    assert [r.body for r in Response.objects.all()] == ["I still laugh about it."]
    assert [a.body for a in Appreciation.objects.all()] == ["For the walk."]
    assert not JournalEntry.objects.exists()


def test_a_reply_to_an_answer_still_there_names_it(people: People) -> None:
    _answered_and_replied(people)
    export = client_for(people.bob).get("/settings/export.json").json()
    alices = DailyAnswer.objects.get(author=people.alice)
    assert [(r["body"], r["answer_id"]) for r in export["daily_replies"]] == [
        ("I still laugh about it.", str(alices.public_id)),
        ("Never again.", str(DailyAnswer.objects.get(author=people.bob).public_id)),
    ]
