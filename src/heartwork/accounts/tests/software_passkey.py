"""A passkey made in software, so Django tests can add one and sign in with it.

It answers the browser's two questions (make a credential, prove you hold it) the way a
phone does, with attestation "none" and a P-256 key; the browser test uses Chromium's
own virtual authenticator instead.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from fido2.cose import ES256
from fido2.utils import websafe_decode, websafe_encode
from fido2.webauthn import (
    AttestationObject,
    AttestedCredentialData,
    AuthenticatorData,
    CollectedClientData,
)

ORIGIN = "https://testserver"  # the Django test client's host, over https as WebAuthn wants
RP_ID = "testserver"
FLAGS = AuthenticatorData.FLAG.UP | AuthenticatorData.FLAG.UV


@dataclass
class SoftwarePasskey:
    key: ec.EllipticCurvePrivateKey = field(
        default_factory=lambda: ec.generate_private_key(ec.SECP256R1())
    )
    credential_id: bytes = field(default_factory=lambda: os.urandom(32))
    user_handle: bytes = b""
    counter: int = 0

    def register(self, creation_options: dict[str, Any]) -> dict[str, Any]:
        """The answer to ``navigator.credentials.create`` for these options."""
        public_key = creation_options["publicKey"]
        self.user_handle = websafe_decode(public_key["user"]["id"])
        credential = AttestedCredentialData.create(
            b"\0" * 16, self.credential_id, ES256.from_cryptography_key(self.key.public_key())
        )
        auth_data = AuthenticatorData.create(
            _rp_hash(), FLAGS | AuthenticatorData.FLAG.AT, self.counter, credential
        )
        client_data = CollectedClientData.create("webauthn.create", public_key["challenge"], ORIGIN)
        return {
            "id": websafe_encode(self.credential_id),
            "rawId": websafe_encode(self.credential_id),
            "type": "public-key",
            "response": {
                "clientDataJSON": client_data.b64,
                "attestationObject": websafe_encode(
                    AttestationObject.create("none", auth_data, {})
                ),
            },
            "clientExtensionResults": {"credProps": {"rk": True}},
        }

    def sign_in(self, request_options: dict[str, Any]) -> dict[str, Any]:
        """The answer to ``navigator.credentials.get`` for these options."""
        self.counter += 1
        auth_data = AuthenticatorData.create(_rp_hash(), FLAGS, self.counter)
        client_data = CollectedClientData.create(
            "webauthn.get", request_options["publicKey"]["challenge"], ORIGIN
        )
        signature = self.key.sign(auth_data + client_data.hash, ec.ECDSA(hashes.SHA256()))
        return {
            "id": websafe_encode(self.credential_id),
            "rawId": websafe_encode(self.credential_id),
            "type": "public-key",
            "response": {
                "clientDataJSON": client_data.b64,
                "authenticatorData": websafe_encode(auth_data),
                "signature": websafe_encode(signature),
                "userHandle": websafe_encode(self.user_handle),
            },
            "clientExtensionResults": {},
        }


def _rp_hash() -> bytes:
    return hashlib.sha256(RP_ID.encode()).digest()
