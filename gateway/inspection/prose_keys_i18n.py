"""Key rotation steps in Italian, Spanish, Portuguese, French, German, Dutch, Swedish and Polish: a
key, secret or token rotated, regenerated, revoked or made anew ("genera la nuova chiave", "revoca la
chiave precedente", "rotación de la clave de API", "widerrufen Sie den alten API-Schlüssel"). The key
must be one that signs someone in (an API or access key, a client secret, the new or the old key of a
rotation), not a primary key or a keyword."""

from __future__ import annotations

import re

from gateway.inspection.hits import Hit
from gateway.inspection.keywords import Found

IC = re.IGNORECASE
_W = r"(?<!\w)"
_E = r"(?!\w)"
# A key of a rotation: qualified as an API, access or secret key, or as the new / old one.
_KEY = (r"(?:chiav[ei]|clave|claves|chaves?|clés?|klucz\w*)[ \t]+(?:(?:di|de|da|do|d['’])[ \t]*)?(?:l['’]|la[ \t]+)?"
        r"(?:api|accesso|acceso|acesso|accès|dostępu|segret[ae]|secreta|secrète|privat[ae])" + _E +
        r"|(?:api|zugangs|zugriffs)-?schlüssel\w*|api-?sleutel\w*|api-?nyckel\w*|"
        r"(?:secret del client|segreto del client|secreto (?:de|del) cliente|token (?:di|de|da) "
        r"(?:accesso|acceso|acesso|accès)|token api)" + _E)  # no English words: the English rules read those
_NEW_OLD_KEY = (r"(?:nuov[ae]|vecchi[ae]|precedent[ei]|nuev[ao]|anterior|antigu[ao]|nov[ao]|antig[ao]|nouvelle|"
                r"ancienne|neuen?|alten?|bisherigen?|nieuwe|oude|nya|gamla|now[ey]|stary|poprzedni)[ \t]+"
                r"(?:(?:chiav[ei]|clave|chave|clé|schlüssel|sleutel|nyckel(?:n)?|klucz)" + _E + r"|" + _KEY + ")|"
                r"(?:chiav[ei]|clave|chave|clé|schlüssel|sleutel|nyckeln|klucz)[ \t]+(?:\w+[ \t]+)?"
                r"(?:precedente|vecchia|anterior|antigua|antiga|ancienne|précédente)" + _E)
_VERB = (r"rotazione|ruota(?:re)?|rigenera(?:re|ta|to)?|genera(?:re|ta|to)?|revoca(?:re|ta|to)?|crea(?:re|ta|to)?|"
         r"rotación|rota(?:r)?|regenera(?:r|da|do)?|genera(?:r|da|do)?|revoca(?:r|da|do)?|revoque|cree|crear|"
         r"rotação|rotacione|gere|gerar|regenere|revogue|revogar|crie|criar|"
         r"rotation|faites pivoter|régénére[rz]|générez|générer|révoque[rz]|créez|"
         r"rotier\w*|widerruf\w*|erzeug\w*|generier\w*|erstell\w*|roteer|roteren|genereer|genereren|"
         r"trek[ \t]+\S+[ \t]+in|intrekken|rotera|generera|återkalla|skapa|"
         r"rotacj\w*|wygeneruj|unieważnij|odwołaj|utwórz")
_GAP = r"[^.;:!?\n]{0,40}?"
STEP = re.compile(rf"{_W}(?P<v>{_VERB}){_E}{_GAP}(?P<k>{_KEY}|{_NEW_OLD_KEY})|"
                  rf"(?P<k2>{_KEY}|{_NEW_OLD_KEY}){_GAP}{_W}(?P<v2>{_VERB}){_E}", IC)
# Recurring advice ("ogni 90 giorni", "cada 90 días") and negations are no step.
POLICY = re.compile(r"(?<!\w)(?:ogni|cada|tous les|toutes les|alle|elke|var|co)[ \t]+\d+|"
                    r"(?<!\w)(?:non|não|nicht|niet|inte|nie)[ \t]", IC)
WORDS = ("chiav", "clave", "chave", "clé", "klucz", "schlüssel", "sleutel", "nyckel", "segreto", "secreto",
         "secret del", "token di", "token de", "token da", "token api")


def key_step_hits(text: str, low: str, found: Found | None = None) -> list[Hit]:
    """Lifecycle hits for foreign key rotation steps, one per line at most (`found`: where WORDS occur in
    `low`, when the caller has it)."""
    if not (found.any(WORDS) if found is not None else any(word in low for word in WORDS)):
        return []
    hits: list[Hit] = []
    for m in STEP.finditer(text):
        line_start = max(text.rfind("\n", 0, m.start()), text.rfind(".", 0, m.start())) + 1
        if POLICY.search(text, line_start, m.end()):
            continue
        verb = (m.group("v") or m.group("v2")).lower()
        action = "create" if verb.startswith(("genera", "gere", "géné", "erzeug", "erstell", "cre", "cri", "skapa",
                                              "wygener", "utwórz")) else "reset"
        hits.append(Hit("lifecycle", m.start(), m.end(), 0.7, action, rule="prose-key-i18n"))
    return hits
