"""What the service worker may keep on a phone: the app shell and the offline page, nothing else.

The list is fixed when the worker is built: static files (the same for everyone) and one
page that holds nothing about anyone. The worker never stores an answer it was not told
to here, so no private page, API answer or partner's words are ever kept on the device.
"""

from __future__ import annotations

import hashlib
import json

from django.templatetags.static import static
from django.urls import reverse

# The static files every page needs, and the icons.
SHELL_FILES = (
    "heartwork/site.css",
    "heartwork/quick-exit.css",
    "heartwork/quick-exit.js",
    "heartwork/checkup.css",
    "heartwork/icons/heart.svg",
    "heartwork/icons/heart-192.png",
)


def shell_urls() -> list[str]:
    return [static(name) for name in SHELL_FILES] + [reverse("offline")]


def static_prefix() -> str:
    return static("")


def version(urls: list[str]) -> str:
    """Changes whenever a shell file changes (their names carry a hash in production)."""
    return hashlib.sha256(json.dumps(urls).encode()).hexdigest()[:12]
