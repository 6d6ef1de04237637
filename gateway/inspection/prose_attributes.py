"""HR / IdP attribute changes in prose: a manager, department, end date or status changed in a sentence
("update Ana's manager in Workday to ..."), on a form ("New value: ...") or on a field line with an arrow
("- Employment status: Active → Terminated"). Read by statements (per sentence) and prose_decisions (per answer)."""

from __future__ import annotations

import re

from gateway.inspection.alternation import grouped
from gateway.inspection.hits import Hit
from gateway.inspection.keywords import Found, lines_with
from gateway.inspection.patterns import literal_safe
from gateway.inspection.prose_referents import PRONOUN, has_person

IC = re.IGNORECASE
NEGATED_CHANGE = re.compile(r"\b(?:no|not|without|never|nothing to|nothing(?:'s| has| was)? been|nothing|before i)\s+"
                            r"(?:\w+\s+)?$", re.I)  # "nothing's been changed", "before I change anything"
ATTR_STRONG = re.compile(
    r"\b(?:(?:line |new )?(?<!\bad )(?<!\bads )(?<!\btag )(?<!password )(?<!secrets )(?<!package )"
    r"(?<!certificate )(?<!task )(?<!device )(?<!configuration )(?<!resource )(?<!traffic )(?<!file )(?<!window )"
    r"(?<!network )(?<!campaign )(?<!event )manager|supervisor|department|job title|"
    r"cost cent(?:re|er)|employment status|"
    r"end date|termination date|supervisory org\w*|vorgesetzte\w*|abteilung|kostenstelle|"
    r"austrittsdatum|departamento|responsable|jefe|département|date de départ|sponsor|legal entity|"
    r"last (?:working )?day|przełożon\w*|kierownik|dział|leidinggevende|afdeling|avdelning|chef|gestor|"
    r"responsabile|reparto|statusu? pracownika|worker type|employee type|employment type|legal name|"
    r"contract end date|reports[ -]to|reporting line|time type|worker category|einddatum|enddatum|"
    r"fecha de (?:fin|baja)|date de fin|data di fine|data de fim|data de término|(?:security )?clearance(?: level)?|"
    r"uitdiensttredingsdatum|datum uit dienst|data de desligamento|data de saída|data di cessazione|"
    r"fecha de (?:salida|terminación|cese)|departman\w*|yönetici\w*|beschäftigungsstatus|"
    r"bank details|bank account details|direct deposit details|home address|job info(?:rmation)?|"
    r"dat[aęy] (?:zakończenia|rozwiązania|ustania) (?:umowy|zatrudnienia|stosunku pracy))\b",
    IC)  # payroll and HR record fields
ATTR_WEAK = re.compile(r"\b(?:title|status|stato|estado|statut|start date|location|division|on leave|cost centre|"
                       r"as (?:terminated|inactive|active|deceased|retired|rehired)|leave of absence|return date|"
                       r"met verlof|en excedencia|en congé)\b", IC)
CHANGE = re.compile(r"\b(?:chang\w*|updat\w*|set|move[sd]?|"
                    # the verb with its object ("record her end date"), not the noun ("on the HR record.")
                    r"record(?=\s+(?:the|her|his|their|an?|its|this|that|them|him|[\w.-]+'s)\b)|"
                    r"mark|replace|assign|reassign\w*|transfer|flip|"
                    r"is now|are now|"  # "her employment status is now Administrative Leave": the new value
                    # "put Sam Eriksen on a leave of absence in Workday"
                    r"(?:put|placed)(?=\s[^.;\n]{0,40}?\bon\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:leave|loa)\b)|"
                    # a leaver's date confirmed in the HR system: "Workday: confirm termination date 28 Jun"
                    r"confirm(?=\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:termination|end|leaving|exit|separation|"
                    r"last working) date\b)|"
                    r"switch\w*|flip\w*|extend\w*|shorten\w*|convert\w*|"
                    r"amend\w*|edit\w*|ändern|geändert|ändert|eintragen|aktualisier\w*|actualiz\w*|cambi\w*|"
                    r"korrigier\w*|corrig\w*|correg\w*|corrij\w*|"
                    r"modifi\w*|mettre à jour|mise?s? à jour|zmian\w*|zmieni\w*|wijzig\w*|ändra\w*|uppdater\w*|"
                    r"atualiz\w*|zaktualizowa\w*|zaktualizuj\w*|"
                    r"aggiorn\w*|alter\w*|aangepast|aanpass\w*|angepasst|anpass\w*|ajust\w*|pasa (?:del?|al?)|"
                    r"passe (?:de|du|à|au)|wechselt (?:von|in|zu)|overgeplaatst|vastgelegd|registrei|registr[eé]|"
                    r"registrato|impostat[oaie]|eingetragen|erfasst|güncelle\w*|değiştiril\w*|değiştird\w*|"
                    # switched over to a person ("auf Frau Lange umstellen"), not a system ("auf SAP umgestellt")
                    r"auf\s+(?:frau|herrn?)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:umstell\w*|umgestellt)|"
                    r"(?:umstell\w*|umgestellt)\s+auf\s+(?:frau|herrn?)\s)\b", IC)
HR_SYSTEM = re.compile(r"\b(?:workday|bamboohr|hris|hr system|hr-system|hr (?:status|record)|successfactors|personio|"
                       r"hibob|adp|directory|directorio|annuaire|okta|entra|active directory|azure ad|"
                       r"idp|ldap|profile|employee|worker|personalsystem|afas|sap hcm|hr-systeem|rr\.? ?hh|"
                       r"recursos humanos|ressources humaines|personalabteilung|rippling|gusto|deel|ukg|dayforce|"
                       r"paylocity|peoplesoft|oracle hcm|namely|factorial|sage hr|idp|sistema de rh|"
                       r"sistema de recursos humanos|système rh|sistema rrhh|hr-system|sirh|logiciel rh|"
                       r"gestionale (?:del personale|hr|risorse umane)|risorse umane|anagrafica|"
                       r"system(?:ie)? kadrow\w*|kadrowo-płacow\w*)\b", IC)

# A change dated like an HR record's ("status changed to FMLA Leave effective 11/11/2024"): stands in for the system.
EFFECTIVE = re.compile(r"\b(?:effective (?:on )?(?:\d|immediately\b|today\b|tomorrow\b|"
                       r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d)|"
                       # "status set to On leave from 2 Dec 2024 to 31 May 2025": a dated period
                       r"(?:from|as of|starting) (?:\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
                       r"oct|nov|dec)|\d{4}-\d\d-\d\d\b))", IC)
EFFECTIVE_WORDS = ("effective", "from ", "as of", "starting")
# ... on a field that a named person's record holds: "**Olga Sokolova** status set to ...", "Olga's status"
NAMED_FIELD = re.compile(r"(?:\b[A-Z][a-zà-ÿ]+ [A-Z][a-zà-ÿ'-]+|\b[A-Z][a-zà-ÿ]+(?:'s|\u2019s)|\b(?:[Hh]is|[Hh]er))"
                         r"[*_]*\s+"
                         r"(?:employment |work |leave )?(?:status|location|title|division)\b")
NAMED = re.compile(r"\b[A-Z][a-zà-ÿ]+ [A-Z][a-zà-ÿ'-]+\b|\b[A-Z]\w*'s\b|\b(?:his|her)\b")  # PERSON less numbers
QUOTED_OBJECT = re.compile(r"\s+(?:the\s+)?[\"\u201c][^\"\u201d\n]{3,80}[\"\u201d]")
# "Departamento do Caio atualizado ...": a field followed by whose it is (a Portuguese "do" / "da" and a name).
FIELD_OF_NAME = re.compile(r"\s+d[oa]\s+[A-Z][a-zà-ÿ]+\b")


# A level of access named before the change: its values ("Cage Supervisor") are levels, not a person's manager.
ACCESS_LEVEL = re.compile(r"\b(?:security (?:profile|group|role|class)|permission set|access (?:level|profile)|"
                          r"user (?:class|profile|role)|privilege (?:level|set))s?\b", IC)


# A question that asks the reader to make the change: "Can you flip Ravi's status ... and set his sponsor to ...?"
ASKED_TO_CHANGE = re.compile(r"\s*(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|please\s+)"
                             r"(?:chang|updat|set|flip|switch|mov|mark|amend|edit)\w*\b", IC)


# A request waiting on someone's decision (LABELS tie-breaker 4): "still waiting for his manager's approval" names
# the approver, it changes nobody's manager.
AWAITED = re.compile(r"\b(?:pending|awaiting|waiting (?:on|for))\s[\w' -]{0,30}?\b(?:approval|review|sign-?off|"
                     r"decision|manager)\b(?:\s(?:from|by)\s[\w' -]{0,30}?\bmanager\b)?", IC)


def _unawaited(s: str, seen: str) -> tuple[str, str]:
    """`s` and `seen` (it, or it lower-cased) with each AWAITED phrase blanked."""
    for m in AWAITED.finditer(seen):
        blank = " " * (m.end() - m.start())
        s, seen = s[:m.start()] + blank + s[m.end():], seen[:m.start()] + blank + seen[m.end():]
    return s, seen


def attribute_hits(s: str, before: str = "", ls: str | None = None) -> list[Hit]:
    """Attribute-change hits in one masked sentence (`ls`: it lower-cased, same length, when known: the
    case-insensitive patterns then run lower-case on it, finding the same matches faster)."""
    if ls is not None and literal_safe(s, ls) and literal_safe(before, before):
        seen, pick = ls, _lower_case
    else:
        seen, pick = s, _as_is
    if "pending" in seen or "wait" in seen or "Pending" in seen or "Wait" in seen:
        s, seen = _unawaited(s, seen)
    change = next((m for m in pick(CHANGE).finditer(seen)
                   if not pick(NEGATED_CHANGE).search(seen, max(0, m.start() - 16), m.start())
                   and not seen.endswith(("last ", "Last "), 0, m.start())), None)  # "last changed on 2 May": a read
    if change is None or s.rstrip().endswith("?") and not ASKED_TO_CHANGE.match(seen):
        return []  # no change word, only negated ones ("no changes", "without updating"), or a question
    offset = 0
    if before and PRONOUN.search(s) and not pick(ATTR_STRONG).search(seen) and not pick(ATTR_WEAK).search(seen):
        offset = len(before) + 1
        s = before + " " + s  # "Her record still shows the old location; update both."
        seen = before + " " + seen
    strong = pick(ATTR_STRONG).search(seen)
    system = pick(HR_SYSTEM).search(seen)
    if not system and seen[change.start() + offset:change.start() + offset + 3] in ("mov", "tra") \
            and QUOTED_OBJECT.match(s, change.end() + offset):
        return []  # 'moved "AP Computer Science" to the CTE department': a titled thing, not a person's record
    if strong and (system or has_person(s) or FIELD_OF_NAME.match(s, strong.end())):
        if pick(ACCESS_LEVEL).search(seen, 0, change.start() + offset):
            return [Hit("access_change", max(0, change.start() - offset), len(s) - offset, 0.7, "modify",
                        rule="access-level-change")]  # "Security Profile: switch him from Cashier to Supervisor"
        return [Hit("attestation", max(0, min(change.start(), strong.start()) - offset), len(s) - offset, 0.7,
                    "modify", rule="attribute-change")]
    weak = pick(ATTR_WEAK).search(seen)
    if weak and (system and has_person(s)
                 or any(word in seen for word in EFFECTIVE_WORDS) and EFFECTIVE.search(seen)
                 and (NAMED_FIELD.search(s) if "effective" not in seen else NAMED.search(s))):
        return [Hit("attestation", max(0, min(change.start(), weak.start()) - offset), len(s) - offset, 0.65,
                    "modify", rule="attribute-change")]
    return []


def _grouped_lower(words: re.Pattern[str]) -> re.Pattern[str]:
    """A `\\b(?:a|b|...)\\b` word list without IGNORECASE, grouped by first letter (alternation.grouped:
    the same matches)."""
    head, tail = r"\b(?:", r")\b"
    return re.compile(head + grouped(words.pattern[len(head):-len(tail)]) + tail)


# The case-insensitive attribute patterns compiled without IGNORECASE (they are lower-case): on a
# lower-cased text where patterns.literal_safe holds they find the same matches, several times faster.
# Keyed by identity: hashing a compiled pattern hashes its whole code, each time.
_LOWER_CASE = {id(NEGATED_CHANGE): re.compile(NEGATED_CHANGE.pattern),
               id(ACCESS_LEVEL): re.compile(ACCESS_LEVEL.pattern),
               **{id(words): _grouped_lower(words) for words in (CHANGE, ATTR_STRONG, ATTR_WEAK, HR_SYSTEM)}}


def _lower_case(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return _LOWER_CASE[id(pattern)]


def _as_is(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return pattern


NEW_VALUE = re.compile(r"\b(?:new value|neuer wert|nuevo valor|nouvelle valeur|new (?:line )?manager|new department|"
                       r"new (?:job )?title|new cost cent(?:re|er)|new status|new end date|new supervisor)\**\s*:", IC)
NEW_ANCHORS = ("new ", "neuer wert", "nuevo valor", "nouvelle valeur")
NEW_GATES = ("new ", "neuer", "nuev", "nouvelle")
# A field line that shows the change: "- Employment status: Active → **Terminated**".
FIELD_ARROW = re.compile(r"[ \t]*(?:[-*+\u2022]|\d+[.)])?[ \t]*\**(?P<f>[^:\n*]{2,40}?)\**[ \t]*:[ \t]*[^\n:]{1,60}?"
                         r"[ \t](?:\u2192|->|=>)[ \t]*[*_`'\"]*\w")
ARROWS = ("\u2192", "->", "=>")
# A field set on a system's line, no old value shown: "Personio: manager → Kai Neumann, department → Netcode".
# The field stands between the line's start (or a colon or comma) and the arrow; a value follows, capitalised,
# not a chain of steps ("Manager → Worker → Queue").
FIELD_SET = re.compile(r"(?:^[ \t]*(?:[-*+\u2022]|\d+[.)])?|[:,;])[ \t]*\**(?P<f>[^:,;\n*]{2,40}?)\**[ \t]*"
                       r"(?:\u2192|->|=>)(?![^,;\n]*(?:\u2192|->|=>))[ \t]*[*_`'\"]*[A-Z\u00c0-\u00de]")  # not a chain


def attribute_form_hits(text: str, low: str, found: Found) -> list[Hit]:
    """"Field: end date / New value: ..." forms and field lines with an arrow, on someone in an HR system
    (`found`: where the NEW_ANCHORS and NEW_GATES occur in `low`)."""
    hits: list[Hit] = []
    m = next(iter(found.matches(NEW_VALUE, text, NEW_ANCHORS)), None) if found.any(NEW_GATES) else None
    seen, pick = (low, _lower_case) if literal_safe(text, low) else (text, _as_is)
    if m and pick(ATTR_STRONG).search(seen) and (pick(HR_SYSTEM).search(seen) or has_person(text)):
        hits.append(Hit("attestation", m.start(), m.end(), 0.7, "modify", rule="attribute-form"))
    lines = lines_with(text, ARROWS)
    if lines and pick(HR_SYSTEM).search(seen) and has_person(text):
        for start, end in lines:
            m = FIELD_ARROW.match(text, start, end)
            if m and ATTR_STRONG.fullmatch(m.group("f").strip()):
                hits.append(Hit("attestation", m.start(), m.end(), 0.7, "modify", rule="attribute-form"))
                break
            m = next((m for m in FIELD_SET.finditer(text, start, end) if ATTR_STRONG.fullmatch(m.group("f").strip())),
                     None)
            if m:
                hits.append(Hit("attestation", m.start("f"), m.end(), 0.7, "modify", rule="attribute-set"))
                break
    return hits
