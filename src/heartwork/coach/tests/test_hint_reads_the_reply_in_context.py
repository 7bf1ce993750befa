"""A reply to the partner's words is coached with those words: "you should just quit" is
fixing after "I feel so worn down by my job", and a fine idea after "what should I do?".
The page names the answer by its public id; the coach reads it through the access layer,
so an answer the writer may not see answers 404 and leaks nothing."""

from __future__ import annotations

from conftest import People, api_client, client_for

from heartwork.daily import services
from heartwork.daily.models import DailyAnswer

ADVICE = "You should just quit."


def answers(people: People, bobs_words: str) -> DailyAnswer:
    client_for(people.alice).post("/daily/", {"body": "Mine today."})
    client_for(people.bob).post("/daily/", {"body": bobs_words})
    return services.todays_question(people.alice).answers.get(author=people.bob)  # type: ignore[union-attr]


def hint(people: People, answer_id: object) -> tuple[int, str]:
    response = client_for(people.alice).post(
        "/coach/hint/",
        {"field": "body", "body": ADVICE, "reply_kind": "answer", "reply_item": str(answer_id)},
    )
    return response.status_code, response.content.decode()


def test_advice_in_reply_to_a_feeling_is_named(people: People) -> None:
    bobs = answers(people, "I feel so worn down by my job.")
    status, page = hint(people, bobs.public_id)
    assert status == 200 and "A gentle thought" in page


def test_advice_that_was_asked_for_gets_no_hint(people: People) -> None:
    bobs = answers(people, "What should I do about my job?")
    status, page = hint(people, bobs.public_id)
    assert status == 200 and "A gentle thought" not in page


def test_the_reply_form_names_the_answer_it_replies_to(people: People) -> None:
    bobs = answers(people, "I feel so worn down by my job.")
    page = client_for(people.alice).get("/daily/").content.decode()
    assert f'"reply_item": "{bobs.public_id}"' in page


def test_an_answer_someone_may_not_read_is_not_found(people: People) -> None:
    bobs = answers(people, "I feel so worn down by my job.")
    outsider = client_for(people.eve).post(
        "/coach/hint/",
        {
            "field": "body",
            "body": ADVICE,
            "reply_kind": "answer",
            "reply_item": str(bobs.public_id),
        },
    )
    assert outsider.status_code == 404
    assert hint(people, "not-an-id")[0] == 404
    odd_kind = client_for(people.alice).post(
        "/coach/hint/", {"field": "body", "body": ADVICE, "reply_kind": "entry", "reply_item": "x"}
    )
    assert odd_kind.status_code == 404


def test_the_api_reads_a_reply_with_the_message_it_answers(people: People) -> None:
    api = api_client(people.alice)

    def labels(replying_to: str | None) -> list[str]:
        body = {"text": ADVICE, "replying_to": replying_to}
        return api.post("/api/coach/analyze", body, content_type="application/json").json()[
            "labels"
        ]

    assert "fixing" in labels("I feel so worn down by my job.")
    assert "fixing" not in labels("What should I do about my job?")
