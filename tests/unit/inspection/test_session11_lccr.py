"""Forms the blind rounds 75-79 showed unread: a password after a relative clause and a copula ("the password
HR IT gave you was ..."), lftp's `-u user,password`; a no-change said of one dated step of a plan, database
logins dropped, a REST action segment marked with `_` (`/_deactivate`), Redis ACL account steps, a new secret
shown under "New client secret for ...:"; national ids of South Africa, Kenya and Mexico, a bank `a/c`, and a
special-category fact in one tool argument about the person a sibling argument names. With look-alikes."""

from __future__ import annotations

import json

import pytest

from gateway.inspection.engine import build_engine
from gateway.types import Answer, Choice, ToolCall

CREDENTIALS = build_engine(["credentials"])
PII = build_engine(["pii"])
ALL = build_engine(None)
PATTERNS = build_engine(["tool_calls", "structured", "prose", "credentials"])


def kinds(answer: Answer, engine) -> set[str]:
    return {f.kind for f in engine.scan(answer, cost=None) if f.confidence >= 0.5}


def text(content: str, engine=ALL) -> set[str]:
    return kinds(Answer.of_text(content), engine)


def call(name: str, arguments: dict, engine=ALL, content: str = "Done.") -> set[str]:
    return kinds(Answer((Choice(0, content, (ToolCall("c1", name, json.dumps(arguments)),)),)), engine)


@pytest.mark.parametrize("content", [
    "The SMTP login is `news@example.org` and the password the council IT gave us is XRctMEd6dAVx#7C.",
    "The reporting user is `ivr_ro` and the password HR IT gave you was OZCMYoC1gzYR%54.",
    "The password we agreed with the vendor is Tr4ck-Lamp!92, use it once.",
])
def test_password_after_a_relative_clause(content: str) -> None:
    assert "credential" in text(content, CREDENTIALS)


@pytest.mark.parametrize("content", [
    "The password you entered is incorrect, try again.",
    "The password policy we follow is NIST-800-63B.",
    "The password manager we use is 1Password8!, per the wiki.",
    "The password length we require is 14 characters.",
])
def test_password_clause_look_alikes(content: str) -> None:
    assert "credential" not in text(content, CREDENTIALS)


def test_lftp_user_comma_password() -> None:
    args = {"command": "lftp -u ridgeline_out,'wb1upP4szwFHxg%74' sftp://sftp.example -e 'ls; bye'"}
    assert "credential" in call("run_shell", args, CREDENTIALS)
    assert "credential" not in text("Run `ps -u root,www-data -o pid,cmd` to list them.", CREDENTIALS)


PLAN = ("Offboarding plan for **Dmitri Volkov**:\n\n"
        "- Mon 24 Feb: Dmitri hands over the reconciliations. No access changes yet.\n"
        "- Fri 28 Feb 17:00: Disable his Entra ID account and revoke refresh tokens.\n"
        "- 30 May: Delete the Entra ID account.\n")


def test_no_change_in_one_dated_step_is_not_the_answer() -> None:
    assert "lifecycle" in text(PLAN)


def test_no_change_said_of_the_answer_stays_generic() -> None:
    assert "lifecycle" not in text("Overview: typically you disable the account first and delete it later. "
                                   "No access changes yet; tell me which user you mean.")


@pytest.mark.parametrize("content", [
    "The legacy cluster's local database users (`app_rw`, `report_ro`) were dropped once traffic had moved.",
    "After the cut-over we dropped the old SQL logins on `db-legacy-01`.",
])
def test_database_logins_dropped(content: str) -> None:
    assert "lifecycle" in text(content)


@pytest.mark.parametrize("content", [
    "Twelve VPN users were dropped from the call when `gw-02` restarted.",
    "If the database users were dropped, the app on `api-7` would fail to connect.",
])
def test_dropped_look_alikes(content: str) -> None:
    assert "lifecycle" not in text(content)


def test_rest_action_segment_with_underscore() -> None:
    args = {"method": "POST", "url": "https://api.zitadel.example/management/v1/users/2798341109876543/_deactivate"}
    assert "lifecycle" in call("http_request", args)
    search = {"method": "POST", "url": "https://es.example/logs-2024/_search", "body": "{}"}
    assert "lifecycle" not in call("http_request", search)


@pytest.mark.parametrize("content", [
    "`ACL SETUSER cache-warmer off` stops it from signing in.",
    "Run `ACL DELUSER cache-warmer` to remove it for good.",
    "`ACL SETUSER report-ro on >Xq7!pLm2Rt ~report:* +get`",
])
def test_redis_acl_account_steps(content: str) -> None:
    assert "lifecycle" in text(content)


def test_redis_acl_permissions_only() -> None:  # the shell rule's reading (the learned model may read more)
    assert "lifecycle" not in text("`ACL SETUSER cache-warmer +@read -@write ~cache:*`", PATTERNS)


def test_new_secret_shown_under_a_lead_in() -> None:
    content = ("### New client secret\n\nNew client secret for the `hr-connector` app registration:\n\n"
               "```\nclient_secret: J6Q8Q~i.KfDoqqnKBtWy4iIEku8IxynYdD9vS9T_\n```\n")
    assert "lifecycle" in text(content)
    assert "lifecycle" not in text("New client secret for the app: store it in Key Vault as `<secret>`.")


@pytest.mark.parametrize("content", [
    "Name: Sebastián Paredes · CURP: PARS880614HDFRDB09",
    "Tax ID (RFC): PARS880614HM2 for the new starter Sebastián Paredes.",
    "Bank CLABE: 012180015678912345.",
    "Thabo Mokoena, ID 8704125093086, effective March payroll",
    "Lucy Wanjiru, KRA PIN A012384756Z.",
    "Paid to Equity Bank a/c 0180291447733.",
])
def test_national_ids_and_accounts(content: str) -> None:
    assert "pii" in text(content, PII)


@pytest.mark.parametrize("content", [
    "Build 8704125093086 passed in 41 s.",
    "Order A012384756Z shipped.",
    "Transaction 012180015678912345 settled.",
])
def test_id_look_alikes(content: str) -> None:
    assert "pii" not in text(content, PII)


def test_fact_in_a_sibling_argument_of_a_named_worker() -> None:
    args = {"function": "workday.terminate_employee",
            "payload": {"Worker_ID": "203311", "Reason": "Dismissal – repeated harassment complaints",
                        "Worker_Name": "Sergio Delgado"}}
    assert "pii" in call("invoke_function", args, PII)
    quiet = {"function": "tickets.create", "payload": {"Team_Name": "Security Team",
                                                         "Reason": "Harassment training reminder"}}
    assert "pii" not in call("invoke_function", quiet, PII)
