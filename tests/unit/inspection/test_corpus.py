"""The labelled corpus meets its size targets, ids are unique and every item is well formed."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
FAMILIES = {"access_change", "lifecycle", "credential", "attestation", "pii"}


def load() -> dict[str, list[dict]]:
    return {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.yaml"))}


def test_items_are_well_formed_and_ids_unique() -> None:
    ids: Counter = Counter()
    for items in load().values():
        for item in items:
            ids[item["id"]] += 1
            assert set(item["labels"]) <= FAMILIES, item["id"]
            assert isinstance(item["hard_negative"], bool)
            assert not (item["hard_negative"] and item["labels"]), item["id"]
            answer = item["answer"]
            assert isinstance(answer.get("content", ""), str)
            for call in answer.get("tool_calls") or ():
                assert isinstance(call["name"], str) and isinstance(call["arguments"], str | dict)
    assert [i for i, n in ids.items() if n > 1] == []


def test_counts_meet_targets() -> None:
    corpus = load()
    labels = Counter(label for items in corpus.values() for item in items for label in item["labels"])
    assert labels["access_change"] >= 45
    assert labels["lifecycle"] >= 45
    assert labels["attestation"] >= 45
    assert sum(1 for item in corpus["tool_calls"] if item["answer"].get("tool_calls")) >= 65
    benign = [item for items in corpus.values() for item in items if not item["labels"]]
    assert len(benign) >= 90
    assert sum(1 for item in corpus["hard_negatives"] if item["hard_negative"]) >= 55


def test_tool_call_corpus_has_generic_tools_and_benign_reads() -> None:
    calls = load()["tool_calls"]
    names = {c["name"] for item in calls for c in item["answer"]["tool_calls"]}
    assert {"run_shell", "http_request", "apply_manifest", "store_memory", "execute"} <= names
    assert sum(1 for item in calls if not item["labels"]) >= 10
