"""Reviewers, admins and auditors: who a person is (a person key, or a trusted SSO header from an
authenticating proxy), their roles through groups, and which workflows they are assigned to."""

from __future__ import annotations

from dataclasses import dataclass

from starlette.requests import Request

from gateway.auth import Authenticator
from gateway.config import Settings, Workflow
from gateway.errors import Forbidden, Unauthorized


@dataclass(frozen=True, slots=True)
class Person:
    """An authenticated human: principal id, effective roles, the groups they belong to."""

    id: str
    roles: frozenset[str]
    groups: frozenset[str]
    via: str  # key:<id> | sso

    def has(self, *roles: str) -> bool:
        return bool(self.roles.intersection(roles))


class AgentCannotDecide(Forbidden):
    code = "agent_cannot_decide"


def groups_of(settings: Settings, principal_id: str) -> set[str]:
    """Every group that contains the principal, directly or through another group."""
    found: set[str] = set()
    frontier = {principal_id}
    while frontier:
        nxt = {g.id for g in settings.principals if g.kind == "group" and frontier.intersection(g.members)}
        frontier = nxt - found
        found |= nxt
    return found


def is_member(settings: Settings, principal_id: str, ref: str | None) -> bool:
    """Whether a principal is `ref` or belongs to the group `ref`."""
    return ref is not None and (ref == principal_id or ref in groups_of(settings, principal_id))


def person_of(settings: Settings, principal_id: str, via: str) -> Person:
    principal = settings.principal(principal_id)
    if principal is None or principal.kind != "person":
        raise Unauthorized(f"{principal_id!r} is not a configured person principal", code="unknown_principal")
    groups = groups_of(settings, principal_id)
    roles = set(principal.roles)
    for group in groups:
        roles.update(settings.principal(group).roles)
    return Person(principal_id, frozenset(roles), frozenset(groups), via)


def assigned(settings: Settings, person: Person, workflow: Workflow, assignee: str | None = None,
             escalated_to: str | None = None) -> bool:
    """May this person decide items of the workflow? Admins, the owner, listed reviewers (or
    groups), principals naming the workflow, and whoever the item was reassigned or escalated to."""
    if person.has("admin"):
        return True
    refs = {workflow.owner, *workflow.reviewers, assignee, escalated_to}
    if any(is_member(settings, person.id, ref) for ref in refs if ref):
        return True
    return any(workflow.id in p.workflows for p in settings.principals if p.id in {person.id, *person.groups})


async def authenticate(request: Request, settings: Settings, auth: Authenticator) -> Person:
    """The person behind a request: a person key, or the trusted SSO header. An agent key is
    refused with 403 agent_cannot_decide: no model approves its own output."""
    authorization = request.headers.get("authorization")
    sso = settings.server.sso
    if not authorization and sso is not None:
        client = request.client.host if request.client else None
        user = request.headers.get(sso.header)
        if user and client in sso.trusted_proxies:
            return person_of(settings, user.strip(), "sso")
    try:
        key = await auth.key_for(authorization, kind="person")
    except Unauthorized as exc:
        if exc.code == "wrong_key_kind":
            raise AgentCannotDecide("agent keys cannot act as reviewers or admins: use a person key") from None
        raise
    if not key.principal:
        raise Unauthorized("this person key names no principal", code="unknown_principal")
    return person_of(settings, key.principal, f"key:{key.id}")
