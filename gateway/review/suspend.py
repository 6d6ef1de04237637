"""The kill switch: a suspended workflow's keys are refused and none of its held answers is
released until it is resumed. The state lives in the store, so every replica and the CLI agree."""

from __future__ import annotations

import json

from gateway.audit import AuditLog, utc_iso
from gateway.config import Settings
from gateway.errors import Forbidden, NotFound
from gateway.store import Store

_KEY = "workflow_suspended:{}"


class WorkflowSuspended(Forbidden):
    code = "workflow_suspended"


async def suspension(store: Store, workflow_id: str) -> dict | None:
    """The suspension record of a workflow ({by, at, reason}), or None while it runs."""
    value = await store.get_value(_KEY.format(workflow_id))
    if not value:
        return None
    state = json.loads(value)
    return state if state.get("suspended") else None


async def check_running(store: Store, workflow_id: str) -> None:
    """Raise WorkflowSuspended (403) if the workflow is suspended."""
    refuse_if_suspended(workflow_id, await suspension(store, workflow_id))


def refuse_if_suspended(workflow_id: str, state: dict | None) -> None:
    if state is not None:
        raise WorkflowSuspended(f"workflow {workflow_id!r} is suspended ({state.get('reason') or 'no reason given'})",
                                extra={"workflow": workflow_id})


async def set_suspended(settings: Settings, store: Store, audit: AuditLog, workflow_id: str, *, suspended: bool,
                        actor: str, reason: str = "") -> dict:
    """Suspend or resume a workflow; audited as workflow_suspended / workflow_resumed."""
    workflow = settings.workflow(workflow_id)
    if workflow is None:
        raise NotFound(f"no workflow {workflow_id!r}", code="unknown_workflow")
    now = audit.clock()
    state = {"suspended": suspended, "by": actor, "at": utc_iso(now), "reason": reason}
    await store.set_value(_KEY.format(workflow_id), json.dumps(state))
    event = "workflow_suspended" if suspended else "workflow_resumed"
    await audit.record(event, workflow=workflow_id, owner=workflow.owner, actor=actor, justification=reason or None)
    return {"workflow": workflow_id, **state}
