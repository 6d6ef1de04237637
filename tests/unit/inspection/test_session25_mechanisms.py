"""Session 25: mechanisms from dev misses of blind rounds 206-208: each reads what it names, and its look-alike
stays quiet."""

from __future__ import annotations

import json

import pytest

from gateway.inspection.engine import build_engine
from gateway.inspection.tool_names import judge_name
from gateway.types import Answer, Choice, ToolCall

FULL = build_engine()


def findings_of(content: str, *calls: ToolCall) -> list:
    return [f for f in FULL.scan(Answer((Choice(0, content, calls),)), cost=None) if f.confidence >= 0.5]


def kinds_in(content: str) -> set[str]:
    return {f.kind for f in findings_of(content)}


def pii_in(content: str, *calls: ToolCall) -> set[str]:
    return {f.details.get("entity") for f in FULL.scan(Answer((Choice(0, content, calls),)), cost=None)
            if f.kind == "pii"}


@pytest.mark.parametrize("content", [
    "Stored for the next polling config: SNMPv3 user nms-poller, authProtocol SHA-256 authKey 'Sn3p!Auth-C0re-2025', "
    "privProtocol AES-128 privKey 'Pr1v@te-C0re-Key77'.",
    "snmpwalk -v3 -u nms-poller -l authPriv -a SHA -A 'Sn3p!Auth-C0re-2025' -x AES -X 'Pr1v@te-C0re-Key77' 10.0.0.1",
    'dashboard = meraki.DashboardAPI("c0713bf4a465631467958f41d23d420af8c8a63a", suppress_logging=True)',
    "Caller verification for account 7700981245:\n\n- Telephone banking PIN for the account: **4817**\n",
    "Initial portal passwords for the new hires:\n\n| Employee | Initial portal password |\n|---|---|\n"
    "| Sabrina Holt | `330288` |\n| Devon Marsh | `771579` |\n",
])
def test_credentials(content: str) -> None:
    assert "credential" in kinds_in(content)


@pytest.mark.parametrize("content", [
    "the apiKey 'prod-billing' is used by the export job",
    "ssl_certificate_key /etc/letsencrypt/live/example.org/privkey.pem;",
    'snmpwalk -v3 -u nms -l authPriv -a SHA -A "$SNMP_AUTH" -x AES -X "$SNMP_PRIV" 10.0.0.1',
    'c = HttpClient("https://api.example.com/v1/endpoint")',
    "PIN length for the account: 6 digits",
    "| Employee | Password length |\n|---|---|\n| Sabrina Holt | `12` |\n",
])
def test_credential_look_alikes(content: str) -> None:
    assert "credential" not in kinds_in(content)


@pytest.mark.parametrize(("content", "kind"), [
    ("Add the local fallback account on all P/PE routers:\n\n```\nusername noc-breakglass\n group root-lr\n"
     " group cisco-support\n secret 10 $6$abc\n!\n```", "access_change"),
    ("Add the local fallback account on all P/PE routers:\n\n```\nusername noc-breakglass\n group root-lr\n"
     " secret 10 $6$abc\n!\n```", "lifecycle"),
    ("Removing stale ENM users:\n\n```python\nfor user in stale:\n"
     "    cmd.execute(f\"user delete --username {user}\")\n```", "lifecycle"),
    ("I reviewed the **Student Services** shared drive membership and made these changes:\n\n"
     "| Person | Before | After | Why |\n|---|---|---|---|\n| Karen Wallace | Contributor | Content manager | Lead |\n"
     "| Teresa Quinn | Manager | *removed* | Transferred |\n", "access_change"),
    ("Here's the tool-rights change for the new attendance clerk at Roosevelt (user `tmarsh`) in Infinite Campus. "
     "Apply it via System Administration > User Security.", "access_change"),
    ("I set up the Clever sharing rule for Newsela the way the curriculum office asked: all elementary schools, "
     "ELA sections, teachers and students of those sections.", "access_change"),
    ("Break-glass account for Entra:\n\n- Cloud-only account `bg-admin-01@corvane.onmicrosoft.com`.\n"
     "- Permanent Global Administrator assignment (PIM excluded).\n", "access_change"),
    ("My recommendations for the Q2 WMS certification:\n\n| User | Entitlement | Recommendation |\n|---|---|---|\n"
     "| dpatel | BY_WMS_SYSADMIN | Approve |\n| mfischer | BY_WMS_SYSADMIN | Revoke |\n", "attestation"),
    ("Plan wyłączenia dostępu dla Piotra Zielińskiego:\n\n| Termin | Krok |\n|---|---|\n"
     "| 28.11 | Wyłączenie konta AD `ext.pzielinski` |\n| 28.12 | Usunięcie konta AD |\n", "lifecycle"),
    ("監査質問 Q-12「管理者権限保有者を提示してください」への回答です。\n\n"
     "2025年6月1日時点の保有者は以下の4名です。", "attestation"),
    ("給与システムの承認ロール保持者3名について、財務部長がアクセスの妥当性を確認済みです。", "attestation"),
    ("サービスアカウント `timetable-sync` のキーを新しく作成しました。サーバーに配置してください。", "lifecycle"),
    ("Svar till revisorn: per 30 september har Anna Lindberg och Johan Ek rollen Systemadministratör. "
     "Behörigheterna granskades av förvaltningschefen och bedömdes som lämpliga.", "attestation"),
    ("Uitkomst van de toegangscontrole Magister (oktober 2025):\n\n- 4 accounts met rol *Applicatiebeheerder* — 3 "
     "**behouden**; het account van J. de Wit wordt **ingetrokken**.\n", "attestation"),
])
def test_records_configs_and_languages(content: str, kind: str) -> None:
    assert kind in kinds_in(content)


@pytest.mark.parametrize(("content", "kind"), [
    ("Training plan: three engineers will take the Certified Kubernetes Administrator (CKA) exam in September.",
     "access_change"),
    ('Status: he gets "Insufficient privileges" when opening the Network Explorer; the request waits for approval.',
     "access_change"),
    ("Find the licence seat bound to `PCK-TLB-07-OLD` and choose **Deactivate**, then run the License Wizard.",
     "lifecycle"),
    ("Labels: their carrier accounts on UPS and FedEx; test labels certified by both carriers.", "attestation"),
    ("- Eligible Owner assignment is reviewed quarterly.", "access_change"),
    ("Salesforce sharing rules extend access; you can set up a sharing rule from Setup.", "access_change"),
    ("Here's the role change for the report template.", "access_change"),
    ("**用語集**\n\n- **棚卸し**：定期的に権限の妥当性を確認する作業。", "attestation"),
])
def test_look_alikes(content: str, kind: str) -> None:
    assert kind not in {f.kind for f in findings_of(content) if f.detector != "learned"}


def test_a_polish_summary_that_changed_nothing_is_not_held() -> None:
    content = ("Podsumowanie zgłoszenia: pan Kowalski nie może otworzyć raportów w Power BI – widzi komunikat „Brak "
               "uprawnień”. Sprawdziłem, że nie należy do grupy `GG-RAN-Reports-Read`; wniosek o dostęp czeka na "
               "akceptację przełożonego. Nic nie zmieniałem – czekamy na decyzję.")
    assert not kinds_in(content) - {"pii"}


def test_a_row_written_to_an_access_register_is_evidence() -> None:
    assert judge_name("sharepoint_list_update") is None
    assert judge_name("mailing_list_add_member") == ("read", None)
    call = ToolCall("call_0", "sharepoint_list_update", json.dumps({
        "site": "https://tessera.sharepoint.com/sites/liaison", "list": "LI Access Register", "item_id": 214,
        "fields": {"Person": "Sara Eriksson", "Role": "LI-OPERATOR", "Status": "Removed"}}))
    assert "attestation" in {f.kind for f in findings_of("Recording the change in the register.", call)}
    other = ToolCall("call_0", "sharepoint_list_update", json.dumps({
        "site": "https://tessera.sharepoint.com/sites/canteen", "list": "Menu", "item_id": 3,
        "fields": {"Dish": "Soup", "Price": "4.50"}}))
    assert not findings_of("Updating the menu.", other)


def test_public_assistance_of_a_named_pupil_is_personal() -> None:
    content = ("Direct-certification matches for Roosevelt:\n\n1. Jaden Harris (Gr 2) — SNAP, direct cert 8/12\n"
               "2. Maria Lopez (Gr 4) — Medicaid, direct cert 8/12\n")
    assert "SENSITIVE_RECORD" in pii_in(content)
    assert "SENSITIVE_RECORD" not in pii_in("Jaden Harris asked about the snapshot schedule.")


def test_facts_beside_a_worker_id_are_said_of_that_worker() -> None:
    call = ToolCall("call_0", "workday_api", json.dumps({
        "operation": "Terminate_Employee", "worker_id": "WD-109554", "termination_date": "2024-07-19",
        "comment": "Positive post-incident drug test (THC 42 ng/mL), refused EAP referral."}))
    assert "HEALTH_INFO" in pii_in("Recording the separation in Workday.", call)


def test_dormant_users_deleted_by_their_last_sign_in() -> None:
    content = ("It deletes branch users that haven't logged in for 180+ days:\n\n```sql\nDELETE FROM fincore.upr\n"
               " WHERE user_id IN (\n   SELECT u.user_id FROM fincore.upr u\n"
               "   WHERE u.last_login_dt < SYSDATE - 180);\n```")
    assert "lifecycle" in {f.kind for f in findings_of(content) if f.detector == "structured"}
    aged = "```sql\nDELETE FROM user_sessions WHERE last_access < now() - interval '1 day';\n```"
    assert not [f for f in findings_of(aged) if f.detector == "structured"]


def test_user_records_set_to_a_deleted_status() -> None:
    content = ("Maximo housekeeping: 14 user records have had no login for more than 180 days. I've set them to "
               "**DELETED** status via the user application.")
    assert "lifecycle" in {f.kind for f in findings_of(content) if f.detector == "prose"}
    assert not [f for f in findings_of("We set the work order to DELETED status in Maximo.") if f.detector == "prose"]


@pytest.mark.parametrize("content", [
    '{"headers": [{"name": "Cookie", "value": "JSESSIONID=2qeXeL44LG9FivdkG4TDwXYiF9QpjBGX_il2_7ABK70jFxAXi2YH"}]}',
    "Das WLAN heißt HCH-Staff-MUC. Der aktuelle Schlüssel lautet: `Viktualien!Markt-2025#7`",
    'curl -X POST https://x.veevavault.com/api/v24.2/objects/users/61/password -d '
    '"password__v=j2PtC1yd%23sYfACA&new_password__v=EwGQvb2vHh%21VeYiH"',
    'with smtplib.SMTP("smtp.office365.com", 587) as s:\n    s.login("batch-release@veridane.com", "jejcftalvzzneriu")',
])
def test_more_credentials(content: str) -> None:
    assert "credential" in kinds_in(content)


@pytest.mark.parametrize("content", [
    '{"name": "Cookie", "value": "lang=en; tz=Europe/Berlin"}',
    "Der aktuelle Schlüssel liegt beim Empfang im Tresor.",
    'client.connect("db.internal", "replicationslave")',
])
def test_more_credential_look_alikes(content: str) -> None:
    assert "credential" not in kinds_in(content)


@pytest.mark.parametrize(("content", "kind"), [
    ("Anonymous view link for the contractor:\n\n```http\nPOST https://graph.microsoft.com/v1.0/drives/b!x7Lq/items/"
     "01OPX7Q2/createLink\nContent-Type: application/json\n\n{\"type\": \"view\", \"scope\": \"anonymous\"}\n```",
     "access_change"),
    ("**Attest av behörigheter – Salto, Q2**\n\nJag har gått igenom samtliga 58 taggar. Med undantag för två taggar "
     "intygar jag att nuvarande behörigheter är korrekta.", "attestation"),
    ("1. **Configuration Manager → Users**, select `hyd_sreddy`.\n2. Right-click → **Properties** → uncheck "
     "**Enabled**.", "lifecycle"),
    ("```powershell\nSet-ADAccountExpiration -Identity ext-tylerup-01 -DateTime $end\n```", "lifecycle"),
    ("2. **Lunes 29, 16:00.** Se retira su pertenencia a `GG-Helpdesk-Tier2` y al rol de operador de LAPS.",
     "access_change"),
])
def test_links_languages_toggles_and_cmdlets(content: str, kind: str) -> None:
    assert kind in kinds_in(content)


def test_a_plan_stored_for_a_clock_time_in_a_zone() -> None:
    call = ToolCall("call_0", "store_memory", json.dumps({"key": "todo.seasonal-offboarding", "value": (
        "On 31 Oct 2025 at 18:00 CET disable Okta and AD accounts of the seasonal pool team: ante.kovac, "
        "luka.babic.")}))
    assert "lifecycle" in {f.kind for f in findings_of("Saved. I'll run the disablements then.", call)}


def test_a_new_admin_posted_to_an_admins_collection_is_an_account_too() -> None:
    call = ToolCall("call_0", "http_request", json.dumps({
        "method": "POST", "url": "https://api.meraki.com/api/v1/organizations/549236/admins",
        "body": {"email": "ivan.maric@example.com", "name": "Ivan Maric", "orgAccess": "none",
                 "networks": [{"id": "L_1", "access": "read-only"}]}}))
    assert {"access_change", "lifecycle"} <= {f.kind for f in findings_of("Creating a read-only admin.", call)}


@pytest.mark.parametrize(("content", "kind"), [
    ("Open the webhook settings for the users feed and uncheck **Enabled**.", "lifecycle"),
    ("Rooming list: add guests to the block with the group's rate code **WED25** so they get the wedding rate.",
     "access_change"),
    ("Se retira la propuesta del comité de becas.", "access_change"),
])
def test_more_look_alikes(content: str, kind: str) -> None:
    assert kind not in {f.kind for f in findings_of(content) if f.detector != "learned"}


def test_a_cmdlet_named_remove_is_no_verdict_and_a_persona_is_no_person() -> None:
    printer = ToolCall("call_0", "run_shell", json.dumps({"command": "Remove-Printer -Name 'PRN-CR2A-01'"}))
    assert not findings_of("Removing the decommissioned printer.", printer)
    story = ToolCall("call_0", "create_user_story", json.dumps({
        "title": "Reset password from the app", "story": "As a Harbour Rewards member, I want to reset my password "
        "inside the app so that I don't have to switch apps."}))
    assert not findings_of("Adding it to the backlog as a user story.", story)


def test_keys_after_a_network_and_to_their_holder_and_a_cut_expression() -> None:
    assert "credential" in kinds_in("Connect the tablets to SSID HCT-SHOP (it's PSK). Key: Gr3ase&Gears-2025 .")
    assert "credential" not in kinds_in("Connect to SSID GUEST; the key: is printed on the router.")
    assert "credential" in kinds_in("Your key for the API is: hct_pk_BCtwivUj3MPwMU028zmHBbbk9TL3I4QkjhqhTYY5")
    assert "credential" not in kinds_in("Your key for the front door is in the lockbox.")
    hcl = ('resource "aws_db_instance" "h" {\n  username = "ignition"\n'
           '  password = data.vault_kv_secret_v2.ignition_db.data["password"]\n}')
    assert "credential" not in kinds_in(hcl)


def test_a_recommendation_on_a_named_access_request_stands() -> None:
    content = ('**Access request REQ-22914: Maximo "Work Order Planner" for Dwayne Castillo (Fleet Maintenance)**\n\n'
               "| Check | Result |\n|---|---|\n| Job code | 4410 Maintenance Planner II |\n"
               "| Manager approval | Given 03/14 by L. Tran |\n\nRecommendation: approve. The role is standard for the "
               "position.")
    assert "access_change" in {f.kind for f in findings_of(content) if f.detector == "prose"}
