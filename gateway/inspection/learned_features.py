"""What the learned detector reads of an answer: the distinct lower-cased words of its content and
of its tool calls' arguments, the words of each tool call's name kept apart, and the first letters
of every long word. Training (scripts/train_learned.py) and scanning share this module, so the model
always sees features made the same way."""

from __future__ import annotations

import re

from gateway.types import Choice

# Letters first, then letters or digits; "_" splits (okta_add_user -> okta add user), one letter is noise.
# Latin letters as explicit ranges: the same words as [^\W\d_] in the languages served, at half the cost.
TOKEN = re.compile(r"[a-z\u00df-\u00ff\u0100-\u017f][a-z0-9\u00df-\u00ff\u0100-\u017f]+")

# A word of a tool call's name ("t:add" of okta_add_user): what a call does weighs apart from the
# same word in prose or in arguments. "t:*" marks that the answer calls a tool at all.
TOOL = "t:"
CALLS_A_TOOL = TOOL + "*"
# The first letters of a long word ("~suppr" of suppression, supprimer): an inflection or a sibling
# word never seen in training still counts. Measured on unseen corpora (bench/learned_holdout.py),
# 5 letters of words of 7 or more found the most; word pairs found no more and cost twice as much.
STEM = "~"
STEM_LETTERS = 5
STEM_FROM = 7


def choice_parts(choice: Choice) -> list[tuple[int | None, str]]:
    """(None, content) then (index, "name arguments") per tool call: the pieces a finding can point at."""
    parts: list[tuple[int | None, str]] = [(None, choice.content or "")]
    parts.extend((i, f"{call.name} {call.arguments}") for i, call in enumerate(choice.tool_calls))
    return parts


def joined(parts: list[tuple[int | None, str]]) -> str:
    return "\n".join(text for _, text in parts)


def words(text: str) -> set[str]:
    return set(TOKEN.findall(text.lower()))


def features(choice: Choice) -> set[str]:
    """The distinct features of one choice: the model uses presence, not counts."""
    found, stems = words_and_stems(choice)
    found.update([STEM + stem for stem in stems])
    return found


def words_and_stems(choice: Choice) -> tuple[set[str], set[str]]:
    """The features of one choice but the stems, then the stems without their mark (a scanner marks
    only those its model knows: cheaper)."""
    found = words(choice.content or "")
    for call in choice.tool_calls:
        found |= words(call.arguments)
    stems = {word[:STEM_LETTERS] for word in found if len(word) >= STEM_FROM}
    if choice.tool_calls:
        found.add(CALLS_A_TOOL)
        found.update(TOOL + word for call in choice.tool_calls for word in TOKEN.findall(call.name.lower()))
    return found, stems


def stands_for(feature: str, word: str) -> bool:
    """Whether a word of the text is one the feature was made from (TOOL features: from a name)."""
    if feature.startswith(STEM):
        return len(word) >= STEM_FROM and word.startswith(feature[len(STEM):])
    return word == feature.removeprefix(TOOL)
