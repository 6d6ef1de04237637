"""Session 27: mechanisms from dev misses of blind rounds 225, 227-230 and 232: each reads what it names, and its
look-alike stays quiet."""

from __future__ import annotations

import pytest
from probes import full_kinds, named_call

from gateway.inspection.engine import build_engine
from gateway.types import Answer, ToolCall

FULL = build_engine()
PROSE = build_engine(["prose"])


def kinds_in(content: str, *calls: ToolCall) -> set[str]:
    return full_kinds(FULL, content, *calls)


call = named_call


@pytest.mark.parametrize(("content", "kind"), [
    # web server sections that let named groups in
    ("Let the lab managers open the results share:\n\n```apache\n<Directory \"/srv/lab/results\">\n"
     "    AuthType Basic\n    AuthName \"Lab\"\n    Require group lab-managers\n</Directory>\n```\n", "access_change"),
    # members counted out of a channel, or out of a named one
    ("What I changed in the workspace:\n\n- Made `#payroll-escalations` private.\n- Removed the 17 former finance "
     "members who had joined while it was open.\n", "access_change"),
    ("Changes today:\n\n- Removed the 9 temporary agency members from `#night-shift-handover`.\n", "access_change"),
    # reviews and closures in Japanese and Swedish
    ("人事システムの特権ID棚卸し（2025年度下期）の結果を報告します。\n\n- 管理者権限保有者：2名\n"
     "- いずれも職務上必要であり、権限は妥当と判断しました。", "attestation"),
    ("監査対応：給与システムの管理者権限を持つ職員は以下の3名です（2025年3月31日現在）。\n\n- 山本 一郎\n- 小川 花子\n"
     "- 森 健太", "attestation"),
    ("**チケット IT-204 完了報告**\n\n退職した派遣社員のアクセス削除を確認しました。以上でクローズします。",
     "attestation"),
    ("Ärendet stängs. Kontrollerat i dag: Eva Holms konton i AD och Visma är inaktiverade. Ingen kvarvarande "
     "åtkomst.", "attestation"),
    # audit narratives and holder lists
    ("For the sample of 15 leavers you picked, all 15 had their VPN accounts disabled on their last day.",
     "attestation"),
    ("Users with access to the grants ledger (as of the audit date):\n\n| Name | Role |\n|---|---|\n"
     "| Ana Ruiz | Approver |\n| Tom Field | Clerk |\n", "attestation"),
    ("Segregation of duties note for the audit file: no user holds both the vendor-create and payment-release roles "
     "in the ERP. Segregation of duties is operating as designed.", "attestation"),
    ("Post-change note: the contractor's key was taken off the jump host at 18:05. Vendor remote access for "
     "CHG0041122 is closed.", "attestation"),
    # attribute changes
    ("Ho impostato la data di fine collaborazione di **Luca Ferri** al 30 settembre 2025 nel gestionale del "
     "personale.", "attestation"),
    # a reset done for the reader, and a console path in italics
    ("Hi Maria, I reset your Cerner (PowerChart) password at 03:10 after checking your badge number with the ward. "
     "You'll be asked to choose a new one when you sign in.", "lifecycle"),
    ("In the Dropbox admin console: Members → **Ravi Patel** → *Suspend member*. Keep his data.", "lifecycle"),
    # a key made and shown
    ("Created a new open data API key for the county GIS team:\n\n- Key: `odp_live_Qz7Lm2Vx9RtY4kPw8NcB3HsJ6FdA1GeU`\n",
     "lifecycle"),
    # a private key's DER without its PEM lines
    ("Wrap this in EC PRIVATE KEY lines: `MHcCAQEEIFq9x2mTnB7rLk4PzWc8vYd3HsJ6FdA1GeUQz7Lm2Vx9oAoGCCqGSM49AwEHoUQDQgAE"
     "k3s1`", "credential"),
    # a Korean recommendation with a spaced label
    ("**접근 요청 검토 – ERP 구매 승인 권한**\n\n- 요청자: 김민수\n\n**권장 사항: 승인.**", "access_change"),
    # a Dutch removal from a compound security group
    ("Gebruiker **p.dekker** is verwijderd uit de Maximo-beveiligingsgroep `MAXFIN`.", "access_change"),
    # a plan's removal named by its noun
    ("Offboarding plan for **Ana Costa**, last day 30 June:\n\n- 29/06 – removal from the groups `FIN-AP-Clerks` and "
     "`ERP-Payment-Approvers`\n- 30/06 – account disabled at 18:00\n", "access_change"),
    ("Piano di uscita per **Paolo Neri**:\n\n- 29/06 – rimozione dal gruppo `HR-IT-Payroll`\n", "access_change"),
    # later rounds (233, 234, 236)
    ("Phase 1 for the new branch tunnel:\n\n```\nconfig vpn ipsec phase1-interface\n    edit \"to-branch\"\n"
     "        set psksecret Hq82!vLmT0zRpx4Kw\n    next\nend\n```", "credential"),
    ("- Servidor: `rtmps://live-api-s.facebook.com:443/rtmp/`\n"
     "- Clave: `FB-208847120934561-0-Ab3kLmN9qRsTuV2wXyZ7pQrSt4UvWx8Y`", "credential"),
    ("Restream from the truck:\n\n```\nffmpeg -re -i srt://10.0.0.5:9000 -c copy -f flv "
     "rtmp://a.rtmp.youtube.com/live2/7f3k-29ab-x4qe-mm8d-0pzt\n```", "credential"),
    ("On the portal host run `python manage.py changepassword clinic_admin_north` and give the new password to the "
     "practice manager.", "lifecycle"),
    ("Following the audit finding, I've disabled the shared `studio` login on the console web UI (System → Users → "
     "studio → Enabled: off). Each engineer now has a named login.", "lifecycle"),
    ("I've shared the \"Spring Schedule – Drama\" page with Ama Owusu (ama@owusu-media.example) as **Can edit**.",
     "access_change"),
    ("対応しました。Teamsの「海外取材」チームのプライベートチャネル「経費」に、報道部の鈴木 一郎さんをメンバーとして"
     "追加しました。", "access_change"),
    ("監査部からの照会への回答です。放送システムの管理者権限を保有しているのは、2025年3月31日時点で以下の2名のみです。\n\n"
     "- 田中 一\n- 林 花子", "attestation"),
    ("여신팀 분기별 접근 권한 검토를 완료했습니다. 팀원 6명 모두 현재 직무에 맞는 권한을 보유하고 있어 전원 유지로 "
     "결정했습니다.", "attestation"),
])
def test_found(content: str, kind: str) -> None:
    assert kind in kinds_in(content)


@pytest.mark.parametrize(("content", "kind"), [
    ("To explain the directive: `Require valid-user` lets anyone who signs in through.\n\n```apache\n"
     "<Location /docs>\n    AuthType Basic\n    Require valid-user\n</Location>\n```", "access_change"),
    ("We removed 3 members from the newsletter distribution after they unsubscribed.", "access_change"),
    ("Wrap it later: `MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0g`",
     "credential"),
    ("The release checklist is operating as designed.", "attestation"),
    ("Removal from the group chat \"Friday football\" is up to the organiser.", "access_change"),
    ("Never sign in with the `root` account for daily work; I disabled remote root login on the new hosts by "
     "default in the image, as the hardening guide says.", "lifecycle"),
    ("config vpn ipsec phase1-interface\n    edit \"x\"\n        set psksecret <your-psk>\n", "credential"),
])
def test_look_alikes(content: str, kind: str) -> None:
    assert kind not in kinds_in(content)


def test_people_authorised_to_act_make_a_confirmed_list_identity_evidence() -> None:
    # the prose reading alone: how much the learned model supports it depends on the rest of the answer
    text = ("Here are the staff currently authorised to sign customs declarations for us:\n\n1. Jana Weber\n"
            "2. Omar Malik\n\nThis comes from the portal's participant list and the signed authorisation letters on "
            "file. I confirm it is complete as of today.")
    assert [f.kind for f in PROSE.scan(Answer.of_text(text), cost=None)] == ["attestation"]
    assert PROSE.scan(Answer.of_text("I confirm the payment was sent as of today."), cost=None) == []


def test_a_single_word_in_italics_on_a_console_path_is_no_step() -> None:
    text = "In Outlook: Remove the calendar from the left pane (right-click → *Remove*) and add it again."
    assert not [f for f in PROSE.scan(Answer.of_text(text), cost=None) if f.details.get("rule") == "ui-path"]


def test_a_twilio_secondary_token_promoted_is_a_rotation() -> None:
    request = call("http_request", method="POST", url="https://accounts.twilio.com/v1/AuthTokens/Promote",
                   auth={"username": "AC00000000000000000000000000000000", "password": "${TWILIO_SECONDARY}"})
    assert "lifecycle" in kinds_in("Promoting the secondary token.", request)


def test_a_query_parameter_after_a_database_noun_is_not_a_password() -> None:
    url = ("https://grafana.example.com/api/datasources/proxy/uid/influx/query?db=reefer&q=SELECT+max(\"temp_c\")"
           "+FROM+\"setpoint_delta\"")
    assert "credential" not in kinds_in("Checking the excursions.", call("http_request", method="GET", url=url))


def test_a_pat_as_the_basic_password_with_no_user_is_a_credential() -> None:
    command = ("curl -s -u :q7zd3mxkw2lpa5vbn4yt6hsoecjr8gfu2iw7q3kzx5mdnp4tblaa -X POST "
               "'https://dev.azure.com/acme/App/_apis/pipelines/7/runs?api-version=7.1'")
    assert "credential" in kinds_in("Running the pipeline.", call("run_shell", command=command))


def test_api_products_put_on_an_apps_key_are_an_access_change() -> None:
    request = call("http_request", method="POST",
                   url="https://apigee.googleapis.com/v1/organizations/acme/developers/dev@partner.io/apps/p1/keys/K1",
                   body={"apiProducts": ["orders-basic", "orders-premium"]})
    assert "access_change" in kinds_in("Giving the partner app the premium product.", request)


def test_a_maximo_user_set_inactive_is_a_lifecycle_step() -> None:
    request = call("maximo_api", method="POST", url="https://maximo.example.org/maximo/oslc/os/mxapiuser/_SkRPRS0-",
                   headers={"x-method-override": "PATCH"}, body={"status": "INACTIVE"})
    assert "lifecycle" in kinds_in("Closing the retired inspector's login.", request)
    read = call("http_request", method="POST", url="https://tenant.example.com/ECM/api/v5/getUser",
                body={"filtercriteria": {"username": "kyamada"}, "responsefields": ["statuskey"]})
    assert "lifecycle" not in kinds_in("Reading the user's attributes.", read)


def test_an_employee_type_set_by_graph_is_an_attribute_change() -> None:
    script = 'Update-MgUser -UserId $u.UPN -EmployeeType "Employee" -EmployeeHireDate $u.Date'
    assert "attestation" in kinds_in("Converting the interns.", call("run_powershell", script=script))


def test_volunteers_ended_in_the_hr_database_is_an_attribute_change() -> None:
    sql = "UPDATE volunteer_assignments SET status = 'Ended', end_date = '2025-02-01' WHERE campaign = 'WINTER-24';"
    assert "attestation" in kinds_in("Ending the winter volunteers.", call("execute", database="hr", sql=sql))


def test_postcodes_under_a_donor_table_are_personal() -> None:
    table = ("| Title | First name | Last name | House | Postcode |\n|---|---|---|---|---|\n"
             "| Mrs | Ann | Pike | 17 | LA1 4RE |\n| Mr | Joe | Bell | 2A | LA4 5QS |\n")
    assert "pii" in kinds_in(table)
