"""Chat-ops commands that act on a person's account or access: a bot or slash command whose words before a `@handle`
say what happens to it (`!offboard deactivate @jlo`, `/okta suspend @m.ruiz`, `/access grant @bob prod-db`). The
words after the handle are arguments, not the command: `/remind @bob reset the server` asks nothing of an account."""

from __future__ import annotations

import re

from gateway.inspection.patterns import Rule, compile_i

LIFECYCLE_WORDS = {"offboard": "disable", "deactivate": "disable", "disable": "disable", "suspend": "disable",
                   "deprovision": "disable", "terminate": "disable", "lock": "disable", "unlock": "modify",
                   "reactivate": "create", "onboard": "create", "provision": "create", "reset-mfa": "reset",
                   "reset-password": "reset", "resetpw": "reset"}
RESET_OBJECTS = {"mfa", "2fa", "password", "pw", "factors", "totp", "account"}  # `/okta reset mfa @x`, not `reset @x`
ACCESS_WORDS = {"grant": "grant", "revoke": "revoke", "elevate": "grant", "promote": "grant", "demote": "revoke"}
COMMAND = compile_i(r"(?:^|(?<=[\s\"'`>(]))[!/](?P<words>[a-z][\w-]{1,30}(?:[ \t]+[a-z][\w-]{1,30}){0,3})[ \t]+"
                    r"@[\w.-]{2,}")


def _command(match: re.Match[str]) -> tuple[str, str] | None:
    words = match.group("words").lower().split()
    for word in words:
        if word in ACCESS_WORDS:
            return "access_change", ACCESS_WORDS[word]
    for word in words:
        if word in LIFECYCLE_WORDS:
            return "lifecycle", LIFECYCLE_WORDS[word]
    if "reset" in words and RESET_OBJECTS.intersection(words):
        return "lifecycle", "reset"
    return None


RULES: tuple[Rule, ...] = (
    Rule("chatops-account-command", (*LIFECYCLE_WORDS, *ACCESS_WORDS, "reset"), COMMAND, classify=_command,
         confidence=0.8, reach=200),
)
