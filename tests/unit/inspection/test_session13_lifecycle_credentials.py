"""Forms read in session 13: a user frozen in a SaaS, an HR feed's provisioning record, a dated plan step done by
a team, accounts taken up by "for these", a terse step citing HR's ticket, a new password handed over in Japanese or
Chinese, backup codes regenerated, a configuration role's users list, a login pair after an address, people dropped
from a group; and no-change remarks that speak for one part of an answer only. With the look-alikes that stay quiet."""

from __future__ import annotations

import pytest
from probes import engine_call_kinds, engine_kinds

from gateway.inspection.engine import build_engine
from gateway.inspection.generic_frame import is_generic

PATTERNS = build_engine(["tool_calls", "structured", "prose", "credentials"])


def text(content: str) -> set[str]:
    return engine_kinds(PATTERNS, content)


@pytest.mark.parametrize("content", [
    "Froze Priya Nair's Zendesk agent account until the audit of her refunds is finished; nothing deleted.",
    "Froze the Coupa user account of Dario Rossi pending the fraud review.",
])
def test_frozen_user_is_lifecycle(content: str) -> None:
    assert "lifecycle" in text(content)
    assert not is_generic(content)


@pytest.mark.parametrize("content", [
    "Outlook froze for several users this morning after the update; a restart fixed it.",
    "The login page froze for users on Safari; nothing deleted, cache cleared.",
    "The screen froze while the user was typing the password.",
])
def test_frozen_screen_stays_quiet(content: str) -> None:
    assert "lifecycle" not in text(content)


LEAVER_PLAN = ("# Offboarding — Mira Olsen\n\n**Last day:** Friday 14 March (resignation, notice period not applied)"
               "\n\n"
               "| 17:30 | Disable AD account `molsen` and revoke her sessions |\n")


def test_a_term_not_applied_is_no_answer_without_action() -> None:
    assert not is_generic(LEAVER_PLAN)
    assert "lifecycle" in text(LEAVER_PLAN)


def test_a_proposal_not_applied_still_changes_nothing() -> None:
    assert is_generic("Proposed changes (awaiting CAB — **not applied**):\n\n| 1 | Add `qa-leads` as viewer | Open |")


SECTIONS = ("# Quarterly platform notes\n\nEverything the platform team changed this quarter.\n\n"
            "## Noisy alerts\n\nWe retire two alerts that paged 30 times with no action taken.\n\n"
            "## Break-glass accounts\n\nAfter the drill the passwords of both break-glass accounts were reset "
            "and the new values sealed in the safe.\n\n## Disk pressure\n\nRoot volumes grew to 100 GB.\n")


def test_no_action_in_one_section_is_that_sections() -> None:
    assert not is_generic(SECTIONS)
    assert "lifecycle" in text(SECTIONS)


def test_no_action_in_the_outcome_section_speaks_for_the_document() -> None:
    review = ("# Q3 review of the finance roles\n\n## Scope\n\nAll 41 holders of `FIN-Approver`.\n\n"
              "## Findings\n\nTwo holders moved teams in August.\n\n## Outcome\n\nNo changes were made.\n")
    assert is_generic(review)


def test_no_action_said_of_the_memo_in_a_later_section_still_holds() -> None:
    memo = ("# Planning memo: access review\n\n## Objective\n\nAssess the joiner controls.\n\n"
            "## Scope\n\nOkta, SAP.\n\n"
            "## Preliminary observations\n\nOne role looks broad. These are planning notes only, no testing has been "
            "performed and no conclusions are drawn.\n")
    assert is_generic(memo)


@pytest.mark.parametrize("content", [
    "38 accounts exist in both realms with the same email. For these, the `staff-us` copy is deleted before import.",
    "Twenty users have two Okta profiles. For each of these, the older profile will be deactivated on Monday.",
])
def test_accounts_taken_up_again_are_lifecycle(content: str) -> None:
    assert "lifecycle" in text(content)


@pytest.mark.parametrize("content", [
    "12 tables exist in both schemas. For these, the old copy is deleted before import.",
    "12 users reported lockouts last week. For these, the cause was removed by the patch.",
    "40 users share a laptop. For these, the device is wiped when returned.",
])
def test_other_things_taken_up_again_stay_quiet(content: str) -> None:
    assert "lifecycle" not in text(content)


@pytest.mark.parametrize("content", [
    "Suspended per HR ticket HR-2291.",
    "Deactivated as requested by HR, ticket 5521.",
    "Disabled per HR ticket HR-3310; laptop collection booked.",
])
def test_terse_step_on_hr_request_is_lifecycle(content: str) -> None:
    assert "lifecycle" in text(content)


@pytest.mark.parametrize("content", [
    "Suspended per the change freeze until Monday.",
    "Suspended per HR policy while the allowance is reviewed.",
])
def test_terse_pause_without_hr_request_stays_quiet(content: str) -> None:
    assert "lifecycle" not in text(content)


@pytest.mark.parametrize("content", [
    "- **Mon 3 Mar:** the service desk resets the password for Omar Haddad and sends it by SMS.\n- Tue: welcome lunch.",
    "Plan:\n- **Thu 31 Oct:** IT creates AD accounts for Ana Ruiz and Tom Berg from the `Sales` template.\n"
    "- **Fri:** buddy lunch.",
])
def test_dated_step_by_a_team_is_lifecycle(content: str) -> None:
    assert "lifecycle" in text(content)


def test_dated_step_by_a_team_on_something_else_stays_quiet() -> None:
    assert "lifecycle" not in text("- **Thu 31 Oct:** IT creates the seating plan for the new hires.\n- **Fri:** tea.")


HR_FEED = ("HR feed output:\n\n```yaml\n- worker_id: W-20931\n  name: Lena Fischer\n  action: disable\n"
           "  effective: 2025-01-31\n- action: create\n  upn: omar.said@contoso.com\n```\n")


def test_hr_feed_record_is_lifecycle() -> None:
    assert "lifecycle" in engine_kinds(build_engine(["structured"]), HR_FEED)


@pytest.mark.parametrize("content", [
    "```yaml\n- alert: DiskFull\n  action: disable\n  owner: platform-team\n```",
    "```yaml\n- job: nightly-export\n  action: delete\n  user: etl\n```",
    "```yaml\nsteps:\n  - name: cleanup\n    action: delete\n    path: /tmp/cache\n```",
])
def test_yaml_action_on_other_things_stays_quiet(content: str) -> None:
    assert "lifecycle" not in engine_kinds(build_engine(["structured"]), content)


def test_configuration_role_users_are_created() -> None:
    content = "```yaml\nmysql_users:\n  - name: reporting\n    host: \"%\"\n    password: \"Vq8!rT2#mLx\"\n```"
    assert "lifecycle" in engine_kinds(build_engine(["structured"]), content)


@pytest.mark.parametrize("content", [
    "```yaml\nusers:\n  - name: alice\n    shell: /bin/bash\n```",
    "```yaml\npostgresql_databases:\n  - name: orders\n    owner: app\n```",
])
def test_configuration_without_logins_stays_quiet(content: str) -> None:
    assert "lifecycle" not in engine_kinds(build_engine(["structured"]), content)


def test_login_pair_after_an_address_is_a_credential() -> None:
    args = {"summary": "SAN check", "description": "Log in to the array UI at https://array01.dc2.local with user "
            "vendor_diag / pT7rWq2LxZ-Nb and look at port 3."}
    assert "credential" in engine_call_kinds(PATTERNS, "create_ticket", args)


def test_path_after_a_sign_in_stays_quiet() -> None:
    content = ("Log in to the console at https://grafana.example.net with your SSO account, then open "
               "Dashboards / Node-Exporter-Full2.")
    assert "credential" not in text(content)


@pytest.mark.parametrize("content", [
    "The three contractors were dropped from the finance-approvers group yesterday.",
    "We dropped Priya from the `db-admins` role after her move to analytics.",
])
def test_dropped_from_a_group_is_access(content: str) -> None:
    assert "access_change" in text(content)


@pytest.mark.parametrize("content", [
    "Two VPN users were dropped from the call when the bridge restarted.",
    "The staging table was dropped from the finance schema yesterday.",
    "Three students dropped the security course this term.",
    "Two participants were dropped from the focus group after the first session.",
    "He was dropped from the role of Hamlet in the spring production.",
])
def test_dropped_lookalikes_stay_quiet(content: str) -> None:
    assert "access_change" not in text(content)


def test_spanish_first_login_is_no_primer() -> None:
    content = ("Listo: he restablecido la contraseña de Sergio Vidal. La contraseña temporal es **Sol-Rojo-5512** y "
               "se le pedirá cambiarla en el primer inicio de sesión.")
    assert not is_generic(content)
    assert is_generic("A primer on OAuth scopes: a scope limits what a token may do.")


@pytest.mark.parametrize("content", [
    "アカウント yamada の仮パスワードは「Tsuki-88#Haru」です。",
    "新密码是 Xk29!pLq2，请登录后修改。",
])
def test_new_password_in_cjk_is_lifecycle(content: str) -> None:
    assert "lifecycle" in text(content)


@pytest.mark.parametrize("content", [
    "新しいパスワードは12文字以上にしてください。",
    "パスワードは定期的に変更してください。",
])
def test_password_rule_in_cjk_stays_quiet(content: str) -> None:
    assert "lifecycle" not in text(content)


def test_backup_codes_regenerated_for_you_are_lifecycle() -> None:
    assert "lifecycle" in text("I regenerated your recovery codes; the old ones no longer work.")


@pytest.mark.parametrize("content", [
    "You can regenerate your backup codes from the Security page whenever you lose them.",
    "I regenerated your report with the new filters.",
])
def test_backup_code_advice_stays_quiet(content: str) -> None:
    assert "lifecycle" not in text(content)
