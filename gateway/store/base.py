"""The Store protocol: everything the gateway keeps (agent keys, the audit chain, review items,
small shared values). Nothing outside `store/` knows which backend serves it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import asdict, dataclass, field
from typing import Protocol


@dataclass(frozen=True, slots=True)
class KeyRecord:
    """An agent key as stored: only the SHA-256 of its secret, never the secret."""

    id: str
    secret_hash: str
    workflow: str
    name: str
    models: tuple[str, ...]
    on_behalf_of: str | None
    created: float
    expires: float
    revoked: float | None = None
    kind: str = "agent"  # agent | person (reviewer/admin principals' keys)
    principal: str | None = None

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> KeyRecord:
        return cls(**{**data, "models": tuple(data.get("models") or ())})


@dataclass(slots=True)
class ReviewItem:
    """A held answer waiting for (or past) a human decision; `version` guards updates."""

    id: str
    request_id: str
    state: str  # pending | approved | rejected | expired
    created: float
    workflow: str
    data: dict = field(default_factory=dict)
    updated: float = 0.0
    version: int = 0


class Store(Protocol):
    url: str

    async def ping(self) -> None:
        """Raise if the backend is unreachable."""

    async def close(self) -> None: ...

    # agent and reviewer keys
    async def put_key(self, key: KeyRecord) -> None: ...
    async def get_key(self, key_id: str) -> KeyRecord | None: ...
    async def list_keys(self) -> list[KeyRecord]: ...
    async def revoke_key(self, key_id: str, at: float) -> bool: ...

    # the audit chain: the store assigns seq and prev_hash atomically and seals each entry
    async def append_audit(self, entries: Sequence[dict]) -> list[dict]: ...
    def audit_records(self, since_seq: int = 0) -> AsyncIterator[dict]: ...
    async def audit_for_request(self, request_id: str) -> list[dict]: ...

    # review items
    async def put_review(self, item: ReviewItem) -> None: ...
    async def get_review(self, review_id: str) -> ReviewItem | None: ...
    async def update_review(self, item: ReviewItem, expected_version: int) -> bool: ...
    async def list_reviews(self, state: str | None = None) -> list[ReviewItem]: ...

    # small shared values (signing keys, settings shared by replicas)
    async def get_value(self, name: str) -> str | None: ...
    async def set_value_if_absent(self, name: str, value: str) -> str: ...

    # the notification outbox: entries {id, url, event, body, state, attempts, next_attempt, error}
    async def outbox_put(self, entries: Sequence[dict]) -> None:
        """Add pending entries in one write."""

    async def outbox_claim(self, now: float, limit: int, lease: float) -> list[dict]:
        """Pending entries due at `now`, oldest first; each is leased (next_attempt = now + lease)
        so a crash mid-send makes it due again and a second deliverer skips it meanwhile."""

    async def outbox_mark(self, entry_id: str, state: str, attempts: int, next_attempt: float,
                          error: str | None = None) -> None:
        """Record an attempt: state pending (retry at next_attempt), delivered or failed."""

    async def outbox_list(self, state: str | None = None) -> list[dict]: ...
    async def set_value(self, name: str, value: str) -> None: ...
