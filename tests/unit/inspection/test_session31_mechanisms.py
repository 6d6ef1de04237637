"""Session 31: mechanisms from blind rounds 261, 262 and 264-267: each reads what it names (by the rule detector that
owns it, not the learned model), and its look-alike stays quiet."""

from __future__ import annotations

import probes
import pytest
from probes import named_call

from gateway.inspection.engine import build_engine

FULL = build_engine()


def rule_kinds(content: str, *calls) -> set[str]:
    return probes.rule_kinds(FULL, content, *calls)


@pytest.mark.parametrize(("content", "kind"), [
    # a user's section opened and an entry added there, with no word "tab"
    ("In the check-in admin portal:\n\n1. **Users → Search** for `SWP-KOWALSKA` (ground handling).\n"
     "2. Open **Profiles** and add **Supervisor - Boarding** alongside her existing Agent profile.\n"
     "3. Save; the change is live at the next workstation login.", "access_change"),
    ("In the ticketing console:\n\n1. **Users → Search** for `m.osei`.\n2. Open **Groups** and add "
     "**Finance Approvers**.\n3. Save.", "access_change"),
    # a Dutch roles tab on a user's record, boxes ticked with words between "vink" and "aan"
    ("In Exact Online: ga naar **Gebruikers** → open *Sanne Bakker* → tabblad **Rollen** → vink *Financieel – "
     "Crediteuren* en *Bank – Betalingen* aan → **Bewaren**.", "access_change"),
    # a right ticked by its name, a named person's record open (Swedish)
    ("I Fortnox går du till **Inställningar → Användare**, väljer *Karin Lund* och kryssar i behörigheten **Lön** "
     "under *Licenser & behörigheter*. Spara.", "access_change"),
    # a login switched off by its box
    ("To deactivate a NetSuite login without deleting the employee record: open the employee → **Access** subtab → "
     "untick **Give Access** → Save. The person can no longer sign in.", "lifecycle"),
    # Japanese: a user frozen
    ("退職予定の田中さんのSalesforceユーザーを凍結し、その後無効化します。\n\n1. 設定 → ユーザー → 「田中 健」を開く\n"
     "2. **凍結** をクリック", "lifecycle"),
    # Brazilian "rodar a chave": a key rotated
    ("Passos para rodar a chave da API dos Correios usada pelo serviço de etiquetas:\n\n1. No portal Correios "
     "Empresas, gerar um novo **código de acesso** para o contrato.\n2. Atualizar o segredo `correios-api` no "
     "namespace `loja`.\n3. `kubectl rollout restart deploy/label-service -n loja`\n4. Depois de 1 h sem erros 401, "
     "invalidar o código antigo no portal.", "lifecycle"),
    # Polish: a contract end date updated in the HR system
    ("Zaktualizowałem datę zakończenia umowy Pani Nowak w systemie kadrowym na 28.02.2025.", "attestation"),
    # a named person's status set for a dated period
    ("HR change applied: **Piotr Zielinski** status set to *On leave (parental)* from 6 Jan 2025 to 30 Jun 2025. "
     "His accounts stay as they are.", "attestation"),
    # segregation kept over a review period
    ("**Segregation of duties: refunds**\n\nNo user can both raise a refund batch and approve it. Raising is limited "
     "to `refund-operators` (3 users) and approval to `refund-approvers` (2 users). The groups had no overlapping "
     "members at any point in the review period (checked via the Okta membership history export).", "attestation"),
])
def test_found(content: str, kind: str) -> None:
    assert kind in rule_kinds(content)


@pytest.mark.parametrize(("content", "kind"), [
    # a live key split in two parts for a short form field
    ("The Sunquest API key is too long for the vendor's form field, so enter it in two parts:\n\n"
     "- Part 1 (field *Key A*): `sq_live_7Gh2Rt5Yp9`\n- Part 2 (field *Key B*): `Mk4Wc8Nq1Zs6Ld3Vb0`\n", "credential"),
    # a profile's attributes posted to a user; the lifecycle policy named after the command is no part of its body
    ("```bash\ncurl -s -X POST \"https://acme.okta.com/api/v1/users/00u9xk2Lm7QpT4vR1h5d\" \\\n"
     "  -H \"Authorization: SSWS $OKTA_API_TOKEN\" -H \"Content-Type: application/json\" \\\n"
     "  -d '{\"profile\": {\"employeeStatus\": \"Terminated\", \"terminationDate\": \"2025-09-30\"}}'\n```\n"
     "That's the profile update for Jae Park's exit; the lifecycle policy deactivates on the termination date.",
     "attestation"),
])
def test_found_by_credentials_and_structured(content: str, kind: str) -> None:
    assert kind in rule_kinds(content)


@pytest.mark.parametrize(("content", "call", "kind"), [
    # a Zabbix macro names the secret its value holds
    ("Updated the macro on the switch template.",
     named_call("update_record", system="zabbix", object="template_macro", macro="{$SNMP_COMMUNITY}",
                value="Qx7-ramp-L0-9921"), "credential"),
    # one endpoint for every call, the body naming what it imports: REDCap's users and their rights
    ("Imported the user rights via the REDCap API:",
     named_call("http_request", method="POST", url="https://redcap.example-hospital.org/api/",
                body={"token": "${REDCAP_API_TOKEN}", "content": "user", "format": "json",
                      "data": '[{"username": "jkowal", "expiration": "2025-06-30", "data_export": "2"}]'}),
     "access_change"),
    # `net user NAME PASS` before its switches
    ("Resetting the local kiosk account on the lobby screen.",
     named_call("run_shell", host="kiosk-l1.example.local", command="net user kioskop Lobby7!Harbour2026 /active:yes"),
     "credential"),
])
def test_found_in_calls(content: str, call, kind: str) -> None:
    assert kind in rule_kinds(content, call)


@pytest.mark.parametrize(("content", "kind"), [
    ("In Lightroom, open **Profiles** and add **Adobe Portrait** to the favourites so the agents can find it.",
     "access_change"),
    ("To check the permission \"Admin\" exists, run the audit query.", "access_change"),
    ("Jonas's Okta status is ACTIVE, last login yesterday 18:42, and his password was last changed on 2 May.",
     "attestation"),
    ("The shop status set to Closed from 2 Dec 2024 by Olga Sokolova.", "attestation"),
    ("Once the year-end accounts are signed, set the **lock date** in Xero (Settings → Financial settings → Lock "
     "dates) to 31 March 2024 for all users except advisers. That stops anyone posting into a closed period.",
     "lifecycle"),
    ("Vamos rodar o script de importação com a chave `--dry-run` primeiro.", "lifecycle"),
    ("Ho aggiornato la data: il report è up to date e i dati sono stati caricati.", "access_change"),
    ("For the parent portal, keep idle sessions to 15 minutes, regenerate the session ID after login, and set "
     "cookies `Secure` and `HttpOnly`. It's configuration in the portal's session middleware.", "lifecycle"),
    ("If you need access to the Oncology shared drive, submit the *Shared Drive Access* catalog item in ServiceNow "
     "and name the folder. Your manager approves it first, then the folder owner.", "access_change"),
    ("She isn't in the group that maps the drive. She'll need to submit an access request in ServiceNow and her "
     "manager approves it.", "access_change"),
    ("Set the stream flag `is_live_streamEnabled` to true for the event page.", "credential"),
])
def test_look_alikes_stay_quiet(content: str, kind: str) -> None:
    assert kind not in rule_kinds(content)


def test_a_note_titled_after_a_steering_group_grants_nothing() -> None:
    call = named_call("save_note", notebook="Sustainability", title="Grant steering group 12/06",
                      text="Agreed to apply for the DfT grant. Finance to confirm match funding.")
    assert "access_change" not in rule_kinds("Saved the minutes to the project notebook.", call)


def test_a_uk_sort_code_and_account_pair_is_personal_data() -> None:
    report = ("Payroll exception report, June run — returned payments:\n\n"
              "1. Mr Alan Jeffries, PN-0012077, Barclays 20-45-77 / 43168092 — account closed\n"
              "2. Mrs Patricia Olowe, PN-0021530, HSBC 40-11-62 / 81530274 — name mismatch\n")
    assert "pii" in probes.engine_kinds(FULL, report, "pii")
    assert "pii" not in probes.engine_kinds(FULL, "Release 2024-06-01 shipped; build 41 of 43 passed.", "pii")
