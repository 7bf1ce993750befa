"""The page mix of the load run: what bench/locustfile.py requests, named as load.py reports it."""

from __future__ import annotations

# (label, path, weight): every page often enough for its own median in a one-user phase;
# Today, the page after sign-in, more often.
PAGES = [
    ("Today", "/", 3),
    ("Journal", "/journal/", 1),
    ("Daily question", "/daily/", 1),
    ("Earlier answers", "/daily/earlier/", 1),
    ("Check-ins", "/daily/checkins/", 1),
    ("Appreciations", "/daily/appreciations/", 1),
    ("Time together", "/daily/time/", 1),
    ("Promises", "/daily/promises/", 1),
    ("Check-up", "/checkup/", 1),
    ("Check-up history", "/checkup/history/", 1),
    ("Coach", "/coach/", 1),
    ("Settings", "/settings/", 1),
    ("API me", "/api/me", 1),
    ("API journal", "/api/journal", 1),
    ("API today", "/api/daily/today", 1),
    ("API check-ins", "/api/daily/checkins", 1),
    ("API check-up rounds", "/api/checkup/rounds", 1),
]
LOGIN_PAGE = "Login page (anonymous)"
HEALTH = "/health/ (anonymous)"
WRITES = ("API write: journal entry", "API write: appreciation", "API coach analyze")
