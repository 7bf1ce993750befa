"""When the partner answers back under their own entry, after I replied, Today says so.

"Since you were last here" named only responses to my own things, so an exchange I had
joined under my partner's entry went on without me knowing: a reply could go unseen.
"""

from __future__ import annotations

from datetime import timedelta

from conftest import People, client_for
from django.utils import timezone

from heartwork.journal import services as journal
from heartwork.together import services
from heartwork.together.models import Visit


def test_the_partners_answer_to_my_reply_is_on_today(people: People) -> None:
    entry = journal.journal_create(author=people.bob, body="a hard week", shared=True)
    services.response_reply(
        user=people.alice, kind="journal", item_id=entry.public_id, body="I'm here."
    )
    alice = client_for(people.alice)
    alice.get("/")  # Alice's first visit, after her reply
    Visit.objects.update(seen_at=timezone.now() - timedelta(hours=2))
    services.response_reply(
        user=people.bob, kind="journal", item_id=entry.public_id, body="Thank you."
    )
    html = alice.get("/").content.decode()
    assert "Bob answered your reply" in html
    assert f'href="/journal/{entry.public_id}/"' in html
    assert "Thank you." not in html  # news names what happened, never the words


def test_the_partner_adding_to_their_own_entry_alone_is_not_an_answer(people: People) -> None:
    entry = journal.journal_create(author=people.bob, body="a hard week", shared=True)
    alice = client_for(people.alice)
    alice.get("/")
    Visit.objects.update(seen_at=timezone.now() - timedelta(hours=2))
    services.response_reply(
        user=people.bob, kind="journal", item_id=entry.public_id, body="One more thing."
    )
    assert "answered your reply" not in alice.get("/").content.decode()


def test_an_outsider_never_hears_of_an_exchange(people: People) -> None:
    entry = journal.journal_create(author=people.bob, body="a hard week", shared=True)
    services.response_reply(
        user=people.alice, kind="journal", item_id=entry.public_id, body="I'm here."
    )
    services.response_reply(
        user=people.bob, kind="journal", item_id=entry.public_id, body="Thank you."
    )
    assert "answered your reply" not in client_for(people.eve).get("/").content.decode()
