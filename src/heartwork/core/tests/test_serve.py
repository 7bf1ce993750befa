"""`heartwork serve --production` passes the deploy checks and serves under gunicorn."""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

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


def test_production_serving_with_gunicorn(tmp_path: Path) -> None:
    port = free_port()
    env = {
        **os.environ,
        "HEARTWORK_DATA_DIR": str(tmp_path),
        "HEARTWORK_SECRET_KEY": secrets.token_urlsafe(50),
        "HEARTWORK_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
        "HEARTWORK_ALLOWED_HOSTS": "heartwork.test",
        "HEARTWORK_EMAIL_HOST": "smtp.heartwork.test",  # named, never reached by this test
    }
    env.pop("DATABASE_URL", None)  # its own SQLite file, away from the test database
    server = subprocess.Popen(
        [sys.executable, "-m", "heartwork.cli", "serve", "--production", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        status = 0
        while time.monotonic() < deadline and server.poll() is None:
            try:
                status, headers, body = fetch(f"http://127.0.0.1:{port}/accounts/login/")
                break
            except OSError:
                time.sleep(0.3)
        assert server.poll() is None, server.stdout.read() if server.stdout else ""
        assert status == 200
        assert headers["Server"] == "gunicorn"
        assert "Strict-Transport-Security" in headers
        assert "Welcome back" in body
        assert headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
        css_status, css_headers, css = fetch(f"http://127.0.0.1:{port}/static/heartwork/site.css")
        assert css_status == 200 and "--accent" in css
        # Collected, compressed and served by WhiteNoise: the headers come from its hook.
        for name, value in SECURITY_HEADERS.items():
            assert css_headers[name] == value, name
    finally:
        server.terminate()
        server.wait(timeout=10)
