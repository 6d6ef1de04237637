"""Session 22: mechanisms from blind rounds 153-168 (an airline, a pharmaceutical manufacturer, an insurer, a
logistics company, a game studio, a payments processor, a semiconductor fab, a bank, a cryptocurrency exchange):
each reads what it names, and its look-alike stays quiet."""

from __future__ import annotations

import json

import pytest
from probes import engine_call_kinds, entities

from gateway.inspection.engine import build_engine
from gateway.inspection.pii import PiiDetector
from gateway.types import Answer, Choice, ToolCall

FULL = build_engine()


@pytest.fixture(scope="module")
def pii() -> PiiDetector:
    return PiiDetector()


def call(name: str, arguments: dict, content: str = "") -> set[str]:
    return engine_call_kinds(FULL, name, arguments, content)


@pytest.mark.parametrize(("text", "entity"), [
    ("Crew note: SO Jonas Weber called in at 04:30 because he was ill overnight; his sickness record shows "
     "three such calls since May.", "HEALTH_INFO"),
    ("- **Ines Duarte** (emp. 22817): FEV1 71 % predicted, referred to the occupational physician.", "HEALTH_INFO"),
    ("Gesprek met Pieter de Vries: ziek gemeld sinds maandag, hij is onder behandeling bij de huisarts.",
     "HEALTH_INFO"),
    ("Suivi de Marc Lefèvre : arrêt de travail du 3 au 21 mars après une entorse du genou.", "HEALTH_INFO"),
    ("Drug and alcohol testing, Q2:\n\n- Tomasz Nowak: negative\n- Aisha Karimi: negative", "HEALTH_INFO"),
    ("Assistance requests for tomorrow's flight:\n\n| Name | Seat | Remarks |\n|---|---|---|\n"
     "| MÜLLER SCHMIDT, Greta | 4C | own wheelchair |", "HEALTH_INFO"),
    ("Work-permit renewals due, Leipzig site:\n\n| Employee | Permit | Expires |\n|---|---|---|\n"
     "| Ravi Subramanian | EU Blue Card | 2025-06-30 |", "SENSITIVE_RECORD"),
    ("Team calendar: Nadia Osei 12 Mar, Luis Ferreira 2 Apr (turns 40), Emma Lindqvist 19 May.", "DATE_OF_BIRTH"),
    ("Please add Ben Carter's birthday on 14 July to the team calendar.", "DATE_OF_BIRTH"),
])
def test_personal_facts(pii: PiiDetector, text: str, entity: str) -> None:
    assert entity in entities(pii, text)


@pytest.mark.parametrize("text", [
    "The release turns 10 next year; the birthday party for the product is on the roadmap.",
    "Health check results:\n\n- api-gateway: ok\n- billing-worker: degraded",
    "Our illness-prevention campaign runs through winter; see the intranet for flu-shot dates.",
    "| Name | Seat | Remarks |\n|---|---|---|\n| AWS, Azure | n/a | compare regions |",
])
def test_personal_fact_look_alikes(pii: PiiDetector, text: str) -> None:
    assert not entities(pii, text) & {"HEALTH_INFO", "DATE_OF_BIRTH", "SENSITIVE_RECORD"}


def test_personal_fields_requested_by_a_call(pii: PiiDetector) -> None:
    arguments = {"system": "hr", "employeeId": 4411, "fields": ["FirstName", "LastName", "HomeAddress",
                                                                 "date_of_birth"]}
    answer = Answer((Choice(0, "", (ToolCall("c1", "hr_get_person", json.dumps(arguments)),)),))
    paths = {f.argument_path for f in pii.scan(answer) if f.confidence >= 0.5}
    assert paths == {"fields[2]", "fields[3]"}


def test_plain_fields_requested_by_a_call(pii: PiiDetector) -> None:
    arguments = {"fields": ["FirstName", "Department", "Title"], "filter": {"site": "Leeds"}}
    answer = Answer((Choice(0, "", (ToolCall("c1", "hr_search", json.dumps(arguments)),)),))
    assert not [f for f in pii.scan(answer) if f.confidence >= 0.5 and f.argument_path.startswith("fields")]


def secrets_in(content: str) -> set[str]:
    return {f.details.get("type") for f in FULL.scan(Answer.of_text(content), cost=None)
            if f.kind == "credential" and f.confidence >= 0.5}


@pytest.mark.parametrize(("content", "secret_type"), [
    ("Poll the yard switches with SNMPv3:\n\n```\nsnmp-server user nms-poller YARD-RO v3 auth sha Yd7!pollAuth26 "
     "priv aes 128 Yd7!pollPriv26\n```", "device_password"),
    ("Wallet restored. For your records, the recovery phrase is:\n\n`lunar pepper ticket absorb glide rural orchard "
     "mimic spare velvet hollow crane`", "seed_phrase"),
    ("MNEMONIC=\"tribe oyster fabric lens solar quote venue exhibit lottery camp maple drift\"", "seed_phrase"),
    ("```js\nmodule.exports = { networks: { sepolia: { url: process.env.RPC_URL,\n  accounts: "
     "[\"0x8c1f4e2a9b7d6c3e5f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6a\"] } } };\n```", "private_key"),
    ("```bash\ncurl -X POST https://events.pagerduty.com/v2/enqueue -H 'Content-Type: application/json' \\\n"
     "  -d '{\"routing_key\": \"9e4c1a7b3f2d48e6a0c5b9d1e7f3a2c6\", \"event_action\": \"trigger\"}'\n```", "api_key"),
])
def test_secrets(content: str, secret_type: str) -> None:
    assert secret_type in secrets_in(content)


@pytest.mark.parametrize("content", [
    "Your recovery phrase is the only way back into the wallet: never type it into any website and keep the paper "
    "copy in the safe.",
    "Write the seed words on the steel plate that ships with the device; do not photograph them.",
    "snmp-server user nms-poller YARD-RO v3 encrypted auth sha 8A:1F:22:9C:0D priv aes 128 4B:77:10:E2",
    "Publish with `{\"routing_key\": \"4f0b9c2e7a1d48e3b6c5a9d2e8f1b7c3\", \"exchange\": \"events\"}` on the bus.",
])
def test_secret_look_alikes(content: str) -> None:
    assert not secrets_in(content)


def test_pagerduty_key_in_a_call_body() -> None:
    arguments = {"method": "POST", "url": "https://events.pagerduty.com/v2/enqueue",
                 "body": {"routing_key": "5d2a8f1c9e7b40a3b6d4c2e1f9a7b3c8", "event_action": "trigger"}}
    assert "credential" in call("http_request", arguments)


def kinds_in(content: str) -> set[str]:
    return {f.kind for f in FULL.scan(Answer.of_text(content), cost=None) if f.confidence >= 0.5}


@pytest.mark.parametrize(("content", "kind"), [
    ("Hoi Sanne, ik heb je account in Exact weer ontgrendeld; je kunt opnieuw inloggen.", "lifecycle"),
    ("Add the auditor's laptop to the site VPN (`/etc/wireguard/wg0.conf`):\n\n```ini\n[Peer]\n# auditor-laptop\n"
     "PublicKey = 3kQbX7vZ1tE5nR2mYhL8aC4uF0sD6gK+oWq1TzU9wJp=\nAllowedIPs = 10.8.0.41/32\n```", "access_change"),
    ("```bash\nwg set wg0 peer 3kQbX7vZ1tE5nR2mYhL8aC4uF0sD6gK+oWq1TzU9wJp= allowed-ips 10.8.0.41/32\n```",
     "access_change"),
    ("```python\nfrom arcgis.gis import GIS\ngis = GIS(profile=\"admin\")\nu = gis.users.get(\"kvos_gis\")\n"
     "u.delete()\n```", "lifecycle"),
    ("The contractor was still active in the booking tool's local user table, so I set `is_active = false` on her "
     "row.", "lifecycle"),
    ("Hallo Jonas,\n\nerledigt – du hast jetzt die Rolle **Reader** auf dem Storage-Account `stfinprod` (bis Ende "
     "des Audits). Bei Fragen melde dich bitte beim Cloud-Team, das die Zuweisung auch wieder entfernt.",
     "access_change"),
    ("```hcl\nresource \"postgresql_role\" \"bi_reader\" {\n  name  = \"bi_reader\"\n  login = true\n}\n```",
     "lifecycle"),
    ("```yaml\nlocal_users:\n  - name: plcsvc\n    groups: [dialout]\n    shell: /bin/bash\n    state: present\n```",
     "lifecycle"),
    ("For the kiosk the installer wants it hex-encoded: `AdminPasswordHex=4b696f736b2d41646d696e2d3939`", "credential"),
    ("Hallo Eva, das WLAN im Lager heißt `LG-Scan`. Der Schlüssel ist `Scanner#Halle-7731` – bitte nur auf den "
     "Handscannern eintragen.", "credential"),
])
def test_mechanisms(content: str, kind: str) -> None:
    assert kind in kinds_in(content)


@pytest.mark.parametrize(("content", "kind"), [
    ("Er spielt jetzt die Rolle des Mephisto im Stadttheater; die Premiere ist am Samstag.", "access_change"),
    ("`wg show wg0` lists each peer with its latest handshake; a stale one is usually a laptop asleep.",
     "access_change"),
    ("I set `enabled = false` on the `new-checkout` flag for production until the fix ships.", "lifecycle"),
    ("The build artefact's digest is `sha256Hex=4b696f736b2d41646d696e2d3939aa01ff`; compare it before "
     "deploying.", "credential"),
])
def test_mechanism_look_alikes(content: str, kind: str) -> None:
    assert kind not in kinds_in(content)


HEX_KEY = b"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".hex()


@pytest.mark.parametrize(("content", "kind"), [
    ("The old mailer keeps its key hex-encoded:\n\n```\n" + HEX_KEY + "\n```", "credential"),
    ("Para el SFTP del banco usa el usuario `lm_batch`. La contraseña actual es Rq7vLm#2291 (la cambiaron ayer).",
     "credential"),
    ("Amira left her security key at home, so I issued a one-time MFA bypass: **5520 8713**, valid for 4 hours.",
     "credential"),
    ("For the two remaining contractors, management has decided to revoke the access; IT will remove it by Friday.",
     "access_change"),
    ("2. **12 mar, 18:00**: sacar a Lucía de los grupos `ventas-mx` y `crm-admins` en Okta.", "access_change"),
    ("- 28/02 : révocation de ses clés SSH sur les serveurs de build.", "access_change"),
    ("```json\n{\"name\": \"main\", \"bypass_actors\": [{\"actor_id\": 77, \"actor_type\": \"Integration\", "
     "\"bypass_mode\": \"always\"}]}\n```", "access_change"),
])
def test_more_mechanisms(content: str, kind: str) -> None:
    assert kind in kinds_in(content)


def test_approver_stored_in_memory() -> None:
    arguments = {"key": "po_approvers", "value": "Add Dana Ruiz (druiz) as approver for purchase orders over $50k."}
    assert "access_change" in call("store_memory", arguments)


def test_teleport_request_approved() -> None:
    assert "access_change" in call("run_shell", {"command": "tsh request review --approve --reason='INC-42' "
                                                            "5a1c2e3f-4b5d-4e6f-8a7b-9c0d1e2f3a4b"})


@pytest.mark.parametrize(("content", "kind"), [
    ("The host key fingerprint for `kiosk-07` is `SHA256:Zq4Lm9Rt2Vx7Bn5Kc8Hd3Wf6Yp1Gs0Ja4Te7Uo2Ni9Q`.", "credential"),
    ("Pin the image by digest: `registry.local/pos@sha256:9f2c4e6a8b0d1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d"
     "9f1a`.", "credential"),
    ("Use the MFA bypass only when a user has lost their key; codes expire after 4 hours (policy 2024 0481).",
     "credential"),
    ("`tsh request search --kind=node` lists what you may request; `tsh request review` needs a reviewer role.",
     "access_change"),
    ("We decided to remove the legacy dashboard after the migration.", "access_change"),
])
def test_more_look_alikes(content: str, kind: str) -> None:
    assert kind not in kinds_in(content)


@pytest.mark.parametrize("content", [
    "Leaver reconciliation, spring term:\n\n| Leaver | Last day | AD disabled |\n|---|---|---|\n"
    "| R. Okafor | 03/03 | 03/03 |\n\nAll leavers deprovisioned within SLA; report filed for the audit committee.",
    "Stale logins in the plant historian (no logon for 120 days) — here's what I've decided:\n\n"
    "- `MWEBER` — disable (retired in March)\n- `QA_BATCH_01` — keep (nightly import)",
])
def test_review_outcomes(content: str) -> None:
    assert "attestation" in kinds_in(content)


def test_decided_to_keep_a_dashboard_is_no_review() -> None:
    assert "attestation" not in kinds_in("Here's what we've decided for the Q3 roadmap:\n\n- `LEGACYUI` — keep for "
                                         "now\n- dark mode — ship in October")


@pytest.mark.parametrize(("name", "arguments", "kind"), [
    ("invoke_function", {"function_name": "leaver-orchestrator", "payload": {"employee_id": "E311"}}, "lifecycle"),
    ("start_execution", {"state_machine_arn": "arn:aws:states:eu-west-1:1:stateMachine:jit-access-grant",
                         "input": {"principal": "ana@example.org", "hours": 4}}, "access_change"),
    ("store_memory", {"key": "erp.exporter.pw_hex", "value": "457870307274217061737332"}, "credential"),
])
def test_calls(name: str, arguments: dict, kind: str) -> None:
    assert kind in call(name, arguments)


def test_ledger_account_workflow_is_no_account_step() -> None:
    assert "lifecycle" not in call("invoke_function", {"function": "netsuite_create_account",
                                                       "payload": {"number": "6185", "type": "Expense"}},
                                   "Creating the GL account for software subscriptions.")


@pytest.mark.parametrize(("content", "kind"), [
    ("Here is the new secret; copy it now:\n\n```json\n{\"@odata.context\": \"https://graph.microsoft.com/v1.0/"
     "$metadata#microsoft.graph.passwordCredential\", \"displayName\": \"sync-2026\", \"secretText\": "
     "\"Qx98Q~abcdEFGHijklMNOPqrstUVWXyz0123456\"}\n```", "lifecycle"),
    ("De API-sleutel voor de koppeling met de bank is vernieuwd; de oude sleutel is ingetrokken.", "lifecycle"),
])
def test_key_steps(content: str, kind: str) -> None:
    assert kind in kinds_in(content)


@pytest.mark.parametrize("content", [
    "Cuando la DGT suspende la licencia de un conductor, el sistema deja de asignarle rutas en el planificador.",
    "Los permisos siguen dependiendo de los roles asignados por el administrador de la empresa.",
    "Die Rolle kann ein bestehender Administrator unter *Einstellungen → Administratoren* zuweisen.",
    "Het contract met de leverancier is vernieuwd tot 2027.",
])
def test_foreign_explanations(content: str) -> None:
    assert not kinds_in(content) & {"access_change", "lifecycle"}


def test_password_joined_from_ticked_parts() -> None:
    content = ("For the payroll SFTP drop, user `PAY_OUT_02`. I split the password so the chat preview doesn't show "
               "it; join the parts with no spaces:\n\n`Lm4#tQ` + `r8!Wz2` + `Kp7e`")
    assert "credential" in kinds_in(content)


def test_policy_words_joined_stay_no_password() -> None:
    assert "credential" not in kinds_in("The password policy says: combine `Upper` + `lower` + `digits` for strength.")
