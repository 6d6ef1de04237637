"""What the pattern tables report before a detector turns it into a Finding: a kind, a span in
the scanned text, an action and the principal / target / privilege when they can be told."""

from __future__ import annotations

from dataclasses import dataclass

from gateway.types import Finding

EVIDENCE_LIMIT = 160


@dataclass(frozen=True, slots=True)
class Hit:
    kind: str
    start: int
    end: int
    confidence: float
    action: str | None = None
    target: str | None = None
    principal: str | None = None
    privilege: str | None = None
    rule: str = ""

    def shifted(self, offset: int) -> Hit:
        # the constructor, not dataclasses.replace: several times cheaper, and prose shifts every sentence hit
        return Hit(self.kind, self.start + offset, self.end + offset, self.confidence, self.action, self.target,
                   self.principal, self.privilege, self.rule)


def excerpt(text: str, start: int, end: int) -> str:
    """A short, single-line excerpt of text[start:end] (at most EVIDENCE_LIMIT characters)."""
    piece = " ".join(text[start:end].split())
    if len(piece) > EVIDENCE_LIMIT:
        piece = piece[: EVIDENCE_LIMIT - 1] + "\u2026"
    return piece


def dedupe(hits: list[Hit]) -> list[Hit]:
    """Keep the most confident hit per (kind, action, target), in order of appearance."""
    best: dict[tuple, Hit] = {}
    for hit in hits:
        key = (hit.kind, hit.action, hit.target)
        if key not in best or hit.confidence > best[key].confidence:
            best[key] = hit
    return sorted(best.values(), key=lambda h: h.start)


def content_finding(hit: Hit, text: str, detector: str, choice: int) -> Finding:
    return Finding(
        kind=hit.kind,
        where="content",
        detector=detector,
        confidence=hit.confidence,
        evidence=excerpt(text, hit.start, hit.end),
        choice=choice,
        span=(hit.start, hit.end),
        action=hit.action,
        principal=hit.principal,
        target=hit.target,
        privilege=hit.privilege,
        details={"rule": hit.rule} if hit.rule else {},
    )


def privilege_of(text: str) -> str | None:
    """admin / elevated / standard from the words around a grant, when they say."""
    low = text.lower()
    contains = low.__contains__  # mapped over the words: no generator frame per word
    if any(map(contains, ADMIN_WORDS)):
        return "admin"
    if any(map(contains, ELEVATED_WORDS)):
        return "elevated"
    if any(map(contains, STANDARD_WORDS)):
        return "standard"
    return None


ADMIN_WORDS = (
    "admin", "owner", "cluster-admin", "superuser", "wheel", "sudo", "root", '"*"', "*:*",
    "fullaccess", "full access", "global admin", "domain admins", "all privileges", "sysadmin",
)
ELEVATED_WORDS = (
    "write", "editor", "contributor", "maintainer", "poweruser", "power user", "writer", "edit",
    "break-glass", "privileged", "manage", "update", "insert", "delete",
)
STANDARD_WORDS = ("read", "viewer", "reader", "select", "member", "get", "list", "commenter")
