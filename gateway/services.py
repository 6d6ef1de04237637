"""The services a running gateway shares: built once at start-up, passed in, never globals."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from gateway.audit import AuditLog
from gateway.auth import Authenticator
from gateway.background import Background, Every
from gateway.config import Settings
from gateway.errors import ConfigError
from gateway.judge import Judge
from gateway.review.attestation import Attestor
from gateway.review.escalation import Escalator
from gateway.review.service import ReviewService
from gateway.review.webhooks import Notifier
from gateway.store import Store, open_store
from gateway.upstream import Upstream

Clock = Callable[[], float]


@dataclass
class Services:
    settings: Settings
    store: Store
    audit: AuditLog
    auth: Authenticator
    upstream: Upstream
    judge: Judge
    reviews: ReviewService
    clock: Clock
    attestor: Attestor | None = None  # signed release (None only in hand-built test services)
    notifier: Notifier | None = None
    background: list[Background] = field(default_factory=list)  # started/stopped by the lifespan


def build_judge(settings: Settings, clock: Clock = time.monotonic) -> Judge:
    """The inspection engine and the rules; raises ConfigError for a bad rule set."""
    from gateway.inspection.engine import build_engine
    from gateway.policy.reload import Policy

    options = dict(settings.inspection)
    detectors = options.pop("detectors", None)
    redact_prompt = bool(options.pop("redact_prompt_secrets", True))
    try:
        engine = build_engine(detectors, options)
    except ValueError as error:  # an unknown detector, a bad option or model file
        raise ConfigError("config", None, "invalid_inspection", str(error)) from error
    return Judge(engine, Policy(settings.rules, clock=clock), redact_prompt_secrets=redact_prompt)


async def build_services(settings: Settings, judge: Judge, clock: Clock = time.time,
                         store: Store | None = None) -> Services:
    store = store or open_store(settings.store)
    upstream = Upstream(settings)
    await upstream.start()
    audit = AuditLog(store, clock)
    attestor = Attestor(store, settings.attestation, clock)
    await attestor.start()
    notifier = Notifier(store, settings.notifications, clock)
    reviews = ReviewService(settings, store, audit, clock)
    reviews.attestor = attestor
    reviews.listeners.append(notifier.on_review)  # quarantined, decided, escalated, expired -> webhooks
    escalator = Escalator(settings, reviews, clock)
    background: list[Background] = [notifier, Every("escalation", settings.escalation.interval, escalator.sweep),
                                    Every("attestation-keys", 60.0, attestor.refresh)]
    svc = Services(settings=settings, store=store, audit=audit, attestor=attestor, notifier=notifier,
                   background=background, auth=Authenticator(settings, store, clock), upstream=upstream,
                   judge=judge, reviews=reviews, clock=clock)
    return svc
