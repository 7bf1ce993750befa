"""What every page needs from a person's quick-exit choices: the title to show in the tab."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from heartwork.safety.selectors import preferences_of

# The tab's title for a person who hides the app's name: a word that gives nothing away.
NEUTRAL_TITLE = "Notes"


def discretion(request: HttpRequest) -> dict[str, object]:
    user = getattr(request, "user", None)
    prefs = SimpleLazyObject(lambda: preferences_of(user))
    return {"safety_prefs": prefs, "NEUTRAL_TITLE": NEUTRAL_TITLE}
