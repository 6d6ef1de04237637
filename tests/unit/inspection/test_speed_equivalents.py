"""The fast forms of inspection scans give the same answers as the plain regex they replace."""

from __future__ import annotations

import random
import re
from bisect import bisect_right

from gateway.inspection import cred_backstop, cred_values, lexicon, prose

TEXT = ("Please grant Ana admin access to the billing group. Set up a new account for j.doe; "
        "the reviewer confirmed removal.\n\n- Put the user in the sso role, then take away write rights. "
        "```input `make ` admins``` Her manager approved it. The wifi is Otter&Maple2025 and vpn: x9!Kq2#mZ.")


def _plain_marks(low: str, families, starts: list[int], ends: list[int]) -> list[set[int]]:
    found: list[set[int]] = [set() for _ in families]
    for bit, family in enumerate(families):
        for stem in family:
            pos = low.find(stem)
            while pos != -1:
                index = bisect_right(starts, pos) - 1
                if index >= 0 and pos < ends[index]:
                    found[bit].add(index)
                pos = low.find(stem, pos + 1)
    return found


def _mixes(count: int) -> list[str]:
    rng = random.Random(5)
    words = TEXT.replace("\n", " \n ").split(" ")
    return [" ".join(rng.choice(words) for _ in range(rng.randint(1, 40))) for _ in range(count)]


def test_sentence_marks_find_every_stem_start_like_one_find_per_stem():
    for text in [TEXT, *_mixes(300)]:
        low = text.lower()
        spans = prose.sentences(text)
        starts, ends = [s for s, _ in spans], [e for _, e in spans]
        marks = prose.VOCABULARY.find(low).sentences_marked(prose.MARKED, starts, ends)
        assert marks == _plain_marks(low, prose.MARKED, starts, ends)


def test_placeholder_words_match_the_case_insensitive_pattern():
    values = ["your-key", "YOUR_TOKEN", "abc", "None", "x9!Kq2#mZ", "sk_live_here", "<secret>", "a...b", "xxxxxx",
              "Replace Me", "fake-token", "okyour", "ſecret", "password\n", "0000", "example.com/x", "TBD"]
    for value in values:
        assert cred_values._placeholder_words(value) == (cred_values._PLACEHOLDER_WORDS.search(value) is not None)


def test_secret_shaped_tokens_match_a_full_scan():
    for text in [TEXT, *_mixes(300)]:
        expected = [(m.start(), m.group()) for m in cred_backstop.VALUE.finditer(text)]
        assert cred_backstop._tokens(text) == expected


def _clause_tails(count: int) -> list[str]:
    rng = random.Random(11)
    words = ("should", "will", "'ll", "be", "just", "then", "is", "are", "to", "recommended", "that", "you",
             "goodwill", "let's", "please", "por favor", "and", "or", "so", "after that", "band", "sor", "-",
             ",", "\u2014", "x", " ", "\n")
    return [" ".join(rng.choice(words) for _ in range(rng.randint(0, 9))) + rng.choice(("", " ", "  "))
            for _ in range(count)]


def test_reversed_modal_matches_the_end_anchored_search():
    for prefix in [TEXT.lower(), *_clause_tails(3000)]:
        assert lexicon.modal(prefix) == (lexicon.MODAL.search(prefix) is not None), prefix


def test_clause_boundary_splits_like_word_boundaries():
    plain = re.compile(r"[,;:(\u2013\u2014>|*\u2022\u2192\u21d2]|\s-\s|\band\b|\bthen\b|\bor\b|\bso\b|\bafter that\b")
    for prefix in [TEXT.lower(), *_clause_tails(3000)]:
        assert lexicon.BOUNDARY.split(prefix) == plain.split(prefix), prefix


def test_bucketed_alternation_finds_what_the_plain_one_finds():
    from gateway.inspection import backstop_lexicon as bx
    from gateway.inspection.alternation import bucketed

    verbs = (lexicon.GRANT_EN, lexicon.REVOKE_EN)
    texts = [TEXT, TEXT.lower(), *_mixes(300), *(m.lower() for m in _mixes(300))]
    for alternations in (verbs, (bx.ACC, bx.LIFE, bx.WEAK), (*verbs, r"(?:admin|login) page", r"\w+ed")):
        plain = re.compile(r"\b(?:" + "|".join(alternations) + r")\b")
        fast = bucketed(*alternations)
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_has_person_answers_like_the_person_pattern():
    from gateway.inspection import prose_referents

    extra = ["a@b", "x @y", "j.doe@corp.example", "@", "a.@.b", "Ana Ruiz", "his", "1234", "Frau M", "é@ü"]
    for text in [TEXT, *_mixes(500), *extra]:
        assert prose_referents.has_person(text) == (prose_referents.PERSON.search(text) is not None), text


def test_grouped_report_and_negation_answer_like_the_plain_alternations():
    from gateway.inspection import lexicon_i18n as i18n

    report = re.compile(
        r"\b(?:has requested|have requested|requested|is requesting|are requesting|asked for|has asked|"
        r"pending|awaiting|waiting for|reports?|reported|cannot|can't|unable|denied|would need|you'd need|"
        r"wants to know|is asking|whether|if you want|how to|how do|" + i18n.REPORTS + r")\b")
    negated = re.compile(r"\b(?:do not|don't|never|no need to|not|without|avoid|nor|" + i18n.NEGATIONS +
                         r")\s+(?:\w+\s+){0,2}$|\bn['\u2019](?:\w+\s+){0,2}$")
    rng = random.Random(3)
    words = ("do not", "don't", "never", "no", "nicht", "kein", "keines", "se", "hablar", "pending", "how to", "x",
             "n'", "ajoutez", "the", "user", "reports", "reporter", "whether", "nor", "non", "\n")
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 7))) + rng.choice(("", " ", "  "))
             for _ in range(4000)]
    for text in [TEXT.lower(), *texts]:
        assert (lexicon.REPORT.search(text) is None) == (report.search(text) is None), text
        assert (lexicon.NEGATED.search(text) is None) == (negated.search(text) is None), text


def test_grouped_identity_words_answer_like_the_plain_alternation():
    from gateway.inspection import statements

    plain = re.compile(
        r"\b(?:access|accounts?|users?|members?|holders?|roles?|groups?|entitlements?|permissions?|"
        r"privileg\w*|admins?|administrators?|owners|leavers|provision\w*|deprovision\w*|zugriff\w*|"
        r"benutzer\w*|accesos?|usuarios|accès|utilisateurs|habilitations?|rights|assignments?|memberships?|"
        r"berechtigung\w*|permisos|derechos|droits|access[io]|utenti|permessi|acessos?|usuários|permissões|"
        r"toegang|toegangsrechten|gebruikers|beheerders|rechten|behörighet\w*|användare|uprawnie\w*|dostęp\w*|"
        r"sod|segregation of duties)\b")
    rng = random.Random(4)
    pieces = ["access", "accesso", "users", "sod", "segregation of duties", "owner", "owners", "x", "provisioning",
              "the", "accessory", "rolex", "groups"]
    texts = ["".join(rng.choice((" ", "", "-")) + rng.choice(pieces) for _ in range(rng.randint(0, 6)))
             for _ in range(3000)]
    for text in [TEXT.lower(), *(m.lower() for m in _mixes(300)), *texts]:
        assert (statements.IDENTITY.search(text) is None) == (plain.search(text) is None), text


def test_lower_case_attribute_patterns_match_like_the_case_insensitive_ones():
    from gateway.inspection import prose_attributes

    texts = [TEXT.lower(), *(m.lower() for m in _mixes(300)),
             "the line manager and cost center changed; updated the job title in workday for a.b",
             "new manager: reports to ana; hr system updated, status set to on leave"]
    patterns = (prose_attributes.NEGATED_CHANGE, prose_attributes.CHANGE, prose_attributes.ATTR_STRONG,
                prose_attributes.ATTR_WEAK, prose_attributes.HR_SYSTEM, prose_attributes.ACCESS_LEVEL)
    assert len(prose_attributes._LOWER_CASE) == len(patterns)
    for pattern in patterns:
        lower = prose_attributes._lower_case(pattern)
        for text in texts:
            assert [m.span() for m in lower.finditer(text)] == [m.span() for m in pattern.finditer(text)], text


def test_grouped_objects_match_like_the_plain_alternations():
    texts = [TEXT.lower(), *(m.lower() for m in _mixes(300)),
             "adminrechte für die gruppe; die benutzerkonten und passwörter der mitarbeiter, api keys, sign-ins"]
    for fast, words in ((lexicon.ACCESS_OBJ, lexicon.ACCESS_OBJ_WORDS), (lexicon.LIFE_OBJ, lexicon.LIFE_OBJ_WORDS)):
        plain = re.compile(r"\b(?:" + words + r")\b")
        for text in texts:
            assert (fast.search(text) is None) == (plain.search(text) is None), text
            if fast is lexicon.LIFE_OBJ:  # its match spans count too (prose_lifecycle)
                assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def _sentences_block_by_block(text: str) -> list[tuple[int, int]]:
    """prose.sentences as first written: SENTENCE_BREAK searched anew inside each block."""
    spans: list[tuple[int, int]] = []

    def split(start: int, end: int) -> None:
        cursor = start
        for match in prose.SENTENCE_BREAK.finditer(text, start, end):
            brk = match.start() + (text[match.start()] != ";")
            if brk > cursor:
                spans.append((cursor, brk))
            cursor = match.end()
        if end > cursor:
            spans.append((cursor, end))

    cursor = 0
    for block_start, block_end in prose._block_breaks(text):
        if block_start < cursor:
            continue
        if block_start > cursor:
            split(cursor, block_start)
        cursor = block_end
    if len(text) > cursor:
        split(cursor, len(text))
    return spans


def test_sentence_breaks_searched_once_split_like_a_search_per_block():
    rng = random.Random(3)
    pieces = (". ", ".\n", "; ", ";\n", ";", ".", "\n\n", " \n \n", "\n- ", "\n# ", "\nFoo: ", "```", "! ", "? ",
              ".\n\n", " ", "  ", "\n", "\t", "A", "a", "1", "x", "Dr. ", "M. ")
    texts = [TEXT, *_mixes(300)] + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
                                     for _ in range(20000)]
    for text in texts:
        assert prose.sentences(text) == _sentences_block_by_block(text), text
