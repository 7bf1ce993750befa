"""The report shows each answer as the person gave it, never turned around for scoring.

A reverse-keyed sentence ("My partner speaks to me sharply when I am struggling")
answered "Completely true for me" once appeared as "1 of 7" beside that same sentence,
which reads as if the person had said it was not true at all.
"""

from __future__ import annotations

from conftest import People, client_for

from heartwork.checkup.instrument import load
from heartwork.checkup.tests.answering import finish_round


def test_a_reverse_keyed_answer_shows_the_words_the_person_chose(people: People) -> None:
    kindness = load().dimension("partner_kindness")
    sharp = next(item for item in kindness.items if item.reverse)
    # Keyed 1 is the lowest: "Completely true" that the partner is sharp with them.
    finish_round(
        people.alice,
        [],
        keyed={"partner_kindness": [1 if i.reverse else 6 for i in kindness.items]},
    )
    html = client_for(people.alice).get("/checkup/report/1/").content.decode()
    line = html[html.index(sharp.text) :].split("</li>")[0]
    assert "You answered: Completely true for me" in line
    assert "of 7" not in line
