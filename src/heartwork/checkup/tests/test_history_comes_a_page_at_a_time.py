"""The check-up history draws a page of rounds, so years of rounds cost what a few do.

A person ten years in has forty rounds; the page once scored and charted all of them
(about a second a view). Now it shows the latest rounds and links to earlier ones, so
its queries and its size stay those of a page (issue 12). Runs on both databases.
"""

from __future__ import annotations

import re

import pytest
from conftest import client_for
from django.db import connection
from django.test.utils import CaptureQueriesContext

from heartwork.checkup.history import ROUNDS_PER_PAGE
from heartwork.core.tests.couple_history import add_checkup_rounds, link_couples

HISTORY = "/checkup/history/"


@pytest.fixture
def few_and_many(db):
    few, many = link_couples(2)
    add_checkup_rounds([few], ROUNDS_PER_PAGE)
    add_checkup_rounds([many], 5 * ROUNDS_PER_PAGE)
    return client_for(few[1]), client_for(many[1])


def _rounds_shown(html: str) -> list[int]:
    return [int(n) for n in re.findall(r'<th scope="col">Round (\d+)</th>', html)]


def _next_link(html: str) -> str | None:
    found = re.search(r'rel="next" href="([^"]+)"', html)
    return HISTORY + found.group(1).replace("&amp;", "&") if found else None


def test_years_of_rounds_take_the_queries_and_drawing_of_one_page(few_and_many) -> None:
    few, many = few_and_many
    seen = {}
    for name, client in (("few", few), ("many", many)):
        client.get(HISTORY)
        with CaptureQueriesContext(connection) as queries:
            html = client.get(HISTORY).content.decode()
        seen[name] = (
            len(queries.captured_queries),
            html.count("<circle"),
            len(_rounds_shown(html)),
        )
    assert seen["many"] == seen["few"], seen
    assert seen["many"][2] == ROUNDS_PER_PAGE


def test_earlier_rounds_are_a_plain_link_away_and_none_is_shown_twice(few_and_many) -> None:
    _, many = few_and_many
    html = many.get(HISTORY).content.decode()
    assert _rounds_shown(html) == list(range(4 * ROUNDS_PER_PAGE + 1, 5 * ROUNDS_PER_PAGE + 1))
    assert "Since your last round" in html
    shown, url = [], _next_link(html)
    assert url is not None
    while url:
        older = many.get(url).content.decode()
        assert "Since your last round" not in older  # that compares the latest two only
        assert "Back to the start" in older
        shown += _rounds_shown(older)
        url = _next_link(older)
    assert sorted(shown) == list(range(1, 4 * ROUNDS_PER_PAGE + 1))
    assert len(shown) == len(set(shown))


def test_a_changed_page_link_says_so_and_shows_the_latest_rounds(few_and_many) -> None:
    _, many = few_and_many
    html = many.get(HISTORY + "?older=made-up", follow=True).content.decode()
    assert "That page link has been changed" in html
    assert max(_rounds_shown(html)) == 5 * ROUNDS_PER_PAGE
