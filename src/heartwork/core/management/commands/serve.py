"""``heartwork serve``: the development server, or gunicorn with production settings."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser


def default_workers() -> int:
    """Gunicorn's own advice, two workers per core plus one: while one waits on the
    database another runs. ``HEARTWORK_WORKERS`` overrides it (docs/self-hosting.md)."""
    configured = os.environ.get("HEARTWORK_WORKERS", "").strip()
    if configured:
        if not configured.isdigit() or int(configured) < 1:
            raise CommandError("HEARTWORK_WORKERS must be a whole number of at least 1.")
        return int(configured)
    return 2 * (os.cpu_count() or 1) + 1


class Command(BaseCommand):
    help = "Serve Heartwork (development server; --production for gunicorn and deploy checks)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--production", action="store_true", help="run under gunicorn")
        parser.add_argument(
            "--workers", type=int, default=None, help="gunicorn workers (default 2 x cores + 1)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        address = f"{options['host']}:{options['port']}"
        if not options["production"]:
            call_command("runserver", address)
            return
        env = {**os.environ, "HEARTWORK_PRODUCTION": "true", "HEARTWORK_DEBUG": "false"}
        heartwork = [sys.executable, "-m", "heartwork.cli"]
        for step in (
            ["check", "--deploy", "--fail-level", "WARNING"],
            ["migrate", "--noinput"],
            ["collectstatic", "--noinput", "--verbosity", "0"],
        ):
            if subprocess.run([*heartwork, *step], env=env, check=False).returncode:  # noqa: S603
                raise CommandError(f"`heartwork {' '.join(step)}` failed; see above.")
        argv = [sys.executable, "-m", "gunicorn", "heartwork.wsgi:application"]
        workers = options["workers"] or default_workers()
        argv += ["--bind", address, "--workers", str(workers), "--access-logfile", "-"]
        # Reset keys, invitation tokens and query values never reach the access log.
        argv += ["--logger-class", "heartwork.core.gunicorn_logging.RedactingLogger"]
        os.execve(sys.executable, argv, env)  # noqa: S606 - replace this process with gunicorn
