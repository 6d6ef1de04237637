"""config.yaml -> validated, typed settings. `${ENV}` and `${ENV:-default}` are interpolated first;
every problem is reported as `path:line: code: message` and the gateway refuses to start."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from gateway.yamlsrc import Source, load_document

_ENV = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$")
_UNITS = {"ms": 0.001, "s": 1, None: 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(value: str | int | float) -> float:
    """'15m' -> 900.0 seconds; bare numbers are seconds."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    match = _DURATION.match(str(value))
    if not match:
        raise ValueError(f"not a duration: {value!r} (use e.g. 30s, 15m, 24h, 7d)")
    return float(match.group(1)) * _UNITS[match.group(2)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


Duration = float


class IdentityProvider(_Strict):
    """An identity provider whose signed user assertions (JWTs) name an agent's human requester."""

    issuer: str
    public_key_pem: str
    audience: str | None = None
    algorithms: tuple[str, ...] = ("RS256", "ES256", "EdDSA")
    subject_claim: str = "sub"
    leeway: float = 30.0


class SsoSettings(_Strict):
    """A reviewer identity header set by an authenticating proxy, trusted only from its addresses."""

    header: str = "x-forwarded-user"
    trusted_proxies: tuple[str, ...] = ("127.0.0.1",)


class ServerSettings(_Strict):
    host: str = "127.0.0.1"
    port: int = Field(8080, ge=0, le=65535)
    max_body_bytes: int = Field(4 * 1024 * 1024, gt=0)
    key_ttl: Duration = 24 * 3600.0
    auth_cache_ttl: Duration = 1.0  # how long a key or kill-switch read is reused (other processes' changes)
    public_url: str | None = None
    sso: SsoSettings | None = None  # off by default: a trusted header from an authenticating proxy

    _durations = field_validator("key_ttl", "auth_cache_ttl", mode="before")(parse_duration)


class ModelParams(BaseModel):
    """litellm's `litellm_params` vocabulary; unknown litellm params pass through to litellm."""

    model_config = ConfigDict(extra="allow", frozen=True)
    model: str
    api_base: str | None = None
    api_key: str | None = None
    timeout: float = 60.0
    max_retries: int = Field(1, ge=0, le=10)


class ModelEntry(_Strict):
    model_name: str
    litellm_params: ModelParams


class Credential(_Strict):
    """litellm's `credential_list` entry: a named set of provider credentials."""

    credential_name: str
    credential_values: dict[str, str]


class Principal(_Strict):
    id: str
    name: str | None = None
    email: str | None = None
    kind: Literal["person", "group"] = "person"
    members: tuple[str, ...] = ()
    roles: tuple[Literal["reviewer", "admin", "auditor"], ...] = ()
    workflows: tuple[str, ...] = ()  # workflows this principal reviews, besides workflow.reviewers


class Workflow(_Strict):
    id: str
    owner: str
    description: str = ""
    risk_tier: Literal["low", "medium", "high"]
    models: tuple[str, ...]
    credentials: dict[str, str] = {}
    reviewers: tuple[str, ...] = ()
    on_quarantine: Literal["notice", "hold", "error"] = "notice"
    hold_seconds: Duration = 30.0
    stream_mode: Literal["buffer", "watch"] = "buffer"
    review_sla: Duration = 4 * 3600.0
    escalate_to: str | None = None
    expire_after: Duration | None = None
    forward_tags: bool = False
    approvals_required: int = Field(1, ge=1, le=5)
    owner_approval: bool = False
    approval_ttl: Duration = 3600.0

    _durations = field_validator("hold_seconds", "review_sla", "expire_after", "approval_ttl", mode="before")(
        lambda v: None if v is None else parse_duration(v))


class AttestationKey(_Strict):
    """An Ed25519 signing key for signed releases (PKCS#8 PEM, usually `${ENV}`)."""

    kid: str
    private_key_pem: str

    @field_validator("private_key_pem")
    @classmethod
    def _ed25519(cls, value: str) -> str:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from cryptography.hazmat.primitives.serialization import load_pem_private_key

        try:
            key = load_pem_private_key(value.encode(), password=None)
        except (ValueError, TypeError):
            raise ValueError("not a readable unencrypted PEM private key") from None
        if not isinstance(key, Ed25519PrivateKey):
            raise ValueError("attestation keys must be Ed25519")
        return value


class AttestationSettings(_Strict):
    """Configured signing keys; without any, a key is generated once and kept in the store."""

    keys: tuple[AttestationKey, ...] = ()
    active: str | None = None


WebhookEvent = Literal["quarantined", "decided", "escalated", "expired", "rollback"]
WEBHOOK_EVENTS: tuple[str, ...] = ("quarantined", "decided", "escalated", "expired", "rollback")


class Webhook(_Strict):
    url: str
    secret: str = Field(min_length=16)
    events: tuple[WebhookEvent, ...] = WEBHOOK_EVENTS


class NotificationSettings(_Strict):
    webhooks: tuple[Webhook, ...] = ()
    max_attempts: int = Field(8, ge=1, le=100)
    timeout: Duration = 10.0

    _durations = field_validator("timeout", mode="before")(parse_duration)


class EscalationSettings(_Strict):
    interval: Duration = 5.0

    _durations = field_validator("interval", mode="before")(parse_duration)


class Settings(_Strict):
    server: ServerSettings = ServerSettings()
    store: str = "sqlite:///.gateway/gateway.db"
    models: tuple[ModelEntry, ...]
    credentials: tuple[Credential, ...] = ()
    workflows: tuple[Workflow, ...]
    principals: tuple[Principal, ...] = ()
    rules: str = "rules"
    inspection: dict[str, Any] = {}
    identity_providers: tuple[IdentityProvider, ...] = ()
    attestation: AttestationSettings = AttestationSettings()
    notifications: NotificationSettings = NotificationSettings()
    escalation: EscalationSettings = EscalationSettings()

    def workflow(self, workflow_id: str) -> Workflow | None:
        return next((w for w in self.workflows if w.id == workflow_id), None)

    def model(self, name: str) -> ModelEntry | None:
        return next((m for m in self.models if m.model_name == name), None)

    def principal(self, principal_id: str) -> Principal | None:
        return next((p for p in self.principals if p.id == principal_id), None)


def load_settings(path: str | Path, environ: dict[str, str] | None = None) -> Settings:
    """Read, interpolate and validate a config file; raise ConfigError naming file and line."""
    source = load_document(path)
    if not isinstance(source.data, dict):
        raise source.error((), "bad_config", "the config must be a mapping of sections")
    data = _interpolate(source.data, (), source, os.environ if environ is None else environ)
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = tuple(first["loc"])
        field = ".".join(str(part) for part in loc) or "config"
        code = "missing_field" if first["type"] == "missing" else "invalid_field"
        raise source.error(loc, code, f"{field}: {first['msg']}") from None
    _check_references(settings, source)
    base = Path(path).resolve().parent
    rules = Path(settings.rules)
    return settings.model_copy(update={"rules": str(rules if rules.is_absolute() else base / rules)})


def _interpolate(value: Any, loc: tuple, source: Source, environ: Any) -> Any:
    if isinstance(value, dict):
        return {k: _interpolate(v, loc + (k,), source, environ) for k, v in value.items()}
    if isinstance(value, list):
        return [_interpolate(v, loc + (i,), source, environ) for i, v in enumerate(value)]
    if not isinstance(value, str) or "${" not in value:
        return value

    def replace(match: re.Match) -> str:
        name, default = match.group(1), match.group(2)
        if name in environ:
            return environ[name]
        if default is not None:
            return default
        raise source.error(loc, "unset_env", f"${{{name}}} is not set in the environment")

    return _ENV.sub(replace, value)


def _check_references(settings: Settings, source: Source) -> None:
    def fail(loc: tuple, code: str, message: str) -> None:
        raise source.error(loc, code, message)

    models = {m.model_name for m in settings.models}
    credentials = {c.credential_name for c in settings.credentials}
    principals = {p.id: p for p in settings.principals}
    _unique(source, "models", [m.model_name for m in settings.models], "model_name")
    _unique(source, "workflows", [w.id for w in settings.workflows], "id")
    _unique(source, "principals", [p.id for p in settings.principals], "id")
    for i, principal in enumerate(settings.principals):
        for j, member in enumerate(principal.members):
            if member not in principals:
                fail(("principals", i, "members", j), "unknown_principal", f"unknown member {member!r}")
    for i, wf in enumerate(settings.workflows):
        here = ("workflows", i)
        if not wf.owner.strip():
            fail(here + ("owner",), "missing_owner", f"workflow {wf.id!r} needs a named owner")
        if principals and wf.owner not in principals:
            fail(here + ("owner",), "unknown_principal", f"owner {wf.owner!r} is not a principal")
        if not wf.models:
            fail(here + ("models",), "invalid_field", f"workflow {wf.id!r} allows no model")
        for j, model in enumerate(wf.models):
            if model not in models:
                fail(here + ("models", j), "unknown_model", f"unknown model {model!r}")
        for model, credential in wf.credentials.items():
            if model not in wf.models:
                fail(here + ("credentials", model), "unknown_model",
                     f"credential for {model!r}, which the workflow does not allow")
            if credential not in credentials:
                fail(here + ("credentials", model), "unknown_credential",
                     f"unknown credential {credential!r}")
        for field_name, ids in (("reviewers", wf.reviewers), ("escalate_to", [wf.escalate_to])):
            for j, pid in enumerate(ids):
                if pid is not None and pid not in principals:
                    fail(here + (field_name, j) if field_name == "reviewers" else here + (field_name,),
                         "unknown_principal", f"unknown principal {pid!r}")
        if wf.stream_mode == "watch" and wf.risk_tier != "low":
            fail(here + ("stream_mode",), "invalid_field", "stream_mode watch is for low-tier workflows only")
    kids = [k.kid for k in settings.attestation.keys]
    for i, kid in enumerate(kids):
        if kid in kids[:i]:
            fail(("attestation", "keys", i, "kid"), "duplicate_id", f"attestation key {kid!r} is defined twice")
    if settings.attestation.active is not None and settings.attestation.active not in kids:
        fail(("attestation", "active"), "unknown_key", f"active key {settings.attestation.active!r} is not in keys")
    if not settings.store.startswith(("sqlite:///", "redis://", "rediss://")):
        fail(("store",), "invalid_field", "store must be sqlite:///PATH or redis://HOST:PORT/DB")


def _unique(source: Source, section: str, names: list[str], field_name: str) -> None:
    seen: dict[str, int] = {}
    for i, name in enumerate(names):
        if name in seen:
            raise source.error((section, i, field_name), "duplicate_id",
                               f"{name!r} already defined at line {source.line((section, seen[name]))}")
        seen[name] = i
