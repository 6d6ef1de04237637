"""Signed release: sign and verify, one changed byte, wrong and unknown keys, rotation, keys shared
through the store, config keys, interop with PyJWT, and `gateway attest verify`."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from gateway.cli import main as gateway_main
from gateway.config import AttestationKey, AttestationSettings, load_settings
from gateway.errors import ConfigError
from gateway.review.attestation import (
    AttestationError,
    Attestor,
    attestation_of,
    release_claims,
    unb64url,
    verify_attestation,
)
from gateway.review.keyring import rotate
from gateway.store.sqlite import SqliteStore

ANSWER = {"id": "chatcmpl-1", "object": "chat.completion", "created": 1700000000, "model": "demo",
          "choices": [{"index": 0, "message": {"role": "assistant", "content": "Summary: VPN times out."},
                       "finish_reason": "stop"}],
          "usage": {"prompt_tokens": 3, "completion_tokens": 5, "total_tokens": 8}}


class FakeClock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def run(coro):
    return asyncio.run(coro)


def pem() -> str:
    key = Ed25519PrivateKey.generate()
    return key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()).decode()


async def attestor_on(url: str, settings: AttestationSettings | None = None) -> tuple[Attestor, SqliteStore]:
    store = SqliteStore(url)
    attestor = Attestor(store, settings, FakeClock())
    await attestor.start()
    return attestor, store


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'gateway.db'}"


def signed(attestor: Attestor, answer: dict = ANSWER, **over) -> str:
    fields = dict(request_id="req_1", workflow="ticket-summary", owner="dan", decision="allow", reviewers=(),
                  rules_revision="rev1", delivered=answer) | over
    return attestor.release(**fields)


def test_sign_and_verify_returns_the_claims(db: str) -> None:
    async def go():
        attestor, store = await attestor_on(db)
        token = signed(attestor, decision="quarantine", reviewers=["bob", "carol"], review_id="rev_1")
        claims = attestor.verify(token, ANSWER)
        header = json.loads(unb64url(token.split(".")[0]))
        await store.close()
        return header, claims
    header, claims = run(go())
    assert header == {"alg": "EdDSA", "kid": header["kid"], "typ": "gateway-attestation+jws"}
    assert claims["request_id"] == "req_1" and claims["workflow"] == "ticket-summary" and claims["owner"] == "dan"
    assert claims["decision"] == "quarantine" and claims["reviewers"] == ["bob", "carol"]
    assert claims["rules_revision"] == "rev1" and claims["review_id"] == "rev_1"
    assert claims["iss"] == "gateway" and claims["iat"] == 1_700_000_000 and claims["release"] == "approved"
    assert len(claims["answer_sha256"]) == 64


def test_raw_bytes_verify_and_one_changed_byte_does_not(db: str) -> None:
    async def go():
        attestor, store = await attestor_on(db)
        token = signed(attestor)
        raw = json.dumps(ANSWER).encode()
        assert attestor.verify(token, raw)["request_id"] == "req_1"
        assert attestor.verify(token, json.dumps(ANSWER, indent=2))  # whitespace is not content (JCS)
        at = raw.index(b"VPN")
        tampered = raw[:at] + b"W" + raw[at + 1:]
        with pytest.raises(AttestationError) as caught:
            attestor.verify(token, tampered)
        await store.close()
        return caught.value
    error = run(go())
    assert error.code == "answer_mismatch"


def test_claims_changed_or_signed_by_another_key_are_refused(db: str, tmp_path: Path) -> None:
    async def go():
        attestor, store = await attestor_on(db)
        other, other_store = await attestor_on(f"sqlite:///{tmp_path / 'other.db'}")
        token = signed(attestor)
        head, body, sig = token.split(".")
        claims = json.loads(unb64url(body))
        from gateway.review.attestation import b64url
        forged = f"{head}.{b64url(json.dumps(claims | {'owner': 'mallory'}).encode())}.{sig}"
        errors = {}
        for name, tok, jwks in (("forged", forged, attestor.jwks()), ("unknown", token, other.jwks()),
                                ("garbage", "not.a-token", attestor.jwks())):
            with pytest.raises(AttestationError) as caught:
                verify_attestation(tok, ANSWER, jwks)
            errors[name] = caught.value.code
        same_kid = {"keys": [other.jwks()["keys"][0] | {"kid": attestor.jwks()["keys"][0]["kid"]}]}
        with pytest.raises(AttestationError) as caught:
            verify_attestation(token, ANSWER, same_kid)
        errors["wrong_key"] = caught.value.code
        await store.close()
        await other_store.close()
        return errors
    assert run(go()) == {"forged": "bad_signature", "unknown": "unknown_kid", "garbage": "bad_token",
                         "wrong_key": "bad_signature"}


def test_keys_are_stored_once_and_shared_by_every_instance(db: str) -> None:
    async def go():
        first, store = await attestor_on(db)
        second = Attestor(store, None, FakeClock())
        await second.start()
        third, other_store = await attestor_on(db)  # another store object on the same file: a restart
        token = signed(first)
        result = (first.jwks(), second.jwks(), third.jwks(), third.verify(token, ANSWER)["request_id"])
        await store.close()
        await other_store.close()
        return result
    a, b, c, request_id = run(go())
    assert a == b == c and len(a["keys"]) == 1
    assert a["keys"][0]["kty"] == "OKP" and a["keys"][0]["crv"] == "Ed25519" and "d" not in a["keys"][0]
    assert request_id == "req_1"


def test_rotation_signs_with_the_new_key_and_keeps_old_tokens_verifiable(db: str) -> None:
    async def go():
        attestor, store = await attestor_on(db)
        old_token = signed(attestor)
        old_kid = attestor.jwks()["keys"][0]["kid"]
        ring = await rotate(store, AttestationSettings(), FakeClock())
        await attestor.refresh()  # what a running gateway does for /.well-known/jwks.json
        new_token = signed(attestor)
        jwks = attestor.jwks()
        result = (old_kid, ring.active.kid, jwks, verify_attestation(old_token, ANSWER, jwks),
                  verify_attestation(new_token, ANSWER, jwks), json.loads(unb64url(new_token.split(".")[0]))["kid"])
        await store.close()
        return result
    old_kid, new_kid, jwks, old_claims, new_claims, signed_by = run(go())
    assert old_kid != new_kid and signed_by == new_kid
    assert [k["kid"] for k in jwks["keys"]] == [old_kid, new_kid]
    assert old_claims["request_id"] == new_claims["request_id"] == "req_1"


def test_config_keys_take_precedence_and_cannot_be_rotated_from_the_cli(db: str) -> None:
    settings = AttestationSettings(keys=(AttestationKey(kid="2025-01", private_key_pem=pem()),
                                         AttestationKey(kid="2025-06", private_key_pem=pem())), active="2025-01")

    async def go():
        attestor, store = await attestor_on(db, settings)
        token = signed(attestor)
        with pytest.raises(ValueError, match="come from config"):
            await rotate(store, settings, FakeClock())
        stored = await store.get_value("attestation.key.1")
        await store.close()
        return attestor.jwks(), token, stored
    jwks, token, stored = run(go())
    assert [k["kid"] for k in jwks["keys"]] == ["2025-01", "2025-06"]
    assert json.loads(unb64url(token.split(".")[0]))["kid"] == "2025-01"
    assert stored is None  # nothing generated when keys are configured


def test_a_downstream_system_can_verify_with_pyjwt(db: str) -> None:
    jwt = pytest.importorskip("jwt")

    async def go():
        attestor, store = await attestor_on(db)
        token = signed(attestor)
        await store.close()
        return token, attestor.jwks()
    token, jwks = run(go())
    key = jwt.PyJWKSet.from_dict(jwks)[jwt.get_unverified_header(token)["kid"]]
    claims = jwt.decode(token, key.key, algorithms=["EdDSA"], issuer="gateway")
    assert claims["request_id"] == "req_1"


def test_release_claims_digest_the_delivered_body_and_attestation_of_finds_the_newest(db: str) -> None:
    redacted = json.loads(json.dumps(ANSWER))
    redacted["choices"][0]["message"]["content"] = "key [REDACTED:aws_key]"
    assert release_claims("r", "w", "o", "redact", [], "rev", redacted)["answer_sha256"] != \
        release_claims("r", "w", "o", "redact", [], "rev", ANSWER)["answer_sha256"]

    async def go():
        store = SqliteStore(db)
        await store.append_audit([{"id": "a", "event": "call", "request_id": "req_9", "attestation": "t1"},
                                  {"id": "b", "event": "review_released", "request_id": "req_9", "attestation": "t2"},
                                  {"id": "c", "event": "call", "request_id": "req_8"}])
        found = (await attestation_of(store, "req_9"), await attestation_of(store, "req_8"))
        await store.close()
        return found
    assert run(go()) == ("t2", None)


CONFIG = """\
store: sqlite:///{db}
models:
  - model_name: demo
    litellm_params: {{model: demo/identity-assistant}}
workflows:
  - {{id: ticket-summary, owner: dan, risk_tier: low, models: [demo]}}
{extra}
"""


def write_config(tmp_path: Path, extra: str = "") -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(CONFIG.format(db=tmp_path / "cli.db", extra=extra))
    return path


def test_gateway_attest_verify_exits_zero_when_valid_and_one_when_not(tmp_path: Path, capsys) -> None:
    config = write_config(tmp_path)
    settings = load_settings(config)

    async def go():
        attestor, store = await attestor_on(settings.store)
        token = signed(attestor)
        await store.close()
        return token, attestor.jwks()
    token, jwks = run(go())
    answer = tmp_path / "answer.json"
    answer.write_bytes(json.dumps(ANSWER).encode())
    (tmp_path / "jwks.json").write_text(json.dumps(jwks))
    (tmp_path / "token").write_text(token)
    assert gateway_main(["attest", "verify", "--config", str(config), "--answer", str(answer),
                         "--attestation", token]) == 0
    assert gateway_main(["attest", "verify", "--answer", str(answer), "--attestation", f"@{tmp_path / 'token'}",
                         "--jwks", str(tmp_path / "jwks.json")]) == 0
    assert "valid: request req_1" in capsys.readouterr().out
    answer.write_bytes(json.dumps(ANSWER).encode().replace(b"VPN", b"VPM"))
    assert gateway_main(["attest", "verify", "--config", str(config), "--answer", str(answer),
                         "--attestation", token]) == 1
    assert "invalid: answer_mismatch" in capsys.readouterr().err
    assert gateway_main(["attest", "verify", "--config", str(config), "--answer", str(tmp_path / "missing.json"),
                         "--attestation", token]) == 2


def test_gateway_attest_rotate_and_jwks(tmp_path: Path, capsys) -> None:
    config = write_config(tmp_path)
    assert gateway_main(["attest", "jwks", "--config", str(config)]) == 0
    first = json.loads(capsys.readouterr().out)
    assert gateway_main(["attest", "rotate", "--config", str(config)]) == 0
    assert "active signing key" in capsys.readouterr().out
    assert gateway_main(["attest", "jwks", "--config", str(config)]) == 0
    second = json.loads(capsys.readouterr().out)
    assert second["keys"][0] == first["keys"][0] and len(second["keys"]) == 2


def test_config_refuses_unusable_attestation_keys(tmp_path: Path) -> None:
    rsa_like = "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----"
    bad_pem = f"attestation:\n  keys:\n    - {{kid: k1, private_key_pem: {json.dumps(rsa_like)}}}\n"
    with pytest.raises(ConfigError) as caught:
        load_settings(write_config(tmp_path, bad_pem))
    assert "attestation" in str(caught.value) and "PEM" in str(caught.value)
    good = json.dumps(pem())
    unknown_active = f"attestation:\n  keys:\n    - {{kid: k1, private_key_pem: {good}}}\n  active: k2\n"
    with pytest.raises(ConfigError) as caught:
        load_settings(write_config(tmp_path, unknown_active))
    assert caught.value.code == "unknown_key"


def test_an_approved_review_is_attested_with_its_approvers(db: str) -> None:
    from gateway.store import ReviewItem

    item = ReviewItem(id="rev_7", request_id="req_7", state="approved", created=0.0, workflow="access-review",
                      data={"owner": "alice", "rules_revision": "rev9", "decision": {"header": "quarantine"},
                            "approvals": [{"by": "bob"}, {"by": "alice"}]})

    async def go():
        attestor, store = await attestor_on(db)
        token = attestor.for_review(item, ANSWER)
        await store.close()
        return attestor.verify(token, ANSWER)
    claims = run(go())
    assert (claims["request_id"], claims["review_id"], claims["decision"], claims["release"]) == \
        ("req_7", "rev_7", "quarantine", "approved")
    assert claims["reviewers"] == ["bob", "alice"] and claims["owner"] == "alice" and claims["rules_revision"] == "rev9"


def test_the_documented_verification_recipes_work(db: str) -> None:
    pytest.importorskip("jwt")
    text = (Path(__file__).resolve().parents[3] / "docs" / "attestation.md").read_text()
    blocks = [b.split("```", 1)[0] for b in text.split("```python\n")[1:]]
    namespace: dict = {}
    for block in blocks:
        exec(compile(block, "docs/attestation.md", "exec"), namespace)

    async def go():
        attestor, store = await attestor_on(db)
        token = signed(attestor)
        await store.close()
        return token, attestor.jwks()
    token, jwks = run(go())
    body = json.dumps(ANSWER, indent=1).encode()
    assert namespace["verify_release"](token, body, jwks)["request_id"] == "req_1"
    with pytest.raises(ValueError):
        namespace["verify_release"](token, body.replace(b"VPN", b"VPM"), jwks)
    from gateway.review.webhooks import signature
    assert namespace["signed_by_gateway"](b"{}", signature("s" * 16, b"{}"), "s" * 16)
