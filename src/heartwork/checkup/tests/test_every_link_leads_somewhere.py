"""Every link on the check-up's pages, and every practice it suggests, opens a real page."""

from __future__ import annotations

import re

from conftest import People, client_for
from django.test import Client

from heartwork.checkup.instrument import load, versions
from heartwork.checkup.steps import steps
from heartwork.checkup.templatetags.checkup_tags import practice_url
from heartwork.checkup.tests.answering import EVERY_PART, answer_round, finish_round


def _links(html: str) -> set[str]:
    return {
        href
        for href in re.findall(r'href="([^"#]+)[^"]*"', html)
        if href.startswith("/") and not href.startswith("/static/")
    }


def _follow_all(client: Client, pages: list[str]) -> set[str]:
    seen: set[str] = set()
    for page in pages:
        response = client.get(page)
        assert response.status_code == 200, page
        for href in _links(response.content.decode()) - seen:
            seen.add(href)
            assert client.get(href).status_code == 200, f"{href} on {page}"
    return seen


def test_every_practice_of_every_version_links_to_a_page_that_exists(people: People) -> None:
    client = client_for(people.alice)
    places = {p.place for i in versions() for d in i.dimensions for p in d.practices}
    for place in places:
        assert client.get(practice_url(place)).status_code == 200, place


def test_every_link_in_the_intro_the_steps_and_the_review_opens(people: People) -> None:
    client = client_for(people.alice)
    assert _follow_all(client, ["/checkup/", "/checkup/practices/"])
    answer_round(people.alice)
    step_pages = [f"/checkup/take/{step.key}/" for step in steps(load())]
    _follow_all(client, [*step_pages, "/checkup/review/"])


def test_every_link_in_the_report_opens_for_each_partner(people: People) -> None:
    # Low enough everywhere that places to grow and their practices are shown.
    finish_round(people.alice, EVERY_PART, default=3)
    finish_round(people.bob, EVERY_PART, default=2)
    for person in (people.alice, people.bob):
        followed = _follow_all(client_for(person), ["/checkup/report/1/", "/checkup/history/"])
        assert "/daily/appreciations/" in followed or "/coach/" in followed
