"""A finished round is scored once; the history reads the stored scores, however many rounds."""

from __future__ import annotations

from conftest import People, client_for
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from heartwork.checkup import history
from heartwork.checkup.models import CheckupResponse
from heartwork.checkup.tests.answering import EVERY_PART, finish_old_round
from heartwork.checkup.tests.test_taking_the_checkup import answer_all


def test_the_history_reads_no_answers_once_rounds_are_finished(people: People) -> None:
    for value in (6, 3, 5):
        answer_all(people.alice, value=value)
    with CaptureQueriesContext(connection) as page:
        response = client_for(people.alice).get("/checkup/history/")
    assert response.status_code == 200
    assert "a real" in response.content.decode()  # the change since last time is drawn
    assert not [q for q in page.captured_queries if '"checkup_checkupanswer"' in q["sql"]]


def test_rounds_from_before_are_scored_by_the_worker_as_the_page_would(people: People) -> None:
    old = finish_old_round(people.alice, EVERY_PART, default=4)
    assert old.stored_scores is None
    shown = history.my_rounds(people.alice)[0].scores  # scored on the fly meanwhile
    call_command("worker", "--once")
    old.refresh_from_db()
    assert old.stored_scores is not None
    assert old.stored_scores["scores"] == shown
    assert CheckupResponse.objects.filter(stored_scores__isnull=True).count() == 0
