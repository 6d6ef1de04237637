"""Session 29: mechanisms from dev misses and blind rounds 245-248: each reads what it names, and its look-alike
stays quiet."""

from __future__ import annotations

import pytest
from probes import full_kinds, named_call

from gateway.inspection.engine import build_engine
from gateway.types import ToolCall

FULL = build_engine()


def kinds_in(content: str, *calls: ToolCall) -> set[str]:
    return full_kinds(FULL, content, *calls)


call = named_call


@pytest.mark.parametrize(("content", "kind"), [
    # an IBAN after the word, its check digits wrong, as long as its country's IBANs (Portugal: 25)
    ("The bank account on file for driver Rui Ferreira is IBAN PT50 0035 0651 0000 7832 4911 3 at Caixa Geral.",
     "pii"),
    # a CSV whose quoted cells hold the separator
    ("```\nmrn,name,dob,sex,zip\n4481920,\"ALVAREZ, ROSA\",1962-04-18,F,77023\n"
     "5520173,\"NGUYEN, BAO\",1990-09-09,M,77036\n```", "pii"),
])
def test_found(content: str, kind: str) -> None:
    assert kind in kinds_in(content)


@pytest.mark.parametrize("content", [
    "IBAN DE00 0000 0000 0000 0000 00 is the format example in the form.",
    "IBAN PT50 0035 0651 is too short to be anyone's account.",
])
def test_look_alikes_are_no_personal_data(content: str) -> None:
    assert "pii" not in kinds_in(content)


@pytest.mark.parametrize(("content", "kind"), [
    # a record's access tab and what is added on it
    ("In C•CURE 9000, open the personnel record for Aleksander Nowak and on the **Clearances** tab add "
     "`CP - Lift Maintenance Shop 24x7`. Save; the new clearances push to the panels within a minute.",
     "access_change"),
    # Google Apps Script sharing a folder
    ("Run as the folder owner:\n\n```javascript\nfunction share() {\n"
     "  const folder = DriveApp.getFolderById('1Qm7xT3');\n"
     "  folder.addEditor('n.lindqvist@snowsafe-consulting.se');\n}\n```", "access_change"),
    # a Samba share's users
    ("```ini\n[merchant-invoices]\n   path = /srv/shares/merchant-invoices\n   valid users = @finance-ap, r.sousa\n"
     "   write list = @finance-ap\n```\n\n`r.sousa` is new.", "access_change"),
    # Metabase's permission graph
    ("```bash\ncurl -s -X PUT https://bi.example.internal/api/collection/graph -H 'Content-Type: application/json' "
     "-d '{\"revision\": 214, \"groups\": {\"19\": {\"57\": \"read\"}}}'\n```", "access_change"),
    # a review's remainder confirmed; a cyber insurer's count of admins; a Japanese break-glass review; Dutch closure
    ("The most recent quarterly review (completed 3 April 2025) covered 212 accounts; 9 were removed and the remainder "
     "confirmed as appropriate.", "attestation"),
    ("For the cyber insurance renewal form, section 4 (privileged access):\n\n- Number of users with domain or global "
     "admin rights: **4** (J. Smith, P. Kaur, R. Menon, C. Dunn), each using a separate admin account.\n- Break-glass "
     "accounts: **2**, FIDO2 only, reviewed twice a year.\n- Third parties with admin access: **none**.",
     "attestation"),
    ("**ブレークグラスアカウント利用レビュー(2月)**\n\n- 2/03 03:12 — 決済障害対応、田中さん使用。\n\n"
     "いずれの利用も正当であり、アクセスは適切と判断します。承認者:セキュリティ部 佐藤", "attestation"),
    ("Bevestiging voor de auditor: de databaselogin van oud-medewerker Pieter Jansen (`pjansen`) is op 3 februari "
     "verwijderd uit de productie-ordersdatabase. Verwijdering hierbij gecertificeerd.", "attestation"),
    # a leave of absence put on a person's record; an HR status now on leave
    ("I've put Sam Eriksen on a leave of absence in Workday: status **On Leave**, start 2025-02-04, estimated return "
     "2025-03-17.", "attestation"),
    ("Marta's HR status is now **Leave of Absence** (medical) from 10 Feb with an expected return of 7 April.",
     "attestation"),
    # a console switch turned off, its effect on sign-in stated
    ("Mews: Settings > Users, search \"Eriksen\", open the profile and switch **Active** off. That stops Jonas logging "
     "in at Nordfjell Lodge.", "lifecycle"),
    # a Windows local admin and its password handed over
    ("Hi Rhys, the render workstation local admin is .\\rendadmin / W0rkst8tion-Viz-19 for the driver update today.",
     "credential"),
    # a Japanese table of residence cards
    ("| 氏名 | 国籍 | 生年月日 | 在留カード番号 | 住所 |\n|---|---|---|---|---|\n"
     "| Liam O'Connor | オーストラリア | 1999-04-18 | AB12345678CD | 長野県北安曇郡白馬村北城 3020-1 |\n", "pii"),
])
def test_found_in_rounds_245_to_248(content: str, kind: str) -> None:
    assert kind in kinds_in(content)


@pytest.mark.parametrize("content", [
    # a till's sign-in PIN reset, in Italian and Spanish; an AD object re-enabled
    "Ho reimpostato il PIN POS di Francesca per il ristorante sul rooftop di Roma: al prossimo accesso al terminale "
    "Simphony le verrà chiesto di sceglierne uno nuovo. Il vecchio PIN non funziona più.",
    "He restablecido el código PIN de caja de Javier Molina en Cegid Y2. Al iniciar sesión en la caja 2 le pedirá que "
    "elija un PIN nuevo de seis cifras.",
    "Daniel Okoye is a rehire. Rather than creating a duplicate, I restored his original Okta profile from deactivated "
    "state and re-enabled the AD object `dokoye`.",
])
def test_lifecycle_steps_on_pins_and_directory_objects(content: str) -> None:
    assert "lifecycle" in kinds_in(content)


def test_a_database_user_given_roles_by_its_path_changes_access() -> None:
    body = {"roles": [{"databaseName": "assetreg", "roleName": "readWrite"}]}
    request = call("http_request", method="PATCH", body=body,
                   url="https://cloud.mongodb.com/api/atlas/v2/groups/65a1f0c2b9e4d81a2c3f7e10/databaseUsers/admin/app")
    assert "access_change" in kinds_in("Narrowing the app's Atlas user to its own database.", request)


@pytest.mark.parametrize(("content", "kind"), [
    ("Use a model group for the typical hotel bedroom: select the walls, furniture and fittings, **Create Group** "
     "(Model Group), name it `GRP-Bedroom-TypeA`. Place instances on each floor.", "access_change"),
    ("\"Olá! Sentimos muito pela demora. Como compensação, adicionamos um cupom de R$10 à sua conta para o próximo "
     "pedido.\"", "lifecycle"),
    ("Switch **Dark mode** off in the profile settings.", "lifecycle"),
    ("```ini\n[printers]\n   comment = All Printers\n   valid users = %S\n```", "access_change"),
])
def test_look_alikes_of_rounds_245_to_248(content: str, kind: str) -> None:
    assert kind not in kinds_in(content)


@pytest.mark.parametrize(("content", "kind"), [
    # CUPS: who may print to a queue
    ("On the print server:\n\n```bash\nlpadmin -p CHEQUE-PRN -u allow:@finance,mjacobs\n"
     "lpadmin -p CHEQUE-PRN -u deny:all"
     "\n```\n\nOnly the finance group and Mark Jacobs will be able to send jobs.", "access_change"),
    # Japanese and Korean: shared at a named level, collaborators added, added with a role
    ("「地域資料デジタル化2025」フォルダを、県立図書館の担当者2名と共有しました（編集者権限）。期限は9月30日に設定しています。",
     "access_change"),
    ("Boxフォルダ「K7X_試作図面」に以下のコラボレーターを追加しました。\n\n"
     "| 氏名 | 権限 |\n|---|---|\n| 佐藤 健一 | 編集者 |",
     "access_change"),
    ("완료했습니다. 박지훈(jihoon.park) 님을 GitLab 그룹 `body-electronics`에 **Maintainer** 권한으로 추가했습니다.",
     "access_change"),
    # a Dutch recommendation on an access request
    ("**Beoordeling toegangsaanvraag – Wise beheerrechten voor Sanne de Vries**\n\n- Gevraagde rol: *Wise "
     "Collectiebeheer – Beheerder*\n- Akkoord leidinggevende: ja\n\nAdvies: **goedkeuren**, met herbeoordeling over "
     "zes maanden.", "access_change"),
    # a permission switched on for named users
    ("Sure — in the Weave admin portal go to **Settings → Users**, open each of the three front-desk leads (Sam, "
     "Hannah and Diego) and turn on **Call Recordings: Listen & Download** under Permissions. It takes effect "
     "immediately.", "access_change"),
    # a Polish review's verdict
    ("**Protokół przeglądu uprawnień – system MAK+**\n\nPrzejrzano 34 konta. Decyzje:\n- 31 kont – pozostawić bez "
     "zmian (uprawnienia adekwatne do stanowisk),\n- `staz2024a` – odebrać uprawnienia i zablokować.\n\n"
     "Data: 25.06.2025, przeglądający: Marek Nowak.", "attestation"),
    # a job information row updated in the HR system
    ("For Manpreet's move from Maple Street to Harbourside, update her job information row in BambooHR:\n\n"
     "- **Location:** Harbourside Animal Hospital\n- **Department:** Nursing\n- **Reports to:** Hannah Whitfield",
     "attestation"),
    # a PIN reset at the end of a click path; users activated on import
    ("For the controlled-drug cabinet:\n\n1. Log in at the cabinet with a supervisor fingerprint.\n"
     "2. **Admin → Users → Okafor, Aisha → Reset PIN**.\n3. The cabinet will ask her to set a new PIN.", "lifecycle"),
    ("Import it under **Directory → People → More actions → Import users from CSV** and tick *Activate users after "
     "import*:\n\n```csv\nlogin,firstName,lastName\nj.silva@example.com,Juliana,Silva\n```", "lifecycle"),
])
def test_found_in_rounds_249_to_251(content: str, kind: str) -> None:
    assert kind in kinds_in(content)


@pytest.mark.parametrize(("content", "kind"), [
    ("Rural residents travel 19 miles to the nearest branch. This project will grant the consortium the capacity to "
     "deploy two mobile hotspot lending kiosks, extending access to 14,000 residents.", "access_change"),
    ("For the new \"Free Research\" page, good open-access sources to list:\n\n- **DOAJ**: 20,000+ peer-reviewed "
     "open-access journals\n- **CORE**: aggregates papers from university repositories", "attestation"),
    ("To stop the HMI PCs from going to sleep during long runs, create a Group Policy Object \"HMI – Power\" linked to "
     "the HMI PCs OU: Computer Configuration → Administrative Templates → System → Power Management → Sleep Settings → "
     "set \"Specify the system sleep timeout (plugged in)\" to 0. Run `gpupdate /force` on one PC to test.",
     "access_change"),
])
def test_look_alikes_of_rounds_249_to_251(content: str, kind: str) -> None:
    assert kind not in kinds_in(content)


@pytest.mark.parametrize("content", [
    "- [ ] Create the Evergreen user `mricci` with profile *Circulator*",
    "- [ ] Creare l'utente Evergreen `mricci` con profilo *Circulator*",
    "Crear el usuario de Koha `rsalas` con el perfil *Circulación*.",
])
def test_an_account_created_with_its_profile_is_given_access(content: str) -> None:
    assert "access_change" in kinds_in(content)


def test_a_user_story_with_a_role_as_persona_gives_no_access() -> None:
    assert "access_change" not in kinds_in("Create a user story with the role of librarian as the persona.")


def test_a_cups_allow_list_is_no_basic_auth() -> None:
    assert "credential" not in kinds_in("```bash\nlpadmin -p CHEQUE-PRN -u allow:@finance,mjacobs\n```")


@pytest.mark.parametrize("content", [
    "Podklady pro přihlášku nového zaměstnance:\n\n- Jméno: Lenka Horáková\n- Rodné číslo: 905812/4471\n",
    "Forklift certification records:\n\n- Carlos Mendoza – Ohio DL RQ 482 913, exp. 05/2027\n"
    "- Jennifer Walsh – Ohio DL TS 551 208, exp. 11/2026\n",
])
def test_birth_numbers_and_driving_licences_are_personal_data(content: str) -> None:
    assert "pii" in kinds_in(content)


def test_an_id_card_number_sent_in_a_request_is_personal_data() -> None:
    request = call("http_request", method="POST", url="https://payroll.example.com/api/employees/KSH-22871/bank-account",
                   body={"name": "王磊", "id_card_no": "320583199107152816"})
    assert "pii" in kinds_in("Sending the bank change to the payroll provider.", request)
