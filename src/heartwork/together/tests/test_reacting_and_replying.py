"""Partners answer each other: a reaction and a short reply under anything shared.

Tested against the partner as well as the stranger: what is private or still sealed
cannot be answered, and anyone who may not read it gets 404 and changes nothing.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import People, api_client, client_for

from heartwork.accounts import services as account_services
from heartwork.daily import services as daily
from heartwork.export.selectors import export_for
from heartwork.journal import services as journal
from heartwork.together import services
from heartwork.together.models import Response

FEELING = "I feel so worn down by my job."


def shared_entry(people: People, body: str = FEELING):
    return journal.journal_create(author=people.alice, body=body, shared=True)


def test_the_partner_reacts_and_the_author_sees_it_on_the_entry(people: People) -> None:
    entry = shared_entry(people)
    bob = client_for(people.bob)
    page = f"/journal/{entry.public_id}/"
    response = bob.post(
        f"/together/journal/{entry.public_id}/react/", {"reaction": "hug", "next": page}
    )
    assert response.status_code == 302 and response["Location"] == page
    assert "Bob: A hug" in client_for(people.alice).get(page).content.decode()
    assert (
        'value="hug" class="secondary chosen" aria-pressed="true"' in bob.get(page).content.decode()
    )


def test_tapping_the_chosen_reaction_again_takes_it_back_and_another_replaces_it(
    people: People,
) -> None:
    entry = shared_entry(people)
    bob = client_for(people.bob)
    url = f"/together/journal/{entry.public_id}/react/"
    bob.post(url, {"reaction": "heart"})
    bob.post(url, {"reaction": "me_too"})
    assert list(Response.objects.values_list("reaction", flat=True)) == ["me_too"]
    bob.post(url, {"reaction": "me_too"})
    assert not Response.objects.exists()


def test_the_partner_replies_and_the_author_answers_back(people: People) -> None:
    sent = daily.appreciation_send(user=people.alice, kind="thanks", body="For the soup.")
    url = f"/together/appreciation/{sent.public_id}/reply/"
    client_for(people.bob).post(url, {"body": "It was my grandmother's recipe."})
    alice = client_for(people.alice)
    page = alice.get("/daily/appreciations/").content.decode()
    assert "Bob:</strong> It was my grandmother&#x27;s recipe." in page
    assert "Answer back" in page
    alice.post(url, {"body": "Then thank her too!"})
    page = client_for(people.bob).get("/daily/appreciations/").content.decode()
    assert "You:</strong> It was my grandmother" in page
    assert "Alice:</strong> Then thank her too!" in page


def test_a_check_in_and_a_memory_can_be_answered_too(people: People) -> None:
    checkin = daily.checkin_create(
        user=people.alice, mood=2, feelings=["tired"], hard_thing="A long day", shared=True
    )
    plan = daily.plan_create(user=people.alice, title="Picnic", planned_for=date(2030, 1, 1))
    bob = client_for(people.bob)
    # A plan is not a memory until it is done.
    assert (
        bob.post(f"/together/memory/{plan.public_id}/react/", {"reaction": "heart"}).status_code
        == 404
    )
    daily.plan_done(user=people.alice, plan_id=plan.public_id, memory="Rain, and we laughed")
    bob.post(f"/together/memory/{plan.public_id}/react/", {"reaction": "heart"})
    bob.post(f"/together/checkin/{checkin.public_id}/reply/", {"body": "Tea tonight?"})
    alice = client_for(people.alice)
    assert "Bob: A heart" in alice.get("/daily/time/").content.decode()
    assert "Bob:</strong> Tea tonight?" in alice.get("/daily/checkins/").content.decode()


def test_a_private_entry_cannot_be_answered_the_partner_gets_404_and_the_author_a_reason(
    people: People,
) -> None:
    entry = journal.journal_create(author=people.alice, body="only mine")
    for who in (people.bob, people.eve):
        client = client_for(who)
        assert (
            client.post(f"/together/journal/{entry.public_id}/reply/", {"body": "hi"}).status_code
            == 404
        )
        assert (
            client.post(
                f"/together/journal/{entry.public_id}/react/", {"reaction": "hug"}
            ).status_code
            == 404
        )
    response = client_for(people.alice).post(
        f"/together/journal/{entry.public_id}/reply/", {"body": "a note to self"}
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "share it first" in page and "a note to self" in page  # nothing typed is lost
    assert not Response.objects.exists()


def test_a_sealed_answer_opens_to_replies_only_once_both_have_answered(people: People) -> None:
    question = daily.todays_question(people.alice)
    assert question is not None
    mine = daily.daily_answer(user=people.alice, daily_question_id=question.pk, body="Courage")
    bob = client_for(people.bob)
    url = f"/together/answer/{mine.public_id}/react/"
    assert bob.post(url, {"reaction": "heart"}).status_code == 404
    daily.daily_answer(user=people.bob, daily_question_id=question.pk, body="Patience")
    bob.post(url, {"reaction": "heart"})
    assert "Bob: A heart" in client_for(people.alice).get("/daily/").content.decode()


def test_a_former_partner_can_no_longer_answer_and_threads_leave_with_the_couple(
    people: People,
) -> None:
    entry = shared_entry(people)
    services.response_reply(user=people.bob, kind="journal", item_id=entry.public_id, body="Here")
    account_services.couple_leave(user=people.alice)
    bob = client_for(people.bob)
    assert bob.post(f"/together/journal/{entry.public_id}/reply/", {"body": "x"}).status_code == 404
    assert (
        "Here" not in client_for(people.alice).get(f"/journal/{entry.public_id}/").content.decode()
    )


def test_an_author_cannot_react_to_their_own_words(people: People) -> None:
    entry = shared_entry(people)
    response = client_for(people.alice).post(
        f"/together/journal/{entry.public_id}/react/", {"reaction": "heart"}, follow=True
    )
    assert "Reactions are for what your partner shared" in response.content.decode()
    assert not Response.objects.exists()


def test_a_reply_too_long_is_refused_with_the_words_kept(people: People) -> None:
    entry = shared_entry(people)
    words = "so much to say " * 100
    response = client_for(people.bob).post(
        f"/together/journal/{entry.public_id}/reply/", {"body": words}
    )
    assert response.status_code == 400
    assert "keep it under 1000 characters" in response.content.decode()
    assert words.strip() in response.content.decode()


def test_the_reply_goes_back_only_to_a_page_on_this_site(people: People) -> None:
    entry = shared_entry(people)
    response = client_for(people.bob).post(
        f"/together/journal/{entry.public_id}/reply/",
        {"body": "hi", "next": "https://elsewhere.example/"},
    )
    assert response["Location"] == "/journal/"


def test_the_listening_aid_ends_in_a_reply_box(people: People) -> None:
    entry = shared_entry(people)
    page = client_for(people.bob).get(f"/coach/listen/journal/{entry.public_id}/").content.decode()
    assert f'action="/together/journal/{entry.public_id}/reply/"' in page
    assert "Reply to Alice" in page


ASKED = "What should I do about my job?"


def test_the_gentle_hint_reads_a_reply_with_the_words_it_answers(people: People) -> None:
    """Advice is fine when it was asked for: the hint sees the question it answers."""
    entry = shared_entry(people, ASKED)
    bob = client_for(people.bob)
    alone = bob.post("/coach/hint/", {"field": "body", "body": "You should just quit."})
    in_reply = bob.post(
        "/coach/hint/",
        {
            "field": "body",
            "body": "You should just quit.",
            "reply_kind": "journal",
            "reply_item": str(entry.public_id),
        },
    )
    assert "advice they didn" in alone.content.decode().lower()
    assert "advice" not in in_reply.content.decode().lower()


def test_the_hint_learns_nothing_of_an_item_the_writer_may_not_read(people: People) -> None:
    private = journal.journal_create(author=people.alice, body=ASKED)
    hint = client_for(people.bob).post(
        "/coach/hint/",
        {
            "field": "body",
            "body": "You should just quit.",
            "reply_kind": "journal",
            "reply_item": str(private.public_id),
        },
    )
    # Not found, exactly as an id that does not exist: the hint says nothing of the item.
    assert hint.status_code == 404 and ASKED not in hint.content.decode()


def test_the_api_pages_the_thread_and_sets_and_takes_back_a_reaction(people: People) -> None:
    entry = shared_entry(people)
    bob = api_client(people.bob)
    base = f"/api/together/journal/{entry.public_id}"
    for n in range(21):
        assert (
            bob.post(
                f"{base}/replies", {"body": f"reply {n}"}, content_type="application/json"
            ).status_code
            == 201
        )
    first = bob.get(f"{base}/responses")
    assert len(first.json()) == 20 and 'rel="next"' in first["Link"]
    rest = bob.get(first["Link"].split(";")[0].strip("<>"))
    assert [r["body"] for r in rest.json()] == ["reply 20"]
    put = bob.put(f"{base}/reaction", {"reaction": "thanks"}, content_type="application/json")
    assert put.status_code == 200 and put.json()["reaction"] == "thanks"
    assert bob.delete(f"{base}/reaction").status_code == 204
    assert not Response.objects.exclude(reaction="").exists()
    other = api_client(people.eve).get(f"{base}/responses")
    assert other.status_code == 404


def test_the_export_holds_the_responses_each_may_read(people: People) -> None:
    entry = shared_entry(people)
    services.response_react(
        user=people.bob, kind="journal", item_id=entry.public_id, reaction="hug"
    )
    services.response_reply(
        user=people.bob, kind="journal", item_id=entry.public_id, body="I'm here"
    )
    mine = export_for(people.alice)["responses"]
    assert {(r["reaction"], r["body"], r["author"]) for r in mine} == {
        ("hug", "", "partner"),
        ("", "I'm here", "partner"),
    }
    assert export_for(people.eve)["responses"] == []


@pytest.mark.django_db(transaction=True)
def test_a_reply_is_encrypted_at_rest(people: People) -> None:
    from conftest import raw_database_text

    entry = shared_entry(people)
    services.response_reply(
        user=people.bob, kind="journal", item_id=entry.public_id, body="a whisper nobody may read"
    )
    assert b"a whisper nobody may read" not in raw_database_text()


def test_the_appreciations_page_reads_threads_in_queries_that_do_not_grow(
    people: People, django_assert_max_num_queries
) -> None:
    def grow() -> None:
        for n in range(5):
            sent = daily.appreciation_send(user=people.alice, kind="thanks", body=f"thanks {n}")
            services.response_react(
                user=people.bob, kind="appreciation", item_id=sent.public_id, reaction="heart"
            )
            services.response_reply(
                user=people.bob, kind="appreciation", item_id=sent.public_id, body="you too"
            )

    grow()
    alice = client_for(people.alice)
    alice.get("/daily/appreciations/")
    with django_assert_max_num_queries(40) as few:
        alice.get("/daily/appreciations/")
    for _ in range(5):
        grow()
    with django_assert_max_num_queries(len(few.captured_queries)):
        alice.get("/daily/appreciations/")
