import re

from gateway.inspection.any_match import AnyMatch, split_alternatives
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
