"""Fragments of access policies too small for the whole-document rules: the include / require list
of a Zero Trust application policy (who may sign in), and a diff that changes a policy condition
(`aws:SourceIp`, `aws:PrincipalOrgID`), whom an Entra Conditional Access policy covers or exempts, and the
groups or users a web server section lets in (Apache's `Require ldap-group ...` under `AuthType`) or a Samba share
names: each widens or narrows who gets in."""

from __future__ import annotations

import re

from gateway.inspection.patterns import Rule, compile_i

_SELECTOR = (r"(?:email(?:_domain|_list)?|everyone|group|github[-_]organization|gsuite|okta|saml|azure_?ad|"
             r"service_token|any_valid_service_token|login_method|common_name)")

RULES: tuple[Rule, ...] = (
    # Cloudflare Access: `"include": [{"email_domain": {"domain": "acme.io"}}]`
    Rule("access-policy-selectors", ("include", "require"), compile_i(
        r"[\"'](?:include|require)[\"']\s*:\s*\[\s*\{\s*[\"']" + _SELECTOR + r"[\"']\s*:"),
        "access_change", "modify", 0.8, reach=200),
    # A unified diff changing a key of a policy's Condition block: `+  "aws:SourceIp": [...]`
    Rule("policy-condition-diff", ("condition",), compile_i(
        r"[\"']condition[\"']\s*:\s*\{(?:[^\n]*\n){0,8}?[+-][ \t]*[\"'][a-z0-9-]{2,24}:[a-z][\w/-]{1,60}[\"']\s*:"),
        "access_change", "modify", 0.8, reach=900),
    # An IAM statement's actions and resources changed in a diff, without the document around it
    # (`- "Action": "*",` then `+ "Action": ["sqs:ReceiveMessage", ...]` and `"Resource": [...]`): what a principal
    # may do
    Rule("iam-action-resource", ("action",), re.compile(
        r"^[+-][ \t]*[\"']Action[\"']\s*:\s*(?:\[\s*(?:[+-][ \t]*)?)?[\"'](?:\*|[a-z0-9-]+:[\w*]+)[\"'][\s\S]{0,600}?"
        r"[\"']Resource[\"']\s*:", re.MULTILINE),
        "access_change", "modify", 0.8, reach=900),
    # An Entra Conditional Access policy: who it covers or exempts (`"excludeUsers": ["<break-glass id>"]`) beside
    # what it demands or blocks (`grantControls`): who may sign in to what, and how.
    Rule("conditional-access-users", ("includeusers", "excludeusers", "includegroups", "excludegroups",
                                      "includeroles", "excluderoles"), compile_i(
        r"[\"'](?:include|exclude)(?:Users|Groups|Roles)[\"']\s*:\s*\[\s*[\"'][^\"'\n]{2,80}[\"'][\s\S]{0,800}?"
        r"[\"'](?:grantControls|sessionControls)[\"']\s*:"),
        "access_change", "modify", 0.8, reach=1200),
    # Apache: `<Location /rx>` ... `AuthType Kerberos` ... `Require ldap-group cn=RX-Buyers,...` (not `valid-user`:
    # anyone signed in, nobody named)
    Rule("web-require-principal", ("require ldap-group", "require ldap-user", "require group", "require user",
                                   "require ldap-dn"), compile_i(
        r"^[ \t]*AuthType[ \t]+\w+[^\n]*\n(?:[^\n]*\n){0,12}?[ \t]*Require[ \t]+(?:not[ \t]+)?"
        r"(?:ldap-group|ldap-user|ldap-dn|group|user)[ \t]+\S"),
        "access_change", "grant", 0.8, reach=900),
    # Shibboleth SP: `<AccessControl>` ... `<Rule require="entitlement">urn:mace:…</Rule>`: who may reach the path
    Rule("shibboleth-access-control", ("<accesscontrol",), compile_i(
        r"<AccessControl\b[^>]*>(?:[^\n]*\n){0,8}?[^\n]*<Rule[ \t]+require=[\"'][\w:.-]+[\"'][^>]*>[^<\s]"),
        "access_change", "grant", 0.8, reach=900),
    # Samba: a share's `[section]` and who may use or write it (`valid users = @finance-ap, r.sousa`)
    Rule("samba-share-users", ("valid users", "invalid users", "read list", "write list", "admin users"), compile_i(
        r"^[ \t]*\[[^\]\n]{1,60}\][ \t]*\n(?:[^\n]*\n){0,12}?[ \t]*"
        r"(?:valid users|invalid users|read list|write list|admin users)[ \t]*=[ \t]*[@+&]?[\w$\\-]"),
        "access_change", "grant", 0.8, reach=900),
)
