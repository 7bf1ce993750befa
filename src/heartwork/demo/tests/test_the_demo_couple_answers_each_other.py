"""A newcomer to the demo sees partners answer each other, not only write side by side."""

from __future__ import annotations

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
