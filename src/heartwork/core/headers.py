"""The security headers every response carries, pages and static files alike.

One table, used by ``SecurityHeadersMiddleware`` for everything Django answers and by
WhiteNoise's ``add_headers`` hook for the static files it serves before Django sees the
request. See docs/security.md ("Headers") for why each value is what it is.
"""

from __future__ import annotations

from typing import Protocol

# No inline script or style anywhere: every script and stylesheet is a file of our own
# (htmx is configured by a <meta> tag, the quick exit reads its address from a data-
# attribute). data: images only for the icons inside the API docs' stylesheet.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
    ]
)

# Powerful features nobody needs to write to a partner: off for this page and any frame.
FEATURES_OFF = (
    "accelerometer",
    "autoplay",
    "camera",
    "display-capture",
    "encrypted-media",
    "fullscreen",
    "geolocation",
    "gyroscope",
    "hid",
    "idle-detection",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "picture-in-picture",
    "screen-wake-lock",
    "serial",
    "usb",
    "xr-spatial-tracking",
)
PERMISSIONS_POLICY = ", ".join(f"{feature}=()" for feature in FEATURES_OFF)

# same-origin, not no-referrer: other sites learn nothing either way, but under
# no-referrer browsers send "Origin: null" with every form, and Django's CSRF check
# (rightly) refuses all of them. Tried in Chromium: sign-up answered 403.
REFERRER_POLICY = "same-origin"

SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "Permissions-Policy": PERMISSIONS_POLICY,
    "Cross-Origin-Resource-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Referrer-Policy": REFERRER_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
}


# Stricter than REFERRER_POLICY, and kept where a view sets it: the counselor's report link
# carries its token in the path, so those pages tell no other site where they were.
NO_REFERRER = "no-referrer"


class Headers(Protocol):
    """Django's ``response.headers`` and WhiteNoise's ``wsgiref`` headers alike."""

    def __setitem__(self, name: str, value: str) -> None: ...

    def get(self, name: str, /) -> str | None: ...


def add_security_headers(headers: Headers) -> None:
    """Set every security header, replacing any weaker value already there."""
    for name, value in SECURITY_HEADERS.items():
        if name == "Referrer-Policy" and headers.get(name) == NO_REFERRER:
            continue
        headers[name] = value


def add_static_headers(headers: Headers, path: str, url: str) -> None:
    """WhiteNoise's ``WHITENOISE_ADD_HEADERS_FUNCTION``: the same headers on static files."""
    add_security_headers(headers)
