"""``heartwork backup``: a consistent online backup into the data directory, rotated."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from heartwork.core.backups import backup_create
from heartwork.core.errors import DomainError


class Command(BaseCommand):
    help = (
        "Back up the database into <data dir>/backups/ while the site runs (files 0600), "
        "keeping the newest --keep backups."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--keep",
            type=int,
            default=None,
            help="how many backups to keep, newest first (default: HEARTWORK_BACKUP_KEEP, 7)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        keep = settings.BACKUP_KEEP if options["keep"] is None else options["keep"]
        try:
            made, removed = backup_create(keep=keep)
        except DomainError as exc:
            raise CommandError(exc.message) from None
        self.stdout.write(f"Backed up to {made}")
        for old in removed:
            self.stdout.write(f"Removed the older backup {old.name}")
