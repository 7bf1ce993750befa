"""``heartwork restore FILE``: a backup back into an empty database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from heartwork.core.backups import backup_restore
from heartwork.core.errors import DomainError


class Command(BaseCommand):
    help = "Restore a file made by `heartwork backup` into an empty database."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, help="a backup made by `heartwork backup`")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            backup_restore(path=options["file"])
        except DomainError as exc:
            raise CommandError(exc.message) from None
        self.stdout.write(
            f"Restored {options['file']}. Run `heartwork migrate` if this Heartwork is newer "
            "than the one that made the backup (`heartwork serve --production` does it)."
        )
