"""Deleting an account erases what that person wrote, and nothing the partner wrote."""

from __future__ import annotations

from conftest import PASSWORD, People, client_for

from heartwork.daily import services as daily
from heartwork.daily.models import Appreciation, DailyAnswer, DailyReply
from heartwork.journal.models import JournalEntry


def _answered_and_replied(people: People) -> None:
    """Both answer today's question, and each replies to the other's answer."""
    question = daily.todays_question(people.alice)
    assert question is not None
    for person, words in ((people.alice, "The Lisbon night."), (people.bob, "The broken heater.")):
        daily.daily_answer(user=person, daily_question_id=question.pk, body=words)
    alices = DailyAnswer.objects.get(author=people.alice)
    bobs = DailyAnswer.objects.get(author=people.bob)
    daily.daily_reply(user=people.bob, answer_id=alices.public_id, body="I still laugh about it.")
    daily.daily_reply(user=people.alice, answer_id=bobs.public_id, body="Never again.")


def test_the_partners_reply_to_a_deleted_answer_stays_theirs(people: People) -> None:
    _answered_and_replied(people)

    response = client_for(people.alice).post("/settings/delete/", {"password": PASSWORD})
    assert response.status_code == 302

    reply = DailyReply.objects.get()
    assert reply.author == people.bob
    assert reply.body == "I still laugh about it."
    assert reply.answer is None
    assert reply.replying_to == "a reply to an answer that was deleted"


def test_what_the_deleted_person_wrote_is_gone(people: People) -> None:
    _answered_and_replied(people)
    daily.appreciation_send(user=people.alice, kind="thanks", body="For the tea.")
    daily.appreciation_send(user=people.bob, kind="thanks", body="For the walk.")
    JournalEntry.objects.create(author=people.alice, body="Alice's own page.")

    client_for(people.alice).post("/settings/delete/", {"password": PASSWORD})

    assert [a.body for a in DailyAnswer.objects.all()] == ["The broken heater."]
    assert [r.body for r in DailyReply.objects.all()] == ["I still laugh about it."]
    assert [a.body for a in Appreciation.objects.all()] == ["For the walk."]
    assert not JournalEntry.objects.exists()


def test_a_reply_to_an_answer_still_there_says_so(people: People) -> None:
    _answered_and_replied(people)
    reply = DailyReply.objects.get(author=people.bob)
    assert reply.replying_to == "a reply to your partner's answer"
