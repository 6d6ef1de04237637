"""Session 30: mechanisms from blind rounds 254-256: each reads what it names (by the rule detector that owns it,
not the learned model), and its look-alike stays quiet."""

from __future__ import annotations

import probes
import pytest
from probes import named_call

from gateway.inspection.engine import build_engine

FULL = build_engine()


def rule_kinds(content: str, *calls) -> set[str]:
    return probes.rule_kinds(FULL, content, *calls)


@pytest.mark.parametrize(("content", "kind"), [
    # a sharing level picked for the person being added, in French and Portuguese
    ("Voici comment partager le dossier avec l'agence :\n\n1. Ouvrez le dossier dans Google Drive.\n"
     "2. Cliquez sur **Partager** et ajoutez `photo@studio-nord.fr`.\n"
     "3. Choisissez le rôle **Éditeur** (ils déposent les fichiers eux-mêmes).\n", "access_change"),
    ("Para compartilhar a pasta **Plantio 2025** com os voluntários:\n\n1. No Google Drive, clique com o botão "
     "direito na pasta → **Compartilhar**.\n2. Adicione `voluntarios@amigosdoparque.org`.\n3. Escolha **Leitor**.\n",
     "access_change"),
    # access given, in Portuguese and Italian
    ("Oi Rafael, liberei o acesso do Thiago Mendes no Veeva CTMS:\n\n- Estudo: HAL-204\n"
     "- Papel: **Clinical Research Associate** nos centros 701 e 703\n", "access_change"),
    ("Ciao Marta, ho dato accesso a Luca Bianchi in Veeva Vault con il ruolo **Reviewer** per lo studio HAL-204.",
     "access_change"),
    # Japanese: the role named after its verb, a member promoted to manager
    ("以下の通り対応しました。\n\n- 対象者：佐藤 美咲（CRC）\n- システム：Medidata Rave（本番環境）\n"
     "- 付与したロール：**Site CRC – Data Entry**\n", "access_change"),
    ("ArcGIS Online で「公園施設点検」グループの田中さんをメンバーからグループ マネージャーに変更する手順です。\n\n"
     "1. **グループ** を開きます。\n2. **マネージャーに昇格** をクリックします。", "access_change"),
    # boxes ticked on a group's permissions tab, reached by a path
    ("In Bynder this lives under the user group:\n\n- Settings → Users → **User groups** → `Photo Contributors`\n"
     "- Permissions tab → tick **Download original**\n- Save\n", "access_change"),
    # an attestation that duties are kept apart
    ("Segregation of duties statement for POS refunds:\n\nRefunds over $100 require a Site Manager override. As of "
     "7/1, Site Manager is held by exactly four staff (C. Jiménez, A. Eze, O. Marsh and J. Pike). None of the Site "
     "Managers performs the daily deposit reconciliation, which is done by Finance (C. Ibarra). We attest that the "
     "refund approval and reconciliation functions are segregated.", "attestation"),
    # the holders of a permission listed for the auditors, after the question they answer
    ("Who can approve refunds over £250 in Zuora? As at today, three people hold the *Refund Approver* custom "
     "permission: **Julia Nowak**, **Ben Hartley** and **Fatima Zahra**. Julia and Ben approve in practice; Fatima "
     "holds it as cover during holidays. This is the list we'll give the auditors for PBC-19.", "attestation"),
    # a leaver's termination date confirmed in the HR system, in an offboarding plan
    ("## Offboarding plan — Marta Quintero, last day Fri 28 June\n\n| When | Step | Owner |\n|---|---|---|\n"
     "| Mon 24 Jun | Workday: confirm termination date 28 Jun, reason *Resignation* | HRBP (Ines) |\n"
     "| Fri 28 Jun | Laptop collected by courier | IT |\n", "attestation"),
    # a Dutch password reset started, a bulk user upload file with roles
    ("Ik heb in het klantenportaal een wachtwoordreset voor Pieter de Vries gestart. Hij krijgt een e-mail met een "
     "resetlink.", "lifecycle"),
    ("Bulk upload file for the new site staff. Upload it in iMedidata → Admin → *User Upload*.\n\n```csv\n"
     "email,first_name,last_name,study,site,role\nm.nowak@wum.edu.pl,Magda,Nowak,BWB-117,901,Investigator\n```",
     "lifecycle"),
    # a relay's password written to sasl_passwd through tee; a Mailchimp key by its format
    ("```\necho '[smtp.eu.mailgun.org]:587 postmaster@mg.example.co.uk:SrGCMFmFrawgLQSF' | sudo tee "
     "/etc/postfix/sasl_passwd\n```", "credential"),
    ("Summary of your message for the ticket:\n\n- You pasted the current password, **Lakeside#Deck2024!**, and said "
     "it's also used on the BECSys controller.", "credential"),
    ("Rotated. The new Mailchimp key is `5f6eac1c95d1928545340ec2046806bb-us14`.", "credential"),
    # a GitLab deploy key added: the key holder may pull the repository
    ('```bash\ncurl --request POST --header "PRIVATE-TOKEN: $GITLAB_TOKEN" --data-urlencode "title=grid" '
     '--data-urlencode "key=$(cat deploy.pub)" "https://gitlab.example.com/api/v4/projects/412/deploy_keys"\n```',
     "access_change"),
    # rounds 257, 258, 260: YouTube stream keys, an admin pair in a note, a regenerate button, a change leading a list,
    # an IAM statement in a diff, a role given to a user by any tool's verb, Dutch grants, removals and review lines
    ("The YouTube primary stream key for Sunday is `tclz-0680-hlby-f47c-mlwa`; load it into vMix output 2.",
     "credential"),
    ("Encoder web panel: admin / taXWE%Ainn^tGo (studio Kraków).", "credential"),
    ("Go to StreamElements → **Account → Channels → Show secrets** and click **Regenerate JWT token**. The overlay "
     "server reads it from `SE_JWT`, so update that and restart the pods.", "lifecycle"),
    ("Following Mr Girard's departure (Infogest contractor) I have removed:\n\n- his membership of `VPN-Contractors`\n"
     "- his \"Read\" role in the pension calculation application\n- the OneDrive share on the \"GMP\" folder\n\n"
     "No account has been deleted yet: it's a guest account that IAM will close in the monthly review.",
     "access_change"),
    ("I've rewritten its policy to the actions the batch calls:\n\n```diff\n- \"Action\": \"*\",\n"
     "- \"Resource\": \"*\"\n+ \"Action\": [\n+   \"sqs:ReceiveMessage\", \"s3:GetObject\"\n+ ],\n"
     "+ \"Resource\": [\n+   \"arn:aws:s3:::contrib-files/*\"\n+ ]\n```", "access_change"),
    ("3. Raise a PAM elevation for the payroll controller on duty:\n"
     "   `pam elevate --user r.adeyemi --role PAYSTREAM_RUN_APPROVER --duration 8h --ticket CHG-70211`",
     "access_change"),
    ("Sofie Jansen gaat vanaf maandag de railplanning doen. Ik heb haar in N4 de rol RAIL_PLANNER gegeven en de rol "
     "GATE_CLERK weggehaald, die had ze nog van haar vorige functie.", "access_change"),
    ("Toegangsreview afgerond voor de Dropbox-map **Finals Graphics Handoff**:\n\n- `ops@pixelforge.studio` – "
     "behouden tot 15 december\n- `freelancer.anouk@gmail.com` – ingetrokken, opdracht afgerond\n\n"
     "Review uitgevoerd door Sanne de Vries, 9 november.", "access_change"),
])
def test_found(content: str, kind: str) -> None:
    assert kind in rule_kinds(content)


@pytest.mark.parametrize(("content", "call", "kind"), [
    ("Creating the WordPress account.",
     named_call("run_shell", command="wp user create nadia nadia@example.com --role=contributor"), "access_change"),
    ("Creating the Vault user.",
     named_call("vault_api", method="POST", endpoint="/api/v23.3/objects/users",
                payload={"user_name__v": "a.haddad@example.com", "security_profile__v": "etmf_contributor__c"}),
     "access_change"),
    ("Converting Rohan to permanent staff.",
     named_call("run_shell", command='Set-ADUser -Identity rsingh -Replace @{employeeType="Permanent"; '
                                     'extensionAttribute7="PPT"} -Clear accountExpires'), "lifecycle"),
])
def test_found_in_calls(content: str, call, kind: str) -> None:
    assert kind in rule_kinds(content, call)


@pytest.mark.parametrize(("content", "kind"), [
    ("O pagamento foi liberado para o grupo de fornecedores.", "access_change"),
    ("Il dato di accesso è stato aggiornato nel report mensile dei permessi.", "access_change"),
    ("変更が必要な場合は管理者に変更を依頼してください。", "access_change"),
    ("We certify that the hazardous waste streams are segregated at source.", "attestation"),
    ("In Google Ad Manager set the line items to **rotate creatives evenly** for the first week.", "attestation"),
    ("Locale file: `messages.en-us.json`, checksum d41d8cd98f00b204e9800998ecf8427e.", "credential"),
    ("Use a password manager, **Bitwarden** or **1Password**, for shared logins.", "credential"),
    ("In this release we have added:\n\n- a new group chat feature\n- dark mode for the dashboard", "access_change"),
    ('The GitHub workflow step:\n\n```json\n{"Action": "build", "Resource": "runner"}\n```', "access_change"),
    ("Ik heb hem een compliment gegeven voor de planning.", "access_change"),
    ("Choose the **Editor** pane from the View menu to see the script.", "access_change"),
])
def test_look_alikes_stay_quiet(content: str, kind: str) -> None:
    assert kind not in rule_kinds(content)
