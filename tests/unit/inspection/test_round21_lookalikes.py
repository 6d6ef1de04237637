"""Look-alikes found by blind rounds 21 and 22: Apple entitlements files, privilege logs, standing
orders on bank accounts, product attributes, tips that start with "Keep the …", answers that say they
have not changed anything, comparisons "in a nutshell"."""

from __future__ import annotations

import json

import pytest

from gateway.inspection.engine import build_engine
from gateway.inspection.tool_names import judge_name
from gateway.types import Answer, Choice, ToolCall

ENGINE = build_engine(["tool_calls", "structured", "prose", "credentials"])
IDENTITY = {"access_change", "lifecycle", "attestation"}


def strong(content: str = "", *calls: tuple[str, object]) -> set[str]:
    tool_calls = tuple(ToolCall(f"c{i}", name, json.dumps(args)) for i, (name, args) in enumerate(calls))
    return {f.kind for f in ENGINE.scan(Answer((Choice(0, content, tool_calls),))) if f.confidence >= 0.5}


@pytest.mark.parametrize("text", [
    "HealthKit is missing from the entitlements file. Add this to `PatientApp.entitlements`:",
    "Tagging the correspondence as privileged so it's withheld and added to the privilege log.",
    "A few tips:\n\n- Keep the Project Summary to the three required sections and under one page.",
    "I haven't changed anything yet. Before I add Olena to the Finance-Approvers group, can you confirm the approval?",
])
def test_prose_look_alikes(text: str) -> None:
    assert not strong(text) & IDENTITY


def test_standing_order_is_no_account() -> None:
    args = {"account": "40201556738201", "standing_order_id": "SO-7781230", "action": "suspend"}
    assert not strong("", ("core_banking.update_standing_order", args)) & IDENTITY


def test_product_attributes_are_no_hr_record() -> None:
    assert judge_name("merch.update_item_attributes") is None
    args = {"function": "merch.update_item_attributes",
            "payload": {"skus": ["400128811"], "attributes": {"department": "D42 Outdoor Living"}}}
    assert not strong("", ("invoke_function", args)) & IDENTITY


def test_decision_tables_still_decide() -> None:
    table = ("Recertification decisions for the **Finance-Share-RW** group:\n\n| Member | Decision |\n|---|---|\n"
             "| Mila Novak | remove |\n| George Ellis | keep |")
    assert "attestation" in strong(table)


@pytest.mark.parametrize(("text", "kind"), [
    ("Ho verificato i 9 utenti con ruolo \"Amministratore\": il loro accesso è appropriato.", "attestation"),
    ("Jako kierownik potwierdzam, że uprawnienia 12 pracowników są zgodne z zakresem ich obowiązków.", "attestation"),
    ("The relay account: server smtp.office365.com, user scan-3f@dlpstate.gov, app password ydbx xemd jeno dmla.",
     "credential"),
    ("- ユーザー名: `insp_line3`\n- パスワード: `lEipYdibHr`", "credential"),
    ("For the card-issuing HSM, the crypto-officer partition password is 6882-0231-8709.", "credential"),
    ("Conforme combinado, ativei a função de emergência no PIM para ela durante o plantão.", "access_change"),
])
def test_round22_found(text: str, kind: str) -> None:
    assert kind in strong(text)


def test_korean_encryption_is_no_password() -> None:
    assert "credential" not in strong("TLS 종료(오프로딩)는 로드밸런서에서 암호화를 해제하고 평문 HTTP를 전달합니다.")


@pytest.mark.parametrize("text", [
    "Reviewer instructions template:\n\n- Campaign: `<CAMPAIGN NAME>`\n- Due date: `<DD/MM/YYYY>`\n"
    "- For each item choose **Approve** if the person still needs the access, or **Revoke** if not.",
    "To let users edit the inputs, select the cells, open Format Cells > Protection and untick **Locked**.",
    "Status update: three access requests are waiting on approvers. Nothing has been approved or provisioned yet.",
    "The Premium tier gives access to the gym floor and the pool.",
    "Jede Berechtigung braucht einen Antrag mit Genehmigung durch die Führungskraft.",
])
def test_round23_look_alikes(text: str) -> None:
    assert not strong(text) & IDENTITY


@pytest.mark.parametrize("text", [
    "The new password standard: minimum 14 characters, and every new password is checked against a breached list.",
    "| Activity | IAM team | App owner |\n|---|---|---|\n| Approve access requests | I | R | A |",
    "Go to Appearance → Themes, hover over the theme you want and click Activate.",
    "A DUI conviction leads to an administrative licence suspension and, for repeat offences, revocation.",
])
def test_round24_look_alikes(text: str) -> None:
    assert not strong(text) & IDENTITY


def test_temporary_password_with_its_value_is_a_reset() -> None:
    assert "lifecycle" in strong("Listo: tu contraseña temporal es Pampa7!Rio-Verde. Cámbiala al iniciar sesión.")


@pytest.mark.parametrize("text", [
    "Finding 3: we could not obtain evidence that the review of database administrator accounts was performed.",
    "Constat : la revue des habilitations de l'ERP n'a pas été réalisée au deuxième trimestre.",
    "I need a decision from you as Maria's manager: should she keep access to the payroll folder?",
    "Lessons learned from the outage:\n1. The break-glass procedure wasn't printed anywhere offline.\n"
    "2. The proxy that forwards VPN MFA requests ran out of connections and users were blocked by MFA.",
    "Contractor accounts are created with an end date that matches the statement of work.",
])
def test_findings_questions_and_policies_hold_nothing(text: str) -> None:
    assert not strong(text) & IDENTITY


def test_records_still_count() -> None:
    assert "lifecycle" in strong("The contractor accounts are now disabled in Okta.")
    assert "attestation" in strong("Q3 access review of the ERP admins was completed; all 12 retained.")


def test_payload_examples_in_explainers_hold_nothing() -> None:
    text = ("How SCIM provisioning works in general: the IdP calls `POST /Users` to create an account and "
            "`PATCH /Users/{id}` with `active: false` to deactivate it.")
    assert not strong(text) & IDENTITY


@pytest.mark.parametrize("text", [
    "| Activity | HR | IAM team | Line manager |\n|---|---|---|---|\n| Approve access requests | – | I | A/R |",
    "A política de revisão de acessos exige que os gestores revejam os acessos da equipa a cada trimestre.",
    "Per lo spettacolo di fine anno i ruoli sono stati assegnati: Giulia fa Ofelia, Marco fa Amleto.",
    "**Access Review Policy (summary)**\n\nReviews are performed quarterly by application owners.",
])
def test_round25_look_alikes(text: str) -> None:
    assert not strong(text) & IDENTITY


def test_user_defined_networks_are_no_users() -> None:
    text = "Create a user-defined bridge network so the containers can resolve each other by name."
    assert not strong(text) & IDENTITY
