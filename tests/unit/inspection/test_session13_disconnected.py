"""Session 13: people cut off a live connection (a call, a meeting, a stream) are not removed from anything the
learned model should hold; a removal beside such a line still is."""

from __future__ import annotations

import pytest

from gateway.inspection.learned_lookalikes import is_status_lookalike


@pytest.mark.parametrize("text", [
    "Twelve VPN users were dropped from the call when `gw-02` restarted.",
    "About 40 agents got disconnected from the Teams meeting during the outage.",
    "Two admins were kicked out of the bridge when the conference server failed over.",
])
def test_disconnections_are_status(text: str) -> None:
    assert is_status_lookalike(text)


@pytest.mark.parametrize("text", [
    "The three contractors were dropped from the finance-approvers group yesterday.",
    "Users were dropped from the call; also remove bob from the admins group.",
    "Disconnected sessions are fine, but revoke the kiosk account's VPN access.",
])
def test_changes_are_not_status(text: str) -> None:
    assert not is_status_lookalike(text)
