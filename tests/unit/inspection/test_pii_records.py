"""Personal data as records: table cells under personal columns (markdown, SQL grids, CSV) and
contact lists pairing names with phone numbers; tables of settings or roles are not personal."""

from __future__ import annotations

import pytest

from gateway.inspection.pii import PiiDetector
from gateway.inspection.pii_recognizers import OfflineEmailRecognizer
from gateway.types import Answer


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector()


def values(detector: PiiDetector, text: str, entity: str) -> list[str]:
    return [text[f.span[0]:f.span[1]] for f in detector.scan(Answer.of_text(text)) if f.details["entity"] == entity]


MARKDOWN = """Rows from hr.people:

| id | full_name | date_of_birth | national_id | phone |
|---|---|---|---|---|
| 1 | Ana Silva | 1990-04-02 | 28841992 | 0712 418 905 |
| 2 | Li Wei | n/a | 23309871 | <redacted> |
"""

GRID = """+----+-----------+------------+
| id | name      | salary     |
+----+-----------+------------+
|  7 | Omar Haddad | 84500    |
+----+-----------+------------+
"""


def test_markdown_table_cells_under_personal_columns(detector: PiiDetector) -> None:
    assert values(detector, MARKDOWN, "PERSONAL_RECORD") == [
        "1990-04-02", "28841992", "0712 418 905", "23309871"]


def test_sql_grid_and_csv(detector: PiiDetector) -> None:
    assert values(detector, GRID, "PERSONAL_RECORD") == ["84500"]
    csv = "employee,dob,team\njsmith,1988-02-11,ops\nakim,1979-12-30,dev\n"
    assert values(detector, csv, "PERSONAL_RECORD") == ["1988-02-11", "1979-12-30"]


@pytest.mark.parametrize("text", [
    "| setting | value |\n|---|---|\n| timeout | 30 |\n| retries | 5 |\n",
    "| user | role | last_login |\n|---|---|---|\n| jdoe | viewer | 2024-05-01 |\n",
    "| phone_model | count |\n|---|---|\n| Pixel 8 | 14 |\n",  # one personal-looking column, no person
])
def test_tables_without_personal_columns_of_people(detector: PiiDetector, text: str) -> None:
    assert values(detector, text, "PERSONAL_RECORD") == []


def test_contact_list_of_names_and_phones(detector: PiiDetector) -> None:
    text = ("Astreinte :\n- Lundi : Julie Marchand, 06 12 45 78 90\n"
            "- Mardi : Romain Lefèvre, 07 81 23 56 44\n")
    assert values(detector, text, "CONTACT_LIST") == ["06 12 45 78 90", "07 81 23 56 44"]


def test_one_named_number_is_not_a_list(detector: PiiDetector) -> None:
    assert values(detector, "Escalate to Service Desk on 0800 123 4567.", "CONTACT_LIST") == []


def test_email_recognizer_reads_only_chunks_with_an_at_sign() -> None:
    text = "mail  ops@acme.co.uk,\tthen\nbilling@corp.example.org; no more"
    found = [text[r.start:r.end] for r in OfflineEmailRecognizer().analyze(text, ["EMAIL_ADDRESS"])]
    assert found == ["ops@acme.co.uk", "billing@corp.example.org"]


def test_keyed_values_of_records_in_an_answer(detector: PiiDetector) -> None:
    text = 'Record: {"name": "Tobias Keller", "base_salary": 96000, "dob": "1984-03-12", "team": "ops"}'
    assert values(detector, text, "PERSONAL_RECORD") == ["96000", "1984-03-12"]


@pytest.mark.parametrize("text", [
    'salary_band_table: "bands.csv"',  # not a personal key
    "date_of_birth: <redacted>",
    "ssn = null",
])
def test_keys_without_personal_values(detector: PiiDetector, text: str) -> None:
    assert values(detector, text, "PERSONAL_RECORD") == []
