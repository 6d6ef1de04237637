"""Session 8, other languages: review verdicts in tables and lines (Korean, Chinese, Swedish, Polish),
CJK removals and closures, keys made for an account in CJK, attribute tables of old and new values,
key rotation steps in Romance and Germanic languages, German break-glass reviews, RADIUS / TACACS+
shared secrets, Nordic API-key words, and CJK answers that say they change nothing; with look-alikes
that stay quiet."""

from __future__ import annotations

import pytest
from probes import engine_kinds

from gateway.inspection.engine import build_engine
from gateway.inspection.generic_frame import is_generic

ENGINE = build_engine()


def kinds(text: str, detector: str | None = "prose") -> set[str]:
    return engine_kinds(ENGINE, text, detector)


# --- review verdicts in other languages -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "## 상반기 접근 권한 검토\n\n| 사용자 | 권한 | 판정 |\n|---|---|---|\n| 김서연 | ERP 관리자 | 회수 |\n"
    "| 한지우 | ERP 조회 | 유지 |\n",
    "季度权限审查结论：\n\n| 姓名 | 系统 | 结论 |\n|---|---|---|\n| 王磊 | 总账 | 收回 |\n| 赵敏 | 总账 | 保留 |\n",
    "Beslut efter granskningen av behörigheterna i Visma:\n\n- Karin Ek – Löneadministratör: **ta bort**, "
    "bytte avdelning i mars\n- Olof Berg – Läsbehörighet: **behåll**\n",
    "Przegląd uprawnień w systemie SAP:\n\n| Pracownik | Rola | Decyzja |\n|---|---|---|\n"
    "| Jan Nowak | Księgowy | odebrać |\n",
])
def test_revoke_verdicts_are_evidence_and_a_change(text: str) -> None:
    found = kinds(text)
    assert {"attestation", "access_change"} <= found


def test_retain_verdicts_alone_are_evidence() -> None:
    text = ("Granskning av åtkomst till ekonomisystemet, mina beslut:\n\n- Lena Holm – Attestant: behåll\n"
            "- Per Sundin – Attestant: behåll\n")
    assert "attestation" in kinds(text)


@pytest.mark.parametrize("text", [
    # a glossary of what the outcomes mean: the verdict is the row's subject, nobody is named
    "권한 검토 절차 안내\n\n| 결과 | 의미 |\n|---|---|\n| 유지 | 권한을 그대로 둡니다 |\n"
    "| 회수 | 권한을 삭제하도록 요청합니다 |\n",
    # maintenance, not a verdict; no review
    "| 서버 | 상태 |\n|---|---|\n| web-01 | 유지보수 |\n",
    # a data retention table: no people, no access
    "| 日志类型 | 处理 |\n|---|---|\n| 访问日志 | 保留 |\n| 调试日志 | 删除 |\n",
])
def test_verdict_look_alikes_stay_quiet(text: str) -> None:
    assert "attestation" not in kinds(text)


# --- CJK removals, closures, keys made for an account --------------------------------------------------

@pytest.mark.parametrize("text", [
    "재무팀 이동에 따라 회계 시스템의 승인 권한을 삭제해 주세요.",
    "经理审批后，报销系统的管理员权限已删除。",
])
def test_cjk_permission_deletions_are_access_changes(text: str) -> None:
    assert "access_change" in kinds(text)


@pytest.mark.parametrize("text", [
    "工单关闭：已确认外包人员 陈晨 的 VPN 和邮箱访问均已禁用，系统核查后无残留权限。",
    "退職者の件、全システムを確認し、残存権限はありません。チケットをクローズします。",
])
def test_cjk_closures_are_evidence(text: str) -> None:
    assert "attestation" in kinds(text)


@pytest.mark.parametrize("text", [
    "已为子账号 `etl-runner` 创建的 AccessKey 已生成，请妥善保存。",
    "サービス用アカウント `batch-sync` の APIキーを発行しました。",
    "배포 계정의 액세스 키를 발급했습니다.",
])
def test_cjk_keys_made_for_an_account_are_lifecycle(text: str) -> None:
    assert "lifecycle" in kinds(text)


def test_cjk_key_questions_stay_quiet() -> None:
    assert "lifecycle" not in kinds("APIキーを発行しないでください。まずは要件を確認しましょう。")


# --- attribute tables with old and new values ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Prośba o zmianę danych w Workday:\n\n| Pracownik | Pole | Stara wartość | Nowa wartość |\n|---|---|---|---|\n"
    "| Ewa Kowal | Przełożony | J. Nowak | A. Lis |\n",
    "Please update BambooHR:\n\n| Employee | Field | Current | New |\n|---|---|---|---|\n"
    "| Tom Reed | Department | Sales | Support |\n",
    "인사 시스템 변경 요청\n\n| 직원 | 항목 | 변경 전 | 변경 후 |\n|---|---|---|---|\n"
    "| 박민수 | 부서 | 영업 | 재무 |\n",
])
def test_old_new_attribute_tables_are_evidence(text: str) -> None:
    assert "attestation" in kinds(text)


@pytest.mark.parametrize("text", [
    # a price list, not a person's attributes
    "| Product | Old price | New price |\n|---|---|---|\n| Basic plan | 10 | 12 |\n",
    # an attribute word in prose above a table that is no header of old / new values
    "Department budgets:\n\n| Department | Budget |\n|---|---|\n| Sales | 100 |\n",
])
def test_tables_without_an_attribute_change_stay_quiet(text: str) -> None:
    assert "attestation" not in kinds(text)


# --- key rotation steps in other languages ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Passaggi:\n1. Rigenera la chiave API del servizio di fatturazione.\n2. Aggiorna il Key Vault.",
    "Primero genera una nueva clave de API en el portal y después revoca la clave anterior.",
    "Gere uma nova chave de acesso no console e revogue a chave antiga amanhã.",
    "Erzeugen Sie einen neuen API-Schlüssel und widerrufen Sie den alten Schlüssel nach dem Deployment.",
    "Rotera API-nyckeln för integrationen i kväll.",
])
def test_foreign_key_rotations_are_lifecycle(text: str) -> None:
    assert "lifecycle" in kinds(text)


@pytest.mark.parametrize("text", [
    "La chiave primaria della tabella ordini è composta da due colonne.",
    "Usa la parola chiave DISTINCT per eliminare i duplicati.",
    "La politica aziendale prevede che la chiave API venga ruotata ogni 90 giorni.",
    "Non revocare la chiave API finché il nuovo deployment non è stato verificato.",
])
def test_key_look_alikes_stay_quiet(text: str) -> None:
    assert "lifecycle" not in kinds(text)


# --- German break-glass reviews --------------------------------------------------------------------------

def test_german_break_glass_review_is_evidence() -> None:
    text = ("Prüfbericht Notfallkonto `bg-sap-01`, Nutzung am 03.05.2024.\n\nBeide Nutzungen waren begründet und "
            "wurden vom ISB nachgeprüft. Die Notfallzugänge werden unverändert beibehalten.")
    assert "attestation" in kinds(text)


def test_german_break_glass_policy_stays_quiet() -> None:
    text = ("Richtlinie: Notfallkonten dürfen nur bei Ausfall der Anmeldung genutzt werden. Jede Nutzung muss "
            "dokumentiert werden.")
    assert "attestation" not in kinds(text)


# --- credentials -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "```\nradius server CORP-NPS\n address ipv4 192.0.2.10 auth-port 1812 acct-port 1813\n key Vq7rLw2TzQ9mXc4B\n```",
    "```\ntacacs-server host 192.0.2.20 key Hn4PzW8qLs2Rt6Vx\n```",
    "Här är API-nyckeln för lagersystemet: `k29fjq83mzx0pl4t7vbn2wq6`.",
    "Tässä on API-avain: `Jx83kQz71mPw04RtYv6bNs2c`.",
])
def test_device_and_nordic_key_secrets_are_credentials(text: str) -> None:
    assert "credential" in kinds(text, "credentials")


@pytest.mark.parametrize("text", [
    "```\nradius server CORP-NPS\n address ipv4 192.0.2.10 auth-port 1812\n key 7 <encrypted-key>\n```",
    "```\nradius server CORP-NPS\n key <shared-secret>\n```",
    "API-nyckeln hittar du i Key Vault under `visma-api-key`.",
])
def test_credential_look_alikes_stay_quiet(text: str) -> None:
    assert "credential" not in kinds(text, "credentials")


# --- CJK answers that say they change nothing ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "本文書は手順の説明であり、特定の利用者の権限を変更しません。退職時にはアカウントを無効化する。",
    "此查询不修改任何数据：SELECT status FROM sys_user;",
    "이 문서는 개념 설명이며 실제 권한을 변경하지 않습니다.",
])
def test_cjk_no_change_statements_are_generic(text: str) -> None:
    assert is_generic(text)


@pytest.mark.parametrize("text", [
    "这个账号的权限不修改也可以，先禁用它。",
    "アカウントを無効化しました。",
])
def test_cjk_actions_are_not_generic(text: str) -> None:
    assert not is_generic(text)


def test_key_rotation_rule_leaves_english_to_the_english_rules() -> None:
    from gateway.inspection.prose_keys_i18n import key_step_hits
    text = "Schedule the client secret rotation and regenerate the API token after the freeze."
    assert key_step_hits(text, text.lower()) == []
