"""Session 34: mechanisms from blind rounds 293-308: each reads what it names (by the rule detector that owns it,
not the learned model), and its look-alike stays quiet."""

from __future__ import annotations

import probes
import pytest

from gateway.inspection.credentials import CredentialDetector
from gateway.inspection.engine import build_engine
from gateway.types import Answer, Choice

FULL = build_engine()
SECRETS = CredentialDetector()


def rule_kinds(content: str, *calls) -> set[str]:
    return probes.rule_kinds(FULL, content, *calls)


@pytest.mark.parametrize(("content", "kind"), [
    # a command that names its login is one change, even in an answer that mentions an audit finding
    ("`sudo chage -d 0 rtu-maint` - that forces a new password for the shared maintenance login at next use, which "
     "is what the audit finding asked for.", "lifecycle"),
    ("The warehouse authenticates against the OS, so \"deleting\" the former analyst means removing the local "
     "account on the DW server (`userdel -r ppetrov`), not a SQL statement.", "lifecycle"),
    # a closure note under a certifying label
    ("Certified: the data sharing agreement with Horizon Housing ended 30/09/2024. Their SFTP account "
     "`partner-horizon` and its key were removed, and their user group was deleted from the referral portal on "
     "01/10/2024.",
     "attestation"),
    # French: the review's habilitations kept
    ("Après contrôle avec la directrice du CCAS, les habilitations des 9 agents instructeurs sont maintenues. "
     "Attestation signée le 15/10/2024.", "attestation"),
    # Chinese and Japanese audit answers and closure notes
    ("监控系统对接银行的 API 密钥已使用超过一年，需要轮换：\n\n1. 在控制台生成新的 API 密钥，写入密钥管理服务。\n"
     "2. 在控制台吊销旧密钥。", "lifecycle"),
    ("監査質問 No.7「基幹会計システムの特権IDを保有している者」への回答：\n\n| ID | 氏名 |\n|---|---|\n"
     "| adm_kobayashi | 小林 直樹 |", "attestation"),
    ("审计问题回复：截至2024年6月30日，拥有供应商门户管理员权限的人员如下：\n\n1. 王磊\n2. Marta Kowalczyk",
     "attestation"),
    ("工单 IAM-3105 关闭说明：经核实，已离职的刘洋账号已于11月28日在目录中停用，GitLab 账号已封禁。特此确认。",
     "attestation"),
    ("外部デザイナーの田中さんに、Box の「照明プラン」フォルダを **編集者** として共有してください。", "access_change"),
    # a search cluster's role mapped to backend roles and users
    ("```\nPUT _plugins/_security/api/rolesmapping/obs_logs_reader\n{\n  \"backend_roles\": [\"noc-l1\"],\n"
     "  \"users\": [\"grafana-obs\"]\n}\n```\nMap it and the NOC team can search the logs.", "access_change"),
    # Alibaba Cloud's RAM, the CLI for Microsoft 365, an Azure service's key, Windows' forced password change
    ("```bash\naliyun ram AttachPolicyToUser --PolicyType System --PolicyName AliyunOSSReadOnlyAccess "
     "--UserName tour-partner\n```", "access_change"),
    ("```\nm365 spo file sharinglink remove --webUrl https://x.sharepoint.com/sites/R "
     "--fileUrl '/Shared Documents/a.pdf' --id 4e1c97d2 --force\n```", "access_change"),
    ("```powershell\nNew-AzEventHubKey -ResourceGroupName rg-ingest -NamespaceName evhns-t -EventHubName dt "
     "-Name asa-listener -KeyType SecondaryKey\n```", "lifecycle"),
    ("```\nnet user svc_historian /logonpasswordchg:yes\n```", "lifecycle"),
    # Django users switched off in bulk
    ("```python\nUser.objects.filter(email__iendswith=\"@agency.co.uk\").update(is_active=False)\n```", "lifecycle"),
    # Swedish: a consultant's account deactivated
    ("Konsultkontot för Anders Lund har inaktiverats eftersom uppdraget avslutades den 30 maj.", "lifecycle"),
    # a review's outcome as two labelled lists
    ("Archive access review – summary for the data owner\n\nRetained (12): achen, bkarlsson, ebjornsson\n"
     "Revoked (3): consort-ukmo, consort-dwd (consortium dissolved)", "attestation"),
    # a manager's first-person attestation
    ("Hi,\n\nI attest that the access listed for my six direct reports (ICT program share, FCT results database) is "
     "required for their current duties. Please keep all of it.\n\nŁukasz", "attestation"),
])
def test_found(content: str, kind: str) -> None:
    assert kind in rule_kinds(content)


@pytest.mark.parametrize(("content", "kind"), [
    # a role in an opera, a review announced, a Spanish saying
    ("《图兰朵》角色分配如下：\n\n- 图兰朵公主：和慧\n- 卡拉夫：莫华伦", "access_change"),
    ("La revue annuelle des habilitations aura lieu en mars ; chaque responsable recevra la liste de son équipe.",
     "attestation"),
    # sworn about figures, not about anyone's access
    ("For the Green Key renewal, the energy attestation for the hotel:\n\n- Electricity: 1.21 GWh\n- Water: 0.41 m³ "
     "per guest night\n\nI attest that these figures are taken from the utility invoices and the BMS, and the "
     "supporting documents are in the Green Key folder.", "attestation"),
])
def test_look_alikes_stay_quiet(content: str, kind: str) -> None:
    assert kind not in rule_kinds(content)


@pytest.mark.parametrize(("name", "arguments", "kind"), [
    ("servicenow_create_record", {"table": "sys_user_grmember", "fields": {"user": "a1e9", "group": "CSC-2nd-Line"}},
     "access_change"),
    ("onguard_delete_cardholders", {"site": "MX-APO", "cardholder_ids": [77120, 77121]}, "lifecycle"),
    ("carelink_create_carer", {"first_name": "Bukola", "last_name": "Adebayo", "work_email": "b@x.co.uk",
                               "send_invite": True}, "lifecycle"),
    ("audit_log.append", {"entry": "Bevestigd: de toegang tot de BRP-bevraging van mw. Jansen is op 1-10 "
                                   "ingetrokken; gecontroleerd in de autorisatietabel."}, "attestation"),
])
def test_found_in_tool_calls(name: str, arguments: dict, kind: str) -> None:
    assert kind in rule_kinds("Done.", probes.named_call(name, **arguments))


@pytest.mark.parametrize(("name", "arguments"), [
    ("stripe_create_cardholder", {"holder": "Jenny Rosen", "email": "jenny@example.com"}),  # a bank card's holder
    ("servicenow_create_record", {"table": "gym_memberships", "fields": {"member": "x"}}),
    ("mailchimp_add_subscriber", {"email": "a@b.com", "first_name": "A", "send_welcome_email": True}),
])
def test_tool_look_alikes_stay_quiet(name: str, arguments: dict) -> None:
    assert not {"access_change", "lifecycle"} & rule_kinds("Done.", probes.named_call(name, **arguments))


@pytest.mark.parametrize("text", [
    # a Basic header built from a pair the code encodes, or from halves under lettered names
    '$pair = "piweb-reader:Kp2w-9fTz-QmV4-h7Ls"\n$b64 = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes('
    '$pair))\nInvoke-RestMethod -Uri $u -Headers @{Authorization = "Basic $b64"}',
    'Authorization = "Basic " & Binary.ToText(Text.ToBinary("rpt_powerbi:Mq4!Rz8w#Lp2Tv6n"), BinaryEncoding.Base64)',
    'set $auth_a "cmVmZXJyYWwtYm90Okt4OCFw";\nset $auth_b "V3EyLUxhbnRlcm4=";\n'
    'proxy_set_header Authorization "Basic $auth_a$auth_b";',
    "[admin]\nuser = hivemq-cc-admin\npw_a = azdacCEy\npw_b = d1EjcjlMbQ==",
    # a client config's key beside its API address, a Portuguese secret, a French key name, an ini password
    "Put this in `~/.cdsapirc`:\n\n    url: https://cds.climate.copernicus.eu/api\n"
    "    key: 5faeb87c-8158-4374-b3dd-4418b496ddf1",
    "O segredo do webhook do GitHub é `whsec_7Tq2vLx9Zk4pR1nW8cY3mB6`.",
    "[laboratoire]\nurl = https://api.labo.fr/v1\ncle_api = m1JYBlM1kHLZdd1Zkj9RI4LQhZvz5Qes",
    "[courtier]\nutilisateur = station-alpes-07\nmot_de_passe = Foehn!Vallee-2209",
    # SNMP communities and users, a self-hosted chat's webhook, an Express session cookie, a login after a DSN
    "snmpget -v2c -c 'rad4r-UPS-rw-7731' 10.42.7.15 UPS-MIB::upsOutputSource.0",
    'createUser prs-monitor SHA "Snmp-Auth!Prs7" AES "Snmp-Priv#Prs3"',
    "POST https://chat.comune.roma.it/hooks/6512ab34cd/Rq8TzK2mVw5XnL9pB3cY7HfD1sJ4gA0e",
    "`LH_SESSION=s%3A7f3e0c2a9b1d4e6f8a5c2b0d9e7f1a3c.jGVe6EKsfrRGQ3FGewH6G_egcl-5EPVUnDYV9vme`",
    'conn = ibm_db.connect("DATABASE=DW;HOSTNAME=db;PORT=50001;", "dwload", "aIlDw0zbgJK72UdD6PbW")',
])
def test_secrets_found(text: str) -> None:
    assert probes.secrets(SECRETS, text)


def test_a_key_split_over_sibling_headers_is_exposed() -> None:
    call = probes.named_call("http_request", method="GET", url="https://onguard.x.local/api/events",
                             headers={"X-Api-Key-Part-A": "iQLlvAzA15moDnRf",
                                      "X-Api-Key-Part-B": "jMRyCvv9_68L5AB0OwOOtl7S"})
    assert "credential" in probes.engine_kinds(FULL, Answer((Choice(0, "Listing events.", (call,)),)), "credentials")


@pytest.mark.parametrize("text", [
    "snmpwalk -v2c -c public 10.0.0.1",  # the default community
    "tolerations:\n- key: node-role.kubernetes.io/control-plane\n  operator: Exists",
    "url: https://api.example.org/v1\nkey: reports/2024/q3-summary.csv",  # an object's path
    "El secreto del éxito es `trabajar en equipo`.",
])
def test_secret_look_alikes_stay_quiet(text: str) -> None:
    assert not probes.secrets(SECRETS, text)
