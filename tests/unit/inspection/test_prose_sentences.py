"""The prose sentence rules matched once per answer, where their heads stand, find what a scan of each
masked sentence on its own found."""

from __future__ import annotations

import random
import re

import pytest

from gateway.inspection import lexicon as lx
from gateway.inspection import prose
from gateway.inspection.alternation import match_heads
from gateway.inspection.prose_sentences import ProseSentences

TEXT = ("Please grant Ana admin access to the billing group; add the user j.doe to the `ops-admins` team.\n\n"
        "- Disable the account of the intern. The API key leaked, so rotate it now! Her role in the play "
        "was big. Check the access logs and the user interface? Remove him from all GitHub teams. "
        "```sql DELETE FROM users``` The account has been created. Password reset done for Tom; "
        "make Femi an owner of the repo. Share the doc with the contractors group. She is approved for "
        "access to prod. Dr. Lee will terminate access permissions for the leaver. Put your account "
        "settings aside. ΑΣ Σ ﬁle İstanbul KELVIN. Lock the free trial account. set up MFA, take away rights.")


def _texts(count: int) -> list[str]:
    rng = random.Random(7)
    words = TEXT.replace("\n", " \n ").split(" ")
    texts = [TEXT, TEXT.upper(), TEXT.replace(". ", ".")]
    for _ in range(count):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 80)))
        texts.append(text.upper() if rng.random() < 0.1 else text)
    return texts


def _lowered(text: str) -> str:
    low = text.lower()
    return low if len(low) == len(text) else "".join(ch.lower()[:1] or ch for ch in text)


def _masked_sentence(text: str, low: str, start: int, end: int) -> tuple[str, str]:
    """The sentence masked and lower-cased on its own, as the prose detector once read each one."""
    held = [stem for stem in lx.MASK_STEMS if stem in low[start:end]]
    masked = lx.mask(text[start:end], low[start:end], held)
    return masked, lx.lower_same(masked)


def test_heads_start_every_match():
    assert match_heads(re.compile(r"\b(?:grant(?:s|ed)?|take away|re-?set)\b")) == ("grant", "re-set", "reset",
                                                                                    "take away")
    assert match_heads(re.compile(r"(?:the\s+)?admin")) == ("admin", "the")
    with pytest.raises(ValueError):
        match_heads(re.compile(r"\b[a-z]+ing\b"))
    with pytest.raises(ValueError):
        match_heads(re.compile(r"grant", re.IGNORECASE))


@pytest.mark.parametrize("regex", prose.ANCHORED, ids=lambda regex: regex.pattern[:30])
def test_rules_matched_once_per_answer_find_what_each_sentence_scan_found(regex):
    assert not regex.pattern.startswith(("^", "(?<")), "a rule must not look before its sentence"
    for text in _texts(150):
        low = _lowered(text)
        spans = prose.sentences(text)
        chosen = {index for index, (start, end) in enumerate(spans) if end - start >= 8}
        doc = ProseSentences(text, low, spans, prose.HEADS.starts(prose.VOCABULARY.find(low)), chosen)
        assert all(start == 0 or not re.match(r"\w", text[start - 1]) for start, _ in spans)
        expected = {}
        for index in chosen:
            start, end = spans[index]
            masked, lowered = _masked_sentence(text, low, start, end)
            assert (doc.text[start:end], doc.low[start:end]) == (masked, lowered)
            found = [(m.start() + start, m.end() + start) for m in regex.finditer(lowered)]
            if found:
                expected[index] = found
        assert {index: [m.span() for m in found] for index, found in doc.matches(regex, chosen).items()} == expected
