"""ProseDetector: advice and records in plain language that change access or accounts, or become
identity evidence: directives to grant / revoke / disable / reset, entitlement recommendations,
offboarding plans, recertification decisions, attestations and HR / IdP attribute changes."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import replace

from gateway.inspection import (
    access_records,
    backstop,
    prose_cjk,
    prose_clients,
    prose_decisions,
    prose_effects_i18n,
    prose_keys_i18n,
    prose_minted,
    prose_moves,
    prose_states,
    prose_world,
    review_backstop,
    review_i18n,
    statements,
    terse_steps,
    ui_steps,
)
from gateway.inspection import lexicon as lx
from gateway.inspection.account_records import is_record_accounts
from gateway.inspection.alternation import bucketed
from gateway.inspection.attribute_tables import access_table_hits, attribute_table_hits
from gateway.inspection.change_control import is_change_control_narrative
from gateway.inspection.generic_frame import (
    CAP,
    is_audit_response,
    is_counted_verdict,
    is_generic,
    is_no_action_only,
    is_reviewed_verdict,
)
from gateway.inspection.hits import Hit, content_finding, dedupe, privilege_of
from gateway.inspection.keywords import Found, HeadIndex, Vocabulary, heads
from gateway.inspection.lexicon import directive
from gateway.inspection.lowered import shared_lower
from gateway.inspection.prose_account_fields import account_field_hits
from gateway.inspection.prose_certified import certified_removal_hits
from gateway.inspection.prose_cjk import cjk_hits
from gateway.inspection.prose_clients import client_hits
from gateway.inspection.prose_effects_i18n import effect_hits
from gateway.inspection.prose_field_changes import field_change_hits
from gateway.inspection.prose_howto import howto_hits
from gateway.inspection.prose_keys_i18n import key_step_hits
from gateway.inspection.prose_lead_lists import lead_list_hits
from gateway.inspection.prose_lifecycle import ANCHORED as LIFE_ANCHORED
from gateway.inspection.prose_lifecycle import (
    CONDITION_BEFORE,
    dated_step_hits,
    done_for_you,
    dropped_users_hits,
    lifecycle_hits,
    needs_antecedent,
    terse_hits,
)
from gateway.inspection.prose_lifecycle import WORDS as LIFE_WORDS
from gateway.inspection.prose_minted import minted_key_hits
from gateway.inspection.prose_moves import move_hits
from gateway.inspection.prose_policies import policy_hits
from gateway.inspection.prose_referents import account_it
from gateway.inspection.prose_reports import report_hits
from gateway.inspection.prose_sap import sap_hits
from gateway.inspection.prose_sentences import ProseSentences, preceding
from gateway.inspection.prose_states import state_hits
from gateway.inspection.prose_transfer import transfer_hits
from gateway.inspection.prose_visibility import visibility_hits
from gateway.inspection.prose_world import world_hits
from gateway.inspection.removal_tables import removal_table_hits
from gateway.inspection.review_delegation import delegation_hits
from gateway.inspection.review_i18n import verdict_hits
from gateway.inspection.terse_grants import terse_grant_hits
from gateway.inspection.terse_verdicts import terse_verdict_hits
from gateway.inspection.tool_names import on_stage, only_reads
from gateway.inspection.windows import line_matches, matches_near
from gateway.types import Answer, Finding

IC = re.IGNORECASE
BLOCK_BREAK = re.compile(r"\n\s*\n|\n(?=\s*(?:[-*+|#>]|\d+[.)]\s|```|[A-Z][\w ]{0,30}:))|```")
# Not after an initial or a title ("M. Okafor", "Dr. Lee"): the name belongs to the sentence.
# The [.!?] is consumed (the break itself starts after it): a block never starts just after one (it
# follows a newline or ```), so the breaks are the same. One character class comes first, so the
# engine skips to the rare punctuation (an alternation of "[.!?]..." and ";..." would defeat that).
SENTENCE_BREAK = re.compile(r"[.!?;](?:(?<=[.!?])(?:\*\*|__)?\s(?<!\b[A-Z]\.\s)(?<!\bM[rs]\.\s)(?<!\bMrs\.\s)"
                            r"(?<!\bDr\.\s)(?<!\b[Dd]ott\.\s)(?<!\bSig\.\s)(?<!\bIng\.\s)(?<!\bAvv\.\s)(?<!\bMme\.\s)"
                            r"(?<!\bDra\.\s)(?<!\bSra\.\s)(?<!\bProf\.\s)\s*(?=[^\s\da-z])|"
                            r"(?<=;)\s+)")

# The verbs grouped by first letter (alternation.bucketed: the same matches), with the verb as group "v".
ACCESS_VERB = re.compile(bucketed(lx.GRANT_EN, lx.REVOKE_EN).pattern.replace(r"\b(?:", r"\b(?P<v>", 1))
# "I've added Dr. Lee to ...": an initial or a title's full stop stays inside the span
ADD_VERB = re.compile(
    rf"\b(?P<v>{lx.ADD_EN}|{lx.REVOKE_EN})\b(?P<mid>(?:[^.;]|\.(?=\w)|(?<=\b[a-z])\.\s|(?<=\bdr)\.\s|"
    r"(?<=\bm[rs])\.\s|(?<=\bprof)\.\s|(?<=\bdra)\.\s|(?<=\bsra)\.\s){1,80}?)\b"
    # "from" that says where the people come from ("the reviewers from the partner league to `APP-X`") is no target
    r"(?P<prep>to|into|in|from(?![^.;`]{0,50}\bto\s+[`'\"*])|as)\b(?P<tgt>(?:[^.;]|\.(?=\w)){0,60})")
CONTROL_LABEL_BEFORE = re.compile(r"\b(?:leave|keep|check|uncheck|tick|untick|toggle)\s+(?:the\s+)?"
                                  r"[*_\"\u201c'`]{1,2}\Z")
# "into a group", "to a team": none in particular (unless it is named next: "to a group called `ops`").
INDEFINITE_TARGET = re.compile(r"\s*an?\s+(?:[\w-]+\s+)?(?:group|team|role|channel|project|space)s?\b"
                               r"(?!\s*[`'\"(:])(?!\s+(?:called|named)\b)", re.I)
NAMED_MID = re.compile(r"[`@]|\b[A-Z][a-z]+\b(?!\s*$)|\b(?:him|her|them|me|us|you|his|their)\b")
# A review's or an audit's scope, not an OAuth scope: "to scope", "to the review scope for Q3", "in scope".
WORK_SCOPE = re.compile(r"\s*(?:the\s+)?(?:(?:review|audit|campaign|test|testing|project|engagement)\s+)?scope\b"
                        r"(?!\s*[`'\"(:=])(?!\s+[\w.-]*[:/._-][\w.:/-]*)", re.I)
ADD_NAMED = re.compile(r"\b(?:add|assign)\s+(?:the\s+)?(?:group|user|team|role|principal|member)\s+"
                       r"[`'\"]?[\w.@-]*[-_.@][\w.@-]*")
# A team or someone added with a level named as a role: "Add the `ci-maintainers` team with the **admin** role on
# the repository" (GitHub's wording). The level must be an access level: an element "with the navigation role" is
# markup.
ADD_WITH_LEVEL = re.compile(
    r"\b(?P<v>add(?:ed|s)?|invit(?:e|ed|es))\s+(?P<mid>[^.;\n]{0,40}?\b(?:teams?|groups?|users?|members?|"
    r"contractors?|collaborators?|him|her|them)\b|[^.;\n]{0,40}?@[\w.-]{2,})\s+with\s+(?:the\s+|an?\s+)?[`*'\"_]*"
    r"(?:admin|administrator|maintain|maintainer|write|read|triage|owner|viewer|editor|reader|writer|developer|"
    r"reporter|contributor|read-only|read/write)[`*'\"_]*\s+(?:role|permissions?|access|rights)\b")
# Means given to do something (not "the ability to", which is how a permission is often put).
GRANTED_MEANS = re.compile(r"\s*(?:[\w'-]+\s+){0,4}?(?:the\s+|an?\s+)?(?:capacity|opportunity|funding|funds|resources|"
                           r"means|chance|budget|money|time) to\b")
# A body of people named after the verb as its title ("Grant steering group 12/06"): a meeting's, not a group's grant.
PEOPLES_BODY = re.compile(r"\s*(?:steering|working|advisory|reference|focus|study|reading|peer|discussion)\s+"
                          r"(?:groups?|committees?|boards?|panels?)\b(?![^.;\n]{0,40}\b(?:access|permissions?|rights?)\b)")
TIGHT_REVOKE = re.compile(
    r"\b(?:delet(?:e|ing)|terminat(?:e|ing)|disabl(?:e|ing)|suspend(?:ing)?|cut off)\b(?:\s+[^\s.;:]+){0,4}?"
    r"\s+(?:access|permissions?|privileges?|memberships?|role assignments?|rights|entitlements?)\b"
    r"(?!\s*(?:keys?|tokens?|logs?|points?)\b)")
TIGHT_REVOKE_STEMS = ("delet", "terminat", "disabl", "suspend", "cut off")
# A gerund as a subject: "sharing it with them may waive privilege", "removing it wouldn't give anyone access".
GERUND_SUBJECT = re.compile(r"\b(?:may|might|could|can|would|will|is|was|risks?|waives?|exposes?|"
                            r"(?:would|could|does|will|wo|ca)n't)\b")
NEW_ACCOUNT = re.compile(r"\b(?:add|create|set up|onboard)\s+(?:a\s+|an\s+|the\s+)?new\s+(?:\w+\s+)?(?:user|"
                         r"account|employee|hire|starter|joiner)s?\b|\badd\s+(?:a\s+)?(?:user|account)\b")
# "create a new GL account": a ledger's, a bank's or a customer's account, no login
BOOK_ACCOUNT = re.compile(r"\bnew\s+(?:gl|g/l|ledger|expense|revenue|asset|liability|bank|savings|checking|customer|"
                          r"vendor|supplier|storage|billing|advertising|ads|merchant|nominal)\s+account")
# "add a new user to the group": a membership, not an account (the match ends after a word: \b holds alike)
NEW_ACCOUNT_TARGET = re.compile(r"[^.;\n]{0,60}?\b(?:to|into|from)\b")
REVOKE_VERB = re.compile(lx.REVOKE_EN, IC)
YOUR = re.compile(r"\byour\b", IC)
AS_ROLE = re.compile(r"^\s*(?:an?\s+)?(?:\w+\s+)?(?:admin\w*|owner|maintainer|collaborator|contributor|"
                     r"editor|viewer|reader|approver|member)\b")
# A container of people ("from the `payments-maintainers` team in the org", "to the CyberArk safe"):
# a membership when what is moved is a principal, not a file put into a repo.
CONTAINER = re.compile(r"\b(?:teams?|orgs?|organi[sz]ations?|workspaces?|channels?|safes?|projects?|"
                       r"repos?|repositor(?:y|ies)|spaces?|tenants?|vaults?|guilds?)\b|`?\b(?:cn|ou)=")
PRINCIPAL = re.compile(r"`(?![^`\n]*(?:/|\.(?:ya?ml|json|md|txt|py|js|ts|sh|tf|cfg|conf|ini|xml|csv|sql|go|rs|"
                       r"java|rb|lock|toml|env|log|pdf|docx?|xlsx?)`))(?![^`\n]*(?:->|=>|:\w))[^`\n]{2,60}`|@[\w.-]{2,}|[\w.+-]+@[\w-]+\.\w+|"
                       r"\b(?:user|group|account|member|contractor|employee|intern|him|her|them|leaver|joiner|mover|starter|"
                       r"guest)s?\b")
MAKE = re.compile(r"\bmake\s+(?!sure\b|it\b|this\b|that\b|them\b|the\s+most\b)[^.;\n]{1,40}?\s+(?:an?\s+)?"
                  r"(?:[\w-]+\s+){0,2}(?:admin\w*|owner|maintainer|reader|contributor|editor|approver)s?\b")
SHARE = re.compile(r"\bshar(?:e|ed|ing)\b(?P<obj>[^.;\n]{1,80}?)\bwith\b")
QUOTED_NAME = re.compile(r"\"[^\"\n]{1,60}\"|“[^”\n]{1,60}”|`[^`\n]{1,60}`|\*\*[^*\n]{1,60}\*\*")
SHARE_NOT = re.compile(r"\b(?:screen|link|feedback|thoughts|results?|updates?|news|progress|story|rota|schedule|"
                       r"experience|ideas|notes|summary|findings|agenda|knowledge|tips|code|snippet)\b")
# Pointing a binding at another principal: "point its subject at the new service account".
REPOINT = re.compile(r"\b(?:re-?point|point|switch|change|move|update|swap)\s+(?:its|the|their|that|this)\s+"
                     r"(?:(?:role\s*binding|binding|assignment)(?:'s)?\s+)?(?:subjects?|principals?|grantees?|assignees?)"
                     r"\s+(?:at|to|over\s+to)\b")
REPOINT_ANCHORS = ("point ", "repoint ", "re-point ", "switch ", "change ", "move ", "update ", "swap ")
REPOINT_GATES = ("subject", "principal", "grantee", "assignee")
BOUND = re.compile(r"binding|assignment|\brole\b|trust polic")
APPROVED_FOR = re.compile(r"\b(?:is|are|was|were|has been|have been)\s+(?:now\s+)?(?:approved|"
                          r"authori[sz]ed|cleared|granted)\s+(?:for|to)\b")
EN_ACCESS_STEMS = lx.ACCESS_STEMS_EN
APP_TARGET = re.compile(r"\s+to\s+(?:the\s+)?[^.;]{0,40}?\b(?:app|application)s?\b")
# "the Revoke button", "a Remove link": the verb names a control, it is no step.
CONTROL_NAMED = r"\s+(?:buttons?|links?|menu items?|toggles?|icons?|checkbox(?:es)?|modals?|dialogs?)\b"
CONTROL_NAME = re.compile(CONTROL_NAMED)
ROUTE_TARGET = re.compile(r"\s*(?:the\s+)?`?/[\w/{}:.*-]*`?(?![\w@])")  # a URL path, not a group
TEAM_END = re.compile(r"\bteams?\s*$")  # "remove him from all GitHub teams", not "the team wiki"
# A group named the way directories name them: "`BMS-Portal-Users`", "`sg-finance-rw`", "`grp_payroll`".
# (in backticks or in bold: "from **AWS-Prod-ReadOnly**")
GROUP_NAMED = re.compile(r"\s*(?:the\s+)?(?P<q>`|\*\*)(?:(?:sg|grp|gg|dl|role|team)[-_][^`*\n]{2,60}|[^`*\n]{1,60}[-_.]"
                         r"(?:users|admins?|members|readers|writers|editors|viewers|owners|operators|groups?|roles?|rw|"
                         r"ro|readonly|read-only|approvers|contributors|developers|maintainers|"
                         + "|".join(lx.GROUP_OF_PEOPLE) + r"))(?P=q)|"
                         # or bare, three parts or more ending in a level: "to Facultative-Underwriting-Read"
                         r"\s*(?:the\s+)?[a-z0-9]+(?:-[a-z0-9]+){1,5}-(?:read|readonly|read-only|ro|rw|write|users|"
                         r"admins?|members|owners|editors|viewers|approvers|operators|contributors)\b(?!-)")
# A name placed in a directory: "to `ZRH-Floor-Printers` in AD", "into `Sales EMEA` in Okta" (a group there).
# ("from **AWS-Prod-ReadOnly** and **AWS-Prod-Billing** in Okta": several, in backticks or bold)
_NAMED = r"(?:`[^`\n]{2,60}`|\*\*[^*\n]{2,60}\*\*)"
DIRECTORY_GROUP = re.compile(r"\s*(?:the\s+)?" + _NAMED + r"(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)" + _NAMED + r"){0,4}"
                             r"\s+(?:(?:security\s+|distribution\s+)?groups?\s+)?in\s+" + lx.DIRECTORY_NAMES + r"\b")
# Seats taken back into a licence pool: licence revocation (LABELS.md: a hard negative), nobody's access.
# A group of travellers or guests, not a directory group: "add the names to the school group booking".
GROUP_BOOKING = re.compile(r"\s*(?:the\s+|our\s+|a\s+)?(?:[\w-]+\s+){0,2}group(?:'s|\u2019s)?\s+(?:bookings?|"
                           r"reservations?|fares?|trips?|tours?|travel|rates?|rate codes?|discounts?|lessons?|classes|"
                           r"photos?|orders?|tickets?|itinerar(?:y|ies)|blocks?)\b|"
                           # a hotel's block of rooms: "add guests to the block with the group's rate code"
                           r"\s*(?:the\s+|our\s+|a\s+)?(?:room\s+|group\s+|wedding\s+)?block\b(?!\s*-?list)")
LICENCE_POOL = re.compile(r"\s*(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}licen[cs]e\s+(?:pool|count|allocation)s?\b")
# A step done in a directory, named first: "In Okta, add the station lead to `station-leads-emea`".
DIRECTORY_LEAD = re.compile(r"\bin\s+(?:the\s+)?" + lx.DIRECTORY_NAMES + r"(?:\s+admin(?:\s+console)?)?\s*[,:]\s*\Z")
BACKTICKED = re.compile(r"\s*(?:the\s+)?`[^`\n]{2,60}`")
# "remove him from `captains-b787`": a person moved in or out of a named thing, not a file, a path or a chat
# channel (`#ops-alerts`), is a member.
PRONOUN_PERSON = re.compile(r"\s*(?:him|her|them)\s*")
BACKTICKED_NAME = re.compile(r"\s*`(?!#)(?![^`\n]*[/\\])(?![^`\n]*\.[a-z]{2,4}`)[^`\n]{2,60}`")
# Someone, not something ("add a description to `svc-backup`"): a name, or a word for a person in a role.
PERSON = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z'-]+)+\b|\b(?:lead|manager|engineer|agent|staff|supervisor|officer|"
                    r"analyst|clerk|nurse|doctor|pilot|captain|student|teacher|contractor|hire|starter|joiner|"
                    r"technician|consultant|vendor|auditor)s?\b")
# Who is placed there, counted: "the 12 agents", "all 40 nurses", "both interns".
COUNTED_PEOPLE = re.compile(r"\b(?:the\s+|all\s+|these\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
                            r"twelve|both)\s+(?:new\s+)?(?:[\w-]+\s+)?(?:agents|users|people|staff|employees|nurses|"
                            r"engineers|developers|contractors|members|interns|analysts|hires|starters|joiners|"
                            r"doctors|teachers|students|admins|accounts|colleagues|operators|clerks|officers)\b")
# "Travis Hale's Epic access has been suspended pending HR review": someone's access to a system, suspended.
ACCESS_SUSPENDED = re.compile(r"(?:'s|\b(?:his|her|their))\s+(?:[\w/&-]+\s+(?:and\s+[\w/&-]+\s+)?){0,3}access\s+"
                              r"(?:is|are|was|were|has been|have been)\s+(?:now\s+|temporarily\s+)?"
                              r"(?P<v>suspended|disabled|deactivated|blocked)\b")
PASSIVE_END = re.compile(r"\bbe\s+(?:\w+ly\s+)?$")
STRONG_OBJ = re.compile(r"\b(?:acc[eè]s\w*|permiss\w*|permess\w*|permis\w*|privileg\w*|rights|\w*rechte\w*|derechos|"
                        r"droits?|diritti|direitos|toegang|\w*zugriff\w*|admin\w*|amministrat\w*|beheerder\w*|"
                        r"erişim\w*|yetki\w*|\w*behörighet\w*|åtkomst\w*|rättighet\w*|tilgang\w*|adgang\w*|"
                        r"rettighet\w*|\w*oikeu\w*|pääsy\w*)\b")
# Verbs of giving in general (German "geben", Italian "concedere", Turkish "vermek"): access only with a
# strong object or a role, not with a group that merely receives something.
# ... and sharing (Swedish "delat ... med", Finnish "jaoin"): a file shared with a group is no grant of rights.
GIVING = ("geb", "gegeb", "concess", "verd", "vergeb", "gett", "gitt", "givet", "givit", "annoi", "annettu", "delat",
          "delade", "jaoi", "jaettu")
ROLE_WORDS = ("rolle", "ruol", "rolü", "rollen", "roll ", "roolit", "roolin", "roolia", "rooliin")
GENERAL_PASSIVE = re.compile(r"\b(?:werden|wird|sollen|soll|können|kann|dürfen|darf|müssen|muss)\b")
# What a revoke takes away from someone ("removed the Administrator role from the employee record").
REVOKED_FROM = re.compile(r"\b(?:roles?|permissions?|privileges?|rights|access(?: levels?)?|entitlements?|memberships?|"
                          r"permission sets?|licen[cs]es?|seats?|owner|admin\w*|editor|viewer|contributor|"
                          r"maintainer|approver|security points?|security class(?:es)?|clearances?)\W*"
                          r"(?:[`'\"\u201c][^`'\"\u201d\n]{1,60}[`'\"\u201d]\W*)?"  # its name: the role "X"
                          # or whose it is: "the guest access for `studio-lumen` from #menu-photos"
                          r"(?:(?:on|for)\s+[^.;\n]{1,60}?)?$")
# A verb used as a name in code: a lambda's parameter, a tested flag ("{ granted ->", "if (granted) open()").
CODE_NAME_AFTER = re.compile(r"\s*(?:->|=>|\)\s*(?:\{|\w+\()|[=!]==?|=(?!=)|&&|\|\||[\"']\s*:(?!:))|" + CONTROL_NAMED)
AUXILIARY_END = re.compile(r"\b(?:is|are|was|were|been|be|being|get|got|has|have|had)\s+(?:\w+ly\s+)?$")
# The sentence gates, scanned at once: access and lifecycle verbs, then the statement rules' words.
MARKED = (lx.ACCESS_STEMS, lx.LIFE_STEMS) + tuple(stems for _, stems in statements.GATES + statements.AUDIT_GATES)
ADD_STEMS = ("add", "put", "includ", "enrol", "revok", "remov", "withdraw", "detach", "unassign", "strip", "plac",
             "bound")
NEW_ACCOUNT_ANCHORS = ("add ", "create ", "set up ", "onboard ")
NEW_ACCOUNT_GATES = ("new ", "add user", "add a user")
# What a sentence holds whole, looked up in the same pass: the access and account objects and the
# foreign-language pieces.
HELD = (lx.ACCESS_OBJ_STEMS, lx.LIFE_OBJ_STEMS, lx.FOREIGN_PIECES)
ACCESS_BIT, LIFE_BIT, FOREIGN_BIT = 1, 2, 4  # ACCESS_BIT / LIFE_BIT also in MARKED
# The sentence rules and look-alike masks tried only where one of their heads starts (ProseSentences).
ANCHORED = (ACCESS_VERB, ADD_VERB, ADD_NAMED, ADD_WITH_LEVEL, TIGHT_REVOKE, MAKE, SHARE) + LIFE_ANCHORED \
    + tuple(pattern for _, pattern in lx.MASKS)
HEADS = HeadIndex(ANCHORED)
AUDIT_HEADS = heads(statements.AUDIT)  # where an audit word may start: tried there, not searched for
# The words of _outside_quoted_messages' QUOTED_MESSAGE: one starts each match
MESSAGE_WORDS = ("mail", "subject", "sms", "text message", "pop", "lure", "headline", "titled")
# Every word looked up per answer, found in one pass over it.
VOCABULARY = Vocabulary(sum(MARKED, ()) + lx.ACCESS_OBJ_STEMS + lx.LIFE_OBJ_STEMS + lx.FOREIGN_PIECES
                        + NEW_ACCOUNT_ANCHORS + NEW_ACCOUNT_GATES + REPOINT_ANCHORS + REPOINT_GATES
                        + prose_decisions.ANSWER_WORDS + ui_steps.WORDS
                        + review_backstop.WORDS + access_records.WORDS + backstop.WORDS + lx.MASK_STEMS + LIFE_WORDS
                        + AUDIT_HEADS + HEADS.words + prose_effects_i18n.WORDS
                        + review_i18n.WORDS + prose_states.WORDS + prose_minted.WORDS + prose_moves.WORDS
                        + prose_keys_i18n.WORDS + MESSAGE_WORDS + prose_clients.WORDS + terse_steps.WORDS
                        + tuple(word.lower() for word in prose_cjk.WORDS + prose_world.WORDS))


# Saved copies taken out of a local store ("Then delete them from the browser"): the account stays as it is.
LOCAL_COPY = re.compile(r"\bfrom\s+(?:the\s+|your\s+|this\s+|that\s+)?(?:web\s+)?(?:browsers?|keychains?|"
                        r"devices?|phones?|laptops?|computers?|clipboard|desktop|spreadsheets?|notes app)\b")


def scan_prose(text: str) -> list[Hit]:
    """Every prose hit in `text`; spans index into `text`."""
    low = shared_lower(text)
    if len(low) != len(text):
        low = "".join(ch.lower()[:1] or ch for ch in text)
    spans = sentences(text)
    starts, ends = [s for s, _ in spans], [e for _, e in spans]
    found = VOCABULARY.find(low)
    audit = any(statements.AUDIT.match(low, pos) for pos in found.positions(AUDIT_HEADS)) \
        and not is_change_control_narrative(text)
    started, held = found.sentence_bits(MARKED, HELD, starts, ends)
    access = {i for i, bits in started.items() if bits & ACCESS_BIT and held.get(i, 0) & ACCESS_BIT}
    marked = {i for i, bits in started.items() if bits & LIFE_BIT}
    life = {i for i in marked if held.get(i, 0) & LIFE_BIT}
    for i in marked - life:  # "... the client secret expires. Rotate it now."
        if needs_antecedent(low[starts[i]:ends[i]]) and lx.has(preceding(low, starts, i), lx.LIFE_OBJ_STEMS) \
                and not LOCAL_COPY.search(low, starts[i], ends[i]):
            life.add(i)
    gated = statements.gates(audit, {i: bits >> 2 for i, bits in started.items() if bits >> 2})
    chosen = {i for i in access | life | set(gated) if ends[i] - starts[i] >= 8}
    doc = ProseSentences(text, low, spans, HEADS.starts(found), chosen, found.starts)
    foreign = {i for i in chosen if held.get(i, 0) & FOREIGN_BIT}
    by_sentence: defaultdict[int, list[Hit]] = defaultdict(list)  # each sentence's hits, in rule order
    _access_hits(doc, access & chosen, foreign, by_sentence)
    lifecycle_hits(doc, life & chosen, foreign, by_sentence)
    for index in sorted(chosen.intersection(gated)):
        start, end = spans[index]
        by_sentence[index] += (hit.shifted(start) for hit in statements.sentence_hits(
            doc.text[start:end], doc.low[start:end], gated[index], doc.before(index)))
    hits: list[Hit] = [hit for index in sorted(by_sentence) for hit in by_sentence[index]]
    for m in found.matches(NEW_ACCOUNT, low, NEW_ACCOUNT_ANCHORS) if found.any(NEW_ACCOUNT_GATES) else ():
        start = starts[max(0, bisect_right(starts, m.start()) - 1)]
        if directive(low[start: m.start()]) and not NEW_ACCOUNT_TARGET.match(low, m.end()) \
                and not BOOK_ACCOUNT.search(m.group(0)):
            hits.append(_hit("lifecycle", m.start(), m.end(), 0.75, "create", "prose-new-account"))
    for m in found.matches(REPOINT, low, REPOINT_ANCHORS) if found.any(REPOINT_GATES) else ():
        index = max(0, bisect_right(starts, m.start()) - 1)
        if BOUND.search(low, starts[max(0, index - 1)], ends[index]) and directive(low[starts[index]: m.start()]):
            hits.append(_hit("access_change", m.start(), m.end(), 0.7, "modify", "prose-repoint"))
    hits.extend(prose_decisions.answer_hits(text, low, found))
    hits.extend(ui_steps.ui_hits(text, found))
    hits.extend(cjk_hits(text, found))
    hits.extend(world_hits(text, low, found))
    hits.extend(effect_hits(text, low, found))
    hits.extend(verdict_hits(text, found))
    hits.extend(certified_removal_hits(text, low))
    hits.extend(attribute_table_hits(text) + access_table_hits(text))
    hits.extend(key_step_hits(text, low, found))
    hits.extend(minted_key_hits(text, low, found))
    hits.extend(dated_step_hits(text, low))
    hits.extend(client_hits(text, low, found))
    hits.extend(terse_hits(text, found))
    hits.extend(terse_verdict_hits(text))
    hits.extend(terse_steps.terse_step_hits(text, found))
    hits.extend(terse_grant_hits(text, low))
    hits.extend(access_records.record_hits(text, low, found))
    hits.extend(account_field_hits(text, low))
    hits.extend(field_change_hits(text, low))
    hits.extend(howto_hits(text, low))
    hits.extend(done_for_you(low, found.positions(("your",))))
    hits.extend(transfer_hits(text, low))
    hits.extend(state_hits(text, low, found))
    hits.extend(visibility_hits(text, low))
    hits.extend(sap_hits(text, low))
    hits.extend(move_hits(text, low, found))
    hits.extend(policy_hits(text, low))
    hits.extend(removal_table_hits(text, low))
    hits.extend(dropped_users_hits(text, low))
    hits.extend(report_hits(text, low))
    hits.extend(delegation_hits(text, low))
    hits.extend(lead_list_hits(low))
    covered = {bisect_right(starts, h.start) - 1 for h in hits if h.confidence >= 0.5}
    hits.extend(backstop.backstop_hits(text, low, spans, covered, found))
    hits.extend(review_backstop.review_hits(low, found, spans, covered))
    if hits and ('"' in text or "“" in text):
        hits = _outside_quoted_messages(low, hits, found)
    return dedupe(hits)


# A message quoted as received: 'the email "Your Microsoft 365 account will be suspended" is phishing'.
QUOTED_MESSAGE = re.compile(r"\b(?:e-?mails?|subject(?: line)?|sms|text messages?|pop-?ups?|lures?|headlines?|titled)\b"
                            r"[^\n\"“]{0,40}?[\"“](?P<q>[^\"”\n]{4,160})[\"”]")
SENDING = re.compile(r"\b(?:send|sending|post|reply|forward|draft|write|tell)\b")  # a message to send is a step


def _outside_quoted_messages(low: str, hits: list[Hit], found: Found) -> list[Hit]:
    """The hits not wholly inside a quoted message: words someone received or saw, not a step to take
    (`found`: where the MESSAGE_WORDS occur in `low`)."""
    quoted = [m.span("q") for m in matches_near(QUOTED_MESSAGE, low, found.positions(MESSAGE_WORDS), 2, 260)
              if not SENDING.search(low, low.rfind("\n", 0, m.start()) + 1, m.start("q"))]
    if not quoted:
        return hits
    return [hit for hit in hits if not any(start <= hit.start and hit.end <= end for start, end in quoted)]


def sentences(text: str) -> list[tuple[int, int]]:
    """[start, end) of every sentence: blocks split at BLOCK_BREAK, each split at SENTENCE_BREAK
    (SENTENCE_BREAK searched once over the whole text: see _split)."""
    spans: list[tuple[int, int]] = []
    append = spans.append
    breaks = [m.span() for m in SENTENCE_BREAK.finditer(text)
              if text[m.start()] != ";" or not _bracketed(text, m.start())]
    at = 0
    cursor = 0
    for block_start, block_end in _block_breaks(text):
        if block_start < cursor:
            continue  # a heading's line end inside a block break
        if block_start > cursor:
            at = _split(text, cursor, block_start, breaks, at, append)
        cursor = block_end
    if len(text) > cursor:
        _split(text, cursor, len(text), breaks, at, append)
    return spans


def _bracketed(text: str, at: int) -> bool:
    """Whether `at` stands inside brackets opened and closed on its line: "the delegates (Nadia, Luis with Send As;
    Tobias with Read only) need this access" is one sentence."""
    line_start = text.rfind("\n", 0, at) + 1
    opened = text.rfind("(", line_start, at)
    if opened < 0 or text.rfind(")", opened, at) >= 0:
        return False
    line_end = text.find("\n", at)
    return text.find(")", at, len(text) if line_end < 0 else line_end) >= 0


# A markdown heading ends at its line's end: "## Lockouts\nUnlocked 6 accounts" is a title and a sentence.
HEADING_LINE = re.compile(r"^[ \t]*#{1,6}[ \t][^\n]*(\n)", re.M)


def _block_breaks(text: str) -> list[tuple[int, int]]:
    """[start, end) of each BLOCK_BREAK and of each heading's line end, in order."""
    blocks = [m.span() for m in BLOCK_BREAK.finditer(text)]
    if "#" in text:
        blocks += [m.span(1) for m in line_matches(HEADING_LINE, text, "#")]
        blocks.sort()
    return blocks


def _split(text: str, start: int, end: int, breaks: list[tuple[int, int]], at: int, append) -> int:
    """Append the sentences of the block text[start:end] given `breaks`, the SENTENCE_BREAK matches in
    the whole text from index `at` on; return the index of the first break past the block.

    A break searched in the whole text is the one a search bounded to the block finds, but where
    it reaches the block's end: "[.!?] + blanks" must see a character after its blanks inside the
    block (else the block has no break there, nor after: only blanks remain), and "; + blanks"
    needs one blank inside the block and stops at its end."""
    count = len(breaks)
    while at < count and breaks[at][0] < start:
        at += 1
    cursor = start
    while at < count and breaks[at][0] < end:
        brk, after = breaks[at]
        at += 1
        if text[brk] == ";":
            if brk + 1 >= end:
                break
            after = min(after, end)
        elif after >= end:
            break
        else:
            brk += 1  # the sentence keeps its [.!?]
        if brk > cursor:
            append((cursor, brk))
        cursor = after
    if end > cursor:
        append((cursor, end))
    return at


def _hit(kind: str, start: int, end: int, confidence: float, action: str | None, rule: str,
         text: str = "") -> Hit:
    privilege = privilege_of(text) if kind == "access_change" and text else None
    return Hit(kind, start, end, confidence, action, privilege=privilege, rule=rule)


# A work item handed to someone: its owner does the work, no one's access changes.
WORK_ITEM_ASSIGNED = re.compile(r"\s*(?:the|this|that|an?)\s+(?:['\"‘“][^'\"’”\n]{1,60}['\"’”]\s+|[\w'-]+\s+){0,3}?"
                                r"(?:epics?|stor(?:y|ies)|tickets?|issues?|tasks?|bugs?|incidents?|cases?|cards?|"
                                r"work items?|deliverables?|milestones?|action items?)\s+to\b")


def _access_hits(doc: ProseSentences, chosen: set[int], foreign: set[int], out: dict[int, list[Hit]]) -> None:
    """Access changes in the `chosen` sentences, appended to each sentence's hits in `out` (`foreign`: the
    sentences holding a foreign-language stem)."""
    _verb_hits(doc, chosen, out)
    _membership_hits(doc, chosen, out)
    _phrase_hits(doc, chosen, out)
    for index in sorted(foreign & chosen):
        start, end = doc.bounds(index)
        out[index] += (hit.shifted(start) for hit in _foreign_access(doc.low[start:end]))


def _verb_hits(doc: ProseSentences, chosen: set[int], out: dict[int, list[Hit]]) -> None:
    """A grant or revoke verb with an access object after it (or before a passive) as a directive."""
    low = doc.low
    for index, found in doc.matches(ACCESS_VERB, chosen, EN_ACCESS_STEMS).items():
        start, end = doc.bounds(index)
        for m in found:
            if not directive(low[start: m.start()]) or not lx.opens_description(m.group("v"), low[start: m.start()]):
                continue  # first: most verbs are not advice, and it decides alone
            if index in doc.spliced and not directive(doc.answer_low[start: m.start()]):
                continue  # "`roles/viewer` gives read access": a subject blanked as a look-alike is still one
            if CODE_NAME_AFTER.match(low, m.end(), end):
                continue  # "{ granted ->", "if (granted) openCamera()": a variable in code, not a verb
            if CONTROL_LABEL_BEFORE.search(low, max(start, m.start() - 30), m.start()):
                continue  # "leave *Allow write access* unchecked": a checkbox's label, not a grant
            rest = low[m.end(): min(end, m.end() + 120)]
            obj = lx.ACCESS_OBJ.search(rest) or APP_TARGET.match(rest) if m.group("v").startswith("assign") \
                else lx.ACCESS_OBJ.search(rest)
            if obj is None and PASSIVE_END.search(low, max(start, m.start() - 40), m.start()):
                obj = lx.ACCESS_OBJ.search(low, max(start, m.start() - 120), m.start())  # "access ... will be revoked"
            if m.group("v").startswith("assign") and WORK_ITEM_ASSIGNED.match(rest):
                continue  # "assigned the 'Returns portal v2' epic to Sanne as owner": work to do, not access
            if GRANTED_MEANS.match(rest) or PEOPLES_BODY.match(rest):
                continue  # "grant the consortium the capacity to deploy kiosks": means given, not access
            if lx.THING_RECIPIENT.match(rest) or lx.PLACEHOLDER_PARTY.search(rest) \
                    or lx.TRANSACTION_OBJECT.match(rest) and not lx.ACCESS_OBJ.match(rest.lstrip()):
                continue  # "approve payments", "revoke the unused licences": a transaction, not access
            if m.group("v").endswith("ed") and rest.startswith(" by ") \
                    and not AUXILIARY_END.search(low, start, m.start()):
                continue  # "actions granted by a policy but never called": a description, not a grant
            if obj is not None and m.group("v").endswith("ing") and GERUND_SUBJECT.search(rest, 0, obj.start()):
                continue  # "removing it wouldn't give anyone extra access": what would follow, not a step
            revoke = REVOKE_VERB.match(m.group("v")) is not None
            source = rest.find(" from ", 0, 60)
            # "from" names where access comes from, except after a revoke of a role or right:
            # "removed the Administrator role from the employee record"
            if obj and (source < 0 or revoke and REVOKED_FROM.search(rest, 0, source)):
                action = "revoke" if revoke else "grant"
                out[index].append(_hit("access_change", m.start(), m.end() + len(rest), 0.75, action,
                                       "prose-access", rest))


def _membership_hits(doc: ProseSentences, chosen: set[int], out: dict[int, list[Hit]]) -> None:
    """Adding to or removing from a group, team or role, or a named principal, as a directive."""
    low = doc.low
    for index, found in doc.matches(ADD_VERB, chosen, ADD_STEMS).items():
        start = doc.starts[index]
        for m in found:
            named = GROUP_NAMED.match(m.group("tgt")) is not None
            target_ok = (AS_ROLE.match(m.group("tgt")) if m.group("prep").lower() == "as"
                         else lx.ACCESS_OBJ.search(lx.own_clause(m.group("tgt"))) or TEAM_END.search(m.group("tgt"))
                         or (named or CONTAINER.search(m.group("tgt")))
                         and (PRINCIPAL.search(m.group("mid")) or account_it(m.group("mid"), low[start: m.start()]))
                         # "added you to Facultative-Underwriting-Read", "added Maria Lopez to `sg-x`"
                         or named and (m.group("mid").strip() == "you"
                                       or PERSON.fullmatch(doc.text, m.start("mid") + 1, m.end("mid") - 1) is not None)
                         or named and not m.group("mid").strip()  # "- Added to `sg-x`"
                         or DIRECTORY_GROUP.match(m.group("tgt"))
                         and (PRINCIPAL.search(m.group("mid")) or COUNTED_PEOPLE.search(m.group("mid")))
                         or PRONOUN_PERSON.fullmatch(m.group("mid")) and BACKTICKED_NAME.match(m.group("tgt"))
                         or BACKTICKED.match(m.group("tgt")) and DIRECTORY_LEAD.search(low, start, m.start())
                         and (PRINCIPAL.search(m.group("mid"))
                              or PERSON.search(doc.text, m.start("mid"), m.end("mid")) is not None))
            if lx.THING_RECIPIENT.match(m.group("mid")) or WORK_SCOPE.match(m.group("tgt")) \
                    or LICENCE_POOL.match(m.group("tgt")) or GROUP_BOOKING.match(m.group("tgt")) \
                    or lx.INVENTORY_GROUP.match(m.group("tgt")) \
                    or ROUTE_TARGET.match(m.group("tgt")) or CONTROL_NAME.match(m.group("mid")) \
                    or not m.group("mid").strip() and m.group("v").lower().startswith("put") \
                    or INDEFINITE_TARGET.match(m.group("tgt")) and not NAMED_MID.search(doc.text, m.start("mid"),
                                                                                       m.end("mid")):
                # a review's scope, a route (`/admin`), a control's name, "principles I'd put in the standard",
                # "rules place matching users into a group": no one and nothing in particular
                continue
            if target_ok and (directive(low[start: m.start()]) or _done_to_reader(m, low[start: m.start()])) \
                    and not YOUR.search(m.group("mid")) and lx.opens_description(m.group("v"), low[start: m.start()]):
                action = "revoke" if m.group("prep").lower() == "from" else "grant"
                out[index].append(_hit("access_change", m.start(), m.end(), 0.75, action, "prose-membership",
                                       m.group(0)))
    for index, found in doc.matches(ADD_WITH_LEVEL, chosen).items():
        start = doc.starts[index]
        for m in found:
            if directive(low[start: m.start()]) and lx.opens_description(m.group("v"), low[start: m.start()]):
                out[index].append(_hit("access_change", m.start(), m.end(), 0.75, "grant", "prose-add-with-level",
                                       m.group(0)))
    for index, found in doc.matches(ADD_NAMED, chosen, ("add", "assign")).items():
        start = doc.starts[index]
        for m in found:
            if directive(low[start: m.start()]):
                out[index].append(_hit("access_change", m.start(), m.end(), 0.7, "grant", "prose-add-named",
                                       m.group(0)))


# A handbook's step done to its reader: "Your manager adds you to the `payments-prod-operators` group in Okta" says
# what will happen as "will add you" does. Not "if your lead adds you to ...": a condition.
CONDITION = re.compile(r"\b(?:if|unless|whether|could|would|should|might|may|can)\b")


def _done_to_reader(m: re.Match[str], prefix: str) -> bool:
    return m.group("mid").strip() == "you" and m.group("v").endswith("s") \
        and m.group("prep").lower() in ("to", "into") and "`" in m.group("tgt") \
        and not CONDITION.search(prefix) and not lx.NEGATED.search(prefix)


def _phrase_hits(doc: ProseSentences, chosen: set[int], out: dict[int, list[Hit]]) -> None:
    """Ending someone's access, making someone an admin, sharing with someone, approval for access."""
    low = doc.low
    for index, found in doc.matches(TIGHT_REVOKE, chosen, TIGHT_REVOKE_STEMS).items():
        start = doc.starts[index]
        for m in found:
            if directive(low[start: m.start()]):
                out[index].append(_hit("access_change", m.start(), m.end(), 0.7, "revoke", "prose-end-access"))
    for pattern, rule, stem in ((MAKE, "prose-make-role", "make "), (SHARE, "prose-share", "shar")):
        for index, found in doc.matches(pattern, chosen, (stem,)).items():
            start, end = doc.bounds(index)
            for m in found:
                if rule == "prose-share" and SHARE_NOT.search(QUOTED_NAME.sub(" ", m.group("obj"))):
                    continue  # the screen, the link, the results shared (not words of a page's quoted title)
                if rule == "prose-share" and m.group(0).lower().startswith("sharing") and \
                        GERUND_SUBJECT.search(low, m.end(), end):
                    continue
                if directive(low[start: m.start()]):
                    out[index].append(_hit("access_change", m.start(), m.end(), 0.7, "grant", rule, m.group(0)))
    for index, found in doc.scanned(ACCESS_SUSPENDED, chosen, ("access ",)).items():
        start = doc.starts[index]
        for m in found:
            if not CONDITION_BEFORE.search(low, start, m.start()):
                out[index] += (_hit("access_change", m.start(), m.end(), 0.7, "revoke", "prose-access-suspended"),
                               _hit("lifecycle", m.start(), m.end(), 0.7, "disable", "prose-access-suspended"))
    for index, found in doc.scanned(APPROVED_FOR, chosen, ("approved", "authori", "cleared", "granted")).items():
        start, end = doc.bounds(index)
        for m in found:
            if lx.ACCESS_OBJ.search(low[m.end(): min(end, m.end() + 80)]) and \
                    not lx.REPORT.search(low[start: m.start()]) and not _general_recipient(doc.text, m):
                out[index].append(_hit("access_change", m.start(), min(end, m.end() + 80), 0.7, "grant",
                                       "prose-approved-for"))


# A kind of recipient, not one: "access is granted to roles that map to job functions" (a rule of design).
GENERAL_RECIPIENT = re.compile(r"\s+(?:[a-z-]+\s+)?[a-z-]{3,}s\b(?![`'\"@])")
DETERMINER = re.compile(r"\s+(?:the|a|an|this|that|these|those|his|her|their|our|your)\b")


def _general_recipient(text: str, m: re.Match) -> bool:
    """A present passive ("is granted to", "are approved for") before a bare plural in lower case."""
    return m.group(0).startswith(("is ", "are ")) and GENERAL_RECIPIENT.match(text, m.end()) is not None \
        and not DETERMINER.match(text, m.end(), m.end() + 8)


# Foreign verbs spelt like English words, and the words that tell the foreign sentence.
ENGLISH_TOO = frozenset(("retire",))
IBERIAN = re.compile(r"\b(?:ao|à|não|dos|das|da|para|acesso|acessos|usuário|usuária|utilizador|permissões|grupo|"
                     r"el|los|las|del|al|acceso|usuario)\b")


# A licence to drive ("le han retirado el permiso de conducir", "permis de conduire suspendu"): a permit, no access.
DRIVING = ("condu", "guida", "führerschein", "rijbewijs", "körkort", "körkortet", "jazdy")
DRIVING_LICENCE = re.compile(r"\b(?:permis[oe]?|licen[cz]ia|licencia|carn[eé]t?|carta|patente) (?:de|di|da) "
                             r"(?:conducir|conduire|guida|condução|conduzir)\b|\bführerschein\w*|\brijbewijs\w*|"
                             r"\bkörkort\w*|\bprawo jazdy\b")
# A part in a play ("die Hirten spielen die Vorschulkinder", "el papel de María en la obra de teatro"): the role
# is a character's, and it is given by casting.
STAGE = re.compile(r"\b(?:spiel(?:en|t|e)?|krippenspiel\w*|theater\w*|theatre|teatro|teatral|théâtre|teater\w*|"
                   r"bühne|aufführung\w*|schauspiel\w*|besetzung|obra de teatro|pièce|spettacolo|recita|"
                   r"toneel\w*|voorstelling|pjäs\w*|föreställning\w*|personaggio|personaje|personnage|"
                   r"ensayos?|proben?|generalprobe)\b")
ROLE_ONLY = re.compile(r"\b(?:\w+-)?(?:rolle|rol|rôle|ruolo|papel|roll|rollen)\b")
# One of the options put to a decision ("- B) Crear nuevos grupos y asignarlos", "Opción 2: conceder ..."): proposed.
OPTION_LABEL = re.compile(r"\s*(?:[-*\u2022]\s*)?(?:\*\*)?(?:[a-e]\)|(?:opci[oó]n|option|optie|opzione|opção|variante|"
                          r"alternativ[ae]?) [a-e1-5]\b)")


def _not_access(s: str, m: re.Match, obj: re.Match) -> bool:
    """The access word names a driving licence or a part in a play, or the sentence is one option of several."""
    if any(map(s.__contains__, DRIVING)) and DRIVING_LICENCE.search(s) and \
            lx.ACCESS_OBJ.search(DRIVING_LICENCE.sub(" ", s)) is None:
        return True
    if ROLE_ONLY.fullmatch(obj.group(0)) and STAGE.search(s) and not STRONG_OBJ.search(s):
        return True
    return OPTION_LABEL.match(s) is not None


# How a foreign system works, no change made: a case or what someone can do (lx.FOREIGN_CASE, lx.FOREIGN_MODAL:
# "cuando la DGT retira la licencia, ...", "die rol kan een bestaande beheerder toekennen"), roles as given by someone
# ("los roles asignados por el administrador").
FOREIGN_ATTRIBUTIVE = re.compile(r"\s+(?:por|par|door|von|da|pelo|pela|dal|dalla)\b")
# ... unless an auxiliary makes it a passive, a change done: "ha sido aprobado por tu responsable"
FOREIGN_AUXILIARY = re.compile(r"\b(?:sido|été|worden|werden|wurden?|foi|foram|stat[oaie]|fue|fueron|es|son|est|sont|"
                               r"is|zijn|ist|sind|será|serán|sera|seront|wordt|wird)\s+$")


def _foreign_access(s: str) -> list[Hit]:
    """Access changes in foreign languages in one masked, lower-cased sentence."""
    hits: list[Hit] = []
    foreign = lx.has(s, lx.FOREIGN_STEMS)
    for pattern, action in ((lx.FOREIGN_GRANT, "grant"), (lx.FOREIGN_REVOKE, "revoke")):
        m = pattern.search(s) if foreign else None
        if m is not None and m.group(0) in ENGLISH_TOO and not IBERIAN.search(s):
            continue  # "then retire `orders-v2`": the English verb, not Portuguese "retire o acesso"
        if m is not None and lx.RATE_OF.search(s, max(0, m.start() - 30), m.start()):
            continue  # "tasso di revoca del 3,9%": a statistic about reviews, not a revocation
        if m is None or lx.NEGATED.search(s[: m.start()]) or lx.REPORT.search(s[: m.start()]) \
                or lx.NEGATED_OBJECT.search(s, 0, m.start()) or lx.PERCENT_BEFORE.search(s, 0, m.start()) \
                or m.group(0).endswith("s") and lx.COUNT_BEFORE.search(s, 0, m.start()):
            continue
        if lx.FOREIGN_CASE.search(s, 0, m.start()) or lx.FOREIGN_MODAL.search(s, 0, m.start()) \
                or FOREIGN_ATTRIBUTIVE.match(s, m.end()) and not FOREIGN_AUXILIARY.search(s, max(0, m.start() - 16),
                                                                                         m.start()):
            continue
        obj = lx.ACCESS_OBJ.search(s)
        if obj and lx.FUNDING.search(s) and not STRONG_OBJ.search(s):
            continue  # "a bolsa foi concedida ao grupo": a research grant, the group is its recipient
        if m.group(0) == "vergeben" and GENERAL_PASSIVE.search(s):
            continue  # "Rollen werden über den Antragsprozess vergeben": how roles are given, not one given
        if m.group(0).startswith(GIVING) and not STRONG_OBJ.search(s) and not any(map(s.__contains__, ROLE_WORDS)):
            continue  # "ich gebe der Gruppe Bescheid", "concesso una pausa al gruppo": giving, but not access
        if obj and not _not_access(s, m, obj):
            hits.append(_hit("access_change", m.start(), m.end(), 0.7, action, "prose-access-i18n", s))
    return hits


RECOMMENDATIONS = frozenset(("recommendation", "recommendation-table"))
# A review's decision table ("| bulkywaste@ | J. Carter, A. Qureshi | Retain |") stands beside "No changes" as
# the attest- statements do: that nothing changed is the decision recorded.
VERDICT_RULES = RECOMMENDATIONS | {"decision-table"}


class ProseDetector:
    name = "prose"
    cost = "cheap"
    version = "7"

    def __init__(self, options: Mapping | None = None) -> None:
        self.options = dict(options or {})

    def scan(self, answer: Answer) -> list[Finding]:
        findings: list[Finding] = []
        for choice in answer.choices:
            hits = scan_prose(choice.content or "")
            if hits and all(only_reads(call.name, call.arguments or "") for call in choice.tool_calls) \
                    and is_generic(choice.content):  # no tool calls, or only lookups (get, list, SELECT)
                # "reviewed ... no changes", "... confirmed as needed" beside counts: the verdict stands
                verdict = is_no_action_only(choice.content) or is_counted_verdict(choice.content)
                reviewed = is_reviewed_verdict(choice.content)  # "I've compared ... Access is appropriate"
                audit = is_audit_response(choice.content)  # a SOC 2 narrative: its attestation findings stand
                # a recommendation is by its nature not yet acted on: "Nothing has been actioned yet" beside it
                hits = [hit if verdict and (hit.rule.startswith("attest-") or hit.rule in VERDICT_RULES)
                        or audit and hit.kind == "attestation"
                        or reviewed and hit.rule == "attest-appropriate"
                        else replace(hit, confidence=min(hit.confidence, CAP)) for hit in hits]
            elif hits and choice.tool_calls and all(on_stage(call.arguments or "") for call in choice.tool_calls):
                hits = [replace(hit, confidence=min(hit.confidence, CAP)) for hit in hits]  # casting a play
            if any(hit.kind == "lifecycle" for hit in hits) and is_record_accounts(
                    choice.content or "", ((call.name, call.arguments or "") for call in choice.tool_calls)):
                hits = [replace(hit, confidence=min(hit.confidence, CAP)) if hit.kind == "lifecycle" else hit
                        for hit in hits]  # a ledger's or a CRM's account, not a login
            for hit in hits:
                findings.append(content_finding(hit, choice.content, self.name, choice.index))
        return findings
