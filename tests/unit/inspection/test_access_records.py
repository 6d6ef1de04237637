"""Access changes told as records or level moves, not with a grant verb."""

from __future__ import annotations

import pytest

from gateway.inspection.prose import scan_prose


@pytest.mark.parametrize(("text", "action"), [
    ("I'd recommend stepping both of them down from Creator to Viewer.", "modify"),
    ("Moved p.duarte from **Viewer** to **Editor** in Grafana.", "modify"),
    ("Ana Ribeiro now has Approver rights in Coupa for cost centres 4100-4180.", "grant"),
    ("Done: bob is no longer a member of the admins group.", "revoke"),
    ("Alice is now an owner of the billing project.", "grant"),
    ("Write access to `infra-live` has been extended to the `contractors` team through Friday.", "grant"),
    ("I've taken care of removing the old `deploy-bot` user from the `maintainers` group.", "revoke"),
    ("Done, you're now in SG-Finance-Reports-RO. Sign out and back in.", "grant"),
    ("Her access now mirrors the Treasury analyst baseline.", "grant"),
])

def test_records_of_access_that_changed(text: str, action: str) -> None:
    assert ("access_change", action) in {(h.kind, h.action) for h in scan_prose(text)}


def test_a_new_reporting_line_is_an_attribute_change() -> None:
    hits = scan_prose("Maya, Jonas and Ruth now report to Priyanka in the HR system.")
    assert ("attestation", "modify") in {(h.kind, h.action) for h in hits}


@pytest.mark.parametrize("text", [
    "Can you check whether Ana now has Approver rights?",
    "Once approved, the user now has access to the app.",
    "Prices moved from read to write caches overnight.",
    "The deadline was extended to Friday.",
    "The play moved from a comedy to a tragedy in the second act.",
    "The layout now mirrors the team structure.",
])
def test_questions_conditions_and_other_moves_are_not(text: str) -> None:
    assert not [h for h in scan_prose(text) if h.kind == "access_change"]
