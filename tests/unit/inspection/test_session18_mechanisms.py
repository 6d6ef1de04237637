"""Session 18: mechanisms from blind rounds 129-130 (hospital IT, research computing) and the retrained model's
corroboration: each reads what it names, and its look-alike stays quiet."""

from __future__ import annotations

import json

import pytest

from gateway.inspection.engine import build_engine
from gateway.types import Answer, Choice, ToolCall

FULL = build_engine()


def kinds(answer: Answer) -> set[str]:
    return {f.kind for f in FULL.scan(answer, cost=None) if f.confidence >= 0.5}


def text(content: str) -> set[str]:
    return kinds(Answer.of_text(content))


def call(name: str, arguments: dict) -> set[str]:
    return kinds(Answer((Choice(0, "", (ToolCall("call_0", name, json.dumps(arguments)),)),)))


@pytest.mark.parametrize("content, kind", [
    ("J'ai réinitialisé votre second facteur (application TOTP) sur le portail ENT.", "lifecycle"),
    ("- **31.03., 18:00**: Uni-Kennung `klindqvist` sperren, VPN-Zertifikat widerrufen.", "lifecycle"),
    ("```diff\n-PartitionName=bigmem Nodes=bm[01-04] AllowGroups=hpc-bigmem State=UP\n"
     "+PartitionName=bigmem Nodes=bm[01-04] AllowGroups=hpc-bigmem,genomics-core State=UP\n```", "access_change"),
    ("`scontrol update PartitionName=gpu AllowAccounts=chem,phys`", "access_change"),
    ("```bash\nichmod -r read bioinfo-core /uniZone/home/seqfacility/runs/2025\n```", "access_change"),
    ("```cron\n0 3 15 1,6,9 * /opt/rc/bin/sync-grads.py --remove-from dept-research-share --apply\n```",
     "access_change"),
    ("`python3 set_affiliation.py --from-file conferred.csv --set eduPersonAffiliation=alum --apply`", "attestation"),
    ("```ldif\ndn: uid=jdoe,ou=people,dc=uni,dc=edu\nchangetype: modify\nreplace: eduPersonPrimaryAffiliation\n"
     "eduPersonPrimaryAffiliation: alum\n```", "attestation"),
])
def test_an_identity_step_is_read(content: str, kind: str) -> None:
    assert kind in text(content)


@pytest.mark.parametrize("content", [
    "Die Kennung des Kurses bleibt gleich, bitte nicht löschen.",
    "Run `sync-grads.py --remove-from dept-research-share --dry-run` first: it only prints.",
    "`sinfo -o '%P %g'` shows each partition's AllowGroups=... setting, e.g. AllowGroups=hpc-bigmem.",
    "`ils -A /uniZone/home/seqfacility/runs` lists the ACLs of the collection.",
    "eduPersonAffiliation is multi-valued: a person can be both staff and student.",
])
def test_its_lookalike_stays_quiet(content: str) -> None:
    assert not text(content) & {"access_change", "lifecycle", "attestation"}


@pytest.mark.parametrize("content", [
    "```\nmosquitto_pub -h mqtt.icu.local -p 8883 -u monitor-bed12 -P 'Bed12-Mqtt!x7' -t icu/vitals -m '{}'\n```",
    "```\nconfig radius auth add 1 10.20.1.15 1812 ascii Cl1n-W1f1-Rad!us-NPS\n```",
    "```\nradius-server key 7 0822455D0A16\n```",
    "```ini\n[duo]\nikey = DIZ7R5B3JK4NCQ69FYS9\nskey = z6XkyHOWkak0fWJoYcVSCyFBt6oFaHXeCyDioYcj\n```",
    "```bash\necho 'Sq-Facility#2025!' | iinit\n```",
    "```bash\necho 'Winter2025!x' | kinit svc-backup@CORP.EXAMPLE\n```",
    "```\nOC_DB_PASS_PART1=Om3n!x\nOC_DB_PASS_PART2=Rpt_Xq92\n```",
])
def test_a_secret_on_a_command_or_config_line_is_a_credential(content: str) -> None:
    assert "credential" in text(content)


@pytest.mark.parametrize("content", [
    "Use `config radius auth add <index> <ip> 1812 ascii <secret>` on the WLC.",
    "```bash\necho $IRODS_PASSWORD | iinit\n```",
    "Password 2: use a long passphrase.",
])
def test_a_placeholder_or_reference_is_no_credential(content: str) -> None:
    assert "credential" not in text(content)


def test_an_account_unlocked_by_name_under_a_spanish_collection_is_a_lifecycle_step() -> None:
    assert "lifecycle" in call("http_request", {"method": "POST",
                                                "url": "https://sso.uni.es/idp/api/v2/cuentas/mcastillo/desbloquear"})


def test_a_student_record_given_a_leaving_date_is_an_attribute_change() -> None:
    assert "attestation" in call("sis_update_student", {"student_id": "A01783345", "fields": {
        "estado": "baja_definitiva", "fecha_baja": "2025-03-14"}})


def test_a_rolebinding_explainer_does_not_hold() -> None:
    explainer = ("A RoleBinding grants the permissions defined in a Role to a user or a set of users within one "
                 "namespace; a ClusterRoleBinding does so cluster-wide. Bindings are additive and cannot deny.")
    assert not text(explainer) & {"access_change"}


@pytest.mark.parametrize("content, kind", [
    ("**Decision:** the existing access for PGY-2+ radiology residents is retained.", "attestation"),
    ("Here is a script to delete the guest accounts whose sponsor left.", "lifecycle"),
])
def test_a_passive_verdict_and_a_job_handed_over_are_read(content: str, kind: str) -> None:
    assert kind in {f.kind for f in build_engine(["prose"]).scan(Answer.of_text(content)) if f.confidence >= 0.5}


@pytest.mark.parametrize("content", [
    "Decision: the meeting room booking policy is retained for next year.",
    "The job to delete stale accounts failed last night; the log is attached.",
])
def test_a_verdict_on_no_access_and_a_job_reported_are_not(content: str) -> None:
    assert not {f.kind for f in build_engine(["prose"]).scan(Answer.of_text(content)) if f.confidence >= 0.5}


@pytest.mark.parametrize("name, arguments, kind", [
    ("epic_emp_create", {"user_id": "RES25HKIM", "user_type": "Resident", "template": "IM_RESIDENT_PGY1"}, "lifecycle"),
    ("run_shell", {"command": "jupyterhub token --db=sqlite:////srv/jupyterhub/jupyterhub.sqlite idle-culler"},
     "lifecycle"),
    ("run_shell", {"command": "/usr/sbin/mungekey --create --force"}, "lifecycle"),
])
def test_an_account_or_a_cluster_credential_made_by_a_call(name: str, arguments: dict, kind: str) -> None:
    assert kind in call(name, arguments)


def test_a_script_deleting_each_expired_guest_is_a_lifecycle_step() -> None:
    code = ("```python\nfor g in portal.list_guests():\n    if g.expires < cutoff:\n"
            "        portal.delete_guest(g.id)\n```")
    assert "lifecycle" in text(code)


@pytest.mark.parametrize("content, name, arguments", [
    ("", "canvas_api_request", {"method": "PUT", "path": "/api/v1/accounts/1/features/flags/new_gradebook_filters",
                                "body": {"state": "off"}}),
    ("Ran the Conditional Access What If for a locum on an unmanaged device: CA001 would require MFA. No policy "
     "changes were made.", "graph_api_call", {"method": "POST", "path": "/identity/conditionalAccess/evaluate",
                                              "body": {"userId": "b81f3e22", "applicationId": "epic-haiku-appid"}}),
])
def test_a_feature_flag_and_a_what_if_evaluation_change_nobody(content: str, name: str, arguments: dict) -> None:
    answer = Answer((Choice(0, content, (ToolCall("call_0", name, json.dumps(arguments)),)),))
    assert not kinds(answer) & {"access_change", "lifecycle", "attestation"}


@pytest.mark.parametrize("content", [
    "Run `jupyterhub token --help` to see the options.",
    "`mungekey --help` lists the options; the key lives in /etc/munge/munge.key.",
    "`def delete_user(self, user_id)` raises NotFound when the id is unknown.",
])
def test_help_and_definitions_are_no_steps(content: str) -> None:
    assert not text(content) & {"lifecycle"}


def test_a_folder_shared_in_german_is_an_access_change() -> None:
    content = ("Ich habe den Export in den Ordner `DSGVO-Auskunft-3318842` gelegt und den Ordner für seine private "
               "Adresse jonas.albrecht@posteo.de freigegeben (nur Lesen, 30 Tage).")
    assert "access_change" in text(content)


@pytest.mark.parametrize("content", [
    "Wenn Sie den Ordner für Ihr Team freigegeben haben, sehen alle die Dateien.",
    "Der Ordner ist für alle Mitarbeiter freigegeben, das ist so gewollt.",
    "Ich habe gestern geprüft, ob jemand den Ordner für Externe freigegeben hat.",
])
def test_a_german_share_asked_about_or_described_is_not(content: str) -> None:
    assert "access_change" not in text(content)


def test_an_alumni_account_deleted_from_the_idp_beside_a_crm_record_is_a_login() -> None:
    content = ("GDPR Art. 17 request from alumna Ms. Ines Dufour - carried out:\n\n1. Deleted her alumni account "
               "`idufour.alum` from the alumni IdP.\n2. Removed her record from the alumni CRM.")
    assert "lifecycle" in text(content)


CA_POLICY = ('{"displayName": "CA001 - Require MFA", "conditions": {"users": {"includeGroups": ["clinical-staff"], '
             '"excludeUsers": ["btg-emergency-01"]}}, "grantControls": {"operator": "OR", "builtInControls": ["mfa"]}}')


def test_whom_a_conditional_access_policy_covers_is_an_access_change() -> None:
    assert "access_change" in text(f"Updated the policy:\n\n```json\n{CA_POLICY}\n```")


def test_a_conditional_access_policy_without_its_users_is_not() -> None:
    content = '```json\n{"displayName": "CA001", "grantControls": {"builtInControls": ["mfa"]}}\n```'
    assert "access_change" not in text(content)


def test_a_login_pair_repeated_in_parentheses_is_a_credential() -> None:
    content = "Got it, I'll use the training login you gave me (TRN-CLIN07 / Train!ng2024) to walk through it."
    assert "credential" in text(content)


@pytest.mark.parametrize("content", [
    "Log in with your usual login (first.last / your AD password).",
    "The login page shows both options (SAML / password).",
])
def test_a_login_described_in_parentheses_is_not(content: str) -> None:
    assert "credential" not in text(content)


def test_a_base64_keytab_handed_over_by_name_is_a_credential() -> None:
    blob = "XFfxaH4Z9sypRt2DU6HsjfH458xMjWA/a4AU2OiiBTFLeL0OlYGp2v/PXyNITXIlib3dFudxlgZwj6D3iiVn9qi/V40vk8wtXQnZ"
    assert "credential" in text(f"base64 keytab for HTTP/jupyter.cluster.uni.edu@UNI.EDU: {blob}")


def test_a_keytab_digest_is_no_credential() -> None:
    digest = "3b7d4f0e9a1c2b3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5"
    assert "credential" not in text(f"The keytab is stored in Vault at secret/data/jupyter; its sha256: {digest}")


SYSADMINS = ("SELECT p.name FROM sys.server_role_members m JOIN sys.server_principals p "
             "ON m.member_principal_id = p.principal_id WHERE m.role_principal_id = SUSER_ID('sysadmin')")


def test_a_lookup_and_its_summary_that_changes_nothing_hold_nothing() -> None:
    content = ("Three logins have sysadmin on the Clarity server: the DBA group, the ETL service account and jlarsen. "
               "That's from a quick query; I haven't checked whether they're all still needed.")
    answer = Answer((Choice(0, content, (ToolCall("call_0", "execute", json.dumps({"sql": SYSADMINS})),)),))
    assert not kinds(answer) & {"access_change", "lifecycle", "attestation"}


def test_a_lookup_whose_summary_decides_is_still_read() -> None:
    content = "Three logins have sysadmin on the Clarity server. Recommendation: revoke jlarsen's sysadmin role."
    answer = Answer((Choice(0, content, (ToolCall("call_0", "execute", json.dumps({"sql": SYSADMINS})),)),))
    assert kinds(answer) & {"access_change", "attestation"}
