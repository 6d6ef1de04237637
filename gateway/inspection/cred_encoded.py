"""Base64-wrapped secrets: Kubernetes Secret `data`/`stringData`, Docker config `auth`, and any
base64 blob whose decoded text carries a secret (found by re-running the plain-text rules on it) or
is a `user:password` login said to be one.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable

from gateway.inspection.alternation import head_first
from gateway.inspection.cred_patterns import Hit, finditer_at, occurring
from gateway.inspection.cred_values import (
    char_classes,
    decode_base64,
    decode_hex,
    is_placeholder,
    looks_like_key,
    looks_like_password,
    user_password,
)
from gateway.inspection.keywords import lines_with
from gateway.inspection.literals import Occurrences
from gateway.inspection.lowered import shared_lower
from gateway.inspection.runs import alphabet_table, run_starts

Scanner = Callable[[str], list[Hit]]

_K8S_KIND = re.compile(r"""["']?kind["']?\s*:\s*["']?Secret\b""")
_YAML_SECTION = re.compile(r"^(?P<indent>[ \t]*)(?P<section>data|stringData):[ \t]*(?:#.*)?$", re.MULTILINE)
_YAML_ENTRY = re.compile(
    r"""(?P<indent>[ \t]+)["']?(?P<key>[A-Za-z0-9_.\-]+)["']?:[ \t]*["']?(?P<val>[^\s"'#][^"'\n#]*?)["']?[ \t]*$""",
    re.MULTILINE,
)
_JSON_SECTION = re.compile(r"""["'](?P<section>data|stringData)["']\s*:\s*\{(?P<body>[^{}]{1,20000})\}""")
_JSON_ENTRY = re.compile(r""""(?P<key>[^"\\]{1,128})"\s*:\s*"(?P<val>[^"\\]{1,20000})\"""")
_DOCKER_AUTH = re.compile(r"""["']auth["']\s*:\s*["'](?P<s>[A-Za-z0-9+/]{8,}={0,2})["']""")
# A blob may follow "=" (`AWS_CREDS_B64=...`): padding only ever ends one.
_BLOB = re.compile(r"(?<![A-Za-z0-9+/_\-])[A-Za-z0-9+/]{20,}={0,2}(?![A-Za-z0-9+/=_\-])")
_BASE64_CHARS = alphabet_table(string.ascii_letters + string.digits + "+/")
_PUBLIC_KEYS = re.compile(
    r"^(?:user(?:name)?|login|host(?:name)?|port|database|db(?:name)?|namespace|region|endpoint|"
    r".*\.crt|.*\.pub|.*cert.*|ca|ca\.pem|ca-bundle.*|.*_url|url|email|name)$",
    re.IGNORECASE,
)


def _entry_hit(key: str, value: str, start: int, encoded: bool, scan: Scanner) -> Hit | None:
    text = decode_base64(value) if encoded else value
    if text is None:
        return None
    inner = scan(text)
    if inner:
        best = max(inner, key=lambda h: h.confidence)
        return Hit(start, start + len(value), best.type, max(0.5, best.confidence - 0.02))
    if _PUBLIC_KEYS.match(key) or is_placeholder(text) or len(text.strip()) < 3:
        return None
    return Hit(start, start + len(value), "k8s_secret", 0.9)


# every word the functions here look up in `found` (occurrences in fold(text))
LITERALS = ("secret", "kind", "data", "stringdata", "auth")
_QUOTES = "\"'"


def _is_secret_kind(text: str, found: Occurrences) -> bool:
    """`_K8S_KIND.search(text)`: a match with its optional quote implies one at `kind` itself."""
    return any(_K8S_KIND.match(text, pos) for pos in occurring(text, found, "kind"))


def _section_words(text: str, found: Occurrences) -> list[int]:
    """Where `data` or `stringData` begins."""
    return occurring(text, found, "data") + occurring(text, found, "stringData")


def _yaml_sections(text: str, found: Occurrences) -> list[re.Match]:
    """`_YAML_SECTION.finditer(text)`: a section begins the line that holds its word."""
    return finditer_at(_YAML_SECTION, text, (text.rfind("\n", 0, pos) + 1 for pos in _section_words(text, found)))


def _json_sections(text: str, found: Occurrences) -> list[re.Match]:
    """`_JSON_SECTION.finditer(text)`: a section begins at the quote before its word."""
    return finditer_at(_JSON_SECTION, text, (pos - 1 for pos in _section_words(text, found)
                                             if pos and text[pos - 1] in _QUOTES))


def k8s_secret_hits(text: str, found: Occurrences, scan: Scanner) -> list[Hit]:
    """Values of a Kubernetes Secret's `data` (base64) and `stringData` (plain) maps."""
    if not occurring(text, found, "Secret") or not _is_secret_kind(text, found):
        return []
    hits: list[Hit | None] = []
    for section in _yaml_sections(text, found):
        depth = len(section.group("indent"))
        pos = section.end() + 1
        while (entry := _YAML_ENTRY.match(text, pos)) is not None and len(entry.group("indent")) > depth:
            encoded = section.group("section") == "data"
            hits.append(_entry_hit(entry.group("key"), entry.group("val"), entry.start("val"), encoded, scan))
            pos = entry.end() + 1
    for section in _json_sections(text, found):
        encoded = section.group("section") == "data"
        for entry in _JSON_ENTRY.finditer(section.group("body")):
            start = section.start("body") + entry.start("val")
            hits.append(_entry_hit(entry.group("key"), entry.group("val"), start, encoded, scan))
    return [hit for hit in hits if hit is not None]


def _docker_auths(text: str, found: Occurrences) -> list[re.Match]:
    """`_DOCKER_AUTH.finditer(text)`: a match begins at the quote before `auth`."""
    return finditer_at(_DOCKER_AUTH, text, (pos - 1 for pos in occurring(text, found, "auth")
                                            if pos and text[pos - 1] in _QUOTES))


def docker_auth_hits(text: str, found: Occurrences) -> list[Hit]:
    """Docker config `"auth": base64(user:password)`."""
    hits = []
    for match in _docker_auths(text, found):
        decoded = decode_base64(match.group("s"))
        if decoded is not None and user_password(decoded) is not None:
            hits.append(Hit(match.start("s"), match.end("s"), "docker_auth", 0.95))
    return hits


_HEX_BLOB = re.compile(r"(?:[0-9a-fA-F]{2}){12,}")


def blob_hits(text: str, scan: Scanner) -> list[Hit]:
    """Any base64 blob (or run of hex digits) whose decoded text contains a secret the plain-text rules find."""
    hits = []
    for start, blob in _blobs(text):
        if blob.isalpha() and (blob.islower() or blob.isupper()):
            continue
        plain = decode_hex(blob) if _HEX_BLOB.fullmatch(blob) else None
        if plain is not None:  # `ARG GH_HEX=6768705f…`: a token hex-encoded to slip past a scanner
            inner = scan(plain)
            if inner:
                best = max(inner, key=lambda h: h.confidence)
                hits.append(Hit(start, start + len(blob), best.type, max(0.5, best.confidence - 0.05)))
            continue
        decoded = decode_base64(blob)
        if decoded is None or len(decoded) < 8:
            continue
        inner = scan(decoded)
        if inner:
            best = max(inner, key=lambda h: h.confidence)
            hits.append(Hit(start, start + len(blob), best.type, max(0.5, best.confidence - 0.05)))
        elif _login_pair(decoded) and _said_login(text, start, start + len(blob)):
            hits.append(Hit(start, start + len(blob), "basic_auth", 0.8))
        elif " " not in decoded and looks_like_password(decoded) and _said_password(text, start):
            hits.append(Hit(start, start + len(blob), "password", 0.75))  # "the admin password, base64-encoded"
        elif _ENCODED_SECRET_KEY.search(text, max(0, start - 80), start) and looks_like_key(decoded.strip()):
            hits.append(Hit(start, start + len(blob), "generic_secret", 0.8))  # `routing_key_b64: <base64>`
        elif _PIPED_TO_DECODE.match(text, start + len(blob)) and looks_like_key(decoded.strip()) \
                and _said_secret(text, start):
            hits.append(Hit(start, start + len(blob), "generic_secret", 0.8))  # "the token, base64": echo … | base64 -d
    low = shared_lower(text)
    if "b64" in low or "base64" in low:
        hits += _short_encoded_passwords(text)
    return hits


# A short password base64-wrapped under a key that says so, too short for _BLOB:
# `adminPasswordB64: R3I0ZkBuYS1PcHMhNzc=`
_SHORT_ENCODED_PASSWORD = re.compile(r"(?i:password|passwd|pwd|passphrase)[_.-]?(?:b64|B64|base64|Base64|BASE64)"
                                     r"[\"']?[ \t]*[:=][ \t]*[\"']?(?P<b>[A-Za-z0-9+/]{8,19}={0,2})"
                                     r"(?![A-Za-z0-9+/=_\-])")


def _short_encoded_passwords(text: str) -> list[Hit]:
    hits = []
    for m in _SHORT_ENCODED_PASSWORD.finditer(text):
        decoded = decode_base64(m.group("b"))
        if decoded is not None and " " not in decoded and looks_like_password(decoded):
            hits.append(Hit(m.start("b"), m.end("b"), "password", 0.8))
    return hits


# `echo '<blob>' | base64 -d`: the blob is decoded right here, for the reader to use
_PIPED_TO_DECODE = re.compile(r"[\"']?[ \t]*\|[ \t]*base64[ \t]+(?:-d|--decode|-D)\b")
_SECRET_CONTEXT = ("token", "api key", "api-key", "apikey", "secret", "password", "credential")


def _said_secret(text: str, start: int) -> bool:
    window = text[max(0, start - 300): start].lower()
    return any(word in window for word in _SECRET_CONTEXT)


# A secret-named key whose name says its value is base64 (`routing_key_b64:`, `"apiTokenBase64": `), right before it.
_ENCODED_SECRET_KEY = re.compile(r"(?i:key|token|secret|password|passwd|pwd|credential)s?[_.-]?(?i:b64|base64)"
                                 r"[\"']?[ \t]*[:=][ \t]*[\"']?\Z")


_PASSWORD_CONTEXT = ("password", "passphrase", "passwort", "kennwort", "contraseña", "mot de passe", "senha")


def _said_password(text: str, start: int) -> bool:
    window = text[max(0, start - 200): start].lower()
    return any(word in window for word in _PASSWORD_CONTEXT)


def _blobs(text: str) -> list[tuple[int, str]]:
    """What `_BLOB.finditer(text)` yields, as (start, blob): a blob is a whole run of base64
    characters (its look-behind rules out starting inside one), so only long runs are tried."""
    return [(start, m.group()) for start in run_starts(text, _BASE64_CHARS, 20)
            if (m := _BLOB.match(text, start)) is not None]


_LOGIN_CONTEXT = ("base64", "b64", "login", "log in", "credential", "password", "sftp", "ftp", "basic",
                  "auth", "decode", "sign in")


def _login_pair(decoded: str) -> bool:
    """`user:password` with a chosen-password shape (a blob wrapping a login)."""
    password = user_password(decoded)
    return bool(password) and " " not in decoded and looks_like_password(password)


def _said_login(text: str, start: int, end: int) -> bool:
    window = text[max(0, start - 160): end + 80].lower()
    return any(word in window for word in _LOGIN_CONTEXT)


# A secret split into string literals and put back together in code: `["xoxb-", "7412…"].join("")`,
# `"ghp_" + "abc…"`. The joined value is scanned like plain text.
_ARRAY_JOIN = re.compile(r"""\[\s*(?P<parts>(?:(?:"[^"\n]*"|'[^'\n]*')\s*,\s*)+(?:"[^"\n]*"|'[^'\n]*'))\s*,?\s*\]"""
                         r"""\s*\.\s*join\(\s*(?:""|'')\s*\)""")
# The same array kept in a variable and joined where it is used: `const parts = ["ghp_…", "…"]; … parts.join("")`,
# Python's `parts = [...]` … `"".join(parts)`.
_NAMED_ARRAY = re.compile(r"""(?P<name>[A-Za-z_$][\w$]{0,40})\s*(?::[^=\n]{1,40})?=\s*\[\s*"""
                          r"""(?P<parts>(?:(?:"[^"\n]*"|'[^'\n]*')\s*,\s*)+(?:"[^"\n]*"|'[^'\n]*'))\s*,?\s*\]""")
# Python's `"".join(["3cf0…", "d603…"])` and its adjacent literals in brackets (`KEY = (\n "6f64…"\n "5640…"\n)`)
_STRING_JOIN = re.compile(r"""(?:""|'')\s*\.\s*join\(\s*[\[(]\s*(?P<parts>(?:(?:"[^"\n]*"|'[^'\n]*')\s*,\s*)+"""
                          r"""(?:"[^"\n]*"|'[^'\n]*'))\s*,?\s*[\])]\s*\)""")
_ADJACENT = re.compile(r"""=[ \t]*\(\s*(?P<parts>(?:"[^"\n]*"|'[^'\n]*')(?:\s*(?:"[^"\n]*"|'[^'\n]*')){1,7})\s*\)""")
_ASSIGNED = re.compile(r"""(?P<name>[A-Za-z_][\w.]{0,60})[\"']?\s*(?::[^=\n]{1,40})?[:=]\s*\Z""")
_CONCAT = re.compile(r"""(?P<parts>(?:"[^"\n]*"|'[^'\n]*')(?:[ \t]*\+[ \t]*(?:"[^"\n]*"|'[^'\n]*'))+)""")
_PIECE = re.compile(r""""([^"\n]*)"|'([^'\n]*)'""")


def joined_literal_hits(text: str, scan: Scanner) -> list[Hit]:
    """Secrets in string literals joined by code (scan: the plain-text rules)."""
    hits: list[Hit] = []
    for m in _joined_literals(text):
        joined = "".join(a or b for a, b in _PIECE.findall(m.group("parts")))
        found = [hit for hit in scan(joined) if hit.end - hit.start >= len(joined) // 2]
        if not found:  # the name it is assigned to says what it is: `DD_API_KEY = ("6f64…" "5640…")`
            name = _ASSIGNED.search(text, max(0, m.start() - 80), m.start() + (m.group(0)[:1] == "="))
            lead = f'{name.group("name")} = "' if name else ""
            found = [hit for hit in scan(f'{lead}{joined}"') if lead and hit.start >= len(lead)
                     and hit.end - hit.start >= len(joined) // 2]
        if found:
            best = max(found, key=lambda hit: hit.confidence)
            hits.append(Hit(m.start(), m.end(), best.type, min(best.confidence, 0.85)))
    return hits + _ticked_password_hits(text)


# A password handed over in pieces to get past a chat's scanner: "join the three parts: `qV7#rM` + `p2!xZ9` + `kT4e`"
_TICKED_CONCAT = re.compile(r"`[^`\s]{2,40}`(?:[ \t]*\+[ \t]*`[^`\s]{2,40}`)+")
_TICKED_PIECE = re.compile(r"`([^`\s]+)`")


def _ticked_password_hits(text: str) -> list[Hit]:
    if "` + `" not in text and "`+`" not in text:
        return []
    hits = []
    for m in _TICKED_CONCAT.finditer(text):
        joined = "".join(_TICKED_PIECE.findall(m.group(0)))
        if looks_like_password(joined) and _said_password(text, m.start()):
            hits.append(Hit(m.start(), m.end(), "password", 0.8))
    return hits


def _joined_by_name(text: str, name: str, after: int) -> bool:
    """Whether the code after `after` joins the variable `name` with nothing between the parts."""
    rest = text[after:after + 2000]
    return any(f"{name}.join({q}{q})" in rest or f"{q}{q}.join({name})" in rest for q in "\"'")


def _joined_literals(text: str) -> list[re.Match]:
    """Array joins, and `+` concatenations searched only on the lines where a quote meets a `+`."""
    found = list(_ARRAY_JOIN.finditer(text)) + list(_STRING_JOIN.finditer(text)) if ".join(" in text else []
    if "= (" in text or "=(" in text:
        found += _ADJACENT.finditer(text)
    if any(join in text for join in ('.join("")', ".join('')", '"".join(', "''.join(")):
        found += [m for m in _NAMED_ARRAY.finditer(text) if _joined_by_name(text, m.group("name"), m.end())]
    lines: set[tuple[int, int]] = set()
    at = text.find("+")
    while at != -1:  # a `+` with a quote on either side, blanks aside
        if _before_blanks(text, at) in ("'", '"') and text[at + 1: at + 40].lstrip(" \t")[:1] in ("'", '"'):
            end = text.find("\n", at)
            lines.add((text.rfind("\n", 0, at) + 1, len(text) if end == -1 else end))
        at = text.find("+", at + 1)
    for start, end in sorted(lines):
        found.extend(_CONCAT.finditer(text, start, end))
    return found


def _before_blanks(text: str, at: int) -> str:
    """`text[:at].rstrip(" \\t")[-1:]` without copying the text before `at` (once per `+`, that was quadratic)."""
    at -= 1
    while at >= 0 and text[at] in " \t":
        at -= 1
    return text[at] if at >= 0 else ""


# A secret stored in numbered parts (`key_part_1: "SG.Tn2…"`, `key_part_2: ".RgfF…"`): joined in order.
# Also said in words, as two keepers hold the halves of a break-glass password: "first half: `…`", "2nd part = …".
_PART_VALUE = head_first(r"""(?:(?:part|half|piece|chunk)[ _.-]?(?P<n>\d|[a-d](?![a-z]))|"""
                         r"""(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[ _-](?:half|part|piece|chunk))"""
                         # "Part 1 (this message): `…`", "part 2 is `…`"
                         r"""["']?(?:[ \t]*\([^)\n]{0,40}\))?[ \t]*(?:[:=]|\bis\b)[ \t]*["'`]?(?P<v>[^"'`\s,]{4,})""")
_ORDINALS = {"first": "1", "second": "2", "third": "3", "fourth": "4", "1st": "1", "2nd": "2", "3rd": "3", "4th": "4"}
_PART_WORDS = ("part", "half", "piece", "chunk")
_KEY_CHARS = re.compile(r"[\w.-]*\Z")
_SECRET_NEAR = re.compile(r"\b(?:token|api key|secret|password|credential)s?\b")
_PASSWORD_NEAR = re.compile(r"\b(?:password|passphrase|passwort|mot de passe|contraseña|wachtwoord)s?\b")


def part_hits(text: str, lowered: str, scan: Scanner) -> list[Hit]:
    """A secret whose parts stand under numbered keys of one base name (`lowered`: fold(text), same length)."""
    if not any(map(lowered.__contains__, _PART_WORDS)):
        return []
    by_base: dict[str, list[tuple[int, int, str]]] = {}
    for m in _PART_VALUE.finditer(lowered):
        base = _KEY_CHARS.search(lowered, max(0, m.start() - 64), m.start()).group().rstrip("_.-")
        number = m.group("n") or _ORDINALS[m.group("ord")]
        by_base.setdefault(base, []).append((m.start("v"), m.end("v"), number))  # "part 1: …" has no base
    hits: list[Hit] = []
    for parts in by_base.values():
        if len(parts) < 2:
            continue
        joined = "".join(text[start:end] for start, end, _ in sorted(parts, key=lambda part: part[2]))
        start, end = min(p[0] for p in parts), max(p[1] for p in parts)
        found = [hit for hit in scan(joined) if hit.end - hit.start >= len(joined) // 2]
        if found:
            best = max(found, key=lambda hit: hit.confidence)
            hits.append(Hit(start, end, best.type, min(best.confidence, 0.85)))
        elif looks_like_key(joined, 24) and _SECRET_NEAR.search(lowered, max(0, start - 240), start):
            hits.append(Hit(start, end, "generic_secret", 0.75))  # "the API token … part 1: … part 2: …"
        elif looks_like_password(joined) and char_classes(joined) >= 3 \
                and _PASSWORD_NEAR.search(lowered, max(0, start - 240), start):
            hits.append(Hit(start, end, "password", 0.75))  # "the admin password … part 1: `…` part 2: `…`"
    return hits


# A secret-named variable set from base64 decoded at run time: `SVC_PW=$(echo 'S3ly…' | base64 -d)`.
_DECODED_ASSIGNMENT = re.compile(
    r"(?P<name>\b[A-Za-z_]*(?:PW|PASS|PWD|PASSWORD|SECRET|TOKEN|KEY)[A-Za-z_]*)=\$\(\s*echo\s+(?:-n\s+)?[\"']?"
    r"(?P<b64>[A-Za-z0-9+/]{8,}={0,2})[\"']?\s*\|\s*base64\s+(?:-d|--decode|-D)\b", re.IGNORECASE)


def _assignments(text: str) -> list[re.Match]:
    """_DECODED_ASSIGNMENT's matches, searched only on the lines where `base64 -d` is piped into."""
    return [m for start, end in lines_with(text, ("base64",)) if "$(" in text[start:end]
            for m in _DECODED_ASSIGNMENT.finditer(text, start, end)]


# ... or decoded by a language's own call, beside a word for the secret it feeds:
# `$p = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String("UXY3…"))` then `-Password $p`.
_DECODE_CALL = re.compile(r"(?:FromBase64String|b64decode|atob|base64_decode|"
                          r"Base64\.(?:decode\w*|getDecoder\(\)\.decode))\(\s*[\"'](?P<b64>[A-Za-z0-9+/]{8,}={0,2})[\"']")
_DECODE_WORDS = ("FromBase64String", "b64decode", "atob(", "base64_decode", "Base64.decode", "getDecoder")
_DECODE_REACH = 300  # characters after the call the secret's word may stand (the variable used as `-Password $p`)


def decoded_assignment_hits(text: str) -> list[Hit]:
    """Passwords and tokens a script decodes from base64 into a secret-named variable, or with a decode call beside
    the secret's word."""
    hits = [Hit(m.start("b64"), m.end("b64"), "password", 0.85) for m in _assignments(text)
            if _decodes_to_secret(m.group("b64"))]
    for start, end in lines_with(text, _DECODE_WORDS):
        for m in _DECODE_CALL.finditer(text, start, end):
            if _decodes_to_secret(m.group("b64")):
                near = text[max(0, m.start() - 200): m.end() + _DECODE_REACH].lower()
                if _PASSWORD_NEAR.search(near) or _SECRET_NEAR.search(near):
                    hits.append(Hit(m.start("b64"), m.end("b64"), "password", 0.85))
    return hits


def _decodes_to_secret(blob: str) -> bool:
    decoded = decode_base64(blob)
    return bool(decoded) and (looks_like_password(decoded) or looks_like_key(decoded)) and not is_placeholder(decoded)
