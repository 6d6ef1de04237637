"""Access that changed, told as a record or a level move rather than with a grant verb: "moved
p.duarte from Viewer to Editor", "step both of them down from Creator to Viewer", "Ana now has
Approver rights in Coupa", "is no longer a member of", "write access has been extended to the
contractors team"."""

from __future__ import annotations

import re

from gateway.inspection.hits import Hit

IC = re.IGNORECASE
_ROLE = (r"(?:[\w-]+\s+)?(?:admin\w*|owner|maintainer|developer|reporter|guest|viewer|editor|creator|explorer|"
         r"contributor|reader|writer|member|manager|approver|operator|auditor|superuser|collaborator|commenter|"
         r"full access|read[- ]only|read[- ]write|(?:read|write) access|standard user)s?")
_Q = r"[*_`\"'\u201c\u201d]*"
_VERB = (r"\b(?:mov|step|stepp|downgrad|upgrad|chang|switch|demot|promot|reduc|elevat|bump|drop|convert|set|"
         r"updat|tak|took|lower|rais)\w*\b")
_ARTICLE = r"(?:the\s+|an?\s+)?"
ROLE_MOVE = re.compile(
    _VERB + r"(?:[^.;\n]|\.(?=\w)){0,80}?\bfrom\s+" + _Q + _ARTICLE + r"(?P<a>" + _ROLE + r")" + _Q +
    r"\s+(?:role\s+|access\s+|permissions?\s+)?(?:to|\u2192|->|=>)\s+" + _Q + _ARTICLE + r"(?P<b>" + _ROLE + r")\b", IC)
NOW_HAS = re.compile(
    r"\b(?P<no>no longer|now)\s+(?:has|have|holds?)\s+(?:[\w*`'\"-]+\s+){0,4}?(?:access|rights|permissions?|"
    r"role|privileges?|membership|entitlements?)\b|"
    r"\b(?:is|are)\s+(?P<no2>no longer|now)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:admin\w*|owner|maintainer|member|"
    r"approver|editor|contributor|collaborator)s?\s+(?:of|on|in|for)\b", IC)
EXTENDED = re.compile(
    r"\b(?:access|rights|permissions?|role|membership)\b[^.;\n]{0,80}?\b(?:has|have|was|were)\s+been\s+"
    r"extended\s+to\b|\bextend(?:ed|ing)?\s+(?:[\w`'\"-]+\s+){0,4}?(?:access|rights|permissions?|membership|"
    r"role)\s+(?:to|for)\b", IC)
ASKED = re.compile(r"\b(?:whether|if|who|which|once|when|after)\b", IC)


def record_hits(text: str, low: str) -> list[Hit]:
    """Hits for level moves and access records anywhere in `text` (`low`: its lower-cased form)."""
    hits: list[Hit] = []
    if " from " in low and (" to " in low or "\u2192" in low or "->" in low):
        for m in ROLE_MOVE.finditer(text):
            if m.group("a").lower() != m.group("b").lower():
                hits.append(Hit("access_change", m.start(), m.end(), 0.7, "modify", rule="role-move"))
    if "now " in low or "no longer" in low:
        for m in NOW_HAS.finditer(text):
            if not _asked(text, m.start()):
                revoke = (m.group("no") or m.group("no2") or "").lower() == "no longer"
                hits.append(Hit("access_change", m.start(), m.end(), 0.7, "revoke" if revoke else "grant",
                                rule="access-record"))
    if "extend" in low:
        for m in EXTENDED.finditer(text):
            if not _asked(text, m.start()):
                hits.append(Hit("access_change", m.start(), m.end(), 0.7, "grant", rule="access-extended"))
    return hits


def _asked(text: str, at: int) -> bool:
    """A question or a condition ("check whether she now has access"), not a record."""
    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1
    end = min((i for i in (text.find(c, at) for c in ".?\n") if i != -1), default=len(text))
    return text.startswith("?", end) or ASKED.search(text, start, at) is not None
