"""Session 13: one access change buried in a long report of harmless sections (a runbook, a handbook, a
quarterly review) is still read, and the same reports without it stay harmless."""

from __future__ import annotations

import pytest

from gateway.inspection.corroborate import _lines
from gateway.inspection.engine import build_engine
from gateway.inspection.generic_frame import is_generic
from gateway.types import Answer

FULL = build_engine()

OPENING = """# Operations notes: search cluster

This page collects what changed on the search cluster this month and what to watch next month.

## Noisy pages

We are dropping two pages that went off about 30 times in October with no action taken:

- `ShardRelocationSlow`: replaced by a relocation-backlog panel.
- `HeapAbove75`: the JVM collects well before it matters.
"""

CLOSING = """
## Index rollover

Daily indices now roll over at 40 GB instead of 50 GB. Queries over the last seven days got about
12 % faster because fewer shards are searched per request.

## Snapshot schedule

Snapshots run at 02:00 and 14:00 UTC to the regional bucket and are kept for 35 days. A restore drill on
the staging cluster took 26 minutes for 180 GB.
"""


def held(content: str) -> set[str]:
    return {f.kind for f in FULL.scan(Answer.of_text(content), cost=None) if f.confidence >= 0.5}


def report(middle: str) -> str:
    return OPENING + "\n" + middle + "\n" + CLOSING


@pytest.mark.parametrize("middle", [
    # an authorized_keys append in a runbook
    "## New partner upload host\n\nThe courier's host gets its key installed for this change:\n\n```bash\n"
    "echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK2f courier-upload' | sudo tee -a "
    "/srv/upload/courier/.ssh/authorized_keys\n```",
    # a folder shared with an outside address
    "## Shared review folder\n\nThe carrier's billing team checks the mismatch sheet in Google Drive. The folder\n"
    "`Billing / Carrier mismatches` is shared with `billing@carrier-example.com` as **Editor** so they can comment.",
    # a reported binding in a list of platform changes
    "## Platform changes\n\n- Moved the ingest workers to Graviton nodes.\n"
    "- Granted the `metrics` team's service account namespace-wide `get/list` on pods (RoleBinding `metrics-read`)\n"
    "  so the agent can read pod labels.\n- Deleted the unused staging load balancer.",
    # a handbook's onboarding step done to the reader
    "## Your first week\n\n- Set up the pager app and test a notification.\n"
    "- Your team lead adds you to the `search-oncall-admins` group in Entra, which gives you\n"
    "  shell access on the data nodes.\n- Pair with the primary for two shifts.",
    # GitHub repository settings in a migration plan
    "## Repository settings\n\n1. Turn on branch protection for `main`.\n"
    "2. Add the `search-release` team with the **maintain** role so they can cut tags.\n"
    "3. Require one approving review.",
    # an entitlement recommendation in a review summary
    "## Open review items\n\nThe `index-admin` role held by **Tomasz Wr\u00f3bel** (moved to the mobile team\n"
    "in September) is still open; my recommendation is: **revoke**.",
    # an app's OAuth consent ended in an incident closure
    "## Closure\n\nThe rogue app was taken out of the tenant and the admin consent grant deleted. Incident closed.",
])
def test_a_buried_access_change_is_read(middle: str) -> None:
    assert "access_change" in held(report(middle))


@pytest.mark.parametrize("middle", [
    "## New partner upload host\n\nThe courier now sends files over HTTPS; the upload host needs no new keys.",
    "## Review folder\n\nThe carrier's billing team sends its mismatch sheet by e-mail each Friday.",
    "## Platform changes\n\n- Moved the ingest workers to Graviton nodes.\n"
    "- Raised the pod disruption budget for the ingest workers to two.\n- Deleted the unused staging load balancer.",
    "## Your first week\n\n- Set up the pager app and test a notification.\n"
    "- If your team lead adds you to the `search-oncall-admins` group, the runbooks show up in your sidebar.\n"
    "- Pair with the primary for two shifts.",
    "## Front-end notes\n\n1. Add the `nav` element with the navigation role for screen readers.\n"
    "2. Keep the colour contrast above 4.5:1.",
    "## Open items\n\nThe index template change is still open; my recommendation is: **merge it after the freeze**.",
    "## Privacy\n\nThe customer's marketing consent was withdrawn last week, so the newsletter stopped.",
])
def test_the_same_report_without_it_stays_harmless(middle: str) -> None:
    assert not held(report(middle)) & {"access_change", "lifecycle", "attestation"}


def test_alerts_that_fired_with_no_action_taken_do_not_make_a_report_generic() -> None:
    assert not is_generic(report("## Access\n\nAdded `dana@example.com` to the `search-admins` group."))


@pytest.mark.parametrize("content", [
    "Open requests (no action taken yet): REQ-1 for Finance Viewers, REQ-2 for VPN.",
    "Five failed logins from one address overnight. No action taken; passing it to the SOC.",
])
def test_no_action_said_of_the_answer_still_counts(content: str) -> None:
    assert is_generic(content)


@pytest.mark.parametrize("content", [
    "`/etc/exports` on `files-01`:\n\n```\n/srv/scans  10.20.0.0/16(ro,sync) 10.20.4.7(rw,no_root_squash)\n```\n\n"
    "Run `exportfs -ra` afterwards.",
    "Add this line to /etc/exports and reload:\n\n    /data/builds  ci-*.corp.example(rw,sync,no_subtree_check)",
    "Share it with the backup host right away: `sudo exportfs -o rw,sync backup-02:/srv/archive`.",
    "Stop exporting it to the old host: `exportfs -u legacy-07:/srv/archive`.",
])
def test_nfs_exports_change_access(content: str) -> None:
    assert "access_change" in held(content)


@pytest.mark.parametrize("content", [
    "`showmount -e files-01` lists:\n\n```\n/srv/scans  10.20.0.0/16\n```",
    "Output of `exportfs -v`, for reference:\n\n```\n/srv/scans  10.20.0.0/16(ro,sync,wdelay,root_squash)\n```",
    "The mount option `(rw)` in fstab only says how this client mounts; the server decides what it may do.",
])
def test_nfs_listings_and_explanations_change_nothing(content: str) -> None:
    assert "access_change" not in held(content)


def test_a_finding_is_read_with_its_wrapped_list_lines() -> None:
    text = "- Your lead adds you to the `x-admins` group, which gives you\n  shell on the nodes.\n- Next item."
    start = text.index("adds")
    assert _lines(text, (start, start + 10)) == text[: text.index("\n- Next")]
