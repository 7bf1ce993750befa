"""The heart journal on the web: private by default, shared by choice, nothing lost."""

from __future__ import annotations

import html
import re

from conftest import People, client_for, make_user

from heartwork.core.paging import PAGE_SIZE
from heartwork.journal import services
from heartwork.journal.models import JournalEntry


def test_an_entry_is_private_unless_shared(people: People) -> None:
    client_for(people.alice).post("/journal/new/", {"title": "Mine", "body": "Only for me."})
    entry = JournalEntry.objects.get()
    assert not entry.is_shared
    assert "Only for me." not in client_for(people.bob).get("/journal/").content.decode()
    assert client_for(people.bob).get(f"/journal/{entry.public_id}/").status_code == 404


def test_the_partner_sees_exactly_the_shared_entries(people: People) -> None:
    alice = client_for(people.alice)
    alice.post("/journal/new/", {"title": "For you", "body": "I loved Sunday.", "shared": "on"})
    alice.post("/journal/new/", {"title": "Only mine", "body": "A worry I'm not ready to share."})
    page = client_for(people.bob).get("/journal/").content.decode()
    assert "For you" in page and "I loved Sunday." in page
    assert "Only mine" not in page and "worry" not in page
    assert "from Alice" in page


def test_sharing_and_unsharing_with_one_button(people: People) -> None:
    entry = services.journal_create(author=people.alice, body="Later, maybe.")
    alice, bob = client_for(people.alice), client_for(people.bob)
    alice.post(f"/journal/{entry.public_id}/share/", {"shared": "1"})
    assert bob.get(f"/journal/{entry.public_id}/").status_code == 200
    alice.post(f"/journal/{entry.public_id}/share/", {"shared": "0"})
    assert bob.get(f"/journal/{entry.public_id}/").status_code == 404


def test_sharing_before_a_partner_joins_keeps_every_word(db) -> None:
    robin = make_user("robin@example.com", "Robin")
    response = client_for(robin).post(
        "/journal/new/", {"title": "Hope", "body": "Words I typed with care.", "shared": "on"}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "once your partner has joined" in html
    assert "Words I typed with care." in html
    assert 'value="Hope"' in html
    assert JournalEntry.objects.count() == 0


def test_an_empty_entry_gets_a_clear_error(people: People) -> None:
    response = client_for(people.alice).post("/journal/new/", {"title": "Kept title", "body": ""})
    assert response.status_code == 400
    assert "Write a few words first" in response.content.decode()
    assert 'value="Kept title"' in response.content.decode()


def test_editing_and_deleting_ones_own_entry(people: People) -> None:
    entry = services.journal_create(author=people.alice, body="First draft", shared=True)
    alice = client_for(people.alice)
    alice.post(f"/journal/{entry.public_id}/edit/", {"body": "Second draft", "shared": "on"})
    assert (
        "Second draft"
        in client_for(people.bob).get(f"/journal/{entry.public_id}/").content.decode()
    )
    assert (
        "for your partner too" in alice.get(f"/journal/{entry.public_id}/delete/").content.decode()
    )
    alice.post(f"/journal/{entry.public_id}/delete/")
    assert not JournalEntry.objects.filter(pk=entry.pk).exists()


def test_the_partner_cannot_edit_share_or_delete(people: People) -> None:
    entry = services.journal_create(author=people.alice, body="Shared", shared=True)
    bob = client_for(people.bob)
    assert bob.get(f"/journal/{entry.public_id}/edit/").status_code == 404
    assert bob.post(f"/journal/{entry.public_id}/share/", {"shared": "0"}).status_code == 404
    assert bob.post(f"/journal/{entry.public_id}/delete/").status_code == 404
    entry.refresh_from_db()
    assert entry.is_shared


def test_the_journal_list_takes_the_same_queries_however_long_it_is(
    people: People, django_assert_max_num_queries
) -> None:
    client = client_for(people.bob)
    for i in range(3):
        services.journal_create(author=people.alice, body=f"entry {i}", shared=True)
    with django_assert_max_num_queries(12) as few:
        client.get("/journal/")
    for i in range(40):
        services.journal_create(author=people.alice, body=f"more {i}", shared=True)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/journal/")


def test_a_long_journal_comes_a_page_at_a_time_with_plain_older_links(people: People) -> None:
    for i in range(PAGE_SIZE + 5):
        services.journal_create(author=people.alice, body=f"entry number {i}.")
    client = client_for(people.alice)
    first = client.get("/journal/").content.decode()
    assert "entry number 24." in first
    assert "entry number 4." not in first
    older = re.search(r'href="(\?older=[^"]+)"', first)
    assert older, "a plain link to older entries, no script needed"
    second = client.get("/journal/" + html.unescape(older.group(1))).content.decode()
    assert "entry number 4." in second
    assert "entry number 0." in second
    assert "entry number 5." not in second
    assert "Back to the start" in second


def test_a_changed_page_link_says_so_and_shows_the_first_page(people: People) -> None:
    services.journal_create(author=people.alice, body="still here")
    response = client_for(people.alice).get("/journal/?older=made-up")
    page = response.content.decode()
    assert response.status_code == 200
    assert "That page link has been changed" in page
    assert "still here" in page
