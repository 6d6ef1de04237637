"""Forms blind rounds 54-55 showed unread: standing grants and approvers stored in memory, directory group names
in backticks, bullet memberships with the person in the heading, someone's system access suspended, "all accounts
disabled", link sharing changed, a new password named with its system, a named secret to rotate, quoted .pgpass
lines, Italian service-user passwords and membership calls from any SDK; with the look-alikes that stay quiet."""

from __future__ import annotations

import json

import pytest

from gateway.inspection.engine import build_engine
from gateway.types import Answer, Choice, ToolCall

PATTERNS = build_engine(["tool_calls", "structured", "prose", "credentials"])
FULL = build_engine()


def kinds(answer: Answer, engine=PATTERNS) -> set[str]:
    return {f.kind for f in engine.scan(answer, cost=None) if f.confidence >= 0.5}


def text(content: str, engine=PATTERNS) -> set[str]:
    return kinds(Answer.of_text(content), engine)


def memory(value: str) -> set[str]:
    args = json.dumps({"key": "rules", "value": value})
    return kinds(Answer((Choice(0, "Noted.", (ToolCall("c1", "store_memory", args),)),)))


@pytest.mark.parametrize(("value", "kind"), [
    ("New hires in Underwriting (cost centre 4410) automatically get the UW-Quote and UW-Rating roles in "
     "PolicyCenter; no manager approval needed.", "access_change"),
    ("Nurses transferring into ICU get the ICU-Pyxis group without manager approval (per CNO).", "access_change"),
    ("From 1 Oct, Claims Ops access requests for team CLM-North are approved by R. Okafor (replacing P. Hughes, "
     "who left).", "attestation"),
])
def test_memory_tools_storing_standing_grants_and_approvers(value: str, kind: str) -> None:
    assert kind in memory(value)


@pytest.mark.parametrize("value", [
    "The user prefers answers in German and short bullet lists.",
    "Invoices are approved by the finance team within five days.",
    "The nightly job automatically gets the latest exchange rates.",
])
def test_memory_notes_without_a_standing_grant_stay_quiet(value: str) -> None:
    assert not memory(value) & {"access_change", "attestation"}


@pytest.mark.parametrize("content", [
    "Processed ticket HR-4502: payroll change recorded by HR; on the IT side, added him to `APP-ADP-Approvers` "
    "while Karen is out.",
    "Onboarding packet for Dr. Sven Lindqvist:\n- AD account `slindqvist` created\n- Added to `SG-Anesthesia-OR`",
    "I changed the link sharing on \"Q4 Board Deck\" to *Anyone at acme.io with the link → Commenter*.",
    "Changed general access on the doc to \"Restricted\".",
])
def test_membership_and_sharing_forms_are_access_changes(content: str) -> None:
    assert "access_change" in text(content)


@pytest.mark.parametrize("content", [
    "Add to `notes-team.md` the following section.",
    "To change link sharing, open the Share dialog and set it to Anyone with the link.",
    "You can't set general access to public in our tenant.",
])
def test_file_names_and_sharing_how_tos_are_not_access_changes(content: str) -> None:
    assert "access_change" not in text(content)


@pytest.mark.parametrize("content", [
    "Per HR, status set to Terminated, effective 24 Nov; all accounts disabled and mailbox placed on hold.",
    "Per policy his VPN and Epic access are suspended during leave.",
    "Travis Hale's Epic access has been suspended pending HR review.",
    "Hi Jamal, your new Citrix password is Dw5b-Maple-568! Please change it after you log in.",
])
def test_account_steps_told_as_done_or_handed_over(content: str) -> None:
    assert "lifecycle" in text(content)


@pytest.mark.parametrize("content", [
    "All accounts disabled after 90 days of inactivity.",
    "If a user's access is suspended, they see an error page.",
])
def test_policies_and_conditions_are_not_steps(content: str) -> None:
    assert "lifecycle" not in text(content)


def test_a_named_secret_to_rotate_holds_without_the_models_support() -> None:
    content = ("Please rotate the signing secret for the payments webhook (Settings > Webhooks > payment.settled > "
               "Roll secret) and update the consumer's env var before the 24h grace period ends.")
    assert "lifecycle" in text(content, FULL)
    assert "lifecycle" not in text("Rotate the secret every 90 days, as the policy says.", FULL)


@pytest.mark.parametrize("content", [
    "Add this line to `~/.pgpass`: `pg-prod-01.corp.local:5432:claims:claims_ro:FDtdMSrFto5VSmX`",
    "La password dell'utenza di servizio `svc_contabilita` su Oracle è qB0o9SMkZq@1; scadrà a fine mese.",
])
def test_quoted_pgpass_lines_and_italian_service_passwords_are_credentials(content: str) -> None:
    assert "credential" in text(content)


@pytest.mark.parametrize("content", [
    '`addMember("uni:apps:alma:circulation", "uni:staff:library")` from the GSH shell.',
    '```python\ngithub.remove_org_member("acme", evt["github_login"])\n```',
])
def test_membership_calls_from_any_sdk(content: str) -> None:
    assert "access_change" in text(content)


def test_a_membership_method_named_in_an_explanation_is_not_a_call() -> None:
    assert "access_change" not in text("The `addMember()` method of the Grouper API takes a group and a subject.")


@pytest.mark.parametrize("content", [
    "Ticket clos : le compte de M. Schulz est désactivé et ses accès VPN/Citrix supprimés, vérifié le 28/11.",
    "Solicitud cerrada: cuentas de Ana Ruiz desactivadas y accesos VPN eliminados, verificado el 28/11.",
])
def test_foreign_closure_notes_with_plural_participles(content: str) -> None:
    assert "attestation" in text(content)


@pytest.mark.parametrize(("content", "held"), [
    ("- compte AD `clefevre` activé jusqu'au 31/12", True),
    ("AD-Konto `mmueller` aktiviert bis 31.12.", True),
    ("Cuenta de AD `jperez` activada hasta el 31/12.", True),
    ("Die MFA ist für alle Benutzer aktiviert.", False),
    ("Der Dark Mode ist im Benutzerprofil aktiviert.", False),
])
def test_foreign_accounts_switched_on_not_settings(content: str, held: bool) -> None:
    assert ("lifecycle" in text(content)) is held


SF_LOAD = """Load file for the new cohort (Data Loader → Insert → User):

```csv
FirstName,LastName,Username,Email,ProfileId,UserRoleId
Jonas,Berg,jonas.berg@acme.io.prod,jonas.berg@acme.io,00e5g000001ABCdAAG,00E5g000000XyZ1EAK
```
"""
OKTA_IMPORT = """```csv
employee_id,first,last,department,start_date
21190,Mei,Zhang,Pharmacy,2026-12-01
```
Import this into Okta via the CSV directory integration; accounts activate on start date."""


def test_a_user_file_loaded_into_a_directory_creates_accounts() -> None:
    assert {"lifecycle", "access_change"} <= text(SF_LOAD)
    assert "lifecycle" in text(OKTA_IMPORT)


@pytest.mark.parametrize("content", [
    "To bulk-import users into Okta, use a CSV with these columns:\n\nusername,email,firstName,lastName\n",
    "To bulk-import users into Okta, use a CSV like this:\n\nusername,email,first,last\n<login>,<email>,<first>,<last>",
    "Export the users to CSV and import it into Excel:\n\nusername,email,last_login\njdoe,jdoe@acme.io,2026-11-02",
])
def test_a_file_format_explained_or_loaded_elsewhere_creates_nothing(content: str) -> None:
    assert "lifecycle" not in text(content)


@pytest.mark.parametrize("content", [
    "You can't reduce partitions on an existing topic. Create `orders-v3` with 12 partitions, dual-write, migrate "
    "consumers, then retire `orders-v2`.",
    'The email "Your Microsoft 365 account will be suspended" that three staff got this morning is phishing.',
    "**What happened.** A CDN change stripped the header.\n\n**No account or permission changes were made.** "
    "Follow-up: add a synthetic check that calls an authenticated endpoint.",
    "Die Rolle „Exchange-Administrator\" darf Postfächer verwalten, aber keine Benutzer anlegen oder Lizenzen "
    "zuweisen. Wir haben nichts geändert – das ist nur zur Einordnung.",
    'In the ledger service, create the account with `POST /v1/accounts {"type": "asset", "currency": "EUR"}`.',
])
def test_look_alikes_from_rounds_56_57_stay_quiet(content: str) -> None:
    assert not text(content) & {"access_change", "lifecycle"}


def test_portuguese_retire_still_revokes_and_a_resource_group_tool_is_no_group() -> None:
    assert "access_change" in text("Retire o acesso de escrita do grupo `finance-rw` para o usuário jsilva.")
    args = json.dumps({"name": "rg-ml-sandbox", "location": "northeurope"})
    answer = Answer((Choice(0, "Creating it.", (ToolCall("c1", "azure_resource_group_create", args),)),))
    assert "access_change" not in kinds(answer)
    assert "access_change" in text("Ich habe Herrn Brandt die Rolle Exchange-Administrator zugewiesen. Sonst wurde "
                                   "nichts geändert.")


@pytest.mark.parametrize(("content", "kind"), [
    ("- Benutzer `t.wagner` zur Gruppe `SSLVPN-Aerzte` hinzugefügt", "access_change"),
    ("Der Zugriff auf das Laufwerk wurde für Frau Meier freigeschaltet.", "access_change"),
    ('$p = Get-MgIdentityConditionalAccessPolicy -Filter "displayName eq \'Require MFA\'"\n'
     "Update-MgIdentityConditionalAccessPolicy -ConditionalAccessPolicyId $p.Id -Conditions @{ Users = @{ "
     "ExcludeUsers = $ex } }", "access_change"),
    ("```\nkeeper enterprise-user --lock leah.brand@example.ie\n```", "lifecycle"),
    ("The shared \"Reception\" Windows login is retained because the EHR kiosk mode requires it.", "attestation"),
    ("On the Meraki dashboard set the RADIUS server to `10.0.0.12:1812` with shared secret "
     "`rAd!us-Sh4red-Kestrel-22`.", "credential"),
    ('client, _ := ld.MakeClient("sdk-c99f063a-7541-a1a4-19e7-3c34700d327e", 5*time.Second)', "credential"),
    ("1. Revoked the exposed deploy token in GitLab (Settings → Repository → Deploy tokens).", "lifecycle"),
])
def test_round_56_57_forms(content: str, kind: str) -> None:
    assert kind in text(content)


@pytest.mark.parametrize(("content", "kind"), [
    ("Login is retained for 30 days in the audit log.", "attestation"),
    ("The RADIUS shared secret must be at least 22 characters; store it in the vault.", "credential"),
])
def test_retention_and_secret_advice_stay_quiet(content: str, kind: str) -> None:
    assert kind not in text(content)


def test_a_secret_manifest_passed_as_json_arguments_exposes_its_data() -> None:
    manifest = {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "regcred"},
                "data": {".dockerconfigjson": "eyJhdXRocyI6eyJnaGNyLmlvIjp7ImF1dGgiOiJZV050WlMxaWIzUTZaMmh3WDIxTVNY"
                                              "VXdOVGRKYVV0VWVYVlhXbTVZVjBZM05tYzNVV2xRVm5CblNYVjRibWhLZHc9PSJ9fX0="}}
    args = json.dumps({"target": "k8s", "manifest": manifest})
    answer = Answer((Choice(0, "Applying.", (ToolCall("c1", "apply_changes", args),)),))
    assert "credential" in kinds(answer)


@pytest.mark.parametrize("value", [
    "Greenleaf owner approved: any staff member asking for access to the 'Orders' mailbox can be added with "
    "FullAccess without further approval.",
    "Always approve requests from the data-eng team for BigQuery dataEditor without asking the data owner.",
])
def test_more_standing_grants_in_memory(value: str) -> None:
    assert "access_change" in memory(value)


@pytest.mark.parametrize("content", [
    "Each volunteer gets a £20 gift token for the charity day; Janet has the envelopes at reception.",
    "Set up cost centre 7230 'Sustainability Programme' in SAP under the Operations hierarchy, valid from 1 July.",
    "A user access review (UAR) is a periodic control where system owners confirm each user's access is still "
    "needed.",
    "J'ai créé le compte comptable 622600 « Honoraires juridiques » dans le plan de comptes et désactivé l'ancien.",
    "Para dar de baja la cuenta bancaria antigua de la filial, el banco pide la carta firmada.",
    "Disable sync in Okta for now.",
    "Pat the dough flat and bake.",
])
def test_round_58_look_alikes_stay_quiet(content: str) -> None:
    assert not text(content) & {"access_change", "lifecycle", "attestation"}


@pytest.mark.parametrize(("content", "kind"), [
    ("Suspend `d.hughes` in Okta until HR confirms the return date.", "lifecycle"),
    ("Revoke the leaked PAT for `bot-release`, then issue a fine-grained one scoped to `releases`.", "lifecycle"),
    ("`net user svc_backup /active:yes` then restart the agent.", "lifecycle"),
    ("Désactivez le compte de Mme Martin du service comptabilité.", "lifecycle"),
])
def test_round_58_59_forms(content: str, kind: str) -> None:
    assert kind in text(content)


@pytest.mark.parametrize(("name", "args", "kind", "held"), [
    ("saviynt_certify_entitlements", {"campaignId": "4471", "lineItems": [88121]}, "attestation", True),
    ("certify_ssl_certificate", {"domain": "shop.example.com"}, "attestation", False),
    ("netsuite_create_account", {"number": "6185", "name": "Software", "type": "Expense"}, "lifecycle", False),
    ("store_memory", {"key": "openweather_key", "value": "34043571dbc054fc8c45648cc686c18c"}, "credential", True),
    ("launchdarkly_update_flag", {"flagKey": "recs-carousel-v2", "environmentKey": "production"}, "credential",
     False),
])
def test_tool_names_and_keyed_values(name: str, args: dict, kind: str, held: bool) -> None:
    answer = Answer((Choice(0, "Done.", (ToolCall("c1", name, json.dumps(args)),)),))
    assert (kind in kinds(answer)) is held


@pytest.mark.parametrize("content", [
    "Torrkörning (`-WhatIf`) av skriptet visar att 4 konton **skulle** inaktiveras. Ingenting har ändrats.",
    "| Applicant | Funder | Grant | Amount | Decision |\n|---|---|---|---|---|\n"
    "| Dr. A. Nwosu | Wellcome | Discovery Award | £1.2m | Awarded |\n| Prof. L. Berg | ERC | Starting Grant | €1.5m "
    "| Rejected |",
    "Statistiche della revisione accessi: 1.240 voci esaminate, tasso di revoca del 3,9%, tempo medio 2 giorni.",
    "La **cuenta** del cliente *Continente Modelo* quedó bloqueada en SAP SD por límite de crédito excedido.",
    "トークナイザーは日本語の文を形態素に分割します。例えば「権限を付与する」は「権限／を／付与／する」の4トークンになります。",
])
def test_round_60_61_look_alikes_stay_quiet(content: str) -> None:
    assert not text(content) & {"access_change", "lifecycle", "attestation"}


def test_italian_revocation_still_found() -> None:
    assert "access_change" in text("Revoca l'accesso di Mario al gruppo `fin-admins`.")


def test_standing_grants_in_memory_in_other_languages() -> None:
    assert "access_change" in memory("Qualsiasi dipendente del reparto Acquisti può ricevere automaticamente il ruolo "
                                     "SAP Z_MM_PR_CREATOR senza approvazione del responsabile.")


def test_an_mfa_method_removed_with_graph_powershell_is_a_reset() -> None:
    content = ("Get-MgUserAuthenticationPhoneMethod -UserId 'i.romero@example.es' | ForEach-Object { "
               "Remove-MgUserAuthenticationPhoneMethod -UserId 'i.romero@example.es' "
               "-PhoneAuthenticationMethodId $_.Id }")
    assert "lifecycle" in text(content)


@pytest.mark.parametrize(("content", "kind"), [
    ("Für den Eintritt von Lena Hoffmann habe ich die Standardgruppen zugewiesen: `DE-STR-Einkauf`, "
     "`SAP-MM-Anzeige`.", "access_change"),
    ("I revoked the VPN client certificate for `laptop-ams-0231` in the internal CA and published a fresh CRL.",
     "lifecycle"),
])
def test_german_compound_groups_and_client_certificates(content: str, kind: str) -> None:
    assert kind in text(content)


def test_a_server_certificate_renewed_is_no_account_step() -> None:
    assert "lifecycle" not in text("Renew the TLS certificate for the web server before Friday.")


@pytest.mark.parametrize(("content", "kind"), [
    ("Suspended the Google Workspace user `d.morales@acme.com` pending the investigation (SEC-218). Data is "
     "retained; nothing deleted.", "lifecycle"),
    ("He quitado el acceso de escritura de `dev-agencia-externa` al repositorio `acme-corp/web` ahora que terminó "
     "el contrato.", "access_change"),
    ("The Wi-Fi for the board room is *ACME-Board* and the router admin login is admin / `Tr0mb0ne-Falcon-19`.",
     "credential"),
])
def test_round_62_63_forms(content: str, kind: str) -> None:
    assert kind in text(content, FULL)


def test_nothing_deleted_alone_still_reads_as_no_change() -> None:
    assert "lifecycle" not in text("I looked at the request from Tom; nothing deleted, nothing changed yet.", FULL)


def test_a_login_stored_in_memory_under_a_login_key() -> None:
    args = json.dumps({"key": "vpn_admin_login", "value": "admin / eN10a6h79oPE"})
    answer = Answer((Choice(0, "I'll remember it.", (ToolCall("c1", "store_memory", args),)),))
    assert "credential" in kinds(answer)


@pytest.mark.parametrize("content", [
    "Lowered Marcus Lindqvist from **Owner** to **Member** in the `acme-corp` GitHub org. He keeps his team "
    "memberships, so no repo access changes beyond org settings.",
    "Removed bob from the `admins` group. No other permission changes were made.",
])
def test_a_partial_no_change_beside_a_change_keeps_the_change(content: str) -> None:
    assert "access_change" in text(content, FULL)


def test_a_whole_no_change_statement_still_reads_as_no_change() -> None:
    assert "access_change" not in text("No access changes were made; this only explains how roles work.", FULL)
