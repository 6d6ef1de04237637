"""StructuredDetector: identity-changing payloads in the answer's text, fenced or not: IAM and
RBAC documents, IaC, SQL, shell, LDIF and HTTP calls, also base64-wrapped. Tool-call arguments
reuse `scan_structured` through the ToolCallDetector."""

from __future__ import annotations

import re
import string
from collections.abc import Iterator, Mapping
from dataclasses import replace

from gateway.inspection import (
    account_steps,
    app_cli,
    attribute_changes,
    bulk_imports,
    certification_records,
    chat_commands,
    cli_flags,
    cli_generic,
    code_sdk,
    config_identity,
    directory,
    iac,
    macos_accounts,
    nfs_exports,
    policy_fragments,
    salesforce_metadata,
    sdk_access,
    sdk_calls,
    shell,
    sql,
)
from gateway.inspection.cred_values import base64_text, is_placeholder
from gateway.inspection.generic_frame import CAP, is_generic
from gateway.inspection.hits import Hit, content_finding, dedupe
from gateway.inspection.literals import LiteralIndex, Occurrences
from gateway.inspection.lowered import shared_lower
from gateway.inspection.patterns import apply_rules, literal_safe, windows
from gateway.inspection.runs import alphabet_table, run_starts
from gateway.types import Answer, Finding

TABLES = (shell.RULES, sql.RULES, iac.RULES, directory.LDIF_RULES, sdk_calls.RULES, code_sdk.RULES,
          policy_fragments.RULES, bulk_imports.RULES, nfs_exports.RULES, app_cli.RULES, macos_accounts.RULES,
          account_steps.RULES, certification_records.RULES, config_identity.RULES,
          attribute_changes.RULES, sdk_access.RULES, chat_commands.RULES, cli_flags.RULES,
          salesforce_metadata.RULES)
REQUEST_ANCHORS = ("post ", "put ", "patch ", "delete ", "curl", "gh api", "invoke-", "-x", "--request",
                   "--method", ".post(", ".put(", ".patch(", ".delete(", "fetch(", "axios(", "request(", "newrequest")
BASE64_ANCHORS = ("base64", "b64", "frombase64", "atob(", "eyj", "-encodedcommand", "-enc ", "-ec ")
BASE64_TOKEN = re.compile(r"(?<![\w/+])[A-Za-z0-9+/]{20,}={0,2}(?![\w/+])")
BASE64_CHARS = alphabet_table(string.ascii_letters + string.digits + "+/")
MAX_DECODED = 20
# Every literal a table, the request scan or the base64 check looks for: found in one pass per text.
LITERALS = LiteralIndex([*(literal for table in TABLES for rule in table for literal in rule.anchors + rule.starts),
                         *REQUEST_ANCHORS, *BASE64_ANCHORS, *cli_generic.ANCHORS, *iac.GUARD_LITERALS,
                         *directory.REQUEST_STARTS, "with input as"])


# A command continued on the next line: bash's `\`, PowerShell's backtick, after a blank (so a
# Markdown fence's closing backticks never count) and last on the line.
CONTINUATION = re.compile(r" [\\`]\r?\n[ \t]*")
CONTINUATION_MARKS = (" \\\n", " `\n", " \\\r\n", " `\r\n")


def join_continuations(text: str) -> str:
    """`text` with every continued command on one line: the mark, the line break and the next line's
    indentation become blanks, so every offset still indexes the original text."""
    if not any(map(text.__contains__, CONTINUATION_MARKS)):
        return text
    return CONTINUATION.sub(lambda match: " " * len(match.group(0)), text)


def scan_structured(text: str, depth: int = 0) -> list[Hit]:
    """Every structured hit in `text`, the most confident per (kind, action, target); spans index into `text`."""
    return dedupe(structured_hits(text, depth))


def structured_hits(text: str, depth: int = 0) -> list[Hit]:
    """Every structured hit in `text`, before dedupe."""
    if len(text) < 8:
        return []
    joined = join_continuations(text)
    if joined is not text:
        text, low = joined, joined.lower()
    else:
        low = shared_lower(text) if depth == 0 else text.lower()
    hits: list[Hit] = []
    found = LITERALS.occurrences(low)  # shared by every table
    safe = literal_safe(text, low)
    for table in TABLES:
        hits.extend(apply_rules(text, low, table, found, safe))
    spans = windows(text, low, REQUEST_ANCHORS, 0, found) if found.any(REQUEST_ANCHORS) else []
    if spans:
        hits.extend(directory.request_hits(text, spans, _request_starts(found) if safe else None))
    if found[" -"]:
        hits.extend(cli_generic.command_hits(text, found))
    if depth == 0 and found.any(BASE64_ANCHORS):
        hits.extend(_decoded_hits(text))
    if hits and any(mark in low for mark in DRY_RUN_MARKS):
        hits = [replace(hit, confidence=CAP) if hit.confidence > CAP and dry_run(text, hit.start) else hit
                for hit in hits]
    if hits and found[TEST_INPUT]:
        hits = [hit for hit in hits if low.rfind(TEST_INPUT, max(0, hit.start - 800), hit.start) < 0]
    return hits


# A Rego unit test's `with input as {...}` hands the policy made-up input: a document it checks, not applies.
TEST_INPUT = "with input as"
DRY_RUN_MARKS = ("dry-run", "dryrun", "dry_run", "-whatif", "--what-if", "--noop")
DRY_RUN = re.compile(r"\s(?:--?dry[-_]?run(?:=(?!none\b|false\b)\w+)?|-WhatIf(?!:\$false)|--what-if|--noop)"
                     r"(?=[\s`'\"]|$)", re.I)
COMMAND_BREAK = re.compile(r";|&&|\|\||\||\n")
APPLIED = re.compile(r"\s*(?:\S*/)?(?:kubectl|oc)\b[^;&|\n]*?\s(?:apply|create|replace)\b", re.I)


def dry_run(text: str, at: int) -> bool:
    """The command holding `at` runs with --dry-run / -WhatIf and its output is not piped into an apply:
    it shows the change without making it (`kubectl create rolebinding ... --dry-run=client -o yaml`)."""
    start = max((m.end() for m in COMMAND_BREAK.finditer(text, max(0, at - 600), at)), default=max(0, at - 600))
    after = COMMAND_BREAK.search(text, at)
    end = after.start() if after else len(text)
    if not DRY_RUN.search(text, start, end):
        return False
    return not (after and after.group(0) == "|" and APPLIED.match(text, after.end()))


def _request_starts(found: Occurrences) -> list[int]:
    """Every offset where an HTTP request match can begin, ascending."""
    return sorted({pos for literal in directory.REQUEST_STARTS for pos in found[literal]})


def _decoded_hits(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for count, match in enumerate(_base64_tokens(text)):
        if count >= MAX_DECODED:
            break
        decoded = decode(match.group(0))
        if decoded is None:
            continue
        for hit in scan_structured(decoded, depth=1):
            hits.append(Hit(hit.kind, match.start(), match.end(), min(hit.confidence, 0.85),
                            hit.action, hit.target, hit.principal, hit.privilege,
                            f"base64:{hit.rule}"))
    return hits


def _base64_tokens(text: str) -> Iterator[re.Match]:
    """What `BASE64_TOKEN.finditer(text)` yields: a token is a whole run of base64 characters (its
    look-behind rules out starting inside one), so it is tried only where a long enough run starts."""
    for start in run_starts(text, BASE64_CHARS, 20):
        if (match := BASE64_TOKEN.match(text, start)) is not None:
            yield match


def decode(token: str) -> str | None:
    """The printable text a base64 token holds: UTF-8, or UTF-16LE as PowerShell's -EncodedCommand takes."""
    text = base64_text(token)
    if text is None:
        return None
    printable = sum(ch.isprintable() or ch in "\n\t\r" for ch in text)
    return text if printable >= 0.95 * len(text) else None


NAMES = re.compile(r"\bname[\"']?\s*[:=]\s*[\"']?([^\s\"',}]+)")
PLACEHOLDERS = re.compile(r"<[A-Za-z][\w .|@:/-]{0,40}>|\{\{[^{}\n]{1,40}\}\}")
TEMPLATE_WORDS = re.compile(r"\b(?:templates?|placeholders?|fill(?:ed)? in|replace (?:the|each|all|every)|"
                            r"example|snippet|vorlage|plantilla|modèle|modelo)\b", re.I)


def in_template(text: str, at: int, blocks: dict[tuple[int, int], bool] | None = None) -> bool:
    """A fenced block whose every `name:` is a placeholder (`name: <binding-name>`), or that holds two
    placeholders or more in an answer that calls itself a template or an example, is a form to fill
    in, not a change: the payload names nobody and nothing. `blocks` remembers the verdict per block
    over one text (its hits often share one)."""
    start = text.rfind("```", 0, at)
    end = text.find("```", at)
    if start < 0 or end < 0:
        return False
    if blocks is None:
        return _template_block(text, start, end)
    if (start, end) not in blocks:
        blocks[start, end] = _template_block(text, start, end)
    return blocks[start, end]


# A value written as its own kind in capitals, in a command's shape: `add-iam-policy-binding PROJECT_ID
# --member="group:GROUP_EMAIL" --role="ROLE_NAME"` (not `$PROJECT_ID`, a variable, nor `PROJECT_ID=`, its setting).
CAPITAL_PLACEHOLDER = re.compile(r"(?<![\w$%{.-])[A-Z]{2,}(?:_[A-Z]{2,})*_(?:ID|NAME|EMAIL|ADDRESS|ARN|USER|USERNAME|"
                                 r"GROUP|ROLE|ACCOUNT|PROJECT|TENANT|SUBSCRIPTION|SCOPE|PRINCIPAL|DOMAIN|ORG|HERE)"
                                 r"(?![\w}(=])")


def _template_block(text: str, start: int, end: int) -> bool:
    names = NAMES.findall(text, start, end)
    if names and all(name.startswith(("<", "{{")) for name in names):
        return True
    if len(set(CAPITAL_PLACEHOLDER.findall(text, start, end))) >= 2:
        return True
    block = text[start:end]
    shown = {found for found in PLACEHOLDERS.findall(block) if "</" + found[1:] not in block}  # not an XML element
    return len(shown) >= 2 and TEMPLATE_WORDS.search(text) is not None


# Principals that examples use: a command's `usermod -aG docker alice` names nobody in particular.
EXAMPLE_PRINCIPALS = frozenset({
    "user", "username", "user1", "user2", "someuser", "myuser", "newuser", "alice", "bob", "carol", "dave", "eve",
    "jdoe", "john", "jane", "johndoe", "janedoe", "john.doe", "jane.doe", "foo", "bar", "test", "testuser", "demo",
    "example", "admin", "me", "you", "yourself", "deploy", "developer", "dev", "app", "ubuntu", "ec2-user", "root",
    "www-data", "nginx", "postgres", "jenkins", "analyst", "reader", "writer", "readonly", "read_only",
    # a syntax's own words: `GRANT privilege ON object TO role`, `... TO usuario`
    "role", "roles", "rolename", "role_name", "grantee", "principal", "member", "group", "account", "login", "usuario",
    "utilisateur", "benutzer", "utente", "gebruiker", "rol", "rôle", "rolle", "ruolo", "somebody", "someone",
})


def names_principal(hit: Hit) -> bool:
    """A change that names whom it is for (`usermod -aG docker build-agent-07`, `TO USER "MKOWALSKI"`) is one
    change, even inside an answer framed as an explanation."""
    principal = (hit.principal or "").strip("\"'` ")
    if len(principal) < 3 or principal[0] in "$<{%[" or principal.lower() in EXAMPLE_PRINCIPALS:
        return False
    return not is_placeholder(principal) and "example" not in principal.lower()


def _capped_in_templates(text: str, hits: list[Hit]) -> list[Hit]:
    """`hits`, those in a template's fenced block (`in_template`) capped."""
    blocks: dict[tuple[int, int], bool] = {}
    return [replace(hit, confidence=min(hit.confidence, CAP)) if in_template(text, hit.start, blocks) else hit
            for hit in hits]


class StructuredDetector:
    name = "structured"
    cost = "cheap"
    version = "4"

    def __init__(self, options: Mapping | None = None) -> None:
        self.options = dict(options or {})

    def scan(self, answer: Answer) -> list[Finding]:
        findings: list[Finding] = []
        for choice in answer.choices:
            every = structured_hits(choice.content or "")
            hits = dedupe(every)
            if hits and not choice.tool_calls and is_generic(choice.content) and not any(map(names_principal, every)):
                hits = [replace(hit, confidence=min(hit.confidence, CAP)) for hit in hits]  # an example
            elif hits and ("<" in choice.content or "{{" in choice.content or "_" in choice.content):
                hits = _capped_in_templates(choice.content, hits)
            for hit in hits:
                findings.append(content_finding(hit, choice.content, self.name, choice.index))
        return findings
