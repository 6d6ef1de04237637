"""Passwords without the word "password": a secret-shaped value after a colon, "is", "=" or a
"user / value" pair near an access noun ("the guest wifi is Otter&Maple2025", "VPN login: a.b / X!y7")."""

from __future__ import annotations

import re

from gateway.inspection.cred_patterns import Hit

NOUNS = ("wifi", "wi-fi", "wlan", "ssid", "vpn", "login", "logon", "account", "portal", "db", "database",
         "admin", "router", "network", "console", "server", "kiosk", "root", "door", "alarm", "pin", "sftp",
         "rdp", "ssh", "panel", "pw", "pwd", "code", "konto", "cuenta", "compte", "zugang", "toegang")
# A token with a letter, a digit and a symbol: how chosen passwords look, unlike words and names.
VALUE = re.compile(r"(?<![\w@$%/.\\-])(?=[^\s]{0,63}\d)(?=[^\s]{0,63}[a-zA-Z])(?=[^\s]{0,63}[!#$%^&*+=?~@])"
                   r"[^\s'\"`<>{}()\[\],;]{8,64}")
LEAD = re.compile(
    r"\b(?:wi-?fi|wlan|ssid|vpn|log(?:in|on)|accounts?|portal|db|database|admin|router|(?:guest )?network|"
    r"console|server|kiosk|root|door|alarm|pin|sftp|rdp|ssh|panel|konto|cuenta|compte|zugang|toegang)\b"
    r"[^\n]{0,48}?(?:\b(?:pass(?:word|wd|phrase)?|pw|pwd|key|code|pin|login)\b[^\S\n]*)?"
    r"(?::|=|->|\bis\b|\bare\b|\bist\b|\bes\b|\best\b|\bè\b|\bé\b|\bis nu\b)[^\S\n]*"
    r"(?:[\w.@+-]{2,40}[^\S\n]*/[^\S\n]*)?$")
NOT_A_SECRET = re.compile(r"\b(?:e\.g\.|such as|for example|for instance|like|example|placeholder|"
                          r"format|pattern|regex|e-?mail)\b[^\n]{0,40}$")
EMAIL = re.compile(r"^[\w.+-]+@[\w-]+\.[\w.]+$")


def backstop_hits(text: str, lowered: str) -> list[Hit]:
    """Secret-shaped values after an access noun and a colon / "is" / "=" on the same line."""
    if not any(noun in lowered for noun in NOUNS):
        return []
    hits: list[Hit] = []
    for m in VALUE.finditer(text):
        value = m.group(0).rstrip(".!?:")
        if len(value) < 8 or EMAIL.match(value) or "://" in value or value.lower().startswith(("www.", "http")):
            continue
        before = lowered[max(0, m.start() - 90): m.start()]
        if LEAD.search(before) and not NOT_A_SECRET.search(before):
            hits.append(Hit(m.start(), m.start() + len(value), "password", 0.7))
    return hits
