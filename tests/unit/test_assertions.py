"""User assertions: only a JWT from a configured identity provider names a requester."""

import time

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from gateway.assertions import InvalidAssertion, asserted_requester
from gateway.config import Settings

KEY = Ed25519PrivateKey.generate()
PEM = KEY.public_key().public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo).decode()
SETTINGS = Settings.model_validate({
    "models": [{"model_name": "demo", "litellm_params": {"model": "demo/x"}}],
    "principals": [{"id": "carol", "email": "carol@example.com"}, {"id": "olivia"}],
    "workflows": [{"id": "w", "owner": "olivia", "risk_tier": "high", "models": ["demo"]}],
    "identity_providers": [{"issuer": "https://idp", "public_key_pem": PEM, "audience": "gw",
                            "algorithms": ["EdDSA"], "leeway": 0}],
})


def token(**overrides) -> str:
    now = int(time.time())
    claims = {"iss": "https://idp", "aud": "gw", "sub": "carol@example.com", "iat": now, "exp": now + 60}
    key = overrides.pop("key", KEY)
    claims.update(overrides)
    return jwt.encode({k: v for k, v in claims.items() if v is not None}, key, algorithm="EdDSA")


def test_a_valid_assertion_names_the_principal_by_email_or_id():
    assert asserted_requester(SETTINGS, token()) == "carol"
    assert asserted_requester(SETTINGS, token(sub="olivia")) == "olivia"
    assert asserted_requester(SETTINGS, token(sub="someone@elsewhere")) == "someone@elsewhere"
    assert asserted_requester(SETTINGS, None) is None


@pytest.mark.parametrize("bad", [
    token(key=Ed25519PrivateKey.generate()),
    token(exp=int(time.time()) - 10),
    token(aud="another-service"),
    token(iss="https://unknown-idp"),
    token(exp=None),
    token(sub=""),
    "not.a.jwt",
])
def test_an_assertion_that_does_not_verify_is_refused(bad):
    with pytest.raises(InvalidAssertion) as raised:
        asserted_requester(SETTINGS, bad)
    assert raised.value.status == 401 and raised.value.code == "invalid_user_assertion"
