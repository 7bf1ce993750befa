"""``heartwork worker``: background work every minute, for self-hosters without cron.

Due reminders; the check-up's norms when they are due (``checkup.norms.refresh``); and
clearing rate-limit counts whose window has ended. Each is claimed atomically, so
several workers (one per app server) may run at once.
"""

from __future__ import annotations

import os
import socket
import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from heartwork.checkup import history, norms
from heartwork.conflict.breaks import send_break_invitations
from heartwork.core import ratelimit
from heartwork.daily.reminders import send_due_reminders


class Command(BaseCommand):
    help = (
        "Run background work on a loop (reminders, invitations back after a break, "
        "check-up norms, clearing old rate limits). Several workers may run at once."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--interval", type=int, default=60, help="seconds between rounds")
        parser.add_argument("--once", action="store_true", help="one round, then exit")

    def handle(self, *args: Any, **options: Any) -> None:
        worker = f"{socket.gethostname()}:{os.getpid()}"
        while True:
            sent = send_due_reminders(worker=worker)
            if sent:
                self.stdout.write(f"Sent {sent} reminder{'s' if sent != 1 else ''}.")
            invited = send_break_invitations(worker=worker)
            if invited:
                self.stdout.write(
                    f"Invited back after {invited} break{'s' if invited != 1 else ''}."
                )
            if norms.refresh(worker=worker):
                self.stdout.write("Measured the check-up's norms.")
            ratelimit.forget_ended()
            history.fill_stored_scores()
            if options["once"]:
                return
            time.sleep(options["interval"])
