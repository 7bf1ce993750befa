from __future__ import annotations

import os
import socket
from typing import Any

from django.core.management.base import BaseCommand

from heartwork.conflict.breaks import send_break_invitations


class Command(BaseCommand):
    help = "Invite couples back when a break is over (safe to run from several workers)."

    def handle(self, *args: Any, **options: Any) -> None:
        sent = send_break_invitations(worker=f"{socket.gethostname()}:{os.getpid()}")
        self.stdout.write(f"Invited back after {sent} break{'s' if sent != 1 else ''}.")
