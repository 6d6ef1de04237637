"""Identity changes made from code through a cloud SDK: a client method named like a tool
(`iam.create_access_key(UserName=user)`, `cognito.admin_disable_user(UserPoolId=..., Username=...)`)
called with a principal's name among its keyword arguments is judged by its name, as a tool is; and any client's
method that deletes, disables or unlocks one account."""

from __future__ import annotations

import re

from gateway.inspection.patterns import Rule, action_of

# `client.method_name(` with a principal keyword (AWS SDK casing) among the first arguments of the call.
SDK_CALL = re.compile(r"\b[A-Za-z_]\w*\.(?P<method>[a-z]+(?:_[a-z0-9]+)+)\(\s*(?:[^()\n]{0,160}?,\s*)?"
                      r"(?:UserName|Username|RoleName|GroupName|UserId|PrincipalId)\s*=\s*(?!None\b)[\w\"'f]")


def _judged(match: re.Match) -> tuple[str, str | None] | None:
    from gateway.inspection.tool_names import judge_name  # tool_names imports patterns, as this module does

    named = judge_name(match.group("method"))
    return named if named and named[0] in ("access_change", "lifecycle") else None


# Any client's method that deletes, disables or unlocks an account, called on one account's id or name in a script
# (`portal.delete_guest(g.id)`, `client.suspend_user(u["id"])`, `api.unlock_account(login)`).
ACCOUNT_METHOD = re.compile(r"\b[A-Za-z_]\w*\.(?P<verb>delete|disable|suspend|deactivate|deprovision|lock|unlock|"
                            r"remove|purge|expire)_(?:guest|user|account|member|login)(?:_account)?\(\s*"
                            r"(?:[A-Za-z_]\w*(?:\.\w+|\[[\"']?\w+[\"']?\])?)\s*\)")


RULES: tuple[Rule, ...] = (
    Rule("sdk-call", ("username", "rolename", "groupname", "userid", "principalid"), SDK_CALL,
         classify=_judged, confidence=0.8, reach=200),
    Rule("sdk-account-method", ("_guest(", "_user(", "_account(", "_member(", "_login("), ACCOUNT_METHOD,
         classify=lambda m: ("lifecycle", action_of(m.group("verb"), "disable")), confidence=0.8, reach=200),
)
