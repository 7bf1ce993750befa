"""Words that signal danger meet the help that fits on every surface, for the right person.

The writer sees help for themself; the partner who reads a shared text about self-harm
sees how to respond; nobody is handed a script for violence toward the writer; and the
detection leaves no trace in the database, the logs or an email.
"""

from __future__ import annotations

import logging

from conftest import People, client_for
from django.core import mail
from django.db import connection

from heartwork.daily import services as daily
from heartwork.journal import services as journal

SELF_HARM = "I don't want to be here anymore, everyone would be better off without me."
VIOLENCE = "He pushed me into the wall again last night and I'm scared to go home."
IMMINENT = "I've taken all the pills in the cabinet, I'm sorry."


def test_the_writer_sees_help_under_their_own_entry_without_javascript(people: People) -> None:
    entry = journal.journal_create(author=people.alice, body=IMMINENT, shared=False)
    html = client_for(people.alice).get(f"/journal/{entry.public_id}/").content.decode()
    assert 'data-concern="imminent"' in html
    assert "Please get help right now" in html


def test_the_reader_of_shared_self_harm_sees_how_to_respond(people: People) -> None:
    entry = journal.journal_create(author=people.alice, body=SELF_HARM, shared=True)
    bob = client_for(people.bob)
    detail = bob.get(f"/journal/{entry.public_id}/").content.decode()
    assert 'data-reader-concern="self_harm"' in detail
    assert "Ask them plainly" in detail
    listen = bob.get(f"/coach/listen/journal/{entry.public_id}/").content.decode()
    assert "Ask them plainly" in listen
    assert "Say back what you heard" not in listen


def test_the_reader_of_shared_violence_gets_no_script(people: People) -> None:
    entry = journal.journal_create(author=people.alice, body=VIOLENCE, shared=True)
    bob = client_for(people.bob)
    listen = bob.get(f"/coach/listen/journal/{entry.public_id}/").content.decode()
    assert "no suggested words" in listen
    assert "Say back what you heard" not in listen
    assert "I'd feel scared too" not in listen
    detail = bob.get(f"/journal/{entry.public_id}/").content.decode()
    assert "data-reader-concern" not in detail
    assert "{#" not in detail


def test_a_shared_check_in_about_self_harm_tells_the_partner_how_to_respond(people: People) -> None:
    daily.checkin_create(
        user=people.alice, mood=1, feelings=[], good_thing="", hard_thing=SELF_HARM, shared=True
    )
    html = client_for(people.bob).get("/daily/checkins/").content.decode()
    assert 'data-reader-concern="self_harm"' in html
    assert "Reflect:" not in html


def test_the_api_and_listening_api_carry_the_response(people: People) -> None:
    client = client_for(people.alice)
    analysis = client.post(
        "/api/coach/analyze", {"text": IMMINENT}, content_type="application/json"
    ).json()
    assert analysis["concern"]["urgency"] == "imminent"
    assert analysis["concern"]["steps"] and analysis["suggestions"] == []
    heard = client.post(
        "/api/coach/listen", {"text": VIOLENCE}, content_type="application/json"
    ).json()
    assert heard["reflection"] is None and heard["validation"] is None
    assert heard["concern"]["kind"] == "violence"


KINDS = [IMMINENT, SELF_HARM, VIOLENCE, "He took my passport.", "I walk on eggshells at home."]


def test_a_detection_leaves_no_trace(people: People, caplog) -> None:
    """Each kind of danger, through the coach, a hint, the API and every form that stores
    text: the only rows added are the texts themselves, and no log line or email mentions
    the detection or the words."""
    caplog.set_level(logging.DEBUG)
    client = client_for(people.alice)
    before = _row_counts()
    for text in KINDS:
        client.post("/coach/", {"text": text})
        client.post("/coach/hint/", {"field": "body", "body": text})
        client.post("/api/coach/analyze", {"text": text}, content_type="application/json")
        client.post("/api/coach/listen", {"text": text}, content_type="application/json")
    assert _row_counts() == before
    for text in KINDS:
        client.post("/journal/new/", {"title": "", "body": text, "shared": "on"})
        client.post("/daily/checkins/", {"mood": "2", "hard_thing": text, "shared": "on"})
        client.post("/daily/appreciations/", {"kind": "thanks", "body": text})
        client.post("/daily/", {"body": text})
    added = {t: n - before.get(t, 0) for t, n in _row_counts().items() if n != before.get(t, 0)}
    # Today's question is chosen on the first visit; everything else is what was written.
    stored = {"journal_journalentry", "daily_checkin", "daily_appreciation", "daily_dailyanswer"}
    assert set(added) <= stored | {"daily_dailyquestion"}
    # One answer a day: the later posts rewrite it.
    expected = {table: len(KINDS) for table in stored} | {"daily_dailyanswer": 1}
    assert {table: added.get(table) for table in stored} == expected
    for word in ("self_harm", "imminent", "violence", "concern", *KINDS):
        assert word not in caplog.text
    assert mail.outbox == []


def _row_counts() -> dict[str, int]:
    with connection.cursor() as cursor:
        counts = {}
        for table in connection.introspection.table_names():
            # Sessions (and the list of where one is signed in) change as anyone browses;
            # the API's rate-limit counter (one row per person, the same for any text).
            counters = ("heartwork_cache", "core_ratecount")
            if table.startswith(("django_session", "usersessions_")) or table in counters:
                continue
            cursor.execute(f'SELECT COUNT(*) FROM "{table}"')  # noqa: S608 - our own table names
            counts[table] = cursor.fetchone()[0]
    return counts
