"""No log line carries a reset key, an invitation or API token, or a typed query value.

gunicorn's access log is checked end to end in test_serve.py; here are the redaction
itself, every route whose address holds a secret (found by walking the URL conf), and
Django's request and development-server logs as configured in settings.LOGGING.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator, Sequence

import pytest
from conftest import People, client_for
from django.core import mail
from django.test import Client, TestCase
from django.urls import URLPattern, URLResolver, get_resolver

from heartwork.core.logs import REDACTED, redact

SECRET = "S3cretValue42"
# A route parameter whose name ends in one of these is a secret and must never be logged,
# unless it is listed as public here with the reason.
SECRET_PARAMETERS = ("key", "token", "code", "secret")
PUBLIC_PARAMETERS = {"item_key": "a check-up question's name, the same for everyone"}


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (f'"GET /accounts/password/reset/key/1a-{SECRET}/ HTTP/1.1" 302 0', "/password/reset/key/"),
        (f'"GET /accounts/confirm-email/{SECRET}/ HTTP/1.1" 200 512', "/confirm-email/"),
        (f"Not Found: /couple/join/{SECRET}/", "Not Found: /couple/join/"),
        (f"Not Found: /r/{SECRET}/report.pdf", "Not Found: /r/"),
        (f"GET /accounts/login/?next=%2Fcouple%2Fjoin%2F{SECRET}%2F", "/accounts/login/?next="),
        (f"GET /daily/time/?place=home&minutes={SECRET}&page=2", "place=[redacted]"),
        (f"Authorization: Bearer hw_0123456789ab_{SECRET}", "Bearer hw_0123456789ab_"),
        (f'- - "GET / HTTP/1.1" 200 "https://heartwork.example/couple/join/{SECRET}/"', "GET /"),
    ],
)
def test_redact_hides_the_secret_and_keeps_the_rest(line: str, kept: str) -> None:
    clean = redact(line)
    assert SECRET not in clean
    assert REDACTED in clean
    assert kept in clean


def test_redact_leaves_plain_lines_alone() -> None:
    line = '127.0.0.1 - - "GET /journal/12/?page=3 HTTP/1.1" 200 1024 "-" "Firefox"'
    assert redact(line) == line


def secret_routes() -> list[str]:
    """Every URL pattern with a parameter named like a secret, filled with ``SECRET``."""
    found: list[str] = []
    names = "|".join(SECRET_PARAMETERS)
    public = "".join(f"(?!{name}>)" for name in PUBLIC_PARAMETERS)
    secret_param = re.compile(
        rf"<(?:\w+:)?{public}(?:\w*_)?(?:{names})>|\(\?P<{public}(?:\w*_)?(?:{names})>[^)]*\)"
    )
    any_param = re.compile(r"<(?:\w+:)?\w+>|\(\?P<\w+>[^)]*\)")

    def walk(patterns: Sequence[object], route: str = "/") -> None:
        for pattern in patterns:
            part = str(pattern.pattern).removeprefix("^").removesuffix("$")  # type: ignore[attr-defined]
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, route + part)
            elif isinstance(pattern, URLPattern) and secret_param.search(route + part):
                filled = secret_param.sub(SECRET, route + part)
                found.append(any_param.sub("1", filled).replace("\\", ""))

    walk(get_resolver().url_patterns)
    return found


def test_every_route_with_a_secret_in_its_address_is_redacted() -> None:
    routes = secret_routes()
    assert any("/password/reset/key/" in r for r in routes), "the walk found no reset route"
    assert any("/couple/join/" in r for r in routes), "the walk found no invitation route"
    for route in routes:
        assert SECRET not in redact(f'"GET {route} HTTP/1.1" 200'), route


@pytest.fixture
def log_output() -> Iterator[io.StringIO]:
    """What the configured log handlers write, instead of stderr."""
    output = io.StringIO()
    handlers = {
        handler
        for name in ("", "django", "django.server")
        for handler in logging.getLogger(name).handlers
        if isinstance(handler, logging.StreamHandler) and handler.get_name()
    }
    assert {handler.get_name() for handler in handlers} == {"console", "server"}
    previous = {handler: handler.setStream(output) for handler in handlers}
    yield output
    for handler, stream in previous.items():
        handler.setStream(stream)


def test_django_request_log_hides_an_invitation_token(
    people: People, log_output: io.StringIO
) -> None:
    response = client_for(people.alice).get(f"/couple/join/{SECRET}/")
    assert response.status_code == 404
    logged = log_output.getvalue()
    assert f"Not Found: /couple/join/{REDACTED}/" in logged
    assert SECRET not in logged


def test_the_development_server_log_hides_a_reset_key(log_output: io.StringIO) -> None:
    # As django.core.servers.basehttp.WSGIRequestHandler.log_message writes each request.
    logging.getLogger("django.server").info(
        '"%s" %s %s',
        f"GET /accounts/password/reset/key/1a-{SECRET}/ HTTP/1.1",
        "302",
        "0",
        extra={"status_code": 302, "server_time": "01/Jan/2030 10:00:00"},
    )
    logged = log_output.getvalue()
    assert f"GET /accounts/password/reset/key/{REDACTED}/ HTTP/1.1" in logged
    assert SECRET not in logged


def test_a_whole_password_reset_leaves_its_key_in_no_log_record(
    people: People, log_output: io.StringIO, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client = Client()
    with TestCase.captureOnCommitCallbacks(execute=True):  # the email goes out on commit
        client.post("/accounts/password/reset/", {"email": "alice@example.com"})
    link = re.search(r"/accounts/password/reset/key/[^/\s]+/", str(mail.outbox[0].body))
    assert link is not None
    key = link.group(0).rsplit("/", 2)[1].split("-", 1)[1]
    set_password = client.get(link.group(0), follow=True).redirect_chain[-1][0]
    client.post(set_password, {"password1": "a new quiet river", "password2": "a new quiet river"})
    people.alice.refresh_from_db()
    assert people.alice.check_password("a new quiet river")
    client.get(link.group(0))  # the spent link again: refused, and still not logged
    assert key not in caplog.text
    assert key not in log_output.getvalue()


def test_template_debugging_leaves_no_word_of_the_page_in_the_log(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Django logs, at DEBUG, each variable a template misses with the whole context it
    looked in; the canary test found a display name there."""
    from django.template import Context, Template

    caplog.set_level(logging.DEBUG, logger="django.template")
    html = Template("{{ words }} {{ missing }}").render(Context({"words": "my quiet secret"}))
    assert html.startswith("my quiet secret")
    assert "my quiet secret" not in caplog.text
