"""A secret the answer says it split over lines and asks to put back together: "I've split the API
secret over two lines, concatenate them without spaces", followed (or preceded) by the pieces, one a
line, bare in a code block, in backticks or after a label ("First half: `3awa…`", `AUTH_PREFIX=Basic …`).
The pieces of each run of two to four such lines are joined and judged as if the secret were written out.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from gateway.inspection.cred_patterns import Hit
from gateway.inspection.cred_values import looks_like_key
from gateway.inspection.literals import Occurrences
from gateway.inspection.lowered import shared_lower
from gateway.inspection.windows import windowed_matches

Scanner = Callable[[str], list[Hit]]

# The answer tells the reader to join pieces, or says it split something in pieces.
JOIN = re.compile(
    r"\b(?:concatenat\w*|join (?:them|both|the (?:two|three|four|parts|pieces|halves|lines|chunks))|"
    r"combine (?:them|both|the (?:two|three|parts|pieces|halves|lines))|put (?:them|the \w+) (?:back )?together|"
    r"zusammen(?:füg|setz|häng)\w*|aneinander(?:häng|reih)\w*|concaten\w*|concatén\w*|unisci\w*|"
    r"junt(?:e|a|ar|ando)(?:las|los)?|"
    r"samenvoeg\w*|recoll\w*|"
    # "stuur ik in twee delen", "en dos partes": sent in pieces (English halves are cred_split's)
    r"in (?:twee|drie|zwei|drei|dos|tres|deux|trois|duas|três) (?:delen|stukken|teile[n]?|partes|parties|morceaux)|"
    r"split\w* (?:it |the \w+ )?(?:across|over|into|in) "
    r"(?:the )?(?:two|three|four|2|3|4|several) (?:lines|parts|pieces|halves|chunks|headers|variables|settings|"
    r"fields|values|parameters))\b", re.IGNORECASE)
# Every JOIN match holds one of these (lower-cased).
JOIN_WORDS = ("concaten", "concatén", "join them", "join both", "join the ", "combine them", "combine both",
              "combine the ", "together", "zusammen", "aneinander", "unisci", "junt", "samenvoeg", "recoll", "split",
              "in twee ", "in drie ", "in zwei ", "in drei ", "in dos ", "in tres ", "in deux ",
              "in trois ", "in duas ", "in três ")
# What was split: a secret (the word names the kind the joined value is judged as).
SECRET_WORD = re.compile(r"\b(?P<w>passphrase|password|passwort|kennwort|secret|token|api key|key|credential|"
                         r"authorization|auth|secreto|contraseña|clave|chave|senha|segredo|geheimnis|schlüssel|wachtwoord|sleutel|"
                         r"mot de passe|clé)s?\b", re.IGNORECASE)
# Public or derived values split for readability: a fingerprint, a digest, a public key.
NOT_SECRET = re.compile(r"\b(?:fingerprint|checksum|digest|hash|sha-?\d+|md5|public key|ssh-(?:rsa|ed25519)|"
                        r"commit|uuid|serial number)\b", re.IGNORECASE)
# One piece on a line: bare, quoted or in backticks, after an optional short label ("Part 2:", `TOK_B=`).
# A URL may open the run: a webhook's address split from its secret path ("…/services/T0AB12CD3/" then "B0…/…").
PART_LINE = re.compile(r"[ \t>*-]*(?:\d{1,2}[.)][ \t]+)?(?:[A-Za-z][\w .()-]{0,29}[:=][ \t]*)?[`'\"]?"
                       r"(?P<v>(?:(?:Basic|Bearer|Token)[ \t])?[A-Za-z0-9+/_.~!@#$%^&*=-]{6,200}|"
                       r"https?://[A-Za-z0-9.-]+/[A-Za-z0-9+/_.~%=-]{0,200})[`'\"]?[ \t]*")
BACK, AHEAD = 60, 120  # a JOIN match starts at most BACK characters before a JOIN_WORDS word, ends AHEAD after
LITERALS = JOIN_WORDS  # looked up in the caller's occurrences
RUN = (2, 4)  # how many pieces a split secret has
REACH = 600   # the pieces stand this close to the words that announce them


def joined_piece_hits(text: str, scan: Scanner, found: Occurrences | None = None) -> list[Hit]:
    """Hits on the pieces of a secret split over lines (`scan`: the plain-text rules; `found`: the
    occurrences of LITERALS in fold(text), when the caller has them)."""
    low = shared_lower(text)
    if found is not None and len(low) == len(text):  # fold(text) is `low` then
        join = _first_join(text, sorted(pos for word in JOIN_WORDS for pos in found[word]))
    elif not any(map(low.__contains__, JOIN_WORDS)):
        return []  # most answers: a search of JOIN's many starts over the whole answer costs more
    else:
        join = next(iter(windowed_matches(JOIN, text, low, JOIN_WORDS, BACK, AHEAD)), None)
    if join is None:
        return []
    runs = _runs(text, join.start() - REACH, join.start() + REACH)  # before the searches of the whole answer
    if not runs or NOT_SECRET.search(text):
        return []
    word = SECRET_WORD.search(text)  # a URL's pieces need none: the rule that knows the address whole names it
    hits: list[Hit] = []
    for run in runs:
        if word is not None or "://" in text[run[0][0]: run[0][1]]:
            hits += _judged(text, run, word.group("w").lower() if word is not None else "", scan)
    return hits


def _first_join(text: str, starts: list[int]) -> re.Match | None:
    """The first match of `windowed_matches(JOIN, text, low, JOIN_WORDS, BACK, AHEAD)`, given where the words
    start (ascending)."""
    for pos in starts:
        window_end = min(len(text), pos + AHEAD)
        match = JOIN.search(text, max(0, pos - BACK), window_end)
        if match is not None and match.end() >= window_end - 1:
            match = JOIN.search(text, match.start())  # cut short by the window: read it whole
        if match is not None:
            return match
    return None


def _runs(text: str, low: int, high: int) -> list[list[tuple[int, int]]]:
    """The spans of the pieces of each run of consecutive one-piece lines, two to four lines long, whose
    first piece starts in [low, high]. Only the lines from the run or other line holding `low` on are read."""
    start = text.rfind("\n", 0, low) + 1 if low > 0 else 0
    while start > 0:  # back to the first line of a run going on at `low`
        before = text.rfind("\n", 0, start - 1) + 1
        if _piece_span(text, before, start - 1) is None:
            break
        start = before
    runs: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    while start <= len(text) and (current or start <= high):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        span = _piece_span(text, start, end)
        if span is not None:
            current.append(span)
        else:
            if RUN[0] <= len(current) <= RUN[1] and low <= current[0][0] <= high:
                runs.append(current)
            current = []
        start = end + 1
    if RUN[0] <= len(current) <= RUN[1] and low <= current[0][0] <= high:
        runs.append(current)
    return runs


def _piece_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the piece the line [start, end) holds alone, if it does."""
    m = PART_LINE.fullmatch(text, start, end)
    return (m.start("v"), m.end("v")) if m is not None and _piece(m.group("v")) else None


def _piece(value: str) -> bool:
    """A piece of a machine secret: letters and digits mixed, not a word, a number or a rule of dashes."""
    bare = value.split()[-1]
    return len(bare) >= 6 and any(c.isdigit() for c in bare) and any(c.isalpha() for c in bare)


def _judged(text: str, run: list[tuple[int, int]], word: str, scan: Scanner) -> list[Hit]:
    """Hits on every piece of `run` when the joined value, written out under what the answer calls it
    (`word`), is a secret to the plain-text rules, or is random enough to be a machine key."""
    joined = "".join(text[start:end] for start, end in run)
    if "://" in joined:  # an address put back together: a secret only if a rule knows it whole (a webhook's)
        return _url_judged(text, run, joined, scan)
    bare = joined.split()[-1]
    if not (_mixed(bare) and looks_like_key(bare, 12)):
        return []  # "prod-eu-west-1" and "backup-2024": names in pieces, not a random secret
    if joined.startswith(("Basic ", "Bearer ", "Token ")):
        written, value_start = f"Authorization: {joined}", len("Authorization: ")
    else:
        name = "password" if word.startswith(("pass", "kenn")) else "api_secret"
        written, value_start = f'{name} = "{joined}"', len(name) + 4
    value_end = value_start + len(joined)
    judged = [hit for hit in scan(written) if hit.start < value_end and hit.end > value_start
              and min(hit.end, value_end) - max(hit.start, value_start) >= len(joined) // 2]
    if judged:
        best = max(judged, key=lambda hit: hit.confidence)
        return [Hit(start, end, best.type, min(best.confidence, 0.85)) for start, end in run]
    if len(bare) >= 16:
        return [Hit(start, end, "generic_secret", 0.75) for start, end in run]
    return []


def _mixed(value: str) -> bool:
    """Upper- and lower-case letters and digits, as generated keys and passwords mix them."""
    return any(c.isupper() for c in value) and any(c.islower() for c in value) and any(c.isdigit() for c in value)


def _url_judged(text: str, run: list[tuple[int, int]], joined: str, scan: Scanner) -> list[Hit]:
    """Hits on every piece of `run` when the URL its pieces join into (`joined`: only its first piece an address)
    is a secret to the plain-text rules: a webhook address whose secret path was set apart."""
    if joined.count("://") != 1 or not text[run[0][0]: run[0][1]].startswith(("http://", "https://")):
        return []
    judged = [hit for hit in scan(joined) if hit.end - hit.start >= len(joined) // 2]
    if not judged:
        return []
    best = max(judged, key=lambda hit: hit.confidence)
    return [Hit(start, end, best.type, min(best.confidence, 0.85)) for start, end in run]
