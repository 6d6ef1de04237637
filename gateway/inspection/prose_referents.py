"""Who or what a sentence of prose is about: a person named (PERSON, has_person), or a pronoun for
the access or its use named in the sentence before (PRONOUN). Shared by the statement, attribute and
decision rules and the review readers."""

from __future__ import annotations

import re

from gateway.inspection.alternation import head_first

# a referent of the access named before, or its use: "Conclusion: use was justified" after a break-glass heading
PRONOUN = head_first(r"\b(?:they|them|it|both|these|those|their|beide|diese|the remainder|the rest)\b|"
                     r"\b(?:use|usage) was\b|"
                     r"\bnutzung(?:en)? (?:war|waren)\b")
PERSON = re.compile(r"\b[A-Z][a-zà-ÿ]+ [A-Z][a-zà-ÿ'-]+\b|\b[A-Z]\. (?:de|van|von|der|den|ter|te|da|di|du|del|la|le) "
                    r"(?:(?:der|den|la) )?[A-Z][a-zà-ÿ'-]+\b|\b[a-z]\.[a-z]{2,}\b|[\w.]+@[\w.]+|"
                    r"\b(?:Herr|Frau|Herrn|M\.|Mme|Dr\.?|Dra\.|Prof\.|Mrs?\.?|Ms\.?)\s+[A-Z]|\b(?:his|her|their)\b|\b[A-Z]\w*'s\b|\b\d{4,}\b")
# PERSON without its address alternative, which retries every word from each of its letters (slow);
# an address `[\w.]+@[\w.]+` occurs exactly where an @ stands between two of [\w.].
_PERSON_NOT_ADDRESS = re.compile(PERSON.pattern.replace(r"[\w.]+@[\w.]+|", "", 1))
_ADDRESS_AT = re.compile(r"[\w.]@[\w.]")


def has_person(text: str) -> bool:
    """`PERSON.search(text) is not None`."""
    return _PERSON_NOT_ADDRESS.search(text) is not None or ("@" in text and _ADDRESS_AT.search(text) is not None)


# An account made before in the sentence, taken up as "it": "Created a machine user `x` ... and added it to the org".
# The account noun ends its phrase (a name, a comma, "for ..." follow): not "a user story", "a user guide".
_ACCOUNT_NOUN = (r"(?:[\w-]+\s+){0,2}?(?:users?|accounts?|service principals?|bots?|logins?)"
                 r"(?=\s*[`'\"(,]|\s+(?:for|in|on|named|called|and|with)\b)")
NEW_ACCOUNT = re.compile(r"\b(?:(?:creat|provision|register)(?:e|es|ed|ing)|set up)\s+(?:an?\s+|the\s+)?(?:new\s+)?"
                         + _ACCOUNT_NOUN)


def account_it(mid: str, before: str) -> bool:
    """`mid` is "it", for an account the sentence made (`before`: the sentence before the verb, lower-cased)."""
    return mid.strip() in ("it", "It") and NEW_ACCOUNT.search(before) is not None
