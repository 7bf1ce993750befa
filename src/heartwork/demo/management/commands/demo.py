from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from heartwork.demo.couple import ALEX, DEMO_PASSWORD, SAM, demo_create


class Command(BaseCommand):
    help = "Create a linked demo couple with a few weeks of history (safe to run again)."

    def handle(self, *args: Any, **options: Any) -> None:
        demo_create()
        self.stdout.write("The demo couple is ready. Log in as either partner:")
        for person in (ALEX, SAM):
            self.stdout.write(f"  {person.name}: {person.email}  password: {DEMO_PASSWORD}")
