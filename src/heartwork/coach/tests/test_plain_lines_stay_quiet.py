"""Plain lines stay quiet: no model ships that warns about a good night, a question about
the time, a reflection or a note about the bins.

A flag on "Night, sleep tight." stings the partner who was being kind and teaches both to
ignore the coach. Retrained models have read warm sign-offs as shutting down ("night" ends
many curt replies in the corpus), so the lines of ``tools/coach/plain_lines.py`` (written
for this check, never trained on) are a test: a model that flags one fails here.
"""

from __future__ import annotations

from types import ModuleType

from heartwork.coach import analyze
from heartwork.coach.tests.coach_tools import coach_tool


def plain_lines() -> ModuleType:
    return coach_tool("plain_lines")


def test_no_plain_line_is_flagged_alone_or_as_a_reply() -> None:
    assert plain_lines().flagged() == []


def test_a_curt_good_night_after_a_complaint_still_reads_as_shutting_down() -> None:
    """The sign-off rule was narrowed, not dropped: a bare "fine. night." still closes the
    door on a partner who raised something."""
    assert "stonewalling" in analyze("fine. night.").labels
    assert "stonewalling" in analyze("k. bed. night").labels


def test_the_check_covers_sign_offs_times_reflections_and_logistics() -> None:
    """The test means something only while the lines are there to read."""
    tool = plain_lines()
    assert "Night, sleep tight." in tool.GOOD_NIGHTS
    assert "What I heard is you're tired at night." in tool.REFLECTIONS
    assert len(tool.REFLECTIONS + tool.TIMES_OF_DAY + tool.GOOD_NIGHTS + tool.LOGISTICS) >= 25
