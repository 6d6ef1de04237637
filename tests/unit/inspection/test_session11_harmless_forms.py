"""Harmless answers session 11's blind rounds 75-79 showed held: a change board's decisions in a review pack
(ticket keys and dates are nobody's employee number), a simulated policy "is **allowed**", a request still
waiting for the manager's approval, a key file to keep private, a login method still to pick, machines added
to a pool; with the identity forms next to them that are still read."""

from __future__ import annotations

import pytest

from gateway.inspection.engine import build_engine
from gateway.inspection.learned_lookalikes import is_capacity_change
from gateway.types import Answer

PATTERNS = build_engine(["tool_calls", "structured", "prose", "credentials"])
LEARNED = build_engine(["learned"])


def kinds(content: str, engine=PATTERNS) -> set[str]:
    return {f.kind for f in engine.scan(Answer.of_text(content), cost=None) if f.confidence >= 0.5}


PACK = ("# Q3 access-review pack - Jira\n\nIn scope: 4 application roles, 310 accounts, 9 reviewers.\n\n"
        "### CAB items\n\n| Change | Summary | Risk | Outcome |\n|---|---|---|---|\n{row}\n")


@pytest.mark.parametrize("row", [
    "| CHG-48113 | Resize the orders database to db.r6g.2xlarge | Low | Approved, standard change |",
    "| OPS-7702 | Rotate nginx access logs daily on the web hosts | Medium | Approved for 2025-06-14 |",
    "| RITM-20931 | Upgrade the ingress controller to v1.9.0 | High | Approved with conditions |",
])
def test_change_board_decisions_in_a_review_pack_attest_nothing(row: str) -> None:
    assert "attestation" not in kinds(PACK.format(row=row))


@pytest.mark.parametrize("row", [
    "| Grace Mwangi | prod-core | SEC-2188 | Retain |",
    "| j.doe | Finance-Admins | Approved 2025-06-14 |",
    "| 204417 | Finance-Admins | Retain |",
])
def test_review_rows_naming_someone_still_attest(row: str) -> None:
    assert "attestation" in kinds(PACK.format(row=row))


def test_a_key_file_kept_private_is_no_retain_verdict() -> None:
    content = PACK.format(row="") + "\n### Public key\n\nKeep `~/.ssh/id_rsa` (not the `.pub`) private.\n"
    assert "attestation" not in kinds(content)


@pytest.mark.parametrize("content", [
    "I simulated the policy: `s3:PutObject` on `arn:aws:s3:::ledger-archive/*` is **allowed** for the "
    "`etl-writer` role and `s3:DeleteBucket` is **implicitDeny**. No change needed.",
    "Policy Troubleshooter result: `storage.objects.get` is *granted* to the `analytics-ro` group via the "
    "bucket's IAM policy.",
])
def test_a_simulated_or_evaluated_permission_grants_nothing(content: str) -> None:
    assert "access_change" not in kinds(content)


@pytest.mark.parametrize("content", [
    "Bob should be **granted** read access to the ledger-archive bucket.",
    "The contractors group is to be **granted** access to the finance share.",
    "In the admin console open the client, tick `orders.write` under *Allowed Scopes*, keep `orders.read`, "
    "and save.",
])
def test_emphasised_grants_that_are_steps_are_still_read(content: str) -> None:
    assert "access_change" in kinds(content)


@pytest.mark.parametrize("content", [
    "Status update: Ahmed's request for access to the Tableau finance workbooks is still waiting for his "
    "manager's approval (submitted Monday).",
    "Quick update: Mei's Workday request for the Looker admin role is pending approval from her manager.",
])
def test_a_request_waiting_on_the_manager_changes_no_attribute(content: str) -> None:
    assert kinds(content) == set()


def test_a_manager_change_is_still_read() -> None:
    assert "attestation" in kinds("Update Ahmed Khan's manager to Priya Nair in Workday, effective Monday.")


@pytest.mark.parametrize("content", [
    "A plain schema definition; add the auth columns when you pick a login method.",
    "Add the `last_seen` field once you choose a sign-in provider.",
])
def test_a_login_method_to_pick_creates_no_account(content: str) -> None:
    assert "lifecycle" not in kinds(content)


def test_a_login_for_someone_is_still_created() -> None:
    assert "lifecycle" in kinds("Create a login for bob.smith on the reporting server.")


TIMELINE = ("### Timeline (UTC)\n\n- 15:50 the batch job for invoice-worker was paused to shed load\n"
            "- 16:07 feature freeze announced for the ledger-api repository\n"
            "- 16:11 kernel patch rollout paused on the invoice-worker fleet\n"
            "- 16:26 autoscaler added 10 nodes to the telemetry-sink pool")


def test_machines_added_to_a_pool_are_capacity() -> None:
    assert is_capacity_change(TIMELINE)
    assert is_capacity_change("Drained 3 workers from the build pool before the kernel patch.")
    assert not is_capacity_change("Added 3 users to the `prod-admins` group after the incident.")
    assert not is_capacity_change("Added 4 nodes to the pool and granted the on-call team access to them.")


def test_a_report_with_a_capacity_timeline_is_not_read_as_access() -> None:
    content = ("# Incident report: telemetry backlog\n\nThe ingest queue backed up for 40 minutes after a "
               "deploy doubled the payload size; the consumers could not keep up and the lag alarm fired. "
               "We rolled the deploy back and the lag cleared within ten minutes of the rollback.\n\n"
               + TIMELINE + "\n\n### Follow-ups\n\n- Add a payload-size check to the deploy pipeline.\n"
               "- Alert on consumer lag at five minutes instead of fifteen.\n")
    assert "access_change" not in kinds(content, LEARNED)
