"""scripts/train_learned.py --section-weight: each section of a long harmless answer, cut as the learned detector
cuts a long answer (learned.sections), as a harmless training row of its own; identity answers and short answers
give none, and the vocabulary stays that of whole answers. Off by default (measured: no gain on unseen rounds)."""

from __future__ import annotations

from pathlib import Path

from gateway.inspection.learned import MIN_SECTIONED, sections
from gateway.types import Choice
from tests.unit.inspection.probes import tiny_training_module, train_module

REPORT = "\n\n".join(
    f"## Week {i}\nThe nightly backup of the billing database ran in {20 + i} minutes; the cache hit rate held at "
    f"{90 + i} per cent and no alert fired during the maintenance window." for i in range(6))
CHANGE = REPORT + "\n\n## Access\nGranted Priya the billing-admin role on the payments project as approved."


def test_only_long_harmless_answers_give_section_rows() -> None:
    train = train_module()
    assert len(REPORT) >= MIN_SECTIONED
    items = [{"labels": []}, {"labels": ["access_change"]}, {"labels": []}]
    choices = [Choice(0, REPORT), Choice(0, CHANGE), Choice(0, "Backups ran fine.\n\nNo alert fired.")]
    rows = train.harmless_sections(items, choices)
    assert [row.content for row in rows] == [REPORT[start:end] for start, end in sections(REPORT)]
    assert len(rows) == 6 and all(not row.tool_calls for row in rows)


def test_section_rows_are_recorded_and_add_no_word(tmp_path: Path) -> None:
    train = tiny_training_module(tmp_path, [REPORT, REPORT])
    plain = train.train(["tests/corpus_tiny"], c=16.0, threshold=0.6)
    with_sections = train.train(["tests/corpus_tiny"], c=16.0, threshold=0.6, section_weight=0.25)
    assert plain["trained_on"]["sections"] == 0 and plain["trained_on"]["section_weight"] == 0.0
    assert with_sections["trained_on"]["sections"] == 12
    assert with_sections["weights"].keys() == plain["weights"].keys()
    assert with_sections["weights"] != plain["weights"]
