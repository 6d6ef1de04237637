"""The built-in demo model (`demo/...`): answers in-process, so `gateway demo` works with no
provider key. It drafts the kinds of answers the gateway exists to catch, and harmless ones."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator

_SUMMARY = ("Summary: the ticket reports that the VPN client times out after the latest update. "
            "Two users are affected; the service desk has asked for logs. No access change is needed.")
_GRANT_TEXT = ("Recommendation: approve. Add bob@example.com to the `prod-admins` group and grant the "
               "AdministratorAccess policy for the incident window.")


def _last_user_text(body: dict) -> str:
    for message in reversed(body.get("messages") or []):
        if isinstance(message, dict) and message.get("role") == "user":
            content = message.get("content")
            if isinstance(content, list):
                return " ".join(p.get("text", "") for p in content if isinstance(p, dict))
            return str(content or "")
    return ""


class DemoProvider:
    """Scripted answers: a request mentioning access or a grant gets an access change back."""

    def _message(self, body: dict) -> dict:
        text = _last_user_text(body).lower()
        wants_change = any(w in text for w in ("grant", "access", "admin", "group", "offboard", "role"))
        if wants_change and body.get("tools"):
            arguments = json.dumps({"user": "bob@example.com", "group": "prod-admins", "action": "add"})
            call = {"id": f"call_{uuid.uuid4().hex[:12]}", "type": "function",
                    "function": {"name": "add_user_to_group", "arguments": arguments}}
            return {"role": "assistant", "content": None, "tool_calls": [call]}
        return {"role": "assistant", "content": _GRANT_TEXT if wants_change else _SUMMARY}

    def complete(self, body: dict) -> dict:
        message = self._message(body)
        n = int(body.get("n") or 1)
        reason = "tool_calls" if message.get("tool_calls") else "stop"
        return {
            "id": f"chatcmpl-demo{uuid.uuid4().hex[:16]}", "object": "chat.completion",
            "created": int(time.time()), "model": str(body.get("model", "demo")),
            "choices": [{"index": i, "message": message, "finish_reason": reason} for i in range(n)],
            "usage": {"prompt_tokens": 12, "completion_tokens": 40, "total_tokens": 52},
        }

    def stream(self, body: dict) -> Iterator[dict]:
        completion = self.complete(body)
        base = {k: completion[k] for k in ("id", "created", "model")} | {"object": "chat.completion.chunk"}
        for choice in completion["choices"]:
            message, index = choice["message"], choice["index"]
            yield base | {"choices": [{"index": index, "delta": {"role": "assistant", "content": ""}}]}
            if message.get("tool_calls"):
                calls = [dict(c, index=i) for i, c in enumerate(message["tool_calls"])]
                yield base | {"choices": [{"index": index, "delta": {"tool_calls": calls}}]}
            else:
                for word in message["content"].split(" "):
                    yield base | {"choices": [{"index": index, "delta": {"content": word + " "}}]}
            yield base | {"choices": [{"index": index, "delta": {}, "finish_reason": choice["finish_reason"]}]}
