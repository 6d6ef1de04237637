"""What the learned detector reads of an answer: the distinct lower-cased words of its content and
of its tool calls' arguments, and the words of each tool call's name kept apart. Training
(scripts/train_learned.py) and scanning share this module, so the model always sees features made
the same way."""

from __future__ import annotations

import re

from gateway.inspection.lowered import shared_lower
from gateway.types import Choice

# Letters first, then letters or digits; "_" splits (okta_add_user -> okta add user), one letter is noise.
# Latin letters as explicit ranges: the same words as [^\W\d_] in the languages served, at half the cost. The
# run is possessive (`++`): nothing follows it to backtrack for, and the engine then skips its bookkeeping (the
# same words, found in half the time).
TOKEN = re.compile(r"[a-z\u00df-\u017f][a-z0-9\u00df-\u017f]++")

# A word of a tool call's name ("t:add" of okta_add_user): what a call does weighs apart from the
# same word in prose or in arguments. "t:*" marks that the answer calls a tool at all.
TOOL = "t:"
CALLS_A_TOOL = TOOL + "*"
# Measured on unseen corpora (bench/learned_holdout.py) and left out: word pairs (no more found, twice
# the cost) and word stems, the first letters of long words (as many found as without them once the
# gate model of learned.py checks each family, at a fifth more cost).

# A short answer is normalised as if it had this many features: one strong word among five is little
# evidence ("the lead role in the school play"), and it must not carry the answer over the threshold.
MIN_FEATURES = 16


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
    return set(TOKEN.findall(shared_lower(choice.content or ""))) | _tool_features(choice)


def known_features(choice: Choice, vocabulary: frozenset[str]) -> set[str]:
    """`features(choice) & vocabulary`, without first collecting every word of a long content."""
    known = set(vocabulary.intersection(TOKEN.findall(shared_lower(choice.content or ""))))
    if choice.tool_calls:  # else no tool features: the content's words are all (no second copy of them)
        known |= _tool_features(choice) & vocabulary
    return known


def known_section_features(low: str, start: int, end: int, vocabulary: frozenset[str]) -> set[str]:
    """`known_features` of a choice whose content is the section [start, end) of a text lower-cased into `low`
    (as long as the text: each letter lower-cased alone), with no tool calls. A section is bounded by line
    breaks, so it lower-cases alone as within the whole (a final sigma reads no further than its word)."""
    return set(vocabulary.intersection(TOKEN.findall(low, start, end)))


def _tool_features(choice: Choice) -> set[str]:
    """The words of the tool calls' arguments, and those of their names (TOOL-prefixed)."""
    found: set[str] = set()
    for call in choice.tool_calls:
        found |= words(call.arguments)
    if choice.tool_calls:
        found.add(CALLS_A_TOOL)
        found.update(TOOL + word for call in choice.tool_calls for word in TOKEN.findall(call.name.lower()))
    return found
