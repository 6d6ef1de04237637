"""How review facts read in the console: ages, times, SLA state, where a finding sits in the
answer, and a one-line summary of an item's findings."""

from __future__ import annotations

from gateway.audit import utc_iso
from gateway.config import Settings
from gateway.review.views import sla_breached
from gateway.store import ReviewItem


def age(seconds: float) -> str:
    """A short human age: 42s, 5m, 3h 2m, 2d 4h."""
    seconds = max(0, int(seconds))
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m"
    if seconds < 86400:
        return f"{seconds // 3600}h {seconds % 3600 // 60}m"
    return f"{seconds // 86400}d {seconds % 86400 // 3600}h"


def when(ts: object) -> str:
    """A stored timestamp (epoch seconds) as UTC to the second, or '' if there is none."""
    return utc_iso(float(ts))[:19].replace("T", " ") + " UTC" if isinstance(ts, (int, float)) else ""


def sla_state(settings: Settings, item: ReviewItem, now: float) -> tuple[str, str]:
    """(css class, text): breached, escalated to whom, or how long until the SLA runs out."""
    data = item.data
    if data.get("escalated"):
        target = data.get("escalated_to")
        return "escalated", f"escalated to {target}" if target else "escalated"
    if sla_breached(settings, item, now):
        return "breached", "SLA breached"
    workflow = settings.workflow(item.workflow)
    if item.state != "pending" or workflow is None:
        return "", ""
    return "", f"due in {age(item.created + workflow.review_sla - now)}"


def location(finding: dict) -> str:
    """Where a finding sits: 'choice 0, content 12-30' or 'choice 0, tool call 1, argument group'."""
    out = f"choice {finding.get('choice', 0)}, "
    if finding.get("where") == "tool_call":
        out += f"tool call {finding.get('tool_call', '?')}"
        if finding.get("argument_path"):
            out += f", argument {finding['argument_path']}"
        return out
    span = finding.get("span")
    return out + (f"content {span[0]}-{span[1]}" if span else "content")


def summary(findings: list[dict], limit: int = 3) -> str:
    """'access_change (grant) in a tool call; credential in the content', at most `limit` parts."""
    parts: list[str] = []
    for finding in findings:
        action = f" ({finding['action']})" if finding.get("action") else ""
        where = "a tool call" if finding.get("where") == "tool_call" else "the content"
        part = f"{finding.get('kind', '?')}{action} in {where}"
        if part not in parts:
            parts.append(part)
    if not parts:
        return "no findings recorded"
    more = len(parts) - limit
    return "; ".join(parts[:limit]) + (f"; and {more} more" if more > 0 else "")


def requester_text(item: ReviewItem) -> tuple[str, str]:
    """(who, how): the requester the controls trust, from the key binding or a verified assertion."""
    tags = item.data.get("tags") or {}
    asserted = tags.get("asserted_requester") or item.data.get("asserted_requester")
    if asserted:
        return asserted, "asserted by the identity provider (verified)"
    if tags.get("requester"):
        return tags["requester"], "bound to the agent key at issuance"
    return "none", "no requester bound to the key or asserted"
