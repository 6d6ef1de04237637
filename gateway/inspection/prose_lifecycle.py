"""Lifecycle steps in one prose sentence: disable / delete / reset / rotate / create an account or
credential, as an imperative, a passive ("the account should be deleted", "the deploy key has to
be rotated"), a pronoun whose noun came in an earlier sentence ("... client secret expires.
Rotate it now."), or a record of it done ("the user ... has been created")."""

from __future__ import annotations

import re

from gateway.inspection import lexicon as lx
from gateway.inspection.compiled import compiled
from gateway.inspection.hits import Hit
from gateway.inspection.keywords import Found
from gateway.inspection.lowered import shared_lower
from gateway.inspection.patterns import FOLDS, MONTH, WEEKDAY
from gateway.inspection.prose_sentences import ProseSentences
from gateway.inspection.windows import line_matches, matches_near

IC = re.IGNORECASE
LIFE_VERB = re.compile(rf"\b(?P<v>{lx.LIFE_EN})\b")
# "**suspended** the *user*", "disabled `svc-legacy-ftp`"
# an aside in brackets counts as one word: "suspended the PRS (Player Registration System) login for ..."
LIFE_NEAR = re.compile(r"[*_]{0,2}(?:\s+(?!your\b|you\b)(?:\([^()\n.;:!?]{1,50}\)|[^\s.;:!?]+)){0,4}?\s+[*_`]{0,2}"
                       + lx.LIFE_OBJ.pattern)
KEY_NEAR = re.compile(r"(?:\s+[^\s.;:!?]+){0,3}?\s+(?:restricted\s+|secret\s+|api\s+)?keys?\b|"
                      # "Rotate the Twilio auth token": a token named by what it authorises
                      r"(?:\s+[^\s.;:!?]+){0,2}?\s+(?:auth|access|api|bearer|bot|refresh|signing)\s+tokens?\b|"
                      # "Regenerated the Slack incoming webhook": a webhook's address is its secret
                      r"(?:\s+[^\s.;:!?]+){0,3}?\s+webhook(?:\s+urls?)?\b(?!\s+(?:payloads?|events?|deliver\w*|handler))|"
                      # "Rotating the `NPM_TOKEN` actions secret": a secret named by its variable
                      r"\s+(?:the\s+)?`[a-z0-9_]{3,60}`(?:\s+[a-z]+)?\s+(?:secrets?|tokens?)\b")
PRONOUN = re.compile(r"\s+(?:it|them)\b")
# A participle naming a kind of account as a topic: "terminated users: HR Ops", "disabled accounts review".
TOPIC_AFTER = re.compile(r"\s+(?:users|accounts|employees|logins)\s*(?::|\(|\b(?:reviews?|testing|tests?|controls?|"
                         r"reports?|lists?|process|procedures?|walkthroughs?|samples?|population)\b)")
LABEL_BEFORE = re.compile(r"(?:^|[:*\u2022\u2013\u2014-])\s*\Z")  # at a line's or a label's start, not after "I"
ADJECTIVE_BEFORE = re.compile(r"(?:(?<!:)\b\d+|\bthe|\ball|\bany|\bsome|\bmany|\bno|\bof)\s+$")
# After the pronoun: a case ("rotate it if it's ever printed"), or where the practice belongs set against where it
# does not ("rotate them in Secrets Manager, not in code"): advice, not a step.
CONDITION_AFTER = re.compile(r"\s+(?:if|whenever|in case|should|once it|when it)\b|"
                             r"\s+(?:in|via|through|from|with)\s+[^,.;\n]{1,40}?,?\s+(?:not|never|rather than|"
                             r"instead of)\s+(?:in|via|through|from|with|by)\b")
PRONOUN_VERBS = ("chang", "rotat", "regenerat", "revok", "reset", "disabl", "deactivat", "suspend", "unlock", "lock",
                 "delet", "re-enabl", "reactivat", "re-activat", "expir", "roll")
CREDENTIAL_NOUN = re.compile(r"\b(?:accounts?|api[ -]?keys?|access[ -]keys?|keys?|tokens?|secrets?|passwords?|"
                             r"credentials?|service accounts?|client secrets?|users?|logins?)\b")
# A thing named after the account or key words, that "it" then stands for: "The 'Rare process for user' analytic rule
# is noisy. Disable it for now."
THING_NOUN = re.compile(r"\b(?:rules?|alerts?|features?|flags?|jobs?|checks?|monitors?|schedules?|pipelines?|"
                        r"workflows?|detections?|quer(?:y|ies)|dashboards?|triggers?|plugins?|extensions?|"
                        r"integrations?|connectors?|playbooks?|scripts?|tasks?|notifications?|banners?)\b")


# A thing in a phrase that qualifies the account ("the service account for the scanner job"): the account stays
QUALIFIED = re.compile(r"\b(?:for|of|in|on|from|by|with|to|under|at|behind)\b(?:\s+\S+){0,2}\s*\Z")


def _refers_to_credential(low: str, start: int = 0, end: int | None = None) -> bool:
    """A credential or account word stands in low[start:end], and no thing is named after the last of them."""
    end = len(low) if end is None else end
    last = max(CREDENTIAL_NOUN.finditer(low, start, end), key=lambda m: m.start(), default=None)
    if last is None:
        return False
    thing = THING_NOUN.search(low, last.end(), end)
    return thing is None or QUALIFIED.search(low, last.end(), thing.start()) is not None


KEY_VERBS = ("rotat", "roll", "regenerat", "revok", "issu")
# "created a new key for `svc@proj.iam.gserviceaccount.com`": a key made for a service account is its
# credential (a bare "create a key" may be an encryption key, so the owner must be named).
SA_KEY_VERBS = ("creat", "generat")
SA_KEY_OWNER = re.compile(r"\s+for\s+(?:the\s+|this\s+)?(?:[\w-]+\s+)?(?:service[\s-]accounts?\b|"
                          r"[`'\"*]*[\w.-]+@[\w-]+\.iam\.gserviceaccount\.com\b)")
# "The <noun> [up to six words] has been created": a record of the step, unless it is reported.
LIFE_STATE = re.compile(
    r"\b(?:accounts?|passwords?|mfa|logins?|users?|mailbox(?:es)?|(?:deploy |api |access |ssh )?keys?|"
    r"(?:client|signing|webhook|shared|app|application|bot) secrets?|credentials?|operator ids?|logon ids?)\b"
    r"(?:\s+(?!and\b|but\b)(?:\([^()\n]{1,60}\)|[^\s.;:!?]+(?:\.[^\s.;:!?]+)*)){0,8}?\s+"
    r"(?:is|was|were|are(?=\s+(?:now|already)\b)|has been|have been|had been)\s+(?:now\s+|already\s+)?[*_]{0,2}"
    r"(?P<v>unlocked|reset|disabled|"
    r"deactivated|suspended|deleted|re-?enabled|re-?activated|created|locked|blocked|provisioned|rotated|revoked|rolled|regenerated|"
    r"re-?issued|generated)\b")
KEY_PAIR = re.compile(r"\bkey ?pairs?\b")
# A new joiner told their account exists: "Your Munchly account has been set up."
ACCOUNT_SET_UP = re.compile(r"\b(?:your|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?(?:accounts?|logins?|mailbox(?:es)?)\s+"
                            r"(?:has|have)\s+(?:now\s+|already\s+)?been\s+set\s+up\b")
# A person's accounts in a leaver's schedule: "Thu 18:00 – his accounts (AD, Okta) are disabled" (a bare "accounts
# are disabled" may describe a state; someone's accounts are the step).
POSSESSED_STATE = re.compile(
    r"\b(?:his|her)\s+(?:[\w-]+\s+){0,2}?(?:accounts?|mailbox(?:es)?|logins?)\b(?:\s+\([^()\n]{1,60}\))?\s+"
    r"(?:is|are|will be|gets?)\s+(?P<v>disabled|deactivated|suspended|deleted|locked)\b")
# A record with no auxiliary: "status set to Terminated; all accounts disabled and mailbox placed on hold".
ALL_ACCOUNTS_DONE = re.compile(r"\ball\s+(?:(?:of\s+)?(?:his|her|their|the)\s+)?(?:[\w-]+\s+)?accounts\s+"
                               r"(?:(?:were|have been|are now)\s+)?(?P<v>disabled|deactivated|suspended|deleted|locked|"
                               r"closed)\b(?!\s+(?:by|when|if|after|once|unless|for\s+\d)\b)")
CONDITION_BEFORE = re.compile(r"\b(?:if|when|whenever|once|until|unless)\b")
# "One account (`ENG_TEMP02`) belonged to a contractor whose engagement ended; it was disabled the same day."
PRONOUN_STATE = re.compile(r"\bit\s+(?:was|has been|had been|is now)\s+(?:\w+ly\s+)?(?P<v>disabled|deactivated|"
                           r"suspended|deleted|locked|removed|deprovisioned)\b")
ACCOUNT_BEFORE = re.compile(r"\baccount\b")
# The accounts of the sentence before, taken up again: "38 accounts exist in both realms. For these, the `staff-us`
# copy is deleted before import" (its subject is a copy, a duplicate, one of them: the accounts).
THESE_OPENING = r"[\s*-]*(?:for|of)\s+(?:each\s+of\s+|all\s+of\s+)?(?:these|those|them)\b"
THESE_STATE = re.compile(THESE_OPENING + r"[^.;\n]{0,60}?\b(?:cop(?:y|ies)|duplicates?|ones?|accounts?|logins?|"
                         r"profiles?|entr(?:y|ies))\b(?:\s+\([^()\n]{1,40}\))?\s+"
                         r"(?:is|are|was|were|will\s+be|gets?|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
                         r"(?P<v>deleted|disabled|deactivated|suspended|locked|removed|deprovisioned)\b")
THESE_OPENS = re.compile(THESE_OPENING)
THESE_RULE = "prose-lifecycle-these"  # self-supported (corroborate.py): the model reads its lines, not the referent
ACCOUNTS_BEFORE = re.compile(r"\b(?:accounts|users|logins|mailboxes)\b")
LIFE_STATE_WORDS = ("locked", "blocked", "reset", "disabled", "activated", "suspended", "deleted", "enabled", "created",
                    "provisioned", "rotated", "revoked", "rolled", "regenerated", "issued",
                    "generated")  # one in every match
# "... uitgeschakeld voor alle gebruikers": the users are who a setting is off for, not the object.
FOR_ALL_USERS = re.compile(r"\b(?:voor|für|para|pour|per|for)\s+(?:\w+\s+){0,2}?(?:gebruikers|benutzer|usuarios|"
                           r"utilisateurs|utenti|usuários|users)$")
# A headline record: "Salesforce user Bianca Moretti deactivated", "Service token `uptime-probe` created".
LIFE_HEADLINE = re.compile(
    r"\b(?i:user|account|login|service account|service token|api key|api token|mailbox|"
    r"(?:old|previous) (?:api )?key)\s+"  # "- Old key `…sVpX` revoked at 14:02."
    r"(?:(?:[`'\"][^`'\"\n]{1,60}[`'\"]|[A-Z][\w.@-]*|[\w.@-]*[.@_-][\w.@-]*|\d{3,}|\([^()\n]{1,40}\))\s+){1,3}"
    r"(?P<v>(?i:deactivated|disabled|suspended|deleted|re-?enabled|re-?activated|unlocked|created|provisioned|"
    r"deprovisioned|rotated|revoked|issued|removed(?= from (?:the )?(?:portal|org|organi[sz]ation|workspace|tenant|"
    r"instance|company|directory)\b)))\b(?!\s+(?:by|when|if)\b)|"
    # a system's user or account, done: "1. Okta user deactivated ✔", "2. Okta: account deactivated 30 June" (not
    # "the Okta user disabled the flag")
    r"\b[A-Z][\w.-]+:?\s+(?i:user|account|login|mailbox)\s+(?P<v2>(?i:deactivated|disabled|suspended|deleted|"
    r"re-?enabled|re-?activated|unlocked|created|provisioned|deprovisioned))\b"
    r"(?!\s+(?:by|when|if|the|a|an|his|her|their|its|it|this|that)\b)|"
    # a key made for the one thing it names: "API key created for `MXINT_ESRI`:" (not "the API key created for
    # `x` has expired", a key described)
    r"\b(?i:api key|api token|access key|client secret|deploy key|personal access token)\s+"
    r"(?P<v3>(?i:created|issued|generated|regenerated|rotated))\s+for\s+(?:[`'\"][^`'\"\n]{1,60}[`'\"]|"
    r"\*\*[^*\n]{1,60}\*\*)(?!\s+(?:has|have|is|are|was|were|will|expires?|must|should|can)\b)")
# The speaker changed a password, named or taken up from before ("the bank requires a password change on our SFTP
# login ... I changed it through their portal"): a reset done, not advice to change one's own; a secret rotated, so
# self-supported as "prose-secret-rotation" is (corroborate.py).
CHANGED_PASSWORD = re.compile(r"\b(?:i|we)(?:'ve|\u2019ve| have)?\s+(?:just\s+|now\s+|also\s+)?changed\s+"
                              r"(?:(?:it|(?:(?:the|its|our|their|his|her|that|this)\s+)?(?:[\w-]+\s+){0,2}?"
                              r"(?:password|passphrase|credentials?))\b)")
# "Password rotated at 07:10", "Two emergency access accounts created in Entra ID": the step and its time or place.
DONE_AT = re.compile(r"\b(?:password|credentials?|secret|api key|token|accounts|users|mailboxes)\s+(?P<v>rotated|reset|"
                     r"regenerated|created|deactivated|disabled|deleted|suspended|provisioned|re-?enabled)\s+(?:at|on|in)\s+")
DONE_AT_NOUNS = ("password", "credential", "secret", "api key", "token", "accounts", "users", "mailboxes")
DONE_AT_VERBS = (" rotated ", " reset ", " regenerated ", " created ", " deactivated ", " disabled ", " deleted ",
                 " suspended ", " provisioned ", "enabled ")
HEADLINE_NOUNS = ("user ", "account ", "service ", "api ", "login ", "mailbox ", "old key", "previous key")
HEADLINE_VERBS = ("activated", "disabled", "suspended", "deleted", "enabled", "unlocked", "created", "provisioned",
                  "rotated", "revoked", "issued", "removed")  # one in every match, lower-cased
# A step named and reported done: "Password reset done for Tom", "password recovery triggered".
LIFE_NOMINAL = re.compile(
    r"\b(?:password|passwort|mfa|2fa|account|login)\s+(?P<v>reset|recovery|unlock|deactivation|disablement|deletion|"
    r"creation|re-?enablement)\s+(?:is\s+|was\s+|has been\s+)?(?:done|completed?|performed|triggered|finished|"
    r"executed|processed)\b|\b(?P<v2>rotation)\s+(?:is\s+|was\s+)?(?:done|completed?)\s+for\s+(?:the\s+)?[^.;\n]{0,60}?"
    r"\b(?:keys?|tokens?|secrets?|credentials?|passwords?)\b|\b(?:triggered|initiated|ran|forced|performed)\s+"
    r"(?:an?\s+|the\s+)?(?:immediate\s+)?(?P<v3>password|credential|key|secret)\s+(?:change|rotation|reset)\b")
# "I've reset your MFA registration": the desk did it for the reader (not advice to reset your own).
# Tried at each "your", which the look-alike mask blanks in the sentence rules.
DONE_BEFORE = re.compile(r"(?:\b(?:i|we)(?:'ve| have)?\s+(?:just\s+|now\s+)?|^\s*|[.!?:\n]\s*)(?P<v>reset|unlocked|"
                         r"re-?enabled|re-?activated|disabled|suspended|locked|deleted|recreated|created|regenerated|"
                         r"re-?issued|cleared|revoked|rotated)\s+$")
YOUR_OBJECT = re.compile(r"your\s+(?:[\w-]+\s+){0,3}?(?:mfa|2fa|password|account|authenticator|login|sign-in|"
                         r"registration|factors?|access key|api key|(?:backup|recovery|bypass) codes?|sessions|"
                         r"security keys?|passkeys?)\b")
# The subject of a passive verb stands before it: "the account of the intern should be deleted".
PASSIVE_END = re.compile(r"\bbe\s+(?:\w+ly\s+)?$")
# A dated step of a plan done by a team: "- **Thu 31 Oct:** IT creates AD accounts for ...", "Day 1 – the service
# desk resets her password". The team is who acts on the day, as the reader would in an imperative step.
ACTING_TEAM = (r"(?:the\s+)?(?:it|helpdesk|help\s+desk|service\s*desk|security|secops|iam|identity|hr|people\s+ops|"
               r"it\s+ops|desktop\s+support|it\s+support|sysadmins?)(?:\s+(?:team|ops|operations))?")
TEAM_STEP = re.compile(
    rf"[ \t>*+\-\u2022]*(?:\d{{1,2}}[.)])?[ \t]*\**[ \t]*(?:{WEEKDAY},?[ \t]+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{MONTH}|{MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?|20\d\d-[01]\d-[0-3]\d|"
    rf"(?:day|week)[ \t]+\d{{1,3}}|t[-+]\d{{1,3}}[dh]?|[012]?\d:[0-5]\d|{WEEKDAY})[^\n:]{{0,30}}?\**[ \t]*"
    r"(?::|\u2014|\u2013|-[ \t])[ \t]*\**[ \t]*" + ACTING_TEAM + r"\s+(?:will\s+|then\s+|also\s+)?\Z")
# A job handed over for what it does: "Nightly cron on the IDM server to suspend agency accounts whose booking ended".
JOB_STEP = re.compile(r"[\s>*]*(?:here(?:'s| is) (?:a|the) |a )?(?:nightly |daily |weekly |"
                      r"hourly |scheduled )?(?:cron(?: job| entry)?|job|script)(?: on [\w .-]{1,40}?)? to\s+\Z")
# Recurring advice ("rotate them every 90 days") is policy, not a step to take.
POLICY = re.compile(r"\bevery \d+ (?:days|weeks|months)\b|\bat least (?:every|once)\b|\bregularly\b|"
                    r"\bperiodically\b|\bas a (?:policy|rule)\b|\bon a schedule\b|\bwhere possible\b|"
                    r"\bafter (?:any|every|each)\b|\bwhenever\b")
POLICY_WORDS = ("every ", "at least ", "regularly", "periodically", "as a ", "on a schedule", "where possible",
                "after any", "after every", "after each", "whenever")
PREPOSITION = re.compile(r"\s(?:for|across|to|on|in|of|with|from)\s")
MFA = re.compile(r"mfa|factor|2fa|authenticator", IC)
GENERIC_OBJECT = re.compile(r"(?:users?|employees?|sign-?ins?)$")
NOMINAL_WORDS = (" reset ", " recovery ", "tion ", "ment ", " unlock ", "rotation", "triggered", "initiated", "forced")
ANCHORED = (LIFE_VERB, LIFE_STATE, LIFE_NOMINAL)  # tried only where one of their heads starts
# A secret of a named account reported done, telegraphically: "Break-glass password for `bg@…` rotated after the drill".
NAMED_DONE = re.compile(r"\b(?:password|passphrase|secret|api key|token|credentials?|mfa)\s+(?:for|of)\s+`[^`\n]{2,80}`"
                        r"\s+(?P<v>rotated|reset|regenerated|re-?issued|changed)\b")
NAMED_DONE_VERBS = (" rotated", " reset", " regenerated", " reissued", " re-issued", " changed")


def lifecycle_hits(doc: ProseSentences, chosen: set[int], foreign: set[int], out: dict[int, list[Hit]]) -> None:
    """Lifecycle steps in the `chosen` sentences, appended to each sentence's hits in `out` (`foreign`: the
    sentences holding a foreign-language stem)."""
    _step_hits(doc, chosen, out)
    _done_hits(doc, chosen, out)
    for index in sorted(chosen):
        start, end = doc.bounds(index)
        original, s = doc.text[start:end], doc.low[start:end]
        found = _headline_hits(original, s) if _may_be_headline(original, s) else []
        if lx.has(s, DONE_AT_NOUNS) and lx.has(s, DONE_AT_VERBS):
            found += [Hit("lifecycle", m.start(), m.end(), 0.7, life_action(m.group("v")), rule="prose-lifecycle-done")
                      for m in DONE_AT.finditer(s) if original[m.end():m.end() + 1][:1].isalnum()]
        if ("his " in s or "her " in s) and lx.has(s, LIFE_STATE_WORDS):
            found += [Hit("lifecycle", m.start(), m.end(), 0.7, life_action(m.group("v")), rule="prose-lifecycle-done")
                      for m in POSSESSED_STATE.finditer(s) if not CONDITION_BEFORE.search(s, 0, m.start())]
        if "all " in s and "accounts " in s:
            found += [Hit("lifecycle", m.start(), m.end(), 0.7, life_action(m.group("v")), rule="prose-lifecycle-done")
                      for m in ALL_ACCOUNTS_DONE.finditer(s)
                      if not CONDITION_BEFORE.search(s, 0, m.start()) and not _policy(s)]
        if "` " in s and lx.has(s, NAMED_DONE_VERBS):
            found += [Hit("lifecycle", m.start(), m.end(), 0.75, life_action(m.group("v")),
                          rule="prose-secret-rotation") for m in NAMED_DONE.finditer(s)
                      if not CONDITION_BEFORE.search(s, 0, m.start())]
        if " changed " in s:
            found += [Hit("lifecycle", m.start(), m.end(), 0.75, "reset", rule="prose-secret-rotation")
                      for m in CHANGED_PASSWORD.finditer(s) if not m.group(0).endswith("it")  # "changed it": the
                      or _refers_to_credential(doc.low, max(0, start - 200), start + m.start())]  # noun said before
        if "been set up" in s:
            found += [Hit("lifecycle", m.start(), m.end(), 0.7, "create", rule="prose-lifecycle-done")
                      for m in ACCOUNT_SET_UP.finditer(s) if not CONDITION_BEFORE.search(s, 0, m.start())]
        if index in foreign:
            found += _foreign_hits(s)
        if found:
            out[index] += (hit.shifted(start) for hit in found)


AT_LOGIN = re.compile(r"\b(?:after|before|upon|on|at|during)\s+(?:each\s+|every\s+|the\s+|a\s+)?"
                      r"(?:login|log-?in|sign-?in|logon)\b")


def _step_hits(doc: ProseSentences, chosen: set[int], out: dict[int, list[Hit]]) -> None:
    """A lifecycle verb with its object, a pronoun whose noun came before, or after a passive subject,
    as a directive (in upper case it is SQL's DELETE, and recurring advice is policy)."""
    low = doc.low
    for index, found in doc.matches(LIFE_VERB, chosen).items():
        start, end = doc.bounds(index)
        if _policy(low[start:end]):
            continue
        for m in found:
            verb = m.group("v")
            if doc.text[m.start("v"):m.end("v")].isupper() or lx.in_output_row(low, m.start()) \
                    or lx.auto_rotated(low, m.start("v")):
                continue
            if verb.endswith("ed") and ADJECTIVE_BEFORE.search(low, max(start, m.start() - 12), m.start()):
                continue  # "41 enabled accounts haven't signed in": a state described, not a step
            if verb.endswith("ed") and TOPIC_AFTER.match(low, m.end(), end) \
                    and LABEL_BEFORE.search(low, max(start, m.start() - 12), m.start()):
                continue  # "Tue 09:30: terminated users: HR Ops": an audit topic's name, not a step
            near = LIFE_NEAR.match(low, m.end(), end)
            if near is not None and GENERIC_OBJECT.search(near.group(0)) and PREPOSITION.search(near.group(0)):
                near = None  # "disable the feature flag for all users": the users are not the object
            if near is not None and (when := AT_LOGIN.search(near.group(0))) \
                    and lx.LIFE_OBJ.search(near.group(0), 0, when.start()) is None:
                near = None  # "regenerate the session ID after login": when it happens, the login is no object
            if near is not None and lx.ACCOUNT_PROCESS.match(low, m.end()):
                near = None  # "suspend debt recovery on account 4100612388": a customer's bill, not a login
            if near is None and verb.startswith(KEY_VERBS):
                near = KEY_NEAR.match(low, m.end(), end)
            if near is None:
                near = HANDLE_IN_IDP.match(low, m.end(), end)  # "suspend `d.hughes` in Okta"
            if near is None and verb.startswith(HANDLE_VERBS) and SPEAKER_BEFORE.search(low, start, m.start()):
                near = SPEAKER_HANDLE.match(low, m.end(), end)  # "I suspended `dvoss` — he moved to ..."
            if near is None and verb.startswith(SA_KEY_VERBS):
                near = _service_account_key(low, m.end(), end)
            if near is None and verb.startswith(PRONOUN_VERBS) and (
                    _refers_to_credential(low, max(start, m.start() - 150), m.start())
                    or _refers_to_credential(doc.before(index))):
                near = PRONOUN.match(low, m.end(), end)  # "the API key leaked, so rotate it now"
                if near is not None and CONDITION_AFTER.match(low, near.end(), end):
                    near = None  # "rotate it if it's ever printed in a log": advice for a case, not a step
            span_end = near.end() if near is not None else m.end()
            if near is None and PASSIVE_END.search(low, max(start, m.start() - 40), m.start()) and \
                    lx.LIFE_OBJ.search(low, max(start, m.start() - 120), m.start()):
                near = m  # "the account ... should be deleted"
            prefix = low[start: m.start()]
            team_step = TEAM_STEP.match(prefix) is not None
            if near is None or (not lx.directive(prefix) or not lx.opens_description(verb, prefix)) and not team_step \
                    and not JOB_STEP.match(prefix):
                continue
            if verb.startswith("remov") and " from " in low[m.end(): min(end, m.end() + 80)]:
                continue
            if verb.startswith("enabl") and MFA.search(low, m.end(), span_end):
                continue
            if _named_control(low, start, m.start(), span_end) or _control_object(low, start, m, span_end) \
                    or _label_string(low, m.start(), span_end):
                continue
            rule = "prose-lifecycle-scheduled" if near is m and _scheduled(low, start, m, end) or team_step else \
                "prose-secret-rotation" if verb.startswith(ROTATION_VERBS) and near is not m \
                and SECRET_OBJECT.search(low, m.end(), span_end) else "prose-lifecycle"
            if rule == "prose-lifecycle" and near is not m and verb.endswith("ed") \
                    and NAMED_AFTER.match(low, span_end) and SPEAKER_BEFORE.search(prefix):
                rule = NAMED_RECORD  # "I created a dedicated cloud-only account, `kiosk@…`": the one account named
            out[index].append(Hit("lifecycle", m.start(), span_end, 0.75, life_action(verb), rule=rule))


# A control or a tile named in quotes or emphasis: 'delete the "Orphan accounts" widget', "the *Disable user* button
# renders for viewers"; pressed ("click the *Disable user* button for jdoe") it is the step.
CONTROL_AFTER = re.compile(r"[^\"”*_\n]{0,40}[\"”*_]{1,2}\s+(?:widget|button|tile|panel|link|menu item|report|"
                           r"dashboard|chart|toggle|checkbox|dialog|card)s?\b")
CONTROL_OPENS = re.compile(r"[\"“*_]{1,2}(?:[^\"”*_\n]{0,40}[\s\"“*_])?\Z")
PRESSED = re.compile(r"\b(?:click|clicking|press|tap|hit|select|choose|use)\s+(?:on\s+)?(?:the\s+)?\Z")


def _named_control(low: str, start: int, at: int, end: int) -> bool:
    """The verb or its object stands in the quoted name of a control that nobody is told to press."""
    opens = CONTROL_OPENS.search(low, max(start, at - 44), at)
    if opens is None or CONTROL_AFTER.match(low, at, min(len(low), end + 60)) is None:
        return False
    return PRESSED.search(low, max(start, opens.start() - 20), opens.start()) is None


def _control_object(low: str, start: int, m: re.Match, end: int) -> bool:
    """'Delete the "Orphan accounts" widget': the object is a control's quoted name, not accounts."""
    return any(c in low[m.end(): end] for c in "\"“*_") and CONTROL_AFTER.match(low, end, end + 60) is not None \
        and PRESSED.search(low, max(start, m.start() - 20), m.start()) is None


# A UI string in a messages file: `"account.delete.title": "Delete account"`, `button_label: "Reset password"`.
LABEL_KEY = re.compile(r"\s*[\"']?(?:[\w-]+\.[\w.-]+|[\w.-]*(?:title|label|text|message|button|heading|tooltip|"
                       r"placeholder|caption|confirm|description|hint|cta|name))[\"']?\s*[:=]\s*[\"']\Z")


# A short label in quotation marks, as UI strings are listed: „Konto löschen", «Supprimer le compte».
QUOTED_LABEL = re.compile(r"[„“\"«]\s?(?P<label>[^„“”\"«»\n.!?]{2,40}?)\s?[“”\"»]")


def _in_quoted_label(s: str, start: int, end: int) -> bool:
    return any(map(s.__contains__, "„“\"«")) and \
        any(q.start() <= start and end <= q.end() for q in QUOTED_LABEL.finditer(s))


def _label_string(low: str, at: int, end: int) -> bool:
    """The verb opens a quoted string that its object closes, the value of a dotted or label-like key."""
    return low[end: end + 1] in ("\"", "'") and LABEL_KEY.match(low, low.rfind("\n", 0, at) + 1, at) is not None


# A login named after the verb, then the directory it lives in: "Suspend `d.hughes` in Okta", "disable a.ng-2 in
# Entra" (a bare word could be a feature: "disable sync in Okta").
IDPS = ("okta", "entra", "azure ad", "active directory", "google workspace", "jumpcloud", "onelogin", "keycloak",
        "auth0", "ping", "workday", "ad")
HANDLE_IN_IDP = re.compile(r"\s+(?:`[\w.@+-]{2,60}`|[a-z][a-z0-9]*[._-][a-z0-9._-]*[a-z0-9]|[a-z]+\d+)\s+"
                           r"(?:in|from|on)\s+(?:the\s+)?(?:" + "|".join(IDPS) + r")\b")
# The speaker's step on a login named alone in code, then the sentence's end or a place: "I suspended `dvoss` — he
# moved", "we locked `j.smith` on the VPN" (not a job: "suspended `nightly-backup`", "suspended `etl_sync_job`").
HANDLE_VERBS = ("suspend", "lock", "unlock", "deprovision", "offboard", "disabl", "deactivat", "reactivat", "re-enabl")
SPEAKER_HANDLE = re.compile(r"\s+`(?![^`]*(?:job|sync|cron|backup|queue|worker|task|pipeline|schedul|flow|export))"
                            r"[a-z][a-z0-9._]{1,30}`(?=\s*(?:[—–,.;:(]|-\s|$)|\s+(?:in|on|from|at|and)\s)")
# "rotate the signing secret for the payments webhook": a named secret to replace, whatever the answer around it
ROTATION_VERBS = ("rotat", "roll", "regenerat")
SECRET_OBJECT = re.compile(r"\b(?:secrets?|keys?|tokens?|credentials?|passwords?)\b")
# "Your network account will be disabled at 17:00 on Friday": a step booked for a clock time, a leaver's plan
SCHEDULED = re.compile(r"\s+(?:at|from)\s+\d{1,2}[:.]\d{2}\b")
WILL_BE = re.compile(r"\bwill\s+be\s+\Z")
CONDITION = re.compile(r"\b(?:if|unless|when|whenever|once|until)\b")


def _scheduled(low: str, start: int, m: re.Match, end: int) -> bool:
    """A future passive step ("... will be disabled") at a clock time, with no condition in its sentence."""
    return WILL_BE.search(low, max(start, m.start() - 12), m.start()) is not None \
        and SCHEDULED.match(low, m.end(), end) is not None and CONDITION.search(low, start, end) is None


def _service_account_key(low: str, pos: int, end: int) -> re.Match | None:
    """A key right after the verb at `pos`, made for a service account."""
    key = KEY_NEAR.match(low, pos, end)
    return SA_KEY_OWNER.match(low, key.end(), end) if key is not None else None


# A state read off a tool, not a step taken: "`Get-ADUser x` shows the account is locked since 05:12".
READ_STATE_BEFORE = re.compile(r"\b(?:shows?|showed|showing|says|indicates?|confirms?)\s+(?:that\s+)?"
                               r"(?:the\s+|her\s+|his\s+|their\s+)?(?:[\w-]+\s+){0,2}\Z")
SINCE_AFTER = re.compile(r"\s+(?:out\s+)?since\b")


def _done_hits(doc: ProseSentences, chosen: set[int], out: dict[int, list[Hit]]) -> None:
    """Records of a step done: "the account has been disabled", "password reset done for Tom"."""
    low = doc.low
    for index, found in doc.matches(LIFE_STATE, chosen, LIFE_STATE_WORDS).items():
        start = doc.starts[index]
        if _policy(low[start: doc.bounds(index)[1]]):
            continue  # "the key is rotated twice after any compromise": policy, not a record
        for m in found:
            if lx.auto_rotated(low, m.start("v")):
                continue
            if READ_STATE_BEFORE.search(low, start, m.start()) or SINCE_AFTER.match(low, m.end()):
                continue
            if m.group("v") == "generated" and KEY_PAIR.search(m.group(0)):
                continue  # "your key pair was generated": a keypair made on a laptop, no one's credential issued
            if not lx.REPORT.search(low[start: m.start()]) and not lx.NEGATED.search(low[start: m.start("v")]):
                out[index].append(Hit("lifecycle", m.start(), m.end(), 0.7, life_action(m.group("v").lower()),
                                      rule="prose-lifecycle-done"))
    for index in sorted(chosen):
        start, end = doc.bounds(index)
        if low.find("it ", start, end) == -1:
            continue
        for m in PRONOUN_STATE.finditer(low, start, end):
            referent = ACCOUNT_BEFORE.search(low, max(start, m.start() - 160), m.start()) \
                or ACCOUNT_BEFORE.search(doc.before(index))
            if referent and not _policy(low[start:end]) and not lx.NEGATED.search(low[start: m.start("v")]):
                out[index].append(Hit("lifecycle", m.start(), m.end(), 0.7, life_action(m.group("v")),
                                      rule="prose-lifecycle-done"))
    for index in sorted(chosen):
        start, end = doc.bounds(index)
        m = THESE_STATE.match(low, start, end)
        if m is not None and ACCOUNTS_BEFORE.search(doc.before(index)) and not _policy(low[start:end]) \
                and not lx.NEGATED.search(low[start: m.start("v")]):
            out[index].append(Hit("lifecycle", m.start("v"), m.end(), 0.7, life_action(m.group("v")),
                                  rule=THESE_RULE))
    for index, found in doc.matches(LIFE_NOMINAL, chosen, NOMINAL_WORDS).items():
        start = doc.starts[index]
        for m in found:
            if not lx.NEGATED.search(low[start: m.start()]):
                out[index].append(Hit("lifecycle", m.start(), m.end(), 0.7, life_action(m.group("v") or "rotate"),
                                      rule="prose-lifecycle-done"))


def _policy(s: str) -> bool:
    """Recurring advice or a password rule in one lower-cased sentence."""
    return lx.has(s, POLICY_WORDS) and POLICY.search(s) is not None or lx.password_policy(s)


# A chat reply that opens with the step done: "unlocked, he can log in again", "Done: disabled, her sessions too".
TERSE = re.compile(r"\s*(?:(?:done|ok|okay|yes)[,.:!\u2014\u2013-]?\s+)?(?P<v>unlocked|re-?enabled|re-?activated|"
                   r"disabled|deactivated|suspended|locked|deleted|reset)\b[,.;:!\u2014\u2013-]\s*[^\n]{0,120}?"
                   r"\b(?:he|she|they|him|her|them|his|their|account|user|login|log in|sign in|password|mfa)\b", IC)

# ... or with the account it was done to named by its login: "Re-enabled svc-reporting after the freeze."
TERSE_LOGIN = re.compile(r"\s*(?:(?:done|ok|okay)[,.:!\u2014\u2013-]?\s+)?(?P<v>unlocked|re-?enabled|reactivated|"
                         r"disabled|deactivated|suspended|locked|deleted)\s+(?:the\s+)?(?:(?:svc|sa|srv|bot)[-_][\w.-]+|"
                         r"@[\w.-]{2,}|[\w.+-]+@[\w-]+\.\w+)", IC)

# ... or with the people side's request it carried out: "Suspended per HR ticket HR-2291.", "Deactivated as requested
# by HR (leaver)": HR asks for a person's account, never for a job or a file.
TERSE_HR = re.compile(r"\s*(?:(?:done|ok|okay)[,.:!\u2014\u2013-]?\s+)?(?P<v>re-?enabled|reactivated|disabled|"
                      r"deactivated|suspended|locked|unlocked|deleted|offboarded|deprovisioned)\s+(?:per|as\s+per|following|under|"
                      r"as\s+requested\s+(?:by|in)|on\s+request\s+(?:of|from))\s+(?:the\s+|an?\s+)?"
                      r"(?:hr|people\s+team|human\s+resources|leaver|offboarding|termination|jml)\b"
                      r"(?!['\u2019]?s?\s+(?:policy|policies|guidance|guidelines|rules?|handbook)\b)", IC)

# "Deactivation of the 14 stale accounts listed below was completed on 2 May".
NOMINAL_OF = re.compile(r"\b(?P<v>deactivation|disablement|deletion|removal|deprovisioning|suspension|creation|"
                        r"provisioning)\s+of\s+(?:the\s+)?(?:[`'\"]?[\w.@-]+[`'\"]?\s+){0,4}?(?:accounts?|users?|logins?|"
                        r"mailboxes|service\s+principals?)\b(?P<named>\s+`[^`\n]{1,80}`)?"
                        r"[^.\n]{0,80}?\b(?:was|were|has been|have been|is)\s+(?:now\s+)?(?:completed?|done|finished|"
                        r"performed|executed|in\s+effect)\b")  # searched in the lower-cased text, from its nouns
# A temporary or new password handed over: a reset ("your temporary password is ...", "tu contraseña temporal es").
TEMP_PASSWORD = re.compile(
    r"(?:\b(?:temporary|temp|initial|new|one-time|nuev[ao]|nouveau|nouvelle|neues?|tijdelijke?|tymczasowe|vorläufige?s?|"
    r"provisori\w*)\s+(?:[\w-]+\s+)?(?:password|passwort|kennwort|contraseña|mot de passe|senha|wachtwoord|hasło|"
    r"lösenord)\b|"
    r"\b(?:password|contraseña|mot de passe|senha|wachtwoord|hasło|lösenord)\s+(?:temporal|temporaire|provisoire|"
    r"tempor[aá]ri[ao]|temporane[ao]|provisori[ao]|tymczasowe|tillfälligt)\b)"
    r"(?![^.\n]{0,30}?\b(?:policy|policies|rules?|requirements?|must|should|length|complexity)\b)"
    r"(?=[^.\n]{0,40}?(?:\s(?:is|es|est|é|è|ist|lautet|är|jest|to)\b|:\s*\S))")  # followed by its value
PASSWORD_GIVEN = re.compile(r"[^.\n]{0,40}?(?:\s(?:is|es|est|é|è|ist|lautet|är|jest|to)\b|:)\s*[`'\"«„“]?\s*"
                            r"(?=\S*[\d!@#$%^&*])[^\s`'\"»“”]{6,}")
# A person taken out of the whole organisation, not out of a group in it: "Removing the leaver from the GitHub
# org", "remove `kpatel` from the Slack workspace" (a repository or a webhook is not a person).
OUT_OF_ORG = re.compile(
    r"\b(?P<v>remov(?:e|ed|ing))\s+(?:the\s+|our\s+|this\s+|that\s+)?(?:leaver|departed\s+\w+|former\s+\w+|intern|"
    r"contractor|employee|user|member|him|her|them|`[\w.@-]{2,40}`|@[\w-]{2,40})\s+from\s+(?:the\s+|our\s+|your\s+)?"
    r"(?:[\w.-]+\s+){0,2}?(?:org|organi[sz]ation|tenant|workspace|enterprise)\b"
    r"(?!\s+(?:settings|policy|policies|level|secrets?|variables?|webhooks?|repos?|rules?|group|team|admins?)\b)")
OUT_OF_ORG_WORDS = ("remov",)
NOMINAL_HEADS = ("deactivation", "disablement", "deletion", "removal", "deprovisioning", "suspension", "creation",
                 "provisioning")  # every NOMINAL_OF match starts with one
PASSWORD_NOUNS = ("password", "passwort", "kennwort", "contraseña", "mot de passe", "senha", "wachtwoord", "hasło",
                  "lösenord")  # every TEMP_PASSWORD match holds one
# The same handed over in Japanese, Chinese or Korean: "新しいパスワードは「Sakura#2024-Keiri」です",
# "临时密码：Xk29!pLq".
CJK_NEW_PASSWORD = re.compile(r"(?:新しい|新規|新|仮|初期|一時|临时|臨時|新的|初始|임시|새|초기)\s?"
                              r"(?:パスワード|密码|密碼|비밀번호)"
                              r"[^\n。]{0,6}?(?:は|：|:|为|為|是|는|은)\s*[`「『\"'“*]*"
                              r"(?=[!#-&(-_a-~]*[\d!@#$%^&*])[!#-&(-_a-~]{6,64}")
CJK_PASSWORD_NOUNS = ("パスワード", "密码", "密碼", "비밀번호")
WORDS = NOMINAL_HEADS + PASSWORD_NOUNS + OUT_OF_ORG_WORDS + CJK_PASSWORD_NOUNS  # what terse_hits looks up in `found`


def terse_hits(text: str, found: Found) -> list[Hit]:
    """The lifecycle step a terse reply opens with; nominal records and handed-over temporary passwords
    anywhere in it (`found`: where the WORDS occur in the lower-cased text)."""
    m = TERSE.match(text) or TERSE_LOGIN.match(text) or TERSE_HR.match(text)
    hits = [Hit("lifecycle", m.start("v"), m.end("v"), 0.7, life_action(m.group("v").lower()),
                rule="prose-lifecycle-terse")] if m else []
    low = shared_lower(text)
    if len(low) != len(text):  # offsets would not hold
        return hits
    for m in _near(OUT_OF_ORG, low, found.lines_holding(low, OUT_OF_ORG_WORDS)) if found.any(OUT_OF_ORG_WORDS) else ():
        sentence = max(low.rfind(". ", 0, m.start()), low.rfind("\n", 0, m.start())) + 1
        if lx.directive(low[sentence:m.start()]):
            hits.append(Hit("lifecycle", m.start(), m.end(), 0.7, "delete", rule="prose-lifecycle"))
    for pattern, words, rule in ((NOMINAL_OF, NOMINAL_HEADS, "prose-lifecycle-done"),
                                 (TEMP_PASSWORD, PASSWORD_NOUNS, "prose-temporary-password")):
        for m in _near(pattern, low, found.lines_holding(low, words)):
            if rule == "prose-temporary-password" and not PASSWORD_GIVEN.match(low, m.end()):
                continue  # "every new password is checked against a breached list": no password given
            named = _names_one(low, m)
            if m.group().endswith("in effect") and not named:
                continue  # "the policy on suspension of user accounts is in effect": a rule, not a record
            if not lx.NEGATED.search(low, max(0, m.start() - 40), m.start()):
                hits.append(Hit("lifecycle", m.start(), m.end(), 0.7,
                                life_action(m.group("v")) if "v" in m.re.groupindex else "reset",
                                rule=NAMED_RECORD if named else rule))
                break
    for pos in found.positions(CJK_PASSWORD_NOUNS) if found.any(CJK_PASSWORD_NOUNS) else ():
        m = CJK_NEW_PASSWORD.search(low, max(0, pos - 4), pos + 90)  # its qualifier: four characters at most
        if m is not None and m.start() <= pos:
            hits.append(Hit("lifecycle", m.start(), m.end(), 0.7, "reset", rule="prose-temporary-password"))
            break
    return hits


NAMED_RECORD = "prose-named-record"  # self-supported (corroborate.py): the record names the one account
NAMED_AFTER = re.compile(r",?[ \t]*(?:called[ \t]+|named[ \t]+)?`[a-z0-9][\w.@+-]*[-_.@][\w.@+-]*`")
SPEAKER_BEFORE = re.compile(r"\b(?:i|we)(?:'ve|\u2019ve| have)?\s+(?:\w+\s+)?\Z")


def _names_one(low: str, m: re.Match) -> bool:
    """"Creation of the `svc-x` service principal is complete": a nominal record that opens its line or
    sentence and names its account in backticks (a policy's "suspension of user accounts" names none)."""
    if "named" not in m.re.groupindex or "`" not in m.group():
        return False
    return not low[max(low.rfind("\n", 0, m.start()), low.rfind(". ", 0, m.start())) + 1: m.start()].strip(" *_#>-")


def _near(pattern: re.Pattern[str], low: str, lines: list[tuple[int, int]]) -> list[re.Match]:
    """`pattern`'s matches in the `lines` of `low` (those holding a word every match holds)."""
    found: list[re.Match] = []
    for start, end in lines:
        following = low.find("\n", end + 1) if end < len(low) else end  # and the next line: "password:\n\n  v"
        found.extend(pattern.finditer(low, start, len(low) if following == -1 else following))
    return found


def _headline_hits(original: str, s: str) -> list[Hit]:
    """Headline records in one masked sentence (`s`: it lower-cased): "Okta user deactivated"."""
    hits: list[Hit] = []
    for m in LIFE_HEADLINE.finditer(original):
        verb = next(name for name in ("v", "v2", "v3") if m.group(name))
        if not lx.REPORT.search(s[: m.start()]) and not lx.NEGATED.search(s[: m.start(verb)]):
            hits.append(Hit("lifecycle", m.start(), m.end(), 0.7, life_action(m.group(verb).lower()),
                            rule="prose-lifecycle-done"))
    return hits


# "compte AD `clefevre` activé jusqu'au 31/12": an account switched on; a setting switched on ("MFA ist für alle
# Benutzer aktiviert", "Dark Mode aktiviert") is not.
ACTIVATED = ("activ", "aktiv", "attiv", "ativ", "geactiv")
ACCOUNT_NOUN = re.compile(r"\b(?:compte|cuenta|konto|account|conta|utenza|gebruikersaccount)s?\b")
ALL_USERS = re.compile(r"\b(?:für alle|for all|pour tous|para todos|per tutti|voor alle)\b")


# An object denied ("nur Geräteeinstellungen, keine Benutzer betroffen", "aucun compte touché"): not what was changed.
NO_SUCH = re.compile(r"\b(?:keine[nmrs]?|kein|no|ningún|ninguna|ningunos?|aucune?s?|geen|nessun[oa]?|nenhuma?|"
                     r"sin|sans|ohne|zonder|senza|sem)\s+\Z")


def _foreign_hits(s: str) -> list[Hit]:
    """Lifecycle steps in foreign languages in one masked, lower-cased sentence."""
    m = lx.FOREIGN_LIFE.search(s) if lx.has(s.lower(), lx.FOREIGN_STEMS) else None
    if m and m.group(0).lower().startswith(ACTIVATED) and (ACCOUNT_NOUN.search(s) is None or ALL_USERS.search(s)):
        return []
    obj = next((o for o in lx.LIFE_OBJ.finditer(s) if not NO_SUCH.search(s, max(0, o.start() - 16), o.start())),
               None) if m else None
    if obj and _in_quoted_label(s, min(m.start(), obj.start()), max(m.end(), obj.end())):
        return []  # 'The German strings: „Konto löschen"': a translated label, quoted
    if obj and not lx.NEGATED.search(s[: m.start()]) and not lx.REPORT.search(s[: m.start()]) \
            and not FOR_ALL_USERS.search(s, max(0, obj.start() - 30), obj.end()) \
            and not lx.FOREIGN_CASE.search(s, 0, m.start()) and not lx.FOREIGN_MODAL.search(s, 0, m.start()):
        return [Hit("lifecycle", m.start(), m.end(), 0.7, life_action(m.group(0).lower()),
                    rule="prose-lifecycle-i18n")]
    return []


def done_for_you(low: str, yours: list[int]) -> list[Hit]:
    """Lifecycle steps done to the reader's account (`yours`: where "your" starts in `low`)."""
    hits = []
    for pos in yours:
        done = DONE_BEFORE.search(low, max(0, pos - 40), pos)
        thing = YOUR_OBJECT.match(low, pos) if done else None
        if thing:
            hits.append(Hit("lifecycle", done.start(), thing.end(), 0.75, life_action(done.group("v")),
                            rule="prose-lifecycle-done"))
    return hits


def _may_be_headline(original: str, s: str) -> bool:
    """False when LIFE_HEADLINE cannot match `original` (`s`: it lower-cased, same length): it needs one
    of its nouns and one of its verbs (unless a character the case-insensitive match folds onto an ASCII
    letter hides them from `s`)."""
    return lx.has(s, HEADLINE_NOUNS) and (lx.has(s, HEADLINE_VERBS) or any(map(original.__contains__, FOLDS)))


def needs_antecedent(sentence: str) -> bool:
    """A lifecycle verb with `it` / `them` and no object of its own: "Rotate it now."."""
    return (PRONOUN.search(sentence) is not None or sentence.lstrip().startswith("it ")
            or THESE_OPENS.match(sentence) is not None) and any(map(sentence.__contains__, PRONOUN_VERBS))


def life_action(verb: str) -> str:
    for stem, action in (("re-en", "create"), ("reen", "create"), ("reactiv", "create"), ("reativ", "create"),
                         ("unlock", "reset"), ("entsperr", "reset"), ("sblocc", "reset"), ("reset", "reset"),
                         ("zurück", "reset"), ("restablec", "reset"), ("réinit", "reset"), ("reimpost", "reset"),
                         ("redefin", "reset"), ("gereset", "reset"), ("ontgrendel", "reset"),
                         ("vernieuw", "reset"), ("erneuer", "reset"),
                         ("rotat", "reset"), ("roll", "reset"), ("regener", "reset"), ("roté", "reset"),
                         ("rotó", "reset"), ("rotad", "reset"), ("rotacion", "reset"), ("roteer", "reset"),
                         ("geroteerd", "reset"), ("rotiert", "reset"),
                         ("rotar", "reset"), ("reinici", "reset"), ("maak", "create"), ("trek", "delete"),
                         ("expir", "reset"), ("clear", "reset"), ("delet", "delete"),
                         ("remov", "delete"), ("retir", "delete"), ("lösch", "delete"), ("gelösch", "delete"),
                         ("elimin", "delete"),
                         ("supprim", "delete"), ("borr", "delete"), ("wip", "delete"), ("cancell", "delete"),
                         ("exclu", "delete"), ("apag", "delete"), ("verwijder", "delete"),
                         ("creat", "create"), ("crear", "create"), ("créer", "create"), ("crea", "create"),
                         ("cri", "create"), ("aanma", "create"), ("aangema", "create"), ("angelegt", "create"),
                         ("provision", "create"), ("set up", "create"), ("issu", "create"), ("freez", "disable"),
                         ("froze", "disable"),
                         ("generat", "create"), ("anleg", "create"), ("enabl", "create")):
        if verb.startswith(stem):
            return action
    return "disable"


# A database's own logins dropped, as a record or a step done: "the legacy cluster's local database users (`app_rw`,
# `report_ro`) were dropped", "we dropped the old SQL logins". `DROP USER` deletes the account; "users were dropped
# from the call" or "dropped off" is something else, and a condition before it ("if ...") is no record.
DB_USERS_DROPPED = re.compile(
    r"\b(?:database|db|sql|postgres(?:ql)?|mysql|mariadb|oracle|mssql|local|legacy|service)\s+(?:users?|logins?|"
    r"accounts?)\b(?:\s+\([^()\n]{1,160}\))?\s+(?:were|was|have been|has been|had been|are now|got)\s+"
    r"(?:now\s+|all\s+|also\s+)?(?:\w+ly\s+)?dropped\b(?!\s+(?:from|off|out|during|when|if|because|by)\b)|"
    r"\b(?:we|i)(?:'ve| have| also)?\s+dropped\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:database|db|sql|local)\s+(?:users|logins|accounts)\b(?!\s+from\b)")
DROP_CONDITION = re.compile(r"\b(?:if|when|whenever|unless|until|should|whether)\b[^.\n]{0,120}\Z")


def dropped_users_hits(text: str, low: str) -> list[Hit]:
    """A lifecycle hit for each database login said to be dropped (see DB_USERS_DROPPED)."""
    if "dropped" not in low:
        return []
    return [Hit("lifecycle", m.start(), m.end(), 0.7, "delete", rule="prose-lifecycle-done")
            for m in matches_near(DB_USERS_DROPPED, low, [m.start() for m in compiled("dropped").finditer(low)],
                                  260, 40)
            if not DROP_CONDITION.search(low, max(0, m.start() - 120), m.start())]


# A timed leaver's schedule, one step a dated line: "- 13 Dec, 17:00 — network account and email disabled",
# "* Fri 14/03: Okta account suspended", "2025-01-13: account deleted; files archived".
_DATED_LEAD = (
    r"^[ \t]*(?:[-*•]|\d{1,2}[.)])?[ \t]*\**(?:" + WEEKDAY + r",?[ \t]+)?(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+" + MONTH +
    r"|" + MONTH + r"[ \t]+\d{1,2}(?:st|nd|rd|th)?|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?|" + WEEKDAY + r")"
    r"(?:,?[ \t]+\d{4})?(?:,?[ \t]+(?:at[ \t]+)?\d{1,2}[:.]\d{2})?\**[ \t]*(?:[—–:-]|--)[ \t]*")
DATED_STEP = re.compile(
    _DATED_LEAD + r"[^.;\n]{0,60}?\baccounts?\b(?:[ \t]*\([^()\n]{1,60}\))?(?:[ \t]+(?:and|&|/)[ \t]+[\w-]+)?"
    r"(?:[ \t]+(?:is|are|was|were|will[ \t]+be|gets?))?[ \t]+"
    r"(?P<v>disabled|deleted|suspended|deactivated|locked|removed|deprovisioned|blocked)\b"
    r"(?![ \t]+(?:if|when|unless|by\s+default)\b)", re.IGNORECASE | re.MULTILINE)
DATED_VERBS = ("disabled", "deleted", "suspended", "deactivated", "locked", "removed", "deprovisioned", "blocked")


# ... or that take an access away: "- 01 Jul — Capital markets data room (Intralinks) access removed."
DATED_ACCESS_STEP = re.compile(
    _DATED_LEAD + r"[^.;\n]{0,60}?\b(?:access|permissions?|memberships?|rights)\b(?:[ \t]*\([^()\n]{1,60}\))?"
    r"(?:[ \t]+(?:is|are|was|were|will[ \t]+be|gets?))?[ \t]+(?:removed|revoked|withdrawn)\b"
    r"(?![ \t]+(?:if|when|unless)\b)", re.IGNORECASE | re.MULTILINE)


def dated_step_hits(text: str, low: str) -> list[Hit]:
    """Steps of a dated leaver schedule that switch an account off or remove it, or take an access away."""
    steps = {m.start(): m for word in ("access", "permission", "membership", "rights") if word in low
             for m in line_matches(DATED_ACCESS_STEP, text, word, low)}  # a line holding two of them: once
    hits = [Hit("access_change", m.start(), m.end(), 0.7, "revoke", rule="prose-dated-step") for m in steps.values()]
    if "account" not in low or not lx.has(low, DATED_VERBS):
        return hits
    return hits + [Hit("lifecycle", m.start(), m.end(), 0.7, life_action(m.group("v").lower()),
                       rule="prose-dated-step")
                   for m in line_matches(DATED_STEP, text, "account", low)]  # a step's line holds it
