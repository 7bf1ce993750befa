"""The demo couple's past answers were written for the questions they answer."""

from __future__ import annotations

from django.test import Client

from heartwork.daily.models import DailyAnswer
from heartwork.demo.couple import ALEX, DAILY_ANSWERS, DEMO_PASSWORD, demo_create


def test_each_past_answer_belongs_to_its_question(db) -> None:
    demo_create()
    written = {key: {alex, sam} for key, alex, sam in DAILY_ANSWERS}
    answers = DailyAnswer.objects.select_related("daily_question__question")
    by_question: dict[str, set[str]] = {}
    for answer in answers:
        by_question.setdefault(answer.daily_question.question.key, set()).add(answer.body)
    assert by_question == written


def test_the_earlier_days_page_shows_each_answer_under_its_question(db) -> None:
    demo_create()
    client = Client()
    assert client.login(email=ALEX.email, password=DEMO_PASSWORD)
    html = client.get("/daily/earlier/").content.decode()
    rain = html.index("The afternoon we got caught in the rain")
    question = html.index("Which memory of us still makes you laugh every time it comes back?")
    tea = html.index("A cup of tea appearing by my desk")
    assert question < rain
    assert not (question < tea < rain)
