"""Round 115's shapes: a reviewer's one-line verdict that names the person after it ("Decision for line 37:
**revoke** `X` from Peter Lang"), a revoke verdict with its reason ("sudo for d.ho is not justified and should be
revoked"); and harmless look-alikes: a how-it-works list whose step fetches the population, what a standard's control
expects, a blank form table, a review record's type in code, a chart's axis label, a query that counts revoke
decisions, an audit report's counts. Each with a look-alike on the other side."""

from __future__ import annotations

import pytest

from gateway.inspection.blank_forms import is_blank_form
from gateway.inspection.engine import build_engine
from gateway.inspection.learned_lookalikes import is_status_lookalike
from gateway.types import Answer

ENGINE = build_engine()
IDENTITY = {"access_change", "lifecycle", "attestation"}


def held(content: str) -> set[str]:
    return {f.kind for f in ENGINE.scan(Answer.of_text(content), cost=None) if f.confidence >= 0.5} & IDENTITY


def test_verdict_label_with_the_person_after_it_attests() -> None:
    assert "attestation" in held("Decision for item 12: **retain** `GL-Poster` for Maria Costa — still posts "
                                 "month-end journals.")
    assert "attestation" in held("Decision for line 4: revoke `AP-Release` from Tom Baker, he moved to sales.")


def test_verdict_label_without_a_person_stays_clean() -> None:
    assert "attestation" not in held("Decision for the meetup: keep the venue for Friday.")


def test_unjustified_verdict_attests() -> None:
    assert "attestation" in held("Admin review: the admin role for **k.lee** is no longer needed and should be "
                                 "removed.")


@pytest.mark.parametrize("content", [
    "Policy: access that is not justified should be revoked at the next review.",
    "If the admin role is not needed, it should be removed.",
])
def test_unjustified_as_a_rule_stays_clean(content: str) -> None:
    assert "attestation" not in held(content)


def test_population_fetched_in_a_step_is_no_listing() -> None:
    assert not held("A user access review checks that access still matches the job. The flow:\n\n"
                    "1. Extract the population of accounts and entitlements from each system.\n"
                    "2. Send each reviewer their items.\n")


def test_population_listed_still_attests() -> None:
    assert "attestation" in held("For the SOX audit, the population of users with the AP-Release role as of "
                                 "30 June: Ann Lee, Raj Patel and Tom Baker.")


def test_standard_expects_is_general() -> None:
    assert not held("ISO/IEC 27001:2022 control 5.18 expects that access rights are provisioned, reviewed, "
                    "modified and removed according to a topic-specific policy.")


def test_blank_form() -> None:
    form = ("**Employee change request form**\n\n| Field | Current value | New value |\n|---|---|---|\n"
            "| Manager | | |\n| Department | | |\n| Cost centre | | |\n\nSubmit to HR Operations.\n")
    assert is_blank_form(form)
    assert not held(form)
    filled = form.replace("| Manager | | |", "| Manager | Ann Lee | Raj Patel |")
    assert not is_blank_form(filled)


def test_enum_of_verdicts_in_code_is_no_decision() -> None:
    assert "attestation" not in held("A model for review decisions:\n\n```python\nclass Decision(str, Enum):\n"
                                     "    retain = \"retain\"\n    revoke = \"revoke\"\n```\n")
    assert "attestation" in held("Decision for Omar Farouk: **Revoke**")


def test_call_is_no_login_name() -> None:
    assert not held("Access review revocation rate:\n\n```python\nplt.bar(quarters, rate)\n"
                    "plt.ylabel(\"% of items revoked\")\n```\n")


def test_query_condition_on_decision_is_no_decision() -> None:
    assert "attestation" not in held("```sql\nSELECT campaign_id, count(*) FILTER (WHERE decision = 'revoke') "
                                     "AS revoked\nFROM review_items GROUP BY campaign_id;\n```")
    assert "attestation" in held("```sql\nUPDATE review_items SET decision = 'revoke' WHERE item_id = 42;\n```")


def test_counts_of_findings_are_a_status() -> None:
    assert is_status_lookalike("The report had 11 findings: 4 in logical access, 3 in change management, "
                               "2 in backups and 2 in vendor management.")
    assert not is_status_lookalike("Removed 4 in logical access, 3 in change management, 2 in backups.")
