"""The partner's pages, API answers and export are byte for byte the same whatever the
other person answers on the safety screen, or whether they pause the couple exercises.

Bob's side of the app is walked from the URL configuration itself (as the header and
authorization tests do), so a page added later is compared the day it is added: every
GET route, with ids filled in from the couple's shared things where a route takes one
(Alice's shared journal entry, the daily answers, the plan, the promise, the check-up
report both finished) and a sample elsewhere. Everything Bob gets is recorded, then
Alice answers the screen with every sign of danger, looks at her next steps, pauses the
couple exercises and opens the plan; then everything is recorded again and compared.
Only CSRF tokens (new on every page) are normalised; the clock is held still.

The control at the end shows the walk notices a change: when Alice shares something new,
Bob's pages do differ.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest
from conftest import People, client_for
from django.core import mail
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from heartwork.checkup.tests.answering import EVERY_PART, finish_round
from heartwork.daily import services as daily
from heartwork.journal import services as journal
from heartwork.safety.tests.answers import HIGH_RISK, answer
from heartwork.together import services as together

NOW = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)
SAMPLES = {
    "int": "1",
    "slug": "sample",
    "str": "sample",
    "uuid": "00000000-0000-0000-0000-000000000001",
}
PARAM = re.compile(r"<(?:(\w+):)?(\w+)>")
CSRF = [
    re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]+(")'),
    re.compile(r'(data-csrf-token=")[^"]+(")'),
]


def get_routes() -> list[str]:
    """Every route in the URL configuration, as Django joins it (``journal/<int:pk>/``)."""
    found: list[str] = []

    def walk(patterns: Sequence[object], route: str = "") -> None:
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, route + str(pattern.pattern))
            elif isinstance(pattern, URLPattern):
                full = route + str(pattern.pattern)
                if full not in found:
                    found.append(full)

    walk(get_resolver().url_patterns)
    return sorted(found)


@dataclass
class Couple:
    people: People
    ids: dict[str, str]
    bob: Client | None = None


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages that print "now" (the export, today's date) print the same now each time."""
    monkeypatch.setattr(timezone, "now", lambda: NOW)


@pytest.fixture
def couple(people: People, frozen: None) -> Couple:
    """Alice and Bob with some of everything, shared both ways."""
    alice, bob = people.alice, people.bob
    entry = journal.journal_create(author=alice, body="Our walk by the river.", shared=True)
    journal.journal_create(author=bob, body="I missed you today.", shared=True)
    question = daily.todays_question(alice)
    assert question is not None
    answer_alice = daily.daily_answer(user=alice, daily_question_id=question.pk, body="Rain.")
    daily.daily_answer(user=bob, daily_question_id=question.pk, body="Sun.")
    together.response_reply(user=bob, kind="answer", item_id=answer_alice.public_id, body="Me too.")
    daily.checkin_create(user=alice, mood=4, feelings=["calm"], good_thing="tea", shared=True)
    daily.appreciation_send(user=alice, kind="thanks", body="For dinner.")
    plan = daily.plan_create(user=alice, title="Pottery", planned_for=date(2027, 1, 9))
    promise = daily.promise_make(user=alice, text="Call your mum", due=date(2027, 1, 9))
    finish_round(alice, EVERY_PART)
    finish_round(bob, EVERY_PART)
    ids = {
        "entry_id": str(entry.public_id),
        "answer_id": str(answer_alice.public_id),
        "plan_id": str(plan.public_id),
        "promise_id": str(promise.public_id),
        "round_number": "1",
    }
    return Couple(people, ids)


def fill(route: str, ids: dict[str, str]) -> str:
    return "/" + PARAM.sub(
        lambda m: ids.get(m.group(2), SAMPLES.get(m.group(1) or "str", "sample")), route
    )


def normalise(body: bytes) -> bytes:
    text = body.decode("utf-8", errors="replace")
    for pattern in CSRF:
        text = pattern.sub(r"\1…\2", text)
    return text.encode()


def everything_bob_gets(bob: Client, ids: dict[str, str]) -> Iterator[tuple[str, bytes]]:
    for route in get_routes():
        url = fill(route, ids)
        response = bob.get(url)
        head = (
            f"{response.status_code} {response.get('Location', '')} {response.get('Content-Type')}"
        )
        body = b"".join(response.streaming_content) if response.streaming else response.content  # type: ignore[attr-defined]
        yield url, head.encode() + b"\n" + normalise(body)


def snapshot(couple: Couple) -> dict[str, bytes]:
    """Every page Bob can reach, in one browser of his (a new sign-in each time would
    itself change his list of sessions)."""
    if couple.bob is None:
        couple.bob = client_for(couple.people.bob)
    return dict(everything_bob_gets(couple.bob, couple.ids))


def alice_answers_with_every_sign_of_danger(people: People) -> None:
    alice = client_for(people.alice)
    answer(alice, HIGH_RISK)
    for path in ("/for-you/next/", "/for-you/plan/", "/coach/help/", "/checkup/report/1/"):
        assert alice.get(path).status_code == 200
    assert alice.post("/for-you/couple-exercises/", {"joint": "paused"}).status_code == 302
    put = alice.put(
        "/api/safety/screen",
        {"answers": HIGH_RISK},
        content_type="application/json",
    )
    assert put.status_code == 200


def test_the_walk_reaches_bobs_pages_and_his_view_of_alices_shared_things(
    couple: Couple,
) -> None:
    pages = snapshot(couple)
    assert len(pages) > 60
    assert b"Our walk by the river." in pages[f"/journal/{couple.ids['entry_id']}/"]
    assert b"Rain." in pages["/api/daily/today"]
    assert b"Alice" in pages["/checkup/report/1/"]
    assert b"Call your mum" in pages["/daily/promises/"]
    assert b'"safety_screen": null' in pages["/settings/export.json"]
    ok = [url for url, got in pages.items() if got.startswith(b"200 ")]
    assert len(ok) > 40, ok


def test_bob_gets_the_same_bytes_before_and_after_alice_answers(
    couple: Couple, caplog: pytest.LogCaptureFixture
) -> None:
    snapshot(couple)  # first visits may change state (appreciations become "seen")
    before = snapshot(couple)
    mail.outbox.clear()
    caplog.clear()
    with caplog.at_level(logging.DEBUG):
        alice_answers_with_every_sign_of_danger(couple.people)
    logged = [f"{r.name}: {r.getMessage()}" for r in caplog.records]
    after = snapshot(couple)

    changed = [url for url in before if before[url] != after[url]]
    assert not changed, f"Bob's view changed at {changed}"
    assert mail.outbox == []  # no email to anyone
    assert logged == []  # not a line in any log, at any level


def test_the_control_a_new_shared_entry_does_change_bobs_view(couple: Couple) -> None:
    snapshot(couple)
    before = snapshot(couple)
    journal.journal_create(author=couple.people.alice, body="A new shared note.", shared=True)
    after = snapshot(couple)
    changed = {url for url in before if before[url] != after[url]}
    assert {"/", "/journal/", "/api/journal", "/settings/export.json"} <= changed


def test_alices_own_export_holds_her_answers_and_bobs_never_does(couple: Couple) -> None:
    alice_answers_with_every_sign_of_danger(couple.people)
    mine = client_for(couple.people.alice).get("/api/export").json()["safety_screen"]
    assert mine["couple_exercises"] == "paused"
    assert {a["question_key"]: a["answer"] for a in mine["answers"]} == HIGH_RISK
    page = client_for(couple.people.alice).get("/settings/export/").content.decode()
    assert "Your private safety questions" in page and "Often" in page
    assert client_for(couple.people.bob).get("/api/export").json()["safety_screen"] is None
