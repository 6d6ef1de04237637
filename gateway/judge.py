"""Inspect, then decide: the inspection engine's findings go to the policy, which alone decides.
Inspection failing turns into the fail-closed decision here, recorded with why. Expensive
detectors (PII) whose findings could only flag in the caller's context run after delivery, and
their findings follow in a second audit record of the same request.
"""

from __future__ import annotations

import asyncio
import copy
import logging
from collections import OrderedDict
from collections.abc import Coroutine
from typing import Any

from gateway.completion import MASK
from gateway.types import KINDS, Answer, CallContext, Decision, DecisionContext, Finding

log = logging.getLogger("gateway.judge")
_DEFERRABLE = ("allow", "flag")
PROMPT_MEMORY = 2048  # prompt messages whose scan results are kept


class Judge:
    """Built once: the inspection engine and the policy."""

    def __init__(self, engine: Any | None, policy: Any | None, *, redact_prompt_secrets: bool = True) -> None:
        self.engine, self.policy = engine, policy
        self.redact_prompt_secrets = redact_prompt_secrets
        expensive = [d for d in (engine.detectors if engine else ()) if d.cost == "expensive"]
        self._expensive_kinds = frozenset(k for d in expensive for k in getattr(d, "kinds", KINDS))
        self._tasks: set[asyncio.Task] = set()
        self._seen_prompts: OrderedDict[str, list[Finding]] = OrderedDict()  # conversations resend history

    @property
    def detectors_revision(self) -> str:
        return self.engine.revision if self.engine is not None else "none"

    def defers(self, ctx: CallContext, model: str) -> bool:
        """Whether the expensive detectors may run after delivery for this call."""
        if not self._expensive_kinds or self.policy is None:
            return False
        context = DecisionContext(ctx.risk_tier, ctx.workflow, model)
        return self.policy.ceiling(self._expensive_kinds, context) in _DEFERRABLE

    def __call__(self, answer: Answer, ctx: CallContext, model: str,
                 cost: str | None = "cheap") -> tuple[list[Finding], Decision]:
        """Findings and decision; `cost="cheap"` leaves the expensive detectors out when
        `defers()` says they may follow, and runs everything otherwise."""
        if self.engine is None or self.policy is None:
            return [], Decision("allow", detectors_revision=self.detectors_revision)
        if cost == "cheap" and not self.defers(ctx, model):
            cost = None
        context = DecisionContext(ctx.risk_tier, ctx.workflow, model)
        try:
            findings = self.engine.scan(answer, cost=cost)
        except Exception as exc:  # the one broad except: a failing detector must not pass an answer
            log.warning("inspection failed for request %s: %s", ctx.request_id, type(exc).__name__)
            outcome = "flag" if ctx.risk_tier == "low" else "quarantine"
            return [], Decision(outcome, rule_ids=("fail-closed",), detectors_revision=self.detectors_revision,
                                rules_revision=self.policy.revision, reason=f"inspection failed: {exc}")
        return findings, self.policy.decide(findings, context, self.detectors_revision)

    def follow_up(self, work: Coroutine) -> None:
        """Run a deferred scan in the background; `drain()` waits for every one at shutdown."""
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def drain(self) -> None:
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def deferred(self, answer: Answer, ctx: CallContext, model: str,
                       cheap: list[Finding]) -> tuple[list[Finding], Decision]:
        """The expensive detectors' findings and the decision over every finding."""
        context = DecisionContext(ctx.risk_tier, ctx.workflow, model)
        found = await asyncio.to_thread(self.engine.scan, answer, "expensive")
        return found, self.policy.decide([*cheap, *found], context, self.detectors_revision)

    def scan_credentials(self, text: str) -> list[Finding]:
        """Credential findings with spans in a piece of text (the watch-mode window)."""
        if self.engine is None:
            return []
        return [f for f in self.engine.scan_text(text) if f.kind == "credential" and f.span]

    def _prompt_secrets(self, content: str) -> list[Finding]:
        """Credential findings of one prompt message, remembered: agents resend the whole
        conversation on every call, so most messages were scanned on an earlier one."""
        found = self._seen_prompts.get(content)
        if found is None:
            found = self.scan_credentials(content)
            self._seen_prompts[content] = found
            if len(self._seen_prompts) > PROMPT_MEMORY:
                self._seen_prompts.popitem(last=False)
        else:
            self._seen_prompts.move_to_end(content)
        return found

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
            findings = self._prompt_secrets(content)
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
