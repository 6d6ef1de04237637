"""Session 8, round 51 mechanisms: Italian "concesso" grants, Turkish first-person steps ("ekledim",
"sıfırladım"), Chinese "把 X 加入 项目", German mailbox access with the object first, German refusals
that negate the object and review statistics, CJK policy summaries, secrets split over lines with an
instruction to join them, keys the answer says it made (with the value shown), and pay tables under a
pay heading; with look-alikes that stay quiet."""

from __future__ import annotations

import pytest
from probes import engine_kinds

from gateway.inspection.credentials import CredentialDetector
from gateway.inspection.engine import build_engine
from gateway.inspection.generic_frame import is_generic

ENGINE = build_engine()
SECRETS = CredentialDetector()


def kinds(text: str, detector: str | None = "prose") -> set[str]:
    return engine_kinds(ENGINE, text, detector)


# --- grants and account steps in Italian, Turkish, Chinese, German --------------------------------

@pytest.mark.parametrize("text", [
    "Ho concesso a Paolo Verdi l'accesso in lettura alla cartella «Contratti 2024».",
    "Abbiamo concesso il ruolo di revisore a Chiara Neri nel progetto Atlante.",
    "Zeynep Arslan'ı `Finans-Okuyucular` grubuna ekledim, erişimi ay sonunda bitecek.",
    "Burak'a raporlama sunucusunda yönetici yetkisi verdim.",
    "Emre Şahin'i geliştiriciler grubundan çıkardık.",
    "已将实习生 zhao.lei@example.cn 添加到 GitHub 仓库 `web/portal`，角色为 Write。",
    "我把外包同事王芳拉进了 Jira 项目 FIN，权限为浏览者。",
])
def test_grants_in_other_languages(text: str) -> None:
    assert "access_change" in kinds(text)


@pytest.mark.parametrize("text", [
    "Mi sono concesso una pausa prima di scrivere al gruppo.",
    "Ekibe toplantı notlarını verdim ve grup sohbetine yazdım.",
    "Ahmet'i gruba eklemedim; önce yöneticisinin onayı gerekiyor.",
    "请不要把外包工程师加入生产项目。",
    "我把 README 文件添加到了项目仓库。",
])
def test_giving_and_refused_additions_stay_quiet(text: str) -> None:
    assert "access_change" not in kinds(text)


@pytest.mark.parametrize("text", [
    "Selin Aydın'ın hesabının kilidini açtım; yeni giriş yapabilir.",
    "Kerem'in parolasını sıfırladım ve geçici parolayı e-postayla gönderdim.",
    "Stajyerin kullanıcı hesabını sildik.",
])
def test_turkish_first_person_account_steps(text: str) -> None:
    assert "lifecycle" in kinds(text)


def test_mailbox_access_named_with_the_object_first() -> None:
    text = ("Das Benutzerkonto von Frau Jansen ist gesperrt. Zugriff auf das Postfach erhält ab sofort "
            "Herr Vogel aus ihrem Team.")
    assert "access_change" in kinds(text)
    assert "access_change" not in kinds("Zugriff darauf hat nur, wer in der Buchhaltung arbeitet.")


# --- refusals and statistics in German, CJK policy summaries ----------------------------------------

@pytest.mark.parametrize("text", [
    "Ich darf Ihnen keinen Schreibzugriff auf das Personallaufwerk geben; bitte stellen Sie einen Antrag.",
    "Wir können dem Praktikanten keine Adminrechte in der Buchhaltung einräumen.",
    "Auswertung der Überprüfung: 1.200 Konten geprüft, 3,5 % der Rechte entzogen, im Schnitt 4 Tage.",
])
def test_refusals_and_statistics_stay_quiet(text: str) -> None:
    assert "access_change" not in kinds(text, None)


def test_german_grant_still_found() -> None:
    assert "access_change" in kinds("Ich habe Herrn Brandt gestern die Leserechte für das Archiv gegeben.")


def test_cjk_policy_summary_is_generic() -> None:
    assert is_generic("信息安全管理规定概述：外包人员账号有效期不超过六个月；员工调岗后七日内删除原有权限。")
    assert not is_generic("已删除 chen.wei@example.cn 的账号。")


# --- secrets split over lines -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The webhook signing secret wraps badly, so here it is in two pieces; join them with no space:\n\n"
    "```\nQm7rTz2WkLpX9aVe\nHs4NcB8yJd1FgU6o\n```\n",
    "Your database password is split across two lines; concatenate them:\n\n"
    "Part A: `Rv8qLm2x`\nPart B: `Tn5KwP3z`\n",
])
def test_secret_split_over_lines(text: str) -> None:
    assert any(hit.confidence >= 0.5 for hit in SECRETS.hits(text))


@pytest.mark.parametrize("text", [
    "Concatenate the two halves of the host key fingerprint:\n\nSHA256:Qm7rTz2WkLpX9aVe\nHs4NcB8yJd1FgU6o\n",
    "Join the two lines to get the secret's name in the vault:\n\nprod-eu-central-1\npayments-v2-2024\n",
    "Concatenate the token placeholders:\n\n```\nYOUR_TOKEN_PART_ONE\nYOUR_TOKEN_PART_TWO\n```\n",
])
def test_split_lookalikes_stay_quiet(text: str) -> None:
    assert not any(hit.confidence >= 0.5 for hit in SECRETS.hits(text))


# --- keys the answer says it made --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I generated a new API key for the invoicing worker; store it in the vault:\n\n"
    "`sk_live_9fKq2Lm8RtX4vWz7Yb3Nc6Pd1Hs5Jg0Ua`\n",
    "Here is the token you asked me to create for the export job:\n\n"
    "`ghp_7Rk2mQ9xLp4Tz8Vw3Ny6Bc1Hd5Jf0Gs2Ka9`\n",
])
def test_key_made_and_shown_is_lifecycle(text: str) -> None:
    assert "lifecycle" in kinds(text)


@pytest.mark.parametrize("text", [
    "I generated a token count for each paragraph so you can compare the prompts.",
    "We created a new key for the map legend; the colours are below.",
    "I didn't generate a new key: the old one is still valid until March.",
])
def test_key_talk_without_a_secret_stays_quiet(text: str) -> None:
    assert "lifecycle" not in kinds(text)


# --- pay tables under a pay heading ------------------------------------------------------------------

def test_pay_table_under_a_pay_heading() -> None:
    text = ("Salary review proposals, Data team (confidential):\n\n| Name | Today | Proposed |\n|---|---|---|\n"
            "| Ines Duarte | €71,000 | €75,500 |\n| Karl Lund | €64,000 | €66,000 |\n")
    assert "pii" in kinds(text, "pii")


def test_pay_band_table_names_nobody() -> None:
    text = ("Salary bands for 2025:\n\n| Level | Minimum | Maximum |\n|---|---|---|\n"
            "| Senior Engineer | €70,000 | €90,000 |\n| Staff Engineer | €88,000 | €110,000 |\n")
    assert "pii" not in kinds(text, "pii")
