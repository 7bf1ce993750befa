"""Where to look for a counselor, by country: the built-in lists, a host's file, the lookup.

A host adds countries or replaces lists with ``heartwork counselors import FILE``: the
same ``country,category,text`` format as the help lines (``core.country_lists``), with
the categories below, checked whole before anything is stored (docs/counseling.md).

``listings(country)`` is the one lookup the page, the API and the command use. For each
category: the country's imported lines, else its built-in ones, else the imported lines
for everywhere (``INT``), else the built-in ones for everywhere. The country is the
reader's choice in the address (never stored), or this server's own
(``HEARTWORK_HELP_COUNTRY``), as for the help lines.

The organisations named here are long-standing and national; addresses change, so a
host should check them before going live.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from heartwork.core import country_lists
from heartwork.core.country_lists import COUNTRY, INTERNATIONAL_CODE, ListFormat, Row
from heartwork.counseling.models import CounselorListing
from heartwork.safety.resources import home_country

# What each list is for, in the order the page shows them.
LIST_CATEGORIES = ("couples", "individual", "low_cost", "telehealth")
CATEGORIES = ("name", *LIST_CATEGORIES)
TEXT_MAX = 300

FORMAT = ListFormat(
    noun="counselor listings",
    categories=CATEGORIES,
    singles=("name",),
    text_max=TEXT_MAX,
    docs="docs/counseling.md",
)


@dataclass(frozen=True)
class Listings:
    """Where to look in one country, category by category."""

    country: str
    name: str
    couples: tuple[str, ...]
    individual: tuple[str, ...]
    low_cost: tuple[str, ...]
    telehealth: tuple[str, ...]

    def of(self, category: str) -> tuple[str, ...]:
        return tuple(getattr(self, category))


EVERYWHERE: dict[str, tuple[str, ...]] = {
    "couples": (
        "Ask your doctor, a health centre or a family service for the names of couples "
        "counselors near you. Many counselors see couples even if they don't say so first.",
        "Psychology Today lists therapists in many countries, with how they work and what "
        "they charge: https://www.psychologytoday.com",
        "Emotionally Focused Therapy (EFT) is a well-studied approach for couples; find a "
        "trained therapist: https://iceeft.com",
    ),
    "individual": (
        "Your doctor can refer you to a counselor of your own. Many workplaces and "
        "universities offer a few free, confidential sessions.",
    ),
    "low_cost": (
        "University training clinics often see couples for a lower fee, with counselors in "
        "training guided by experienced ones.",
        "Ask whether a counselor has a sliding scale: a fee that fits what you earn.",
    ),
    "telehealth": (
        "Many counselors meet by video or phone. Check that they are licensed where you "
        "live, and find a private room and a device only you use.",
    ),
}

BUILTIN: dict[str, dict[str, tuple[str, ...]]] = {
    INTERNATIONAL_CODE: {"name": ("Anywhere else",), **EVERYWHERE},
    "US": {
        "name": ("United States",),
        "couples": (
            "Licensed marriage and family therapists, from the AAMFT: https://www.aamft.org",
            "Psychology Today's directory, with a filter for couples: "
            "https://www.psychologytoday.com/us/therapists",
            "Therapists trained in Emotionally Focused Therapy: https://iceeft.com",
        ),
        "individual": (
            "Your health insurance may cover therapy: the number on your card can list "
            "therapists in your plan. Many employers offer free sessions through an "
            "Employee Assistance Program.",
        ),
        "low_cost": (
            "Open Path Collective, sessions at a reduced fee: https://openpathcollective.org",
            "Community mental health centers, through SAMHSA: https://findtreatment.gov",
        ),
    },
    "GB": {
        "name": ("United Kingdom",),
        "couples": (
            "Relate, relationship counselling in person, by phone or by video: "
            "https://www.relate.org.uk",
            "Tavistock Relationships, with fees that can fit what you earn: "
            "https://tavistockrelationships.org",
            "Relationships Scotland: https://www.relationships-scotland.org.uk",
            "BACP's directory of counsellors and therapists: https://www.bacp.co.uk",
        ),
        "individual": (
            "NHS Talking Therapies, free; in England you can refer yourself: https://www.nhs.uk",
        ),
    },
    "AU": {
        "name": ("Australia",),
        "couples": (
            "Relationships Australia, counselling across the country: 1300 364 277, "
            "https://www.relationships.org.au",
            "Find a Psychologist, from the Australian Psychological Society: "
            "https://psychology.org.au",
        ),
        "individual": (
            "Ask your GP about a Mental Health Treatment Plan, which gives Medicare rebates "
            "for sessions with a psychologist.",
        ),
    },
    "CA": {
        "name": ("Canada",),
        "couples": (
            "The Canadian Counselling and Psychotherapy Association's directory: "
            "https://www.ccpa-accp.ca",
            "Psychology Today's Canadian directory: https://www.psychologytoday.com/ca",
        ),
        "individual": (
            "Many employers offer free, confidential sessions through an Employee and "
            "Family Assistance Program.",
        ),
    },
}


# Importing


def parse_file(path: Path) -> list[Row]:
    return country_lists.parse_file(path, FORMAT)


# Looking up


def normalize_country(country: str) -> str:
    """A code we have listings for: the one asked for, else this server's, else ``INT``."""
    for candidate in ((country or "").strip().upper(), home_country()):
        if candidate in BUILTIN:
            return candidate
        if COUNTRY.match(candidate) and CounselorListing.objects.filter(country=candidate).exists():
            return candidate
    return INTERNATIONAL_CODE


def listings(country: str = "") -> Listings:
    """Where to look in ``country`` (this server's own when empty or unknown); two queries."""
    code = normalize_country(country)
    imported: dict[tuple[str, str], list[str]] = {}
    rows = CounselorListing.objects.filter(country__in={code, INTERNATIONAL_CODE})
    for where, category, text in rows.values_list("country", "category", "text"):
        imported.setdefault((where, category), []).append(text)

    def lines(category: str) -> tuple[str, ...]:
        for where in dict.fromkeys((code, INTERNATIONAL_CODE)):
            found = imported.get((where, category)) or BUILTIN.get(where, {}).get(category)
            if found:
                return tuple(found)
        return ()

    name = (imported.get((code, "name")) or BUILTIN.get(code, {}).get("name") or (code,))[0]
    return Listings(code, name, *(lines(category) for category in LIST_CATEGORIES))


def countries() -> list[tuple[str, str]]:
    """(code, name) of every country with listings, built-in or imported, by name."""
    names = {code: data["name"][0] for code, data in BUILTIN.items()}
    for code in CounselorListing.objects.values_list("country", flat=True).distinct():
        names.setdefault(code, code)
    for code, text in CounselorListing.objects.filter(category="name").values_list(
        "country", "text"
    ):
        names[code] = text
    others = sorted(
        ((c, n) for c, n in names.items() if c != INTERNATIONAL_CODE), key=lambda p: p[1]
    )
    return [*others, (INTERNATIONAL_CODE, names[INTERNATIONAL_CODE])]
