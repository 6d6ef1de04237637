"""Session 15: a vendor's documented example value (`AKIAIOSFODNN7EXAMPLE`) and an error code or type name in
capitalised words (`InvalidClientTokenId`) are no secrets; a random key near the same words still is."""

from __future__ import annotations

from gateway.inspection.engine import build_engine
from tests.unit.inspection.probes import engine_kinds

ENGINE = build_engine(["credentials"])


def test_documented_examples_and_error_codes_are_not_secrets() -> None:
    text = ("The values in the AWS documentation, `AKIAIOSFODNN7EXAMPLE` and "
            "`wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`, are the official example credentials; "
            "the tutorial copied them, which is why you get `InvalidClientTokenId`.")
    assert "credential" not in engine_kinds(ENGINE, text)


def test_a_random_key_near_the_same_words_still_is() -> None:
    text = ("The access key is `AKIAQ3EGUSW5TZ7KX2PL` and the secret `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`; "
            "the call failed with `InvalidClientTokenId` before the rotation.")
    assert "credential" in engine_kinds(ENGINE, text)


def test_an_armored_public_key_is_no_secret_but_a_private_key_beside_it_is() -> None:
    body = "\n".join(["c+8Ztw3mQSwd/gJ6n4w2tQ2Vwc2C074X+QQl6V2p+qgLdiW9YEUY9dRmOb9EwMeM"] * 4)
    public = (f"Import the signing key:\n\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n{body}\n"
              "-----END PGP PUBLIC KEY BLOCK-----")
    assert "credential" not in engine_kinds(ENGINE, public)
    private = public + (f"\n\nand its secret key:\n-----BEGIN OPENSSH PRIVATE KEY-----\n{body}\n"
                        "-----END OPENSSH PRIVATE KEY-----")
    assert "credential" in engine_kinds(ENGINE, private)
