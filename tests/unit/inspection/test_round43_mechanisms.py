"""Round 43 mechanisms: a Temporary Access Pass under its acronym, pre-shared keys named in other
languages, a key made for a service account, Teleport bots, Jenkins Configuration-as-Code
permissions, Oracle EBS responsibilities run together with their verb, and health fields of a
record whose subject field names a person; each with look-alikes that stay quiet."""

from __future__ import annotations

import pytest

from gateway.inspection.engine import build_engine
from gateway.inspection.tool_names import judge_name, words
from gateway.types import Answer

ENGINE = build_engine()


def rule_kinds(text: str) -> set[str]:
    """Kinds found at confidence 0.5 or more by the rule detectors (the learned model aside)."""
    found = ENGINE.scan(Answer.of_text(text), cost=None)
    return {f.kind for f in found if f.confidence >= 0.5 and f.detector != "learned"}


@pytest.mark.parametrize("text", [
    "Entra ID issued the pass.\n\n* TAP: `Rb4#tq9Lmz2W`\n* Lifetime: 8 hours",
    "Your Temporary Access Pass is ready; the TAP for dkim is Wq4mZp8Rk2Ls (valid one hour).",
    "Passwordless onboarding for the new hire — TAP = 7Hn!xq2Pzr4T, one use only.",
])
def test_temporary_access_pass_is_a_credential(text: str) -> None:
    assert "credential" in rule_kinds(text)


@pytest.mark.parametrize("text", [
    "In Entra ID, set the Temporary Access Pass lifetime. TAP: <generated-value>",
    "Azure AD: TAP lifetime: 60 minutes, one-time use enabled.",
    "Bring up the bridge: TAP: tap0interface2 stays down until the VM starts.",
])
def test_tap_look_alikes_stay_clean(text: str) -> None:
    assert "credential" not in rule_kinds(text)


@pytest.mark.parametrize("text", [
    "La clé pré-partagée du tunnel vers Nantes est Tq9#vLm2xWp4.",
    "Configurez la clé prépartagée suivante côté routeur : `Hs8$kd2LmQz9`.",
    "La clave precompartida para el túnel es `Pz7!wq2LmXk4`.",
    "A chave pré-compartilhada: `Zp3!rT8wqLm2`",
])
def test_pre_shared_key_in_other_languages(text: str) -> None:
    assert "credential" in rule_kinds(text)


@pytest.mark.parametrize("text", [
    "La clé pré-partagée est stockée dans le coffre ; ne la copiez pas ici.",
    "clé pré-partagée : <votre-clé>",
])
def test_pre_shared_key_look_alikes_stay_clean(text: str) -> None:
    assert "credential" not in rule_kinds(text)


@pytest.mark.parametrize("text", [
    "I generated a new JSON key for the reporting service account; it is attached below.",
    "Created a fresh key for `etl-runner@acme-data.iam.gserviceaccount.com`, see the JSON below.",
])
def test_key_made_for_a_service_account_is_lifecycle(text: str) -> None:
    assert "lifecycle" in rule_kinds(text)


@pytest.mark.parametrize("text, kind", [
    ("```bash\ntctl bots add nightly-sync --roles=reporter\n```", "lifecycle"),
    ("```\ntctl bots rm old-ci\n```", "lifecycle"),
    ("```\ntctl bots update deployer --add-roles=prod-access\n```", "access_change"),
])
def test_teleport_bots(text: str, kind: str) -> None:
    assert kind in rule_kinds(text)


def test_teleport_bot_listing_stays_clean() -> None:
    assert not rule_kinds("```\ntctl bots ls\n```") & {"lifecycle", "access_change"}


@pytest.mark.parametrize("text", [
    "```yaml\njenkins:\n  authorizationStrategy:\n    globalMatrix:\n      permissions:\n"
    "        - \"USER:Job/Build:mrossi\"\n```",
    "```yaml\njenkins:\n  authorizationStrategy:\n    projectMatrix:\n      entries:\n        - user:\n"
    "            name: \"kpatel\"\n            permissions:\n              - \"Overall/Administer\"\n```",
    "```yaml\njenkins:\n  authorizationStrategy:\n    roleBased:\n      roles:\n        global:\n"
    "          - name: \"deployer\"\n            permissions:\n              - \"Job/Build\"\n"
    "            entries:\n              - group: \"release\"\n```",
])
def test_jenkins_casc_permissions_granted(text: str) -> None:
    assert "access_change" in rule_kinds(text)


@pytest.mark.parametrize("text", [
    "```yaml\njenkins:\n  authorizationStrategy:\n    globalMatrix:\n      permissions: []\n```",
    "```yaml\njenkins:\n  authorizationStrategy: loggedInUsersCanDoAnything\n```",
])
def test_jenkins_casc_look_alikes_stay_clean(text: str) -> None:
    assert "access_change" not in rule_kinds(text)


def test_ebs_responsibility_procedure() -> None:
    text = ("```sql\nBEGIN\n  fnd_user_pkg.addresp(username => 'KLEE', resp_app => 'GL',\n"
            "    resp_key => 'GL_SUPERUSER', security_group => 'STANDARD', description => NULL,\n"
            "    start_date => SYSDATE, end_date => NULL);\nEND;\n/\n```")
    assert "access_change" in rule_kinds(text)


@pytest.mark.parametrize("name, judged", [
    ("addresp", ("access_change", "grant")),
    ("add_responsibility", ("access_change", "grant")),
    ("add_response", None),
    ("parseresp", None),
])
def test_joined_responsibility_names(name: str, judged: tuple[str, str] | None) -> None:
    assert judge_name(name) == judged


def test_abbreviation_only_where_run_together() -> None:
    assert words("add_resp") == ["add", "resp"]


def _has_health_info(text: str) -> bool:
    found = ENGINE.scan(Answer.of_text(text), cost=None)
    return any(f.kind == "pii" and "HEALTH_INFO" in f.evidence for f in found if f.confidence >= 0.5)


@pytest.mark.parametrize("text", [
    "Case file\n- Patient: Amelia Hart\n- Ward: 4B\n- Notes: diagnosed with type 2 diabetes",
    "Return-to-work notes\n\nEmployee: Jonas Weber\n\nReason: off sick after knee surgery",
])
def test_health_field_of_a_named_record(text: str) -> None:
    assert _has_health_info(text)


@pytest.mark.parametrize("text", [
    "Runbook\n- Service: Payments API\n- Owner: Platform team\n- Notes: therapy for the cache after the outage",
    "Employee: Bernd Krause\n\nWe reviewed the health check dashboards. The surgery unit uses a new system.",
])
def test_health_words_without_a_named_record_stay_clean(text: str) -> None:
    assert not _has_health_info(text)
