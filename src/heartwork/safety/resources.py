"""Help lines by country: the built-in list, a host's imported file, and the lookup.

The built-in numbers live in ``coach/concern/directory.py``. A host can add countries or
replace any list with ``heartwork resources import FILE`` (a CSV or JSON file in the
format of docs/safety.md, "Help lines for your country"); the file is checked whole
before anything is stored, and a problem is reported with its line and field. An import
replaces everything imported before, so the file is the whole list.

``directory(country)`` is the one lookup every help page, the coach's danger response
and the safety screen use: the imported lines of that country, category by category,
over the built-in ones; and, for this deployment's own country, the lines of
``HEARTWORK_HELP_RESOURCES`` over both.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import transaction

from heartwork.coach.concern.directory import CATEGORIES as LIST_CATEGORIES
from heartwork.coach.concern.directory import (
    COUNTRIES,
    INTERNATIONAL,
    Directory,
    with_lines,
)
from heartwork.core import request_scope
from heartwork.core.errors import DomainError
from heartwork.core.validation import text_problem
from heartwork.safety.models import HelpResource

INTERNATIONAL_CODE = "INT"
# "name" and "emergency_number" are one line each; the rest are lists.
CATEGORIES = ("name", "emergency_number", *LIST_CATEGORIES)
FIELDS = ("country", "category", "text")
TEXT_MAX = 300
_COUNTRY = re.compile(r"^[A-Z]{2}$")

BUILTIN_NAMES = {
    INTERNATIONAL_CODE: "Anywhere else",
    "US": "United States",
    "CA": "Canada",
    "GB": "United Kingdom",
    "IE": "Ireland",
    "AU": "Australia",
    "NZ": "New Zealand",
    "IN": "India",
    "DE": "Germany",
}


@dataclass(frozen=True)
class Row:
    where: str  # "help.csv, line 3" or "help.json, item 2": for messages that point at it
    country: str
    category: str
    text: str


# Reading a file


def parse(text: str, *, source: str, kind: str) -> list[Row]:
    """Every row of a CSV or JSON list, checked; ``DomainError`` names line and field."""
    records = _csv_records(text, source) if kind == "csv" else _json_records(text, source)
    unit = "line" if kind == "csv" else "item"
    rows = [_row(f"{source}, {unit} {number}", record) for number, record in records]
    if not rows:
        raise DomainError(f"{source} holds no help lines. Add at least one row.")
    _check_whole(rows)
    return rows


def parse_file(path: Path) -> list[Row]:
    kind = path.suffix.lower().lstrip(".")
    if kind not in ("csv", "json"):
        raise DomainError(f"{path.name}: use a .csv or a .json file (see docs/safety.md).")
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DomainError(f"{path} does not exist.") from None
    except UnicodeDecodeError:
        raise DomainError(
            f"{path.name} is not UTF-8 text. Save it as UTF-8 and try again."
        ) from None
    return parse(text, source=path.name, kind=kind)


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


def _row(where: str, record: dict[str, object]) -> Row:
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
    if country != INTERNATIONAL_CODE and not _COUNTRY.match(country):
        raise DomainError(
            f'{where}: "country" must be a two-letter ISO code such as GB or FR, or INT for '
            f"the list shown everywhere else; it is {values['country']!r}."
        )
    category = values["category"].lower()
    if category not in CATEGORIES:
        raise DomainError(
            f'{where}: "category" must be one of {", ".join(CATEGORIES)}; '
            f"it is {values['category']!r}."
        )
    if len(values["text"]) > TEXT_MAX:
        raise DomainError(f'{where}: "text" is longer than {TEXT_MAX} characters.')
    return Row(where, country, category, values["text"])


def _check_whole(rows: list[Row]) -> None:
    """Rules about the file as a whole: no repeats, one name and number per country."""
    seen: set[tuple[str, str, str]] = set()
    singles: set[tuple[str, str]] = set()
    for row in rows:
        where = row.where
        key = (row.country, row.category, row.text)
        if key in seen:
            raise DomainError(f"{where}: the same line is given twice for {row.country}.")
        seen.add(key)
        if row.category in ("name", "emergency_number"):
            if (row.country, row.category) in singles:
                raise DomainError(
                    f'{where}: {row.country} has a second "{row.category}"; give one.'
                )
            singles.add((row.country, row.category))
    for country in dict.fromkeys(r.country for r in rows):
        known = country in COUNTRIES or country == INTERNATIONAL_CODE
        if not known and (country, "emergency_number") not in singles:
            first = next(r for r in rows if r.country == country)
            raise DomainError(
                f"{first.where}: {country} has no built-in help, so it needs an "
                f'"emergency_number" row (the number to call in danger, such as 112).'
            )


# Storing


@transaction.atomic
def resources_import(*, rows: list[Row]) -> dict[str, int]:
    """Replace every imported line with ``rows``; the number of lines per country."""
    HelpResource.objects.all().delete()
    positions: dict[tuple[str, str], int] = {}
    made = []
    for row in rows:
        position = positions.get((row.country, row.category), 0)
        positions[(row.country, row.category)] = position + 1
        made.append(
            HelpResource(
                country=row.country, category=row.category, text=row.text, position=position
            )
        )
    HelpResource.objects.bulk_create(made)
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.country] = counts.get(row.country, 0) + 1
    return counts


@transaction.atomic
def resources_clear() -> int:
    deleted, _ = HelpResource.objects.all().delete()
    return deleted


# Looking up


def home_country() -> str:
    return settings.COACH_HELP_COUNTRY or INTERNATIONAL_CODE


def directory(country: str = "") -> Directory:
    """The help for ``country`` (this deployment's own when empty or unknown).

    Read once per request: a page may show help beside each of twenty texts.
    """
    code = normalize_country(country)
    return request_scope.once(("help", code), lambda: _directory(code))


def _directory(code: str) -> Directory:
    imported: dict[str, list[str]] = {}
    for category, text in HelpResource.objects.filter(country=code).values_list("category", "text"):
        imported.setdefault(category, []).append(text)
    base = INTERNATIONAL if code == INTERNATIONAL_CODE else COUNTRIES.get(code, INTERNATIONAL)
    merged = Directory(
        emergency_number=(imported.get("emergency_number") or [base.emergency_number])[0],
        emergency=tuple(imported.get("emergency", ())) or base.emergency,
        crisis=tuple(imported.get("crisis", ())) or base.crisis,
        abuse=tuple(imported.get("abuse", ())) or base.abuse,
    )
    if code == home_country() and settings.COACH_RESOURCES:
        return with_lines(merged, settings.COACH_RESOURCES)
    return merged


def countries() -> list[tuple[str, str]]:
    """(code, name) of every country with help, built-in or imported, by name."""
    names = dict(BUILTIN_NAMES)
    for code in HelpResource.objects.values_list("country", flat=True).distinct():
        names.setdefault(code, code)
    for code, text in HelpResource.objects.filter(category="name").values_list("country", "text"):
        names[code] = text
    others = sorted(
        ((c, n) for c, n in names.items() if c != INTERNATIONAL_CODE), key=lambda p: p[1]
    )
    return [*others, (INTERNATIONAL_CODE, names[INTERNATIONAL_CODE])]


def normalize_country(country: str) -> str:
    """An upper-case code we have help for, or this deployment's own country."""
    code = (country or "").strip().upper()
    if code == INTERNATIONAL_CODE or code in COUNTRIES:
        return code
    if code and _COUNTRY.match(code) and HelpResource.objects.filter(country=code).exists():
        return code
    return home_country()
