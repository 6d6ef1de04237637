"""Answers the learned model reads as identity by their words alone, that change and attest nobody's access: a
status of certificates (TLS certificates, staff certifications) running out, a headcount that only counts, a
metric's trend, a request still pending, a verdict declined, a schema change, a comparison said to be read-only,
what a group is for, a public key handed to a partner to install, machines added to a pool, a quality nonconformity
closed, a calendar of dated trainings. Asked only of answers the model would hold, with no tool call that changes
anything; and tool calls that change nobody's access (goods in an ERP, a simulation, a control's test result, a
ticket routed)."""

from __future__ import annotations

import json
import re

from gateway.inspection import lexicon as lx
from gateway.inspection.alternation import head_first
from gateway.inspection.lowered import shared_lower
from gateway.inspection.patterns import MONTH, WEEKDAY

CERTIFICATES = re.compile(r"\bcert(?:ificate)?s?\b")
EXPIRY = re.compile(r"\bexpir\w*|\brenew\w*|\bnotafter\b|\bvalid until\b")
# Words that put a certificate on a person's access: a client certificate to sign in, a revoked one, a smart card.
ACCESS_WORDS = head_first(r"\b(?:access|accounts?|users?|roles?|groups?|permissions?|entitle\w*|privileg\w*|"
                          r"admins?|mfa|sso|log ?in|sign-?in|client|smart ?cards?|piv|revok\w*|issued? to|attest\w*|"
                          r"review\w*)\b")
# Three counts in a row: "4,812 employees, 311 contractors, 97 service apps", "4 in logical access, 3 in change
# management, 2 in backups".
COUNT = r"\d[\d,.]*%?\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}"
COUNT_LIST = re.compile(COUNT + r",\s+" + COUNT + r",?\s+(?:and\s+)?\d")
CHANGE_VERBS = head_first(r"\b(?:add|remov|grant|revok|disabl|delet|creat|suspend|approv|assign|provision|"
                          r"deprovision|reset|lock|unlock|enabl|reactivat|deactivat|offboard|onboard|retain|kept|"
                          r"keep|rotat|generat|issu)(?:e|es|ed|s|d|ing)?\b")  # verbs, not "approvers"
# What a group is for and how its membership is kept, told as a standing fact: "`GG-Timeclock-Approvers` controls
# who can approve timecards ... Membership is managed by store role".
DESCRIBES = re.compile(r"\b(?:controls|determines|decides|governs|defines) who (?:can|may|gets)\b|"
                       r"\bmembership is (?:managed|driven|derived|synced|set|maintained)\b")
WHO_CAN = re.compile(r"\bwho (?:can|may|gets) \w+")
# A tool call on goods in an ERP (`BAPI_MATERIAL_SAVEDATA`, a SKU, a product): master data, nobody's account.
GOODS = re.compile(r"\b(?:bapi_)?(?:material|materials|matl_type|sku|skus|product_id|article)\b|bapi_material_")
GOODS_WORDS = ("material", "matl_type", "sku", "product_id", "article")  # every GOODS match holds one
PEOPLE_WORDS = re.compile(r"user|role|account|group|member|permission|password|access|auth|profile|employee|person|"
                          r"identity|principal|grant|owner")
SHORT = 400  # a status line or two: a longer answer has room for a decision
# A metric that moved: "Terminations processed within SLA rose from 91% in Q1 to 99% in Q3".
TREND = re.compile(r"\b(?:rose|fell|increased|decreased|dropped|improved|grew|climbed|declined|went up|went down)\s+"
                   r"from\s+"
                   r"\d[\d.,]*\s?%?[^.;\n]{0,30}?\bto\s+\d")
# A request waiting on someone's decision, reported and not decided (LABELS tie-breaker 4).
PENDING = re.compile(r"\b(?:pending|awaiting|waiting (?:on|for))\s[\w' -]{0,30}?\b(?:approval|review|sign-?off|"
                     r"decision)\b|"
                     # "the activation request Lena submitted is still pending"
                     r"\brequest\b[^.;\n]{0,60}?\b(?:is|are|remains?|stays?)\s+(?:still\s+)?(?:pending|open|"
                     r"awaiting\b|waiting\b)|"
                     # "asked again for access ... so **no decision** — revisit next week"
                     r"\bno decision(?: (?:yet|made|was made|has been made|taken))?\b\**\s*(?:[\u2014\u2013;,.(-]|$)|"
                     r"\bdecision (?:deferred|postponed|parked|held over)\b")
# People cut off a live connection: "users were dropped from the call when the gateway restarted".
DISCONNECTED = re.compile(r"\b(?:dropped|disconnected|kicked|booted|cut off)\s+(?:out\s+)?(?:from|off|of)\s+"
                          r"(?:the\s+|their\s+|a\s+)?(?:[\w-]+\s+)?(?:call|meeting|bridge|stream|connection|channel|"
                          r"line|huddle|webinar|conference|vpn tunnel)s?\b")
# An answer that says it only read: "Comparing the two positions side by side (read-only from HNAUser)".
READ_ONLY_SAID = re.compile(r"\(read-only\b|\bread-only (?:from|lookup|query|comparison|check)\b")
# A change to a schema, not to anyone's access: "added the column to prod", "dropped the old index".
SCHEMA_CHANGE = re.compile(r"\b(?:add|added|adding|drop|dropped|dropping|create|created|creating|rename|renamed|"
                           r"renaming)\s+(?:the |a |an |new |that |this )?[\w-]{0,30} ?(?:columns?|index(?:es)?|"
                           r"tables?|migrations?|fields?|constraints?|partitions?)\b")
# A record that says it did nothing: `"action": "none - for review"`, `"actions_taken": []`.
NO_ACTION_FIELD = re.compile(r"\"actions?(?:_taken)?\"\s*:\s*(?:\"(?:none|n/a)\b|\[\s*\]|null\b)")
# A sign-in problem reported and handed on ("can't sign in to Yardi ... Passing this to the Yardi admin queue"):
# LABELS.md tie-breaker 4, a report that decides nothing.
SIGN_IN_PROBLEM = re.compile(r"\b(?:can(?:no|'|\u2019)?t|cannot|unable to|not able to|fails? to)\s+(?:sign|log)\s?"
                             r"(?:in|on)\b|\b(?:not authori[sz]ed|access denied|permission denied|forbidden)\b")
HANDED_ON = re.compile(r"\b(?:passing|passed|escalat\w+|forward\w*|rais\w+|logg\w+|rout\w+|sending|sent)\b"
                       r"[^.\n]{0,40}?\b(?:queue|team|ticket|desk|admins?|support|helpdesk)\b")
# A verdict the answer declines to give: "I can't confirm that her access is appropriate; that's for the owner".
DECLINES = re.compile(r"\b(?:i|we)\s+(?:can(?:no|'|\u2019)t|can not|won(?:'|\u2019)t|will not|"
                      r"(?:am|are) (?:not able|unable|not in a position) to)\s+(?:\w+\s+)?"
                      r"(?:confirm|certify|attest|vouch|sign off)\b")
# SQL's own words for a column that numbers itself: "GENERATED ALWAYS AS IDENTITY" generates values, not accounts.
SQL_IDENTITY = re.compile(r"\bgenerated\s+(?:always|by\s+default)(?:\s+on\s+null)?\s+as\s+identity\b")
SCHEMA_WORDS = ("column", "index", "table", "migration", "field", "constraint", "partition")


# A public key handed to another party, who installs it on their side: "Here's the public half to send to the
# clearinghouse ... They'll add it on their side." Nothing is installed here, and a public key is no secret.
PUBLIC_KEY = head_first(r"\b(?:ssh-(?:ed25519|rsa|dss)|ecdsa-sha2-nistp\d+) aaaa|-----begin (?:ssh2 )?public key-----")
HANDED_OVER = re.compile(r"\b(?:send|sent|share|shared|give|forward|email|pass)\b[^.\n]{0,40}?\b(?:to|with)\b")
THEY_INSTALL = re.compile(r"\bthey(?:'ll| will| can| should| need to)? (?:add|install|upload|register|import|whitelist|"
                          r"allowlist|authori[sz]e)\b")


def is_public_key_handover(content: str) -> bool:
    low = shared_lower(content)
    if "public" not in low and "ssh-" not in low or PUBLIC_KEY.search(low) is None:
        return False
    if "authorized_keys" in low or HANDED_OVER.search(low) is None:
        return False
    return CHANGE_VERBS.search(THEY_INSTALL.sub(" ", low)) is None


# Capacity added or taken away: "autoscaler added 10 nodes to the pool", "removed 2 brokers from the cluster". Machines
# join a pool, nobody's access changes.
CAPACITY = head_first(r"\b(?:add|adds|added|adding|remov(?:e|es|ed|ing)|drain(?:s|ed|ing)?)\s+"
                      r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:more |new |extra |spare )?"
                      r"(?:nodes?|replicas?|instances?|servers?|hosts?|brokers?|shards?|pods?|vms?|gpus?|vcpus?|cores?|"
                      r"disks?|volumes?|workers?|containers?|machines?)\b")


def is_capacity_change(content: str) -> bool:
    low = shared_lower(content)
    if "add" not in low and "remov" not in low and "drain" not in low or CAPACITY.search(low) is None:
        return False
    return CHANGE_VERBS.search(CAPACITY.sub(" ", low)) is None and ACCESS_WORDS.search(low) is None


# A quality system's record: an ISO 9001 nonconformity or a corrective action closed on the auditor's word; a
# machine certified fit for use ("certified airworthy after the C-check", "release to service signed"): a thing's
# fitness is attested, nobody's access.
QUALITY_RECORD = head_first(r"\b(?:iso 9001|iso 13485|iatf 16949|as9100|nonconformit(?:y|ies)|non-conformit(?:y|ies)|"
                            r"capas?|corrective actions?|qms|airworth(?:y|iness)|roadworth(?:y|iness)|"
                            r"seaworth(?:y|iness)|release to service|"
                            r"certificate of (?:airworthiness|occupancy|conformity))\b")
QUALITY_STEMS = ("conform", "capa", "qms", "corrective", "worth", "release to service", "occupancy")


def is_quality_record(content: str) -> bool:
    low = shared_lower(content)
    return any(map(low.__contains__, QUALITY_STEMS)) \
        and QUALITY_RECORD.search(low) is not None and ACCESS_WORDS.search(low) is None


# An agenda: dated items and at most a heading and a note around them ("- 5/7 — New teller UI walkthrough (all branch
# staff, 1 hour)"): trainings, meetings, closes on a calendar. With no change verb and no word of access or of an
# account in any language, nobody's access is booked on it (a leaver's timed plan holds them).
AGENDA_ITEM = re.compile(rf"[ \t]*(?:[-*\u2022+]|\d{{1,2}}[.)])[ \t]+\**[ \t]*(?:{WEEKDAY},?[ \t]+)?"
                         rf"(?:\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{MONTH}|"
                         rf"{MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?|20\d\d-[01]\d-[0-3]\d)\b")


def is_agenda(low: str) -> bool:
    """`low` (lower-cased) is two dated items or more, with two other lines at most, and no access word."""
    items = other = 0
    for line in low.splitlines():
        if not line.strip():
            continue
        if AGENDA_ITEM.match(line):
            items += 1
        else:
            other += 1
            if other > 2:
                return False
    return items >= 2 and ACCESS_WORDS.search(low) is None and lx.LIFE_OBJ.search(low) is None \
        and lx.ACCESS_OBJ.search(low) is None  # nor in another language: "désactivation du compte", "accès"


def is_status_lookalike(content: str) -> bool:
    if len(content) > SHORT:
        return False
    low = shared_lower(content)
    if " who " in low and DESCRIBES.search(low):
        low = WHO_CAN.sub(" ", low)  # "who can approve": what the group allows, not an approval
        return CHANGE_VERBS.search(low) is None and " i " not in low and " we " not in low
    if any(map(low.__contains__, SCHEMA_WORDS)) and SCHEMA_CHANGE.search(low) and ACCESS_WORDS.search(low) is None \
            and CHANGE_VERBS.search(SQL_IDENTITY.sub(" ", SCHEMA_CHANGE.sub(" ", low))) is None:
        return True  # "added the column to prod": a schema changed, nobody's access
    if '"action' in low and NO_ACTION_FIELD.search(low):  # a record's own field says nothing was done
        return CHANGE_VERBS.search(low.replace('"generated"', " ")) is None  # its "generated" is a date
    if CHANGE_VERBS.search(low):
        return False  # a status beside a change: "rotated the deploy key ... renewed the wildcard cert"
    if is_agenda(low):
        return True
    if SIGN_IN_PROBLEM.search(low) and HANDED_ON.search(low):
        return True
    if (" i " in f" {low}" or "we " in low) and DECLINES.search(low):
        return True
    if "cert" in low and CERTIFICATES.search(low) and EXPIRY.search(low):
        return not ACCESS_WORDS.search(low)
    if ("pending" in low or "waiting" in low or "decision" in low) and PENDING.search(low):
        return True
    if "read-only" in low and READ_ONLY_SAID.search(low):
        return True
    if (" from " in low or " off " in low or " of " in low) and DISCONNECTED.search(low):
        return True
    return COUNT_LIST.search(low) is not None or " from " in low and TREND.search(low) is not None


# A simulation, by the tool's name or the endpoint it posts to: `simulate_policy`, `.../RISK_ANALYSIS_SRV/Simulate`,
# `whatif` (not a dry run piped into an apply: `kubectl create --dry-run=client -o yaml | kubectl apply -f -`).
SIMULATES = re.compile(r"simulat|what-?if")
SIMULATED_ENDPOINT = re.compile(r"\"(?:url|path|endpoint|uri)\"\s*:\s*\"[^\"]*"
                                r"(?:simulat|what-?if|conditionalaccess/evaluate)")  # Graph's What If
NOT_SIMULATED = re.compile(r"\"(?:simulat\w*|what_?if)\"\s*:\s*(?:false|0|\"false\")|\bapply\b")


def is_simulation_call(name: str, arguments: str) -> bool:
    low = shared_lower(arguments)
    if SIMULATES.search(shared_lower(name)) is None and ("simulat" not in low and "what" not in low
                                                         and "conditionalaccess/evaluate" not in low
                                                         or SIMULATED_ENDPOINT.search(low) is None):
        return False
    return NOT_SIMULATED.search(low) is None


# A control's test result logged ("log_control_test", a sample, exceptions, a conclusion) for a control that is not
# about access: a reconciliation, a payment check.
CONTROL_TEST = re.compile(r"control_?test|test_?control")
ACCESS_CONTROL_WORDS = re.compile(r"access|user|account|role|review|termin|privileg|entitle|admin|leaver|joiner|"
                                  r"identit|permission|password|sod|segregation")


def is_control_test_call(name: str, arguments: str) -> bool:
    if CONTROL_TEST.search(shared_lower(name)) is None:
        return False
    return ACCESS_CONTROL_WORDS.search(shared_lower(arguments)) is None


def is_goods_call(name: str, arguments: str) -> bool:
    low = shared_lower(f"{name} {arguments}")
    if not any(map(low.__contains__, GOODS_WORDS)):  # most calls: no regex pass over long arguments
        return False
    return GOODS.search(low) is not None and PEOPLE_WORDS.search(low) is None


# An API call on a thing no one signs in as, named by the path it goes to: a monitor, a deployment, a promotion code,
# a dashboard, a scheduled job (`DELETE /api/v1/monitor/11223344`, `DELETE /v13/deployments/dpl_…`,
# `POST /v1/promotion_codes/…`, `POST /job/nightly-export/disable`).
ENDPOINT = re.compile(r"\"(?:url|path|endpoint|uri)\"\s*:\s*\"([^\"]{1,300})\"")
THING_SEGMENT = re.compile(r"/(?:monitors?|deployments?|promotion_codes|coupons?|dashboards?|alerts?|alert[-_]rules|"
                           r"incidents?|"
                           r"builds?|pipelines?|releases?|artifacts?|snapshots?|products?|prices?|orders?|"
                           r"transitions|comments|labels|milestones|worklogs?|nonconformit(?:y|ies)|capas?|"
                           r"corrective[-_]actions?|jobs?|schedules?|workflows?|cron[-_]?jobs?|triggers?|"
                           r"trailers?|vehicles?|trucks?|shipments?|lockers?)(?:/|\?|\Z)")  # a trailer's smart lock
THING_SEGMENT_WORDS = ("monitor", "deployment", "promotion", "coupon", "dashboard", "alert", "incident", "build",
                       "pipeline", "release", "artifact", "snapshot", "product", "price", "order", "transition",
                       "comment", "label", "milestone", "worklog", "nonconformit", "capa", "corrective", "job",
                       "schedule", "workflow", "cron", "trigger", "trailer", "vehicle", "truck", "shipment", "locker")


# A feature flag set by an API (Canvas's `PUT /accounts/1/features/flags/new_gradebook_filters`): a product's
# behaviour, for an account or a person, and nobody's access.
FEATURE_FLAG = re.compile(r"/(?:features?/flags|feature[-_]?flags)/[^/\"?]+(?:\?[^\"]*)?\Z")


def is_feature_flag_call(arguments: str) -> bool:
    low = shared_lower(arguments)
    if "flags/" not in low:
        return False
    paths = ENDPOINT.findall(HEADERS.sub(" ", low) if '"headers"' in low else low)
    return bool(paths) and all(FEATURE_FLAG.search(path) for path in paths)


# A device switched on or off by its id (`{"camera_id": "N-07", "state": "disabled"}`): a machine, not a login.
DEVICE_ID = re.compile(r"\"(?:camera|printer|sensor|kiosk|terminal|meter|scanner|gate|barrier|charger|pump|turbine|"
                       r"valve|lift|elevator|light|display|sign)_?id\"\s*:")


def is_device_state_call(arguments: str) -> bool:
    return DEVICE_ID.search(arguments) is not None and PEOPLE_WORDS.search(shared_lower(arguments)) is None


# The request's headers: an `Authorization` header says how the call signs in, not whose access it changes.
HEADERS = re.compile(r"\"headers\"\s*:\s*\{(?:[^{}]|\{[^{}]*\})*\}")  # a `${TOKEN}` inside


def is_thing_endpoint_call(name: str, arguments: str) -> bool:
    low = shared_lower(arguments)
    low = HEADERS.sub(" ", low) if '"headers"' in low else low
    if not any(map(low.__contains__, THING_SEGMENT_WORDS)) or PEOPLE_WORDS.search(shared_lower(name)):
        return False
    paths = ENDPOINT.findall(low)
    return bool(paths) and all(THING_SEGMENT.search(path) for path in paths) and PEOPLE_WORDS.search(low) is None


# Azure resource groups and the like: containers of things, not of people (`az group create`, "the resource group").
THING_GROUP = head_first(r"\baz group \w+|\bresource[ -]groups?\b|--resource-group\b|\brg-[\w-]+")
# Words that put a person or an access beside the resource group: a role assignment scoped to it, an AD group.
GROUP_PEOPLE = head_first(r"\b(?:users?|roles?|members?|memberships?|accounts?|permissions?|access|assignee|principal|"
                          r"identity|identities|rbac|owners?|contributors?|readers?|ad|entra|aad|iam|upn|email)\b|@")


def is_resource_group_only(content: str) -> bool:
    low = shared_lower(content)
    if "group" not in low or THING_GROUP.search(low) is None:
        return False
    return " group" not in THING_GROUP.sub(" ", low) and GROUP_PEOPLE.search(low) is None


# A code review sent back to its author: "Requesting changes on #455: the migration drops ..." (a pull request's
# review state, not a change of anyone's access).
CHANGES_REQUESTED = re.compile(r"\s*(?:\*\*)?(?:requesting changes|request(?:ed)? changes|changes requested)\b"
                               r"[^\n]{0,40}?(?:#\d+|\bpr\b|\bpull request\b|\bmerge request\b|\bmr\b|\bdiff\b)")


def is_changes_requested(content: str) -> bool:
    return CHANGES_REQUESTED.match(shared_lower(content)) is not None


# A ticket routed: who works an incident and how urgent it is (`{"table": "incident", "fields": {"assigned_to": ...,
# "assignment_group": ...}}`); a ticket's notes may record a change, so only these keys are routing.
TICKET_TABLES = frozenset(("incident", "problem", "change_request", "change_task", "sc_task", "task"))
ROUTING_KEYS = frozenset(("assigned_to", "assignment_group", "priority", "urgency", "impact", "category",
                          "subcategory", "state", "due_date", "sys_id", "table", "fields", "number"))


# A tool named for the ticket it routes (`servicenow_assign_incident`), the ticket named by its number.
TICKET_TOOL = re.compile(r"incident|ticket|(?<![a-z])case|(?<![a-z])task")
TICKET_KEYS = frozenset(("incident", "incident_id", "ticket", "ticket_id", "case", "case_id", "task", "task_id"))


# An issue given to someone (Jira's `PUT /rest/api/3/issue/KEY/assignee`, GitHub's `.../issues/12/assignees`): work
# routed, nobody's access.
ISSUE_ASSIGNEE = re.compile(r"\"(?:url|path|endpoint|uri)\"\s*:\s*\"[^\"]*/issues?/[\w-]+/assignees?\"")


def is_ticket_routing_call(name: str, arguments: str) -> bool:
    if "assign" not in arguments:
        return False
    if ISSUE_ASSIGNEE.search(arguments):
        return True
    try:
        args = json.loads(arguments)
    except ValueError:
        return False
    if not isinstance(args, dict):
        return False
    if "table" not in args:  # routed by a tool named for tickets
        return TICKET_TOOL.search(shared_lower(name)) is not None and bool(TICKET_KEYS.intersection(args)) \
            and all(str(key).lower() in ROUTING_KEYS | TICKET_KEYS for key in args)
    if str(args.get("table", "")).lower() not in TICKET_TABLES:
        return False
    fields = args.get("fields", {})
    keys = set(args) | (set(fields) if isinstance(fields, dict) else {"?"})
    return all(str(key).lower() in ROUTING_KEYS for key in keys)


# A supplier offboarded: "finished offboarding the old CDN vendor", "offboard the print supplier": a company's
# contract and services ended; with no access word beside it, nobody's login.
VENDOR_OFFBOARDING = re.compile(r"\boffboard(?:ed|ing|s)?\s+(?:of\s+)?(?:the\s+|our\s+|an?\s+)?(?:[\w-]+\s+){0,2}?"
                                r"(?:vendors?|suppliers?|providers?|carriers?|agenc(?:y|ies))\b")


def is_vendor_offboarding(content: str) -> bool:
    low = shared_lower(content)
    return "offboard" in low and VENDOR_OFFBOARDING.search(low) is not None and ACCESS_WORDS.search(low) is None
