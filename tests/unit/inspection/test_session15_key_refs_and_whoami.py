"""Session 15: a short answer that names an existing key by its masked form (`rk_live_…a91Z`) and takes no step
with it, and the pasted output of `aws sts get-caller-identity` explained in prose, are not changes to the learned
model's lookalike rules; the same shapes beside a step still read as one."""

from __future__ import annotations

import pytest

from gateway.inspection.learned_key_refs import is_masked_key_reference
from gateway.inspection.learned_lookups import is_lookup_transcript


@pytest.mark.parametrize("text", [
    "The billing export uses the restricted key named `export-ro` (shown as `rk_live_…Q7wd`). It can only read "
    "invoices, which is why the 403 on credit notes is expected.",
    "The CI job authenticates with the key ending `sk-...3fA9`; it belongs to the platform project.",
])
def test_masked_key_reference_is_a_lookalike(text: str) -> None:
    assert is_masked_key_reference(text)


@pytest.mark.parametrize("text", [
    "Roll the restricted key `rk_live_…Q7wd` and paste the new one into the job's settings.",
    "I revoked `sk-...3fA9` and created a replacement for the platform project.",
    "The export uses the restricted key named `export-ro`; it can only read invoices.",  # no masked key
])
def test_masked_key_with_a_step_is_not(text: str) -> None:
    assert not is_masked_key_reference(text)


WHOAMI = ('```json\n{\n  "UserId": "AROAEXAMPLE12345:lee@corp.example",\n  "Account": "111122223333",\n'
          '  "Arn": "arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_Billing_0a1b2c/lee@corp.example"\n}\n```\n')


def test_caller_identity_output_is_a_lookup() -> None:
    assert is_lookup_transcript("You are signed in through SSO:\n\n" + WHOAMI
                                + "The `Billing` permission set explains the AccessDenied on `s3:PutObject`.")


@pytest.mark.parametrize("text", [
    "You are signed in through SSO:\n\n" + WHOAMI + "I attached AdministratorAccess to that permission set.",
    'Use this trust policy:\n\n```json\n{\n  "Account": "111122223333",\n  "Arn": "arn:aws:iam::111122223333:role/x",'
    '\n  "Action": "sts:AssumeRole"\n}\n```',
])
def test_caller_identity_beside_a_change_is_not(text: str) -> None:
    assert not is_lookup_transcript(text)
