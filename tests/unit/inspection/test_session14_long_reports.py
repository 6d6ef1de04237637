"""Session 14: long reports and their one buried line, and look-alikes held before. A long report's whole reads as
identity to the learned model only when one of its sections does; a logged line of a long report read as a terse
grant; a named person who received a named role (English, German); a key file the answer says it generated; an
access review handed to a named certifier. Look-alikes: instances ended in a cloud account, a machine certified fit
for use, a game's cast, a scheduled job's endpoint, a vendor offboarded."""

from __future__ import annotations

import json

import pytest

from gateway.inspection.engine import build_engine
from gateway.inspection.learned import LearnedDetector, _changes_nobody
from gateway.types import Answer

FULL = build_engine()
PATTERNS = build_engine(["tool_calls", "structured", "prose", "credentials"])
LEARNED = LearnedDetector()

# An operations report in which no paragraph changes anyone's access: its words, summed, read as an access change.
REPORT = [
    "Platform operations summary for the harbour logistics group, weeks 14 and 15.",
    "Queue depth on the container-tracking service stayed below the alert line except for a short surge on Monday, "
    "when a partner resent a full day of gate events; consumers caught up within twenty minutes.",
    "The service desk handled 964 tickets, mostly label printers at the depot, dropped VPN sessions on the "
    "handheld scanners, and replacement laptops for the QA floor of the games team.",
    "Nightly backups for the customs platform finished every night. One run was re-executed in the morning "
    "after a storage firmware window, and a spot restore of a random sample completed in twelve minutes.",
    "A note on wording: the 'admin' role in the level editor only unlocks free cameras in local builds and "
    "is unrelated to permissions on any server.",
    "Logging: every production workload ships to the central SIEM; retention is 400 days for security "
    "sources and 90 days for debug logs, in line with the records policy.",
    "Patch compliance rose to 97 % after the second window; the remaining hosts are imaging nodes that "
    "wait for a vendor build and sit behind compensating segmentation.",
    "Vulnerability scanning found two highs and zero criticals: both concern an old OpenSSL in build images, and "
    "the base-image bump ships with next week's release train.",
    "The disaster-recovery drill completed in nine minutes; two Confluence runbook pages that still "
    "named a retired DNS zone were corrected.",
]
BURIED = ("Access: on the depot manager's request we added Tomasz Wisniewski to the `wms-supervisors` group so he "
          "can approve overrides.")


def kinds(answer: Answer, engine=FULL) -> set[str]:
    return {f.kind for f in engine.scan(answer, cost=None) if f.confidence >= 0.5}


def text(content: str, engine=FULL) -> set[str]:
    return kinds(Answer.of_text(content), engine)


def test_a_long_report_no_section_of_which_reads_as_identity_is_not_read_whole() -> None:
    assert LEARNED.scan(Answer.of_text("\n\n".join(REPORT))) == []
    assert not text("\n\n".join(REPORT)) & {"access_change", "lifecycle", "attestation"}


def test_a_change_buried_in_the_same_report_is_still_found() -> None:
    content = "\n\n".join(REPORT[:4] + [BURIED] + REPORT[4:])
    assert "access_change" in {f.kind for f in LEARNED.scan(Answer.of_text(content))}


FILLER = "\n\n".join(REPORT[1:4])


@pytest.mark.parametrize("line", [
    "- 09:12 fix: granted `roles/pubsub.publisher` on the `orders` topic to "
    "`ingest-v2@harbour-prod.iam.gserviceaccount.com`.",
    "* Change CHG-2210: added @lkowalczyk as maintainer on `berth-planner`.",
])
def test_a_logged_change_in_a_long_report_is_an_access_change(line: str) -> None:
    report = f"# Incident notes\n\n{FILLER}\n\n## Timeline\n{line}\n- 09:20 drained."
    assert "access_change" in text(report, PATTERNS)  # the patterns alone, without the model's reading


@pytest.mark.parametrize("line", [
    "- 09:12 granted a two-day extension to the vendor for the report.",
    "- Added a retry to the publisher; the `orders` topic keeps its settings.",
])
def test_logged_lines_that_give_nobody_access_stay_quiet(line: str) -> None:
    report = f"# Incident notes\n\n{FILLER}\n\n## Timeline\n{line}\n- 09:20 drained."
    assert "access_change" not in text(report, PATTERNS)


@pytest.mark.parametrize("content", [
    "Following the works manager's sign-off, Frau Berger (Leitung Wareneingang) erhielt im SAP die Rolle "
    "`Z_MM_WE_BUCHEN`, damit sie Wareneingänge selbst buchen kann.",
    "Herr Okafor hat letzte Woche die Gruppe `gg-lager-leitung` erhalten.",
    "As agreed with the plant lead, Ms Duarte received the SAP role `Z_QM_RELEASE` on Monday.",
])
def test_a_named_person_who_received_a_named_role_is_an_access_change(content: str) -> None:
    assert "access_change" in text(content)


@pytest.mark.parametrize("content", [
    "Ms Duarte received the `Supplier of the Year` award on Monday.",
    "Mr Lindqvist got the role of Prospero in the staff play.",
])
def test_receiving_a_prize_or_a_part_is_not_an_access_change(content: str) -> None:
    assert "access_change" not in text(content)


def test_a_key_file_the_answer_says_it_generated_is_a_lifecycle_step() -> None:
    pem = "-----BEGIN PRIVATE KEY-----\\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQDQ" + "x7Rk2Lq" * 30 + \
        "\\n-----END PRIVATE KEY-----\\n"
    content = ("This is the key file we generated for the exporter; store it as `exporter.json`:\n\n```json\n"
               '{"type": "service_account", "project_id": "harbour-bi", "private_key_id": "9f1c2e", '
               f'"private_key": "{pem}", "client_email": "exporter@harbour-bi.iam.gserviceaccount.com"}}\n```')
    assert {"lifecycle", "credential"} <= text(content)


def test_a_key_file_format_described_is_not_a_lifecycle_step() -> None:
    assert "lifecycle" not in text("The key file I generated docs for has a `private_key` field holding a PEM.")


@pytest.mark.parametrize("content", [
    "Handed over the `Payroll` recertification to Kwame Mensah; his decisions close it.",
    "Delegated the Q2 SAP access review to ines.moreau@harbour.example while Jonas is away.",
    "Reassigned the review of the `Treasury` campaign to Priya Raman as certifier.",
])
def test_an_access_review_handed_to_a_certifier_is_attestation(content: str) -> None:
    assert "attestation" in text(content)


@pytest.mark.parametrize("content", [
    "Reassigned the code review of the payments PR to Kwame Mensah.",
    "Assigned the spring marketing campaign to Priya Raman.",
    "If you delegate the certification to Priya, tell her the deadline.",
])
def test_other_reviews_and_campaigns_handed_on_stay_quiet(content: str) -> None:
    assert "attestation" not in text(content)


def test_instances_ended_in_a_cloud_account_are_no_lifecycle_step() -> None:
    assert "lifecycle" not in text("Stopped and terminated the old build servers in the dev account.")


def test_accounts_ended_are_still_a_lifecycle_step() -> None:
    assert "lifecycle" in text("Disable the stale contractor accounts in the dev account overnight.")


def test_a_machine_certified_fit_for_use_is_no_attestation() -> None:
    assert not text("The helicopter was certified airworthy after its 500-hour inspection; the engineer signed the "
                    "release to service.") & {"attestation", "access_change"}


def test_a_game_cast_by_a_tool_call_is_read_as_its_words_alone() -> None:
    game = json.dumps({"game": "mafia", "players": ["Ola", "Kai", "Rui", "Mei"],
                       "roles": {"mafia": 1, "detective": 1, "citizen": 2}})
    assert _changes_nobody("deal_roles", game)
    assert not _changes_nobody("assign_roles", json.dumps({"user": "ola@harbour.example", "roles": ["billing-admin"]}))


def test_a_scheduled_job_switched_off_by_its_endpoint_changes_nobody() -> None:
    def call(url: str) -> str:
        return json.dumps({"method": "POST", "url": url, "headers": {"Authorization": "Bearer ${CI_TOKEN}"}})

    assert _changes_nobody("http_request", call("https://ci.harbour.internal/job/sftp-sync/disable"))
    assert not _changes_nobody("http_request", call("https://idp.harbour.internal/api/v1/users/okafor/disable"))


def test_a_vendor_offboarded_is_no_lifecycle_step() -> None:
    assert "lifecycle" not in text("We've wrapped up offboarding the old courier vendor: parcels go through the new "
                                   "carrier, the old pickup schedule is deleted and the contract ends on the 30th.")


def test_a_vendor_offboarded_with_their_logins_is_still_a_lifecycle_step() -> None:
    assert "lifecycle" in text("We offboarded the old payroll vendor today and disabled their four SSO accounts.")


def test_a_clock_time_before_a_logged_account_step_is_no_count() -> None:
    report = f"# Incident notes\n\n{FILLER}\n\n## Timeline\n- 08:47 suspended `rkaur` in Okta pending review."
    assert "lifecycle" in text(report, PATTERNS)


def test_a_count_before_a_state_word_still_describes_accounts() -> None:
    assert "lifecycle" not in text("Of the 41 enabled accounts, 12 are service logins.", PATTERNS)
