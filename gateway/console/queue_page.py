"""The queue page: the review items a person may see (their workflows; admins and auditors all),
filtered by status, workflow and risk tier, newest or oldest first, each with its SLA state,
rule ids, a one-line findings summary and whether this person may decide it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from gateway.config import Settings
from gateway.console.html import Html, join, render, tag
from gateway.console.present import age, sla_state, summary
from gateway.errors import Conflict, Forbidden
from gateway.review.duties import check_can_see, check_decide
from gateway.review.principals import Person
from gateway.store import ReviewItem

STATUSES = ("pending", "approved", "rejected", "expired", "all")
TIERS = ("", "low", "medium", "high")
SORTS = ("newest", "oldest")


@dataclass(frozen=True, slots=True)
class Filters:
    status: str = "pending"
    workflow: str = ""
    tier: str = ""
    sort: str = "oldest"  # the longest-waiting item first: the SLA runs out there first

    @classmethod
    def of(cls, query: Mapping[str, str], workflows: list[str]) -> Filters:
        """Filters from query params; an unknown value falls back to the default."""
        def pick(name: str, allowed: tuple[str, ...] | list[str], default: str) -> str:
            value = query.get(name, default)
            return value if value in allowed else default
        return cls(pick("status", STATUSES, "pending"), pick("workflow", ["", *workflows], ""),
                   pick("tier", TIERS, ""), pick("sort", SORTS, "oldest"))

    def keep(self, item: ReviewItem) -> bool:
        return (not self.workflow or item.workflow == self.workflow) and (
            not self.tier or item.data.get("risk_tier") == self.tier)


def visible(settings: Settings, person: Person, items: list[ReviewItem], filters: Filters) -> list[ReviewItem]:
    out = []
    for item in items:
        try:
            check_can_see(settings, person, item)
        except Forbidden:
            continue
        if filters.keep(item):
            out.append(item)
    out.sort(key=lambda i: i.created, reverse=filters.sort == "newest")
    return out


def _select(name: str, label: str, options: list[tuple[str, str]], chosen: str) -> Html:
    opts = join(tag("option", text, value=value, selected=value == chosen) for value, text in options)
    return join([tag("label", label, for_=f"f-{name}"), tag("select", opts, id=f"f-{name}", name=name)])


def _filters(settings: Settings, filters: Filters) -> Html:
    return join([
        tag("div", _select("status", "Status", [(s, s) for s in STATUSES], filters.status)),
        tag("div", _select("workflow", "Workflow", [("", "any")] + [(w.id, w.id) for w in settings.workflows],
                           filters.workflow)),
        tag("div", _select("tier", "Risk tier", [(t, t or "any") for t in TIERS], filters.tier)),
        tag("div", _select("sort", "Order", [("oldest", "oldest first"), ("newest", "newest first")], filters.sort)),
    ])


def _yours(settings: Settings, person: Person, item: ReviewItem) -> Html:
    if item.state != "pending":
        return tag("span", item.state, class_=item.state)
    try:
        check_decide(settings, person, item, "approve")
    except (Forbidden, Conflict) as refused:
        return tag("span", f"not you: {refused.code}", class_="muted")
    return tag("strong", "you may decide")


def _row(settings: Settings, person: Person, item: ReviewItem, now: float) -> Html:
    data = item.data
    sla_class, sla_text = sla_state(settings, item, now)
    workflow = settings.workflow(item.workflow)
    needed = workflow.approvals_required if workflow else 1
    cells = [
        tag("a", item.id, href=f"/console/reviews/{item.id}"), item.workflow, data.get("owner"),
        tag("span", data.get("risk_tier"), class_=f"tier-{data.get('risk_tier')}"), age(now - item.created),
        tag("span", sla_text, class_=sla_class or None), f"{len(data.get('approvals') or [])}/{needed}",
        join(tag("code", rule, class_="rule") for rule in data.get("rule_ids") or []),
        summary(data.get("findings") or []), _yours(settings, person, item)]
    return tag("tr", join(tag("td", c, class_="wrap" if i in (8, 9) else None) for i, c in enumerate(cells)))


def queue_body(settings: Settings, person: Person, items: list[ReviewItem], filters: Filters, now: float) -> Html:
    shown = visible(settings, person, items, filters)
    heads = ("Review", "Workflow", "Owner", "Tier", "Age", "SLA", "Approvals", "Rules", "Findings", "You")
    head = tag("tr", join(tag("th", h, scope="col") for h in heads))
    table = tag("table", join([tag("caption", "Review items", class_="skip"), tag("thead", head),
                               tag("tbody", join(_row(settings, person, i, now) for i in shown))]),
                class_="queue") if shown else \
        tag("p", "Nothing here: no item matches these filters.")
    count = f"{len(shown)} item{'s' if len(shown) != 1 else ''} ({filters.status}, {filters.sort} first)"
    return render("queue.html", filters=_filters(settings, filters), count=count, table=table)
