""" "Your turn" and "Since you were last here": who answered, what is new, nothing more.

Only that the partner took a turn, never what a sealed turn says; a small, bounded list;
one write per visit, not per page; and nothing that shows a look for help.
"""

from __future__ import annotations

from datetime import timedelta

from conftest import People, client_for
from django.utils import timezone

from heartwork.checkup.tests.test_taking_the_checkup import answer_all
from heartwork.daily import services as daily
from heartwork.journal import services as journal
from heartwork.safety import services as safety
from heartwork.together import services
from heartwork.together.models import Visit
from heartwork.together.news import NEWS_MAX

SEALED = "my sealed words about courage"


def answer_today(who, body: str = SEALED):
    question = daily.todays_question(who)
    assert question is not None
    return daily.daily_answer(user=who, daily_question_id=question.pk, body=body)


def test_today_and_the_question_page_say_your_turn_once_the_partner_answered(
    people: People,
) -> None:
    answer_today(people.alice)
    bob = client_for(people.bob)
    for page in ("/", "/daily/"):
        html = bob.get(page).content.decode()
        assert "Alice answered: your turn." in html
        assert SEALED not in html
    assert "your turn" not in client_for(people.alice).get("/").content.decode()


def test_the_second_to_answer_is_told_the_answers_are_open_not_to_wait(people: People) -> None:
    answer_today(people.alice)
    response = client_for(people.bob).post("/daily/", {"body": "Mine too"}, follow=True)
    html = response.content.decode()
    assert "You can read each other&#x27;s answers now." in html
    assert "once they&#x27;ve answered" not in html
    assert SEALED in html


def test_since_you_were_last_here_lists_what_the_partner_shared_and_answered(
    people: People,
) -> None:
    entry = journal.journal_create(author=people.bob, body="mine", shared=True)
    client_for(people.alice).get("/")  # Alice's first visit
    Visit.objects.update(seen_at=timezone.now() - timedelta(hours=2))
    services.response_react(
        user=people.alice, kind="journal", item_id=entry.public_id, reaction="hug"
    )
    daily.appreciation_send(user=people.alice, kind="thanks", body="For the tea.")
    journal.journal_create(author=people.alice, body="only mine")  # private: not news
    html = client_for(people.bob).get("/").content.decode()
    assert "Since you were last here" in html
    assert "Alice reacted to your journal entry: a hug" in html
    assert "Alice sent you an appreciation" in html
    assert html.count("Alice shared a journal entry") == 0


def test_a_page_opened_again_within_a_visit_writes_nothing(
    people: People, django_assert_max_num_queries
) -> None:
    bob = client_for(people.bob)
    bob.get("/")
    with django_assert_max_num_queries(60) as again:
        bob.get("/")
    writes = [q["sql"] for q in again.captured_queries if q["sql"].startswith(("UPDATE", "INSERT"))]
    assert not [sql for sql in writes if "together_visit" in sql]


def test_the_list_is_bounded_however_much_was_shared(people: People) -> None:
    client_for(people.bob).get("/")
    Visit.objects.update(seen_at=timezone.now() - timedelta(hours=2))
    for n in range(NEWS_MAX + 5):
        daily.appreciation_send(user=people.alice, kind="thanks", body=f"thanks {n}")
    html = client_for(people.bob).get("/").content.decode()
    assert html.count("Alice sent you an appreciation") == NEWS_MAX


def test_the_partner_finishing_the_check_up_is_your_turn_then_a_ready_report(
    people: People,
) -> None:
    answer_all(people.alice)
    bob = client_for(people.bob)
    assert "Alice finished the check-up: your turn." in bob.get("/").content.decode()
    answer_all(people.bob)
    client_for(people.alice).get("/")
    Visit.objects.filter(user=people.alice).update(
        seen_at=timezone.now() - timedelta(hours=2), since=timezone.now() - timedelta(hours=3)
    )
    html = client_for(people.alice).get("/").content.decode()
    assert "Bob finished the check-up: your report together is ready" in html


def test_no_check_up_nudge_for_someone_whose_couple_exercises_are_resting(
    people: People,
) -> None:
    answer_all(people.alice)
    safety.screen_choose_joint(user=people.bob, joint="paused")
    html = client_for(people.bob).get("/").content.decode()
    assert "finished the check-up" not in html
    # ... and the partner's page says nothing of it.
    assert "your turn" not in client_for(people.alice).get("/").content.decode()


def test_the_today_page_reads_news_in_queries_that_do_not_grow(
    people: People, django_assert_max_num_queries
) -> None:
    def share_a_week() -> None:
        for n in range(7):
            sent = daily.appreciation_send(user=people.alice, kind="thanks", body=f"t{n}")
            journal.journal_create(author=people.alice, body=f"e{n}", shared=True)
            services.response_reply(
                user=people.alice, kind="appreciation", item_id=sent.public_id, body="and"
            )

    bob = client_for(people.bob)
    bob.get("/")
    share_a_week()
    with django_assert_max_num_queries(60) as few:
        bob.get("/")
    for _ in range(5):
        share_a_week()
    with django_assert_max_num_queries(len(few.captured_queries)):
        bob.get("/")
