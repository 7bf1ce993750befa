"""schemathesis against the API's own OpenAPI document (issue 9): no server error, no
answer the document does not declare, no answer that breaks its declared shape, nothing
refused that the document allows and nothing accepted that it forbids.

It runs in-process (the WSGI application; no server, no network), every check on, with a
fixed seed and derandomized, so CI repeats the same requests. Each operation starts from
two linked couples with things of their own; cases take turns between a token of Alice's
and one of Eve's, and a path's id is in turn one of Alice's couple's, one of Eve's couple's,
or the made-up one schemathesis drew. Reproduce a failure with the ``curl`` line it prints
(against ``heartwork serve``), or re-run this file: the same seed draws the same cases.

A request the document allows may still be refused by a rule (a wrong invitation code, a
day without a question): the API answers those with 400 and a sentence, as documented,
so 400 counts as an acceptable answer to a well-formed request.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import pytest
import schemathesis
from conftest import People, client_for, ref, token_for
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.utils import timezone
from hypothesis import HealthCheck, settings
from schemathesis.core.parameters import ParameterLocation

from heartwork.accounts.models import ApiToken
from heartwork.accounts.sessions import session_public_id
from heartwork.checkup import services as checkup
from heartwork.checkup.instrument import load
from heartwork.conflict.models import Turn
from heartwork.conflict.tests import steps as conflict_steps
from heartwork.core.secrets import digest
from heartwork.daily import services as daily
from heartwork.daily.models import Promise
from heartwork.journal import services as journal
from heartwork.report import services as report

SEED = 9_2026
EXAMPLES = 12  # random cases per operation, besides the examples and coverage phases
CONFIG = schemathesis.Config.from_dict(
    {
        "seed": SEED,
        "generation": {"max-examples": EXAMPLES, "deterministic": True, "database": "none"},
        "checks": {
            "positive_data_acceptance": {
                "expected-statuses": ["2xx", "400", "401", "403", "404", "409", "429"]
            }
        },
    }
)
schema = schemathesis.openapi.from_wsgi("/api/openapi.json", get_wsgi_application(), config=CONFIG)

# schemathesis writes each case's headers while it builds the cases, before the test
# database exists, so each person's token is one whose secret the test knows in advance.
TOKENS = {"alice": "hw_a11ce0a11ce0_alice-knows-this", "eve": "hw_e7e0e7e0e7e0_eve-knows-this"}


@schema.auth()
class TakeTurns:
    """Alice's token, then Eve's: both couples are in every operation's cases. Each
    operation keeps its own turns, so its cases do not depend on which ran before it."""

    def __init__(self) -> None:
        self.turns: dict[str, Iterator[str]] = {}

    def get(self, case: Any, context: Any) -> str:
        label = context.operation.label
        return next(self.turns.setdefault(label, itertools.cycle(TOKENS.values())))

    def set(self, case: Any, data: str, context: Any) -> None:
        case.headers = {**(case.headers or {}), "Authorization": f"Bearer {data}"}


@dataclass
class RealIds:
    """The ids a path may name, by parameter, and whose turn it is."""

    by_name: dict[str, list[str]]
    turn: Iterator[int] = field(default_factory=itertools.count)

    def pick(self, name: str, drawn: object) -> object:
        assert name in self.by_name, f"List the ids {name} may take in real_ids"
        choices = [*self.by_name[name], drawn]
        return choices[next(self.turn) % len(choices)]


@pytest.fixture(scope="module")
def ids_once(module_people: People) -> dict[str, list[str]]:
    """Two couples with things of their own, and the ids a path may name, built once for
    the module's operations (``module_db`` in conftest.py): each case's writes roll back."""
    people = module_people
    for who, raw in TOKENS.items():
        user = getattr(people, who)
        token_for(user)
        prefix = raw.split("_")[1]
        ApiToken.objects.filter(user=user).update(prefix=prefix, secret_hash=digest(raw))
    soon = timezone.localdate() + timedelta(days=3)
    couples = [(people.alice, people.bob), (people.eve, people.frank)]
    found: dict[str, list[str]] = {}
    for me, partner in couples:
        question = daily.todays_question(me)
        assert question is not None
        daily.daily_answer(user=partner, daily_question_id=question.pk, body="Sun.")
        things = {
            "entry_id": journal.journal_create(author=partner, body="Ours.", shared=True),
            "answer_id": daily.daily_answer(user=me, daily_question_id=question.pk, body="Rain."),
            "plan_id": daily.plan_create(user=me, title="Pottery", planned_for=soon),
            "promise_id": daily.promise_make(user=partner, text="Call Mum", due=soon),
            "response_id": checkup.checkup_start(user=me),
            "token_id": ApiToken.objects.get(user=me),
            "report_id": report.report_create(user=me, sections=["practice"]).report,
            "option_id": (option := conflict_steps.with_an_option(me, partner)),
            "topic_id": option.topic,
            "turn_id": Turn.objects.get(topic=option.topic, author=me, kind="plan"),
        }
        for name, thing in things.items():
            found.setdefault(name, []).append(ref(thing))
        # A promise of my own, that I may change or withdraw, and my partner's one marked
        # "not kept" in private, that I may tell them about.
        theirs = things["promise_id"]
        assert isinstance(theirs, Promise)
        found["promise_id"].append(ref(daily.promise_make(user=me, text="Walk", due=soon)))
        daily.promise_mark(user=me, promise_id=theirs.public_id, status="not_kept", note="Sad.")
        browser = client_for(me)
        browser.get("/")  # a session of their own, listed under Settings
        found.setdefault("session_id", []).append(
            session_public_id(browser.session.session_key or "")
        )
    # Reactions and replies name an item by its kind and id: the shared journal entries.
    found["item_id"] = found["entry_id"]
    fixed = {
        "item_key": [load().items[0].key],
        "round_number": ["1"],
        "invitation_id": [],
        "kind": ["journal"],
    }
    return found | fixed


@pytest.fixture
def real_ids(ids_once: dict[str, list[str]], db: None) -> RealIds:
    """The module's ids, with turns that start again for each operation."""
    return RealIds(ids_once)


@pytest.fixture
def in_the_test_transaction() -> Any:
    """Keep the test's database connection across requests, as Django's test client does:
    a raw WSGI call would otherwise close it at the start and end of each request."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(deadline=None, suppress_health_check=list(HealthCheck))
def test_the_api_keeps_its_openapi_document(
    case: Any, real_ids: RealIds, in_the_test_transaction: Any
) -> None:
    if case.path_parameters and case.meta and not case.meta.is_negative_at(ParameterLocation.PATH):
        for name, drawn in case.path_parameters.items():
            case.path_parameters[name] = real_ids.pick(name, drawn)
    case.call_and_validate()
