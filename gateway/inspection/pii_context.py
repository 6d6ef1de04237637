"""Context words for the PII detector without tokenising the answer: presidio's lemma enhancer
wants a spaCy tokenisation of the whole text (more CPU than all recognizers together), yet reads
only the five words before each match. Here the engine hands the text on untouched and the
enhancer reads those words from the text itself, only for the matches there are."""

from __future__ import annotations

import math
import re

from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts, NoOpNlpEngine
from spacy.lang.en.stop_words import STOP_WORDS

from gateway.inspection.blank_forms import TABLE_RULE

_PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~«»“”‘’„–—…·•"
_WINDOW = 240  # characters before a match read for context words; five words fit in far less
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*•+]|\d{1,3}[.)])[ \t]")
_ITEM_OR_ROW = re.compile(r"[ \t]*(?:[-*•+]|\d{1,3}[.)])[ \t]|[ \t]*\|")  # a list item or a table row
_LEAD_REACH = 2000
_WHOLE_WORD_AT_MOST = 3  # context words this short match a whole word only: "sin" is not in "single"
# spaCy counts "call" a stop word; for a phone number it is the word that says so ("call her on 07700 914 382")
_STOP_WORDS = STOP_WORDS - {"call"}


class TextArtifacts(NlpArtifacts):
    """Empty artifacts that keep the text, so context can be read where a match is."""

    def __init__(self, text: str, engine: NoOpNlpEngine, language: str) -> None:
        super().__init__(entities=[], tokens=[], tokens_indices=[], lemmas=[], nlp_engine=engine,
                         language=language)
        self.text = text


class TextOnlyNlpEngine(NoOpNlpEngine):
    """presidio's no-op engine (no model, no tokenizer) whose artifacts carry the text."""

    def __init__(self, language: str = "en") -> None:
        super().__init__(models=[{"lang_code": language, "model_name": "none"}])
        self.load()

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        return TextArtifacts(text, self, language)


def words_before(text: str, start: int, count: int) -> list[str]:
    """The `count` last words before `start` that are neither stop words nor punctuation, plus what
    stands right before the match without a space (`tel:` in `tel:+49...`), lower-cased."""
    chunk_start = start
    while chunk_start > 0 and not text[chunk_start - 1].isspace():
        chunk_start -= 1
    words = [text[chunk_start:start].lower()]
    for raw in reversed(text[max(0, chunk_start - _WINDOW):chunk_start].split()):
        word = raw.strip(_PUNCT).lower()
        if word and word not in _STOP_WORDS and word != "be":
            words.append(word)
            if len(words) > count:
                break
    return words


def list_lead(text: str, at: int, rows: bool = False) -> tuple[int, int] | None:
    """Bounds of the line introducing the list whose item holds `at` ("Background check for Rafael
    Ancelotti:" above "- Criminal record: ..."), or None when `at` is not in a list item; with `rows`,
    also the line introducing a table whose row holds `at` ("Sign-in log for Abigail Turner:")."""
    item = _ITEM_OR_ROW if rows else _LIST_ITEM
    line_start = text.rfind("\n", 0, at) + 1
    if not item.match(text, line_start):
        return None
    floor = max(0, at - _LEAD_REACH)
    while line_start > floor:
        end = line_start - 1
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end]
        if line.strip() and not item.match(line):
            return (line_start, end) if line.rstrip().endswith(":") else None
    return None


def column_header(text: str, at: int) -> str:
    """The header cell over the table cell holding `at` (a Markdown table: `|` rows, a `|---|` rule under the
    header), or "" when `at` is in no table's body."""
    line_start = text.rfind("\n", 0, at) + 1
    if not text[line_start:at].lstrip(" \t").startswith("|"):
        return ""
    column = text.count("|", line_start, at)
    floor = max(0, at - _LEAD_REACH)
    rule_end = line_start - 1
    while rule_end > floor:  # up through the body rows to the rule under the header
        rule_start = text.rfind("\n", 0, rule_end) + 1
        row = text[rule_start:rule_end].strip()
        if not row.startswith("|"):
            return ""
        if TABLE_RULE.fullmatch(row):
            header_start = text.rfind("\n", 0, max(0, rule_start - 1)) + 1
            cells = text[header_start:max(header_start, rule_start - 1)].split("|")
            return cells[column] if 0 < column < len(cells) else ""
        rule_end = rule_start - 1
    return ""


def supportive_word(context_list: list[str] | None, recognizer_context_list: list[str] | None,
                    whole_word_at_most: float = _WHOLE_WORD_AT_MOST) -> str:
    """The first of the recognizer's context words found among the words around a match: a word of
    `whole_word_at_most` characters or fewer only as a whole word (punctuation aside), a longer one
    inside any word."""
    if not context_list or not recognizer_context_list:
        return ""
    words = [word.lower() for word in context_list]
    bare = {word.strip(_PUNCT) for word in words}
    for context_word in recognizer_context_list:
        low = context_word.lower()
        if low in bare if len(low) <= whole_word_at_most else any(low in word for word in words):
            return context_word
    return ""


class WindowContextEnhancer(LemmaContextAwareEnhancer):
    """presidio's context enhancer reading the words before a match from the text itself."""

    @staticmethod
    def _find_supportive_word_in_context(context_list: list[str], recognizer_context_list: list[str],
                                         matching_mode: str = "substring") -> str:
        whole_word_at_most = math.inf if matching_mode == "whole_word" else _WHOLE_WORD_AT_MOST
        return supportive_word(context_list, recognizer_context_list, whole_word_at_most)

    def _extract_surrounding_words(self, nlp_artifacts: NlpArtifacts, word: str, start: int) -> list[str]:
        text = getattr(nlp_artifacts, "text", None)
        if text is None:
            return super()._extract_surrounding_words(nlp_artifacts, word, start)
        words = words_before(text, start, self.context_prefix_count)
        lead = list_lead(text, start)
        if lead is not None:  # "Birthday list:" above "- Noor Haddad — 1992-02-14"
            words += [w.strip(_PUNCT).lower() for w in text[lead[0]:lead[1]].split()]
        header = column_header(text, start)
        if header:  # "| 護照號碼 |" over "| C4417823 |": the column says what the value is
            words += [w.strip(_PUNCT).lower() for w in header.split()]
        return words
