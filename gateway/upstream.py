"""Providers: the only module that talks to a model. OpenAI-wire models (openai/, hosted_vllm/,
bare names) take a direct path on one shared aiohttp session and keep the provider's bytes;
every other provider goes through litellm, imported lazily, only when such a model is configured.
"""

from __future__ import annotations

import asyncio
import json
import os
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import aiohttp

from gateway.config import ModelEntry, Settings, Workflow
from gateway.demo import DemoProvider
from gateway.errors import UpstreamError
from gateway.logs import redact

OPENAI_WIRE_PREFIXES = ("openai/", "hosted_vllm/")
DONE = b"data: [DONE]"
_RETRY_STATUSES = {429, 500, 502, 503, 504}


@dataclass(frozen=True, slots=True)
class Route:
    """One call's provider target: the model entry plus the workflow's scoped credential."""

    entry: ModelEntry
    params: dict[str, Any]  # litellm params with the workflow's credential applied

    @property
    def path(self) -> str:
        return path_of(self.entry)


@dataclass(slots=True)
class Reply:
    data: dict
    raw: bytes | None  # the provider's body, when it spoke OpenAI's wire format itself
    latency: float


def path_of(entry: ModelEntry) -> str:
    """Which way a model takes: 'demo', 'direct' (OpenAI wire) or 'litellm'."""
    model = entry.litellm_params.model
    if model.startswith("demo/"):
        return "demo"
    if model.startswith(OPENAI_WIRE_PREFIXES) or "/" not in model:
        return "direct"
    return "litellm"


def route_for(settings: Settings, workflow: Workflow, model_name: str) -> Route:
    entry = settings.model(model_name)
    assert entry is not None  # config validation guarantees workflow models exist
    params = entry.litellm_params.model_dump(exclude_none=True)
    credential_name = workflow.credentials.get(model_name)
    if credential_name:
        credential = next(c for c in settings.credentials if c.credential_name == credential_name)
        params.update(credential.credential_values)
    return Route(entry, params)


class Upstream:
    """Built once at start-up; `complete` and `stream` take a Route and an OpenAI request body."""

    def __init__(self, settings: Settings) -> None:
        self._session: aiohttp.ClientSession | None = None
        self._demo = DemoProvider()
        self._litellm = None
        if any(path_of(m) == "litellm" for m in settings.models):
            self._litellm = _load_litellm()

    async def start(self) -> None:
        connector = aiohttp.TCPConnector(limit=0, ttl_dns_cache=300, enable_cleanup_closed=True)
        self._session = aiohttp.ClientSession(connector=connector, auto_decompress=True)

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()

    async def complete(self, route: Route, body: dict) -> Reply:
        started = time.perf_counter()
        if route.path == "demo":
            data = self._demo.complete(body)
            return Reply(data, None, time.perf_counter() - started)
        if route.path == "litellm":
            data = await self._litellm_call(route, body, stream=False)
            return Reply(data, None, time.perf_counter() - started)
        raw = await self._with_retries(route, lambda: self._post(route, body))
        try:
            data = json.loads(raw)
            if not isinstance(data, dict) or not isinstance(data.get("choices"), list):
                raise ValueError("no choices")
        except ValueError:
            raise UpstreamError("the provider sent a malformed response", code="upstream_bad_response") from None
        return Reply(data, raw, time.perf_counter() - started)

    async def stream(self, route: Route, body: dict, raw_lines: list[bytes] | None = None) -> AsyncIterator[dict]:
        """The provider's chunks, parsed; ends after the last chunk ([DONE] is not yielded).
        On the direct path, `raw_lines` collects each chunk's `data:` line as the provider sent it."""
        if route.path == "demo":
            for chunk in self._demo.stream(body):
                yield chunk
            return
        if route.path == "litellm":
            async for chunk in await self._litellm_call(route, body, stream=True):
                yield chunk
            return
        response = await self._with_retries(route, lambda: self._open_stream(route, body))
        async with response:
            try:
                async for line in response.content:
                    line = line.strip()
                    if not line.startswith(b"data:"):
                        continue
                    if line == DONE or line[5:].strip() == b"[DONE]":
                        return
                    chunk = json.loads(line[5:])
                    if raw_lines is not None:
                        raw_lines.append(line)
                    yield chunk
            except ValueError:
                raise UpstreamError("the provider sent a malformed stream", code="upstream_bad_response") from None
            except TimeoutError:
                raise UpstreamError("the provider timed out mid-stream", code="upstream_timeout",
                                    status=504) from None
            except aiohttp.ClientError:
                raise UpstreamError("the provider connection broke mid-stream",
                                    code="upstream_unavailable") from None

    # -- the direct OpenAI-wire path -----------------------------------------------------------
    def _request_args(self, route: Route, body: dict) -> tuple[str, dict, bytes, aiohttp.ClientTimeout]:
        params = route.params
        base = (params.get("api_base") or "https://api.openai.com/v1").rstrip("/")
        model = params["model"]
        for prefix in OPENAI_WIRE_PREFIXES:
            model = model.removeprefix(prefix)
        headers = {"Content-Type": "application/json"}
        if params.get("api_key"):
            headers["Authorization"] = f"Bearer {params['api_key']}"
        payload = json.dumps({**body, "model": model}, ensure_ascii=False).encode()
        timeout = aiohttp.ClientTimeout(total=float(params.get("timeout") or 60))
        return f"{base}/chat/completions", headers, payload, timeout

    async def _post(self, route: Route, body: dict) -> bytes:
        url, headers, payload, timeout = self._request_args(route, body)
        assert self._session is not None
        async with self._session.post(url, data=payload, headers=headers, timeout=timeout) as response:
            raw = await response.read()
            if response.status != 200:
                raise _provider_error(response.status, raw, route.params.get("api_key"))
            return raw

    async def _open_stream(self, route: Route, body: dict) -> aiohttp.ClientResponse:
        url, headers, payload, timeout = self._request_args(route, body)
        assert self._session is not None
        response = await self._session.post(url, data=payload, headers=headers, timeout=timeout)
        if response.status != 200:
            raw = await response.read()
            response.release()
            raise _provider_error(response.status, raw, route.params.get("api_key"))
        return response

    async def _with_retries(self, route: Route, attempt: Any) -> Any:
        retries = int(route.params.get("max_retries", 1))
        for tries in range(retries + 1):
            try:
                return await attempt()
            except UpstreamError as exc:
                if tries == retries or getattr(exc, "provider_status", None) not in _RETRY_STATUSES:
                    raise
            except TimeoutError:
                if tries == retries:
                    raise UpstreamError("the provider timed out", code="upstream_timeout", status=504) from None
            except aiohttp.ClientError:
                if tries == retries:
                    raise UpstreamError("the provider is unreachable", code="upstream_unavailable") from None
            await asyncio.sleep(min(0.1 * 2**tries, 2.0))

    # -- every other provider, through litellm -------------------------------------------------
    async def _litellm_call(self, route: Route, body: dict, *, stream: bool) -> Any:
        litellm = self._litellm
        params = {k: v for k, v in route.params.items() if k not in ("max_retries",)}
        request = {**body, **params, "stream": stream, "num_retries": route.params.get("max_retries", 1)}
        if stream:
            request.setdefault("stream_options", {"include_usage": True})
        try:
            response = await litellm.acompletion(**request)
        except Exception as exc:  # litellm maps provider faults to its own exception types
            raise _litellm_error(exc) from None
        if not stream:
            return response.model_dump(exclude_none=True)
        return _litellm_chunks(response)


async def _litellm_chunks(response: Any) -> AsyncIterator[dict]:
    try:
        async for chunk in response:
            yield chunk.model_dump(exclude_none=True)
    except Exception as exc:
        raise _litellm_error(exc) from None


def _load_litellm() -> Any:
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    os.environ.setdefault("LITELLM_TELEMETRY", "False")
    import litellm

    litellm.telemetry = False
    litellm.callbacks = []
    litellm.success_callback = []
    litellm.failure_callback = []
    litellm.drop_params = True
    litellm.suppress_debug_info = True  # else it prints "Provider List: ..." into the ops log on stdout
    return litellm


def _provider_error(status: int, raw: bytes, secret: str | None = None) -> UpstreamError:
    try:
        message = json.loads(raw)["error"]["message"]
    except (ValueError, KeyError, TypeError):
        message = None
    if isinstance(message, str):  # providers may echo the credential; the agent must never see it
        message = redact(message.replace(secret, "[REDACTED]") if secret else message)
    if status == 429:
        error = UpstreamError("the provider is rate limiting this workflow; retry later",
                              code="upstream_rate_limited", status=429)
    elif status in (401, 403):
        error = UpstreamError("the provider refused the workflow's credential", code="upstream_auth_failed")
    elif 400 <= status < 500 and isinstance(message, str):
        error = UpstreamError(f"the provider rejected the request: {message[:300]}",
                              code="upstream_rejected", status=400)
    else:
        error = UpstreamError(f"the provider failed (HTTP {status})", code="upstream_error")
    error.provider_status = status
    return error


def _litellm_error(exc: Exception) -> UpstreamError:
    status = getattr(exc, "status_code", None)
    if isinstance(status, int) and status >= 400:
        message = getattr(exc, "message", "") or ""
        return _provider_error(status, json.dumps({"error": {"message": str(message)}}).encode())
    if "timeout" in type(exc).__name__.lower():
        return UpstreamError("the provider timed out", code="upstream_timeout", status=504)
    return UpstreamError("the provider call failed", code="upstream_error")
