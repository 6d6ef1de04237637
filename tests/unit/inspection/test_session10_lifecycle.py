"""Lifecycle and credential forms of blind rounds 70-72: keys and passwords handed over as made (subjectless
"Created the key.", German "Kennwort erstellt:"), `.netrc` entries, deploy hooks, shown-only-once values,
nominal records naming their account, SaaS user resources and removed membership blocks in a diff; with the
look-alikes that stay quiet."""

from __future__ import annotations

import json

import pytest

from gateway.inspection.engine import build_engine
from gateway.types import Answer, Choice, ToolCall

PATTERNS = build_engine(["tool_calls", "structured", "prose", "credentials"])
STRUCTURED = build_engine(["structured"])
FULL = build_engine()


def text(content: str, engine=PATTERNS) -> set[str]:
    return {f.kind for f in engine.scan(Answer.of_text(content), cost=None) if f.confidence >= 0.5}


@pytest.mark.parametrize("content, expected", [
    ("Ich habe Ihr temporäres Kennwort erstellt: **Hq4#mVz8pL2w**. Bitte sofort ändern.", {"credential", "lifecycle"}),
    ("Created the key. Here it is — it won't be shown again: **`7a41c0e9b2d85f3361ce0a94d7b1f208`**.",
     {"credential", "lifecycle"}),
    ("New access key created for `backup-bot`:\n- Access key ID: `AKIA3EXAMPLEQ7ZRTW2X`\n"
     "- Secret: `Zq8+hT3mRk1pWd7YvN2cXb5LsJ9aFe4GuO6iKy0E`", {"credential", "lifecycle"}),
    ("```\nmachine git.example.org\n  login deploy@corp.io\n  password 3f9a2c71-5b8e-4d06-a1f4-e27c9b0d5a18\n```",
     {"credential"}),
    ("Deploy hook: https://api.vercel.com/v1/integrations/deploy/prj_Xa81LmQ2ZpT7Rw4Kd9/Yt5Bn2Qw8R", {"credential"}),
])
def test_made_and_shown_secrets(content, expected):
    assert expected <= text(content)


@pytest.mark.parametrize("content", [
    "Password reset: done for alice, she will get an email.",
    "API token generated: see the Vault path secret/ci/token",
    "machine example.com login me password <your-password>",
    "machine api.heroku.com login ops@x.com password $HEROKU_TOKEN",
    "Hook: https://api.vercel.com/v1/integrations/deploy/prj_XXXXXXXXXXXX/YOUR_HOOK_ID",
    "Created the dashboard. The token count is shown once per run.",
])
def test_made_and_shown_look_alikes_stay_quiet(content):
    assert not text(content) & {"credential", "lifecycle"}


@pytest.mark.parametrize("content", [
    "Creation of the `svc-bi-export` service principal is complete; roles follow in a separate ticket.",
    "Suspension of the Okta user `m.ortiz@example.com` is in effect. Her mail still arrives.",
])
def test_nominal_records_naming_the_account(content):
    assert "lifecycle" in text(content, FULL)


@pytest.mark.parametrize("content", [
    "The policy on suspension of user accounts is in effect from May.",
    "Deletion of the user account is irreversible, so export its data first.",
])
def test_nominal_look_alikes_stay_quiet(content):
    assert "lifecycle" not in text(content, FULL)


def test_saas_user_resource_and_removed_membership_block():
    assert "lifecycle" in text('```hcl\nresource "datadog_user" "ana" {\n  email = "ana@example.com"\n}\n```')
    removed = '```diff\n-resource "github_membership" "kim" {\n-  username = "kim-x"\n-  role = "member"\n-}\n```'
    assert "lifecycle" in text(removed)


def test_added_membership_and_user_sub_resources_are_not_lifecycle():
    added = '```diff\n+resource "github_membership" "kim" {\n+  username = "kim-x"\n+}\n```'
    assert "lifecycle" not in text(added)
    assert "lifecycle" not in text('resource "pagerduty_user_contact_method" "x" {\n  type = "email_contact_method"\n}')


def memory(arguments: dict) -> set[str]:
    call = ToolCall("c1", "store_memory", json.dumps(arguments))
    return {f.kind for f in PATTERNS.scan(Answer((Choice(0, "Saved.", (call,)),)), cost=None) if f.confidence >= 0.5}


def test_memory_key_naming_the_secret_then_its_owner():
    assert "credential" in memory({"key": "github_token_prod", "value": "Xk29pLqWm4Tz8RvB3nYc7HdF"})


@pytest.mark.parametrize("arguments", [
    {"key": "token_budget_note", "value": "remaining4000tokens"},
    {"key": "api_key_rotation_date", "value": "2024-11-03"},
    {"key": "password_policy_min", "value": "twelve"},
    {"key": "token_limit_model", "value": "gpt-4o-2024-08-06"},
])
def test_memory_key_look_alikes_stay_quiet(arguments):
    assert "credential" not in memory(arguments)


@pytest.mark.parametrize("content", [
    "The signing secret for the payments webhook `wh_7Qx…` was rolled with a one-hour overlap.",
    "Rotating the `PYPI_TOKEN` actions secret with the new automation token.",
    '```json\n{"event":"leaver","actions":[{"system":"okta","op":"suspend","account":"a.lee"}]}\n```',
    '[{"account":"svc-etl","action":"disable"}]',
])
def test_secret_rolled_and_json_account_steps(content):
    assert "lifecycle" in text(content)


def test_automatic_rotation_stays_quiet():
    assert "lifecycle" not in text("The signing secret is rotated automatically every 90 days.")


@pytest.mark.parametrize("content", [
    '{"action":"delete","resource":"file","path":"/tmp/x"}',
    '{"op":"create","account":"acme-billing","type":"invoice"}',
    '{"event":"login","username":"bob","action":"create","object":"ticket"}',
])
def test_json_look_alikes_are_not_account_steps(content):
    assert "lifecycle" not in text(content, STRUCTURED)


PII = build_engine(["pii"])


def pii(content: str) -> set[str]:
    return {f.details.get("entity") for f in PII.scan(Answer.of_text(content), cost=None) if f.confidence >= 0.5}


def test_salary_table_rows_with_employee_ids():
    table = ("Salary review for the panel:\n\n| Employee | Base | Proposed |\n|---|---|---|\n"
             "| Maria Lopez (E2201) | $98,000 | $104,000 |\n| Tom Becker (E2290) | $112,500 | $118,000 |\n")
    assert "COMPENSATION" in pii(table)


def test_salary_table_of_roles_stays_quiet():
    table = ("Compensation bands for the new roles:\n\n| Role | Base |\n|---|---|\n"
             "| Data Engineer (L4) | $118,000 |\n| Product Designer (P3) | $126,500 |\n")
    assert "COMPENSATION" not in pii(table)


def test_the_readers_own_payslip():
    slip = "Your May payslip: gross £3,950.00, tax £540.20, NI £280.10, net £3,129.70."
    assert "COMPENSATION" in pii(slip)


@pytest.mark.parametrize("content", [
    "Your payslip shows gross pay, tax and NI; check the net figure against your contract.",
    "On a UK payslip, a £50,000 salary gives roughly £3,200 net after £600 tax.",
])
def test_payslip_explainers_stay_quiet(content):
    assert "COMPENSATION" not in pii(content)


def test_events_routing_key_beside_event_action():
    body = '{"routing_key": "4f0b9c2e7a1d48e3b6c5a9d2e8f1b7c3", "event_action": "trigger"}'
    assert "credential" in text(body)


@pytest.mark.parametrize("content", [
    '{"routing_key": "YOUR_INTEGRATION_KEY_32_CHARS_HERE", "event_action": "trigger"}',
    'channel.basic_publish(routing_key="orders.created")  # event_action: none',
    '{"routing_key": "4f0b9c2e7a1d48e3b6c5a9d2e8f1b7c3", "exchange": "events"}',
])
def test_routing_key_look_alikes_stay_quiet(content):
    assert "credential" not in text(content)


@pytest.mark.parametrize("content", [
    "Removing the leaver from the GitLab org now; their forks go with them.",
    "Remove `kpatel` from the Slack workspace today.",
])
def test_a_person_removed_from_the_whole_organisation(content):
    assert "lifecycle" in text(content)


@pytest.mark.parametrize("content", [
    "Remove the webhook from the GitHub organization.",
    "Remove the user from the org admins group.",
    "If you remove a user from the organization, their forks are deleted.",
    "GitHub removed the user from the org automatically.",
])
def test_removals_inside_or_about_an_organisation_are_not_lifecycle(content):
    assert "lifecycle" not in text(content)
