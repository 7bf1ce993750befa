"""Helpers for the report tests: rounds taken, and a report shared by its link."""

from __future__ import annotations

from django.test import Client

from heartwork.accounts.models import User
from heartwork.checkup import services as checkup_services
from heartwork.checkup.instrument import load
from heartwork.checkup.tests.answering import answer_round, finish_round
from heartwork.report import services
from heartwork.report.sections import all_choices

EVERY_PART = [c.key for c in all_choices() if c.key != "conflict"]  # offered once the room has rows

# What no report may ever hold: the direct question about fear and the sensitive scores.
# (A name another dimension shares, such as "Respect" for what I offer, is left out.)
_SHOWN = {d.name for d in load().dimensions if not (d.sensitive or d.screen)}
NEVER = [
    text
    for d in load().dimensions
    if d.sensitive or d.screen
    for text in (d.key, d.name, *(i.key for i in d.items), *(i.text for i in d.items))
    if text not in _SHOWN
]


def afraid_round(user: User, *, default: int = 5) -> None:
    """A finished round whose answers say the person is afraid and does not feel safe."""
    response = answer_round(
        user,
        default=default,
        keyed={
            "feeling_safe": 1,
            "safety_to_share": 1,
            "partner_respect": 2,
        },
    )
    checkup_services.checkup_finish(user=user, response_id=response.public_id, shared_parts=[])


def two_rounds(user: User) -> None:
    finish_round(user, [], default=3)
    finish_round(user, [], default=6)


def share(user: User, parts: list[str] | None = None, **options: object) -> services.Shared:
    return services.report_create(user=user, sections=parts or EVERY_PART, **options)  # type: ignore[arg-type]


def unlock(client: Client, shared: services.Shared) -> None:
    """Type the code on the report's page, as the counselor does."""
    answer = client.post(f"/r/{shared.token}/", {"code": shared.code})
    assert answer.status_code == 302, answer.content
