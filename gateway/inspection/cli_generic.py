"""Any command-line tool, judged by its subcommands when no known CLI rule matched: `kcadm.sh
create users -r clinic`, `az devops security group membership add --group-id ...`, `openstack role
add --user ...`. The subcommand words are read like a tool's name (tool_names.judge_name): a verb
and an access or account object. A command is a lower-case program, one to six lower-case
subcommand words, then a flag within the next few arguments; prose rarely has that shape."""

from __future__ import annotations

import re
from bisect import bisect_left

from gateway.inspection.hits import Hit, privilege_of
from gateway.inspection.tool_names import judge_name

ANCHORS = (" -",)
COMMAND = re.compile(
    r"(?:sudo[ \t]+)?(?P<prog>[a-z][\w.-]*)(?P<subs>(?:[ \t]+[a-z][a-z0-9]*(?:[-_:][a-z0-9]+)*){1,6})"
    r"(?:[ \t]+(?P<path>[a-z][a-z-]*)/\S*)?"  # `update users/$USER_ID`: the collection is the object
    r"(?=(?:[ \t]+[^\s\\-]\S*){0,3}(?:[ \t]+\\\r?\n)?[ \t]+--?[a-z])")  # its flags may follow a `\` line break
# Where a command can start on a line: its beginning (after a prompt, a bullet or a quote), a
# backtick, or a shell operator.
STARTS = re.compile(r"^[ \t]*(?:[$>#][ \t]*|[-*][ \t]+|\d+[.)][ \t]+)?|`|[\"']|&&[ \t]*|\|\|?[ \t]*|;[ \t]*|"
                    r"\$\([ \t]*", re.M)  # and a command substituted: `PW=$(az acr token credential generate ...)`
# Package managers, builders and VCS: their subcommands name packages, repos and files, not people.
NOT_IDENTITY = frozenset((
    "git", "docker", "npm", "npx", "yarn", "pnpm", "pip", "pip3", "helm", "terraform", "apt", "apt-get", "brew",
    "cargo", "go", "make", "conda", "poetry", "python", "python3", "node", "java", "mvn", "gradle", "systemctl",
    "ansible", "ansible-playbook", "ansible-galaxy", "dnf", "yum", "snap", "gem", "bundle", "dotnet", "rustup",
))
# Subcommands about infrastructure: "group" there is a resource or security group, not people.
RESOURCE_WORDS = frozenset((
    "resource", "network", "security", "log", "logs", "node", "instance", "target", "scaling", "subnet",
    "cache", "parameter", "option", "placement", "consumer", "db", "cluster", "volume", "rule", "firewall",
    "storage", "deployment", "batch", "automation", "billing", "vm", "app", "function", "webapp", "container",
))
PEOPLE_WORDS = frozenset(("member", "members", "membership", "memberships", "user", "users"))
# An identity provider's admin CLI: its `clients` are OAuth clients, made or deleted (`kcadm.sh create clients`).
IDP_PROGRAMS = frozenset(("kcadm.sh", "kcadm"))
CLIENT_OPS = {"create": "create", "delete": "delete"}
# A credential renewed in place (`az storage account keys renew`, `az acr credential renew`, `az search admin-key
# renew`): the old key stops working for every client holding it, even under a resource's subcommands.
ROTATED = frozenset(("key", "keys", "credential", "credentials", "password", "passwords", "secret", "secrets",
                     "token", "tokens"))
# (`az acr token credential generate` makes a new password for the token)
ROTATIONS = frozenset(("renew", "regenerate", "rotate", "roll", "reset", "generate"))
# Encryption keys and certificates are rotated too, but they are no one's credential.
ENCRYPTION_WORDS = frozenset(("keyvault", "kms", "encryption", "cmk", "gpg", "pgp", "certificate", "cert", "tls",
                              "ssl", "disk"))
SPLIT = re.compile(r"[\s:_-]+")
NAMED = re.compile(r"[-\d]")  # a word with a hyphen or a digit: a name given, not a subcommand
# What COMMAND's lookahead needs on the line: a line without one (a bullet list) cannot hold a command.
FLAG = re.compile(r"[ \t]--?[a-z]")


def command_hits(text: str, found: dict[str, list[int]]) -> list[Hit]:
    """Hits for the commands on every line holding a flag (` -x`, ` --x`)."""
    hits: list[Hit] = []
    flags = found[" -"]
    i = 0
    while i < len(flags):  # each line once, however many flags it holds
        start = text.rfind("\n", 0, flags[i]) + 1
        if text.endswith("\\\n", 0, start) and FLAG.search(text, start, flags[i]) is None:
            start = text.rfind("\n", 0, start - 1) + 1  # the command on the line before, continued by its `\`
        end = text.find("\n", flags[i])
        end = len(text) if end < 0 else end
        i = bisect_left(flags, end, i + 1)
        if FLAG.search(text, start, end) is None:
            continue
        for opening in STARTS.finditer(text, start, end):
            hit = _judge(COMMAND.match(text, opening.end(), end))
            if hit is not None:
                hits.append(hit)
                break
    return hits


CREDENTIAL_PROGRAMS = frozenset(("apikey", "apikeys", "api-key", "api-keys", "token", "tokens"))
TOKEN_OPS = {"create": "create", "add": "create", "new": "create", "revoke": "disable", "delete": "delete",
             "rotate": "reset", "regenerate": "reset"}
# A person's account switched off or back on by a flag: `-s enabled=false`, `--disabled`, `enabled=true`.
STATE_FLAG = re.compile(r"\benabled\s*=\s*(?P<off>false)\b|--(?P<off2>disabled?)\b|--enabled[= ](?P<off3>false)\b|"
                        r"\b(?:is)?(?P<off4>frozen\s*=\s*true|active\s*=\s*false)\b|"
                        r"\benabled\s*=\s*true\b|--enabled[= ]true\b", re.I)
# A command typed into an application's own shell starts at its object: `user delete --username x` (Ericsson ENM).
OBJECT_PROGRAMS = frozenset(("user", "users", "member", "members", "role", "roles", "group", "groups"))
# A record command on people by its object flag: `sf data update record --sobject UserLogin ...`.
PEOPLE_OBJECT = re.compile(r"--sobject\s+(?:User|UserLogin)\b|--(?:type|kind|object)\s+users?\b", re.I)


def _judge(match: re.Match | None) -> Hit | None:
    if match is None:
        return None
    words = [w for w in SPLIT.split(match.group("subs").strip()) if w]
    if match.group("path"):
        words.append(match.group("path"))
    if match.group("prog") in OBJECT_PROGRAMS:  # `cmd.execute("user delete --username x")`: an app's own shell
        words.insert(0, match.group("prog"))
    if words[0] in ("token", "tokens") and len(words) > 1 and words[1] in TOKEN_OPS:
        return _hit(match, "lifecycle", TOKEN_OPS[words[1]])  # `npm token create`, `vault token revoke`
    if match.group("prog") in CREDENTIAL_PROGRAMS and words[0] in TOKEN_OPS:
        return _hit(match, "lifecycle", TOKEN_OPS[words[0]])  # `apikey create --consumer bascula-z1`
    if match.group("prog") in NOT_IDENTITY:
        return None
    if match.group("prog") in IDP_PROGRAMS and words[0] in CLIENT_OPS and words[1:2] == ["clients"]:
        return _hit(match, "lifecycle", CLIENT_OPS[words[0]])
    if not ROTATIONS.isdisjoint(words) and not ROTATED.isdisjoint(words):
        if match.group("prog") in ENCRYPTION_WORDS or not ENCRYPTION_WORDS.isdisjoint(words):
            return None  # `az keyvault key rotate`: a data encryption key
        return _hit(match, "lifecycle", "reset")
    if match.group("prog") == "az" and words[0] in ("group", "policy"):
        return None  # an Azure resource group; Azure Policy governs resources, not who may use them
    if RESOURCE_WORDS.intersection(words) and not PEOPLE_WORDS.intersection(words):
        return None
    judged = judge_name("_".join(words))
    if judged is None and not match.group("path") and len(units := match.group("subs").split()) > 2 \
            and NAMED.search(units[-1]):  # `openstack application credential create tf-ci-astro`: the last word names
        judged = judge_name("_".join(w for unit in units[:-1] for w in SPLIT.split(unit) if w))  # the new thing
    if judged is None and (PEOPLE_WORDS.intersection(words)  # `kcadm.sh update users/$ID -s enabled=false`
                           or PEOPLE_OBJECT.search(match.string, match.end(), match.end() + 200)):  # `--sobject User`
        flag = STATE_FLAG.search(match.string, match.end(), match.end() + 200)
        if flag is not None:
            off = flag.group("off") or flag.group("off2") or flag.group("off3") or flag.group("off4")
            judged = ("lifecycle", "disable" if off else "modify")
    if judged is None or judged[0] not in ("access_change", "lifecycle"):
        return None
    return _hit(match, *judged)


def _hit(match: re.Match, kind: str, action: str | None) -> Hit:
    return Hit(kind, match.start(), match.end(), 0.8, action,
               privilege=privilege_of(match.group(0)) if kind == "access_change" else None, rule="cli-generic")
