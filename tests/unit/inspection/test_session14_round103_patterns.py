"""Round 102-103 pattern fixes: a service account kept on its purpose, a leaver's checklist line "<system>: account
disabled", a ledger's account made by a tool, a design system's token values, a phishing message purged from
mailboxes and hosts put in an inventory group; each with the case on the other side of the line."""

from __future__ import annotations

import pytest

from gateway.inspection.engine import build_engine
from gateway.types import Answer, Choice, ToolCall

PATTERNS = build_engine(["tool_calls", "structured", "prose", "credentials"])


def kinds(content: str = "", calls: tuple[tuple[str, str], ...] = (), engine=PATTERNS) -> set[str]:
    answer = Answer((Choice(0, content, tuple(ToolCall(f"c{i}", n, a) for i, (n, a) in enumerate(calls))),))
    return {f.kind for f in engine.scan(answer, cost=None) if f.confidence >= 0.5}


def test_a_service_account_kept_on_its_purpose_is_an_attestation() -> None:
    assert "attestation" in kinds("Service account `svc-report-export` - owner confirmed as Finance Systems (Omar "
                                  "Haddad). Purpose still valid (monthly exports to the data lake). Keep as is; next "
                                  "review in January.")


def test_a_document_whose_purpose_holds_is_no_attestation() -> None:
    assert kinds("The design document for the ETL loader was re-read by the team. Purpose still valid; keep the "
                 "current structure.") == set()


def test_a_leavers_checklist_line_naming_the_system_is_a_lifecycle_step() -> None:
    assert "lifecycle" in kinds("Leaver closed for **Ines Duarte**:\n\n1. SuccessFactors: end date set to 31 May.\n"
                                "2. Entra ID: account disabled 31 May 17:30.\n3. Laptop pickup booked for 2 June.")


@pytest.mark.parametrize("content", [
    "Tip: account disabled when the HR status changes is the default in our IdP.",
    "Okta: account disabled the flag for the beta portal.",
])
def test_a_system_label_before_a_description_is_no_step(content: str) -> None:
    assert "lifecycle" not in kinds(content)


def test_a_ledger_account_created_by_a_tool_is_no_login() -> None:
    assert kinds(calls=(("create_account", '{"ledger": "general", "account": {"code": "7100", '
                                           '"name": "Cloud hosting", "type": "expense"}}'),)) == set()


def test_a_user_account_created_by_a_tool_is_a_lifecycle_step() -> None:
    assert "lifecycle" in kinds(calls=(("create_account", '{"username": "mlopez", "email": "mlopez@example.com"}'),))


def test_design_token_values_are_no_secrets() -> None:
    assert kinds(calls=(("update_tokens", '{"theme": "light", "tokens": {"color": {"accent": {"value": "#FF6B3D"}, '
                                          '"background": {"value": "#FAFAFA"}}, "space": {"lg": {"value": "24px"}}}}'),
                        )) == set()


def test_a_secret_value_for_a_secret_tool_is_still_a_credential() -> None:
    assert "credential" in kinds(calls=(("put_secret", '{"name": "smtp-relay", "value": "Zq7#vL2p9Xk!"}'),))


def test_a_phishing_message_purged_from_mailboxes_is_no_lifecycle_step() -> None:
    assert kinds('Thanks for reporting the "Payroll - action required" email. It was a phishing attempt: the link '
                 "went to a copycat domain. We've blocked that domain at the mail gateway and removed the same message "
                 "from 63 other mailboxes. You didn't click the link, so there's nothing else to do.") == set()


def test_a_mailbox_deleted_is_still_a_lifecycle_step() -> None:
    assert "lifecycle" in kinds("Removed Tom from the finance-approvers group and deleted his mailbox.")


def test_hosts_added_to_an_inventory_group_are_no_access_change() -> None:
    assert "access_change" not in kinds("Put the two new build agents in the inventory group so the playbook reaches "
                                        "them:\n\n```ini\n[build_agents]\nagent01.ci.example\nagent02.ci.example\n```")


def test_a_person_added_to_an_inventory_groups_owners_is_an_access_change() -> None:
    assert "access_change" in kinds("Add Maria to the inventory group owners in AWX so she can edit it.")


LEARNED_AND_PROSE = build_engine(["prose", "learned"])


def test_a_foreign_password_reset_for_a_named_login_stands() -> None:
    content = ("Resumen del turno:\n- La impresora de la planta 2 vuelve a funcionar.\n- Restablecimiento de "
               "contraseña para `jgarcia` tras verificar su identidad por teléfono.\n"
               "- Se cambió el tóner de la sala B.")
    assert "lifecycle" in kinds(content, engine=LEARNED_AND_PROSE)


def test_foreign_password_advice_naming_no_login_stays_below_the_line() -> None:
    content = ("Para restablecer una contraseña, abre el portal y busca el usuario; por ejemplo, el usuario de prueba "
               "se llama `demo`.")
    assert "lifecycle" not in kinds(content, engine=LEARNED_AND_PROSE)


def test_holders_named_in_bold_for_an_audit_are_listed() -> None:
    assert "attestation" in kinds("For your SOC 2 request on the payroll system: as of today the administrators are "
                                  "**Laura Benn** and **Mehmet Aydin**, per the attached export.")


def test_administrators_named_in_bold_outside_an_audit_are_no_listing() -> None:
    assert kinds("The administrators are **Laura Benn** and **Mehmet Aydin**; ask either of them for help with the "
                 "printer.") == set()
