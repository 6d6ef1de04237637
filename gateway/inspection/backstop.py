"""The prose backstop: scores each sentence the word-list rules left alone by the co-occurrence of a
change verb, an access object or principal near it, and a directive form, minus blocking context."""

from __future__ import annotations

from gateway.inspection import backstop_lexicon as bx
from gateway.inspection import lexicon as lx
from gateway.inspection.hits import Hit

WINDOW_AFTER = 48   # characters after the verb where its object may stand
WINDOW_BEFORE = 60  # ... and before it (passives, "Lukas gets ...")
FLOOR = 0.4         # weaker scores are not reported at all
ACTIONS = {"grant": "grant", "revoke": "revoke", "off": "disable", "on": "create"}
ON_RESET = ("unlock", "reset", "rotat", "unblock", "unfreez", "entsperr", "zurück", "desbloque", "débloqu",
            "réinit", "sblocc", "reimpost", "redefin", "deblokkeer", "odblokuj", "zresetuj", "återställ", "lås upp")
OFF_DELETE = ("delet", "wip", "purg", "lösch", "elimin", "borr", "supprim", "cancell", "exclu", "apag",
              "radera", "usuń")


def backstop_hits(text: str, low: str, spans: list[tuple[int, int]], skip: set[int]) -> list[Hit]:
    """Hits in the sentences (spans into `text`) not in `skip` that hold an access object."""
    starts, ends = [s for s, _ in spans], [e for _, e in spans]
    hits: list[Hit] = []
    for index in sorted(lx.mark(low, bx.OBJECT_STEMS, starts, ends) - skip):
        start, end = spans[index]
        sentence = lx.mask(text[start:end], low[start:end])
        hit = score_sentence(sentence, lx.lower_same(sentence))
        if hit is not None:
            hits.append(hit.shifted(start))
    return hits


def score_sentence(s: str, ls: str) -> Hit | None:
    """The best-scoring change in one masked sentence (`ls`: it lower-cased), or None."""
    if "`" in ls or "://" in ls:
        s, ls = _blank(s, ls)
    if ls.rstrip().endswith("?") or bx.SENSE.search(ls) or bx.HABIT.search(ls):
        return None
    best: Hit | None = None
    for verb in bx.VERB.finditer(ls):
        hit = _score(s, ls, verb)
        if hit is not None and (best is None or hit.confidence > best.confidence):
            best = hit
    return best


def _score(s: str, ls: str, verb) -> Hit | None:
    prefix = ls[: verb.start()]
    clause = lx.BOUNDARY.split(prefix)[-1]
    if lx.NEGATED.search(prefix) or lx.REPORT.search(prefix) or bx.CONDITION.search(clause):
        return None
    group, word = verb.lastgroup, verb.group(0)
    after = (verb.end(), verb.end() + WINDOW_AFTER)
    before = (max(0, verb.start() - WINDOW_BEFORE), verb.start())
    if word in bx.SUBJECT_VERBS and not _person_first(s, ls, verb):
        return None  # "get permission from the publisher": asking, not granting
    obj_after = _best(bx.OBJECT.finditer(ls, *after))
    obj = obj_after or _best(bx.OBJECT.finditer(ls, *before))
    person = _person(s, ls, verb, after, before)
    if obj is None and group in ("off", "on") and bx.PERSON_OBJ.match(ls, verb.end()):
        obj_class = "life"  # "lock jdoe out", "offboard Ana Ruiz": the person is the account
    elif obj is None:
        if person and bx.RESOURCE.search(ls, *after) and group in ("grant", "revoke"):
            obj_class = "resource"
        else:
            return None
    else:
        obj_class = obj.lastgroup
    if group == "on" and obj is not None and obj.group(0) in ("mfa", "2fa"):
        return None  # switching MFA on hardens an account, it changes nobody's access
    form = _directive(prefix, clause, word, person)
    score = 0.25 + (0.15 if obj_class in ("acc", "life") else 0.05) + person + (0.15 if form else 0.0)
    if not form:
        score = min(score, 0.45)
    if score < FLOOR:
        return None
    kind = "lifecycle" if obj_class == "life" else "access_change"
    action = _action(group, word, ls[verb.end(): verb.end() + 40])
    if kind == "lifecycle" and action in ("grant", "revoke"):
        action = "create" if action == "grant" else "disable"
    end = min(len(ls), verb.end() + WINDOW_AFTER)
    start = verb.start() if obj is None or obj_after else max(0, verb.start() - WINDOW_BEFORE)
    return Hit(kind, start, end, round(min(score, 0.8), 2), action, rule="backstop-change")


def _blank(s: str, ls: str) -> tuple[str, str]:
    spans = [m.span() for m in bx.CODE.finditer(ls)]
    for start, end in spans:
        s = s[:start] + " " * (end - start) + s[end:]
        ls = ls[:start] + " " * (end - start) + ls[end:]
    return s, ls


def _best(matches):
    """The first strong object among the matches, else the first weak one."""
    found = None
    for match in matches:
        if match.lastgroup != "weak":
            return match
        found = found or match
    return found


def _person_first(s: str, ls: str, verb) -> bool:
    return bx.NAME_BEFORE.search(s, 0, verb.start()) is not None or \
        bx.PERSON_WEAK.search(ls, max(0, verb.start() - 30), verb.start()) is not None


def _person(s: str, ls: str, verb, after: tuple[int, int], before: tuple[int, int]) -> float:
    """0.15 for a named principal next to the verb, 0.1 for a role noun near it, else 0."""
    if bx.PERSON_STRONG.search(ls, *after) or bx.PERSON_STRONG.search(ls, *before):
        return 0.15
    subject = verb.group(0) in bx.SUBJECT_VERBS and bx.NAME_BEFORE.search(s, 0, verb.start())
    if bx.NAME_AFTER.match(s, verb.end()) or subject:
        return 0.15
    if bx.PERSON_WEAK.search(ls, *after) or bx.PERSON_WEAK.search(ls, max(before[0], before[1] - 30), before[1]):
        return 0.1
    return 0.0


def _directive(prefix: str, clause: str, word: str, person: float) -> bool:
    """Imperative, modal, passive of obligation, future, or "<person> gets / loses ..."."""
    if lx.directive(prefix) or bx.FOREIGN_MODAL.search(clause):
        return True
    return bool(word in bx.SUBJECT_VERBS and person)


def _action(group: str, word: str, rest: str) -> str:
    if group == "on" and word.startswith(ON_RESET):
        return "reset"
    if group == "off" and word.startswith(OFF_DELETE):
        return "delete"
    if group == "grant" and bx.PARTICLE_REVOKE.match(rest):
        return "revoke"  # "move Chen out of Domain Admins", "drop her down to read-only"
    return ACTIONS[group]
