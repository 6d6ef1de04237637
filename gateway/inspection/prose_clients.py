"""Applications given a credential of their own: "Registered a new OAuth client `hr-dashboard` in Keycloak",
"create an app registration for the portal", "client secret generated and stored in Vault". An OAuth
client or app registration is a non-human identity with a secret: making one is a lifecycle step
(LABELS.md: creating service accounts and client secrets), whether its secret is shown or not."""

from __future__ import annotations

import re

from gateway.inspection import lexicon as lx
from gateway.inspection.hits import Hit
from gateway.inspection.keywords import Found
from gateway.inspection.windows import matches_near

_KIND = r"(?:oauth\s?2?(?:\.0)?|oidc|openid connect|saml|confidential|m2m|machine-to-machine|daemon|api)"
_NOT_FILLER = r"(?:from|by|with|via|of|in|on|for)\b"  # "created from an app registration": made of one, not one made
CLIENT_MADE = re.compile(
    r"\b(?:register(?:ed)?|creat(?:e|ed)|set up|provision(?:ed)?)\s+(?:a\s+|an\s+|the\s+)?(?:new\s+)?"
    rf"(?:(?!{_NOT_FILLER})[\w-]+\s+){{0,2}}?"
    rf"(?:{_KIND}\s+(?:clients?|app(?:lication)?s?)|app(?:lication)? registrations?)\b|"
    r"\bclient secret\s+(?:was\s+|has been\s+)?(?:generated|created|issued)\b")
ANCHORS = ("regist", "creat", "set up", "provision", "client secret")
GATES = ("client", "registration")
BACK, AHEAD = 0, 90


WORDS = GATES + ANCHORS  # looked up in client_hits' `found` (keywords.Vocabulary)


def client_hits(text: str, low: str, found: Found) -> list[Hit]:
    """A lifecycle hit for each OAuth client or app registration made, or to make (`low`: `text` lower-cased;
    `found`: where the WORDS occur in `low`)."""
    if not found.any(GATES):
        return []
    # no two ANCHORS start at one place: found.positions lists what windows.positions does
    made = matches_near(CLIENT_MADE, low, found.positions(ANCHORS), BACK, AHEAD)
    hits = []
    for m in made:
        start = max(low.rfind(".", 0, m.start()), low.rfind("\n", 0, m.start())) + 1
        before = low[start: m.start()]
        done = m.group(0).startswith(("registered", "created", "provisioned", "client secret"))
        if done and (lx.NEGATED.search(before) or lx.REPORT.search(before)) or not done and not lx.directive(before):
            continue
        hits.append(Hit("lifecycle", m.start(), m.end(), 0.75, "create", rule="prose-client-made"))
    return hits
