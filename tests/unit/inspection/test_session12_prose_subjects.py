"""Harmless answers held by the prose rules once the retrained model stopped capping them: a role path as a
sentence's subject (blanked as a look-alike, it left the verb looking like an order), a verb used as a
variable in code, a machine's resources held, a list handed to reviewers; with the identity forms next to
them that must stay found."""

from __future__ import annotations

import pytest

from gateway.inspection.engine import build_engine
from gateway.types import Answer

PATTERNS = build_engine(["tool_calls", "structured", "prose", "credentials"])


def text(content: str) -> set[str]:
    return {f.kind for f in PATTERNS.scan(Answer.of_text(content), cost=None) if f.confidence >= 0.5}


@pytest.mark.parametrize("content", [
    "`roles/viewer` gives read access to most resources in a project but not to data in BigQuery tables.",
    "`roles/storage.objectViewer` grants read access to objects in the bucket, nothing more.",
])
def test_a_role_path_as_subject_is_a_description(content):
    assert "access_change" not in text(content)


@pytest.mark.parametrize("content", [
    "```kotlin\nval launcher = registerForActivityResult(RequestPermission()) { granted ->\n"
    "    if (granted) openCamera() else showRationale()\n}\nlauncher.launch(Manifest.permission.CAMERA)\n```",
    "```kotlin\nrequestPermission { granted -> if (granted) openCamera() }\nlaunch(permission.CAMERA)\n```",
])
def test_a_verb_as_a_name_in_code_is_no_grant(content):
    assert "access_change" not in text(content)


@pytest.mark.parametrize("content", [
    "Contributing factors: the replica had no statement timeout, so a single sequential scan held 40 "
    "connections to the members database.",
    "The migration holds the lock on the users table for about two minutes; members are unaffected.",
])
def test_machine_resources_held_are_no_holders(content):
    assert "attestation" not in text(content)


def test_a_list_to_review_is_no_holder_list():
    content = ("Each quarter the owners of in-scope applications receive a list of users to review. They decide "
               "in the GRC tool whether each account stays; this page only explains the process.")
    assert "attestation" not in text(content)


@pytest.mark.parametrize("content, kind", [
    ("Grant read access to the `finance-readers` group for Priya.", "access_change"),
    ("Please give `j.doe` admin access to the billing project.", "access_change"),
])
def test_grants_stay_found(content, kind):
    assert kind in text(content)
