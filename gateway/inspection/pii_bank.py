"""Bank details of a person: a routing number and the account number beside it. Any run of digits
could be either, so both count only with a banking word just before them ("routing", "checking",
"direct deposit"); an AWS account id after "account" stays a plain number. An IBAN whose check
digits fail (a typo, a made-up example) still counts when the word "IBAN" introduces it and it has
its country's layout; presidio's recognizer finds the ones whose check digits hold."""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from gateway.inspection.pii_national import ChecksumRecognizer

# Words for banking only: "bank" alone is in company names, "compte" and "cuenta" mean any account.
BANK_CONTEXT = ["routing", "checking", "savings", "deposit", "kontonummer", "bankverbindung", "bankkonto",
                "rekeningnummer", "bancaria", "bancario", "bancaire", "a/c"]


_IBAN_WORD = re.compile(r"\bIBAN\b", re.IGNORECASE)
_IBAN_REACH = 40  # characters between the word and the number: "IBAN (Girokonto): DE…"
_IBAN_SHAPE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){11,30}")
# IBAN lengths by country (the SWIFT IBAN registry); presidio's per-country patterns get some wrong
# (Portugal's takes 21 characters, not 25).
_IBAN_LENGTH = dict(
    AD=24, AE=23, AL=28, AT=20, AZ=28, BA=20, BE=16, BG=22, BH=22, BR=29, BY=28, CH=21, CR=22, CY=28, CZ=24,
    DE=22, DK=18, DO=28, EE=20, EG=29, ES=24, FI=18, FO=18, FR=27, GB=22, GE=22, GI=23, GL=18, GR=27, GT=28,
    HR=21, HU=28, IE=22, IL=23, IQ=23, IS=26, IT=27, JO=30, KW=30, KZ=20, LB=28, LC=32, LI=21, LT=20, LU=20,
    LV=21, LY=25, MC=27, MD=24, ME=22, MK=19, MR=27, MT=31, MU=30, NL=18, NO=15, PK=24, PL=28, PS=29, PT=25,
    QA=29, RO=24, RS=22, SA=24, SC=31, SE=24, SI=19, SK=24, SM=27, ST=25, SV=28, TL=23, TN=24, TR=26, UA=29,
    VA=22, VG=24, XK=20)


def _iban_check_holds(compact: str) -> bool:
    digits = "".join(str(int(c, 36)) for c in compact[4:] + compact[:4])
    return int(digits) % 97 == 1


def _made_up(compact: str) -> bool:
    """`DE00 0000 0000 …`, `GB12 ABCD 1234 5678 …`-style fillers: no one's account."""
    bban = compact[4:]
    digits = "".join(c for c in bban if c.isdigit())
    return len(set(bban)) <= 2 or digits in "01234567890123456789012345678901234"


def _iban_end(text: str, start: int, end: int) -> int | None:
    """Where the IBAN in text[start:end] ends: the longest run of its characters as long as its
    country's IBANs are (a trailing `BIC` word is not part of it)."""
    length = _IBAN_LENGTH.get(text[start:start + 2])
    if length is None:
        return None
    while end > start:
        if len(_compact(text[start:end])) == length:
            return end
        end = text.rfind(" ", start, end)  # drop the last group
    return None


def _compact(value: str) -> str:
    return value.replace("-", "").replace(" ", "")


class IbanAfterWordRecognizer(EntityRecognizer):
    """An IBAN-shaped number right after the word "IBAN", its check digits aside."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["IBAN_CODE"], name="IbanAfterWordRecognizer", supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: object = None) -> list[RecognizerResult]:
        results = []
        for word in _IBAN_WORD.finditer(text):
            shape = _IBAN_SHAPE.search(text, word.end(), word.end() + _IBAN_REACH + 50)  # 50: the longest IBAN, spaced
            if shape is None or shape.start() - word.end() > _IBAN_REACH:
                continue
            end = _iban_end(text, shape.start(), shape.end())
            if end is None:
                continue
            compact = _compact(text[shape.start():end])
            if not _made_up(compact) and not _iban_check_holds(compact):
                results.append(RecognizerResult("IBAN_CODE", shape.start(), end, 0.6))
        return results


def bank_recognizers() -> list[EntityRecognizer]:
    return [
        IbanAfterWordRecognizer(),
        ChecksumRecognizer("US_BANK_ROUTING", [(r"(?<![\d-])\d{9}(?![\d-])", 0.05)], ["routing", "aba", "rtn"]),
        ChecksumRecognizer("BANK_ACCOUNT", [(r"(?<![\d-])\d{4}(?: \d{4}){1,3}(?![\d-])|(?<![\d-])\d{8,17}(?![\d-])",
                                             0.05)], BANK_CONTEXT),
        # a UK sort code: six digits in pairs, after the word that names it ("sort code 20-45-77")
        ChecksumRecognizer("UK_SORT_CODE", [(r"(?<![\d-])\d{2}-\d{2}-\d{2}(?![\d-])", 0.05)], ["sort", "sortcode"]),
        # ... or with its eight-digit account after a slash: "Barclays 20-45-77 / 43168092", the pair a payment needs
        ChecksumRecognizer("UK_BANK_ACCOUNT", [(r"(?<![\d-])\d{2}-\d{2}-\d{2}[ \t]*/[ \t]*\d{8}(?![\d-])", 0.6)], []),
        # a Canadian branch: the five-digit transit number, alone after its word or with the institution's three
        # ("transit 03412, institution 003", "03412-003")
        ChecksumRecognizer("CA_BANK_TRANSIT", [(r"(?<![\d-])\d{5}(?:-\d{3})?(?![\d-])", 0.05)], ["transit"]),
    ]
