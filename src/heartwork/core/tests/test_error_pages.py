"""Heartwork's own "not found" and "something went wrong" pages, each with the quick exit,
also under `make run`: the framework's debug page only when a developer asks for it."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from conftest import People, client_for
from cryptography.fernet import Fernet
from django.test import Client

from heartwork.core.tests.test_serve import free_port
from heartwork.journal.services import journal_create, journal_update


def test_an_entry_just_made_private_is_not_found_for_the_partner(people: People) -> None:
    entry = journal_create(author=people.alice, body="For both of us.", shared=True)
    bob = client_for(people.bob)
    assert bob.get(f"/journal/{entry.public_id}/").status_code == 200
    journal_update(author=people.alice, entry_id=entry.public_id, shared=False)
    response = bob.get(f"/journal/{entry.public_id}/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "We couldn't find that" in html
    assert 'id="quick-exit"' in html
    assert "For both of us." not in html


def test_something_going_wrong_shows_our_page_with_the_quick_exit(db, settings) -> None:
    settings.ROOT_URLCONF = "heartwork.core.tests.error_urls"
    response = Client(raise_request_exception=False).get("/fails/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Something went wrong on our side" in html
    assert 'id="quick-exit"' in html
    assert 'data-exit-url="https://' in html
    assert "a bug, on purpose" not in html
    assert "Traceback" not in html


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - our own loopback
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def test_make_run_serves_our_pages_and_static_files_without_debug(tmp_path: Path) -> None:
    """`make run` runs `heartwork serve` with no settings of its own: the same here."""
    port = free_port()
    env = {**os.environ, "HEARTWORK_DATA_DIR": str(tmp_path)}
    for name in ("DATABASE_URL", "HEARTWORK_DEBUG", "HEARTWORK_PRODUCTION"):
        env.pop(name, None)
    env["HEARTWORK_ENCRYPTION_KEYS"] = Fernet.generate_key().decode()
    subprocess.run(
        [sys.executable, "-m", "heartwork.cli", "migrate", "--noinput", "-v", "0"],
        env=env,
        check=True,
        timeout=300,
    )
    log = tmp_path / "serve.log"
    with log.open("w") as output:
        server = subprocess.Popen(
            [sys.executable, "-m", "heartwork.cli", "serve", "--port", str(port)],
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and server.poll() is None:
            try:
                fetch(f"{base}/health/")
                break
            except OSError:
                time.sleep(0.3)
        assert server.poll() is None, log.read_text()
        status, html = fetch(f"{base}/journal/00000000-0000-0000-0000-000000000000/nothing/")
        assert status == 404
        assert "We couldn't find that" in html
        assert 'id="quick-exit"' in html
        assert "Using the URLconf" not in html  # the debug page's words
        css_status, css = fetch(f"{base}/static/heartwork/site.css")
        assert css_status == 200
        assert "--accent" in css
    finally:
        server.terminate()
        server.wait(timeout=10)
