"""A decided resolution that keeps some of someone's access and takes the rest away, as a list ("Resolution agreed
with the process owner: - Keep `FI_VENDOR_MAINT` ... - Remove `FI_PAYMENT_RUN`"): the keep beside the removal is a
retain/revoke decision (LABELS.md attestation). Read by prose_decisions.answer_hits."""

from __future__ import annotations

import re

from gateway.inspection.hits import Hit
from gateway.inspection.keywords import Found

KEEPS = ("keep", "retain")
REMOVES = ("remove", "revoke", "withdraw")
WORDS = KEEPS + REMOVES
IC = re.IGNORECASE
_BULLET = r"[ \t]*(?:[-*+\u2022]|\d{1,2}[.)])[ \t]+"
ITEM = re.compile(_BULLET)
# An item that opens with the verdict and names what it is about: "- Keep `Z_FI_VENDOR_MAINT` (his primary job)".
KEEP_ITEM = re.compile(_BULLET + r"[*_]*(?:keep|retain)[*_]*:?[ \t]+[*_]*`[^`\n]{2,80}`", IC)
REMOVE_ITEM = re.compile("^" + _BULLET + r"[*_]*(?:remove|revoke|withdraw)[*_]*:?[ \t]+[*_]*`[^`\n]{2,80}`", IC | re.M)
# The list is about someone's access: said in the list or in the lines around it.
ACCESS = re.compile(r"\b(?:roles?|access|entitlements?|permissions?|privileges?|sod|segregation of duties|"
                    r"authori[sz]ations?|memberships?|rights|security groups?|permission sets?|"
                    r"berechtigung\w*|rollen?|habilitations?|droits|permisos)\b", IC)
# ... and decided, not offered or explained: the lead-in says it was agreed or settled.
DECIDED = re.compile(r"\b(?:agreed|decided|decisions?|resolution|resolved|outcome|approved|confirmed|signed[- ]off|"
                     r"verdict|final|we(?:'ll|\u2019ll| will| are going to)|i(?:'ll|\u2019ll| will))\b", IC)
# Options or examples of how such a conflict is resolved in general, or a list of something else than access
# (files, packages, feature flags): no one's access decided.
NOT_DECIDED = re.compile(r"\b(?:options?|alternatives?|choices?|either|for example|for instance|e\.g\.|such as|"
                         r"example|typically|usually|generally|in general|could|might|"
                         r"feature[- ]flags?|flags?|toggles?|files?|folders?|directories|packages?|dependenc(?:y|ies)|"
                         r"librar(?:y|ies)|modules?|branches?|columns?|fields?|sections?|paragraphs?|slides?|"
                         r"plugins?|extensions?|imports?|variables?|tests?|labels?|tags?)\b", IC)
# A criterion rather than a verdict: "- Keep `roles/viewer` if the person still reads the dashboards".
CONDITIONAL = re.compile(r"\b(?:if|unless|when|whenever|where|only for)\b", IC)
LEAD_IN = 300  # characters before the list (its heading or introducing sentence) and after it


def resolution_hits(text: str, low: str, found: Found) -> list[Hit]:
    """Attestation (and the revocation) where a decided list keeps one entitlement and removes another."""
    if not (found.any(KEEPS) and found.any(REMOVES)) or "`" not in text:
        return []
    for start, end in found.lines_holding(low, KEEPS):
        if KEEP_ITEM.match(text, start, end) is None or CONDITIONAL.search(text, start, end):
            continue
        first, last = _list_around(text, start)
        removal = next((m for m in REMOVE_ITEM.finditer(text, first, last)
                        if not CONDITIONAL.search(text, m.start(), _line_end(text, m.end()))), None)
        if removal is None:
            continue
        lead_in = text[max(0, first - LEAD_IN): first]
        paragraph = lead_in.rstrip().rfind("\n\n")
        lead_in = lead_in[paragraph + 2:] if paragraph >= 0 else lead_in  # the list's own paragraph
        if DECIDED.search(lead_in) is None or NOT_DECIDED.search(lead_in) is not None \
                or ACCESS.search(text, max(0, first - LEAD_IN), last + LEAD_IN) is None:
            continue
        return [Hit("attestation", first, last, 0.75, "attest", rule="keep-remove-resolution"),
                Hit("access_change", removal.start(), removal.end(), 0.7, "revoke", rule="keep-remove-resolution")]
    return []


def _list_around(text: str, at: int) -> tuple[int, int]:
    """[start, end) of the list holding the item line starting at `at`: the item lines next to it and their
    indented continuations, no blank line between."""
    first = at
    while first > 0:
        previous = text.rfind("\n", 0, first - 1) + 1
        if not _in_list(text, previous, first - 1):
            break
        first = previous
    last = at
    while last < len(text):
        end = _line_end(text, last)
        if last != at and not _in_list(text, last, end):
            break
        last = end + 1
    return first, min(last, len(text))


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end == -1 else end


def _in_list(text: str, start: int, end: int) -> bool:
    line = text[start:end]
    return ITEM.match(line) is not None or line[:1] in (" ", "\t") and line.strip() != ""
