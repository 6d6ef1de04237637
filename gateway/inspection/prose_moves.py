"""Membership changes told without the usual verb and object: someone's access or memberships reported
changed in the passive ("her old group memberships were restored"), people pulled out of a group or a
group emptied ("pull every poll-worker account out of the `EPB-PollWorkers` group"), someone now in an
approvers list ("Camille is now in the expense approvers list"), people dropped from a group or a role, and an
app's OAuth consent grant revoked ("the consent grant deleted")."""

from __future__ import annotations

import re

from gateway.inspection.alternation import leftmost
from gateway.inspection.hits import Hit
from gateway.inspection.keywords import Found
from gateway.inspection.lexicon import NEGATED

_HELD = (r"(?:access|roles?|(?:group\s+|team\s+)?memberships?|permissions?|privileges?|entitlements?|"
         r"admin\s+rights|role\s+assignments?)")
# What stands before a passive verb (searched back from it): "Sarah's old group memberships were", "his access has been"
PASSIVE_SUBJECT = re.compile(
    rf"(?:'s|\u2019s|\b(?:his|her|their))\s+(?:[\w/&-]+\s+){{0,3}}{_HELD}\s+(?:is|are|was|were|has\s+been|"
    r"have\s+been)\s+(?:now\s+|also\s+|fully\s+|all\s+)?\Z", re.IGNORECASE)
# Roles that are units of configuration code ("split the playbook into roles", "each role has its own molecule
# tests"): such a role removed is code deleted, nobody's access.
ROLE_HELD = re.compile(r"\broles?\s+(?:is|are|was|were|has|have)\b", re.IGNORECASE)
CODE_ROLES = re.compile(r"\b(?:ansible|puppet|chef|salt(?:stack)?)\s+roles?\b|\bplaybooks?\s+(?:\w+\s+){0,2}"
                        r"into\s+roles\b|\broles?\b[^.\n]{0,40}\bmolecule\b", re.IGNORECASE)
PASSIVE_VERBS = ("restored", "reinstated", "revoked", "removed", "granted", "re-added", "readded", "stripped",
                 "withdrawn", "re-granted", "regranted", "downgraded", "elevated")
PASSIVE_VERB = re.compile(r"(?:" + "|".join(PASSIVE_VERBS) + r")\b")
# An app's delegated permissions ended: "revoked the app's consent grant", "the OAuth consent was revoked",
# "the service principal was removed and the consent grant deleted". Not a person's consent to marketing or
# cookies: the consent is an app's, an admin's, or a grant.
CONSENT_GRANT = (r"(?:(?:oauth2?|app(?:lication)?|admin|user|delegated|tenant-wide)\s+)?consent\s+grants?|"
                 r"(?:oauth2?|app(?:lication)?|admin|delegated)\s+consents?|(?:oauth2?|delegated)\s*permission\s*grants?")
CONSENT_REVOKED = re.compile(
    rf"\b(?:revok|delet|remov|withdr[ae]w)\w*\s+(?:the|its|their|all|every|that|this)\s+(?:(?!(?:and|or)\b)[\w'\u2019-]+\s+){{0,3}}?"
    rf"(?:{CONSENT_GRANT})\b|"
    rf"\b(?:the|its|their|all|that|this)\s+(?:(?!(?:and|or)\b)[\w'\u2019-]+\s+){{0,3}}?(?:{CONSENT_GRANT})\s+"
    r"(?:(?:was|were|has\s+been|have\s+been|is|are|now)\s+)?(?:revoked|deleted|removed|withdrawn)\b", re.IGNORECASE)
WORDS = (*PASSIVE_VERBS, "consent")  # looked up in move_hits' `found` (keywords.Vocabulary)
# "pull every poll-worker account out of the `EPB-PollWorkers` group", "kick him out of the admins team"
OUT_OF = re.compile(
    r"\b(?:pull|take|kick|drop|get)(?:s|ed|ing|ting)?\s+(?:[^\s.;:!?]+\s+){1,6}?out\s+of\s+(?:the\s+|all\s+|every\s+)?"
    r"(?:[`'\"*]{1,2}[^`'\"*\n]{2,60}[`'\"*]{1,2}\s+|[\w-]+\s+){0,2}?(?:groups?|teams?|roles?|org|organi[sz]ation|"
    r"workspaces?|channels?|safes?|distribution lists?|security groups?)\b(?!['\u2019]s\b|[-\s]+(?:folders?|drives?|"
    r"shares?|chats?|pages?|wikis?|meetings?|calendars?|mailbox|sites?)\b)", re.IGNORECASE)
# "The three contractors were dropped from the finance-approvers group", "we dropped Ola from `db-admins` role": not
# a call, a table, a course, nor a focus group or a cast (what a group or a role of a study or a play is).
DROPPED_FROM = re.compile(
    r"\bdrop(?:s|ped|ping)?\s+(?:[^\s.;:!?]+\s+){0,6}?from\s+"
    r"(?!(?:the\s+|their\s+|his\s+|her\s+)?(?:focus|control|test|study|age|working|peer|reading|support|discussion|"
    r"breakout)\s)(?:the\s+|all\s+|every\s+|their\s+|his\s+|her\s+)?"
    r"(?:[`'\"*]{1,2}[^`'\"*\n]{2,60}[`'\"*]{1,2}\s+|[\w-]+\s+){0,2}?(?:groups?|roles?|distribution lists?|"
    r"security groups?|permission sets?|approvers?(?:\s+(?:list|group|pool))?|admins|access lists?|allow-?lists?|"
    r"sudoers)\b(?!['\u2019]s\b|[-\s]+(?:of|chats?|calls?|meetings?|threads?|photos?|emails?)\b)", re.IGNORECASE)
EMPTY = re.compile(r"\bempty(?:ing)?\s+(?:out\s+)?the\s+(?:[`'\"*]{1,2}[^`'\"*\n]{2,60}[`'\"*]{1,2}\s+|[\w-]+\s+){0,2}?"
                   r"(?:group|team|role|security group)\b", re.IGNORECASE)
# "Camille is now in the expense approvers list for EMEA"
NOW_LISTED = re.compile(
    r"(?-i:\b[A-Z][a-z]+(?:\s+[A-Z][a-z'-]+)?)\s+(?:is|are)\s+now\s+(?:in|on|part\s+of|a\s+member\s+of)\s+"
    r"(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}(?:approvers?|admins?|administrators?|owners?|signatories|signers?|"
    r"maintainers?|approval)\s+(?:list|group|team|chain|pool|role)\b", re.IGNORECASE)
ASKED = re.compile(r"\b(?:if|whether|when|once|unless|should|would|could|can|how)\b[^.;!?\n]*\Z", re.IGNORECASE)


def _clause_before(text: str, at: int) -> str:
    start = max(text.rfind(c, 0, at) for c in ".!?\n") + 1
    return text[start:at]


def _told(text: str, at: int, end: int) -> bool:
    """Not asked, conditional or negated, and not followed by a question mark."""
    before = _clause_before(text, at)
    return not ASKED.search(before) and not NEGATED.search(before.lower()) and text.find("?", end, end + 60) == -1


def move_hits(text: str, low: str, found: Found) -> list[Hit]:
    """Hits for the forms above (`low`: `text` lower-cased, same length; `found`: where WORDS occur in `low`)."""
    hits: list[Hit] = []
    if found.any(PASSIVE_VERBS):  # PASSIVE_VERB.finditer(low): every match starts with one of them
        for m in leftmost(found.matches(PASSIVE_VERB, low, PASSIVE_VERBS)):
            subject = PASSIVE_SUBJECT.search(low, max(0, m.start() - 120), m.start())
            if subject and _told(text, subject.start(), m.end()) and not (
                    ROLE_HELD.search(subject.group(0)) and CODE_ROLES.search(text)):
                action = "revoke" if m.group(0) in ("revoked", "removed", "stripped", "withdrawn", "downgraded") \
                    else "grant"
                hits.append(Hit("access_change", subject.start(), m.end(), 0.7, action, rule="access-passive"))
    hits += _consent_hits(text, found.positions(("consent",)))
    for pattern, word, back, action, rule in ((OUT_OF, " out of ", 120, "revoke", "pulled-out-of-group"),
                                              (EMPTY, "empty", 0, "revoke", "group-emptied"),
                                              (DROPPED_FROM, "drop", 0, "revoke", "dropped-from-group"),
                                              (NOW_LISTED, " now ", 40, "grant", "now-listed")):
        pos = low.find(word)
        while pos != -1:  # tried around each occurrence of its word, not at every position of the answer
            m = pattern.search(text, max(0, pos - back), pos + 120)
            if m and m.start() <= pos < m.end() and _told(text, m.start(), m.end()):
                hits.append(Hit("access_change", m.start(), m.end(), 0.7, action, rule=rule))
            pos = low.find(word, pos + 1)
    return hits


def _consent_hits(text: str, at: list[int]) -> list[Hit]:
    """CONSENT_REVOKED tried around each "consent" (`at`), told as done or to do."""
    hits: list[Hit] = []
    end = -1
    for pos in at:
        if pos < end:
            continue
        m = CONSENT_REVOKED.search(text, max(0, pos - 80), pos + 120)
        if m and m.start() <= pos < m.end() and _told(text, m.start(), m.end()):
            hits.append(Hit("access_change", m.start(), m.end(), 0.7, "revoke", rule="consent-revoked"))
            end = m.end()
    return hits
