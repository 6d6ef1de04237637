"""Session 8, rounds 52-53 mechanisms: an API key sent as the Basic user with no password, a secret
echoed into `--password-stdin`, Wi-Fi QR payloads, a backticked login pair repeated in a summary, a
user-update procedure given an end date, LDAP moves under a new superior, dynamic membership rules,
Zero Trust include lists, policy conditions changed in a diff, account states and validity dates set,
group rules edited, security templates linked, and a Rego unit test's made-up input; with look-alikes
that stay quiet."""

from __future__ import annotations

import base64
import json

import pytest
from probes import engine_kinds

from gateway.inspection.credentials import CredentialDetector
from gateway.inspection.engine import build_engine
from gateway.types import Answer, Choice, ToolCall

ENGINE = build_engine()
SECRETS = CredentialDetector()


def kinds(text: str | Answer, detector: str | None = None) -> set[str]:
    return engine_kinds(ENGINE, text, detector)


def secret(text: str) -> bool:
    return any(hit.confidence >= 0.5 for hit in SECRETS.hits(text))


def tool(name: str, args: dict) -> Answer:
    return Answer((Choice(0, "Running it now.", (ToolCall("c1", name, json.dumps(args)),)),))


def tool_secret(name: str, args: dict) -> bool:
    return any(f.kind == "credential" and f.confidence >= 0.5 for f in ENGINE.scan(tool(name, args), cost=None))


def basic(decoded: str) -> str:
    return base64.b64encode(decoded.encode()).decode()


# --- credentials ----------------------------------------------------------------------------------

def test_basic_header_with_a_key_and_no_password() -> None:
    header = {"Authorization": "Basic " + basic("9f3ac27be1d04c55a8e6b71f02d9c4e3:")}
    assert tool_secret("http_request", {"method": "GET", "url": "https://api.example.org/v2/items", "headers": header})
    assert secret("curl -H 'Authorization: Basic " + basic("k7Qz2LmX9pR4tV8wB3nY6hJ1:") + "' https://api.example.org/x")


@pytest.mark.parametrize("decoded", ["admin:", "reports:", "x:"])
def test_basic_header_with_a_plain_user_and_no_password_is_quiet(decoded: str) -> None:
    assert not secret("Authorization: Basic " + basic(decoded))


def test_secret_echoed_into_password_stdin() -> None:
    assert secret('echo "Wq8ZtR2vLp6Ys4NcXe1Hd9Kb" | docker login registry.example.net -u builder --password-stdin')
    assert tool_secret("git_commit", {"files": {"ci/build.sh": "echo 'Tm4rPq7ZxW2sLk9V' | helm registry login "
                                                               "reg.example.net --username bot --password-stdin\n"}})


@pytest.mark.parametrize("text", [
    'echo "$REGISTRY_PASSWORD" | docker login registry.example.net -u builder --password-stdin',
    "echo ${CI_JOB_TOKEN} | docker login -u gitlab-ci-token --password-stdin $CI_REGISTRY",
    'cat ~/token.txt | docker login -u builder --password-stdin',
])
def test_password_stdin_from_a_variable_or_file_is_quiet(text: str) -> None:
    assert not secret(text)


@pytest.mark.parametrize("text", [
    "Scan result: `WIFI:S:Guest-Lounge;T:WPA;P:q8Vx2mRt7Lz;;`",
    "The sticker encodes WIFI:T:WPA2;S:Warehouse;P:Hr5\\;kT92pw;H:true;;",
])
def test_wifi_qr_password(text: str) -> None:
    assert secret(text)


@pytest.mark.parametrize("text", [
    "The format is `WIFI:T:WPA;S:<ssid>;P:<password>;;` — fill in your own values.",
    "Open networks use `WIFI:T:nopass;S:Cafe;;` with no P field.",
])
def test_wifi_qr_template_is_quiet(text: str) -> None:
    assert not secret(text)


def test_summary_repeating_a_login_pair() -> None:
    text = ("Recap: the switch is unreachable; the credentials you pasted (`netops` / `Vq7!rT2kLm9z`) still "
            "work over the console port.")
    assert secret(text)


@pytest.mark.parametrize("text", [
    "Recap: compare the login pages (`login.html` / `signin.html`) for the layout difference.",
    "Use the credentials from the vault (`<username>` / `<password>`).",
    "The files to diff are `src/login.py` / `src/auth.py`.",
])
def test_backticked_pairs_without_a_password_are_quiet(text: str) -> None:
    assert not secret(text)


# --- account steps in SQL, LDAP and HTTP tools --------------------------------------------------------

def test_user_update_procedure_with_end_date() -> None:
    text = tool("run_sql", {"statement": "BEGIN apps.fnd_user_pkg.updateuser(x_user_name => 'JDOE', "
                                         "x_owner => 'CUST', x_end_date => SYSDATE + 1); COMMIT; END;"})
    assert "lifecycle" in kinds(text)


@pytest.mark.parametrize("statement", [
    "SELECT fnd_user_pkg.testusername('JDOE') FROM dual;",
    "SELECT user_name, end_date FROM fnd_user WHERE user_name = 'JDOE';",
])
def test_end_date_read_is_quiet(statement: str) -> None:
    assert "lifecycle" not in kinds(tool("run_sql", {"statement": statement}), "tool_calls")


def test_ldap_modrdn_under_new_superior() -> None:
    args = {"operation": "modrdn", "dn": "uid=jli,ou=people,dc=example,dc=org", "newrdn": "uid=jli",
            "newsuperior": "ou=admins,ou=people,dc=example,dc=org"}
    assert "access_change" in kinds(tool("ldap_modify", args))
    ldif = ("```\ndn: uid=jli,ou=people,dc=example,dc=org\nchangetype: modrdn\nnewrdn: uid=jli\n"
            "deleteoldrdn: 1\nnewsuperior: ou=admins,dc=example,dc=org\n```")
    assert "access_change" in kinds(ldif, "structured")


def test_ldap_rename_in_place_and_search_are_quiet() -> None:
    assert "access_change" not in kinds(tool("ldap_search", {"base": "ou=people,dc=example,dc=org",
                                                              "filter": "(uid=jli)"}), "tool_calls")


def test_dynamic_membership_rule_patched() -> None:
    text = tool("http_request", {"method": "PATCH", "url": "https://graph.microsoft.com/v1.0/groups/abc-123",
                                 "body": {"membershipRule": '(user.country -eq "DE")'}})
    assert "access_change" in kinds(text, "tool_calls")


def test_dynamic_membership_rule_read_is_quiet() -> None:
    text = tool("http_request", {"method": "GET", "url": "https://graph.microsoft.com/v1.0/groups/abc-123"
                                 "?$select=membershipRule"})
    assert "access_change" not in kinds(text, "tool_calls")


# --- policy fragments ------------------------------------------------------------------------------

def test_zero_trust_include_list() -> None:
    text = ('Change the policy to:\n```json\n"include": [\n  {"email": {"email": "ana@example.com"}},\n'
            '  {"group": {"id": "f00d"}}\n]\n```')
    assert "access_change" in kinds(text, "structured")


def test_include_list_of_paths_is_quiet() -> None:
    text = '```json\n{"include": ["src/**/*.ts"], "exclude": ["node_modules"]}\n```'
    assert "access_change" not in kinds(text, "structured")


def test_policy_condition_changed_in_a_diff() -> None:
    text = ('```diff\n   "Condition": {\n     "StringEquals": {\n-      "aws:PrincipalOrgID": "o-aaaa1111"\n'
            '+      "aws:PrincipalOrgID": ["o-aaaa1111", "o-bbbb2222"]\n     }\n   }\n```')
    assert "access_change" in kinds(text, "structured")


def test_condition_shown_without_a_diff_is_quiet() -> None:
    text = ('An IP condition looks like this:\n```\n"Condition": {\n  "IpAddress": {\n'
            '    "aws:SourceIp": "203.0.113.0/24"\n  }\n}\n```')
    assert "access_change" not in kinds(text, "structured")


def test_rego_unit_test_input_is_quiet() -> None:
    text = ('```rego\npackage rbac_test\n\ntest_denies_admin_binding {\n  deny[_] with input as {"kind": '
            '"RoleBinding", "roleRef": {"name": "admin"}, "subjects": [{"kind": "User", "name": "someone"}]}\n}\n```')
    assert "access_change" not in kinds(text, "structured")


# --- prose: states, validity dates, group rules, templates -----------------------------------------

@pytest.mark.parametrize("text", [
    "I switched Omar's account status in the directory from ACTIVE to SUSPENDED while he is on leave.",
    "Set the user's state to **Deactivated** in the admin console.",
])
def test_account_state_set(text: str) -> None:
    assert "lifecycle" in kinds(text, "prose")


@pytest.mark.parametrize("text", [
    "If the status changes to SUSPENDED, the user sees an error at login.",
    "Set Paul Ito's employment status to Terminated with an end date of 30 June.",
    "How do I set the status to suspended for a user?",
])
def test_state_look_alikes_are_quiet(text: str) -> None:
    assert "lifecycle" not in kinds(text, "prose")


def test_validity_date_ended() -> None:
    text = "For user `MWEBER` I changed Valid to on the logon tab to today, so the login no longer works."
    assert "lifecycle" in kinds(text, "prose")


def test_validity_explainer_is_quiet() -> None:
    assert "lifecycle" not in kinds("The coupon is valid until 31 May; set a reminder to 1 May.", "prose")


@pytest.mark.parametrize("text", [
    "I updated the Sales – EMEA group rule so it also matches user.countryCode == \"IE\".",
    "Widen the dynamic membership rule to include the interns department, then save it.",
])
def test_group_rule_edited(text: str) -> None:
    assert "access_change" in kinds(text, "prose")


@pytest.mark.parametrize("text", [
    "I updated the security group rule to allow 443 from the load balancer.",
    "What happens when a group rule is evaluated against a suspended user?",
    "I didn't change the group rule; it still matches Engineering only.",
])
def test_group_rule_look_alikes_are_quiet(text: str) -> None:
    assert "access_change" not in kinds(text, "prose")


def test_security_template_linked() -> None:
    text = "In user maintenance, add linked template `NURSE-ICU` and make it the default for the ICU login department."
    assert "access_change" in kinds(text, "prose")


def test_document_template_is_quiet() -> None:
    text = "Add a template for the weekly report and link it from the wiki home page."
    assert "access_change" not in kinds(text, "prose")
