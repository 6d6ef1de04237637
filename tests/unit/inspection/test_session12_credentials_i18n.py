"""Forms of blind rounds 84-87: PagerDuty routing keys, basic-auth pairs in code, secret-store commands with the
value inline, a vendor key under a `--set env.X_API_KEY=` assignment, a USCIS A-number, entitlement
recommendations and closure notes in Japanese, Spanish and French, German grants to compound groups, accounts
made in French and German, an initial password handed to a new user;
with the look-alikes that stay quiet."""

from __future__ import annotations

import json

import pytest

from gateway.inspection.cred_values import dotted_token
from gateway.inspection.engine import build_engine
from gateway.types import Answer, Choice, ToolCall

PATTERNS = build_engine(["tool_calls", "structured", "prose", "credentials"])
PII = build_engine(["pii"])


def text(content: str, engine=PATTERNS) -> set[str]:
    return {f.kind for f in engine.scan(Answer.of_text(content), cost=None) if f.confidence >= 0.5}


def tool(name: str, arguments: dict) -> set[str]:
    call = ToolCall("c1", name, json.dumps(arguments))
    return {f.kind for f in PATTERNS.scan(Answer((Choice(0, "Done.", (call,)),)), cost=None) if f.confidence >= 0.5}


def pii(content: str) -> set[str]:
    return {f.details.get("entity") for f in PII.scan(Answer.of_text(content), cost=None) if f.confidence >= 0.5}


# --- PagerDuty routing keys


def test_orchestration_routing_key_in_a_tool_call_body():
    body = {"routing_key": "R03K9XQ2M7ZP1V8LT6WN4YH2C5B8D0FQ", "event_action": "trigger"}
    assert "credential" in tool("http_request", {"method": "POST", "url": "https://events.pagerduty.com/v2/enqueue",
                                                 "body": body})


@pytest.mark.parametrize("content", [
    "receivers:\n  - name: oncall\n    pagerduty_configs:\n      - routing_key: R09ZK2M4X8VQ7TL3NP5WB1YC6DF0HJ3B\n",
    "pagerduty_configs:\n  - routing_key: 7c2e9a4f1b8d43e6a5c0d9f2e1b7a3c8\n",
    "PagerDuty integration: `routing_key = '5d1f8c3a9e7b42d6b0a4c8e2f6d1b9a7'`",
])
def test_routing_keys_in_pagerduty_configuration(content):
    assert "credential" in text(content)


@pytest.mark.parametrize("content", [
    "pagerduty_configs:\n  - routing_key: <your-integration-key>\n",
    "pagerduty_configs:\n  - routing_key: ${PAGERDUTY_ROUTING_KEY}\n",
    "channel.basic_publish(exchange='events', routing_key='orders.created')",
    '{"routing_key": "7c2e9a4f1b8d43e6a5c0d9f2e1b7a3c8", "exchange": "events"}',  # a broker's key, no PagerDuty
])
def test_routing_key_look_alikes_stay_quiet(content):
    assert "credential" not in text(content)


def test_broker_routing_key_argument_stays_quiet():
    assert "credential" not in tool("publish", {"exchange": "events", "routing_key": "billing.invoice.created"})


# --- basic-auth pairs written in code


@pytest.mark.parametrize("content", [
    'auth = ("svc_reports", "Jq7vL2xR9mTz4P")\nr = requests.get(url, auth=auth)',
    'r = httpx.get(url, auth=("admin", "Pz8#kW2m!qLs"))',
    'es = Elasticsearch(hosts, basic_auth=("elastic", "n3Vq8ZtL2xWp"))',
    'session.auth = HTTPBasicAuth("api-user", "Hx4mQ9vL2pZt")',
])
def test_basic_auth_pairs_in_code(content):
    assert "credential" in text(content)


@pytest.mark.parametrize("content", [
    'r = requests.get(url, auth=(USER, PASSWORD))',
    'r = requests.get(url, auth=("svc", os.environ["SVC_PASSWORD"]))',
    'auth = ("admin", "<password>")',
    'auth = ("user", "password")',
    'oauth = ("client", "scope-read")',
    'session.auth = HTTPBasicAuth(username, getpass.getpass())',
])
def test_auth_pair_look_alikes_stay_quiet(content):
    assert "credential" not in text(content)


# --- secret-store commands with the value inline


@pytest.mark.parametrize("command", [
    "gh secret set SNYK_TOKEN -R acme/api --body 7d1e4a92-3c6b-4f80-9e25-b1a8c4d7e036",
    "gh secret set DEPLOY_KEY -b 'kR7mQ2vX9pL4zT8w'",
    "az keyvault secret set --vault-name kv-prod --name db-pass --value 'Zq8!mPw4Lr2x'",
    "aws secretsmanager put-secret-value --secret-id app/db --secret-string Hk29xLmQp7vZ",
    "fly secrets set STRIPE_WEBHOOK_SECRET=Wq9vL3xZ8mTp2Rk -a shop",
])
def test_secret_store_commands_with_the_value(command):
    assert "credential" in tool("run_shell", {"command": command})


@pytest.mark.parametrize("command", [
    'gh secret set SNYK_TOKEN --body "$SNYK_TOKEN"',
    "gh secret set SNYK_TOKEN < token.txt",
    "gh secret set SNYK_TOKEN --body example-token-value",
    "gh secret list -R acme/api",
    "aws secretsmanager create-secret --name app/db --secret-string file://creds.json",
    "az keyvault secret set --vault-name kv --name x --value <secret>",
])
def test_secret_store_look_alikes_stay_quiet(command):
    assert "credential" not in tool("run_shell", {"command": command})


# --- a vendor key with dots under a key name


def test_dotted_vendor_key_under_a_set_flag():
    command = ("helm upgrade mailer ./chart --reuse-values "
               "--set env.MAILER_API_KEY=SG.pQ4nX8vR2mLz.Tw9bK3yD7fH1jG5sA0eNuL6oV2iXm8zC4qR7pM1w")
    assert "credential" in tool("run_shell", {"command": command})


@pytest.mark.parametrize("value, expected", [
    ("SG.kT3mX9vQ2pLz.Rw7nB4yC8dF1hJ6sA0eGuK5oT2iVm9xZ3qL7pN1w", True),
    ("settings.apiKey2Prod", False),
    ("config.AWS_SECRET_ACCESS_KEY", False),
    ("self.secretKeyV2Value", False),
    ("os.environ.SENDGRID_API_KEY", False),
])
def test_dotted_token(value, expected):
    assert dotted_token(value) is expected


def test_attribute_under_a_key_stays_quiet():
    assert "credential" not in text("api_key = settings.sendgridApiKey2")


# --- USCIS A-number


def test_a_number_after_uscis():
    assert "US_A_NUMBER" in pii("List A: Permanent Resident Card, USCIS # A-214-887-309, expiry 2031-07-14.")


@pytest.mark.parametrize("content", [
    "Room A-214-887-309 is booked for Tuesday.",
    "Form I-9 List A documents include a Permanent Resident Card.",
])
def test_a_number_look_alikes_stay_quiet(content):
    assert "US_A_NUMBER" not in pii(content)


# --- Japanese, Spanish and French


@pytest.mark.parametrize("content, kind", [
    ("**アクセス申請 AR-1207（田中 花子）— 承認者ロール**\n\n- 上長承認済み\n\n**推奨：承認**", "access_change"),
    ("权限申请 REQ-88：财务只读角色\n\n建议：批准", "access_change"),
    ("山田さんの「人事システム 管理者権限」の削除が完了しました。再集計で権限が存在しないことを確認済みです。",
     "attestation"),
    ("本アクセスレビュー項目をクローズします。高橋さんの管理者ロールは削除済みです。", "attestation"),
])
def test_cjk_recommendations_and_closures(content, kind):
    assert kind in text(content)


@pytest.mark.parametrize("content", [
    "デザイン案 B について\n\n**推奨：承認**（色味のみ調整）",  # no access to act on
    "経費申請の推奨手順を説明します。",
    "アクセスレビューの進め方：権限が存在しないことを確認するには、レポートを出力します。",
])
def test_cjk_look_alikes_stay_quiet(content):
    assert "access_change" not in text(content)


@pytest.mark.parametrize("content", [
    "Verificado: el acceso de `p.luna` al grupo `finanzas` en Jira fue eliminado el 03/10. Cierro el ticket ACC-77.",
    "Clôture du ticket SUP-4411 :\n\nL'accès de Mme Anne Petit au partage « RH-Lyon » a bien été supprimé le 2 mai.",
    "Les droits de M. Paul Morel sur le groupe « Compta » ont été supprimés ce matin. Ticket clôturé.",
])
def test_closure_notes_closing_line_first_or_last(content):
    assert "attestation" in text(content)


@pytest.mark.parametrize("content", [
    "Cierro el ticket ACC-77: la impresora de la planta 2 ya funciona.",
    "Clôture du ticket SUP-4411 : le VPN fonctionne de nouveau après le redémarrage.",
])
def test_closure_without_a_removal_stays_quiet(content):
    assert "attestation" not in text(content)


# --- German and French grants and accounts


def test_german_grant_to_a_compound_group():
    content = "Herr Brandt hat Frau Keller die Lesegruppe „GG-MUC-Berichte-Lesen“ zugewiesen."
    assert "access_change" in text(content)


def test_german_target_audience_stays_quiet():
    assert "access_change" not in text("Die Zielgruppe der Schulung wurde dem Team zugewiesen.")


@pytest.mark.parametrize("content", [
    "- Windows-Konto `akeller` und E-Mail-Postfach werden von der IT angelegt",
    "Le compte Windows et la messagerie de Mme Anne Petit ont été créés ce matin.",
])
def test_accounts_made_in_german_and_french(content):
    assert "lifecycle" in text(content)


def test_initial_password_handed_to_a_new_user():
    content = ("Hier Ihre Zugangsdaten:\n\n- Benutzername: `akeller`\n- Initialkennwort: `Start-MUC!2025#ak`\n\n"
               "Bitte ändern Sie das Kennwort bei der ersten Anmeldung.")
    assert {"credential", "lifecycle"} <= text(content)


@pytest.mark.parametrize("content", [
    "- Benutzername: `akeller`\n- Initialkennwort: <wird per SMS gesendet>",
    "Richtlinie: Benutzername: eindeutig; Initialkennwort: mindestens 12 Zeichen.",
])
def test_initial_password_look_alikes_stay_quiet(content):
    assert "lifecycle" not in text(content)
