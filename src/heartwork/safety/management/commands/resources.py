"""``heartwork resources import FILE``: the help lines for each country, from a host's file.

The format (CSV or JSON; columns country, category, text) is in docs/safety.md. The
whole file is checked before anything is stored; an error names the line and the field.
An import replaces every line imported before. ``--check`` only checks.
"""

from __future__ import annotations

from heartwork.core.country_lists import CountryListCommand
from heartwork.safety import resources
from heartwork.safety.models import HelpResource


class Command(CountryListCommand):
    help = "Manage the help lines shown by country (emergency, abuse and crisis lines)."
    fmt = resources.FORMAT
    model = HelpResource

    def show(self, country: str) -> list[str]:
        code = resources.normalize_country(country)
        found = resources.directory(code)
        lines = [f"{code}: emergency number {found.emergency_number}"]
        for category in resources.LIST_CATEGORIES:
            lines += [f"  {category}: {line}" for line in found.of(category)]
        return lines
