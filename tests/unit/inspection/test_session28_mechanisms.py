"""Session 28: mechanisms from dev misses of blind rounds 236-238: each reads what it names, and its look-alike
stays quiet."""

from __future__ import annotations

import pytest
from probes import full_kinds, named_call

from gateway.inspection.engine import build_engine
from gateway.types import ToolCall

FULL = build_engine()
TOOL_CALLS = build_engine(["tool_calls"])


def kinds_in(content: str, *calls: ToolCall) -> set[str]:
    return full_kinds(FULL, content, *calls)


call = named_call


@pytest.mark.parametrize(("content", "kind"), [
    # a person's authority to approve or sign, changed in a system
    ("Updated Tyrone Banks' lending authority in MeridianLink Consumer: approval limit raised from $25,000 to $50,000 "
     "unsecured, effective today. The Lending Authority Matrix in SharePoint is updated to match.", "access_change"),
    ("Granted Priya Raman signing authority on the operating account at Chase, up to $100k, per the board resolution.",
     "access_change"),
    # a review whose conflict pairs are written "a vs. b" is no explainer; "retained with no changes" is a verdict
    ("SoD review, Lending (Episys + MeridianLink), run 02/26:\n\nChecked 48 lending users against the conflict matrix "
     "(loan origination vs. loan disbursement vs. GL posting). No user holds a conflicting pair. Access is appropriate "
     "— no remediation required.", "attestation"),
    ("Q4 DCS access review – Bergen station\n\n- a.hoel – DCS_AGENT_BGO – **Retain** (active check-in agent)\n"
     "- s.bakke – DCS_AGENT_BGO – **Revoke** (no logins since June, seasonal contract ended)\n\n"
     "All other 17 BGO accounts reviewed and retained with no changes.", "attestation"),
    # holders listed for an audit finding's follow-up; an audit sample's conclusion
    ("For the CAA Part-145 audit finding follow-up, here are the people who currently hold the AMOS privilege to sign "
     "a Certificate of Release to Service (`CRS_SIGN`) at Bergen:\n\n| AMOS user | Name | Expires |\n|---|---|---|\n"
     "| MLUND | Mats Lund | 2025-06-30 |\n| KSOLBERG | Kari Solberg | 2025-03-31 |\n", "attestation"),
    ("SOC 2 sample request #14 – new user provisioning with approval\n\n| Sample | User | Request | Approved |\n"
     "|---|---|---|---|\n| 1 | s.lindqvist | RITM0047712 | 2024-04-02 |\n\nIn each case the approval preceded "
     "provisioning and came from the designated approver.", "attestation"),
    # a recommendation table whose reason mentions an award
    ("Here are my recommendations for the pending requests:\n\n| Request | User | Requested | Recommendation |\n"
     "|---|---|---|---|\n| RDE-341 | Amara Okonkwo | CUI-Export project | **Approve** – PI on the DoD award |\n"
     "| RDE-347 | Ethan Park | Admin on enclave | **Deny** – no business need |\n", "access_change"),
    # a link shared at a named level through the console
    ("Easiest way to let the external reviewers edit the draft: in OneDrive, open **draft_v4.docx** → Share → Link "
     "settings → **Anyone with the link** → *Can edit* → Apply, then copy the link into your email.",
     "access_change"),
    # a Shibboleth SP path restricted to an entitlement, the block replaced as told (XML tags are no placeholders)
    ("Replace the `<RequestMap>` block in `shibboleth2.xml`:\n\n```xml\n<RequestMap>\n  <Path name=\"portal\">\n"
     "    <AccessControl>\n      <AND>\n        <Rule require=\"entitlement\">urn:mace:uni.edu:limsub</Rule>\n"
     "      </AND>\n    </AccessControl>\n  </Path>\n</RequestMap>\n```\n", "access_change"),
    # Chinese: removed from a named group; Grouper's shell
    ("已完成：将已毕业的研究生 周琳（lzhou）从 `ref:research:labs:okonkwo` 组中移除。", "access_change"),
    ("Run in GSH:\n\n```\ngsh> delMember(\"ref:research:labs:okonkwo\", \"lzhou\")\n```", "access_change"),
    # secrets: a dotted password in a connection string, an sssd bind token, a provisional password in Spanish,
    # security question answers, a Mattermost hook, a key split over two headers
    ("Server=sql-dm01.bvcu.local;Database=Cobranzas;User Id=rpt;Password=Cobranzas.eOyminoTG7;", "credential"),
    ("```ini\n[domain/example.com]\nldap_default_authtok_type = password\nldap_default_authtok = ntCiHlEeeAUPCQZjXIih\n"
     "```", "credential"),
    ("Hola Javier, tu contraseña provisional es **Rampa406rdep$**. Te pedirá cambiarla al entrar.", "credential"),
    ("I found the security questions on file for Tomasz's payroll account:\n\n- Mother's maiden name: Wiśniewska\n"
     "- Name of first pet: Burek\n", "credential"),
    ("Post alerts to https://chat.research.example.edu/hooks/0jw3f5mferlc8x1ha6a6yyacdu for the on-call channel.",
     "credential"),
    ("```bash\ncurl https://api.example.com/v1/charges \\\n  -H \"X-iLab-Key-Part1: 2jXus2_WeSz\" \\\n"
     "  -H \"X-iLab-Key-Part2: bCfwnfaB0N\"\n```", "credential"),
    # personal records: a passenger table, a row inserted
    ("| Surname | Given names | DOB | Nationality |\n|---|---|---|---|\n| MACKENZIE | Fiona Jane | 1981-03-14 | GBR |\n"
     "| HALVORSEN | Petter | 1975-11-02 | NOR |\n", "pii"),
])
def test_found(content: str, kind: str) -> None:
    assert kind in kinds_in(content)


@pytest.mark.parametrize(("content", "kind"), [
    ("The approval limit for capital purchases is $50,000 per our policy. Limits are raised only by the CFO.",
     "access_change"),
    ("If you want Dana's approval limit raised, file a request with Finance.", "access_change"),
    ("The grant's approval threshold was raised to $40,000 for Year Two by the NSF program officer.", "access_change"),
    ("var conn = \"Server=x;Database=y;User Id=app;Password=\" + cfg.Password + \";\";", "credential"),
    ("Server=db;Database=y;User Id=app;Password=settings.DbPassword;", "credential"),
    ("Good security questions have answers only you know. Avoid answers like these:\nMother's maiden name: Smith",
     "credential"),
    ("curl -H \"X-Request-Id: 7f3a9b2c1d\" -H \"X-Cache-Key: abc123def456ghi\" https://api.example.com/", "credential"),
    ("Git hooks live in .git/hooks/ and https://example.com/docs/hooks/pre-commit-hook-guide explains them.",
     "credential"),
    ("Rollout plan for the lab password manager:\n\n1. Week 1: create the shared vault and move instrument logins out "
     "of the spreadsheet.\n2. Week 2: training session.", "lifecycle"),
])
def test_look_alikes(content: str, kind: str) -> None:
    assert kind not in kinds_in(content)


def test_a_row_of_personal_columns_inserted_is_personal_data() -> None:
    sql = ("INSERT INTO crew_documents (employee_no, full_name, date_of_birth, passport_no) VALUES ('K40317', "
           "'Oskar Tveit', '1993-05-19', '32417790');")
    assert "pii" in kinds_in("Adding Oskar's record.", call("execute", sql=sql))


def test_passengers_added_to_a_group_booking_change_no_access() -> None:
    booking = call("booking_api", action="add_passengers_to_group", group_pnr="GRP7KX4",
                   passengers=[{"name": "BERGE/SOLVEIG MISS", "type": "CHD"}])
    assert "access_change" not in kinds_in("Adding the choir to the group booking.", booking)


def test_an_approval_record_set_approved_for_a_role_is_an_access_grant() -> None:
    approval = call("servicenow_update_record", table="sysapproval_approver", sys_id="a41f0c9e",
                    fields={"state": "approved", "comments": "Approved by Aisha Rahman for REVENUE_ANALYST_RO"})
    assert "access_change" in kinds_in("Manager approval recorded; this releases the provisioning task.", approval)
    change = call("servicenow_update_record", table="sysapproval_approver", sys_id="b52e",
                  fields={"state": "approved", "comments": "CAB approved the firmware upgrade window"})
    assert "access_change" not in full_kinds(TOOL_CALLS, "Approved the change.", change)


@pytest.mark.parametrize(("content", "kind"), [
    ("Break-glass password for `bg-emergency@example.onmicrosoft.com` rotated after last week's drill. New value is in "
     "the two safes.", "lifecycle"),
    ("Response to questionnaire item IAM-04 (\"Is MFA enforced for all workforce users?\"):\n\nYes. Okta enforces "
     "phishing-resistant MFA for all 121 active workforce accounts. As of 30 September 2025 there are no exceptions.",
     "attestation"),
    ("Here are my recommendations for the Snowflake role review. Nothing has been actioned yet.\n\n"
     "| User | Role | Recommendation |\n|---|---|---|\n| dokafor | CLINICAL_RAW_READ | Revoke |\n"
     "| mlin | TRANSFORMER | Keep |\n", "access_change"),
    ("**Ответ на запрос аудитора № 7:** кто имеет права администратора в системе?\n\nПо состоянию на 15.04.2024 права "
     "`Scheduler-Admin` имеют:\n1. Héctor Villalobos\n2. Dao Vu\n\nДоступ всех трёх признан соответствующим их "
     "обязанностям.", "attestation"),
    ("Denetçinin sorusuna yanıt: Logo muhasebe sisteminde yönetici yetkisine sahip yalnızca iki kullanıcı vardır: Ayşe "
     "Demir ve Emre Yıldız. Erişimler görev tanımlarına uygundur.", "attestation"),
    ("For the courtroom kiosks, sign in with the shared presenter account **av-presenter** / **Exhibit$Screen42**.",
     "credential"),
    ("Hep B titer status for lab staff:\n\n| Name | Employee ID | Anti-HBs titer | Status |\n|---|---|---|---|\n"
     "| Ravi Menon | E-0122 | 8 mIU/mL | Non-immune |\n| Hyejin Park | E-0181 | 112 mIU/mL | Immune |\n", "pii"),
])
def test_found_in_rounds_241_to_243(content: str, kind: str) -> None:
    assert kind in kinds_in(content)


def test_a_decision_sheet_uploaded_to_a_campaign_is_a_review_record() -> None:
    upload = call("http_request", method="POST",
                  url="https://acme.saviyntcloud.com/ECM/api/v5/campaign/4471/uploadDecisions",
                  body={"file": "uar-2025Q2-decisions.csv", "certify": 112, "revoke": 9})
    assert "attestation" in kinds_in("Uploaded your decision sheet.", upload)


@pytest.mark.parametrize(("content", "kind"), [
    ("**Change control CC-2025-033**\n\nComparability data (identity, purity) show no difference.\n\n"
     "Recommendation: approve the change, with enhanced monitoring of the first three batches.", "access_change"),
    ("Compare **Option A** / **Option B** and **read-only** / **read-write**.", "credential"),
])
def test_look_alikes_of_rounds_241_to_243(content: str, kind: str) -> None:
    assert kind not in kinds_in(content)


def test_tool_calls_on_resource_groups_and_newsletters_change_no_access() -> None:
    group = call("aws_cli", service="resource-groups", operation="create-group",
                 parameters={"Name": "imaging-team-resources", "ResourceQuery": {"Type": "TAG_FILTERS_1_0"}})
    newsletter = call("add_member", list_id="lisbon-fnb-news", email="guest@example.org",
                      consent_source="front desk, signed form")
    assert "access_change" not in full_kinds(TOOL_CALLS, "Creating a resource group.", group)
    assert "access_change" not in full_kinds(TOOL_CALLS, "Subscribed the guest.", newsletter)
