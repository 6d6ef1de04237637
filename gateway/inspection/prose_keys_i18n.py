"""Key rotation steps in Italian, Spanish, Portuguese, French, German, Dutch, Swedish and Polish: a
key, secret or token rotated, regenerated, revoked or made anew ("genera la nuova chiave", "revoca la
chiave precedente", "rotación de la clave de API", "widerrufen Sie den alten API-Schlüssel"). The key
must be one that signs someone in (an API or access key, a client secret, the new or the old key of a
rotation), not a primary key or a keyword."""

from __future__ import annotations

import re

from gateway.inspection.alternation import head_first
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
        r"(?:accesso|acceso|acesso|accès)|token api|jetons?[ \t]+(?:d['’][ \t]*)?(?:api|accès))"
        + _E)  # no English words: the English rules read those
_NEW_OLD_KEY = (r"(?:nuov[ae]|vecchi[ae]|precedent[ei]|nuev[ao]|anterior|antigu[ao]|nov[ao]|antig[ao]|nouvelle|"
                r"ancienne|neuen?|alten?|bisherigen?|nieuwe|oude|nya|gamla|now[ey]|stary|poprzedni|nouveau|ancien|"
                r"nuevo|viejo|novo|velho|nuovo|vecchio|neues|altes)[ \t]+"
                r"(?:(?:chiav[ei]|clave|chave|clé|schlüssel|sleutel|nyckel(?:n)?|klucz)" + _E
                + r"|" + _KEY + ")|"
                r"(?:chiav[ei]|clave|chave|clé|schlüssel|sleutel|nyckeln|klucz)[ \t]+(?:\w+[ \t]+)?"
                r"(?:precedente|vecchia|anterior|antigua|antiga|ancienne|précédente)" + _E)
# The step reported done, in the first person or as a participle ("rotamos", "j'ai révoqué", "wurde erneuert").
_DONE = (r"rotamos|roté|rotó|rotaron|rotad[oa]s?|regeneramos|regeneré|regeneró|regenerad[oa]s?|generamos|generé|"
         r"generó|revocamos|revoqué|revocó|revocad[oa]s?|creamos|creé|creó|"
         r"révoquée?s?|régénérée?s?|générée?s?|renouvelée?s?|créée?s?|"
         r"rotacion\w*|regenerei|gerei|geramos|gerad[oa]s?|revoguei|revogamos|revogad[oa]s?|criei|criamos|criad[oa]s?|"
         r"ruotat[oa]|rigenerat[oa]|revocat[oa]|generat[oa]|creat[oa]|erneuer\w*")
_VERB = (r"rotazione|ruota(?:re)?|rigenera(?:re|ta|to)?|genera(?:re|ta|to)?|revoca(?:re|ta|to)?|crea(?:re|ta|to)?|"
         r"rotación|rota(?:r)?|regenera(?:r|da|do)?|genera(?:r|da|do)?|revoca(?:r|da|do)?|revoque|cree|crear|"
         r"rotação|rotacione|gere|gerar|regenere|revogue|revogar|crie|criar|"
         r"rod(?:ar|e|ei|amos)(?=[ \t]+(?:a|as)[ \t]+chaves?\b)|"  # Brazilian "rodar a chave": rotate it, not run it
         r"rotation|faites pivoter|régénére[rz]|générez|générer|révoque[rz]|créez|"
         r"rotier\w*|widerruf\w*|erzeug\w*|generier\w*|erstell\w*|roteer|roteren|genereer|genereren|"
         r"trek[ \t]+\S+[ \t]+in|intrekken|rotera|generera|återkalla|skapa|"
         r"rotacj\w*|wygeneruj|unieważnij|odwołaj|utwórz|" + _DONE)
_GAP = r"[^.;:!?\n]{0,40}?"
# Both searched in the lower-cased text, only where one of their literal heads stands (head_first): a long
# alternation after a look-behind, tried at every position of a long answer, cost milliseconds.
STEP = head_first(rf"{_W}(?P<v>{_VERB}){_E}{_GAP}(?P<k>{_KEY}|{_NEW_OLD_KEY})|"
                  rf"(?P<k2>{_KEY}|{_NEW_OLD_KEY}){_GAP}{_W}(?P<v2>{_VERB}){_E}")
# A foreign step on a credential named in English, as mixed answers put it ("Rotamos el client secret",
# "Steam Web API key für App 2213370 rotiert"): only with a verb of rotation or revocation, which no other
# sense of "key" or "token" takes (a verb of making does: "genera un token por palabra").
_ROTATE = (r"rota(?:r|mos)|roté|rotó|rotaron|rotad[oa]s?|rotier\w*|regenera(?:r|mos|d[oa]s?)?|regeneré|"
           r"regeneró|revoca(?:r|mos|d[oa]s?)?|revoqué|revocó|révoque[rz]|révoquée?s?|régénére[rz]|régénérée?s?|"
           r"renouvel\w*|widerruf\w*|erneuer\w*|rotacion\w*|revog(?:ar|ue|uei|amos|ad[oa]s?)|"
           r"ruota(?:re|to|ta)?|rigenera(?:re|to|ta)?|revoca(?:re|to|ta)?")
# The nouns the English rules take as a rotation's object: a key, a secret, a token only when qualified (a design
# system's or a lexer's token is none).
_EN_KEY = (r"(?:api[ -]?)?keys?|(?:client[ -]?)?secrets?|credentials?|"
           r"(?:api|access|bearer|bot|deploy|refresh|service|ci|personal access|pat)[ -]?tokens?")
_WORDS_GAP = r"(?:[ \t]+[^\s.,;:!?]+){0,5}?[ \t]+"  # a few words of one clause between the verb and its object
MIXED = head_first(rf"{_W}(?P<v>{_ROTATE}){_E}{_WORDS_GAP}(?P<k>{_EN_KEY}){_E}|"
                   rf"{_W}(?P<k2>{_EN_KEY}){_E}{_WORDS_GAP}(?P<v2>{_ROTATE}){_E}")
# Every MIXED verb holds one (the foreign forms only: English "rotate" or "revoke" are the English rules').
MIXED_WORDS = ("rotar", "rotam", "roté", "rotó", "rotad", "rotier", "regenerar", "regeneram", "regenerad",
               "regeneré", "regeneró", "revocar", "revocam", "revocad", "revoqué", "revocó", "révoqu", "régénér",
               "renouvel", "widerruf", "erneuer", "rotacion", "revog", "ruota", "rigenera", "revocat",
               "revocare", "revoca ")
ROTATION_STEMS = ("rot", "regener", "rigener", "régénér", "renouvel", "erneuer", "ruot")
ROTATION_RULE = "prose-secret-rotation"  # prose_lifecycle's rule for the English step
# Recurring advice ("ogni 90 giorni", "cada 90 días") and negations are no step.
POLICY = re.compile(r"(?<!\w)(?:ogni|cada|tous les|toutes les|alle|elke|var|co)[ \t]+\d+|"
                    r"(?<!\w)(?:non|não|nicht|niet|inte|nie)[ \t]|"
                    r"automati(?:sch|camente|quement|cally)|automáticamente|"  # a product's own rotation
                    r"täglich|wöchentlich|monatlich|diariamente|semanalmente|mensualmente|quotidiennement|"
                    r"(?:chaque|cada|jeden|ogni)[ \t]+(?:jour|semaine|mois|día|semana|mes|tag|woche|monat|giorno|mese)",
                    IC)
KEY_WORDS = ("chiav", "clave", "chave", "clé", "klucz", "schlüssel", "sleutel", "nyckel", "segreto", "secreto",
             "secret del", "token di", "token de", "token da", "token api", "jeton")
WORDS = KEY_WORDS + MIXED_WORDS


def key_step_hits(text: str, low: str, found: Found | None = None) -> list[Hit]:
    """Lifecycle hits for foreign key rotation steps, one per line at most (`found`: where WORDS occur in
    `low`, when the caller has it)."""
    def present(words: tuple[str, ...]) -> bool:
        return found.any(words) if found is not None else any(word in low for word in words)

    patterns = [pattern for pattern, words in ((STEP, KEY_WORDS), (MIXED, MIXED_WORDS)) if present(words)]
    hits: list[Hit] = []
    for m in (m for pattern in patterns for m in pattern.finditer(low)):
        line_start = max(text.rfind("\n", 0, m.start()), text.rfind(".", 0, m.start())) + 1
        ends = [at for at in (text.find("\n", m.end()), text.find(". ", m.end())) if at >= 0]
        if POLICY.search(text, line_start, min(ends, default=len(text))):  # "... ruotata ogni 90 giorni"
            continue
        verb = (m.group("v") or m.group("v2")).lower()
        action = "create" if verb.startswith(("genera", "gere", "géné", "erzeug", "erstell", "cre", "cri", "skapa",
                                              "wygener", "utwórz")) else "reset"
        # a named secret rotated is a credential step in any answer (corroborate.SELF_SUPPORTED), as in English
        rule = ROTATION_RULE if m.re is MIXED.regex and verb.startswith(ROTATION_STEMS) else "prose-key-i18n"
        hits.append(Hit("lifecycle", m.start(), m.end(), 0.7, action, rule=rule))
    return hits
