"""User assertions: a JWT signed by a configured identity provider that an agent forwards in
`x-gateway-user-assertion` to name the human it acts for. Unlike the bare
`x-gateway-on-behalf-of` header, a verified assertion counts for separation of duties."""

from __future__ import annotations

import jwt

from gateway.config import IdentityProvider, Settings
from gateway.errors import Unauthorized

HEADER = "x-gateway-user-assertion"


class InvalidAssertion(Unauthorized):
    code = "invalid_user_assertion"


def asserted_requester(settings: Settings, token: str | None) -> str | None:
    """The principal a valid assertion names (by id or email), None without one; raises
    InvalidAssertion for an assertion that does not verify."""
    if not token:
        return None
    try:
        issuer = jwt.decode(token, options={"verify_signature": False}).get("iss")
    except jwt.PyJWTError:
        raise InvalidAssertion("the user assertion is not a JWT") from None
    provider = next((p for p in settings.identity_providers if p.issuer == issuer), None)
    if provider is None:
        raise InvalidAssertion(f"no identity provider is configured for issuer {issuer!r}")
    claims = _verified(provider, token)
    subject = str(claims.get(provider.subject_claim) or "")
    if not subject:
        raise InvalidAssertion(f"the user assertion has no {provider.subject_claim!r} claim")
    person = next((p for p in settings.principals if subject in (p.id, p.email)), None)
    return person.id if person else subject


def _verified(provider: IdentityProvider, token: str) -> dict:
    try:
        return jwt.decode(token, provider.public_key_pem, algorithms=list(provider.algorithms),
                          issuer=provider.issuer, audience=provider.audience,
                          options={"require": ["exp", "iat"], "verify_aud": provider.audience is not None},
                          leeway=provider.leeway)
    except jwt.PyJWTError as exc:
        raise InvalidAssertion(f"the user assertion does not verify: {type(exc).__name__}") from None
