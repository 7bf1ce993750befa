""" "Not kept" is marked privately first: the one who marks it keeps it (and how it felt)
to themself, then chooses to tell the partner, to bring it to a talk, or to let it be.
Until then nothing of it reaches the one who promised, nor any count they can see."""

from __future__ import annotations

import re
from datetime import date

from conftest import People, api_client, client_for

from heartwork.daily import services
from heartwork.daily.models import Promise

SOON = date(2030, 1, 1)
JSON = "application/json"


def _alices_promise(people: People) -> Promise:
    return services.promise_make(user=people.alice, text="fix the tap", due=SOON)


def _page(who) -> str:
    html = client_for(who).get("/daily/promises/").content.decode().replace("&#x27;", "'")
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


def test_not_kept_stays_with_the_one_who_marked_it(people: People) -> None:
    promise = _alices_promise(people)
    alices_before, her_today = _page(people.alice), client_for(people.alice)
    bob = client_for(people.bob)
    assert "Alice will fix the tap" in bob.get("/").content.decode()
    marked = bob.post(
        f"/daily/promises/{promise.public_id}/mark/",
        {"status": "not_kept", "note": "I waited all Saturday"},
        follow=True,
    )
    said = marked.content.decode().replace("&#x27;", "'")
    assert "Kept to yourself for now" in said
    assert "Kept to yourself" in said and "I waited all Saturday" in said
    assert "Tell Alice" in said and "Talk it through together" in said

    assert _page(people.alice) == alices_before  # not a word, not a count, changed for her
    # On Bob's Today it is no longer among the open promises; on Alice's it still is.
    assert "Alice will fix the tap" not in client_for(people.bob).get("/").content.decode()
    assert "you will fix the tap" in her_today.get("/").content.decode()
    assert "Saturday" not in her_today.get("/").content.decode()
    assert "Trust record" not in _page(people.bob)  # nothing counted for Bob to see either
    assert Promise.objects.get().status == "open"


def test_telling_makes_it_not_kept_for_both_and_the_private_note_stays_private(
    people: People,
) -> None:
    promise = _alices_promise(people)
    services.promise_mark(
        user=people.bob, promise_id=promise.public_id, status="not_kept", note="I felt let down"
    )
    told = client_for(people.bob).post(
        f"/daily/promises/{promise.public_id}/tell/", {"note": "Can we try again Sunday?"}
    )
    assert told.status_code == 302
    alices = _page(people.alice)
    assert "Not kept" in alices and "Can we try again Sunday?" in alices
    assert "You: 0 of 1 kept" in alices
    assert "I felt let down" not in alices
    assert "Kept to yourself" not in _page(people.bob)


def test_telling_needs_the_private_mark_first_and_is_only_for_the_partner(
    people: People,
) -> None:
    promise = _alices_promise(people)
    early = client_for(people.bob).post(
        f"/daily/promises/{promise.public_id}/tell/", {"note": "x"}, follow=True
    )
    assert "Mark it as not kept first" in early.content.decode()
    assert Promise.objects.get().status == "open"
    services.promise_mark(user=people.bob, promise_id=promise.public_id, status="not_kept")
    own = client_for(people.alice).post(f"/daily/promises/{promise.public_id}/tell/", {})
    assert own.status_code == 302 and Promise.objects.get().status == "open"
    outsider = client_for(people.eve).post(f"/daily/promises/{promise.public_id}/tell/", {})
    assert outsider.status_code == 404


def test_talk_it_through_opens_the_conflict_room_with_words_about_the_moment(
    people: People,
) -> None:
    promise = _alices_promise(people)
    services.promise_mark(user=people.bob, promise_id=promise.public_id, status="not_kept")
    page = client_for(people.bob).get(f"/conflict/?promise={promise.public_id}")
    assert "When “fix the tap” didn&#x27;t happen" in page.content.decode()
    # Nobody else's promise can be named this way.
    guessed = client_for(people.eve).get(f"/conflict/?promise={promise.public_id}")
    assert "fix the tap" not in guessed.content.decode()
    assert client_for(people.bob).get("/conflict/?promise=nonsense").status_code == 200


def test_the_author_can_still_change_a_promise_marked_not_kept_in_private(people: People) -> None:
    promise = _alices_promise(people)
    services.promise_mark(user=people.bob, promise_id=promise.public_id, status="not_kept")
    services.promise_change(
        user=people.alice, promise_id=promise.public_id, text="fix it", due=SOON
    )
    assert Promise.objects.get().text == "fix it"


def test_the_api_keeps_not_kept_private_until_told(people: People) -> None:
    promise = _alices_promise(people)
    alice, bob = api_client(people.alice), api_client(people.bob)
    marked = bob.post(
        f"/api/daily/promises/{promise.public_id}/mark",
        {"status": "not_kept", "note": "hurt"},
        content_type=JSON,
    ).json()
    assert marked["status"] == "open" and marked["kept_to_myself"]["feeling"] == "hurt"
    assert bob.get("/api/daily/promises").json()[0]["kept_to_myself"]["feeling"] == "hurt"
    hers = alice.get("/api/daily/promises").json()[0]
    assert hers["status"] == "open" and hers["kept_to_myself"] is None and hers["note"] == ""
    assert {r["name"]: r["marked"] for r in alice.get("/api/daily/trust").json()}["You"] == 0
    assert (
        alice.post(
            f"/api/daily/promises/{promise.public_id}/tell", {}, content_type=JSON
        ).status_code
        == 400
    )
    told = bob.post(
        f"/api/daily/promises/{promise.public_id}/tell", {"note": "let's talk"}, content_type=JSON
    ).json()
    assert told["status"] == "not_kept" and told["note"] == "let's talk"
    assert alice.get("/api/daily/promises").json()[0]["status"] == "not_kept"
    again = bob.post(f"/api/daily/promises/{promise.public_id}/tell", {}, content_type=JSON)
    assert again.status_code == 400 and "nothing to tell" in again.json()["detail"]
