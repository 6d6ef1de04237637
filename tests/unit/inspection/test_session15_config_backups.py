"""Session 15: a Cisco local user read back from a config backup whose tool stripped the secret (`password 7
<removed>`, `secret <secret hidden>`) is an account that exists, not one created; the same line with a secret, a
placeholder to fill in, or the answer's own masking still reads as a change."""

from __future__ import annotations

import pytest

from gateway.inspection.engine import build_engine
from tests.unit.inspection.probes import engine_kinds

ENGINE = build_engine(["structured"])


@pytest.mark.parametrize("text", [
    "The nightly backup has the secrets stripped:\n\n```\nusername ops privilege 15 password 7 <removed>\n"
    "ntp server 10.0.0.1\n```",
    "```\nusername backup secret 5 <secret hidden>\n```",
])
def test_backup_with_stripped_secret_is_not_a_change(text: str) -> None:
    assert not engine_kinds(ENGINE, text) & {"access_change", "lifecycle"}


@pytest.mark.parametrize("text", [
    "```\nconf t\nusername ops privilege 15 secret Zq8!mLp2wX\nend\n```",
    "```\nusername ops privilege 15 secret <password>\n```",
    "I created the account:\n```\nusername ops privilege 15 secret <redacted>\n```",
])
def test_local_user_to_configure_is_still_a_change(text: str) -> None:
    assert engine_kinds(ENGINE, text) & {"access_change", "lifecycle"}
