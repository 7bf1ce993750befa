"""Before leaving the couple, each sees exactly what they keep and what they stop seeing."""

from __future__ import annotations

from conftest import People, client_for

from heartwork.checkup.tests.answering import EVERY_PART, finish_round
from heartwork.conflict import services as conflict
from heartwork.daily import services as daily
from heartwork.journal import services as journal
from heartwork.together import services as together


def test_the_leave_page_counts_what_each_shared_and_never_the_partners_private_things(
    people: People,
) -> None:
    journal.journal_create(author=people.alice, body="ours", shared=True)
    journal.journal_create(author=people.alice, body="mine", shared=True)
    journal.journal_create(author=people.bob, body="his", shared=True)
    journal.journal_create(author=people.bob, body="private", shared=False)
    daily.appreciation_send(user=people.bob, kind="thanks", body="For the tea.")
    html = client_for(people.alice).get("/couple/leave/").content.decode()
    assert "Bob will no longer see what you shared with them: 2 journal entries." in html
    assert "what Bob shared with you: 1 journal entry, 1 appreciation." in html


def test_the_leave_page_counts_replies_checkup_results_and_the_conflict_rooms_words(
    people: People,
) -> None:
    question = daily.todays_question(people.alice)
    assert question is not None
    daily.daily_answer(user=people.alice, daily_question_id=question.pk, body="The sea.")
    bobs = daily.daily_answer(user=people.bob, daily_question_id=question.pk, body="The hills.")
    together.response_reply(
        user=people.alice, kind="answer", item_id=bobs.public_id, body="Let's go there."
    )
    finish_round(people.alice, EVERY_PART)
    finish_round(people.bob, [])  # nothing of his scores is shown to her
    topic = conflict.topic_open(user=people.bob, title="Sunday night")
    conflict.topic_answer(user=people.alice, topic_id=topic.public_id, join=True)
    html = client_for(people.alice).get("/couple/leave/").content.decode()
    assert (
        "Bob will no longer see what you shared with them: 1 answer to a daily question, "
        "1 reaction or reply, 1 check-up result." in html
    )
    assert (
        "what Bob shared with you: 1 answer to a daily question, "
        "1 thing from the conflict room." in html
    )
    # All of it may come back, each person's own by their own choice, should they link again.
    assert (
        "If you and Bob link again one day, each of you may choose to bring back what you "
        "shared here, everything listed above" in html
    )


def test_a_sealed_answer_the_partner_never_opened_is_not_counted_as_lost(people: People) -> None:
    question = daily.todays_question(people.alice)
    assert question is not None
    daily.daily_answer(user=people.alice, daily_question_id=question.pk, body="The sea.")
    html = client_for(people.alice).get("/couple/leave/").content.decode()
    assert "You haven't shared anything with Bob yet." in html
