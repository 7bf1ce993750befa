"""The VAPID key is made by ``heartwork`` on first run, kept in the data directory only
its owner can read, and the same after a restart (subscriptions answer only to it); one
given in the environment is used instead, and a broken one stops start-up by name."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from heartwork.push.keys import application_server_key, load_private_key

SHOW_KEY = "import django; django.setup(); from django.conf import settings; print(settings.VAPID_PRIVATE_KEY)"


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "heartwork.settings", **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        umask=0o022,
    )


def test_made_on_first_run_private_and_kept(tmp_path: Path) -> None:
    env = {"HEARTWORK_DATA_DIR": str(tmp_path / "data")}
    first, second = run(env, "-c", SHOW_KEY), run(env, "-c", SHOW_KEY)
    assert first.returncode == 0, first.stderr
    key = first.stdout.strip()
    assert second.stdout.strip() == key
    load_private_key(key)  # a P-256 key
    stored = tmp_path / "data" / "vapid.key"
    assert stored.read_text().strip() == key
    assert stored.stat().st_mode & 0o777 == 0o600


def test_processes_starting_together_on_a_first_run_share_one_key(tmp_path: Path) -> None:
    """A server and a worker started at once (say by systemd) must not make two keys."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "heartwork.settings",
        "HEARTWORK_DATA_DIR": str(tmp_path / "data"),
    }
    started = [
        subprocess.Popen(
            [sys.executable, "-c", SHOW_KEY], env=env, stdout=subprocess.PIPE, text=True
        )
        for _ in range(3)
    ]
    keys = {process.communicate(timeout=120)[0].strip() for process in started}
    assert len(keys) == 1 and keys != {""}


def test_one_from_the_environment_is_used(tmp_path: Path) -> None:
    made = run({}, "-m", "heartwork.cli", "generate-vapid-key")
    assert made.returncode == 0, made.stderr
    key = made.stdout.strip()
    assert len(application_server_key(key)) == 87
    key_file = tmp_path / "vapid"
    key_file.write_text(key + "\n")
    env = {
        "HEARTWORK_DATA_DIR": str(tmp_path / "data"),
        "HEARTWORK_VAPID_PRIVATE_KEY_FILE": str(key_file),
    }
    assert run(env, "-c", SHOW_KEY).stdout.strip() == key
    assert not (tmp_path / "data" / "vapid.key").exists()


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("HEARTWORK_VAPID_PRIVATE_KEY", "not-a-key"),
        ("HEARTWORK_PUSH_CONTACT", "someone"),
        ("HEARTWORK_PUSH_SERVICES", "push.example.org"),
        ("HEARTWORK_PUSH", "sometimes"),
    ],
)
def test_a_bad_value_stops_start_up_naming_it(tmp_path: Path, name: str, value: str) -> None:
    result = run({"HEARTWORK_DATA_DIR": str(tmp_path), name: value}, "-m", "heartwork.cli", "check")
    assert result.returncode != 0
    assert name in result.stderr
