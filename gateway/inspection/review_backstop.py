"""Review outcomes in plain words: after a review cue ("walked through the admins with the CISO"), a
decision about a group of people or holders ("each one keeps it", "everyone stays") is evidence."""

from __future__ import annotations

import re
from bisect import bisect_right

from gateway.inspection import backstop_lexicon as bx
from gateway.inspection.alternation import leftmost
from gateway.inspection.hits import Hit
from gateway.inspection.keywords import Found
from gateway.inspection.statements import IDENTITY

CUE = re.compile(
    r"\b(?:walk(?:ed|ing)? through|w(?:ent|e go|e've gone) (?:through|over)|gone (?:through|over)|reviewed|"
    r"checked|looked (?:at|over)|sat down with|confirmed with|signed off|recertif\w*|attest\w*|"
    r"durchgegangen|geprüft|revisad[oa]s|revisamos|passé en revue|vérifié|esaminat[oi]|verificat[oi]|"
    r"revisad[oa]s|doorgenomen|gecontroleerd|przejrzeliśmy|sprawdzon\w*|gått igenom|granskat)\b")
DECISION = re.compile(
    r"\b(?:each(?: one| of them| \w+)?|every(?:one|body| one| \w+)|all(?: of them| \w+)?|both(?: of them)?|"
    r"none of them|nobody|no one|the rest|the others|jede[rs]?|alle|todos|tous|tutti|todos|iedereen|"
    r"allemaal|wszyscy|alla)\s+(?:\w+\s+){0,2}?(?:keeps?|kept|retains?|retained|stays?|stayed|remains?|"
    r"remained|loses?|lost|is fine|are fine|is ok|are ok|is justified|are justified|behält|behalten|"
    r"bleiben|conserva[nt]?|mantienen?|gardent|garde|conservent|restano|mantengono|tiene[nr]?|houden|"
    r"behouden|blijven|zachowuj\w*|behåller|får behålla)\b")
DECISION_STEMS = ("keep", "kept", "retain", "stay", "remain", "lose", "lost", "fine", " ok", "justified", "behält",
                  "behalten", "bleiben", "conserv", "mantien", "garde", "restano", "mantengono", "tiene",
                  "houden", "behouden", "blijven", "zachowuj", "behåll")
# Where a DECISION match can start (every one begins with one of these): tried only there, as finditer would.
DECISION_ANCHORS = ("each", "every", "all", "both", "no", "the r", "the o", "jede", "todos", "tous", "tutti",
                    "iedereen", "wszyscy")
WORDS = DECISION_STEMS + DECISION_ANCHORS  # what review_hits looks up in its `found` (keywords.Vocabulary)
WINDOW = 300  # characters before the decision where the reviewed accounts or roles may be named


def review_hits(low: str, found: Found, spans: list[tuple[int, int]], skip: set[int]) -> list[Hit]:
    """Attestation hits for plain-word review outcomes in sentences not in `skip` (`found`: where the
    WORDS occur in `low`)."""
    if not found.any(DECISION_STEMS):
        return []
    starts = [s for s, _ in spans]
    hits: list[Hit] = []
    for m in leftmost(found.matches(DECISION, low, DECISION_ANCHORS)):
        index = bisect_right(starts, m.start()) - 1
        if index < 0 or index in skip:
            continue
        start, end = spans[index]
        sentence = low[start:end]
        if bx.HABIT.search(sentence) or bx.SENSE.search(sentence) or sentence.rstrip().endswith("?"):
            continue
        context = low[max(0, m.start() - WINDOW): m.end() + 40]
        if CUE.search(context) and IDENTITY.search(context):
            hits.append(Hit("attestation", m.start(), m.end(), 0.65, "attest", rule="backstop-review"))
    return hits
