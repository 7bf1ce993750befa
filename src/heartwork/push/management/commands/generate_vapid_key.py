from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from heartwork.push.keys import new_private_key


class Command(BaseCommand):
    help = "Print a new key for HEARTWORK_VAPID_PRIVATE_KEY (several servers share one)."

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(new_private_key())
