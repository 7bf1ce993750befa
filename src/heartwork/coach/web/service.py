"""The one place the web and the API call the coach, with this deployment's settings.

The text is analysed in memory and never stored or logged; neither is whether it spoke
of danger.
"""

from __future__ import annotations

from functools import lru_cache

from django.conf import settings

from heartwork.coach import Analysis, Listening, analyze, listen
from heartwork.coach.concern import Concern, Directory, directory_for, find_concern

MAX_TEXT = 5000


@lru_cache(maxsize=4)
def _directory(country: str, lines: tuple[str, ...]) -> Directory:
    return directory_for(country, lines)


def help_directory() -> Directory:
    """This deployment's help: ``HEARTWORK_HELP_COUNTRY`` and ``HEARTWORK_HELP_RESOURCES``."""
    return _directory(settings.COACH_HELP_COUNTRY, tuple(settings.COACH_RESOURCES))


def coach_analyze(text: str) -> Analysis:
    return analyze(text[:MAX_TEXT], resources=help_directory())


def coach_listen(text: str) -> Listening:
    return listen(text[:MAX_TEXT], resources=help_directory())


def coach_concern(text: str) -> Concern | None:
    return find_concern(text[:MAX_TEXT], help_directory())
