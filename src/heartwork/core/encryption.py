"""Encryption at rest for the free text people write.

A field stores a Fernet token (AES-128-CBC with an HMAC) instead of the text. Keys come
from ``settings.ENCRYPTION_KEYS``: the first encrypts, all of them decrypt, so a key can
be rotated without downtime. A token that no key opens raises ``DecryptionError``: the
app fails closed with a message that says what to fix, and never shows garbage.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.db import models
from django.dispatch import Signal

# Sent by ``heartwork rotate-encryption`` inside its transaction, after every
# EncryptedTextField, for secrets an app keeps encrypted some other way (accounts keeps the
# second step's in JSON). Each receiver re-encrypts its own with the first key and returns
# how many rows it rewrote. A signal, so that core need not import the apps that hold them.
rotate_other_secrets = Signal()


class DecryptionError(RuntimeError):
    """Stored text could not be opened with any configured key."""


@cache
def _fernet(keys: tuple[str, ...]) -> MultiFernet:
    return MultiFernet([Fernet(key) for key in keys])


def cipher() -> MultiFernet:
    return _fernet(tuple(settings.ENCRYPTION_KEYS))


def encrypt(text: str) -> str:
    return cipher().encrypt(text.encode("utf-8")).decode("ascii")


def decrypt(token: str) -> str:
    try:
        return cipher().decrypt(token.encode("ascii")).decode("utf-8")
    except (InvalidToken, UnicodeEncodeError):
        raise DecryptionError(
            "Stored text cannot be decrypted with HEARTWORK_ENCRYPTION_KEYS. The key that "
            "wrote it is missing: add it back (any position after the first) and restart."
        ) from None


class EncryptedTextField(models.TextField):
    """A text field whose value is encrypted before it reaches the database.

    It cannot be searched or ordered by in SQL; that is the point.
    """

    description = "Text encrypted at rest"

    def get_prep_value(self, value: Any) -> Any:
        value = super().get_prep_value(value)
        if value is None:
            return None
        return encrypt(str(value))

    def from_db_value(self, value: str | None, expression: Any, connection: Any) -> str | None:
        if value is None:
            return None
        return decrypt(value)
