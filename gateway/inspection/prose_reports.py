"""Reports of an access change or an account step already made, as a status report, a review outcome or
minutes record them: "the 9 registrars were granted access to the viewer", "23 entitlements were
auto-revoked", "revoked *Report Builder* for Tom", "account created in AD". Read by the prose detector."""

from __future__ import annotations

import re

from gateway.inspection.access_records import counted
from gateway.inspection.alternation import head_first
from gateway.inspection.hits import Hit
from gateway.inspection.prose_moves import CODE_ROLES

_AUX = r"(?:was|were|has been|have been|had been|got)\s+(?:now\s+|also\s+|all\s+)?"
_AUTO = r"(?:auto-?|automatically\s+)?"
# Access as the subject of a passive revoke or grant: "23 contractor entitlements were auto-revoked".
ACCESS_PASSIVE = head_first(rf"\b(?:access|entitlements?|roles?|permissions?|privileges?|memberships?|rights|grants)\s+"
                            rf"{_AUX}{_AUTO}(?P<v>revoked|removed|withdrawn|granted|provisioned)\b")
# People as the subject of a passive grant: "were granted access to the AI triage viewer".
GRANTED_ACCESS = head_first(rf"\b{_AUX}(?:granted|given)\s+(?:[\w-]+\s+){{0,2}}(?:access|permissions?|rights)\s+"
                            r"(?:to|on|in)\b")
# A named entitlement taken from or given to a named person: "revoked *Report Builder* for Tom".
NAMED_ENTITLEMENT = head_first(r"\b(?P<v>revoked|removed|granted|assigned)\s+(?:the\s+)?(?:\*{1,2}[^*\n]{2,40}\*{1,2}|"
                               r"`[^`\n]{2,40}`)\s+(?:role\s+|permission\s+|access\s+)?(?:for|from|to)\s+[A-Z][a-z]+")
# A named person who received a named entitlement, in English or German: "Mr Yilmaz received the SAP role
# `Z_PP_RELEASE`", "erhielt Herr Yilmaz im SAP die Rolle `Z_PP_FREIGABE`", "Frau Roth hat die Gruppe `gg-hr` erhalten".
RECEIVED = head_first(r"\b(?:received|got|was given|erhielt|bekam|(?:hat|haben)\b(?=[^.;\n]{0,120}\berhalten\b))\b")
RECIPIENT = re.compile(r"\b(?:Herr|Frau|Mr|Mrs|Ms|Dr)\.?\s+[A-Z\u00c4\u00d6\u00dc][\w-]+|(?<![\w.])@[\w.-]{2,}")
NAMED_RIGHT = re.compile(r"\b(?:die|den|das|the)\s+(?:[\w-]+\s+){0,2}?(?:rolle|role|berechtigung(?:en)?|permissions?|"
                         r"gruppe|group|profil|profile|entitlement|rechte|rights)\s+(?:`[^`\n]{2,60}`|\"[^\"\n]{2,60}\")|"
                         r"`[^`\n]{2,60}`[ \t]+(?:rolle|role|gruppe|group|berechtigung|permission|profil|profile)\b",
                         re.IGNORECASE)
# An account made or ended in a directory: "account created in AD", "accounts disabled in Okta".
ACCOUNT_IN_DIRECTORY = head_first(
    rf"\baccounts?\s+(?:{_AUX})?(?P<v>created|disabled|deleted|deactivated|suspended|re-?enabled|unlocked)\s+"
    r"in\s+(?:the\s+)?(?:ad|active directory|entra(?: id)?|azure ad|okta|ldap|directory|google workspace|jumpcloud|"
    r"freeipa|keycloak|iam)\b")
# A change under review that widens a principal's access ("The plan adds `s3:PutObject` ... to the `data-eng`
# role"), and the reviewer's verdict to approve it ("With that change: approve and merge"): a reviewer acts on it.
WIDENS = head_first(r"\b(?:adds?|grants?|attach(?:es)?)\s+[^.\n]{1,160}?\s+(?:to|on)\s+(?:the\s+)?`?[\w.:/@-]+`?\s+"
                    r"(?:iam\s+)?(?:role|group|service account|permission set)\b(?!\s+(?:page|name|model|docs?|field|"
                    r"column|enum)\b)")
APPROVE_VERDICT = re.compile(r"(?:^|[:.;]\s+|\*\*)\s*(?:lgtm[,;:]?\s+)?approved?\b(?:\s+(?:and|&)\s+(?:merge|apply)\b|"
                             r"\s*[.!;]|\s*$)", re.M)
# Not a step taken: a condition, a negation, a question of what would happen.
NOT_TAKEN = re.compile(r"\b(?:if|when|whenever|unless|until|once|whether|no|not|never|nothing|none|without|would|"
                       r"could|should|might|may|can)\b[^.;\n]{0,60}$")
RECEIVING = ("received", "got", "was given", "erhielt", "bekam", "erhalten")
WORDS = RECEIVING + ("approve", "revoked", "removed", "withdrawn", "granted", "given", "provisioned", "assigned",
                     "created in", "disabled in", "deleted in", "deactivated in", "suspended in", "enabled in",
                     "unlocked in")
LIFE_ACTIONS = {"created": "create", "disabled": "disable", "deleted": "delete", "deactivated": "disable",
                "suspended": "disable", "unlocked": "reset"}


def report_hits(text: str, low: str) -> list[Hit]:
    """An access change or an account step reported as made, one hit each."""
    if not any(word in low for word in WORDS):
        return []
    hits: list[Hit] = []
    for pattern, kind in ((ACCESS_PASSIVE, "access_change"), (GRANTED_ACCESS, "access_change"),
                          (ACCOUNT_IN_DIRECTORY, "lifecycle")):
        for m in pattern.finditer(low):
            if _taken(low, m.start()) and not counted(text, m.start(), m.end()) \
                    and not (low.startswith("role", m.start()) and CODE_ROLES.search(low)):  # not a metric's label
                verb = m.groupdict().get("v") or "granted"
                action = (LIFE_ACTIONS.get(verb.replace("-", ""), "modify") if kind == "lifecycle"
                          else "grant" if verb in ("granted", "given", "provisioned") else "revoke")
                hits.append(Hit(kind, m.start(), m.end(), 0.7, action, rule="prose-reported"))
    for m in NAMED_ENTITLEMENT.finditer(text):
        if _taken(low, m.start()):
            action = "revoke" if m.group("v") in ("revoked", "removed") else "grant"
            hits.append(Hit("access_change", m.start(), m.end(), 0.7, action, rule="prose-reported"))
    hits.extend(_received(text, low))
    if "approve" in low and (widen := WIDENS.search(low)) and _taken(low, widen.start()):
        verdict = APPROVE_VERDICT.search(low, widen.end())
        if verdict and _taken(low, verdict.start()):
            hits.append(Hit("access_change", widen.start(), widen.end(), 0.7, "grant", rule="prose-review-approve"))
    return hits


def _received(text: str, low: str) -> list[Hit]:
    """A named entitlement reported received by a named person, in one sentence."""
    if not any(word in low for word in RECEIVING):
        return []
    for m in RECEIVED.finditer(text):
        start = max(text.rfind(".", 0, m.start()), text.rfind(";", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        end = min((at for at in (text.find(". ", m.end()), text.find(";", m.end()), text.find("\n", m.end()))
                   if at >= 0), default=len(text))
        right = NAMED_RIGHT.search(text, m.end(), end)
        if right and RECIPIENT.search(text, start, right.start()) and _taken(low, m.start()):
            return [Hit("access_change", m.start(), right.end(), 0.7, "grant", rule="prose-received")]
    return []


def _taken(low: str, at: int) -> bool:
    """The step at `at` is reported as made: its sentence does not open it with a condition or a negation."""
    start = max(low.rfind(".", 0, at), low.rfind("\n", 0, at), at - 120) + 1
    return NOT_TAKEN.search(low, start, at) is None
