"""Every route that takes an id answers 404 to anyone who may not see that thing.

The test walks the URL configuration itself, so a new route with an id that is not
listed in ``CASES`` fails here until someone says who must not reach it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from uuid import UUID

import pytest
from conftest import PASSWORD, People, client_for
from django.urls import URLPattern, URLResolver, get_resolver

from heartwork.accounts import services as account_services
from heartwork.accounts.models import User
from heartwork.accounts.second_factor.passkeys import passkey_id
from heartwork.accounts.sessions import session_public_id
from heartwork.accounts.tests.second_step import stored_passkey
from heartwork.checkup import services as checkup_services
from heartwork.checkup.instrument import load
from heartwork.checkup.tests.test_taking_the_checkup import answer_all
from heartwork.daily import services as daily
from heartwork.journal import services as journal

FIRST_ITEM = load().items[0].key

# Routes whose ids are not couple data: allauth's own e-mail and password-reset keys.
NOT_COUPLE_DATA_MODULES = ("allauth.",)


@dataclass
class World:
    people: People
    alice_private: UUID
    alice_shared: UUID
    alice_token: UUID
    sol_invitation: UUID
    alice_response: UUID  # a finished round 1 that Bob has not finished
    alice_open: UUID  # round 2, in progress
    alice_answer: UUID  # today's answer, sealed: Bob has not answered
    alice_plan: UUID
    alice_promise: UUID
    alice_session: str  # the public id of a browser session of Alice's
    alice_passkey: str  # a passkey's random id


@dataclass
class Case:
    """Who tries which method on which URL; each must answer 404."""

    method: str
    url: Callable[[World], str]
    intruders: Callable[[World], list[User]]
    owner: Callable[[World], User]


def outsider(w: World) -> list[User]:
    return [w.people.eve]


def outsider_and_partner(w: World) -> list[User]:
    return [w.people.eve, w.people.bob]


def alice(w: World) -> User:
    return w.people.alice


def private(path: str) -> Callable[[World], str]:
    return lambda w: path.format(id=w.alice_private)


def shared(path: str) -> Callable[[World], str]:
    return lambda w: path.format(id=w.alice_shared)


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
            lambda w: f"/api/checkup/rounds/{w.alice_response}/answers",
            outsider_and_partner,
            alice,
        )
    ],
    "api:answer": [
        Case(
            "put",
            lambda w: f"/api/checkup/rounds/{w.alice_open}/answers/{FIRST_ITEM}",
            outsider_and_partner,
            alice,
        )
    ],
    "api:finish": [
        Case(
            "post",
            lambda w: f"/api/checkup/rounds/{w.alice_response}/finish",
            outsider_and_partner,
            alice,
        )
    ],
    "api:sharing": [
        Case(
            "put",
            lambda w: f"/api/checkup/rounds/{w.alice_response}/sharing",
            outsider_and_partner,
            alice,
        )
    ],
    "api:report": [Case("get", lambda w: "/api/checkup/reports/1", outsider_and_partner, alice)],
    # Alice's answer is sealed until Bob answers: hidden from him, unknown to Eve.
    "daily_reply": [
        Case(
            "post", lambda w: f"/daily/answers/{w.alice_answer}/reply/", outsider_and_partner, alice
        )
    ],
    # Plans and promises are shared with the partner (who may mark them); never with Eve.
    "daily_plan_done": [
        Case("post", lambda w: f"/daily/time/{w.alice_plan}/done/", outsider, alice)
    ],
    "daily_promise_mark": [
        Case("post", lambda w: f"/daily/promises/{w.alice_promise}/mark/", outsider, alice)
    ],
    "api:reply": [
        Case(
            "post",
            lambda w: f"/api/daily/answers/{w.alice_answer}/reply",
            outsider_and_partner,
            alice,
        )
    ],
    "api:plan_done": [
        Case("post", lambda w: f"/api/daily/plans/{w.alice_plan}/done", outsider, alice)
    ],
    "api:mark": [
        Case("post", lambda w: f"/api/daily/promises/{w.alice_promise}/mark", outsider, alice)
    ],
    "journal_share": [Case("post", shared("/journal/{id}/share/"), outsider_and_partner, alice)],
    "journal_delete": [Case("get", shared("/journal/{id}/delete/"), outsider_and_partner, alice)],
    "token_revoke": [
        Case(
            "post",
            lambda w: f"/settings/tokens/{w.alice_token}/revoke/",
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
        Case("delete", lambda w: f"/api/tokens/{w.alice_token}", outsider_and_partner, alice)
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
    "api:invitation_revoke": [
        Case(
            "delete",
            lambda w: f"/api/invitations/{w.sol_invitation}",
            outsider_and_partner,
            lambda w: User.objects.get(email="sol@example.com"),
        )
    ],
}


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


def test_every_route_with_an_id_is_covered() -> None:
    missing = routes_with_ids() - set(CASES)
    assert not missing, f"Add these routes to CASES in {__file__}: {sorted(missing)}"


@pytest.fixture
def world(people: People) -> World:
    from conftest import make_user

    sol = make_user("sol@example.com", "Sol")
    return World(
        people=people,
        alice_private=journal.journal_create(author=people.alice, body="private").public_id,
        alice_shared=journal.journal_create(
            author=people.alice, body="shared", shared=True
        ).public_id,
        alice_token=account_services.api_token_create(
            user=people.alice, name="t", password=PASSWORD
        ).token.public_id,
        sol_invitation=account_services.invitation_create(inviter=sol).public_id,
        alice_response=answer_all(people.alice).public_id,
        alice_open=checkup_services.checkup_start(user=people.alice).public_id,
        alice_answer=daily.daily_answer(
            user=people.alice,
            daily_question_id=daily.todays_question(people.alice).pk,  # type: ignore[union-attr]
            body="sealed",
        ).public_id,
        alice_plan=daily.plan_create(
            user=people.alice, title="walk", planned_for=date(2030, 1, 1)
        ).public_id,
        alice_promise=daily.promise_make(
            user=people.alice, text="call", due=date(2030, 1, 1)
        ).public_id,
        alice_session=_signed_in_session(people.alice),
        alice_passkey=passkey_id(stored_passkey(people.alice)),
    )


def _signed_in_session(user: User) -> str:
    """A browser of ``user``'s that has opened a page, so it is in their sessions list."""
    client = client_for(user)
    client.get("/")
    return session_public_id(client.session.session_key or "")


def _request(user: User, case: Case, world: World) -> int:
    client = client_for(user)
    call = getattr(client, case.method)
    url = case.url(world)
    # API writes get a body that fits any of them, so only access decides the answer.
    body = '{"value": 3, "body": "x", "status": "kept", "parts": []}'
    json_methods = {"patch", "put"} | ({"post"} if url.startswith("/api/") else set())
    kwargs = (
        {"content_type": "application/json", "data": body} if case.method in json_methods else {}
    )
    return int(call(url, **kwargs).status_code)


@pytest.mark.parametrize(
    ("name", "index"), [(name, i) for name, cases in CASES.items() for i in range(len(cases))]
)
def test_intruders_get_404(world: World, name: str, index: int) -> None:
    case = CASES[name][index]
    for intruder in case.intruders(world):
        assert _request(intruder, case, world) == 404, f"{intruder} reached {case.url(world)}"


@pytest.mark.parametrize(
    ("name", "index"),
    [
        (n, i)
        for n, cases in CASES.items()
        if n not in {"couple_join_link", "checkup_take"}
        for i in range(len(cases))
    ],
)
def test_the_owner_reaches_the_same_url(world: World, name: str, index: int) -> None:
    """The control: the same request by the owner is not a 404, so the URLs are right."""
    case = CASES[name][index]
    assert _request(case.owner(world), case, world) != 404
