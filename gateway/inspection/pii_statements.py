"""Special-category facts stated about a named person: health (a diagnosis, surgery, sick or medical
leave, a disability) and pay (salary, bonus, with an amount). The term alone is common ("health
check", "salary bands"); it counts when a person's name stands in the same sentence."""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

_HEALTH = (
    r"surgery|surgical|diagnos[ie]s|diagnosed|medical leave|sick leave|sick note|illness|chemotherapy|cancer|"
    r"tumou?r|diabet\w*|epilep\w*|depressi\w*|anxiety|burnout|burn-out|ptsd|adhd|autis\w*|dyslexi\w*|dyspraxi\w*|"
    r"disabilit\w*|disabled|wheelchair|hearing loss|hearing aid|deaf|pregnan\w*|maternity leave|miscarriage|"
    r"hiv|hospitali[sz]ed|in hospital|rehab\w*|therapy|therapist|mental health|medication|prescri\w*|"
    r"injur\w*|fracture\w*|concussion|stroke|heart attack|migraine\w*|long covid|physiotherap\w*|"
    r"krankgeschrieben|krankmeldung|arbeitsunfähig|diagnose|schwerbehindert\w*|behinderung|schwanger\w*|"
    r"arrêt maladie|congé maladie|maladie|handicap\w*|enceinte|baja médica|enfermedad|discapacidad|embarazada|"
    r"malattia|disabilità|gravidanza|ziekmelding|ziekteverlof|zwanger\w*|sjukskriv\w*|funktionsnedsättning|"
    r"licença médica|doença|deficiência|gravidez"
)
_PAY = (r"salary|salaries|base pay|base|bonus|compensation|comp|pay rise|pay raise|raise|wage|wages|ote|"
        r"equity|rsus?|stock options|gehalt|lohn|salaire|rémunération|sueldo|salario|stipendio|"
        r"retribuzione|salaris|lön|salário")
_TERMS = re.compile(rf"\b(?:(?P<health>{_HEALTH})|(?P<pay>{_PAY}))\b")
_TERMS_ANY_CASE = re.compile(_TERMS.pattern, re.IGNORECASE)
_MONEY = re.compile(r"[€$£¥]\s?\d[\d,.']*|\b\d[\d,.']*\s?[kKmM]?\s?(?:€|EUR|USD|GBP|CHF|SEK|NOK|DKK|kr|euros?|"
                    r"dollars?)(?!\w)")
_NAME = re.compile(r"\b([A-ZÀ-Ý][a-zà-ÿ'’]+)(?:[ -][A-ZÀ-Ý][a-zà-ÿ'’]+)+\b")
_NOT_FIRST_NAMES = frozenset({
    "The", "This", "That", "These", "Our", "Your", "Their", "His", "Her", "Please", "Hi", "Hello", "Dear",
    "Team", "Note", "Next", "New", "Old", "Senior", "Junior", "Head", "Chief", "Vice", "Acme", "Global",
    "North", "South", "East", "West", "United", "Human", "Health", "Mental", "Medical", "Employee", "Staff",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Service", "Support",
    "Security", "Engineering", "Finance", "Sales", "Product", "Data", "Cloud", "Open", "Microsoft", "Google",
    "Amazon", "Azure", "Active", "Access", "Identity", "Group", "Policy", "Total", "Base", "Annual",
})
_SENTENCE_END = ".!?\n"


def _sentence(text: str, at: int) -> tuple[int, int]:
    start = max(text.rfind(c, 0, at) for c in _SENTENCE_END) + 1
    ends = [i for i in (text.find(c, at) for c in _SENTENCE_END) if i != -1]
    return start, min(ends, default=len(text))


def names_a_person(text: str, start: int, end: int) -> bool:
    """A capitalised first-and-last name in text[start:end] that is not a title, team or product."""
    return any(m.group(1) not in _NOT_FIRST_NAMES for m in _NAME.finditer(text, start, end))


class PersonalStatementRecognizer(EntityRecognizer):
    """Health facts and pay amounts in a sentence that names a person."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["HEALTH_INFO", "COMPENSATION"], name="PersonalStatementRecognizer",
                         supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: object = None) -> list[RecognizerResult]:
        lowered = text.lower()  # a lower-case pattern on lower-case text is cheaper than IGNORECASE
        terms = _TERMS.finditer(lowered) if len(lowered) == len(text) else _TERMS_ANY_CASE.finditer(text)
        results, checked = [], {}
        for term in terms:
            bounds = _sentence(text, term.start())
            if bounds not in checked:
                checked[bounds] = names_a_person(text, *bounds)
            if not checked[bounds]:
                continue
            if term.group("pay") and not _MONEY.search(text, *bounds):
                continue
            entity = "HEALTH_INFO" if term.group("health") else "COMPENSATION"
            results.append(RecognizerResult(entity, term.start(), term.end(), 0.6))
        return results
