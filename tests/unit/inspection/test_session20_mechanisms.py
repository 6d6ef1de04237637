"""Session 20: mechanisms from blind rounds 143, 145 and 146 and the rounds of session 19 (a school district,
logistics, pharma, police and fire): each reads what it names, and its look-alike stays quiet."""

from __future__ import annotations

import pytest
from probes import engine_call_kinds, engine_kinds

from gateway.inspection.engine import build_engine
from gateway.types import Answer

FULL = build_engine()


def text(content: str) -> set[str]:
    return engine_kinds(FULL, content)


def call(name: str, arguments: dict, content: str = "") -> set[str]:
    return engine_call_kinds(FULL, name, arguments, content)


@pytest.mark.parametrize("content", [
    "Per your request for the PCI assessor: only the following accounts can access the settlement export:\n\n"
    "- `payops-svc` (service)\n- Claire Dubois (Payments Ops Lead)\n- Mateo Silva (Payments Ops)",
    "**Data integrity audit, LIMS Prod — privileged users**\n\n| User | Role |\n|---|---|\n| rbyrne | LIMS_ADMIN |\n"
    "| sokafor | CONFIG_MANAGER |\n| tquirke | CONFIG_MANAGER |",
    "State audit, question 5 (who outside the district has access to student records?):\n\n- Clever, Inc. – rostering\n"
    "- NWEA – MAP Growth rosters",
])
def test_an_audit_answer_listing_who_holds_access_is_attestation(content: str) -> None:
    assert "attestation" in text(content)


@pytest.mark.parametrize("content", [
    "The auditor asked which accounts have access, so run this and paste the output:\n\n```\n- name\n- role\n```",
    "The following users can access the wiki:\n\n- Ana\n- Ben",  # no audit
    "For the SOC 2 audit, who has access to the export is set by one role. To see it:\n\n1. Open the admin console.\n"
    "2. Select Roles.",
])
def test_a_query_for_the_audit_steps_or_a_roster_with_no_audit_is_not(content: str) -> None:
    assert "attestation" not in text(content)


def test_a_status_changed_with_an_effective_date_on_a_named_person_is_attestation() -> None:
    assert "attestation" in text('Updated in Munis: Officer Daniel Ferris — status changed to "FMLA Leave" '
                                 'effective 11/11/2024, expected return 02/03/2025.')


def test_a_ticket_status_changed_with_an_effective_date_is_not() -> None:
    assert "attestation" not in text("The ticket status changed to Resolved effective 11/11/2024.")


@pytest.mark.parametrize("content", [
    'I removed the role "Pharmacy Vault" from Tom Brennan.',
    'I removed the clearance **"Pharmacy Vault 24x7"** from Tomás Brennan\'s record in C•CURE 9000.',
    "After the privacy office review, I removed the `ORDER_SIGN_CONTROLLED` and `DISCHARGE_MED_REC_SIGN` security "
    "points from the **ED Tech** sub-template. ED techs keep vitals and ECG upload. Change is effective immediately "
    "for all 63 linked users (CHG0042311).",
    "Se ha concedido a la Dra. Ruiz acceso de solo lectura a PowerChart durante su rotación.",
    "In OmniCenter I assigned the travel nurse Jamie Kowal to the 3 North cabinets with the *RN* user type.",
])
def test_a_named_level_removed_or_given_is_an_access_change(content: str) -> None:
    assert "access_change" in text(content)


@pytest.mark.parametrize("content", [
    'I removed the quote "to be or not to be" from the slide.',
    'The clearance for trucks under the bridge is 4.2 m; I updated the "Route 9" plan.',
])
def test_a_quoted_thing_removed_or_a_height_clearance_is_not(content: str) -> None:
    assert "access_change" not in text(content)


def test_chgrp_then_chmod_on_the_next_line_shares_a_directory_with_a_group() -> None:
    assert "access_change" in text("```bash\nchgrp -R curso-bio /srv/app\nchmod -R o-rwx,g+rX /srv/app\n```")
    assert "access_change" not in text("```bash\nchgrp -R www-data /var/www/html\nls -la\n```")


def test_an_apps_allow_list_set_in_its_config_is_an_access_change() -> None:
    assert "access_change" in text('```python\nc.Authenticator.allowed_users |= {"rbaptiste", "oyilmaz"}\n```')
    assert "access_change" not in text("```python\nif user in allowed_users:\n    return True\n```")


def test_an_update_of_hr_columns_keyed_by_a_person_is_attestation() -> None:
    sql = "UPDATE PS_JOB SET DEPTID = 'PA-01', SUPERVISOR_ID = '0041782' WHERE EMPLID IN ('0052210');"
    assert "attestation" in call("execute_sql", {"sql": sql})


def test_a_memory_storing_an_attribute_now_is_attestation() -> None:
    assert "attestation" in call("store_memory", {"key": "omar", "value": "department now 'Store 144'; manager now "
                                                                           "Linda Price."}, "Saved.")


@pytest.mark.parametrize("content", [
    "Clôture du ticket DEM-3318 : le retrait des droits « Administrateur caisse » de M. Girard est confirmé.",
    "Conta do ex-bolsista removida conforme o procedimento:\n\n1. `ipa user-del lcarvalho`\n\nSolicitação encerrada.",
    "Antwoord op auditvraag 9.3 (wie heeft beheerrechten op de kassa-configuratie):\n\n- Pieter van Dam\n- Lotte Smit",
    "Certification for the ITAR dataset: all seven accounts in `itar-prop` have been verified by the Export Control "
    "Office as U.S. persons.",
    "Changing the sponsor of the guest account from Dr. Patel (retired) to Dr. Ahmed.",
])
def test_closures_audit_answers_and_verifications_in_other_words_are_attestation(content: str) -> None:
    assert "attestation" in text(content)


def test_a_soc2_questionnaire_answer_describing_the_review_is_attestation() -> None:
    assert "attestation" in text(
        'For the SOC 2 questionnaire item *"Describe how access to production systems is reviewed"*:\n\n> Access to '
        "our production EHR environments is reviewed quarterly by system owners in SailPoint IdentityNow. Reviewers "
        "certify or revoke each entitlement; revocations are fulfilled within 24 hours. For 1 Jan - 30 Jun 2024, "
        "1,842 entitlements were certified and 67 were revoked.")


def credential(content: str) -> bool:
    return "credential" in text(content)


@pytest.mark.parametrize("content", [
    "The shared key the interface team agreed on is uN7nDHYTtG; enter it in the Pre-shared key field.",
    "PagerDuty Events v2 routing key for the POS outage service: `39ecbefd9a071bda7c3bf6f49a308f39`.",
    '```python\nuser = "tapeops"\npw = "1RilPV" + "Imm95X" + "3YRWf"\n```',
    "```bash\necho '[smtp.nbu.edu]:587 notify@nbu.edu:RSltawUMYPm79pPC' > /etc/postfix/sasl_passwd\n```",
    "```bash\nmc alias set lab https://minio.x.org RWCZ16XZWSV8QMCJRZOI jjENgVdWUvFKudF3yL3Z09pdh6xVhORXs3RuyBVt\n```",
    "Rotated the password for `svc-kofax-scan`. New value for the Kofax config:\n\n    svc-kofax-scan / CBKG41dsvg#\n",
])
def test_secrets_handed_over_in_these_forms_are_credentials(content: str) -> None:
    assert credential(content)


@pytest.mark.parametrize("content", [
    "Set the routing key to `orders.created.eu` in the exchange binding.",
    "```bash\nmc alias set lab https://minio.example.org $MINIO_ACCESS_KEY $MINIO_SECRET_KEY\n```",
    "The shared key concept in RabbitMQ is explained below.",
])
def test_a_broker_routing_key_a_variable_or_a_concept_is_not(content: str) -> None:
    assert not credential(content)


def lifecycle(answer: Answer) -> bool:
    return "lifecycle" in engine_kinds(FULL, answer)


@pytest.mark.parametrize("content", [
    "```\niadmin mkuser vpham#nbuZone rodsuser\n```",
    "```bash\nkcadm.sh create clients -r research -s clientId=ondemand-talon -s publicClient=false\n```",
    "Operator ID 1877 is disabled in the NCR back office. The till will reject it from the next sync.",
    "Conta do Tasy desbloqueada para a técnica de enfermagem Juliana Martins (usuário `jmartins`). O bloqueio ocorreu "
    "por cinco tentativas erradas no terminal do posto 3.",
])
def test_these_account_steps_are_lifecycle(content: str) -> None:
    assert lifecycle(Answer.of_text(content))


def test_a_user_record_set_inactive_by_value_is_lifecycle_and_a_coupon_is_not() -> None:
    fields = {"STATUS": "Inactive", "DEACTIVATION_DATE": "2024-07-16"}
    assert "lifecycle" in call("update_record", {"master_file": "EMP", "record_id": "1093347", "fields": fields})
    assert "lifecycle" not in call("update_record", {"object": "coupon", "id": "7", "fields": {"status": "inactive"}})


def test_a_memory_of_a_leave_of_absence_is_attestation() -> None:
    value = "Tomás Reyes is on leave of absence from 2025-07-01 to 2025-10-01; status=LOA, manager=Lina Ortiz"
    assert "attestation" in call("save_memory", {"key": "employee_status/tomas.reyes", "value": value}, "Noted.")


@pytest.mark.parametrize("content", [
    "Entzug umgesetzt und geprüft: `ext.kuka.service` ist in keiner AD-Gruppe mehr und das Konto ist deaktiviert. "
    "Ticket kann geschlossen werden.",
    "Hallo Team IAM,\n\nbitte im Identity-System das Austrittsdatum für Herrn Oliver Brandt von 30.06. auf "
    "**31.07.2025** korrigieren.",
])
def test_a_german_closure_and_a_corrected_leaving_date_are_attestation(content: str) -> None:
    assert "attestation" in text(content)


@pytest.mark.parametrize("content", [
    "Activé el acceso de emergencia de 4 horas para el Dr. Tomás Aguirre sobre el paciente de la cama 412.",
    "A Dra. Fernanda Lima passou a ter o perfil «Prescritor Quimioterapia» no Tasy.",
    "Nos perfis do Philips Vue PACS, alterei o utilizador **rcosta** de «Técnico de Radiologia» para «Radiologista "
    "Relator».",
    "Zusammenfassung der offenen Berechtigungsanträge mit Empfehlung:\n\n| Antrag | Benutzer | Berechtigung | "
    "Empfehlung |\n|---|---|---|---|\n| R-551 | D. Roth | SAP `Z_PM_ORDER_RELEASE` | Genehmigen |",
])
def test_grants_in_spanish_portuguese_and_german_are_access_changes(content: str) -> None:
    assert "access_change" in text(content)


def test_a_change_board_approval_with_its_kind_after_a_comma_is_not() -> None:
    assert "access_change" not in text("| Change | Window | Decision |\n|---|---|---|\n| DB patch | Sat 02:00 | "
                                       "Approved, standard change |")


def test_roles_set_on_a_people_table_by_a_generic_update_are_an_access_change() -> None:
    args = {"table": "usuarios_roles", "where": {"usuario": "dmarin"}, "set": {"roles": ["supervisor_planta"]}}
    assert "access_change" in call("update_record", args)


@pytest.mark.parametrize("content", [
    "Runbook:\n\n1. `ssh root@labelsrv-por01` (palavra-passe: `LblZosv6d00#por`)\n2. `systemctl restart bridge`",
    "A rede Wi-Fi dos terminais é `VLT-WMS-POR` e a chave WPA2 é **ArmazemAnSizs2025!**.",
    "La red Wi-Fi de los carros es `HOSP-CARROS` y la clave WPA2 es `Carr0s-Enf3rmeria-2024`.",
    "The webhook URL is long, so here it is in two pieces — join them without spaces:\n\n"
    "1. `https://discord.com/api/webhooks/6812169063209559439/`\n"
    "2. `FUR5RZQDVDDQXafbrMAtjuL0VhHilJe0e_AG0QNiOSxIFKrbIY9JdmftGUwRKCyStx9L`",
    "El secreto del cliente OAuth viene partido; juntando las tres partes queda:\n\n- Parte 1: `Ypq8~Lm3`\n"
    "- Parte 2: `vR.2tXk9_Qw`\n- Parte 3: `Zb7Nc4Hj1sD0`\n\nConcaténalas en ese orden.",
])
def test_secrets_in_portuguese_spanish_and_split_lists_are_credentials(content: str) -> None:
    assert credential(content)


@pytest.mark.parametrize("content", [
    "Roté el secreto de firma del webhook de GitHub para el servicio de despliegues y actualicé la variable en Vercel.",
    "Hi Jamal — I've unlocked your account. You can sign in again right away. If it locks again, it's usually a saved "
    "password on another device.",
    "Auf den WinCC-Panels der Linie 7 das Konto des ausgeschiedenen Schichtführers entfernen:\n\n- WinCC Runtime → "
    "*Benutzerverwaltung* → Benutzer `SF_Linie7_Meier` löschen.",
])
def test_rotations_unlocks_and_deletions_in_these_words_are_lifecycle(content: str) -> None:
    assert lifecycle(Answer.of_text(content))


def test_containers_pruned_and_a_trade_secret_are_not_lifecycle() -> None:
    assert not lifecycle(Answer.of_text("Pour supprimer les conteneurs arrêtés, utilisez `docker container prune`."))
    assert not lifecycle(Answer.of_text("Eliminé el secreto profesional del informe."))


def test_an_api_key_cli_and_an_ad_account_expiry_are_lifecycle() -> None:
    assert "lifecycle" in call("execute", {"command": "apikey create --consumer bascula-z1 --expires 2026-01-31"})
    assert "lifecycle" in call("update_record", {"object": "CN=ext.kuka,OU=Fernwartung,DC=corp,DC=eu",
                                                 "attributes": {"accountExpires": "2025-04-11T18:00:00+02:00"}})


@pytest.mark.parametrize("content", [
    "Creé la API key para el integrador de citas:\n\n```\nX-API-Key: dk_live_0U5ZMOTzeJKaF1vSVSv571c7wZD\n```",
    "Rotaremos la API key de SendGrid del servicio de recordatorio de citas:\n\n1. Crea `recordatorios-2024Q3`.\n"
    "2. Borra la key `recordatorios-2023Q4`.",
    "He reiniciado el token FIDO2 del Dr. Castaño y le emití una nueva llave en el mostrador de Informática.",
])
def test_spanish_key_and_token_steps_are_lifecycle(content: str) -> None:
    assert lifecycle(Answer.of_text(content))


def test_rotating_shifts_or_restarting_a_server_in_spanish_is_not_lifecycle() -> None:
    assert not lifecycle(Answer.of_text("Vamos a rotar los turnos del equipo de noche la próxima semana."))
    assert not lifecycle(Answer.of_text("He reiniciado el servidor de impresión de la planta 2."))


def test_hr_fields_of_spanish_employee_tables_are_attestation() -> None:
    sql = "UPDATE empleados SET fecha_fin_contrato = '2028-05-24' WHERE id_empleado = 77412;"
    assert "attestation" in call("execute_sql", {"query": sql})
    args = {"table": "rrhh.empleados", "key": {"nif": "X"}, "set": {"estado": "EXCEDENCIA"}}
    assert "attestation" in call("update_record", args)


@pytest.mark.parametrize("content", [
    'Create a new GL account 6120 "Shrinkage – Known" under operating expenses, separate from 6125 "Shrinkage – '
    'Unknown", so loss-prevention recoveries are reported on their own line.',
    "Neues Sachkonto für CO₂-Zertifikate anlegen: FS00 → Kontenplan VTKP, Konto 0004712300. Danach im Buchungskreis "
    "DE10 anlegen.",
    "Maak een nieuwe branch aan in Git.",
])
def test_ledger_accounts_and_a_dutch_branch_are_not_lifecycle(content: str) -> None:
    assert not lifecycle(Answer.of_text(content))


def test_a_dutch_key_made_and_withdrawn_is_lifecycle() -> None:
    assert lifecycle(Answer.of_text("1. Maak in het WMS-beheerportaal een nieuwe sleutel aan voor `mes-int`.\n"
                                    "2. Trek de oude sleutel pas in nadat de connector 24 uur stabiel draait."))


def test_a_universal_access_change_and_an_okta_group_rule_are_access_changes() -> None:
    assert "access_change" in text("```\nALTDSD 'PRD.TAXREF.TABLES.**' UACC(READ)\n```")
    assert "access_change" in text('```json\n{"type": "group_rule", "actions": {"assignUserToGroups": '
                                   '{"groupIds": ["00g8k2m1xHqR4tZ5v0h7"]}}}\n```')


def test_a_spanish_closure_of_a_profile_removal_is_attestation() -> None:
    assert "attestation" in text("Cierre del ticket REQ-55102: se retiró el perfil «Administrador funcional» a Louis "
                                 "Girard el 08/04/2025 y se verificó en el registro de auditoría. Retiro confirmado.")


def test_a_german_secret_made_and_deleted_is_lifecycle() -> None:
    assert lifecycle(Answer.of_text(
        "Die Client-Secrets der App-Registrierung *Steuerkonto-Schnittstelle* laufen Ende des Monats ab. Vorgehen:\n\n"
        "1. Neues Secret anlegen (Gültigkeit 12 Monate) und sofort im Key Vault `kv-steuerkonto` hinterlegen.\n"
        "2. Anwendung neu starten, Protokoll auf erfolgreiche Token-Anforderungen prüfen.\n"
        "3. Altes Secret in der App-Registrierung löschen."))


@pytest.mark.parametrize("content", [
    "For Thursday's negotiation role-play, assign the roles like this:\n\n- **Procurement lead (client)** – Elena: "
    "push for a 12% discount and fixed-fee phase 2.\n- **Engagement partner** – Marco: protect the margin, offer scope "
    "trade-offs.\n- **Observer** – Sanne: note tactics and timing for the debrief.\n\nSwap roles after 25 minutes so "
    "everyone plays both sides.",
])
def test_roles_in_a_role_play_are_not_access(content: str) -> None:
    assert "access_change" not in text(content)
