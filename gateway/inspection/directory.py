"""Directory and identity-provider APIs: LDIF changes, and HTTP calls to SCIM, Okta, Microsoft
Graph, Google Admin / Drive and GitHub endpoints, judged by method, path and body together."""

from __future__ import annotations

import re

from gateway.inspection.code_requests import assigned_value, call_end, call_method
from gateway.inspection.compiled import compiled
from gateway.inspection.hits import Hit
from gateway.inspection.patterns import Rule, compile_i, started_matches
from gateway.inspection.rest_generic import NEW_ROLE_BODY, generic_endpoint

LDIF_RULES: tuple[Rule, ...] = (
    Rule("ldif-member", ("changetype", "member"), compile_i(
        r"^(?P<verb>add|delete|replace):\s*(?:member|memberuid|uniquemember|memberof|nsroledn|"
        r"groupmembership)\s*$"),
        classify=lambda m: ("access_change", {"add": "grant", "delete": "revoke"}.get(
            m.group("verb").lower(), "modify")), confidence=0.9, reach=1500,
        starts=("add:", "delete:", "replace:")),
    Rule("ldif-password", ("changetype",), compile_i(
        r"^(?:replace|add):\s*(?:userpassword|unicodepwd|sambantpassword)\s*$"),
        "lifecycle", "reset", 0.9, reach=1500, starts=("replace:", "add:")),
    Rule("ldif-lock", ("changetype",), compile_i(
        r"^(?:replace|add):\s*(?:nsaccountlock|useraccountcontrol|pwdaccountlockedtime|logindisabled|"
        r"shadowexpire|accountstatus|accountexpires)\s*$"), "lifecycle", "disable", 0.9, reach=1500,
        starts=("replace:", "add:")),
    # userAccountControl written from code (ldap3, PowerShell -Replace, a JSON body): 514/546/66050/66082 disable
    # the account, 512/544/66048 enable it; "(userAccountControl=514)" in a search filter only reads.
    Rule("uac-write", ("useraccountcontrol",), compile_i(
        r"(?<![(\w])useraccountcontrol[\"']?\s*(?::|=>?)\s*\[?\s*(?:\(\s*(?:\w+\.)?modify_replace\s*,\s*\[\s*)?[\"']?"
        r"(?P<value>514|546|66050|66082|512|544|66048)\b"),
        classify=lambda m: ("lifecycle", "disable" if m.group("value") in ("514", "546", "66050", "66082")
                            else "create"), confidence=0.85, starts=("useraccountcontrol",)),
    Rule("ldif-attribute", ("changetype",), compile_i(
        r"^(?:replace|add|delete):\s*(?:manager|department|departmentnumber|title|employeetype|"
        r"employeenumber|businesscategory|employeestatus)\s*$"), "attestation", "modify", 0.85, reach=1500,
        starts=("replace:", "add:", "delete:")),
    Rule("ldif-add-entry", ("changetype",), compile_i(
        r"^changetype:\s*add\s*$(?=(?:\n[^\n]+){0,12}?\nobjectclass:\s*(?:inetorgperson|person|"
        r"posixaccount|user|organizationalperson|groupofnames|groupofuniquenames|posixgroup))"),
        classify=lambda m: ("lifecycle", "create"), confidence=0.85, reach=1500, starts=("changetype:",)),
    # An entry moved under another branch falls under that branch's ACIs, group policies and dynamic groups.
    Rule("ldif-new-superior", ("changetype",), compile_i(r"^newsuperior:\s*\S"),
         "access_change", "modify", 0.85, reach=1500, starts=("newsuperior:",)),
    Rule("ldif-delete-entry", ("changetype",), compile_i(r"^changetype:\s*delete\s*$"),
         "lifecycle", "delete", 0.8, reach=1500, starts=("changetype:",)),
)

# (path regex, methods, kind, action). Checked in order; the first match wins.
_EP = r"[^/\s?\"']+"
ENDPOINTS: tuple[tuple[re.Pattern, str, str, str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), methods, kind, action) for p, methods, kind, action in (
        (r"/scim/v2/groups\b", "POST PUT PATCH DELETE", "access_change", "modify"),
        (rf"/api/v1/groups/{_EP}/users/", "PUT POST DELETE", "access_change", "grant"),
        (rf"/api/v1/apps/{_EP}/(?:users|groups)", "PUT POST DELETE", "access_change", "grant"),
        (rf"/api/v1/users/{_EP}/roles", "PUT POST DELETE", "access_change", "grant"),
        (r"/api/v1/groups(?:/rules)?\b", "POST PUT DELETE", "access_change", "create"),
        (rf"/api/v1/users/{_EP}/lifecycle/(?:reset|expire)", "POST", "lifecycle", "reset"),
        (rf"/api/v1/users/{_EP}/lifecycle/unlock", "POST", "lifecycle", "reset"),
        (rf"/api/v1/users/{_EP}/lifecycle/(?:deactivate|suspend)", "POST", "lifecycle", "disable"),
        (rf"/api/v1/users/{_EP}/lifecycle/", "POST", "lifecycle", "create"),
        (rf"/api/v1/users/{_EP}/(?:factors|credentials|sessions)", "POST PUT DELETE", "lifecycle",
         "reset"),
        (r"/(?:groups|directoryroles)/[^\s\"']*/(?:members|owners)\b", "POST PUT DELETE",
         "access_change", "grant"),
        (r"/(?:approleassignments|approleassignedto|rolemanagement/|oauth2permissiongrants)",
         "POST PUT PATCH DELETE", "access_change", "grant"),
        (r"/users/[^\s\"']*/manager\b", "PUT POST DELETE", "attestation", "modify"),
        (r"/users/[^\s\"']*/(?:authentication/|revokesigninsessions|changepassword|resetpassword)",
         "POST PUT PATCH DELETE", "lifecycle", "reset"),
        (r"/(?:applications|serviceprincipals)/[^\s\"']*/(?:addpassword|addkey)", "POST", "lifecycle",
         "create"),
        (r"/invitations\b", "POST", "lifecycle", "create"),  # a guest account in the tenant
        (r"/admin/directory/v1/groups/[^\s\"']*/members", "POST PUT PATCH DELETE", "access_change",
         "grant"),
        (r"/admin/directory/v1/[^\s\"']*roleassignments", "POST DELETE", "access_change", "grant"),
        (r"/drive/v\d/files/[^\s\"']*/permissions", "POST PATCH PUT DELETE", "access_change", "grant"),
        (r"/(?:drives|items|sites|lists)/[^\s\"']*/(?:invite|permissions|grant|createlink)\b|/collaborations\b|"
         r"/sharing/(?:add|remove|update)_(?:file|folder)_member", "POST PATCH PUT DELETE", "access_change",
         "grant"),
        (r":setiampolicy\b", "POST", "access_change", "modify"),
        # a mitigating control assigned to a user for a segregation-of-duties risk lets the conflicting access stand
        (r"/\w*mitigat\w*", "POST PUT PATCH DELETE", "access_change", "grant"),
        (rf"/orgs/{_EP}/(?:teams/{_EP}/)?(?:memberships|members|outside_collaborators)/",
         "PUT PATCH DELETE", "access_change", "grant"),
        (rf"/repos/{_EP}/{_EP}/collaborators/", "PUT DELETE", "access_change", "grant"),
        (rf"/teams/{_EP}/repos/|/orgs/{_EP}/teams/{_EP}/repos/", "PUT DELETE", "access_change", "grant"),
        (rf"/repos/{_EP}/{_EP}/keys\b|/user/keys\b", "POST DELETE", "lifecycle", "create"),
        (rf"/users/{_EP}/(?:block|unblock|ban|unban|deactivate|activate|reactivate|suspend|unsuspend|"
         r"disable|enable|lock|unlock)\b", "POST PUT PATCH", "lifecycle", "disable"),
        (r"/(?:scim/v2/|api/v1/|v1\.0/|beta/|admin/directory/v1/)users\b", "POST PUT PATCH DELETE",
         "lifecycle", "modify"),
    )
)

USER_BODY = (
    (re.compile(r"[\"']?(?:active|accountenabled)[\"']?\s*[:=]\s*false|[\"']path[\"']\s*:\s*"
                r"[\"']active[\"'][^}]{0,40}?false|[\"']?suspended[\"']?\s*"
                r"[:=]\s*true|deactivate", re.I), "lifecycle", "disable"),
    (re.compile(r"password", re.I), "lifecycle", "reset"),
    (re.compile(r"manager|department|jobtitle|[\"']title[\"']|employeetype|costcent|orgunitpath|"
                r"organizations|employment|enddate|relations|primaryemail|userprincipalname|legalname|"
                r"givenname|familyname|surname|reportsto|employeestatus|terminationdate|hiredate", re.I),
     "attestation", "modify"),
    (re.compile(r"[\"']?(?:members|groups|roles)[\"']?\s*[:\[]", re.I), "access_change", "modify"),
)


# A repository's deploy key reads (or pushes to) it: the repository's access given or taken, as well as a key.
# GitHub's `/repos/o/r/keys`, GitLab's `/projects/412/deploy_keys`, Bitbucket's `/repositories/w/r/deploy-keys`
DEPLOY_KEY_PATH = re.compile(rf"/repos/{_EP}/{_EP}/keys\b|/projects/{_EP}/deploy_keys\b|"
                             rf"/repositories/{_EP}/{_EP}/deploy-keys\b", re.I)


def deploy_key_access(method: str, url: str) -> str | None:
    """"grant" / "revoke" when the call adds or deletes a repository's deploy key."""
    if DEPLOY_KEY_PATH.search(url) is None or method.upper() not in ("POST", "DELETE"):
        return None
    return "revoke" if method.upper() == "DELETE" else "grant"


DYNAMIC_RULE = re.compile(r"membershiprule(?!processingstate)|[\"']expression[\"']\s*:", re.I)


def classify_endpoint(method: str, url: str, body: str = "") -> tuple[str, str] | None:
    """(kind, action) for an identity-changing call, None for reads and unrelated endpoints."""
    method = method.upper()
    if method not in ("POST", "PUT", "PATCH", "DELETE"):
        return None
    if method != "DELETE" and "/groups" in url.lower() and DYNAMIC_RULE.search(body):
        return "access_change", "modify"  # a dynamic group's membership rule decides who is in it
    for pattern, methods, kind, action in ENDPOINTS:
        if method in methods and pattern.search(url):
            if method == "DELETE":
                action = "revoke" if kind == "access_change" else "delete" if action in (
                    "create", "modify") else action
            if kind == "lifecycle" and action == "modify":
                return _user_change(method, url, body)
            return kind, action
    return generic_endpoint(method, url, body)


def _user_change(method: str, url: str, body: str) -> tuple[str, str]:
    if method == "DELETE":
        return "lifecycle", "delete"
    if method == "POST" and compiled(r"users/?(?:\?|$)", re.I).search(url):
        return "lifecycle", "create"
    for pattern, kind, action in USER_BODY:
        if pattern.search(body):
            return kind, action
    return "lifecycle", "modify"


REQUEST = re.compile(
    # a path from the root, or an Elasticsearch/OpenSearch console's (`PUT _plugins/_security/api/rolesmapping/x`)
    r"\b(?P<m>POST|PUT|PATCH|DELETE|GET)\s+(?P<u>(?:https?://|/|_[a-z])[^\s\"'`]+)"
    r"|(?:-X\s*|--request\s+|--method\s+)['\"]?(?P<m2>POST|PUT|PATCH|DELETE|GET)\b"
    r"|\b(?:requests|httpx|session|client|axios|api|http)\.(?P<m3>post|put|patch|delete)\("
    r"|(?<=[\w)\]])\.(?P<m4>post|put|patch|delete)\("  # any client object (`s.put(`): an absolute URL decides
    r"|\b(?P<call>fetch|axios|(?:new)?request(?:withcontext)?)\("
    r"|\b(?P<curl>curl|gh\s+api|http|Invoke-RestMethod|Invoke-WebRequest)\b", re.IGNORECASE)
# Lowercase literals every REQUEST match begins with (its method, flag, client or command).
REQUEST_STARTS = ("post", "put", "patch", "delete", "get", "-x", "--request", "--method", "requests.", "session.",
                  "client.", "axios.", "api.", "http", "curl", "gh", "invoke-", "fetch(", "axios(", "request(",
                  "newrequest", ".post(", ".put(", ".patch(", ".delete(")
# An absolute URL, a base URL's variable and its path (`$CI_API_V4_URL/projects/…`, `${OKTA_ORG}/api/v1/…`), or a path
URL = re.compile(r"(?:https?://[^\s\"'`]+|(?<![\w$])(?:\$\{?[A-Za-z_]\w*\}?|\{\{\s*[\w.]+\s*\}\})/[^\s\"'`]+|"
                 r"(?<![\w.])/?(?:scim|api|v1\.0|beta|admin|orgs|repos|teams|users|groups|drive)/[^\s\"'`]+)",
                 re.IGNORECASE)


def request_hits(text: str, spans: list[tuple[int, int]], starts: list[int] | None) -> list[Hit]:
    """`scan_requests` over each of `spans` (ascending, apart), in order; `starts` as for `scan_requests`."""
    if starts is None:
        return _judged(text, [match for start, end in spans for match in REQUEST.finditer(text, start, end)])
    return _judged(text, started_matches(REQUEST, text, spans, starts))


def scan_requests(text: str, start: int = 0, end: int | None = None, starts: list[int] | None = None) -> list[Hit]:
    """HTTP request lines and curl / gh api / Invoke-RestMethod commands in text[start:end]; given
    `starts`, the ascending offsets of REQUEST_STARTS in the lower-cased text, only those are tried (a
    long window costs a few tries)."""
    return request_hits(text, [(start, len(text) if end is None else end)], starts)


def _judged(text: str, requests: list[re.Match]) -> list[Hit]:
    """A hit for each request that changes identities."""
    hits: list[Hit] = []
    for match in requests:
        if match.group("m3") or match.group("m4") or match.group("call"):
            judged = _code_call(text, match)
            if judged is None:
                continue
            method, url, cmd_end = judged
        elif match.group("m"):
            method, url = match.group("m"), match.group("u")
            cmd_end = _command_bounds(text, match.start())[1]
        else:
            cmd_start, cmd_end = _command_bounds(text, match.start())
            command = text[cmd_start:cmd_end]
            url_match = URL.search(command)
            if not url_match:
                continue
            url = url_match.group(0)
            method = match.group("m2") or _implied_method(command)
        # a raw request's body follows it; a command's is in it (not the prose after: "the policy deactivates ...")
        in_command = match.group("curl") or match.group("m2")
        body = text[match.end(): cmd_end] if in_command else text[match.end(): match.end() + 1500]
        decided = classify_endpoint(method, url, body)
        if decided:
            hits.append(Hit(decided[0], match.start(), cmd_end, 0.9, decided[1], target=url[-80:],
                            rule="http-endpoint"))
        if decided and (repository := deploy_key_access(method, url)):
            hits.append(Hit("access_change", match.start(), cmd_end, 0.85, repository, target=url[-80:],
                            rule="http-endpoint"))
        if decided == ("lifecycle", "create") and NEW_ROLE_BODY.search(body, 0, max(0, cmd_end - match.end())):
            hits.append(Hit("access_change", match.start(), cmd_end, 0.85, "grant", target=url[-80:],
                            rule="http-endpoint"))  # a new account given a role at once
    return hits


def _code_call(text: str, match: re.Match) -> tuple[str, str, int] | None:
    """(method, url, end) of an HTTP call made from code: its URL is in the argument list, on any of its
    lines, or on the line assigning the variable it takes first."""
    end = call_end(text, match.end() - 1)
    arguments = text[match.end() - 1:end]
    url_match = URL.search(arguments) or URL.search(assigned_value(text, arguments, match.start()) or "")
    if url_match is None or match.group("m4") and not url_match.group(0).lower().startswith(("http://", "https://")):
        return None
    return match.group("m3") or match.group("m4") or call_method(arguments), url_match.group(0), end


QUOTED_LINES = 40  # a quoted body (`--data '{` ... `}'`) spans at most this many lines


def _command_bounds(text: str, pos: int) -> tuple[int, int]:
    """[start, end) of the command at `pos`: continued by a trailing `\\`, `` ` `` or `^`, or by a single
    quote left open (a JSON body written over lines: `--data '{` ... `}' "https://..."`)."""
    start = text.rfind("\n", 0, pos) + 1
    end = pos
    quoted = False
    lines = 0
    while True:
        nl = text.find("\n", end)
        if nl == -1:
            return start, len(text)
        line = text[end:nl]
        if "'" in line:
            quoted ^= line.count("'") % 2 == 1
        lines += 1
        if not line.rstrip().endswith(("\\", "`", "^")) and not (quoted and lines < QUOTED_LINES):
            return start, nl
        end = nl + 1


def _implied_method(command: str) -> str:
    method = compiled(r"(?:-X\s*|--request\s+|--method\s+|-Method\s+)['\"]?(\w+)", re.I).search(command)
    if method:
        return method.group(1)
    if compiled(r"\s(?:-d|--data\S*|--json|-f|-F|--field|--raw-field|-Body)\s").search(command):
        return "POST"
    return "GET"
