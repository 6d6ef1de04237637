import re

from gateway.inspection.alternation import SEARCH_CHUNK, SEARCH_SPAN, head_first


def _same(regex: re.Pattern[str], found: re.Match[str] | None, text: str, pos: int, endpos: int) -> bool:
    expected = regex.search(text, pos, endpos)
    return (expected and (expected.span(), expected.groups())) == (found and (found.span(), found.groups()))


def test_search_over_a_long_span_finds_what_the_regex_finds():
    searched = head_first(r"\b(?:grant(?:ed)?|revoke)\s+(?P<who>\w+)", re.I)
    filler = "nothing granted here: " * (2 * SEARCH_CHUNK // 22)
    for text in (filler + "GRANT alice", "revoke bob " + filler, filler, filler[:SEARCH_SPAN] + "granted carol"):
        for pos, endpos in ((0, len(text)), (5, len(text)), (0, len(text) - 3), (len(text) // 2, len(text))):
            assert _same(searched.regex, searched.search(text, pos, endpos), text, pos, endpos), (pos, endpos)


def test_a_head_across_a_chunk_boundary_is_found():
    searched = head_first(r"\brevoke\s+(?P<who>\w+)")
    for shift in range(1, 7):
        text = "x" * (SEARCH_CHUNK - shift) + " revoke dana"
        assert _same(searched.regex, searched.search(text), text, 0, len(text)), shift
