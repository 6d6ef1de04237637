"""A password set apart on its own line under the sentence that names it, as chat hands one over:

    Your new temporary password for the back-office PC is:

    **Tmp#Store0517-Kestrel92**
"""

from __future__ import annotations

import re

from gateway.inspection.cred_patterns import Hit
from gateway.inspection.cred_values import char_classes, looks_like_password
from gateway.inspection.patterns import FOLDS, positions

ANCHORS = ("password", "passwort", "kennwort", "contrase", "mot de passe", "senha", "wachtwoord", "passphrase")
NAMED_ABOVE = re.compile(
    r"(?i:password|passwort|kennwort|contraseña|mot de passe|senha|wachtwoord|passphrase)\b(?:[^\n]{0,60}?|"
    # or the value named again further on: "I reset the password on `svc-x` ... New value, in case you need it:"
    r"[^\n]{0,200}?\b(?i:new value|new one|the value|neuer wert|nuevo valor|nouvelle valeur)\b[^\n]{0,80}?)"
    r"(?:\b(?:is|ist|es|est|è|é|is nu|lautet)[ \t]*:?|:)[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:>[ \t]*)?"
    r"(?P<mark>\*\*|`|__)?(?:[\w.@\\-]{1,64}[ \t]+/[ \t]+)?"  # the login first: `svc-kofax-scan / CBKG41dsvg#`
    r"(?P<s>[^\s*`_][^\s`]{4,62}[^\s*`_])(?P=mark)?[ \t]*(?:\n|\Z)")


def next_line_hits(text: str, low: str) -> list[Hit]:
    """A hit on each password alone on the line after the words that name it (`low`: `text` lower-cased)."""
    if "\n" not in text or not any(map(low.__contains__, ANCHORS)):
        return []
    return [Hit(m.start("s"), m.end("s"), "password", 0.8) for m in _named_above(text, low)
            if looks_like_password(m.group("s")) and char_classes(m.group("s")) >= 3]


def _named_above(text: str, low: str) -> list[re.Match[str]]:
    """`list(NAMED_ABOVE.finditer(text))`, tried only where an anchor starts: the case-insensitive search of
    a long answer from every character costs milliseconds. Where no character of `text` is one the
    regex engine equates with an ASCII letter (FOLDS), every match starts at an anchor in `low`."""
    if any(map(text.__contains__, FOLDS)):
        return list(NAMED_ABOVE.finditer(text))
    match, found, end = NAMED_ABOVE.match, [], 0
    for pos in sorted({pos for anchor in ANCHORS for pos in positions(low, anchor)}):
        if pos >= end and (m := match(text, pos)) is not None:  # finditer's matches do not overlap
            found.append(m)
            end = m.end()
    return found
