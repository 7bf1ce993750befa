"""A couple ten years in sees every page in the same number of queries as a new one.

Every list is paged (``core/paging.py``) and every summary is counted in the database, so
nothing a page does repeats per item of a couple's history. Runs on SQLite and, in CI's
second leg, on PostgreSQL.
"""

from __future__ import annotations

import pytest
from conftest import client_for
from django.db import connection
from django.test.utils import CaptureQueriesContext

from heartwork.core.paging import PAGE_SIZE
from heartwork.core.tests.couple_history import PAGES, add_history, link_couples


@pytest.fixture
def month_and_decade(db):
    (month, decade) = link_couples(2)
    add_history([month], 30)
    add_history([decade], 3650)
    return client_for(month[1]), client_for(decade[1])


def queries(client, path: str) -> list[str]:
    client.get(path)  # the first look chooses today's question; count the ones after
    with CaptureQueriesContext(connection) as seen:
        response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return [q["sql"] for q in seen.captured_queries]


def test_every_page_and_list_takes_the_same_queries_after_ten_years(month_and_decade) -> None:
    month, decade = month_and_decade
    grew = {}
    for path in PAGES:
        short, long = queries(month, path), queries(decade, path)
        if len(long) != len(short):
            grew[path] = (len(short), len(long))
    assert not grew, f"queries that grow with history (a month, ten years): {grew}"


def test_a_long_list_comes_a_page_at_a_time_with_a_link_to_the_next(month_and_decade) -> None:
    _, decade = month_and_decade
    first = decade.get("/api/daily/checkins")
    assert len(first.json()) == PAGE_SIZE
    next_url = first.headers["Link"].split(">")[0].lstrip("<")
    second = decade.get(next_url)
    assert len(second.json()) == PAGE_SIZE
    seen = {c["id"] for c in first.json()}
    assert not seen & {c["id"] for c in second.json()}, "no check-in shown twice"
    assert second.json()[0]["date"] <= first.json()[-1]["date"]


def test_topics_in_the_conflict_room_come_a_page_at_a_time(month_and_decade) -> None:
    _, decade = month_and_decade
    first = decade.get("/api/conflict/topics")
    assert len(first.json()) == PAGE_SIZE
    second = decade.get(first.headers["Link"].split(">")[0].lstrip("<"))
    assert len(second.json()) == PAGE_SIZE
    assert not {t["id"] for t in first.json()} & {t["id"] for t in second.json()}
    page = decade.get("/conflict/").content.decode()
    assert page.count('class="entry-link"') == PAGE_SIZE and "Older topics" in page
    older = page.split('rel="next" href="')[1].split('"')[0].replace("&amp;", "&")
    assert "Back to the start" in decade.get(f"/conflict/{older}").content.decode()
