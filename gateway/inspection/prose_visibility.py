"""Two access changes that name no grant verb:

- a space's audience changed: "converted the channel from private to public", "switched the repo from
  internal to private". Who can read it changes for everyone at once (a grant or a revoke).
- a document's link sharing changed: "changed the link sharing on the deck to Anyone with the link",
  "set general access to Restricted" (drive sharing, LABELS.md).
- named holders' access decided on in a review: "two users (K. Dempsey, R. Alvarez) no longer require
  access and have been marked for removal". A reviewer's revoke decision, acted on by whoever reads it
  (LABELS.md: entitlement recommendations). A narrative's count ("14 were flagged for removal") names
  nobody: it reports a past review."""

from __future__ import annotations

import re

from gateway.inspection import lexicon as lx
from gateway.inspection.hits import Hit
from gateway.inspection.patterns import positions

AUDIENCE = r"(?:private|public|internal|restricted|invite-only|org-wide|company-wide)"
VISIBILITY = re.compile(rf"from {AUDIENCE} to (?P<to>{AUDIENCE})\b")
# the verb of a change done or asked for, shortly before "from private": not "the move from private to public"
CHANGED = re.compile(r"\b(?:convert|chang|switch|turn|flip|set|made|make)\w*\b[^.;?\n]{0,60}\Z")
WIDER = ("public", "internal", "org-wide", "company-wide")
# "changed the link sharing on "Q4 Deck" to *Anyone at acme.io with the link*", "set general access to Restricted"
LINK_SHARING = re.compile(
    r"\b(?:chang|set|switch|turn|flip|updat|made|make|restrict|open)\w*\s+(?:the\s+)?(?:link[- ]sharing|general access|"
    r"sharing(?:\s+settings?)?|link access|sharing link|link)\b[^.;?\n]{0,80}?\bto\s+[*_\"'“`]*(?P<to>anyone|"
    r"everyone|public|restricted|private|only\b|specific people|people in|internal|org-wide|company-wide|domain)")
LINK_HEADS = ("link sharing", "link-sharing", "general access", "sharing setting", "link access", "sharing link")
LINK_WIDER = ("anyone", "everyone", "public", "people in", "internal", "org-wide", "company-wide", "domain")
# "have been marked for removal", "flagged for revocation": a decision on a holder's access
MARKED = re.compile(r"\b(?:marked|flagged|slated|earmarked)\s+for\s+(?P<v>removal|revocation|"
                    r"deprovisioning|access removal)\b")
FROM_HEADS = ("from private", "from public", "from internal", "from restricted", "from invite", "from org",
              "from company")
# a person by name or initial: "R. Alvarez", "Rosa Alvarez"
NAMED = re.compile(r"\b[A-Z]\.\s?[A-Z][a-z]+|\b[A-Z][a-z]+\s[A-Z][a-z'-]+")
MARKED_HEADS = (" for remov", " for revoc", " for depro", " for access remov")


def visibility_hits(text: str, low: str) -> list[Hit]:
    """Audience changes and access marked for removal in `text` (`low`: lower-cased, same length)."""
    hits: list[Hit] = []
    for pos in positions(low, "from ") if lx.has(low, FROM_HEADS) else ():
        m = VISIBILITY.match(low, pos)
        if m is None:
            continue
        prefix = low[max(0, pos - 80): pos]
        if not CHANGED.search(prefix) or lx.NEGATED.search(prefix) or "?" in low[m.end(): m.end() + 40]:
            continue
        action = "grant" if m.group("to") in WIDER else "revoke"
        hits.append(Hit("access_change", pos, m.end(), 0.7, action, rule="prose-visibility"))
    if lx.has(low, LINK_HEADS):
        for m in LINK_SHARING.finditer(low):
            before = low[max(0, m.start() - 40): m.start()]
            if not lx.NEGATED.search(before) and not before.endswith(("to ", "can ")) \
                    and "?" not in low[m.end(): m.end() + 40]:
                action = "grant" if m.group("to") in LINK_WIDER else "revoke"
                hits.append(Hit("access_change", m.start(), m.end(), 0.7, action, rule="prose-link-sharing"))
    if lx.has(low, MARKED_HEADS):
        for m in MARKED.finditer(low):
            start = max(low.rfind("\n", 0, m.start()) + 1, m.start() - 160)  # its line, not past initials' stops
            sentence = low[start: m.start()]
            if lx.ACCESS_OBJ.search(sentence) and not lx.NEGATED.search(sentence[-40:]) \
                    and NAMED.search(text, start, m.start()):
                hits.append(Hit("access_change", m.start(), m.end(), 0.7, "revoke", rule="prose-marked-removal"))
    return hits
