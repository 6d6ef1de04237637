"""Secrets that device profiles, SDK calls and chat replies carry in shapes of their own: a Wi-Fi key in a Windows WLAN
profile (`<keyMaterial>…</keyMaterial>`, not when `<protected>true`), a setting written as a name and a value
(`<parm name="PassphraseWPAClear" value="…"/>`), Twilio's auth token after its account SID, a Wi-Fi key told in
prose ("the staff Wi-Fi key this year is `…`"), a token handed over in listed parts to join, a value shown as retrieved
from a password vault ("Retrieved from CyberArk ...: `…`") and a primary or secondary key after its name ("New primary
key:" then the key)."""

from __future__ import annotations

import re

from gateway.inspection.cred_patterns import Hit, finditer_at, starts_of
from gateway.inspection.cred_values import is_placeholder, looks_like_key, looks_like_password
from gateway.inspection.literals import Occurrences

XML_SECRET = re.compile(r"<(?P<tag>keyMaterial|pre-?sharedKey|sharedSecret|passphrase|psk)>[ \t]*"
                        r"(?P<s>[^<\s][^<\n]{3,200}?)[ \t]*</(?P=tag)>", re.IGNORECASE)
PROTECTED = re.compile(r"<protected>\s*true\s*</protected>", re.IGNORECASE)
NAME_VALUE = re.compile(r"\bname[ \t]*=[ \t]*\"(?P<n>[^\"\n]{2,60})\"[ \t]+value[ \t]*=[ \t]*\"(?P<s>[^\"\n]{4,200})\"",
                        re.IGNORECASE)
SECRET_NAME = re.compile(r"pass(?:word|phrase|wd)|psk|pre-?shared|secret|keymaterial", re.IGNORECASE)
TWILIO_PAIR = re.compile(r"\bAC[0-9a-f]{32}\b[\"'`]?[^\n]{0,8}\n?[^\n]{0,40}?[\"'`](?P<s>[0-9a-f]{32})[\"'`]")
WIFI_KEY = re.compile(r"\bwi-?fi\b[^.\n]{0,60}?\b(?:key|password|passphrase|psk|passcode)\b[^.\n`*\"]{0,60}?"
                      r"(?:\bis\b|:)[ \t]*(?:[`\"]|\*\*)(?P<s>[^`*\"\s]{6,63})(?:[`\"]|\*\*)", re.IGNORECASE)
# "join the three parts": backticked pieces on the list lines that follow.
PARTS = ("parts", "pieces", "halves", "chunks")
PARTS_SAID = re.compile(r"\b(?:split|join|concatenate|put together|combine)\b[^.\n]{0,60}?\Z", re.IGNORECASE)
PART_LINE = re.compile(r"\s*(?:\d+[.)]|[-*\u2022])[ \t]+`(?P<p>[A-Za-z0-9_\-+/=.]{4,64})`[ \t]*(?=\n|\Z)")
SECRET_SAID = re.compile(r"\b(?:token|key|secret|password|credential)s?\b", re.IGNORECASE)
VAULTS = r"(?:cyberark|pvwa|vault|key vault|1password|lastpass|keeper|secret server|thycotic|bitwarden|passwordstate|" \
    r"beyondtrust|password safe)"
RETRIEVED = re.compile(r"\b(?:retrieved|checked out|pulled|fetched|copied)\s+(?:it\s+|this\s+)?from\s+(?:the\s+)?"
                       + VAULTS + r"\b[^\n]{0,160}?:[ \t]*(?P<m>`|\*\*)(?P<s>[^\s`*]{6,128})(?P=m)", re.IGNORECASE)
RETRIEVED_WORDS = ("retrieved", "checked out", "pulled", "fetched", "copied")
NAMED_KEY = re.compile(r"\b(?:new\s+)?(?:primary|secondary)\s+(?:access\s+|shared\s+|connection\s+)?key\b[^\n:]{0,40}?:"
                       r"[ \t]*(?:\n(?:[ \t]*\n)?[ \t]*)?(?P<m>`|\*\*)?(?P<s>[A-Za-z0-9+/_\-]{32,200}={0,2})(?P=m)?"
                       r"(?![\w+/=])",
                       re.IGNORECASE)
NAMED_KEY_WORDS = ("primary key", "secondary key", "primary access key", "secondary access key")
LITERALS = (*RETRIEVED_WORDS, *NAMED_KEY_WORDS, "keymaterial", "sharedkey", "sharedsecret", "<passphrase>", "<psk>",
            "value=", "value =", "wifi", "wi-fi", "twilio", *PARTS)


def markup_hits(text: str, found: Occurrences) -> list[Hit]:
    """Each check runs only where its words occur (`found`: the occurrences of LITERALS in the folded text)."""
    hits: list[Hit] = []
    if found.any(("keymaterial", "sharedkey", "sharedsecret", "<passphrase>", "<psk>")):
        hits += [Hit(m.start("s"), m.end("s"), "password", 0.85) for m in XML_SECRET.finditer(text)
                 if not PROTECTED.search(text, max(0, m.start() - 200), m.start()) and not is_placeholder(m.group("s"))]
    if found.any(("value=", "value =")):
        hits += [Hit(m.start("s"), m.end("s"), "password", 0.8) for m in NAME_VALUE.finditer(text)
                 if SECRET_NAME.search(m.group("n")) and looks_like_password(m.group("s"))]
    if found["twilio"]:  # the SID and token stand beside the client they make: `require('twilio')(SID, TOKEN)`
        hits += [Hit(m.start("s"), m.end("s"), "api_key", 0.85) for m in TWILIO_PAIR.finditer(text)]
    if found.any(("wifi", "wi-fi")):
        hits += [Hit(m.start("s"), m.end("s"), "password", 0.8)
                 for m in finditer_at(WIFI_KEY, text, starts_of(found, ("wifi", "wi-fi")))
                 if looks_like_password(m.group("s"))]
    if found.any(RETRIEVED_WORDS):
        hits += [Hit(m.start("s"), m.end("s"), "password", 0.8)
                 for m in finditer_at(RETRIEVED, text, starts_of(found, RETRIEVED_WORDS))
                 if "/" not in m.group("s")  # a path in the vault, not what it holds
                 and (looks_like_key(m.group("s"), 16) or looks_like_password(m.group("s")))]
    if found.any(NAMED_KEY_WORDS):
        hits += [Hit(m.start("s"), m.end("s"), "api_key", 0.8) for m in NAMED_KEY.finditer(text)
                 if looks_like_key(m.group("s"), 32) and not is_placeholder(m.group("s"))]
    if found.any(PARTS):
        hits += _listed_parts(text, starts_of(found, PARTS))
    return hits


def _listed_parts(text: str, nouns: list[int]) -> list[Hit]:
    """The pieces listed after "join the parts" of a token, when they make a random key together (`nouns`: where
    the PARTS words start)."""
    hits = []
    for noun in nouns:
        said = PARTS_SAID.search(text, max(0, noun - 80), noun)
        if said is None or not SECRET_SAID.search(text, max(0, said.start() - 80), noun + 80):
            continue
        pos = text.find("\n", noun) + 1
        pieces, start, end = [], -1, -1
        while pos and (m := PART_LINE.match(text, pos)) is not None:
            pieces.append(m.group("p"))
            start, end = (m.start("p") if start < 0 else start), m.end("p")
            pos = m.end()
        if len(pieces) >= 2 and looks_like_key("".join(pieces), 20):
            hits.append(Hit(start, end, "api_key", 0.8))
    return hits
