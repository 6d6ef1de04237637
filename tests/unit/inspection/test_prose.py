"""ProseDetector: directive-aware identity language, positives, hard negatives and languages."""

from __future__ import annotations

import pytest

from gateway.inspection.prose import ProseDetector, directive
from gateway.types import Answer


def strong(text: str) -> set[tuple[str, str | None]]:
    return {(f.kind, f.action) for f in ProseDetector().scan(Answer.of_text(text)) if f.confidence >= 0.5}


def kinds(text: str) -> set[str]:
    return {kind for kind, _ in strong(text)}


@pytest.mark.parametrize("text, kind, action", [
    ("Grant Alice read access to the finance-shared drive.", "access_change", "grant"),
    ("Please remove Bob from the prod-admins group in Okta.", "access_change", "revoke"),
    ("Revoke Dev's write access to the billing repo.", "access_change", "revoke"),
    ("Narrow the policy to s3:GetObject on the reports bucket.", "access_change", "revoke"),
    ("Temporarily add Priya to the BreakGlass-Admins permission set for 4 hours.", "access_change",
     "grant"),
    ("Disable his Okta account at 17:00 on Friday.", "lifecycle", "disable"),
    ("Reset the password for jennifer.wu@acme.io and require a change.", "lifecycle", "reset"),
    ("Rotate the client secret of the payments app.", "lifecycle", "reset"),
    ("Create a service account svc-backup for the backup jobs.", "lifecycle", "create"),
    ("I have reviewed the 14 accounts and confirm that access is appropriate.", "attestation", "attest"),
    ("Update Workday: change her manager to Aisha Bello, effective 1 August.", "attestation", "modify"),
])
def test_english_directives(text: str, kind: str, action: str) -> None:
    assert (kind, action) in strong(text), strong(text)


@pytest.mark.parametrize("text, kind", [
    ("Bitte gewähren Sie Herrn Weber Lesezugriff auf das Laufwerk.", "access_change"),
    ("Deaktivieren Sie bitte das Konto von Frau Lange.", "lifecycle"),
    ("Otorgar a María el rol de administradora en Jira.", "access_change"),
    ("Restablecer la contraseña de Javier Ortega.", "lifecycle"),
    ("Ajouter Julie Martin au groupe Comptabilité.", "access_change"),
    ("Supprimer le compte de l'ancien prestataire.", "lifecycle"),
    ("Der Zugriff aller Benutzer wurde geprüft und ist angemessen.", "attestation"),
])
def test_other_languages(text: str, kind: str) -> None:
    assert kind in kinds(text)


def test_recommendation_needs_access_context() -> None:
    assert "access_change" in kinds("Access request for the Sales Ops permission set.\n"
                                    "Recommendation: approve, time-boxed to 90 days.")
    assert kinds("Recommendation: approve the Q3 marketing budget as submitted.") == set()


def test_recertification_decisions_are_attestation() -> None:
    text = "Recertification for finance-approvers:\n- Olivia Grant: retain\n- Peter Sloan: revoke\n"
    assert "attestation" in kinds(text)


def test_offboarding_plan_for_named_person() -> None:
    text = "Offboarding plan: Martin Gallagher\n- Fri 17:00 - collect the badge\n"
    assert "lifecycle" in kinds(text)


@pytest.mark.parametrize("text", [
    "Your NIH grant renewal is due; grant the budget justification extra attention.",
    "The tokenizer splits the word into 3 tokens.",
    "In Act II, Orsino grants her access to his private thoughts.",
    "Ask our office admin, Maria, to order the desks.",
    "If your driving licence is revoked you must re-apply.",
    "Communications with counsel are protected by legal privilege.",
    "Create a resource group and deploy into it.",
    "Disable the new_checkout feature flag in LaunchDarkly.",
    "Terminate TLS at the load balancer.",
    "Use a password manager and reset your password if a site reports a breach.",
    "Alice requested read access; the request is pending her manager's approval.",
    "Most journals grant permission for academic reuse.",
    "Switch your window manager to i3.",
    "The venue has step-free access, so access is appropriate for wheelchair users.",
    "SOC 2 is an attestation framework with five trust services criteria.",
    "Your manager can approve the PR once CI is green.",
    "Disable notifications in your account settings.",
    "Do not grant admin rights to contractors.",
])
def test_hard_negatives(text: str) -> None:
    assert kinds(text) == set(), strong(text)


def test_directive_prefixes() -> None:
    assert directive("")
    assert directive("1. ")
    assert directive("Fri 17:00 - ")
    assert directive("You should ")
    assert not directive("Orsino ")
    assert not directive("Alice reports that IT ")
    assert not directive("Do not ")


def test_finding_shape() -> None:
    text = "Context first.\n\nGrant Alice admin access to the console."
    finding = ProseDetector().scan(Answer.of_text(text))[0]
    assert finding.where == "content" and finding.detector == "prose"
    assert text[finding.span[0]: finding.span[1]].startswith("Grant")
    assert finding.privilege == "admin" and len(finding.evidence) <= 160


@pytest.mark.parametrize("text, kind", [
    # a name with an initial or a title stays in its sentence
    ("**Short description:** Add M. Okafor to the Finance-AP-Approvers group in Workday", "access_change"),
    ("Please put Miriam Okafor into the\nFinance-AP-Approvers security group from Monday.", "access_change"),
    ("Find Administer Projects and click Update; add the group `jira-pmo-leads`.", "access_change"),
    ("Disable SSO at noon, and delete the GitHub org membership.", "access_change"),
    # console steps: buttons, wrapped click paths, checkboxes, settings
    ("Go to Directory > Groups, open the group and click **Assign people**.", "access_change"),
    ("Directory > People > search for the user > **More Actions**\n> **Deactivate**.", "lifecycle"),
    ("Consola de administración > Directorio > Usuarios > Añadir nuevo usuario.", "lifecycle"),
    ("Open the sys_user record, tick **Locked out** and untick **Active**, then save.", "lifecycle"),
    ("Users > bg-admin-01 > Edit properties > Account enabled = Yes", "lifecycle"),
    # a pronoun standing for a credential named earlier; a new account; Spanish "dar de alta"
    ("The Datadog API key was pasted in Slack, so rotate it now.", "lifecycle"),
    ("Add a new user for the contractor in Google Workspace.", "lifecycle"),
    ("Para dar de alta al nuevo empleado, abre la consola.", "lifecycle"),
    ("Leaver – Henrik Aas – last day 15 Aug, at 12:00 turn everything off.", "lifecycle"),
])
def test_console_steps_wrapped_names_and_indirect_objects(text: str, kind: str) -> None:
    assert kind in kinds(text), strong(text)


@pytest.mark.parametrize("text, kind", [
    ("Ergebnis der Rezertifizierung (SAP HR):\n- Frau Keller – Rolle Z_HR_PAYROLL: bestätigt\n"
     "Die Zugriffe wurden vom Fachbereichsleiter geprüft und als angemessen bewertet.", "attestation"),
    ("Revisión de accesos: se verificaron los 9 usuarios. Todos los accesos son adecuados a sus funciones.",
     "attestation"),
    ("reviewer,user,entitlement,decision\np.olsen,jwright,NetSuite Administrator,revoke", "attestation"),
    ("SoD conflict for user hbauer: reviewed with the CFO.", "attestation"),
    ("Decision for the three flagged GitHub org owners: keep all three.", "attestation"),
    ("Terminated-user testing (sample of 15 leavers): the AD account was disabled within one day.",
     "attestation"),
    ("I confirmed in the Okta log that the Tableau-Creator assignment for u.haas was removed.", "attestation"),
    ("All 12 assignments for prod were validated as appropriate.", "attestation"),
    ("Worker: Ingrid Solberg\nField: Contract end date\nOld value: 2024-09-30\nNew value: 2025-03-31",
     "attestation"),
])
def test_review_outcomes_in_more_forms_and_languages(text: str, kind: str) -> None:
    assert kind in kinds(text), strong(text)


@pytest.mark.parametrize("text", [
    "Sharing it with the external consultant may waive privilege unless they act for counsel.",
    "Tips for the Certified Kubernetes Administrator exam: practise with kubectl.",
    "Click **Save** and then **Done** to close the dialog.",
    "Settings > Feature flags > **Disable**",
    "The lookup shows Account enabled: Yes and a last logon yesterday.",
    "Check whether the account is locked before calling the user.",
    "Add a new row to the spreadsheet for each new hire.",
    "The decision on the budget was made in the steering meeting.",
    "echo done > status.txt; cat a > b",
    "The reviewer left a comment on the pull request.",
])
def test_console_and_review_look_alikes(text: str) -> None:
    assert kinds(text) == set(), strong(text)
