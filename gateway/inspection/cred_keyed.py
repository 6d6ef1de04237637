"""Keyed secrets: a value right after a secret-like key or word (`password = "..."`, `API_TOKEN=...`,
`--client-secret x`, "the temporary password is Xk9#mP2q", "Passwort: ...").
"""

from __future__ import annotations

import re

from gateway.inspection.compiled import compiled
from gateway.inspection.cred_context import scheme_token, word_parts
from gateway.inspection.cred_formats import ORCHESTRATION_KEY
from gateway.inspection.cred_patterns import UUID, Caseless, Hit, hex_password, looks_fake, matches_at, starts_of
from gateway.inspection.cred_values import (
    DESIGN_VALUE,
    char_classes,
    dotted_token,
    is_code_expression,
    is_placeholder,
    key_entropy,
    looks_like_key,
    looks_like_password,
)
from gateway.inspection.literals import Occurrences

_PASSWORD_WORDS = (
    r"identified by|wpa[23]?(?:-psk)? (?:key|passphrase)|pre-?shared key|psk|authtok|bind_?pw|bindpw|"
    r"(?:chave|clave|clé|cle|schlüssel|sleutel|chiave) (?:de (?:la )?(?:red )?)?wpa[23]?(?:-psk)?|palavra[- ]passe|"
    r"(?:wpa[23]?|wlan|wifi|wi-fi|netzwerk)-?(?:psk-)?schlüssel|(?:wpa[23]?|wifi|wi-fi|netwerk)-?sleutel|"
    r"(?:radius |tacacs\+? )?shared secret|radius secret|shared key|"
    r"cl[ée] pr[ée]-?partag[ée]e|clave pre-?compartida|chave pr[ée]-?(?:compartilhada|partilhada)|"
    r"chiave pre-?condivisa|vooraf gedeelde sleutel|"
    r"identifiants|credenciales|zugangsdaten|credenziali|credenciais|inloggegevens|"
    r"passwort|kennwort|contrase(?:ñ|n)a|mot[ _]de[ _]passe|senha|wachtwoord|"
    r"lösenord(?:et)?|passord(?:et)?|adgangskoden?|salasana|hasło|haslo|şifre(?:si)?|heslo|пароль|jelszó|"
    r"κωδικός|סיסמה|סיסמא|كلمة المرور|पासवर्ड|"
    r"parola d['’]ordine|parola|pass(?:word|wd|phrase|code)?|pwd|"
    r"(?<![^\s*>|-])pw(?=:[ \t]+\S|[ \t]+is[ \t]+\S|[ \t]*=[ \t]*[\"'])|"  # `pw = "…"` in code
    r"(?:snmp|read|write|ro|rw)[ -]community(?: string)?|"
    # an SNMP community under its variable's name: `SNMP_RW=...`, `snmp_write_community: ...`
    r"snmp_(?:(?:rw|ro|read|write)(?:_community)?|community)(?![a-z0-9])"
)
# What a key is for when its name says it (`api key`, `integration_key`, `signingKey`)
_KEY_PREFIXES = ("api", "access", "secret", "private", "signing", "encryption", "master", "account", "auth", "app",
                 "consumer", "client", "service", "storage", "subscription", "session", "shared", "webhook",
                 "integration", "admin", "bot", "hmac", "aes", "jwt", "cookie", "ingest", "write", "rest")
_SECRET_WORDS = (
    rf"(?:{'|'.join(_KEY_PREFIXES)})[ _\-.]?key|"
    r"secret|token|apikey|credentials?|"
    r"segredo|secreto|segreto|geheimnis|hemlighet(?:en)?|"
    r"unseal[ _\-](?:key|share)|authorization|(?<![a-z])pat(?![a-z0-9])|"
    # Duo's secret key beside its integration key (`ikey`); SNMPv3's privacy key (`privKey`)
    r"(?<![a-z])skey(?![a-z0-9])|(?<![a-z])priv[_\-]?key(?![a-z0-9])|"
    r"cl[ée][ _](?:d['’])?api|clave (?:de (?:la )?)?api|chave (?:d[aeo] )?api|api-schlüssel|zugangsschlüssel|jeton|"
    r"api[- ]?sleutel|chiave (?:dell['’])?api|api-?nyckel(?:n)?|api-?nøg(?:le|len)|api-?nøkkel(?:en)?|klucz(?:a)? api|"
    r"api-?avain(?:ta)?|"
    r"klucz(?:a|em)?(?=[ \t]*:)|"  # Polish, before its colon: "użyj klucza: `krk-wfm-…`"
    # a key named new, as a rotation hands it over: "Neuer Schlüssel: …", "Nueva clave: …", "Nouvelle clé : …",
    # or current: "Der aktuelle Schlüssel lautet: …"
    r"(?:(?<=neuer )|(?<=neuen )|(?<=neue )|(?<=nueva )|(?<=nouvelle )|(?<=nuova )|(?<=nova )|(?<=aktuelle )"
    r"|(?<=aktueller )|(?<=derzeitige )|(?<=actuelle )|(?<=attuale )|(?<=atual ))"
    r"(?:schlüssel|clave|clé|cle|chiave|chave)(?![\w-])"
)
_KEYWORD = re.compile(rf"(?P<pw>{_PASSWORD_WORDS})|(?P<sec>{_SECRET_WORDS})", re.IGNORECASE)
_ANCHORS = ("identified by", "pass", "pwd", "secret", "token", "kennwort", "contrase", "mot de passe", "senha",
            "wachtwoord", "lösenord", "salasana", "hasło", "haslo", "parola", "credential", "authorization",
            "clé", "cle d", "cle api", "clave", "chave", "schlüssel", "jeton", "wpa", "pre-shared", "preshared",
            "psk", "cle pre", "vooraf gedeelde", "shared secret", "shared key", "radius secret", "radius shared",
            "palavra-passe", "palavra passe",
            "tacacs",
            "authtok", "bindpw", "bind_pw", "identifiants", "credenciales", "zugangsdaten", "credenziali",
            *(f"{word}{sep}community" for word in ("snmp", "read", "write", "ro", "rw") for sep in " -"), "snmp_",
            "credenciais", "inloggegevens", "api-sleutel", "api sleutel", "apisleutel", "chiave", "passord",
            "api-nyckel", "apinyckel", "api-nøg", "apinøg", "api-nøkkel", "apinøkkel", "klucz", "api-avain", "apiavain",
            "adgangskode", "şifre", "heslo", "пароль", "jelszó", "κωδικός", "סיסמ", "كلمة المرور", "पासवर्ड",
            "pat", "pw", "unseal", "skey",
            "segredo", "secreto", "segreto", "geheimnis", "hemlighet",
            "mot_de_passe", "cle_api", "clé_api",  # a personal access token: `AZDO_PAT`, `--pat`
            "privkey", "priv_key", "priv-key",
            *(f"{prefix}{sep}key" for prefix in _KEY_PREFIXES for sep in ("", " ", "_", "-", ".")))
LITERALS = (*_ANCHORS, "key", "name", "pgpass")  # every word keyed_hits looks up in `found`
_KEY_PREFIX = re.compile(  # not "shared ": a shared key is a password word (`_PASSWORD_WORDS`)
    rf"(?:{'|'.join(p for p in _KEY_PREFIXES if p != 'shared')}|shared(?=[_\-.]))[ _\-.]?$|"
    r"(?<![\w.-])(?:new|your) $|"  # "New key: …" handed over by a rotation, "Your key for the … API is: …"
    r"(?<![\w-])x-[a-z0-9]{2,20}-$"  # a vendor's header: `-H "X-iLab-Key-Part1: …"`
)
# "ist derzeit", "est actuellement", "is nu": an adverb of time between the verb and the value
_NOW = (r"(?:maintenant|désormais|actuellement|toujours|ahora|actualmente|todavía|agora|atualmente|ainda|jetzt|"
        r"derzeit|aktuell|momentan|weiterhin|noch|nu|ora|attualmente|ancora|teraz|obecnie|nadal|now|still|currently|"
        r"momenteel|nog|tijdelijk|temporarily|vorläufig|temporairement|temporalmente|provisoriamente|fortfarande|"
        r"seit[ ]heute|ab[ ](?:heute|sofort|morgen|montag)|desde[ ]hoy|a[ ]partir[ ]de[ ]hoy|vanaf[ ]vandaag)")
# "is aangepast naar", "wurde geändert auf", "a été changé en", "fue cambiada a": a password changed to the value
_CHANGED_TO = (r"(?:is\ |werd\ )?(?:aangepast|gewijzigd|veranderd|ingesteld)\ (?:naar|in|op)"
               r"|(?:wurde\ )?(?:geändert|gesetzt)\ (?:auf|in|zu)"
               r"|(?:a\ été\ )?(?:changé|modifié|remplacé)\ (?:en|par)"
               r"|(?:ha\ sido\ |fue\ )?(?:cambiad[ao]|modificad[ao])\ (?:a|por)")
_SEP = re.compile(
    r"""["'`*]{0,2}(?:[ \t]+(?:temporal|temporaire|provisoire|provis[oó]ria|provisional|provvisori[ao]|temporanea|
        tempor[aá]ria|temporäres?|vorläufiges?|iniziale|
        inicial|initial|nuev[ao]|nouveau|nouvelle|nuov[ao]|nov[ao]|neues?|tijdelijke?|provisorische?|tymczasowe|
        suivante?|siguiente|seguinte|seguente|actual|actuel(?:le)?|atual|attuale|aktuelle?s?|huidige?|
        wpa[23]?(?:-psk)?|wi-?fi|wlan)\b)?
    (?:[ \t]+(?P<made>erstellt|generiert|zurückgesetzt|created|generated|issued|reset|créée?|générée?|réinitialisée?|
        cread[ao]|generad[ao]|restablecid[ao]|criad[ao]|gerad[ao]|redefinid[ao]|creat[ao]|generat[ao]|
        aangemaakt|gegenereerd|skapat|genererat)(?=[ \t]*:))?
    (?:[ \t]*\([^()\n]{1,40}\)(?=[ \t]*:))?  # an aside before the colon: "password (reset by GRC 6/13): …"
    (?:[ \t]+(?:there|here))?[ \t]*(?:
        (?P<op>\]?[ \t]*(?:=>|:=|::|=|:|>))
      | (?P<verb>(?:""" + _CHANGED_TO + r"""
          |(?:is|was|remains)(?:\ still|\ now|\ currently)?|ist|lautet|es|est|é|è|är|wird|will\ be|je|jest
          |ficou|fica|wordt|blir|blev|est\ maintenant|es\ ahora|é\ agora|ist\ jetzt|is\ nu
          |has\ been\ (?:re)?set\ to|(?:re)?set\ to
          |changed\ to|is\ now|now|to)\b""" + rf"(?:[ \t]+{_NOW}(?!\w))?" + r"""
          [ \t]*:?(?:[ \t]*\n(?:[ \t]*\n)?(?=[ \t]*[^\s\-*#>|]))?)
      | (?P<for>(?:for|of|on|at|in|für|para|pour|côté|voor|del|de|du|des|da|do|di|della|dello|van|till|för|til|per|
          для|від|от|dla|pro|pentru|για|için)
          [ \t](?:[^\n:="'„]|(?<=\w)'(?=\w)|'[^'\n]{1,40}'|"[^"\n]{1,40}"|„[^“”"\n]{1,40}[“”"]){1,96}?
          (?:[ \t](?:""" + _CHANGED_TO + r"""
             |(?:is|was|remains)(?:\ still|\ now|\ currently)?|ist|lautet|es|est|é|è|är|er|to|jest|will\ be)
             (?!\w)
             """ + rf"(?:[ \t]+{_NOW}(?!\w))?" + r"""
          |(?=:))[ \t]*:?(?:[ \t]*\n(?:[ \t]*\n)?(?=[ \t]*[`"'„“«]))?)
      | (?P<arg>["']?[ \t]*[,(][ \t]*(?=["']|\*\*))  # "the current password, **X**,": the value set off
      | (?P<space>(?:[ \t]|[ \t]*\n[ \t]*)(?=[^\s=:]))
    )[ \t]*\**[ \t]*""",
    re.IGNORECASE | re.VERBOSE,
)
_VALUE = re.compile(  # after a Python bytes prefix too (a raw string is most often a regex): `SECRET = b"57f9…"`
    r"""(?:[bB](?="))?"(?P<dq>[^"\n]{1,256})"|(?:[bB](?='))?'(?P<sq>[^'\n]{1,256})'|`(?P<bq>[^`\n]{1,256})`"""
    r"""|«[ \t\u00a0]?(?P<gq>[^»\n]{1,256}?)[ \t\u00a0]?»|“(?P<cq>[^”\n]{1,256})”|„(?P<lq>[^“”"\n]{1,256})[“”"]"""
    r"""|‘(?P<tq>[^’\n]{1,256})’"""
    r"""|(?P<bare>[^\s"'`,;<>(\[{«“„‘][^\s"'`,;<]{0,255})"""
)
_EXCLUDED_WORDS = frozenset((
    "page", "next", "continuation", "cursor", "existing", "public", "pub", "max", "min", "num", "count", "length",
    "sort", "partition", "primary", "foreign", "cache", "idempotency", "csrf", "xsrf", "sync", "hash", "is", "has",
    "use", "no", "require", "required", "enable", "enabled", "allow", "show", "policy", "expiry", "expires",
    "expiration", "ttl", "type", "name", "file", "path", "url", "ref", "format", "prompt", "field", "label", "hint",
    "input", "strength", "forgot", "hashed", "encrypted", "salted", "salt", "digest", "md5", "sha", "bcrypt",
    "allowed", "principals", "retrieve", "disable", "disabled",
))
# An environment variable named for its service's key (`SG_KEY`, `MAILGUN_KEY`): the value decides.
_ENV_NAME = re.compile(r"(?<![A-Za-z0-9_])[A-Z][A-Z0-9_]*_$")
_ENV_NOT_SECRET = _EXCLUDED_WORDS | {"gpg", "pgp", "ssh", "license", "licence", "object", "bucket", "item", "lookup",
                                     "row", "map", "dict", "partition", "s3", "kms", "host", "dedup", "shard"}
_KEY_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_STRUCTURED_LINE = re.compile(r"(?:^|\n)[ \t]*(?:export[ \t]+|set[ \t]+|-[ \t]+|\"|')?$")
_LINE_LEAD = re.compile(r"[ \t]*(?:export[ \t]+|set[ \t]+|-[ \t]+|\"|')?")  # _STRUCTURED_LINE after its line break
_HASH_CONTEXT = Caseless(r"sha(?![a-z])|sha\d|digest|hash|checksum|fingerprint|etag|nonce|uuid")
_COMMIT_CONTEXT = Caseless(r"commit")  # a commit's id is hex: "committed by mistake" says nothing of a random key
_CONN_CONTEXT = Caseless(r"(?:server|data source|host|user id|uid|database|initial catalog)\s*=")
# `=` only as base64 padding: `DATABASE_URL=postgres` is an assignment, not one token
_NEARBY_KEY = re.compile(r"(?<![A-Za-z0-9+/_\-])[A-Za-z0-9+/_\-.~]{20,200}={0,2}")
# `CIP004-R4-2024Q2.zip`: an evidence file's name, not a key
_FILE_NAME = re.compile(r"\.(?:zip|pdf|csv|xlsx?|docx?|pptx?|txt|json|ya?ml|log|png|jpe?g|tar|gz|tgz|7z|msg|eml)\Z",
                        re.IGNORECASE)
_URL = re.compile(r"[a-z][a-z0-9+.\-]*://[^@\s]*$", re.IGNORECASE)  # `proxy_pass http://...`: no password
# X-Api-Key-Part1, X-Api-Key-B: one part of a secret split over keys
_PART_SUFFIX = re.compile(r"[-_ ]?(?:part|chunk|segment|half)?[-_ ]?\d\b|[-_][a-d]\b", re.IGNORECASE)
# a key naming the secret's value field: Graph's `secretText`, `tokenValue`, `client_secret_string`
# a field's suffix after the secret word: `password_text`, `secretValue`, Veeva's and Salesforce's `password__v`
_VALUE_SUFFIX = re.compile(r"[_\-]?(?:text|value|string|plaintext)(?![A-Za-z0-9_])|__[a-z](?![A-Za-z0-9_])",
                           re.IGNORECASE)
GROUPED_DIGITS = re.compile(r"\d{3,6}(?:-\d{3,6}){2,}")
_PGPASS = re.compile(r"(?:^[ \t]*|(?<=['\"`]))[\w.*\-]+:(?:\d+|\*):[\w*.\-]+:[\w*.\-]+:(?P<pw>[^\s:'\"`]{4,})"
                     r"(?:[ \t]*$|(?=['\"`]))", re.MULTILINE)  # a line of .pgpass, or one echoed or quoted
_PORT_FIELD = re.compile(r":(?:\d+|\*):")  # in every _PGPASS match, which never spans a line
_UUID = re.compile(UUID, re.IGNORECASE)
# a key ending in "id" right before a value (`fileId="`, `"spreadsheet_id": "`), not a secret's (`secret_id`)
_ID_KEYED = re.compile(r"(?<![A-Za-z])(?!secret|token|key)[A-Za-z]\w{0,30}?(?:_id|Id|ID)[\"']?[ \t]*[:=][ \t]*[\"']?\Z")
_NEARBY_QUOTED = re.compile(r"([`\"'])([^`\"'\s]{6,64})\1")
_NEARBY_WRAPPED = re.compile(r"\*\*([^*\s]{8,64})\*\*|\(([^()\s]{8,64})\)")  # in bold, in brackets
_KEY_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-"
_AUTHORIZATION_KEY = re.compile(r"(?:proxy[_\-])?authori[sz]ation", re.IGNORECASE)
_CLI_FLAG = re.compile(r"--?[A-Za-z][\w\-]*")  # `--disabled-password --gecos ""`: the next flag, not a value
# the host part of a connection string: `"@tcp(127.0.0.1:3306)/app"`, `@db.internal:5432/app`
_HOST_PART = re.compile(r"@(?:(?:tcp6?|udp|unix)\(|[\w\-]+(?:\.[\w\-]+)+(?::\d{1,5})?(?:[/?]|$)"
                        r"|[\w.\-]+:\d{1,5}(?:[/?]|$))")


def _excluded(prefix: str) -> bool:
    """`max_tokens`, `nextPageToken`, `existingSecret`, `NOPASSWD`: the key names something else."""
    return any(word.lower() in _EXCLUDED_WORDS for word in _KEY_WORDS.findall(prefix))


def _key_bounds(text: str, start: int, end: int) -> tuple[int, bool]:
    """Where the key containing the keyword starts, and whether the keyword ends the key."""
    if end < len(text) and (text[end].isalnum() or text[end] in "_" or
                            (text[end] in "-." and end + 1 < len(text) and text[end + 1].isalnum())):
        return start, False
    before = text[max(0, start - 60):start]
    return start - (len(before) - len(before.rstrip(_KEY_CHARS))), True  # back over at most 60 key characters


_ENV_PAIR = re.compile(
    r"""name["']?[ \t]*[:=][ \t]*["']?(?P<key>[A-Za-z0-9_.\-]{2,64})["']?[ \t]*,?\s{0,40}?["']?value["']?[ \t]*"""
    r"""[:=][ \t]*(?:"(?P<dq>[^"\n]{1,256})"|'(?P<sq>[^'\n]{1,256})'|(?P<bare>[^\s"',}]{1,256}))"""
)
_QUERY_NEXT = re.compile(r"&[A-Za-z_][\w.\-]*=")


def _clean(value: str) -> str:
    """A bare value without sentence punctuation, unbalanced brackets or the next query parameter."""
    query = _QUERY_NEXT.search(value)
    if query is not None:
        value = value[:query.start()]
    value = value.rstrip(".*")
    if value.endswith(("[", "(")):  # `data.vault_kv_secret_v2.db.data["password"]`: an expression cut at its quote
        value = value[:-1]
    for opening, closing in ("()", "[]", "{}"):
        while value.endswith(closing) and value.count(opening) < value.count(closing):
            value = value[:-1]
    return value


def _password_conf(value: str, quoted: bool, sep: re.Match, structured: bool, flag: bool, paired: bool) -> float:
    if is_placeholder(value) or len(value) < 3:
        return 0.0
    if quoted:
        return 0.85 if sep.group("op") else 0.8
    if is_code_expression(value) and not paired or value.startswith(("/", "./", "~/", "../")):
        return 0.0
    if value.isidentifier() and not any(c.isdigit() for c in value):
        code_style = sep.group("op") == "=" and sep.group().startswith((" ", "\t"))
        if structured and sep.group("op") and not code_style and len(value) >= 4:
            return 0.8
        # `ldap_default_authtok = ntCiHlEeeAUPCQZjXIih` on a config line, not `password = getPasswordFromVault`
        return 0.75 if sep.group("op") and (not code_style or structured) and _random_letters(value) else 0.0
    if flag or (structured and sep.group("op")):
        return 0.8 if len(value) >= 4 else 0.0
    if GROUPED_DIGITS.fullmatch(value):  # an HSM or safe code: "the partition password is 6882-0231-8709"
        return 0.7
    if sep.group("verb") and _NUMERIC_PASSWORD.fullmatch(value) and _not_trivial(value.lstrip(_LETTERS)):
        return 0.7  # a terminal's or a keypad's numeric password: "the supervisor password is 166832"
    return 0.75 if looks_like_password(value) else 0.0


def _connection_pair(text: str, key_start: int, value_start: int, value_end: int) -> bool:
    """`…;User Id=rpt;Password=Cobranzas.eOyminoTG7;`: one `key=value;` pair of a connection string, whose
    values are literals even when shaped like `object.attribute` (but not `settings.DbPassword`)."""
    return text[key_start - 1: key_start] == ";" and text[value_end: value_end + 1] == ";" \
        and _SECRET_WORD.search(text, value_start, value_end) is None


_SECRET_WORD = re.compile(r"(?i)pass|pwd|secret|token|key|cred")  # `settings.DbPassword`: a reference after all


def _random_letters(value: str) -> bool:
    """`udDYDJjlIuZlkYGHWm`: letters of both cases switching often, no words run together (`WelcomeToTheTeam`)."""
    switches = sum(a.islower() != b.islower() for a, b in zip(value, value[1:], strict=False))
    return len(value) >= 12 and value.isalpha() and switches >= len(value) // 3 and not _CAMEL_WORDS.fullmatch(value)


_NUMERIC_PASSWORD = re.compile(r"[A-Za-z]{0,2}\d{5,12}(?<=\w{6})")
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _not_trivial(digits: str) -> bool:
    """Not one digit repeated, not a run up or down ("123456", "987654")."""
    steps = {int(b) - int(a) for a, b in zip(digits, digits[1:], strict=False)}
    return len(set(digits)) > 1 and steps not in ({1}, {-1})


def _emphasised(text: str, start: int, end: int) -> bool:
    """The value in markdown bold (`**Wartung598803**`), which an answer uses as it uses quotes."""
    return text.startswith("**", max(0, start - 2)) and text.startswith("**", end)


# "Password you're using: X", "temporary password to sign in: **X**", "WLAN-Passwort ... lautet ab Montag: X":
# a short clause between the word and a colon, then a value shaped like a chosen password
_CLAUSE_COLON = re.compile(r"[ \t]+(?P<clause>(?:[^\n:.;!?=`\"'*<>{}()\[\]|]|(?<=\w)'(?=\w)){1,60}?)"
                           r"[ \t]*:[ \t]*[`\"'*]{0,2}(?P<v>[^\s`\"'*<>]{6,64})")
_NOT_A_VALUE_CLAUSE = re.compile(r"manager|vault|entry|item|stor|sav|locat|field|polic|requir|rule|hint|length|"
                                 r"expir|reset|chang|updat|hash|last|rotat|format|example|e\.g|such|like|must|should",
                                 re.IGNORECASE)


def _clause_colon_hit(text: str, end: int) -> Hit | None:
    """The value after a password word, a short clause and a colon (see _CLAUSE_COLON)."""
    return _clause_value_hit(_CLAUSE_COLON.match(text, end))


def _clause_value_hit(match: re.Match[str] | None) -> Hit | None:
    """The value of a _CLAUSE_COLON or _CLAUSE_COPULA match, when its clause is not about where or how a password
    is kept and the value is shaped like a chosen password."""
    if match is None or _NOT_A_VALUE_CLAUSE.search(match.group("clause")):
        return None
    value = _clean(match.group("v").rstrip(",;)"))
    if not (looks_like_password(value) and char_classes(value) >= 3) or is_code_expression(value) \
            or _URL.match(value) or _FILE_NAME.search(value):
        return None
    return Hit(match.start("v"), match.start("v") + len(value), "password", 0.7)


# "the password the council IT gave us is X", "the password HR IT gave you was X": a relative clause (who
# chose or handed it over) between the word and the copula, then a value shaped like a chosen password; the
# clause may hold a contraction ("the password you've been using is X")
_CLAUSE_COPULA = re.compile(r"[ \t]+(?P<clause>(?:[^\n:.;!?=`\"'*<>{}()\[\]|,]|(?<=\w)['’](?=\w)){1,50}?)"
                            r"[ \t]+(?:is|was)[ \t]+"
                            r"[`\"'*]{0,2}(?P<v>[^\s`\"'*<>]{8,64})")


def _clause_copula_hit(text: str, end: int) -> Hit | None:
    """The value after a password word, a short relative clause and "is" / "was" (see _CLAUSE_COPULA)."""
    return _clause_value_hit(_CLAUSE_COPULA.match(text, end))


def _spaced_password(value: str) -> bool:
    """A value after "password" and a bare space: a chosen password only when it mixes three or
    more character classes including a digit (`Gr4nite&Otter!`, not `manager` or `SHA256`)."""
    return (8 <= len(value) <= 64 and char_classes(value) >= 3 and any(c.isdigit() for c in value)
            and not is_placeholder(value) and not is_code_expression(value) and not _URL.match(value))


_HEX = re.compile(r"[0-9a-f]+|[0-9A-F]+")


def _secret_conf(value: str, key: str) -> float:
    if (is_code_expression(value) and not dotted_token(value)) or looks_fake(value):
        return 0.0
    # looks_like_key(value, 12), the entropy computed once; one part of a split secret is shorter (`Key-Part1`)
    bits = key_entropy(value, 8 if _PART.search(key) else 12)
    # hex keys (Datadog, many vendors) draw on 16 symbols: a random 32-character one often measures 3.2-3.4 bits
    floor = 3.0 if len(value) < 24 or _HEX.fullmatch(value) else 3.3
    if bits is None or bits < floor:
        return 0.0
    return 0.85 if len(value) >= 20 and bits >= 3.5 else 0.7


def _type(kind: str, key: str, value: str, text: str, lowered: str, at: int) -> str:
    low = key.lower()
    if kind == "sec" and len(value) == 40 and ("aws" in low or "secret_access" in low or "secretaccess" in low
                                               or "secret access" in text[max(0, at - 40):at].lower()):
        return "aws_secret_key"
    if kind == "pw" and _CONN_CONTEXT.occurs(text, lowered, max(0, at - 120), at):
        return "connection_string"
    return "password" if kind == "pw" else "generic_secret"


def _wordy(value: str) -> bool:
    """`auth/approle/role/payments-svc`, `grant_type=client_credentials`: words, not a key."""
    return word_parts(value) >= 2


def _on_structured_line(text: str, key_start: int) -> bool:
    """`_STRUCTURED_LINE.search(text, max(0, key_start - 200), key_start)`: only a line lead stands
    between the key and the start of its line, which is at most 200 characters back. Only the
    last line break can begin a match, so the pattern is tried once, not at 200 positions."""
    line = text.rfind("\n", max(0, key_start - 200), key_start)
    if line < 0 and key_start > 200:
        return False
    return _LINE_LEAD.fullmatch(text, line + 1, key_start) is not None


def _prefixed_key(value: str) -> bool:
    """`lat_scim_AJvSdw…`, `acme-live-Q8mZ…`: a vendor's word prefix before a long random tail in
    mixed case with digits, which no identifier or path ends in."""
    tail = compiled(r"[_\-]").split(value)[-1]
    return len(tail) >= 24 and char_classes(tail) >= 3 and looks_like_key(tail, 24, min_entropy=3.5)


# A field's name in lowerCamel case (`extensionAttribute3`), quoted near a password word: no password.
_LOWER_CAMEL = re.compile(r"[a-z]{2,}(?:[A-Z][a-z]+)+\d{0,2}")
# Capitalised words run together, an error code or a type name: `InvalidClientTokenId`, `AccessDeniedException`.
_CAMEL_WORDS = re.compile(r"(?:[A-Z][a-z]+)+")
# A vault entry's or a connection's name: three or more words, capitalised or in capitals, joined by `-` or `_`
# (`Adyen-Webhook-HMAC-Ecom`, `Shift4-LIS1-ECOM-AuthToken`).
_NAME_PART = re.compile(r"(?:[A-Z]{2,8}|(?:[A-Z][a-z]+)+|[a-z]{2,})\d{0,2}")
_NAME_SEPARATOR = re.compile(r"[-_]")


def _named_parts(value: str) -> bool:
    """One part at least in capitals (an acronym, `HMAC`, `ECOM`): words joined alone (`Correct-Horse-Battery`) may
    be a passphrase."""
    parts = _NAME_SEPARATOR.split(value)
    return len(parts) >= 3 and all(_NAME_PART.fullmatch(part) for part in parts) \
        and any(part.rstrip("0123456789").isupper() and len(part) >= 2 for part in parts)


def _key_shaped(value: str) -> bool:
    """A token near a secret-like word that reads as a key: random, not words, a UUID, a sample
    or code. Its entropy must reach 3.5 bits, which takes at least 12 distinct characters."""
    if len(set(value)) < 12 or (_wordy(value) and not _prefixed_key(value)) or _UUID.fullmatch(value) \
            or looks_fake(value) or _FILE_NAME.search(value) or _CAMEL_WORDS.fullmatch(value) \
            or _named_parts(value):
        return False
    return not is_code_expression(value) and looks_like_key(value, 20, min_entropy=3.5)


def _nearby(text: str, lowered: str, kind: str, pos: int, verdicts: dict[str, bool]) -> Hit | None:
    """A secret a little after a secret-like word; `verdicts` remembers `_key_shaped` per token
    over one text (the windows of neighbouring words overlap)."""
    window_end = min(len(text), pos + (80 if kind == "pw" else 120))
    if kind == "pw":
        line_end = text.find("\n", pos, window_end)
        match = _NEARBY_QUOTED.search(text, pos, window_end if line_end < 0 else line_end)
        if match and looks_like_password(match.group(2)) and not _HOST_PART.match(match.group(2)):
            return Hit(match.start(2), match.end(2), "password", 0.7)
        wrapped = _NEARBY_WRAPPED.search(text, pos, window_end if line_end < 0 else line_end) \
            if text[pos:pos + 1].isspace() else None  # in a sentence, not `password@tcp(localhost:3306)`
        value = wrapped.group(wrapped.lastindex) if wrapped else ""
        if value and _spaced_password(value) and any(c.islower() for c in value) \
                and any(c.isupper() for c in value[1:]) and not _HOST_PART.match(value):
            return Hit(wrapped.start(wrapped.lastindex), wrapped.end(wrapped.lastindex), "password", 0.7)
        # the same paragraph, a line or two on: only a value shaped like a chosen password
        paragraph_end = text.find("\n\n", pos, pos + 200)
        for match in _NEARBY_QUOTED.finditer(text, pos, paragraph_end if paragraph_end >= 0 else
                                             min(len(text), pos + 200)):
            if _spaced_password(match.group(2)) and not _HOST_PART.match(match.group(2)) \
                    and not _LOWER_CAMEL.fullmatch(match.group(2)):  # `extensionAttribute3`: a field's name
                return Hit(match.start(2), match.end(2), "password", 0.7)
        return None
    for match in _NEARBY_KEY.finditer(text, pos, window_end):
        value = match.group().rstrip(".")
        if _ID_KEYED.search(text, max(0, match.start() - 40), match.start()):
            continue  # `fileId="1mB7…"`: the value of its own id key, another thing than the secret word's
        shaped = verdicts.get(value)
        if shaped is None:
            shaped = verdicts[value] = _key_shaped(value)
        if shaped:
            if _HASH_CONTEXT.occurs(text, lowered, max(0, pos - 40), window_end) or _HEX.fullmatch(value) \
                    and _COMMIT_CONTEXT.occurs(text, lowered, max(0, pos - 40), window_end):
                return None
            return Hit(match.start(), match.start() + len(value), "generic_secret", 0.6)
        if match.start() - pos <= 3 and _named_hex_key(value):  # "integration key `aa94…`": a vendor's hex key
            return Hit(match.start(), match.start() + len(value), "generic_secret", 0.7)
    return None


def _named_hex_key(value: str) -> bool:
    """A hex key of 32 characters or more, random enough for one, right after the words that name it."""
    return len(value) >= 32 and _HEX.fullmatch(value) is not None and not looks_fake(value) \
        and (key_entropy(value, 32) or 0.0) >= 3.0


def _keywords(text: str, lowered: str, found: Occurrences) -> list[tuple[int, int, str]]:
    """(start, end, "pw" | "sec") of every secret-like word, found by anchor words (fast)."""
    words: dict[int, tuple[int, str]] = {}
    for match in matches_at(_KEYWORD, lowered, starts_of(found, _ANCHORS)):
        words[match.start()] = (match.end(), "pw" if match.group("pw") else "sec")
    for pos in found["key"]:
        prefix = _KEY_PREFIX.search(lowered, max(0, pos - 14), pos)
        if prefix is not None and not (prefix.group().startswith("x-") and _NOT_A_SECRET_KEY.search(prefix.group())):
            words[prefix.start()] = (pos + 3, "sec")
        elif text.startswith("KEY", pos) and (env := _ENV_NAME.search(text, max(0, pos - 40), pos)) is not None \
                and not _ENV_NOT_SECRET.intersection(_KEY_WORDS.findall(env.group().lower())):
            words.setdefault(env.start(), (pos + 3, "env"))
    return [(start, end, kind) for start, (end, kind) in sorted(words.items())]


def _env_pair_hits(text: str, found: Occurrences) -> list[Hit]:
    """`- name: DB_PASSWORD / value: "..."` (Kubernetes env, ECS task definitions, JSON)."""
    hits = []
    for match in matches_at(_ENV_PAIR, text, found["name"]):
        group = next(g for g in ("dq", "sq", "bare") if match.group(g) is not None)
        hit = key_value_hit(match.group("key"), match.group(group))
        if hit is not None:
            hits.append(Hit(match.start(group), match.end(group), hit.type, hit.confidence))
    return hits


def _pat_in_prose(text: str, end: int) -> bool:
    """"a fine-grained PAT for the bot, scoped to `org/app-*`": the acronym as a noun of a sentence,
    whose "for … to" clause names no value (a key `AZDO_PAT:` or "the PAT is …" does)."""
    sep = _SEP.match(text, end)
    return sep is not None and sep.group("for") is not None


def keyed_hits(text: str, lowered: str, found: Occurrences) -> list[Hit]:
    """Secrets that follow a secret-like key, flag or word in `text` (`lowered` is fold(text), `found`
    the occurrences of LITERALS in it)."""
    hits: list[Hit] = []
    verdicts: dict[str, bool] = {}
    for start, end, kind in _keywords(text, lowered, found):
        if start and text[start - 1].isalpha() and lowered[start:end] in ("pass", "pwd", "passcode") \
                and not (text[start].isupper() and text[start - 1].islower()):
            continue  # bypass, compass (a camelCase key's part is one: StoragePass, DbPwd)
        if lowered[start:end] == "pat" and _pat_in_prose(text, end):
            continue
        env = kind == "env"  # a service's key by name only: a long, random value or nothing
        kind = "sec" if env else kind
        part = _PART_SUFFIX.match(text, end) if kind in ("sec", "pw") else None
        if part is not None and (kind == "sec" or any(ch.isalpha() for ch in part.group())):  # pw: `DB_PASS_PART2`
            end = max(end, part.end())
        field = _VALUE_SUFFIX.match(text, end)
        end = field.end() if field is not None else end
        key_start, at_end = _key_bounds(text, start, end)
        key = text[key_start:end]
        if not at_end or _excluded(key[: start - key_start]) or _angled(text, key_start, end):
            continue
        sep = _SEP.match(text, end)  # the key's separator and value, read once for both checks
        value = _VALUE.match(text, sep.end()) if sep is not None else None
        if value is not None and _snmp_default(key, value.group(value.lastgroup)):
            continue
        hit = _value_hit(text, lowered, kind, key, key_start, sep, value)
        if hit is None and kind == "pw":
            hit = _clause_colon_hit(text, end) or _clause_copula_hit(text, end)
        if hit is None and not env and not _placeholder_assigned(text, sep, value):
            hit = _nearby(text, lowered, kind, end, verdicts)
        if hit is not None and (not env or hit.confidence >= 0.85):
            hits.append(hit)
    if found["pgpass"] or ":5432:" in text or ":6432:" in text:  # host:port:database:user:password
        named = bool(found["pgpass"])  # else a PostgreSQL port, and a value shaped like a chosen password
        hits += [Hit(m.start("pw"), m.end("pw"), "password", 0.8) for m in _pgpass_lines(text)
                 if not is_placeholder(m.group("pw")) and (named or looks_like_password(m.group("pw")))]
    return hits + _env_pair_hits(text, found)


# The communities SNMP devices ship with: known to everyone, no secret (`SNMP_RO=public`).
_SNMP_DEFAULTS = frozenset({"public", "private"})


def _snmp_default(key: str, value: str) -> bool:
    """An SNMP community key whose value is a vendor default."""
    low = key.lower()
    return ("community" in low or low.startswith("snmp_")) and value.strip().lower() in _SNMP_DEFAULTS


def _pgpass_lines(text: str) -> list[re.Match]:
    """`_PGPASS.finditer(text)`, searched only in the lines holding a port field (`:5432:`, `:*:`)."""
    matches: list[re.Match] = []
    line_end = -1
    for port in _PORT_FIELD.finditer(text):
        if port.start() < line_end:
            continue  # in the line searched last
        line_start = text.rfind("\n", 0, port.start()) + 1
        line_end = text.find("\n", port.end())
        line_end = len(text) if line_end == -1 else line_end
        matches.extend(_PGPASS.finditer(text, line_start, line_end))
    return matches


_ANGLE_PLACEHOLDER = re.compile(r"<[^<>\n]{1,80}>")


def _angled(text: str, key_start: int, end: int) -> bool:
    """`postgresql://<user>:<password>@host`: the key is a placeholder's name in angle brackets, a part
    of a URI or a DSN (`@`, `:`, `/` follow), not an XML element (`<password>…</password>`)."""
    return key_start > 0 and text[key_start - 1] == "<" and text.startswith(">", end) \
        and text[end + 1: end + 2] in ("@", ":", "/", ";", "&", ",", ")")


def _placeholder_assigned(text: str, sep: re.Match | None, value: re.Match | None) -> bool:
    """`STRIPE_SECRET_KEY=<your-stripe-key>`: the key's value is given, a placeholder, so a token
    further on belongs to something else (`sep`: _SEP matched after the key, `value`: _VALUE after it)."""
    if sep is None or not sep.group("op"):
        return False
    if _ANGLE_PLACEHOLDER.match(text, sep.end()):
        return True
    return value is not None and is_placeholder(value.group(value.lastgroup))


def _value_hit(text: str, lowered: str, kind: str, key: str, key_start: int, sep: re.Match | None,
               value_match: re.Match | None) -> Hit | None:
    """The secret after the key (`sep`: _SEP matched where the key ends, `value_match`: _VALUE after it)."""
    if sep is None or value_match is None:
        return None
    flag = key.startswith("-")
    group = value_match.lastgroup  # each alternative is one named group
    value = value_match.group(group)
    if group == "bare":
        value = _clean(value)
    if not value.strip() or (flag and _CLI_FLAG.fullmatch(value)) or group != "bare" and _CONCATENATED.fullmatch(value):
        return None
    if sep.group("space") and not flag:  # "password Gr4nite&Otter!": only a value shaped like one
        start = value_match.start(group)
        if kind == "sec" and group != "bare" and _COMPOUND_KEY.fullmatch(key) and _spaced_password(value):
            return Hit(start, start + len(value), "generic_secret", 0.7)  # SNMPv3 `authKey 'Sn3p!Auth-C0re'`
        if kind == "sec" and group == "bare" and _COMPOUND_KEY.fullmatch(key) and _on_structured_line(text, key_start) \
                and (_UUID.fullmatch(value) or looks_like_key(value, 20)) and not is_placeholder(value):
            # a config file's `Key   Value` line (fluent-bit `Splunk_Token aed0b1dc-…`): a HEC token is a GUID
            return Hit(start, start + len(value), "generic_secret", 0.75)
        if kind != "pw" or not (_spaced_password(value) or (
                _emphasised(text, start, start + len(value)) and looks_like_password(value))):
            return None
        return Hit(start, start + len(value), "password", 0.7)
    start = value_match.start(group)
    if group == "bare" and _AUTHORIZATION_KEY.search(key) and text.startswith(" ", start + len(value)):
        return None  # `Authorization: AWS4-HMAC-SHA256 Credential=…`: the scheme, its credential follows
    structured = _on_structured_line(text, key_start)
    quoted = group != "bare"
    paired = kind == "pw" and _connection_pair(text, key_start, start, start + len(value))
    conf = _password_conf(value, quoted, sep, structured, flag, paired) if kind == "pw" else _secret_conf(value, key)
    if sep.group("made") and kind == "pw" and not looks_like_password(value):
        return None  # "Password reset: done": a status line, not "Kennwort erstellt: Kf7#pLq2vR9x"
    if conf <= 0:
        return None
    return Hit(start, start + len(value), _type(kind, key, value, text, lowered, sep.start()), conf)


# `"…;Password=" + cfg.Password + ";"`: between the quotes, code that joins a variable into the string
_CONCATENATED = re.compile(r"\s*(?:\+|\.|&|\|\|)\s.*\s(?:\+|\.|&|\|\|)\s*")
# a key named as code names it (`authKey`, `priv_key`): a quoted value after a bare space is its value
_COMPOUND_KEY = re.compile(r"[A-Za-z][a-z0-9]*(?:[A-Z][a-z0-9]*|[_.\-][A-Za-z0-9]+)+")
_GENERIC_VALUE_KEYS = frozenset({"value", "data", "plaintext", "secret_value", "content", "payload"})
_SECRET_TOOL = re.compile(r"password|passwd|secret|token|credential|api_?key", re.IGNORECASE)


# `X-Api-Key-Part1`, `X-Api-Key-B`: one part of a secret split over keys
_PART = re.compile(r"[-_ ]?(?:part|chunk|segment|piece)?[-_ ]?\d+$|(?<=[a-z])[-_][a-d]$", re.IGNORECASE)


_SERVICE_KEY = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[_\-.][A-Za-z0-9]+){0,2}(?:[_\-.](?:key|Key|KEY)|(?<=[a-z0-9])Key)")
_VENDOR_PREFIX = re.compile(r"(?:live|test|prod|sk|rk)_")  # Mollie's `live_…`, a vendor's mode before the random part
_NOT_A_SECRET_KEY = re.compile(r"(?i)primary|foreign|sort|partition|cache|idempoten|object|file|s3|row|hash|range|"
                               r"shard|dedup|lookup|join|map|dict|group|public|pub|routing|composite|unique|index|"
                               r"memory|storage_?key_?name|keyname|license_?key_?id")


def _prefix_end(value: str) -> int:
    prefix = _VENDOR_PREFIX.match(value)
    return prefix.end() if prefix is not None else 0


def secret_name_kind(name: str) -> str | None:
    """"pw" when `name` ends in a password word (`DB_PASSWORD`), "sec" in another secret word
    (`CLIENT_SECRET`, `apiKey`), None for any other name (`max_tokens`, `SECRET_NAME`)."""
    kw = None
    for match in _KEYWORD.finditer(name):
        if _key_bounds(name, match.start(), match.end())[1] and match.end() == len(name):
            kw = match
    if kw is None or _excluded(name[: kw.start()]):
        return None
    return "pw" if kw.group("pw") else "sec"


_HEX32 = re.compile(r"[0-9a-f]{32}")
_HEX_KEY = re.compile(r"(?:pass(?:word|wd)?|pw|pwd|secret)[_.-]?hex$")


def pagerduty_key_hit(key: str, value: str, raw: str) -> Hit | None:
    """32 hex digits under `routing_key` in a call that sends a PagerDuty event: the service's integration key.
    The call says so (`event_action`, the Events API's address); a message queue's routing key is a name."""
    if key.lower().endswith("routing_key") and _HEX32.fullmatch(value) and (key_entropy(value, 32) or 0.0) >= 3.0 \
            and ("event_action" in raw or "pagerduty" in raw.lower()):
        return Hit(0, len(value), "api_key", 0.85)
    return None


# A password named for what it is used for (`password_for_phone_verification`), or the memorable word a caller gives
_PASSWORD_FOR = re.compile(r"(?:pass(?:word|wd|phrase)|pin)[_.-](?:for|to|used[_.-]for|of)[_.-]|memorable[_.-]?word$",
                           re.IGNORECASE)


def key_value_hit(key: str, value: str, tool_name: str = "") -> Hit | None:
    """A whole string value under a secret-like key, e.g. `{"password": "..."}` in tool arguments."""
    name = _PART.sub("", key) or key
    field = _VALUE_SUFFIX.search(name)
    name = name[:field.start()] if field is not None and field.start() > 0 and field.end() == len(name) else name
    if key.lower() in _GENERIC_VALUE_KEYS and _SECRET_TOOL.search(tool_name):
        if is_placeholder(value) or len(value) < 4 or " " in value.strip() or DESIGN_VALUE.fullmatch(value):
            return None  # `update_tokens({... "value": "#7C5CFF"})`: a design system's token, no secret
        return Hit(0, len(value), "generic_secret", 0.8)
    if _AUTHORIZATION_KEY.fullmatch(key) and " " in value.strip():  # `Splunk <token>`: scheme and credential
        span = scheme_token(value)
        return Hit(*span, "api_key", 0.85) if span is not None else None
    if name.lower().endswith("routing_key") and ORCHESTRATION_KEY.fullmatch(value) and looks_like_key(value, 32):
        return Hit(0, len(value), "api_key", 0.85)  # PagerDuty's key, in a tool call's body (`{"routing_key": …}`)
    if _HEX_KEY.search(key.lower()) and hex_password(value):  # `"pw_hex": "4869…"`: a password spelled in hex
        return Hit(0, len(value), "password", 0.85)
    kind = "pw" if _PASSWORD_FOR.match(name) else secret_name_kind(name)
    if kind is None and _SERVICE_KEY.fullmatch(name) and not _NOT_A_SECRET_KEY.search(name) \
            and (key_entropy(value, 24) or 0.0) >= 3.0 \
            and not any(ch in value[_prefix_end(value):] for ch in "-_."):
        kind = "sec"  # `openweather_key`: a service's key when its value is a long random run (`flagKey` names a flag)
    if kind is not None and " " in value.strip():
        return _noted_secret_hit(kind, name, value)
    if kind is None:
        return None
    if kind == "pw":
        conf = 0.85 if not is_placeholder(value) and len(value) >= 3 else 0.0
    else:
        conf = _secret_conf(value, name)
    if conf <= 0:
        return None
    return Hit(0, len(value), _type(kind, name, value, "", "", 0), conf)


# A secret kept with a note after it: `"u+nF9PnBOMWFS29FdN07 (PagerDuty REST key, full access)"`,
# `"hX9!kd72Lqp - prod"`.
NOTED_VALUE = re.compile(r"\s*(?P<secret>[^\s(\[]{8,})\s+(?:\(|\[|-\s|\u2013|\u2014|#|//|;)")


def _noted_secret_hit(kind: str, name: str, value: str) -> Hit | None:
    """The secret a value under a secret-like key starts with, a note following it (never a phrase of words)."""
    noted = NOTED_VALUE.match(value)
    if noted is None:
        return None
    secret = noted.group("secret")
    start, end = noted.span("secret")
    if kind == "pw":
        mixed = any(ch.isdigit() for ch in secret) and any(ch.isalpha() for ch in secret)
        return Hit(start, end, "password", 0.8) if mixed and not is_placeholder(secret) else None
    conf = _secret_conf(secret, name)
    return Hit(start, end, _type(kind, name, secret, "", "", 0), conf) if conf >= 0.7 and len(secret) >= 16 else None

