"""Random secrets and their hashes, for tokens that are stored hashed."""

from __future__ import annotations

import hashlib
import secrets

# No 0/O, 1/I/L: a code read aloud or typed on a phone should not be misread.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def url_token() -> str:
    return secrets.token_urlsafe(32)


def short_code(length: int = 8) -> str:
    """A code like ``K7QM-R2XD``: about 40 bits, safe behind a rate limit and a 7-day life."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))
    return f"{raw[:4]}-{raw[4:]}"


def normalize_code(text: str) -> str:
    """Accept codes typed in any case, with or without the dash or spaces."""
    raw = "".join(ch for ch in text.upper() if ch.isalnum())
    return f"{raw[:4]}-{raw[4:]}" if len(raw) == 8 else raw
