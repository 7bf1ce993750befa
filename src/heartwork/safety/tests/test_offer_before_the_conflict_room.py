"""The hook the conflict room calls before it is first used: offer the screen once."""

from __future__ import annotations

import pytest
from conftest import People, client_for
from django.template.loader import render_to_string
from django.test import RequestFactory

from heartwork.safety.services import conflict_offer_seen, should_offer_before_conflict
from heartwork.safety.tests.answers import DECLINED, NO_RISK, answer


def test_it_is_offered_to_someone_who_never_answered(people: People) -> None:
    assert should_offer_before_conflict(people.alice)


def test_it_is_not_offered_again_once_skipped(people: People) -> None:
    conflict_offer_seen(user=people.alice)
    conflict_offer_seen(user=people.alice)  # twice is harmless
    assert not should_offer_before_conflict(people.alice)
    assert should_offer_before_conflict(people.bob)


def test_it_is_not_offered_to_someone_who_answered_in_any_way(people: People) -> None:
    answer(client_for(people.alice), DECLINED)
    answer(client_for(people.bob), NO_RISK)
    assert not should_offer_before_conflict(people.alice)
    assert not should_offer_before_conflict(people.bob)


def test_not_now_records_the_skip_and_returns_to_the_room(people: People) -> None:
    client = client_for(people.alice)
    response = client.post("/for-you/not-now/", {"next": "/daily/"})
    assert response["Location"] == "/daily/"
    assert not should_offer_before_conflict(people.alice)


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/", "daily", ""])
def test_not_now_never_sends_anyone_to_another_site(people: People, target: str) -> None:
    response = client_for(people.alice).post("/for-you/not-now/", {"next": target})
    assert response["Location"] == "/"


def test_the_offer_the_room_includes_can_be_skipped(people: People) -> None:
    request = RequestFactory().get("/conflict/")
    request.user = people.alice
    html = render_to_string("safety/_offer.html", {"next": "/conflict/"}, request=request)
    assert 'href="/for-you/"' in html
    assert 'action="/for-you/not-now/"' in html and 'value="/conflict/"' in html
    assert "skipping is fine" in html
