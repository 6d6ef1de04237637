"""Personal data laid out as records rather than sentences: tables (markdown, SQL result grids, CSV,
TSV) whose header names personal columns, and lists whose lines pair a person's name with a phone
number (on-call rotas, contact sheets). A cell under `date_of_birth` is personal whatever its
shape; the header, not the value, is the evidence."""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from gateway.inspection.compiled import compiled

_PERSONAL = (r"dob|birth|birthday|birthdate|geburtsdatum|nacimiento|naissance|ssn|nin|nino|national|"
             r"passport|personnummer|tax|dni|nif|nie|bsn|aadhaar|pan|cpf|pesel|phone|mobile|cell|tel|telephone|"
             r"telefon|address|street|adresse|postcode|postal|zip|zipcode|salary|compensation|bonus|wage|income|gehalt|salaire|diagnosis|"
             r"medical|health|condition|disability|sick|leave|religion|ethnicity|gender|iban|bank|"
             r"titer|titre|vaccination|vaccine|immunization|immunisation|allergy|allergies")
_NEEDS_DIGIT = re.compile(rf"(?:^|_)(?:{_PERSONAL})(?:_|$)")
_TEXT_OK = re.compile(r"(?:^|_)(?:diagnosis|medical|health|condition|disability|sick|religion|ethnicity|"
                      r"gender|address|street|adresse|titer|titre|vaccination|vaccine|immunization|immunisation|"
                      r"allergy|allergies)(?:_|$)")
_PERSON = re.compile(r"(?:^|_)(?:name|names|surname|forenames?|given|full|first|last|employee|emp|user|username|email|"
                     r"person|staff|passenger|pax|traveller|traveler|crew|"
                     r"member|holder|owner|mitarbeiter|nom|nombre|student|patient|applicant|candidate|customer|"
                     r"client|tenant)(?:_|$|id)")
_HEADER_CELL = re.compile(r"[A-Za-z\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af][\w .()/#-]{0,40}")
# Japanese, Chinese and Korean column names, read as their English names
_CJK_COLUMNS = (("生年月日", "dob"), ("出生日期", "dob"), ("생년월일", "dob"), ("住所", "address"), ("地址", "address"),
                ("주소", "address"), ("電話", "phone"), ("电话", "phone"), ("전화", "phone"), ("携帯", "mobile"),
                ("手机", "mobile"), ("在留カード", "national"), ("マイナンバー", "national"), ("身份证", "national"),
                ("주민등록", "national"), ("旅券", "passport"), ("パスポート", "passport"), ("护照", "passport"),
                ("여권", "passport"), ("給与", "salary"), ("工资", "salary"), ("급여", "salary"), ("氏名", "name"),
                ("名前", "name"), ("姓名", "name"), ("이름", "name"), ("성명", "name"))
BLANK = re.compile(r"(?i)\s*(?:|-+|\*+|n/?a|null|none|redacted|<[^>]*>|\.\.\.|…)\s*")
_RULE = re.compile(r"[\s|:+=-]*")  # |---|---| or +----+----+
_NAME = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ'’]+(?:[ -][A-ZÀ-Ý][a-zà-ÿ'’]+)+\b")
_PHONE = re.compile(r"(?<![\w+])(?:\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]?\d{2,4}){2,4}"
                    r"|0\d(?:[ .-]?\d{2}){4}|0\d{2,4}[ /-]?\d{3,4}[ -]?\d{3,4}|\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4})(?!\w)")


_PERSONAL_KEY = (r"date_?of_?birth|birth_?date|dob|ssn|social_security(?:_number)?|national_id|passport_?(?:no|number)|"
                 r"tax_?id|personnummer|(?:base_?|annual_?|gross_?)?salary|compensation|diagnosis|medical_?condition|"
                 r"disability|health_?condition|home_?address|personal_?(?:phone|email|mobile)|emergency_?contact|"
                 r"marital_?status|(?:leave|absence|termination|dismissal)_?reason|medical_\w+|"
                 r"iban|nif|bsn|pesel|cpf|aadhaar|nino|national_?insurance(?:_?number)?|id_?card(?:_?(?:no|number))?")
PERSONAL_KEY = re.compile(_PERSONAL_KEY)  # an argument named so holds a personal record (pii.py)
_KEYED = re.compile(
    rf"\b(?P<key>(?:{_PERSONAL_KEY}))[\"']?\s*[:=]\s*"
    r"(?P<value>\"[^\"\n]{1,80}\"|'[^'\n]{1,80}'|[^\s,;}\]]{1,40})")


def _column(cell: str) -> str:
    if not cell.isascii():
        cell = next((english for word, english in _CJK_COLUMNS if word in cell), cell)
    return compiled(r"[^a-z0-9]+").sub("_", cell.strip().lower()).strip("_")


def _split(line: str, sep: str) -> list[str]:
    """`line` split at `sep`, except inside a CSV field in double quotes (`4481920,"ALVAREZ, ROSA",1962-…`)."""
    if sep == "|" or '"' not in line:
        return line.split(sep)
    parts, start, quoted = [], 0, False
    for i, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == sep and not quoted:
            parts.append(line[start:i])
            start = i + 1
    return [*parts, line[start:]]


def _cells(line: str, sep: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of `line`, stripped; a grid's outer pipes open no cell."""
    spans, pos = [], 0
    for part in _split(line, sep):
        start, end = pos, pos + len(part)
        pos = end + 1
        while start < end and line[start].isspace():
            start += 1
        while end > start and line[end - 1].isspace():
            end -= 1
        spans.append((start, end))
    if sep == "|" and spans and spans[0][0] == spans[0][1]:
        spans = spans[1:]
    if sep == "|" and spans and spans[-1][0] == spans[-1][1]:
        spans = spans[:-1]
    return spans


def _header(line: str) -> tuple[str, list[str]] | None:
    for sep in ("|", "\t", ";", ","):
        if line.count(sep) >= 1:
            names = [line[s:e] for s, e in _cells(line, sep)]
            if len(names) >= 2 and all(_HEADER_CELL.fullmatch(n) for n in names):
                return sep, [_column(n) for n in names]
    return None


def _table_cells(lines: list[tuple[int, str]], at: int) -> tuple[list[tuple[int, int]], int]:
    """Personal cells of the table whose header is lines[at], and the index after the table."""
    found = _header(lines[at][1])
    if found is None:
        return [], at + 1
    sep, columns = found
    personal = [i for i, c in enumerate(columns) if _NEEDS_DIGIT.search(c)]
    if not personal or not any(_PERSON.search(c) for c in columns) and len(personal) < 2:
        return [], at + 1
    spans, index = [], at + 1
    while index < len(lines):
        offset, line = lines[index]
        if sep == "|" and _RULE.fullmatch(line):
            index += 1
            continue
        cells = _cells(line, sep)
        if len(cells) != len(columns):
            break
        for i in personal:
            start, end = cells[i]
            value = line[start:end]
            if not BLANK.fullmatch(value) and (_TEXT_OK.search(columns[i]) or any(c.isdigit() for c in value)):
                spans.append((offset + start, offset + end))
        index += 1
    return spans, index


class PersonalTableRecognizer(EntityRecognizer):
    """Cells under personal columns (birth date, national id, phone, salary, diagnosis...) of a
    table that names people or has two such columns."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSONAL_RECORD"], name="PersonalTableRecognizer",
                         supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: object = None) -> list[RecognizerResult]:
        if "|" not in text and "," not in text and "\t" not in text and ";" not in text:
            return []
        lines, offset = [], 0
        for line in text.split("\n"):
            lines.append((offset, line))
            offset += len(line) + 1
        results, index = [], 0
        while index < len(lines):
            spans, index = _table_cells(lines, index)
            results += [RecognizerResult("PERSONAL_RECORD", start, end, 0.6) for start, end in spans]
        return results


class ContactListRecognizer(EntityRecognizer):
    """Phone numbers in a list whose lines each pair a person's name with a number: two such
    lines make a contact sheet, whatever the heading calls it."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["CONTACT_LIST"], name="ContactListRecognizer", supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: object = None) -> list[RecognizerResult]:
        phones = list(_PHONE.finditer(text))
        if len(phones) < 2:
            return []
        hits, lines = [], set()
        for phone in phones:
            line_start = text.rfind("\n", 0, phone.start()) + 1
            if line_start not in lines and _NAME.search(text, line_start, phone.start()):
                lines.add(line_start)
                hits.append(RecognizerResult("CONTACT_LIST", phone.start(), phone.end(), 0.6))
        return hits if len(hits) >= 2 else []


class KeyedValueRecognizer(EntityRecognizer):
    """Values of personal keys in records written into an answer (`"salary": 96000`,
    `date_of_birth: 1990-04-02`): the key names what the value is."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSONAL_RECORD"], name="KeyedValueRecognizer", supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: object = None) -> list[RecognizerResult]:
        if ":" not in text and "=" not in text:
            return []
        lowered = text.lower()  # a lower-case pattern on lower-case text is cheaper than IGNORECASE
        if len(lowered) != len(text):
            lowered = text
        results = []
        for match in _KEYED.finditer(lowered):
            start, end = match.span("value")
            if text[start] in "\"'":
                start, end = start + 1, end - 1
            value = text[start:end]
            if not BLANK.fullmatch(value) and value.lower() not in ("true", "false", "{", "["):
                results.append(RecognizerResult("PERSONAL_RECORD", start, end, 0.6))
        return results
