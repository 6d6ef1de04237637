"""The item page: who and what is accountable (workflow, owner, requester vs the claimed
on-behalf-of, rules, digest), the answer and its findings, the decision forms, approvals,
comments and the item's audit trail."""

from __future__ import annotations

from gateway.canonical import digest
from gateway.config import Settings
from gateway.console.answer_view import answer_html, findings_html, prompt_html
from gateway.console.html import Html, join, render, tag
from gateway.console.present import age, requester_text, sla_state, when
from gateway.errors import Conflict, Forbidden
from gateway.review.duties import check_decide
from gateway.review.principals import Person
from gateway.store import ReviewItem

AUDIT_DETAIL = ("justification", "code", "reason", "decision", "escalated_to", "assignee", "comment", "via")


def _facts(settings: Settings, item: ReviewItem, now: float) -> Html:
    data, tags = item.data, item.data.get("tags") or {}
    workflow = settings.workflow(item.workflow)
    who, how = requester_text(item)
    sla_class, sla_text = sla_state(settings, item, now)
    needed = workflow.approvals_required if workflow else 1
    claimed = tags.get("on_behalf_of")
    rows = [
        ("Workflow", item.workflow), ("Owner (accountable)", data.get("owner")),
        ("Risk tier", tag("span", data.get("risk_tier"), class_=f"tier-{data.get('risk_tier')}")),
        ("Model", data.get("model")), ("Held", f"{when(item.created)} ({age(now - item.created)} ago)"),
        ("SLA", tag("span", sla_text or "-", class_=sla_class or None)),
        ("Requester", join([tag("strong", who), " ", tag("span", f"({how})", class_="muted")])),
        ("Claimed on behalf of", join([claimed, " ", tag("span", "(claimed, not verified)", class_="claimed")])
         if claimed else tag("span", "nothing claimed", class_="muted")),
        ("Agent key", f"{tags.get('agent_name') or ''} ({tags.get('agent')})" if tags.get("agent") else "-"),
        ("Request id", tag("code", item.request_id)),
        ("Approvals", f"{len(data.get('approvals') or [])} of {needed}"
                      + (" (the owner must be among them)" if workflow and workflow.owner_approval else "")),
    ]
    if data.get("assignee"):
        rows.append(("Assigned to", data["assignee"]))
    body = join(join([tag("dt", k), tag("dd", v)]) for k, v in rows)
    return tag("section", tag("dl", body, class_="facts"), aria_label="Accountability", class_="card")


def _may_decide(settings: Settings, person: Person, item: ReviewItem) -> str | None:
    """Why the person cannot decide this item (the service's own message), or None if they can."""
    try:
        check_decide(settings, person, item, "approve")
    except (Forbidden, Conflict) as refused:
        return f"{refused.message} ({refused.code})"
    return None


def _decide(settings: Settings, person: Person, item: ReviewItem, csrf: str, justification: str) -> Html:
    if item.state != "pending":
        return tag("section", tag("p", f"This item is {item.state}; nothing is left to decide."), class_="card")
    reason = _may_decide(settings, person, item)
    who = tag("p", f"You may not approve this item: {reason}", class_="flash error") if reason else ""
    return render("decide.html", who=who, review_id=item.id, csrf=csrf,
                  digest=digest(item.data.get("answer")), justification=justification)


def _approvals(item: ReviewItem) -> Html:
    data, rows = item.data, []
    for a in data.get("approvals") or []:
        rows.append(tag("li", join([tag("strong", a.get("by")), f" approved {when(a.get('at'))} via {a.get('via')}: ",
                                    tag("q", a.get("justification"))])))
    if data.get("rejection"):
        r = data["rejection"]
        rows.append(tag("li", join([tag("strong", r.get("by")), f" rejected {when(r.get('at'))}: ",
                                    tag("q", r.get("reason"))])))
    for c in data.get("comments") or []:
        rows.append(tag("li", join([tag("strong", c.get("by")), f" commented {when(c.get('at'))}: ",
                                    tag("q", c.get("text"))])))
    return tag("ul", join(rows)) if rows else tag("p", "No approvals or comments yet.", class_="muted")


def _audit(records: list[dict]) -> Html:
    if not records:
        return tag("p", "No audit records found for this request.", class_="muted")
    head = tag("tr", join(tag("th", h, scope="col") for h in ("Seq", "Time (UTC)", "Event", "Actor", "Detail")))
    rows = []
    for r in records:
        detail = "; ".join(f"{k}: {r[k]}" for k in AUDIT_DETAIL if r.get(k) not in (None, "", []))
        rows.append(tag("tr", join([tag("td", r.get("seq")), tag("td", str(r.get("ts", ""))[:19].replace("T", " ")),
                                    tag("td", tag("code", r.get("event"))), tag("td", r.get("actor") or r.get("agent")),
                                    tag("td", detail)])))
    return tag("table", join([tag("thead", head), tag("tbody", join(rows))]))


def item_body(settings: Settings, person: Person, item: ReviewItem, audit: list[dict], now: float, csrf: str,
              justification: str = "") -> Html:
    data = item.data
    redactions = len(data.get("redactions") or [])
    note = f". {redactions} redaction(s) apply to what the agent receives." if redactions else "."
    findings = data.get("findings") or []
    return render(
        "item.html", review_id=item.id, status=item.state, facts=_facts(settings, item, now),
        digest=data.get("answer_digest"), redaction_note=note, answer=answer_html(data.get("answer") or {}, findings),
        rule_ids=", ".join(data.get("rule_ids") or []) or "none", rules_revision=data.get("rules_revision"),
        findings=findings_html(findings), decide=_decide(settings, person, item, csrf, justification),
        prompt=prompt_html(data.get("prompt"), (data.get("tags") or {}).get("source")),
        approvals=_approvals(item), audit=_audit(audit))
