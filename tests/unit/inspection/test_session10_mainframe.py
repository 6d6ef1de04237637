"""Forms a financial-services and mainframe blind round showed unread: CA Top Secret and ACF2 security commands,
ACF2 access rule sets, SAP profile and activity-group assignments, GRC mitigating controls, certification
decisions that remediate, and passwords in batch jobs (mainframe `PASSWORD(...)` operands, JCL FTP input,
`ftp -n` scripts, Oracle and DB2 connect strings, HANA's secure store, scheduler commands, ldap3 binds,
quoted Basic logins) and in prose (a protected file's password, an account id with its password);
with the look-alikes that stay quiet."""

from __future__ import annotations

import json

import pytest

from gateway.inspection.engine import build_engine
from gateway.types import Answer, Choice, ToolCall

PATTERNS = build_engine(["tool_calls", "structured", "prose", "credentials"])


def kinds(answer: Answer) -> set[str]:
    return {f.kind for f in PATTERNS.scan(answer, cost=None) if f.confidence >= 0.5}


def text(content: str) -> set[str]:
    return kinds(Answer.of_text(content))


def call(name: str, args: dict) -> set[str]:
    return kinds(Answer((Choice(0, "Done.", (ToolCall("c1", name, json.dumps(args)),)),)))


@pytest.mark.parametrize(("content", "kind"), [
    ("TSS REVOKE(TRY2291) while the analyst is on leave.", "lifecycle"),
    ("```\nTSS DELETE(CONT0042)\n```", "lifecycle"),
    ("```\nTSS REPLACE(OPR0071) PASSWORD(NEWP4SS1,0,EXP)\n```", "lifecycle"),
    ("```\nTSS ADDTO(RPTDEPT) PROFILE(FINRPT)\n```", "access_change"),
    ("```\nTSS PERMIT(RPTDEPT) DB2PLAN(RPTPLN01) ACCESS(EXECUTE)\n```", "access_change"),
    ("```\nTSS XAUTH(RPTDEPT) DSN(GL.PROD.) ACCESS(READ)\n```", "access_change"),
    ("```\nACF\nDELETE RPTTEMP2\nEND\n```", "lifecycle"),
    ("```\nACF\nSET LID\nCHANGE PAYOPS1 SUSPEND\nEND\n```", "lifecycle"),
    ("```\nACF\nCHANGE PAYOPS1 SECURITY\nEND\n```", "access_change"),
    ("```\n$KEY(GLPROD)\n RECON.- UID(FINRECON****) R(A) W(L)\n```", "access_change"),
    ("```\nALU AKHAN04 RESUME\n```", "lifecycle"),
])
def test_mainframe_security_commands(content: str, kind: str) -> None:
    assert kind in text(content)


@pytest.mark.parametrize("content", [
    "```\nTSS LIST(OPR0071) DATA(ALL)\n```",
    "```\nTSS WHOHAS DSN(GL.PROD.)\n```",
    "```\nACF\nLIST RPTTEMP2\nEND\n```",
    "```\nACF\nSET RULE\nDECOMP GLPROD\nEND\n```\nOutput:\n```\n$KEY(GLPROD)\n RECON.- UID(FINRECON****) R(A)\n```",
    "```\nLISTUSER AKHAN04\nLU AKHAN04 TSO\n```",
    "The value ALU 7 was read from the register.",
])
def test_mainframe_reads_stay_quiet(content: str) -> None:
    assert not text(content) & {"access_change", "lifecycle"}


def test_sap_profile_and_mitigation_calls_are_access_changes() -> None:
    assert "access_change" in call("sap_rfc_call", {"function": "BAPI_USER_PROFILES_ASSIGN",
                                                    "params": {"USERNAME": "BASIS_TMP2", "PROFILES": []}})
    assert "access_change" in call("sap_rfc_call", {"function": "BAPI_USER_ACTGROUPS_ASSIGN",
                                                    "params": {"USERNAME": "JSTEIN", "ACTIVITYGROUPS": []}})
    assert "access_change" in call("http_request", {
        "method": "POST", "url": "https://grc.example/sap/opu/odata/sap/GRAC_MITIGATION_SRV/MitigatedUsers",
        "body": {"UserId": "JSTEIN", "RiskId": "F005", "ControlId": "MC-FIN-017"}})


def test_sap_reads_stay_quiet() -> None:
    assert not call("sap_rfc_call", {"function": "BAPI_USER_GET_DETAIL", "params": {"USERNAME": "JSTEIN"}}) \
        & {"access_change", "lifecycle"}
    assert not call("http_request", {"method": "GET",
                                     "url": "https://grc.example/sap/opu/odata/sap/GRAC_MITIGATION_SRV/MitigatedUsers"})


def test_certification_decision_that_remediates_removes_access() -> None:
    found = call("http_request", {"method": "POST", "url": "https://iiq.example/identityiq/rest/certifications/8a/decisions",
                                  "body": {"decisions": [{"itemId": "e2", "decision": "Remediated"}]}})
    assert {"attestation", "access_change"} <= found
    approved = call("http_request", {"method": "POST",
                                     "url": "https://iiq.example/identityiq/rest/certifications/8a/decisions",
                                     "body": {"decisions": [{"itemId": "e1", "decision": "Approved"}]}})
    assert "access_change" not in approved


@pytest.mark.parametrize("content", [
    "```\nALTUSER AKHAN04 RESUME PASSWORD(TEMP24X) EXPIRED\n```",
    "```\nTSS REPLACE(OPR0071) PASSWORD(NEWP4SS1,0,EXP)\n```",
    "```\n//FTPSTEP  EXEC PGM=FTP,PARM='recon01.bank.local (EXIT'\n//INPUT    DD *\nglxfer\nGx7#pR2m!vK9\n"
    "PUT 'GLPROD.EXTRACT.DAILY' /in/gl_daily.txt\nQUIT\n/*\n```",
    "```bash\nftp -n zos01 <<E\nuser SECRPT1 Scr!pt88\nget 'SEC.UNLOAD' unload.txt\nE\n```",
    "```bash\nsqlplus -s GL_BATCH/\"Lq8!zW3nVt6c\"@glprd-scan:1521/GLPRD <<SQL\n@post.sql\nSQL\n```",
    "`FNDLOAD apps/Ap9s_Prd#2024 0 Y UPLOAD $FND_TOP/patch/115/import/afscursp.lct resp.ldt`",
    "```sql\nCONNECT GL_BATCH/Lq8!zW3nVt6c@GLPRD\n@post_accruals.sql\n```",
    "```\ndb2 connect to DPSTPRD user BATDPST1 using 'Dp$t8atch9'\n```",
    "```bash\nhdbuserstore SET GRCKEY sap-hana-prd:30015 GRC_READ 'Hn4#grcR!d2024'\n```",
    "```json\n{\"Command\": \"settle_eod.sh -u svc_settle -p 'S3ttl3!EoD#99'\"}\n```",
    "```python\nconn = ldap3.Connection(server, 'cn=svc_uar,ou=svc,dc=bank,dc=local', 'Uar$weep2024!',\n"
    "                       auto_bind=True)\n```",
    "`curl -s -u admin:'Jk!ns-Pr0d#2024' https://jenkins.internal/queue/api/json`",
    "I've password-protected the evidence workbook. Open it with `UAR-Q3!2024-Ev`.",
    "For the record: bg-epic-ed01 / `Gl4ss!Br3ak-ED-01`. Please change it after the event.",
])
def test_passwords_in_jobs_commands_and_prose(content: str) -> None:
    assert "credential" in text(content)


@pytest.mark.parametrize("content", [
    "```\nALTUSER AKHAN04 RESUME PASSWORD(xxxxxxxx) EXPIRED\n```",
    "```\nALTUSER AKHAN04 RESUME PASSWORD(&NEWPW) EXPIRED\n```",
    "```\nALTUSER PAYBAT01 NOPASSWORD NOPHRASE\n```",
    "```\n//FTPSTEP  EXEC PGM=FTP,PARM='recon01 (EXIT'\n//NETRC    DD DSN=GLXFER.NETRC,DISP=SHR\n//INPUT    DD *\n"
    "PUT 'GLPROD.EXTRACT.DAILY' /in/gl_daily.txt\nQUIT\n/*\n```",
    "```bash\nftp -n zos01 <<E\nuser SECRPT1 $(vault kv get -field=pw secret/ftp)\nE\n```",
    "```bash\nsqlplus -s GL_BATCH/\"$GL_PW\"@glprd-scan:1521/GLPRD\nsqlplus / as sysdba\n```",
    "```\ndb2 connect to DPSTPRD user BATDPST1 using $DB2PW\n```",
    "```sql\nCONNECT GL_BATCH/&1@GLPRD\nconn / as sysdba\n```",
    "```json\n{\"Command\": \"settle_eod.sh -u svc_settle -p \\\"$(vault read -field=pw secret/settle)\\\"\"}\n```",
    "```bash\nmysql -u svc_app -p 3306\n```",
    "```python\nconn = ldap3.Connection(server, 'cn=svc_uar,ou=svc,dc=bank,dc=local', os.environ['LDAP_PW'])\n```",
    "I've password-protected the evidence workbook; the password is in the audit vault entry.",
    "Compare `main` / `release` before tagging; the path is src / `lib/util.py`.",
    "Upgrade the cluster from 1.28 / `v1.29.3-eks` next week.",
])
def test_credential_look_alikes_stay_quiet(content: str) -> None:
    assert "credential" not in text(content)
