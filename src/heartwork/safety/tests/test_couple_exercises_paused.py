"""A screen that shows risk quietly closes the couple exercises for that person alone.

Today the one couple exercise that exists is the check-up's side-by-side view (with its
couple practices and the couples-counselor card); the conflict room will ask the same
rule, ``safety.services.joint_exercises_paused``, when it is built.
"""

from __future__ import annotations

import pytest
from conftest import People, client_for

from heartwork.checkup.tests.answering import EVERY_PART, finish_round
from heartwork.safety.services import joint_exercises_paused
from heartwork.safety.tests.answers import AFRAID_ONLY, DECLINED, HIGH_RISK, NO_RISK, answer

SIDE_BY_SIDE = "<dt>Bob, about you</dt>"  # Bob's number beside hers
RESTING = "The side-by-side view is resting for now."


@pytest.fixture
def both_finished(people: People) -> People:
    finish_round(people.alice, EVERY_PART, default=2)  # low scores: growth areas and more
    finish_round(people.bob, EVERY_PART, default=2)
    return people


class TestTheRule:
    def test_nobody_is_paused_before_answering(self, people: People) -> None:
        assert not joint_exercises_paused(people.alice)

    @pytest.mark.parametrize("answers", [HIGH_RISK, AFRAID_ONLY], ids=["all", "afraid once"])
    def test_any_sign_of_harm_pauses_them(self, people: People, answers) -> None:
        answer(client_for(people.alice), answers)
        assert joint_exercises_paused(people.alice)
        assert not joint_exercises_paused(people.bob)

    @pytest.mark.parametrize("answers", [NO_RISK, DECLINED], ids=["no", "rather not say"])
    def test_no_and_rather_not_say_leave_them_open(self, people: People, answers) -> None:
        answer(client_for(people.alice), answers)
        assert not joint_exercises_paused(people.alice)

    def test_the_person_may_keep_them_open_and_pause_them_again(self, people: People) -> None:
        client = client_for(people.alice)
        answer(client, HIGH_RISK)
        assert client.post("/for-you/couple-exercises/", {"joint": "open"}).status_code == 302
        assert not joint_exercises_paused(people.alice)
        assert "open to you again" in client.get("/for-you/next/").content.decode()
        client.post("/for-you/couple-exercises/", {"joint": "paused"})
        assert joint_exercises_paused(people.alice)

    def test_the_person_may_pause_them_without_any_reason(self, people: People) -> None:
        client = client_for(people.alice)
        client.post("/for-you/couple-exercises/", {"joint": "paused"})
        assert joint_exercises_paused(people.alice)
        answer(client, NO_RISK)  # answering again: the answers decide again
        assert not joint_exercises_paused(people.alice)

    def test_answering_again_without_risk_reopens_them(self, people: People) -> None:
        client = client_for(people.alice)
        answer(client, HIGH_RISK)
        answer(client, NO_RISK)
        assert not joint_exercises_paused(people.alice)

    def test_deleting_the_answers_reopens_them(self, people: People) -> None:
        client = client_for(people.alice)
        answer(client, HIGH_RISK)
        client.post("/for-you/delete/")
        assert not joint_exercises_paused(people.alice)

    def test_a_choice_that_is_not_offered_is_refused(self, people: People) -> None:
        response = client_for(people.alice).post("/for-you/couple-exercises/", {"joint": "x"})
        assert response.status_code == 400
        assert "Nothing was saved" in response.content.decode()


class TestTheCheckupSideBySide:
    def test_it_rests_for_the_person_with_a_neutral_note(self, both_finished: People) -> None:
        alice = client_for(both_finished.alice)
        before = alice.get("/checkup/report/1/").content.decode()
        assert SIDE_BY_SIDE in before and "Places to grow" in before
        answer(alice, HIGH_RISK)
        after = alice.get("/checkup/report/1/").content.decode()
        assert RESTING in after
        assert SIDE_BY_SIDE not in after and "Bob" not in after.split("<main", 1)[1]
        assert "Places to grow" not in after and "A counselor could help" not in after
        note = after.split('<div class="card resting"', 1)[1].split("</div>", 1)[0]
        for word in ("safe", "afraid", "risk", "screen", "/for-you/", "href"):
            assert word not in note, word  # the note gives nothing away
        assert "<dt>You, about yourself</dt>" in after  # her own scores stay

    def test_the_partner_still_sees_it_side_by_side(self, both_finished: People) -> None:
        answer(client_for(both_finished.alice), HIGH_RISK)
        bob = client_for(both_finished.bob).get("/checkup/report/1/").content.decode()
        assert "<dt>Alice, about you</dt>" in bob
        assert RESTING not in bob

    def test_the_api_report_rests_too(self, both_finished: People) -> None:
        alice = client_for(both_finished.alice)
        assert alice.get("/api/checkup/reports/1").json()["partner_finished"] is True
        answer(alice, HIGH_RISK)
        report = alice.get("/api/checkup/reports/1").json()
        assert report["partner_finished"] is False
        assert all(score["partner"] is None for score in report["scores"])

    def test_keeping_them_open_brings_it_back(self, both_finished: People) -> None:
        alice = client_for(both_finished.alice)
        answer(alice, HIGH_RISK)
        alice.post("/for-you/couple-exercises/", {"joint": "open"})
        assert SIDE_BY_SIDE in alice.get("/checkup/report/1/").content.decode()
