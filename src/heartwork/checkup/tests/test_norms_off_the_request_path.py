"""The check-up's norms are measured by the worker; a page only reads the stored row."""

from __future__ import annotations

import random

import pytest
from conftest import Clock, People, client_for
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from heartwork.checkup import norms
from heartwork.checkup.instrument import load
from heartwork.checkup.models import CheckupAnswer, CheckupResponse, Norms, seal_key
from heartwork.checkup.tests.test_taking_the_checkup import answer_all
from heartwork.core.models import Visibility


def finished_rounds(user, count: int) -> None:
    """``count`` finished rounds of varied answers, as many people's would be."""
    chance = random.Random(12)
    for number in range(1, count + 1):
        response = CheckupResponse.objects.create(
            author=user,
            round_number=number,
            instrument_version=load().version,
            finished_at=timezone.now(),
            visibility=Visibility.SEALED,
            seal_key=seal_key(number),
        )
        base = chance.randint(2, 6)
        answers = []
        for item in load().items:
            # How much of it the person has (higher is better), stored as a person
            # would answer the sentence: a reverse-keyed one the other way round.
            keyed = min(7, max(1, base + chance.randint(-1, 1)))
            value = 8 - keyed if item.reverse else keyed
            answers.append(CheckupAnswer(response=response, item_key=item.key, value=value))
        CheckupAnswer.objects.bulk_create(answers)


@pytest.fixture
def few_respondents(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(norms, "MIN_RESPONDENTS", 3)


def test_the_history_page_reads_the_stored_norms_and_never_every_answer(
    people: People,
) -> None:
    answer_all(people.alice)
    answer_all(people.alice, value=3)
    finished_rounds(people.eve, 6)
    with CaptureQueriesContext(connection) as page:
        response = client_for(people.alice).get("/checkup/history/")
    assert response.status_code == 200
    reads = [q["sql"] for q in page.captured_queries]
    assert any('"checkup_norms"' in sql for sql in reads)
    for sql in reads:
        if '"checkup_checkupanswer"' in sql:
            assert '"response_id" IN' in sql, f"read answers beyond the reader's own: {sql}"


def test_until_the_worker_measures_the_documented_defaults_stand_in(people: People) -> None:
    finished_rounds(people.eve, 6)
    assert norms.reliability_and_sd() == {}


def test_the_worker_measures_the_norms_and_pages_read_them(
    people: People, few_respondents: None
) -> None:
    finished_rounds(people.eve, 6)
    call_command("worker", "--once")
    measured = norms.reliability_and_sd()
    assert measured, "some dimension had enough respondents"
    alpha, sd = next(iter(measured.values()))
    assert 0 <= alpha <= 1
    assert sd > 0
    with CaptureQueriesContext(connection) as read:
        norms.reliability_and_sd()
    assert len(read.captured_queries) == 1


def test_the_norms_are_measured_again_only_when_due(
    people: People, few_respondents: None, clock: Clock
) -> None:
    finished_rounds(people.eve, 6)
    assert norms.refresh(worker="one")
    assert not norms.refresh(worker="two"), "measured a moment ago"
    clock.advance(hours=7)
    assert norms.refresh(worker="two")


def test_two_workers_never_measure_at_once(people: People, few_respondents: None) -> None:
    Norms.objects.create(
        instrument_version=load().version, claimed_by="one", claimed_at=timezone.now()
    )
    assert not norms.refresh(worker="two")
    assert Norms.objects.get().claimed_by == "one"


def test_a_claim_left_by_a_worker_that_died_is_taken_over(
    people: People, few_respondents: None, clock: Clock
) -> None:
    Norms.objects.create(
        instrument_version=load().version, claimed_by="one", claimed_at=timezone.now()
    )
    clock.advance(hours=1)
    assert norms.refresh(worker="two")
    assert Norms.objects.get().claimed_by == ""


def test_answers_that_do_not_hang_together_keep_the_default_reliability(
    people: People, few_respondents: None
) -> None:
    """Keyed answers that pull against each other give a negative alpha (it has no lower
    bound); the history then keeps the default rather than call every change noise."""
    chance = random.Random(3)
    for number in range(1, 7):
        response = CheckupResponse.objects.create(
            author=people.eve,
            round_number=number,
            instrument_version=load().version,
            finished_at=timezone.now(),
            visibility=Visibility.SEALED,
            seal_key=seal_key(number),
        )
        base = chance.randint(2, 6)
        # Every sentence answered alike, reverse-keyed ones too: as keyed answers, the
        # two kinds of sentence move against each other.
        CheckupAnswer.objects.bulk_create(
            CheckupAnswer(response=response, item_key=item.key, value=base) for item in load().items
        )
    assert norms.refresh(worker="one")
    measured = norms.reliability_and_sd()
    assert all(alpha >= 0 for alpha, _ in measured.values())
    assert "partner_respect" not in measured, "a dimension with reverse-keyed sentences"
