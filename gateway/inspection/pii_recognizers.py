"""The presidio pieces the PII detector is built from, all offline: an email recognizer on the
bundled Public Suffix List snapshot, the generic presidio recognizers worth their cost, and
identity recognizers (ARNs, GCP service accounts, LDAP DNs, employee ids).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import tldextract
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    EmailRecognizer,
    IbanRecognizer,
    MedicalLicenseRecognizer,
    NhsRecognizer,
    UkNinoRecognizer,
    UsItinRecognizer,
    UsPassportRecognizer,
    UsSsnRecognizer,
)

CASE_SENSITIVE = re.DOTALL | re.MULTILINE
_LDAP_DN = (
    r"\b(?:CN|UID|cn|uid)=[^,=\n\"'<>]{1,128}"
    r"(?:,[ ]?(?:CN|OU|O|L|ST|C|UID|cn|ou|o|l|st|c|uid)=[^,=\n\"'<>]{1,128}){0,12}"
    r",[ ]?(?:DC|dc)=[A-Za-z0-9\-]{1,63}(?:,[ ]?(?:DC|dc)=[A-Za-z0-9\-]{1,63})*"
)
_AWS_ARN = r"\barn:aws[a-z\-]*:[a-z0-9\-]+:[a-z0-9\-]*:\d{12}:[A-Za-z0-9+=,.@_/:\-]*[A-Za-z0-9+=@_/\-]"
_NINO = r"\b(?!BG|GB|NK|KN|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b"
_DEA = r"\b[A-HJ-MPR-UX][A-Z9]\d{7}\b"
_GCP_SA = r"\b[a-z][a-z0-9\-]{1,29}@[a-z][a-z0-9\-]{1,29}\.iam\.gserviceaccount\.com\b"


# Domains on no public suffix list that still deliver mail to people: a company's internal AD or mail domain
# (`jdoe@corp.local`, `ops@acme.internal`) and the reserved names (RFC 2606, 6761) systems use for their own
# (`h.jenkins@aol.example`).
PRIVATE_DOMAIN = re.compile(r"@(?:[a-z0-9-]+\.)+(?:local|internal|corp|lan|intra|intranet|example|test)$", re.I)


class OfflineEmailRecognizer(EmailRecognizer):
    """presidio's email recognizer, validating domains against tldextract's bundled snapshot
    instead of fetching the Public Suffix List from the internet."""

    def __init__(self) -> None:
        super().__init__()
        self._extract = tldextract.TLDExtract(cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True)

    def validate_result(self, pattern_text: str) -> bool:
        return self._extract(pattern_text).fqdn != "" or PRIVATE_DOMAIN.search(pattern_text) is not None

    def analyze(self, text: str, entities: list[str], nlp_artifacts: object = None,
                regex_flags: int | None = None) -> list:
        """Only the whitespace-delimited chunks holding an `@`: an address has no space in it, and
        presidio's pattern backtracks at every position of the text otherwise."""
        results, at = [], text.find("@")
        while at != -1:
            start = max(text.rfind(c, 0, at) for c in " \n\t") + 1
            end = min((i for i in (text.find(c, at) for c in " \n\t") if i != -1), default=len(text))
            for result in super().analyze(text[start:end], entities, nlp_artifacts, regex_flags):
                result.start += start
                result.end += start
                results.append(result)
            at = text.find("@", end)
        return results


def _identity(entity: str, name: str, regex: str, score: float, context: Sequence[str]) -> PatternRecognizer:
    return PatternRecognizer(
        supported_entity=entity,
        patterns=[Pattern(name, regex, score)],
        context=list(context),
        global_regex_flags=CASE_SENSITIVE,
    )


def identity_recognizers(employee_id_patterns: Sequence[str] = ()) -> list[EntityRecognizer]:
    """Case-sensitive recognizers for identifiers of people and workloads in identity systems."""
    recognizers = [
        _identity("AWS_ARN", "aws_arn", _AWS_ARN, 0.6, ["arn", "role", "user", "principal"]),
        _identity("GCP_SERVICE_ACCOUNT", "gcp_sa", _GCP_SA, 0.85, ["service", "account", "serviceaccount"]),
        _identity("LDAP_DN", "ldap_dn", _LDAP_DN, 0.7, ["dn", "ldap", "group", "member"]),
    ]
    for index, regex in enumerate(employee_id_patterns):
        re.compile(regex)  # fail at start-up with the regex's own message, not on the first answer
        recognizers.append(_identity(
            "EMPLOYEE_ID", f"employee_id_{index}", rf"\b(?:{regex})\b", 0.6,
            ["employee", "emp", "badge", "staff", "worker", "personnel", "hr"],
        ))
    return recognizers


def generic_recognizers() -> list[EntityRecognizer]:
    """presidio's pattern recognizers that identify a person. Left out: phones, URLs and dates
    (slow or noisy without a model), UUIDs, IPs, MACs and crypto wallets (identify machines and
    accounts, not people), bank-number and driver-licence guesses (any run of digits).
    Upper-case, word-bounded patterns for the NINO and the DEA number: presidio's try every
    position of the text in either case, and a piece of a longer token is dropped anyway. The US
    passport's context words leave out "us" and "document", which are in half the words of a text."""
    return [
        OfflineEmailRecognizer(), CreditCardRecognizer(), IbanRecognizer(), UsSsnRecognizer(),
        UsItinRecognizer(), UsPassportRecognizer(context=["passport", "passport#"]), NhsRecognizer(),
        _case_sensitive(UkNinoRecognizer(patterns=[Pattern("NINO (medium)", _NINO, 0.5)],
                                         context=["national", "insurance", "nino"])),
        _case_sensitive(MedicalLicenseRecognizer(patterns=[Pattern("USA DEA Certificate Number (weak)", _DEA, 0.4)])),
    ]


def _case_sensitive(recognizer: PatternRecognizer) -> PatternRecognizer:
    recognizer.global_regex_flags = CASE_SENSITIVE
    return recognizer
