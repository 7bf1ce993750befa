"""The server's VAPID key pair (RFC 8292): who signs the push requests, and nothing more.

A browser's subscription is made for one public key (``applicationServerKey``), and its
push service then accepts a message only when it is signed with the matching private key.
So the key must outlive restarts: ``heartwork`` makes it on first run and keeps it in the
data directory (mode 600), unless ``HEARTWORK_VAPID_PRIVATE_KEY(_FILE)`` gives one.

No Django here: settings read this module while they are being made.
"""

from __future__ import annotations

import base64
import binascii

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def new_private_key() -> str:
    """A new P-256 private key as 32 raw bytes in base64url: what py-vapid reads back."""
    key = ec.generate_private_key(ec.SECP256R1())
    return _b64url(key.private_numbers().private_value.to_bytes(32, "big"))


def load_private_key(text: str) -> ec.EllipticCurvePrivateKey:
    """The key in ``text`` (raw base64url, as made above); ValueError if it is not one."""
    try:
        raw = _unb64url(text.strip())
    except (binascii.Error, ValueError):
        raise ValueError("not base64url") from None
    if len(raw) != 32:
        raise ValueError("not 32 bytes")
    return ec.derive_private_key(int.from_bytes(raw, "big"), ec.SECP256R1())


def application_server_key(text: str) -> str:
    """The public half as the browser's ``applicationServerKey`` wants it: an uncompressed
    point in base64url."""
    point = (
        load_private_key(text)
        .public_key()
        .public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)
    )
    return _b64url(point)
