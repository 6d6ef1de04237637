"""Who holds access, listed as audit evidence: an ACL or a role's members pulled and written up for a control
("finance_mart READERs: group:fin-analysts@..., user:cfo@..." then "This is the evidence for control DA-3").
LABELS.md: a lookup result that lists who holds access is evidence when it is written up as audit evidence;
the same listing without the audit around it is a read-only lookup. Read by prose_decisions.answer_hits."""

from __future__ import annotations

import re

from gateway.inspection.alternation import head_first
from gateway.inspection.hits import Hit
from gateway.inspection.keywords import lines_with

# A line naming a level of access, then a principal: a typed member (`group:`, `user:`, `serviceAccount:`) or
# an address ("OWNERs: group:data-admins@...", "- roles/viewer: user:ana@...", "Admins: raj@acme.io").
HOLDER_LINE = re.compile(
    r"^[ \t>*|-]*(?:[\w.-]+[ \t]+)?(?:readers?|writers?|owners?|editors?|viewers?|admins?|administrators?|"
    r"members?|approvers?|roles/[\w.]+|[\w-]*(?:admin|reader|writer|viewer|editor|owner)s?)[ \t]*[:=|][ \t]*"
    r"(?:(?:group|user|serviceaccount|domain|principal|role)[:/][^\s,]+|[\w.+-]+@[\w-]+\.[\w.]+)", re.I | re.M)
# The listing written up for an auditor: called evidence, or put under a control or a framework.
WRITTEN_UP = re.compile(r"\bevidence\b|\bfor (?:the |our |this )?(?:audit|auditors?)\b|\bcontrol [a-z]{1,5}-\d+\b|"
                        r"\bsox\b|\bsoc ?2\b|\bitgc\b|\baudit (?:request|sample|file|workpaper)s?\b", re.I)
ANCHORS = ("evidence", "audit", "control ", "sox", "soc", "itgc")
# Every HOLDER_LINE match holds one of these (lower-cased): a typed member or an address.
PRINCIPAL_MARKS = ("@",) + tuple(f"{kind}{sep}" for kind in ("group", "user", "serviceaccount", "domain", "principal",
                                                              "role") for sep in ":/")


def holder_listing_hits(text: str, low: str) -> list[Hit]:
    """Attestation where an answer written up as audit evidence lists principals under access levels."""
    if not any(anchor in low for anchor in ANCHORS) or ":" not in text:
        return []
    line = _holder_line(text, low)
    if line is None or WRITTEN_UP.search(text) is None:
        return []
    return [Hit("attestation", line.start(), line.end(), 0.75, "attest", rule="holder-listing-evidence")]


def _holder_line(text: str, low: str) -> re.Match[str] | None:
    """`HOLDER_LINE.search(text)`, tried only at the starts of the lines holding a principal mark (a match
    starts at a line's start and ends within that line)."""
    if len(low) != len(text):
        return HOLDER_LINE.search(text)
    for start, _ in lines_with(low, PRINCIPAL_MARKS):
        if (m := HOLDER_LINE.match(text, start)) is not None:
            return m
    return None


# An audit answer that lists who holds access, without typed principals: "Per your request for the PCI assessor:
# only the following accounts can access the settlement export:" over a list, "Data integrity audit — privileged
# users" over a table, "FERPA audit – Who outside the district has access to student records?" over a list.
# A regulator's request is an audit's: "In response to the Gaming Commission's request #GC-2025-114, the following
# individuals hold access to the Integrity Portal:".
AUDIT_WORDS = ("audit", "assessor", "examiner", "qsa", "regulator", "inspector", "commission")
AUDITED = head_first(r"\b(?:auditors?|assessors?|examiners?|qsa|regulators?|inspectors?|commission(?:'s|\u2019s)? "
                     r"(?:request|inquiry|enquiry|review)|audit(?!\s*(?:log|trail|event|record|polic|setting|"
                     r"daemon|rule|d\b)))", re.I)
ROSTER_WORDS = ("access", "privileged", "rechten", "toegang", "zugriff", "rechte", "berechtigung", "accès", "droits",
                "acceso", "permisos", "acesso", "permiss")
ROSTER = head_first(
    r"\bwho\b[^.\n?]{0,50}\b(?:has|have|holds?|had|can)\b[^.\n?]{0,40}\baccess\b|"
    r"\b(?:the following|these|below)\s+(?:\w+\s+){0,2}(?:accounts|users|people|principals|individuals|staff|ids|"
    r"members)\b[^.\n]{0,40}?\b(?:can|have|has|hold|had)\b[^.\n]{0,20}?\baccess|"
    r"\b(?:accounts|users|staff|people|individuals|members|ids|principals)\s+(?:with|holding|who (?:have|hold|had|can)|"
    r"that (?:have|hold|had|can))\b[^.\n]{0,60}?\baccess\b|"
    r"\bprivileged (?:users|accounts|ids)\b|\b(?:ids|accounts|users) (?:had|have|hold|held) access to\b|"
    # "wie heeft beheerrechten op ...", "wer hat Zugriff auf ...", "qui a accès à ...", "quién tiene acceso a ..."
    r"\b(?:wie|wer|qui|quién|quien|quem)\b[^.\n?]{0,50}?\b(?:heeft|hebben|hat|haben|a|ont|possède\w*|tiene|tienen|tem|"
    r"têm)\b[^.\n?]{0,40}?(?:rechten|toegang|zugriff|rechte|berechtigung\w*|accès|droits|acceso|permisos|acesso|"
    r"permissões)", re.I)
LISTED = re.compile(r"^[ \t]*(?:[-*+\u2022]|\d+[.)]|\|)[ \t]*(?!(?:open|click|go|run|select|pick|navigate|choose|enter|"
                    r"copy|paste|export|download|check|review|sign|log|filter|search)\b)\S", re.M | re.I)  # not steps


def audit_roster_hits(text: str, low: str) -> list[Hit]:
    """Attestation where an audit answer says who holds access and lists them: two list items or table rows
    (besides a table's header and rule) near the claim, outside code blocks, not steps to follow."""
    if not any(word in low for word in AUDIT_WORDS) or not any(word in low for word in ROSTER_WORDS):
        return []
    claim = ROSTER.search(text)
    if claim is None or AUDITED.search(text) is None:
        return []
    rows = [row for row in LISTED.finditer(text, max(0, claim.start() - 1500), claim.end() + 1500)
            if text.count("```", 0, row.start()) % 2 == 0]  # not in a code block
    if len(rows) - 2 * any(text[row.start():row.end()].lstrip().startswith("|") for row in rows) < 2:
        return []
    return [Hit("attestation", claim.start(), claim.end(), 0.7, "attest", rule="audit-access-roster")]
