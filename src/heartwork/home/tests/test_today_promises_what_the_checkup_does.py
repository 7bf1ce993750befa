"""Today's card for the check-up says what the check-up does, no more.

It once promised "about seven minutes" (the check-up itself says ten) and that partners
would see "each other's answers", when a partner only ever sees the scores the other
chose to share.
"""

from __future__ import annotations

import re

from conftest import People, client_for


def test_the_check_up_card_promises_no_answers_and_no_time_of_its_own(people: People) -> None:
    page = client_for(people.alice).get("/").content.decode()
    card = re.search(r"<h2>Closeness check-up</h2>(.*?)</div>", page, re.S)
    assert card is not None
    words = card.group(1)
    assert "answers side by side" not in words
    assert "minutes" not in words
    assert "chooses which scores the other sees" in words
