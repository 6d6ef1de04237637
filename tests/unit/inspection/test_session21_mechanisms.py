"""Session 21: mechanisms from blind rounds 153, 154, 156-158 and 160 (an airline, a pharmaceutical
manufacturer, an e-commerce scale-up, an insurer, a logistics company, a game studio): each reads what it
names, and its look-alike stays quiet."""

from __future__ import annotations

import pytest
from probes import engine_call_kinds, engine_kinds

from gateway.inspection.engine import build_engine

FULL = build_engine()


def text(content: str) -> set[str]:
    return engine_kinds(FULL, content)


def call(name: str, arguments: dict, content: str = "") -> set[str]:
    return engine_call_kinds(FULL, name, arguments, content)


@pytest.mark.parametrize(("content", "kind"), [
    ("Unsealing the staging Vault after the upgrade:\n\n```\nvault operator unseal "
     "Qm3vT9xLr2Wp8Kd5Zn7Yc4Hb6Jf1Ms0Ng2Rt8Vx5Lq9E\nvault operator unseal "
     "Hs4Kd8Pm2Xv7Qn5Rt1Wz9Lc3Fb6Jy0Ug8Ne2Ta5Vk7M\n```", "credential"),
    ("Use this incoming webhook in the Grafana contact point:\n\n`https://acmeair.webhook.office.com/webhookb2/"
     "3f9c2a71-5d8e-4b06-a1c3-7e2f0d9b4a58@c2f7a9d1-4b3e-4a60-8e25-1f0b9c7d6e83/IncomingWebhook/"
     "8a8de5c6d88320f8c5ffdee9927c1659/d4e1b7a0-3c92-4f68-8b15-2a0e9c7d3f61`", "credential"),
    ("The Jira automation webhook for the validation tickets:\n\n"
     "`https://automation.atlassian.com/pro/hooks/4f9a2c71e8b3d05a6c1e7f94b2d8a3c6e0f5b71d`", "credential"),
    ("Ownership check from the support tool:\n\n```bash\ncurl \"https://partner.steam-api.com/ISteamUser/"
     "CheckAppOwnership/v2/?key=C9B0061EC5933C099431557F3003E061&steamid=76561198012345678\"\n```", "credential"),
    ("The depot upload step:\n\n```bat\nsteamcmd.exe +login depot_uploader Gk4FeVisEf!13 +run_app_build app.vdf "
     "+quit\n```", "credential"),
    ("Output of `p4 -u svc-sync login -a -p` on the tools VM, paste it into the integration:\n\n```\n"
     "BF6DF083A171DDBE9996095E2644DE90\n```", "credential"),
    ("Het wachtwoord voor de FTP-koppeling stuur ik in twee delen:\n\ndeel 1: `Pn8-Vx`\ndeel 2: `q2!Lw-ftp`\n\n"
     "Samen is dat het wachtwoord voor gebruiker `edi_user`.", "credential"),
])
def test_secrets_of_vaults_webhooks_and_game_platforms_are_credentials(content: str, kind: str) -> None:
    assert kind in text(content)


@pytest.mark.parametrize("content", [
    "Run `vault operator unseal` three times and paste one key share each time when it prompts.",
    "Incoming webhooks look like `https://<tenant>.webhook.office.com/webhookb2/<id>/IncomingWebhook/<key>`.",
    "```bat\nsteamcmd.exe +login anonymous +app_update 740 validate +quit\n```",
])
def test_their_documented_shapes_are_not(content: str) -> None:
    assert "credential" not in text(content)


@pytest.mark.parametrize(("content", "kind"), [
    ("UPDATE LIMS.LIMS_USERS SET ACCOUNT_LOCKED = 'F', FAILED_LOGIN_COUNT = 0 WHERE USER_NAME = 'SOCONNOR';",
     "lifecycle"),
    ("```sql\nCREATE OR REPLACE ROW ACCESS POLICY governance.rap_claims AS (flag BOOLEAN) RETURNS BOOLEAN ->\n"
     "  NOT flag OR IS_ROLE_IN_SESSION('SIU_INVESTIGATOR');\n```", "access_change"),
    ("If the deprovision did not reach the system, deactivate directly:\n\n```apex\nfor (User u : leavers) "
     "{ u.IsActive = false; }\nupdate leavers;\n```", "lifecycle"),
    ("```apex\nSystem.resetPassword('0055e00000CrV9sAAF', true);\n```", "lifecycle"),
    ("Run this in the scratchpad:\n\n```gosu\nvar ur = new UserRole(bundle)\nur.Role = role\nuser.addToRoles(ur)\n```",
     "access_change"),
    ("New RACF ID for the systems programmer:\n\n```\nADDUSER U58841 NAME('OYELARAN, T') DFLTGRP(SYSPROG) "
     "OWNER(SECADM)\n```", "access_change"),
    ("Create the mapping:\n\n```powershell\nAdd-PIMapping -Name \"PE_Ferm\" -PrincipalName \"CORP\\GRP-PI-Eng\" "
     "-Identity \"PIEngineers\"\n```", "access_change"),
    ("Service account for the build farm:\n\n```bash\nop service-account create \"buildfarm\" --expires-in 90d\n```\n\n"
     "The token is printed once; store it in Vault right away and note who owns it.", "lifecycle"),
    ("Insert these lines above the catch-all exclusion:\n\n```\n    write group ext-art-vendor * //depot/Game/Art/...\n"
     "    read  group ext-art-vendor * //depot/Game/Binaries/...\n```\n\nThen run `p4 protect` and save.",
     "access_change"),
    ("Fixed it by authorising that pipeline:\n\n```bash\naz devops invoke --area pipelinePermissions --resource "
     "pipelinePermissions --http-method PATCH --in-file perms.json\n```", "access_change"),
])
def test_code_and_commands_that_change_accounts_or_access(content: str, kind: str) -> None:
    assert kind in text(content)


@pytest.mark.parametrize("content", [
    "SELECT USER_NAME, ACCOUNT_LOCKED, FAILED_LOGIN_COUNT FROM LIMS.LIMS_USERS WHERE ACCOUNT_LOCKED = 'T';",
    "```sql\nSHOW ROW ACCESS POLICIES IN SCHEMA governance;\n```",
    "```python\nfeature.enabled = False\nbanner.active = True\n```",
    "I only looked, nothing changed:\n\n```\n$ p4 protects -u lromero //game/Art/...\n"
    "write group art-contractors * //game/Art/Characters/...\n```",
    "```bash\naz devops invoke --area pipelinePermissions --resource pipelinePermissions --http-method GET\n```",
])
def test_their_reads_and_look_alikes_are_not(content: str) -> None:
    assert not {"access_change", "lifecycle"} & text(content)


@pytest.mark.parametrize(("content", "kind"), [
    ("Die AMOS-Benutzerkonten der ausgeschiedenen Mechaniker wurden gelöscht:\n\n- `KHOFMANN` (Karl Hofmann)\n"
     "- `SLANGE` (Stefan Lange)", "lifecycle"),
    ("Feito. Removi os métodos de autenticação antigos da Beatriz Costa (agente de check-in); no próximo login vai "
     "ser pedido para registar de novo.", "lifecycle"),
    ("Regenerated the Slack incoming webhook for #builds (the old one was pasted into a public Jira comment). The new "
     "URL is in Key Vault; the notifier reads it from there.", "lifecycle"),
    ("Removed `r.castellano@contractor.example.org` from **AWS-Prod-ReadOnly** and **AWS-Prod-Billing** in Okta. His "
     "account stays active because the SOW runs until March; it's only the prod AWS tiles that go.",
     "access_change"),
    ("Done – you're in `APP-TMS-Planners` now, log out of Okta and back in and the tile should show.",
     "access_change"),
    ("For the dormant accounts list you sent (no LIMS login in over 180 days), my decision as system owner is to "
     "revoke all nine. None of them has a documented business need. Please raise the removal task.", "attestation"),
    ("Cierre del ticket ACC-3310: confirmado que el usuario `pixelnomad` ya no figura como colaborador externo en "
     "ningún repositorio de la organización. Eliminación verificada.", "attestation"),
    ("Für Aiyana im Shopify-Admin unter **Einstellungen → Nutzer und Berechtigungen → Aiyana Redcloud** folgende "
     "Häkchen setzen:\n\n- Bestellungen → *Bestellungen rückerstatten*\n- Bestellungen → *Bestellungen bearbeiten*\n\n"
     "Speichern, dann hat sie die Rechte beim nächsten Laden.", "access_change"),
])
def test_prose_steps_and_records(content: str, kind: str) -> None:
    assert kind in text(content)


@pytest.mark.parametrize("content", [
    "Our decision is to keep the vendor for another year; the renewal is on the agenda.",
    "To see what someone can do, open Settings → Users and permissions → their name; nothing there needs changing.",
    "You're in the queue now; the support desk answers within a day.",
])
def test_prose_look_alikes(content: str) -> None:
    assert not {"access_change", "lifecycle", "attestation"} & text(content)


def test_a_role_mapping_file_committed_lists_a_role_s_holders() -> None:
    files = {"access/role-mapping.yaml": "sites:\n  leiden:\n    BATCH_RECORD_REVIEWER:\n      - jvandam\n"
                                         "      - rmensah\n"}
    assert "access_change" in call("git_commit", {"repo": "org/mes-access", "message": "add reviewer",
                                                  "files": files})


def test_a_site_role_set_on_users_is_access() -> None:
    assert "access_change" in call("tableau_update_user", {"site": "Manufacturing", "users": ["kfrost"],
                                                           "siteRole": "Viewer"})


def test_a_firefighter_id_checked_out_is_access() -> None:
    assert "access_change" in call("sap_grc_ff_request", {"firefighter_id": "FF_EWM_01", "requester": "lgarza",
                                                          "valid_to": "2024-11-12T18:00:00"})


@pytest.mark.parametrize("content", [
    "`Get-ADUser rmoreno -Properties LockedOut` shows the account is locked since 05:12. I haven't unlocked it: she "
    "needs to call the service desk for identity verification first.",
    "Adding the names to the school group booking now that the teacher has sent the list of pupils travelling.",
])
def test_a_state_read_off_a_tool_and_a_group_of_travellers_are_not_steps(content: str) -> None:
    assert not {"access_change", "lifecycle"} & text(content)


def test_a_booking_s_group_is_travellers() -> None:
    arguments = {"record_locator": "6TQ8ZP", "action": "add_names_to_group", "names": ["GARCIA/LUCIA MISS"],
                 "group_name": "SCHOOL"}
    assert "access_change" not in call("amadeus_pnr_update", arguments)


def test_an_account_locked_by_an_admin_is_still_a_step() -> None:
    assert "lifecycle" in text("Done: the account of Ruth Moreno has been locked until HR confirms her leave date.")


@pytest.mark.parametrize(("content", "kind"), [
    ("Each customer sees only their own lots:\n\n```sql\nCREATE POLICY lots_by_customer ON portal.lot_status\n"
     "  FOR SELECT\n  TO portal_customer\n  USING (customer_code = current_setting('app.customer_code'));\n```",
     "access_change"),
    ("Let the CI agent run as `drcbot`:\n\n```\ncat >> ~drcbot/.k5login <<'X'\n"
     "jenkins/ci01.example.net@EXAMPLE.NET\nX\n```", "access_change"),
    ("```bash\nipa-getkeytab -s ipa01.example.net -p nfs/nfs01.example.net@EXAMPLE.NET -k /etc/krb5.keytab.new\n```",
     "lifecycle"),
    ("```bash\nPW=$(az acr token credential generate -r shopacr -n kiosk-pull --password1 --query "
     "\"passwords[0].value\" -o tsv)\n```", "lifecycle"),
    ("yep added you to #sec-incidents-private, refresh slack", "access_change"),
])
def test_row_policies_kerberos_logins_and_registry_tokens(content: str, kind: str) -> None:
    assert kind in text(content)


def test_a_keytab_only_read_is_no_rotation() -> None:
    command = "ipa-getkeytab -s ipa01.example.net -p nfs/nfs01@EXAMPLE.NET -k /tmp/kt -r"
    assert "lifecycle" not in text(f"```bash\n{command}\n```")


def test_a_named_user_set_inactive_is_a_lifecycle_step() -> None:
    assert "lifecycle" in text("In Teamcenter Organization, set user **ext.pchandra** to *Inactive* and set the "
                               "licence level to none. Don't delete him: he owns 41 datasets.")


@pytest.mark.parametrize(("content", "found"), [
    ("Schedule for the ITGC walkthroughs:\n\n- Mon 10:00: user provisioning: IAM team\n"
     "- Tue 09:30: terminated users: HR Ops + IAM\n- Wed 10:00: backup & restore: Infrastructure", False),
    ("I disabled users: jdoe and asmith, as you asked.", True),
])
def test_an_audit_topic_named_by_a_participle_is_no_step(content: str, found: bool) -> None:
    assert ("lifecycle" in engine_kinds(FULL, content, "prose")) is found
