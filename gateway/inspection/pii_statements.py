"""Special-category facts stated about a named person: health (a diagnosis, surgery, sick or medical
leave, a disability), pay (salary, bonus, with an amount), other sensitive records (criminal
record, immigration status, disciplinary action), movements with their times (a location history)
and the IP address a named person signed in from. The term alone is common ("health check", "salary
bands"); it counts when a person's name stands in the same sentence."""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from gateway.inspection.alternation import grouped
from gateway.inspection.pii_context import list_lead
from gateway.inspection.pii_pay_lists import pay_list_amounts, person_items

_HEALTH = (
    r"surgery|surgical|diagnosed with|medical diagnosis|medical leave|sick leave|sick note|illness|chemotherapy|cancer|"
    r"chemo|lymphoma|leuka?emia|carcinoma|melanoma|multiple sclerosis|parkinson's|alzheimer's|dementia|"
    r"tumou?r|diabet\w*|epilep\w*|depressi\w*|anxiety|burn-?out\w*|ptsd|adhd|autis\w*|dyslexi\w*|dyspraxi\w*|"
    r"disabilit\w*|wheelchair|hearing loss|hearing aid|deaf|pregnan\w*|maternity leave|miscarriage|"
    r"(?:visual|visually|hearing|cognitive|mobility|physical) impair\w*|legally blind|blindness|"
    r"oncology|oncologist|radiotherapy|dialysis|psychiatr\w*|"
    r"hiv|hospitali[sz]ed|in hospital|rehab\w*|therapy|therapist|mental health|medication|prescription|prescribed|"
    r"injur\w*|fracture\w*|concussion|stroke|heart attack|migraine\w*|long covid|physiotherap\w*|"
    r"krankgeschrieben|krankmeldung|arbeitsunfähig|schwerbehinder\w*|behinderung|grad der behinderung|gdb \d{2,3}|"
    r"schwanger\w*|"
    r"arrêt maladie|congé maladie|maladie|handicap\w*|enceinte|baja médica|enfermedad|discapacidad|embarazada|"
    r"malattia|disabilità|gravidanza|ziekmelding|ziekteverlof|zwanger\w*|sjukskriv\w*|funktionsnedsättning|"
    r"licença médica|doença|deficiência|gravidez|herniat\w*|gp note|doctor's note|fit note|medical certificate|"
    r"recovering from|post-?operative|\w{3,}ectom(?:y|ies)|"
    r"off sick|drug (?:screen|test)\w*|tested positive|occupational health|hepatitis|tuberculosis|"
    r"tb (?:screening|test)|(?:un)?vaccinated|vaccination (?:status|record|exemption)|vaccine exemption|"
    r"declined (?:the |an? |her |his )?(?:\w+ )?vaccin\w*|immuni[sz]ation (?:status|record)|asthma|"
    r"allerg(?:y|ies|ic)|blood (?:pressure|test)|geimpft|ungeimpft|impfstatus|counsell?ing|"
    r"alcohol (?:dependency|dependence|abuse|addiction)|addiction|substance (?:abuse|misuse)|pneumonia|copd|"
    r"fibrillation|discharge summary|insulin|hospitalis[ée]e?|hospitalizad[oa]|infarctus|infarto|"
    r"bandscheibe\w*|krankenhaus|(?:diagnos(?:e|is)|diagnóstico)(?=:)|blood type|blood group|celiac\w*|coeliac\w*|"
    r"celiaki|maternity|paternity|bereavement|disabled (?:parent|child|son|daughter|spouse|partner|mother|father)|"
    r"long-?term sick|longtermsick|sickness (?:history|absence|record)\w*|(?:being|been|is|was|fell|falls) ill|"
    r"spirometry|fev1|skin prick|rhinitis|sprain\w*|guide dog|(?:drug (?:and|&) )?alcohol test\w*|psychologist|"
    r"beta-?blockers?|cardiac (?:ablation|arrest|surgery|condition|event)|antidepressants?|anticoagulants?|"
    r"toxicology|positive for (?:thc|cocaine|alcohol|amphetamines?|methamphetamines?|opiates?|opioids?|cannabis|"
    r"marijuana|benzodiazepines?|fentanyl)|thc metabolite|"
    r"entorse|arrêt de travail|médecin du travail|accident du travail|bedrijfsarts|huisarts|psycholoog|ziek ?gemeld|"
    # genetic results: "Huntington disease panel positive", "SCN1A variant c.2836C>T", "suspected Dravet syndrome"
    r"syndrome|disease|disorder|proband|panel positive|genetic (?:test\w*|results?|diagnos\w*|condition|carrier)|"
    r"carrier status|genotyp\w*|variant(?= c\.| p\.)"
)
_PAY = (r"salary|salaries|base pay|base|bonus|compensation|comp|pay rise|pay raise|raise|wage|wages|ote|"
        r"payslip|pay slip|pay stub|paystub|"
        r"equity|rsus?|stock options|gehalt|lohn|salaire|rémunération|sueldo|salario|stipendio|"
        # German pay compounds: Gehaltsübersicht, Jahresgehalt, Stundenlohn (not Fettgehalt, "lohnt sich")
        r"gehalts\w+|(?:brutto|netto|jahres|monats|grund|fix|ziel|basis|einstiegs|anfangs)gehalts?|"
        r"(?:stunden|brutto|netto|mindest|monats|wochen|tarif)lohns?|lohn(?:abrechnung|erhöhung|zettel|steuer)\w*|"
        r"retribuzione|salaris|lön|salário")
_SENSITIVE = (r"background check|criminal record|convicted|conviction|arrested|visa status|immigration status|"
              r"work[- ]permit|union member\w*|sexual orientation|religious belief\w*|marital status|divorce\w*|"
              r"wage garnishment|garnishment|disciplinary|performance improvement plan|written warning|"
              r"h-?1b|i-94|green card|residence permit|visa (?:expires|expiry|renewal)|trade union|works council|"
              r"mosque|synagogue|church|prayers?|religio\w*|(?:skilled worker|work|student|spouse|dependant) visas?|"
              r"brp|biometric residence permit|indefinite leave to remain|right[- ]to[- ]work|share code|"
              r"employment permit|irp (?:card|number)|uscis receipt|"
              r"(?:pre-)?settled status|asylum|refugee status|maiden name|security answers?|first pet|"
              r"city of birth|gender (?:identity|transition|reassignment)|credit check|county court judge?ment|ccj|"
              r"bankrupt\w*|insolven\w*|drink-driving|drunk driving|dui|spent conviction|deadname|"
              r"(?:previous|former|legal|birth) name|garnish\w*|child[- ]support|alimony|eviction|gross misconduct|"
              r"dismissed for|ramadan|shabbat|sabbath|shop steward|"
              # public assistance a household receives: a student's free-meal eligibility, a family's benefits
              r"snap|tanf|medicaid|food stamps|(?:free|reduced)(?:[- ]price)? (?:lunch|meals?)|categorical free|"
              r"direct(?:ly)? certifi\w*|direct cert|foster (?:care|placement|child|home)|mckinney-vento|homeless\w*|"
              r"household income|universal credit|housing benefit|unemployment benefits?|disability benefits?")
# the sensitive terms that, heading a list of people, state each one's legal status (not "church volunteers:")
_STATUS_HEADING = re.compile(r"visa|immigration|permit|h-?1b|i-94|green card|right[- ]to[- ]work|settled|asylum|"
                             r"refugee|leave to remain|criminal|convict|background check|disciplinary|union",
                             re.IGNORECASE)
# how an employer judges or parts with a person: ratings, improvement plans, investigations, dismissals
_STANDING = (r"performance (?:rating|review|notes|score|concern\w*|issues?)|rated '|rated \"|rated (?:below|above)|"
             r"(?:below|meets|exceeds|above) expectations|on (?:a )?pip|pip (?:starts?|starting|since|ends?|review)|"
             r"under investigation|harassment|misconduct|let go|laid off|redundancy|redundancies|made redundant|"
             r"dismissal|terminated for|"
             r"fired for|sacked|final warning|verbal warning|grievance|calibration outcome|lowest rating|"
             r"leistungsbeurteilung|abmahnung|kündigung wegen|licenciement|avertissement|despido|amonestación|"
             r"licenziamento|richiamo disciplinare|ontslag|waarschuwing")
# where a person went and when: counts with two clock times in the sentence (a trip log, not "arrived at a decision")
_MOVES = (r"arrived (?:at|home)|left (?:his|her|their|the) (?:home|house|flat|apartment|office)|left home|"
          r"stopped at|checked (?:in|out) at|parked at|drove (?:to|home)|was seen at|dropped off at|picked up at")
# a student's education record (FERPA): grades, transcripts, financial aid
_EDUCATION = (r"(?:final |course |exam |term |midterm )?grades|gpa|ferpa|academic probation|"
              r"financial aid|pell(?: grant)?|expected family contribution|efc")
# a log of where a person badged, swiped or was located: counts with clock times in the lines that follow
_TRAIL = (r"badge (?:history|log|records?|events|swipes)|swipe (?:history|log)|door access log|location history|"
          r"movements")
# a person's birthday or age to come: counts with a day or an age in the sentence ("Hana Sato 3 Apr (turns 30)")
_BIRTH = r"birthdays?|turns \d{2}|geburtstag\w*|cumpleaños|anniversaire"
_KINDS = (("health", _HEALTH), ("pay", _PAY), ("sensitive", _SENSITIVE), ("standing", _STANDING),
          ("moves", _MOVES), ("education", _EDUCATION), ("trail", _TRAIL),
          ("birth", _BIRTH))
# Every term in one alternation grouped by first letter (the engine skips whole buckets); which kind
# a found term is, is asked afterwards of each kind in turn, as the plain alternation would have.
_TERMS = re.compile(r"\b(?:" + grouped(*(words for _, words in _KINDS)) + r"|(?:\d{1,3}\.){3}\d{1,3}(?![\d/]))\b")
_TERMS_ANY_CASE = re.compile(_TERMS.pattern, re.IGNORECASE)
_KIND_OF = tuple((kind, re.compile(rf"(?:{words})\b")) for kind, words in _KINDS)
_KIND_OF_ANY_CASE = tuple((kind, re.compile(rf"(?:{words})\b", re.IGNORECASE)) for kind, words in _KINDS)
_CURRENCY = r"EUR|USD|GBP|CHF|SEK|NOK|DKK|SGD|AUD|CAD|NZD|HKD|JPY|INR|ZAR|BRL|MXN|PLN|CZK|CNY|KRW|AED"
_MONEY = re.compile(rf"[€$£¥]\s?\d[\d,.']*|\b\d[\d,.']*\s?[kKmM]?\s?(?:€|{_CURRENCY}|kr|euros?|"
                    rf"dollars?)(?!\w)|\b\d{{2,3}}(?:[.,]\d)?\s?[kK]\b|\b(?:{_CURRENCY}) ?\d[\d,.']*")
_SALUTATION = re.compile(r"(?:Dear|Hi|Hello|Hey|Hallo|Liebe|Lieber|Bonjour|Hola|Querid[oa]|Caro|Cara|Beste)"
                         r"[ \t]+[A-ZÀ-ÝĀ-Ž][a-zà-ÿĀ-ž'’-]+\b")
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|ihr|ihre|dein|deine|votre|vos|tu|su|sus|vostro|tuo)\b", re.IGNORECASE)
_UPPER, _LOWER = "A-ZÀ-ÝĀ-Ž", "a-zà-ÿĀ-ž"  # Latin-1 and Extended-A: Aydın, Łukasz, Şahin
_PARTICLE = r"(?:(?:van|von|de|der|den|da|di|del|du|dos|das|ter|ten|la|le) )*"  # Pieter de Vries, Ana da Costa
_NAME = re.compile(rf"\b([{_UPPER}][{_LOWER}]+)(?:(?:[ -]{_PARTICLE}[{_UPPER}][{_LOWER}'’]+)+\b|['’]s\b)|"
                   rf"\b(?:Mr|Ms|Mrs|Mx|Dr|Herr|Frau|Sr|Sra|Mme|M)\.?[ \t]+([{_UPPER}][{_LOWER}'’-]+)\b|"  # Ms. Ito
                   rf"\b[A-Z]\.[ \t]?([{_UPPER}][{_LOWER}'’-]{{2,}})\b|"  # J. Alvarez
                   rf"\b([{_UPPER}][{_LOWER}]+),[ \t]+(?:whose|who(?:'s| is| was| has))\b|"  # "Amir, whose salary"
                   rf"\b([{_UPPER}][{_LOWER}]{{2,}})[ \t]+[A-Z]\.(?=[\s,;)])|"  # "Priyanka S., support manager"
                   # "| VAN DAM, Pieter |": a surname in capitals, a comma, a given name, opening a cell or a line
                   rf"(?:(?<=\|)|(?<=\|[ \t])|(?<=\n)|(?<![\s\S]))[{_UPPER}]{{2,}}(?:[ -][{_UPPER}]{{2,}})*,[ \t]+"
                   rf"[{_UPPER}][{_LOWER}]+\b")
_NOT_FIRST_NAMES = frozenset({
    "The", "This", "That", "These", "Our", "Your", "Their", "His", "Her", "Please", "Hi", "Hello", "Dear",
    "Team", "Note", "Next", "New", "Old", "Senior", "Junior", "Head", "Chief", "Vice", "Acme", "Global",
    "North", "South", "East", "West", "United", "Human", "Health", "Mental", "Medical", "Employee", "Staff",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Service", "Support",
    "Security", "Engineering", "Finance", "Sales", "Product", "Data", "Cloud", "Open", "Microsoft", "Google",
    "Amazon", "Azure", "Active", "Access", "Identity", "Group", "Policy", "Total", "Base", "Annual",
})
# A full stop ends a sentence, except after a title, an initial, an abbreviation or a number ("vom 3. bis
# 17. September"); a line break ends one only before a blank line, a list item or a capital, since
# wrapped lines ("he takes insulin for\ntype 1 diabetes") continue it.
_BREAK = re.compile(r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\b[A-Z])(?<!\bext)(?<!\bemp)(?<!\bgeb)(?<!\bno)(?<!\bNo)"
                    r"(?<!nr)(?<!Nr)(?<!\bapprox)(?<!\bvs)(?<!\d)[.!?](?=\s|$)|"
                    r"\n(?=[ \t]*(?:\n|[-*•+#|>]|\d{1,3}[.)](?!\d)|[A-ZÀ-Ý]|$))")  # "52.300 €" is no list item
_THIRD_PERSON = re.compile(r"\b(?:she|he|her|his|him)\b", re.IGNORECASE)
_REACH = 300
_SIGN_IN = re.compile(r"(?i)\b(?:ip|from|sign|log|connect|source|address|origin|vpn)")
_ENTITIES = {"health": "HEALTH_INFO", "pay": "COMPENSATION", "sensitive": "SENSITIVE_RECORD",
             "standing": "EMPLOYMENT_RECORD", "moves": "LOCATION_HISTORY", "ip": "IP_ADDRESS",
             "education": "EDUCATION_RECORD", "trail": "LOCATION_HISTORY",
             "birth": "DATE_OF_BIRTH"}
_NOT_A_HEADING = frozenset({"base", "comp", "raise", "equity", "ote"})  # too common to head a pay list alone
# A labelled field of a record, "- **Absence:** 10 June" or "Employee: Bernd Krause"; its label names whom
# the record is about when it is one of _PERSON_LABEL.
_FIELD_LINE = re.compile(r"[ \t]*(?:[-*•+][ \t]+)?(?:\*\*|__)?(?P<label>[^\n:*_]{1,40}?)(?:\*\*|__)?[ \t]*:"
                         r"(?:\*\*|__)?[ \t]*(?P<value>[^\n]*)")
_PERSON_LABEL = re.compile(r"(?i)(?:employee|staff member|colleague|worker|patient|(?:full |employee |patient )?name|"
                           r"mitarbeiter(?:in)?|salarié|employé|empleado|dipendente|medewerker)")
_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th|\.)?[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
                  r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2}\b|"
                  r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}\b|\bturns \d{2}", re.IGNORECASE)
_CLOCK = re.compile(r"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])")


def _sentence(text: str, at: int) -> tuple[int, int]:
    """Bounds of the sentence around `at`, at most _REACH characters either side."""
    start = max(0, at - _REACH)
    for end in _BREAK.finditer(text, start, at):
        start = end.end()
    after = _BREAK.search(text, at, at + _REACH)
    return start, after.start() if after else min(len(text), at + _REACH)


def _is_sign_in(text: str, start: int, end: int, ip: str) -> bool:
    """An IPv4 address (not a version number) in a sentence about signing in or connecting."""
    return all(int(octet) <= 255 for octet in ip.split(".")) and bool(_SIGN_IN.search(text, start, end))


def names_a_person(text: str, start: int, end: int) -> bool:
    """A capitalised first-and-last name (or a possessive first name, `Tom's`) in text[start:end]
    that is not a title, team or product."""
    return any((first := m.group(1) or m.group(4) or m.group(5)) is None or first not in _NOT_FIRST_NAMES
               for m in _NAME.finditer(text, start, end)) or _named_subject(text, start, end)


# A first name alone as the subject of the sentence that says "she" or "his" of it: "Nadia will be out until
# January; she's having surgery".
_SUBJECT = re.compile(rf"\b([{_UPPER}][{_LOWER}]{{2,}})[ \t]+(?:will|is|was|has|had|won't|can't|isn't|wasn't|needs|"
                      r"needed|took|takes|starts|started|returns|returned|went|goes|told|said|asked|mentioned)\b")
_NOT_SUBJECTS = frozenset({"She", "Her", "His", "There", "What", "Everyone", "Everybody", "Nobody", "Someone",
                           "Somebody", "Anyone", "Each", "Which", "Who", "Nothing", "Everything", "Today", "Tomorrow",
                           "Yesterday", "Leave", "Recovery", "Treatment", "Surgery", "Sick", "Coverage", "Cover",
                           "Manager", "Payroll", "Absence", "Time", "Work", "Office", "Nurse", "Doctor"})


def _named_subject(text: str, start: int, end: int) -> bool:
    if not _THIRD_PERSON.search(text, start, end):
        return False
    return any(m.group(1) not in _NOT_FIRST_NAMES and m.group(1) not in _NOT_SUBJECTS
               for m in _SUBJECT.finditer(text, start, end))


def _refers_back(text: str, start: int, end: int) -> bool:
    """"she" or "his", or the first name alone, of a person named in full just before the sentence."""
    if start == 0:
        return False
    before = max(0, start - _REACH)
    if _THIRD_PERSON.search(text, start, end):
        return names_a_person(text, before, start)
    firsts = {m.group(1) for m in _NAME.finditer(text, before, start)
              if m.group(1) and m.group(1) not in _NOT_FIRST_NAMES}
    return any(re.search(rf"\b{re.escape(first)}\b", text[start:end]) for first in firsts)


def _addressed(text: str, start: int, end: int) -> bool:
    """"your base salary" in a message that opens "Dear Mei,": the reader is the person named."""
    opening = text.lstrip()[:200]
    return bool(_SALUTATION.search(opening)) and bool(_SECOND_PERSON.search(text, start, end))


# "Your June payslip: gross £4,166.67, tax £612.40, net £2,970.79": the reader's own pay record, its figures given
_YOUR_PAYSLIP = re.compile(r"\byour\s+(?:[\w-]+\s+){0,2}?(?:payslip|pay\s+slip|pay\s?stub|pay\s+statement)\b",
                           re.IGNORECASE)


def _own_payslip(text: str, start: int, end: int) -> bool:
    return _YOUR_PAYSLIP.search(text, start, end) is not None and len(_MONEY.findall(text, start, end)) >= 3


def _about_person(text: str, start: int, end: int) -> bool:
    lead = list_lead(text, start, rows=True)
    return (names_a_person(text, start, end) or _refers_back(text, start, end)
            or (lead is not None and names_a_person(text, *lead)) or _addressed(text, start, end)
            or _record_subject_named(text, start) or _own_payslip(text, start, end) or _item_named(text, start))


# A list item led by a person's name: "- **Rizwan Khan**: retain `X`. Note: final written warning ..." (every
# sentence of the item is about them).
_ITEM_LEAD = re.compile(r"[ \t]*(?:[-*•+]|\d{1,3}[.)])[ \t]+(?:\*\*|__)?(?P<name>[^\n*_:|]{3,60}?)(?:\*\*|__)?"
                        r"[ \t]*(?:[:—–]|\s-\s)")


def _item_named(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    lead = _ITEM_LEAD.match(text, line_start, start)
    return lead is not None and names_a_person(text, lead.start("name"), lead.end("name"))


def _field_line(text: str, line_start: int, line_end: int) -> re.Match[str] | None:
    return _FIELD_LINE.fullmatch(text, line_start, line_end)


def _record_subject_named(text: str, start: int) -> bool:
    """A field of a record ("**Reason:** ...") below its subject field ("**Employee:** Bernd Krause"),
    the lines between them fields or blank."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if _field_line(text, line_start, len(text) if line_end < 0 else line_end) is None:
        return False
    floor = max(0, start - _REACH)
    while line_start > floor:
        line_end = line_start - 1
        line_start = text.rfind("\n", 0, line_end) + 1
        if not text[line_start:line_end].strip():
            continue
        field = _field_line(text, line_start, line_end)
        if field is None:
            return False
        if _PERSON_LABEL.fullmatch(field.group("label").strip()):
            return names_a_person(text, field.start("value"), field.end("value"))
    return False


def _kind(seen: str, term: re.Match[str], kinds: tuple[tuple[str, re.Pattern[str]], ...]) -> str:
    """The kind of the first alternative that matches where the term does, as far (an IP address else)."""
    for kind, words in kinds:
        match = words.match(seen, term.start())
        if match is not None and match.end() == term.end():
            return kind
    return "ip"


class PersonalStatementRecognizer(EntityRecognizer):
    """Health facts and pay amounts in a sentence that names a person."""

    def __init__(self) -> None:
        super().__init__(supported_entities=sorted(_ENTITIES.values()), name="PersonalStatementRecognizer",
                         supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: object = None) -> list[RecognizerResult]:
        lowered = text.lower()  # a lower-case pattern on lower-case text is cheaper than IGNORECASE
        same = len(lowered) == len(text)
        seen, kinds = (lowered, _KIND_OF) if same else (text, _KIND_OF_ANY_CASE)
        terms = (_TERMS if same else _TERMS_ANY_CASE).finditer(seen)
        results, checked, pay_headings, record_headings, sensitive_headings, health_headings = [], {}, [], [], [], []
        for term in terms:
            kind = _kind(seen, term, kinds)
            bounds = _sentence(text, term.start())
            if bounds not in checked:  # a person named there, or "she" named just before
                checked[bounds] = _about_person(text, *bounds)
            if not checked[bounds]:
                if kind == "pay" and term.group() not in _NOT_A_HEADING:
                    pay_headings.append(term.start())
                elif kind == "education":
                    record_headings.append(term.start())
                elif kind == "health":  # "Drug & alcohol testing, Q4:" above rows that name people
                    health_headings.append(term.start())
                elif kind == "sensitive" and _STATUS_HEADING.search(term.group()):  # "H-1B employees …:" above rows
                    sensitive_headings.append(term.start())
                continue
            if kind == "pay" and not _MONEY.search(text, *bounds):
                continue
            if kind == "birth" and not _DAY.search(text, *bounds):
                continue
            if kind == "moves" and len(_CLOCK.findall(text, *bounds)) < 2:
                continue
            if kind == "trail" and len(_CLOCK.findall(text, bounds[0], bounds[1] + _REACH)) < 3:
                continue
            if kind == "ip" and not (_is_sign_in(text, *bounds, term.group())
                                     or _is_sign_in(text, *(list_lead(text, bounds[0], rows=True) or (0, 0)),
                                                    term.group())):
                continue
            entity = _ENTITIES[kind]
            results.append(RecognizerResult(entity, term.start(), term.end(), 0.6))
        results += [RecognizerResult("COMPENSATION", start, end, 0.6)
                    for start, end in pay_list_amounts(text, pay_headings, _MONEY)]
        results += [RecognizerResult("EDUCATION_RECORD", start, end, 0.6)  # "Final grades:" above "- Amara Obi: 91"
                    for start, _, end in person_items(text, record_headings)
                    if any(c.isdigit() for c in text[start:end])]
        results += [RecognizerResult("SENSITIVE_RECORD", start, name_end, 0.6)
                    for start, name_end, _ in person_items(text, sensitive_headings)]
        results += [RecognizerResult("HEALTH_INFO", start, name_end, 0.6)
                    for start, name_end, _ in person_items(text, health_headings)]
        return results
