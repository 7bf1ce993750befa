"""Where to find help, by country: emergency numbers, crisis lines, abuse helplines.

Facts only (names and numbers), checked when written; a deployment names its country with
``HEARTWORK_HELP_COUNTRY`` and may replace any list with ``HEARTWORK_HELP_RESOURCES``.
Numbers change: a host should check theirs before going live (docs/self-hosting.md).
"""

from __future__ import annotations

from dataclasses import dataclass

CATEGORIES = ("emergency", "crisis", "abuse")


@dataclass(frozen=True)
class Directory:
    """The help for one place. ``emergency_number`` is said in words a person can act on."""

    emergency_number: str
    emergency: tuple[str, ...]
    crisis: tuple[str, ...]
    abuse: tuple[str, ...]

    def of(self, category: str) -> tuple[str, ...]:
        return {"emergency": self.emergency, "crisis": self.crisis, "abuse": self.abuse}[category]


INTERNATIONAL = Directory(
    emergency_number="your local emergency number",
    emergency=(
        "If you are in danger right now, call your local emergency number "
        "(112 in Europe, 911 in North America, 999 in the UK, 000 in Australia).",
    ),
    crisis=(
        "Find a free, confidential crisis line in your country, any time of day or night: "
        "https://findahelpline.com",
    ),
    abuse=(
        "Domestic abuse helplines in most countries, free and confidential: "
        "https://www.hotpeachpages.net",
        "Find a helpline near you: https://findahelpline.com",
    ),
)

COUNTRIES: dict[str, Directory] = {
    "US": Directory(
        emergency_number="911",
        emergency=("In danger right now: call 911.",),
        crisis=("988 Suicide & Crisis Lifeline: call or text 988, any time.",),
        abuse=("National Domestic Violence Hotline: 1-800-799-7233, or text START to 88788.",),
    ),
    "CA": Directory(
        emergency_number="911",
        emergency=("In danger right now: call 911.",),
        crisis=("9-8-8 Suicide Crisis Helpline: call or text 988, any time.",),
        abuse=("Find a shelter or abuse helpline near you: https://sheltersafe.ca",),
    ),
    "GB": Directory(
        emergency_number="999",
        emergency=("In danger right now: call 999.",),
        crisis=("Samaritans: call 116 123, free, any time.",),
        abuse=("National Domestic Abuse Helpline: 0808 2000 247, free, any time.",),
    ),
    "IE": Directory(
        emergency_number="112 or 999",
        emergency=("In danger right now: call 112 or 999.",),
        crisis=("Samaritans: call 116 123, free, any time.",),
        abuse=("Women's Aid 24-hour helpline: 1800 341 900.",),
    ),
    "AU": Directory(
        emergency_number="000",
        emergency=("In danger right now: call 000.",),
        crisis=("Lifeline: call 13 11 14, any time.",),
        abuse=("1800RESPECT: call 1800 737 732, any time.",),
    ),
    "NZ": Directory(
        emergency_number="111",
        emergency=("In danger right now: call 111.",),
        crisis=("Need to talk? Call or text 1737, any time.",),
        abuse=("Women's Refuge crisis line: 0800 733 843.",),
    ),
    "IN": Directory(
        emergency_number="112",
        emergency=("In danger right now: call 112.",),
        crisis=("Tele-MANAS mental health helpline: call 14416, any time.",),
        abuse=("Women's helpline: call 181.",),
    ),
    "DE": Directory(
        emergency_number="110 (police) or 112",
        emergency=("In danger right now: call 110 (police) or 112.",),
        crisis=("TelefonSeelsorge: 0800 111 0 111 or 0800 111 0 222, free, any time.",),
        abuse=("Hilfetelefon Gewalt gegen Frauen: 116 016, free, any time.",),
    ),
}


def lines_by_category(lines: list[str] | tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The categories ``lines`` name, each with its lines; categories not named are absent.

    Each line is a resource. "emergency: …", "crisis: …" or "abuse: …" puts it in one
    list; a line without a known prefix goes in all three.
    """
    given: dict[str, list[str]] = {category: [] for category in CATEGORIES}
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        prefix, _, rest = line.partition(":")
        if prefix.strip().lower() in given and rest.strip():
            given[prefix.strip().lower()].append(rest.strip())
        else:
            for category in CATEGORIES:
                given[category].append(line)
    return {category: tuple(found) for category, found in given.items() if found}


def directory_for(country: str = "", lines: list[str] | tuple[str, ...] = ()) -> Directory:
    """The directory for ``country`` (ISO code; empty for international), with ``lines``.

    The lines of a category (``lines_by_category``) replace that category's defaults;
    categories no line names keep theirs.
    """
    base = COUNTRIES.get(country.upper(), INTERNATIONAL) if country else INTERNATIONAL
    return with_lines(base, lines)


def with_lines(base: Directory, lines: list[str] | tuple[str, ...]) -> Directory:
    """``base`` with each category that ``lines`` name replaced by those lines."""
    given = lines_by_category(lines)
    return Directory(
        emergency_number=base.emergency_number,
        emergency=given.get("emergency", base.emergency),
        crisis=given.get("crisis", base.crisis),
        abuse=given.get("abuse", base.abuse),
    )
