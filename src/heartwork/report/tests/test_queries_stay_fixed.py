"""No report page's queries grow with history: more rounds, reports or openings cost the
same number of queries (docs/report.md; DESIGN.md, "every list is paged")."""

from __future__ import annotations

from conftest import People, client_for
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from heartwork.checkup.tests.answering import finish_round
from heartwork.report.tests.sharing import EVERY_PART, share, two_rounds


def queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200, url
    return len(captured)


def test_pages_cost_the_same_however_long_the_history(people: People) -> None:
    two_rounds(people.alice)
    alice = client_for(people.alice)
    shared = share(people.alice, EVERY_PART)
    urls = lambda s: [  # noqa: E731
        "/reports/",
        "/reports/new/",
        f"/reports/{s.report.public_id}/",
        f"/r/{s.token}/",
        f"/api/reports/{s.report.public_id}/openings",
    ]
    alice.get("/")  # the session's first request does its own bookkeeping
    before = [queries(alice, url) for url in urls(shared)]
    for _ in range(4):
        finish_round(people.alice, [], default=5)
    for _ in range(25):
        share(people.alice, EVERY_PART)
    longer = share(people.alice, EVERY_PART)
    for _ in range(25):
        Client().get(f"/r/{longer.token}/")
    assert [queries(alice, url) for url in urls(longer)] == before
