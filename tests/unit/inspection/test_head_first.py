"""alternation.HeadFirst: a regex tried only where one of its heads stands finds what the regex finds."""

from __future__ import annotations

import random
import re

import pytest

from gateway.inspection import statements
from gateway.inspection.alternation import HeadFirst, MarkLed, match_heads

REGEXES = [
    re.compile(r"\b(?:could not|cannot)\b|\bno evidence\b"),
    re.compile(r"(?:(?<=privileged-user )|(?<=dormant account ))review\b|\breviewed (?:by|with)\b"),
    re.compile(r"\b\d+ (?:\w+ )?(?:retained|kept)\b|\bkept\s+\d+\s+of\s+\d+\b"),  # a digit as a head
    re.compile(r"\bit\b|\bitems?\b|\bis\b"),  # heads that overlap ("it" inside "items")
    statements.REVIEW_DONE.regex,
    re.compile(r"\b(?:enddatum|date de fin)\b[^.\n]{0,20}\b(?:gesetzt|fixée)|\bkeys?\b", re.I),  # heads lower-cased
    re.compile(r"\bsign(?:ed)? off\b|\bISSUED\b", re.I),
    re.compile(r"ok(?:ay)?\s+to\b|\bgo\s+ahead\b|\d\s?(?:keys?|accounts)"),  # blanks in heads
    re.compile(r"\bhäkchen setzen\b|\bquién tiene\b|\bwho\b", re.I),  # heads cut before a non-ASCII letter
]
TEXTS = [
    "We could not find it. The privileged-user review was reviewed by Ana; 12 accounts retained, kept 3 of 4.",
    "items: it is kept 7 of 9; dormant account review\nno evidence cannot",
    "٣ accounts retained",  # a Unicode digit matches \d
    "ENDDATUM 31.10. GESETZT; Date de fin fixée. The KEY (Kelvin sign: \u212aEY) was Signed Off, issued.",
    "Sıgned off and ſigned off, iſſued: a dotless i and a long s match case-insensitively, not lower-cased",
    "İstanbul office: keys issued (a dotted capital I lower-cases to two characters)",
    "token to okta: ok\tto go\n ahead; okay  to go ahead, 3 keys and 4accounts, ok\u2003to",
    "HÄKCHEN SETZEN, Häkchen setzen; ¿Quién tiene acceso? QUIÉN TIENE, quien tiene, qu\u0131én, WHO",
    "",
]


def _key(m: re.Match[str] | None):
    return m and (m.span(), m.groups())


@pytest.mark.parametrize("regex", REGEXES)
def test_search_and_finditer_match_the_plain_regex(regex: re.Pattern[str]) -> None:
    fast = HeadFirst(regex)
    rng = random.Random(11)
    for text in TEXTS:
        assert _key(fast.search(text)) == _key(regex.search(text))
        assert list(map(_key, fast.finditer(text))) == list(map(_key, regex.finditer(text)))
        for _ in range(40):
            pos, end = rng.randrange(len(text) + 1), rng.randrange(len(text) + 1)
            assert _key(fast.search(text, pos, end)) == _key(regex.search(text, pos, end))
            assert list(map(_key, fast.finditer(text, pos, end))) == list(map(_key, regex.finditer(text, pos, end)))


def test_a_regex_that_may_start_otherwise_is_refused() -> None:
    for pattern in (r"\w+ing", r"[ab]c", r"(?i)\bétat\b"):  # a non-ASCII case-insensitive head
        with pytest.raises(ValueError):
            HeadFirst(re.compile(pattern))
    for pattern in (r"\bkey\b", r"(?i:x)y"):  # match_heads' callers look for the heads as they are written
        with pytest.raises(ValueError):
            match_heads(re.compile(pattern, re.I if pattern == r"\bkey\b" else 0))


def test_match_heads_still_refuses_a_leading_digit_and_stops_a_head_at_one() -> None:
    with pytest.raises(ValueError):
        match_heads(re.compile(r"\d+ kept"))
    assert match_heads(re.compile(r"ab\dc|xy")) == ("ab", "xy")
    assert match_heads(re.compile(r"ok\s+to|x\s")) == ("ok", "x")  # and at a blank
    with pytest.raises(ValueError):
        HeadFirst(re.compile(r"\s+ok"))


def test_mark_led_finds_what_the_regex_with_a_start_alternative_finds() -> None:
    from gateway.inspection import terse_steps

    body = r"(?:reviewer:\s*)?ok(?:ay)? to (?P<v>reset|delete) (?:the )?accounts?\b"
    texts = ["OK to reset the account. Reviewer: okay to delete accounts;  ok to reset account\n\n ok to delete it",
             "not ok to reset the account", "x.ok to reset account", ";\nOK TO RESET ACCOUNTS", "",
             "  ok to reset account", "tok to reset account.  ok to reset account", ".\tok to reset account",
             "ı ok to reset account"]
    for marks, blanks in ((".;", True), (".;\n", False)):
        plain = re.compile(rf"(?:^|[{re.escape(marks)}]\s{'+' if blanks else '*'}|\n\s*)(?i:{body})")
        fast = MarkLed(marks, body, re.I, blank_after_mark=blanks)
        for text in texts:
            assert list(map(_key, fast.finditer(text))) == list(map(_key, plain.finditer(text))), text
    assert [m.group("v") for m in terse_steps.APPROVED_STEP.finditer("Approved. OK to reset MFA for the CFO.")] \
        == ["reset"]


def test_a_case_insensitive_part_where_a_match_starts_is_looked_for_lower_cased() -> None:
    regex = re.compile(r"\b(?i:re-?assign(?:ed)?|hand(?:ed)?\s+over)\s+the review to (?P<who>[A-Z][a-z]+)")
    fast = HeadFirst(regex)
    for text in ("REASSIGNED the review to Olga; Handed over the review to Ana", "re-Assign the review to bob",
                 "x" * 2100 + " Reassign the review to Olga", "ı: ReAssigned the review to Ana"):
        assert list(map(_key, fast.finditer(text))) == list(map(_key, regex.finditer(text)))
        assert _key(fast.search(text)) == _key(regex.search(text))
