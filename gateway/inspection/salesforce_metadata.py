"""Salesforce access in its deployable metadata XML: a profile's or permission set's `<fieldPermissions>`,
`<objectPermissions>`, `<userPermissions>` and the like, and a sharing rule's `<sharedTo>`. Deploying the block sets
who may read or edit what; a block that turns everything off narrows access, and that is a change too."""

from __future__ import annotations

import re

from gateway.inspection.patterns import Rule, compile_i

SETTINGS = ("fieldPermissions", "objectPermissions", "userPermissions", "classAccesses", "applicationVisibilities",
            "customPermissions", "pageAccesses", "tabSettings", "recordTypeVisibilities", "customMetadataTypeAccesses")
NAMES = r"field|object|name|apexClass|application|apexPage|tab|recordType"
SETTING = compile_i(
    r"<(?P<tag>" + "|".join(SETTINGS) + r")>"
    r"(?=(?:(?!</(?P=tag)>)[\s\S]){0,400}?<(?:" + NAMES + r")>(?P<target>[^<\n]{1,120})<)"
    r"(?P<body>(?:(?!</(?P=tag)>)[\s\S]){1,600}?)</(?P=tag)>")
SHARING_RULE = compile_i(
    r"<(?P<tag>sharing(?:Criteria|Owner|Guest|Territory)Rules)>(?:(?!</(?P=tag)>)[\s\S]){0,800}?"
    r"<sharedTo>\s*<\w+>(?P<target>[^<\n]{1,120})<")
GIVES = re.compile(r">\s*(?:true|Read|Edit|All|ReadWrite|DefaultOn|DefaultOff)\s*<", re.IGNORECASE)


def _setting(match: re.Match[str]) -> tuple[str, str]:
    return "access_change", "grant" if GIVES.search(match.group("body")) else "revoke"


RULES: tuple[Rule, ...] = (
    Rule("salesforce-permission-setting", tuple(f"<{tag.lower()}>" for tag in SETTINGS), SETTING, classify=_setting,
         confidence=0.8, target="target", reach=700),
    Rule("salesforce-sharing-rule", ("<sharingcriteriarules>", "<sharingownerrules>", "<sharingguestrules>",
                                     "<sharingterritoryrules>"), SHARING_RULE, kind="access_change", action="grant",
         confidence=0.8, target="target", reach=900),
)
