"""``heartwork questions import FILE``: add a question pack (validated, with clear errors)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from heartwork.core.errors import DomainError
from heartwork.daily.questions import import_pack


class Command(BaseCommand):
    help = "Manage daily question packs."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        importer = sub.add_parser("import", help="validate and load one pack file")
        importer.add_argument("file", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            pack = import_pack(options["file"])
        except DomainError as error:
            raise CommandError(error.message) from None
        self.stdout.write(f'Loaded "{pack.title}": {len(pack.questions)} questions.')
