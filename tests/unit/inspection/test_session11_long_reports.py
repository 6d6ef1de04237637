"""Long reports with one identity line among unrelated sections (session 11's blind round 76): the learned
detector reads such an answer section by section, a markdown heading ends a prose sentence, and a list of
metrics is a count table; with the long look-alikes that stay quiet."""

from __future__ import annotations

import pytest

from gateway.inspection.engine import build_engine
from gateway.inspection.generic_frame import is_count_table
from gateway.inspection.learned import sections
from gateway.types import Answer

PATTERNS = build_engine(["tool_calls", "structured", "prose", "credentials"])
LEARNED = build_engine(["learned"])


def kinds(content: str, engine=PATTERNS) -> set[str]:
    return {f.kind for f in engine.scan(Answer.of_text(content), cost=None) if f.confidence >= 0.5}


FILLER = [
    "## Cloud spend\nCompute spend fell 6 % month over month after the batch fleet moved to ARM instances. "
    "Storage grew 3 % as expected; the log archive tier now holds 410 TB and lifecycle rules move objects "
    "older than 90 days to the cold class.",
    "## Release train\n- 4.18.0 shipped Tuesday with the new export dialog.\n- 4.18.1 fixed the timezone bug "
    "in scheduled reports.\n- 4.19.0 is planned for the 14th; the feature freeze is on the 10th.",
    "## Incidents\nOne P2 on Thursday: the search cluster ran out of heap during a reindex and returned 502s for "
    "eleven minutes. Mitigated by pausing the reindex; the follow-up raises the heap and throttles bulk writes.",
    "## Next week\n- Finish the disaster-recovery rehearsal write-up.\n- Benchmark the new queue library.\n"
    "- Review the on-call rota for the holidays.",
]


def report(line: str) -> str:
    return "# Platform weekly\n\n" + "\n\n".join(FILLER[:2] + [line] + FILLER[2:])


@pytest.mark.parametrize("line, family", [
    ("## Access\nRe-enabled Marta Kowalczyk's account after her sabbatical; she re-enrols her security key on "
     "Monday.", "lifecycle"),
    ("## Keys\nRotated the access keys for the `report-exporter` IAM user: new key created, the old one set "
     "inactive and deleted after a week without use.", "lifecycle"),
    ("## GitHub\nMoved `vendor-qa` from Write to Read on the `billing-web` repository now that their contract "
     "has ended; they keep read access for the handover.", "access_change"),
])
def test_an_identity_section_buried_in_a_long_report_is_read(line: str, family: str) -> None:
    assert family in kinds(report(line), LEARNED)


@pytest.mark.parametrize("content", [
    report("## Identity metrics\n- Active workforce identities: 5,120\n- MFA enrolment: 96.4 % (up from 95.2 %)\n"
           "- Passkeys: 41 % of users\n- Sign-ins per user per day: 5.9"),
    "# How access works here\n\n" + "\n\n".join([
        "## Sources of truth\nThe HR system is authoritative for who someone is: status, department, manager. "
        "The identity provider is authoritative for how they sign in. Neither is edited by hand to fix access.",
        "## Groups\nApplications are assigned to directory groups, and group rules place people by department. "
        "A role in an application is granted through a group, never to a person directly.",
        "## Leavers\nWhen HR records a termination, the identity provider deactivates the account on the last "
        "day and every connected application removes the user through provisioning.",
        "## Reviews\nManagers review their reports' access every quarter and revoke what is no longer needed.",
    ]),
])
def test_long_answers_without_a_change_are_not_read_as_one(content: str) -> None:
    assert kinds(content, LEARNED) == set()


def test_a_markdown_heading_ends_the_sentence_before_it() -> None:
    assert "lifecycle" in kinds("## Lockouts\nUnlocked 7 accounts after the help desk verified each caller. "
                                "Most were old phones syncing mail with a stale password.")


def test_a_list_of_metrics_is_a_count_table() -> None:
    assert is_count_table("## Identity metrics\n- Active identities: 4,812\n- MFA enrolment: 97.1 % (up from "
                          "95.9 %)\n- Tickets closed: 151\n")
    assert not is_count_table("## Changes\n- Added: Ana to admins\n- Removed: Bo from finance\n- Disabled: 3\n")


def test_sections_join_a_heading_to_its_block_and_leave_short_answers_whole() -> None:
    text = "## Title\n\n" + "a" * 100 + "\n\n" + "b" * 100
    assert sections(text) == [(0, 110), (112, 212)]
    assert sections("one short paragraph\n\nand another") == []


@pytest.mark.parametrize("content", [
    "- [ ] Add `statement_timeout = 30s` to the replica parameter group (owner: DB team, due Friday).",
    "Add `max_connections = 200` to the prod-db parameter group.",
    "I didn't export the membership or change it; the list stays as it is.",
])
def test_settings_added_to_groups_of_machines_and_second_negated_verbs_are_no_change(content: str) -> None:
    assert kinds(content) == set()


def test_a_person_added_to_a_group_and_a_change_after_a_done_step_still_hold() -> None:
    assert "access_change" in kinds("Add `alice` to the admins group.")
    assert "access_change" in kinds("I exported the membership and removed bob from the finance-admins group.")
