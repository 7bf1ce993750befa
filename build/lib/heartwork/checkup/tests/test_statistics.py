"""Cronbach's alpha, item-total correlations and the reliable change index."""

from __future__ import annotations

import random

import pytest
from conftest import People

from heartwork.checkup.stats import cronbach_alpha, item_stats, reliable_change

# Worked by hand (docs/checkup.md): item variances 5/3, 2, 11/12; total variance 12.25;
# alpha = 3/2 * (1 - 4.58333/12.25) = 0.93878. Item 1 against items 2+3: r = 8.5 / sqrt(5 * 14.75).
HAND = [[2, 3, 3], [4, 4, 5], [3, 3, 4], [5, 6, 5]]


def test_alpha_matches_the_hand_computed_example() -> None:
    assert cronbach_alpha(HAND) == pytest.approx(0.938776, abs=1e-5)


def test_corrected_item_total_matches_the_hand_computed_example() -> None:
    assert item_stats(HAND)[0].corrected_item_total == pytest.approx(0.989778, abs=1e-5)


def test_a_simulated_population_shows_its_known_structure() -> None:
    """Three items of one trait (true variance 1, error variance 1) and one of pure noise.

    Parallel items with inter-item correlation 0.5 give alpha = 3 * 0.5 / (1 + 2 * 0.5) =
    0.75; the noise item correlates with nothing, and dropping it raises alpha.
    """
    rng = random.Random(42)
    rows = []
    for _ in range(3000):
        trait = rng.gauss(0, 1)
        rows.append([trait + rng.gauss(0, 1) for _ in range(3)] + [rng.gauss(0, 1)])
    assert cronbach_alpha([r[:3] for r in rows]) == pytest.approx(0.75, abs=0.03)
    alpha = cronbach_alpha(rows)
    stats = item_stats(rows)
    assert stats[3].lowers_alpha(alpha)
    assert abs(stats[3].corrected_item_total or 0) < 0.06
    assert all(not s.lowers_alpha(alpha) for s in stats[:3])
    assert all((s.corrected_item_total or 0) > 0.4 for s in stats[:3])


def test_alpha_is_undefined_without_spread() -> None:
    assert cronbach_alpha([[3, 3], [3, 3]]) is None
    assert cronbach_alpha([[1, 2]]) is None


def test_reliable_change_index() -> None:
    # SD 20, reliability 0.8: SE = 20 * sqrt(0.2) = 8.944; S_diff = 12.649.
    assert reliable_change(50, 75, sd=20, reliability=0.8) == pytest.approx(25 / 12.649, abs=1e-3)
    assert abs(reliable_change(50, 60, sd=20, reliability=0.8)) < 1.96
    assert reliable_change(50, 80, sd=20, reliability=0.8) > 1.96


def test_the_stats_command_reports_every_dimension(people: People) -> None:
    import io

    from django.core.management import call_command

    from heartwork.checkup.tests.test_taking_the_checkup import answer_all

    answer_all(people.alice, value=6)
    answer_all(people.bob, value=3)
    answer_all(people.eve, value=5)
    out = io.StringIO()
    call_command("checkup", "stats", stdout=out)
    text = out.getvalue()
    assert "Kindness (partner_kindness): respondents 3, alpha" in text
    assert text.count("respondents 3") == 23
    assert "r=" in text and "(reverse)" in text
