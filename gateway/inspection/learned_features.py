"""What the learned detector reads of an answer: its distinct words, lower-cased, of the content
and of each tool call's name and raw arguments. Training (scripts/train_learned.py) and scanning
share this module, so the model always sees features made the same way."""

from __future__ import annotations

import re

from gateway.types import Choice

# Letters first, then letters or digits; "_" splits (okta_add_user -> okta add user), one letter is noise.
# Latin letters as explicit ranges: the same words as [^\W\d_] in the languages served, at half the cost.
TOKEN = re.compile(r"[a-z\u00df-\u00ff\u0100-\u017f][a-z0-9\u00df-\u00ff\u0100-\u017f]+")


def choice_parts(choice: Choice) -> list[tuple[int | None, str]]:
    """(None, content) then (index, "name arguments") per tool call: the pieces a finding can point at."""
    parts: list[tuple[int | None, str]] = [(None, choice.content or "")]
    parts.extend((i, f"{call.name} {call.arguments}") for i, call in enumerate(choice.tool_calls))
    return parts


def joined(parts: list[tuple[int | None, str]]) -> str:
    return "\n".join(text for _, text in parts)


def features(text: str) -> set[str]:
    """The distinct words of the text: the model uses presence, not counts. (Word pairs were tried:
    on unseen corpora they found no more and cost twice as much.)"""
    return set(TOKEN.findall(text.lower()))
