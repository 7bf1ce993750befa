"""Signing in to a Heartwork run with production settings, the way a browser behind TLS does.

Production cookies are ``Secure``, and the app redirects plain HTTP to HTTPS. The
benchmarks talk to gunicorn (or HAProxy) on loopback over plain HTTP, so each request
says ``X-Forwarded-Proto: https``, as the TLS proxy in front of a real server would, and
the cookie jar sends Secure cookies back over that loopback connection.
"""

from __future__ import annotations

from http.cookiejar import Cookie
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.cookies import RequestsCookieJar

LOGIN = "/accounts/login/"


def headers(base: str) -> dict[str, str]:
    """What the TLS proxy adds, and the Origin a browser sends with a form or a script."""
    netloc = urlsplit(base).netloc
    return {"X-Forwarded-Proto": "https", "Origin": f"https://{netloc}"}


class LoopbackJar(RequestsCookieJar):
    """Keeps Secure cookies as plain ones, so they go back over the loopback connection."""

    def set_cookie(self, cookie: Cookie, *args: Any, **kwargs: Any) -> None:
        cookie.secure = False
        super().set_cookie(cookie, *args, **kwargs)


def session(base: str) -> requests.Session:
    browser = requests.Session()
    browser.headers.update(headers(base))
    browser.cookies = LoopbackJar()
    return browser


class SignInFailed(RuntimeError):
    pass


def sign_in(base: str, email: str, password: str, timeout: float = 60) -> requests.Session:
    """A session signed in as ``email``, with its CSRF token as the header for writes."""
    browser = session(base)
    browser.get(base + LOGIN, timeout=timeout).raise_for_status()
    token = browser.cookies.get("csrftoken")
    answer = browser.post(
        base + LOGIN,
        data={"login": email, "password": password, "csrfmiddlewaretoken": token},
        allow_redirects=False,
        timeout=timeout,
    )
    if answer.status_code != 302 or "sessionid" not in browser.cookies:
        raise SignInFailed(f"{email} could not sign in: HTTP {answer.status_code}")
    browser.headers["X-CSRFToken"] = browser.cookies["csrftoken"]
    return browser


def cookies_of(browser: requests.Session) -> dict[str, str]:
    return {name: value for name, value in browser.cookies.items() if value is not None}
