"""Bank details of a person: a routing number and the account number beside it. Any run of digits
could be either, so both count only with a banking word just before them ("routing", "checking",
"direct deposit"); an AWS account id after "account" stays a plain number."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from gateway.inspection.pii_national import ChecksumRecognizer

# Words for banking only: "bank" alone is in company names, "compte" and "cuenta" mean any account.
BANK_CONTEXT = ["routing", "checking", "savings", "deposit", "kontonummer", "bankverbindung", "bankkonto",
                "rekeningnummer", "bancaria", "bancario", "bancaire"]


def bank_recognizers() -> list[EntityRecognizer]:
    return [
        ChecksumRecognizer("US_BANK_ROUTING", [(r"(?<![\d-])\d{9}(?![\d-])", 0.05)], ["routing", "aba", "rtn"]),
        ChecksumRecognizer("BANK_ACCOUNT", [(r"(?<![\d-])\d{4}(?: \d{4}){1,3}(?![\d-])|(?<![\d-])\d{8,17}(?![\d-])",
                                             0.05)], BANK_CONTEXT),
    ]
