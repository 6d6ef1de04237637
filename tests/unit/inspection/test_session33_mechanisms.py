"""Session 33: mechanisms from blind rounds 277, 278 and 280: each reads what it names (by the rule detector that owns
it, not the learned model), and its look-alike stays quiet."""

from __future__ import annotations

import probes
import pytest

from gateway.inspection.engine import build_engine
from gateway.types import Answer, Choice

FULL = build_engine()


def rule_kinds(content: str) -> set[str]:
    return probes.rule_kinds(FULL, content)


@pytest.mark.parametrize(("content", "kind"), [
    # an Italian title's full stop does not end the sentence that assigns the role
    ("Per assegnare al dott. Bianchi il ruolo di validatore nel sistema di tipizzazione HLA:\n\n1. Accedere a "
     "**Amministrazione > Utenti**.\n2. Cercare `mbianchi`, scheda **Ruoli**.\n3. Aggiungere `VALIDATORE_HLA` e "
     "salvare.", "access_change"),
    # Japanese: no holder beyond those listed, and the holders of a role named in code
    ("監査人からの質問への回答（2025年9月30日時点）:\n\n| 氏名 | 権限 |\n|---|---|\n| 山本 直樹 | システム管理者 |\n\n"
     "上記以外に管理者権限の保持者はいません。証跡としてエクスポートを添付します。", "attestation"),
    ("2025年3月31日時点で、承認権限（`release_approver` ロール）を保有するのは以下の3名です。\n- 佐藤 恵子\n- 田中 浩",
     "attestation"),
    # a managed identity declared in Bicep
    ("```bicep\nresource alertsIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {\n"
     "  name: 'id-fridge-alerts-prod'\n  location: 'uksouth'\n}\n```\nDeploy this with the alerting stack.",
     "lifecycle"),
    # a reviewer's go-ahead for an access request
    ("Yes — grant it. Read-only access to the vacancy dashboard for the broker team is low risk and matches what we "
     "did for JLL last year.", "access_change"),
    # a person's Active flag switched off in a directory
    ("In Procore: Company Directory → *Brightline Electrical* → **Kevin Shaw** → Edit → set **Active** to *No*. His "
     "subcontract closed out last week and he shouldn't be able to log in to any NPP project.", "lifecycle"),
    # a CSV of people loaded by an application's bulk import
    ("For the seasonal concierge staff, import this CSV in Building Engines (Admin → Users → Bulk import).\n\n"
     "```csv\nfirst_name,last_name,email,role\nAlicia,Moreno,amoreno@npp-re.com,Concierge\n"
     "Bryce,Holt,bholt@npp-re.com,Concierge\n```", "lifecycle"),
    # a recertification reported complete, its counts; Portuguese counts kept and revoked
    ("Access control: the quarterly recertification of all privileged and sensitive-records entitlements was "
     "completed on time. 412 entitlements were certified, 17 revoked.", "attestation"),
    ("Trimestralmente o gerente regional revisa todos os perfis de acesso; no 3º trimestre, 38 usuários foram "
     "revisados, 36 mantidos e 2 revogados (desligamentos).", "attestation"),
    # an HR note's manager field set to a named person
    ("HR update for Joanne Pilling (Reading Room Assistant, E-10877):\n- Status changed to long-term sickness absence "
     "from 3 March.\n- Manager changed temporarily to Sam Okoro while Lisa Hart is on leave.", "attestation"),
    # an AtoM superuser: an account made, and admin rights given
    ("```bash\nsudo -u www-data php symfony tools:add-superuser --email=r.singh@natarchive.example rsingh\n```",
     "lifecycle"),
    ("```bash\nsudo -u www-data php symfony tools:add-superuser --email=r.singh@natarchive.example rsingh\n```",
     "access_change"),
])
def test_found(content: str, kind: str) -> None:
    assert kind in rule_kinds(content)


@pytest.mark.parametrize(("content", "kind"), [
    ("Grant it — the foundation's budget is solid and the panel liked the outcomes section.", "access_change"),
    ("For the summer promo, set **Active** to No in the campaign settings after Friday.", "lifecycle"),
    ("```bicep\nresource mi 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {\n"
     "  name: 'id-x'\n}\n```", "lifecycle"),
])
def test_look_alikes_stay_quiet(content: str, kind: str) -> None:
    assert kind not in rule_kinds(content)


def test_a_sign_in_problem_handed_on_is_no_access_change() -> None:
    report = ("Nadia says she can't sign in to Yardi from the Lakeside office since Monday; the error is \"User not "
              "authorized for this database\". Her SSO to other apps works. Passing this to the Yardi admin queue "
              "with the screenshot.")
    assert "access_change" not in probes.engine_kinds(FULL, report)


@pytest.mark.parametrize(("content", "kind"), [
    # files handed over to a successor, a mailbox delegated: access given, in a leaver's plan
    ("退職者の伊藤健太さんのアカウント処理手順です：\n\n1. 6月30日 18:00　Google Workspace アカウントを停止\n"
     "2. 7月1日　　　　Drive のファイルを後任の佐藤さんへ移管\n3. 7月31日　　　アカウントを削除", "access_change"),
    ("## 离职计划：书记员 王静\n\n- 4 月 5 日 12:00：邮箱转为共享邮箱，委托给 7 号法庭主管。\n"
     "- 4 月 5 日 17:30：停用 AD 账户 `jwang`。", "access_change"),
    # a German lock whose logins are named in code on another line
    ("Benutzer sperren geht am schnellsten per Massenpflege:\n\n1. Transaktion **SU10** aufrufen.\n2. Benutzer "
     "`TKLEIN`, `SHOFFMANN` und `FWAGNER` eintragen (alle drei haben zum 30.09. gekündigt).\n3. Button **Sperren** "
     "ausführen.\n\nDie Konten bleiben für die Revision erhalten, eine Anmeldung ist aber nicht mehr möglich.",
     "lifecycle"),
])
def test_found_in_older_rounds(content: str, kind: str) -> None:
    assert kind in rule_kinds(content)


@pytest.mark.parametrize(("content", "kind"), [
    # a FortiGate user group's member unselected, set or appended
    ("```\nconfig user group\n    edit \"vpn-soustraitants\"\n        unselect member \"eolmaint-ldap\"\n    next\n"
     "end\n```", "access_change"),
    # a row put into a table of memberships (Ellucian Banner's security classes), or deleted from it
    ("```sql\nINSERT INTO BANSECR.GURUCLS (GURUCLS_USERID, GURUCLS_CLASS_CODE, GURUCLS_ACTIVITY_DATE)\n"
     "VALUES ('OREYES', 'BAN_DEFAULT_M', SYSDATE);\nCOMMIT;\n```", "access_change"),
    ("```sql\nDELETE FROM BANSECR.GURUCLS WHERE GURUCLS_USERID='DTHORNE' AND GURUCLS_CLASS_CODE='ADM_FAIR_TEMP';\n```",
     "access_change"),
])
def test_found_round_281_to_284(content: str, kind: str) -> None:
    assert kind in rule_kinds(content)


@pytest.mark.parametrize(("content", "kind"), [
    # a gym's memberships inserted: customers, not access
    ("```sql\nINSERT INTO gym.memberships (customer_id, plan) VALUES (1, 'gold');\n```", "access_change"),
    # a noun "record" is no change of the supervisor's
    ("Yes, the rope-access team holds IRATA level 3 certification; their supervisor's certificate number is on the "
     "contractor pre-qualification record.", "attestation"),
    # a vendor's report read, nothing signed
    ("The SOC 2 report from our cloud historian vendor covers CC6 (logical access) with no exceptions. That's their "
     "control environment — we still need our own user access review, which is scheduled for Q3. Nothing to sign "
     "today.", "attestation"),
    # a lock's physical key returned
    ("Olá Rita,\n\na chave de bloqueio do rotor da turbina T05 foi devolvida ao armário de chaves da subestação. "
     "A turbina já está em funcionamento.", "lifecycle"),
])
def test_look_alikes_of_round_281_to_284_stay_quiet(content: str, kind: str) -> None:
    assert kind not in rule_kinds(content)


def test_a_health_fact_in_an_absence_record_is_personal_data() -> None:
    record = ('{"employee_id": "E20455", "employee_name": "Lorna Burke", "type": "Sickness", "start": "2025-06-02", '
              '"reason": "Post-operative recovery (hysterectomy)"}')
    assert "pii" in probes.engine_kinds(FULL, record, "pii")


def test_a_bare_group_name_ending_in_a_level_is_a_group() -> None:
    assert "access_change" in rule_kinds("Approved: I've added you to Facultative-Underwriting-Read. It syncs to the "
                                         "fac system within 15 minutes; sign out and back in if the menu doesn't "
                                         "appear.")
    assert "access_change" not in rule_kinds("I added the new chart to q3-board-pack-read.")


FORTIGATE_ADMIN = ("```\nconfig system admin\nedit \"bjansen\"\nset accprofile \"super_admin\"\nset remote-auth "
                   "enable\nnext\nend\n```")


@pytest.mark.parametrize(("content", "kind"), [
    # Apps Script sharing with each address of a sheet
    ("```javascript\nfunction share() {\n  const folder = DriveApp.getFolderById('1QxR7mK2pV9sT4wZ8yB3nC6dF0hJ5lA');\n"
     "  rows.forEach(([company, email]) => { if (email) folder.addCommenter(email); });\n}\n```", "access_change"),
    # a recertification's counts per system, kept and revoked
    ("## Annual recertification 2025 — summary\n\n| Application | Entitlements reviewed | Retained | Revoked |\n"
     "|---|---|---|---|\n| SAP S/4HANA | 1,204 | 1,151 | 53 |\n| TMS | 318 | 309 | 9 |\n\n"
     "All reviews completed by 30 September.", "attestation"),
    # Japanese: a list of privileged IDs and their holders
    ("監査対応資料：特権ID保有者一覧（2025年9月30日時点）\n\n| システム | 特権ID | 保有者 |\n|---|---|---|\n"
     "| 基幹システム | FF_BASIS_01 | 山本 大輔 |", "attestation"),
    # Italian counts kept and revoked: the revocations are access taken away
    ("Revisione accessi trimestrale – nCino\n\nEsito: 31 utenti confermati, 2 revocati (`gbianchi` – trasferita al "
     "marketing). Attesto che gli accessi residui sono coerenti con le mansioni.", "access_change"),
    # a German reset done for the reader
    ("Hallo Jana,\n\nich habe dein Passwort für das Kreditportal zurückgesetzt. Du erhältst gleich eine E-Mail mit "
     "einem Link, um ein neues Passwort zu vergeben.\n\nViele Grüße\nIT-Service", "lifecycle"),
    # a leaver's dated step that takes an access away
    ("Scheduled offboarding for **Jonah Whitaker**, leaving 30 June:\n\n- 30 Jun 17:00 — IT suspends Okta.\n"
     "- 01 Jul — Capital markets data room (Intralinks) access removed.", "access_change"),
    # FortiGate administrators: an account with an access profile
    (FORTIGATE_ADMIN, "lifecycle"),
    (FORTIGATE_ADMIN, "access_change"),
    # a key with a relative clause before its state
    ("The Datadog API key that was in the old Grafana config has been revoked and replaced. New key ID `a1f0c3e7` is "
     "in Secrets Manager.", "lifecycle"),
])
def test_found_round_286_to_288(content: str, kind: str) -> None:
    assert kind in rule_kinds(content)


def test_a_secret_variable_written_as_an_object_is_exposed() -> None:
    call = probes.named_call("http_request", method="POST", url="https://dev.azure.com/x/_apis/distributedtask/"
                             "variablegroups", body={"variables": {"SFTP_PASSWORD": {"value": "Zyut9haW9H6UsAAD0D",
                                                                                     "isSecret": False}}})
    assert "credential" in probes.rule_kinds(FULL, "Registering the build secret.", call)


@pytest.mark.parametrize(("content", "name", "arguments"), [
    ("Disabling LPR camera N-07 in the fleet console until the vendor replaces the lens.", "invoke_function",
     {"function": "lpr-fleet-set-camera-state", "payload": {"camera_id": "N-07", "state": "disabled"}}),
    ("Reassigning the epic to Grace since she's now leading the payoff-letter work.", "http_request",
     {"method": "PUT", "url": "https://x.atlassian.net/rest/api/3/issue/LOANOPS-412/assignee",
      "body": {"accountId": "5f8a1c2b3d4e5f6a7b8c9d0e"}}),
])
def test_devices_and_issues_are_no_identity(content: str, name: str, arguments: dict) -> None:
    assert not {"access_change", "lifecycle"} & probes.engine_kinds(
        FULL, Answer((Choice(0, content, (probes.named_call(name, **arguments),)),)), "learned")


@pytest.mark.parametrize(("content", "kind"), [
    # a campaign's decisions listed, one holder a line
    ("Decisions for the 'Conflict Panel Portal' entitlement campaign:\n\n- m.delgado@delgadolawpllc.com — **keep** "
     "(appointed through June)\n- j.park@parklegal.com — **remove** (appointment ended 30 Sep)", "attestation"),
    # closures: no inbox rules left, an attestation closed out, a Polish ticket closed
    ("Ticket INC0071244 closure: I confirm she has no remaining inbox rules or app consents other than the standard "
     "Teams add-in. Closed.", "attestation"),
    ("Revoked and certified: the second departed attorney's jail visit account is now disabled, which closes out the "
     "Q4 attestation for that platform.", "attestation"),
    ("Zamknięcie zgłoszenia RITM0049210: dostęp byłej stażystki do folderu „Apelacje/Projekty” został usunięty. "
     "Potwierdzam wykonanie.", "attestation"),
    # a Jenkins user made by an init script; AD group members exported to an audit share
    ("```groovy\ndef realm = Jenkins.instance.getSecurityRealm()\nrealm.createAccount(\"svc-asset-pipeline\", "
     "System.getenv(\"PW\"))\n```", "lifecycle"),
    ("```powershell\nGet-ADGroupMember -Identity ACU-Admins-AWA | Select-Object Name | Export-Csv "
     "\\\\files\\audit\\2025\\ACU-Admins.csv\n```", "attestation"),
])
def test_found_round_289_to_292(content: str, kind: str) -> None:
    assert kind in rule_kinds(content)


def test_files_kept_or_deleted_are_no_review_decisions() -> None:
    assert "attestation" not in rule_kinds(
        "Retention decisions for the legacy project directories (review before 31 Jan):\n\n- `/gpfs-old/climate-1998` "
        "— **retain**, move to tape\n- `/gpfs-old/tmp-seq-2016` — **delete**\n- `/gpfs-old/mri-pilot` — **retain**")
