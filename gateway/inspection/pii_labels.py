"""Personal fields written as `label: value` in many languages: a date of birth ("생년월일 1992-03-18",
"生年月日：1989年5月23日", "Doğum tarihi: 04.07.1990") and a home address ("住所：東京都世田谷区…",
"주소: 서울특별시 마포구 …", "Ev adresi: Bağdat Cad. No: 244"). The label says what the value is; the
value must still have the shape: a date, or an address with a number that is not a network address.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from gateway.inspection.patterns import positions

BIRTH_LABELS = ("date of birth", "birth date", "geburtsdatum", "date de naissance", "fecha de nacimiento",
                "data di nascita", "data de nascimento", "geboortedatum", "födelsedatum", "fødselsdato",
                "syntymäaika", "data urodzenia", "doğum tarihi", "дата рождения", "生年月日", "出生日期", "생년월일")
HOME_LABELS = ("home address", "residential address", "wohnadresse", "wohnanschrift", "privatadresse",
               "adresse personnelle", "adresse du domicile", "domicilio", "indirizzo di residenza",
               "endereço residencial", "woonadres", "ev adresi", "ikamet adresi", "адрес проживания",
               "住所", "住址", "家庭地址", "주소")
_LABELS = (*BIRTH_LABELS, *HOME_LABELS)
_SEP = r"[ \t]*\**[ \t]*(?:[:：=]|は|은|는)?[ \t]*\**[ \t]*"
_DATE = (r"(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2})"
         r"|\d{4}[ \t]?年[ \t]?\d{1,2}[ \t]?月[ \t]?\d{1,2}[ \t]?日|\d{4}년[ \t]?\d{1,2}월[ \t]?\d{1,2}일)(?!\d)")
_BIRTH = re.compile(rf"(?:{'|'.join(map(re.escape, BIRTH_LABELS))}){_SEP}(?P<value>{_DATE})", re.IGNORECASE)
_HOME = re.compile(rf"(?:{'|'.join(map(re.escape, HOME_LABELS))}){_SEP}(?P<value>[^\s:：*][^\n]{{5,119}})",
                   re.IGNORECASE)
_ADDRESS_END = re.compile(r"\.[ \t]*$|。|[)）]", re.MULTILINE)  # "Cad. No: 244" goes on: abbreviations
# `IP 주소`, `메일 주소`, `IP-адрес`: a network or mail address, not where someone lives
_NETWORK_BEFORE = re.compile(r"(?:ip|mac|url|e-?mail|메일|이메일|서버|웹|게이트웨이|네트워크|server|gateway)[ \t]*$",
                             re.IGNORECASE)
_NOT_PLACE = re.compile(r"://|@|(?<!\d)\d{1,3}(?:\.\d{1,3}){3}(?!\d)|\b[\w\-]+\.(?:com|net|org|io|local)\b")


def _address_value(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The address in text[start:end], cut where its sentence ends, or None when it is not one."""
    cut = _ADDRESS_END.search(text, start, end)
    end = cut.start() if cut is not None else end
    value = text[start:end].rstrip(" \t,;*`")
    if len(value) < 6 or not any(c.isdigit() for c in value) or _NOT_PLACE.search(value):
        return None
    if " " not in value and value.isascii():  # a word or an identifier, not a street and number
        return None
    return start, start + len(value)


def _labelled(regex: re.Pattern[str], labels: tuple[str, ...], text: str, lowered: str) -> list[re.Match[str]]:
    """`list(regex.finditer(text))`, tried only where one of its labels starts (the case-blind
    alternation of labels, run over every position, costs milliseconds in a long answer)."""
    if len(lowered) != len(text):  # lower-casing moved the offsets (`İ`): search the text itself
        return list(regex.finditer(text))
    starts = sorted({pos for label in labels if label in lowered for pos in positions(lowered, label)})
    matches: list[re.Match[str]] = []
    for start in starts:
        if matches and start < matches[-1].end():
            continue  # inside the previous match, as finditer would skip it
        match = regex.match(text, start)
        if match is not None:
            matches.append(match)
    return matches


class LabelledFieldRecognizer(EntityRecognizer):
    """A date of birth or a home address after the label that names it."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSONAL_RECORD"], name="LabelledFieldRecognizer",
                         supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: object = None) -> list[RecognizerResult]:
        lowered = text.lower()
        if not any(label in lowered for label in _LABELS):
            return []
        spans = [match.span("value") for match in _labelled(_BIRTH, BIRTH_LABELS, text, lowered)]
        for match in _labelled(_HOME, HOME_LABELS, text, lowered):
            if _NETWORK_BEFORE.search(text, max(0, match.start() - 12), match.start()):
                continue
            if (span := _address_value(text, *match.span("value"))) is not None:
                spans.append(span)
        return [RecognizerResult("PERSONAL_RECORD", start, end, 0.6) for start, end in spans]
