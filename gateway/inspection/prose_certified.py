"""A closure note under a certifying label: "Certified: the agreement ended 30/09. Their SFTP account `partner-x` and
its key were removed ...", "Bevestigd: de toegang tot ... is op 1-10 ingetrokken". The label at the head of a line
certifies what the lines after it say was removed (LABELS.md attestation: a closure note certifying a removal), even
when the label's own sentence names no account."""

from __future__ import annotations

import re

from gateway.inspection.hits import Hit
from gateway.inspection.statements import IDENTITY

LABEL = re.compile(r"^[ \t>*#_-]*(?:certified|attested|confirmed|verified|certifié|attesté|confirmé|bestätigt|"
                   r"zertifiziert|certificado|confirmado|verificado|certificato|confermato|bevestigd|geverifieerd|"
                   r"potwierdzone|bekräftat)[*_]*[ \t]*:", re.IGNORECASE | re.MULTILINE)
LABEL_WORDS = ("certifi", "attest", "confirm", "verifi", "bestätigt", "zertifiziert", "bevestigd", "geverifieerd",
               "potwierdzone", "bekräftat")
# What was taken away, said as done: "were removed", "was deleted", "is op 1-10 ingetrokken", "a été supprimé".
REMOVED = re.compile(r"\b(?:(?:were|was|has been|have been|is|are)\s+(?:now\s+)?(?:removed|deleted|revoked|disabled|"
                     r"deprovisioned|deactivated|withdrawn)|(?:a|ont) été (?:supprimée?s?|retirée?s?|révoquée?s?|"
                     r"désactivée?s?)|(?:wurden?|ist) (?:\w+ ){0,3}(?:entfernt|gelöscht|deaktiviert|entzogen)|"
                     r"(?:fue|fueron) (?:eliminad|revocad|desactivad|retirad)[oa]s?|(?:è|sono) stat[oaie] "
                     r"(?:rimoss|revocat|disattivat)[oaie]|(?:is|zijn) (?:[\w-]+ ){0,4}(?:ingetrokken|verwijderd|"
                     r"uitgeschakeld|gedeactiveerd))\b", re.IGNORECASE)
REACH = 500  # the certified lines follow the label within this many characters


def certified_removal_hits(text: str, low: str) -> list[Hit]:
    """One attestation hit at a certifying label followed by an account or access said removed."""
    if ":" not in text or not any(word in low for word in LABEL_WORDS):
        return []
    for label in LABEL.finditer(text):
        end = text.find("\n\n", label.end(), label.end() + REACH)
        end = label.end() + REACH if end < 0 else end
        removed = REMOVED.search(low, label.end(), end)
        if removed and IDENTITY.search(low, label.end(), removed.start()):
            return [Hit("attestation", label.start(), removed.end(), 0.75, "attest", rule="attest-certified-label")]
    return []
