"""A check-up report is found by its round number, not an id, so the authorization walk
(``core/tests/test_authorization.py``) cannot reach what is inside it: this follows a
couple who part, and each new couple after."""

from __future__ import annotations

from conftest import People, client_for, link, make_user

from heartwork.accounts import services as account_services
from heartwork.checkup.tests.test_taking_the_checkup import answer_all


def test_a_former_partners_report_no_longer_shows_the_owners_scores(people: People) -> None:
    """A report is found by its round number, not an id, so the walk cannot reach what is
    inside it: after the couple ends, Bob's own report of a round they both shared shows
    nothing of Alice's, and still nothing once each has linked with someone new."""
    answer_all(people.alice, share=["partner_offers", "self_offers", "foundations"])
    answer_all(people.bob, share=["partner_offers", "self_offers", "foundations"])
    bob = client_for(people.bob)

    def alices_scores() -> list[int]:
        report = bob.get("/api/checkup/reports/1").json()
        return [row["partner"] for row in report["scores"] if row["partner"] is not None]

    assert alices_scores()  # the control: while linked, Bob sees what Alice shared
    account_services.couple_leave(user=people.bob)
    assert alices_scores() == []
    link(people.bob, make_user("carol@example.com", "Carol"))
    link(people.alice, make_user("dan@example.com", "Dan"))
    assert alices_scores() == []
