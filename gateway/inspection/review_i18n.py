"""Review verdicts in languages the English decision rules do not read: Korean, Chinese, Japanese,
Swedish, Norwegian, Danish, Polish and Finnish. A verdict written as a table cell ("| 회수 |",
"| 保留 |") or after a colon at the end of a line ("- Anna Berg – Admin: **behåll**"), on a row that
names someone, in an answer about a review of access, is evidence; a revoke verdict is also an access
change someone will carry out."""

from __future__ import annotations

import re

from gateway.inspection.hits import Hit
from gateway.inspection.keywords import Found
from gateway.inspection.prose_referents import has_person

_RETAIN = (r"유지|保留|维持|維持|継続|behåll|behålls|beholdes|behold|bevares|utrzymać|utrzymane|zachować|"
           r"pozostawić|säilytä|säilytetään")
_REVOKE = (r"회수|삭제|제거|收回|撤销|撤回|移除|删除|剥奪|削除|取消|ta bort|tas bort|återkalla|fjern|fjernes|odebrać|"
           r"cofnąć|usunąć|poista|poistetaan")
_VERDICT = rf"(?P<v>{_RETAIN}|{_REVOKE})"
# "| 회수 |", "| **behåll** — left in May |": the verdict fills a cell (a short reason may follow a dash
# or stand in brackets: "| 회수 (퇴사) |").
CELL = re.compile(r"\|[ \t]*\**" + _VERDICT + r"\**(?:[ \t]*[\u2014\u2013:-][ \t][^|\n]{0,80}|"
                  r"[ \t]*[(（][^()（）|\n]{0,80}[)）])?[ \t]*(?=\|)")
# "- Mikael Strand – Administratör: **ta bort**, slutade i maj": the verdict after the colon ends the line
# (a reason may follow a comma, a dash or a bracket).
AFTER_COLON = re.compile(r"[:：][ \t]*\**" + _VERDICT + r"\**(?:[ \t]*(?:[,，(（\u2014\u2013-])[^\n]{0,120})?[ \t]*\Z")
REVOKES = re.compile(_REVOKE)
REVIEW = re.compile(r"검토|점검|재인증|审查|复核|审核|评审|盘点|棚卸|レビュー|見直し|(?<!\w)(?:granskning\w*|"
                    r"granskat|gennemgang\w*|gjennomgang\w*|przegląd\w*|recertyfikacj\w*|recertifiering\w*|"
                    r"katselmoin\w*|beslut(?:en)?|decyzj\w*|beslutning\w*)(?!\w)", re.IGNORECASE)
ACCESS = re.compile(r"권한|접근|权限|访问|権限|アクセス|(?<!\w)\w*(?:behörighet|åtkomst|rättighet|uprawnie|dostęp|"
                    r"rettighed|rettighet|tilgang|adgang|käyttöoikeu)\w*", re.IGNORECASE)
# A table column that holds people: the row then names someone whatever script the name is in.
PERSON_COLUMN = re.compile(r"사용자|성명|이름|직원|대상자|用户|姓名|员工|人员|氏名|社員|ユーザー|利用者|担当者|"
                           r"(?<!\w)(?:användare|namn|medarbetare|anställd|person|pracownik|użytkownik|imię|nazwisko|"
                           r"osoba|bruger|brukar|bruker|navn|medarbejder|ansatt|käyttäjä|nimi|henkilö)(?!\w)",
                           re.IGNORECASE)
LOGIN = re.compile(r"(?<![\w.])[a-z]+[._][a-z]+\d*(?![\w])|`[\w.@-]*[-_.@][\w.@-]*`")
TABLE_RULE = re.compile(r"\|?[ \t]*:?-{3,}")
# Every verdict is one of these: an answer holding none is left at once.
WORDS = ("유지", "保留", "维持", "維持", "継続", "behåll", "behålls", "behold", "bevares", "utrzyma", "zachowa",
         "pozostawi", "säily", "회수", "삭제", "제거", "收回", "撤销", "撤回", "移除", "删除", "剥奪", "削除", "取消",
         "ta bort", "tas bort", "återkalla", "fjern", "odebra", "cofną", "usuną", "poista")


def verdict_hits(text: str, found: Found) -> list[Hit]:
    """Attestation (and, for revokes, access-change) hits for verdict cells and verdict lines (`found`: where
    WORDS occur in the lower-cased text)."""
    if not found.any(WORDS) or not REVIEW.search(text) or not ACCESS.search(text):
        return []
    hits: list[Hit] = []
    person_column = False
    at = 0
    for line in text.splitlines(keepends=True):
        start, at = at, at + len(line)
        body = line.rstrip("\r\n")
        if "|" in body and _is_header(body, text, at):
            person_column = PERSON_COLUMN.search(body) is not None
            continue
        m = _verdict(body)
        if m is None or not (person_column and body.lstrip().startswith("|") or _names_someone(body[:m.start()])):
            continue
        hits.append(Hit("attestation", start + m.start(), start + m.end(), 0.7, "attest", rule="verdict-i18n"))
        if REVOKES.fullmatch(m.group("v")):
            hits.append(Hit("access_change", start + m.start(), start + m.end(), 0.7, "revoke", rule="verdict-i18n"))
    return hits


def _verdict(line: str) -> re.Match[str] | None:
    """The verdict of one line: in a cell after the first, or after a colon at its end."""
    if "|" in line:
        first = line.find("|", line.find("|") + 1)  # the end of the first cell: the row's subject
        return CELL.search(line, max(first, 0)) if first > 0 else None
    return AFTER_COLON.search(line)


def _is_header(line: str, text: str, end: int) -> bool:
    """A table row followed by the rule line under a header."""
    following = text[end: text.find("\n", end) if text.find("\n", end) != -1 else len(text)]
    return TABLE_RULE.match(following.strip()) is not None


def _names_someone(before: str) -> bool:
    """A person's name, a login or an identifier in code before the verdict."""
    return has_person(before) or LOGIN.search(before) is not None
