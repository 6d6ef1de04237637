"""Session 14: terse replies that do or decide an identity step in passing: a go-ahead for an account step, a key
reported regenerated with no auxiliary, a grant narrowed in a merge note, a managed policy attached by its name, a
changed policy's actions in a diff, HR record fields, a retention verdict, a revoke verdict carried out, the same in
other languages, a secret-named base64 value, and calls that sign a review off or approve a request in an identity
governance product. Each with look-alikes that use the same words about something else."""

from __future__ import annotations

import pytest
from probes import HELD, call_kinds, secrets

from gateway.inspection.credentials import CredentialDetector
from gateway.inspection.prose import ProseDetector
from gateway.types import Answer


@pytest.fixture(scope="module")
def prose() -> ProseDetector:
    return ProseDetector()


def prose_kinds(detector: ProseDetector, text: str) -> set[str]:
    return {f.kind for f in detector.scan(Answer.of_text(text)) if f.confidence >= HELD}


@pytest.mark.parametrize(("text", "kind"), [
    ("Decision: go ahead and disable the three contractor accounts from the Q2 audit.", "lifecycle"),
    ("Verdict - okay to unlock the treasurer's account once she calls back.", "lifecycle"),
    ("Reviewer: approve the deactivation of the 9 stale logins on the jump host.", "lifecycle"),
    ("Signing key for billing-api rotated, and the previous one disabled.", "lifecycle"),
    ("Merged. It tightens the deployer policy from `ec2:*` to `ec2:DescribeInstances` in staging.",
     "access_change"),
    ("Once the ticket is approved I'll attach `AWSSupportAccess` to `support-team`.", "access_change"),
    ("```diff\n-        \"Action\": [\"sqs:ReceiveMessage\"],\n+        \"Action\": [\"sqs:ReceiveMessage\", "
     "\"sqs:SendMessage\"],\n```", "access_change"),
    ("Changed the home address for Mia Novak in Workday to the new flat.", "attestation"),
    ("Retention confirmed for the treasury team's accounts; nothing to remove.", "attestation"),
    ("Revoke — he moved to sales in March and never logs in.", "access_change"),
    ("Austrittsdatum für Frau Kehl im HR-System auf den 30.09. eingetragen.", "attestation"),
    ("Prima, ik zet Sanne morgen in de groep `Finance-Read`.", "access_change"),
    ("Maintien validé pour les comptes de la trésorerie.", "attestation"),
])
def test_terse_identity_steps(prose: ProseDetector, text: str, kind: str) -> None:
    assert kind in prose_kinds(prose, text)


@pytest.mark.parametrize("text", [
    "Approved — enjoy the holiday, see you on the 14th.",
    "OK to delete the stale branches after the release.",
    "Approve the deletion of the old Slack channel.",
    "OK to reset the cache for the CFO dashboard.",
    "Lockfile regenerated; the old one is gone.",
    "LGTM. This narrows the return type from `Any` to `str`.",
    "Attach the screenshot to the ticket.",
    "Attached `Q3Report.pdf` to `INC-2231`.",
    "```diff\n-  \"Action\": [\"s3:GetObject\",\"s3:PutObject\"],\n"
    "+  \"Action\": [\"s3:GetObject\", \"s3:PutObject\"],\n```",
    "Updated bank details for vendor ACME GmbH in NetSuite.",
    "Retention confirmed for the S3 logs bucket: 90 days.",
    "Enddatum des Projekts ist noch offen.",
    "Ik zet Pieter in de cc van de mail.",
])
def test_terse_lookalikes(prose: ProseDetector, text: str) -> None:
    assert not prose_kinds(prose, text) & {"access_change", "lifecycle", "attestation"}


def test_retain_verdict_is_no_revocation(prose: ProseDetector) -> None:
    assert "access_change" not in prose_kinds(prose, "Retain — she still runs month-end close for the team.")


def test_review_signed_off_by_action_argument() -> None:
    assert "attestation" in call_kinds("okta_access_certification", {"action": "finalize", "campaign_id": "c-77"})
    assert "attestation" not in call_kinds("jira_ticket", {"action": "sign_off", "ticket": "OPS-12"})


def test_governance_approval_grants_access() -> None:
    assert "access_change" in call_kinds("saviynt_submit_decision", {"request_id": "REQ-4410",
                                                                     "decision": "APPROVED"})
    assert "access_change" not in call_kinds("workday_submit_decision", {"request_id": "PTO-88",
                                                                         "decision": "approve",
                                                                         "comment": "Enjoy Lisbon"})


def test_hr_record_patch_is_attribute_change() -> None:
    kinds = call_kinds("http_request", {"method": "PATCH", "url": "https://hr.example.com/api/v1/employees/91",
                                        "body": {"mobilePhone": "555-0142", "address2": "Apt 4"}})
    assert "attestation" in kinds and "lifecycle" not in kinds


def test_secret_named_base64_value() -> None:
    creds = CredentialDetector()
    value = "YTdmM2MxOWQwZTRiNDJmOGI2NmQ1YzAxZTlhODMzNzI="  # a 32-hex token, base64-wrapped
    assert secrets(creds, f"alerts:\n  webhook_token_b64: {value}\n") == [value]
    assert secrets(creds, f"branding:\n  logo_b64: {value}\n") == []
    assert secrets(creds, "api_token_b64: WU9VUl9BUElfVE9LRU5fSEVSRQ==\n") == []  # YOUR_API_TOKEN_HERE
