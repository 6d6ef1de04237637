"""Round 40 mechanisms: a code-review suggestion holding a fragment of an access document (a narrowed
policy counts), HTTP calls made from code whose arguments span lines or whose URL sits in a variable
(`requests.delete`, `httpx.request`, `fetch` with `method: "DELETE"`, Go's `http.NewRequest`), and a
control test result recorded in a GRC system (`submit_test_result`: the test is the thing recorded).
Look-alikes: suggestions changing ordinary code, GET-only scripts, CI test results, read-only names."""

from __future__ import annotations

from typing import Any

import pytest
from probes import call_kinds, kinds

from gateway.inspection.tool_names import judge_name

FENCE = "```"


def suggestion(body: str, head: str = "Tighten this before merging:") -> str:
    return f"{head}\n\n{FENCE}suggestion\n{body}\n{FENCE}\n\nLGTM otherwise."


@pytest.mark.parametrize("body", [
    '        "Action": ["s3:GetObject", "s3:ListBucket"],\n        "Resource": "arn:aws:s3:::reports-prod/*"',
    '    "Action": "sqs:SendMessage",\n    "Resource": "arn:aws:sqs:us-east-1:111122223333:billing"',
    '    actions   = ["kms:Decrypt"]\n    resources = [aws_kms_key.app.arn]',
    '  - apiGroups: ["apps"]\n    resources: ["deployments"]\n    verbs: ["get", "list", "watch"]',
    '  role: roles/storage.objectViewer',
    '      "actions": ["Microsoft.Storage/storageAccounts/blobServices/containers/read"],',
    '      "Principal": {"AWS": "arn:aws:iam::444455556666:role/ci-deployer"},',
])
def test_suggested_fragment_of_an_access_document_changes_access(body: str) -> None:
    assert ("access_change", "modify") in kinds(suggestion(body)), kinds(suggestion(body))


def test_suggestion_in_a_quoted_review_thread_is_read_to_its_fence() -> None:
    text = ("> **reviewer-bot** commented on `policies/etl.json`\n> " + FENCE + "suggestion\n"
            '>     "Action": ["glue:StartJobRun"],\n> ' + FENCE + "\n")
    assert ("access_change", "modify") in kinds(text)


@pytest.mark.parametrize("body", [
    "    timeout_seconds = 30\n    retries = 3",
    '    "Description": "Nightly export of the orders table",',
    "      - uses: actions/checkout@v4\n        with:\n          fetch-depth: 0",
    "    if user.is_active and user.role == 'admin':\n        return True",
])
def test_suggestion_changing_ordinary_code_stays_clean(body: str) -> None:
    assert not kinds(suggestion(body)), kinds(suggestion(body))


def test_policy_fragment_outside_a_suggestion_stays_clean() -> None:
    text = ('The `Action` element lists API calls, for example `"Action": ["s3:GetObject"]`, and the '
            '`"Resource"` element the objects they apply to.')
    assert not kinds(text)


@pytest.mark.parametrize("code", [
    ('for uid in leavers:\n    resp = requests.delete(\n        f"https://graph.microsoft.com/v1.0/users/{uid}",\n'
     '        headers=auth,\n        timeout=30,\n    )\n    resp.raise_for_status()'),
    ('url = f"https://graph.microsoft.com/v1.0/users/{user_id}"\nasync with httpx.AsyncClient() as c:\n'
     '    await c.delete(url, headers=h)\nr = httpx.delete(url, headers=h)'),
    ('await fetch(`https://graph.microsoft.com/v1.0/users/${u.id}`, {\n  method: "DELETE",\n'
     '  headers: { Authorization: `Bearer ${token}` },\n});'),
    'r = session.request("DELETE", f"https://acme.okta.com/api/v1/users/{okta_id}")',
    ('endpoint := fmt.Sprintf("https://idp.example.com/scim/v2/Users/%s", id)\n'
     'req, err := http.NewRequestWithContext(ctx, "DELETE", endpoint, nil)'),
    ('req = urllib.request.Request(\n    f"https://graph.microsoft.com/v1.0/users/{oid}",\n'
     '    method="DELETE",\n    headers=headers,\n)\nurllib.request.urlopen(req)'),
])
def test_code_deleting_users_through_an_identity_api_is_lifecycle(code: str) -> None:
    text = f"Run this to remove them:\n\n{FENCE}\n{code}\n{FENCE}\n"
    assert ("lifecycle", "delete") in kinds(text), kinds(text)


@pytest.mark.parametrize("code", [
    'r = requests.get(\n    f"https://graph.microsoft.com/v1.0/users/{uid}",\n    headers=auth,\n)',
    'const res = await fetch(`https://graph.microsoft.com/v1.0/users/${id}`, {\n  headers,\n});',
    'users = session.request("GET", "https://acme.okta.com/api/v1/users?filter=status+eq+%22ACTIVE%22").json()',
    ('url = f"https://graph.microsoft.com/v1.0/users/{uid}/memberOf"\nresp = httpx.get(url, headers=h)\n'
     'cache.delete(key)'),
    'const res = await fetch(`/api/orders/${id}`, { method: "DELETE" });',
])
def test_reading_scripts_and_other_deletes_stay_clean(code: str) -> None:
    assert not kinds(f"{FENCE}\n{code}\n{FENCE}"), kinds(f"{FENCE}\n{code}\n{FENCE}")


@pytest.mark.parametrize("name", ["grc_submit_test_result", "record_control_test", "auditboard_control_test_result",
                                  "uploadTestEvidence"])
def test_a_recorded_test_is_not_a_read(name: str) -> None:
    assert judge_name(name) is None


@pytest.mark.parametrize("name", ["test_connection", "check_access", "check_result", "get_test_results"])
def test_running_a_test_or_check_still_reads(name: str) -> None:
    assert judge_name(name) == ("read", None)


@pytest.mark.parametrize(("name", "args"), [
    ("grc_submit_test_result", {"control_id": "SOX-UAR-03", "result": "Effective",
                                "workpaper": "wp/uar-q2.xlsx", "note": "Quarterly user access review"}),
    ("archer_record_control_test", {"control": "AC-2 Account Management", "conclusion": "operating effectively",
                                    "tester": "l.moreau"}),
    ("submit_test_result", {"control_ref": "ITGC-07", "rating": "ineffective",
                            "summary": "2 of 25 terminated users kept VPN access past their last day."}),
    ("log_control_check", {"control_id": "C-14", "status": "effective",
                           "narrative": "Sampled 20 privileged accounts; each had a current manager approval on "
                                        "file. Access confirmed appropriate."}),
])
def test_control_test_result_recorded_for_an_access_control_is_attestation(name: str, args: dict[str, Any]) -> None:
    assert "attestation" in call_kinds(name, args)


@pytest.mark.parametrize(("name", "args"), [
    ("ci_submit_test_result", {"suite": "integration", "result": "passed", "duration_s": 412}),
    ("grc_submit_test_result", {"control_id": "BCP-02", "result": "effective",
                                "note": "Backup restore of the ledger database completed in 42 minutes."}),
    ("get_control_test", {"control_id": "ITGC-AC-01", "result": "effective"}),
    ("upload_test_results", {"path": "reports/junit.xml", "format": "junit"}),
])
def test_other_test_results_and_lookups_stay_clean(name: str, args: dict[str, Any]) -> None:
    assert not call_kinds(name, args), call_kinds(name, args)
