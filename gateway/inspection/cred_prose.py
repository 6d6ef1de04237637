"""Secrets in prose that name no password: a `user / value` pair after a sign-in verb ("sign in as
ops / Gr@nite-19", "inloggen kan met x / y"), a keypad code for a door or an alarm ("le code de la
porte est 4819#", "larmet ... är kod 7731"), a secret-shaped value quoted in a sentence about
logging in ("they tried `Spring#Tulip92` and it returns invalid credentials"), a Twilio account SID
with its auth token."""

from __future__ import annotations

import re

from gateway.inspection.alternation import head_first
from gateway.inspection.cred_patterns import Hit, starts_of
from gateway.inspection.cred_values import char_classes, is_placeholder, looks_like_key, looks_like_password
from gateway.inspection.literals import Occurrences

SIGN_IN_LEAD = re.compile(
    r"\b(?:sign(?:ed)?(?:-| )?in(?:to)?|log(?:ged)?(?:-| )?(?:in(?:to)?|on)|login|inloggen|logga in|accedi|entra|"
    r"connecte[zr]?|anmelden|local admin(?:istrator)?|"
    r"credentials?|zugangsdaten|identifiants|credenciales|credenziali)\b"
    # what is signed in to may be named by its address ("log in to the UI at https://san.dc1.local with user x / y")
    r"(?:[^\n.]|\.(?=[\w/])){0,90}?(?:\b(?:as|with|using|met|som|med|con|com|avec|mit|als|is|are|ist|es|est|är)"
    r"[^\S\n]+|:[^\S\n]*)(?:(?:the[^\S\n]+)?(?:\w+[^\S\n]+)?(?:user(?:name)?|account|login)[^\S\n]+)?[(\[]?`?"
    r"(?![@])[\w.@+\\-]{2,40}`?[^\S\n]*/[^\S\n]*`?$")  # `\`: a Windows login (`.\rendadmin`, `CORP\svc`)
# The password said after the account a sign-in uses ("log in as admin with Xq7!...", "sign in as svc-ro
# using `...`"): a chosen value, so mixed case with a digit, or a symbol other than `-._/`.
AS_WITH = re.compile(r"(?i:\b(?:log(?:ged)?[ -]?(?:in|on)|sign(?:ed)?[ -]?in)(?:to)?\b[^\n.]{0,60}?\bas[ \t]+)"
                     r"[`'\"]?[\w.@\\-]{2,40}[`'\"]?[ \t]+(?i:with|using)[ \t]+"
                     r"(?:(?i:the[ \t]+)?(?i:password|passwort|pw|pass)[ \t:]+)?[`'\"]?(?P<s>[^\s`'\"]{8,64})")
AS_WITH_ANCHORS = ("log in", "log-in", "login", "logged in", "log on", "logon", "sign in", "signed in", "sign-in")
LEAD_REACH = 180  # characters before the pair the sign-in lead may start
CODE_ANCHORS = ("cod", "kod", "pin", "códig")
PLACE = re.compile(r"\b(?:door|doors|porte|porta|portão|puerta|dörr\w*|deur|tür\w*|larm\w*|alarm\w*|keypad|"
                   r"safe|coffre|kluis|gate|cancello|lock|cadenas|server ?room|salle|serverrum\w*|lockbox|"
                   # a medicine or key cabinet's code, a bypass of its reader ("the cabinet-level bypass PIN is 7194")
                   r"cabinets?|locker|lockers|key ?box|dispensing|bypass|"
                   # an intruder alarm panel's own codes: "engineer code ... is 7351-9044, master user code 2086"
                   r"intruder|engineer code|master (?:user )?code|duress code)\b")
KEYPAD = re.compile(r"\b(?P<k>code|kod(?:en)?|codice|código|pin(?:code)?|combinaison|combination)\b"
                    r"(?P<gap>[^\d\n]{0,40}?)(?P<s>\d{4,8}[#*]?)(?!\d)")
NOT_A_CODE = re.compile(r"\b(?:error|status|exit|zip|postal|post|area|country|http|reason|return|response|"
                        r"promo|discount|product|sms|verification|otp|one-time)\b[^\n]{0,8}$")
COPULA = re.compile(r"(?:^\s*$|\b(?:is|est|är|è|é|ist|es|is nu|lautet|:)|[:=]\s*$|\bkod\b|\bcode\b)")
QUOTES = ("`", "'", '"')
LOGIN_ANCHORS = ("log in", "login", "log on", "logon", "logged in", "sign in", "signed in", "credential", " pw ",
                 " pw:", "pwd", "passwd", "local admin",
                 "compte administrateur", "admin account", "administrator account",
                 "admin-konto",
                 "cuenta de administrador", "conta de administrador")
# A TOTP seed: base32 after the words that hand one over (`otpauth://` URIs are found elsewhere).
TOTP_SEED = re.compile(r"(?i:\b(?:totp|seed|authenticator|2fa secret|mfa secret|otp secret)\b)[^\n]{0,60}?"
                       r"(?<![A-Z2-7])(?P<s>[A-Z2-7]{16,64})(?![A-Za-z0-9])")
# the auth token quoted, or after the word "auth" ("AC8f… / auth 4e9a…" in a memory tool's value)
TWILIO = head_first(r"\bAC[0-9a-f]{32}\b[^\n]{0,120}?(?:[\"'](?P<s>[0-9a-f]{32})[\"']|"
                    r"\bauth(?:[ _-]?token)?[ :=]{1,3}(?P<s2>[0-9a-f]{32})\b)")
# the other order: the auth token named first, its account SID after ("auth token `8146…` with account SID `AC…`")
TWILIO_TOKEN_FIRST = head_first(r"\bauth[ _-]?token\b[^\n]{0,40}?(?<![0-9a-f])(?P<s>[0-9a-f]{32})(?![0-9a-f])"
                                r"[^\n]{0,120}?\bAC[0-9a-f]{32}\b")


# A quoted `user` / `secret` pair: how chat hands over a login.
PAIR = re.compile(r"`[\w.@-]{2,40}`[^\S\n]*/[^\S\n]*`(?P<s>[^`\s]{8,64})`")
PAIR_ANCHOR = "` / `"
# ... or a pair in bold: "the shared presenter account **av-presenter** / **Exhibit$Screen42**"
BOLD_PAIR = re.compile(r"\*\*[\w.@-]{2,40}\*\*[^\S\n]*/[^\S\n]*\*\*(?P<s>[^*\s]{8,64})\*\*")
BOLD_PAIR_ANCHOR = "** / **"
# An account id, bare, then its password in backticks ("for the record: bg-epic-ed01 / `Gl4ss!Br3ak-ED-01`").
BARE_USER_PAIR = re.compile(r"(?<![\w./@`-])[\w.@-]{2,40}[^\S\n]*/[^\S\n]*`(?P<s>[^`\s]{8,64})`")
BARE_USER_PAIR_ANCHOR = " / `"
SYMBOL = re.compile(r"[^\w./-]")  # a chosen password's symbol, which versions, paths and names lack
# A file locked with a password and the value that opens it ("I've password-protected the workbook ...
# Open it with `UAR-Q3!2024-Ev`").
PROTECTED_FILE = re.compile(r"(?i:password[- ]protect\w*|encrypt\w*|protected with a password)[^\n]{0,200}?"
                            r"\b(?i:open|unlock|decrypt|unzip|extract)\w*[^\n.`]{0,30}?\b(?i:with|using)[^\S\n]+"
                            r"[`'\"](?P<s>[^`'\"\s]{6,64})[`'\"]")
PROTECTED_ANCHORS = ("password-protect", "password protect", "encrypt", "protected with a password")
FILE_NAME = re.compile(r"[\w./-]*(?:/[\w./-]*|\.[A-Za-z]{1,5})")  # a path or a file, not a secret
# A row of a CLI's key/value output (`vault write -f auth/approle/.../secret-id`, `npm token create`):
# a secret's name at the start of a line, two or more blanks or a box bar, then its value.
TABLE_KEYS = ("secret_id", "client_secret", "secret_access_key", "api_key", "auth_token", "token", "password")
TABLE_ROW = re.compile(r"(?i:secret_id|client_secret|secret_access_key|api_key|auth_token|token|password)"
                       r"(?:[ \t]{2,}|[ \t]*[│|][ \t]*)(?P<s>[^\s│|]{16,})")
# A one-time MFA bypass, backup or recovery code handed over ("Bypass code: **739 204 615**").
BYPASS = re.compile(r"(?i:bypass|backup|recovery|one-time|temporary)\s+(?i:codes?|pin)\b[^\n\d]{0,20}?"
                    r"(?P<s>\d{3}[ -]?\d{3}[ -]?\d{3,4}|\d{6,10})(?!\d)")
# Such a code set off after a colon later on its line ("Duo bypass code for the user at the airport (valid for 1 use,
# expires in 2 hours): **454720151**"), digits or groups of capitals and digits (`7F3K-9QPL-2M8X-W4ZT`).
BYPASS_SET_OFF = re.compile(r"(?i:bypass|backup|recovery|one-time|temporary)\s+(?i:codes?|pin)\b[^\n]{0,120}?:[ \t]*"
                            r"[*`]{0,2}(?P<s>\d{3}[ -]?\d{3}[ -]?\d{3,4}|\d{6,10}|[A-Z0-9]{4}(?:-[A-Z0-9]{4}){2,4})"
                            r"[*`]{0,2}(?![\w-])")
# A list of recovery or backup codes (GitHub's `d02f6-47438`, `1234 5678`, Duo's `418 220 963`): three or
# more, each used once.
RECOVERY_CODE = re.compile(r"(?<![\w-])(?:[0-9a-f]{5}-[0-9a-f]{5}|[0-9a-f]{4}-[0-9a-f]{4}|\d{4}[ -]\d{4}|"
                           r"\d{3}[ -]\d{3}[ -]\d{3}|\d{8,10})(?![\w-])")
RECOVERY_REACH = 300
BYPASS_ANCHORS = ("bypass", "backup code", "recovery code", "one-time code", "temporary code", "temporary pin")
TOTP_ANCHORS = ("totp", "seed", "authenticator", "2fa secret", "mfa secret", "otp secret")
# The password of a `user / value` pair after a sign-in lead, when it has no symbol the shaped tokens
# need ("the admin login for the controller is admin / k2KK9Z-6405-Ubq"): three character classes.
SLASH_ANCHOR = " / "
ADMIN_USER = re.compile(r"(?<![\w.-])(?:admin|administrator|root|sa|superuser|enable)$")  # "host admin / X"
SLASH_VALUE = re.compile(r"[^\s'\"`<>{}()\[\],;]{8,64}")
# A password named in Japanese, Chinese or Korean, its value right after a particle or a colon
# ("パスワードは `M52DKpO71f#3095` です", "密码：Xk29!pLq", "비밀번호는 ...").
CJK_PASSWORD = re.compile(r"(?:パスワード|密码|密碼|비밀번호)(?:は|：|:|为|為|是|는|은)?\s*[`「\"'“]?"
                          r"(?P<s>[!#-&(-_a-~]{6,64})(?![!#-&(-_a-~])")  # the value itself: ASCII, no quotes
CJK_ANCHORS = ("パスワード", "密码", "密碼", "비밀번호")
# A key or token named in Japanese, Chinese or Korean, its value within a short phrase of the name
# ("APIキーはこちらです：`4195…`", "令牌：ghx…", "API 키는 …"): a long value of letters and digits.
CJK_KEY = re.compile(r"(?:キー|トークン|シークレット|密钥|秘钥|令牌|키|토큰|시크릿)[^\x00-\x7f\n]{0,12}?[:：]?[ \t]*"
                     r"[`「\"'“]?(?P<s>[A-Za-z0-9_\-+/=.]{16,128})(?![A-Za-z0-9_\-+/=.])")
CJK_KEY_ANCHORS = ("キー", "トークン", "シークレット", "密钥", "秘钥", "令牌", "키", "토큰", "시크릿")
# A PIN handed over with the login it opens ("- User: `W7-FALLBACK`\n- PIN: `608214`"): digits, not a
# run or a sequence, a user or login label within two lines before or after.
PIN = re.compile(r"\bPIN\b(?:[ \t]+(?:for|of|to|on)[ \t][^\n:=`*]{1,40}?)?\**[ \t]*[:=][ \t]*\**[ \t]*[`'\"]?"
                 r"(?P<s>\d{4,10})(?![\d`'\"]?\w)")
PIN_USER = re.compile(r"\b(?:user(?:name)?|login|account|benutzer|usuario|utilisateur|id)\b\**[ \t]*[:=]", re.I)
# A Wi-Fi passphrase written right after its name ("WPA2 passphrase Orbital-kwRzmygWlG-Pumps").
WPA = re.compile(r"wpa[23]?(?:-psk)?\s+(?:passphrase|key|password|psk)\s+(?P<s>[^\s`'\".,;()]{8,63})", re.I)
# ... or said of it later in the sentence, quoted, past the network it opens ("Der WPA2-Schlüssel für das
# Service-WLAN (SSID `PW-Service`) ist `...`", "the WPA2 key for the guest SSID is `...`").
WPA_SAID = re.compile(r"(?:wpa[23]?(?:-psk)?|wlan|wi-?fi)[\s-](?:passphrase|key|password|psk|schlüssel|kennwort|"
                      r"passwort|clé|clave|chave|chiave|sleutel)\b[^\n`.]{0,100}?(?:`[^`\n]{1,40}`[^\n`.]{0,60}?)?"
                      r"\s(?:is|ist|lautet|est|es|è|é|is now|ist jetzt)\s+[`'\"„“](?P<s>[^\s`'\"“”]{8,63})[`'\"“”]",
                      re.I)
# ... or a bare "Key:" shortly after the network's SSID or its PSK mode.
NETWORK_KEY = re.compile(r"\b(?:[Kk]ey|KEY|[Pp]assphrase|[Pp]assword|PSK)\s*[:=]\s*[`'\"]?"
                         r"(?P<s>[^\s`'\"]{8,63}?)[`'\"]?(?=[\s.,;)]*(?:\s|$))")
# A Google or Apple app-specific password: four groups of four lower-case letters.
APP_PASSWORD = re.compile(r"app[- ]?(?:specific )?password\b[^\n]{0,24}?(?<![a-z])"
                          r"(?P<s>[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4})(?![a-z])", re.IGNORECASE)
# An Entra ID Temporary Access Pass under its acronym ("TAP: `k7$Fq2@Wn9Lx`", "the TAP for jdoe is ..."):
# a sign-in credential; the acronym counts only where the answer speaks of access passes or Entra.
TAP = re.compile(r"\bTAP\b(?:[ \t]+(?:for|pour|für|para|per|voor)[ \t][^\n:=`]{1,40}?)?\**[ \t]*"
                 r"(?::|=|\bis\b|\best\b|\bist\b|\bes\b|\bè\b|\bé\b)\**[ \t]*[`'\"]?(?P<s>[^\s`'\"]{8,64})")
TAP_CONTEXT = ("access pass", "entra", "azure ad", "passwordless", "authentication method")
# A quoted value someone types or uses as a password: "He's typing `Kenji.Facilities2023` as the password".
AS_PASSWORD = re.compile(r"[`'\"](?P<s>[^\s`'\"]{6,64})[`'\"][ \t]+(?:as|for)[ \t]+(?:(?:the|a|his|her|their|my|"
                         r"your|its)[ \t]+)?(?:(?:new|current|old|temporary|initial)[ \t]+)?"
                         r"(?:[A-Za-z][\w.-]{1,30}[ \t]+)?$")  # the system's name: "as your ManageBac password"
AS_PASSWORD_ANCHORS = ("password", "passphrase")
# ... the password itself, not a thing about passwords ("`MIN_LENGTH=12` for the password policy")
PASSWORD_THING = re.compile(r"(?:password|passphrase)[a-z]*[ \t-]*(?:polic(?:y|ies)|files?|fields?|managers?|resets?|"
                            r"hash\w*|length|rules?|requirements?|prompts?|box|column|vault|store|expir\w*|history|"
                            r"complexity|change)\b")
# every word prose_secret_hits looks up in `found`
LITERALS = (*TAP_CONTEXT, "tap",
            *CODE_ANCHORS, *TOTP_ANCHORS, *TABLE_KEYS, *BYPASS_ANCHORS, PAIR_ANCHOR, SLASH_ANCHOR, "twilio",
            BARE_USER_PAIR_ANCHOR, BOLD_PAIR_ANCHOR, *PROTECTED_ANCHORS, *AS_WITH_ANCHORS, *AS_PASSWORD_ANCHORS,
            *CJK_ANCHORS, *CJK_KEY_ANCHORS, "wpa", "wlan", "wi-fi", "wifi", "ssid", "psk", "app password",
            "app-password", "app-specific password")


def _line_before(text: str, pos: int) -> int:
    """The newline that ends the line before the one holding `pos` (-1 at the top)."""
    return text.rfind("\n", 0, max(0, text.rfind("\n", 0, pos) - 1))


def _not_trivial(digits: str) -> bool:
    """Not one digit repeated, not a run up or down ("1234", "9876")."""
    steps = {int(b) - int(a) for a, b in zip(digits, digits[1:], strict=False)}
    return len(set(digits)) > 1 and steps not in ({1}, {-1})


def prose_secret_hits(text: str, lowered: str, shaped: list[tuple[int, str]], found: Occurrences) -> list[Hit]:
    """Candidates of every rule here; `shaped` are the secret-shaped tokens (cred_backstop), the
    other rules are tried only at the offsets of their anchors (`found`: occurrences in `lowered`)."""
    hits: list[Hit] = []
    for start, value in shaped:
        if not looks_like_password(value):
            continue
        if lowered[max(0, start - 4):start].rstrip(" `\t").endswith("/") \
                and (SIGN_IN_LEAD.search(lowered, max(0, start - LEAD_REACH), start)
                     or ADMIN_USER.search(lowered[max(0, start - 24):start].rstrip(" `\t/"))):
            hits.append(Hit(start, start + len(value), "password", 0.75))
        elif text[start - 1: start] in QUOTES and text[start + len(value): start + len(value) + 1] in QUOTES \
                and any(w in lowered[max(0, start - 160): start + 160] for w in LOGIN_ANCHORS):
            hits.append(Hit(start, start + len(value), "password", 0.7))
    shaped_starts = {start for start, _ in shaped}
    for pos in found[SLASH_ANCHOR]:
        m = SLASH_VALUE.match(text, pos + 4 if text[pos + 3: pos + 4] in QUOTES else pos + 3)  # `admin / \`X\``
        value = m.group().rstrip(".!?:") if m else ""
        if value and m.start() not in shaped_starts and char_classes(value) >= 3 and looks_like_password(value) \
                and (SIGN_IN_LEAD.search(lowered, max(0, pos - LEAD_REACH), pos + 3)
                     or SYMBOL.search(value) and ADMIN_USER.search(lowered[max(0, pos - 24):pos].rstrip(" `\t"))):
            hits.append(Hit(m.start(), m.start() + len(value), "password", 0.7))
    for pos in starts_of(found, CODE_ANCHORS):
        m = KEYPAD.match(lowered, pos)
        if m and PLACE.search(lowered, max(0, pos - 80), m.end() + 60) and COPULA.search(m.group("gap")) \
                and not NOT_A_CODE.search(lowered[max(0, pos - 30): pos]):
            hits.append(Hit(m.start("s"), m.end("s"), "password", 0.7))
    for pos in starts_of(found, TOTP_ANCHORS):
        m = TOTP_SEED.match(text, pos) if lowered[pos: pos + 1] != " " else None
        if m and not m.group("s").isalpha():  # a real seed holds digits: all letters is a word in capitals
            hits.append(Hit(m.start("s"), m.end("s"), "totp_seed", 0.8))
    for pos in starts_of(found, TABLE_KEYS):
        line_start = text.rfind("\n", 0, pos) + 1
        m = TABLE_ROW.match(text, pos) if not text[line_start:pos].strip(" \t│|") else None
        if m and looks_like_key(m.group("s")):
            hits.append(Hit(m.start("s"), m.end("s"), "generic_secret", 0.8))
    for pos in starts_of(found, BYPASS_ANCHORS):
        m = BYPASS.match(text, pos)
        if m:
            hits.append(Hit(m.start("s"), m.end("s"), "mfa_bypass_code", 0.75))
            continue
        codes = list(RECOVERY_CODE.finditer(text, pos, pos + RECOVERY_REACH))
        if len(codes) >= 3 and len({code.group() for code in codes}) == len(codes):  # each one masked
            hits += [Hit(code.start(), code.end(), "mfa_bypass_code", 0.75) for code in codes]
        elif (m := BYPASS_SET_OFF.match(text, pos)) and any(map(str.isdigit, m.group("s"))):  # not a word in capitals
            hits.append(Hit(m.start("s"), m.end("s"), "mfa_bypass_code", 0.75))
    for pos in found[PAIR_ANCHOR]:
        m = PAIR.match(text, text.rfind("`", 0, pos))
        if m and char_classes(m.group("s")) >= 3 and not is_placeholder(m.group("s")) \
                and not FILE_NAME.fullmatch(m.group("s")):
            hits.append(Hit(m.start("s"), m.end("s"), "password", 0.75))
    for pos in found[BOLD_PAIR_ANCHOR]:
        m = BOLD_PAIR.match(text, text.rfind("**", 0, pos - 1))
        if m and _chosen(m.group("s")):
            hits.append(Hit(m.start("s"), m.end("s"), "password", 0.75))
    for pos in found[BARE_USER_PAIR_ANCHOR]:
        m = BARE_USER_PAIR.match(text, _token_start(text, pos))
        if m and _chosen(m.group("s")) and SYMBOL.search(m.group("s")):
            hits.append(Hit(m.start("s"), m.end("s"), "password", 0.75))
    for pos in starts_of(found, AS_PASSWORD_ANCHORS):
        m = AS_PASSWORD.search(text, max(0, pos - 100), pos)
        if m and not PASSWORD_THING.match(lowered, pos) and _chosen(m.group("s")) \
                and any(map(str.isdigit, m.group("s"))):
            hits.append(Hit(m.start("s"), m.end("s"), "password", 0.75))
    for pos in starts_of(found, PROTECTED_ANCHORS):
        m = PROTECTED_FILE.match(text, pos)
        if m and _chosen(m.group("s")):
            hits.append(Hit(m.start("s"), m.end("s"), "password", 0.75))
    for pos in starts_of(found, ("app password", "app-password", "app-specific password")):
        m = APP_PASSWORD.match(text, pos)
        if m:
            hits.append(Hit(m.start("s"), m.end("s"), "password", 0.8))
    for pos in starts_of(found, CJK_ANCHORS):
        m = CJK_PASSWORD.match(text, pos)
        if m and looks_like_password(m.group("s")):
            hits.append(Hit(m.start("s"), m.end("s"), "password", 0.75))
    for pos in starts_of(found, CJK_KEY_ANCHORS):
        m = CJK_KEY.match(text, pos)
        if m and char_classes(m.group("s")) >= 2 and any(c.isdigit() for c in m.group("s")) \
                and not is_placeholder(m.group("s")):
            hits.append(Hit(m.start("s"), m.end("s"), "api_key", 0.8))
    for pos in found["wpa"]:
        m = WPA.match(text, pos)
        if m and looks_like_password(m.group("s")) and not is_placeholder(m.group("s")):
            hits.append(Hit(m.start("s"), m.end("s"), "password", 0.8))
    for pos in sorted({*found["wpa"], *found["wlan"], *found["wi-fi"], *found["wifi"]}):
        m = WPA_SAID.match(text, pos)
        if m and looks_like_password(m.group("s")) and not is_placeholder(m.group("s")):
            hits.append(Hit(m.start("s"), m.end("s"), "password", 0.8))
    for pos in sorted({*found["ssid"], *found["psk"]}):  # "SSID HCT-SHOP (... so it's PSK). Key: Gr3ase&Gears-2025"
        m = NETWORK_KEY.search(text, pos, pos + 240)
        if m and looks_like_password(m.group("s")) and not is_placeholder(m.group("s")):
            hits.append(Hit(m.start("s"), m.end("s"), "password", 0.8))
    for pos in found["pin"]:
        m = PIN.match(text, pos)
        if m and _not_trivial(m.group("s")) \
                and PIN_USER.search(text, max(0, _line_before(text, pos) - 200), m.end() + 200):
            hits.append(Hit(m.start("s"), m.end("s"), "password", 0.7))
    hits += _tap_hits(text, found)
    for pos in starts_of(found, AS_WITH_ANCHORS):
        m = AS_WITH.match(text, pos)
        value = m.group("s").rstrip(".,;:!?)") if m else ""
        if value and _chosen(value) and (SYMBOL.search(value) or value[1:] != value[1:].lower()
                                         and any(c.isdigit() for c in value)):
            hits.append(Hit(m.start("s"), m.start("s") + len(value), "password", 0.7))
    if found["twilio"] or "auth" in lowered:  # an SID with its auth token names the service without the word
        for m in TWILIO.finditer(text):
            group = "s" if m.group("s") else "s2"
            if group == "s2" or found["twilio"]:
                hits.append(Hit(m.start(group), m.end(group), "twilio_auth_token", 0.9))
        hits += [Hit(m.start("s"), m.end("s"), "twilio_auth_token", 0.9) for m in TWILIO_TOKEN_FIRST.finditer(text)]
    return hits


def _token_start(text: str, pos: int) -> int:
    """Where the word that ends at `pos` (before ` / `) begins."""
    return max(text.rfind(" ", 0, pos), text.rfind("\n", 0, pos), text.rfind("\t", 0, pos)) + 1


def _chosen(value: str) -> bool:
    return looks_like_password(value) and char_classes(value) >= 3 and not is_placeholder(value)


def _tap_hits(text: str, found: Occurrences) -> list[Hit]:
    """Temporary Access Pass values written under the acronym `TAP`."""
    if not found["tap"] or not starts_of(found, TAP_CONTEXT):
        return []
    hits = []
    for pos in found["tap"]:
        m = TAP.match(text, pos)
        value = m.group("s").rstrip(".,;)") if m else ""
        if value and looks_like_password(value) and char_classes(value) >= 3:
            hits.append(Hit(m.start("s"), m.start("s") + len(value), "password", 0.8))
    return hits
