"""The rule for suggesting a counselor, each signal on and off at its boundary.

The rule itself (``rules.decide``) is tested on counts; then each signal is produced as
people produce it (rounds of the check-up, shared words, the safety screen, the conflict
room's counts) and read back from Today, the check-up report and ``GET /api/counseling``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from conftest import People, api_client, client_for
from django.utils import timezone

from heartwork.accounts.models import User
from heartwork.checkup.scoring import LOW
from heartwork.checkup.tests.answering import EVERY_PART, finish_round
from heartwork.checkup.tests.test_help_reaches_whoever_holds_back import HOLDS_BACK
from heartwork.counseling import rules, selectors
from heartwork.counseling.rules import HARSH_AT, UNRESOLVED_AT, Signals, decide
from heartwork.counseling.selectors import harsh_shared_count, suggestion_for
from heartwork.daily import services as daily
from heartwork.daily.models import DailyAnswer
from heartwork.journal import services as journal
from heartwork.journal.models import JournalEntry
from heartwork.safety.tests.answers import AFRAID_ONLY, answer
from heartwork.together import services as together

# Low everywhere but respect and safety to share (a couple struggling, nothing unsafe).
LOW_BUT_SAFE = {"partner_respect": 6, "safety_to_share": 6}
HARSH = "You are pathetic."  # the coach reads criticism and contempt in it
KIND = "Our walk by the river."
CARD = "A counselor could help"


def keys(signals: Signals) -> list[str]:
    return [r.key for r in decide(signals).reasons]


# The rule on counts


def test_nothing_is_suggested_when_no_signal_holds() -> None:
    assert decide(Signals()).path is None
    assert not decide(Signals()).suggested


def test_the_lowest_band_counts_only_two_rounds_running_below_it() -> None:
    assert LOW == 40  # the check-up's own lowest band: below 40 (docs/checkup.md)
    assert keys(Signals(overall_last_two=(LOW - 1, LOW - 1))) == ["checkup"]
    assert keys(Signals(overall_last_two=(LOW - 1, LOW))) == []
    assert keys(Signals(overall_last_two=(LOW, LOW - 1))) == []
    assert keys(Signals(overall_last_two=(LOW - 1,))) == []  # one round is not two
    assert keys(Signals(overall_last_two=(None, LOW - 1))) == []


def test_shared_words_count_from_the_threshold() -> None:
    assert keys(Signals(harsh_shared=HARSH_AT)) == ["shared_words"]
    assert keys(Signals(harsh_shared=HARSH_AT - 1)) == []


def test_unresolved_topics_count_from_the_threshold() -> None:
    assert keys(Signals(unresolved=UNRESOLVED_AT)) == ["unresolved"]
    assert keys(Signals(unresolved=UNRESOLVED_AT - 1)) == []


def test_a_private_signal_always_leads_to_a_counselor_of_ones_own() -> None:
    every = Signals(overall_last_two=(10, 10), private=True, harsh_shared=50, unresolved=9)
    suggestion = decide(every)
    assert suggestion.path == "own"
    assert [r.key for r in suggestion.reasons] == ["private"]
    assert decide(Signals(private=True)).path == "own"


def test_the_reasons_never_blame_anyone() -> None:
    for reason in rules.REASONS.values():
        assert "your partner's fault" not in reason.words
        assert "you should" not in reason.words.lower()


# The check-up


def test_two_low_rounds_suggest_going_together_on_today_the_report_and_the_api(
    people: People,
) -> None:
    alice = client_for(people.alice)
    finish_round(people.alice, [], keyed=LOW_BUT_SAFE, default=2)
    assert CARD not in alice.get("/").content.decode()
    finish_round(people.alice, [], keyed=LOW_BUT_SAFE, default=2)
    today = alice.get("/").content.decode()
    assert CARD in today and "lowest band for two rounds" in today
    report = alice.get("/checkup/report/2/").content.decode()
    assert CARD in report and 'href="/counseling/"' in report
    got = api_client(people.alice).get("/api/counseling").json()
    assert (got["suggested"], got["path"]) == (True, "together")
    assert [r["key"] for r in got["reasons"]] == ["checkup"]
    assert api_client(people.alice).get("/api/checkup/reports/2").json()["counselor"]


def test_a_low_round_then_a_better_one_suggests_nothing(people: People) -> None:
    finish_round(people.alice, [], keyed=LOW_BUT_SAFE, default=2)
    finish_round(people.alice, [], keyed=LOW_BUT_SAFE, default=4)
    assert suggestion_for(people.alice).path is None


def test_low_respect_or_safety_leads_to_the_individual_path_never_a_joint_card(
    people: People,
) -> None:
    finish_round(people.alice, EVERY_PART, keyed=HOLDS_BACK, default=2)
    finish_round(people.alice, EVERY_PART, keyed=HOLDS_BACK, default=2)
    alice = client_for(people.alice)
    assert suggestion_for(people.alice).path == "own"
    assert CARD not in alice.get("/").content.decode()
    report = alice.get("/checkup/report/2/").content.decode()
    assert CARD not in report
    assert 'href="/counseling/#own"' in report  # the private note leads to the page
    page = alice.get("/counseling/").content.decode()
    assert "Just for you" in page and "a counselor of your own" in page
    assert api_client(people.alice).get("/api/counseling").json()["path"] == "own"
    assert api_client(people.alice).get("/api/checkup/reports/2").json()["counselor"] == []


def test_a_safety_screen_that_shows_risk_leads_to_the_individual_path(people: People) -> None:
    for _ in range(2):
        finish_round(people.alice, [], keyed=LOW_BUT_SAFE, default=2)
    assert suggestion_for(people.alice).path == "together"
    answer(client_for(people.alice), AFRAID_ONLY)
    assert suggestion_for(people.alice).path == "own"
    assert CARD not in client_for(people.alice).get("/").content.decode()


# Shared words


def share_journal(user: User, text: str, *, days_ago: float = 1, shared: bool = True) -> None:
    entry = journal.journal_create(author=user, body=text, shared=shared)
    JournalEntry.objects.filter(pk=entry.pk).update(
        created_at=timezone.now() - timedelta(days=days_ago)
    )


def test_frequent_harsh_words_in_what_was_shared_suggest_going_together(
    people: People,
) -> None:
    for _ in range(HARSH_AT - 1):
        share_journal(people.alice, HARSH)
    share_journal(people.bob, KIND)
    assert harsh_shared_count(people.bob) == HARSH_AT - 1
    assert suggestion_for(people.bob).path is None
    share_journal(people.bob, "Oh, nice job, genius.")
    assert harsh_shared_count(people.bob) == HARSH_AT
    for person in (people.alice, people.bob):  # the same for both, and no one is named
        suggestion = suggestion_for(person)
        assert suggestion.path == "together"
        assert [r.key for r in suggestion.reasons] == ["shared_words"]
    today = client_for(people.bob).get("/").content.decode()
    assert "some of what you&#x27;ve shared with each other" in today


def test_words_older_than_the_window_do_not_count(people: People) -> None:
    days = rules.WINDOW.days
    for _ in range(HARSH_AT - 1):
        share_journal(people.alice, HARSH, days_ago=days - 1)
    share_journal(people.alice, HARSH, days_ago=days + 1)
    assert harsh_shared_count(people.alice) == HARSH_AT - 1
    assert suggestion_for(people.alice).path is None


def test_private_words_never_count(people: People) -> None:
    for _ in range(HARSH_AT):
        share_journal(people.alice, HARSH, shared=False)
    daily.checkin_create(user=people.alice, mood=1, feelings=[], hard_thing=HARSH, shared=False)
    assert harsh_shared_count(people.alice) == 0
    assert suggestion_for(people.alice).path is None


def test_an_answer_counts_once_both_have_answered(people: People) -> None:
    question = daily.todays_question(people.alice)
    assert question is not None
    daily.daily_answer(user=people.alice, daily_question_id=question.pk, body=HARSH)
    assert harsh_shared_count(people.alice) == 0  # sealed: Bob can't read it yet
    daily.daily_answer(user=people.bob, daily_question_id=question.pk, body=KIND)
    assert DailyAnswer.objects.count() == 2
    assert harsh_shared_count(people.alice) == harsh_shared_count(people.bob) == 1


def test_every_kind_of_shared_thing_counts(people: People) -> None:
    share_journal(people.alice, HARSH)
    daily.checkin_create(user=people.alice, mood=2, feelings=[], hard_thing=HARSH, shared=True)
    daily.appreciation_send(user=people.alice, kind="thanks", body="Wow, great job as usual.")
    question = daily.todays_question(people.alice)
    assert question is not None
    mine = daily.daily_answer(user=people.alice, daily_question_id=question.pk, body=KIND)
    daily.daily_answer(user=people.bob, daily_question_id=question.pk, body=HARSH)
    together.response_reply(user=people.bob, kind="answer", item_id=mine.public_id, body=HARSH)
    assert harsh_shared_count(people.alice) == 5


def test_another_couples_words_never_count(people: People) -> None:
    for _ in range(HARSH_AT):
        share_journal(people.eve, HARSH)
    assert harsh_shared_count(people.alice) == 0
    assert harsh_shared_count(people.frank) == HARSH_AT


def test_today_reads_the_same_number_of_rows_however_long_the_history(
    people: People, django_assert_max_num_queries
) -> None:
    client = client_for(people.alice)
    client.get("/")
    share_journal(people.alice, HARSH)  # something new: this view counts again
    with django_assert_max_num_queries(60) as first:
        client.get("/")
    for i in range(70):
        share_journal(people.bob, f"{HARSH} {i}", days_ago=i % 40)
    for _ in range(3):
        finish_round(people.alice, [], default=3)
    with django_assert_max_num_queries(len(first.captured_queries)):
        client.get("/")


@pytest.fixture
def countings(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times the shared words were read and counted, one entry per time."""
    seen: list[int] = []
    count = selectors._count_harsh

    def counting(kinds: selectors.Kinds) -> int:
        seen.append(count(kinds))
        return seen[-1]

    monkeypatch.setattr(selectors, "_count_harsh", counting)
    return seen


def test_today_reads_the_shared_words_again_only_when_something_changed(
    people: People, countings: list[int]
) -> None:
    for _ in range(HARSH_AT - 1):
        share_journal(people.alice, HARSH)
    alice, bob = client_for(people.alice), client_for(people.bob)
    for client in (alice, bob, alice, bob):
        assert CARD not in client.get("/").content.decode()
    assert countings == [HARSH_AT - 1], "counted once for the couple, then remembered"
    share_journal(people.bob, HARSH)
    assert CARD in alice.get("/").content.decode()
    assert CARD in bob.get("/").content.decode()
    assert countings == [HARSH_AT - 1, HARSH_AT]


def test_a_remembered_count_follows_edits_deletions_and_privacy(people: People) -> None:
    entries = [journal.journal_create(author=people.alice, body=KIND, shared=True)]
    entries += [journal.journal_create(author=people.alice, body=HARSH, shared=True)]
    for _ in range(HARSH_AT - 2):
        share_journal(people.alice, HARSH)
    assert harsh_shared_count(people.bob) == HARSH_AT - 1
    kind, harsh = (e.public_id for e in entries)
    journal.journal_update(author=people.alice, entry_id=kind, body="What is wrong with you?")
    assert harsh_shared_count(people.bob) == HARSH_AT
    journal.journal_update(author=people.alice, entry_id=harsh, shared=False)
    assert harsh_shared_count(people.bob) == HARSH_AT - 1
    journal.journal_delete(author=people.alice, entry_id=kind)
    assert harsh_shared_count(people.bob) == HARSH_AT - 2
    later = timezone.now() + rules.WINDOW
    assert harsh_shared_count(people.bob, now=later) == 0  # grown older than the window
    assert harsh_shared_count(people.bob) == HARSH_AT - 2


# The conflict room's hook


@pytest.fixture
def unresolved(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[int, int]]:
    """A stand-in for the conflict room: counts of unresolved topics, by person."""
    counts: dict[int, int] = {}
    monkeypatch.setattr(rules, "_unresolved_sources", [])
    rules.unresolved_topics_source(lambda user: counts.get(user.pk, 0))
    yield counts


def test_topics_that_keep_ending_unresolved_suggest_going_together(
    people: People, unresolved: dict[int, int]
) -> None:
    unresolved[people.alice.pk] = UNRESOLVED_AT - 1
    assert suggestion_for(people.alice).path is None
    unresolved[people.alice.pk] = UNRESOLVED_AT
    suggestion = suggestion_for(people.alice)
    assert suggestion.path == "together"
    assert [r.key for r in suggestion.reasons] == ["unresolved"]


def test_counts_from_several_sources_add_up(people: People, unresolved: dict[int, int]) -> None:
    unresolved[people.alice.pk] = UNRESOLVED_AT - 1
    rules.unresolved_topics_source(lambda user: 1)
    assert rules.unresolved_topics(people.alice) == UNRESOLVED_AT
