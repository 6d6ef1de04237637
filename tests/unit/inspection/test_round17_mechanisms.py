"""Mechanisms added after blind round 17: IBM i profiles and authorities, users put in groups by any
cmdlet, Adobe User Management actions, permissions of one named group over REST, account switches by
state flags in tool arguments, login calls with literal passwords, admin / password pairs, quoted
names between a password word and its value, secrets kept in numbered parts."""

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
    ("`CHGUSRPRF USRPRF(OPSNIGHT) SPCAUT(*SAVSYS *JOBCTL)`", "access_change"),
    ("`GRTOBJAUT OBJ(QGPL/SAVLIB) OBJTYPE(*LIB) USER(OPSNIGHT) AUT(*CHANGE)`", "access_change"),
    ("`CHGUSRPRF USRPRF(JDOYLE) STATUS(*DISABLED)` — done on PROD400.", "lifecycle"),
    ("Add-BrokerUser -Name \"CORP\\m.lindqvist\" -DesktopGroup $dg", "access_change"),
    ('[{"user": "intern01@acme.com", "do": [{"add": {"product": ["Acrobat Pro DC - Interns"]}}]}]', "access_change"),
    ("curl -X PUT https://api.bitbucket.org/2.0/repositories/acme/ledger/permissions-config/groups/release-managers"
     " -d '{\"permission\": \"admin\"}'", "access_change"),
    ('s.login("reports@acme.io", "Tulip-Harbor-9921!")', "credential"),
    ("fw-branch-ams.acme.nl admin / Gr3en-Canal-77#  (changed 22/11)", "credential"),
    ("Het wachtwoord voor de gedeelde Zoom-ruimte 'Vergaderzaal 3' is Tulp-Molen-83! – zaal3@acme.nl.", "credential"),
    ('sendgrid:\n  key_part_1: "SG.Tn2bhSrSQK2Ajp4iRVSlea"\n  key_part_2: ".RgfFeLrXyx1o84T6FiZmgb"\n'
     '  key_part_3: "oMCsfA5evvUcZzOSfGtFo"\n', "credential"),
])
def test_found(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize("text", [
    "DSPUSRPRF USRPRF(JDOYLE)",
    'ftp.login("anonymous", "guest@")',
    "the admin / Tools-Menu-2 page",
    "chapter_part_1: intro\nchapter_part_2: body\n",
])
def test_not_found(text: str) -> None:
    assert not kinds(text)


def test_account_switched_off_by_a_state_flag() -> None:
    assert "lifecycle" in kinds("", ("jumpcloud_update_systemuser", {"id": "650a1b2c", "suspended": True}))
    assert not kinds("", ("update_feature", {"name": "beta", "enabled": False}))


@pytest.mark.parametrize(("text", "kind"), [
    ("Ayşe Hanım'a Jira'daki \"HR-Onboarding\" projesinde Proje Yöneticisi rolü verildi.", "access_change"),
    ("Emre Bey'in Bitbucket hesabı silindi ve lisans serbest bırakıldı.", "lifecycle"),
    ("Účet uživatele j.novak byl odemčen a heslo resetováno.", "lifecycle"),
    ("Uživatel jan.novak byl přidán do skupiny Finance.", "access_change"),
    ("MFA återställd för Oskar – han får registrera Microsoft Authenticator på nytt.", "lifecycle"),
    ("revocato. Marco non è più nel gruppo Okta \"Contabilità-NetSuite\".", "access_change"),
    ("Laura ya no es miembro del grupo de Finanzas.", "access_change"),
    ("Adgangsgennemgang for e-conomic afsluttet. Alle 8 brugere er bekræftet som passende af økonomichefen.",
     "attestation"),
    ("Service account ownership attestation, 2024:\n- `svc-airflow` – owner: Data Platform – confirmed.",
     "attestation"),
    ("Tomasz Wrona and Aisha Bello now hold the *Service Desk Team* project role on FAC.", "access_change"),
    ("retain — she's still on the payments team and uses it daily", "attestation"),
    ("Revoke: no login in 147 days and the user changed departments in July.", "attestation"),
    ("unlocked, he can log in again. tell him to stop fat-fingering the VPN password", "lifecycle"),
    ("経理課の佐藤さんを GitHub の `payments-backend` チームに追加しました。", "access_change"),
    ("经复核，张伟的审批权限与岗位职责相符，予以保留。", "attestation"),
    ("이서연 님의 부서를 \"마케팅\"에서 \"제품기획\"으로 인사 시스템에서 변경했습니다.", "attestation"),
])
def test_languages_and_terse_replies(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize("text", [
    "Le groupe n'est plus disponible.",
    "Remove: the old logo still shows on the login page.",
    "Revoke, the certificate expired yesterday.",
    "Disabled. The feature flag is off for all users now.",
    "Účet nebyl odemčen, čekáme na schválení.",
])
def test_languages_and_terse_look_alikes(text: str) -> None:
    assert not kinds(text) & {"access_change", "lifecycle", "attestation"}


@pytest.mark.parametrize("text", [
    "Sentry groups them apart. Add a fingerprint rule `error.type:OrderNotFound -> order-not-found` in the project's "
    "issue grouping settings so they collapse into one issue.",
    "Rehearsals start 6 January; understudies will be assigned their roles by the end of the week.",
    "In 5e, a Paladin gains access to 2nd-level spells at level 5.",
    "Store the API key in your CI's secret store and read it from the environment. Rotate it if it's ever printed.",
])
def test_round17_look_alikes(text: str) -> None:
    assert not kinds(text) & {"access_change", "lifecycle", "attestation"}


def test_lookup_narration_is_no_hold() -> None:
    full = build_engine()
    answer = Answer((Choice(0, "Reading the worker record to see who the current manager is; no changes.", (
        ToolCall("c0", "workday_get_worker", json.dumps({"worker_id": "21077412", "fields": ["manager"]})),)),))
    assert all(f.confidence < 0.5 for f in full.scan(answer, cost="cheap") if f.kind != "pii")


@pytest.mark.parametrize(("text", "kind"), [
    ("New-ADServiceAccount -Name gmsa-veeam -PrincipalsAllowedToRetrieveManagedPassword 'GG-Veeam-Servers'",
     "access_change"),
    ("<entry name='tnguyen'><permissions><role-based><superuser>yes</superuser></role-based></permissions></entry>",
     "access_change"),
    ("已禁用王磊的账号，交接期间由李静代管邮箱。", "access_change"),
])
def test_round17_grants(text: str, kind: str) -> None:
    assert kind in kinds(text)


def test_principals_allowed_names_no_password() -> None:
    text = "New-ADServiceAccount -Name gmsa-veeam -PrincipalsAllowedToRetrieveManagedPassword 'GG-Veeam-Servers'"
    assert "credential" not in kinds(text)
