"""A push service on 127.0.0.1, and a device that subscribes to it, for the tests.

The service receives what the worker posts, answers with the status a test chose, and
checks each request as a real push service would: the VAPID JWT (signed by the server's
key, for this origin, from the configured contact, not expired). The device holds the
private key and auth secret a browser would, so the test can decrypt (aes128gcm, with
http_ece) exactly what reached it.
"""

from __future__ import annotations

import base64
import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import http_ece
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from django.conf import settings

from heartwork.push.keys import application_server_key


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Device:
    """A browser's side of one subscription: its keys, and what it can decrypt."""

    endpoint: str
    private_key: ec.EllipticCurvePrivateKey = field(
        default_factory=lambda: ec.generate_private_key(ec.SECP256R1())
    )
    auth_secret: bytes = field(default_factory=lambda: secrets.token_bytes(16))

    @property
    def p256dh(self) -> str:
        point = self.private_key.public_key().public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
        )
        return b64url(point)

    @property
    def auth(self) -> str:
        return b64url(self.auth_secret)

    def form(self) -> dict[str, str]:
        """What push.js posts: the subscription's ``toJSON()``, flattened."""
        return {"endpoint": self.endpoint, "p256dh": self.p256dh, "auth": self.auth}

    def decrypt(self, message: Received) -> dict[str, Any]:
        assert message.headers["content-encoding"] == "aes128gcm"
        plain = http_ece.decrypt(
            message.body,
            private_key=self.private_key,
            auth_secret=self.auth_secret,
            version="aes128gcm",
        )
        return json.loads(plain)


class LocalPushService:
    def __init__(self) -> None:
        self.received: list[Received] = []
        self.statuses: list[int] = []  # answers to give, in turn; then 201
        service = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(length)
                headers = {name.lower(): value for name, value in self.headers.items()}
                service.received.append(Received(self.path, headers, body))
                status = service.statuses.pop(0) if service.statuses else 201
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.origin = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def device(self) -> Device:
        return Device(endpoint=f"{self.origin}/push/{secrets.token_urlsafe(24)}")

    def to(self, device: Device) -> list[Received]:
        return [m for m in self.received if self.origin + m.path == device.endpoint]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def check_vapid(self, message: Received) -> dict[str, Any]:
        """The request is signed as RFC 8292 says, by this server's key; its claims."""
        scheme, _, params = message.headers["authorization"].partition(" ")
        assert scheme == "vapid"
        parts = dict(part.split("=", 1) for part in params.split(","))
        assert parts["k"] == application_server_key(settings.VAPID_PRIVATE_KEY)
        head, claims, signature = parts["t"].split(".")
        public = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), unb64url(parts["k"]))
        raw = unb64url(signature)
        der = encode_dss_signature(int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big"))
        public.verify(der, f"{head}.{claims}".encode(), ec.ECDSA(hashes.SHA256()))  # or raises
        assert json.loads(unb64url(head)) == {"typ": "JWT", "alg": "ES256"}
        decoded = json.loads(unb64url(claims))
        assert decoded["aud"] == self.origin
        assert decoded["sub"] == settings.PUSH_CONTACT
        assert time.time() < decoded["exp"] <= time.time() + 24 * 3600
        return decoded


def turned_on(client: Any, device: Device) -> None:
    """As push.js does once the browser has subscribed: post the subscription."""
    response = client.post("/settings/notifications/on/", device.form())
    assert response.status_code == 200, response.content
    assert response.json() == {"on": True}
