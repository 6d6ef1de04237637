"""A new account written up as a record of its fields, with the role or the groups it was given: "New administrator
account for the permits back-office: - Username: `s.achterberg` - Role template: Permits Officer (Senior)". The
account made is a lifecycle step; the role in its record is access given with it."""

from __future__ import annotations

import re

from gateway.inspection.hits import Hit

HEAD_REACH = 300  # the record's title stands in its first lines
NEW_ACCOUNT = re.compile(r"\bnew\s+(?:[\w-]+\s+){0,2}(?:user\s+)?account\b|\baccount\s+(?:was\s+|has\s+been\s+)?"
                         r"(?:created|provisioned|set\s+up)\b")
NAME_FIELD = re.compile(r"^[ \t]*(?:[-*\u2022][ \t]*)?\**(?:username|user ?name|login name|user id|upn|account name)"
                        r"\**[ \t]*:", re.M)
ROLE_FIELD = re.compile(r"^[ \t]*(?:[-*\u2022][ \t]*)?\**(?:roles?(?: templates?)?|security roles?|groups?|"
                        r"access level|permission sets?|access profile)\**[ \t]*:\**[ \t]*"
                        r"(?!(?:none|n/a|tbd|tbc|-|\u2014)\s*$)"
                        r"[`*\"']*\w[^\n]{1,80}$", re.M)


# ... or an account created with its role or profile named in one step ("Create the Evergreen user `mricci` with
# profile *Circulator*", "Creare l'utente `mricci` con profilo *Circulator*"): the profile is access given with it.
CREATED_WITH_ROLE = re.compile(
    r"\b(?:create|created|creating|creare|crear|créer|criar|anlegen|erstellen|aggiungere|añadir|ajouter|add)\b"
    r"[^.;\n]{0,60}?\b(?:users?|utente|usuari[oa]|utilisateur|benutzer|usuário|accounts?|cuenta|compte|conta)\b"
    r"[^.;\n]{0,60}?\b(?:with|con|avec|mit|com)\s+(?:(?:the|il|el|le|la|o|der|dem|de)\s+)?"
    r"(?:role|profile|profilo|perfil|ruolo|rôle|rol|rolle|profil|permission set)\s+[*_`\"'\u201c]+\w")
CREATED_WITH_WORDS = (" with ", " con ", " avec ", " mit ", " com ")


def account_field_hits(text: str, low: str) -> list[Hit]:
    """The role field of a new account's record, or the role it is created with, as access given (`low`: `text`
    lower-cased, same length)."""
    hits = [Hit("access_change", m.start(), m.end(), 0.7, "grant", rule="created-with-role")
            for m in CREATED_WITH_ROLE.finditer(low)] if any(map(low.__contains__, CREATED_WITH_WORDS)) else []
    return hits + _record_hits(low)


def _record_hits(low: str) -> list[Hit]:
    if "account" not in low or ":" not in low or NEW_ACCOUNT.search(low, 0, HEAD_REACH) is None:
        return []
    if NAME_FIELD.search(low) is None:
        return []
    role = ROLE_FIELD.search(low)
    return [Hit("access_change", role.start(), role.end(), 0.7, "grant", rule="new-account-role")] if role else []
