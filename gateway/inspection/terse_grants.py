"""Access changes told in a short reply without an access noun: a change verb, someone, and a level or
a role in one sentence ("Granted temporary SSH to db-replica-3 for @nkim", "Gave the Looker SA
`dataViewer` on `marts`", "Bumped @mkowalski to maintain on `infra-live`"), a key appended to an
`authorized_keys` file, someone now in or no longer in a named group, and a commit header scoped to
access ("feat(rbac): bind sre-oncall to deploy-restarter"). Only short answers are read, sentence by
sentence: in a long one the same words describe how things work. A long answer's logged line is read alone
(LOGGED: a timeline entry, a change record, a list item, their stamp and label aside) when it reports a change
made, in the past tense ("- 14:31 mitigation: granted `roles/x` on `gs://b` to `svc@p.iam...`"): a report's one
change, buried among its other paragraphs."""

from __future__ import annotations

import re
from collections.abc import Iterator

from gateway.inspection.hits import Hit
from gateway.inspection.keywords import lines_with

SHORT = 320  # characters: one to three sentences

_DONE = r"(?:(?:done|ok|okay|all set)\s*[,.:!\u2014\u2013-]?\s+|\band\s+|\b(?:i|we)(?:'ve|\u2019ve| have)?\s+)"
CHANGE = re.compile(
    _DONE + r"?(?P<v>granted|gave|given|bumped|promoted|demoted|upgraded|downgraded|elevated|added|removed|revoked|"
    r"moved|switched|trimmed|scoped|narrowed|restricted|reduced|dropped|kicked|invited|grant|give|bump|promote|"
    r"demote|upgrade|downgrade|elevate|add|remove|revoke|trim|scope|narrow|restrict|drop|kick|invite)\b",
    re.IGNORECASE)
# Whom it is for: a handle, an address, a service account, a team, a login in code, a capitalised name
# inside the sentence (not its first word).
PRINCIPAL = re.compile(r"(?<![\w.])@[\w.-]{2,}|[\w.+-]+@[\w-]+\.\w+|\bSA\b|\bservice[ -]accounts?\b|"
                       r"\b(?:svc|sa|srv|bot)[-_][\w.-]+|\b[A-Z][\w]*-Team\b|"
                       r"`(?![^`\n]*\.(?:ya?ml|json|md|txt|py|sh|tf|js|ts|toml)`)(?P<login>[a-z][\w.-]{1,40})`"
                       r"(?!\s+(?:role|branch|flag|feature|column|table|key|field|"
                       r"file|job|bucket|module|package|playbook|task)\b)|"
                       r"(?<=[a-z,] )(?!(?:SSH|SSO|MFA|API)\b)[A-Z][a-zà-ÿ]{2,}\b")
# What is given or taken: a level, a role named in code, an IAM action.
LEVEL = re.compile(r"(?<![\w-])(?:viewer|editor|admin|administrator|owner|maintain|maintainer|read|write|"
                   r"read-only|read/write|full control|contribute|contributor|ssh|sudo|root|triage|developer|"
                   r"reporter|co-?owner|superuser)(?![\w-])|`[^`\n]{0,40}(?:viewer|editor|admin|owner|reader|writer|maintainer|"
                   r"developer|contributor|operator|deployer)[^`\n]{0,40}`|`[a-z0-9-]{2,20}:[A-Za-z*]{3,40}`|"
                   r"\broles/[\w.]+", re.IGNORECASE)
# Not a grant of access: a dependency, a setting, a fee, a ticket or a page raised, added or moved, a signing key.
THING = re.compile(r"(?<![\w-])(?:timeout|version|dependenc\w*|column|index|limit|quota|budget|memory|cpu|"
                   r"tokens?|padding|font|colou?r|fees?|invoices?|panel|link|button|menu|tickets?|issues?|bugs?|"
                   r"meetings?|notes?|readme|docs?|wiki|guide|section|gpg|pgp|licen[cs]es?|seats?|dns|cname|"
                   r"hostnames?|snapshots?)(?![\w-])",
                   re.IGNORECASE)
AUTHORIZED_KEYS = re.compile(r"\b(?:append(?:ed)?|add(?:ed)?|put|install(?:ed)?|cop(?:y|ied)|push(?:ed)?)\b"
                             r"[^.;\n]{0,80}?authorized_keys|authorized_keys\b[^.;\n]{0,40}?\b(?:for|updated)\b",
                             re.IGNORECASE)
# "Amir no longer in `hr-data`", "Jonas is now in the `finance-readers` group"
# (someone named before it; a group in code has a dash or an underscore: "Checkout is now in `beta`" is a stage)
MEMBERSHIP = re.compile(r"(?:\b[A-Z][a-zà-ÿ]+|(?<![\w.])@[\w.-]{2,}|\b(?:he|she|they)|`[\w.@-]{2,40}`)\s+"
                        r"(?:is\s+|are\s+)?(?P<v>no longer|now)\s+(?:in|a member of)\s+(?:the\s+)?"
                        r"(?:`[^`\n]{0,60}[-_][^`\n]{0,60}`|[\w-]+\s+group\b)|"
                        # the reader told: "Done – you're in `APP-TMS-Planners` now"
                        r"\byou(?:'re|\u2019re| are)\s+(?:(?P<v2>no longer|now)\s+)?(?:in|a member of)\s+(?:the\s+)?"
                        r"`[^`\n]{0,60}[-_][^`\n]{0,60}`(?:\s+group)?(?:\s+(?P<v3>now))?")
COMMIT_SCOPE = re.compile(r"\s*(?:feat|fix|chore|refactor|revert|perf)\((?:rbac|iam|access|acls?|perms?|"
                          r"permissions|roles?|authz|groups?)\)!?:\s*(?P<v>\w+)", re.IGNORECASE)
COMMIT_VERBS = ("bind", "unbind", "grant", "revoke", "assign", "unassign", "add", "remove", "drop", "give", "allow",
                "attach", "detach", "restrict", "elevate", "usuń", "dodaj", "nadaj", "odbierz", "entferne",
                "vergib", "ajoute", "retire", "supprime", "agrega", "quita", "adiciona", "aggiungi", "rimuovi")
NEGATED = re.compile(r"\b(?:not|never|don't|didn't|haven't|won't|can't|cannot|without|if|whether|should\s+i)\b",
                     re.IGNORECASE)
SENTENCE_END = re.compile(r"[.;!?](?:\s|\Z)|\n")
STEMS = ("grant", "gave", "give", "bump", "promot", "demot", "grad", "elevat", "add", "remov", "revok", "moved",
         "switch", "trim", "scop", "narrow", "restrict", "reduc", "drop", "kick", "invit", "authorized_keys",
         "no longer", "now ", "you're in", "you\u2019re in", "you are in", "feat(", "fix(", "chore(", "refactor(",
         "revert(", "perf(")


def terse_grant_hits(text: str, low: str) -> list[Hit]:
    """Access-change hits in a short answer, or in a long one's logged lines (`low`: `text` lower-cased, same
    length)."""
    if not any(map(low.__contains__, STEMS)):
        return []
    if len(text) > SHORT:
        return _logged_hits(text)
    m = COMMIT_SCOPE.match(text)
    if m and m.group("v").lower() in COMMIT_VERBS:
        return [_hit(m, "commit-scope")]
    for start, end in _sentences(text):
        sentence = text[start:end]
        if sentence.rstrip().endswith("?") or NEGATED.search(sentence):
            continue
        for m in CHANGE.finditer(sentence):
            if m.group(0) == m.group("v") and m.start() != 0:
                continue  # the verb opens the sentence or follows "Done —", "and", "I've"
            rest = sentence[m.end():]
            if PRINCIPAL.search(rest) and LEVEL.search(rest) and not THING.search(rest):
                return [Hit("access_change", start + m.start("v"), end, 0.7, _action(m.group("v")),
                            rule="terse-grant")]
        m = AUTHORIZED_KEYS.search(sentence) or MEMBERSHIP.search(sentence)
        if m and not THING.search(sentence):
            said = m.group("v") or m.group("v2") if m.re is MEMBERSHIP else None
            action = "revoke" if said and said.lower() == "no longer" else "grant"
            return [Hit("access_change", start + m.start(), start + m.end(), 0.7, action, rule="terse-grant")]
    return []


# A logged line's head: a bullet or a number, a clock time or a date, a short label and its colon ("- 14:31
# mitigation:", "Change DB-4471:", "**Access.**"). What follows must open with a past-tense change verb.
LOGGED = re.compile(r"^[ \t]*(?:[-*+\u2022][ \t]+|\d{1,2}[.)][ \t]+)?(?:\*\*)?"
                    r"(?:(?:\d{4}-\d{2}-\d{2}[ T]?)?\d{1,2}:\d{2}(?:[ \t]*(?:utc|z))?[ \t]*[-\u2013\u2014:]?[ \t]*)?"
                    r"(?:[A-Za-z][\w#/-]*(?:[ \t][\w#/-]+){0,2}[ \t]*[:.](?:\*\*)?[ \t]+)?"
                    r"(?=(?:granted|gave|given|bumped|promoted|elevated|added|removed|revoked|invited)\b)",
                    re.IGNORECASE | re.MULTILINE)
LOGGED_VERBS = ("granted", "gave", "given", "bumped", "promoted", "elevated", "added", "removed", "revoked", "invited")


def _logged_lines(text: str, low: str) -> Iterator[re.Match[str]]:
    """`LOGGED.finditer(text)`, tried only at the starts of the lines that hold a change verb: a LOGGED match
    starts at a line's start and ends within that line, so no other line can match."""
    for start, _ in lines_with(low, LOGGED_VERBS):
        m = LOGGED.match(text, start)
        if m:
            yield m


def _logged_hits(text: str) -> list[Hit]:
    """Terse grant hits of the short logged lines of a long answer, one hit at most."""
    low = text.lower()
    if len(low) != len(text) or not any(map(low.__contains__, LOGGED_VERBS)):
        return []
    for m in _logged_lines(text, low):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if end - m.end() > SHORT:
            continue
        line = text[m.end():end]
        for hit in terse_grant_hits(line, line.lower()):
            level = LEVEL.search(line)  # what was given: its own target, not merged with the report's other hits
            return [Hit(hit.kind, hit.start + m.end(), hit.end + m.end(), hit.confidence, hit.action,
                        level.group().strip("`") if level else None, rule="logged-grant")]
    return []


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, at = [], 0
    for m in SENTENCE_END.finditer(text):
        spans.append((at, m.start() + 1))
        at = m.end()
    if at < len(text):
        spans.append((at, len(text)))
    return [(start + len(text[start:end]) - len(text[start:end].lstrip()), end) for start, end in spans]


def _action(verb: str) -> str:
    verb = verb.lower()
    if verb.startswith(("remov", "revok", "drop", "kick")):
        return "revoke"
    return "modify" if verb.startswith(("trim", "scop", "narrow", "restrict", "reduc", "demot", "down", "moved",
                                        "switch")) else "grant"


def _hit(m: re.Match[str], rule: str) -> Hit:
    verb = m.group("v").lower()
    revoke = verb.startswith(("revok", "remov", "unbind", "unassign", "drop", "detach", "usuń"))
    action = "revoke" if revoke else "grant"
    return Hit("access_change", m.start(), m.end(), 0.7, action, rule=rule)
