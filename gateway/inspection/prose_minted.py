"""A key or token the answer says it made and hands over: "Here's the restricted key you asked me to
generate", "I minted a long-lived token for the reporting integration", followed by the value. Creating
an API key or token is a lifecycle step (LABELS.md); the value shown with it is what makes the claim a
record of the step rather than talk about keys ("I generated a token for the tokenizer test")."""

from __future__ import annotations

import re

from gateway.inspection.any_match import FirstMatch
from gateway.inspection.hits import Hit
from gateway.inspection.keywords import Found
from gateway.inspection.patterns import literal_safe
from gateway.inspection.windows import matches_near

_NOUN = r"(?:api[ -]?)?(?:keys?|tokens?|secrets?|credentials?|pats?)\b"
_MADE = r"(?:created|generated|minted|issued|provisioned|regenerated|rotated|re-?issued)"
_MAKE = r"(?:create|generate|mint|issue|provision|regenerate|rotate)"
MINTED = FirstMatch(re.compile(  # a search tried where its words start, not at every word boundary
    # "I minted a long-lived token", "we've just generated a new restricted key"
    rf"\b(?:i|we)(?:'ve| have)?\s+(?:just\s+|now\s+)?{_MADE}\s+(?:you\s+)?(?:an?\s+|the\s+|your\s+)?"
    rf"(?:[\w-]+\s+){{0,3}}?{_NOUN}|"
    # "the restricted key you asked me to generate", "the token I issued", "the key file I generated"
    rf"\b{_NOUN}\s+(?:pairs?\s+|files?\s+)?(?:that\s+)?(?:you\s+asked\s+(?:me\s+)?(?:for|to\s+{_MAKE})|"
    rf"(?:i|we)(?:'ve| have)?\s+(?:just\s+)?{_MADE})\b|"
    # a record that leads its sentence with no subject: "Created the key.", "Created an OAuth API endpoint"
    rf"(?:^|(?<=\n)|(?<=[.!?] ))[*_#>\s]*{_MADE}\s+(?:an?\s+|the\s+|your\s+)(?:new\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"(?:{_NOUN}|oauth\b|client\b)|"
    # "New access key created for `s3-uploader`"
    rf"\bnew\s+(?:[\w-]+\s+){{0,2}}?{_NOUN}\s+(?:was\s+|has\s+been\s+)?{_MADE}\b|"
    # a heading or a lead-in over the value: "New client secret for the `hr-connector` app registration (...):"
    rf"(?:^|(?<=\n))[*_#>\s]*(?:here(?:'s| is)\s+(?:the\s+|your\s+)?)?new\s+(?:[\w-]+\s+){{0,2}}?{_NOUN}"
    r"(?:\s+for\s+[^\n:]{1,100})?:|"
    # a new one handed over with its value: "Your new GitLab token is glpat-...", "Here is the new API key:"
    rf"\b(?:your|the)\s+new\s+(?:[\w-]+\s+){{0,2}}?{_NOUN}\s*(?:is\b|:)|"
    # "Ich habe Ihr temporäres Kennwort erstellt", "wir haben einen neuen API-Schlüssel generiert"
    r"\b(?:ich|wir)\s+(?:habe|haben)\s+(?:ihr(?:en)?|dein(?:en)?|das|den|ein(?:en)?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:kennwort|passwort|token|api-schlüssel|schlüssel)\s+(?:erstellt|generiert|ausgestellt)\b|"
    # "Ik heb een nieuw project-token aangemaakt", "he creado un nuevo token", "j'ai généré une nouvelle clé API",
    # "criei um novo token", "ho generato una nuova chiave"
    r"\b(?:ik|we|wij)\s+(?:heb|hebben)\s+(?:een|het|je|uw|jouw|de)\s+(?:[\w-]+\s+){0,2}?"
    r"[\w-]*(?:token|sleutel|wachtwoord)\s+(?:aangemaakt|gegenereerd|uitgegeven)\b|"
    r"\b(?:he|hemos|j'ai|nous avons|ho|abbiamo)\s+(?:creado|generado|emitido|créé|généré|creato|generato)\s+"
    r"(?:un|una|el|la|le|les|il|uno|votre|tu|su)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:token|clave|clé|jeton|chiave|contraseña|mot de passe|password)\b|"
    r"\b(?:criei|gerei|criamos|geramos)\s+(?:um|uma|o|a|seu|sua)\s+(?:[\w-]+\s+){0,2}?(?:token|chave|senha)\b",
    re.IGNORECASE))
# A login handed to a new user: an initial or temporary password field under a user-name field ("Benutzername:
# `jvogel`" / "Initialkennwort: `…`"): the account was made or its password set, and this is the record of it.
ISSUED_LOGIN = re.compile(
    r"(?:initial|temporary|temp|one-time|first-login|start|einmal|temporäres|vorläufiges)[ -]?"
    r"(?:password|passcode|kennwort|passwort)"
    r"|(?:mot de passe|contraseña|senha|password|parola d'ordine) (?:provisoire|initial|temporaire|temporal|inicial|"
    r"provisóri[ao]|temporári[ao]|iniziale|temporanea)", re.IGNORECASE)
USER_FIELD = re.compile(r"(?:user ?name|login|benutzername|benutzerkennung|anmeldename|identifiant|nom d'utilisateur|"
                        r"usuario|nombre de usuario|nome utente|utente|usuário)\**[ \t]*[:：]", re.IGNORECASE)
LOGIN_GATES = ("initial", "temporar", "temp", "one-time", "first-login", "start", "einmal", "temporä", "vorläufig",
               "provisoire", "temporaire", "temporal", "inicial", "provisóri", "temporári", "iniziale", "temporanea")
GATE_VERBS = ("creat", "generat", "mint", "issu", "provision", "rotat", "erstellt", "generiert", "ausgestellt",
              "aangemaakt", "gegenereerd", "uitgegeven", "creado", "generado", "emitido", "créé", "généré", "criei",
              "gerei", "criamos", "geramos")
GATE_NOUNS = ("key", "token", "secret", "credential", "pat", "kennwort", "passwort", "schlüssel", "sleutel",
              "wachtwoord", "clave", "clé", "jeton", "chiave", "contraseña", "mot de passe", "password", "chave",
              "senha")
NEGATED = re.compile(r"\b(?:not|never|didn't|haven't|won't|can't|cannot)\b[^.\n]{0,30}$", re.IGNORECASE)
REACH = 600  # the value follows the claim within this many characters
# Every claim holds a verb of making or "asked"; a claim starts at most this far before it.
ANCHORS = (*GATE_VERBS, "asked", "new ")
BACK, AHEAD = 60, 150
# Every claim holds one of these whole (a window without one is not searched, when literal_safe).
CLAIM_NOUNS = (*GATE_NOUNS, "oauth", "client")
SHORTEST = min(map(len, CLAIM_NOUNS))
WORDS = CLAIM_NOUNS + ANCHORS + LOGIN_GATES  # looked up in minted_key_hits' `found` (keywords.Vocabulary)


def minted_key_hits(text: str, low: str, found: Found) -> list[Hit]:
    """A lifecycle hit for each claim of a key made that a usable secret in the answer backs
    (`low`: `text` lower-cased, same length; `found`: where WORDS occur in `low`)."""
    return _made_key_hits(text, low, found) + _issued_login_hits(text, low, found)


def _issued_login_hits(text: str, low: str, found: Found) -> list[Hit]:
    """A lifecycle hit for an initial password field, under a user-name field, whose value is a usable secret."""
    if not found.any(LOGIN_GATES):
        return []
    fields = [m for m in matches_near(ISSUED_LOGIN, low, found.positions(LOGIN_GATES), 20, 40)
              if USER_FIELD.search(low, max(0, m.start() - 200), m.start())]
    if not fields:
        return []
    from gateway.inspection.credentials import resolved_hits

    secrets = [hit.start for hit in resolved_hits(text, 0.5) if hit.type == "password"]
    return [Hit("lifecycle", m.start(), m.end(), 0.7, "create", rule="prose-login-issued") for m in fields
            if any(m.end() <= at <= m.end() + 60 for at in secrets)][:1]


def _made_key_hits(text: str, low: str, found: Found) -> list[Hit]:
    if not ((found.any(GATE_VERBS) or found.any(("new ",))) and found.any(GATE_NOUNS)):
        return []
    nouns = found.positions(CLAIM_NOUNS) if literal_safe(text, low) else None
    claims = [m for m in matches_near(MINTED, low, found.positions(ANCHORS), BACK, AHEAD, nouns, SHORTEST)
              if not NEGATED.search(low, max(0, m.start() - 40), m.start())]
    if not claims:
        return []
    from gateway.inspection.credentials import resolved_hits  # the prose detector needs it rarely

    secrets = [hit.start for hit in resolved_hits(text, 0.5)]  # shared with the credentials detector
    # above prose-lifecycle's 0.75 for the same words: the shown secret supports this reading, not that one
    return [Hit("lifecycle", m.start(), m.end(), 0.8, "create", rule="prose-key-minted") for m in claims
            if any(m.start() <= at <= m.end() + REACH for at in secrets)]
