"""Secrets in shapes of their own: a BitLocker recovery password (eight groups of six digits), a static key block
(OpenVPN's `tls-auth` key, any armored SECRET or SYMMETRIC key: a public key's block is not one), and a link that
resets a password or recovers an account, its token in the path or the query (`/reset_password/drpyeg3Ha8…`), and a
passphrase of several words set off after its name ("password phrase **Blue heron over Capitol Lake 7**"),
and the answers to an account's security questions."""

from __future__ import annotations

import re

from gateway.inspection.cred_patterns import Hit, matches_at, starts_of
from gateway.inspection.cred_values import is_placeholder, looks_like_key
from gateway.inspection.literals import Occurrences

BITLOCKER = re.compile(r"(?<![\d-])\d{6}(?:-\d{6}){7}(?![\d-])")
BITLOCKER_WORDS = ("bitlocker", "recovery key", "recovery password", "wiederherstellungsschl", "clé de récup",
                   "clave de recuperación")
STATIC_KEY = re.compile(r"-----BEGIN (?:OpenVPN Static key V\d|(?:[A-Z0-9]+ )*(?:SECRET|SYMMETRIC|STATIC) KEY)-----"
                        r"(?P<body>[\s\S]{40,4000}?)-----END ")
STATIC_KEY_WORDS = ("static key", "secret key-----", "symmetric key-----")
# A reset or recovery link's token: a path segment after the action, or a `token` / `code` parameter.
RESET_LINK = re.compile(
    r"https?://[^\s\"'`<>]*?/(?:reset[-_]?password|password[-_]?reset|resetpassword|passwordreset|recover(?:y)?|"
    r"account[-_]?recovery|magic[-_]?link|activate|activation|setup[-_]?password|set[-_]?password)"
    r"(?:/(?P<path>[A-Za-z0-9_\-]{16,200})|[^\s\"'`<>#]*?[?&](?:token|reset_token|code|key|t)=(?P<query>[A-Za-z0-9_\-.%]"
    r"{16,300}))", re.IGNORECASE)
RESET_WORDS = ("reset", "recover", "magic", "activat", "password")
# Words in bold, backticks or quotes after the phrase's name, not one offered as an example ("a passphrase like …").
PASSPHRASE = re.compile(
    r"\b(?:pass ?phrase|password phrase|passwort-?satz|frase de contraseña|phrase secrète)\b(?P<gap>[^\n*`\"]{0,40}?)"
    r"(?:\*\*(?P<b>[^*\n]{8,80})\*\*|`(?P<q>[^`\n]{8,80})`|\"(?P<d>[^\"\n]{8,80})\")", re.IGNORECASE)
EXAMPLE = re.compile(r"\b(?:like|such as|e\.g\.|for example|for instance|example|similar to|e\.g)\b", re.IGNORECASE)
PASSPHRASE_WORDS = ("passphrase", "pass phrase", "password phrase", "passwort-", "passwortsatz", "frase de contrase",
                    "phrase secr")
# The answers to an account's security questions, listed where the answer speaks of them: they reset the password.
SECURITY_ANSWER = re.compile(
    r"^[ \t>*\-\u2022\d.)]*\**(?:mother'?s maiden name|(?:name of )?(?:your |his |her |their )?first (?:pet|pet's name|"
    r"school|car|employer)|memorable (?:word|place|name)|favou?rite (?:teacher|colou?r|food|book|film|movie|place)|"
    r"(?:city|town|place) (?:of birth|where (?:you|he|she|they) (?:were|was) born)|security answer|secret answer)"
    r"\**[ \t]*[:=\u2013-][ \t]*\**(?P<value>[^\n*<>\[]{2,60}?)\**[ \t]*$", re.IGNORECASE | re.MULTILINE)
SECURITY_ANSWER_WORDS = ("security question", "secret question", "challenge question", "security answer",
                         "memorable word", "preguntas de seguridad", "sicherheitsfrage", "question secrète",
                         "questions secrètes", "domande di sicurezza", "perguntas de segurança", "beveiligingsvra")
LITERALS = (*BITLOCKER_WORDS, *STATIC_KEY_WORDS, *RESET_WORDS, *PASSPHRASE_WORDS, *SECURITY_ANSWER_WORDS, "http")


def recovery_hits(text: str, found: Occurrences) -> list[Hit]:
    """BitLocker recovery passwords near their name, static key blocks, reset or recovery links' tokens, and
    passphrases set off after their name."""
    hits: list[Hit] = []
    if any(found[word] for word in BITLOCKER_WORDS):
        hits += [Hit(m.start(), m.end(), "recovery_key", 0.9) for m in BITLOCKER.finditer(text)]
    if any(found[word] for word in STATIC_KEY_WORDS):
        hits += [Hit(m.start(), m.end(), "private_key", 0.95) for m in STATIC_KEY.finditer(text)
                 if not is_placeholder(m.group("body").strip()[:40])]
    if found["http"] and any(found[word] for word in RESET_WORDS):
        for m in RESET_LINK.finditer(text):
            token = m.group("path") or m.group("query")
            if looks_like_key(token, 16) and not is_placeholder(token):
                hits.append(Hit(m.start(m.lastindex), m.end(m.lastindex), "reset_link", 0.8))
    for m in matches_at(PASSPHRASE, text, starts_of(found, PASSPHRASE_WORDS)):
        group = "b" if m.group("b") else "q" if m.group("q") else "d"
        words = m.group(group).split()
        if 3 <= len(words) <= 10 and not EXAMPLE.search(m.group("gap")) and not is_placeholder(m.group(group)):
            hits.append(Hit(m.start(group), m.end(group), "password", 0.75))
    if any(found[word] for word in SECURITY_ANSWER_WORDS):
        hits += [Hit(m.start("value"), m.end("value"), "security_answer", 0.75) for m in SECURITY_ANSWER.finditer(text)
                 if not is_placeholder(m.group("value"))
                 and not EXAMPLE.search(text, text.rfind("\n", 0, max(0, m.start() - 1)) + 1, m.end())]
    return hits
