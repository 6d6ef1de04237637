"""Mechanisms found by blind rounds 36 to 47, each tested on answers written for the test."""

from __future__ import annotations

import pytest
from probes import answer_kinds as kinds

from gateway.inspection.engine import build_engine
from gateway.types import Answer, Choice, ToolCall


@pytest.fixture(scope="module")
def engine():
    return build_engine(["tool_calls", "structured", "prose", "credentials", "learned"])


@pytest.mark.parametrize("content, kind", [
    # a verdict on a named person right after "Decision ...:", revoke carried out by someone
    ("Decision for Priya Nair / Coupa Approver: **Revoke** — moved to Legal in May.", "attestation"),
    ("Decision for Priya Nair / Coupa Approver: **Revoke** — moved to Legal in May.", "access_change"),
    ("Decision for Jonas Berg: retain — still runs the payroll close.", "attestation"),
    # a gap accepted as a risk, retained under compensating controls, bulk certifications
    ("Risk acceptance RA-31: the shared kiosk account cannot be individualised before the refresh. Accepted by "
     "M. Osei, CIO.", "attestation"),
    ("The break-glass account was retained with compensating controls (vaulted, alerting on use).", "attestation"),
    ("Auto-certified 112 low-risk entitlements in the Finance campaign; 4 sent to reviewers.", "attestation"),
    # holders listed for auditors, in French; a removal confirmed, in Spanish
    ("Pour les commissaires aux comptes : liste des détenteurs du rôle Administrateur dans Cegid au 31/12 :\n\n"
     "- Luc Martin\n- Inès Roy", "attestation"),
    ("Se confirma la baja de los accesos de Marta Gil a Salesforce y Jira. Se cierra la solicitud.", "attestation"),
    # MFA bypass, backup or recovery codes issued to someone
    ("Issued new backup codes for Tom Reed after he lost his phone.", "lifecycle"),
    # French recommendation on a rôle (typographic space before the colon)
    ("Demande DEM-12 (Lea Roux) pour le rôle SAP « Z_FI_AP » :\n\n- aucun conflit\n\n**Recommandation : approuver**",
     "access_change"),
    # audit answers naming who can act or which principals could read
    ("Audit request 7.1 asked who can approve journal entries in NetSuite. As of 31 March:\n\n- ALOPEZ — Controller\n"
     "- JKIM — Senior Accountant", "attestation"),
    ("Evidence for the incident file: during the window the bucket `hr-exports` could be read by the following "
     "principals:\n\n- role/etl-loader\n- user/old-sftp", "attestation"),
    # other languages: an MFA reset in Chinese, promotions to an admin role, security classes, HR fields
    ("已为李娜重置了多因素认证，并发送了新的注册链接。", "lifecycle"),
    ("Promuovi Luca ad amministratore del progetto Jira.", "access_change"),
    ("Dans l'onglet Security, ajoutez la classe de sécurité ONC NURSE ORDERS pour Mme Girard.", "access_change"),
    ("Zeynep Kaya'nın departmanını Workday'de Finans olarak güncelledim.", "attestation"),
    ("In SuccessFactors für Frau Vogel erfasst: Beschäftigungsstatus Ruhend ab 01.06.", "attestation"),
    # "retrospective" and "postmortem" as adjectives name no retrospective or postmortem
    ("Ops summary — October\n\nChanges: 98, all with retrospective CAB approval.\nAccess management: management "
     "attests that the privileged population of the ledger (9 accounts) was reviewed and all access is appropriate.",
     "attestation"),
    ("Added her as you asked. She now has editor rights on the shared folder, which cascades to the postmortem "
     "docs inside it.", "access_change"),
    # a .pgpass line written by a tool, known by the PostgreSQL port
    ("warehouse-db.corp.internal:5432:analytics:etl_loader:Vq7rT2mXk9LpZs4Nw", "credential"),
    # review verdicts under "decision on ... access", even beside "retain; no change"
    ("Dean's decision on Canvas access for departing staff:\n\n- Dr. Lena Ortiz: retain until 30 June.\n"
     "- Prof. Mark Bell: revoke all Canvas roles.\n- Dr. Ana Silva: retain; no change.", "attestation"),
    # an Italian closure note on a disabled account; an SoD conclusion as of a date
    ("Nota di chiusura: l'utenza di Paolo Neri è stata disattivata il 02/07 e la rimozione è stata verificata.",
     "attestation"),
    ("SoD analysis as of 31 March: the ruleset (create vendor vs. approve payment) found no conflicts; current role "
     "assignments in purchasing are appropriate.", "attestation"),
    # holders listed for auditors in Spanish and Polish; a Japanese inventory approved as appropriate
    ("Para la auditoría interna, estos son los usuarios con permiso de anulación de facturas en SAP:\n\n"
     "- MGARCIA (María García)\n- JLOPEZ (Jorge López)", "attestation"),
    ("Odpowiedź dla audytora: uprawnienia administratora w CRM posiadały następujące osoby:\n\n- Anna Nowak\n"
     "- Tomasz Wiśniewski", "attestation"),
    ("上記の通り確認し、継続するアカウントの権限は業務上妥当であることを承認します。", "attestation"),
    # a secret that begins with % is no %VARIABLE% reference; a Password row of a settings table
    ("```ini\nldap_default_authtok_type = password\nldap_default_authtok = %Qe7mLp2^xWv9%Rt__\n```", "credential"),
    ("| Setting | Value |\n|---|---|\n| Username | gw01 |\n| Password | Tm4qXz81Lw_9kPd2Rv |", "credential"),
    # an audit workpaper whose finding is a clean result names a tested control, not a gap in general
    ("Arbeitspapier IT-Prüfung — Berechtigungen Lohnbuchhaltung\n\nFeststellung: Die Rezertifizierung wurde "
     "vollständig durchgeführt; für alle 12 Benutzer wurde die Berechtigung als angemessen bestätigt.\n\n"
     "Ergebnis: Keine Beanstandungen. Kontrolle wirksam.", "attestation"),
])
def test_found(engine, content: str, kind: str) -> None:
    assert kind in kinds(engine, content)


@pytest.mark.parametrize("content", [
    "Decision for Ann Lee: we keep the current vendor for the offsite.",
    "We could not obtain evidence that the risk acceptance was approved in time.",
    "Resource groups are just containers; put the storage account and the Synapse workspace in it next.",
    "**Access request form**\n\n- Requester name: ________\n- System: ________\n"
    "- Access level requested: \u2610 Read \u2610 Write \u2610 Admin\n- Manager approval: ________",
    "**Control template**\n\n- Control ID: ____\n- Evidence to retain: population extract, reviewer sign-off",
    "**Joiner–Mover–Leaver in one slide**\n\n- Leaver: termination date → accounts disabled at end of last day",
    "# Joiner-Mover-Leaver process\n\n**Leaver:** the termination date drives automatic disablement at 18:00 on "
    "the last day; accounts are deleted after 30 days.",
])
def test_left_alone(engine, content: str) -> None:
    assert kinds(engine, content) == set()


@pytest.mark.parametrize("content", [
    "Every override is logged and reviewed by the privacy office within 48 hours; standing access is unchanged.",
    "Dormant accounts (no sign-in for 90 days):\n\n| System | Accounts |\n|---|---|\n| Okta | 12 |\n"
    "| GitHub | 4 |\n| AWS | 9 |\n| **Total** | **25** |",
    "Ha sido promovido a jefe de ventas desde enero.",
    "En SQL, la sentencia GRANT sirve para conceder privilegios; la sintaxis es "
    "`GRANT privilegio ON objeto TO usuario`.",
    "localhost:5432:postgres:postgres:postgres",
    "Block G/L account 7120 for posting after the chart-of-accounts redesign; balances stay reportable.",
    "```ini\nldap_default_authtok = %LDAP_BIND_PASSWORD%\n```",
    "| Field | Value |\n|---|---|\n| Password | (stored in Vault) |",
    "**Credit memo – Norwick Foods, £800k revolving facility**\n\n- DSCR 1.7x on FY23 accounts\n\n"
    "**Recommendation: approve**, subject to a leverage covenant.",
    "MFA coverage today:\n\n| Population | Accounts | Enrolled |\n|---|---|---|\n| Staff | 1,204 | 1,180 |\n"
    "| Contractors | 88 | 71 |\n| Service accounts | 40 | n/a |",
])
def test_policies_and_counts_left_alone(engine, content: str) -> None:
    assert kinds(engine, content) == set()


def test_device_groups_are_no_identity_groups() -> None:
    prose = build_engine(["prose"])
    assert kinds(prose, "In Intune, create two update rings and assign them by device group.") == set()


def test_content_about_casting_a_play_is_left_alone(engine) -> None:
    calls = tuple(ToolCall(f"call_{i}", "assign_role", f'{{"performer": "cast member #{i}", "role": "{role}", '
                                                        f'"production": "Twelfth Night"}}')
                  for i, role in enumerate(("Viola", "Orsino")))
    answer = Answer((Choice(0, "Assigning the roles for the autumn production.", calls),))
    assert {f.kind for f in engine.scan(answer) if f.confidence >= 0.5} == set()
