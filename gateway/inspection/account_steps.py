"""Account steps named in a product's own terms. Commands that issue or reset a credential without the words
"user" or "password": a Kubernetes
client-certificate request approved (`kubectl certificate approve`: the signed certificate is the user's login)
and a privileged-access vault told to change or reconcile an account's password (CyberArk's
`Invoke-PASCPMOperation -ChangeTask` / `-ReconcileTask`, the PVWA `/Accounts/<id>/Change` and `/Reconcile` calls).
Denying a request or verifying a password only reads. A workflow's connector step that changes an account
(an Okta Workflows card `okta.deactivateUser`); the read steps (`okta.readUser`) do not."""

from __future__ import annotations

from gateway.inspection.patterns import Rule, action_of, compile_i

RULES: tuple[Rule, ...] = (
    Rule("k8s-csr-approve", ("certificate approve",), compile_i(
        r"\b(?:kubectl|oc)\b[^\n|;&]{0,60}?\s+certificate\s+approve\s+[\w.-]+"),
        "lifecycle", "create", 0.85),
    Rule("cyberark-cpm", ("pascpmoperation", "/reconcile", "/change"), compile_i(
        r"\bInvoke-PASCPMOperation\b[^\n|;]{0,120}?-(?P<task>ChangeTask|ReconcileTask)\b|"
        r"\bPasswordVault/API/Accounts/[\w%-]+/(?:Reconcile|Change)\b"),
        "lifecycle", "reset", 0.85),
    # a command told by a switch to make or remove accounts: `Invoke-GradProvisioning -Csv x.csv -CreateAccounts`,
    # `sync.py --create-users`, `--disable-accounts` (a `--dry-run` beside it changes nothing)
    Rule("account-switch", ("-createaccount", "-createuser", "--create-account", "--create-user", "-disableaccount",
                            "-disableuser", "--disable-account", "--disable-user", "-deleteaccount", "-deleteuser",
                            "--delete-account", "--delete-user"), compile_i(
        r"(?<=\s)(?<!the )(?<!a )(?<!an )--?(?P<verb>create|disable|delete)-?(?:user|account)s?\b"
        r"(?!`?\s+(?:flag|switch|option|parameter|argument)s?\b)(?![^\n]*(?:--dry-run|-WhatIf|--what-if)\b)"),
        classify=lambda m: ("lifecycle", m.group("verb").lower()), confidence=0.8),
    Rule("okta-workflows-card", ("okta.",), compile_i(
        r"[\"']okta\.(?P<verb>create|activate|reactivate|deactivate|suspend|unsuspend|delete|unlock)User[\"']"),
        classify=lambda m: ("lifecycle", action_of(m.group("verb").lower(), "modify")), confidence=0.85),
)
