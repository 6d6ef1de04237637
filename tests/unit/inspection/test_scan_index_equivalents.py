"""The one-pass literal index and the byte-level run finder give what the plain scans they
replace give (the credential and structured detectors rely on them for speed)."""

from __future__ import annotations

import random
import re

from gateway.inspection import cred_backstop, cred_encoded, cred_keyed, cred_values, credentials, structured
from gateway.inspection.cred_patterns import fold
from gateway.inspection.literals import LiteralIndex

ALPHABET = "Ab9+/=_-é x\n\u0130😀.:"


def _texts(count: int, seed: int, noise: float = 0.3) -> list[str]:
    """Random texts, mostly of base64 characters, with `noise` the share of any other."""
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) if rng.random() < noise else rng.choice("aB3+/")
                    for _ in range(rng.randint(0, 80))) for _ in range(count)]


def _find_all(text: str, literal: str) -> list[int]:
    out, pos = [], text.find(literal)
    while pos != -1:
        out.append(pos)
        pos = text.find(literal, pos + 1)
    return out


def test_literal_index_finds_every_overlapping_occurrence():
    literals = ("aa", "a", "aB3", "é x", "😀", "b3+", "+/=", "/=")
    index = LiteralIndex(literals)
    for text in ["aaaa", "", *_texts(500, 1)]:
        found = index.occurrences(text)
        expected = {literal: _find_all(text, literal) for literal in literals}
        assert {literal: found[literal] for literal in literals} == expected
        assert all(literal in found for literal in literals)


def test_base64_tokens_match_a_full_scan():
    texts = _texts(3000, 2, noise=0.04)
    assert sum(bool(structured.BASE64_TOKEN.search(text)) for text in texts) > 1000
    for text in texts:
        expected = [(m.start(), m.end()) for m in structured.BASE64_TOKEN.finditer(text)]
        assert [(m.start(), m.end()) for m in structured._base64_tokens(text)] == expected


FRAGMENTS = ("data:", "stringData:", "  ", "\t", "\n", '"data"', "'stringData'", ": {", "}", "{", '"auth"', "'auth'",
             ": ", '"', "'", "dXNlcjpwYXNzd29yZDEyMw==", "QUJDREVGR0hJSktMTU5PUFFSU1RVVldY", "kind: Secret", "x",
             "metadata:", "# c", "=", "-", "_", "/", "Data", "AUTH", "\u212a", "\ndata:", "\n  stringData:\n",
             '{"data": {', '"stringData": {"a": "b"}', '"auth": "dXNlcjpwYXNzd29yZDEyMw=="',
             "'auth':'QUJDREVGR0hJSktM'")


def _config_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 30))) for _ in range(count)]


def _spans(matches) -> list[tuple[int, int]]:
    return [match.span() for match in matches]


def test_encoded_secret_scans_match_full_scans():
    for text in _config_texts(3000, 3):
        found = credentials.LITERALS.occurrences(fold(text))
        assert _spans(cred_encoded._yaml_sections(text, found)) == _spans(cred_encoded._YAML_SECTION.finditer(text))
        assert _spans(cred_encoded._json_sections(text, found)) == _spans(cred_encoded._JSON_SECTION.finditer(text))
        assert cred_encoded._is_secret_kind(text, found) == bool(cred_encoded._K8S_KIND.search(text))
        assert _spans(cred_encoded._docker_auths(text, found)) == _spans(cred_encoded._DOCKER_AUTH.finditer(text))
        assert cred_encoded._blobs(text) == [(m.start(), m.group()) for m in cred_encoded._BLOB.finditer(text)]


def test_secret_shaped_tokens_match_a_full_scan_with_unicode_spaces_and_digits():
    rng = random.Random(4)
    pieces = ("Otter&Maple2025", "x9!Kq2#mZ", "pa55", "word", "**", "=", "@", "?", " ", "\n", "\u00a0", "\u2003",
              "\x1c", "\u0663", "\u0661\u0662", "é", "\u212a", "\"", "'", "(", ",", "/", ".", "-", "a1b2c3d4")
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(3000)]
    assert sum(bool(cred_backstop.VALUE.search(text)) for text in texts) > 1000
    for text in texts:
        assert cred_backstop._tokens(text) == [(m.start(), m.group()) for m in cred_backstop.VALUE.finditer(text)]


def test_char_classes_match_the_per_character_tests():
    rng = random.Random(6)
    for _ in range(3000):
        value = "".join(rng.choice("aZ9!_ é\u0663ǅ\u00aaK") for _ in range(rng.randint(0, 12)))
        expected = (any(c.islower() for c in value) + any(c.isupper() for c in value[1:])
                    + any(c.isdigit() for c in value) + any(c in cred_values._SYMBOLS for c in value))
        assert cred_values.char_classes(value) == expected


def test_structured_line_and_caseless_searches_match_the_plain_patterns():
    rng = random.Random(6)
    pieces = ("export ", "set ", "- ", '"', "'", " ", "\t", "\n", "KEY", "x", "Host=", "SHA256", "digest",
              "DATA SOURCE =", "\u017f", "\u212a", "\u0130", "\u0131", "uid =", "é", "ſha", "commit")
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 90)))
        lowered = fold(text)
        at = rng.randint(0, len(text))
        assert cred_keyed._on_structured_line(text, at) == bool(
            cred_keyed._STRUCTURED_LINE.search(text, max(0, at - 200), at))
        start = rng.randint(0, at)
        for caseless in (cred_keyed._HASH_CONTEXT, cred_keyed._CONN_CONTEXT):
            expected = re.compile(caseless._plain.pattern, re.IGNORECASE).search(text, start, at) is not None
            assert caseless.occurs(text, lowered, start, at) == expected


def test_generic_commands_skip_only_lines_without_a_flag():
    from gateway.inspection import cli_generic

    rng = random.Random(7)
    pieces = ("kcadm.sh", " create", " users", " -r", " - ", "\t-x", " --group-id", " x", "`", "; ", "\n", "az",
              " role", " add", " --user", " -", " member", "$ ", "- ", " a-b", " -R")
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        found = structured.LITERALS.occurrences(text.lower())
        expected = []
        for start in sorted({text.rfind("\n", 0, pos) + 1 for pos in found[" -"]}):
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            for opening in cli_generic.STARTS.finditer(text, start, end):
                hit = cli_generic._judge(cli_generic.COMMAND.match(text, opening.end(), end))
                if hit is not None:
                    expected.append(hit)
                    break
        assert cli_generic.command_hits(text, found) == expected
