"""One sentence written through every form and every API body turns up nowhere it should
not (issue 9, "No content in logs, emails or errors").

The canary goes into every field of every form and API body that test_bad_input.py lists
(once as it is, and once more with the other fields made valid where that is what lets
the text be kept), into a display name and a token's name, through a password reset, and
into every form of the second step at sign-in.
Meanwhile every logger records at DEBUG, emails are kept, and a 404 and a forced 500 are
drawn on pages that show the canary. Then it is in no log record, nothing printed, no
email, no error page, no session or cache entry, and no byte of the raw database (the
SQLite file and its write-ahead log, or every column of every PostgreSQL table), where
only its ciphertext is. The controls: the app reads every canary back, the logs did record
the 404 and the 500, and emails did go out.

Every form class of Heartwork's must be posted here, so a new form fails until a target
for it is listed in test_bad_input.py (test_every_api_body_is_in_the_list does the same
for API bodies).
"""

from __future__ import annotations

import base64
import importlib
import logging
import pickle
import pkgutil
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import (
    PASSWORD,
    People,
    client_for,
    emailed_link,
    make_user,
    raw_database_text,
    ref,
)
from django import forms
from django.contrib.sessions.models import Session
from django.core import mail
from django.db import connection, connections
from django.db.models import Model
from django.test import Client

from heartwork.accounts.models import ApiToken, User
from heartwork.accounts.tests.second_step import (
    ACTIVATE,
    ADD_PASSKEY,
    AUTHENTICATE,
    PASSKEY_LOGIN,
    add_passkey,
    confirm_password,
    set_up_app,
    sign_in,
)
from heartwork.conflict.models import Account, Topic, Turn
from heartwork.core.tests.test_bad_input import API, FORMS, fill, make_world, submit
from heartwork.daily.models import Appreciation, CheckIn, DailyAnswer, Plan, Promise
from heartwork.journal.models import JournalEntry
from heartwork.together.models import Response

# Short enough for a name (60), and nothing HTML would escape, so a page cannot hide it.
CANARY = "Canary: the letters under the blue floorboard stay hidden"
PIECES = [CANARY, "blue floorboard", "letters under the"]
READER = "canary.reader@example.com"  # signs up with the canary as their name

# Where a post needs other fields right before it keeps the canary in the rest.
ACCEPTED: dict[str, dict[str, Any]] = {
    "/accounts/signup/": {"email": READER, "password1": "a new quiet river"},
    "/accounts/password/reset/": {"email": READER},
    "/accounts/email/": {"email": "alice.too@example.com"},
    "/settings/tokens/": {"password": PASSWORD, "scope": "read", "days": "90"},
    "/daily/checkins/": {"feelings": "amused"},
    "/daily/appreciations/": {"kind": "thanks"},
    "/daily/time/": {"activity_key": ""},
    "/daily/promises/{promise}/mark/": {"status": "kept"},
    "/api/tokens": {"password": PASSWORD, "scope": "read"},
    "/api/daily/checkins": {"feelings": "amused"},
    "/api/daily/plans": {"activity_key": ""},
    "/conflict/": {"way": "after"},
    "/conflict/{topic}/account/": {"feelings": "tired"},
    "/conflict/{revealed}/turn/": {"kind": "reflect"},
    "/api/conflict/topics/{topic}/account": {"feelings": ["tired"]},
}
# Form classes no page posts, with the reason.
NEVER_POSTED = {
    "SetPasswordForm": "only for accounts without a password, which Heartwork never makes",
    "ConfirmLoginCodeForm": "logging in by an emailed code is turned off",
    "CountryForm": "only draws the help pages' country chooser; the choice is read from the "
    "address and never kept",
}


@pytest.fixture
def every_log_record() -> Iterator[list[logging.LogRecord]]:
    """Every record of every logger, at DEBUG, whatever the logger's own level or handlers."""
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    keep = Keep(logging.DEBUG)
    loggers = [logging.getLogger(), *map(logging.getLogger, logging.root.manager.loggerDict)]
    before = [(logger, logger.level, logger.disabled) for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
        logger.disabled = False
        if logger is logging.root or not logger.propagate:
            logger.addHandler(keep)
    yield records
    for logger, level, disabled in before:
        logger.setLevel(level)
        logger.disabled = disabled
        logger.removeHandler(keep)


@pytest.fixture
def posted_forms(monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """The names of Heartwork's form classes given data while the test runs."""
    made: set[str] = set()
    original = forms.BaseForm.__init__

    def record(self: forms.BaseForm, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        if self.is_bound:  # given what someone sent, not only drawn empty
            heartwork = (c for c in type(self).__mro__ if c.__module__.startswith("heartwork."))
            made.update(c.__name__ for c in heartwork)

    monkeypatch.setattr(forms.BaseForm, "__init__", record)
    return made


def heartwork_forms() -> set[str]:
    """Every form class in Heartwork's code, whichever tests happened to import it."""
    import heartwork

    for module in pkgutil.walk_packages(heartwork.__path__, "heartwork."):
        if module.name.rsplit(".", 1)[-1] in {"forms", "allauth_forms", "password_reset"}:
            importlib.import_module(module.name)

    def subclasses(cls: type) -> list[type]:
        return [c for sub in cls.__subclasses__() for c in (sub, *subclasses(sub))]

    return {c.__name__ for c in subclasses(forms.BaseForm) if c.__module__.startswith("heartwork.")}


def client(people: People, who: str) -> Client:
    return Client() if who == "anonymous" else client_for(getattr(people, who))


def write_the_canary_everywhere(people: People) -> list[Any]:
    world = make_world(people)
    answers = []
    for target in [*FORMS, *API]:
        canary: dict[str, Any] = {name: CANARY for name in target.fields if target.text}
        tries = [canary]
        if target.path in ACCEPTED:
            tries.append(canary | ACCEPTED[target.path])
        for values in tries:
            path, data = fill(world, target, values)
            answers.append(submit(client(people, target.who), target, path, data))
    return answers


def reset_the_readers_password_to_the_canary() -> None:
    """Through the emailed link, so the reset-from-key form gets the canary too."""
    browser = Client()
    browser.post("/accounts/password/reset/", {"email": READER})
    set_password = browser.get(emailed_link(READER, "/accounts/password/reset/key/"), follow=True)
    form_url = set_password.redirect_chain[-1][0]
    browser.post(form_url, {"password1": CANARY, "password2": CANARY})
    assert User.objects.get(email=READER).check_password(CANARY)


def the_second_step_gets_the_canary(people: People) -> None:
    """Its codes and passkey answers are typed or sent text too: Frank sets up an app, Pat
    adds a passkey, and each form of the second step is sent the canary."""
    first = client_for(people.frank)
    confirm_password(first, ACTIVATE)
    first.post(ACTIVATE, {"code": CANARY})
    first.post(ADD_PASSKEY, {"credential": CANARY})
    set_up_app(client_for(people.frank))
    stage = sign_in(people.frank.email)
    stage.post(AUTHENTICATE, {"code": CANARY})
    stage.post(AUTHENTICATE, {"credential": CANARY})
    Client().post(PASSKEY_LOGIN, {"credential": CANARY})
    client_for(people.frank).post("/accounts/2fa/reauthenticate/", {"code": CANARY})
    with_a_passkey = client_for(make_user("pat@example.com", "Pat"))
    add_passkey(with_a_passkey)  # a real one, made in software
    with_a_passkey.post("/accounts/2fa/webauthn/reauthenticate/", {"credential": CANARY})


def draw_error_pages(people: People, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """A 404 and a 500 on the pages that show the canary entry, on the web and the API."""
    from heartwork.coach.web.templatetags import coach_tags
    from heartwork.journal import api as journal_api

    entry = next(e for e in JournalEntry.objects.filter(author=people.alice) if e.body == CANARY)
    eve, alice = client_for(people.eve), Client(raise_request_exception=False)
    alice.force_login(people.alice)
    pages = [eve.get(f"/journal/{ref(entry)}/"), eve.get(f"/api/journal/{ref(entry)}")]

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("forced by the canary test")

    # The entry's body is already drawn when the help below it fails.
    monkeypatch.setattr(coach_tags, "coach_concern", broken)
    monkeypatch.setattr(journal_api, "_out", broken)
    pages += [alice.get(f"/journal/{ref(entry)}/"), alice.get(f"/api/journal/{ref(entry)}")]
    assert [page.status_code for page in pages] == [404, 404, 500, 500]
    return pages


def stored_sessions_and_cache() -> list[str]:
    """Sessions and cache entries as the app would read them (the database holds them
    signed or pickled, so a byte search alone could miss a sentence kept in them)."""
    decoded = [str(session.get_decoded()) for session in Session.objects.all()]
    with connection.cursor() as cursor:
        cursor.execute("SELECT value FROM heartwork_cache")
        for (value,) in cursor.fetchall():
            decoded.append(repr(pickle.loads(base64.b64decode(value))))  # noqa: S301 - ours
    return decoded


def the_app_reads_every_canary_back(people: People) -> None:
    """Encrypted columns cannot be searched, so each is read back and compared."""

    def kept(model: type[Model], *fields: str) -> bool:
        return any(
            all(getattr(row, name) == CANARY for name in fields)
            for row in model._default_manager.all()
        )

    assert kept(User, "name")  # Alice's new name, and the new reader's
    assert User.objects.get(email=READER).name == CANARY
    assert [t.name for t in ApiToken.objects.all()].count(CANARY) == 2  # by the web and the API
    assert kept(JournalEntry, "title", "body")
    assert kept(DailyAnswer, "body")
    assert kept(Response, "body")  # a reply to an answer, by the web and the API
    assert kept(CheckIn, "good_thing", "hard_thing")
    assert kept(Appreciation, "body")
    assert kept(Plan, "title")
    assert kept(Plan, "memory")
    assert kept(Promise, "text")
    assert kept(Promise, "note")
    assert kept(Topic, "title")
    assert kept(Account, "body", "touched")
    assert kept(Turn, "body")


@pytest.mark.django_db(transaction=True)
def test_the_canary_is_nowhere_it_should_not_be(
    people: People,
    every_log_record: list[logging.LogRecord],
    posted_forms: set[str],
    capfd: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Every query is logged too, with its parameters, as under HEARTWORK_DEBUG.
    monkeypatch.setattr(connections["default"], "force_debug_cursor", True)
    answers = write_the_canary_everywhere(people)
    assert max(answer.status_code for answer in answers) < 500
    reset_the_readers_password_to_the_canary()
    the_second_step_gets_the_canary(people)
    error_pages = draw_error_pages(people, monkeypatch)

    the_app_reads_every_canary_back(people)
    assert set(NEVER_POSTED) | posted_forms >= heartwork_forms(), "List the new form in FORMS"
    logged = "\n".join(
        logging.Formatter().format(record) + repr(vars(record)) for record in every_log_record
    )
    assert "Not Found: /journal/" in logged
    assert "Internal Server Error: /journal/" in logged
    assert "forced by the canary test" in logged
    assert "django.db.backends" in {record.name for record in every_log_record}  # SQL too
    subjects = {message.subject.removeprefix("Heartwork: ") for message in mail.outbox}
    assert {"Confirm your email address", "A new API token for your account"} <= subjects
    printed = capfd.readouterr()
    raw = raw_database_text()
    assert b"gAAAA" in raw  # the encrypted values are there

    for piece in PIECES:
        assert piece not in logged, "in a log record"
        assert piece not in printed.out + printed.err, "printed"
        for message in mail.outbox:
            whole = message.message().as_string() + repr(getattr(message, "alternatives", []))
            assert piece not in whole, f"in the email {message.subject!r}"
        for page in error_pages:
            assert piece.encode() not in page.content, f"on a {page.status_code} page"
        for kept in stored_sessions_and_cache():
            assert piece not in kept, "in a session or the cache"
        assert piece.encode() not in raw, "in the raw database"
