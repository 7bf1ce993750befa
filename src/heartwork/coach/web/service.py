"""The one place the web and the API call the coach, with this deployment's settings.

The text is analysed in memory and never stored or logged; neither is whether it spoke
of danger.
"""

from __future__ import annotations

from heartwork.coach import Analysis, Listening, analyze, listen
from heartwork.coach.concern import Concern, Directory, find_concern
from heartwork.coach.listen import listen_to_checkin
from heartwork.safety import resources

MAX_TEXT = 5000


def help_directory(country: str = "") -> Directory:
    """The help for ``country``, or this deployment's (``HEARTWORK_HELP_COUNTRY``).

    Built-in lines, under any a host imported (``heartwork resources import``), under
    ``HEARTWORK_HELP_RESOURCES``: see ``heartwork.safety.resources``.
    """
    return resources.directory(country)


def coach_analyze(text: str, *, replying_to: str | None = None) -> Analysis:
    """``text`` read by the coach, with the message it answers when there is one."""
    reply_to = replying_to[:MAX_TEXT] if replying_to else None
    return analyze(text[:MAX_TEXT], resources=help_directory(), replying_to=reply_to)


def coach_listen(text: str) -> Listening:
    return listen(text[:MAX_TEXT], resources=help_directory())


def coach_listen_checkin(
    *, mood: int, good_thing: str, hard_thing: str, feelings: tuple[str, ...]
) -> Listening | None:
    return listen_to_checkin(
        mood=mood,
        good_thing=good_thing[:MAX_TEXT],
        hard_thing=hard_thing[:MAX_TEXT],
        feelings=feelings,
        resources=help_directory(),
    )


def coach_concern(text: str) -> Concern | None:
    return find_concern(text[:MAX_TEXT], help_directory())
