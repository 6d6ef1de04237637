"""Account and membership changes told as a setting changed rather than with an account verb:
a user's state set to SUSPENDED ("I changed Rosa's status from ACTIVE to SUSPENDED"), a login's
validity ended ("set *Valid through* for user X to yesterday"; an HR end date or employment status is
an attribute change, left to the attestation rules), and a rule that decides group
membership edited ("I edited the Engineering group rule", "update the dynamic membership rule"), and a
security template linked to a user (an EHR's linked templates and sub-templates carry its access)."""

from __future__ import annotations

import re

from gateway.inspection.alternation import match_heads
from gateway.inspection.hits import Hit
from gateway.inspection.keywords import Found
from gateway.inspection.patterns import literal_safe
from gateway.inspection.windows import anchored_matches, matches_near

_CHANGED = r"(?:changed|set|switched|flipped|moved|updated|put)"
_CHANGE = r"(?:change|set|switch|flip|move|update|put)"
# "changed Rosa's state in JumpCloud from ACTIVE to SUSPENDED", "set the account status to disabled"
STATE_SET = re.compile(
    rf"\b(?:{_CHANGED}|(?<![\w.] ){_CHANGE})\s+(?:[^\s.;:!?]+\s+){{0,5}}?(?<!employment )(?<!worker )"
    r"(?<!employee )(?<!hr )(?:account\s+)?(?:state|status)\b"
    r"[^.;!?\n]{0,60}?\bto\s+[`*\"']{0,2}(?P<v>suspended|disabled|deactivated|locked|deprovisioned)\b",
    re.IGNORECASE)
# ... the state before its noun: "I've set them to **DELETED** status via the user application" (user records)
STATE_NAMED_SET = re.compile(
    rf"\b{_CHANGED}\s+(?:[^\s.;:!?]+\s+){{0,6}}?to\s+[`*\"']{{0,2}}(?P<v>suspended|disabled|deactivated|locked|deleted|"
    r"inactive|deprovisioned)[`*\"']{0,2}\s+(?:account\s+)?(?:state|status)\b", re.IGNORECASE)
STATE_WORDS = ("state", "status")
# "set user **ext.pchandra** to *Inactive*": a named user switched off without the word state or status
USER_SET = re.compile(
    rf"\b(?:{_CHANGED}|(?<![\w.] ){_CHANGE}|mark(?:ed)?)\s+(?:the\s+)?(?:user|account|login)\s+"
    r"[*_`'\"]{0,2}[\w.@-]+[*_`'\"]{0,2}\s+(?:to|as)\s+[*_`'\"]{0,2}"
    r"(?P<v>inactive|disabled|suspended|deactivated|locked|terminated)\b", re.IGNORECASE)
USER_SET_WORDS = ("user ", "account ", "login ")
# "set Valid through on the Logon Data tab to yesterday's date" for a user: the login expires
VALIDITY_SET = re.compile(
    rf"\b(?:{_CHANGED}|(?<![\w.] ){_CHANGE})\s+[^.;!?\n]{{0,40}}?\b(?:valid\s+(?:through|to|until)|"
    r"account\s+(?:expiry|expiration|expires))\b[^.;!?\n]{0,60}?"
    r"\bto\s+(?:yesterday|today|the\s+past|now\b|[`*\"']{0,2}\d)", re.IGNORECASE)
VALIDITY_WORDS = ("valid ", "account expir")
VALIDITY_ANCHORS = ("valid", "expir")
ACCOUNT_WORD = re.compile(r"\b(?:users?|accounts?|log\s?on|log\s?in|logins?|sign\s?in)\b", re.IGNORECASE)
# "I edited the **Engineering – All** group rule", "update the dynamic membership rule"
RULE_EDITED = re.compile(
    r"\b(?:edited|changed|updated|modified|widened|broadened|narrowed|rewrote|replaced|activated|edit|change|"
    r"update|modify|widen|broaden|narrow|rewrite)\s+(?:the\s+|its\s+|our\s+)?[^.;!?\n]{0,60}?"
    r"(?<!security )(?<!firewall )(?<!network )\b(?:group|membership|dynamic[ -]group|assignment)\s+rules?\b",
    re.IGNORECASE)
# "add linked template `T-ED-PHYSICIAN`", "link the sub-template to her user record"
TEMPLATE_LINKED = re.compile(
    r"\b(?:add|link|assign|attach|apply|remove|unlink)(?:ed|ing)?\s+(?:the\s+|a\s+|an\s+|her\s+|his\s+|their\s+)?"
    r"(?:linked[ -]template|sub-?template|user[ -]template|security[ -]template|access[ -]template)s?\b", re.IGNORECASE)
CONDITION = re.compile(r"\b(?:if|when|whenever|once|unless|how|what|whether|should\s+i)\b[^.;!?\n]*\Z", re.IGNORECASE)
NEGATED = re.compile(r"\b(?:not|never|don't|didn't|haven't|won't|can't|cannot|without)\b[^.;!?\n]{0,40}\Z",
                     re.IGNORECASE)


def _stated(text: str, match: re.Match) -> bool:
    """Said as done or to do: not under a condition, a question or a negation in its sentence."""
    before = text[max(0, match.start() - 80):match.start()]
    cut = max(before.rfind(". "), before.rfind("\n"), before.rfind("? "))
    before = before[cut + 1:]
    return not (CONDITION.search(before) or NEGATED.search(before))


def state_hits(text: str, low: str, found: Found) -> list[Hit]:
    """Lifecycle hits for states and validity dates set, access-change hits for membership rules edited
    (`low`: `text` lower-cased, same length; `found`: where WORDS occur in `low`)."""
    safe = literal_safe(text, low)

    def near(regex: re.Pattern[str], anchors: tuple[str, ...], back: int, ahead: int) -> list[re.Match[str]]:
        """matches_near, the regex tried only where one of its heads starts when the heads are found as written."""
        places = found.positions(anchors)
        if safe:
            return anchored_matches(regex, text, places, found.positions(HEADS[id(regex)]), back, ahead)
        return matches_near(regex, text, places, back, ahead)

    hits = []
    if found.any(STATE_WORDS):
        hits += [Hit("lifecycle", m.start(), m.end(), 0.75, "disable", rule="prose-state-set")
                 for m in near(STATE_SET, STATE_WORDS, 250, 300) if _stated(text, m)]
        for m in near(STATE_NAMED_SET, STATE_WORDS, 250, 60):
            if _stated(text, m) and ACCOUNT_WORD.search(text, max(0, m.start() - 200), m.end() + 80):
                hits.append(Hit("lifecycle", m.start(), m.end(), 0.75, "disable", rule="prose-state-set"))
    if found.any(USER_SET_WORDS):
        hits += [Hit("lifecycle", m.start(), m.end(), 0.75, "disable", rule="prose-state-set")
                 for m in near(USER_SET, USER_SET_WORDS, 60, 120) if _stated(text, m)]
    if found.any(VALIDITY_WORDS):
        for m in near(VALIDITY_SET, VALIDITY_ANCHORS, 150, 300):
            sentence = text[max(0, m.start() - 120):m.end() + 120]
            if _stated(text, m) and ACCOUNT_WORD.search(sentence):
                hits.append(Hit("lifecycle", m.start(), m.end(), 0.75, "disable", rule="prose-validity-set"))
    if found.has(" rule"):
        hits += [Hit("access_change", m.start(), m.end(), 0.75, "modify", rule="prose-rule-edited")
                 for m in near(RULE_EDITED, RULE_ANCHORS, 250, 100) if _stated(text, m)]
    if found.has("template"):
        hits += [Hit("access_change", m.start(), m.end(), 0.75, "grant", rule="prose-template-linked")
                 for m in near(TEMPLATE_LINKED, TEMPLATE_ANCHORS, 150, 100) if _stated(text, m)]
    return hits


RULE_ANCHORS, TEMPLATE_ANCHORS = ("rule",), ("template",)
# The lower-case literals each rule's matches start with, by id(rule): on a lower-cased text where
# patterns.literal_safe holds, the case-insensitive rule can match only where one of them starts.
HEADS = {id(rule): match_heads(re.compile(rule.pattern))
         for rule in (STATE_SET, STATE_NAMED_SET, USER_SET, VALIDITY_SET, RULE_EDITED, TEMPLATE_LINKED)}
# Every word state_hits looks up in its `found` (keywords.Vocabulary).
WORDS = STATE_WORDS + USER_SET_WORDS + VALIDITY_WORDS + VALIDITY_ANCHORS + RULE_ANCHORS + TEMPLATE_ANCHORS \
    + (" rule",) + sum(HEADS.values(), ())
