"""A query that reads or exports a person's special data: `SELECT full_name, date_of_birth, national_id FROM
customers ...`, `COPY (SELECT first_name, email, date_of_birth ...) TO '/mnt/shared/...'`. The statement carries
no value, but running it hands those columns on; the column names, not the values, are the evidence."""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from gateway.inspection.pii_records import PERSONAL_KEY

SELECT_LIST = re.compile(r"\bselect\s+(?:distinct\s+)?(?P<cols>[\w\s,.\"`\[\]]{3,600}?)\s+from\s")
# A row written with its values: `INSERT INTO crew_documents (full_name, date_of_birth, passport_no) VALUES ('…')`.
INSERT_ROW = re.compile(r"\binsert\s+into\s+[\w.\"`\[\]]+\s*\((?P<cols>[\w\s,.\"`\[\]]{3,600}?)\)\s*values\s*"
                        r"(?P<values>\((?:'[^'\n]*'|[^()'\n])*\))")
# (pattern, the word every match holds, the group that is the evidence, its entity)
QUERIES = ((SELECT_LIST, "select", "cols", "PERSONAL_QUERY"), (INSERT_ROW, "insert", "values", "PERSONAL_RECORD"))
ALIAS = re.compile(r"\s+(?:as\s+)?[\w\"`]+$")
# Columns about a person that are not special by themselves: who and where to reach them.
PERSON_COLUMN = re.compile(r"(?:first|last|full|given|family|sur)_?name|name|email(?:_address)?|e_?mail|phone(?:_\w+)?|"
                           r"mobile(?:_\w+)?|street(?:_\w+)?|address(?:_\w+)?|(?:address_?)?line_?\d|post_?code|"
                           r"zip(?:_?code)?|city")
# ... which, three of them together, are a contact list when the query's rows leave the database: copied out, written
# to a file or piped to an upload (`\copy (SELECT full_name, phone_mobile, line1 ...) TO STDOUT CSV | curl -T - ...`)
EXPORTED = re.compile(r"\bcopy\b|\binto\s+outfile\b|\bto\s+stdout\b|"
                      r"\|\s*(?:curl|sftp|scp|aws\s+s3|gsutil|az\s+storage)\b|"
                      r">\s*[\w/.~-]+\.(?:csv|tsv|xlsx?|txt)\b")


def _column(part: str) -> str:
    part = part.strip()
    if " " in part:
        part = ALIAS.sub("", part) if part.count(" ") == 1 or " as " in part else part.split()[0]
    return part.rsplit(".", 1)[-1].strip("\"`[] ")


class PersonalQueryRecognizer(EntityRecognizer):
    """A SELECT list naming a special personal column (`date_of_birth`, `national_id`, `iban`) beside another
    column about the person; or an INSERT of such columns, its values the person's record."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSONAL_QUERY", "PERSONAL_RECORD"], name="PersonalQueryRecognizer",
                         supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: object = None) -> list[RecognizerResult]:
        lowered = text.lower()
        if len(lowered) != len(text):
            return []
        results = []
        for pattern, word, group, entity in QUERIES:
            if word not in lowered:
                continue
            exported = pattern is SELECT_LIST and EXPORTED.search(lowered) is not None
            for match in pattern.finditer(lowered):
                if _about_a_person(match.group("cols")) or exported and _contact_list(match.group("cols")):
                    results.append(RecognizerResult(entity, *match.span(group), 0.6))
        return results


def _contact_list(cols: str) -> bool:
    return sum(1 for part in cols.split(",") if PERSON_COLUMN.fullmatch(_column(part))) >= 3


def _about_a_person(cols: str) -> bool:
    """A special personal column beside another about the person."""
    columns = [_column(part) for part in cols.split(",")]
    special = [c for c in columns if PERSONAL_KEY.fullmatch(c)]
    about = [c for c in columns if PERSON_COLUMN.fullmatch(c)]
    return bool(special) and len(special) + len(about) >= 2
