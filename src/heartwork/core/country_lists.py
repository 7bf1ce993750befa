"""Files of lines per country (``country,category,text``), read from CSV or JSON, checked whole.

Two lists a host can import have this shape: the help lines (``heartwork resources
import``, in ``safety.resources``) and the places to look for a counselor (``heartwork
counselors import``, in ``counseling.directory``). Each describes its categories in a
``ListFormat``; reading, the checks every such file needs, and the command that imports,
checks, shows and clears live here once. An error names the file, the line (or JSON item)
and the field, and nothing is stored unless the whole file passes.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import models, transaction

from heartwork.core.errors import DomainError
from heartwork.core.validation import text_problem

INTERNATIONAL_CODE = "INT"
FIELDS = ("country", "category", "text")
COUNTRY = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class Row:
    where: str  # "help.csv, line 3" or "help.json, item 2": for messages that point at it
    country: str
    category: str
    text: str


@dataclass(frozen=True)
class ListFormat:
    """What one kind of list allows: its categories, which of them are one line a
    country, how long a line may be, and what its lines are called in messages."""

    noun: str  # "help lines"
    categories: tuple[str, ...]
    singles: tuple[str, ...]  # categories with one line per country
    text_max: int
    docs: str  # where the format is described, for messages
    # Further rules about the file as a whole (raise DomainError naming a row).
    check_whole: Callable[[list[Row]], None] | None = None


def parse(text: str, *, source: str, kind: str, fmt: ListFormat) -> list[Row]:
    """Every row of a CSV or JSON list, checked; ``DomainError`` names line and field."""
    records = _csv_records(text, source) if kind == "csv" else _json_records(text, source)
    unit = "line" if kind == "csv" else "item"
    rows = [_row(f"{source}, {unit} {number}", record, fmt) for number, record in records]
    if not rows:
        raise DomainError(f"{source} holds no {fmt.noun}. Add at least one row.")
    _check_whole(rows, fmt)
    if fmt.check_whole is not None:
        fmt.check_whole(rows)
    return rows


def parse_file(path: Path, fmt: ListFormat) -> list[Row]:
    kind = path.suffix.lower().lstrip(".")
    if kind not in ("csv", "json"):
        raise DomainError(f"{path.name}: use a .csv or a .json file (see {fmt.docs}).")
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DomainError(f"{path} does not exist.") from None
    except UnicodeDecodeError:
        raise DomainError(
            f"{path.name} is not UTF-8 text. Save it as UTF-8 and try again."
        ) from None
    return parse(text, source=path.name, kind=kind, fmt=fmt)


def _csv_records(text: str, source: str) -> list[tuple[int, dict[str, object]]]:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [name.strip() for name in reader.fieldnames or []]
    missing = [name for name in FIELDS if name not in header]
    extra = [name for name in header if name not in FIELDS]
    if missing or extra:
        raise DomainError(
            f"{source}, line 1: the header must be exactly {','.join(FIELDS)}"
            + (f"; missing {', '.join(missing)}" if missing else "")
            + (f"; unknown {', '.join(extra)}" if extra else "")
            + "."
        )
    records: list[tuple[int, dict[str, object]]] = []
    try:
        for record in reader:
            if None in record:
                raise DomainError(
                    f"{source}, line {reader.line_num}: more values than the three columns "
                    "(put text with commas in double quotes)."
                )
            cleaned = {(k or "").strip(): v for k, v in record.items()}
            if not any((v or "").strip() for v in cleaned.values()):
                continue
            records.append((reader.line_num, cleaned))
    except csv.Error as exc:
        raise DomainError(f"{source}, line {reader.line_num}: {exc}.") from None
    return records


def _json_records(text: str, source: str) -> list[tuple[int, dict[str, object]]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DomainError(f"{source}, line {exc.lineno}: not valid JSON ({exc.msg}).") from None
    if not isinstance(data, list):
        raise DomainError(
            f"{source}: must be a JSON list of objects with country, category and text."
        )
    records: list[tuple[int, dict[str, object]]] = []
    for number, item in enumerate(data, 1):
        if not isinstance(item, dict):
            raise DomainError(f"{source}, item {number}: must be an object.")
        unknown = sorted(set(item) - set(FIELDS))
        if unknown:
            raise DomainError(f'{source}, item {number}: unknown field "{unknown[0]}".')
        records.append((number, item))
    return records


def _row(where: str, record: dict[str, object], fmt: ListFormat) -> Row:
    values: dict[str, str] = {}
    for name in FIELDS:
        value = record.get(name)
        if not isinstance(value, str) or not value.strip():
            raise DomainError(f'{where}: "{name}" is empty.')
        problem = text_problem(value)
        if problem:
            raise DomainError(f'{where}: "{name}" {problem}')
        values[name] = value.strip()
    country = values["country"].upper()
    if country == "INTERNATIONAL":
        country = INTERNATIONAL_CODE
    if country != INTERNATIONAL_CODE and not COUNTRY.match(country):
        raise DomainError(
            f'{where}: "country" must be a two-letter ISO code such as GB or FR, or INT for '
            f"the list shown everywhere else; it is {values['country']!r}."
        )
    category = values["category"].lower()
    if category not in fmt.categories:
        raise DomainError(
            f'{where}: "category" must be one of {", ".join(fmt.categories)}; '
            f"it is {values['category']!r}."
        )
    if len(values["text"]) > fmt.text_max:
        raise DomainError(f'{where}: "text" is longer than {fmt.text_max} characters.')
    return Row(where, country, category, values["text"])


def _check_whole(rows: list[Row], fmt: ListFormat) -> None:
    """Rules every list has: no repeated line, one line a country for the single ones."""
    seen: set[tuple[str, str, str]] = set()
    singles: set[tuple[str, str]] = set()
    for row in rows:
        key = (row.country, row.category, row.text)
        if key in seen:
            raise DomainError(f"{row.where}: the same line is given twice for {row.country}.")
        seen.add(key)
        if row.category in fmt.singles:
            if (row.country, row.category) in singles:
                raise DomainError(
                    f'{row.where}: {row.country} has a second "{row.category}"; give one.'
                )
            singles.add((row.country, row.category))


def counts_by_country(rows: Sequence[Row]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.country] = counts.get(row.country, 0) + 1
    return counts


@transaction.atomic
def replace_stored(model: type[models.Model], rows: Sequence[Row]) -> dict[str, int]:
    """Replace every stored line of ``model`` with ``rows``; the number of lines per country.

    An import is the whole list, so what was imported before goes. Lines keep the file's
    order within their country and category (``position``). ``model`` has the fields
    ``country``, ``category``, ``text`` and ``position``.
    """
    model.objects.all().delete()  # type: ignore[attr-defined]
    positions: dict[tuple[str, str], int] = {}
    made = []
    for row in rows:
        position = positions.get((row.country, row.category), 0)
        positions[(row.country, row.category)] = position + 1
        made.append(
            model(country=row.country, category=row.category, text=row.text, position=position)
        )
    model.objects.bulk_create(made)  # type: ignore[attr-defined]
    return counts_by_country(rows)


@transaction.atomic
def clear_stored(model: type[models.Model]) -> int:
    """Remove every imported line of ``model``; how many went."""
    deleted, _ = model.objects.all().delete()  # type: ignore[attr-defined]
    return deleted


class CountryListCommand(BaseCommand):
    """``import FILE [--check]``, ``show [COUNTRY]`` and ``clear`` for one kind of list.

    A subclass names its format and the model its lines are stored in, and says how to
    show a country's lines (the one thing the two kinds of list do differently).
    """

    fmt: ListFormat
    model: type[models.Model]

    def store(self, rows: list[Row]) -> dict[str, int]:
        return replace_stored(self.model, rows)

    def clear(self) -> int:
        return clear_stored(self.model)

    def show(self, country: str) -> list[str]:
        raise NotImplementedError("each list says how it shows a country")

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        importer = sub.add_parser("import", help="check a CSV or JSON file and load it")
        importer.add_argument("file", type=Path)
        importer.add_argument(
            "--check", action="store_true", help="only check the file; store nothing"
        )
        sub.add_parser("clear", help="forget every imported line (the built-in ones stay)")
        shower = sub.add_parser("show", help="print what a country's pages show")
        shower.add_argument("country", nargs="?", default="")

    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"]
        if action == "clear":
            self.stdout.write(f"Forgot {self.clear()} imported lines.")
            return
        if action == "show":
            for line in self.show(options["country"]):
                self.stdout.write(line)
            return
        try:
            rows = parse_file(options["file"], self.fmt)
        except DomainError as error:
            raise CommandError(error.message) from None
        if options["check"]:
            countries = sorted({row.country for row in rows})
            self.stdout.write(
                f"{options['file'].name} is fine: {len(rows)} lines for {', '.join(countries)}. "
                "Nothing was stored."
            )
            return
        counts = self.store(rows)
        self.stdout.write(
            f"Loaded {len(rows)} {self.fmt.noun} for {len(counts)} "
            f"{'country' if len(counts) == 1 else 'countries'}: {', '.join(sorted(counts))}. "
            "They replace any imported before."
        )
