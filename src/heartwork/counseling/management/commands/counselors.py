"""``heartwork counselors import FILE``: where to look for a counselor, per country.

The format (CSV or JSON; columns country, category, text) is in docs/counseling.md. The
whole file is checked before anything is stored; an error names the line and the field.
An import replaces every listing imported before. ``--check`` only checks.
"""

from __future__ import annotations

from heartwork.core.country_lists import CountryListCommand
from heartwork.counseling import directory
from heartwork.counseling.models import CounselorListing


class Command(CountryListCommand):
    help = "Manage where the counseling page says to look for a counselor, by country."
    fmt = directory.FORMAT
    model = CounselorListing

    def show(self, country: str) -> list[str]:
        found = directory.listings(country)
        lines = [f"{found.country}: {found.name}"]
        for category in directory.LIST_CATEGORIES:
            lines += [f"  {category}: {line}" for line in found.of(category)]
        return lines
