"""`heartwork serve --production`: deploy checks, gunicorn, headers and a clean access log."""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from heartwork.core.headers import CONTENT_SECURITY_POLICY, SECURITY_HEADERS


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str) -> tuple[int, dict[str, str], str]:
    request = urllib.request.Request(  # noqa: S310 - a loopback address of our own
        url, headers={"Host": "heartwork.test", "X-Forwarded-Proto": "https"}
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), ""


@dataclass
class Served:
    url: str
    log: Path  # everything gunicorn and Django printed


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    data = tmp_path_factory.mktemp("served")
    port = free_port()
    env = {
        **os.environ,
        "HEARTWORK_DATA_DIR": str(data),
        "HEARTWORK_SECRET_KEY": secrets.token_urlsafe(50),
        "HEARTWORK_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
        "HEARTWORK_ALLOWED_HOSTS": "heartwork.test",
        "HEARTWORK_EMAIL_HOST": "smtp.heartwork.test",  # named, never reached by these tests
    }
    env.pop("DATABASE_URL", None)  # its own SQLite file, away from the test database
    log = data.parent / "served.log"
    with log.open("w") as output:
        server = subprocess.Popen(
            [sys.executable, "-m", "heartwork.cli", "serve", "--production", "--port", str(port)],
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            text=True,
        )
    try:
        # It migrates a new database first: a minute on a busy two-core machine.
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and server.poll() is None:
            try:
                fetch(f"http://127.0.0.1:{port}/health/")
                break
            except OSError:
                time.sleep(0.3)
        assert server.poll() is None, log.read_text()
        yield Served(f"http://127.0.0.1:{port}", log)
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_production_serving_with_gunicorn(served: Served) -> None:
    status, headers, body = fetch(f"{served.url}/accounts/login/")
    assert status == 200
    assert headers["Server"] == "gunicorn"
    assert "Strict-Transport-Security" in headers
    assert "Welcome back" in body
    assert headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    css_status, css_headers, css = fetch(f"{served.url}/static/heartwork/site.css")
    assert css_status == 200 and "--accent" in css
    # Collected, compressed and served by WhiteNoise: the headers come from its hook.
    for name, value in SECURITY_HEADERS.items():
        assert css_headers[name] == value, name


def test_the_access_log_carries_no_reset_key_token_or_typed_text(served: Served) -> None:
    secret = "S3cretValue42"
    for path in (
        f"/accounts/password/reset/key/1a-{secret}/",
        f"/accounts/confirm-email/{secret}/",
        f"/couple/join/{secret}/",
        f"/accounts/login/?next=/couple/join/{secret}/",
        f"/daily/time/?place={secret}",
    ):
        fetch(served.url + path)
    fetch(f"{served.url}/health/?done")
    deadline = time.monotonic() + 10
    while "/health/?" not in served.log.read_text() and time.monotonic() < deadline:
        time.sleep(0.1)
    logged = served.log.read_text()
    assert '"GET /accounts/password/reset/key/[redacted]/ HTTP/1.1" 200' in logged
    # An invitation that does not exist is not found, and its code is not logged either.
    assert '"GET /couple/join/[redacted]/ HTTP/1.1" 404' in logged
    assert "GET /accounts/login/?next=[redacted] " in logged
    assert secret not in logged
