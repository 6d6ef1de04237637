"""Session 23: mechanisms from blind rounds 181-184 and older dev misses: each reads what it names, and its
look-alike stays quiet."""

from __future__ import annotations

import pytest

from gateway.inspection.engine import build_engine
from gateway.types import Answer

FULL = build_engine()


def kinds_in(content: str) -> set[str]:
    return {f.kind for f in FULL.scan(Answer.of_text(content), cost=None) if f.confidence >= 0.5}


def secrets_in(content: str) -> set[str]:
    return {f.details.get("type") for f in FULL.scan(Answer.of_text(content), cost=None)
            if f.kind == "credential" and f.confidence >= 0.5}


@pytest.mark.parametrize(("content", "kind"), [
    ("Webhook HMAC key rotation for the booking engine:\n\n1. Customer Area → Developers → Webhooks → *Edit*.\n"
     "2. Under *Security*, **Generate new HMAC key**. Copy it once into the vault.\n3. Run the secrets pipeline.",
     "lifecycle"),
    ("1. In the merchant portal → Settings → API Access → *Generate new Auth Token* for merchant **LIS1-ECOM**.\n"
     "2. Paste it into the vault, not into the ticket.", "lifecycle"),
    ("To give Priya the project role:\n\n1. Open Project settings → People.\n2. **Add people**, search for Priya "
     "Nair and pick the *Developers* role.", "access_change"),
])
def test_console_buttons_in_emphasis(content: str, kind: str) -> None:
    assert kind in kinds_in(content)


@pytest.mark.parametrize("content", [
    "1. For each item, read the description and last-login date.\n2. Choose **Approve** if the person still needs "
    "it, **Revoke** if not.",
    "Release notes:\n\n- **Generate new report** button on the dashboard is now blue.\n- Faster exports.",
])
def test_emphasis_look_alikes(content: str) -> None:
    assert not kinds_in(content) & {"access_change", "lifecycle"}


@pytest.mark.parametrize("content", [
    "Copy the new key once into the CyberArk entry `Adyen-Webhook-HMAC-Ecom` and close the dialog.",
    "Paste the token directly into the CyberArk account `Shift4-LIS1-ECOM-AuthToken`, not into the chat.",
])
def test_vault_entry_names_are_no_secret(content: str) -> None:
    assert not secrets_in(content)


def test_a_key_with_a_vendor_prefix_stays_a_secret() -> None:
    assert secrets_in("The webhook secret is `whsec-Q8mZ7vLx2KpR9tNw4YbE6cHd` for the Ecom endpoint.")


def test_a_bytes_literal_secret() -> None:
    assert secrets_in('WEBHOOK_SECRET = b"57f9b644ccebc9572c2417764fc693bf34211a6ffccc575d"\n')


def test_a_raw_string_regex_is_no_secret() -> None:
    assert not secrets_in('PATTERNS = {\n    "github_token": r"\\bgh[pousr]_[A-Za-z0-9]{36}\\b",\n}\n')


@pytest.mark.parametrize(("content", "kind"), [
    ("Rotate the Twilio auth token used by the reminder SMS before Friday.", "lifecycle"),
    ("Please switch her role from *Staff* to *Admin* for the Harbor Point location only.", "access_change"),
])
def test_more_mechanisms(content: str, kind: str) -> None:
    assert kind in kinds_in(content)


def test_a_token_refreshed_by_the_sdk_is_no_step() -> None:
    assert "lifecycle" not in kinds_in("Access tokens expire after an hour; the SDK refreshes the access token for "
                                       "you.")


@pytest.mark.parametrize(("content", "kind"), [
    ("## Access runbook\n\n1. Confirm the roster in RefLink (read-only check, no changes).\n2. Verify the replay rigs "
     "are on firmware 7.4.\n3. Add the four guest video reviewers from the partner league to "
     "`APP-ReplayCenter-Operators` in Okta with an expiry of the last game date.\n4. Test the backup feed.",
     "access_change"),
    ("Following the phishing report from Memphis, I suspended the PRS (Player Registration System) login for "
     "`kwatts@memphispilots.com` until Club IT confirms the mailbox is clean.", "lifecycle"),
    ("La password del servizio è memorizzata in esadecimale: `draw_pw_hex = 44723466744c30747465727921`.",
     "credential"),
    ("De CI-job faalt omdat het token verlopen was. Ik heb een nieuw project-token aangemaakt: "
     "`glpat-4G55YEF-t3VAHwngbppy`. Zet het in de variabele `CI_PUSH_TOKEN`.", "lifecycle"),
    ("He creado un nuevo token de proyecto: `glpat-4G55YEF-t3VAHwngbppy`.", "lifecycle"),
])
def test_round_184_mechanisms(content: str, kind: str) -> None:
    assert kind in kinds_in(content)


@pytest.mark.parametrize(("content", "kind"), [
    ("Remove the interns from the pilot group to keep the numbers small.", "lifecycle"),
    ("Following the audit report, we will disable the account if the manager agrees.", "lifecycle"),
    ("He creado un nuevo token de proyecto, pero todavía no lo he copiado.", "lifecycle"),
])
def test_round_184_look_alikes(content: str, kind: str) -> None:
    assert kind not in kinds_in(content)


@pytest.mark.parametrize(("content", "kind"), [
    ("In general, a project-level binding in GCP has this shape:\n\n```\ngcloud projects add-iam-policy-binding "
     "PROJECT_ID --member=\"group:GROUP_EMAIL\" --role=\"ROLE_NAME\"\n```\n\nbut please don't run anything yet. "
     "Tell me which team, which dataset and for how long, and raise the request in ServiceNow so the data owner "
     "can approve it first.", "access_change"),
    ("With ABAC, crew moving between ships is easier, since nobody has to move group memberships.", "access_change"),
    ("A conta de bordo do hóspede pode ser liquidada na receção. Se o cartão registado for recusado, a conta fica "
     "bloqueada para novas compras.", "lifecycle"),
    ("Het voordeel van SSO: minder wachtwoorden, en bij uitdiensttreding hoeft maar één account uitgeschakeld te "
     "worden.", "lifecycle"),
])
def test_round_181_look_alikes(content: str, kind: str) -> None:
    assert kind not in kinds_in(content)


@pytest.mark.parametrize(("content", "kind"), [
    ("For the new role, run this as SECURITYADMIN:\n\n```sql\nCREATE ROLE IF NOT EXISTS METER_ANALYST;\n"
     "GRANT USAGE ON WAREHOUSE ANALYTICS_XS TO ROLE METER_ANALYST;\nGRANT ROLE METER_ANALYST TO USER \"AOKONKWO\";\n"
     "```", "access_change"),
    ("```bash\ngcloud projects add-iam-policy-binding fleet-prod --member=\"group:ops@fleet.example\" "
     "--role=\"roles/viewer\"\n```\nRun it now, the ticket is approved.", "access_change"),
    ("O cartão do Pedro foi recusado, por isso bloqueei a conta de utilizador dele no portal.", "lifecycle"),
])
def test_round_181_changes_stay(content: str, kind: str) -> None:
    assert kind in kinds_in(content)


@pytest.mark.parametrize(("content", "kind"), [
    ("In the casino console: **Staff → Emre Yilmaz → Security Profile**, switch him from *Cage Cashier* to *Cage "
     "Supervisor (Fills & Credits)*. The manager signed the form.", "access_change"),
    ("Atualizei no CrewHub a data de fim de contrato do cozinheiro Joaquim Teixeira de 15/08 para **30/06**, a pedido "
     "dele.", "attestation"),
    ("As owner of the shared mailbox I attest that the current delegates (Nadia Osei, Luis Paredes with Send As; "
     "Tobias Kruger with Read only) are all on the Group Sales team and need this access.", "attestation"),
])
def test_round_181_mechanisms(content: str, kind: str) -> None:
    assert kind in kinds_in(content)


def test_a_new_supervisor_is_still_an_attribute() -> None:
    found = kinds_in("Workday: change Emre Yilmaz's supervisor from Paolo Conti to Ana Ruiz, effective 1 May.")
    assert "attestation" in found and "access_change" not in found


def test_a_named_service_account_made_in_an_answer_that_explains() -> None:
    content = ("For the fuel telemetry ingest, create a dedicated service account:\n\n```bash\ngcloud iam "
               "service-accounts create fuel-telemetry-ingest --project=ab-emissions\n```\n\nWorkload identity means "
               "we don't need a JSON key for it.")
    assert "lifecycle" in kinds_in(content)


def test_italian_suspend_imperative() -> None:
    assert "lifecycle" in kinds_in("Sospendi subito i loro account su Google Workspace, senza cancellarli.")


@pytest.mark.parametrize(("name", "verdict"), [
    ("criar_utilizador_ad", ("lifecycle", "create")),
    ("benutzer_sperren", ("lifecycle", "disable")),
    ("asignar_rol", ("access_change", "grant")),
    ("lid_toevoegen_groep", ("access_change", "grant")),
    ("create_user_ad", ("lifecycle", "create")),
])
def test_tool_names_in_other_languages(name: str, verdict: tuple[str, str]) -> None:
    from gateway.inspection.tool_names import judge_name

    assert judge_name(name) == verdict


def test_a_records_retention_table_is_no_review() -> None:
    content = ("Second review of the 2010 Estates files:\n\n| File | Decision | Reason |\n|---|---|---|\n"
               "| EST/2010/14 Boiler replacement | Destroy | Routine |\n| EST/2010/22 Reading room design | Retain | "
               "Architectural significance |\n\nRetained files will be transferred to the archive catalogue.")
    assert "attestation" not in kinds_in(content)


def test_an_access_review_table_stays_a_review() -> None:
    content = ("Q3 access review of the finance share:\n\n| User | Access | Decision |\n|---|---|---|\n"
               "| j.berg | Finance-RW | Retain |\n| p.olsen | Finance-RW | Revoke |")
    assert "attestation" in kinds_in(content)


def test_a_german_wpa2_key_handed_over() -> None:
    assert secrets_in("Für das Mitarbeiter-WLAN lautet der WPA2-Schlüssel ab Montag `Marginalia#Folio88`.")


def test_a_wlan_key_talked_about_is_no_secret() -> None:
    assert not secrets_in("Der WLAN-Schlüssel wird über das Portal verteilt; bitte nicht weitergeben.")


@pytest.mark.parametrize(("content", "tool", "arguments"), [
    ("The private-sale code leaked on a coupon site; disabling it and suspending the campaign.",
     "sfcc_update_promotion", {"promotion_id": "PRIVATE-SALE-JUNE", "coupon_code": "VERANE-PRIVE-25", "enabled": False,
      "campaign_status": "suspended"}),
    ("Creating the namespace for the new appointment-reminders service.", "kubectl",
     {"context": "eks-ecom-prod", "args": "create namespace appointment-reminders"}),
])
def test_calls_that_change_no_one(content: str, tool: str, arguments: dict) -> None:
    from probes import engine_call_kinds

    assert not engine_call_kinds(FULL, tool, arguments, content) & {"access_change", "lifecycle"}


def test_a_cluster_call_that_binds_someone_stays_a_change() -> None:
    from probes import engine_call_kinds

    arguments = {"args": "create rolebinding ops-view --clusterrole=view --user=ana@example.com -n ops"}
    assert "access_change" in engine_call_kinds(FULL, "kubectl", arguments, "Binding Ana to view in ops.")


@pytest.mark.parametrize(("content", "kind"), [
    ("Summary of the joiner-mover-leaver standard for the policy portal: joiners receive access based on their role "
     "profile; leavers' accounts are disabled no later than their last working day.", "access_change"),
])
def test_generic_descriptions(content: str, kind: str) -> None:
    assert kind not in kinds_in(content)


def test_matching_users_placed_into_a_group_is_no_membership_step() -> None:
    findings = FULL.scan(Answer.of_text("Okta group rules evaluate profile attributes and place matching users into a "
                                        "group automatically."), cost=None)
    assert not [f for f in findings if f.detector == "prose" and f.details.get("rule") == "prose-membership"]


def test_people_added_to_a_group_named_next() -> None:
    assert "access_change" in kinds_in("Please add Dana Whitfield to a group called `sg-finance-ro` in Entra today.")


def test_role_changes_as_a_before_and_after_table() -> None:
    content = ("DriverHub role changes applied for the ops restructure (ticket OPS-2291):\n\n"
               "| Person | Before | After |\n|---|---|---|\n"
               "| Fernanda Ortiz | Document Reviewer | Document Reviewer, Appeals Approver |\n"
               "| Luis Carrasco | Appeals Approver | Document Reviewer |\n\nAll changes are live.")
    assert "access_change" in kinds_in(content)


def test_a_before_and_after_table_of_prices_is_no_access_change() -> None:
    content = ("Price changes for the spring menu:\n\n| Item | Before | After |\n|---|---|---|\n"
               "| Flat white | 3.20 | 3.40 |\n| Croissant | 2.10 | 2.30 |")
    assert "access_change" not in kinds_in(content)


def test_an_account_re_activated() -> None:
    assert "lifecycle" in kinds_in("- Okta account re-activated today for Ama Boateng, status ACTIVE.")


@pytest.mark.parametrize("content", [
    "- [x] Okta: store team added to `APP-Tulip-Store-SEL-CHD`\n- [ ] Receipt printer firmware update",
    "- Ji-ho Park added to `APP-Cegid-Store-Managers`",
])
def test_added_to_a_named_group_without_an_auxiliary(content: str) -> None:
    assert "access_change" in kinds_in(content)


@pytest.mark.parametrize("content", [
    "Bug Fix added to `release-2.1` branch.",
    "Mobile Team added to `ops-dashboard` board.",
])
def test_added_to_a_branch_or_a_board(content: str) -> None:
    assert "access_change" not in kinds_in(content)


def test_a_vault_write_tool_that_rotates_a_database_role() -> None:
    from probes import engine_call_kinds

    assert "lifecycle" in engine_call_kinds(FULL, "vault_write", {"path": "database/rotate-role/clienteling-app"}, "")


def test_a_vault_read_tool_is_no_step() -> None:
    from probes import engine_call_kinds

    assert "lifecycle" not in engine_call_kinds(FULL, "vault_read", {"path": "database/creds/readonly"}, "")


def test_a_spanish_wpa2_password_handed_over() -> None:
    assert secrets_in("Hola Lucía: la red es MV-SERRANO-STAFF y la contraseña WPA2 es Serrano_Tienda#9214.")


def test_a_named_account_created_by_the_speaker() -> None:
    content = ("For the booking kiosk at the entrance I created a dedicated cloud-only account, "
               "`kiosk-par-montaigne@maison-verane.com`, with password sign-in disabled. It isn't licensed for mail. "
               "Owner recorded in the account's `extensionAttribute3`.")
    assert "lifecycle" in kinds_in(content)
    assert not secrets_in(content)


@pytest.mark.parametrize(("content", "kind"), [
    ("\"Revoke his badge. Lock him out of everything.\" Outside, the flare roared orange.\n\n— opening of chapter 3 of "
     "*Flare Stack*, draft 2", "access_change"),
    ("Serwerownia pracuje na UPS i agregacie.", "access_change"),
])
def test_round_189_look_alikes(content: str, kind: str) -> None:
    assert kind not in kinds_in(content)


def test_spanish_agregar_stays_a_grant() -> None:
    assert "access_change" in kinds_in("Agregué a Marta al grupo `GG-Finanzas-Lectura` en Entra ID esta mañana.")


def test_a_checkbox_label_is_no_grant() -> None:
    findings = FULL.scan(Answer.of_text("2. In GitHub: *Settings → Deploy keys*, paste the `.pub` content, and leave "
                                        "*Allow write access* unchecked unless the job must push."), cost=None)
    assert not [f for f in findings if f.details.get("rule") == "prose-access"]


def test_a_server_command_named_with_its_users() -> None:
    from probes import engine_call_kinds

    arguments = {"server": "print-01", "command": "delete-existing-users", "usernames": ["bf-akhan", "bf-lmorris"]}
    assert "lifecycle" in engine_call_kinds(FULL, "papercut_server_command", arguments, "")


def test_a_server_command_without_users_is_no_named_command() -> None:
    from gateway.inspection.tool_calls import _named_command

    assert _named_command({"command": "delete-old-jobs"}) is None
    assert _named_command({"command": "delete-existing-users", "usernames": ["a"]}) == ("lifecycle", "delete")


def test_a_ticked_checklist_item_is_a_record() -> None:
    assert "access_change" in kinds_in("- [x] Added the 14 scaffold foremen to SAP role `Z_PM_NOTIF_CREATE_GEI`.")


def test_a_key_compiled_into_firmware() -> None:
    content = ("```c\nstatic const uint8_t PL_HMAC_KEY[16] = {\n    0xbd, 0xcb, 0xaa, 0xd2, 0x66, 0x7f, 0x1a, 0x61,\n"
               "    0xea, 0x7e, 0x03, 0x9a, 0xbb, 0xc9, 0x26, 0xbe\n};\n```")
    assert "generic_secret" in secrets_in(content)


def test_a_byte_table_is_no_key() -> None:
    content = "static const uint8_t PAD_KEY[16] = {" + ", ".join(["0x00"] * 16) + "};"
    assert not secrets_in(content)


def test_a_german_wlan_password_after_a_quoted_name() -> None:
    assert secrets_in("Hallo Lena, das Passwort für das Mitarbeiter-WLAN „HB-Staff“ in Kreuzberg lautet seit heute "
                      "**Spree-Kabel-2291!**.")


@pytest.mark.parametrize(("content", "kind"), [
    ("Ich habe dem Benutzer MKELLER in SU01 die Sammelrolle `Z_QM_CAPA_FREIGABE` zugeordnet.", "access_change"),
    ("Esito della revisione trimestrale degli accessi a ValGenesis: 17 utenti attivi, 16 confermati come appropriati, "
     "1 revocato (consulente a fine contratto).", "attestation"),
])
def test_round_192_mechanisms(content: str, kind: str) -> None:
    assert kind in kinds_in(content)


def test_a_periodic_review_reported_done_over_verdicts() -> None:
    content = ("Slack multi-channel guests, quarterly review done with the channel owners:\n\n"
               "* `@anna (Lumen Pricing)` — keep until 30 Apr (SOW)\n* `@bouwplan-pm` — **remove**, fit-out done\n\n"
               "Sign-off: Kwame, 03 Apr.")
    assert "attestation" in kinds_in(content)


def test_a_quarterly_review_of_a_budget_is_no_access_review() -> None:
    assert "attestation" not in kinds_in("Marketing budget, quarterly review done with finance:\n\n* Events — keep\n"
                                         "* Print ads — remove")


def test_dutch_access_now_held_at_a_level() -> None:
    assert "access_change" in kinds_in("Joost heeft nu **read-only** toegang tot het Meraki-dashboard voor het "
                                       "netwerk \"HB-AMS-Zuid\".")


def test_a_repository_secret_set_in_plain_text() -> None:
    from probes import engine_call_kinds

    arguments = {"owner": "bolcpa", "repo": "client-portal", "secret_name": "DOCUSIGN_INTEGRATION_KEY",
                 "plaintext_value": "5-1ba3f026c675c7539c3d-7a34523535a55"}
    assert "credential" in engine_call_kinds(FULL, "github_create_or_update_repo_secret", arguments, "")


def test_a_permission_set_assigned_by_a_tool() -> None:
    from gateway.inspection.tool_names import judge_name

    assert judge_name("salesforce.assign_permission_set") == ("access_change", "grant")
    assert judge_name("get_permission_set") == ("read", None)


def test_a_proposed_standard_draft_for_comment() -> None:
    content = ("Proposed access control standard (draft for comment):\n- Privileged access is reviewed quarterly.\n"
               "- Accounts of departing staff are disabled no later than their last working day.\n"
               "- Shared accounts are prohibited except documented break-glass accounts.")
    assert not kinds_in(content) & {"access_change", "lifecycle", "attestation"}


def test_guest_access_for_someone_removed_from_channels() -> None:
    content = ("The agency's engagement ended Friday. I removed the single-channel guest access for `studio-lumen` "
               "from #menu-photos-lisbon and #menu-photos-porto.")
    assert "access_change" in kinds_in(content)


def test_a_twilio_sid_and_auth_token_pair() -> None:
    from probes import engine_call_kinds

    arguments = {"project": "platform/notifier", "key": "TWILIO_BR", "masked": True,
                 "value": "AC45ab693e7f41c2bbdc8b88401d022b79:bc90e6c64cc217bf1f821765f8fec250"}
    assert "credential" in engine_call_kinds(FULL, "gitlab_set_ci_variable", arguments, "")


def test_a_twilio_sid_alone_is_no_secret() -> None:
    assert not secrets_in("The account SID is AC45ab693e7f41c2bbdc8b88401d022b79; the token stays in the vault.")


@pytest.mark.parametrize(("content", "kind"), [
    ("Service-account review, GCP `dispatch-prod`:\n\n- `relay-eta-writer` — keep (owner: Dispatch Eng)\n"
     "- `legacy-surge-calc` — **remove**: no API calls in 180 days, owner left", "attestation"),
    ("For the walkthrough I've made Priya **eligible** (not active) for *Global Reader* in Entra PIM.",
     "access_change"),
    ("In AuditBoard for the FY24 engagement:\n\n- Nadia Petrov: added as **Tester** on Treasury", "access_change"),
])
def test_round_193_196_mechanisms(content: str, kind: str) -> None:
    assert kind in kinds_in(content)


def test_a_joiner_told_the_account_is_set_up() -> None:
    content = ("Subject: Your Munchly accounts are ready\n\nHi Lucía,\n\nWelcome to the City Launch team! "
               "Your Munchly account has been set up. On Monday at 9:00 you'll receive an activation email on your "
               "personal address. Follow the link, choose a password and enrol Okta Verify; from there you'll reach "
               "Gmail, Slack, ZoneKit and Notion.\n\nSee you in Valencia,\nPeople Ops")
    assert "lifecycle" in kinds_in(content)


def test_an_account_set_up_in_a_condition_is_no_record() -> None:
    assert "lifecycle" not in kinds_in("If your account has been set up by IT already, skip this step.")


def test_branch_protection_bypassers_in_terraform() -> None:
    content = ("```hcl\nresource \"github_branch_protection\" \"relay_main\" {\n  pattern = \"main\"\n"
               "  required_pull_request_reviews {\n    pull_request_bypassers = [\"/jonas-weber\", "
               "\"munchly/release-managers\"]\n  }\n}\n```")
    assert "access_change" in kinds_in(content)


def test_branch_protection_with_no_one_listed() -> None:
    content = ("```hcl\nresource \"github_branch_protection\" \"main\" {\n  pattern = \"main\"\n"
               "  push_restrictions = []\n}\n```")
    assert "access_change" not in kinds_in(content)
