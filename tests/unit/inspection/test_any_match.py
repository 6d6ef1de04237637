import re

from gateway.inspection.any_match import AnyMatch, FirstMatch, split_alternatives
from gateway.inspection.generic_frame import FRAME, FRAMED


def test_split_keeps_groups_classes_and_escapes_whole():
    assert split_alternatives(r"a|(?:b|c)|[|]|\||d") == ["a", "(?:b|c)", "[|]", r"\|", "d"]
    assert split_alternatives(r"[^)\n]x|y") == [r"[^)\n]x", "y"]


def test_any_match_answers_as_the_whole_search():
    regex = re.compile(r"\b(?<![-_])(?:usually|^[#*\s]*epic(?=:)|décrit|in general)\b(?![-_])"
                       r"|^\W*in (?:go|rust)(?=,)|_{4,}", re.I | re.M)
    any_match = AnyMatch(regex)
    for text in ("It USUALLY works", "x\n## Epic: y", "epic: y", "il décrit", "in general-purpose", "a\nin Go, b",
                 "in go, b", "fill ____ in", "nothing here", "unusually", "pre-usually", "", "\n"):
        assert any_match.search(text) == (regex.search(text) is not None), text


def test_framed_as_frame():
    for text in ("In general, admins approve.", "Role = set of permissions", "| Term | Meaning |", "Grant Bob admin.",
                 "### Epic: onboarding", "Une revue consiste à valider", "仅供参考", "the `policy` requires MFA"):
        assert FRAMED.search(text) == (FRAME.search(text) is not None), text


def test_first_match_returns_the_search_match():
    regex = re.compile(r"\b(?:grant|^\W*epic|a\w*zugriff)\b|\b(?:role|roles) (?:is|are) (?P<v>kept|gone)\b|_{4,}",
                       re.I | re.M)
    first = FirstMatch(regex)
    for text in ("x roles are kept, grant", "grant the roles are gone", "\n# Epic: x", "ein Azugriff", "a ____ b",
                 "nothing", "", "ROLE IS KEPT"):
        for pos, endpos in ((0, len(text)), (2, len(text)), (1, max(1, len(text) - 2)), (len(text), len(text))):
            expected, got = regex.search(text, pos, endpos), first.search(text, pos, endpos)
            assert (expected and (expected.span(), expected.groups())) == (got and (got.span(), got.groups()))
