"""One error hierarchy. Each error knows its HTTP status, OpenAI error `type` and stable `code`;
`app.py` has the one handler that renders it as `{"error": {message, type, code, param}}`.

GatewayError
├── BadRequest (400 invalid_request_error)
│   ├── BodyTooLarge (413)
│   └── NotFound (404), MethodNotAllowed (405)
├── Unauthorized (401 authentication_error)
├── Forbidden (403 permission_error)
│   └── BlockedByPolicy (403, code blocked_by_policy)
├── HeldForReview (409, code held_for_review)
├── UpstreamError (502 upstream_error; 429 rate limits, 504 timeouts keep their status)
└── StoreUnavailable (503 service_unavailable)
ConfigError (not HTTP): `path:line: code: message`, raised by config and rule loading.
"""

from __future__ import annotations


class GatewayError(Exception):
    status = 500
    type = "server_error"
    code = "internal_error"

    def __init__(self, message: str, *, code: str | None = None, param: str | None = None,
                 status: int | None = None, extra: dict | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        if status is not None:
            self.status = status
        self.param = param
        self.extra = extra or {}

    def body(self) -> dict:
        error = {"message": self.message, "type": self.type, "code": self.code, "param": self.param}
        error.update(self.extra)
        return {"error": error}


class BadRequest(GatewayError):
    status = 400
    type = "invalid_request_error"
    code = "invalid_request"


class BodyTooLarge(BadRequest):
    status = 413
    code = "body_too_large"


class NotFound(BadRequest):
    status = 404
    code = "not_found"


class MethodNotAllowed(BadRequest):
    status = 405
    code = "method_not_allowed"


class Unauthorized(GatewayError):
    status = 401
    type = "authentication_error"
    code = "invalid_api_key"


class Forbidden(GatewayError):
    status = 403
    type = "permission_error"
    code = "forbidden"


class BlockedByPolicy(Forbidden):
    code = "blocked_by_policy"


class HeldForReview(GatewayError):
    status = 409
    type = "invalid_request_error"
    code = "held_for_review"


class Conflict(GatewayError):
    status = 409
    type = "invalid_request_error"
    code = "conflict"


class UpstreamError(GatewayError):
    status = 502
    type = "upstream_error"
    code = "upstream_error"
    provider_status: int | None = None


class StoreUnavailable(GatewayError):
    status = 503
    type = "service_unavailable"
    code = "store_unavailable"


class ConfigError(Exception):
    """A config or rule file problem, rendered `path:line: code: message`."""

    def __init__(self, path: str, line: int | None, code: str, message: str) -> None:
        self.path, self.line, self.code, self.message = path, line, code, message
        super().__init__(str(self))

    def __str__(self) -> str:
        return f"{self.path}:{self.line or 0}: {self.code}: {self.message}"
