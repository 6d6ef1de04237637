"""The prose backstop: scores each sentence the word-list rules left alone by the co-occurrence of a
change verb, an access object or principal near it, and a directive form, minus blocking context."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from gateway.inspection import backstop_lexicon as bx
from gateway.inspection import lexicon as lx
from gateway.inspection.alternation import classify, leftmost
from gateway.inspection.hits import Hit
from gateway.inspection.keywords import Found

WINDOW_AFTER = 48   # characters after the verb where its object may stand
WINDOW_BEFORE = 60  # ... and before it (passives, "Lukas gets ...")
PREFIX = 120       # characters before the verb searched for negations, reports and directives
FLOOR = 0.5         # weaker scores are not reported (tool calls raise what prose reports)
ACTIONS = {"grant": "grant", "revoke": "revoke", "off": "disable", "on": "create"}
ON_RESET = ("unlock", "reset", "rotat", "unblock", "unfreez", "entsperr", "zurück", "desbloque", "débloqu",
            "réinit", "sblocc", "reimpost", "redefin", "deblokkeer", "odblokuj", "zresetuj", "återställ", "lås upp")
OFF_DELETE = ("delet", "wip", "purg", "lösch", "elimin", "borr", "supprim", "cancell", "exclu", "apag",
              "radera", "usuń")


CODE_COMMENT = re.compile(r"[;{}(]\s*(?://|#)|^\s*(?://|/\*|\*\s)")  # a comment after code, or a comment line
WORDS = bx.VERB_STARTS + bx.OBJECT_WORDS  # what backstop_hits looks up in its `found` (keywords.Vocabulary)


def backstop_hits(text: str, low: str, spans: list[tuple[int, int]], skip: set[int], found: Found) -> list[Hit]:
    """Hits in the sentences (spans into `text`) not in `skip`: the change verbs found where the
    WORDS occur in `low` (`found`), then the scoring only in the sentences where one stands."""
    starts = [s for s, _ in spans]
    verbs: dict[int, list[int]] = {}
    for at in verb_starts(low, found):
        index = bisect_right(starts, at) - 1
        if index >= 0 and index not in skip and at < spans[index][1] and not _in_markup(low, at) and \
                not ("|" in low[at - 4: at] and _found_state(low, at)) and \
                not (text[at: at + 1].isupper() and bx.OPTION_COUNT.match(text, at)):
            verbs.setdefault(index, []).append(at - spans[index][0])
    objects = found.positions(bx.OBJECT_WORDS)
    hits: list[Hit] = []
    for index, offsets in verbs.items():
        start, end = spans[index]
        near = [at - start for at in objects[bisect_left(objects, start): bisect_left(objects, end)]]
        hit = score_sentence(text[start:end], low[start:end], offsets, near)
        if hit is not None:
            hits.append(hit.shifted(start))
    return hits


# The line that introduces a table of what a scan or a lookup found ("Access Analyzer reported 3 findings:").
FOUND_INTRO = re.compile(r"\b(?:reported|reports|found|flagged|detected|findings?|returned|shows?|lists?)\b")


def _found_state(low: str, at: int) -> bool:
    """A past participle opening a table cell under a line that reports findings ("| Shared with account
    8802… |" below "Access Analyzer reported 3 active findings"): the state a scan saw, not a change made."""
    start = low.rfind("\n", 0, at) + 1
    line = low[start: at]
    if not line.lstrip().startswith("|") or line.rsplit("|", 1)[-1].strip() or \
            not low[at: at + 30].split(None, 1)[0].endswith("ed"):
        return False
    while start > 0:
        above = low.rfind("\n", 0, start - 1) + 1
        line = low[above: start - 1].strip()
        start = above
        if line and not line.startswith("|"):
            return FOUND_INTRO.search(line) is not None
    return False


def _in_markup(low: str, at: int) -> bool:
    """The verb stands on a markup line (`<saml:Attribute Name="groups">`) or in a code comment
    (`let s3 = &s2; // borrow, no ownership transfer`): the structured detector reads code."""
    line = low[low.rfind("\n", 0, at) + 1: at]
    return line.lstrip().startswith("<") or CODE_COMMENT.search(line) is not None or lx.in_output_row(low, at)


def verb_starts(low: str, found: Found) -> list[int]:
    """Where the matches of `bx.VERB.finditer(low)` start (`found`: where the WORDS occur in `low`)."""
    return [m.start() for m in leftmost(found.matches(bx.VERB, low, bx.VERB_STARTS))]


def score_sentence(s: str, ls: str, offsets: list[int] | None = None, objects: list[int] | None = None) -> Hit | None:
    """The best-scoring change in one sentence (`ls`: it lower-cased, same length; `offsets`: where
    its change verbs start, when known; `objects`: where bx.OBJECT_WORDS occur in `ls`, when known),
    or None. The look-alike masks and blocking contexts are applied only once a candidate is found."""
    if ls.rstrip().endswith("?"):
        return None
    found = [bx.VERB.match(ls, o) for o in offsets] if offsets is not None else list(bx.VERB.finditer(ls))
    if objects is not None:
        found = [verb for verb in found if _may_have_object(ls, verb, objects)]
    if _candidate(s, ls, found) is None:
        return None
    held = [stem for stem in lx.MASK_STEMS if stem in ls]  # a file in code tells the sense too (`x.accdb`)
    if "`" in ls or "://" in ls:
        s, ls = _blank(s, ls)
    sense = bx.SENSE.search(ls)  # masked below, its sense must still count ("its own resource group")
    s = lx.mask(s, ls, held)
    ls = lx.lower_same(s)
    if sense is not None and not ls[sense.start():sense.end()].strip():
        return None
    if bx.SENSE.search(ls) or bx.HABIT.search(ls) or lx.password_policy(ls):
        return None
    return _candidate(s, ls, list(bx.VERB.finditer(ls)))


def _may_have_object(ls: str, verb, objects: list[int]) -> bool:
    """False when _score finds no object for the verb: no object word starts in its windows and no
    person follows it as its object (`objects`: where bx.OBJECT_WORDS occur in `ls`, ascending)."""
    at = bisect_left(objects, max(0, verb.start() - WINDOW_BEFORE))
    if at < len(objects) and objects[at] < verb.end() + WINDOW_AFTER:
        return True
    return bx.PERSON_OBJ.match(ls, verb.end()) is not None


def _candidate(s: str, ls: str, verbs: list) -> Hit | None:
    best: Hit | None = None
    for verb in verbs:
        hit = _score(s, ls, verb)
        if hit is not None and (best is None or hit.confidence > best.confidence):
            best = hit
    return best


# The request to submit, named before the verb: the steps after it are the process's, to come.
REQUEST_FLOW = re.compile(r"\b(?:submit|raise|file|log|open)\s+(?:an?|the|your)\s+(?:[\w*\"' -]{0,40}?\s)?"
                          r"(?:access request|request|catalog item|ticket|form)\b")
SAVED_COPIES = re.compile(r"\b(?:out of|from|into)\s+(?:the\s+|a\s+|an\s+|our\s+|your\s+|their\s+)?"
                          r"(?:shared\s+|old\s+)?(?:spreadsheets?|excel (?:file|sheet)s?|sheets?|sticky notes|"
                          r"notebooks?|browsers?|keychains?|password managers?)\b")


def _score(s: str, ls: str, verb) -> Hit | None:
    word = verb.group(0)
    if lx.auto_rotated(ls, verb.start()):
        return None
    after = (verb.end(), verb.end() + WINDOW_AFTER)
    before = (_own_step(ls, verb.start()), verb.start())
    # The prefix first: without a directive form the score stays under the floor, and most verbs
    # have none (the object and person checks that decide the rest cost more). The form before the
    # negation and report checks: it alone rejects most verbs.
    prefix = ls[max(0, verb.start() - PREFIX): verb.start()]
    clause = lx.BOUNDARY.split(prefix)[-1]
    commanded = _commanded(prefix, clause)
    if not commanded and word not in bx.SUBJECT_VERBS:
        return None
    if lx.NEGATED.search(prefix) or lx.REPORT.search(prefix) or bx.CONDITION.search(clause) \
            or lx.PERCENT_BEFORE.search(prefix) or lx.NEGATED_OBJECT.search(clause) or bx.NOTHING_TO_DO.search(clause):
        return None  # also "4,8 % entzogen" (a statistic), "keine Rechte ... geben" (the object negated)
    if verb.start() and ls[verb.start() - 1] == "[" and "]" in ls[verb.end(): verb.end() + 24]:
        return None  # "[Cancel] [Delete account]": the label of a button in UI copy
    if _look_alike(ls, verb, word, prefix):
        return None
    flow = REQUEST_FLOW.search(ls, max(0, verb.start() - PREFIX), verb.end() + WINDOW_AFTER)
    if flow is not None and flow.start() < verb.start():
        return None  # "submit an access request ... and her manager approves it", "submit the *Shared Drive Access*
        # catalog item": the way to ask, or the request's name, not a change
    if bx.SELF_SERVICE.search(ls, verb.end(), verb.end() + WINDOW_AFTER):
        return None  # "you'll set a new account password yourself": the reader's own account, self-service
    if bx.THRESHOLD.search(ls[verb.end(): verb.end() + WINDOW_AFTER]):
        return None  # "locks an account after 10 failed attempts", "unlocks automatically": what a policy does
    if lx.PLACEHOLDER_PARTY.search(ls, verb.end(), verb.end() + 2 * WINDOW_AFTER):
        return None  # `GRANT <privilege> ON <object> TO <grantee>`: syntax, nobody named
    obj, obj_after = _object(ls, verb, before[0], after[1])
    if obj is not None and SAVED_COPIES.search(ls, verb.end(), after[1] + 40):
        return None  # "move instrument logins out of the spreadsheet": saved copies moved, the accounts unchanged
    if obj is not None and (bx.MONEY_ADDED.match(ls, verb.end())
                            or bx.THINGS_GROUPED.search(ls, verb.start(), after[1])):
        return None  # "adicionamos um cupom ... à sua conta", "**Create Group** (Model Group)": no one's access
    if obj is not None and obj[0].startswith("account") and bx.THINGS_IN_ACCOUNT.match(ls, verb.end()):
        obj = None  # "terminated the idle instances in the dev account": the account is where they stand
    if obj is None and not bx.PERSON_OBJ.match(ls, verb.end()) and not bx.RESOURCE.search(ls, *after):
        return None
    person = _person(s, ls, verb, after, before)
    if not person and bx.ONLY_WHEN.match(ls, verb.end(), after[1]):
        return None  # "add fine-grained permissions only when a request doesn't fit": a design rule, no grantee
    if obj is not None and obj[1] == "weak" and not person:
        return None  # at most 0.45: a weak object needs a person to reach the floor
    if word in bx.SUBJECT_VERBS and not _person_first(s, ls, verb):
        return None  # "get permission from the publisher": asking, not granting
    if word in bx.SUBJECT_VERBS and bx.ERROR_GOT.match(ls, verb.end()):
        return None  # "du får felet eftersom ditt konto saknar behörighet": an error explained, nothing given
    group = classify(word, bx.VERB_GROUPS)
    if obj is None and group in ("off", "on") and bx.PERSON_OBJ.match(ls, verb.end()):
        obj_class = "life"  # "lock jdoe out", "offboard Ana Ruiz": the person is the account
    elif obj is None:
        if person and bx.RESOURCE.search(ls, *after) and group in ("grant", "revoke") \
                and _person(s, bx.POSSESSIVE.sub(_spaces, ls), verb, after, before):
            obj_class = "resource"  # not "remove their JS snippet from the site": a thing of theirs, moved
        else:
            return None
    else:
        obj_class = obj[1]
    if group == "on" and obj is not None and obj[0] in ("mfa", "2fa"):
        return None  # switching MFA on hardens an account, it changes nobody's access
    form = commanded or bool(word in bx.SUBJECT_VERBS and person)
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


def _own_step(ls: str, at: int) -> int:
    """Where the verb's own words may start before it: WINDOW_BEFORE back, but not behind the comma that opens its
    step in a list of steps ("confirm the certificate from them, remove their snippet": the certificate and "them"
    are the step before's)."""
    start = max(0, at - WINDOW_BEFORE)
    opened = bx.STEP_OPENER.search(ls, start, at)
    if opened is None:
        return start
    step = max(ls.rfind(",", 0, opened.start()), ls.rfind(";", 0, opened.start()), ls.rfind(":", 0, opened.start()))
    first = bx.STEP_START.match(ls, step + 1)  # the step before starts with a verb, not "for the repo," or "bob's,"
    return opened.end() if first and first.group(1) not in bx.NOT_STEP_STARTS else start


def _spaces(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def _look_alike(ls: str, verb, word: str, prefix: str) -> bool:
    """The verb in another sense: a word in code or a compound, a placeholder's text, a request raised,
    time taken, a feature switched, or a person acting on their own setting."""
    before, after = ls[verb.start() - 1: verb.start()], ls[verb.end(): verb.end() + 2]
    if before in ("_", ".", "-") or after[:1] in ("_", "(", "=") or after[:1] == "-" and after[1:].isalpha():
        return True  # `revoked=False`, "shared-services", `list_attached_role_policies`: a name, not a verb
    if ls[max(0, verb.start() - 2): verb.start()].strip() in ("«", "„", "“", '"') and \
            bx.QUOTED_LABEL_END.match(ls, verb.end()):
        return True  # '„Konto löschen", „Passwort zurücksetzen"': strings listed, no step
    line_end = ls.find("\n", verb.end())
    if before == "<" and ">" in ls[verb.end(): line_end if line_end >= 0 else len(ls)]:
        return True  # "api_token: <set in Key Vault: okta-recon-token>": what a placeholder stands for
    if word.startswith("rais") and bx.RAISED_ASK.match(ls, verb.end()):
        return True
    if word.startswith(("take", "took")) and bx.DURATION.match(ls, verb.end()):
        return True
    if lx.ACCOUNT_PROCESS.match(ls, verb.end()):
        return True  # "suspend debt recovery on account 4100612388": a customer's bill
    if word.startswith(bx.MESSAGE_VERBS) and bx.MESSAGE_OBJECT.match(ls, verb.end()):
        return True
    if word.startswith(bx.SEEING_VERBS) and bx.SEEN_QUOTED.match(ls, verb.end()):
        return True
    feature = bx.FEATURE_OBJECT.match(ls, verb.end()) if word.startswith(bx.SWITCH_STARTS) else None
    if feature is not None and not bx.OBJECT.search(ls, verb.end(), feature.end()):
        return True
    own = bx.OWN_MODAL.search(prefix)
    setting = bx.OWN_SETTING.match(ls, verb.end()) if own else None
    return setting is not None and bx.OWN_WORD[own.group("who")] in (setting.group("own"), setting.group("own2"))


def _blank(s: str, ls: str) -> tuple[str, str]:
    """Code spans and URLs blanked, and a verb whose object is a file name in code with it."""
    spans = [m.span() for m in bx.FILE_OBJECT.finditer(ls)] if "`" in ls else []
    spans += [m.span() for m in bx.CODE.finditer(ls)]
    for start, end in spans:
        s = s[:start] + " " * (end - start) + s[end:]
        ls = ls[:start] + " " * (end - start) + ls[end:]
    return s, ls


def _best(ls: str, start: int, end: int, compound: bool) -> tuple[str, str] | None:
    """(word, class) of the first strong object in ls[start:end], else of the first weak one."""
    if compound and any(map(ls.__contains__, bx.COMPOUND_STEMS)):
        match = bx.COMPOUND.search(ls, start, end)
        if match is not None:
            return match.group(0), "acc"
    found = None
    for match in bx.OBJECT.finditer(ls, start, end):
        if bx.PLACE_AFTER.match(ls, match.end()):
            continue  # "in the Autodesk account portal": a place to go, not the account changed
        kind = classify(match.group(0), bx.OBJECT_GROUPS)
        if kind != "weak":
            return match.group(0), kind
        found = found or (match.group(0), kind)
    return found


def _object(ls: str, verb, start: int, end: int) -> tuple[tuple[str, str] | None, bool]:
    """The verb's object (word, class) in ls[start:end], preferring one after the verb, and
    whether it stands after the verb."""
    after = _best(ls, verb.end(), end, True)
    if after is not None:
        return after, True
    return _best(ls, start, verb.start(), True), False


def _person_first(s: str, ls: str, verb) -> bool:
    return bx.NAME_BEFORE.search(s, 0, verb.start()) is not None or \
        bx.PERSON_WEAK.search(ls, max(0, verb.start() - 30), verb.start()) is not None


def _person(s: str, ls: str, verb, after: tuple[int, int], before: tuple[int, int]) -> float:
    """0.15 for a named principal next to the verb, 0.1 for a role noun near it, else 0."""
    if _strong_person(ls, before[0], after[1]):
        return 0.15
    subject = verb.group(0) in bx.SUBJECT_VERBS and bx.NAME_BEFORE.search(s, 0, verb.start())
    if bx.NAME_AFTER.match(s, verb.end()) or subject:
        return 0.15
    if bx.PERSON_WEAK.search(ls, max(before[0], before[1] - 30), after[1]):
        return 0.1
    return 0.0


def _strong_person(ls: str, start: int, end: int) -> bool:
    """A personal pronoun, an e-mail address or a login name (a.b, a_b; not a host or file name)."""
    if bx.PRONOUN.search(ls, start, end):
        return True
    if "@" in ls[start:end] and bx.EMAIL.search(ls, start, end):
        return True
    for match in bx.LOGIN.finditer(ls, start, end):
        before, after = ls[match.start() - 1: match.start()], ls[match.end(): match.end() + 2]
        if before not in ("/", ".", "@", ":", "-") and after[:1] not in ("/", "-", "@") and \
                (after[:1] != "." or after in (".", ". ", ".\n")) and \
                not bx.NOT_LOGIN.match(match.group(0)):
            return True
    return False


def _commanded(prefix: str, clause: str) -> bool:
    """Imperative, modal, passive of obligation or future (`prefix` is lower-case and `clause` its last
    clause; the answer counts only where the prefix is neither negated nor a report: lx.directive's
    own checks); "<person> gets / loses ..." is the other directive form."""
    return lx.commands(prefix, clause) or bx.FOREIGN_MODAL.search(clause) is not None


def _action(group: str, word: str, rest: str) -> str:
    if group == "on" and word.startswith(ON_RESET):
        return "reset"
    if group == "off" and word.startswith(OFF_DELETE):
        return "delete"
    if group == "grant" and bx.PARTICLE_REVOKE.match(rest):
        return "revoke"  # "move Chen out of Domain Admins", "drop her down to read-only"
    return ACTIONS[group]
