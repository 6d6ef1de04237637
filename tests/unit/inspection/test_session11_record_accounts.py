"""Accounts that are records of money or customers (a ledger's, a CRM's, a customer's credit account), read by what
is done with them; leave and permits in Spanish and French; policy as a subject one writes on. Real logins, grants
and permits of access in the same words still hold."""

from __future__ import annotations

import json

import pytest

from gateway.inspection.account_records import is_record_accounts
from gateway.inspection.engine import build_engine
from gateway.types import Answer, Choice, ToolCall

FULL = build_engine()


def kinds(answer: Answer) -> set[str]:
    return {f.kind for f in FULL.scan(answer, cost=None) if f.confidence >= 0.5}


def text(content: str) -> set[str]:
    return kinds(Answer.of_text(content))


def called(content: str, name: str, arguments: dict) -> set[str]:
    call = ToolCall("c1", name, json.dumps(arguments))
    return kinds(Answer((Choice(0, content, (call,)),)))


@pytest.mark.parametrize("content", [
    "In the chart of accounts, close account 7310 (Old freight) from 1 July. Deactivated accounts keep their history "
    "but take no new postings.",
    "Disable account 5200 in the ledger and move its balance to 5210 so nobody posts to it by mistake.",
    "The duplicate Account 'Nordwind Handel AG' was deleted after its opportunities were merged into the main "
    "record; it's a customer company, not a login.",
    "A conta do cliente Loja Central foi bloqueada por limite de crédito excedido; o crédito tem de rever o limite.",
    "In the ledger service, create the account entity `POST /v1/accounts {\"currency\": \"USD\", \"type\": \"asset\"}`;"
    " journal entries reference its id.",
])
def test_money_and_customer_accounts_are_not_logins(content: str) -> None:
    assert not text(content) & {"lifecycle"}


def test_crm_account_created_by_tool_is_not_a_login() -> None:
    assert "lifecycle" not in called("Created the new account for Lindqvist Bakery Group and linked the opportunity.",
                                     "crm_create_record", {"sobject": "Account", "fields": {"Name": "Lindqvist"}})


@pytest.mark.parametrize("content", [
    "Disable account jdoe in the ledger app; he left on Friday and his login must not work.",
    "Delete the user account for Marta Ruiz; her balance report access ends today.",
    "AD-Konto deaktivieren, aus den Gruppen `GG-Vertrieb-CRM` entfernen; am 31.10. Konto löschen.",
    "Create the account `svc-crm-sync` in Entra and give it the CRM Reader role.",
])
def test_logins_beside_money_words_still_hold(content: str) -> None:
    assert text(content) & {"lifecycle", "access_change"}


def test_record_accounts_reads_the_whole_answer() -> None:
    assert is_record_accounts("Merge the balance of account 4010 into 4000 in the chart of accounts.")
    assert not is_record_accounts("Merge the balance of account 4010 into 4000; reset the user's password.")
    assert not is_record_accounts("Create the account.", [("okta_create_user", '{"login": "a.b"}')])


@pytest.mark.parametrize("content", [
    "Tu permiso de maternidad del 1 de marzo al 21 de junio ha sido aprobado por Recursos Humanos.",
    "I've granted you a two-week extension on the policy paper; the new deadline is 3 May.",
])
def test_leave_and_policy_essays_are_not_access(content: str) -> None:
    assert "access_change" not in text(content)


@pytest.mark.parametrize("content", [
    "Tu permiso de acceso al repositorio `pagos` ha sido aprobado por tu responsable.",
    "I've granted you access to the policy repository in GitHub.",
    "Attach the policy to the `deploy` role in IAM.",
])
def test_access_in_the_same_words_still_holds(content: str) -> None:
    assert "access_change" in text(content)
