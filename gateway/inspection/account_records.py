"""Accounts that are records of money or of customers, not logins: a general-ledger account deactivated in the chart
of accounts, a CRM Account (a customer company) created or merged, a customer's account blocked for its credit
limit, an account entity in a ledger service, a sales territory's accounts handed to another rep. The verbs are
those of a login's lifecycle (create, delete, disable, block an account); what the answer does with the account
says which it is: its balance merged, postings, journal entries, opportunities linked, a credit limit, a currency,
a territory, renewals. Such an answer that names nothing of a sign-in or of
access anywhere (in its prose, its tool names or their arguments) changes nobody's access, so its prose lifecycle
read, and the learned one, weigh below the holding line."""

from __future__ import annotations

import re
from collections.abc import Iterable

from gateway.inspection.alternation import head_first
from gateway.inspection.lowered import shared_lower

LONG = 1500  # a longer answer has room for a login's step beside the bookkeeping
ACCOUNT_WORDS = ("account", "conta", "cuenta", "compte", "konto")
ACCOUNT = re.compile(r"\b(?:accounts?|contas?|cuentas?|comptes?|konten|kontos?)\b")
# What is done with a money or customer record (every match holds one of RECORD_WORDS), tried only where its
# head words stand (head_first: a search behind a `\b` tried every position of the answer).
RECORD_WORDS = ("chart", "ledger", "posting", "journal", "balance", "credit", "crédit", "opportunit", "currency",
                "record", "compan", "crm", "sobject", "buchung", "saldo", "lançamento", "asiento", "écriture",
                "territor", "account executive", "renewal", "key account", "sdr", "bdr", "quota", "book of business",
                "upsell", "mid-market")
RECORD = head_first(r"\bchart[- ]of[- ]accounts\b|\b(?:general[- ])?ledgers?\b|\bpostings?\b|\bjournal entr(?:y|ies)\b|"
                    r"\bbalances?\b|\bcredit[ _]limits?\b|\blimites? de cr[ée]dit[oe]?\b|\bkreditlimit\w*|"
                    r"\bopportunit(?:y|ies)\b|\bcurrency\b|\baccount records?\b|\bcustomer compan(?:y|ies)\b|"
                    r"(?<![-_])\bcrm\b(?![-_])|"
                    r"\bsobject\W+account\b|\bbuchung(?:en)?\b|\bsaldos?\b|\blançamentos?\b|\basientos?\b|"
                    r"\bécritures?\b|"
                    # a salesperson's customers: "take over the Benelux territory", "key accounts with renewals in Q3"
                    r"\bsales territor(?:y|ies)\b|\bterritory plan\b|\baccount executives?\b|\brenewals?\b|"
                    r"\bkey accounts?\b|\b(?:sdrs?|bdrs?)\b|\bsales quotas?\b|\bbook of business\b|\bupsell\w*|"
                    r"\bmid-market\b")
# A login denied in so many words: "it's a customer company, not a login".
NOT_A_LOGIN = re.compile(r"\bnot (?:a |an |the )?(?:user(?: account)?|login|log-?in|sign-?in)\b")
KEY_ACCOUNTS = re.compile(r"\bkey accounts?\b")
# Words of a system's sign-in, of access or of a person's identity: an answer holding one may be about a login.
SIGN_IN = re.compile(r"\b(?:users?|usernames?|logins?|log ?in|sign-?ins?|passwords?|passwort\w*|kennw[oö]rt\w*|"
                     r"senhas?|contraseñas?|mot de passe|mfa|2fa|sso|okta|entra|active directory|ldap|iam|idps?|"
                     r"identity providers?|"
                     r"permissions?|entitlements?|access|acesso|acceso|accès|zugang\w*|admins?|administrators?|"
                     r"members?(?:hips?)?|credentials?|tokens?|api keys?|keys?|secrets?|ssh|roles?|"
                     r"mailbox(?:es)?|employees?|staff|leavers?|joiners?|offboard\w*|onboard\w*|contractors?|"
                     r"benutzer\w*|usuari\w*|usuári\w*|utilisateur\w*|utilizador\w*|utent\w*|"
                     r"service ?accounts?|sessions?|identit(?:y|ies)|privileg\w*|rbac|sign(?:ed)? (?:in|on)|"
                     # the same in other languages, and a login's names: "AD-Konto", "svc-crm-sync"
                     r"gruppe\w*|grupos?|groupes?|zugriff\w*|postf[aä]ch\w*|austritt\w*|vpn|ad|svc[-_][\w-]+|"
                     r"exceptions?)\b")


def is_record_accounts(content: str, calls: Iterable[tuple[str, str]] = ()) -> bool:
    """The answer's accounts are money or customer records and nothing in it is of a login (`calls`: the
    (name, arguments) of its tool calls)."""
    text = "\n".join([content, *(f"{name} {arguments}" for name, arguments in calls)])
    if len(text) > LONG:
        return False
    low = shared_lower(text)
    if not any(map(low.__contains__, ACCOUNT_WORDS)) or not any(map(low.__contains__, RECORD_WORDS)):
        return False
    if ACCOUNT.search(low) is None or RECORD.search(low) is None:
        return False
    if "not " in low:
        low = NOT_A_LOGIN.sub(" ", low)
    if "key account" in low:
        low = KEY_ACCOUNTS.sub(" ", low)  # a salesperson's biggest customers, not a key
    return SIGN_IN.search(low) is None
