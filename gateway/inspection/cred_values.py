"""Judge a candidate secret value: placeholder, reference, masked, code expression, or real-looking.

Used by the credential rules; everything here is a pure function of the value text.
"""

from __future__ import annotations

import base64
import binascii
import math
import re
import string
from collections import Counter

from gateway.inspection.alternation import head_first

_REFERENCE = re.compile(
    r"^(?:%(?:[A-Za-z_]\w*%(?![A-Za-z0-9^])|\(\w+\)[sd]|[sd](?!\w))|"  # %APPDATA%, %s, %(pw)s; not %Z1rw…
    r"\{\{|\{%|#\{|@\{|<|\[|\(|!vault|!Ref|!Sub|ENC\[|vault:|op://|akv://|ssm:|sm://|"
    r"arn:aws:(?:secretsmanager|ssm)|projects/[^/]+/secrets/|"
    r"@Microsoft\.KeyVault\()",  # App Service's Key Vault reference
    re.IGNORECASE,
)
# What follows a `$` that names a variable: upper or lower snake case, or camelCase words
# (`$DB_PASS`, `$db_pass`, `$dbPassword`, `$PSItem`, `$MyPass1`), each `_`-separated part one of them.
_SIGIL_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_ONE_CASE_PART = re.compile(r"[A-Z0-9]*|[a-z0-9]+")
_CAMEL_PART = re.compile(r"(?:[A-Z]{0,4}[a-z]+[0-9]*)+[A-Z]{0,4}[0-9]*")
_TWO_LETTER_WORD = re.compile(r"[A-Z][a-z](?![a-z])")  # random mixed case is full of them: `OjHeIRmM`
_CODE_REFERENCE = head_first(
    r"(?:os\.environ|os\.getenv|getenv\(|process\.env|System\.getenv|ENV\[|secretKeyRef|valueFrom|"
    r"secrets\.|vars\.|env\.|Secret\(|getpass|input\(|prompt\(|keyring\.|\.get_secret|SecretStr\()",
)
_PLACEHOLDER_WORDS = re.compile(
    r"(?:\byour|^your|_your|your_|your-|here$|_here|-here|placeholder|redacted|replace[_\- ]?me|"
    r"replace[_\- ]?with|insert[_\- ]|example\.com|dummy|fake[_\-]?(?:key|token|secret|pass)|"
    r"^x{3,}|\*{3,}|•{3,}|\.\.\.|…|^<|>$|^todo|^tbd$|^n/?a$|^none$|^null$|^nil$|^true$|"
    r"^false$|^undefined$|^empty$|^unset$|^hidden$|^masked$|^secret$|^password$|^passwd$|^pass$|"
    r"^pwd$|^token$|^string$|^str$|^text$|^bytes$|^int$|^optional|^required$|^value$|^foo(?:bar)?$|"
    r"^bar$|^test$|^abc$|^123$|^1234$|^0+$|^secretstr|^sensitive$|^omitted$|^removed$)",
    re.IGNORECASE,
)
# The same test for an ASCII value lower-cased (IGNORECASE then means nothing more), in three parts the
# engine runs fast: the whole-value and prefix words tried at the start only, the suffixes at the end
# only, and the words found anywhere, each beginning with a literal so the engine skips to candidates.
_PLACEHOLDER_START = re.compile(
    r"your|x{3,}|<|todo|optional|secretstr|(?:tbd|n/?a|none|null|nil|true|false|undefined|empty|unset|hidden|"
    r"masked|secret|password|passwd|pass|pwd|token|string|str|text|bytes|int|required|value|foo(?:bar)?|bar|"
    r"test|abc|123|1234|0+|sensitive|omitted|removed)$")
_PLACEHOLDER_END = head_first(r"(?:here|>)$")
_PLACEHOLDER_ANY = re.compile(
    r"your(?<![^\W_]your)|_your|your[_-]|[_-]here|placeholder|redacted|replace[_\- ]?(?:me|with)|insert[_\- ]|"
    r"example\.com|dummy|fake[_\-]?(?:key|token|secret|pass)|\*\*\*|\.\.\.")
# A mask typed over a secret keeps one case ("xxxx", "XXXX"); "xxXX" inside a random mixed-case token is chance.
MASK_RUN = re.compile(r"x{4,}|X{4,}")
_HASH_PREFIX = re.compile(
    r"^(?:\$2[abxy]?\$\d\d\$|\$[156]\$|\$argon2|\$pbkdf2|\$scrypt|\{SSHA\}|\{SHA\}|sha256:|sha1:|md5:)"
)
_IDENTIFIER_EXPR = re.compile(
    r"^[A-Za-z_][A-Za-z0-9_]*(?:(?:\.|::|->)[A-Za-z_][A-Za-z0-9_]*)+$|^[A-Za-z_][\w.]*\(|.*\(.*\)$|.*\[.+\]$"
)
_SYMBOLS = frozenset("!@#$%^&*+=?~|<>/\\:;,'\"`(){}[]")


def entropy(value: str) -> float:
    """Shannon entropy in bits per character."""
    if not value:
        return 0.0
    counts = Counter(value)
    size = len(value)
    return -sum(c / size * math.log2(c / size) for c in counts.values())


_ASCII_LOWER = frozenset(string.ascii_lowercase)
_ASCII_UPPER = frozenset(string.ascii_uppercase)
_ASCII_DIGITS = frozenset(string.digits)


def char_classes(value: str) -> int:
    """How many of lower, upper (beyond the first char), digit, symbol the value mixes."""
    if value.isascii():  # the same tests as below, by set look-ups
        lower = not _ASCII_LOWER.isdisjoint(value)
        upper = not _ASCII_UPPER.isdisjoint(value[1:])
        digit = not _ASCII_DIGITS.isdisjoint(value)
    else:
        lower = any(c.islower() for c in value)
        upper = any(c.isupper() for c in value[1:])
        digit = any(c.isdigit() for c in value)
    symbol = not _SYMBOLS.isdisjoint(value)
    return lower + upper + digit + symbol


def is_placeholder(value: str) -> bool:
    """A template, example, masked value, type name or reference to a secret store: no exposure."""
    stripped = value.strip().strip("\"'`")
    if len(stripped) < 3 or len(set(stripped)) <= 2:
        return True
    if stripped[0] == "$" and _dollar_reference(stripped):
        return True
    if _REFERENCE.match(stripped) or _CODE_REFERENCE.search(stripped):
        return True
    if _placeholder_words(stripped) or MASK_RUN.search(stripped) or _HASH_PREFIX.match(stripped):
        return True
    if "EXAMPLE" in stripped:  # a vendor's documented example value: `AKIAIOSFODNN7EXAMPLE`
        return True
    return bool(stripped.isupper() and "_" in stripped and not any(c.isdigit() for c in stripped))


def _dollar_reference(value: str) -> bool:
    """`$VAR`, `${VAR}`, `$(cmd)`, `$env:X`, `$1`, `$6$salt$…`: a `$` naming a value. A `$` before a
    mixed-case run no one would name a variable (`$OjHeIRmMUoSQ5`) begins the secret itself."""
    name = _SIGIL_NAME.match(value, 1)
    if name is None:
        return True
    return all(_variable_part(part) for part in name.group().split("_"))


def _variable_part(part: str) -> bool:
    if _ONE_CASE_PART.fullmatch(part):
        return True
    return _CAMEL_PART.fullmatch(part) is not None and len(_TWO_LETTER_WORD.findall(part)) <= 1


def _placeholder_words(value: str) -> bool:
    """`_PLACEHOLDER_WORDS.search(value)`, faster for the usual ASCII value."""
    if not value.isascii():
        return _PLACEHOLDER_WORDS.search(value) is not None
    low = value.lower()
    return (_PLACEHOLDER_START.match(low) is not None or _PLACEHOLDER_END.search(low, max(0, len(low) - 5))
            is not None or _PLACEHOLDER_ANY.search(low) is not None)


def is_code_expression(value: str) -> bool:
    """`self.password`, `get_token()`, `cfg["secret"]`: a variable, not a literal."""
    return bool(_IDENTIFIER_EXPR.match(value))


_DOTTED_PARTS = re.compile(r"[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)+")


def dotted_token(value: str) -> bool:
    """`SG.kT3mX9vQ2pLz.Rw7nB4…`: dot-separated parts, one of them a long mixed-case run with digits no one
    would name an attribute (`settings.apiKey2Prod` names one), so a vendor's key, not a code expression."""
    if _DOTTED_PARTS.fullmatch(value) is None:
        return False
    return any(len(part) >= 12 and char_classes(part) >= 3 and not _variable_part(part) and entropy(part) >= 3.5
               for part in value.split("."))


_PLAIN_WORDS = re.compile(r"\d+-[a-z]+|[a-z]+(?:-[a-z]+)+|\d+[a-z]{0,3}|v?\d+(?:\.\d+)+")
_WORD_PATH = re.compile(r"[a-z]+(?:[-_.][a-z]+)*")
# A design token's value (a colour, a size, a duration): `#7C5CFF`, `16px`, `1.5rem`, `200ms`.
DESIGN_VALUE = re.compile(r"#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})|"
                          r"-?\d+(?:\.\d+)?(?:px|rem|em|%|ms|s|pt|vh|vw|dp)?")


def looks_like_password(value: str) -> bool:
    """Shaped like a chosen password: mixes character classes and is not a plain word or path."""
    if len(value) < 6 or len(value) > 128 or is_placeholder(value) or value.startswith(("/", "./", "~/")):
        return False
    if "://" in value or value.count("@") == 1 and "." in value.split("@")[-1]:
        return False
    if _PLAIN_WORDS.fullmatch(value) or value[0] == "#" and DESIGN_VALUE.fullmatch(value):
        return False
    return char_classes(value) >= 2


def looks_like_key(value: str, min_len: int = 16, min_entropy: float = 0.0) -> bool:
    """Random-looking machine secret: long, high entropy (at least `min_entropy` too), not a plain
    word, path or version."""
    bits = key_entropy(value, min_len)
    return bits is not None and bits >= max(min_entropy, 3.0 if len(value) < 24 else 3.3)


def key_entropy(value: str, min_len: int = 16) -> float | None:
    """The entropy of a value shaped like a machine secret (long enough, not a placeholder, URL,
    plain word, path or single character class), None for any other: `looks_like_key` without its
    entropy threshold, for a caller that weighs the entropy itself."""
    if len(value) < min_len or "://" in value or " " in value:  # the cheap tests first
        return None
    if _WORD_PATH.fullmatch(value) or value.count("/") > 3 or char_classes(value) < 2:
        return None
    return None if is_placeholder(value) else entropy(value)


def base64_text(token: str) -> str | None:
    """The text a base64 token decodes to, UTF-8 or UTF-16LE (PowerShell's -EncodedCommand), or None."""
    try:
        raw = base64.b64decode(token + "=" * (-len(token) % 4), validate=True)
        utf16 = len(raw) >= 4 and len(raw) % 2 == 0 and raw[1::2].count(0) >= 0.9 * (len(raw) // 2)
        return raw.decode("utf-16-le" if utf16 else "utf-8")
    except (binascii.Error, ValueError):  # UnicodeDecodeError is a ValueError
        return None


def decode_base64(value: str) -> str | None:
    """The printable text a base64 value decodes to, or None (binary, or not base64)."""
    text = value.strip()
    if len(text) < 8:
        return None
    decoded = base64_text(text)
    if not decoded or any(not (c.isprintable() or c in "\n\r\t") for c in decoded):
        return None
    return decoded


def decode_hex(value: str) -> str | None:
    """The printable ASCII text a run of hex digits spells, or None (a digest spells bytes, not text)."""
    try:
        plain = bytes.fromhex(value).decode("ascii")
    except ValueError:
        return None
    return plain if plain.isprintable() else None


def user_password(decoded: str) -> str | None:
    """The password part of a decoded `user:password`, if it is a real one."""
    user, sep, password = decoded.partition(":")
    if not sep or not user or not password or "\n" in decoded or is_placeholder(password):
        return None
    return password
