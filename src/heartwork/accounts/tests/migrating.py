"""Helpers for the tests that step the accounts app back to an old schema and forward."""

from __future__ import annotations

from django.core.management import call_command


def migrate_everything() -> None:
    """Forward to the newest schema of every app, not only accounts.

    Stepping accounts back also takes back every migration of the other apps that
    depends on it (the conflict room's tables, reading indexes), and the tests that run
    after need them all.
    """
    call_command("migrate", verbosity=0)
