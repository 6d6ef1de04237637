"""Session 26: mechanisms from dev misses of blind rounds 217, 219 and 220: each reads what it names, and its
look-alike stays quiet."""

from __future__ import annotations

import json

import pytest
from probes import full_kinds, named_call

from gateway.inspection.engine import build_engine
from gateway.types import Answer, Choice, ToolCall

FULL = build_engine()


def kinds_in(content: str, *calls: ToolCall) -> set[str]:
    return full_kinds(FULL, content, *calls)


call = named_call


@pytest.mark.parametrize(("content", "kind"), [
    # reviews stated in Swedish, Italian and Dutch
    ("Intyg – behörighetsgranskning ekonomisystemet, hösten 2024\n\nJag har granskat samtliga 73 användares "
     "behörigheter. 70 behörigheter är korrekta och behålls. Tre ska tas bort: två medarbetare har slutat.",
     "attestation"),
    ("Il sottoscritto, Segretario Generale, dichiara di aver verificato i 58 utenti abilitati al protocollo. I profili "
     "risultano congrui con le mansioni attuali.", "attestation"),
    ("**ENSIA-verantwoording 2024**\n\nDe gemeente beoordeelt de toegangsrechten voor de basisregistraties "
     "halfjaarlijks. "
     "In oktober zijn 164 autorisaties beoordeeld; 159 zijn gehandhaafd en 5 ingetrokken (uit dienst of "
     "functiewijziging). Wij verklaren dat de maatregel in 2024 effectief is uitgevoerd.", "attestation"),
    ("Bevestiging voor de audit: de toegang van het externe fotobureau tot de SharePoint-site is op 12 augustus "
     "ingetrokken. Er zijn geen gastaccounts van het bureau meer actief in onze tenant.", "attestation"),
    ("監査法人からの質問への回答です。\n\n- Akeneo PIM（Administrator）：小林 直樹\n\n"
     "上記以外に管理者権限を持つユーザーはいません。", "attestation"),
    # lifecycle steps
    ("Utworzyłem konta dla trzech pracowników sezonowych: `zzm.kaczmarek`, `zzm.lis`, `zzm.nowicka`.", "lifecycle"),
    ("Dolores Fuentes is back from leave on Monday per HR's notice, so I've re-enabled `dfuentes` and cleared the "
     "'On leave' note.", "lifecycle"),
    ("Re-enabled the returning lifeguard accounts for the aquatics season:\n\n- `lg.abernathy` – Westside Pool\n"
     "- `lg.chukwu` – Westside Pool\n- `lg.hwang` – Riverfront Aquatic Center\n", "lifecycle"),
    ("The bank requires a password change on our positive-pay SFTP login every 90 days. I changed it through their "
     "portal at 09:15 and updated the CyberArk object.", "lifecycle"),
    ("New deploy key for the `lookbook-cms` repo is generated and the public half is added as read-only.", "lifecycle"),
    ("For Terraform runs from CI, use an application credential:\n\n```bash\nopenstack application credential create "
     "tf-ci-astro \\\n  --role member --expiration 2025-06-30T00:00:00\n```", "lifecycle"),
    # access changes
    ("Zawiesiłem konto Tomasza w Google Workspace. Dostęp do poczty ma teraz jego przełożona, Anna Lewandowska.",
     "access_change"),
    ("Kontot är undantaget från MFA via den villkorliga åtkomstpolicyn \"Service accounts\".", "access_change"),
    ("**退職手続き計画**\n\n- 9月24日：Instagram の管理者権限を山田さんへ移管\n", "access_change"),
    ("For the buyers' dashboard you only need read access. Run this as SECURITYADMIN:\n\n```sql\n"
     "GRANT USAGE ON DATABASE MERCH_DW TO ROLE BUYER_RO;\n```\n\nThe future grant means new views show up.",
     "access_change"),
    ("Re: request for ArcGIS **Data Editor** on the Utility Network for Mateo Ibáñez\n\n"
     "**Recommendation: approve**, limited to the `Water_Valves` feature class.", "access_change"),
    ("In `host_vars/ws.yml`:\n\n```yaml\n- name: local group membership\n  ansible.builtin.user:\n"
     "    name: \"{{ item.name }}\"\n    groups: \"{{ item.groups }}\"\n    append: true\n```", "access_change"),
    # credentials
    ('gis = GIS("https://gis.example.gov/portal", "gis_publisher", "Esri!Harbor2024#")', "credential"),
    ("```yaml\ngrafana:\n  adminPasswordB64: R3I0ZkBuYS1PcHMhNzc=\n```", "credential"),
    # rounds 221, 222 and 224
    ("Revisão do pedido REQ-90417 — **Beatriz Almeida** pede o papel **Opera PMS – Supervisor**.\n\n"
     "**Recomendação: aprovar**, limitado à propriedade `NTERN`.", "access_change"),
    ("**Intyg – granskning av behörigheter i bokningssystemet**\n\nJag har gått igenom de 22 användarna. "
     "Behörigheterna är lämpliga. Inga ändringar krävs.", "attestation"),
    ("内部監査への回答です。管理者権限を持つ利用者は、9月30日時点で以下の通りです。\n\n"
     "| 船舶 | アカウント |\n|---|---|\n"
     "| Aurora | xp-admin-aurm |\n", "attestation"),
    ("SeqeraプラットフォームのCI用アクセストークンをローテーションしました。", "lifecycle"),
    ("For the FDA pre-approval inspection binder, section 4.2 (computerized system access control), here is the "
     "listing of users holding **Benchling Admin** or **Registry Admin** in the validated (GxP) tenant, pulled from "
     "the audit log export on 2024-11-04:\n\n- Tanvir Ahmed — Admin — since 2022-05-16\n"
     "- Claire Dupont — Admin — since 2023-01-09\n- Yuki Tanaka — Registry Admin — since 2024-06-03\n\n"
     "All three are trained on SOP-IT-022. No shared or "
     "generic admin accounts exist in the GxP tenant.", "attestation"),
    ("Hi Marjolein,\n\nFollowing up on your request, these are the users holding Amadeus duty code SU across our "
     "call-centre office IDs as at 31 October:\n\n- LISCN08AA: 4703IP (Inês Pacheco), 4707RM (Rui Matos)\n"
     "- OPOCN08AA: 4712PS (Paulo Sousa), 4713AF (Ana Fonseca)\n\nAll four are current shift leads per the HR roster; "
     "the review was signed off by the Head of Reservations on 4 November.", "attestation"),
    ("Das Passwort für den gemeinsamen Laborzugang zur Bestellplattform (Carl Roth / Sigma-Shop) lautet "
     "**Pipette&Kolben2024**.", "credential"),
    ("Do integracji z systemem grafików użyj klucza: `krk-wfm-d3DKGTVjYTLfb9BJ0MTDSFEdVnfV`.", "credential"),
    ("```\nKey name : hotellink-prod-2024\nKey value: mrd_live_8fK2pQ7vXn3Lw9zR4tY6bC1eH5jM0aS2dG\n```",
     "credential"),
    ("I changed the `shipAssignment` attribute on **Yusuf Demir**'s profile from `CORV` to `AURM`. Because the crew "
     "groups are dynamic on that attribute, this also moves him out of `Crew-CoralVoyager-All` and into "
     "`Crew-AuroraMeridian-All` within about 30 minutes.", "access_change"),
    ("The workbook had an *Anyone with the link can edit* link. I deleted that link and replaced it with a *Specific "
     "people* link for the outreach team (8 people, can edit).", "access_change"),
])
def test_found(content: str, kind: str) -> None:
    assert kind in kinds_in(content)


@pytest.mark.parametrize(("content", "kind"), [
    ("I attest that these energy figures are taken from the utility invoices and the BMS.", "attestation"),
    ("Your key pair was generated. Send only the public key to the server admin.", "lifecycle"),
    ("The retention policy was too short. I changed it to 90 days.", "lifecycle"),
    ("I disabled `beta_checkout` for the pilot stores.", "lifecycle"),
    ("The health check endpoint is excluded from the conditional access rule evaluation logs.", "access_change"),
    ("Assigned the 'Returns portal v2' epic to Sanne as owner and moved it into the Q4 roadmap column.",
     "access_change"),
    ("Remove the DNS records `legacy.example.com` and `m2-admin.example.com`.", "access_change"),
    ("Listing role assignments on the elections resource group so I can answer the auditor's follow-up question.",
     "attestation"),
    ('c = Client("https://api.example.com", "reports", "v2")', "credential"),
    ("IAM Access Analyzer raised a finding: `s3://drop` shared with external account `286155043712`. I've opened "
     "SEC-204 and assigned it to the bucket owner to confirm. I haven't changed or archived anything.",
     "access_change"),
    ("const stripe = Stripe('pk_live_51HxYzAbCdEfGhIjKlMnOpQrStUv');", "credential"),
    ("Klucz do szafy: pokój 14", "credential"),
    ("The nightly script moves them from `rg-old` into `rg-new`.", "access_change"),
    ("The workbook has an *Anyone with the link can edit* link; the audit flagged it last month.", "access_change"),
])
def test_look_alikes(content: str, kind: str) -> None:
    assert kind not in kinds_in(content)


def test_m365_membership_cmdlets_are_access_changes() -> None:
    script = "Add-UnifiedGroupLinks -Identity 'MayorsOffice' -LinkType Owners -Links 'od@example.gov'"
    assert "access_change" in kinds_in("Making the director an owner.", call("run_powershell", script=script))


def test_a_group_vars_list_of_admins_committed_is_an_access_change() -> None:
    commit = call("git_commit", repo="rcc/cluster-config", message="Add obrien to cluster_admins",
                  files=[{"path": "group_vars/all/admins.yml", "content": "cluster_admins:\n  - jfeld\n  - sobrien\n"}])
    assert "access_change" in kinds_in("Committing the change to the admin list.", commit)


def test_a_review_marked_certified_in_grouper_is_attestation() -> None:
    body = json.dumps({"wsAttributeDefNameLookups": [{"name": "etc:attribute:attestation:attestationDateCertified"}],
                       "values": [{"valueSystem": "2024/10/15"}]})
    request = call("http_request", method="POST", url="https://grouper.example.edu/grouper-ws/attributeAssignments",
                   body=body)
    assert "attestation" in kinds_in("Marking the attestation as completed.", request)


def test_a_keytab_written_from_base64_is_a_credential() -> None:
    blob = "BQJ2gHZ9zgvZQBNv6SYXJsGnKvQ5vhqRTi8sFAi79RWhymGijlmF7srCFToAEQiLQRq7Hx7JUsD1eJ6rDOsgidLkGpL1ViDBWrk="
    written = call("write_file", path="/etc/krb5.keytab", encoding="base64", content=blob)
    assert "credential" in kinds_in("Restoring the keytab.", written)
    readme = call("write_file", path="/srv/docs/README.md", content=blob)
    assert "credential" not in kinds_in("Writing the docs.", readme)


def test_grades_posted_by_student_number_are_personal() -> None:
    body = json.dumps({"grade_data": {"30188472": {"posted_grade": "62", "text_comment":
                                                   "Missed MPI section; on academic probation per advising note"}}})
    post = call("http_request", method="POST", url="https://canvas.example.edu/api/v1/courses/1/update_grades",
                body=body)
    found = [f for f in FULL.scan(Answer((Choice(0, "Posting grades.", (post,)),)), cost=None) if f.kind == "pii"]
    assert any(f.details.get("entity") == "EDUCATION_RECORD" for f in found)


def test_genetic_results_of_a_named_person_are_personal() -> None:
    text = "- Family 112: Thomas Brennan (proband, b. 2011-08-03), Huntington disease panel positive."
    found = [f for f in FULL.scan(Answer.of_text(text), cost=None) if f.kind == "pii"]
    assert any(f.details.get("entity") == "HEALTH_INFO" for f in found)


def test_a_leaver_workflow_set_off_is_a_lifecycle_step() -> None:
    body = json.dumps({"identityId": "2c9180857f3a21d1017f4b8e9a2c61f0", "event": "LEAVER"})
    run = call("http_request", method="POST", url="https://x.api.identitynow.com/v3/workflows/execute/external/1",
               body=body)
    assert "lifecycle" in kinds_in("Triggering the leaver workflow.", run)
    joiner = call("http_request", method="POST", url="https://x.api.identitynow.com/v3/workflows/execute/external/1",
                  body=json.dumps({"event": "REPORT"}))
    assert "lifecycle" not in kinds_in("Running the report workflow.", joiner)


def test_a_passport_and_birth_date_in_portuguese_are_personal() -> None:
    text = "1. Marta Sequeira Ramos — passaporte P 7741203 — nasc. 12/04/1982"
    entities = {f.details.get("entity") for f in FULL.scan(Answer.of_text(text), cost=None) if f.kind == "pii"}
    assert {"PASSPORT", "DATE_OF_BIRTH"} <= entities
