"""LearnedDetector: a linear model over the words of an answer (the words of tool names apart),
trained on the labelled corpora (scripts/train_learned.py), that finds access changes,
lifecycle steps and attestations phrased in ways the pattern detectors do not know. It only adds
findings, only when a gate model (any family against harmless answers) agrees, and its threshold is
set so that it holds few harmless answers. Cheap: one regex pass, one set intersection, one addition
per known feature."""

from __future__ import annotations

import hashlib
import json
import math
import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from gateway.inspection.account_records import is_record_accounts
from gateway.inspection.change_control import is_change_control_narrative
from gateway.inspection.code_tests import only_tests
from gateway.inspection.corroborate import ANSWER_FLOOR, LINES_FLOOR, corroborate
from gateway.inspection.generic_frame import is_generic
from gateway.inspection.hits import excerpt
from gateway.inspection.learned_banking import (
    is_banking_lookalike,
    is_energy_lockout,
    is_money_call,
    is_physical_keys,
)
from gateway.inspection.learned_features import (
    CALLS_A_TOOL,
    TOKEN,
    TOOL,
    choice_parts,
    joined,
    known_features,
    known_section_features,
)
from gateway.inspection.learned_key_refs import is_masked_key_reference
from gateway.inspection.learned_lookalikes import (
    is_capacity_change,
    is_changes_requested,
    is_control_test_call,
    is_device_state_call,
    is_feature_flag_call,
    is_goods_call,
    is_public_key_handover,
    is_quality_record,
    is_resource_group_only,
    is_simulation_call,
    is_status_lookalike,
    is_thing_endpoint_call,
    is_ticket_routing_call,
    is_vendor_offboarding,
)
from gateway.inspection.learned_lookups import is_lookup_transcript, is_select_only, says_no_change
from gateway.inspection.learned_plain import (
    is_dependency_approval,
    is_dry_run,
    is_infra_teardown,
    is_inline_lookup,
    is_linter_added,
    is_maintenance_notice,
    is_member_count,
    is_outreach_pause_call,
    is_outreach_paused,
    is_thing_sql_call,
    is_work_shared,
)
from gateway.inspection.learned_sections import names_identity
from gateway.inspection.learned_things import (
    is_backlog_item_call,
    is_build_command_call,
    is_channel_membership,
    is_cluster_object_call,
    is_doc_page_call,
    is_existing_service_account,
    is_feature_matrix,
    is_licence_only,
    is_named_thing_change,
    is_record_purge_call,
    is_system_commands,
    is_terraform_read,
    is_thing_date_change,
)
from gateway.inspection.lowered import shared_lower
from gateway.inspection.tool_names import on_customer_programme, on_stage, only_reads
from gateway.types import Answer, Choice, Finding

MODEL = Path(__file__).parent / "models" / "learned_identity.json"
FORMAT = 2  # 2: tool-name words apart (learned_features.py), min_features, a gate model


class LearnedModel:
    """The weights of one trained model and the arithmetic of scoring with them."""

    def __init__(self, data: Mapping) -> None:
        if data["format"] != FORMAT:
            raise ValueError(f"format {data['format']}, this scanner reads format {FORMAT}: retrain")
        self.families: tuple[str, ...] = tuple(data["families"])
        self.gate: str = data["gate"]
        self.threshold: float = float(data["threshold"])
        self.min_features: int = int(data["min_features"])
        self.bias: tuple[float, ...] = tuple(data["bias"])  # per family, then the gate's
        if len(self.bias) != len(self.families) + 1:
            raise ValueError(f"{len(self.bias)} biases for {len(self.families)} families and a gate")
        self.weights: dict[str, tuple[float, ...]] = {k: tuple(v) for k, v in data["weights"].items()}
        self.packed: dict[str, int] = {feature: _pack(weights) for feature, weights in self.weights.items()}
        self.vocabulary: frozenset[str] = frozenset(self.weights)
        # Per family, each feature's place when ordered by weight, heaviest first (ties: the greater
        # feature first): the strongest of a set of features is then the one of least rank.
        self.ranks: tuple[dict[str, int], ...] = tuple(
            _ranks({feature: weights[family] for feature, weights in self.weights.items()})
            for family in range(len(self.bias)))

    @classmethod
    def load(cls, path: Path) -> tuple[LearnedModel, str]:
        try:
            raw = path.read_bytes()
            return cls(json.loads(raw)), hashlib.sha256(raw).hexdigest()[:12]
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise ValueError(f"learned model {path}: not a model written by scripts/train_learned.py "
                             f"({type(error).__name__}: {error})") from error

    def known(self, choice: Choice) -> set[str]:
        return known_features(choice, self.vocabulary)

    def probabilities(self, known: set[str]) -> list[float]:
        """P(family) for each family, then P(any family) of the gate: binary features, L2-normalised
        (min_features at least), as in training."""
        sums = _unpack(sum(map(self.packed.__getitem__, known)), len(known), len(self.bias))
        norm = math.sqrt(max(len(known), self.min_features, 1))
        return [_sigmoid(bias + total / norm) for bias, total in zip(self.bias, sums, strict=True)]


# A feature's weights, one per family, packed into one integer in fixed point (the model is written
# with 4 decimals): scoring is then one look-up and one exact addition per known feature, in any order.
SCALE = 10_000
OFFSET = 1 << 32  # added to each scaled weight to keep its field positive: weights stay below 400 000
FIELD = 64  # bits per family: room for OFFSET times up to 2**31 features


def _pack(weights: Sequence[float]) -> int:
    scaled = [round(weight * SCALE) for weight in weights]
    if any(abs(value) >= OFFSET for value in scaled):
        raise ValueError("a weight too large to pack")
    return sum((value + OFFSET) << (FIELD * family) for family, value in enumerate(scaled))


def _ranks(column: Mapping[str, float]) -> dict[str, int]:
    order = sorted(column, key=lambda feature: (column[feature], feature), reverse=True)
    return {feature: rank for rank, feature in enumerate(order)}


def _unpack(total: int, count: int, families: int) -> list[float]:
    """The sum of `count` packed weights, per family."""
    mask = (1 << FIELD) - 1
    return [(((total >> (FIELD * family)) & mask) - count * OFFSET) / SCALE for family in range(families)]


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x)) if x > -60 else 0.0


class LearnedDetector:
    name = "learned"
    cost = "cheap"

    def __init__(self, options: Mapping | None = None) -> None:
        options = options or {}
        self.model, digest = LearnedModel.load(Path(options.get("model", MODEL)))
        self.threshold = float(options.get("threshold", self.model.threshold))
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError(f"learned threshold must be in (0, 1], got {self.threshold}")
        self.corroborating = options.get("corroborate", True)
        if not isinstance(self.corroborating, bool):
            raise ValueError(f"learned corroborate must be true or false, got {self.corroborating!r}")
        self.answer_floor = float(options.get("answer_floor", ANSWER_FLOOR))
        self.lines_floor = float(options.get("lines_floor", LINES_FLOOR))
        if not (0.0 <= self.answer_floor <= 1.0 and 0.0 <= self.lines_floor <= 1.0):
            raise ValueError(f"learned answer_floor and lines_floor must be in [0, 1], got "
                             f"{self.answer_floor} and {self.lines_floor}")
        checks = f"+c{self.answer_floor:g}/{self.lines_floor:g}" if self.corroborating else ""
        self.version = f"{FORMAT}+{digest}{checks}"
        # the last choice scanned and its reading (known words, P(identity)): corroboration asks for the
        # same choice right after the scan, and need not read it twice
        self._last: tuple[Choice, tuple[int, float]] | None = None

    def scan(self, answer: Answer) -> Sequence[Finding]:
        return [finding for choice in answer.choices for finding in self._scan_choice(choice)]

    def corroborate(self, answer: Answer, findings: Sequence[Finding]) -> list[Finding]:
        """The other detectors' findings, those of prose the model does not read as identity capped
        below the holding line (corroborate.py)."""
        if not self.corroborating:
            return list(findings)
        return corroborate(answer, findings, self._read, self.model.families, self.answer_floor, self.lines_floor)

    def _read(self, choice: Choice) -> tuple[int, float]:
        last = self._last
        if last is not None and last[0] is choice:
            return last[1]
        known = self.model.known(_as_read(choice))
        return len(known), self.model.probabilities(known)[-1]

    def _scan_choice(self, original: Choice) -> list[Finding]:
        choice = _as_read(original)
        content = choice.content or ""
        if original.tool_calls and not choice.tool_calls and says_no_change(content):
            return []  # lookups, and a summary of what they found that changes nothing (LABELS.md, tie-breaker 3)
        spans = sections(content) if len(content) >= MIN_SECTIONED else []
        if spans:  # the words of the whole are those of its sections (no word spans a blank line)
            by_section = self._known_by_section(choice.index, content, spans)
            known = set().union(*by_section)
            if choice.tool_calls:
                known |= self.model.known(replace(choice, content=""))
        else:
            by_section, known = [], self.model.known(choice)
        readings = [self.model.probabilities(known) for known in by_section]  # each section's, read once
        misread = _misread(content, spans, readings, self.model.families) if spans and not choice.tool_calls else []
        if misread:  # the whole read without them: their words are not about anyone's access
            known = set().union(*(words for words, out in zip(by_section, misread, strict=True) if not out))
        *families, gate = self.model.probabilities(known)
        self._last = (original, (len(known), gate))
        found = [(family, p) for family, p in enumerate(families) if p >= self.threshold]
        if spans and not choice.tool_calls:
            found = _supported(found, [r for r, out in zip(readings, misread or [False] * len(readings),
                                                            strict=True) if not out])
        if gate < self.threshold or not found or not choice.tool_calls and _looks_alike(content):
            return self._scan_sections(choice, spans, by_section, readings)
        if choice.tool_calls and is_record_accounts(content, ((call.name, call.arguments or "")
                                                              for call in choice.tool_calls)):
            return []  # a ledger's or a CRM's account made or closed by the call, not a login
        if choice.tool_calls and all(is_backlog_item_call(call.name, call.arguments or "")
                                     for call in choice.tool_calls):
            return []  # a story filed about what the software should let someone do: work to build
        findings = self._findings(choice, known, found)
        if spans and not choice.tool_calls:  # every family a section shows, not only those the whole reads
            kinds = {finding.kind for finding in findings}
            findings += [finding for finding in self._scan_sections(choice, spans, by_section, readings)
                         if finding.kind not in kinds]
        return findings

    def _known_by_section(self, index: int, content: str, spans: list[tuple[int, int]]) -> list[set[str]]:
        """The known words of each section, read from the content lower-cased once (shared with the other
        detectors) rather than from a lower-cased copy of each section."""
        low = shared_lower(content)
        if len(low) != len(content):  # a letter lower-cased into two: sections would not line up
            return [self.model.known(Choice(index, content[start:end])) for start, end in spans]
        vocabulary = self.model.vocabulary
        return [known_section_features(low, start, end, vocabulary) for start, end in spans]

    def _scan_sections(self, choice: Choice, spans: list[tuple[int, int]], by_section: list[set[str]],
                       readings: list[list[float]]) -> list[Finding]:
        """A long answer read section by section: one line that changes access, buried in a weekly report,
        weighs little among the words of the whole but reads as it would alone. Each section is one more
        chance to misread a harmless one, so a section must be read surely (SECTION_THRESHOLD, gate and
        family), and an answer that as a whole explains or says nothing was done is not read so
        (`by_section`: the known words of each of the `spans`; `readings`: their probabilities)."""
        content = choice.content or ""
        threshold = max(self.threshold, SECTION_THRESHOLD)
        out: dict[str, Finding] = {}  # the first section read as each family: one buried change hides no other
        for (start, end), known, (*families, gate) in zip(spans, by_section, readings, strict=True):
            found = [(family, p) for family, p in enumerate(families)
                     if p >= threshold and self.model.families[family] not in out]
            if gate < threshold or not found:
                continue
            if _looks_alike(content):  # asked once a section reads as identity: it costs more than the reading
                return []
            section = Choice(choice.index, content[start:end])
            if names_identity(section.content) and not _looks_alike(section.content):
                for finding in self._findings(section, known, found):
                    out[finding.kind] = _shifted(finding, start)
        return list(out.values())

    def _findings(self, choice: Choice, known: set[str], found: list[tuple[int, float]]) -> list[Finding]:
        parts = choice_parts(choice)
        lowered = shared_lower(joined(parts))  # the content itself when there are no tool calls
        return [self._finding(choice, parts, lowered, known, family, p) for family, p in found]

    def _finding(self, choice: Choice, parts: list[tuple[int | None, str]], lowered: str, known: set[str],
                 family: int, p: float) -> Finding:
        """Point at the line holding the feature that weighs most for the family."""
        kind = self.model.families[family]
        details = {"model": self.version, "probability": f"{p:.3f}"}
        starts = [0]
        for _, piece in parts[:-1]:
            starts.append(starts[-1] + len(piece) + 1)
        tool_calls_at = starts[1] if len(starts) > 1 else len(lowered)
        strongest = self._strongest(known, family)
        at = _position(lowered, strongest, tool_calls_at) if strongest else 0  # no known word: the bias alone
        which = bisect_right(starts, at) - 1
        tool_call, piece = parts[which]
        offset = at - starts[which]
        if tool_call is not None:
            return Finding(kind=kind, where="tool_call", detector=self.name, confidence=round(p, 3),
                           evidence=excerpt(piece, 0, len(piece)), choice=choice.index, tool_call=tool_call,
                           argument_path="", details=details)
        start = piece.rfind("\n", 0, offset) + 1
        end = piece.find("\n", offset)
        end = len(piece) if end < 0 else end
        return Finding(kind=kind, where="content", detector=self.name, confidence=round(p, 3),
                       evidence=excerpt(piece, start, end), choice=choice.index, span=(start, end),
                       details=details)

    def _strongest(self, known: set[str], family: int) -> str | None:
        """The known feature that weighs most for the family; ties broken by the feature, so the
        place does not depend on set order (the hash seed)."""
        if not known:
            return None
        return min(known, key=self.model.ranks[family].__getitem__)


# Sections: blocks between blank lines, a block shorter than MIN_SECTION (a heading alone) joined to the next;
# only an answer of MIN_SECTIONED characters or more is read so.
SECTION_BREAK = re.compile(r"\n[ \t]*\n")
MIN_SECTION = 80
MIN_SECTIONED = 600
SECTION_THRESHOLD = 0.8
CHANGE_FAMILIES = frozenset(("access_change", "lifecycle"))  # what names_identity asks a section to name
SECTION_SUPPORT = 0.5  # a section reads the family and identity more likely than not


def sections(content: str) -> list[tuple[int, int]]:
    """[start, end) of each section of `content`."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in SECTION_BREAK.finditer(content):
        if m.start() - start >= MIN_SECTION:
            spans.append((start, m.start()))
            start = m.end()
    if spans and len(content) - start < MIN_SECTION:
        spans[-1] = (spans[-1][0], len(content))
    else:
        spans.append((start, len(content)))
    return spans if len(spans) > 1 else []


def _supported(found: list[tuple[int, float]], readings: list[list[float]]) -> list[tuple[int, float]]:
    """The families of a long answer's whole reading that one of its sections also reads, at least weakly
    (SECTION_SUPPORT, the family and the gate both; `readings`: each section's probabilities): the weights of many
    unrelated paragraphs (a latency spike, a backup run, a note on a game's 'admin' role) add up over a long report
    to a reading that none of them holds. A buried change reads in its own section."""
    return [(family, p) for family, p in found
            if any(min(reading[family], reading[-1]) >= SECTION_SUPPORT for reading in readings)]


def _misread(content: str, spans: list[tuple[int, int]], readings: list[list[float]],
             families: tuple[str, ...]) -> list[bool]:
    """Per section, whether it reads surely as a change (SECTION_THRESHOLD, the gate and only change families of the
    model's `families`) but names nothing a change could touch (names_identity): a handover's "Added a second gateway
    to the portal config" reads like "added her to the group". The section reading does not hold on such a section;
    nor does its weight count in the whole. Empty when there is none."""
    out = [reading[-1] >= SECTION_THRESHOLD and _changes_only(reading[:-1], families)
           and not names_identity(content[start:end]) for (start, end), reading in zip(spans, readings, strict=True)]
    return out if any(out) else []


def _changes_only(reading: list[float], families: tuple[str, ...]) -> bool:
    """Whether a section reads surely as a change (access or lifecycle) and as nothing else: a signature ("Signed:
    Lucille Fontaine, on behalf of management") attests without naming what it attests."""
    sure = {family for family, p in zip(families, reading, strict=True) if p >= SECTION_THRESHOLD}
    return bool(sure) and sure <= CHANGE_FAMILIES


def _shifted(finding: Finding, offset: int) -> Finding:
    if finding.span is None:
        return finding
    return replace(finding, span=(finding.span[0] + offset, finding.span[1] + offset))


@lru_cache(maxsize=8)  # asked of the whole answer again for each section that reads as identity
def _looks_alike(content: str) -> bool:
    return is_generic(content) or only_tests(content) or is_status_lookalike(content) \
        or is_banking_lookalike(content) or is_physical_keys(content) or is_energy_lockout(content) \
        or is_public_key_handover(content) \
        or is_resource_group_only(content) or is_changes_requested(content) or is_capacity_change(content) \
        or is_record_accounts(content) or is_named_thing_change(content) or is_licence_only(content) \
        or is_terraform_read(content) or is_feature_matrix(content) or is_quality_record(content) \
        or is_system_commands(content) or is_vendor_offboarding(content) or is_change_control_narrative(content) \
        or is_thing_date_change(content) or is_existing_service_account(content) or is_lookup_transcript(content) \
        or is_masked_key_reference(content) or is_maintenance_notice(content) or is_member_count(content) \
        or is_dependency_approval(content) or is_inline_lookup(content) or is_channel_membership(content) \
        or is_select_only(content) or is_work_shared(content) or is_dry_run(content) or is_linter_added(content) \
        or is_outreach_paused(content) or is_infra_teardown(content)


def _as_read(choice: Choice) -> Choice:
    """Lookups (get, list, a simulation), a shoppers' programme (gift cards, loyalty tiers), goods in an ERP, money
    (a payment, a hold on a deposit account), a control's test result and the cast of a play or a game (werewolf's
    seer and villagers) change nobody's access: of an answer whose
    tool calls are all such, the content counts."""
    if choice.tool_calls and all(_changes_nobody(call.name, call.arguments or "") for call in choice.tool_calls):
        return replace(choice, tool_calls=())
    return choice


def _changes_nobody(name: str, arguments: str) -> bool:
    return only_reads(name, arguments) or on_customer_programme(name) or is_goods_call(name, arguments) \
        or is_simulation_call(name, arguments) or is_money_call(name, arguments) \
        or is_control_test_call(name, arguments) or is_thing_endpoint_call(name, arguments) \
        or is_record_purge_call(name, arguments) or is_doc_page_call(name, arguments) \
        or is_ticket_routing_call(name, arguments) or is_build_command_call(name, arguments) or on_stage(arguments) \
        or is_cluster_object_call(name, arguments) \
        or is_feature_flag_call(arguments) or is_device_state_call(arguments) \
        or is_thing_sql_call(name, arguments) or is_outreach_pause_call(name, arguments)


def _position(lowered: str, feature: str, tool_calls_at: int) -> int:
    """Where the feature's word first stands whole (not inside a longer word); a tool-name word is
    looked for from the first tool call on. Only the lines holding the word's letters are split into
    words: no word runs across a line break."""
    if feature == CALLS_A_TOOL:
        return tool_calls_at
    start = tool_calls_at if feature.startswith(TOOL) else 0
    word = feature.removeprefix(TOOL)
    while (hit := lowered.find(word, start)) >= 0:
        end = lowered.find("\n", hit)
        end = len(lowered) if end < 0 else end
        for match in TOKEN.finditer(lowered, lowered.rfind("\n", 0, hit) + 1, end):
            if match.group() == word:
                return match.start()
        start = end
    return 0
