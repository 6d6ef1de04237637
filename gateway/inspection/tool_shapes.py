"""Shapes of generic tool arguments that carry an identity change without naming it in a verb:
a file written to an access-control path (`authorized_keys`, `sudoers.d/...`), a field / new-value
change record (`{"field": "account_status", "to": "inactive"}`) and a profile of HR attributes
(`{"department": ..., "managerId": ...}`) handed to a generic `apply_changes` or `invoke_function`."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from gateway.inspection.hits import Hit
from gateway.inspection.tool_names import judge_name, words
from gateway.inspection.tool_records import EVIDENCE_PATH, evidence_file_hits, record_hits

PATH_KEYS = ("path", "file", "filename", "file_path", "filepath", "destination", "dest", "target_path")
CONTENT_KEYS = ("content", "contents", "data", "text", "body", "lines", "line", "append")
ACCESS_FILE = re.compile(r"(?:^|/)(?:authorized_keys2?|\.k5login|\.rhosts|sudoers(?:\.d/[\w.-]+)?|"
                         r"etc/group|etc/gshadow|pg_hba\.conf)$")
# Files that name who must approve changes: a CODEOWNERS rule, or a Prow OWNERS file's approvers.
OWNERS_FILE = re.compile(r"(?:^|/)(?:CODEOWNERS|OWNERS)$")
OWNER_ENTRY = re.compile(r"^[ \t]*[^#\s]\S*(?:[ \t]+(?:@[\w./-]+|[\w.+-]+@[\w-]+\.[\w.]+))+[ \t]*$|"
                         r"^[ \t]*approvers:[ \t]*\n[ \t]*-[ \t]*\S", re.M)
# Access as code: a file listing people with their access (`- username: wchen\n  access: [prod-deploy]`), which a
# pipeline applies once it is committed.
MEMBER_ACCESS = re.compile(r"^[ \t]*-[ \t]+(?:username|user|login|email|github|member|principal|upn)[ \t]*:[ \t]*"
                           r"[\w.@+-]+[ \t]*\r?\n[ \t]+(?:access|roles?|permissions?|groups?|privileges?|"
                           r"entitlements?|teams?)[ \t]*:[ \t]*\S", re.M)
# Membership as code: a group's or team's own file (`groups/solutions-eng.yaml`) listing its members, which a
# sync job applies once it is committed.
# ... or a file named for them, as Ansible's inventory variables are (`group_vars/all/admins.yml`: `cluster_admins:`)
GROUP_FILE = re.compile(r"(?:^|/)(?:groups?|teams?|roles?|access|memberships?)/[^/]+\.(?:ya?ml|json|toml)$|"
                        r"(?:^|/)[\w-]*(?:admins|administrators|members|sudoers|maintainers|owners)\.(?:ya?ml|json|toml)$",
                        re.I)
MEMBER_LIST = re.compile(r"^[ \t]*[\"']?(?:[a-z][\w-]*_)?(?:members|users|owners|maintainers|admins|administrators|"
                         r"sudoers)[\"']?[ \t]*[:=][ \t]*"
                         r"(?:\r?\n[ \t]*-[ \t]*[\"']?[\w.@+-]|\[[ \t]*[\"']?[\w.@+-])", re.M)
# A file named for who holds which role (`access/role-mapping.yaml`, `rbac_assignments.json`): each role's key
# lists its holders' logins (`BATCH_RECORD_REVIEWER:\n  - rmensah`).
ROLE_MAP_FILE = re.compile(r"(?:^|/)[\w.-]*(?:roles?|groups?|access|rbac|entitlements?|permissions?)[-_]?"
                           r"(?:mappings?|maps?|assignments?|members(?:hips?)?|matrix|holders)[\w.-]*\.(?:ya?ml|json)$",
                           re.I)
HOLDER_LIST = re.compile(r"^[ \t]*[\"']?[\w.-]+[\"']?[ \t]*:[ \t]*"
                         r"(?:\r?\n[ \t]*-[ \t]+[\"']?[a-z][\w.@+-]{1,40}[\"']?[ \t]*$|"
                         r"\[[ \t]*[\"'][a-z][\w.@+-]{1,40}[\"'])", re.M)
ACCOUNT_FILE = re.compile(r"(?:^|/)(?:etc/passwd|etc/shadow|\.?htpasswd)$")
FIELD_KEYS = ("field", "attribute", "property", "attr", "column", "setting")
VALUE_KEYS = ("to", "value", "new_value", "newvalue", "new", "set_to")
STATUS_FIELD = re.compile(r"(?:account_?)?(?:status|state|enabled|active|suspended|locked|disabled)$", re.I)
STATUS_VALUE = re.compile(r"^(?:inactive|disabled|suspended|deactivated|terminated|locked|deleted|false|"
                          r"active|enabled|true|unlocked)$", re.I)
HR_KEY = re.compile(r"^(?:manager(?:_?id)?|department|cost_?cent(?:er|re)|employment_?status|termination_?date|"
                    r"supervisory_?org\w*|employee_?type|legal_?entity|sponsor(?:_?id)?|reports_?to|"
                    r"supervisor(?:_?id)?|line_?manager|worker_?type|legal_?name|job_?title)$", re.I)
# A key that names the change it carries: `add_security_classes`, `acl_add`, `rolesToRemove`, `addMembers`.
CHANGE_KEY_VERBS = {"add": "grant", "grant": "grant", "assign": "grant", "remove": "revoke", "revoke": "revoke",
                    "unassign": "revoke", "delete": "revoke"}
CHANGE_KEY_OBJECTS = frozenset(("role", "roles", "group", "groups", "acl", "acls", "permission", "permissions",
                                "member", "members", "entitlement", "entitlements", "security", "privilege",
                                "privileges", "grants", "access", "scopes", "licenses", "licences"))
# A chat bot's slash command: `/access grant user=jo role=deployer`, `/idp mfa-reset user=jo@x.io`; its words
# read as a tool name, its `key=value` options must name someone (or an @mention does).
SLASH_COMMAND = re.compile(r"\s*/(?P<words>[a-z][\w-]{1,30}(?:[ \t]+[a-z][\w-]{1,30}){0,3})"
                           r"(?P<options>[ \t][^\n]{0,300})", re.I)
SLASH_SUBJECT = re.compile(r"(?:^|\s)(?:user|users|member|email|login|principal|account|who|for|target|"
                           r"assignee|identity)=\S|(?:^|\s)@[\w.-]+", re.I)
# An emergency privileged ID checked out for someone (SAP GRC firefighter, a break-glass account): elevated access.
ELEVATION_KEYS = frozenset(("firefighter_id", "firefighterid", "firefighter", "ff_id", "ffid", "breakglass_account",
                            "break_glass_account", "emergency_account", "emergency_id"))
ELEVATION_FOR = frozenset(("requester", "requestor", "user", "user_id", "for_user", "assignee", "requested_for",
                           "owner", "controller", "valid_to", "valid_until", "expires", "duration"))
SUBJECT_KEYS = frozenset(("worker", "worker_id", "workerid", "employee", "employee_id", "employeeid", "upn",
                          "user", "user_id", "userid", "target"))

# A workflow started by name: `invoke_function({"function_name": "offboarding-orchestrator", "payload": {...}})`,
# a state machine or a runbook whose name says it offboards someone or brokers access.
WORKFLOW_KEYS = ("function_name", "functionname", "function", "workflow", "workflow_name", "workflow_id",
                 "state_machine", "statemachine", "state_machine_arn", "statemachinearn", "runbook", "runbook_name",
                 "automation", "flow", "flow_name", "job_name", "playbook")
LIFECYCLE_WORKFLOW = re.compile(r"(?:^|[\W_])(?:offboard\w*|deprovision\w*|leavers?|onboard\w*|joiners?|"
                                # not `create_account`: a ledger's accounts are created too
                                r"(?:disable|suspend|terminate)[-_]?(?:user|account|employee)s?|"
                                r"(?:create|provision|delete)[-_]?(?:user|employee)s?)"
                                r"(?:$|[\W_])", re.I)
ACCESS_WORKFLOW = re.compile(r"(?:^|[\W_])(?:access[-_]?broker|grant[-_]?access|access[-_]?grant|jit[-_]?access|"
                             r"add[-_]?to[-_]?group|role[-_]?assign\w*|elevat\w*|revoke[-_]?access)(?:$|[\W_])", re.I)


def workflow_hits(keys: Mapping[str, Any]) -> list[Hit]:
    name = next((keys[k] for k in WORKFLOW_KEYS if isinstance(keys.get(k), str)), None)
    if name is None or len(name) > 200:
        return []
    if LIFECYCLE_WORKFLOW.search(name):
        return [Hit("lifecycle", 0, 0, 0.8, "modify", target=name[-80:], rule="tool-identity-workflow")]
    if ACCESS_WORKFLOW.search(name):
        return [Hit("access_change", 0, 0, 0.8, "modify", target=name[-80:], rule="tool-identity-workflow")]
    return []


def shape_hits(keys: Mapping[str, Any]) -> list[Hit]:
    """Hits for one argument mapping whose keys are lower-cased."""
    path = next((keys[k] for k in PATH_KEYS if isinstance(keys.get(k), str)), None)
    if path and any(k in keys for k in CONTENT_KEYS):
        clean = path.strip().rstrip("/")
        if ACCESS_FILE.search(clean):
            return [Hit("access_change", 0, 0, 0.85, "grant", target=clean[-80:], rule="tool-write-access-file")]
        if ACCOUNT_FILE.search(clean):
            return [Hit("lifecycle", 0, 0, 0.8, "modify", target=clean[-80:], rule="tool-write-account-file")]
        written = written_file_hits(clean, next((keys[k] for k in CONTENT_KEYS if k in keys), None))
        if written:
            return written
    if ELEVATION_KEYS & set(keys) and ELEVATION_FOR & set(keys):
        return [Hit("access_change", 0, 0, 0.8, "grant", rule="tool-emergency-access")]
    if workflow := workflow_hits(keys):
        return workflow
    superior = keys.get("newsuperior") or keys.get("new_superior") or keys.get("new_parent_dn")
    if isinstance(superior, str) and "=" in superior:  # an LDAP modrdn moving the entry under another branch
        return [Hit("access_change", 0, 0, 0.8, "modify", target=superior[-80:], rule="tool-ldap-move")]
    field = next((keys[k] for k in FIELD_KEYS if isinstance(keys.get(k), str)), None)
    value = next((keys[k] for k in VALUE_KEYS if k in keys), None)
    if field is not None and value is not None:
        if STATUS_FIELD.search(field) and STATUS_VALUE.match(str(value)):
            return [Hit("lifecycle", 0, 0, 0.8, "modify", rule="tool-field-change")]
        if HR_KEY.match(field):
            return [Hit("attestation", 0, 0, 0.8, "modify", rule="tool-field-change")]
    hr = [k for k, v in keys.items() if HR_KEY.match(k) and isinstance(v, str | int) and str(v).strip()]
    if (len(hr) >= 2 or hr and SUBJECT_KEYS & set(keys)) and not any(k in keys for k in ("query", "filter", "q")):
        return [Hit("attestation", 0, 0, 0.75, "modify", rule="tool-hr-attributes")]
    return record_hits(keys)


def slash_command_hits(text: str) -> list[Hit]:
    """A chat-ops slash command that changes someone's access or account, judged by its words."""
    command = SLASH_COMMAND.match(text)
    if command is None or not SLASH_SUBJECT.search(command.group("options")):
        return []
    named = judge_name("_".join(command.group("words").split()))
    if named is None or named[0] not in ("access_change", "lifecycle"):
        return []
    return [Hit(named[0], command.start("words"), command.end(), 0.8, named[1], rule="tool-slash-command")]


def written_file_hits(path: str, content: Any) -> list[Hit]:
    """A file written whole: an owners file naming approvers, or audit evidence."""
    if OWNERS_FILE.search(path) and isinstance(content, str) and OWNER_ENTRY.search(content):
        return [Hit("access_change", 0, 0, 0.85, "modify", target=path[-80:], rule="tool-write-owners-file")]
    if isinstance(content, str) and GROUP_FILE.search(path) and MEMBER_LIST.search(content):
        return [Hit("access_change", 0, 0, 0.8, "modify", target=path[-80:], rule="tool-write-group-file")]
    if isinstance(content, str) and ROLE_MAP_FILE.search(path) and HOLDER_LIST.search(content):
        return [Hit("access_change", 0, 0, 0.8, "modify", target=path[-80:], rule="tool-write-role-map")]
    if isinstance(content, str) and not EVIDENCE_PATH.search(path) and MEMBER_ACCESS.search(content):
        return [Hit("access_change", 0, 0, 0.8, "modify", target=path[-80:], rule="tool-write-access-file")]
    return evidence_file_hits(path, content)


def is_file_path(key: str) -> bool:
    """A key of a `{"files": {path: content}}` map that is a path (`src/a.py`, `CODEOWNERS`)."""
    return "/" in key or OWNERS_FILE.search(key) is not None


def change_key_hits(mapping: Mapping[str, Any]) -> list[Hit]:
    """A key naming the change it carries, with a value (`mapping`: keys in their own case)."""
    for key, value in mapping.items():
        if not value or not isinstance(value, list | str | Mapping):
            continue
        tokens = words(str(key))
        verb = next((CHANGE_KEY_VERBS[t] for t in tokens if t in CHANGE_KEY_VERBS), None)
        if verb and CHANGE_KEY_OBJECTS.intersection(tokens) and len(tokens) <= 4:
            return [Hit("access_change", 0, 0, 0.8, verb, target=key, rule="tool-change-key")]
    return []
