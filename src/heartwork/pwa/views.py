"""The web app manifest, the service worker, the offline page and the favicon.

Installing Heartwork to a home screen puts its name under the icon: a person who chose
to hide the app's name (quick-exit preferences) gets the same neutral word there as in
the browser tab.
"""

from __future__ import annotations

import json

from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.http import require_GET

from heartwork.pwa.shell import shell_urls, static_prefix, version
from heartwork.safety.context_processors import NEUTRAL_TITLE
from heartwork.safety.selectors import preferences_of

THEME = "#a3384f"
BACKGROUND = "#fbf7f3"


@require_GET
def manifest(request: HttpRequest) -> JsonResponse:
    neutral = preferences_of(request.user).neutral_titles  # type: ignore[arg-type]
    name = NEUTRAL_TITLE if neutral else "Heartwork"
    data = {
        "name": name,
        "short_name": name,
        "description": "" if neutral else "A private place for two people to grow closer.",
        "id": "/",
        "start_url": reverse("home"),
        "scope": "/",
        "display": "standalone",
        "background_color": BACKGROUND,
        "theme_color": THEME,
        "icons": [
            {"src": static("heartwork/icons/heart.svg"), "sizes": "any", "type": "image/svg+xml"},
            {
                "src": static("heartwork/icons/heart-192.png"),
                "sizes": "192x192",
                "type": "image/png",
            },
            {
                "src": static("heartwork/icons/heart-512.png"),
                "sizes": "512x512",
                "type": "image/png",
            },
            {
                "src": static("heartwork/icons/heart-maskable-512.png"),
                "sizes": "512x512",
                "type": "image/png",
                "purpose": "maskable",
            },
        ],
    }
    response = JsonResponse(data, content_type="application/manifest+json")
    response["Cache-Control"] = "no-cache, private"
    return response


@require_GET
def service_worker(request: HttpRequest) -> HttpResponse:
    urls = shell_urls()
    context = {
        "cache": f"heartwork-shell-{version(urls)}",
        "shell": json.dumps(urls),
        "offline": json.dumps(reverse("offline")),
        "static": json.dumps(static_prefix()),
        "neutral_title": json.dumps(NEUTRAL_TITLE),
        "icon": json.dumps(static("heartwork/icons/heart-192.png")),
    }
    response = render(request, "pwa/sw.js", context, content_type="text/javascript")
    # Browsers check for a new worker on every visit; never serve a stale one.
    response["Cache-Control"] = "no-cache"
    return response


@require_GET
def offline(request: HttpRequest) -> HttpResponse:
    """The page shown when the server can't be reached: the same for everyone, about no one."""
    return render(request, "pwa/offline.html")


@require_GET
def favicon(request: HttpRequest) -> HttpResponsePermanentRedirect:
    """For clients that ask at the root whatever the page says."""
    return HttpResponsePermanentRedirect(static("heartwork/icons/favicon.ico"))
