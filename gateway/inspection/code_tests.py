"""Answers whose code is only unit tests: Rego `test_*` rules fed synthetic inputs (`with input as
{...}`), pytest / Go / JUnit / Jest tests. A test exercises a policy with made-up principals and changes
no one's access, so the learned model's read of its identity words weighs nothing on its own (the rule
detectors still read any real change the tests or the prose spell out)."""

from __future__ import annotations

import re

FENCE = re.compile(r"^[ \t]*```[^\n]*\n(?P<body>.*?)^[ \t]*```", re.M | re.S)
TEST_MARK = re.compile(
    r"^[ \t]*(?:package[ \t]+[\w.]+_test\b|test_\w+[ \t]*(?:if\b|\{|:?=|contains\b)|"
    r"(?:async[ \t]+)?def[ \t]+test_?\w*\(|"
    r"func[ \t]+Test\w*\([ \t]*t[ \t]+\*testing\.T\)|@Test\b|(?:it|test|describe)\([ \t]*['\"`])", re.M)
MAX_TEXT = 20_000


def only_tests(text: str) -> bool:
    """Every fenced block of the answer (one at least) is test code."""
    if "```" not in text or len(text) > MAX_TEXT or "test" not in text.lower():
        return False
    blocks = [match.group("body") for match in FENCE.finditer(text)]
    return bool(blocks) and all(TEST_MARK.search(block) for block in blocks)
