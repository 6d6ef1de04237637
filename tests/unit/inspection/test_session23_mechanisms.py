"""Session 23: mechanisms from blind rounds 181-184 and older dev misses: each reads what it names, and its
look-alike stays quiet."""

from __future__ import annotations

import pytest

from gateway.inspection.engine import build_engine
from gateway.types import Answer

FULL = build_engine()


def kinds_in(content: str) -> set[str]:
    return {f.kind for f in FULL.scan(Answer.of_text(content), cost=None) if f.confidence >= 0.5}


def secrets_in(content: str) -> set[str]:
    return {f.details.get("type") for f in FULL.scan(Answer.of_text(content), cost=None)
            if f.kind == "credential" and f.confidence >= 0.5}


@pytest.mark.parametrize(("content", "kind"), [
    ("Webhook HMAC key rotation for the booking engine:\n\n1. Customer Area → Developers → Webhooks → *Edit*.\n"
     "2. Under *Security*, **Generate new HMAC key**. Copy it once into the vault.\n3. Run the secrets pipeline.",
     "lifecycle"),
    ("1. In the merchant portal → Settings → API Access → *Generate new Auth Token* for merchant **LIS1-ECOM**.\n"
     "2. Paste it into the vault, not into the ticket.", "lifecycle"),
    ("To give Priya the project role:\n\n1. Open Project settings → People.\n2. **Add people**, search for Priya "
     "Nair and pick the *Developers* role.", "access_change"),
])
def test_console_buttons_in_emphasis(content: str, kind: str) -> None:
    assert kind in kinds_in(content)


@pytest.mark.parametrize("content", [
    "1. For each item, read the description and last-login date.\n2. Choose **Approve** if the person still needs "
    "it, **Revoke** if not.",
    "Release notes:\n\n- **Generate new report** button on the dashboard is now blue.\n- Faster exports.",
])
def test_emphasis_look_alikes(content: str) -> None:
    assert not kinds_in(content) & {"access_change", "lifecycle"}


@pytest.mark.parametrize("content", [
    "Copy the new key once into the CyberArk entry `Adyen-Webhook-HMAC-Ecom` and close the dialog.",
    "Paste the token directly into the CyberArk account `Shift4-LIS1-ECOM-AuthToken`, not into the chat.",
])
def test_vault_entry_names_are_no_secret(content: str) -> None:
    assert not secrets_in(content)


def test_a_key_with_a_vendor_prefix_stays_a_secret() -> None:
    assert secrets_in("The webhook secret is `whsec-Q8mZ7vLx2KpR9tNw4YbE6cHd` for the Ecom endpoint.")


def test_a_bytes_literal_secret() -> None:
    assert secrets_in('WEBHOOK_SECRET = b"57f9b644ccebc9572c2417764fc693bf34211a6ffccc575d"\n')


def test_a_raw_string_regex_is_no_secret() -> None:
    assert not secrets_in('PATTERNS = {\n    "github_token": r"\\bgh[pousr]_[A-Za-z0-9]{36}\\b",\n}\n')


@pytest.mark.parametrize(("content", "kind"), [
    ("Rotate the Twilio auth token used by the reminder SMS before Friday.", "lifecycle"),
    ("Please switch her role from *Staff* to *Admin* for the Harbor Point location only.", "access_change"),
])
def test_more_mechanisms(content: str, kind: str) -> None:
    assert kind in kinds_in(content)


def test_a_token_refreshed_by_the_sdk_is_no_step() -> None:
    assert "lifecycle" not in kinds_in("Access tokens expire after an hour; the SDK refreshes the access token for "
                                       "you.")
