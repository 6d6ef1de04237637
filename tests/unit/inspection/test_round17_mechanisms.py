"""Mechanisms added after blind round 17: IBM i profiles and authorities, users put in groups by any
cmdlet, Adobe User Management actions, permissions of one named group over REST, account switches by
state flags in tool arguments, login calls with literal passwords, admin / password pairs, quoted
names between a password word and its value, secrets kept in numbered parts."""

from __future__ import annotations

import json

import pytest

from gateway.inspection.engine import build_engine
from gateway.types import Answer, Choice, ToolCall

ENGINE = build_engine(["tool_calls", "structured", "prose", "credentials"])


def kinds(content: str = "", *calls: tuple[str, object]) -> set[str]:
    tool_calls = tuple(ToolCall(f"c{i}", name, json.dumps(args)) for i, (name, args) in enumerate(calls))
    return {f.kind for f in ENGINE.scan(Answer((Choice(0, content, tool_calls),))) if f.confidence >= 0.5}


@pytest.mark.parametrize(("text", "kind"), [
    ("`CHGUSRPRF USRPRF(OPSNIGHT) SPCAUT(*SAVSYS *JOBCTL)`", "access_change"),
    ("`GRTOBJAUT OBJ(QGPL/SAVLIB) OBJTYPE(*LIB) USER(OPSNIGHT) AUT(*CHANGE)`", "access_change"),
    ("`CHGUSRPRF USRPRF(JDOYLE) STATUS(*DISABLED)` — done on PROD400.", "lifecycle"),
    ("Add-BrokerUser -Name \"CORP\\m.lindqvist\" -DesktopGroup $dg", "access_change"),
    ('[{"user": "intern01@acme.com", "do": [{"add": {"product": ["Acrobat Pro DC - Interns"]}}]}]', "access_change"),
    ("curl -X PUT https://api.bitbucket.org/2.0/repositories/acme/ledger/permissions-config/groups/release-managers"
     " -d '{\"permission\": \"admin\"}'", "access_change"),
    ('s.login("reports@acme.io", "Tulip-Harbor-9921!")', "credential"),
    ("fw-branch-ams.acme.nl admin / Gr3en-Canal-77#  (changed 22/11)", "credential"),
    ("Het wachtwoord voor de gedeelde Zoom-ruimte 'Vergaderzaal 3' is Tulp-Molen-83! – zaal3@acme.nl.", "credential"),
    ('sendgrid:\n  key_part_1: "SG.Tn2bhSrSQK2Ajp4iRVSlea"\n  key_part_2: ".RgfFeLrXyx1o84T6FiZmgb"\n'
     '  key_part_3: "oMCsfA5evvUcZzOSfGtFo"\n', "credential"),
])
def test_found(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize("text", [
    "DSPUSRPRF USRPRF(JDOYLE)",
    'ftp.login("anonymous", "guest@")',
    "the admin / Tools-Menu-2 page",
    "chapter_part_1: intro\nchapter_part_2: body\n",
])
def test_not_found(text: str) -> None:
    assert not kinds(text)


def test_account_switched_off_by_a_state_flag() -> None:
    assert "lifecycle" in kinds("", ("jumpcloud_update_systemuser", {"id": "650a1b2c", "suspended": True}))
    assert not kinds("", ("update_feature", {"name": "beta", "enabled": False}))
