"""``heartwork resources import FILE``: the help lines for each country, from a host's file.

The format (CSV or JSON; columns country, category, text) is in docs/safety.md. The
whole file is checked before anything is stored; an error names the line and the field.
An import replaces every line imported before. ``--check`` only checks.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from heartwork.core.errors import DomainError
from heartwork.safety import resources


class Command(BaseCommand):
    help = "Manage the help lines shown by country (emergency, abuse and crisis lines)."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        importer = sub.add_parser("import", help="check a CSV or JSON file and load it")
        importer.add_argument("file", type=Path)
        importer.add_argument(
            "--check", action="store_true", help="only check the file; store nothing"
        )
        sub.add_parser("clear", help="forget every imported line (the built-in ones stay)")
        shower = sub.add_parser("show", help="print the help a country's pages show")
        shower.add_argument("country", nargs="?", default="")

    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"]
        if action == "clear":
            self.stdout.write(f"Forgot {resources.resources_clear()} imported lines.")
            return
        if action == "show":
            self._show(options["country"])
            return
        try:
            rows = resources.parse_file(options["file"])
        except DomainError as error:
            raise CommandError(error.message) from None
        countries = sorted({row.country for row in rows})
        if options["check"]:
            self.stdout.write(
                f"{options['file'].name} is fine: {len(rows)} lines for {', '.join(countries)}. "
                "Nothing was stored."
            )
            return
        counts = resources.resources_import(rows=rows)
        self.stdout.write(
            f"Loaded {len(rows)} help lines for {len(counts)} "
            f"{'country' if len(counts) == 1 else 'countries'}: {', '.join(sorted(counts))}. "
            "They replace any imported before."
        )

    def _show(self, country: str) -> None:
        code = resources.normalize_country(country)
        found = resources.directory(code)
        self.stdout.write(f"{code}: emergency number {found.emergency_number}")
        for category in resources.LIST_CATEGORIES:
            for line in found.of(category):
                self.stdout.write(f"  {category}: {line}")
