"""What a section of a long report must name before the learned detector holds the answer on it alone: someone's
access, account, secret or identity record. A short section weighs few words, and a handover's "Added a second
gateway to the portal config" reads to the model like "added her to the group"; a section that changes access names
what it changes (a role, a group, a permission, an account, a key, a user, an address), in any of the languages the
backstop reads."""

from __future__ import annotations

import re

from gateway.inspection.alternation import bucketed
from gateway.inspection.backstop_lexicon import ACC, LIFE, PERSON_WEAK
from gateway.inspection.lowered import shared_lower

# Words for what access is given to, taken from or attested: backstop_lexicon's strong objects and these. Not a bare
# "vpn", "gateway", "certificate" or "policy" of a machine: a report's infrastructure sections are full of them.
IDENTITY = bucketed(
    ACC, LIFE,
    r"access\w*|admin\w*|owners?|maintainers?|editors?|contributors?|read-only|read/write|readers?|writers?|"
    r"sudo\w*|sso|saml|oidc|oauth|scim|ldap|idp|iam|rbac|acls?|roles?|rolebindings?|bindings?|clusterroles?|"
    r"groups?|members?|keys?|tokens?|secrets?|certif\w*|attest\w*|appropriate|entitle\w*|grant\w*|revok\w*|"
    r"allow-?lists?|whitelist\w*|authorized_keys|break-glass|principals?|service accounts?|"
    r"managers?|department|end date|attributes?|leavers?|joiners?|movers?|offboard\w*|onboard\w*|"
    r"deprovision\w*|provision\w*|deactivat\w*|reactivat\w*|policy|policies|smart ?cards?|"
    r"rolle\w*|rol|roles|rôles?|ruol[oi]|papel|rola|rolę|gruppe\w*|grupos?|groupes?|grupp[oi]|groep\w*|"
    r"grupa|grupy|accesos?|acceso|accessi|acessos?|acesso",
)
ADDRESS = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
COMPOUND = re.compile(r"(?:rechte|berechtigung|behörighet|rättighet)")


def names_identity(section: str) -> bool:
    """Whether the section names an account, an access or a person whose access it could change."""
    low = shared_lower(section)
    return IDENTITY.search(low) is not None or PERSON_WEAK.search(low) is not None \
        or ADDRESS.search(low) is not None or COMPOUND.search(low) is not None
