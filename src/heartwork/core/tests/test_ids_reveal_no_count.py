"""A partner cannot count the other's private items from the ids they see (issue 9, finding 4).

Ids once came from one counter per table: Bob wrote an entry, Alice wrote three private
ones, Bob wrote another, and his two ids were three apart. Here Bob (the partner, as the
attacker) writes one of everything, Alice writes private things, Bob writes one of
everything again, and then everything Bob can see is searched: every API answer and
page he gets, and his export. No id in it may be a number, and none may be in order.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from conftest import PASSWORD, People, client_for
from django.test import Client
from django.utils import timezone

from heartwork.checkup import services as checkup
from heartwork.daily import services as daily
from heartwork.journal import services as journal
from heartwork.journal.models import JournalEntry

SOON = (timezone.localdate() + timedelta(days=3)).isoformat()
PAGES = (
    "/",
    "/journal/",
    "/daily/",
    "/daily/checkins/",
    "/daily/appreciations/",
    "/daily/time/",
    "/daily/promises/",
    "/checkup/",
    "/couple/",
    "/settings/",
    "/settings/tokens/",
    "/settings/export/",
)
LISTS = (
    "/api/me",
    "/api/journal",
    "/api/daily/checkins",
    "/api/daily/appreciations",
    "/api/daily/plans",
    "/api/daily/promises",
    "/api/checkup/rounds",
    "/api/tokens",
    "/api/invitations",
    "/api/export",
)
LINK = re.compile(r'(?:href|action|src|hx-get|hx-post)="([^"]*)"')


def write_one_of_everything(bob: Client, n: int) -> list[dict[str, Any]]:
    """Bob writes through the API, as a script of his would; the answers are what he sees."""

    def post(path: str, body: dict[str, Any]) -> dict[str, Any]:
        answer = bob.post(path, body, content_type="application/json")
        assert answer.status_code == 201, (path, answer.content)
        return dict(answer.json())

    return [
        post("/api/journal", {"body": f"Bob's page {n}"}),
        post("/api/daily/checkins", {"mood": 4, "shared": True}),
        post("/api/daily/appreciations", {"body": f"Thank you {n}"}),
        post("/api/daily/plans", {"title": f"Walk {n}", "planned_for": SOON}),
        post("/api/daily/promises", {"text": f"Call {n}", "due": SOON}),
        post("/api/tokens", {"name": f"script {n}", "password": PASSWORD}),
    ]


def alice_writes_in_private(people: People, how_many: int) -> None:
    for i in range(how_many):
        journal.journal_create(author=people.alice, body=f"Alice's private page {i}")
        daily.checkin_create(user=people.alice, mood=2, feelings=[], shared=False)
    checkup.checkup_start(user=people.alice)


def ids_in(value: Any, key: str = "") -> Iterator[tuple[str, Any]]:
    """Every value under a key named ``id`` or ``…_id``, however deep."""
    if isinstance(value, dict):
        for name, inner in value.items():
            if name == "id" or name.endswith("_id"):
                yield name, inner
            yield from ids_in(inner, name)
    elif isinstance(value, list):
        for inner in value:
            yield from ids_in(inner, key)


def assert_random(where: str, name: str, value: Any) -> None:
    assert isinstance(value, str), f"{where}: {name} is {value!r}, not a random id"
    assert uuid.UUID(value).version == 4, f"{where}: {name} is {value!r}"


def test_nothing_the_partner_sees_counts_the_other_partners_private_items(
    people: People,
) -> None:
    bob = client_for(people.bob)
    seen: dict[str, Any] = {"written before": write_one_of_everything(bob, 1)}
    alice_writes_in_private(people, 3)
    seen["written after"] = write_one_of_everything(bob, 2)
    for path in LISTS:
        answer = bob.get(path)
        assert answer.status_code == 200, path
        seen[path] = answer.json()
    seen["/settings/export.json"] = json.loads(bob.get("/settings/export.json").content)

    found = 0
    for where, body in seen.items():
        for name, value in ids_in(body):
            if value is not None:
                assert_random(where, name, value)
                found += 1
    assert found >= 30  # his own items, each in several places

    bobs_pages = [f"/journal/{entry['id']}/" for entry in seen["/api/journal"]]
    for path in (*PAGES, *bobs_pages):
        page = bob.get(path)
        assert page.status_code == 200, path
        for link in LINK.findall(page.content.decode()):
            steps = link.split("?")[0].split("/")
            assert not any(step.isdigit() for step in steps), f"{path} links to {link}"


def test_an_integer_id_is_never_accepted(people: People) -> None:
    """The old ids, sent where an id goes, find nothing: not even the owner's own entry."""
    entry = journal.journal_create(author=people.bob, body="Bob's page", shared=True)
    bob = client_for(people.bob)
    assert bob.get(f"/journal/{entry.public_id}/").status_code == 200
    assert bob.get(f"/api/journal/{entry.public_id}").status_code == 200
    for path in (f"/journal/{entry.pk}/", f"/journal/{entry.pk}/edit/"):
        assert bob.get(path).status_code == 404, path
    assert bob.post(f"/journal/{entry.pk}/delete/").status_code == 404
    assert bob.get(f"/api/journal/{entry.pk}").status_code == 422
    assert bob.delete(f"/api/journal/{entry.pk}").status_code == 422
    assert JournalEntry.objects.filter(pk=entry.pk).exists()


def test_a_malformed_id_is_not_found_and_never_a_server_error(people: People) -> None:
    bob = client_for(people.bob)
    nonsense = ["abc", "0" * 36, str(uuid.uuid4()).upper(), "%00", "1e9", "-1"]
    for bad in nonsense:
        for path in (f"/journal/{bad}/", f"/coach/listen/journal/{bad}/"):
            assert bob.get(path).status_code == 404, path
        assert bob.post(f"/daily/promises/{bad}/mark/", {"status": "kept"}).status_code == 404
        answer = bob.get(f"/api/journal/{bad}")
        assert answer.status_code in {404, 422}, (bad, answer.status_code)
    assert bob.get(f"/api/journal/{uuid.uuid4()}").status_code == 404


def test_public_ids_are_random_not_a_counter(people: People) -> None:
    written = [
        journal.journal_create(author=people.bob, body=f"page {i}").public_id for i in range(30)
    ]
    assert len(set(written)) == 30
    assert {public_id.version for public_id in written} == {4}
    assert sorted(written) != written
    assert sorted(written, key=str) != written
