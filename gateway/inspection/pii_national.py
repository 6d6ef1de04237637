"""National identity numbers, one recognizer per scheme. A right check digit (Luhn, mod 11, mod 23,
mod 97, Verhoeff) lifts a number over the threshold on its own where the shape is distinctive;
otherwise, and for numbers whose check fails (examples are often made up), a context word such as
"personnummer" or "DNI" before the number is what makes it count."""

from __future__ import annotations

import re
from collections.abc import Callable

from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer
from presidio_analyzer.predefined_recognizers import (
    DeTaxIdRecognizer,
    FiPersonalIdentityCodeRecognizer,
    InAadhaarRecognizer,
    ItFiscalCodeRecognizer,
    PlPeselRecognizer,
    SePersonnummerRecognizer,
)

CASE_SENSITIVE = re.DOTALL | re.MULTILINE
_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


class ChecksumRecognizer(PatternRecognizer):
    """Pattern recognizer whose matches score `valid_score` when `check` accepts them; presidio's
    own validation would give 1.0 or drop the match, where we want a made-up number with a
    context word still found."""

    def __init__(self, entity: str, patterns: list[tuple[str, float]], context: list[str],
                 check: Callable[[str], bool | None] | None = None, valid_score: float = 0.0) -> None:
        named = [Pattern(f"{entity.lower()}_{i}", regex, score) for i, (regex, score) in enumerate(patterns)]
        super().__init__(supported_entity=entity, context=context, global_regex_flags=CASE_SENSITIVE, patterns=named)
        self.check = check
        self.valid_score = valid_score

    def analyze(self, text: str, entities: list[str], nlp_artifacts: object = None,
                regex_flags: int | None = None) -> list:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        if self.check is not None:
            for result in results:
                if result.score < self.valid_score and self.check(text[result.start:result.end]):
                    result.score = self.valid_score
        return results


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def dni_valid(value: str) -> bool:
    """Spanish DNI / NIE: the letter is the number modulo 23 (NIE: X, Y, Z stand for 0, 1, 2)."""
    value = value.replace("-", "").upper()
    number = "XYZ".find(value[0]) if value[0] in "XYZ" else None
    digits = (str(number) if number is not None else "") + value[1 if number is not None else 0:-1]
    return digits.isdigit() and _DNI_LETTERS[int(digits) % 23] == value[-1]


def luhn_valid(value: str) -> bool:
    """Canadian SIN: the Luhn check over its nine digits."""
    digits = [int(c) for c in _digits(value)]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(digits))
    return len(digits) == 9 and total % 10 == 0


def my_number_valid(value: str) -> bool:
    """Japanese My Number: the twelfth digit checks the first eleven (weights 6..2, 7..2 from the right)."""
    digits = [int(c) for c in _digits(value)]
    if len(digits) != 12:
        return False
    weights = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    remainder = sum(d * w for d, w in zip(digits[:11], weights, strict=True)) % 11
    return digits[11] == (0 if remainder <= 1 else 11 - remainder)


def cn_id_valid(value: str) -> bool:
    """Chinese resident identity number: ISO 7064 MOD 11-2 over the first 17 digits."""
    if len(value) != 18 or not value[:17].isdigit():
        return False
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    check = "10X98765432"[sum(int(d) * w for d, w in zip(value[:17], weights, strict=True)) % 11]
    return value[17].upper() == check


def nir_valid(value: str) -> bool:
    """French NIR: the two-digit key is 97 minus the first 13 characters modulo 97 (2A, 2B: Corsica)."""
    value = value.replace(" ", "").upper()
    body = value[:13].replace("2A", "19", 1) if value[5:7] == "2A" else value[:13].replace("2B", "18", 1)
    return body.isdigit() and 97 - int(body) % 97 == int(value[13:])


def bsn_valid(value: str) -> bool:
    """Dutch BSN: the 11-test (weights 9..2, the last digit -1)."""
    digits = _digits(value)
    if len(digits) != 9:
        return False
    return sum(int(d) * w for d, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=True)) % 11 == 0


def cpf_valid(value: str) -> bool:
    """Brazilian CPF: two mod-11 check digits."""
    digits = [int(d) for d in _digits(value)]
    if len(digits) != 11 or len(set(digits)) == 1:
        return False
    for n in (9, 10):
        total = sum(d * w for d, w in zip(digits[:n], range(n + 1, 1, -1), strict=True))
        if (total * 10 % 11) % 10 != digits[n]:
            return False
    return True


def fnr_valid(value: str) -> bool:
    """Norwegian fødselsnummer: two mod-11 check digits."""
    digits = [int(d) for d in _digits(value)]
    if len(digits) != 11:
        return False
    for weights, at in (((3, 7, 6, 1, 8, 9, 4, 5, 2), 9), ((5, 4, 3, 2, 7, 6, 5, 4, 3, 2), 10)):
        check = 11 - sum(d * w for d, w in zip(digits[:len(weights)], weights, strict=True)) % 11
        if check % 11 != digits[at] or check == 10:
            return False
    return True


def tckn_valid(value: str) -> bool:
    """Turkish T.C. Kimlik No: eleven digits, no leading zero; the tenth digit checks the odd and even
    places, the eleventh the sum of the first ten."""
    digits = [int(d) for d in _digits(value)]
    if len(digits) != 11 or digits[0] == 0:
        return False
    odd, even = sum(digits[0:9:2]), sum(digits[1:8:2])
    return (odd * 7 - even) % 10 == digits[9] and sum(digits[:10]) % 10 == digits[10]


def svnr_valid(value: str) -> bool:
    """German Sozialversicherungsnummer: area, birth date, the surname's initial (as 01-26), serial, and a
    check digit over those (weights 2,1,2,5,7,1,2,1,2,1,2,1, the digit sum of each product, modulo 10)."""
    v = value.replace(" ", "").upper()
    if len(v) != 12 or not (v[:8].isdigit() and "A" <= v[8] <= "Z" and v[9:].isdigit()):
        return False
    digits = v[:8] + f"{ord(v[8]) - 64:02d}" + v[9:11]
    weights = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)
    return sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, weights, strict=True)) % 10 == int(v[11])


def _presidio_check(recognizer: PatternRecognizer) -> Callable[[str], bool | None]:
    return recognizer.validate_result


def national_id_recognizers() -> list[EntityRecognizer]:
    """Every national number scheme we know, strongest shapes first."""
    return [
        # UK driving licence: surname letters (9-padded), the birth date folded, initials, a check digit
        ChecksumRecognizer("UK_DRIVING_LICENCE", [(r"\b[A-Z9]{5}\d[0156]\d[0-3]\d{2}[A-Z9]{2}\d[A-Z]{2}\b", 0.6)],
                           ["licence", "license", "dvla", "driving"]),
        ChecksumRecognizer("SE_PERSONNUMMER", [(r"\b(?:19|20)?\d{2}[01]\d[0-3]\d[-+]\d{4}\b", 0.3),
                                               (r"\b(?:19|20)\d{2}[01]\d[0-3]\d{7}\b", 0.1)],
                           ["personnum", "personnr", "pnr", "samordningsnummer", "identity", "ssn"],
                           _presidio_check(SePersonnummerRecognizer(supported_language="en")), 0.6),
        ChecksumRecognizer("ES_DNI", [(r"\b\d{8}-?[A-Z]\b", 0.3), (r"\b[XYZ]-?\d{7}-?[A-Z]\b", 0.3)],
                           ["dni", "nif", "nie", "documento", "identidad", "identificación"], dni_valid, 0.6),
        ChecksumRecognizer("FR_NIR", [(r"\b[12] ?\d{2} ?[01]\d ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}\b", 0.3)],
                           ["sécu", "secu", "sociale", "nir", "insee", "ssn", "vitale"], nir_valid, 0.6),
        ChecksumRecognizer("IT_FISCAL_CODE", [(r"\b[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z]\b", 0.6)],
                           ["fiscale", "cf", "tessera", "sanitaria"],
                           _presidio_check(ItFiscalCodeRecognizer(supported_language="en")), 0.85),
        ChecksumRecognizer("BR_CPF", [(r"\b\d{3}\.\d{3}\.\d{3}-\d{2}\b", 0.5), (r"\b\d{11}\b", 0.05)],
                           ["cpf", "cadastro"], cpf_valid, 0.85),
        ChecksumRecognizer("FI_HETU", [(r"\b\d{6}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y]\b", 0.3)],
                           ["hetu", "henkilötunnus", "personbeteckning"],
                           _presidio_check(FiPersonalIdentityCodeRecognizer(supported_language="en")), 0.7),
        ChecksumRecognizer("IN_PAN", [(r"\b[A-Z]{3}[ABCFGHLJPT][A-Z]\d{4}[A-Z]\b", 0.4)],
                           ["pan", "permanent", "income"]),
        ChecksumRecognizer("IN_AADHAAR", [(r"\b[2-9]\d{3}[ -]?\d{4}[ -]?\d{4}\b", 0.05)],
                           ["aadhaar", "aadhar", "uidai", "आधार"],
                           _presidio_check(InAadhaarRecognizer(supported_language="en")), 0.3),
        ChecksumRecognizer("NL_BSN", [(r"\b\d{9}\b|\b\d{4}\.\d{2}\.\d{3}\b", 0.05)],
                           ["bsn", "burgerservicenummer", "sofinummer"], bsn_valid, 0.3),
        ChecksumRecognizer("DE_TAX_ID", [(r"\b[1-9]\d{10}\b|\b[1-9]\d(?: \d{3}){3}\b", 0.05)],
                           ["steuer", "identifikationsnummer", "idnr"],
                           _presidio_check(DeTaxIdRecognizer(supported_language="en")), 0.3),
        ChecksumRecognizer("DE_SOCIAL_INSURANCE", [(r"\b\d{2} ?[0-3]\d[01]\d{3} ?[A-Z] ?\d{3}\b", 0.3)],
                           ["sozialversicherung", "versicherungsnummer", "rentenversicherung", "svnr", "rvnr"],
                           svnr_valid, 0.6),
        ChecksumRecognizer("PL_PESEL", [(r"\b\d{2}[0-3]\d[0-3]\d{6}\b", 0.05)], ["pesel"],
                           _presidio_check(PlPeselRecognizer(supported_language="en")), 0.3),
        ChecksumRecognizer("NO_FNR", [(r"\b[0-7]\d[01]\d{3} ?\d{5}\b", 0.05)], ["fødselsnummer", "fnr", "personnummer"],
                           fnr_valid, 0.3),
        ChecksumRecognizer("DK_CPR", [(r"\b[0-7]\d[01]\d{3}-\d{4}\b", 0.3)], ["cpr", "personnummer"]),
        ChecksumRecognizer("CA_SIN", [(r"\b[1-9]\d{2}[ -]?\d{3}[ -]?\d{3}\b", 0.05),
                                      (r"\b0\d{2}[ -]\d{3}[ -]\d{3}\b", 0.05)],
                           ["sin", "insurance", "nas", "t4", "td1"], luhn_valid, 0.3),
        ChecksumRecognizer("JP_MY_NUMBER", [(r"(?<!\d)\d{4}[ -]?\d{4}[ -]?\d{4}(?!\d)", 0.05),
                                            (r"(?:(?<=マイナンバー：)|(?<=マイナンバー:)|(?<=マイナンバー )|"
                                             r"(?<=マイナンバー（)|(?<=マイナンバー\()|(?<=個人番号：)|(?<=個人番号:)|"
                                             r"(?<=個人番号（)|(?<=マイナンバーは)|(?<=マイナンバーは )|"
                                             r"(?<=個人番号は))\d{4}[ -]?\d{4}[ -]?\d{4}(?!\d)", 0.6)],
                           ["my number", "mynumber", "kojin", "マイナンバー", "個人番号"], my_number_valid, 0.3),
        ChecksumRecognizer("TR_TCKN", [(r"(?<!\d)[1-9]\d{10}(?!\d)", 0.05)],
                           ["kimlik", "tckn", "tcno", "t.c. no", "tc no", "vatandaşlık"], tckn_valid, 0.3),
        ChecksumRecognizer("UK_NINO", [(r"\b[A-CEGHJ-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", 0.4)],
                           ["ni", "nino", "national insurance", "ni_number", "insurance"]),
        ChecksumRecognizer("KR_RRN", [(r"(?<!\d)\d{2}[01]\d[0-3]\d-[1-8]\d{6}(?!\d)", 0.5)],
                           ["주민등록번호", "rrn", "resident"]),
        ChecksumRecognizer("CN_RESIDENT_ID", [(r"(?<![\dA-Za-z])[1-9]\d{5}(?:19|20)\d{2}[01]\d[0-3]\d\d{3}[\dXx]"
                                               r"(?![\dA-Za-z])", 0.3)],
                           ["身份证", "身份证号", "resident", "identity"], cn_id_valid, 0.85),
        ChecksumRecognizer("PHONE_NUMBER", [(r"(?<![\d-])(?:01[016789]|0[789]0)-\d{3,4}-\d{4}(?![\d-])", 0.5),
                                            (r"(?:(?<=手机)|(?<=手机号)|(?<=电话)|(?<=手机：)|(?<=手机号：)|(?<=电话：))\s?"
                                             r"1[3-9]\d{9}(?!\d)", 0.6)],
                           ["手机", "電話", "携帯", "연락처", "phone", "mobile"]),
        ChecksumRecognizer("US_DRIVER_LICENSE", [(r"\b[A-Z]\d{7}\b", 0.05),  # grouped: Illinois, Florida, ...
                                                 (r"\b[A-Z]\d{3,4}-\d{3,5}-\d{2,5}(?:-\d{1,3})?\b", 0.05),
                                                 # "Ohio DL RQ 482 913": letters, then digits in threes
                                                 (r"(?<=DL )[A-Z]{1,2} \d{3} \d{3}(?: \d{3}){0,2}\b", 0.3)],
                           ["licence", "license", "dmv", "dl#", "dl"]),
        # an SSN or a card number that fails its check (a sample, a typo being reported) is personal data
        # all the same where the words before it name it
        ChecksumRecognizer("US_SSN", [(r"\b[0-8]\d{2}-\d{2}-\d{4}\b", 0.05),
                                      (r"\bSSN[:#=]?[0-8]\d{2}-?\d{2}-?\d{4}\b", 0.6)],  # a field: `SSN287451190`
                           ["ssn", "social"]),
        ChecksumRecognizer("CREDIT_CARD", [(r"\b[3-6]\d{3}([ -])\d{4}\1\d{4}\1\d{4}\b", 0.05)],
                           ["card", "cardholder", "visa", "mastercard", "amex"]),
        # a hospital's medical record number: any run of digits, after the acronym or its words
        ChecksumRecognizer("MEDICAL_RECORD_NUMBER", [(r"(?<![\d-])\d{6,10}(?![\d-])", 0.05)],
                           ["mrn"]),
        # South African identity number: birth date, gender serial, citizenship (0/1), 8 or 9, a Luhn digit
        ChecksumRecognizer("ZA_ID_NUMBER", [(r"(?<!\d)\d{2}[01]\d[0-3]\d\d{4}[01][89]\d(?!\d)", 0.05)],
                           ["id", "identity", "id number", "idnumber", "rsa", "sa id"]),
        # Kenya's KRA PIN: A (a person) or P (a company), nine digits, a letter
        ChecksumRecognizer("KE_KRA_PIN", [(r"\b[AP]\d{9}[A-Z]\b", 0.05)], ["kra", "pin", "itax"]),
        # Mexico: the CURP (name letters, birth date, sex, state, consonants, check) has a shape of its own; the
        # RFC (name letters, birth date, homoclave) and the CLABE (18 digits) count after their acronym
        ChecksumRecognizer("MX_CURP", [(r"\b[A-Z][AEIOUX][A-Z]{2}\d{2}[01]\d[0-3]\d[HMX](?:AS|BC|BS|CC|CL|CM|CS|CH|DF|"
                                       r"DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE)"
                                       r"[B-DF-HJ-NP-TV-Z]{3}[A-Z\d]\d\b", 0.6)], ["curp"]),
        ChecksumRecognizer("MX_RFC", [(r"\b[A-ZÑ&]{3,4}\d{2}[01]\d[0-3]\d[A-Z\d]{2}[A\d]\b", 0.05)], ["rfc"]),
        ChecksumRecognizer("MX_CLABE", [(r"(?<![\d-])\d{18}(?![\d-])", 0.05)], ["clabe"]),
        # a US Alien Registration Number (USCIS number): A, then seven to nine digits, grouped or not
        ChecksumRecognizer("US_A_NUMBER", [(r"\bA-?(?:\d{3}-?\d{3}-?\d{3}|\d{2}-?\d{3}-?\d{3}|\d{7})\b", 0.05)],
                           ["uscis", "alien", "a-number", "anumber"]),
        # Czech and Slovak birth number: birth date (month + 50 for women), a slash, three or four digits
        ChecksumRecognizer("CZ_BIRTH_NUMBER", [(r"(?<![\d/])\d{2}[0156]\d[0-3]\d/\d{3,4}(?![\d/])", 0.3)],
                           ["rodné", "rodne", "r.č.", "birth number"]),
        ChecksumRecognizer("PASSPORT", [(r"\b[A-Z]{1,2} ?\d{6,8}\b", 0.1)],
                           ["passport", "reisepass", "pasaporte", "passeport", "passaporto", "passaporte", "paspoort",
                            "護照", "护照", "旅券", "パスポート", "여권", "護照號碼", "护照号码", "旅券番号",
                            "여권번호"]),
        # the UAE's Emirates ID: the country's code 784, the holder's birth year, seven digits and a check digit
        ChecksumRecognizer("AE_EMIRATES_ID", [(r"(?<![\d-])784-(?:19|20)\d{2}-\d{7}-\d(?![\d-])", 0.85)], []),
    ]
