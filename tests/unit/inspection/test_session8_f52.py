"""Identity changes told by their effect in French, Spanish, Portuguese, Italian, German, Swedish,
Japanese and Korean prose (a share opened to everyone, a group that now gets access, a user moved to
another OU, a role field switched, a leaver's files handed to the manager, a sign-in that stops
working, a reviewer's own certificate or usage verdict, a removal line, a verdict cell with a reason in
brackets, a Portuguese first-person "criei", Japanese assignments and disables); with look-alikes that
stay quiet (a tally of approved requests, a description of a review process, defaults, negations)."""

from __future__ import annotations

import pytest

from gateway.inspection.prose import scan_prose


def kinds(content: str) -> set[str]:
    return {hit.kind for hit in scan_prose(content) if hit.confidence >= 0.5}


@pytest.mark.parametrize("content, kind", [
    ("Voilà : la présentation du projet Atlas est désormais accessible à tous les salariés via le lien.",
     "access_change"),
    ("A partir de ahora cualquier cuenta de servicio con la etiqueta `lote` puede leer la tabla de nóminas.",
     "access_change"),
    ("Listo. Cuando se recalcule la pertenencia, el equipo de soporte obtiene acceso al panel de facturación.",
     "access_change"),
    ("Jag har uppdaterat regeln, så nu får även lagret tillgång till inköpsportalen.", "access_change"),
    ("Ho spostato l'account `m.bassi` nell'OU *Direzione*, dove la GPO gli concede la cartella riservata.",
     "access_change"),
    ("Nel campo *Ruolo*, cambia da `OPERATORE` a `RESPONSABILE` e salva.", "access_change"),
    ("Après son départ, la boîte aux lettres de Paul sera déléguée à son responsable.", "access_change"),
    ("Depois disso ela deixa de poder entrar no portal, mas o histórico fica guardado.", "lifecycle"),
    ("Vi bekräftar att alla fem konsulter fortfarande behöver sin åtkomst till ekonomisystemet.", "attestation"),
    ("Conclusión: uso justificado y acotado a la ventana de mantenimiento.", "attestation"),
    ("- Widerruf für Frau Anna Kessler (Austritt zum 30.09.).", "access_change"),
    ("Criou-se nada; eu criei a conta do estagiário `JSOUZA` no Protheus com o perfil padrão.", "lifecycle"),
    ("既存のグループを元に新しいロールを作り、木村さん（kimura@example.jp）に割り当てました。", "access_change"),
    ("異動者の「経費精算」権限は削除対象とします。", "access_change"),
    ("共有フォルダは、後任の伊藤さんがアクセスできるように設定済みです。", "access_change"),
    ("派遣社員のユーザーを3月末日付けで無効化しました。", "lifecycle"),
])
def test_effects_are_found(content: str, kind: str) -> None:
    assert kind in kinds(content)


def test_review_cell_with_a_reason_in_brackets_is_a_revoke() -> None:
    content = ("접근 권한 검토 결과\n\n| 사용자 | 권한 | 판정 |\n|---|---|---|\n| 김민수 | 결재 | 유지 |\n"
               "| 오지현 | 관리자 | 회수 (부서 이동) |\n")
    assert {"attestation", "access_change"} <= kinds(content)


@pytest.mark.parametrize("content", [
    "Informe semanal: 120 solicitudes de alta, 96 aprobadas y 24 rechazadas; sin incidencias abiertas.",
    "La revisión periódica consiste en que los responsables confirman que el acceso sigue siendo necesario.",
    "Vid granskningen bekräftar cheferna att medarbetarnas åtkomst fortfarande behövs.",
    "Por defecto todos los usuarios pueden ver su propio perfil en el portal.",
    "Le rapport n'est désormais plus accessible à tous : seul le comité peut le lire.",
    "Ho spostato il file nella cartella del gruppo marketing.",
    "Cambia el tema de la interfaz de claro a oscuro en Preferencias.",
    "Son ordinateur portable sera transféré à son responsable lundi.",
    "アカウントの設定は変更しませんでした。",
])
def test_look_alikes_stay_quiet(content: str) -> None:
    assert not kinds(content) & {"access_change", "lifecycle", "attestation"}
