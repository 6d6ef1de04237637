"""Identity steps in languages the word patterns do not cover: Russian and Ukrainian, Greek, Hebrew,
Arabic, Hindi, Finnish, Hungarian and Romanian. Each rule pairs an identity noun with a change verb
within one clause ("Обліковий запис … вимкнено", "MFA रीसेट कर दिया गया", "Loin uuden käyttäjätilin"),
searched only near the nouns the word index found."""

from __future__ import annotations

import re

from gateway.inspection.hits import Hit
from gateway.inspection.keywords import Found, windows_around

_GAP = r"[^.!?;\n。]{0,60}?"  # one clause between the noun and its verb, either way round


def _pair(nouns: str, verbs: str) -> str:
    return rf"(?:{nouns}){_GAP}(?:{verbs})|(?:{verbs}){_GAP}(?:{nouns})"


_LIFE_NOUNS = (r"учетн\w* запис\w*|обліков\w* запис\w*|аккаунт\w*|акаунт\w*|парол[ьяюе]\w*|пользовател\w*|"
               r"користувач\w*|λογαριασμ\w*|κωδικ\w*|χρήστ\w*|חשבון|סיסמ[הא]|משתמש|حساب|كلمة المرور|مستخدم|"
               r"खाता|खाते|पासवर्ड|अकाउंट|उपयोगकर्ता|mfa|käyttäjätil\w*|\btili[nltäe]\w*|salasan\w*|käyttäjä\w*|fiók\w*|"
               r"jelsz[óa]\w*|felhasználó\w*|\bcont(?:ul|ului|urile)\b|\bparol(?:a|ei|ele)\b|utilizator\w*")
_LIFE_VERBS = (r"отключ\w*|заблокир\w*|заблоков\w*|удал[её]н\w*|удалил\w*|видален\w*|вимкн\w*|сброш\w*|скинут\w*|"
               r"создан\w*|створен\w*|деактив\w*|розблок\w*|разблок\w*|απενεργοποι\w*|διαγρά\w*|επαναφ\w*|"
               r"δημιουργ\w*|κλειδώ\w*|הושבת\w*|נחסמ?\w*|נמחק\w*|אופס\w*|נוצר\w*|בוטל\w*|تعطيل|حذف|إعادة تعيين|قفل|"
               r"إنشاء|रीसेट|बंद कर|हटा|निष्क्रिय|लॉक|बनाया|\bloin\b|luotu\w*|luotiin|poistettu|poistin|lukittu|nollattu|"
               r"nollasin|suljettu|estetty|letiltva|letiltottam|törölve|töröltem|visszaállítva|zárolva|létrehoztam|"
               r"létrehozva|dezactivat\w*|șters\w*|sters\w*|resetat\w*|blocat\w*|creat\b")
_ACCESS_NOUNS = (r"доступ\w*|прав[ао]\w*|рол[ьия]\w*|групп?\w*|πρόσβαση|δικαιώματ\w*|ομάδα|ρόλο|גישה|הרשא\w*|"
                 r"קבוצה|לקבוצה|תפקיד|صلاحي\w*|وصول|مجموعة|دور|अनुमति|एक्सेस|पहुँच|पहुंच|समूह|भूमिका|ग्रुप|"
                 r"käyttöoikeu\w*|ryhmä\w*|rooli\w*|jogosultság\w*|hozzáférés\w*|csoport\w*|szerepkör\w*|"
                 r"\baccesul(?:ui)?\b|drepturi\w*|permisiun\w*|\bgrup(?:ul|ului|uri)\b|\brolul(?:ui)?\b")
_ACCESS_VERBS = (r"предоставл\w*|надан\w*|заблоков\w*|заблокир\w*|выдан\w*|видан\w*|отозван\w*|відкликан\w*|"
                 r"добавлен\w*|додан\w*|"
                 r"назначен\w*|призначен\w*|удал[её]н\w*|видален\w*|παραχωρ\w*|προστέθηκε|αφαιρέθηκε|ανακλήθηκε|"
                 r"הוענק\w*|הוסר\w*|נוספ?\w*|בוטל\w*|منح|إزالة|إضافة|سحب|दी गई|दिया गया|हटा|जोड़ा|जोड़ी|वापस|"
                 r"lisätty|lisäsin|myönnetty|poistettu|poistin|annettu|megadva|hozzáadva|hozzáadtam|visszavonva|"
                 r"eltávolítva|\bacordat[ăe]?\b|adăugat\w*|adaugat\w*|\brevocat[ăe]?\b|\beliminat[ăe]?\b")
_REVIEW = (r"הערת סגירה|אומת\w*|проверк\w* (?:прав|доступ)\w*|перегляд\w* (?:прав|доступ)\w*|"
           r"доступ\w* (?:подтвержд|підтвердж)\w*|käyttöoikeuksien (?:tarkastus|katselmointi)\w*|"
           r"jogosultság(?:ok)? felülvizsgálat\w*|recertificare\w*|revizuirea accesului")
LIFECYCLE = re.compile(_pair(_LIFE_NOUNS, _LIFE_VERBS), re.IGNORECASE)
ACCESS = re.compile(_pair(_ACCESS_NOUNS, _ACCESS_VERBS), re.IGNORECASE)
REVIEW = re.compile(_REVIEW, re.IGNORECASE)
# A negation before or inside the pair ("не была удалена", "לא הוסרה", "नहीं", "ei", "nem", "nu").
NEGATED = re.compile(r"(?<!\w)(?:не|ні|δεν|לא|لم|لا|ei|nem|nu)(?!\w)|नहीं", re.IGNORECASE)
QUESTION = re.compile(r"[^.!?;\n。]{0,40}[?？]")  # the clause the pair ends in is a question
WORDS = ("запис", "аккаунт", "акаунт", "пароль", "пароля", "пользовател", "користувач", "доступ", "прав", "рол",
         "груп", "λογαριασμ", "κωδικ", "χρήστ", "πρόσβαση", "δικαιώματ", "ομάδα", "ρόλο", "חשבון", "סיסמ", "משתמש",
         "גישה", "הרשא", "קבוצה", "תפקיד", "סגירה", "אומת", "حساب", "كلمة المرور", "مستخدم", "صلاحي", "وصول", "مجموعة",
         "खाता", "खाते", "पासवर्ड", "रीसेट", "अकाउंट", "उपयोगकर्ता", "अनुमति", "एक्सेस", "पहुँच", "पहुंच", "समूह", "भूमिका",
         "ग्रुप", "käyttäjätil", "tilin", "tilil", "tilit", "salasan", "käyttöoikeu", "ryhmä", "rooli", "fiók", "jelsz",
         "felhasználó", "jogosultság", "hozzáférés", "csoport", "szerepkör", "contul", "parola", "utilizator",
         "accesul", "drepturi", "permisiun", "recertificare", "grupul", "rolul")
REACH = 80
RULES = ((LIFECYCLE, "lifecycle", "modify", "prose-lifecycle-world"),
         (ACCESS, "access_change", "modify", "prose-access-world"),
         (REVIEW, "attestation", "attest", "attest-world"))


def world_hits(text: str, low: str, found: Found) -> list[Hit]:
    """Hits in `text` (`low`: it lower-cased, same length; `found`: where WORDS occur in `low`)."""
    windows = windows_around(found.positions(WORDS), len(text), REACH)
    if not windows:
        return []
    hits: list[Hit] = []
    for pattern, kind, action, rule in RULES:
        for m in (m for start, end in windows for m in pattern.finditer(low, start, end)):
            if NEGATED.search(low, max(0, m.start() - 24), m.end() + 12) or QUESTION.match(low, m.end()):
                continue  # not done, or asked about ("Чому мій доступ до VPN заблоковано?")
            hits.append(Hit(kind, m.start(), m.end(), 0.7, action, rule=rule))
            break
    return hits
