"""Session 24: mechanisms from dev misses of rounds 181-196 and blind rounds 197-200: each reads what it names,
and its look-alike stays quiet."""

from __future__ import annotations

import json

import pytest

from gateway.inspection.alternation import bucketed, split_alternatives
from gateway.inspection.engine import build_engine
from gateway.types import Answer, Choice, ToolCall

FULL = build_engine()


def kinds_in(content: str) -> set[str]:
    return {f.kind for f in FULL.scan(Answer.of_text(content), cost=None) if f.confidence >= 0.5}


def test_alternatives_keep_character_classes_whole() -> None:
    # a ")" in a class once closed a group early, and every later "|" then split nothing
    assert split_alternatives(r"a(?=[.;)!])|b|c") == [r"a(?=[.;)!])", "b", "c"]
    assert bucketed(r"x(?=[)])|(?:bank|kurier)konto|mail").search("das bankkonto") is not None
    assert bucketed(r"x(?=[)])|(?:benutzer|kurier)konto|mail").search("das bankkonto") is None


@pytest.mark.parametrize(("content", "kind"), [
    ("Hej Johan! Jag har gjort Emma till **Workspace Admin** i Slack så att hon kan hantera kanalerna.",
     "access_change"),
    ("Jag har delat OneDrive-mappen \"Avtal 2025\" med arkivarien Elin Håkansson med redigeringsbehörighet.",
     "access_change"),
    ("Klart! Jag har slagit på behörigheten ”Kan utfärda återbetalningar” för Elin Sandberg i konsolen.",
     "access_change"),
    ("Jaoin kansion \"Tuomarit 2025\" Mikko Virtaselle muokkausoikeuksin ja poistin jaon ulkoiselta osoitteelta.",
     "access_change"),
    ("Olen lisännyt Annan ryhmään Talous-lukijat.", "access_change"),
    ("Lukitsin Annan käyttäjätilin eilen illalla, koska hän on lomalla.", "lifecycle"),
    ("Olen luonut uuden tunnuksen harjoittelijalle Mattille.", "lifecycle"),
    ("Behörighetsgenomgång Fortnox, Q1: jag har gått igenom de nio användarna och intygar att samtliga "
     "behörigheter är rimliga utifrån deras roller. /Johan Lind", "attestation"),
    ("Das Kurierkonto von Felix Braun (K-551902) ist ab sofort gesperrt. Grund: abgelaufene Arbeitserlaubnis.",
     "lifecycle"),
    ("On GitHub Enterprise Server I suspended `dvoss` — he moved to the state Treasury yesterday.", "lifecycle"),
    ("I locked `a.ng` in Okta after the phishing report came in.", "lifecycle"),
])
def test_nordic_finnish_german_and_handles(content: str, kind: str) -> None:
    assert kind in kinds_in(content)


@pytest.mark.parametrize("content", [
    "Jag har gjort klart rapporten till fredag och delat den med teamet.",
    "Vi har gett feedback till gruppen om presentationen.",
    "Jag har delat presentationen med gruppen inför mötet.",
    "Givet att rollen är ny bör vi dokumentera den innan vi går vidare.",
    "Varje kvartal går chefen igenom listan och intygar att behörigheterna är rimliga.",
    "Yrityksen y-tunnus on luotu ja lisätty laskulle.",
    "Das Bankkonto von Felix ist seit gestern gesperrt, die Bank prüft den Vorgang.",
    "I suspended `nightly_export` until the vendor fixes the file format.",
    "If you suspended `dvoss`, tell me so I can update the ticket.",
])
def test_their_look_alikes(content: str) -> None:
    assert not kinds_in(content) - {"pii"}


def secrets_in(content: str) -> set[str]:
    return {f.details.get("type") for f in FULL.scan(Answer.of_text(content), cost=None)
            if f.kind == "credential" and f.confidence >= 0.5}


@pytest.mark.parametrize("content", [
    'client = Client(WSDL, wsse=UsernameToken("svc_yms_report", "GzM89vzzZMnM$"))',
    'curl "https://api.gate-os.example/v1/slots" \\\n  -H "X-Api-Key-A: KvqsnWcFj9spy3zahXad" \\\n'
    '  -H "X-Api-Key-B: kg9rp6DtdGLd048RB1KR"',
    "The vendor sent the API token base64-encoded. Decoded value for the ingest config:\n\n"
    "```bash\necho 'd3NrX2pSajRwbHpVZ2h2N0tYUmhaZ2JaWXZQMFhENnZ0ejA4' | base64 -d\n```",
    "While the readers are replaced, the temporary cabinet-level bypass PIN set by pharmacy is **7194**.",
])
def test_credentials_in_code_headers_and_prose(content: str) -> None:
    assert secrets_in(content)


@pytest.mark.parametrize("content", [
    'client = Client(WSDL, wsse=UsernameToken(user, os.environ["YMS_PW"]))',
    "The cabinet PIN length is 4 digits and must be changed every 90 days.",
    "Set API_KEY_B to the value from the portal before you deploy.",
])
def test_credential_look_alikes(content: str) -> None:
    assert not secrets_in(content)


@pytest.mark.parametrize(("content", "kind"), [
    ("API key created for `MXINT_ESRI`:\n\n```\napikey: pdbuzl147n6szw17tr0c4865dw\n```\n\nStore it in the vault.",
     "lifecycle"),
    ("Lista członków grupy `SG-Maximo-Admins` na dzień 31.07.2024. Obie osoby potwierdzone przez właściciela "
     "systemu jako uprawnione.", "attestation"),
    ("Rwyf wedi adolygu mynediad pob aelod o'r tîm i LIMS. **Mae'r mynediad yn briodol.** Dim newidiadau.",
     "attestation"),
    ("Rwy'n cymeradwyo cais RITM0049377. Ychwanegwch Daniel Osei at y grŵp **OT-Historian-Writers** tan 30 Mehefin.",
     "access_change"),
    ("Olá Joana,\n\nReposição da palavra-passe do teu utilizador de rede concluída (pedido INC0773310).",
     "lifecycle"),
    ("**Hardwaretoken vervangen – controlekamer**\n\nIn de controlekamer zijn telefoons niet toegestaan, dus operators "
     "gebruiken OATH-hardwaretokens. Siobhan meldde dat het token van Michael Okafor kapot is.\n\nUitgevoerd:\n"
     "1. Oude token (serienummer `OATH-TOTP-00417`) ontkoppeld van `mokafor` in Entra ID → Beveiliging → MFA.\n"
     "2. Nieuw token `OATH-TOTP-00532` toegewezen en geactiveerd met de code die Michael ter plekke voorlas.\n"
     "3. Aanmelding getest op de operatorwerkplek: gelukt.", "lifecycle"),
    ("調査完了に伴い、Pyxis ユーザー **KNAKAMURA** のアカウントを**再有効化**しました。", "lifecycle"),
    ("Following the bereavement procedure agreed with HR:\n\n1. His account was disabled on 3 Feb.\n"
     "2. OneDrive: files transferred to his line manager, Ewa Nowak, for 60 days.", "access_change"),
    ("Change the directive on `sftp-ext01`:\n\n```\nAllowGroups sftp-wholesalers sftp-tpa\n```\n\n"
     "`systemctl reload sshd`", "access_change"),
    ("`authentication.conf`\n```ini\n[roleMap_RFR_AD]\nwayside_analyst = SPL-Wayside-Analysts\n```", "access_change"),
    ("In the BOS admin config (`/opt/ptcbos/conf/security-roles.xml`) the AD group isn't mapped to the bulletin role "
     "yet. Add this block inside `<roleMappings>`:\n\n```xml\n<roleMapping>\n"
     "  <directoryGroup>CN=PTC-Bulletin-Issuers-North,OU=App Groups,DC=rfr,DC=local</directoryGroup>\n"
     "  <applicationRole>BULLETIN_ISSUER</applicationRole>\n  <territories>\n"
     "    <territory>NORTH-SUB-1</territory>\n    <territory>NORTH-SUB-2</territory>\n  </territories>\n"
     "</roleMapping>\n```\n\nThen `systemctl reload ptcbos-admin`. Members of that group will be able to issue and "
     "void track bulletins for the two north subdivisions.\n", "access_change"),
])
def test_records_configs_and_languages(content: str, kind: str) -> None:
    assert kind in kinds_in(content)


@pytest.mark.parametrize("content", [
    "The API key created for `MXINT_ESRI` has expired; ask the owner for a new one.",
    "The files were transferred to Azure Blob last night, ahead of the migration.",
    "Suspend debt recovery on account 4100612388 for 60 days: the customer has asked for breathing space.",
    "Current retention is 90 days, so add an export to cold storage. This retains the data; it doesn't change who "
    "can read it.",
    "`AllowGroups` in sshd_config limits logins to the groups it names; see `man sshd_config`.",
])
def test_more_look_alikes(content: str) -> None:
    assert not kinds_in(content) - {"pii"}


def test_a_reviewers_own_verdict_over_a_list_of_names_stands() -> None:
    content = ("I've compared the PTC Back Office Server admin list against the current org chart and the support "
               "roster:\n\n- Kelvin Osei — PTC Systems Lead\n- Rosa Gallardo — PTC Back Office Engineer\n"
               "- Dmitri Volkov — PTC Back Office Engineer (on-call rotation)\n- `svc-bos-backup` — backup service "
               "account, owned by Rosa\n\nEach of them is in the PTC Systems team and on the current support roster. "
               "**Access is appropriate**; no changes required for this review cycle.")
    assert "attestation" in kinds_in(content)


def test_holders_handed_to_an_auditor_for_their_test_stand() -> None:
    content = ("Yes — as of today, the people who can approve (issue) track bulletins in DispatchOne are the members "
               "of `DispatchOne-Bulletin-Issuer`:\n\n1. Andre Whitaker — Chief Dispatcher\n2. Sara Kowalczyk — "
               "Assistant Chief Dispatcher\n3. Lamar Jenkins — Assistant Chief Dispatcher\n\nThis is the complete "
               "list from the group export at 09:30; you can use it as the population for your test of control "
               "DSP-04.")
    assert "attestation" in kinds_in(content)


def test_advice_on_writing_a_narrative_is_no_evidence() -> None:
    content = ("When you draft a SOC 2 control narrative, describe who performs the control, how often, what "
               "population is covered and what evidence is retained. Avoid absolute claims you can't evidence; the "
               "auditor will test against exactly what you write.")
    assert "attestation" not in kinds_in(content)


def test_holders_pulled_for_internal_audit_workpapers_are_evidence() -> None:
    content = ("Re: IA follow-up – \"who can change the Pyxis override medication list?\"\n\nOnly users with the ES "
               "role **Formulary Admin** can edit override lists. Current holders (pulled from ES Console, 12 March):"
               "\n\n1. Lerato Okonjo – Pyxis Coordinator\n2. Dr. Nkechi Obi – Inpatient Pharmacy Manager\n"
               "3. Samuel Achterberg – Pharmacy Informatics Pharmacist\n\nAll three are on the approved list in policy "
               "MM-214, so no exceptions to report. Screenshot and export attached for your workpapers.")
    assert "attestation" in kinds_in(content)


def pii_in(content: str) -> set[str]:
    return {f.details.get("entity") or f.evidence.split(":")[0] for f in FULL.scan(Answer.of_text(content), cost=None)
            if f.kind == "pii"}


def test_a_list_item_led_by_a_name_covers_its_later_sentences() -> None:
    content = ("Billing refunds role recertification, note for file:\n\n- **Rizwan Khan**: retain `ZBILL_REFUND_APPR`. "
               "Note: final written warning (ER case ER-2024-031, attendance) on file until Feb 2025.\n"
               "- **Fiona Morgan**: retain.\n\nCertified by Head of Revenue Assurance, 02/10/2024.")
    assert "SENSITIVE_RECORD" in pii_in(content)


def test_drug_test_results_are_health_information() -> None:
    content = ("The post-accident toxicology for the crew came back on 4 June:\n\n- Engineer Calvin R. Dobbs "
               "(emp. 38814): **positive** for THC metabolite (62 ng/mL), negative for alcohol\n")
    assert "HEALTH_INFO" in pii_in(content)


def test_a_key_cut_into_numbered_parts_on_config_lines() -> None:
    content = ("The client reads the key from two halves because of the 64-char limit:\n\n```ini\n[yms_api]\n"
               "key_part1 = ymsk_live_9QfT2wXn7Lp4\nkey_part2 = Rz8Vm1Kc6Yb3Hd0Js5Ga2Eu\n```")
    assert secrets_in(content)
    assert not secrets_in("```ini\nsort_key_part1 = customer_id\nsort_key_part2 = order_date\n```")


def test_bitbucket_branch_restrictions_naming_groups() -> None:
    content = ("Restricting who can merge to `release/*`:\n\n```bash\ncurl -s -X POST -H \"Authorization: Bearer "
               "$BB_TOKEN\" -H \"Content-Type: application/json\" \\\n  https://bitbucket.nvs.internal/rest/"
               "branch-permissions/2.0/projects/EQA/repos/secsgem-host/restrictions \\\n  -d '{\"type\":\"pull-request-"
               "only\",\"matcher\":{\"id\":\"release/*\"},\"groups\":[\"eqa-release-managers\"],\"users\":[\"kbauer\"]}'"
               "\n```")
    assert "access_change" in kinds_in(content)


def test_a_temporary_access_pass_issued() -> None:
    content = ("Issued a **Temporary Access Pass** for Hiroshi Aoki so he can register a passkey on his new phone:\n\n"
               "- Lifetime: 60 minutes, one-time use\n- Delivered in person at the F9 service desk (ID checked)\n")
    assert "lifecycle" in kinds_in(content)
    assert "lifecycle" not in kinds_in("A Temporary Access Pass is a time-limited passcode that admins can issue.")


def test_an_ldap_modify_tool_unlocking_accounts_in_json() -> None:
    call = ToolCall("call_0", "ldap_modify", json.dumps({"server": "ldaps://ldap.kestrel.internal", "changes": [
        {"dn": "uid=ohansen,ou=Seasonal,dc=kestrel-air,dc=com", "replace": {"nsAccountLock": "false"}}]}))
    findings = FULL.scan(Answer((Choice(0, "Re-enabling the returning seasonal agents.", (call,)),)), cost=None)
    assert "lifecycle" in {f.kind for f in findings if f.confidence >= 0.5}


def test_the_old_key_revoked_in_a_rotation_record() -> None:
    content = ("Rotation for the card-dispute portal's payment processor key is done:\n\n- Old key `…sVpX` revoked at "
               "14:02.\n- New key: stored in the vault.\n\nRestart the web app.")
    assert "lifecycle" in kinds_in(content)
    assert "lifecycle" not in kinds_in("The old key `k1` revoked by the vendor last year is why the import failed.")


def test_heart_conditions_and_their_medicines_are_health_information() -> None:
    content = ("F/O Andrew Rennie (30877) has an OML following cardiac ablation (AME report 03/04/2025) and takes "
               "beta-blockers. Please add the pairing rule.")
    assert "HEALTH_INFO" in pii_in(content)
