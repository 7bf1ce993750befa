"""Today's "Since you were last here" asks the database once for what is new of every kind.

It took one query per kind (ten), each reading whole rows and decrypting words it never
showed; now one ``UNION ALL`` over the partner's half finds the newest of each kind, and
only the lines that need more than a time (a changed plan or promise, a reaction or a
reply, a finished check-up) are read again, one query per model.
"""

from __future__ import annotations

from datetime import timedelta

from conftest import People
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from heartwork import access
from heartwork.core import request_scope
from heartwork.daily import services as daily
from heartwork.journal import services as journal
from heartwork.together.news import NEWS_MAX, together_for


def _bob_shares_a_bit_of_everything(people: People) -> None:
    bob, soon = people.bob, timezone.localdate() + timedelta(days=3)
    journal.journal_create(author=bob, title="Secret", body="mine alone")
    journal.journal_create(author=bob, body="a good week", shared=True)
    daily.appreciation_send(user=bob, kind="thanks", body="for the soup")
    daily.checkin_create(user=bob, mood=4, feelings=["calm"], shared=True)
    plan = daily.plan_create(user=bob, title="Picnic", planned_for=soon)
    promise = daily.promise_make(user=bob, text="fix the tap", due=soon)
    daily.plan_change(user=bob, plan_id=plan.public_id, title="Picnic by the lake")
    daily.promise_withdraw(user=bob, promise_id=promise.public_id)


def test_the_news_names_every_kind_newest_first_in_few_queries(people: People) -> None:
    together_for(people.alice)  # the first look marks the visit
    _bob_shares_a_bit_of_everything(people)
    with request_scope.scope():  # as in a request: the couple is looked up once
        access.current_couple(people.alice)
        with CaptureQueriesContext(connection) as seen:
            news = together_for(people.alice).news
    assert [n.text for n in news] == [
        "Bob withdrew a promise: fix the tap",
        "Bob changed a plan: Picnic by the lake, now "
        + f"{timezone.localdate() + timedelta(days=3):%a %-d %b}",
        "Bob made you a promise",
        "Bob planned some time together",
        "Bob shared a check-in",
        "Bob sent you an appreciation",
        "Bob shared a journal entry",
    ]
    # The visit, the safety screen, "your turn" on the check-up, "linked again?" (a new
    # couple); one query for what is new; one read each of the changed plan and the
    # withdrawn promise. It was fourteen.
    assert len(seen.captured_queries) <= 7, [q["sql"] for q in seen.captured_queries]


def test_the_news_shows_the_newest_lines_only_and_nothing_private(people: People) -> None:
    together_for(people.alice)
    for n in range(NEWS_MAX + 2):
        daily.appreciation_send(user=people.bob, kind="thanks", body=f"thanks {n}")
    journal.journal_create(author=people.bob, title="Secret", body="mine alone")
    news = together_for(people.alice).news
    assert len(news) == NEWS_MAX
    assert {n.text for n in news} == {"Bob sent you an appreciation"}
    assert news == sorted(news, key=lambda n: n.when, reverse=True)
    assert not together_for(people.eve).news  # an outsider hears nothing of it
