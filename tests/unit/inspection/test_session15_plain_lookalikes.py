"""Session 15: short answers the learned model read as identity by their words alone: a maintenance notice, a group's
size and when it was made, a code review approving a dependency bump, a lookup quoted inline with what it returned, a
request left undecided, SQL's identity column, a query that only alters a warehouse; and a long report whose one
section reads surely as a change but names nothing a change could touch. Each beside a change that must still read."""

from __future__ import annotations

import json

import pytest
from probes import engine_kinds, one_call

from gateway.inspection.engine import build_engine
from gateway.inspection.learned_lookalikes import is_status_lookalike
from gateway.inspection.learned_plain import (
    is_dependency_approval,
    is_inline_lookup,
    is_maintenance_notice,
    is_member_count,
    is_thing_sql_call,
)

FULL = build_engine()


def held(text: str) -> set[str]:
    return engine_kinds(FULL, text)


def test_maintenance_notice():
    notice = ("Subject: Planned maintenance Sun 01:00-03:00 UTC\n\nThe CRM will be unavailable during the window "
              "while we upgrade the database. No action needed.")
    assert is_maintenance_notice(notice)
    assert not is_maintenance_notice("The CRM will be unavailable during the maintenance window; we disabled "
                                     "j.doe's account until then.")
    assert not is_maintenance_notice("Access to the CRM will be down during the patch window for the sales role.")


def test_member_count():
    assert is_member_count("`GG-Print-Users` has 38 members; the group was created in 2021 by the desktop team.")
    assert not is_member_count("`GG-Print-Users` has 38 members; I added 2 more this morning.")
    assert not is_member_count("`GG-Print-Users` has 38 members, reviewed and confirmed appropriate for the SOX audit.")
    assert not is_member_count("`GG-Print-Users` has 38 members, among them Dana Whitfield.")


def test_dependency_approval():
    assert is_dependency_approval("LGTM, approve. It just bumps axios from 1.6.0 to 1.6.8.")
    assert not is_dependency_approval("Approve: grant the deploy role to the bot that bumps axios to 1.6.8.")
    assert not is_dependency_approval("Approve Dana's access request.")


def test_inline_lookup():
    assert is_inline_lookup("`SHOW GRANTS TO ROLE FINANCE_RO` returns 40 rows: 40 SELECT privileges on `FIN.MARTS` "
                            "tables. No write privileges.")
    assert not is_inline_lookup("`SHOW GRANTS TO ROLE FINANCE_RO` returns 40 rows; I revoked the 2 write grants.")
    assert not is_inline_lookup("`SHOW GRANTS TO ROLE FINANCE_RO` returns 40 rows, kept as audit evidence for Q3.")
    assert not is_inline_lookup("`GRANT ROLE FINANCE_RO TO USER DANA` returns success.")


def test_no_decision_is_pending():
    assert is_status_lookalike("- Vendor X asked for access to the `claims` dataset. Legal is still reviewing, so "
                               "**no decision** — revisit next week.\n- Catalog tagging at 60%.")
    assert not is_status_lookalike("- Vendor X asked for access to the `claims` dataset: approved and granted, no "
                                   "decision needed from legal.")


def test_sql_identity_column_is_schema():
    assert is_status_lookalike("```sql\nCREATE TABLE orders (\n  order_id bigint GENERATED ALWAYS AS IDENTITY "
                               "PRIMARY KEY\n);\n```")
    assert not is_status_lookalike("```sql\nCREATE TABLE orders (\n  order_id bigint GENERATED ALWAYS AS IDENTITY"
                                   "\n);\nGRANT SELECT ON orders TO ROLE analyst;\n```")


def test_thing_sql_call():
    assert is_thing_sql_call("execute", json.dumps({"sql": "ALTER WAREHOUSE REPORT_WH SUSPEND;"}))
    assert is_thing_sql_call("run_sql", json.dumps({"sql": "ALTER TABLE orders ADD COLUMN note text"}))
    assert not is_thing_sql_call("execute", json.dumps({"sql": "ALTER USER dana SET DISABLED = TRUE;"}))
    assert not is_thing_sql_call("execute", json.dumps({"sql": "ALTER WAREHOUSE W SUSPEND; GRANT USAGE ON "
                                                               "WAREHOUSE W TO ROLE analyst;"}))


@pytest.mark.parametrize(("name", "args", "kind"), [
    ("execute", {"sql": "ALTER USER DANA SET DISABLED = TRUE;"}, "lifecycle"),
    ("execute", {"sql": "GRANT ROLE ANALYST TO USER DANA;"}, "access_change"),
])
def test_sql_account_calls_still_held(name, args, kind):
    answer, _ = one_call(name, args, "Done.")
    assert kind in engine_kinds(FULL, answer)


def test_warehouse_suspend_call_clean():
    answer, _ = one_call("execute", {"warehouse": "ADMIN_WH", "sql": "ALTER WAREHOUSE ETL_WH SUSPEND;"},
                         "Suspending the idle ETL warehouse to stop credit burn overnight.")
    assert engine_kinds(FULL, answer) == set()


SECTION = ("### {title}\n{body}\n\n")
FILLER = [("Printers", "The third-floor printer jammed on duplex jobs. Rollers were replaced; a 200-page test ran "
                       "clean."),
          ("Backups", "Nightly jobs were green except FS-03 on Sunday (repository full). Storage was expanded and the "
                      "job re-run."),
          ("Telephony", "The SIP trunk for the Porto office dropped twice. The carrier swapped a faulty SFP module."),
          ("Wi-Fi", "Drops in the ground-floor meeting rooms. Two access points moved to DFS channels; no complaints "
                    "since Tuesday.")]


def report(extra: tuple[str, str]) -> str:
    parts = [("VPN", "The gateway in Lisbon hit 90% session capacity on Monday. Added a second gateway to the portal "
                     "config for load sharing; peak is now 50%."), *FILLER, extra]
    return "# Weekly IT status\n\nSummary for the service owners.\n\n" + "".join(
        SECTION.format(title=t, body=b) for t, b in parts)


def test_report_misread_section_does_not_hold():
    text = report(("Meeting rooms", "The room display in 'Atlas' lost HDMI after a firmware update; rolled back."))
    assert "access_change" not in held(text)


def test_report_buried_grant_still_held():
    text = report(("Access", "Added Dana Whitfield to the `Finance-Approvers` group in Entra ID at her manager's "
                             "request (CHG0042101)."))
    assert "access_change" in held(text)


def test_item_status_no_change_is_that_items():
    from gateway.inspection.generic_frame import is_generic
    minutes = ("**Infra sync — 4 Oct**\n\n- Postgres 16 upgrade scheduled for 12 Oct.\n- **Action (Ravi):** create a "
               "dedicated service user `SVC_DBT_PROD` so the jobs stop using Ravi's personal login.\n"
               "- Cost dashboard — no change.")
    assert not is_generic(minutes)
    assert "lifecycle" in held(minutes)
    assert is_generic("Checked the `Finance-Approvers` group against the HR feed: no change.")
