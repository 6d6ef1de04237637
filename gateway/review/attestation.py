"""Signed release: every allowed or approved answer carries a compact JWS (EdDSA/Ed25519) over who
asked, who decided and the SHA-256 of the answer as delivered; public keys are served as a JWKS."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from gateway.canonical import digest
from gateway.config import AttestationSettings
from gateway.review.keyring import Keyring, SigningKey, load_keyring
from gateway.store import ReviewItem, Store

TYP = "gateway-attestation+jws"
ISSUER = "gateway"


class AttestationError(Exception):
    """Why an attestation does not hold; `code` is stable (bad_token, unknown_kid, bad_signature,
    wrong_issuer, answer_mismatch)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code, self.message = code, message


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def release_claims(request_id: str, workflow: str, owner: str, decision: str, reviewers: Sequence[str],
                   rules_revision: str, delivered: Mapping[str, Any], review_id: str | None = None) -> dict:
    """The claims of one release; `delivered` is the completion body exactly as the agent gets it
    (after redaction). `iat` and `iss` are added when signing."""
    claims = {"request_id": request_id, "workflow": workflow, "owner": owner, "decision": decision,
              "reviewers": list(reviewers), "release": "approved" if reviewers else "automatic",
              "rules_revision": rules_revision, "answer_sha256": digest(delivered)}
    if review_id is not None:
        claims["review_id"] = review_id
    return claims


def sign_with(key: SigningKey, claims: Mapping[str, Any]) -> str:
    header = {"alg": "EdDSA", "kid": key.kid, "typ": TYP}
    signing_input = f"{_segment(header)}.{_segment(claims)}"
    return f"{signing_input}.{b64url(key.private.sign(signing_input.encode('ascii')))}"


def _segment(value: Mapping[str, Any]) -> str:
    return b64url(json.dumps(value, separators=(",", ":"), sort_keys=True, ensure_ascii=False).encode())


def verify_attestation(token: str, answer: Mapping[str, Any] | bytes | str, jwks: Mapping[str, Any]) -> dict:
    """The claims of a valid attestation for this answer (a completion body, parsed or raw JSON);
    raises AttestationError naming what failed."""
    parts = token.strip().split(".")
    if len(parts) != 3:
        raise AttestationError("bad_token", "not a compact JWS (header.claims.signature)")
    try:
        header, claims = json.loads(unb64url(parts[0])), json.loads(unb64url(parts[1]))
        signature = unb64url(parts[2])
    except (ValueError, binascii.Error):
        raise AttestationError("bad_token", "a JWS segment is not base64url JSON") from None
    if not isinstance(header, dict) or not isinstance(claims, dict):
        raise AttestationError("bad_token", "the JWS header and claims must be JSON objects")
    if header.get("alg") != "EdDSA" or header.get("typ") != TYP:
        raise AttestationError("bad_token", f"expected alg EdDSA and typ {TYP}, got {header.get('alg')!r}, "
                                            f"{header.get('typ')!r}")
    public = public_key_for(jwks, str(header.get("kid")))
    try:
        public.verify(signature, f"{parts[0]}.{parts[1]}".encode("ascii"))
    except InvalidSignature:
        raise AttestationError("bad_signature", f"the signature does not verify with key {header['kid']!r}") from None
    if claims.get("iss") != ISSUER:
        raise AttestationError("wrong_issuer", f"issuer is {claims.get('iss')!r}, expected {ISSUER!r}")
    if isinstance(answer, (bytes, str)):
        try:
            answer = json.loads(answer)
        except ValueError:
            raise AttestationError("answer_mismatch", "the answer is not JSON") from None
    actual = digest(answer)
    if actual != claims.get("answer_sha256"):
        raise AttestationError("answer_mismatch", f"the answer's SHA-256 is {actual}, the attestation "
                                                  f"was signed for {claims.get('answer_sha256')}")
    return claims


def public_key_for(jwks: Mapping[str, Any], kid: str) -> Ed25519PublicKey:
    for jwk in jwks.get("keys") or []:
        if jwk.get("kid") == kid:
            if jwk.get("kty") != "OKP" or jwk.get("crv") != "Ed25519":
                raise AttestationError("unknown_kid", f"key {kid!r} is not an OKP/Ed25519 key")
            return Ed25519PublicKey.from_public_bytes(unb64url(jwk["x"]))
    raise AttestationError("unknown_kid", f"no key {kid!r} in the JWKS")


class Attestor:
    """Signs releases with the active key; publishes every known public key (active and retired)."""

    def __init__(self, store: Store, settings: AttestationSettings | None = None,
                 clock: Callable[[], float] | None = None) -> None:
        import time

        self.store, self.settings = store, settings or AttestationSettings()
        self.clock = clock or time.time
        self.keyring: Keyring | None = None

    async def start(self) -> None:
        """Load the keys from config, or from the store (generating the first one once, for all)."""
        self.keyring = await load_keyring(self.store, self.settings, self.clock, create=True)

    async def stop(self) -> None:
        return None

    async def refresh(self) -> None:
        """Pick up keys rotated by another process (`gateway attest rotate`)."""
        self.keyring = await load_keyring(self.store, self.settings, self.clock, create=False) or self.keyring

    def _ring(self) -> Keyring:
        if self.keyring is None:
            raise RuntimeError("Attestor.start() was not awaited")
        return self.keyring

    def sign(self, claims: Mapping[str, Any]) -> str:
        return sign_with(self._ring().active, {**claims, "iat": int(self.clock()), "iss": ISSUER})

    def release(self, request_id: str, workflow: str, owner: str, decision: str, reviewers: Sequence[str],
                rules_revision: str, delivered: Mapping[str, Any], review_id: str | None = None) -> str:
        """sign(release_claims(...)): the attestation of one delivered answer."""
        return self.sign(release_claims(request_id, workflow, owner, decision, reviewers, rules_revision,
                                        delivered, review_id))

    def for_review(self, item: ReviewItem, delivered: Mapping[str, Any]) -> str:
        """The attestation of an approved review's release: reviewers are its approvers, decision
        the header policy gave the held answer, `delivered` the body as released (redacted)."""
        approvers = list(dict.fromkeys(a["by"] for a in item.data.get("approvals") or []))
        decision = (item.data.get("decision") or {}).get("header") or "quarantine"
        return self.release(item.request_id, item.workflow, str(item.data.get("owner", "")), decision, approvers,
                            str(item.data.get("rules_revision", "")), delivered, review_id=item.id)

    def jwks(self) -> dict:
        return self._ring().jwks()

    def verify(self, token: str, answer: Mapping[str, Any] | bytes | str,
               jwks: Mapping[str, Any] | None = None) -> dict:
        return verify_attestation(token, answer, jwks if jwks is not None else self.jwks())


async def attestation_of(store: Store, request_id: str) -> str | None:
    """The newest attestation recorded for a request (its call record or a later release)."""
    found = [r["attestation"] for r in await store.audit_for_request(request_id) if r.get("attestation")]
    return found[-1] if found else None
