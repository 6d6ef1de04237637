"""Secrets that device profiles, SDK calls and chat replies carry in shapes of their own: a Wi-Fi key in a Windows WLAN
profile (`<keyMaterial>…</keyMaterial>`, not when `<protected>true`), a setting written as a name and a value
(`<parm name="PassphraseWPAClear" value="…"/>`), Twilio's auth token after its account SID, a Wi-Fi key told in
prose ("the staff Wi-Fi key this year is `…`"), and a token handed over in listed parts to join."""

from __future__ import annotations

import re

from gateway.inspection.cred_patterns import Hit
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
LITERALS = ("keymaterial", "sharedkey", "sharedsecret", "<passphrase>", "<psk>", "value=", "value =", "wifi", "wi-fi",
            "twilio", *PARTS)


def markup_hits(text: str, found: Occurrences) -> list[Hit]:
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
        hits += [Hit(m.start("s"), m.end("s"), "password", 0.8) for m in WIFI_KEY.finditer(text)
                 if looks_like_password(m.group("s"))]
    if found.any(PARTS):
        hits += _listed_parts(text, sorted(at for word in PARTS for at in found[word]))
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
