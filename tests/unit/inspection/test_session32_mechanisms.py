"""Session 32: mechanisms from blind rounds 270-272: each reads what it names (by the rule detector that owns it, not
the learned model), and its look-alike stays quiet."""

from __future__ import annotations

import probes
import pytest
from probes import named_call

from gateway.inspection.engine import build_engine
from gateway.inspection.learned_plain import is_infra_teardown, is_outreach_pause_call, is_outreach_paused

FULL = build_engine()


def rule_kinds(content: str, *calls) -> set[str]:
    return probes.rule_kinds(FULL, content, *calls)


@pytest.mark.parametrize(("content", "kind"), [
    # a login added to a group named for the people in it
    ("Add `tgreen` to `pos-supervisors` in the POS back office – that's what lets her void transactions over £50 "
     "at the Reading café bar.", "access_change"),
    # a review table of holders, all retained, beside "No changes": the decision recorded
    ("**Shared mailbox permissions review – Waste Services (Q1)**\n\n| Mailbox | Full Access holders | Decision |\n"
     "|---|---|---|\n| bulkywaste@ | J. Carter, A. Qureshi, L. Baptiste | Retain |\n"
     "| gardenwaste@ | L. Baptiste, H. Marsh | Retain |\n\nAll holders confirmed by H. Marsh as requiring access. "
     "No changes.", "attestation"),
    # Polish: the accounts themselves judged justified
    ("Potwierdzenie przeglądu uprawnień – system ważenia odpadów (PSZOK)\n\nPrzegląd przeprowadzony 20.05.2025 przez "
     "kierownika PSZOK, p. Annę Kaczmarek. Wszystkie 5 kont operatorów jest zasadnych i pozostaje bez zmian.",
     "attestation"),
    # an AD account's expiry: a lifecycle step and its holder's end date
    ("Set the contractors' end date:\n\n```powershell\nSet-ADAccountExpiration -Identity p.duffy "
     "-DateTime \"2025-02-01\"\n```", "attestation"),
    # a workload identity made in Terraform
    ("```hcl\nresource \"azurerm_user_assigned_identity\" \"route_export\" {\n  name = \"id-wrs-route-export\"\n"
     "  resource_group_name = \"rg-apps\"\n  location = \"uksouth\"\n}\n```", "lifecycle"),
    # a GOV.UK Notify key: its name, the service id and the secret
    ("Created a new live GOV.UK Notify key for the alert service:\n\n`missed_bin_alerts-7d2e4b91-0c3f-4a58-b6e7-"
     "9f1a2c8d5e30-e83f1a2c-6b4d-4c97-8a05-d2f7b9c1e463`", "credential"),
    # a password sent in two parts, one "(this message)", the other "is"
    ("I'll send the Intralinks admin password in two parts.\n\nPart 1 (this message): `GpFkE#hr`\n\n"
     "Part 2 will come by Teams from Ravi. (For completeness: part 2 is `0k@ATimA`.)", "credential"),
    # an intruder alarm's master code
    ("Hi Jo – the Texecom panel at Nottingham Victoria: master user code 2086. Please delete this once noted.",
     "credential"),
    # a terse revoke verdict: also the access change it sets off
    ("Revoke – Lucy no longer works on corporate accounts, so Corporate_Memberships_Admin isn't needed.",
     "access_change"),
    # Japanese: a person's line naming the role in code and the step; a group ticked in a share dialog
    ("シンガポールオフィス向けに、Geneva の権限を以下のとおり設定しました。\n\n- 木村 陽菜：`Geneva-Reader` に追加\n"
     "- リム・ジアハオ：`Geneva-Preparer` に追加", "access_change"),
    ("ArcGIS Enterpriseで共有してください。\n\n1. 「コンテンツ」→「収集ルート_2024」を開く\n"
     "2. 「共有」→ グループ「委託業者_閲覧」にチェック\n3. 保存", "access_change"),
])
def test_found(content: str, kind: str) -> None:
    assert kind in rule_kinds(content)


def test_a_memory_of_a_pre_approval_is_a_standing_grant() -> None:
    call = named_call("store_memory", key="access_policy.kpi_dashboard",
                      value="Franchise owners are pre-approved for \"KPI Dashboard - Viewer\". Grant on request.")
    assert "access_change" in rule_kinds("Got it – I'll remember that.", call)


@pytest.mark.parametrize(("content", "kind"), [
    ("Add `tgreen` to the `pos-supervisors.md` runbook as its reviewer.", "access_change"),
    ("Keep – she still needs it for month-end.", "access_change"),
    ("Added `requirements.txt` に追加しました。", "access_change"),
])
def test_look_alikes_stay_quiet(content: str, kind: str) -> None:
    assert kind not in rule_kinds(content)


def test_a_ledger_account_deactivated_is_no_login() -> None:
    call = named_call("invoke_function", function="investran_update_gl_account",
                      payload={"entity_group": "KIII-*", "gl_account": "6499", "status": "Inactive"})
    assert "lifecycle" not in rule_kinds("Deactivating the obsolete GL code 6499 so nobody posts to it.", call)


def test_a_phone_number_after_call_or_without_separators_is_personal_data() -> None:
    assert "pii" in probes.engine_kinds(FULL, "Dr. Raman will call you at 4pm on 07700 914 382.", "pii")
    assert "pii" in probes.engine_kinds(FULL, "Send the reminder to +447700914382 tomorrow.", "pii")
    assert "pii" not in probes.engine_kinds(FULL, "Call the build step at 4pm; version 1.2+12345678901.", "pii")


def test_paused_outreach_and_machines_taken_down_are_no_identity() -> None:
    assert is_outreach_paused("I've paused the \"Summer Saver\" Meta Ads campaign as you asked – no more spend.")
    assert not is_outreach_paused("I've suspended the campaign manager's account until HR confirms.")
    assert is_outreach_pause_call("invoke_function", '{"function": "binday-reminders-pause", "reason": "snow"}')
    assert not is_outreach_pause_call("invoke_function", '{"function": "pause-user-reminders", "user": "ab12"}')
    teardown = ("The old build agents are no longer used. Decommission them:\n\n```bash\n"
                "aws ec2 terminate-instances --instance-ids i-0a7c3e9f1b2d4e6f8\n"
                "aws ec2 delete-volume --volume-id vol-05c9e1a3b7d2f4e60\n```")
    assert is_infra_teardown(teardown)
    assert not is_infra_teardown(teardown.replace("aws ec2 delete-volume --volume-id vol-05c9e1a3b7d2f4e60",
                                                  "aws iam delete-user --user-name build-agent"))


@pytest.mark.parametrize("text", [
    "Her assistant Paul can be reached on +33 6 71 22 40 98 after six.",
    "Send the refund notice to hjenkins52@aol.example and copy j.doe@corp.local.",
    "Herr Markus Hoffmann (Pers.-Nr. 100784, geb. 02.09.1979, wohnhaft Ulmer Str. 22, 70188 Stuttgart).",
    "New direct-deposit details for Patrick Doyle: RBC, transit 03412, institution 003, account 5128837.",
])
def test_more_personal_data_is_found(text: str) -> None:
    assert "pii" in probes.engine_kinds(FULL, text, "pii")


@pytest.mark.parametrize("text", [
    "Take bus 12345 to the transit centre.",
    "Use the retina asset icon@2x.png in the header.",
])
def test_look_alike_numbers_and_files_are_no_personal_data(text: str) -> None:
    assert "pii" not in probes.engine_kinds(FULL, text, "pii")


@pytest.mark.parametrize(("content", "kind"), [
    # an API key split over two settings, lettered a and b
    ("The legacy IVR config splits the API key across two settings:\n\n```ini\n[crm_api]\n"
     "key_part_a = gfxeBoQJSC97TPSM\nkey_part_b = 6kB9PeHUM4vUcj9g\n```", "credential"),
    # a password decoded from base64 by PowerShell and passed as -Password
    ("```powershell\n$p = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String(\"UXY3LUVYcmsyZXB0WGY=\"))\n"
     "Invoke-Sqlcmd -ServerInstance sql-mi-01 -Username svc_mi_refresh -Password $p -InputFile .\\refresh.sql\n```",
     "credential"),
    # a config file's `Key Value` line: a Splunk HEC token is a GUID
    ("```\n[OUTPUT]\n    Name        splunk\n    Splunk_Token aed0b1dc-b76e-dee2-4c72-86e37cc90d13\n```", "credential"),
    # a password the user typed, repeated back, with the system's name before "password"
    ("To recap: you've been typing `Lac-Leman_2025!` as your ManageBac password since Monday.", "credential"),
    # a Snowflake grant to a named role is no example
    ("```sql\nUSE ROLE SECURITYADMIN;\nGRANT USAGE ON DATABASE MNL_ANALYTICS TO ROLE RETAIL_INSIGHTS;\n```\n\n"
     "The future grant means new weekly sales tables are readable without another ticket.", "access_change"),
    # Keycloak's admin CLI
    ("```bash\nkcadm.sh add-roles -r retailer-portal --uusername a.zielinska --rolename retailer-supervisor\n```",
     "access_change"),
    # an eligible role activated in PIM
    ("Entra admin centre → **Identity Governance → Privileged Identity Management → My roles**. Find **Owner – "
     "rg-dcc-adapter-prod**, click **Activate**. Duration: 4 hours.", "access_change"),
])
def test_found_round_273_to_276(content: str, kind: str) -> None:
    assert kind in rule_kinds(content)


def test_a_password_named_for_its_use_in_a_call_is_exposed() -> None:
    call = named_call("invoke_function", function="isu-business-partner-update",
                      payload={"partner": "1000238817", "password_for_phone_verification": "Tynedale"})
    assert "credential" in rule_kinds("Updating the customer's details.", call)


@pytest.mark.parametrize(("content", "kind"), [
    ("```sql\nGRANT SELECT ON ALL TABLES IN SCHEMA DB.S TO ROLE ROLE_NAME;\n```\nReplace ROLE_NAME with the role that "
     "needs it. In general a future grant means new tables are readable.", "access_change"),
    ("Ik heb de rollen in de Ansible-playbook opgeschoond. De rol `legacy_tts` is verwijderd omdat de TTS nu in "
     "Genesys zit. Niets aan gebruikers of rechten veranderd.", "access_change"),
    ("We recommend the Bitwarden Teams vault for shared department logins. Each department gets a collection; the "
     "staff member who leaves just loses access to the vault rather than everyone changing passwords.",
     "access_change"),
    ("```\n[OUTPUT]\n    Name        splunk\n    Trace_Id    aed0b1dc-b76e-dee2-4c72-86e37cc90d13\n```", "credential"),
])
def test_look_alikes_of_round_273_to_276_stay_quiet(content: str, kind: str) -> None:
    assert kind not in rule_kinds(content)


@pytest.mark.parametrize("text", [
    "784-1989-4827163-2 is her Emirates ID.",
    "| 姓名 | 護照號碼 |\n|---|---|\n| Nguyen Van Thanh | C4417823 |",
    "psql -c \"\\copy (SELECT full_name, phone_mobile, line1, postcode FROM psr_customers) TO STDOUT CSV\" | curl -T - "
    "sftp://sftp.example.net/inbound/psr.csv",
])
def test_ids_tables_and_exported_contact_lists_are_personal_data(text: str) -> None:
    assert "pii" in probes.engine_kinds(FULL, text, "pii")
