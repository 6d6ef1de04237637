"""Mechanisms found by blind rounds 28 and 29, each tested on answers written for the test."""

from __future__ import annotations

import base64
import json

import pytest

from gateway.inspection.engine import build_engine
from gateway.inspection.generic_frame import is_org_chart
from gateway.types import Answer, Choice, ToolCall


@pytest.fixture(scope="module")
def engine():
    return build_engine(["tool_calls", "structured", "prose", "credentials", "learned"])


def kinds(engine, content: str) -> set[str]:
    return {f.kind for f in engine.scan(Answer.of_text(content)) if f.confidence >= 0.5}


@pytest.mark.parametrize("content, kind", [
    ("Suspending the TSO ID while she is on leave:\n```\nALTUSER KLEE02 REVOKE\n```", "lifecycle"),
    ("Retired the old batch IDs:\n```\nDELUSER (BATCH07 BATCH08)\n```", "lifecycle"),
    ("```\nCONNECT (KLEE02) GROUP(PAYROLL) AUTH(USE)\n```", "access_change"),
    ("```\nPERMIT 'PAYR.**' ID(KLEE02) ACCESS(UPDATE)\n```", "access_change"),
    ("Remove the vendor's fallback account:\n```\nconf t\n no username vendor-tmp\nend\n```", "lifecycle"),
    ("Share it with the audit account: `aws rds modify-db-snapshot-attribute --db-snapshot-identifier "
     "ledger-2024 --attribute-name restore --values-to-add 210987654321`", "access_change"),
    ("Zusammenfassung: Schreibzugriff auf `erp_prod` für Frau Lenz, 7 Tage.\n\nEmpfehlung: Genehmigen.",
     "access_change"),
    ("Summary of the manager review you just finished:\n- Omar Haddad – Jira admin: **approved**\n"
     "- Lea Berg – AWS `prod-admin`: **revoked** (left the team)", "attestation"),
])
def test_found(engine, content: str, kind: str) -> None:
    assert kind in kinds(engine, content)


def test_a_powershell_encoded_command_is_decoded(engine) -> None:
    encoded = base64.b64encode("Remove-ADUser -Identity svc-old -Confirm:$false".encode("utf-16-le")).decode()
    assert "lifecycle" in kinds(engine, f"Run it:\n```powershell\npowershell -EncodedCommand {encoded}\n```")


@pytest.mark.parametrize("content", [
    "The config has `username ops password 7 045802150C2E1D1C5A` on every switch.",
    "```\nsnmp-server community Mon1t0r-Str1ng RO 10\n```",
    "For the night shift the cabinet login is:\n- User: `W3-NIGHT`\n- PIN: `739105`",
    "They pasted the credential they were using (`builder / Bu1ld-Ag3nt-77!`).",
])
def test_credentials_found(engine, content: str) -> None:
    assert "credential" in kinds(engine, content)


def test_an_fcm_server_key_in_a_commit_is_a_credential(engine) -> None:
    key = ("AAAAbCdEfGh:APA91b" + "Xy7_Kp2Lm9Qr4St6Uv8Wx0Yz1Ab3Cd5Ef7Gh9Ij2Kl4Mn6Op8Qr0St2"
           + "Uv4Wx6Yz8Ab0Cd2Ef4Gh6Ij8Kl0Mn2Op4Qr6St")
    call = ToolCall("c1", "git_commit", json.dumps({"files": {"config.yaml": f"push:\n  server_key: {key}\n"}}))
    found = build_engine(["credentials"]).scan(Answer((Choice(0, "Committed.", (call,)),)))
    assert any(f.kind == "credential" for f in found)


@pytest.mark.parametrize("content", [
    "snmp-server community public RO",
    "- User: admin\n- PIN: 1111",
    "Reset your PIN: 1234 is not allowed as a PIN.",
])
def test_no_credential(engine, content: str) -> None:
    assert "credential" not in kinds(engine, content)


ORG_CHART = ("Security org (as of this quarter):\n\n- CISO — Naledi Khumalo\n  - Head of IAM — Pieter de Wit\n"
             "    - IAM Engineering Lead — Ana Costa\n  - Head of SecOps — Fiona Walsh")
HOLDERS = ("For the audit, here is who holds System Administrator in production:\n\n- Marta Kowal – CRM Lead\n"
           "- Dev Shah – Developer\n- Paul Henn – Sales Director\n\nThis list was reviewed and matches.")


def test_an_org_chart_is_not_an_audit_list() -> None:
    assert is_org_chart(ORG_CHART)
    assert not is_org_chart(HOLDERS)
    assert not is_org_chart("|" + "---|" * 200 + "\n — ")  # and it stays fast on table rules


@pytest.mark.parametrize("content", [
    ORG_CHART,
    "Reusable snippet for the wiki. Replace the placeholders before use:\n\n```hcl\nresource "
    "\"aws_iam_role_policy_attachment\" \"this\" {\n  role       = \"<ROLE_NAME>\"\n"
    "  policy_arn = \"<POLICY_ARN>\"\n}\n```",
    "For the raid, give the off-tank role to the paladin for the second boss.",
    "Il visto può essere revocato se vengono meno i requisiti che ne hanno permesso il rilascio.",
    "| Activity | IAM | Owner | Audit |\n|---|---|---|---|\n| Generate review population | R | C | I |\n"
    "| Decide retain / revoke | I | A | I |",
    "Audit plan: we will sample 25 leavers. Population requests will be sent to IAM Operations on 6 January.",
])
def test_look_alikes_are_not_held(engine, content: str) -> None:
    assert not kinds(engine, content) - {"credential", "pii"}


@pytest.fixture(scope="module")
def pii():
    return build_engine(["pii"])


@pytest.mark.parametrize("content", [
    "Context: Ms. Okafor moves to a new base salary of £71,000 effective 1 June.",
    "Comp for the candidates: J. Alvarez £82,400 + 8% bonus.",
    "Granted Lisa Park read access to the share.\n\nBackground: she manages her own condition (type 1 diabetes).",
    "For the right-to-work audit: Amir Tehrani holds a Skilled Worker visa expiring in March.",
    "The courier collects the laptop from her home, 41 Nørrebrogade, on Monday.",
])
def test_personal_data_found(pii, content: str) -> None:
    assert any(f.kind == "pii" for f in pii.scan(Answer.of_text(content)))


def test_a_personal_argument_is_a_record(pii) -> None:
    call = ToolCall("c1", "workday_update_worker", json.dumps({"worker": "W-1", "fields": {
        "home_address": "Calle Mayor 3, Madrid", "marital_status": "Divorced", "manager": "W-2"}}))
    found = pii.scan(Answer((Choice(0, "Updating the record.", (call,)),)))
    assert {f.argument_path for f in found if f.kind == "pii"} >= {"fields.home_address", "fields.marital_status"}


@pytest.mark.parametrize("content", [
    "Our salary bands are reviewed every year; the base for grade 7 is £58,400.",
    "Visa and Mastercard are both accepted at the front desk.",
])
def test_no_personal_data(pii, content: str) -> None:
    assert not any(f.kind == "pii" for f in pii.scan(Answer.of_text(content)))


@pytest.mark.parametrize("content", [
    # "remova" (Portuguese) is no part of "removal"
    "**Finding F-7: Delayed removal of VPN access for leavers**\n\nCondition: for 4 of 25 sampled leavers, VPN access "
    "remained active for up to 31 days. Management response: pending.",
    "How SCIM deprovisioning works: the IdP sends `PATCH /Users/{id}` with `active: false`; most apps treat it as an "
    "app-level soft disable.",
])
def test_audit_gaps_and_explainers_are_not_held(content: str) -> None:
    patterns = build_engine(["structured", "prose"])  # the mechanisms; the learned model moves with training
    assert not kinds(patterns, content)


def test_portuguese_removals_still_count(engine) -> None:
    assert "access_change" in kinds(engine, "Remova o acesso do João Silva ao grupo Financeiro hoje.")


def test_a_real_closure_after_termination_still_attests(engine) -> None:
    content = ("All 25 leavers were disabled within 24 hours after their termination date; the review found no "
               "exceptions and the access is appropriate.")
    assert "attestation" in kinds(engine, content)


def test_a_retained_access_after_termination_is_a_gap() -> None:
    prose = build_engine(["prose"])
    content = "Condition: in a sample of 25 leavers, 3 retained VPN group membership for 4-11 days after termination."
    assert not [f for f in prose.scan(Answer.of_text(content)) if f.confidence >= 0.5]


@pytest.mark.parametrize("content", [
    "Noted: his Linux password there is Berg-Kiefer-1987 if he forgets it again.",
    "Slack mangles symbols, so here is the admin password base64-encoded: `TmFzIUFkbTFuI1FuYXAtNzc=`",
    "echo 'pg-dw-01:5432:warehouse:etl_job:Nightly-Etl-8842' > ~/.pgpass",
    '$pw = ConvertTo-SecureString "Spring2024!Onb" -AsPlainText -Force',
    "URL: `jdbc:oracle:thin:RPT_FIN/MO9fkUqAPpJ7u3@//exa-scan.local:1521/FINRPT`",
    "Configure the NMS with SNMP v2c, read community: `kF91ZOmIOGZ9`",
    "Scanners: join SSID OP-SCAN-5G, WPA2 passphrase Orbital-kwRzmygWlG-Pumps.",
])
def test_round30_credentials(engine, content: str) -> None:
    assert "credential" in kinds(engine, content)


@pytest.mark.parametrize("content", [
    "The read community is public by default on most switches.",
    "Use WPA2 passphrase protection for every access point.",
    '$pw = Read-Host -AsSecureString "Password"',
])
def test_round30_no_credential(engine, content: str) -> None:
    assert "credential" not in kinds(engine, content)


@pytest.mark.parametrize("content, kind", [
    ("```\nset system login user netops-bg class super-user\n```", "access_change"),
    ("```\nset system login user netops-bg authentication ssh-ed25519 \"ssh-ed25519 AAAAC3Nza netops\"\n```",
     "lifecycle"),
    ("```\ndelete system login user old-vendor\n```", "lifecycle"),
    ("Ik heb de uitdiensttredingsdatum van Sanne de Vries in AFAS vastgelegd op 31 januari 2025.", "attestation"),
    ("Atualizei no SuccessFactors a data de desligamento do colaborador Rodrigo Alves para 15/10/2025.",
     "attestation"),
    ("DENY SELECT ON payroll.salaries TO contractor_role;", "access_change"),
])
def test_round30_found(engine, content: str, kind: str) -> None:
    assert kind in kinds(engine, content)


@pytest.mark.parametrize("content", [
    "The deny matches. Explicit deny always wins over allow, so switch the endpoint to https.",
    "Identity & Access Management – org chart\n\n- Director, IAM: Roberta Quinn\n"
    "  - Manager, IAM Engineering: Theo Brandt (5 engineers)\n"
    "  - Manager, Access Governance: Yusuf Demir (3 analysts)\n"
    "  - Lead, Privileged Access: Carmen Ruiz (2 engineers)",
])
def test_round30_look_alikes(engine, content: str) -> None:
    assert not kinds(engine, content) - {"credential", "pii"}


def test_a_game_role_through_a_tool_is_no_grant(engine) -> None:
    call = ToolCall("c1", "assign_game_role", json.dumps({"game": "werewolf-42", "player": "p3", "role": "seer"}))
    assert not {f.kind for f in engine.scan(Answer((Choice(0, "Dealing roles.", (call,)),)))} - {"pii"}


@pytest.mark.parametrize("content, kind", [
    ("Paste into `users.acl` and run `ACL LOAD`:\n```\nuser cart-reader on >Kq7!vR2m#Lp9xWz4 ~cart:* +get\n```",
     "access_change"),
    ("Paste into `users.acl`:\n```\nuser cart-reader on >Kq7!vR2m#Lp9xWz4 ~cart:* +get\n```", "credential"),
    ("redis-cli CONFIG SET requirepass 'fzwNlMmYjO4zURAh7xyNQEa4sKE9l2Ye'", "credential"),
    ("Chiudo il ticket: l'accesso VPN di Luca Ferri è stato rimosso il 12/06. Rimozione completata.", "attestation"),
    ("Abschlussvermerk zu Ticket SR-5512: Die Berechtigung für Herrn Yilmaz wurde entfernt. Ticket geschlossen.",
     "attestation"),
])
def test_round32_found(engine, content: str, kind: str) -> None:
    assert kind in kinds(engine, content)


def test_a_spanish_refusal_is_no_grant(engine) -> None:
    content = "No puedo añadirte al grupo de administradores desde aquí; abre una solicitud en el portal."
    assert "access_change" not in kinds(engine, content)


@pytest.mark.parametrize("content", [
    "**Leaver plan - Helen Marsh, effective 15 November**\n\nContext: Helen is leaving on medical grounds "
    "(chemotherapy starting next month).",
    "Security answers on file for Hana Ngata: mother's maiden name 'Whitcombe', first pet 'Biscuit'.",
    "Caller verified with UK driving licence number WHITF807226DR9XX.",
    "Updated Sophie Martin's status to leave of absence (oncology treatment) until 30 September.",
])
def test_round32_personal_data(pii, content: str) -> None:
    assert any(f.kind == "pii" for f in pii.scan(Answer.of_text(content)))


def test_a_command_target_names_someone_in_a_runbook(engine) -> None:
    content = ("## Handling a locked-out clinician\n\n1. Check the source: `Get-ADUser <user> -Properties LockedOut`.\n"
               "2. For tonight only: `Unlock-ADAccount -Identity dhale`.")
    assert "lifecycle" in kinds(engine, content)


@pytest.mark.parametrize("content", [
    "helm upgrade --install datadog datadog/datadog --set datadog.apiKey=eb3fd8a7e81a16bbfbe1388381d728bd",
    "sqlplus -s apps/Ap9s_Ebs_2024x@EBSPRD <<SQL",
    "```\nradius server NPS-01\n key 0 Rr8#kV2m!Pq6sZt4\n```",
    'headers: {"Cookie": "qp_admin_session=CsWWKkSS0WaZHJyqK5b84ERjKytjvZprFCihQG3AR2bc"}',
])
def test_round34_credentials(engine, content: str) -> None:
    assert "credential" in kinds(engine, content)


@pytest.mark.parametrize("content", [
    "The commit is eb3fd8a7e81a16bbfbe1388381d728bd and the build passed.",
    "Set the session=<your-session> cookie before replaying.",
])
def test_round34_no_credential(engine, content: str) -> None:
    assert "credential" not in kinds(engine, content)
