"""ToolCallDetector: a tool call is an action. Judge its name and its parsed arguments together:
named identity tools by name, generic ones (run_shell, http_request, apply_manifest,
store_memory, ...) by what their arguments carry, reusing the structured and prose scanners."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import Any

from gateway.inspection.account_records import is_record_accounts
from gateway.inspection.directory import classify_endpoint, deploy_key_access
from gateway.inspection.generic_frame import CAP, is_generic
from gateway.inspection.hits import Hit, excerpt
from gateway.inspection.learned_things import is_backlog_item_call
from gateway.inspection.prose import scan_prose
from gateway.inspection.rest_generic import DISABLE_BODY, NEW_ROLE_BODY
from gateway.inspection.sql import MEMBER_TABLE
from gateway.inspection.structured import decode, scan_structured
from gateway.inspection.tool_names import (
    ACCESS_OBJ,
    MEMORY_TOOL,
    QUERY_WORDS,
    STAGE_KEYS,
    insures,
    judge_name,
    only_reads,
    words,
)
from gateway.inspection.tool_records import names_table
from gateway.inspection.tool_shapes import (
    change_key_hits,
    is_file_path,
    shape_hits,
    slash_command_hits,
    written_file_hits,
)
from gateway.inspection.tool_verdicts import verdict_call_hits
from gateway.types import Answer, Finding, ToolCall

URL_KEYS = ("url", "uri", "endpoint", "path", "href")
VERB_KEYS = ("action", "operation", "op", "function", "function_name", "functionname", "task", "wsfunction", "api",
             "rpc", "command_name", "method_name", "tool", "name", "type", "change_type", "changetype", "op_type",
             "bapi", "procedure", "function_module")  # SAP's `BAPI_USER_LOCK`, a stored procedure's name

NOUN_KEYS = ("resource", "resource_type", "resourcetype", "type", "kind", "object", "object_type",
             "entity", "entity_type", "target_type",
             "attribute", "attr", "path", "name")  # `{"op": "Add", "name": "assignedRoles"}`, SCIM `{"op", "path"}`
# A relative RPC-style path, no host, no id, no query: every segment a word (`team/members/suspend`).
RPC_PATH = re.compile(r"/?[a-z][a-z_]{1,30}(?:/[a-z][a-z_]{1,30}){1,4}")
BASE64_VALUE = re.compile(r"[A-Za-z0-9+/]{16,}={0,2}")
# An operation on an account named by a subject key: `{"op": "disable", "sAMAccountName": "k.mwangi"}`.
ACCOUNT_VERBS = {"disable": "disable", "deactivate": "disable", "suspend": "disable", "lock": "disable",
                 "block": "disable", "offboard": "disable", "deprovision": "disable", "terminate": "disable",
                 "enable": "modify", "reactivate": "modify", "unsuspend": "modify", "unlock": "reset",
                 "reset": "reset", "expire": "reset", "delete": "delete", "remove": "delete", "create": "create",
                 "onboard": "create"}
ENTITLING = ("entitle", "unentitle", "provision", "deprovision", "permit")
SUBJECT_KEYS = frozenset(("user", "username", "user_id", "userid", "principal", "member", "email", "subject",
                          "samaccountname", "sam_account_name", "userprincipalname", "employee_id", "employeeid",
                          "identity", "grantee", "assignee_email",
                          "upn", "login", "account", "assignee", "principal_id", "principalid", "badge",
                          "badge_id", "badgeid", "badge_number", "cardholder", "cardholder_id", "person_id"))
MEMBERSHIPS = re.compile(r"[\"'](?:groupIds|groups|roles|roleIds|memberOf|entitlements)[\"']\s*:\s*\[\s*[\"'{\w]", re.I)
CLIS = frozenset(("aws", "az", "gcloud", "gsutil", "kubectl", "oc", "gh", "gam", "vault", "okta", "glab", "sf", "sfdx"))
COMMAND_KEYS = ("command", "cmd", "args", "arguments", "argv")
REVOKING = re.compile(r"[\"'](?:decision|action|outcome)[\"']\s*:\s*[\"'](?:revoke|remove|deny|remediat)", re.I)
# A ticket closed with a note of what was done (`update_ticket(status="Done", comment="account suspended ...")`):
# the closure note certifies the removal (LABELS.md: closure notes are evidence).
TICKET_WORDS = frozenset(("ticket", "tickets", "incident", "issue", "case", "request", "jira", "servicenow", "task"))
CLOSED = re.compile(r"[\"'](?:status|state|resolution|transition)[\"']\s*:\s*[\"']"
                    r"(?:done|closed?|resolved|complete[d]?|fulfilled|finished)[\"']", re.I)
MAX_STRINGS = 200
WRITES = frozenset(("POST", "PUT", "PATCH"))
# What a write to an endpoint nobody knows does, told by its body alone: a review marked done in the identity
# system's own record (Grouper's `attestationDateCertified`, `"certified": true`), a leaver workflow set off
# (SailPoint's `{"event": "LEAVER", "identityId": ...}`).
ATTESTED_BODY = re.compile(r"attestation\w*certified|\b(?:attested|certified)_?(?:at|on|date)\b|"
                           r"\\?[\"'](?:attested|certified|recertified)\\?[\"']\s*:\s*true", re.I)
LEAVER_BODY = re.compile(r"\\?[\"'](?:event|event_?type|action|trigger|lifecycle_?(?:state|event))\\?[\"']\s*:\s*"
                         r"\\?[\"'](?:leaver|termination|terminate|offboard(?:ing)?|deprovision(?:ing)?)\\?[\"']", re.I)
# Apigee's API products put on an app's key (`{"apiProducts": ["realtime-arrivals-premium"]}`): what the app may call.
API_PRODUCTS_BODY = re.compile(r"\\?[\"']apiProducts\\?[\"']\s*:\s*\[\s*\\?[\"'{]", re.I)
BODY_ONLY = ((ATTESTED_BODY, "attestation", "attest", "tool-http-attested"),
             (LEAVER_BODY, "lifecycle", "disable", "tool-http-leaver"),
             (API_PRODUCTS_BODY, "access_change", "grant", "tool-http-api-products"))
VERDICT_KEYS = frozenset(("decision", "recommendation", "verdict", "outcome", "review_decision", "review_outcome",
                          "certification_decision", "access_recommendation"))
# A new administrator posted to an admins collection with an address (Meraki's `POST /organizations/{id}/admins`):
# an admin login made, with its access.
ADMINS_COLLECTION = re.compile(r"/(?:admins|administrators)/?(?:\?|$)", re.I)
ADDRESS_BODY = re.compile(r"[\"']email[\"']\s*:\s*[\"'][^\"'@\s]+@", re.I)
END_DATE_BODY = re.compile(r"[\"'](?:end_?date|termination_?date|last_?day\w*|leave_?date)[\"']\s*:\s*[\"']?\d", re.I)
UPDATE_VERBS = frozenset(("update", "set", "modify", "patch", "change", "edit"))
PERSON_WORDS = frozenset(("user", "users", "member", "members", "account", "accounts", "agent", "agents", "person",
                          "people", "employee", "principal", "emp", "worker", "staff", "provider", "clinician"))
ROLE_KEYS = frozenset(("role", "roles", "role_id", "roleid", "role_ids", "custom_role_id", "is_admin", "admin",
                       "groups", "group_ids", "permissions", "permission_set", "rolename", "access_level",
                       # an EHR's or ERP's names for them: Epic templates and security points, user types, profiles
                       "security_points", "security_point", "security_class", "security_classes", "template",
                       "templates", "linked_template", "linked_templates", "user_type", "usertype", "profiles",
                       "security_groups", "entitlements", "privileges", "responsibilities",
                       # a product's own name for the role: Tableau's site role, an org's or workspace's role
                       "siterole", "site_role", "org_role", "orgrole", "workspace_role", "workspacerole",
                       "permission_level", "permissionlevel", "accesslevel"))
# A memory or note tool storing a standing permission is a grant the agent will act on later:
# "Farah is authorised to approve production deploys", "treat Farah as an approver", "may bypass ...".
STANDING_GRANT = re.compile(
    r"\b(?:is|are)\s+(?:now\s+)?(?:an?\s+)?(?:authori[sz]ed|(?:pre-?)?approved|entitled|cleared)\s+(?:approvers?\s+)?(?:to|for)\b|"
    r"\b(?:allowed|permitted)\s+to\s+(?:approve|deploy|access|merge|push|release|sign|administer|bypass|override|"
    r"impersonate)\b|\bmay\s+(?:now\s+)?(?:bypass|override|skip|approve|self-approve)\b|"
    r"\b(?:treat|add)\s+[^.;\n]{1,60}?\s+as\s+(?:an?\s+)?(?:authori[sz]ed\s+)?(?:approver|admin\w*|owner|superuser|"
    r"signatory)\b|"
    r"\b(?:may|can)\s+(?:now\s+|always\s+)?be\s+(?:added|granted|given|assigned|provisioned|put)\s+"
    r"(?:to|into|in|access|the|admin)\b|"  # a standing rule: "contractors can be added to jira-users"
    # "new hires in Underwriting automatically get the UW-Quote role", "... the ICU group without manager approval"
    r"\bautomatically\s+(?:gets?|receives?|inherits?|(?:are|is|be)\s+(?:given|granted|added\s+to|assigned))\b"
    r"[^.;\n]{0,80}?\b(?:roles?|groups?|access|permissions?|rights|entitlements?|profiles?)\b|"
    r"\b(?:gets?|receives?|granted|given|added|assigned|approved?)\b[^.;\n]{1,80}?\bwithout\s+(?:any\s+|a\s+|"
    r"further\s+)?(?:\w+\s+)?(?:approval|sign-?off|ticket|asking|checking)\b|"
    # the same in other languages: "può ricevere automaticamente il ruolo ... senza approvazione del responsabile"
    r"\b(?:automaticamente|automatisch|automatiquement|automáticamente|automatycznie|automatiskt)\b[^.;\n]{0,80}?"
    r"\b(?:ruol[oi]|rol(?:es|le|len)?|rôles?|papel|grupp[oi]|grupos?|gruppen?|groupes?|accesso|acceso|zugriff|accès|"
    r"acesso|rechten|toegang|uprawnienia|behörighet)\b|\b(?:senza|sin|sans|ohne|zonder|sem|bez|utan)\s+(?:\w+\s+)?"
    r"(?:approvazione|aprobación|approbation|genehmigung|freigabe|goedkeuring|aprovação|zatwierdzenia|godkännande)\b",
    re.I)
# A memory tool storing who approves from now on: "Claims Ops requests are approved by R. Okafor (replacing P.
# Hughes)": the approver attribute changed, evidence the agent will route by.
STANDING_APPROVER = re.compile(
    r"\b(?:are|is)\s+(?:now\s+)?(?:approved|signed\s+off|certified)\s+by\s+[^;\n]{1,60}?\((?:replacing|"
    r"instead\s+of|taking\s+over\s+from)\b|\b(?:new|acting)\s+approver\s+(?:for|of|is)\b|"
    r"\bapprover\s+(?:is\s+now|changed\s+to|becomes)\b", re.I)
# A memory tool storing someone's HR attribute as it now stands: "From 2024-12-01 Eva reports to Mats",
# "her department is now Procurement", "new line manager: ...": the record the agent will answer from.
_HR_FIELD = r"(?:(?:line\s+|reporting\s+)?manager|department|dept|job\s+title|cost\s+cent(?:re|er)|end\s+date|" \
            r"employment\s+status|reporting\s+line|supervisor)"
STANDING_ATTRIBUTE = re.compile(
    rf"\b{_HR_FIELD}\s+(?:is\s+now|now\b|(?:has\s+)?(?:changed|moved|switched|been\s+updated)\s+to|becomes|"
    r"will\s+be|updated\s+to)\b|\b(?:now|henceforth)\s+reports?\s+to\b|"
    r"\b(?:from|as\s+of|effective|starting)\s+[^.;\n]{1,30}?\breports?\s+to\b|"
    r"\breports?\s+to\s+[^.;\n]{1,60}?\b(?:from|as\s+of|effective|starting)\s+\d|"
    rf"\bnew\s+{_HR_FIELD}\s*(?:is\b|:)|"
    # "is on leave of absence from 2025-07-01", "status=LOA, manager=Lina Ortiz"
    r"\b(?:is|are)\s+on\s+(?:\w+\s+)?leave(?:\s+of\s+absence)?\s+(?:from|until|starting|as\s+of)\b|"
    rf"\b(?:employment_?status|status|{_HR_FIELD})\s*=\s*[\w\"']", re.I)
# A memory tool storing a review's outcome: "Q3 review: Jin's ACCOUNTADMIN on Snowflake RETAINED (approved by the
# CFO)", "recertification: Ana's deployer role revoked": a retain or revoke decision, evidence the agent will cite.
# Only with an access beside it: "vendor review: Acme is SOC 2 certified" certifies a vendor, nobody's access.
_REVIEWED = r"(?:access\s+review|review|recert\w*|certification|attestation|campaign)"
_DECIDED = r"(?:retained|revoked|recertified|certified|attested|access\s+(?:is\s+|was\s+)?appropriate)"
STANDING_DECISION = re.compile(rf"\A(?=[\s\S]*?(?:access|role|admin|entitle|permission|privilege|membership))"
                               rf"[\s\S]*?(?:\b{_REVIEWED}\b[^\n]{{0,160}}?\b{_DECIDED}\b|\b{_DECIDED}\b[^\n]{{0,160}}?"
                               rf"\b{_REVIEWED}\b)", re.I)
# A memory tool storing an account step to take on its own from now on: "When a dispatcher reports a lockout, unlock
# their AD account immediately without calling the supervisor".
STANDING_STEP = re.compile(
    r"\b(?:unlock|reset|disable|re-?enable|reactivate|delete|suspend|lock|clear)\s+(?:their|the|his|her|its|any)?\s*"
    r"(?:[\w-]+\s+){0,2}?(?:accounts?|passwords?|mfa|logins?|authenticators?)\b[^.\n]{0,80}?"
    r"\b(?:immediately|automatically|right\s+away|without\s+(?:calling|asking|approval|checking|a\s+ticket|"
    r"verification|verifying))", re.I)
# What a memory or note tool may store that the agent will act on: (kind, pattern, action, rule).
STANDING_NOTES = (("access_change", STANDING_GRANT, "grant", "tool-memory-permission"),
                  ("lifecycle", STANDING_STEP, "modify", "tool-memory-account-step"),
                  ("attestation", STANDING_DECISION, "attest", "tool-memory-decision"),
                  ("attestation", STANDING_APPROVER, "modify", "tool-memory-approver"),
                  ("attestation", STANDING_ATTRIBUTE, "modify", "tool-memory-attribute"))
LOGIN_STATE_KEY = re.compile(r"[\"'](?:login|account|user|sign[ _-]?in)[ _]?(?:blocked|locked|disabled|suspended|"
                             r"frozen)[\"']\s*:", re.I)
# A documentation file written by a tool: its prose explains, it does not act (commands in it still count).
DOC_PATH = re.compile(r"(?:\.(?:md|rst|adoc|txt)|readme)$|(?:^|[./])docs?/[^/]*$", re.I)


def with_cli_name(tool: str, args: Any) -> Any:
    """`aws_cli({"command": "iam delete-login-profile ..."})`, `az_cli({"args": ["role", "assignment", ...]})`:
    the command as the shell would run it, with the CLI the tool is named after in front."""
    named = words(tool)
    cli = next((w for w in named if w in CLIS), None)
    if cli is None or not isinstance(args, Mapping):
        return args
    out = dict(args)
    verb = next((w for w in named if w in ("write", "delete")), None)
    if cli == "vault" and verb and isinstance(args.get("path"), str) and not any(k in args for k in COMMAND_KEYS):
        out["command"] = f"vault {verb} {args['path']}"  # `vault_write({"path": "database/rotate-role/app"})`
    for key in COMMAND_KEYS:
        value = args.get(key)
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            value = " ".join(f'"{v}"' if " " in v else v for v in value)
        if isinstance(value, str) and not value.lstrip().startswith(cli):
            out[key] = f"{cli} {value}"
    return out


def parse_arguments(raw: str) -> Any:
    """The call's arguments as data; a string that is not JSON stays a string."""
    try:
        return json.loads(raw) if raw and raw.strip() else {}
    except ValueError:
        return raw


def walk(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """(argument_path, value) for every mapping, list and string, depth first."""
    yield path, value
    if isinstance(value, Mapping):
        for key, item in value.items():
            yield from walk(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from walk(item, f"{path}[{index}]")
    elif isinstance(value, str) and value.lstrip()[:1] in ("{", "[") and len(value) < 200_000:
        parsed = parse_arguments(value)
        if not isinstance(parsed, str):
            yield from walk(parsed, path)




# An Ansible playbook or role layout among the arguments: a "role" there is a bundle of tasks, not access.
ANSIBLE = re.compile(r"\bansible\b|^[ \t]*-?[ \t]*hosts:[ \t]*\S[\s\S]*^[ \t]*roles:|^[ \t]*-[ \t]+role:[ \t]*\S|"
                     r"\broles/[\w.-]+/(?:tasks|handlers|defaults|vars|meta)/", re.M | re.I)
ROLE_WORD = re.compile(r"\broles?\b", re.I)


def judge_arguments(args: Any, backlog: bool = False) -> list[tuple[str, Hit]]:
    """(argument_path, hit) for everything identity-affecting the arguments carry; with `backlog` (a story filed
    about what the software should let someone do) their prose describes work to build and is capped."""
    found: list[tuple[str, Hit]] = []
    strings = 0
    ansible: bool | None = None  # told only when a prose argument speaks of a role
    for path, value in walk(args):
        if isinstance(value, Mapping):
            found.extend((path, hit) for hit in _mapping_hits(value))
        elif isinstance(value, str) and len(value) >= 8 and strings < MAX_STRINGS:
            strings += 1
            hits = scan_structured(value) or (slash_command_hits(value) if value.lstrip()[:1] == "/" else [])
            if not hits and len(value.split()) >= 4:
                if "role" in value.lower():
                    ansible = _carries_ansible(args) if ansible is None else ansible
                    value = ROLE_WORD.sub(lambda m: " " * len(m.group(0)), value) if ansible else value
                hits = scan_prose(value)
                if hits and (backlog or DOC_PATH.search(path) or is_generic(value)):  # a document, general prose
                    hits = [replace(h, confidence=min(h.confidence, CAP)) for h in hits]
            if not hits and len(value) >= 16 and BASE64_VALUE.fullmatch(value):
                hits = _decoded_hits(value)
            found.extend((path, hit) for hit in hits)
    if isinstance(args, Mapping):
        for key, value in args.items():
            if isinstance(value, Mapping | list):
                dumped = json.dumps(value)
                found.extend((str(key), hit) for hit in scan_structured(dumped))
        found.extend(("", hit) for hit in _verdict_hits(args))
    return found


def _verdict_hits(args: Mapping) -> list[Hit]:
    """`sailpoint_add_recommendation({"certificationId": ..., "recommendation": "APPROVE"})`: a reviewer's verdict
    given as the call's own top-level arguments, beside the certification or entitlement it decides (iac's guarded
    review rule: a bare `"decision": "approve"` may be an invoice's)."""
    if not any(str(key).lower() in VERDICT_KEYS and isinstance(value, str) for key, value in args.items()):
        return []
    return [hit for hit in scan_structured(json.dumps(args)) if hit.rule == "review-verdict-record"]


def _carries_ansible(args: Any) -> bool:
    """Whether an argument is an Ansible playbook, a role's file or names Ansible (`repo: acme/ansible`)."""
    return any(isinstance(value, str) and ("ansible" in value.lower() or "role" in value) and ANSIBLE.search(value)
               for _, value in walk(args)) or isinstance(args, Mapping) and any(
        ANSIBLE.search(str(key)) for _, value in walk(args) if isinstance(value, Mapping) for key in value)


def _decoded_hits(value: str) -> list[Hit]:
    """A whole argument that is base64 (`payload_b64`, `script`): judge what it decodes to."""
    decoded = decode(value)
    if decoded is None:
        return []
    hits = scan_structured(decoded, depth=1) or (scan_prose(decoded) if len(decoded.split()) >= 4 else [])
    if not hits and decoded.lstrip()[:1] in ("{", "[") and not isinstance(parsed := parse_arguments(decoded), str):
        hits = [hit for _, hit in judge_arguments(parsed)]  # a request body wrapped: `{"action": "add_to_group", ...}`
    return [Hit(h.kind, 0, len(value), min(h.confidence, 0.85), h.action, h.target, h.principal,
                h.privilege, f"base64:{h.rule}") for h in hits]


def _noun(keys: Mapping[str, Any]) -> str | None:
    """What a generic operation acts on (`{"op": "delete", "resource": "serviceAccount"}`)."""
    for key in NOUN_KEYS:
        noun = keys.get(key)
        if isinstance(noun, str) and 2 < len(noun) < 60 and " " not in noun.strip():
            return noun
    return None


def _mapping_hits(value: Mapping) -> list[Hit]:
    keys = {str(k).lower(): v for k, v in value.items()}
    method = keys.get("method") or keys.get("http_method") or keys.get("verb")
    url = next((keys[k] for k in URL_KEYS if isinstance(keys.get(k), str)), None)
    if isinstance(method, str) and url:
        body = json.dumps(keys.get("body") or keys.get("data") or keys.get("json") or keys.get("payload") or "")
        decided = classify_endpoint(method, url, body)
        if not decided:
            return [Hit(kind, 0, 0, 0.85, action, target=url[-80:], rule=rule) for pattern, kind, action, rule
                    in BODY_ONLY if method.upper() in WRITES and pattern.search(body)][:1]
        hits = [Hit(decided[0], 0, 0, 0.9, decided[1], target=url[-80:], rule="tool-http")]
        if repository := deploy_key_access(method, url):
            hits.append(Hit("access_change", 0, 0, 0.85, repository, target=url[-80:], rule="tool-http"))
        if decided[0] != "access_change" and API_PRODUCTS_BODY.search(body):  # products put on an app's key
            hits.append(Hit("access_change", 0, 0, 0.85, "grant", target=url[-80:], rule="tool-http-api-products"))
        if decided == ("lifecycle", "create") and (MEMBERSHIPS.search(body) or NEW_ROLE_BODY.search(body)):
            # a new user put in groups, or given a role, at once
            hits.append(Hit("access_change", 0, 0, 0.85, "grant", target=url[-80:], rule="tool-http"))
        if decided[0] == "access_change" and method.upper() == "POST" and ADMINS_COLLECTION.search(url) \
                and ADDRESS_BODY.search(body):
            hits.append(Hit("lifecycle", 0, 0, 0.85, "create", target=url[-80:], rule="tool-http"))
        if decided == ("lifecycle", "disable") and END_DATE_BODY.search(body):  # an end of employment, dated
            hits.append(Hit("attestation", 0, 0, 0.8, "modify", target=url[-80:], rule="tool-http"))
        if decided[0] == "attestation" and REVOKING.search(body):  # a review decision someone will carry out
            hits.append(Hit("access_change", 0, 0, 0.85, "revoke", target=url[-80:], rule="tool-http"))
        return hits
    shaped = shape_hits(keys) or change_key_hits(value) or [
        hit for path, content in value.items() if isinstance(path, str) and is_file_path(path)
        for hit in written_file_hits(path, content)]  # {"files": {path: content}}
    if isinstance(method, str) and "." in method and not url:  # an RPC method: `admin.users.remove`
        keys = {**keys, "method_name": keys.get("method_name") or method}
    if url and method is None and RPC_PATH.fullmatch(url):  # Dropbox-style RPC path: `team/members/suspend`
        keys = {**keys, "method_name": keys.get("method_name") or url}
    return shaped + _verb_hits(keys)  # `Terminate_Employee` with HR fields: an end of employment and a record


# A newsletter's or a marketing audience's list: its members are subscribers, not principals.
MAILING_LIST_KEYS = frozenset(("audience_id", "newsletter", "newsletter_id", "consent_source", "marketing_consent",
                               "subscription_list"))
# A booking's record (an airline PNR, a hotel reservation): its "group" is travellers, its names are passengers.
BOOKING_KEYS = frozenset(("record_locator", "pnr", "group_pnr", "booking_id", "booking_reference", "booking_ref",
                          "reservation_id", "confirmation_number", "itinerary_id", "passengers"))


def _verb_hits(keys: Mapping[str, Any]) -> list[Hit]:
    """What the operation a generic payload names does (`{"op": "disable", "user": ...}`)."""
    if BOOKING_KEYS & set(keys) or str(keys.get("service", "")).lower() in ("resource-groups", "resourcegroups"):
        return []  # a booking's group of travellers; a tag-based group of cloud resources
    for key in VERB_KEYS:
        verb = keys.get(key)
        if isinstance(verb, str) and 2 < len(verb) < 80 and " " not in verb:
            named = judge_name(verb)
            if named and named[0] not in ("read", "inert"):
                return [Hit(named[0], 0, 0, 0.8, named[1], rule="tool-arg-action")]
            noun = _noun(keys) if named is None else None
            combined = judge_name(f"{verb}_{noun}") if noun else None
            if combined and combined[0] not in ("read", "inert"):
                return [Hit(combined[0], 0, 0, 0.8, combined[1], rule="tool-arg-verb-noun")]
            if verb_is_update(verb) and ROLE_KEYS.intersection(keys):
                return [Hit("access_change", 0, 0, 0.8, "modify", rule="tool-arg-roles")]
            if named is None and _subject_and_object(keys, verb):
                return [Hit("access_change", 0, 0, 0.8, judge_action(verb), rule="tool-arg-change")]
            account_action = ACCOUNT_VERBS.get(next(iter(words(verb)), ""))
            if named is None and account_action and SUBJECT_KEYS & set(keys) and not _financial(keys):
                return [Hit("lifecycle", 0, 0, 0.8, account_action, rule="tool-arg-account")]
    return []


FINANCIAL_KEYS = re.compile(r"standing_?order|subscription|payment|invoice|mandate|transfer|card|loan|direct_?debit",
                            re.I)


def _financial(keys: Mapping[str, Any]) -> bool:
    """`{"account": "40201556738201", "standing_order_id": ...}`: a bank account or a payment, not a login."""
    account = keys.get("account")
    return any(FINANCIAL_KEYS.search(k) for k in keys) or isinstance(account, str) and account.isdigit() \
        and len(account) >= 8


def verb_is_update(verb: str) -> bool:
    """`updateDatabaseUser`, `set_user`: an update of a person or account."""
    tokens = words(verb)
    return bool(tokens) and tokens[0] in UPDATE_VERBS and bool(PERSON_WORDS.intersection(tokens))


# A server's own command named in one hyphenated word, with the people it acts on beside it.
NAMED_COMMAND = re.compile(r"[a-z]+(?:[-_][a-z]+){1,4}")
NAMED_COMMAND_KEYS = ("command", "action", "operation", "op")
TARGET_KEYS = re.compile(r"^(?:users?|user_?names?|logins?|accounts?|members?|emails?|principals?|ids?)$", re.I)


def _named_command(args: Any) -> tuple[str, str | None] | None:
    """The verdict a command's name gives (`delete-existing-users`), when the call also names whom it acts on."""
    if not isinstance(args, Mapping) or not any(TARGET_KEYS.match(str(key)) for key in args):
        return None
    value = next((args[key] for key in NAMED_COMMAND_KEYS if isinstance(args.get(key), str)), None)
    if value is None or not NAMED_COMMAND.fullmatch(value):
        return None
    verdict = judge_name(value)
    return verdict if verdict and verdict[0] in ("access_change", "lifecycle") else None


# An approval record set to approved (ServiceNow's `sysapproval_approver`) for an access: the approval releases the
# provisioning task. Not a change's or a purchase's approval: the arguments name the access or the role.
APPROVAL_RECORD = re.compile(r"sysapproval|[\"'](?:approval|approver|approval_record|approval_task)[\"']\s*:", re.I)
APPROVED_STATE = re.compile(r"[\"'](?:state|status|decision|approval)[\"']\s*:\s*[\"']approved?[\"']", re.I)
ACCESS_NAMED = re.compile(r"(?i:\b(?:access|roles?|entitlements?|permissions?|provisioning|group membership)\b)|"
                          r"\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:RO|RW|READ|READER|WRITE|WRITER|ADMIN|ADMINS|OWNER)\b")


def _approves_access(raw: str) -> bool:
    return APPROVAL_RECORD.search(raw) is not None and APPROVED_STATE.search(raw) is not None \
        and ACCESS_NAMED.search(raw) is not None


def _updates_roles(name: str, args: Any) -> bool:
    """`zendesk_update_user({"user": {"role": "agent"}})`, `{"action": "updateDatabaseUser", "roles": [...]}`:
    an update of a person or account that sets its roles."""
    tokens = words(name)
    verbs = [t for t in tokens if t in UPDATE_VERBS]
    if not verbs or not PERSON_WORDS.intersection(tokens) and not _people_table(args):
        return False
    return any(isinstance(value, Mapping) and ROLE_KEYS.intersection(str(k).lower() for k in value)
               for _, value in walk(args))


# The table or object a generic update names (`update_record({"table": "usuarios_roles", ...})`): people's records.
PEOPLE_TABLE = re.compile(r"(?:^|_)(?:users?|usuari[oa]s?|utilisateurs?|benutzer|employees?|members?|accounts?|"
                          r"staff|people|persons?)(?:$|_)", re.I)
PEOPLE_TABLE_KEYS = ("table", "table_name", "object", "object_type", "entity", "record_type", "collection")


def _people_table(args: Any) -> bool:
    return isinstance(args, Mapping) and names_table(args, PEOPLE_TABLE, PEOPLE_TABLE_KEYS)


# A row of a membership table written by a generic record tool: ServiceNow's `sys_user_grmember` (a user in a group)
# and `sys_user_has_role`, or any `group_members` / `user_roles` table.
MEMBERSHIP_TABLE = re.compile(rf"^(?:[\w.]*\.)?(?:sys_user_grmember|sys_user_has_role|sys_group_has_role|"
                              rf"(?:\w+_)?(?:{MEMBER_TABLE}))$", re.I)
RECORD_ADDS = frozenset(("create", "insert", "add", "new", "post"))
RECORD_REMOVES = frozenset(("delete", "remove", "drop", "destroy"))


# A person's record made with a sign-in invitation sent: `carelink_create_carer({..., "work_email": …,
# "send_invite": true})`: whatever the app calls its people, the invite makes them a login.
INVITE_SENT = re.compile(r"[\"'](?:send_?invite|send_?invitation|send_?activation_?email|send_?login_?details)[\"']"
                         r"\s*:\s*true\b", re.I)
PERSON_FIELDS = re.compile(r"[\"'](?:first_?name|given_?name|last_?name|family_?name|surname|full_?name|"
                           r"(?:work_?)?email|username|login)[\"']\s*:", re.I)


def _invites_account(name: str, raw: str) -> bool:
    return bool(RECORD_ADDS.intersection(words(name))) and INVITE_SENT.search(raw) is not None \
        and PERSON_FIELDS.search(raw) is not None


def _membership_record(name: str, args: Any) -> str | None:
    """`servicenow_create_record({"table": "sys_user_grmember", ...})`: a grant; deleting the row, a revocation."""
    if not isinstance(args, Mapping) or not names_table(args, MEMBERSHIP_TABLE, PEOPLE_TABLE_KEYS):
        return None
    tokens = set(words(name))
    return "grant" if tokens & RECORD_ADDS else "revoke" if tokens & RECORD_REMOVES else None


def _switches_account(name: str, raw: str) -> str | None:
    """The action of an update that switches an account off or on: `jumpcloud_update_systemuser({"suspended":
    true})`, `update_record({"fields": {"Login Blocked": "No"}})`."""
    tokens = words(name)
    if not any(t in UPDATE_VERBS for t in tokens):
        return None
    if LOGIN_STATE_KEY.search(raw):
        return "modify"
    person = any("user" in t or "account" in t or t in PERSON_WORDS for t in tokens)
    return "disable" if person and DISABLE_BODY.search(raw) is not None else None


def _subject_and_object(keys: Mapping[str, Any], verb: str) -> bool:
    verb_words = words(verb)
    if not verb_words or verb_words[0] not in ("assign", "add", "grant", "remove", "revoke", "attach",
                                               "detach", "replace", "delete", "set", *ENTITLING):
        return False
    texts = " ".join(str(v).lower() for v in keys.values() if isinstance(v, str))
    has_object = any(w in ACCESS_OBJ or w.rstrip("s") in ACCESS_OBJ for k in keys for w in words(k)) \
        or any(t in texts for t in ("member", "role", "group", "entitlement"))
    has_subject = bool(SUBJECT_KEYS & set(keys)) or "member" in texts or "uid=" in texts
    return has_subject and (has_object or verb_words[0] in ENTITLING)  # "entitle" names its object


def judge_action(verb: str) -> str:
    first = words(verb)[0]
    return "revoke" if first in ("remove", "revoke", "detach", "delete") else "grant"


class ToolCallDetector:
    name = "tool_calls"
    cost = "cheap"
    version = "5"

    def __init__(self, options: Mapping | None = None) -> None:
        self.options = dict(options or {})

    def scan(self, answer: Answer) -> list[Finding]:
        findings: list[Finding] = []
        for choice in answer.choices:
            for index, call in enumerate(choice.tool_calls):
                findings.extend(self.scan_call(call, choice.index, index))
        return findings

    def scan_call(self, call: ToolCall, choice: int, index: int) -> list[Finding]:
        named = judge_name(call.name)
        if named and named[0] == "read" and QUERY_WORDS.intersection(words(call.name)):
            return self._statements(call, choice, index)  # `db_query` running an UPDATE or a GRANT
        if named and named[0] in ("read", "inert") or named is None and only_reads(call.name, call.arguments or ""):
            return []  # a lookup, or a shell running one read command (`aws cloudtrail lookup-events ...`)
        args = with_cli_name(call.name, parse_arguments(call.arguments))
        if named and isinstance(args, Mapping) and STAGE_KEYS.intersection(str(key).lower() for key in args):
            named = None  # `assign_role` casting an actor in a production: a role in a play
        if named and isinstance(args, Mapping) and MAILING_LIST_KEYS.intersection(str(key).lower() for key in args):
            named = None  # `add_member` on a newsletter's list: a subscriber, no access
        if named and isinstance(args, Mapping) and insures(call.name, args):
            named = None  # `bind_policy` on a quote: insurance cover bound, no access policy
        if named and named[0] == "lifecycle" and is_record_accounts("", ((call.name, call.arguments or ""),)):
            named = None  # `create_account` in a general ledger: a bookkeeping account, nobody's login
        best: dict[tuple, Finding] = {}
        if named:
            finding = self._finding(call, choice, index, None, Hit(named[0], 0, 0, 0.85, named[1],
                                                                    rule="tool-name"), args)
            best[(finding.kind, None)] = finding
        if named == ("lifecycle", "create") and MEMBERSHIPS.search(call.arguments or ""):
            finding = self._finding(call, choice, index, None, Hit("access_change", 0, 0, 0.85, "grant",
                                                                    rule="tool-create-with-groups"), args)
            best[(finding.kind, None)] = finding  # `okta_create_user({..., "groupIds": [...]})`: joined to groups
        switched = _switches_account(call.name, call.arguments or "") if named is None else None
        if switched:
            finding = self._finding(call, choice, index, None, Hit("lifecycle", 0, 0, 0.85, switched,
                                                                    rule="tool-account-state"), args)
            best[(finding.kind, None)] = finding
        for hit in verdict_call_hits(call.name, args) if named is None else ():
            finding = self._finding(call, choice, index, None, hit, args)
            best[(finding.kind, None)] = finding
        command = _named_command(args) if named is None else None
        if command:  # `papercut_server_command({"command": "delete-existing-users", "usernames": [...]})`
            finding = self._finding(call, choice, index, None, Hit(command[0], 0, 0, 0.85, command[1],
                                                                    rule="tool-named-command"), args)
            best[(finding.kind, None)] = finding
        if named is None and _approves_access(call.arguments or ""):
            finding = self._finding(call, choice, index, None, Hit("access_change", 0, 0, 0.8, "grant",
                                                                    rule="tool-access-approval"), args)
            best[(finding.kind, None)] = finding
        if named is None and _invites_account(call.name, call.arguments or ""):
            finding = self._finding(call, choice, index, None, Hit("lifecycle", 0, 0, 0.85, "create",
                                                                    rule="tool-account-invite"), args)
            best[(finding.kind, None)] = finding
        membership = _membership_record(call.name, args) if named is None else None
        if membership:
            finding = self._finding(call, choice, index, None, Hit("access_change", 0, 0, 0.85, membership,
                                                                    rule="tool-membership-record"), args)
            best[(finding.kind, None)] = finding
        if named is None and _updates_roles(call.name, args):
            finding = self._finding(call, choice, index, None, Hit("access_change", 0, 0, 0.85, "modify",
                                                                    rule="tool-role-update"), args)
            best[(finding.kind, None)] = finding
        for path, hit in judge_arguments(args, is_backlog_item_call(call.name, call.arguments or "")):
            finding = self._finding(call, choice, index, path or None, hit, args)
            key = (finding.kind, finding.argument_path)
            if key not in best or finding.confidence > best[key].confidence:
                best[key] = finding
        for kind, pattern, action, rule in STANDING_NOTES if MEMORY_TOOL.intersection(words(call.name)) else ():
            if any(found == kind for found, _ in best):
                continue
            for path, value in walk(args):
                if isinstance(value, str) and (m := pattern.search(value)):
                    finding = self._finding(call, choice, index, path or None,
                                            Hit(kind, m.start(), m.end(), 0.8, action, rule=rule), args)
                    best[(finding.kind, finding.argument_path)] = finding
                    break
        if any(kind == "lifecycle" for kind, _ in best) \
                and is_record_accounts("", ((call.name, call.arguments or ""),)):  # a ledger's account
            best = {key: finding for key, finding in best.items() if key[0] != "lifecycle"}
        kinds = {kind for kind, _ in best}
        if "attestation" in kinds and "access_change" not in kinds and REVOKING.search(call.arguments or ""):
            finding = self._finding(call, choice, index, None, Hit("access_change", 0, 0, 0.85, "revoke",
                                                                    rule="tool-decision-revoke"), args)
            best[(finding.kind, None)] = finding  # a review decision to revoke: the connector carries it out
        if "attestation" not in kinds and kinds & {"lifecycle", "access_change"} and TICKET_WORDS.intersection(
                words(call.name)) and CLOSED.search(call.arguments or ""):
            finding = self._finding(call, choice, index, None, Hit("attestation", 0, 0, 0.8, "attest",
                                                                    rule="tool-closure-note"), args)
            best[(finding.kind, None)] = finding
        return list(best.values())

    def _statements(self, call: ToolCall, choice: int, index: int) -> list[Finding]:
        """A query tool is judged by the statements it runs, not by the prose around them."""
        args = parse_arguments(call.arguments)
        return [self._finding(call, choice, index, path or None, hit, args)
                for path, value in walk(args) if isinstance(value, str) for hit in scan_structured(value)]

    def _finding(self, call: ToolCall, choice: int, index: int, path: str | None, hit: Hit,
                 args: Any) -> Finding:
        value = _at(args, path) if path else None
        if isinstance(value, str) and hit.end > hit.start:
            evidence = excerpt(value, hit.start, hit.end)
        else:
            evidence = excerpt(f"{call.name}({call.arguments})", 0, 200)
        return Finding(
            kind=hit.kind, where="tool_call", detector=self.name,
            confidence=hit.confidence if hit.confidence < 0.5 else min(0.95, hit.confidence + 0.05),
            evidence=evidence, choice=choice,
            tool_call=index, argument_path=path, action=hit.action, principal=hit.principal,
            target=hit.target, privilege=hit.privilege,
            details={"tool": call.name, "rule": hit.rule},
        )


def _at(args: Any, path: str) -> Any:
    for found_path, value in walk(args):
        if found_path == path:
            return value
    return None
