"""A query that reads or exports a person's special data: `SELECT full_name, date_of_birth, national_id FROM
customers ...`, `COPY (SELECT first_name, email, date_of_birth ...) TO '/mnt/shared/...'`. The statement carries
no value, but running it hands those columns on; the column names, not the values, are the evidence."""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from gateway.inspection.pii_records import PERSONAL_KEY

SELECT_LIST = re.compile(r"\bselect\s+(?:distinct\s+)?(?P<cols>[\w\s,.\"`\[\]]{3,600}?)\s+from\s")
ALIAS = re.compile(r"\s+(?:as\s+)?[\w\"`]+$")
# Columns about a person that are not special by themselves: who and where to reach them.
PERSON_COLUMN = re.compile(r"(?:first|last|full|given|family|sur)_?name|name|email(?:_address)?|e_?mail|phone(?:_\w+)?|"
                           r"mobile(?:_\w+)?|street(?:_\w+)?|address(?:_\w+)?|post_?code|zip(?:_?code)?|city")


def _column(part: str) -> str:
    part = part.strip()
    if " " in part:
        part = ALIAS.sub("", part) if part.count(" ") == 1 or " as " in part else part.split()[0]
    return part.rsplit(".", 1)[-1].strip("\"`[] ")


class PersonalQueryRecognizer(EntityRecognizer):
    """A SELECT list naming a special personal column (`date_of_birth`, `national_id`, `iban`) beside another
    column about the person."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSONAL_QUERY"], name="PersonalQueryRecognizer", supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: object = None) -> list[RecognizerResult]:
        lowered = text.lower()
        if "select" not in lowered or len(lowered) != len(text):
            return []
        results = []
        for match in SELECT_LIST.finditer(lowered):
            columns = [_column(part) for part in match.group("cols").split(",")]
            special = [c for c in columns if PERSONAL_KEY.fullmatch(c)]
            about = [c for c in columns if PERSON_COLUMN.fullmatch(c)]
            if special and len(special) + len(about) >= 2:
                results.append(RecognizerResult("PERSONAL_QUERY", *match.span("cols"), 0.6))
        return results
