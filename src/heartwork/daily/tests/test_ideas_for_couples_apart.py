"""A long-distance couple can find the ideas that work while they are apart (issue #14:
7 of 100 did, and nothing said which)."""

from __future__ import annotations

from conftest import People, client_for

from heartwork.daily.content import IDEAS_PAGE, activities


def _escaped(text: str) -> str:
    return text.replace("'", "&#x27;")


def test_every_idea_says_whether_it_works_apart() -> None:
    apart = [a for a in activities() if a.apart]
    assert len(apart) >= 15
    assert any(not a.apart for a in activities())


def test_the_idea_bank_shows_only_what_works_apart_when_asked(people: People) -> None:
    alice = client_for(people.alice)
    pages = -(-sum(a.apart for a in activities()) // IDEAS_PAGE)
    page = "".join(
        alice.get(f"/daily/time/?apart=1&ideas={n}").content.decode() for n in range(1, pages + 1)
    )
    apart = [a for a in activities() if a.apart]
    assert all(_escaped(a.title) in page for a in apart)
    together_only = next(a for a in activities() if a.title == "Kitchen slow dance")
    assert not together_only.apart
    assert _escaped(together_only.title) not in page
    assert "together or apart" in page


def test_an_idea_that_works_apart_says_how(people: People) -> None:
    letters = next(a for a in activities() if a.key == "a012")
    assert letters.apart and "Apart?" in letters.description
