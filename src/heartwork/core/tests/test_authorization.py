"""Every route that takes an id refuses everyone who may not see that thing.

Seven actors try each one (issue 9): the owner, who must reach it (the control, so a walk
that refuses everyone cannot pass); and six who must not, where the case says so: the
partner (for what is private or sealed), another couple's member, nobody signed in, the
owner's own read-only token on a write, the former partner once the couple has ended, and
the former partner once linked with someone else (with the owner's new partner, who must
not see what was shared before either). People answer 404, as if the thing were not there;
nobody signed in gets 401 from the API and the log-in page on the web; a read-only token
gets 403 on any write, before any id is looked up. Whatever the answer, nothing changes and
no word of the thing is in it.

The test walks the URL configuration and the OpenAPI document, so a new route or API
operation with an id fails here until it is listed in ``CASES``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import pytest
from conftest import PASSWORD, People, client_for, fresh, link, make_user, ref, token_for
from django.contrib.sessions.models import Session
from django.db.models import Model
from django.http import HttpResponse
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from heartwork.accounts import services as account_services
from heartwork.accounts.models import User
from heartwork.accounts.second_factor.passkeys import passkey_find, passkey_id
from heartwork.accounts.sessions import session_public_id
from heartwork.accounts.tests.second_step import stored_passkey
from heartwork.checkup import services as checkup_services
from heartwork.checkup.instrument import load
from heartwork.checkup.models import CheckupAnswer
from heartwork.checkup.tests.test_taking_the_checkup import answer_all
from heartwork.conflict.models import Account, Break, Need, Option, Rating, Turn
from heartwork.conflict.tests.steps import with_an_option
from heartwork.counseling import services as counseling
from heartwork.daily import services as daily
from heartwork.journal import services as journal
from heartwork.report import services as report_services
from heartwork.together.models import Response

FIRST_ITEM = load().items[0].key

# Routes whose ids are not couple data: allauth's own e-mail and password-reset keys.
NOT_COUPLE_DATA_MODULES = ("allauth.",)

# Words of the owner's that no refused answer may carry.
PRIVATE_WORDS = "a private evening by the river"
SHARED_WORDS = "a shared walk at dawn"
SEALED_WORDS = "a sealed answer about courage"


@dataclass
class World:
    people: People
    alice_private: Model
    alice_shared: Model
    alice_token: Model
    sol_invitation: Model
    alice_response: Model  # a finished round 1 that Bob has not finished
    alice_open: Model  # round 2, in progress
    alice_answer: Model  # today's answer, sealed: Bob has not answered
    alice_plan: Model
    alice_promise: Model
    alice_session: str  # the public id of a browser session of Alice's
    alice_passkey: str  # a passkey's random id
    alice_counseling_note: Model  # her private plan on the counseling page
    alice_report: Model  # a report for a counselor: Alice's alone
    newcomers: dict[str, User] = field(default_factory=dict)  # who joins in later eras
    alice_topic: Model | None = None  # a conflict-room topic Alice opened, Bob joined
    alice_plan_turn: Model | None = None  # her plan for next time in it
    alice_option: Model | None = None  # an option of hers in it, both needs written


@dataclass
class Case:
    """Who tries which method on which URL; each intruder must be refused."""

    method: str
    url: Callable[[World], str]
    intruders: Callable[[World], set[Actor]]
    owner: Callable[[World], User]
    # The URL names no id (the counseling page and plan): each person reaches only their
    # own. An intruder then is refused if the answer is theirs alone: none of the owner's
    # words in it (checked below for every case) and nothing of the owner's changed.
    own_only: bool = False


@dataclass(frozen=True)
class Actor:
    """Someone who tries a URL. People use their session on pages and a read-write token of
    their own on the API; ``read_only`` is the owner's own read-only token."""

    name: str
    user: Callable[[World], User | None]
    read_only: bool = False

    def __str__(self) -> str:
        return self.name


PARTNER = Actor("the partner", lambda w: w.people.bob)
OUTSIDER = Actor("another couple's member", lambda w: w.people.eve)
ANONYMOUS = Actor("nobody signed in", lambda w: None)
READ_ONLY = Actor("the owner's read-only token, writing", lambda w: None, read_only=True)
FORMER = Actor("the former partner, after leaving", lambda w: w.people.bob)
FORMER_RELINKED = Actor("the former partner, linked with someone new", lambda w: w.people.bob)
OWNERS_NEW_PARTNER = Actor("the owner's new partner", lambda w: w.newcomers["dan"])


def leave(w: World) -> None:
    account_services.couple_leave(user=w.people.alice)


def relink(w: World) -> None:
    w.newcomers["carol"] = make_user("carol@example.com", "Carol")
    w.newcomers["dan"] = make_user("dan@example.com", "Dan")
    link(w.people.bob, w.newcomers["carol"])
    link(w.people.alice, w.newcomers["dan"])


# Each era starts from the one before: the couple as it is, then after Alice and Bob part,
# then after each has linked with someone new.
ERAS: list[tuple[Callable[[World], None] | None, set[Actor]]] = [
    (None, {PARTNER, OUTSIDER, ANONYMOUS, READ_ONLY}),
    (leave, {FORMER}),
    (relink, {FORMER_RELINKED, OWNERS_NEW_PARTNER}),
]


def outsider(w: World) -> set[Actor]:
    """Everyone but the couple: what is shared with the partner, or the partner may mark."""
    return {OUTSIDER, ANONYMOUS, READ_ONLY, FORMER, FORMER_RELINKED, OWNERS_NEW_PARTNER}


def outsider_and_partner(w: World) -> set[Actor]:
    """Everyone but the owner: what is private, sealed, or the owner's alone to change."""
    return outsider(w) | {PARTNER}


def alice(w: World) -> User:
    return w.people.alice


def private(path: str) -> Callable[[World], str]:
    return lambda w: path.format(id=ref(w.alice_private))


def shared(path: str) -> Callable[[World], str]:
    return lambda w: path.format(id=ref(w.alice_shared))


def report(path: str) -> Callable[[World], str]:
    return lambda w: path.format(id=ref(w.alice_report))


def topic(path: str) -> Callable[[World], str]:
    return lambda w: path.format(id=ref(w.alice_topic))


def plan_turn(path: str) -> Callable[[World], str]:
    return lambda w: path.format(id=ref(w.alice_plan_turn))


def option(path: str) -> Callable[[World], str]:
    return lambda w: path.format(id=ref(w.alice_option))


CASES: dict[str, list[Case]] = {
    "journal_detail": [
        Case("get", private("/journal/{id}/"), outsider_and_partner, alice),
        Case("get", shared("/journal/{id}/"), outsider, alice),
    ],
    "journal_edit": [
        Case("get", private("/journal/{id}/edit/"), outsider_and_partner, alice),
        Case("get", shared("/journal/{id}/edit/"), outsider_and_partner, alice),
    ],
    "coach_listen_entry": [
        Case("get", private("/coach/listen/journal/{id}/"), outsider_and_partner, alice),
        Case("get", shared("/coach/listen/journal/{id}/"), outsider, alice),
    ],
    # A round Alice has finished and Bob has not: sealed for him, unknown to Eve.
    "checkup_report": [Case("get", lambda w: "/checkup/report/1/", outsider_and_partner, alice)],
    "checkup_share": [
        Case("post", lambda w: "/checkup/report/1/share/", outsider_and_partner, alice)
    ],
    # Steps are the check-up's own pages, not anyone's data: only unknown ones are missing.
    "checkup_take": [
        Case("get", lambda w: "/checkup/take/no-such-step/", outsider_and_partner, alice)
    ],
    "api:answers": [
        Case(
            "get",
            lambda w: f"/api/checkup/rounds/{ref(w.alice_response)}/answers",
            outsider_and_partner,
            alice,
        )
    ],
    "api:answer": [
        Case(
            "put",
            lambda w: f"/api/checkup/rounds/{ref(w.alice_open)}/answers/{FIRST_ITEM}",
            outsider_and_partner,
            alice,
        )
    ],
    "api:finish": [
        Case(
            "post",
            lambda w: f"/api/checkup/rounds/{ref(w.alice_response)}/finish",
            outsider_and_partner,
            alice,
        )
    ],
    "api:sharing": [
        Case(
            "put",
            lambda w: f"/api/checkup/rounds/{ref(w.alice_response)}/sharing",
            outsider_and_partner,
            alice,
        )
    ],
    "api:report": [Case("get", lambda w: "/api/checkup/reports/1", outsider_and_partner, alice)],
    # Plans and promises are shared with the partner (who may mark them); never with Eve.
    "daily_plan_done": [
        Case("post", lambda w: f"/daily/time/{ref(w.alice_plan)}/done/", outsider, alice)
    ],
    # Only their author changes or withdraws a plan or a promise; the partner may not.
    "daily_plan_change": [
        Case(
            "post",
            lambda w: f"/daily/time/{ref(w.alice_plan)}/change/",
            outsider_and_partner,
            alice,
        )
    ],
    "daily_promise_change": [
        Case(
            "post",
            lambda w: f"/daily/promises/{ref(w.alice_promise)}/change/",
            outsider_and_partner,
            alice,
        )
    ],
    "daily_promise_mark": [
        Case("post", lambda w: f"/daily/promises/{ref(w.alice_promise)}/mark/", outsider, alice)
    ],
    # Telling the one who promised that it was not kept is for the partner who marked it.
    "daily_promise_tell": [
        Case("post", lambda w: f"/daily/promises/{ref(w.alice_promise)}/tell/", outsider, alice)
    ],
    "api:reply": [
        Case(
            "post",
            lambda w: f"/api/daily/answers/{ref(w.alice_answer)}/reply",
            outsider_and_partner,
            alice,
        )
    ],
    "api:plan_done": [
        Case("post", lambda w: f"/api/daily/plans/{ref(w.alice_plan)}/done", outsider, alice)
    ],
    "api:mark": [
        Case("post", lambda w: f"/api/daily/promises/{ref(w.alice_promise)}/mark", outsider, alice)
    ],
    "api:tell": [
        Case("post", lambda w: f"/api/daily/promises/{ref(w.alice_promise)}/tell", outsider, alice)
    ],
    "api:plan_change": [
        Case(
            "patch", lambda w: f"/api/daily/plans/{ref(w.alice_plan)}", outsider_and_partner, alice
        )
    ],
    "api:plan_withdraw": [
        Case(
            "post",
            lambda w: f"/api/daily/plans/{ref(w.alice_plan)}/withdraw",
            outsider_and_partner,
            alice,
        )
    ],
    "api:promise_change": [
        Case(
            "patch",
            lambda w: f"/api/daily/promises/{ref(w.alice_promise)}",
            outsider_and_partner,
            alice,
        )
    ],
    "api:promise_withdraw": [
        Case(
            "post",
            lambda w: f"/api/daily/promises/{ref(w.alice_promise)}/withdraw",
            outsider_and_partner,
            alice,
        )
    ],
    # Reactions and replies: to what is shared, the partner may; to what is private or
    # still sealed, nobody but the owner (who is told why not) even learns it is there.
    "together_react": [
        Case("post", shared("/together/journal/{id}/react/"), outsider, alice),
        Case("post", private("/together/journal/{id}/react/"), outsider_and_partner, alice),
        Case(
            "post",
            lambda w: f"/together/answer/{ref(w.alice_answer)}/react/",
            outsider_and_partner,
            alice,
        ),
    ],
    "together_reply": [
        Case("post", shared("/together/journal/{id}/reply/"), outsider, alice),
        Case("post", private("/together/journal/{id}/reply/"), outsider_and_partner, alice),
        Case(
            "post",
            lambda w: f"/together/answer/{ref(w.alice_answer)}/reply/",
            outsider_and_partner,
            alice,
        ),
    ],
    "api:responses_list": [
        Case("get", shared("/api/together/journal/{id}/responses"), outsider, alice)
    ],
    "api:reaction_set": [
        Case("put", shared("/api/together/journal/{id}/reaction"), outsider, alice),
        Case(
            "put",
            lambda w: f"/api/together/answer/{ref(w.alice_answer)}/reaction",
            outsider_and_partner,
            alice,
        ),
    ],
    "api:reaction_remove": [
        Case("delete", shared("/api/together/journal/{id}/reaction"), outsider, alice)
    ],
    "api:reply_send": [
        Case("post", shared("/api/together/journal/{id}/replies"), outsider, alice),
        Case("post", private("/api/together/journal/{id}/replies"), outsider_and_partner, alice),
    ],
    "journal_share": [Case("post", shared("/journal/{id}/share/"), outsider_and_partner, alice)],
    "journal_delete": [Case("get", shared("/journal/{id}/delete/"), outsider_and_partner, alice)],
    "token_revoke": [
        Case(
            "post",
            lambda w: f"/settings/tokens/{ref(w.alice_token)}/revoke/",
            outsider_and_partner,
            alice,
        )
    ],
    # An invitation link is meant for someone else, so only an unknown token is "not found".
    "couple_join_link": [
        Case("get", lambda w: "/couple/join/no-such-invitation/", outsider_and_partner, alice)
    ],
    "api:entry_detail": [
        Case("get", private("/api/journal/{id}"), outsider_and_partner, alice),
        Case("get", shared("/api/journal/{id}"), outsider, alice),
    ],
    "api:entry_update": [Case("patch", shared("/api/journal/{id}"), outsider_and_partner, alice)],
    "api:entry_delete": [Case("delete", shared("/api/journal/{id}"), outsider_and_partner, alice)],
    "session_end": [
        Case(
            "post",
            lambda w: f"/settings/sessions/{w.alice_session}/end/",
            outsider_and_partner,
            alice,
        )
    ],
    "api:session_end": [
        Case("delete", lambda w: f"/api/sessions/{w.alice_session}", outsider_and_partner, alice)
    ],
    "api:token_revoke": [
        Case("delete", lambda w: f"/api/tokens/{ref(w.alice_token)}", outsider_and_partner, alice)
    ],
    "passkey_remove": [
        Case(
            "get",
            lambda w: f"/accounts/2fa/passkeys/{w.alice_passkey}/remove/",
            outsider_and_partner,
            alice,
        ),
        Case(
            "post",
            lambda w: f"/accounts/2fa/passkeys/{w.alice_passkey}/remove/",
            outsider_and_partner,
            alice,
        ),
    ],
    "counseling": [Case("get", lambda w: "/counseling/", outsider_and_partner, alice, True)],
    "counseling_plan": [
        Case("post", lambda w: "/counseling/plan/", outsider_and_partner, alice, True)
    ],
    "counseling_plan_delete": [
        Case("post", lambda w: "/counseling/plan/delete/", outsider_and_partner, alice, True)
    ],
    "api:counseling": [Case("get", lambda w: "/api/counseling", outsider_and_partner, alice, True)],
    # A device is named by its endpoint, which only that browser holds, never by an id;
    # push/tests/test_a_subscription_is_ones_own.py tries the partner with the owner's.
    "push_on": [
        Case("post", lambda w: "/settings/notifications/on/", outsider_and_partner, alice, True)
    ],
    "push_off": [
        Case("post", lambda w: "/settings/notifications/off/", outsider_and_partner, alice, True)
    ],
    "push_off_everywhere": [
        Case(
            "post",
            lambda w: "/settings/notifications/off-everywhere/",
            outsider_and_partner,
            alice,
            True,
        )
    ],
    "api:counseling_plan": [
        Case(method, lambda w: "/api/counseling/plan", outsider_and_partner, alice, True)
        for method in ("get", "put", "delete")
    ],
    "report_detail": [Case("get", report("/reports/{id}/"), outsider_and_partner, alice)],
    "report_revoke": [Case("post", report("/reports/{id}/revoke/"), outsider_and_partner, alice)],
    "api:report_detail": [Case("get", report("/api/reports/{id}"), outsider_and_partner, alice)],
    "api:report_revoke": [
        Case("post", report("/api/reports/{id}/revoke"), outsider_and_partner, alice)
    ],
    "api:report_openings": [
        Case("get", report("/api/reports/{id}/openings"), outsider_and_partner, alice)
    ],
    # The counselor's link is a key, like an invitation: only an unknown one is tried here;
    # report/tests/test_counselor_link_walk.py walks valid, expired, revoked and coded links.
    "counselor_report": [Case("get", lambda w: "/r/no-such-link/", outsider_and_partner, alice)],
    "counselor_pdf": [
        Case("get", lambda w: "/r/no-such-link/report.pdf", outsider_and_partner, alice)
    ],
    "counselor_fhir": [
        Case("get", lambda w: "/r/no-such-link/report.fhir.json", outsider_and_partner, alice)
    ],
    # A topic is shared with the partner, who takes their own steps in it; never with Eve.
    # Alice's plan is hers alone to make a promise.
    "conflict_room": [Case("get", topic("/conflict/{id}/"), outsider, alice)],
    "conflict_live": [Case("get", topic("/conflict/{id}/live/"), outsider, alice)],
    "conflict_answer": [Case("post", topic("/conflict/{id}/answer/"), outsider, alice)],
    "conflict_account": [Case("post", topic("/conflict/{id}/account/"), outsider, alice)],
    "conflict_turn": [Case("post", topic("/conflict/{id}/turn/"), outsider, alice)],
    "conflict_break": [Case("post", topic("/conflict/{id}/break/"), outsider, alice)],
    "conflict_resolve": [Case("post", topic("/conflict/{id}/resolve/"), outsider, alice)],
    "conflict_need": [Case("post", topic("/conflict/{id}/need/"), outsider, alice)],
    "conflict_option": [Case("post", topic("/conflict/{id}/option/"), outsider, alice)],
    "conflict_outcome": [Case("post", topic("/conflict/{id}/outcome/"), outsider, alice)],
    "conflict_rate": [Case("post", option("/conflict/options/{id}/rate/"), outsider, alice)],
    "api:need_write": [Case("put", topic("/api/conflict/topics/{id}/need"), outsider, alice)],
    "api:option_add": [Case("post", topic("/api/conflict/topics/{id}/options"), outsider, alice)],
    "api:option_rate": [Case("put", option("/api/conflict/options/{id}/rating"), outsider, alice)],
    "api:outcome_propose": [
        Case("post", topic("/api/conflict/topics/{id}/outcome"), outsider, alice)
    ],
    "api:outcome_agree": [
        Case("post", topic("/api/conflict/topics/{id}/outcome/agree"), outsider, alice)
    ],
    "api:outcome_not_yet": [
        Case("post", topic("/api/conflict/topics/{id}/outcome/not-yet"), outsider, alice)
    ],
    "conflict_promise": [
        Case("post", plan_turn("/conflict/plans/{id}/promise/"), outsider_and_partner, alice)
    ],
    "api:topic_detail": [Case("get", topic("/api/conflict/topics/{id}"), outsider, alice)],
    "api:topic_join": [Case("post", topic("/api/conflict/topics/{id}/join"), outsider, alice)],
    "api:topic_not_now": [
        Case("post", topic("/api/conflict/topics/{id}/not-now"), outsider, alice)
    ],
    "api:account_write": [Case("put", topic("/api/conflict/topics/{id}/account"), outsider, alice)],
    "api:turn_check": [Case("post", topic("/api/conflict/topics/{id}/check"), outsider, alice)],
    "api:turn_send": [Case("post", topic("/api/conflict/topics/{id}/turns"), outsider, alice)],
    "api:break_call": [Case("post", topic("/api/conflict/topics/{id}/breaks"), outsider, alice)],
    "api:topic_resolve": [
        Case("post", topic("/api/conflict/topics/{id}/resolve"), outsider, alice)
    ],
    "api:plan_promise": [
        Case("post", plan_turn("/api/conflict/turns/{id}/promise"), outsider_and_partner, alice)
    ],
    "api:invitation_revoke": [
        Case(
            "delete",
            lambda w: f"/api/invitations/{ref(w.sol_invitation)}",
            outsider_and_partner,
            lambda w: User.objects.get(email="sol@example.com"),
        )
    ],
}
NOT_ANYONES_DATA = {
    "couple_join_link",
    "checkup_take",
    "counselor_report",
    "counselor_pdf",
    "counselor_fhir",
}  # only unknown names are tried
WRITES = {"post", "put", "patch", "delete"}


def routes_with_ids() -> set[str]:
    found: set[str] = set()

    def walk(patterns: Sequence[object], route: str = "", namespace: str | None = None) -> None:
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                walk(
                    pattern.url_patterns,
                    route + str(pattern.pattern),
                    pattern.namespace or namespace,
                )
            elif isinstance(pattern, URLPattern):
                full = route + str(pattern.pattern)
                module = pattern.callback.__module__
                if "<" in full and not module.startswith(NOT_COUPLE_DATA_MODULES):
                    found.add(f"{namespace}:{pattern.name}" if namespace else str(pattern.name))

    walk(get_resolver().url_patterns)
    return found


def api_operations_with_ids() -> set[tuple[str, str]]:
    """Every (method, path) of the OpenAPI document whose path holds a parameter."""
    from heartwork.api import api

    return {
        (method, path)
        for path, methods in api.get_openapi_schema()["paths"].items()
        for method in methods
        if "{" in path
    }


def test_every_route_with_an_id_is_covered() -> None:
    missing = routes_with_ids() - set(CASES)
    assert not missing, f"Add these routes to CASES in {__file__}: {sorted(missing)}"


def test_every_api_operation_with_an_id_is_covered(world: World) -> None:
    tried = [(case.method, case.url(world)) for cases in CASES.values() for case in cases]
    missing = sorted(
        f"{method.upper()} {path}"
        for method, path in api_operations_with_ids()
        if not any(
            m == method and re.fullmatch(re.sub(r"\{\w+\}", "[^/]+", path), url) for m, url in tried
        )
    )
    assert not missing, f"Add these API operations to CASES in {__file__}: {missing}"


@pytest.fixture(scope="module")
def built(module_people: People) -> World:
    """Alice's things of every kind, built once for the walk's hundreds of cases
    (``module_db`` in conftest.py): each case's own writes roll back."""
    people = module_people
    sol = make_user("sol@example.com", "Sol")
    alice_option = with_an_option(people.alice, people.bob)
    alice_topic = alice_option.topic
    return World(
        people=people,
        alice_private=journal.journal_create(author=people.alice, body=PRIVATE_WORDS),
        alice_shared=journal.journal_create(author=people.alice, body=SHARED_WORDS, shared=True),
        alice_token=account_services.api_token_create(
            user=people.alice, name="t", password=PASSWORD
        ).token,
        sol_invitation=account_services.invitation_create(inviter=sol),
        alice_response=answer_all(people.alice),
        alice_open=checkup_services.checkup_start(user=people.alice),
        alice_answer=daily.daily_answer(
            user=people.alice,
            daily_question_id=daily.todays_question(people.alice).pk,  # type: ignore[union-attr]
            body=SEALED_WORDS,
        ),
        alice_plan=daily.plan_create(user=people.alice, title="walk", planned_for=date(2030, 1, 1)),
        alice_promise=daily.promise_make(user=people.alice, text="call", due=date(2030, 1, 1)),
        alice_session=_signed_in_session(people.alice),
        alice_passkey=passkey_id(stored_passkey(people.alice)),
        alice_counseling_note=counseling.counseling_note_save(
            user=people.alice, body=PRIVATE_WORDS
        ),
        alice_report=report_services.report_create(
            user=people.alice, sections=["practice"], with_code=True
        ).report,
        alice_topic=alice_topic,
        alice_plan_turn=Turn.objects.get(topic=alice_topic, author=people.alice, kind="plan"),
        alice_option=alice_option,
    )


@pytest.fixture
def world(built: World, db: None) -> World:
    return replace(built, people=fresh(built.people))


def _signed_in_session(user: User) -> str:
    """A browser of ``user``'s that has opened a page, so it is in their sessions list."""
    client = client_for(user)
    client.get("/")
    return session_public_id(client.session.session_key or "")


def script(user: User, *, scope: str = "read-write") -> Client:
    """A script's client: a token of ``user``'s, no cookies, and CSRF checked as for real
    (Django's test client skips the check unless told not to)."""
    return Client(
        enforce_csrf_checks=True,
        headers={"Authorization": f"Bearer {token_for(user, scope=scope)}"},
    )


def _client(actor: Actor, case: Case, world: World) -> Client:
    api = case.url(world).startswith("/api/")
    if actor.read_only:
        return script(case.owner(world), scope="read")
    user = actor.user(world)
    if user is None:
        return Client(enforce_csrf_checks=api)
    return script(user) if api else client_for(user)


def _send(client: Client, case: Case, world: World) -> HttpResponse:
    call = getattr(client, case.method)
    url = case.url(world)
    # API writes get a body that fits any of them, so only access decides the answer.
    body = '{"value": 3, "body": "x", "status": "kept", "parts": [], "reaction": "heart"}'
    json_methods = {"patch", "put"} | ({"post"} if url.startswith("/api/") else set())
    kwargs = (
        {"content_type": "application/json", "data": body} if case.method in json_methods else {}
    )
    return call(url, **kwargs)


def refused(actor: Actor, response: HttpResponse, *, api: bool) -> bool:
    """Whether ``response`` is the refusal ``actor`` must get (see the module's docstring)."""
    if actor is ANONYMOUS and api:
        return response.status_code == 401
    if actor is ANONYMOUS:
        to_log_in = response.status_code == 302 and response["Location"].startswith(
            "/accounts/login/"
        )
        return to_log_in or response.status_code == 404
    if actor.read_only:
        return response.status_code == 403
    return response.status_code == 404


def their_own(actor: Actor, response: HttpResponse) -> bool:
    """For a URL with no id: a person got an answer about their own things, not an error."""
    person = actor is not ANONYMOUS and not actor.read_only
    return person and response.status_code in {200, 204, 302, 400, 404, 422}


def snapshot(world: World) -> list[Any]:
    """The owner's things as stored, how many answers and replies hang off them, and
    whether the owner's browser session and passkey are still there."""
    things = [
        world.alice_private,
        world.alice_shared,
        world.alice_token,
        world.sol_invitation,
        world.alice_response,
        world.alice_open,
        world.alice_answer,
        world.alice_plan,
        world.alice_promise,
        world.alice_counseling_note,
        world.alice_report,
        *(t for t in (world.alice_topic, world.alice_plan_turn, world.alice_option) if t),
    ]
    volatile = {"last_used_at"}  # written by every request a token makes
    rows = [type(thing)._default_manager.filter(pk=thing.pk).values().get() for thing in things]
    sessions = {session_public_id(key) for key in Session.objects.values_list("pk", flat=True)}
    return [
        [{k: v for k, v in row.items() if k not in volatile} for row in rows],
        CheckupAnswer.objects.count(),
        Response.objects.count(),
        [model.objects.count() for model in (Account, Turn, Break, Need, Option, Rating)],
        world.alice_session in sessions,
        passkey_find(world.people.alice, world.alice_passkey) is not None,
    ]


def cases() -> list[Any]:
    return [
        pytest.param(name, index, id=f"{name}-{index}-{case.method}")
        for name, listed in CASES.items()
        for index, case in enumerate(listed)
    ]


@pytest.mark.parametrize(("name", "index"), cases())
def test_every_intruder_is_refused_and_changes_nothing(world: World, name: str, index: int) -> None:
    case = CASES[name][index]
    api = case.url(world).startswith("/api/")
    intruders = case.intruders(world)
    before = snapshot(world)
    tried = []
    for change, actors in ERAS:
        if change is not None:
            change(world)
        for actor in sorted(actors & intruders, key=str):
            if actor.read_only and not (api and case.method in WRITES):
                continue  # the owner's read-only token may read: the owner's control tries it
            response = _send(_client(actor, case, world), case, world)
            assert refused(actor, response, api=api) or (
                case.own_only and their_own(actor, response)
            ), f"{actor} got {response.status_code} from {case.method.upper()} {case.url(world)}"
            for words in (PRIVATE_WORDS, SHARED_WORDS, SEALED_WORDS):
                assert words.encode() not in response.content, f"{actor} read {words!r}"
            tried.append(actor)
    assert snapshot(world) == before
    assert len(tried) >= 5, tried  # every era had its intruders


@pytest.mark.parametrize(
    ("name", "index"), [p for p in cases() if p.values[0] not in NOT_ANYONES_DATA]
)
def test_the_owner_reaches_the_same_url(world: World, name: str, index: int) -> None:
    """The control: the same request by the owner is not refused, so the URLs are right.
    On the API the owner comes in with a read-write token, and reads with a read-only one."""
    case = CASES[name][index]
    owner = case.owner(world)
    if not case.url(world).startswith("/api/"):
        assert _send(client_for(owner), case, world).status_code not in {401, 403, 404}
        return
    if case.method == "get":
        assert _send(script(owner, scope="read"), case, world).status_code == 200
    assert _send(script(owner), case, world).status_code not in {401, 403, 404}


def test_a_read_only_token_gets_the_same_403_for_any_id_so_it_confirms_nothing(
    world: World,
) -> None:
    """The scope is checked before any id is looked up: the owner's thing, the partner's
    private thing and an id that exists nowhere all answer the same."""
    bobs_private = journal.journal_create(author=world.people.bob, body="Bob's own words")
    read_only = script(world.people.alice, scope="read")
    answers = {
        read_only.delete(f"/api/journal/{entry}").status_code
        for entry in (ref(world.alice_shared), ref(bobs_private), "999999999")
    }
    assert answers == {403}
