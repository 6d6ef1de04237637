"""The files or mailbox of a leaving account handed to someone: "delete Kevin's account and transfer
his files to his manager", "choose *Transfer files to: owner@acme.com*". The receiver gains access to
what the account held, so it is an access change (a grant), whatever happens to the account itself."""

from __future__ import annotations

import re

from gateway.inspection import lexicon as lx
from gateway.inspection.alternation import leftmost
from gateway.inspection.hits import Hit
from gateway.inspection.patterns import literal_safe, positions

OWNER = r"(?:his|her|their|the\s+(?:user|employee|leaver|account)'s|[a-z][\w-]*'s)"
HELD = r"(?:files|data|documents|docs|content|folders|mailbox(?:es)?|emails|drive|items|assets|ownership)"
TRANSFER = re.compile(
    rf"\btransfer(?:s|red|ring)?\b[\s\"'*“”`]*(?:(?:the\s+)?ownership\s+of\s+)?(?:all\s+(?:of\s+)?)?"
    rf"(?P<owner>{OWNER}\s+)?(?:the\s+)?(?:[\w-]+\s+)?{HELD}\b[^.;\n]{{0,40}}?\bto\b\W{{0,3}}"
    r"(?P<to>[\w.+-]+@[\w-]+\.[\w.]+|(?:(?:his|her|their|the|a|the\s+user's)\s+)?(?:manager|successor|replacement|"
    r"supervisor|team\s+lead|new\s+owner|(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)))", re.I)
# The account the files belonged to is leaving: deleted, removed, offboarded.
LEAVING = re.compile(r"\b(?:delet|remov|offboard|deprovision|leav|depart|terminat|deactivat|suspend)\w*", re.I)
NEAR = 200


def transfer_hits(text: str, low: str) -> list[Hit]:
    """Grants by handing over a (leaving) account's files; `low` is `text` lower-cased, same length."""
    hits: list[Hit] = []
    for match in _transfers(text, low):
        prefix = low[max(0, match.start() - 120): match.start()]
        if lx.NEGATED.search(prefix) or low.find("?", match.end(), match.end() + 60) != -1:
            continue
        owned = match.group("owner") is not None
        if owned or LEAVING.search(low, max(0, match.start() - NEAR), match.end() + NEAR):
            hits.append(Hit("access_change", match.start(), match.end(), 0.75, "grant", target=match.group("to"),
                            rule="prose-files-transfer"))
    return hits


def _transfers(text: str, low: str) -> list[re.Match]:
    """`TRANSFER.finditer(text)`: every match starts with "transfer", so where `low` holds it the regex
    is tried only there (a case-insensitive search over a long answer tries every position)."""
    if "transfer" not in low:
        return []
    if not literal_safe(text, low):
        return list(TRANSFER.finditer(text))
    return leftmost([m for pos in positions(low, "transfer") if (m := TRANSFER.match(text, pos)) is not None])
