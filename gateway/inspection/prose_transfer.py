"""The files, mailbox or vaults of a leaving account handed to someone: "delete Kevin's account and transfer
his files to his manager", "choose *Transfer files to: owner@acme.com*", "reassigned her vaults to the team
lead". The receiver gains access to what the account held, so it is an access change (a grant), whatever
happens to the account itself. So is a mailbox or calendar delegated to someone."""

from __future__ import annotations

import re

from gateway.inspection import lexicon as lx
from gateway.inspection.alternation import head_first, leftmost
from gateway.inspection.hits import Hit
from gateway.inspection.patterns import literal_safe, positions

OWNER = r"(?:his|her|their|the\s+(?:user|employee|leaver|account)'s|[a-z][\w-]*'s)"
HELD = (r"(?:files|data|documents|docs|content|folders|mailbox(?:es)?|emails|drive|items|assets|ownership|vaults?|"
        r"repos|repositories|notebooks|dashboards)")
VERBS = ("transfer", "reassign", "hand")  # every match starts with one of them
TRANSFER = re.compile(
    rf"\b(?:transfer(?:s|red|ring)?|reassign(?:s|ed|ing)?|hand(?:s|ed|ing)?\s+over)\b[\s\"'*“”`]*"
    rf"(?:(?:the\s+)?ownership\s+of\s+)?(?:all\s+(?:of\s+)?)?"
    rf"(?P<owner>{OWNER}\s+)?(?:the\s+)?(?:[\w-]+\s+)?{HELD}\b[^.;\n]{{0,40}}?\bto\b\W{{0,3}}"
    r"(?P<to>[\w.+-]+@[\w-]+\.[\w.]+|(?:(?:his|her|their|the|a|the\s+user's)\s+)?(?:manager|successor|replacement|"
    r"supervisor|team\s+lead|new\s+owner|(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)))", re.I)
_TO = (r"(?P<to>[\w.+-]+@[\w-]+\.[\w.]+|(?:(?:his|her|their|the|a|the\s+user's)\s+)?(?:manager|successor|replacement|"
       r"supervisor|team\s+lead|new\s+owner|assistant|line\s+manager|(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)))")
# The same step told in the passive: "OneDrive: files transferred to his line manager", "her mailbox was reassigned to".
TRANSFERRED = re.compile(rf"\b(?P<owner>{OWNER}\s+)?{HELD}\s+(?:(?:were|was|have\s+been|has\s+been|are|is)\s+)?"
                         rf"(?:transferred|reassigned|handed\s+over)\s+to\b\W{{0,3}}" + _TO, re.I)
PASSIVE_VERBS = ("transferred", "reassigned", "handed over")
# A mailbox or calendar delegated: the delegate reads (and may send as) it ("convert the mailbox to shared,
# delegate to Ann Lee", "delegate her calendar to the team lead").
DELEGATE = head_first(
    r"\b(?:mailbox(?:es)?|inbox|calendar)\b[^.;\n]{0,60}?\bdelegat(?:e|ed|es|ing)\s+(?:(?:full\s+)?access\s+)?to\b\W{0,3}"
    + _TO + r"|\bdelegat(?:e|ed|es|ing)\s+(?:" + OWNER + r"\s+|the\s+)?(?:shared\s+)?(?:mailbox|inbox|calendar)\b"
    r"[^.;\n]{0,40}?\bto\b\W{0,3}" + _TO.replace("?P<to>", "?P<to2>"), re.I)
# The account the files belonged to is leaving: deleted, removed, offboarded.
LEAVING = re.compile(r"\b(?:delet|remov|offboard|deprovision|leav|depart|terminat|deactivat|disabl|suspend)\w*", re.I)
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
    if "delegat" in low:
        for match in DELEGATE.finditer(text):
            prefix = low[max(0, match.start() - 120): match.start()]
            if not lx.NEGATED.search(prefix) and low.find("?", match.end(), match.end() + 60) == -1:
                hits.append(Hit("access_change", match.start(), match.end(), 0.75, "grant",
                                target=match.group("to") or match.group("to2"), rule="prose-mailbox-delegate"))
    return hits


def _transfers(text: str, low: str) -> list[re.Match]:
    """`TRANSFER.finditer(text)`: every match starts with one of the VERBS, so where `low` holds it the regex
    is tried only there (a case-insensitive search over a long answer tries every position); and TRANSFERRED's
    matches, looked for on the line before each passive verb."""
    if not any(verb in low for verb in VERBS):
        return []
    if not literal_safe(text, low):
        return leftmost(sorted([*TRANSFER.finditer(text), *TRANSFERRED.finditer(text)], key=lambda m: m.start()))
    starts = sorted(pos for verb in VERBS for pos in positions(low, verb))
    found = [m for pos in starts if (m := TRANSFER.match(text, pos)) is not None]
    for verb in PASSIVE_VERBS:
        for pos in positions(low, verb) if verb in low else ():
            line = low.rfind("\n", max(0, pos - 100), pos) + 1 or max(0, pos - 100)
            if (m := TRANSFERRED.search(text, line, pos + len(verb) + 80)) is not None and m.start("to") > pos:
                found.append(m)
    return leftmost(sorted(found, key=lambda m: m.start()))
