"""The couple report opens only when both have finished, and shows only what was shared."""

from __future__ import annotations

from conftest import People, client_for

from heartwork.checkup.instrument import load
from heartwork.checkup.tests.answering import finish_round
from heartwork.checkup.tests.test_taking_the_checkup import EVERY_PART, answer_all


def test_before_the_partner_finishes_the_report_shows_only_ones_own_scores(people: People) -> None:
    answer_all(people.alice, value=6)
    html = client_for(people.alice).get("/checkup/report/1/").content.decode()
    assert "When your partner has finished this round too" in html
    assert "Bob" not in html
    # Bob has not finished round 1: there is no report of it for him.
    assert client_for(people.bob).get("/checkup/report/1/").status_code == 404


def test_after_both_finish_each_sees_what_the_other_shared_side_by_side(people: People) -> None:
    answer_all(people.alice, value=6, share=EVERY_PART)
    answer_all(people.bob, value=3, share=EVERY_PART)
    html = client_for(people.alice).get("/checkup/report/1/").content.decode()
    assert "Bob, about you" in html and "Bob, about themself" in html
    assert "Where you see things differently" in html
    assert "Places to grow, and how" in html


def test_nothing_is_shared_unless_chosen(people: People) -> None:
    answer_all(people.alice, value=6)
    answer_all(people.bob, value=5)
    html = client_for(people.bob).get("/checkup/report/1/").content.decode()
    assert html.count("not shared") >= len(load().dimensions) + 1  # every score and the picture


def test_an_outsider_sees_nothing(people: People) -> None:
    answer_all(people.alice)
    answer_all(people.bob)
    assert client_for(people.eve).get("/checkup/report/1/").status_code == 404


def test_the_history_has_a_chart_and_a_table_and_names_real_change(people: People) -> None:
    answer_all(people.alice, value=3)
    answer_all(people.alice, value=7)
    html = client_for(people.alice).get("/checkup/history/").content.decode()
    assert html.count('<svg viewBox="0 0 300 90" role="img"') == 23
    assert '<th scope="col">Round 2</th>' in html
    assert "a real rise" in html


def test_the_history_takes_the_same_queries_however_many_rounds(
    people: People, django_assert_max_num_queries
) -> None:
    client = client_for(people.alice)
    answer_all(people.alice)
    answer_all(people.alice)
    client.get("/checkup/history/")  # measures the instrument's norms once (cached)
    with django_assert_max_num_queries(30) as first:
        client.get("/checkup/history/")
    for _ in range(4):
        answer_all(people.alice)
    with django_assert_max_num_queries(len(first.captured_queries)):
        client.get("/checkup/history/")


def test_the_report_shows_the_items_that_drove_each_score(people: People) -> None:
    answer_all(people.alice, value=6)
    html = client_for(people.alice).get("/checkup/report/1/").content.decode()
    first = load().dimension("partner_kindness").items[0]
    assert first.text.replace("'", "&#x27;") in html
    assert "You answered: Almost completely true" in html


# Low everywhere, but feeling respected and safe with the partner: a couple that is
# struggling, with nothing that makes joint counseling unsafe.
LOW_BUT_SAFE = {"partner_respect": 6, "safety_to_share": 6}


def test_two_rounds_in_the_lowest_band_suggest_a_counselor(people: People) -> None:
    finish_round(people.alice, [], keyed=LOW_BUT_SAFE, default=2)
    first = client_for(people.alice).get("/checkup/report/1/").content.decode()
    assert "lowest band for two rounds" not in first
    finish_round(people.alice, [], keyed=LOW_BUT_SAFE, default=2)
    second = client_for(people.alice).get("/checkup/report/2/").content.decode()
    assert "lowest band for two rounds" in second


def test_a_warm_round_suggests_nothing(people: People) -> None:
    answer_all(people.alice, value=6)
    assert (
        "A counselor could help"
        not in client_for(people.alice).get("/checkup/report/1/").content.decode()
    )


def test_growth_areas_link_to_where_the_practice_is_done(people: People) -> None:
    finish_round(people.alice, [], keyed=LOW_BUT_SAFE, default=2)
    html = client_for(people.alice).get("/checkup/report/1/").content.decode()
    assert 'href="/daily/appreciations/"' in html
    assert 'href="/coach/"' in html
