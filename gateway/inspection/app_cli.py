"""Command lines of application and cloud tools that change who may do what: WP-CLI role and
capability changes (`wp user set-role jdoe editor`), an Azure service principal created with a
role already assigned (`az ad sp create-for-rbac --role Contributor`), and any tool's update that sets an HR /
IdP attribute by flag (`okta_bulk.py update-attr --attr managerId --csv reorg.csv`, `hris set --manager ...`); and
Perforce's users, passwords, groups and protections table (`p4 user -i -f`, `p4 passwd`, `p4 group -i`,
`p4 protect -i`; `-o` only prints a spec); a JupyterHub API token or a Slurm cluster's MUNGE key made; Grouper's
shell adding or deleting a member."""

from __future__ import annotations

import re

from gateway.inspection.patterns import Rule, compile_i

_REVOKING = ("remove-role", "remove-cap", "revoke")


def _wp_user(match: re.Match) -> tuple[str, str]:
    verb = match.group("verb").lower()
    if verb in _REVOKING:
        return "access_change", "revoke"
    return "access_change", "modify" if verb == "set-role" else "grant"


# Perforce's global options before the command: `p4 -p ssl:perforce:1666 -u admin user -i -f`; the command where a
# shell line, a pipe or a code span starts it ("a p4 group bundles users" names the feature).
_P4 = r"(?<![\w.-])p4\s+(?:-[a-zA-Z]\s+[^\s-]\S*\s+|-[a-zA-Z]+\s+)*"
_COMMAND_POSITION = re.compile(r"(?:^|[|;&`\"'(])[ \t]*(?:\$[ \t]*)?(?:sudo[ \t]+)?\Z", re.M)
_P4_FLAGS = r"(?P<flags>(?:[ \t]+-[a-zA-Z]+)*)"


def _p4(match: re.Match) -> tuple[str, str] | None:
    command, flags = match.group("cmd").lower(), match.group("flags").split()
    text = match.string
    if _COMMAND_POSITION.search(text, text.rfind("\n", 0, match.start()) + 1, match.start()) is None or "-o" in flags:
        return None  # named in a sentence, not run; or the spec printed: a lookup
    if command == "passwd":
        return "lifecycle", "reset"
    if command == "user":  # a user made or changed from a spec (`-i`), or deleted (`-d`)
        return ("lifecycle", "delete") if "-d" in flags else ("lifecycle", "create") if "-i" in flags else None
    if not {"-i", "-d", "-a", "-A"}.intersection(flags):
        return None  # the editor opened on a spec: what it becomes is not shown
    return "access_change", "revoke" if "-d" in flags else "modify"  # a group's members, the protections table


# Fields of a person only: an end date or a cost centre is also a sprint's or a cloud resource's.
_HR_FIELD = (r"(?:manager|supervisor)(?:[-_]?(?:id|email|upn|login))?|department(?:[-_]?(?:id|name))?|"
             r"employment[-_]?status|termination[-_]?date")
# An update verb in the tool's words, then the field named by a flag: as the value of an attribute flag
# (`--attr managerId`, `--field=department`) or as the flag itself with a value (`--manager-id 00u7c`).
HR_FLAG = compile_i(r"\b(?:update|set|modify|patch|edit|change|sync|bulk[-_]update)(?:[-_][\w-]+)?\b[^\n|;&#]{0,120}?"
                    r"\s--?(?:(?:attr|attribute|attributes|field|fields|property)[ \t=]+['\"]?(?:" + _HR_FIELD +
                    r")\b|(?:" + _HR_FIELD + r")[ \t=]+['\"]?[\w@.$<{-])")
HR_FLAG_ANCHORS = ("--attr", "--field", "--propert", "--manager", "--supervisor", "--department", "--employment",
                   "--termination")

def _granted_or_revoked(match: re.Match) -> tuple[str, str]:
    """Access given or taken by the rule's verb: `delMember`, `revokePriv`, `removeEditor`, `deny:` take it."""
    revoking = match.group("verb").lower().startswith(("del", "revoke", "remove", "deny"))
    return "access_change", "revoke" if revoking else "grant"


RULES: tuple[Rule, ...] = (
    # CUPS: who may print to a queue (`lpadmin -p CHEQUE-PRN -u allow:@finance,mjacobs`)
    Rule("cups-printer-users", ("lpadmin",), compile_i(
        r"\blpadmin\b[^\n]*?[ \t]-u[ \t]+(?P<verb>allow|deny):(?P<principal>[\w@.,-]+)"),
         classify=_granted_or_revoked,
         principal="principal", confidence=0.8, reach=300),
    # Google Apps Script sharing a file or folder: `folder.addEditor('n.lindqvist@snowsafe.se')`, `removeViewer(…)`
    Rule("apps-script-share", (".addeditor", ".addviewer", ".addcommenter", ".removeeditor", ".removeviewer",
                               ".removecommenter"), compile_i(
        r"\.(?P<verb>addEditors?|addViewers?|addCommenters?|removeEditor|removeViewer|removeCommenter)\(\s*"
        r"(?:\[\s*)?[\"'](?P<principal>[^\"'@\s]+@[^\"'\s]+)[\"']"), classify=_granted_or_revoked,
         principal="principal", confidence=0.8, reach=300),
    # ... to each address a variable holds, on a DriveApp file or folder: `folder.addCommenter(email)` in a loop
    Rule("apps-script-share-each", ("driveapp",), compile_i(
        r"\.(?P<verb>addEditors?|addViewers?|addCommenters?|removeEditor|removeViewer|removeCommenter)\(\s*"
        r"[A-Za-z_][\w.]*(?:\[\w+\])?\s*\)"), classify=_granted_or_revoked, confidence=0.8, reach=2000),
    # Internet2 Grouper's shell: `delMember("ref:research:labs:okonkwo", "lzhou")`, `grantPriv(…)`; not `getMembers`
    Rule("grouper-gsh", ("addmember(", "delmember(", "grantpriv(", "revokepriv("), compile_i(
        r"\b(?P<verb>addMember|delMember|grantPriv|revokePriv)\(\s*[\"'](?P<target>[\w:.-]{3,200})[\"']\s*,\s*"
        r"[\"'](?P<principal>[^\"'\n]{2,80})[\"']"), classify=_granted_or_revoked, target="target",
         principal="principal", confidence=0.8, reach=300),
    # `wp user list --role=editor` and `wp role list` only read; super-admin grant/revoke is network-wide admin.
    Rule("wp-user-role", ("wp user", "wp super-admin"), compile_i(
        r"\bwp\s+(?:user\s+(?P<verb>set-role|add-role|remove-role|add-cap|remove-cap)|"
        r"super-admin\s+(?P<verb2>add|remove))\s+[\w.@-]+"),
        classify=lambda m: _wp_user(m) if m.group("verb") else (
            "access_change", "revoke" if m.group("verb2").lower() == "remove" else "grant"),
        confidence=0.85, starts=("wp user", "wp super-admin")),
    # A WordPress user created with its role (`wp user create nadia nadia@x --role=contributor`)
    Rule("wp-user-create-role", ("wp user create",), compile_i(
        r"\bwp\s+user\s+create\b[^\n]*?\s--role[= ]['\"]?[\w-]+"),
        classify=lambda m: ("access_change", "grant"), confidence=0.85, starts=("wp user create",)),
    # A principal created with a role (and scope) assigned in the same command: the creation is lifecycle
    # (shell.az-lifecycle), the role is access. Without --role (or with --skip-assignment) no role is given.
    Rule("az-sp-rbac-role", ("create-for-rbac",), compile_i(
        r"\baz\s+ad\s+sp\s+create-for-rbac\b(?:[^\n]|\\\n)*?\s--role[\s=]+['\"]?[\w -]+"),
        "access_change", "grant", 0.85, reach=300),
    Rule("p4-identity", ("p4 ",), compile_i(_P4 + r"(?P<cmd>user|passwd|group|protect)\b" + _P4_FLAGS),
         classify=_p4, confidence=0.85, starts=("p4",)),
    Rule("hr-attribute-flag", HR_FLAG_ANCHORS, HR_FLAG, "attestation", "modify", 0.8),
    # An API token minted for a JupyterHub user or service (`jupyterhub token --db=... idle-culler`), and a Slurm
    # cluster's MUNGE key made anew (`mungekey --create --force`, `create-munge-key -f`): a credential every node
    # signs in with, so the old one stops working.
    Rule("cluster-credentials", ("jupyterhub token", "mungekey", "create-munge-key"), compile_i(
        r"\bjupyterhub\s+token\b(?:\s+--?[\w-]+(?:=\S+)?)*\s+[a-z][\w.@-]*|"
        r"\b(?P<munge>mungekey\s+(?:-\w+\s+)*(?:-c\b|--create\b)|create-munge-key\b)"),
        classify=lambda m: ("lifecycle", "reset" if m.group("munge") else "create"), confidence=0.8),
)
