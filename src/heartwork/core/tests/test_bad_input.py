"""Bad input through every form and every API body: long text, NUL characters, lone
surrogates, right-to-left overrides and emoji (issue 9, "Bad input").

Hypothesis fills the text fields of each form and API body with such strings. Whatever it
sends: no answer is a server error, every API answer is one its OpenAPI entry declares,
text with a NUL (or, through the API, a lone surrogate) is refused by the field's name,
a refusal stores nothing, and no row anywhere holds a NUL or a lone surrogate.

A form post cannot carry a lone surrogate (the body is UTF-8, and Django reads a broken
sequence as U+FFFD), so the forms themselves are also given lone surrogates directly.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

import pytest
from allauth.account.models import EmailAddress
from conftest import People, client_for, fresh, ref
from django.apps import apps
from django.db import models
from django.test import Client
from django.utils import timezone
from django.utils.module_loading import import_string
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from heartwork.accounts.models import ApiToken
from heartwork.checkup import services as checkup_services
from heartwork.checkup.instrument import load
from heartwork.conflict.models import Turn
from heartwork.conflict.tests import steps as conflict_steps
from heartwork.core.models import RateCount
from heartwork.core.validation import CleanText, TextRules, text_problem
from heartwork.daily import services as daily_services
from heartwork.journal import services as journal_services
from heartwork.report import services as report_services

# Strings

SPECIAL = [
    "\x00",  # NUL
    "\ud800",  # a lone high surrogate
    "\udfff",  # a lone low surrogate
    "\u202e",  # right-to-left override
    "\u2066",  # left-to-right isolate
    "\u200f",  # right-to-left mark
    "😀",
    "👩‍❤️‍👨",  # emoji joined by zero-width joiners
    "\U0001f3fd",  # a skin-tone modifier alone
    "e\u0301",  # a combining accent
    "\ufeff",  # byte-order mark
    "ש",
    "a",
    " ",
    "\n",
]
MIXED = st.lists(st.sampled_from(SPECIAL), min_size=1, max_size=12).map("".join)
LONG = st.builds(
    lambda piece, n: piece * n,
    st.sampled_from(["x", "😀", "\u202e", "\x00", "\ud800"]),
    st.sampled_from([21, 61, 81, 201, 501, 5_001, 20_001, 100_001]),
)
BAD = st.one_of(MIXED, LONG, st.text(max_size=30))


def unstorable(value: object) -> bool:
    return isinstance(value, str) and text_problem(value) is not None


# The world the posts land in


@dataclass
class World:
    people: People
    ids: dict[str, Any]
    clients: dict[str, Client] = field(default_factory=dict)


def make_world(people: People) -> World:
    """Things of Alice's (and an answer of Bob's, so hers is open) for the paths to name."""
    alice, bob = people.alice, people.bob
    question = daily_services.todays_question(alice)
    assert question is not None
    answer = daily_services.daily_answer(user=alice, daily_question_id=question.pk, body="Rain.")
    daily_services.daily_answer(user=bob, daily_question_id=question.pk, body="Sun.")  # unsealed
    soon = timezone.localdate() + timedelta(days=3)
    plan = daily_services.plan_create(user=alice, title="Pottery", planned_for=soon)
    promise = daily_services.promise_make(user=alice, text="Call Mum", due=soon)
    entry = journal_services.journal_create(author=alice, body="Mine.")
    shared_entry = journal_services.journal_create(author=alice, body="Ours.", shared=True)
    round_ = checkup_services.checkup_start(user=alice)
    report = report_services.report_create(user=alice, sections=["practice"], with_code=True)
    topic = conflict_steps.opened(alice, bob)  # Alice may write her side
    revealed = conflict_steps.revealed(alice, bob)  # Alice may reflect Bob's
    option = conflict_steps.with_an_option(alice, bob)
    planned = option.topic
    plan_turn = Turn.objects.get(topic=planned, author=alice, kind="plan")
    ids = {
        "planned": ref(planned),
        "option": ref(option),
        "topic": ref(topic),
        "revealed": ref(revealed),
        "plan_turn": ref(plan_turn),
        "report_token": report.token,
        "answer": ref(answer),
        "plan": ref(plan),
        "promise": ref(promise),
        "entry": ref(entry),
        "shared_entry": ref(shared_entry),
        "kind": "journal",
        "round": ref(round_),
        "item": load().items[0].key,
        "section": load().sections[0].key,
    }
    return World(people, ids)


@pytest.fixture(scope="module")
def built(module_people: People) -> World:
    """Alice's things, built once for the module's forms and bodies (``module_db`` in
    conftest.py): each test's writes roll back."""
    return make_world(module_people)


@pytest.fixture
def world(built: World, db: None) -> World:
    """The module's things, with people and signed-in browsers of this test's own."""
    people = fresh(built.people)
    clients = {
        "alice": client_for(people.alice),
        "bob": client_for(people.bob),
        "anonymous": Client(),
    }
    return World(people, built.ids, clients)


@pytest.fixture
def people(module_people: People, db: None) -> People:
    """The module's people (``module_db``): its world may already hold them."""
    return fresh(module_people)


# What is posted where


@dataclass(frozen=True)
class Target:
    method: str
    path: str  # with {placeholders} filled from World.ids
    fields: tuple[str, ...]  # the fields Hypothesis fills
    base: dict[str, Any]  # the rest of a valid post
    who: str = "alice"
    ours: bool = True  # a Heartwork form (answers 400 on bad input), not allauth's
    text: bool = True  # the fields hold text (not numbers)
    examples: int = 8  # fewer where a page is slow to draw (every time zone, twice)

    def __str__(self) -> str:
        return f"{self.method} {self.path}"


SOON = (timezone.localdate() + timedelta(days=3)).isoformat()
PASSWORD = {"password1": "a new quiet river", "password2": "a new quiet river"}

FORMS = [
    Target("post", "/accounts/login/", ("login", "password"), {}, "anonymous", ours=False),
    Target(
        "post",
        "/accounts/signup/",
        ("email", "name", "password1"),
        PASSWORD,
        "anonymous",
        ours=False,
    ),
    Target("post", "/accounts/password/reset/", ("email",), {}, "anonymous", ours=False),
    Target(
        "post", "/accounts/password/change/", ("oldpassword", "password1"), PASSWORD, ours=False
    ),
    Target("post", "/accounts/email/", ("email",), {"action_add": ""}, ours=False),
    Target("post", "/accounts/reauthenticate/", ("password",), {}, ours=False),
    Target("post", "/couple/join/", ("code",), {}),
    Target("post", "/settings/", ("name",), {}),
    Target("post", "/settings/tokens/", ("name",), {}),
    # What push.js posts from the browser's subscription; answers JSON, 400 when refused.
    Target("post", "/settings/notifications/on/", ("endpoint", "p256dh", "auth"), {}),
    Target("post", "/settings/notifications/off/", ("endpoint",), {}),
    Target("post", "/settings/delete/", ("password",), {}),
    Target("post", "/journal/new/", ("title", "body"), {"body": "Hello"}),
    Target("post", "/journal/{entry}/edit/", ("title", "body"), {"body": "Hello"}),
    Target("post", "/daily/", ("body",), {}),
    Target("post", "/together/answer/{answer}/reply/", ("body",), {}, "bob"),
    Target("post", "/daily/checkins/", ("good_thing", "hard_thing", "feelings"), {"mood": "3"}),
    Target("post", "/daily/appreciations/", ("kind", "body"), {"kind": "thanks", "body": "Hi"}),
    Target(
        "post", "/daily/time/", ("title", "activity_key"), {"title": "Walk", "planned_for": SOON}
    ),
    Target("post", "/daily/time/{plan}/done/", ("memory",), {}),
    Target("post", "/daily/promises/", ("text",), {"due": SOON}),
    Target(
        "post", "/daily/promises/{promise}/mark/", ("note", "status"), {"status": "kept"}, "bob"
    ),
    Target("post", "/daily/promises/{promise}/tell/", ("note",), {}, "bob"),
    Target(
        "post",
        "/daily/settings/",
        ("timezone", "packs"),
        {"save_questions": "1", "max_depth": "2"},
        examples=3,
    ),
    Target(
        "post", "/daily/settings/", ("timezone", "time_of_day"), {"save_reminders": "1"}, examples=3
    ),
    Target("post", "/checkup/take/{section}/", ("{item}",), {}),
    Target("post", "/checkup/take/closeness/", ("closeness",), {}),
    Target("post", "/checkup/answer/", ("{item}",), {}),
    Target("post", "/coach/", ("text",), {}),
    Target("post", "/coach/hint/", ("body", "field"), {"body": "You never listen"}),
    Target("post", "/conflict/", ("title", "way"), {"way": "after"}),
    Target("post", "/conflict/{topic}/account/", ("body", "touched", "feelings"), {}),
    Target("post", "/conflict/{revealed}/turn/", ("body", "kind"), {"kind": "reflect"}),
    Target("post", "/conflict/{revealed}/break/", ("minutes",), {}, text=False),
    Target("post", "/conflict/plans/{plan_turn}/promise/", ("due",), {}, text=False),
    Target("post", "/conflict/{planned}/need/", ("body",), {}),
    Target("post", "/conflict/{planned}/option/", ("body",), {}),
    Target("post", "/conflict/options/{option}/rate/", ("value",), {}, text=False),
    Target("post", "/conflict/{planned}/outcome/", ("outcome", "option", "until"), {}),
    Target("post", "/for-you/", ("afraid", "neck"), {}),
    Target("post", "/for-you/couple-exercises/", ("joint",), {}),
    Target("post", "/counseling/plan/", ("body",), {}),
    Target(
        "post", "/reports/new/", ("label",), {"sections": "practice", "days": "7", "share": "1"}
    ),
    Target("post", "/reports/new/", ("sections",), {"days": "7", "preview": "1"}),
    Target("post", "/r/{report_token}/", ("code",), {}, "anonymous"),
    # Checkboxes (any value means "on", as in every browser) and a return address that is
    # only ever checked against this site, never stored: nothing there to refuse.
    Target("post", "/settings/leaving/", ("keep_signed_in", "neutral_titles"), {}, ours=False),
    Target("post", "/for-you/not-now/", ("next",), {}, ours=False),
]

API = [
    Target("post", "/api/couple", ("code",), {}),
    Target("post", "/api/tokens", ("name",), {}),
    Target("post", "/api/journal", ("title", "body"), {"body": "Hello"}),
    Target("patch", "/api/journal/{entry}", ("title", "body"), {}),
    Target("post", "/api/coach/analyze", ("text",), {}),
    Target("post", "/api/coach/listen", ("text",), {}),
    Target("put", "/api/daily/today/answer", ("body",), {}),
    Target("post", "/api/daily/answers/{answer}/reply", ("body",), {}, "bob"),
    Target("post", "/api/daily/checkins", ("good_thing", "hard_thing", "feelings"), {"mood": 3}),
    # A kind and a mark's status are choices from a list (an enum in the schema), not text.
    Target("post", "/api/daily/appreciations", ("body",), {"kind": "thanks"}),
    Target(
        "post",
        "/api/daily/plans",
        ("title", "activity_key"),
        {"title": "Walk", "planned_for": SOON},
    ),
    Target("post", "/api/daily/plans/{plan}/done", ("memory",), {}),
    Target("post", "/api/daily/promises", ("text",), {"due": SOON}),
    Target("post", "/api/daily/promises/{promise}/mark", ("note",), {"status": "kept"}, "bob"),
    Target("post", "/api/daily/promises/{promise}/tell", ("note",), {}, "bob"),
    Target("patch", "/api/daily/plans/{plan}", ("title",), {}),
    Target("patch", "/api/daily/promises/{promise}", ("text",), {}),
    Target("put", "/api/checkup/rounds/{round}/answers/{item}", ("value",), {}, text=False),
    Target("put", "/api/checkup/rounds/{round}/sharing", ("parts",), {}),
    Target("post", "/api/conflict/topics", ("title",), {}),
    Target("put", "/api/conflict/topics/{topic}/account", ("body", "touched", "feelings"), {}),
    Target("post", "/api/conflict/topics/{revealed}/check", ("body",), {}),
    Target("post", "/api/conflict/topics/{revealed}/turns", ("body",), {"kind": "reflect"}),
    Target("post", "/api/conflict/topics/{revealed}/breaks", ("minutes",), {}, text=False),
    Target("post", "/api/conflict/turns/{plan_turn}/promise", ("due",), {}, text=False),
    Target("put", "/api/conflict/topics/{planned}/need", ("body",), {}),
    Target("post", "/api/conflict/topics/{planned}/options", ("body",), {}),
    Target("put", "/api/conflict/options/{option}/rating", ("value",), {}, text=False),
    Target("post", "/api/conflict/topics/{planned}/outcome", ("outcome", "until"), {}, text=False),
    Target("put", "/api/safety/screen", ("answers",), {}, text=False),
    Target("post", "/api/reports", ("label", "sections"), {"sections": ["practice"]}),
    Target("post", "/api/reports/preview", ("sections",), {}),
    Target("put", "/api/safety/screen/couple-exercises", ("couple_exercises",), {}, text=False),
    Target(
        "put", "/api/safety/preferences", ("keep_signed_in",), {"neutral_titles": False}, text=False
    ),
    Target("put", "/api/counseling/plan", ("body",), {}),
    # Bob answers what Alice shared: a reaction is a choice from a list, a reply is text.
    Target("post", "/api/together/{kind}/{shared_entry}/replies", ("body",), {}, "bob"),
    Target(
        "put", "/api/together/{kind}/{shared_entry}/reaction", ("reaction",), {}, "bob", text=False
    ),
]
LISTS = {"feelings", "packs", "parts", "sections"}  # fields that take a list of strings

HYPOTHESIS = settings(
    max_examples=8,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)


# Checks


def text_columns() -> list[tuple[type[models.Model], str]]:
    heartwork = [m for m in apps.get_models() if m.__module__.startswith("heartwork.")]
    return [
        (model, f.name)
        for model in [*heartwork, EmailAddress]
        for f in model._meta.get_fields()
        if isinstance(f, models.CharField | models.TextField)
    ]


def row_counts() -> dict[str, int]:
    """Rows of every model that holds text, but for rate-limit counts: a refused try
    still counts (as it did in the cache, where the counts used to live)."""
    return {
        model.__name__: model._default_manager.count()
        for model in {model for model, _ in text_columns()} - {RateCount}
    }


def assert_nothing_unstorable_kept() -> None:
    for model, name in text_columns():
        for value in model._default_manager.values_list(name, flat=True):
            assert not unstorable(value), f"{model.__name__}.{name} holds {value[:40]!r}"


def fill(world: World, target: Target, values: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    path = target.path.format(**world.ids)
    data = dict(target.base)
    for name, value in values.items():
        key = name.format(**world.ids)
        data[key] = [value] if name in LISTS else value
    return path, data


def submit(client: Client, target: Target, path: str, data: dict[str, Any]) -> Any:
    """Send ``data`` as a browser posts a form, or as a script sends an API body; the
    test client's response."""
    if target.path.startswith("/api/"):
        return getattr(client, target.method)(
            path, json.dumps(data), content_type="application/json"
        )
    body = urlencode(data, doseq=True, encoding="utf-8", errors="surrogatepass")
    return client.generic(
        target.method.upper(), path, body, content_type="application/x-www-form-urlencoded"
    )


def declared_answers(target: Target) -> set[int]:
    from heartwork.api import api

    path = (
        "/api/checkup/rounds/{response_id}/answers/{item_key}"
        if "{round}" in target.path
        else target.path
    )
    schema_path = path.replace("{entry}", "{entry_id}").replace("{answer}", "{answer_id}")
    schema_path = schema_path.replace("{plan}", "{plan_id}").replace("{promise}", "{promise_id}")
    for ours, theirs in (
        ("{topic}", "{topic_id}"),
        ("{revealed}", "{topic_id}"),
        ("{planned}", "{topic_id}"),
        ("{option}", "{option_id}"),
        ("{shared_entry}", "{item_id}"),
    ):
        schema_path = schema_path.replace(ours, theirs)
    schema_path = schema_path.replace("{plan_turn}", "{turn_id}")
    responses = api.get_openapi_schema()["paths"][schema_path][target.method]["responses"]
    return {int(code) for code in responses}


def values_for(target: Target) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({name: BAD for name in target.fields})


# Tests


def test_every_api_body_is_in_the_list() -> None:
    from heartwork.api import api

    def operation(method: str, path: str) -> str:
        return f"{method.upper()} {re.sub(r'{[^}]*}', '{}', path)}"

    with_bodies = {
        operation(method, path)
        for path, methods in api.get_openapi_schema()["paths"].items()
        for method, described in methods.items()
        if "requestBody" in described
    }
    listed = [operation(t.method, t.path) for t in API]
    assert sorted(listed) == sorted(with_bodies), "List each API body once in API"


@pytest.mark.parametrize("target", FORMS, ids=str)
def test_bad_strings_through_every_form(world: World, target: Target) -> None:
    @settings(HYPOTHESIS, max_examples=target.examples)
    @given(values=values_for(target))
    def post(values: dict[str, Any]) -> None:
        path, data = fill(world, target, values)
        before = row_counts()
        response = submit(world.clients[target.who], target, path, data)
        assert response.status_code < 500, response.content[:300]
        if response.status_code >= 400:
            assert row_counts() == before
        nul = any("\x00" in v for v in values.values())
        if nul and target.ours and not path.startswith("/coach/"):
            assert response.status_code == 400
        assert_nothing_unstorable_kept()

    post()


@pytest.mark.parametrize("target", API, ids=str)
def test_bad_strings_through_every_api_body(world: World, target: Target) -> None:
    declared = declared_answers(target)

    @settings(HYPOTHESIS, max_examples=target.examples)
    @given(values=values_for(target))
    def send(values: dict[str, Any]) -> None:
        path, data = fill(world, target, values)
        before = row_counts()
        response = submit(world.clients[target.who], target, path, data)
        assert response.status_code < 500, response.content[:300]
        assert response.status_code in declared, (response.status_code, response.content[:300])
        if response.status_code >= 400:
            assert row_counts() == before
        # What the server reads: JSON joins an escaped surrogate pair into one character.
        received = json.loads(json.dumps(values))
        refused = [name for name, value in received.items() if unstorable(value)]
        if refused and response.status_code != 429:
            assert response.status_code == 422
            if not target.text:
                return
            problems = response.json()["detail"]
            named = {p["loc"][2] for p in problems if p["type"] == "bad_text"}
            assert named & set(refused), problems
        assert_nothing_unstorable_kept()

    send()


def forms_to_check(people: People) -> list[Any]:
    from django.conf import settings as django_settings

    from heartwork.accounts import forms as accounts
    from heartwork.accounts.second_factor import forms as second_factor
    from heartwork.conflict import forms as conflict
    from heartwork.counseling import forms as counseling
    from heartwork.daily import forms as daily
    from heartwork.journal import forms as journal

    alice = people.alice
    made = [
        accounts.JoinForm,
        accounts.ProfileForm,
        accounts.TokenForm,
        lambda data: accounts.DeleteAccountForm(data, user=alice),
        journal.EntryForm,
        counseling.NoteForm,
        daily.AnswerForm,
        daily.CheckInForm,
        daily.AppreciationForm,
        daily.PlanForm,
        daily.DoneForm,
        daily.PromiseForm,
        daily.MarkForm,
        conflict.TopicForm,
        conflict.AccountForm,
        conflict.TurnForm,
        conflict.NeedForm,
        conflict.OptionForm,
        conflict.OutcomeForm,
        lambda data: second_factor.AuthenticateForm(data, user=alice),
        lambda data: second_factor.ReauthenticateForm(data, user=alice),
    ]
    user_forms = {"add_email", "change_password", "set_password", "reauthenticate"}
    for name, path in django_settings.ACCOUNT_FORMS.items():
        form_class = import_string(path)
        if name in user_forms:
            made.append(lambda data, c=form_class: c(data=data, user=alice))
        elif name == "reset_password_from_key":
            made.append(lambda data, c=form_class: c(data=data, user=alice, temp_key="k"))
        elif name not in {"confirm_login_code"}:
            made.append(form_class)
    return made


@HYPOTHESIS
@given(value=st.one_of(BAD.filter(unstorable), st.sampled_from(["\ud800", "a\x00"])))
def test_every_form_refuses_unstorable_text_by_the_fields_name(people: People, value: str) -> None:
    for make in forms_to_check(people):
        probe = make({})
        text_fields = [n for n, f in probe.fields.items() if hasattr(f, "max_length")]
        form = make({name: value for name in text_fields})
        form.is_valid()
        for name in text_fields:
            named = [e for e in form.errors.as_data().get(name, []) if e.code == CleanText.code]
            assert named, f"{type(form).__name__}.{name} took {value[:20]!r}"
            assert isinstance(form, TextRules)


def test_the_lists_name_every_model_that_keeps_text(db) -> None:
    names = {model.__name__ for model, _ in text_columns()}
    assert {"User", "ApiToken", "JournalEntry", "DailyAnswer", "Promise", "EmailAddress"} <= names
    assert ApiToken in {model for model, _ in text_columns()}
