"""Signing keys for signed releases: from config, or generated once and kept in the store so every
replica signs with the same key; rotation adds a key and keeps the old public keys published."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
    load_pem_private_key,
)

from gateway.config import AttestationSettings
from gateway.store import Store

PREFIX = "attestation.key."  # store values attestation.key.1, .2, ...: the highest is active


@dataclass(frozen=True)
class SigningKey:
    kid: str
    private: Ed25519PrivateKey
    created: float = 0.0

    def jwk(self) -> dict:
        raw = self.private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return {"kty": "OKP", "crv": "Ed25519", "x": _b64(raw), "kid": self.kid, "alg": "EdDSA", "use": "sig"}

    def pem(self) -> str:
        return self.private.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()).decode()


@dataclass(frozen=True)
class Keyring:
    """All known keys, oldest first; `active` signs, the others stay published for verification."""

    keys: tuple[SigningKey, ...]
    active: SigningKey
    source: str  # config | store

    def jwks(self) -> dict:
        return {"keys": [key.jwk() for key in self.keys]}


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def thumbprint(private: Ed25519PrivateKey) -> str:
    """The RFC 7638 JWK thumbprint of the public key: a stable, content-derived kid."""
    raw = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    members = json.dumps({"crv": "Ed25519", "kty": "OKP", "x": _b64(raw)}, separators=(",", ":"), sort_keys=True)
    return _b64(hashlib.sha256(members.encode()).digest())


def _from_pem(kid: str, pem: str, created: float = 0.0) -> SigningKey:
    private = load_pem_private_key(pem.encode(), password=None)
    if not isinstance(private, Ed25519PrivateKey):
        raise ValueError(f"attestation key {kid!r} is not Ed25519")
    return SigningKey(kid, private, created)


def generate(now: float) -> SigningKey:
    private = Ed25519PrivateKey.generate()
    return SigningKey(thumbprint(private), private, now)


async def stored_keys(store: Store) -> list[SigningKey]:
    keys, n = [], 1
    while (value := await store.get_value(f"{PREFIX}{n}")) is not None:
        body = json.loads(value)
        keys.append(_from_pem(body["kid"], body["private_key_pem"], body.get("created", 0.0)))
        n += 1
    return keys


async def add_stored_key(store: Store, index: int, now: float) -> SigningKey:
    """Store a fresh key at `index` unless another process got there first; the winner's key."""
    key = generate(now)
    value = json.dumps({"kid": key.kid, "private_key_pem": key.pem(), "created": now})
    body = json.loads(await store.set_value_if_absent(f"{PREFIX}{index}", value))
    return _from_pem(body["kid"], body["private_key_pem"], body.get("created", 0.0))


async def load_keyring(store: Store, settings: AttestationSettings, clock: Callable[[], float],
                       *, create: bool) -> Keyring | None:
    """Config keys when configured; else the store's keys, making the first one if `create`."""
    if settings.keys:
        keys = tuple(_from_pem(k.kid, k.private_key_pem) for k in settings.keys)
        active = next((k for k in keys if k.kid == settings.active), keys[-1])
        return Keyring(keys, active, "config")
    keys = await stored_keys(store)
    if not keys:
        if not create:
            return None
        keys = [await add_stored_key(store, 1, clock())]
    return Keyring(tuple(keys), keys[-1], "store")


async def rotate(store: Store, settings: AttestationSettings, clock: Callable[[], float]) -> Keyring:
    """Make a new active key in the store; the old public keys stay in the JWKS."""
    if settings.keys:
        raise ValueError("attestation keys come from config: add a key there and set `active` to rotate")
    keys = await stored_keys(store)
    await add_stored_key(store, len(keys) + 1, clock())
    ring = await load_keyring(store, settings, clock, create=False)
    assert ring is not None
    return ring
