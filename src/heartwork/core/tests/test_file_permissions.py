"""Files on the server: the data directory is 0700, the database, its WAL and backups 0600.

Each test starts Heartwork in a separate process with the loose umask (022) that most
systems give a service, as a host would, and looks at the modes it leaves behind.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# Opens the database, writes, and reports the modes while the -wal and -shm files exist.
WRITE_AND_REPORT = """
import os, django
django.setup()
from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("CREATE TABLE canary (words TEXT)")
    cursor.execute("INSERT INTO canary VALUES ('a quiet evening walk')")
    name = connection.settings_dict["NAME"]
    for suffix in ("", "-wal", "-shm"):
        print(suffix or "db", oct(os.stat(name + suffix).st_mode & 0o777))
"""


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HEARTWORK_DATA_DIR": str(data)}
    env["DJANGO_SETTINGS_MODULE"] = "heartwork.settings"
    env.pop("DATABASE_URL", None)  # the SQLite file is what is looked at
    result = subprocess.run(
        [sys.executable, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        umask=0o022,  # the child starts as loosely as most services do
    )
    assert result.returncode == 0, result.stderr
    return result


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_a_new_data_directory_and_database_are_private(tmp_path: Path) -> None:
    data = tmp_path / "data"
    run(data, "-m", "heartwork.cli", "migrate", "--noinput")
    assert mode(data) == 0o700
    for name in ("heartwork.sqlite3", "secret.key", "encryption.key"):
        assert mode(data / name) == 0o600, name


def test_the_write_ahead_log_and_shared_memory_files_are_private(tmp_path: Path) -> None:
    result = run(tmp_path / "data", "-c", WRITE_AND_REPORT)
    assert result.stdout.split() == ["db", "0o600", "-wal", "0o600", "-shm", "0o600"]


def test_files_left_readable_by_an_older_version_are_made_private(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "backups").mkdir(parents=True)
    (data / "static").mkdir()
    readable = [
        data / "heartwork.sqlite3",
        data / "heartwork.sqlite3-wal",
        data / "heartwork.sqlite3-shm",
        data / "backup-2030-01-01.sqlite3",
        data / "backups" / "heartwork-2030-01-02.sqlite3",
    ]
    for path in [*readable, data / "static" / "site.css"]:
        path.write_bytes(b"")
        path.chmod(0o644)
    for folder in (data, data / "backups", data / "static"):
        folder.chmod(0o755)

    run(data, "-m", "heartwork.cli", "check")

    assert mode(data) == 0o700
    assert mode(data / "backups") == 0o700
    for path in readable:
        assert mode(path) == 0o600, path.name
    # Collected static files are served to anyone anyway; they are left alone.
    assert mode(data / "static" / "site.css") == 0o644
