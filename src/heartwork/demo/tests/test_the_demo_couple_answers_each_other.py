"""A newcomer to the demo sees partners answer each other, over days, not side by side at once."""

from __future__ import annotations

import re

from conftest import client_for

from heartwork.demo.couple import demo_create
from heartwork.journal.models import JournalEntry
from heartwork.together.models import Response


def test_sams_shared_entry_has_a_heart_and_a_short_exchange_under_it(db) -> None:
    alex, sam = demo_create()
    entry = JournalEntry.objects.filter(author=sam).order_by("-created_at").first()
    assert entry is not None and entry.title == "Proud of us"
    page = client_for(alex).get(f"/journal/{entry.public_id}/").content.decode()
    assert "You waited for me to finish before you answered" in page
    assert "Same time next week" in page


def test_making_the_demo_again_adds_no_second_exchange(db) -> None:
    demo_create()
    before = Response.objects.count()
    demo_create()
    assert Response.objects.count() == before == 3


def test_since_you_were_last_here_reads_like_days_of_a_life_not_one_minute(db) -> None:
    alex, _ = demo_create()
    page = client_for(alex).get("/").content.decode()
    since = page[page.index("Since you were last here") :]
    days = set(re.findall(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} \w{3}", since))
    assert len(days) >= 4, days
