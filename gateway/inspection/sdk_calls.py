"""Identity changes made from code through a cloud SDK: a client method named like a tool
(`iam.create_access_key(UserName=user)`, `cognito.admin_disable_user(UserPoolId=..., Username=...)`)
called with a principal's name among its keyword arguments is judged by its name, as a tool is."""

from __future__ import annotations

import re

from gateway.inspection.patterns import Rule

# `client.method_name(` with a principal keyword (AWS SDK casing) among the first arguments of the call.
SDK_CALL = re.compile(r"\b[A-Za-z_]\w*\.(?P<method>[a-z]+(?:_[a-z0-9]+)+)\(\s*(?:[^()\n]{0,160}?,\s*)?"
                      r"(?:UserName|Username|RoleName|GroupName|UserId|PrincipalId)\s*=\s*(?!None\b)[\w\"'f]")


def _judged(match: re.Match) -> tuple[str, str | None] | None:
    from gateway.inspection.tool_names import judge_name  # tool_names imports patterns, as this module does

    named = judge_name(match.group("method"))
    return named if named and named[0] in ("access_change", "lifecycle") else None


RULES: tuple[Rule, ...] = (
    Rule("sdk-call", ("username", "rolename", "groupname", "userid", "principalid"), SDK_CALL,
         classify=_judged, confidence=0.8, reach=200),
)
