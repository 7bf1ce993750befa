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

from pathlib import Path

from django.conf import settings

from heartwork.coach.concern.directory import CATEGORIES as LIST_CATEGORIES
from heartwork.coach.concern.directory import (
    COUNTRIES,
    INTERNATIONAL,
    Directory,
    with_lines,
)
from heartwork.core import country_lists, request_scope
from heartwork.core.country_lists import COUNTRY as _COUNTRY
from heartwork.core.country_lists import INTERNATIONAL_CODE, ListFormat, Row
from heartwork.core.errors import DomainError
from heartwork.safety.models import HelpResource

# "name" and "emergency_number" are one line each; the rest are lists.
CATEGORIES = ("name", "emergency_number", *LIST_CATEGORIES)
TEXT_MAX = 300

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


# Reading a file


def _every_country_has_a_number(rows: list[Row]) -> None:
    """A country without a built-in list must say what number to call in danger."""
    numbered = {r.country for r in rows if r.category == "emergency_number"}
    for country in dict.fromkeys(r.country for r in rows):
        known = country in COUNTRIES or country == INTERNATIONAL_CODE
        if not known and country not in numbered:
            first = next(r for r in rows if r.country == country)
            raise DomainError(
                f"{first.where}: {country} has no built-in help, so it needs an "
                f'"emergency_number" row (the number to call in danger, such as 112).'
            )


FORMAT = ListFormat(
    noun="help lines",
    categories=CATEGORIES,
    singles=("name", "emergency_number"),
    text_max=TEXT_MAX,
    docs="docs/safety.md",
    check_whole=_every_country_has_a_number,
)


def parse(text: str, *, source: str, kind: str) -> list[Row]:
    """Every row of a CSV or JSON list, checked; ``DomainError`` names line and field."""
    return country_lists.parse(text, source=source, kind=kind, fmt=FORMAT)


def parse_file(path: Path) -> list[Row]:
    return country_lists.parse_file(path, FORMAT)


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
