"""The direct question about fear: asked plainly, seen by nobody but the person who answers.

A worrying answer leads that person alone to private help. Their partner's pages, API
answers and export are byte for byte the same whatever the answer.
"""

from __future__ import annotations

import re

from conftest import People, api_client, client_for
from django.test import Client
from django.urls import reverse

from heartwork.checkup.instrument import load
from heartwork.checkup.models import CheckupAnswer
from heartwork.checkup.steps import step_of
from heartwork.checkup.tests.answering import EVERY_PART, finish_round

# The step that asks the one question about fear.
FEAR_STEP = f"/checkup/take/{step_of(load(), load().dimension('feeling_safe').items[0].key).key}/"

FEAR_ITEM = "feeling_safe_1"
AFRAID = {"feeling_safe": [2]}  # keyed: "More often than not" afraid (6 as given)


def _normalised(text: str) -> str:
    """A page without what changes on every request (form tokens, the export's clock)."""
    text = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", text)
    return re.sub(r'"exported_at": ?"[^"]+"', "", text)


def _pages(web: Client, api: Client) -> list[str]:
    """Every page and API answer of Bob's that could carry anything of Alice's check-up."""
    pages = [web.get(path) for path in ("/checkup/report/1/", "/checkup/", "/checkup/history/")]
    pages += [web.get("/settings/export.json"), web.get("/")]
    pages += [api.get("/api/checkup/reports/1"), api.get("/api/export")]
    assert all(page.status_code == 200 for page in pages)
    return [_normalised(page.content.decode()) for page in pages]


def test_the_question_is_asked_plainly_with_the_other_foundations(people: People) -> None:
    client = client_for(people.alice)
    client.post("/checkup/start/")
    html = client.get(FEAR_STEP).content.decode()
    assert "I feel afraid of my partner." in html
    assert "about feeling afraid are never shown to your partner" in html


def test_the_partners_pages_are_the_same_whatever_the_answer(people: People) -> None:
    finish_round(people.alice, EVERY_PART)  # not afraid
    finish_round(people.bob, EVERY_PART)
    web, api = client_for(people.bob), api_client(people.bob, scope="read")
    calm = _pages(web, api)
    alices_answer = CheckupAnswer.objects.filter(response__author=people.alice, item_key=FEAR_ITEM)
    assert alices_answer.update(value=7) == 1  # "Completely true": afraid
    assert _pages(web, api) == calm


def test_an_afraid_answer_leads_to_help_for_that_person_alone(people: People) -> None:
    finish_round(people.alice, EVERY_PART, keyed=AFRAID)
    finish_round(people.bob, EVERY_PART)
    html = client_for(people.alice).get("/checkup/report/1/").content.decode()
    assert "Just for you" in html
    assert "you feel afraid of your partner at times" in html
    assert f'href="{reverse("safety_screen")}"' in html
    assert "A counselor of your own" in html
    bobs = client_for(people.bob).get("/checkup/report/1/").content.decode()
    assert "Just for you" not in bobs
    assert "you feel afraid of your partner" not in bobs


def test_the_answer_is_no_score_in_any_table_chart_or_api_answer(people: People) -> None:
    finish_round(people.alice, EVERY_PART, keyed=AFRAID)
    alice = client_for(people.alice)
    name = load().dimension("feeling_safe").name
    assert name not in alice.get("/checkup/report/1/").content.decode()
    assert name not in alice.get("/checkup/history/").content.decode()
    report = api_client(people.alice).get("/api/checkup/reports/1").json()
    assert "feeling_safe" not in {score["dimension"] for score in report["scores"]}


def test_fear_never_leads_to_a_joint_counselor_card(people: People) -> None:
    struggling_and_afraid: dict[str, int | list[int]] = {
        "partner_respect": 6,
        "safety_to_share": 6,
        **AFRAID,
    }
    for _ in range(2):
        finish_round(people.alice, [], keyed=struggling_and_afraid, default=2)
    html = client_for(people.alice).get("/checkup/report/2/").content.decode()
    assert "A counselor could help" not in html
    assert "A counselor of your own" in html
    assert api_client(people.alice).get("/api/checkup/reports/2").json()["counselor"] == []
