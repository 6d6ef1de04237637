"""The gateway's vocabulary: the typed values that pass between the steps of the request's way.

authenticate -> CallContext; upstream -> Answer; inspection -> Finding; policy -> Decision.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["access_change", "lifecycle", "credential", "attestation", "pii"]
KINDS: tuple[str, ...] = ("access_change", "lifecycle", "credential", "attestation", "pii")
Where = Literal["content", "tool_call", "prompt"]
WHERES: tuple[str, ...] = ("content", "tool_call", "prompt")
Tier = Literal["low", "medium", "high"]
TIERS: tuple[str, ...] = ("low", "medium", "high")
Outcome = Literal["allow", "flag", "quarantine", "block"]
# Precedence, weakest first: the decision takes the strongest outcome any rule names.
OUTCOMES: tuple[str, ...] = ("allow", "flag", "quarantine", "block")
ACTIONS: tuple[str, ...] = ("allow", "flag", "redact", "quarantine", "block")


@dataclass(frozen=True, slots=True)
class ToolCall:
    """One function call the model asks for; `arguments` is the raw JSON string it sent."""

    id: str
    name: str
    arguments: str


@dataclass(frozen=True, slots=True)
class Choice:
    index: int
    content: str
    tool_calls: tuple[ToolCall, ...] = ()


@dataclass(frozen=True, slots=True)
class Answer:
    """What inspection sees of a completion: every choice, text and tool calls."""

    choices: tuple[Choice, ...]

    @classmethod
    def of_text(cls, text: str) -> Answer:
        return cls((Choice(0, text),))


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of identity-affecting content a detector saw. Detectors report; policy decides.

    Location: `choice`, then either a `span` in the choice's content (where="content"), or a
    `tool_call` index with the `argument_path` inside its parsed arguments (where="tool_call");
    for tool calls `span`, when set, is an offset range in the call's raw `arguments` string.
    """

    kind: str
    where: str
    detector: str
    confidence: float
    evidence: str
    choice: int = 0
    span: tuple[int, int] | None = None
    tool_call: int | None = None
    argument_path: str | None = None
    action: str | None = None  # grant, revoke, modify, create, disable, delete, reset, attest, read
    principal: str | None = None
    target: str | None = None
    privilege: str | None = None  # admin, elevated, standard
    details: Mapping[str, str] = field(default_factory=dict)

    def to_json(self) -> dict:
        out = {
            "kind": self.kind,
            "where": self.where,
            "detector": self.detector,
            "confidence": round(self.confidence, 3),
            "evidence": self.evidence,
            "choice": self.choice,
        }
        for name in ("tool_call", "argument_path", "action", "principal", "target", "privilege"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        if self.span is not None:
            out["span"] = list(self.span)
        if self.details:
            out["details"] = dict(self.details)
        return out


@dataclass(frozen=True, slots=True)
class Decision:
    """An outcome plus transforms: `redactions` are the findings whose spans are masked."""

    outcome: str
    rule_ids: tuple[str, ...] = ()
    redactions: tuple[Finding, ...] = ()
    rules_revision: str = ""
    detectors_revision: str = ""
    reason: str = ""

    @property
    def header(self) -> str:
        """The `x-gateway-decision` value: the outcome, or `redact` for a redacted pass."""
        if self.redactions and self.outcome in ("allow", "flag"):
            return "redact"
        return self.outcome

    def to_json(self) -> dict:
        return {
            "outcome": self.outcome,
            "header": self.header,
            "rule_ids": list(self.rule_ids),
            "redactions": len(self.redactions),
            "rules_revision": self.rules_revision,
            "detectors_revision": self.detectors_revision,
            "reason": self.reason,
        }


ALLOW = Decision("allow")


@dataclass(frozen=True, slots=True)
class DecisionContext:
    """What rules may match on besides findings."""

    risk_tier: str
    workflow: str
    model: str


@dataclass(frozen=True, slots=True)
class CallContext:
    """Who is calling, for which workflow and owner: from the agent's key, never from headers.

    `claimed_on_behalf_of` and `source` are what the agent says (logged as context, never trusted
    for authorization); `requester` is the human bound to the key when it was issued.
    """

    request_id: str
    workflow: str
    owner: str
    risk_tier: str
    key_id: str
    key_name: str
    requester: str | None
    claimed_on_behalf_of: str | None
    source: str | None
    started: float
    asserted_requester: str | None = None  # from a verified user assertion (gateway/assertions.py)

    def tags(self) -> dict:
        return {"request_id": self.request_id, "workflow": self.workflow, "owner": self.owner,
                "risk_tier": self.risk_tier, "agent": self.key_id, "agent_name": self.key_name,
                "requester": self.requester, "asserted_requester": self.asserted_requester,
                "on_behalf_of": self.claimed_on_behalf_of, "source": self.source}
