"""Banking and facilities look-alikes the learned model reads as identity by their words alone: a customer's deposit
account put on hold or restricted after a KYC refresh, an ACH debit authorization revoked, a cheque book revoked, a
payment batch approved, a matrix of signing limits, the locks and keys of a branch vault replaced, a machine locked
out and tagged for maintenance. The words are those of access (account, hold, restricted, approve, role, keys
issued) but the object is money or a door: nobody's access to a system changes. Asked only of answers the model
would hold."""

from __future__ import annotations

import re

from gateway.inspection.alternation import head_first
from gateway.inspection.lowered import shared_lower

SHORT = 600  # a status line or a small table: a longer answer has room for a change beside it
# every BANKING match holds one
BANKING_WORDS = ("deposit", "savings", "checking", "loan", "customer", "cheque", "kyc", "payment batch",
                 "vendor payment", "signing", "approval limit", "signator", "overdraft", "ach", "debit", "stop payment",
                 "credit memo", "covenant", "dscr", "facility")
BANKING = re.compile(r"\b(?:deposit|savings|checking|loan|customer) accounts?\b|\bcheques?\b|\bcheque-?books?\b|"
                     r"\bkyc\b|\b(?:vendor )?payment batch(?:es)?\b|\bvendor payments?\b|"
                     r"\bsigning[- ](?:authority|limits?)\b|\bapproval limits?\b|\bsignator(?:y|ies)\b|\boverdrafts?\b|"
                     # a payment mandate: "revoke an ACH debit authorization they gave a gym", "place a stop payment"
                     r"\bach (?:debits?|authori[sz]ations?|entr(?:y|ies)|returns?)\b|\b(?:direct|recurring) debits?\b|"
                     r"\bdebit authori[sz]ations?\b|\bstop payments?\b|"
                     # a credit decision: "Credit memo, revolving facility ... Recommendation: approve"
                     r"\bcredit memos?\b|\bcovenants?\b|\bdscr\b|\b(?:revolving|credit|term loan) facilit(?:y|ies)\b")
# Words of a system's sign-in or access, or of a review: a banking answer holding one may change or attest someone's
# access as well ("the `release-bots` team can bypass required reviews on payments-core").
SYSTEM_ACCESS = re.compile(r"\b(?:users?|usernames?|logins?|log ?in|sign-?ins?|passwords?|mfa|sso|okta|entra|"
                           r"active directory|ldap|sap|iam|permissions?|entitlements?|access|admins?|administrators?|"
                           # a credit union's member is its customer: a member of a group, or a membership, is access
                           r"groups?|memberships?|members? of|credentials?|tokens?|api|ssh|portal|online banking|"
                           r"mobile banking|polic(?:y|ies)|bypass|rights|approvers?|delegat\w*|rbac|service ?accounts?|"
                           r"\w*bindings?|reviews?|reviewed|privileg\w*|sessions?|retain|keeps?|appropriate|dashboard|"
                           r"exceptions?)\b")
# A role beside money is a job's limit ("| Payments Supervisor | USD 250,000 |") unless someone is put in it.
ROLE = re.compile(r"\broles?\b")
ROLE_CHANGE = re.compile(r"\b(?:assign|grant|add|remov|revok|giv|mov|promot)(?:e|es|ed|s|d|ing|en)?\b")

# Keys one turns in a lock: "replaced the physical locks and keys on the branch vault".
PHYSICAL_WORDS = ("lock", "vault", "door", "padlock", "cabinet")
PHYSICAL = head_first(r"\b(?:physical (?:locks?|keys?)|locks?(?:mith)?s?|(?:branch|bank|safe-deposit) vaults?|doors?|"
                      r"padlocks?|cabinets?)\b")
DIGITAL_KEY = re.compile(r"\b(?:ssh|api|kms|pgp|gpg|secrets?|deploy|signing|encryption|private|public|access key|"
                         r"tokens?|certificates?|passwords?|credentials?|vault (?:token|secret|policy|path)|"
                         r"hashicorp|key vault|rotat\w*|badges?|cards?|users?|accounts?|access|revok\w*|retain\w*|"
                         r"decisions?)\b")
# A machine's energy isolated for maintenance (OSHA lockout/tagout): "authorized employees" apply padlocks to valves.
LOCKOUT_WORDS = ("tagout", "tag-out", "loto", "energy")  # every LOCKOUT_TAGOUT match holds one
LOCKOUT_TAGOUT = head_first(r"\b(?:lock-?out ?/ ?tag-?out|loto|energy isolation|zero energy|hazardous energy)\b")
ENERGY_SOURCE = re.compile(r"\b(?:hydraulic|pneumatic|electrical|psi|valves?|disconnects?|breakers?|accumulators?|"
                           r"isolation devices?|\d+ ?v)\b")

# A tool call on money: a payment batch approved, a hold placed on a deposit account.
MONEY_CALL_WORDS = ("payment", "hold", "cheque", "kyc", "wire", "invoice", "refund", "remittance", "loan")
MONEY_ARGUMENT = re.compile(r"\"(?:amount|currency|batch_id|iban|bic|swift|invoice_id)\"|fraud")
PERSON_ARGUMENT = re.compile(r"\"(?:user\w*|login|email|member\w*|group\w*|permission\w*|password|principal\w*|upn|"
                             r"sam\w*|identity|entitlement\w*)\"")


def is_banking_lookalike(content: str) -> bool:
    if len(content) > SHORT:
        return False
    low = shared_lower(content)
    if not any(map(low.__contains__, BANKING_WORDS)) or BANKING.search(low) is None:
        return False
    if SYSTEM_ACCESS.search(low):
        return False
    return not ROLE.search(low) or ROLE_CHANGE.search(low) is None


def is_physical_keys(content: str) -> bool:
    low = shared_lower(content)
    if "key" not in low or not any(map(low.__contains__, PHYSICAL_WORDS)):
        return False
    return PHYSICAL.search(low) is not None and DIGITAL_KEY.search(low) is None


def is_energy_lockout(content: str) -> bool:
    low = shared_lower(content)
    if not any(map(low.__contains__, LOCKOUT_WORDS)) or LOCKOUT_TAGOUT.search(low) is None \
            or ENERGY_SOURCE.search(low) is None:
        return False
    return DIGITAL_KEY.search(low) is None  # no account, access, badge or key of a system beside it


def is_money_call(name: str, arguments: str) -> bool:
    low_name = shared_lower(name)
    if not any(map(low_name.__contains__, MONEY_CALL_WORDS)):
        return False
    low = shared_lower(arguments)
    return MONEY_ARGUMENT.search(low) is not None and PERSON_ARGUMENT.search(low) is None
