"""Today, with something new on every line, in fewer queries (28 here, with the counselor count kept; it took 31 before).

Most of a Today's time went into Django building its queries, not into running them
(issue 12), so fewer queries is a faster page: the news is one query, Today's small
numbers are one, and the safety screen is read once per request.
"""

from __future__ import annotations

from datetime import timedelta

from conftest import People, client_for
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from heartwork.daily import services as daily
from heartwork.journal import services as journal


def test_a_full_today_takes_few_queries_and_says_everything(people: People) -> None:
    alice = client_for(people.alice)
    alice.get("/")  # today's question is chosen, and the visit marked
    question = daily.todays_question(people.bob)
    assert question is not None
    daily.daily_answer(user=people.bob, daily_question_id=question.pk, body="the sea")
    daily.appreciation_send(user=people.bob, kind="thanks", body="for the soup")
    daily.checkin_create(user=people.alice, mood=4, feelings=["calm"])
    soon = timezone.localdate() + timedelta(days=2)
    daily.plan_create(user=people.bob, title="Picnic", planned_for=soon)
    daily.promise_make(user=people.bob, text="fix the tap", due=soon)
    journal.journal_create(author=people.bob, title="A good week", body="so good", shared=True)
    with CaptureQueriesContext(connection) as seen:
        page = alice.get("/").content.decode()
    assert "Bob answered: your turn." in page
    assert "1 new" in page and "(1 today)" in page
    assert "Picnic" in page and "Bob will fix the tap" in page
    assert "Bob sent you an appreciation" in page and "Bob shared a journal entry" in page
    assert "the sea" not in page  # sealed until Alice answers too
    # Seven of them: the counselor rule counting the new shared words again, once (five
    # reads), after reading the count kept for the couple, and keeping the new one.
    assert len(seen.captured_queries) <= 28, [q["sql"][:80] for q in seen.captured_queries]
