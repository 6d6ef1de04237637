"""Inspect, then decide: the inspection engine's findings go to the policy, which alone decides.
This is also where inspection failing turns into the fail-closed decision, recorded with why."""

from __future__ import annotations

import copy
import logging
from typing import Any

from gateway.completion import MASK
from gateway.types import Answer, CallContext, Decision, DecisionContext, Finding

log = logging.getLogger("gateway.judge")


class Judge:
    """Built once: the inspection engine and the policy, both optional until configured."""

    def __init__(self, engine: Any | None, policy: Any | None, *, redact_prompt_secrets: bool = True) -> None:
        self.engine, self.policy = engine, policy
        self.redact_prompt_secrets = redact_prompt_secrets

    @property
    def detectors_revision(self) -> str:
        return self.engine.revision if self.engine is not None else "none"

    def __call__(self, answer: Answer, ctx: CallContext, model: str) -> tuple[list[Finding], Decision]:
        if self.engine is None or self.policy is None:
            return [], Decision("allow", detectors_revision=self.detectors_revision)
        context = DecisionContext(ctx.risk_tier, ctx.workflow, model)
        try:
            findings = self.engine.scan(answer, cost="cheap")
        except Exception as exc:  # the one broad except: a failing detector must not pass an answer
            log.warning("inspection failed for request %s: %s", ctx.request_id, type(exc).__name__)
            outcome = "flag" if ctx.risk_tier == "low" else "quarantine"
            return [], Decision(outcome, rule_ids=("fail-closed",), detectors_revision=self.detectors_revision,
                                rules_revision=self.policy.revision,
                                reason=f"inspection failed: {type(exc).__name__}")
        return findings, self.policy.decide(findings, context, self.detectors_revision)

    def scan_credentials(self, text: str) -> list[Finding]:
        """Credential findings with spans in a piece of text (the watch-mode window)."""
        if self.engine is None:
            return []
        return [f for f in self.engine.scan_text(text) if f.kind == "credential" and f.span]

    def scrub_prompt(self, body: dict) -> tuple[dict, list[Finding]]:
        """Mask secrets in the prompt's text before it reaches the provider."""
        if not self.redact_prompt_secrets:
            return body, []
        found: list[Finding] = []
        messages = body.get("messages") or []
        scrubbed = None
        for i, message in enumerate(messages):
            content = message.get("content")
            if not isinstance(content, str) or not content:
                continue
            findings = self.scan_credentials(content)
            if not findings:
                continue
            found.extend(findings)
            if scrubbed is None:
                scrubbed = copy.deepcopy(messages)
            for finding in sorted(findings, key=lambda f: f.span, reverse=True):
                start, end = finding.span
                label = finding.details.get("type", "credential") if finding.details else "credential"
                content = content[:start] + MASK.format(label) + content[end:]
            scrubbed[i]["content"] = content
        if scrubbed is None:
            return body, found
        return {**body, "messages": scrubbed}, found
