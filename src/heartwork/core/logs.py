"""Log lines without secrets: no reset key, invitation token, API token or typed text.

Some addresses are keys: a password-reset link, an email-confirmation link and an
invitation link each open something to whoever holds them, and a query string may carry
what someone typed. Every log line Heartwork writes passes through ``redact``: Django's
request and security logs and the development server's (``RedactSecrets`` on the
handlers in settings.LOGGING), and gunicorn's access and error logs
(``heartwork.core.gunicorn_logging``). Request bodies are never logged at all, and
neither are the template contexts Django logs while debugging (``NoTemplateContext``).
"""

from __future__ import annotations

import logging
import re

REDACTED = "[redacted]"

# The path segment after each of these is a secret (allauth's reset and confirmation
# keys, our invitation links, and the counselor report links under /r/). A new route with
# a secret in its address belongs here; test_secrets_in_logs.py fails until it is.
SECRET_SEGMENT = re.compile(r"(/(?:password/reset/key|confirm-email|couple/join|r)/)[^/?#\s\"']+")
API_TOKEN = re.compile(r"\b(hw_[0-9a-f]{12}_)[\w-]+")  # the prefix is public, the rest not
QUERY = re.compile(r"\?([^\s\"'#]+)")
# Query values that are never typed by a person nor a secret.
PLAIN_QUERY_NAMES = frozenset({"page"})


def _query(match: re.Match[str]) -> str:
    pairs = []
    for pair in match.group(1).split("&"):
        name, has_value, _ = pair.partition("=")
        if has_value and name in PLAIN_QUERY_NAMES:
            pairs.append(pair)
        else:
            pairs.append(f"{name}={REDACTED}" if has_value else REDACTED)
    return "?" + "&".join(pairs)


def redact(text: str) -> str:
    """``text`` with secret path segments, API tokens and query values replaced."""
    text = SECRET_SEGMENT.sub(rf"\g<1>{REDACTED}", text)
    text = API_TOKEN.sub(rf"\g<1>{REDACTED}", text)
    return QUERY.sub(_query, text)


class RedactSecrets(logging.Filter):
    """A logging filter that rewrites each record's message through ``redact``."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message)
        if clean != message:
            record.msg, record.args = clean, ()
        return True


class NoTemplateContext(logging.Filter):
    """Drops Django's template engine's debugging records, at any log level.

    For every variable a template does not find, ``django.template`` logs at DEBUG the
    whole context it looked in: the words on the page and the signed-in person's name.
    test_canary.py found a display name there. Nothing else is logged by that logger
    below WARNING, and nothing in those records helps run the app."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.INFO
