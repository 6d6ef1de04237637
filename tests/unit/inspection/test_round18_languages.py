"""More languages after blind round 18: Russian, Ukrainian, Hebrew, Hindi, Finnish steps (prose_world);
passwords named in Japanese, Turkish, Czech and Russian; recommendations, closure notes and grants in
Polish and Portuguese; Korean review results; RPC-style user updates carrying HR attributes."""

from __future__ import annotations

import json

import pytest

from gateway.inspection.engine import build_engine
from gateway.types import Answer, Choice, ToolCall

ENGINE = build_engine(["tool_calls", "structured", "prose", "credentials"])


def kinds(content: str = "", *calls: tuple[str, object]) -> set[str]:
    tool_calls = tuple(ToolCall(f"c{i}", name, json.dumps(args)) for i, (name, args) in enumerate(calls))
    return {f.kind for f in ENGINE.scan(Answer((Choice(0, content, tool_calls),))) if f.confidence >= 0.5}


@pytest.mark.parametrize(("text", "kind"), [
    ("Обліковий запис Олександра Коваленка вимкнено сьогодні о 18:00.", "lifecycle"),
    ("राहुल शर्मा का MFA रीसेट कर दिया गया है।", "lifecycle"),
    ("Loin uuden käyttäjätilin Okta-palveluun Mikko Virtaselle.", "lifecycle"),
    ("הערת סגירה – הגישה של דניאל כהן לקבוצה `GG-Finance-Payroll` הוסרה ב-5 במרץ.", "attestation"),
    ("Пользователю Иванову предоставлен доступ к папке финансов.", "access_change"),
    ("共有フォルダ用のサービスアカウントのパスワードは `M52DKpO71f#3095` です。", "credential"),
    ("Uzak masaüstü için kullanıcı adı `muhasebe_admin`, şifre `4drHhdPU5*913`.", "credential"),
    ("Nové dočasné heslo je `Jaro2025-vmsvt!` a při prvním přihlášení bude vyžadována jeho změna.", "credential"),
    ("Пароль для входа: Kv8#pLm2qZ", "credential"),
    ("Przegląd wniosku (rola „Księgowa” w SAP, brak konfliktu SoD).\n\nRekomendacja: zatwierdzić.", "access_change"),
    ("Atribuí o conjunto de permissões \"Service Cloud – Supervisor\" à Juliana Costa.", "access_change"),
    ("Nota de encerramento – RITM0110452: o acesso de Rodrigo Ferreira ao grupo `GG-Tesouraria` foi removido.",
     "attestation"),
    ("2025년 1분기 ERP 권한 검토 결과:\n- 유지: 84명\n- 회수: 3명", "attestation"),
])
def test_found(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize("text", [
    "Учетная запись не была удалена, ждем одобрения.",
    "パスワードは8文字以上にしてください。",
    "The utility account was eliminated from the cost report.",
])
def test_not_found(text: str) -> None:
    assert not kinds(text) & {"access_change", "lifecycle", "attestation", "credential"}


def test_rpc_user_update_with_hr_attributes() -> None:
    call = ("http_request", {"method": "POST", "url": "https://x.saviyntcloud.com/ECM/api/v5/updateUser",
                             "body": {"username": "C900214", "enddate": "06/30/2025", "manager": "EMP100872"}})
    assert "attestation" in kinds("", call)


@pytest.mark.parametrize("text", [
    "With Gold status you're entitled to lounge access for yourself. Silver only gets lounge access on business class.",
    "Adding the story to the backlog for the service desk tooling team.",
])
def test_round18_look_alikes(text: str) -> None:
    assert not kinds(text) & {"access_change", "lifecycle", "attestation"}


def test_sql_reads_count_as_lookups() -> None:
    from gateway.inspection.tool_names import only_reads

    assert only_reads("execute_sql", json.dumps({"sql": "SHOW GRANTS TO ROLE REPORTING_RO;"}))
    assert only_reads("run_query", json.dumps({"query": "select * from users; describe roles"}))
    assert not only_reads("execute_sql", json.dumps({"sql": "SHOW GRANTS TO ROLE X; GRANT ROLE X TO USER Y;"}))
    assert not only_reads("run_shell", json.dumps({"command": "usermod -L bob"}))  # shells: test_round26_mechanisms
