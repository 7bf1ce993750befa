"""Start and stop Heartwork app servers for the benchmarks: gunicorn with production settings.

Each server is ``heartwork serve --production`` (deploy checks, migrate, collectstatic,
then gunicorn) in a session of its own, so that killing it kills gunicorn's master and
workers together, as a machine that dies would. The secrets are the ones the seeding run
generated into the data directory, so the server reads the text the seed encrypted.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import requests
from client import headers

ROOT = Path(__file__).resolve().parent.parent


def settings_env() -> dict[str, str]:
    """The environment of a production server on this data directory and database."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heartwork.settings")
    import django
    from django.conf import settings

    django.setup()
    env = {
        **os.environ,
        "HEARTWORK_PRODUCTION": "true",
        "HEARTWORK_DEBUG": "false",
        "HEARTWORK_SECRET_KEY": settings.SECRET_KEY,
        "HEARTWORK_ENCRYPTION_KEYS": ",".join(settings.ENCRYPTION_KEYS),
        "HEARTWORK_DATA_DIR": str(settings.DATA_DIR),
        "HEARTWORK_LOG_LEVEL": "WARNING",
    }
    env.setdefault("HEARTWORK_EMAIL", "off")
    return env


def answering(
    base: str,
    timeout: float = 60,
    process: subprocess.Popen[bytes] | None = None,
    log: Path | None = None,
) -> None:
    """Wait until ``base``/health/ answers 200; raises if ``process`` dies first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"The server for {base} exited; see {log}.")
        try:
            if requests.get(base + "/health/", headers=headers(base), timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{base} did not answer in {timeout:.0f} s.")


class Server:
    """One app server on 127.0.0.1:port, its stderr in ``log``.

    Without ``argv`` it is ``heartwork serve --production``, which checks, migrates,
    collects static files and then becomes gunicorn. ``twin`` starts another gunicorn
    with the very command that one became (read from /proc), on another port: a restart
    or a second instance without redoing the set-up (collectstatic alone takes minutes
    on a busy 2-core machine).
    """

    def __init__(
        self,
        port: int,
        env: dict[str, str],
        log: Path,
        workers: int | None = None,
        argv: list[str] | None = None,
    ) -> None:
        self.port, self.env, self.log = port, env, log
        self.base = f"http://127.0.0.1:{port}"
        if argv is None:
            argv = [sys.executable, "-m", "heartwork.cli", "serve", "--production"]
            argv += ["--host", "127.0.0.1", "--port", str(port)]
            if workers:
                argv += ["--workers", str(workers)]
        with log.open("a") as stderr:
            self.process = subprocess.Popen(
                argv, env=env, stdout=subprocess.DEVNULL, stderr=stderr, start_new_session=True
            )

    def command(self) -> list[str]:
        """The gunicorn command this server runs (it must be up: see ``wait``)."""
        return Path(f"/proc/{self.process.pid}/cmdline").read_bytes().decode().split("\0")[:-1]

    def twin(self, port: int, log: Path | None = None) -> Server:
        """The same gunicorn on another port (this one must be up: see ``wait``)."""
        argv = self.command()
        argv[argv.index("--bind") + 1] = f"127.0.0.1:{port}"
        return Server(port, self.env, log or self.log, argv=argv)

    def wait(self, timeout: float = 600) -> None:
        """Until /health/ answers; raises if the server died or never answered."""
        answering(self.base, timeout, self.process, self.log)

    def kill(self) -> None:
        """``kill -9`` of gunicorn's master and all its workers at once."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def stop(self) -> None:
        if self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGTERM)
                self.process.wait(timeout=20)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                self.kill()
