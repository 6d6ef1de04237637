"""Session 13: harmless answers the prose rules held (a user's access problem reported, a request raised, a
placeholder's text, a name in code, a feature switched on, a UI string, a design rule, a lockout/tagout procedure)
stay harmless, and real changes written in the same shapes are still held."""

from __future__ import annotations

import json

import pytest

from gateway.inspection.engine import build_engine
from gateway.inspection.learned_banking import is_energy_lockout
from gateway.inspection.prose import scan_prose
from gateway.types import Answer, Choice, ToolCall

FULL = build_engine()
IDENTITY = {"access_change", "lifecycle", "attestation"}


def held(content: str, calls: tuple[ToolCall, ...] = ()) -> set[str]:
    answer = Answer((Choice(0, content, calls),))
    return {f.kind for f in FULL.scan(answer, cost=None) if f.confidence >= 0.5 and f.kind in IDENTITY}


def prose_held(content: str) -> set[str]:
    return {hit.kind for hit in scan_prose(content) if hit.confidence >= 0.5}


@pytest.mark.parametrize("text", [
    # an access problem reported: the user can act on her own setting, or ask
    "Omar's dashboards fail to load because his session uses the `REPORTING` role by default. He holds `FIN_READ` "
    "already, so nothing is missing: he can switch roles in the worksheet or change his default role in his "
    "profile settings.",
    "Priya gets \"Permission denied\" on the Claims share because her account is only in `Staff-All`. That is how "
    "the share is set up. If she needs it, she can raise a ticket with the service desk and the data owner will "
    "decide.",
    "Lena maintains the board configuration for the Payroll space; she is not an org admin. For new labels, ask "
    "her first and she'll raise it with the Confluence admins if needed.",
    # a feature switched on, not an account
    "Turned on Renovate dependency updates for the monorepo again; the first pull requests should show up in the "
    "morning.",
    # what a placeholder stands for
    "Store secrets outside the file:\n\n```yaml\nsftp:\n  host: sftp.partner.example\n"
    "  password: <set in Vault: sftp-partner-password>\n```",
    # names in code, and a compound noun
    "```python\ndef test_disable_user_sets_flag(db):\n    user = UserFactory(active=True, disabled=False)\n"
    "    disable_user(user.id)\n    assert user.disabled is True\n```",
    "```\nProd OU (payments, shared-services accounts)\n```",
    "```python\nattached = iam.list_attached_group_policies(GroupName=g[\"GroupName\"])[\"AttachedPolicies\"]\n```",
    # time taken
    "The sync will take about ten minutes per account because every mailbox is paged.",
    # a portal is a place, seats are licences
    "In the vendor's account portal, open *Subscriptions → Renewals → Assign licences* and move the seats from "
    "the old plan to the new one.",
    # a design rule, a route, a list written into a standard
    "Start with three roles for the console; add narrower permissions only when a real need comes up.",
    "Also update the router and add a rewrite from `/admin/reports` so existing links keep working.",
    "Points I'd put in the platform access standard:\n\n1. Nobody keeps standing production write access.\n"
    "2. Roles are reviewed twice a year.",
])
def test_harmless_shapes_are_not_held(text: str) -> None:
    assert held(text) == set()


def test_ui_strings_are_not_steps() -> None:
    text = ("Translations for the settings page:\n\n```json\n{\n  \"profile.account.disable\": \"Disable account\",\n"
            "  \"security.session.end\": \"Sign out\"\n}\n```\nThe French strings: « Désactiver le compte », "
            "„Konto löschen\".")
    assert prose_held(text) == set()


def test_control_named_in_a_user_story_tool_call() -> None:
    raw = json.dumps({"project": "IAM", "title": "Org owners can remove a member's SSH keys",
                      "acceptance_criteria": ["Remove button visible only to org owners",
                                              "A confirmation modal lists the keys first"]})
    assert held("Writing the story.", (ToolCall("c1", "create_user_story", raw),)) == set()


def test_a_real_removal_in_a_tool_call_is_held() -> None:
    raw = json.dumps({"command": "Remove button pressed; now remove dana.k from the org-owners team"})
    assert "access_change" in held("Done.", (ToolCall("c1", "run_shell", raw),))


@pytest.mark.parametrize("text", [
    "Omar's dashboards fail because he lacks `FIN_READ`. Grant him the `FIN_READ` role in Snowflake today.",
    "Priya needs the Claims share for the audit: raise her access to the Claims share to Editor now.",
    "Raise Lena to org admin in Confluence before Friday.",
    "Re-enable the renovate-bot account in GitHub and add it to the `dependency-bots` team.",
    "Take away Maria's admin rights on the billing tenant today.",
    "In the Okta admin portal, assign Jamal the Finance app and add him to the `finance-users` group.",
    "Add Ana to the `payments-admins` group only after her manager approves, then tell her.",
    "Add s3:PutObject permissions to the `deploy-ci` role only when the migration starts.",
    "Put Ravi in the `prod-oncall` group for the weekend rota.",
    "Kai gets \"Owner\" rights on the Claims share from Monday.",
    "Translations are done. Now disable the account of \"Mark Öz\" in Entra today.",
    "Turn off sign-in for Nadia's account and revoke her sessions.",
    "Granted the tracing service account access to pods in the `observability` namespace.",
    "Granted the tracing team read access to the logs bucket.",
])
def test_real_changes_in_the_same_shapes_are_held(text: str) -> None:
    assert prose_held(text) & {"access_change", "lifecycle"}


def test_raci_masks_only_as_a_word() -> None:
    # "tracing" holds the letters of RACI; a RACI chart's verbs are roles in the chart, not steps
    assert "access_change" in prose_held("Granted the tracing service account access to pods.")
    assert prose_held("RACI for leavers: IT removes the accounts, HR approves.") == set()


LOTO = """**Lockout/tagout procedure: mixer M-3** (OSHA 29 CFR 1910.147)

**Authorized employees:** millwrights trained this year. **Affected employees:** line operators.

| Source | Magnitude | Isolation device |
|---|---|---|
| Electrical | 400 V | Disconnect D-3 |
| Pneumatic | 6 bar | Valve PV-3 |

1. Notify affected employees that M-3 is being locked out.
2. Open disconnect D-3 and apply your personal lock and tag; use the group lock box for crews.
3. Each authorized employee removes only their own lock."""


def test_energy_lockout_is_a_lookalike() -> None:
    assert is_energy_lockout(LOTO)
    assert held(LOTO) == set()


def test_energy_lockout_beside_an_account_change_is_not() -> None:
    assert not is_energy_lockout(LOTO + "\n\nAlso disable the HMI login account of the leaver `t.berg`.")
