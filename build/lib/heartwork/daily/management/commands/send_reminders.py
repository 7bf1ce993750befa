from __future__ import annotations

import os
import socket
from typing import Any

from django.core.management.base import BaseCommand

from heartwork.daily.reminders import send_due_reminders


class Command(BaseCommand):
    help = "Send the reminders that are due (safe to run from several workers at once)."

    def handle(self, *args: Any, **options: Any) -> None:
        sent = send_due_reminders(worker=f"{socket.gethostname()}:{os.getpid()}")
        self.stdout.write(f"Sent {sent} reminder{'s' if sent != 1 else ''}.")
