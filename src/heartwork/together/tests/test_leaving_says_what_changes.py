"""Before leaving the couple, each sees exactly what they keep and what they stop seeing."""

from __future__ import annotations

from conftest import People, client_for

from heartwork.daily import services as daily
from heartwork.journal import services as journal


def test_the_leave_page_counts_what_each_shared_and_never_the_partners_private_things(
    people: People,
) -> None:
    journal.journal_create(author=people.alice, body="ours", shared=True)
    journal.journal_create(author=people.alice, body="mine", shared=True)
    journal.journal_create(author=people.bob, body="his", shared=True)
    journal.journal_create(author=people.bob, body="private", shared=False)
    daily.appreciation_send(user=people.bob, kind="thanks", body="For the tea.")
    html = client_for(people.alice).get("/couple/leave/").content.decode()
    assert "Bob will no longer see what you shared with them: 2 journal entries." in html
    assert "what Bob shared with you: 1 journal entry, 1 appreciation." in html
