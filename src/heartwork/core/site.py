"""Who this Heartwork is, for emails: its name and address come from configuration.

allauth names the site after the request's Host and builds its links from it, so emails
greeted people with "Hello from 127.0.0.1:8101!" and carried whatever address the page
happened to be opened at. Emails say the configured name (``HEARTWORK_SITE_NAME``) and
link to the configured address (``HEARTWORK_SITE_URL``) instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest


@dataclass(frozen=True)
class Site:
    """What allauth's templates read as ``current_site``."""

    name: str
    domain: str


def this_site() -> Site:
    return Site(name=settings.SITE_NAME, domain=urlsplit(settings.SITE_URL).netloc)


def site_link(path: str) -> str:
    """An absolute link to ``path`` on the configured address."""
    return settings.SITE_URL.rstrip("/") + path


def on_this_site(value: object, request: HttpRequest | None) -> object:
    """A link allauth built from the request, moved onto the configured address; any
    other value as it is."""
    if request is None or not isinstance(value, str):
        return value
    root = request.build_absolute_uri("/")
    if value.startswith(root):
        return site_link("/" + value[len(root) :])
    return value
