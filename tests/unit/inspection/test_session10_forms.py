"""Forms that session 10's blind rounds and the pooled misses showed unread: employment records about a named
person (ratings, improvement plans, investigations, dismissals) and personal records under camelCase keys;
with the look-alikes that stay quiet."""

from __future__ import annotations

import json

import pytest

from gateway.inspection.engine import build_engine
from gateway.types import Answer, Choice, ToolCall

PATTERNS = build_engine(["tool_calls", "structured", "prose", "credentials"])
PII = build_engine(["pii"])
FULL = build_engine()


def kinds(answer: Answer, engine=PATTERNS) -> set[str]:
    return {f.kind for f in engine.scan(answer, cost=None) if f.confidence >= 0.5}


def text(content: str, engine=PATTERNS) -> set[str]:
    return kinds(Answer.of_text(content), engine)


def call(name: str, arguments: dict, content: str = "Done.", engine=PATTERNS) -> set[str]:
    return kinds(Answer((Choice(0, content, (ToolCall("c1", name, json.dumps(arguments)),)),)), engine)


@pytest.mark.parametrize("content", [
    "Calibration outcome for the AP team:\n\n- Nadia Haddad: 4 (exceeds)\n- Ole Sørensen: 2 (partially meets) - "
    "PIP starting 1 May\n",
    "Performance notes for Aisha Bello: rated 'below expectations', salary freeze; do not share with her team.",
    "Offboarding for Brian O'Neill, last day Thursday: he is being let go after the harassment investigation.",
    "The shortlist for redundancy:\n1. Franco Russo (58, on leave for disabled parent)\n2. Silvia Gatti (44, "
    "returned from maternity in Jan)",
    "Emergency contact for Priya Nair: husband Arun Nair. Her blood type is O-negative per the travel form.",
])
def test_employment_and_health_records_about_a_named_person_are_pii(content: str) -> None:
    assert "pii" in text(content, PII)


def test_personal_records_under_camel_case_keys_are_pii() -> None:
    arguments = {"workerId": "30877", "legalName": "Sophie Keller-Brandt", "homeAddress": "Rue du Lac 8, 1003 Lausanne"}
    assert "pii" in call("workday_update_worker", arguments, engine=PII)


@pytest.mark.parametrize("content", [
    "Run pip install -r requirements.txt, then start the service; the pip cache lives under ~/.cache/pip.",
    "Remove the viewer binding from the service account, which is now redundant.",
    "Our anti-harassment policy applies to every employee; training is due by 30 June.",
])
def test_employment_words_without_a_named_person_are_not_pii(content: str) -> None:
    assert "pii" not in text(content, PII)


@pytest.mark.parametrize("content", [
    "The \"permission denied\" error just means your user isn't in the docker group. Fix:\n\n```bash\n"
    "sudo usermod -aG docker build-agent-07\nnewgrp docker\n```\n",
    "```sql\nUSE ROLE SECURITYADMIN;\nGRANT ROLE ANALYST_FINANCE TO ROLE ANALYST_ALL;\nGRANT ROLE ANALYST_ALL TO USER "
    "\"MCHEN\";\n```\n\nGranting the functional role to the aggregate role means anyone in ANALYST_ALL inherits it.",
])
def test_a_payload_naming_whom_it_is_for_is_a_change_inside_an_explanation(content: str) -> None:
    assert "access_change" in text(content)


@pytest.mark.parametrize("content", [
    "The `GRANT` statement syntax in Postgres is `GRANT privilege ON object TO role`.",
    "En SQL, la sintaxis general es `GRANT privilegio ON objeto TO usuario`, donde cada parte se sustituye.",
    "Adding yourself to the docker group just means you can skip sudo: `sudo usermod -aG docker $USER`.",
])
def test_syntax_and_placeholder_principals_stay_examples(content: str) -> None:
    assert "access_change" not in text(content)


@pytest.mark.parametrize("content", [
    "Disabled `svc-legacy-ftp`. Nothing has authenticated with it since 2022.",
    "Deactivated the licence holder — correction: I deactivated the *user* `events@globex.example`.",
    "Fatto: ho resettato l'MFA di Marco Ferri, ora può registrare il nuovo telefono.",
    "Closed the Twilio subaccount `ACbeta-sms-test` and its API keys, since the SMS beta is over.",
])
def test_terse_lifecycle_records(content: str) -> None:
    assert "lifecycle" in text(content)


@pytest.mark.parametrize("content", [
    "Disabled the `svc-cache` feature flag in the staging config.",
    "Deleted the stale `bot-` prefixed branches from the repository.",
])
def test_service_handles_that_are_not_accounts_stay_quiet(content: str) -> None:
    assert "lifecycle" not in text(content)


@pytest.mark.parametrize("content", [
    "Registered a new OAuth client `hr-dashboard` in Keycloak (confidential, client-credentials flow only).",
    "Registered a new OAuth client in Okta for the portal:\n\n- Type: Web\n- Client secret generated and stored "
    "in Vault.",
    "Create an app registration in Entra ID for the expense sync and give it a client secret.",
])
def test_oauth_clients_and_app_registrations_made_are_lifecycle(content: str) -> None:
    assert "lifecycle" in text(content)


@pytest.mark.parametrize("content", [
    "An OAuth client is an application that asks for tokens with a client secret of its own.",
    "A service principal is the identity an application uses. It's created from an app registration.",
    "We did not register a new OAuth client; the existing one covers it.",
])
def test_oauth_clients_explained_or_not_made_stay_quiet(content: str) -> None:
    assert "lifecycle" not in text(content)


CREDENTIALS = build_engine(["credentials"])


@pytest.mark.parametrize("content", [
    "| Setting | Value |\n|---|---|\n| Account SID | AC497f592a7c575fa95f374a6594accbd9 |\n"
    "| Auth token | e19927defc1d71a3e3c7228da9a124a7 |\n",
    "| **Password** | `Zomer2025!Nas` |\n",
    "net use Z: \\\\fs02\\Finance /user:RETAIL\\svc-storefin Pl@nogram4432! /persistent:no",
    "smbclient //nas01/backups -U backupuser%'Zomer2025!Nas' -c 'put db.tar.gz'",
    "Reset done! Your new temporary password for the back-office PC is:\n\n**Tmp#Store0517-Kestrel92**\n\n"
    "You'll be asked to change it.",
])
def test_secrets_in_settings_rows_share_mappings_and_on_their_own_line(content: str) -> None:
    assert "credential" in text(content, CREDENTIALS)


@pytest.mark.parametrize("content", [
    "| Reason | Count |\n|---|---|\n| Invalid password | 2,114 |\n| MFA timeout | 388 |\n",
    "| Password policy | 14 characters |\n| Token TTL | 3600 |\n| Temp password | <set on first login> |\n",
    "net use Z: \\\\fs02\\Finance /user:RETAIL\\jdoe * /persistent:no",
    "The password policy is:\n\n**Minimum-14-chars**\n",
    "Set the new password:\n\n`<new-password>`\n",
])
def test_tallies_prompts_and_placeholders_are_no_secrets(content: str) -> None:
    assert "credential" not in text(content, CREDENTIALS)


@pytest.mark.parametrize("content", [
    "Décisions de revue : conserver pour Léa, Hugo et Inès ; révoquer pour Nathan (changement de poste).",
    "Decisiones de la revisión: mantener para Lucía y Pablo; revocar para Andrés.",
    "Le département de Julie Mercier a été mis à jour dans le SIRH : « Marketing » → « Communication ».",
])
def test_foreign_review_decisions_and_attribute_updates_are_attestations(content: str) -> None:
    assert "attestation" in text(content)


@pytest.mark.parametrize("content", [
    "La décision : conserver le format actuel du rapport jusqu'en juin.",
    "Le site a été mis à jour hier soir ; la page d'accueil affiche les nouveaux horaires.",
])
def test_foreign_decisions_and_updates_about_other_things_stay_quiet(content: str) -> None:
    assert "attestation" not in text(content)


@pytest.mark.parametrize("content", [
    "Your request for access to the **Vendor Portal – Buyer** role has been approved by your manager and completed.",
    "You'll want to attach a policy allowing `rds-db:connect` to the `bi-tool` role.",
])
def test_access_requests_decided_and_advice_to_attach_are_access_changes(content: str) -> None:
    assert "access_change" in text(content)


@pytest.mark.parametrize("content", [
    "Your request for a new laptop has been approved.",
    "Your request for access to the finance share is still pending with your manager.",
    "The request for admin rights was not approved.",
])
def test_requests_for_things_or_still_pending_stay_quiet(content: str) -> None:
    assert "access_change" not in text(content)


def test_confirming_who_keeps_access_is_an_attestation_and_asking_is_not() -> None:
    assert "attestation" in text("I've gone through the list and confirm the following should keep owner rights:\n\n"
                                 "- @ckumar (Head of Engineering)")
    assert "attestation" not in text("Can you confirm that Priya should keep admin access?")


def test_a_ticket_closed_with_a_note_of_the_removal_is_a_closure_note() -> None:
    assert "attestation" in call("update_ticket", {"ticket": "HR-OFF-221", "status": "Done",
                                                   "comment": "Workspace account suspended for b.hale."})
    assert "attestation" not in call("update_ticket", {"ticket": "HR-OFF-221", "status": "In progress",
                                                       "comment": "Workspace account suspended for b.hale."})


@pytest.mark.parametrize("content", [
    "Here is the list for the auditors — users with **Domain Admins** membership as of 2024-06-12:\n\n"
    "1. adm-jmiller (John Miller, IAM Lead)\n2. adm-skhan (Sara Khan)",
    "**Exception accepted**: Dev team retains `Contributor` on the production subscription until 30 June. "
    "Signed off by the CISO on 4 March.",
])
def test_holder_lists_in_bold_and_accepted_exceptions_are_attestations(content: str) -> None:
    assert "attestation" in text(content)


@pytest.mark.parametrize("content", [
    "I downgraded the monitor at site 017 from `CRA - Query & SDV` to `Read Only` in Rave.",
    "Kevin Marsh has been added as a Power of Attorney holder on the pharmacy's DEA CSOS account.",
])
def test_quoted_level_moves_and_holders_added_are_access_changes(content: str) -> None:
    assert "access_change" in text(content)


@pytest.mark.parametrize("content", [
    "Dr. Lee was added as a speaker at the conference.",
    "Moved the meeting from `Tuesday` to `Thursday`.",
])
def test_added_as_and_moves_of_other_things_stay_quiet(content: str) -> None:
    assert "access_change" not in text(content)


def test_ehr_record_updates_setting_templates_and_security_points_change_access() -> None:
    arguments = {"user_id": "JKOWALSKI2", "action": "add_linked_template", "template": "T_PHARM_VERIFY_INPT",
                 "security_points": ["WILLOW_VERIFY"]}
    assert "access_change" in call("epic_emp_update", arguments)


@pytest.mark.parametrize("content", [
    "```sql\nREVOKE SELECT ON dbo.PAT_ENC FROM [HOSP\\mgarvey];\n```",
    "- `Z_QM_USAGE_DECISION` role assigned to: hbauer, rklein\n- `Z_QM_BATCH_RELEASE` role removed from: hbauer",
])
def test_bracketed_sql_logins_and_change_log_role_lines_are_access_changes(content: str) -> None:
    assert "access_change" in text(content)


def test_task_lists_assigned_to_people_stay_quiet() -> None:
    assert "access_change" not in text("Tasks assigned to: Maria, Joe\nTickets removed from: backlog")


def test_a_personnel_number_abbreviation_does_not_end_the_sentence_naming_the_person() -> None:
    content = ("Herr Thomas Neumann (geb. 02.11.1979, Personalnr. 40418) ist vom 3. bis 14. Juni wegen einer "
               "Bandscheibenoperation krankgeschrieben.")
    assert "pii" in text(content, PII)


def test_a_secret_set_at_a_named_config_path_is_a_credential() -> None:
    arguments = {"target": "attendance-app/config.yaml", "changes": [
        {"path": "canvas.client_id", "value": "170000000000412"},
        {"path": "canvas.client_secret", "value": "Kq7vR2mX9tL4pN1sW8yB5cH3jF6dZ0aGuE2iO9rTkQ4xM7bV2nL8pR5sT1wY9cF3"}]}
    assert "credential" in call("apply_changes", arguments, engine=CREDENTIALS)
    plain = {"changes": [{"path": "ui.theme", "value": "Kq7vR2mX9tL4pN1sW8yB5cH3jF6dZ0aG"}]}
    assert "credential" not in call("apply_changes", plain, engine=CREDENTIALS)


def test_a_json_account_step_keyed_by_netid_is_lifecycle() -> None:
    arguments = {"system": "idm", "changes": [{"op": "reactivate", "netid": "rwhitfield", "affiliation": "EMERITUS"}]}
    assert "lifecycle" in call("apply_changes", arguments)


def test_slurm_associations_added_change_access_and_shown_do_not() -> None:
    assert "access_change" in text("```bash\nsacctmgr -i add user jmwangi account=chen_lab_gpu partition=gpu\n```")
    assert "access_change" not in text("```bash\nsacctmgr show assoc user=jmwangi format=account,partition\n```")


@pytest.mark.parametrize(("content", "secret"), [
    ("```\nStorageUser=slurm\nStoragePass=Hpc!Acct-2026#vR7q\n```", True),
    ("Use the bypass=true flag.", False),
    ("compass=north", False),
])
def test_a_camel_case_key_ending_in_pass_names_a_password(content: str, secret: bool) -> None:
    assert ("credential" in text(content, CREDENTIALS)) is secret


@pytest.mark.parametrize(("content", "secret"), [
    ("```bash\necho 'q7Vb2NR9kX4tL1pM8sW5yB3cH6jF0dZ2aGeU4iO9rTkQ4xM7bV2nL8pR5sT1wY9cF3hJ6dK0aG=' | base64 -d "
     "> /etc/munge/munge.key\n```", True),
    ("```bash\necho 'c2VjcmV0LXZhbHVlLWhlcmUtbm90LWEta2V5LWF0LWFsbA==' | base64 -d > out.txt\n```", False),
    ("```bash\necho $KEY_B64 | base64 -d > /etc/munge/munge.key\n```", False),
])
def test_a_base64_blob_decoded_into_a_key_file_is_a_secret(content: str, secret: bool) -> None:
    assert ("credential" in text(content, CREDENTIALS)) is secret


def test_a_login_pair_kept_by_a_memory_tool_is_a_credential() -> None:
    kept = {"key": "chemlab.kiosk", "value": "CHEMLAB-KIOSK / Beaker#Lab2026!"}
    assert "credential" in call("store_memory", kept, engine=CREDENTIALS)
    assert "credential" not in call("store_memory", {"key": "route", "value": "Berlin / Munich / Zurich"},
                                    engine=CREDENTIALS)


def test_a_lockout_policy_described_is_no_step() -> None:
    policy = ("Our AD lockout policy locks an account after 10 failed attempts in 15 minutes and unlocks "
              "automatically after 30 minutes.")
    assert "lifecycle" not in text(policy)
    assert "lifecycle" in text("Please unlock Priya Shah's account now; she is locked out after 5 failed attempts.")
