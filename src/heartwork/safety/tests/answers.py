"""Sets of answers the safety tests give, and a helper to give them as a person would."""

from __future__ import annotations

from django.test import Client

from heartwork.safety.screen import KEYS

# Every question answered "often": the most a screen can show.
HIGH_RISK = dict.fromkeys(KEYS, "often")
# Afraid sometimes, nothing else: risk, but none of the serious signs.
AFRAID_ONLY = {key: ("sometimes" if key == "afraid" else "no") for key in KEYS}
# A hand on the neck once: serious on its own.
NECK_ONCE = {key: ("sometimes" if key == "neck" else "no") for key in KEYS}
NO_RISK = dict.fromkeys(KEYS, "no")
DECLINED = dict.fromkeys(KEYS, "rather_not")


def answer(client: Client, answers: dict[str, str]) -> None:
    """Post the screen as its form does without JavaScript; it must be accepted."""
    response = client.post("/for-you/", answers)
    assert response.status_code == 302, response.content[:300]
