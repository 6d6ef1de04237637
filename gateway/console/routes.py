"""The console's routes: the queue, one item, and its actions. Every action goes through the
ReviewService exactly as the API does (same checks, same audit records, refusals audited as
`review_refused`); the console only adds the session, CSRF check and HTML around it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from gateway.console import signin
from gateway.console.guard import SECURITY_HEADERS, Visitor, csrf_valid, read_form, visitor
from gateway.console.html import static
from gateway.console.item_page import item_body
from gateway.console.layout import DONE, page, problem, to_sign_in
from gateway.console.queue_page import Filters, queue_body
from gateway.errors import BadRequest, Forbidden, GatewayError
from gateway.review.api import refusing
from gateway.review.duties import check_can_see
from gateway.review.principals import Person
from gateway.services import Services
from gateway.store import ReviewItem

Action = Callable[[Services, Person, str, dict[str, str]], Awaitable[ReviewItem]]


def _approve(svc: Services, person: Person, review_id: str, form: dict[str, str]) -> Awaitable[ReviewItem]:
    if not form.get("seen_digest"):  # the console always pins the answer the reviewer was shown
        raise BadRequest("the form did not say which answer you reviewed; reload the item", param="seen_digest")
    return svc.reviews.approve(review_id, person, form.get("justification", ""), form["seen_digest"])


ACTIONS: dict[str, Action] = {
    "approve": _approve,
    "reject": lambda svc, p, rid, f: svc.reviews.reject(rid, p, f.get("justification", "")),
    "escalate": lambda svc, p, rid, f: svc.reviews.escalate(rid, p.id, f.get("justification", "").strip(),
                                                            f.get("to", "").strip() or None, person=p),
    "comment": lambda svc, p, rid, f: svc.reviews.comment(rid, p, f.get("text", "")),
}


async def queue(request: Request, svc: Services) -> Response:
    who = await visitor(request, svc)
    if who is None:
        return to_sign_in()
    filters = Filters.of(request.query_params, [w.id for w in svc.settings.workflows])
    items = await svc.reviews.items(None if filters.status == "all" else filters.status)
    body = queue_body(svc.settings, who.person, items, filters, svc.clock())
    return page("Review queue", body, who, flash=DONE.get(request.query_params.get("done", ""), ""))


async def _item_page(svc: Services, who: Visitor, review_id: str, *, flash: str = "", error: bool = False,
                     status: int = 200, justification: str = "") -> Response:
    try:
        item = await svc.reviews.get(review_id)
        await refusing(svc, who.person.id, "show", review_id, _can_see(svc, who.person, item))
    except GatewayError as exc:
        return problem("Not available", f"{exc.message} ({exc.code})", who, exc.status)
    audit = await svc.store.audit_for_request(item.request_id)
    body = item_body(svc.settings, who.person, item, audit, svc.clock(), who.csrf, justification)
    return page(f"Review {item.id}", body, who, flash=flash, error=error, status=status)


async def _can_see(svc: Services, person: Person, item: ReviewItem) -> None:
    check_can_see(svc.settings, person, item)


async def item(request: Request, svc: Services) -> Response:
    who = await visitor(request, svc)
    if who is None:
        return to_sign_in()
    return await _item_page(svc, who, request.path_params["review_id"],
                            flash=DONE.get(request.query_params.get("done", ""), ""))


async def act(request: Request, svc: Services) -> Response:
    """POST an action; success redirects back to the item (Post/Redirect/Get), a refusal shows the
    item again with the service's message and the justification as typed."""
    review_id, name = request.path_params["review_id"], request.path_params["action"]
    who = await visitor(request, svc)
    if who is None:
        return to_sign_in()
    run = ACTIONS.get(name)
    if run is None:
        return problem("Unknown action", f"there is no action {name!r}", who, 404)
    form = await read_form(request, svc.settings.server.max_body_bytes)
    if not await csrf_valid(svc, who.session.nonce, form):
        await svc.audit.record("review_refused", actor=who.person.id, action=name, review_id=review_id,
                               code="forbidden", reason="csrf: a console form without this session's token")
        return await _item_page(svc, who, review_id, error=True, status=403,
                                flash="Refused (forbidden): the form did not carry this session's security "
                                      "token (CSRF), so nothing was done. Reload the page and try again.")
    try:
        await refusing(svc, who.person.id, name, review_id, _run(run, svc, who.person, review_id, form))
    except GatewayError as exc:
        kind = "Refused" if isinstance(exc, Forbidden) else "Not done"
        return await _item_page(svc, who, review_id, error=True, status=exc.status,
                                flash=f"{kind} ({exc.code}): {exc.message}",
                                justification=form.get("justification", "") if name in ("approve", "reject") else "")
    return RedirectResponse(f"/console/reviews/{review_id}?done={name}", status_code=303, headers=SECURITY_HEADERS)


async def _run(run: Action, svc: Services, person: Person, review_id: str, form: dict[str, str]) -> ReviewItem:
    return await run(svc, person, review_id, form)


async def asset(request: Request, svc: Services) -> Response:
    name = request.path_params["name"]
    if name != "console.css":
        return Response("not found", status_code=404, media_type="text/plain")
    return Response(static(name), media_type="text/css",
                    headers={"cache-control": "public, max-age=3600", "x-content-type-options": "nosniff"})


ROUTES = [
    ("/console", queue, ["GET"]),
    ("/console/login", signin.sign_in_form, ["GET"]),
    ("/console/login", signin.sign_in, ["POST"]),
    ("/console/logout", signin.sign_out, ["POST"]),
    ("/console/reviews/{review_id}", item, ["GET"]),
    ("/console/reviews/{review_id}/{action}", act, ["POST"]),
    ("/console/static/{name}", asset, ["GET"]),
]
