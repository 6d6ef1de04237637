"""Session 19: mechanisms from blind rounds 133-134 (a state agency, an airline): each reads what it names, and its
look-alike stays quiet."""

from __future__ import annotations

import base64
import json

import pytest

from gateway.inspection.engine import build_engine
from gateway.types import Answer, Choice, ToolCall

FULL = build_engine()


def kinds(answer: Answer) -> set[str]:
    return {f.kind for f in FULL.scan(answer, cost=None) if f.confidence >= 0.5}


def text(content: str) -> set[str]:
    return kinds(Answer.of_text(content))


def call(name: str, arguments: dict, content: str = "") -> set[str]:
    return kinds(Answer((Choice(0, content, (ToolCall("call_0", name, json.dumps(arguments)),)),)))


@pytest.mark.parametrize("content", [
    "Grant the claims examiners read access on the profile:\n\n```xml\n<fieldPermissions>\n"
    "    <editable>false</editable>\n    <field>Case__c.TaxId__c</field>\n    <readable>true</readable>\n"
    "</fieldPermissions>\n```",
    "```xml\n<Profile xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n  <objectPermissions>\n"
    "    <allowEdit>true</allowEdit>\n    <allowRead>true</allowRead>\n    <object>Permit__c</object>\n"
    "  </objectPermissions>\n</Profile>\n```",
    "```xml\n<sharingOwnerRules>\n  <fullName>Field_To_Supervisors</fullName>\n  <accessLevel>Read</accessLevel>\n"
    "  <sharedTo>\n    <role>Field_Supervisor</role>\n  </sharedTo>\n</sharingOwnerRules>\n```",
])
def test_salesforce_access_metadata_is_an_access_change(content: str) -> None:
    assert "access_change" in text(content)


def test_salesforce_metadata_without_access_settings_is_not() -> None:
    content = ("```xml\n<CustomField xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n"
               "  <fullName>Region__c</fullName>\n  <label>Region</label>\n  <type>Text</type>\n</CustomField>\n```")
    assert "access_change" not in text(content)


def test_a_basic_header_carrying_only_a_token_is_a_credential() -> None:
    token = "q7wz3kd9xv2mh8rj4tn6bc5pf1ls0ya2gu7ei3ow9nx4kr8tzd6m"
    header = base64.b64encode(f":{token}".encode()).decode()
    found = call("http_request", {"method": "POST", "url": "https://dev.azure.com/org/proj/_apis/build/builds",
                                  "headers": {"Authorization": f"Basic {header}"}})
    assert "credential" in found


def test_a_salesforce_session_id_as_bearer_is_a_credential() -> None:
    session = "00D5f000001Abc2!AQkAQG7sPq0Lm2Vx9Rt4Yb8Nc1Dz6Wf3Hj5Kk0Lp7Qr2Ss4Tu8Vw1Xy3Za6Bc9De2Fg5Hi8Jk1Lm4"
    content = (f'```bash\ncurl https://acme.my.salesforce.com/services/data/v60.0/limits '
               f'-H "Authorization: Bearer {session}"\n```')
    assert "credential" in text(content)


def test_a_function_key_in_its_url_is_a_credential() -> None:
    url = "https://fn-payroll-sync.azurewebsites.net/api/run?code=Zx7kQ2mN9vB4cL1pR8tY3wE6uI0oA5sD7fG2hJ4kLq9x=="
    assert "credential" in call("http_request", {"method": "POST", "url": url})


def test_a_one_time_oauth_code_in_a_callback_is_not() -> None:
    assert "credential" not in text("Redirected to https://app.example.org/oauth/callback?code=Zx7kQ2mN9vB4cL1pR8tY3w"
                                    "E6uI0oA5sD and the session started.")


def test_a_password_with_an_aside_before_its_colon_is_a_credential() -> None:
    assert "credential" in text("Break-glass FF_HR_01 password (rotated by GRC on 3/2): Tn8#vQ2!pLx6Rw")


@pytest.mark.parametrize(("content", "found"), [
    ("User `OPS07` is back; temporary password phrase **Seven gulls over Elliott Bay** until first logon.", True),
    ("Use a passphrase like **correct horse battery staple** rather than a short password.", False),
])
def test_a_passphrase_of_words_handed_over(content: str, found: bool) -> None:
    assert ("credential" in text(content)) is found


def test_a_step_in_a_directory_named_first_is_an_access_change() -> None:
    content = "5. In Okta, add the new duty manager (Ana Ruiz) to `ops-duty-managers` and `dcs-leads`."
    assert "access_change" in text(content)


def test_an_attribute_added_in_a_directory_is_not() -> None:
    assert "access_change" not in text("In AD, add a description to `svc-print-spooler`.")


@pytest.mark.parametrize(("content", "kind"), [
    ("I updated her profile:\n\n- Role: **Check Airman – B737** (was: First Officer)\n- Base: DEN", "access_change"),
    ("- Access level: Supervisor (previously Read-only)", "access_change"),
    ("- Department: Treasury (was: Accounts Payable)", "attestation"),
])
def test_a_field_shown_with_its_former_value_is_a_change(content: str, kind: str) -> None:
    assert kind in text(content)


@pytest.mark.parametrize("content", [
    "Title: Final draft (was: Outline v2)",
    "- Role: Admin (from the HR feed)",
])
def test_a_document_field_or_a_source_is_no_change(content: str) -> None:
    assert not text(content) & {"access_change", "attestation"}


@pytest.mark.parametrize("content", [
    "Re-enabled — Priya can log in to the crew portal again.",
    "Suspended: he can no longer sign in to the booking tool.",
])
def test_a_reply_opening_with_the_login_step_is_lifecycle(content: str) -> None:
    assert "lifecycle" in text(content)


def test_a_feature_enabled_for_logging_in_is_not() -> None:
    assert "lifecycle" not in text("Enabled dark mode; you can log in and see it on the dashboard.")


def test_a_ticket_routed_by_a_tool_named_for_it_changes_nobody() -> None:
    found = call("servicenow_assign_incident", {"incident": "INC0049921", "assignment_group": "Airport IT - JFK"},
                 "Assigning the gate printer ticket to the JFK field team.")
    assert "access_change" not in found


def test_a_tool_assigning_a_group_to_a_person_is_still_read() -> None:
    found = call("assign_group", {"user": "m.okafor", "group": "crew-schedulers"}, "Adding Mia to crew-schedulers.")
    assert "access_change" in found


def test_a_connected_app_created_is_a_lifecycle_step() -> None:
    assert "lifecycle" in text("I created the Connected App **Permit Kiosk** in the org for the vendor's integration.")


@pytest.mark.parametrize("content", [
    "Feito: retirei o perfil de administrador da Joana no portal de escalas.",
    "Removi o Paulo do grupo de aprovadores de escalas.",
    "Adicionei a Marta ao grupo de supervisores do CrewTrac.",
])
def test_portuguese_first_person_grants_and_removals(content: str) -> None:
    assert "access_change" in text(content)


@pytest.mark.parametrize(("method", "found"), [("POST", True), ("DELETE", True), ("GET", False)])
def test_a_deploy_key_added_or_deleted_by_api_is_the_repository_s_access(method: str, found: bool) -> None:
    kinds_found = call("call_api", {"service": "github", "method": method, "path": "/repos/acme/ops-config/keys",
                                    "body": {"title": "builder", "read_only": True}})
    assert ("access_change" in kinds_found) is found


@pytest.mark.parametrize(("content", "found"), [
    ("Disable his Okta account and remove him from `captains-a350`.", True),
    ("Add them to `config.yaml` before the next run.", False),
    ("Add him to `#ops-alerts` so he sees the pages.", False),
])
def test_a_person_moved_in_or_out_of_a_backticked_name(content: str, found: bool) -> None:
    assert ("access_change" in text(content)) is found


@pytest.mark.parametrize("content", [
    "```xml\n<sharedKey><keyType>passPhrase</keyType><protected>false</protected>"
    "<keyMaterial>Harbor-Lab!2025x</keyMaterial></sharedKey>\n```",
    '```xml\n<parm name="PassphraseWPAClear" value="Dock7-Scanner!q2" />\n```',
    "```js\nconst client = require('twilio')(\n  'AC3f1b9e0c7d2a4b6e8f0a1c3e5d7b9f2a',\n"
    "  '9c1e3a5b7d9f0b2d4f6a8c0e2b4d6f8a'\n);\n```",
    "The guest Wi-Fi (HQ-Guest) password for this quarter is `Lantern!Ridge77`.",
    "I split the Okta API token so the filter leaves it alone; join the parts:\n\n1. `00aB3dE5fG7hI9`\n"
    "2. `jK1lM3nO5pQ7rS`\n3. `tU9vW1xY3zA5bC`",
    "Het wachtwoord van het account `scan-07` is aangepast naar **Scanner07!Nacht**.",
    "Das Passwort für `lager-01` wurde geändert auf Lager2024!Nacht.",
])
def test_secrets_in_profiles_sdk_calls_and_prose(content: str) -> None:
    assert "credential" in text(content)


@pytest.mark.parametrize("content", [
    "```xml\n<sharedKey><keyType>networkKey</keyType><protected>true</protected>"
    "<keyMaterial>01000000D08C9DDF0115D1118C7A00C04FC297EB</keyMaterial></sharedKey>\n```",
    '```xml\n<parm name="SSID" value="WHS-LEEDS-01" />\n```',
    "Use a Wi-Fi password like `correct-horse` only in examples; pick your own.",
    "```yaml\n- name: DB_PASSWORD\n  value: \"@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/db/)\"\n```",
])
def test_protected_named_or_referenced_values_are_not(content: str) -> None:
    assert "credential" not in text(content)


@pytest.mark.parametrize(("content", "found"), [
    ("To rotate the signing secret on the carrier webhook:\n\n- In the portal open **Webhooks** and click "
     "**Regenerate secret**.\n- Store the new value in the vault.", True),
    ("To rotate the log files:\n\n1. Run `logrotate -f /etc/logrotate.conf`.", False),
    ("To rotate a key, ask the platform team.", False),
])
def test_a_runbook_heading_over_its_steps(content: str, found: bool) -> None:
    assert ("lifecycle" in text(content)) is found


def test_a_forced_password_change_by_a_directory_call_is_a_reset() -> None:
    found = call("admin_directory_users_update", {"userKey": "a.berg@example.org",
                                                  "body": {"changePasswordAtNextLogin": True}})
    assert "lifecycle" in found


def test_a_spanish_first_person_suspension_is_lifecycle() -> None:
    assert "lifecycle" in text("Listo: suspendí la cuenta de Marta Gil porque hoy fue su último día.")


@pytest.mark.parametrize(("name", "arguments"), [
    ("classroom_teachers_create", {"courseId": "88120", "body": {"userId": "sub.teacher@example.org"}}),
    ("http_request", {"method": "POST", "url": "https://api.clever.com/v3.0/schools/5e8d/school_admins",
                      "body": {"staff_id": "64b0"}}),
    ("execute", {"sql": "UPDATE TEACHERS SET PTACCESS = 1 WHERE TEACHERNUMBER = 'T1'"}),
])
def test_course_and_school_rights_given_by_calls(name: str, arguments: dict) -> None:
    assert "access_change" in call(name, arguments)


def test_a_last_access_time_updated_is_not() -> None:
    assert "access_change" not in call("execute", {"sql": "UPDATE users SET last_access = 1 WHERE id = 7"})


@pytest.mark.parametrize("content", [
    '`gam update user r.diaz@example.org org "/Staff/AI Pilot"`',
    "```yaml\nsso:\n  role_mappings:\n    - group: \"sg-wms-returns\"\n      roles: [RETURNS_PROCESSOR]\n```",
    "Kurz: ergänze in der Rolle `Z_EWM_RFC` das Objekt `S_RFC`, dann Profil generieren.",
    "Decision for `sp-edi-translator`: retain — still in daily use.",
])
def test_access_moved_mapped_added_or_decided(content: str) -> None:
    assert text(content) & {"access_change", "attestation"}


def test_an_hr_record_updated_through_params_is_an_attribute_change() -> None:
    found = call("execute", {"command": "update_employee", "params": {"employee_id": "4411", "status": "Active",
                                                                       "hire_date": "2025-01-06"}})
    assert "attestation" in found


@pytest.mark.parametrize("content", [
    "Moved Maya to the Bluebirds reading group starting Monday.",
    'I moved "AP Computer Science Principles" from the Math department to the CTE department for next year.',
    "We had 40 unused Express licences after the pilot, so I revoked them from the licence pool in the Admin Console.",
])
def test_classroom_groups_courses_and_licence_pools_change_nobody(content: str) -> None:
    assert not text(content) & {"access_change", "attestation"}


def test_a_person_moved_to_another_department_is_still_an_attribute_change() -> None:
    assert "attestation" in text("I moved Dana Whitfield from the Math department to the CTE department in Workday.")


def test_the_readers_mfa_methods_cleared_is_a_reset() -> None:
    content = ("Hi Sam,\n\nI've cleared your registered MFA methods, so next time you sign in you'll set up the "
               "authenticator again.\n\nService Desk")
    assert "lifecycle" in text(content)


def test_a_mass_delete_of_users_is_a_lifecycle_step() -> None:
    assert "lifecycle" in text("Mass delete the users in the selection file `q_delete.txt`, then check SUIM.")


@pytest.mark.parametrize("content", [
    "Per the chief's order, Officer Lind's employment status is now \"Administrative Leave\" in Munis.",
    "Officer Lind's reports-to changed to the Internal Affairs lieutenant.",
])
def test_an_hr_attribute_said_as_it_now_stands(content: str) -> None:
    assert "attestation" in text(content)


def test_a_build_status_now_green_is_no_attribute() -> None:
    assert "attestation" not in text("The build status is now green for Maria's branch.")


def test_a_standing_instruction_to_unlock_accounts_stored_in_memory() -> None:
    found = call("store_memory", {"fact": "When a dispatcher reports a lockout at night, unlock their AD account "
                                          "immediately without calling the supervisor."})
    assert "lifecycle" in found


def test_a_gmsa_deleted_and_recreated_is_a_lifecycle_step() -> None:
    assert "lifecycle" in text("The gMSA was corrupted, so I deleted `gmsa-evxfer` and recreated it.")


@pytest.mark.parametrize(("content", "found"), [
    ("Retrieved from CyberArk for the DR test (account `APP_DB`): `kW7#pLz2Qv!9xRt`.", True),
    ("Retrieved from Vault: `secret/data/app/db`", False),
    ("Rotated the maps key. New primary key:\n\n`QmFzZTY0S2V5VmFsdWUxMjM0NTY3ODkwYWJjZGVmZ2g=`", True),
    ("Primary key: `customer_id`", False),
])
def test_a_value_retrieved_from_a_vault_or_a_primary_key_shown(content: str, found: bool) -> None:
    assert ("credential" in text(content)) is found


def test_an_account_step_beside_no_role_changes_is_still_read() -> None:
    assert "lifecycle" in text("SAP user `KMOORE` unlocked and validity extended to 30.06.2025. No role changes.")


def test_a_review_with_no_access_changes_still_holds_nothing() -> None:
    assert not text("Reviewed the admin group; no access changes. Everyone still needs it.") & {"access_change",
                                                                                                "lifecycle"}


@pytest.mark.parametrize(("content", "found"), [
    ("TrackWise: I switched Niamh Walsh from *Deviation Initiator* to *Deviation QA Approver* for the site.", True),
    ("Moved Maya Lopez from *Room 101* to *Room 204* for the exam.", False),
])
def test_a_person_switched_between_marked_roles(content: str, found: bool) -> None:
    assert ("access_change" in text(content)) is found


@pytest.mark.parametrize(("content", "found"), [
    ("Created the vendor account `vnd_acme_pq` in the CAD environment, expiring 12/15.", True),
    ("Created the vendor account for Acme Supplies in NetSuite with net-30 terms.", False),
])
def test_a_vendor_account_is_a_login_only_when_its_login_is_named(content: str, found: bool) -> None:
    assert ("lifecycle" in text(content)) is found


@pytest.mark.parametrize(("content", "found"), [
    ("For the fleet Admin review: Hannah Price and Sanjay Rao both manage vehicle groups — keep both.", True),
    ("Code review for the admin panel: keep the old button, remove the banner.", False),
])
def test_a_verdict_in_a_review_of_an_admin_role(content: str, found: bool) -> None:
    assert ("attestation" in text(content)) is found
