"""PostgreSQL connections: JIT off, pooled when asked; gunicorn sized for the machine."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.core.management.base import CommandError
from django.db import connection

from heartwork.core.management.commands.serve import default_workers

SHOW = (
    "from django.conf import settings; d = settings.DATABASES['default']; "
    "print(d['OPTIONS'].get('options'), d['OPTIONS'].get('pool'), d['CONN_MAX_AGE'])"
)


def settings_with(env: dict[str, str]) -> str:
    return subprocess.run(
        [sys.executable, "-m", "heartwork.cli", "shell", "--no-imports", "-c", SHOW],
        env={**os.environ, "DATABASE_URL": "postgres://u@db.example/heartwork", **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout.strip()


def test_postgresql_connections_have_jit_off_and_no_pool_unless_asked() -> None:
    assert settings_with({"HEARTWORK_DB_POOL": ""}) == "-c jit=off None 60"


def test_a_pool_size_turns_on_psycopgs_pool() -> None:
    shown = settings_with({"HEARTWORK_DB_POOL": "8"})
    assert shown == "-c jit=off {'min_size': 1, 'max_size': 8, 'timeout': 10} 0"


def test_a_bad_pool_size_stops_start_up_naming_the_variable() -> None:
    with pytest.raises(subprocess.CalledProcessError) as failed:
        settings_with({"HEARTWORK_DB_POOL": "many"})
    assert "HEARTWORK_DB_POOL" in failed.value.stderr


@pytest.mark.django_db
def test_the_apps_own_postgresql_sessions_run_without_jit() -> None:
    """On SQLite there is no JIT to turn off; the PostgreSQL leg of CI checks the server."""
    if connection.vendor != "postgresql":
        assert "jit" not in str(connection.settings_dict.get("OPTIONS", {}))
        return
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"


def test_gunicorn_runs_two_workers_a_core_plus_one_unless_told(monkeypatch) -> None:
    monkeypatch.delenv("HEARTWORK_WORKERS", raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert default_workers() == 5
    monkeypatch.setenv("HEARTWORK_WORKERS", "3")
    assert default_workers() == 3
    monkeypatch.setenv("HEARTWORK_WORKERS", "lots")
    with pytest.raises(CommandError, match="HEARTWORK_WORKERS"):
        default_workers()
