"""Access that changed, told as a record or a level move rather than with a grant verb: "moved
p.duarte from Viewer to Editor", "step both of them down from Creator to Viewer", "Ana now has
Approver rights in Coupa", "is no longer a member of", "write access has been extended to the
contractors team", "her access now mirrors the Treasury baseline"; and a new manager, "now report to Priyanka"."""

from __future__ import annotations

import re

from gateway.inspection.alternation import leftmost
from gateway.inspection.hits import Hit
from gateway.inspection.keywords import Found
from gateway.inspection.patterns import literal_safe

IC = re.IGNORECASE
_ROLE = (r"(?:[\w-]+\s+)?(?:admin\w*|owner|maintainer|developer|reporter|guest|viewer|editor|creator|explorer|"
         r"contributor|reader|writer|member|manager|approver|operator|auditor|superuser|collaborator|commenter|"
         r"full access|read[- ]only|read[- ]write|(?:read|write) access|standard user)s?")
_Q = r"[*_`\"'\u201c\u201d]*"
_VERB_STEMS = ("mov", "step", "stepp", "downgrad", "upgrad", "chang", "switch", "demot", "promot", "reduc", "elevat",
               "bump", "drop", "convert", "set", "updat", "tak", "took", "lower", "rais")
_VERB = r"\b(?:" + "|".join(_VERB_STEMS) + r")\w*\b"
_ARTICLE = r"(?:the\s+|an?\s+)?"
ROLE_MOVE = re.compile(
    _VERB + r"(?:[^.;\n]|\.(?=\w)){0,80}?\bfrom\s+" + _Q + _ARTICLE + r"(?P<a>" + _ROLE + r")" + _Q +
    r"\s+(?:role\s+|access\s+|permissions?\s+)?(?:to|\u2192|->|=>)\s+" + _Q + _ARTICLE + r"(?P<b>" + _ROLE + r")\b", IC)
NOW_HAS = re.compile(
    r"\b(?P<no>no longer|now)\s+(?:has|have|holds?)\s+(?:[\w*`'\"-]+\s+){0,4}?(?:access|rights|permissions?|"
    r"role|privileges?|membership|entitlements?)\b|"
    r"\b(?:is|are)\s+(?P<no2>no longer|now)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:admin\w*|owner|maintainer|member|"
    r"approver|editor|contributor|collaborator)s?\s+(?:of|on|in|for)\b|"
    r"\bnow\s+(?:in|a member of|part of)\s+(?:the\s+)?[`'\"*]*[A-Za-z0-9]+[-_][\w.-]+|"  # "you're now in SG-Fin-RO"
    r"\bnow\s+(?:mirrors?|matches|reflects?)\s+(?:the\s+)?[^.;\n]{0,40}?\b(?:baseline|access|entitlements?|"
    r"permissions?|roles?|birthright)\b", IC)
NOW_REPORTS = re.compile(r"\bnow\s+reports?\s+(?:directly\s+)?to\s+[A-Z][a-z]+", IC)  # a new manager
EXTENDED = re.compile(
    r"\b(?:access|rights|permissions?|role|membership)\b[^.;\n]{0,80}?\b(?:has|have|was|were)\s+been\s+"
    r"extended\s+to\b|\bextend(?:ed|ing)?\s+(?:[\w`'\"-]+\s+){0,4}?(?:access|rights|permissions?|membership|"
    r"role)\s+(?:to|for)\b", IC)
# Where a match may start: NOW_HAS also at the "is" / "are" before a "now" or "no longer" (_record_starts).
NOW_WORDS = ("now", "no longer")
EXTENDED_STARTS = ("access", "rights", "permission", "role", "membership", "extend")
WORDS = _VERB_STEMS + NOW_WORDS + EXTENDED_STARTS  # what record_hits looks up in its `found`
ASKED = re.compile(r"\b(?:whether|if|who|which|once|when|after)\b", IC)


def record_hits(text: str, low: str, found: Found) -> list[Hit]:
    """Hits for level moves and access records anywhere in `text` (`low`: its lower-cased form;
    `found`: where the WORDS occur in it)."""
    hits: list[Hit] = []
    safe = literal_safe(text, low)
    if " from " in low and (" to " in low or "\u2192" in low or "->" in low):
        for m in _finditer(ROLE_MOVE, text, found.positions(_VERB_STEMS), safe):
            if m.group("a").lower() != m.group("b").lower():
                hits.append(Hit("access_change", m.start(), m.end(), 0.7, "modify", rule="role-move"))
    if "now " in low or "no longer" in low:
        for m in _finditer(NOW_HAS, text, _now_starts(low, found), safe):
            if not _asked(text, m.start()):
                revoke = (m.group("no") or m.group("no2") or "").lower() == "no longer"
                hits.append(Hit("access_change", m.start(), m.end(), 0.7, "revoke" if revoke else "grant",
                                rule="access-record"))
        for m in _finditer(NOW_REPORTS, text, found.positions(("now",)), safe):
            if not _asked(text, m.start()):
                hits.append(Hit("attestation", m.start(), m.end(), 0.7, "modify", rule="reporting-line-record"))
    if "extend" in low:
        for m in _finditer(EXTENDED, text, found.positions(EXTENDED_STARTS), safe):
            if not _asked(text, m.start()):
                hits.append(Hit("access_change", m.start(), m.end(), 0.7, "grant", rule="access-extended"))
    return hits


def _finditer(pattern: re.Pattern[str], text: str, starts: list[int], safe: bool) -> list[re.Match]:
    """`pattern.finditer(text)`, trying only the `starts` (ascending) when the lower-case literals found
    there sit where the case-insensitive pattern sees them."""
    if not safe:
        return list(pattern.finditer(text))
    match = pattern.match
    return leftmost([m for pos in starts if (m := match(text, pos)) is not None])


def _now_starts(low: str, found: Found) -> list[int]:
    """Where a NOW_HAS match may start: at "now" / "no longer", or at the "is" / "are" and the
    whitespace just before one."""
    starts = set()
    for pos in found.positions(NOW_WORDS):
        starts.add(pos)
        blank = pos
        while blank > 0 and low[blank - 1].isspace():
            blank -= 1
        if blank < pos:
            starts.update(at for at, verb in ((blank - 2, "is"), (blank - 3, "are"))
                          if at >= 0 and low.startswith(verb, at))
    return sorted(starts)


def _asked(text: str, at: int) -> bool:
    """A question or a condition ("check whether she now has access"), not a record."""
    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1
    end = min((i for i in (text.find(c, at) for c in ".?\n") if i != -1), default=len(text))
    return text.startswith("?", end) or ASKED.search(text, start, at) is not None
