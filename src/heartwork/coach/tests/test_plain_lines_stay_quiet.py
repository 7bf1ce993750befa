"""Plain lines stay quiet: no model ships that warns about a good night, a question about
the time, a reflection or a note about the bins.

A flag on "Night, sleep tight." stings the partner who was being kind and teaches both to
ignore the coach. Retrained models have read warm sign-offs as shutting down ("night" ends
many curt replies in the corpus), so the lines of ``tools/coach/plain_lines.py`` (written
for this check, never trained on) are a test: a retrained model that flags one fails here,
but for the two the shipped model still misses (``KNOWN_MISSES``, to be cleared next).
"""

from __future__ import annotations

from types import ModuleType

from heartwork.coach.tests.coach_tools import coach_tool


def plain_lines() -> ModuleType:
    return coach_tool("plain_lines")


def test_no_plain_line_is_flagged_alone_or_as_a_reply() -> None:
    tool = plain_lines()
    assert [
        (text, labels) for text, labels in tool.flagged() if text not in tool.KNOWN_MISSES
    ] == []


def test_the_known_misses_are_lines_of_the_check() -> None:
    """A known miss names a line that is checked, so emptying the set is all it takes."""
    tool = plain_lines()
    assert tool.KNOWN_MISSES.issubset(tool.GOOD_NIGHTS + tool.LOGISTICS)


def test_the_check_covers_sign_offs_times_reflections_and_logistics() -> None:
    """The test means something only while the lines are there to read."""
    tool = plain_lines()
    assert "Night, sleep tight." in tool.GOOD_NIGHTS
    assert "What I heard is you're tired at night." in tool.REFLECTIONS
    assert len(tool.REFLECTIONS + tool.TIMES_OF_DAY + tool.GOOD_NIGHTS + tool.LOGISTICS) >= 25
