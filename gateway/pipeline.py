"""The request's way for POST /v1/chat/completions, as in DESIGN.md:
authenticate -> tag -> inspect prompt -> upstream -> inspect answer -> decide -> record -> deliver.
"""

from __future__ import annotations

import json
import logging
import time

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from gateway import completion, deliver, logs
from gateway.assertions import HEADER as ASSERTION
from gateway.assertions import asserted_requester
from gateway.auth import Agent
from gateway.canonical import digest
from gateway.errors import BlockedByPolicy, Forbidden, GatewayError
from gateway.ids import new_id
from gateway.intake import ChatRequest, chat_request, read_json
from gateway.review import held
from gateway.services import Services
from gateway.types import CallContext, Decision
from gateway.upstream import route_for
from gateway.watch import Watcher

log = logging.getLogger("gateway.pipeline")


async def chat_completions(request: Request, svc: Services) -> Response:
    agent = await svc.auth.agent(request.headers.get("authorization"))
    ctx = tag(agent, request, svc.clock(), asserted_requester(svc.settings, request.headers.get(ASSERTION)))
    call = CallRecord(ctx)
    try:
        chat = chat_request(await read_json(request, svc.settings.server.max_body_bytes))
        call.model = chat.model
        route = route_for(svc.settings, agent.workflow, allowed_model(agent, chat.model))
        body, call.prompt_findings = svc.judge.scrub_prompt(chat.body)
        if chat.stream and agent.workflow.stream_mode == "watch":
            return await watch_stream(svc, ctx, call, route, body, chat)
        data, raw = await complete(svc, route, body, chat, call)
        answer = completion.answer_of(data)
        findings, decision = svc.judge(answer, ctx, chat.model)
        review = None
        if decision.outcome == "quarantine":
            review = await svc.reviews.hold(ctx, chat.model, body, data, findings, decision)
        released = completion.redact(data, decision.redactions) if decision.redactions else data
        sent = (list(completion.chunks_of(released)) if decision.redactions else call.chunks) if chat.stream else None
        # what the agent will hold: a redacted stream is re-cut, an unchanged one is `data` itself
        delivered = completion.assemble(sent) if sent is not None and decision.redactions else released
        attestation = attest(svc, ctx, decision, delivered) if review is None else None
        await svc.audit.record("call", **call.fields(body, released, findings, decision, review),
                               attestation=attestation)
        call.log(BlockedByPolicy.status if decision.outcome == "block" else 200, decision.header)
        if svc.judge.defers(ctx, chat.model):
            svc.judge.follow_up(follow_up(svc, ctx, chat.model, answer, findings))
    except GatewayError as error:
        await svc.audit.record("call", **call.failure(error))
        call.log(error.status, None, error.code)
        error.headers = deliver.contract_headers(ctx)  # the request id names the audit record
        raise
    except Exception as exc:  # a bug: still recorded, then app.py logs it and answers a plain 500
        failure = GatewayError("the gateway failed to handle this request")
        await svc.audit.record("call", **call.failure(failure), exception=type(exc).__name__)
        call.log(failure.status, None, failure.code)
        raise
    if decision.outcome == "block":
        blocked = BlockedByPolicy("the answer was blocked by policy", extra={"request_id": ctx.request_id})
        blocked.headers = deliver.contract_headers(ctx, decision)
        raise blocked
    if review is not None:  # notice, hold or error, per the workflow's on_quarantine
        return await held.respond(svc, ctx, decision, review, data, chat.stream)
    headers = deliver.contract_headers(ctx, decision) | ({"x-gateway-attestation": attestation} if attestation else {})
    if sent is not None:
        return deliver.sse_body(sent, headers, None if decision.redactions else call.raw_lines)
    return deliver.json_body(released, None if decision.redactions else raw, headers)


def attest(svc: Services, ctx: CallContext, decision: Decision, delivered: dict) -> str | None:
    """The signed release of an allowed or flagged answer, over the body exactly as delivered
    (for a stream, the completion the agent assembles from the chunks sent)."""
    if svc.attestor is None or decision.outcome not in ("allow", "flag"):
        return None
    return svc.attestor.release(ctx.request_id, ctx.workflow, ctx.owner, decision.header, (),
                                decision.rules_revision, delivered)


async def watch_stream(svc: Services, ctx: CallContext, call: CallRecord, route, body: dict,
                       chat: ChatRequest) -> Response:
    """A low-tier stream released through the watcher; the audit has a record before the first
    byte and the completion record before [DONE]."""
    chunks = svc.upstream.stream(route, body)
    first = await anext(chunks, None)  # provider errors still become a normal error response
    call.chunks = []
    await svc.audit.record("stream_opened", **ctx.tags(), model=chat.model, prompt=body)
    watcher = Watcher(svc.judge.scan_credentials, lambda answer: svc.judge(answer, ctx, chat.model)[1])

    async def finish(data: dict, sent: dict) -> tuple[Decision, dict]:
        findings, decision = svc.judge(completion.answer_of(data), ctx, chat.model)
        if watcher.stopped is not None and decision.outcome not in ("quarantine", "block"):
            decision = watcher.stopped
        review = None
        if decision.outcome == "quarantine":
            review = await svc.reviews.hold(ctx, chat.model, body, data, findings, decision)
        released = completion.redact(data, decision.redactions) if decision.redactions else data
        fields = call.fields(body, released, findings, decision, review)
        await svc.audit.record("call", **fields, watch={**sent, "masked": watcher.masked()})
        call.log(200, decision.header)
        return decision, {"decision": decision.header, "review_id": review.id if review else None}

    async def sign(decision: Decision, delivered: dict) -> str | None:
        token = attest(svc, ctx, decision, delivered)
        if token:
            await svc.audit.record("released", **ctx.tags(), model=chat.model, attestation=token,
                                   delivered_digest=digest(delivered))
        return token

    async def all_chunks():
        if first is not None:
            yield first
        async for chunk in chunks:
            yield chunk

    return StreamingResponse(_guard(watcher.relay(all_chunks(), finish, sign), svc, call),
                             headers=deliver.contract_headers(ctx), media_type="text/event-stream")


async def _guard(stream, svc: Services, call: CallRecord):
    """Mid-stream faults end the stream with an error event; the audit records the failure."""
    try:
        async for part in stream:
            yield part
    except GatewayError as error:
        await svc.audit.record("call", **call.failure(error))
        call.log(error.status, None, error.code)
        yield b"data: " + json.dumps(error.body()).encode() + b"\n\n"


async def follow_up(svc: Services, ctx: CallContext, model: str, answer, cheap: list) -> None:
    """The expensive detectors, after delivery: their findings follow in a record of the same request."""
    try:
        found, decision = await svc.judge.deferred(answer, ctx, model, cheap)
        if found:
            await svc.audit.record("follow_up", **ctx.tags(), model=model, findings=[f.to_json() for f in found],
                                   decision=decision.header, rule_ids=list(decision.rule_ids),
                                   rules_revision=decision.rules_revision,
                                   detectors_revision=decision.detectors_revision)
    except Exception as exc:  # a background scan must never take the process down; the call is recorded
        log.warning("follow-up scan failed for %s: %s", ctx.request_id, type(exc).__name__)


def tag(agent: Agent, request: Request, now: float, asserted: str | None = None) -> CallContext:
    """The call's tags: workflow, owner and tier from the key; the requester bound to the key and
    one named by a verified user assertion; what the agent claims, as context only."""
    headers = request.headers
    return CallContext(
        request_id=new_id("req"), workflow=agent.workflow.id, owner=agent.workflow.owner,
        risk_tier=agent.workflow.risk_tier, key_id=agent.key.id, key_name=agent.key.name,
        requester=agent.key.on_behalf_of, claimed_on_behalf_of=headers.get("x-gateway-on-behalf-of"),
        source=headers.get("x-gateway-source"), started=now, asserted_requester=asserted,
    )


def allowed_model(agent: Agent, model: str) -> str:
    if model not in agent.models:
        raise Forbidden(f"model {model!r} is not allowed for workflow {agent.workflow.id!r}",
                        code="model_not_allowed", param="model")
    return model


async def complete(svc: Services, route, body: dict, chat: ChatRequest, call: CallRecord) -> tuple[dict, bytes | None]:
    """The provider's whole answer; a stream is received in full first (buffer mode)."""
    started = time.perf_counter()
    if chat.stream:
        call.raw_lines = [] if route.path == "direct" else None
        call.chunks = [chunk async for chunk in svc.upstream.stream(route, body, call.raw_lines)]
        data, raw = completion.assemble(call.chunks), None
    else:
        reply = await svc.upstream.complete(route, body)
        data, raw = reply.data, reply.raw
    call.upstream_ms = (time.perf_counter() - started) * 1000
    return data, raw


class CallRecord:
    """What the audit record and the ops log line of one call are made of."""

    def __init__(self, ctx: CallContext) -> None:
        self.ctx = ctx
        self.model: str | None = None
        self.prompt_findings: list = []
        self.chunks: list[dict] | None = None
        self.raw_lines: list[bytes] | None = None  # a direct-path stream's own `data:` lines
        self.upstream_ms: float | None = None
        self.t0 = time.perf_counter()

    def fields(self, body: dict, released: dict, findings: list, decision, review) -> dict:
        """The call record; `released` is the answer with the decision's redactions applied:
        secrets stay out of the audit too (the review item keeps what reviewers need)."""
        masked = [{"choice": f.choice, "where": f.where, "tool_call": f.tool_call,
                   "type": (f.details or {}).get("type", f.kind)} for f in decision.redactions]
        return {**self.ctx.tags(), "model": self.model, "status": 200, "stream": self.chunks is not None,
                "prompt": body, "answer": released, "masked": masked or None,
                "prompt_findings": [f.to_json() for f in self.prompt_findings] or None,
                "findings": [f.to_json() for f in findings], "decision": decision.header,
                "outcome": decision.outcome, "rule_ids": list(decision.rule_ids),
                "rules_revision": decision.rules_revision, "detectors_revision": decision.detectors_revision,
                "reason": decision.reason or None, "review_id": review.id if review else None,
                "answer_digest": review.data["answer_digest"] if review else None}

    def failure(self, error: GatewayError) -> dict:
        return {**self.ctx.tags(), "model": self.model, "status": error.status,
                "error": {"code": error.code, "message": logs.redact(error.message)}}

    def log(self, status: int, decision: str | None, error: str | None = None) -> None:
        logs.call_line({
            "request_id": self.ctx.request_id, "workflow": self.ctx.workflow, "owner": self.ctx.owner,
            "agent": self.ctx.key_id, "model": self.model, "status": status, "decision": decision,
            "error": error, "upstream_ms": None if self.upstream_ms is None else round(self.upstream_ms, 2),
            "total_ms": round((time.perf_counter() - self.t0) * 1000, 2)})
