"""The one place the web and the API call the coach, with this deployment's settings.

The text is analysed in memory and never stored or logged.
"""

from __future__ import annotations

from django.conf import settings

from heartwork.coach import Analysis, Listening, analyze, listen

MAX_TEXT = 5000


def coach_analyze(text: str) -> Analysis:
    return analyze(text[:MAX_TEXT], resources=settings.COACH_RESOURCES)


def coach_listen(text: str) -> Listening:
    return listen(text[:MAX_TEXT])
