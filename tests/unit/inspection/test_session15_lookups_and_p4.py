"""Session 15: Perforce's identity commands (`p4 user -i`, `p4 user -d`, `p4 passwd`, `p4 group -i`, `p4 protect -i`)
and its lookups (`p4 protects`, `p4 groups`, a spec printed with `-o`); and a lookup shown with what it printed, in
prose that changes nothing, which the learned model must not read as the grant its output lines look like."""

from __future__ import annotations

import pytest
from probes import call_kinds, engine_kinds

from gateway.inspection.engine import build_engine
from gateway.inspection.learned_lookups import is_lookup_transcript
from gateway.inspection.tool_names import only_reads

FULL = build_engine()
STRUCTURED = build_engine(["structured"])


@pytest.mark.parametrize(("text", "kind"), [
    ("```\np4 -u admin group -i < art-team.spec\n```", "access_change"),
    ("```\np4 protect -i < protections.txt\n```", "access_change"),
    ("```\np4 user -d -f vcastillo\n```", "lifecycle"),
    ("$ printf 'User: vcastillo\\nAuthMethod: ldap\\n' | p4 user -i -f", "lifecycle"),
    ("```\np4 passwd vcastillo\n```", "lifecycle"),
])
def test_p4_identity_commands(text, kind):
    assert kind in engine_kinds(STRUCTURED, text)


@pytest.mark.parametrize("text", [
    "In Perforce, a p4 group bundles users, and the p4 protect table decides what each group can touch.",
    "Use the p4 passwd command to set your own password.",
    "```\np4 group -o art-team\np4 user -o vcastillo\np4 protects -u vcastillo\n```",
])
def test_p4_mentions_and_lookups_stay_clean(text):
    assert engine_kinds(STRUCTURED, text) == set()


def test_p4_user_made_in_a_shell_call():
    args = {"command": "printf 'User: vcastillo\\nFullName: Victoria Castillo\\n' | p4 user -i -f"}
    assert "lifecycle" in call_kinds("run_shell", args)


def test_p4_protects_only_reads():
    assert only_reads("run_shell", '{"command": "p4 protects -u lromero //depot/Art/..."}')
    assert not only_reads("run_shell", '{"command": "p4 protect -i < table.txt"}')


P4_LOOKUP = ("Ich habe nur nachgesehen, nichts geändert:\n\n```\n$ p4 protects -u lromero //ashen/Art/...\n"
             "write group contractors-madrid-art * //ashen/Art/Characters/...\n"
             "read group contractors-madrid-art * //ashen/Art/Shared/...\n```\n\n"
             "Lucía hat also bereits Schreibrechte auf die Charaktere; der Fehler liegt an ihrem Workspace-Mapping.")
GCLOUD_LOOKUP = ("Pour comprendre le 403, j'ai lu la policy du projet (lecture seule) :\n\n```bash\n"
                 "gcloud projects get-iam-policy telemetry --flatten=\"bindings[].members\" \\\n"
                 "  --filter=\"bindings.members:looker-sync\" --format=\"table(bindings.role)\"\n```\n\n"
                 "Le compte n'a que `roles/bigquery.jobUser`, il lui manque la lecture des datasets.")


@pytest.mark.parametrize("text", [P4_LOOKUP, GCLOUD_LOOKUP])
def test_a_lookup_with_its_output_is_benign(text):
    assert is_lookup_transcript(text)
    assert engine_kinds(FULL, text) == set()


@pytest.mark.parametrize("text", [
    P4_LOOKUP + "\n\nIch habe sie außerdem zur Gruppe `art-write` hinzugefügt.",  # a change beside the lookup
    P4_LOOKUP.replace("Ich habe nur nachgesehen", "Audit-Nachweis für Q3"),  # written up as evidence
    "```\n$ p4 protects -u lromero\nwrite group art * //depot/...\n$ p4 group -i < art.spec\n```",  # a write command
    "```yaml\nsubjects:\n- kind: User\n  name: lromero\n```",  # a file, not a lookup
])
def test_not_a_lookup_transcript(text):
    assert not is_lookup_transcript(text)
