"""Links stay right for the address each request came in at: an app served under a path
(``SCRIPT_NAME``, behind a proxy; the WSGI handler sets the prefix for each request)
links under it, and the same process serving it at the root links at the root, though
addresses are reversed once per process (``core/addresses.py``)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from conftest import People, client_for
from django.urls import set_script_prefix


@contextmanager
def served_under(prefix: str) -> Iterator[None]:
    set_script_prefix(prefix)
    try:
        yield
    finally:
        set_script_prefix("/")


def test_links_follow_the_path_the_app_is_served_under(people: People) -> None:
    alice = client_for(people.alice)
    with served_under("/heartwork/"):
        under = alice.get("/daily/").content.decode()
    at_root = alice.get("/daily/").content.decode()
    with served_under("/heartwork/"):
        under_again = alice.get("/daily/").content.decode()
    assert 'href="/heartwork/journal/"' in under
    assert 'href="/heartwork/journal/"' in under_again
    assert 'href="/journal/"' in at_root
    assert 'href="/heartwork/journal/"' not in at_root
