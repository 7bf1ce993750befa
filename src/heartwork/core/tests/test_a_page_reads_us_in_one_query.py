"""A signed-in page asks for the couple, its time zone and my quick-exit choices once.

Every page needs the couple and partner (the access layer), the quick-exit choices (the
tab's title, the exit button) and, on the daily pages and Today, the couple's time zone:
on PostgreSQL each was a round trip of its own (issue 12). They come in the one query
that finds the couple, and what they say still shows, and changes at once.
"""

from __future__ import annotations

from conftest import People, client_for
from django.db import connection
from django.test.utils import CaptureQueriesContext

from heartwork.daily import services as daily
from heartwork.safety import services as safety

ASKED_APART = ("safety_safetypreferences", "daily_dailysettings")


def test_the_daily_page_reads_the_couple_zone_and_choices_at_once(people: People) -> None:
    daily.daily_settings_update(
        user=people.bob, timezone_name="Pacific/Kiritimati", pack_keys=[], max_depth=2
    )
    safety.preferences_update(user=people.alice, keep_signed_in=False, neutral_titles=True)
    client = client_for(people.alice)
    client.get("/daily/")  # the first look of the day chooses today's question
    with CaptureQueriesContext(connection) as seen:
        page = client.get("/daily/").content.decode()
    assert "<title>Notes</title>" in page
    reads = [q["sql"] for q in seen.captured_queries if any(t in q["sql"] for t in ASKED_APART)]
    assert len(reads) == 1, [r[-120:] for r in reads]
    assert "accounts_membership" in reads[0]


def test_a_changed_choice_shows_on_the_next_page(people: People) -> None:
    client = client_for(people.alice)
    assert "<title>Notes</title>" not in client.get("/journal/").content.decode()
    client.post("/settings/leaving/", {"neutral_titles": "on"})
    assert "<title>Notes</title>" in client.get("/journal/").content.decode()
