"""Passwords without the word "password": a secret-shaped value after a colon, "is", "=" or a
"user / value" pair near an access noun ("the guest wifi is Otter&Maple2025", "VPN login: a.b / X!y7")."""

from __future__ import annotations

import re

from gateway.inspection.alternation import head_first
from gateway.inspection.cred_patterns import Hit
from gateway.inspection.literals import Occurrences
from gateway.inspection.runs import alphabet_table, ascii_bytes

NOUNS = ("wifi", "wi-fi", "wlan", "ssid", "vpn", "log", "sign", "credential", "account", "portal", "db",
         "admin", "router", "network", "console", "server", "kiosk", "root", "door", "alarm", "pin", "sftp",
         "rdp", "ssh", "panel", "pw", "code", "konto", "cuenta", "compte", "zugang", "toegang",
         "utenz", "utente", "benutzer", "usuario", "utilisateur", "gebruiker")
# A token with a letter, a digit and a symbol: how chosen passwords look, unlike words and names.
_TOKEN = (r"(?=[^\s!#$%^&*+=?~@]{0,63}[!#$%^&*+=?~@])(?=[^\s]{0,63}\d)(?=[^\s]{0,63}[a-zA-Z])"
          r"[^\s'\"`<>{}()\[\],;]{8,64}")
VALUE = re.compile(r"(?<![\w@$%/.\\-])" + _TOKEN)
# The same tokens, each found with the character before it consumed: the engine then skips to the
# candidate starts instead of testing the look-behind at every position.
AFTER = re.compile(r"[^\w@$%/.\\-](" + _TOKEN + ")")
SYMBOLS = "!#$%^&*+=?~@"  # one of them stands in every token
DIGIT = re.compile(r"\d")  # ... and so does one of these
SPACE = re.compile(r"\s")
LEAD = head_first(
    r"\b(?:wi-?fi|wlan|ssid|vpn|log(?:in|on)|accounts?|portal|db|database|admin|router|(?:guest )?network|"
    r"console|server|kiosk|root|door|alarm|pin|sftp|rdp|ssh|panel|konto|cuenta|compte|zugang|toegang|utenz[ae]|"
    r"utente|benutzer|usuario|utilisateur|gebruiker)\b"
    r"[^\n]{0,48}?(?:\b(?:pass(?:word|wd|phrase)?|pw|pwd|key|code|pin|login|schlüssel|clé|clave|chave|chiave|"
    r"sleutel)\b[^\S\n]*)?"
    # a value in backticks after a verb ("Der Schlüssel ist `…`"); after a colon it is as likely a digest or a name
    r"(?:(?::|=|->)[^\S\n]*|(?:\bis\b|\bare\b|\bist\b|\bes\b|\best\b|\bè\b|\bé\b|\bis nu\b)[^\S\n]*`?)"
    r"(?:[\w.@+-]{2,40}[^\S\n]*/[^\S\n]*)?$")
NOT_A_SECRET = re.compile(r"\b(?:e\.g\.|such as|for example|for instance|like|example|placeholder|"
                          r"format|pattern|regex|e-?mail|fingerprint|digest|checksum|hash)\b[^\n]{0,40}$")
# The value of a URL's query parameter (`?db=reefer&q=SELECT+max`): the noun named another parameter, and a secret
# parameter's name (`&password=`) is query_key_hits' to judge.
QUERY_PARAMETER = re.compile(r"[?&][\w.\[\]-]{1,30}=$")
EMAIL = re.compile(r"^[\w.+-]+@[\w-]+\.[\w.]+$")


def secret_shaped(text: str, found: Occurrences) -> list[tuple[int, str]]:
    """(offset, value) of every secret-shaped token, when an access or sign-in noun occurs at all
    (`found`: the occurrences of NOUNS in fold(text))."""
    if not found.any(NOUNS):
        return []
    found = []
    for start, token in _tokens(text):
        value = token.rstrip(".!?:")
        if len(value) >= 8 and not EMAIL.match(value) and "://" not in value \
                and not value.lower().startswith(("www.", "http")):
            found.append((start, value))
    return found


# Masks of the ASCII characters `\s` and `\d` match, and of SYMBOLS. Any other character is "?" in them: out
# of the spaces and in the digits (a chunk they show is never too short nor digitless), and in the
# symbols, where each is then checked in the text ("?" is a symbol too).
_SPACES = alphabet_table("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f ")
_DIGITS = alphabet_table("0123456789?")
_SYMBOLS = alphabet_table(SYMBOLS)


class _Masks:
    """One text's byte masks, to find symbols and rule most of them out without the regex engine."""

    __slots__ = ("text", "spaces", "digits", "symbols")

    def __init__(self, text: str) -> None:
        raw = ascii_bytes(text)
        self.text = text
        self.spaces, self.digits, self.symbols = raw.translate(_SPACES), raw.translate(_DIGITS), raw.translate(_SYMBOLS)

    def next_symbol(self, pos: int) -> int:
        """Where the first of SYMBOLS at or after `pos` is, or -1."""
        at = self.symbols.find(1, pos)
        while at >= 0 and self.text[at] not in SYMBOLS:  # a non-ASCII character
            at = self.symbols.find(1, at + 1)
        return at

    def may_hold_token(self, at: int) -> bool:
        """False when no token can start in the whitespace-free chunk around the symbol at `at` (where a
        token before it would have to start): the chunk is shorter than 8 characters or has no digit."""
        left = self.spaces.rfind(1, 0, at) + 1
        right = self.spaces.find(1, at)
        right = len(self.spaces) if right < 0 else right
        return right - left >= 8 and self.digits.find(1, left, right) >= 0

    def chunk_end(self, at: int) -> int:
        """Where the whitespace-free chunk around `at` ends."""
        right = self.spaces.find(1, at)
        return len(self.spaces) if right < 0 else right


def _tokens(text: str) -> list[tuple[int, str]]:
    """What `VALUE.finditer(text)` yields, as (start, token). A token has a symbol within its first 64
    characters, so AFTER is tried only in a bounded window before each symbol (the same matches)."""
    out, bound = [], 0  # bound: the least index the consumed character before a token may have
    first = VALUE.match(text)
    if first is not None:
        out.append((0, first.group()))
        bound = first.end() - 1
    masks = _Masks(text)
    while (at := masks.next_symbol(bound + 1)) >= 0:
        if not masks.may_hold_token(at):  # nor around any later symbol of the chunk: skip them all
            bound = max(bound, masks.chunk_end(at) - 1)
            continue
        start = max(bound, at - 64)  # a token from at most `at` fits in [start, end): it has no space
        space = SPACE.search(text, at, at + 65)  # before `at`, nor can it reach past the next one,
        end = at + 65 if space is None else space.start() + 1  # and it has a digit
        m = AFTER.search(text, start, end) if DIGIT.search(text, start, end) else None
        if m is not None and m.start(1) <= at:
            out.append((m.start(1), m.group(1)))
            bound = m.end() - 1
        else:
            bound = max(bound, at)  # no token starts at or before this symbol
    return out


def backstop_hits(text: str, lowered: str, shaped: list[tuple[int, str]]) -> list[Hit]:
    """Secret-shaped values after an access noun and a colon / "is" / "=" on the same line."""
    hits: list[Hit] = []
    for start, value in shaped:
        before = lowered[max(0, start - 90): start]
        if LEAD.search(before) and not NOT_A_SECRET.search(before) and not QUERY_PARAMETER.search(before):
            hits.append(Hit(start, start + len(value), "password", 0.7))
    return hits
