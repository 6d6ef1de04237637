"""Access and accounts changed from code through SDKs the other tables do not know. An LDAP client library (ldap3,
python-ldap): a group's members modified, an account's lock, control flags or password replaced, a person's entry
added. A deploy key made with PyGithub (`repo.create_key(...)`), a Kubernetes TokenRequest
(`ServiceAccounts(ns).CreateToken(...)`), a Box folder shared (`folder.collaborate_with_login(...)`). A search or a
compare reads."""

from __future__ import annotations

import re

from gateway.inspection.patterns import Rule, compile_i, compile_s

# ldap3 writes `{"member": [(MODIFY_ADD, [...])]}`, python-ldap `(ldap.MOD_ADD, "member", [...])`.
_MOD = r"(?:MODIFY_|ldap\.MOD_|MOD_)(?P<{}>ADD|DELETE|REPLACE)"
_MEMBER_ATTRIBUTE = r"[\"'](?:member|memberUid|uniqueMember|memberOf|nsRoleDN)[\"']"
MEMBER_CHANGE = (rf"{_MEMBER_ATTRIBUTE}\s*:\s*\[?\s*\(\s*{_MOD.format('op')}\b|"
                 rf"\(\s*{_MOD.format('op2')}\s*,\s*{_MEMBER_ATTRIBUTE}")
# What replacing an account attribute does: unlocks it, switches it on or off, or sets its password.
ACCOUNT_ATTRIBUTES = {"lockouttime": "reset", "useraccountcontrol": "disable", "unicodepwd": "reset",
                      "userpassword": "reset", "pwdaccountlockedtime": "disable", "nsaccountlock": "disable",
                      "shadowexpire": "disable", "accountexpires": "disable", "pwdlastset": "reset"}
_ACCOUNT_ATTRIBUTE = r"[\"'](?P<{}>" + "|".join(ACCOUNT_ATTRIBUTES) + r")[\"']"
ACCOUNT_CHANGE = (rf"{_ACCOUNT_ATTRIBUTE.format('attr')}\s*:\s*\[?\s*\(\s*{_MOD.format('op')}\b|"
                  rf"\(\s*{_MOD.format('op2')}\s*,\s*{_ACCOUNT_ATTRIBUTE.format('attr2')}")
# A new entry of a person or an account class: `conn.add("uid=x,ou=people,...", ["inetOrgPerson", ...], {...})`.
NEW_ENTRY = (r"\.add(?:_s|_ext|_ext_s)?\(\s*f?[\"'](?:uid|cn|samaccountname)=[^\"'\n]+[\"']\s*,\s*\[?[^\]\n]{0,120}?"
             r"[\"'](?:inetOrgPerson|posixAccount|person|organizationalPerson|user|account|shadowAccount)[\"']")
# ldap3's extended operations on Active Directory and eDirectory.
EXTENDED = (r"\.extend\.(?:microsoft|novell|standard)\.(?P<op>add_members_to_groups|remove_members_from_groups|"
            r"unlock_account|modify_password)\(")
_EXTENDED_KINDS = {"add_members_to_groups": ("access_change", "grant"),
                   "remove_members_from_groups": ("access_change", "revoke"),
                   "unlock_account": ("lifecycle", "reset"), "modify_password": ("lifecycle", "reset")}
# PyGithub's `repo.create_key(title, key, read_only)`: a title string first (a KMS `create_key(Description=...)` is not)
DEPLOY_KEY_CALL = compile_s(r"\.create_key\(\s*(?:title\s*=\s*)?f?[\"'][^\"'\n]*[\"']\s*,")


# The same replace as a JSON change list (`{"dn": "uid=x,…", "replace": {"nsAccountLock": "false"}}`)
JSON_ACCOUNT_CHANGE = (r"[\"'](?:replace|add)[\"']\s*:\s*\{[^{}]{0,200}?" + _ACCOUNT_ATTRIBUTE.format("attr") +
                       r"\s*:")


def _member_change(match: re.Match[str]) -> tuple[str, str]:
    return "access_change", "revoke" if (match.group("op") or match.group("op2")) == "DELETE" else "grant"


def _account_change(match: re.Match[str]) -> tuple[str, str]:
    groups = match.groupdict()  # JSON_ACCOUNT_CHANGE has no `attr2`
    return "lifecycle", ACCOUNT_ATTRIBUTES[(groups["attr"] or groups["attr2"]).lower()]


EBS_USER_ACTIONS = {"createuser": "create", "disableuser": "disable", "updateuser": "modify"}

RULES: tuple[Rule, ...] = (
    Rule("ldap-client-members", ("member", "nsroledn"), compile_i(MEMBER_CHANGE), classify=_member_change,
         confidence=0.85, reach=80),
    Rule("ldap-client-account", tuple(ACCOUNT_ATTRIBUTES), compile_i(ACCOUNT_CHANGE), classify=_account_change,
         confidence=0.85, reach=80),
    Rule("ldap-json-account", tuple(ACCOUNT_ATTRIBUTES), compile_i(JSON_ACCOUNT_CHANGE), classify=_account_change,
         confidence=0.85, reach=220),
    Rule("ldap-client-new-entry", (".add(", ".add_s(", ".add_ext"), compile_s(NEW_ENTRY), "lifecycle", "create", 0.85,
         reach=250),
    Rule("ldap-client-extended", (".extend.",), compile_s(EXTENDED),
         classify=lambda m: _EXTENDED_KINDS[m.group("op")], confidence=0.85),
    # a deploy key is a key made and its repository's access given (read_only or not)
    Rule("pygithub-deploy-key", (".create_key(",), DEPLOY_KEY_CALL, "access_change", "grant", 0.8, reach=200),
    Rule("pygithub-deploy-key-made", (".create_key(",), DEPLOY_KEY_CALL, "lifecycle", "create", 0.8, reach=200),
    Rule("box-collaboration", (".collaborate",), compile_s(
        r"\.collaborate(?:_with_login|_with_group_id)?\(\s*[^()\n]{1,120}?,\s*(?:[\w.]*Role\.\w+|[\"'][\w ]+[\"'])"),
        "access_change", "grant", 0.85),
    # Oracle E-Business Suite's user API: a responsibility (a role) added or end-dated, an account made or disabled
    Rule("oracle-ebs-responsibility", ("fnd_user_pkg.", "fnd_user_resp_groups_api."), compile_i(
        r"\bfnd_user_pkg\.(?P<op>addresp|delresp)\b|\bfnd_user_resp_groups_api\.(?:insert|update|upload)_assignment\b"),
        classify=lambda m: ("access_change", "revoke" if (m.group("op") or "").lower() == "delresp" else "grant"),
        confidence=0.85),
    Rule("oracle-ebs-user", ("fnd_user_pkg.",), compile_i(
        r"\bfnd_user_pkg\.(?P<op>createuser|disableuser|updateuser)\b"),
        classify=lambda m: ("lifecycle", EBS_USER_ACTIONS[m.group("op").lower()]), confidence=0.85),
    # A 1Password service account made with access to named vaults: an account and the vaults' access.
    Rule("op-service-account-vaults", ("op service-account create",), compile_i(
        r"\bop\s+service-account\s+create\b[^\n]*?\s--vault[ =]"), "access_change", "grant", 0.8),
    Rule("k8s-token-request", ("createtoken(", "service_account_token("), compile_s(
        r"ServiceAccounts\([^)\n]*\)\s*\.\s*CreateToken\(|\bcreate_namespaced_service_account_token\("),
        "lifecycle", "create", 0.85),
)
