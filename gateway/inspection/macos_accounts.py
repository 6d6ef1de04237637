"""macOS local accounts from the command line: `sysadminctl` creates, deletes and resets users (its
`-admin` flag also makes the new user an administrator), `dseditgroup` and `dscl` change group
membership (the `admin` group is local admin rights). Read by the structured detector."""

from __future__ import annotations

import re

from gateway.inspection.patterns import Rule, compile_s

SYSADMINCTL = compile_s(r"\bsysadminctl\b[^\n;&|`]*?\s-(?P<verb>addUser|deleteUser|resetPasswordFor|secureTokenOn|"
                        r"secureTokenOff)\b[^\n;&|`]*")
# `-admin` after `-addUser`: the account is created inside the admin group.
CREATED_ADMIN = compile_s(r"\bsysadminctl\b[^\n;&|`]*?\s-addUser\b[^\n;&|`]*?\s-admin\b")
# `dseditgroup -o edit -a ann -t user admin`, `-d` to take a member out
DSEDITGROUP = compile_s(r"\bdseditgroup\s+(?:-[nu]\s+\S+\s+)*-o\s+edit\b[^\n;&|`]*?\s-(?P<flag>[ad])\s+\S+[^\n;&|`]*")
# `dscl . -append /Groups/admin GroupMembership ann`, `-delete ... GroupMembership ann`
DSCL_GROUP = compile_s(r"\bdscl\s+\S+\s+-(?P<verb>append|merge|create|delete)\s+/Groups/\S+\s+"
                       r"(?:GroupMembership|GroupMembers)\b[^\n;&|`]*")


def _sysadminctl(match: re.Match) -> tuple[str, str]:
    verb = match.group("verb")
    return "lifecycle", {"addUser": "create", "deleteUser": "delete"}.get(verb, "reset")


RULES = (
    Rule("sysadminctl", ("sysadminctl",), SYSADMINCTL, classify=_sysadminctl, confidence=0.85),
    Rule("sysadminctl-admin", ("sysadminctl",), CREATED_ADMIN, "access_change", "grant", 0.85),
    Rule("dseditgroup", ("dseditgroup",), DSEDITGROUP,
         classify=lambda m: ("access_change", "revoke" if m.group("flag") == "d" else "grant"), confidence=0.85),
    Rule("dscl-group", ("dscl",), DSCL_GROUP,
         classify=lambda m: ("access_change", "revoke" if m.group("verb") == "delete" else "grant"), confidence=0.85),
)
