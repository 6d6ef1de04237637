"""The credential detector: usable secrets in answer text and tool-call arguments, with exact spans
so they can be masked. Rules live in the `cred_*` modules; this one runs them and places findings.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from functools import lru_cache

from gateway.inspection import (
    cred_assembled,
    cred_backstop,
    cred_context,
    cred_encoded,
    cred_encoded_keys,
    cred_formats,
    cred_handover,
    cred_jobs,
    cred_joined,
    cred_keyed,
    cred_markup,
    cred_patterns,
    cred_prose,
    cred_recovery,
    cred_split,
    cred_tables,
)
from gateway.inspection.cred_arguments import ArgString, argument_strings
from gateway.inspection.cred_backstop import backstop_hits, secret_shaped
from gateway.inspection.cred_client_config import client_config_hits
from gateway.inspection.cred_context import authorization_hits, cli_hits, header_hits, query_key_hits, uri_hits
from gateway.inspection.cred_encoded import (
    blob_hits,
    decoded_assignment_hits,
    docker_auth_hits,
    joined_literal_hits,
    k8s_secret_hits,
    part_hits,
)
from gateway.inspection.cred_formats import format_hits
from gateway.inspection.cred_jobs import command_operand_hits, ftp_job_hits
from gateway.inspection.cred_keyed import key_value_hit, keyed_hits, pagerduty_key_hit, secret_name_kind
from gateway.inspection.cred_keyfiles import PATH_KEYS, key_file_content_hit, key_file_hits
from gateway.inspection.cred_next_line import next_line_hits
from gateway.inspection.cred_patterns import Hit, fold, strong_hits
from gateway.inspection.cred_prose import prose_secret_hits
from gateway.inspection.cred_rows import column_hits, row_hits
from gateway.inspection.cred_split import numbered_part_hits, split_secret_hits
from gateway.inspection.cred_tables import password_column_hits
from gateway.inspection.cred_vault import vault_response_hits
from gateway.inspection.literals import LiteralIndex, Occurrences
from gateway.inspection.lowered import shared_lower
from gateway.inspection.tool_names import MEMORY_TOOL, words
from gateway.types import Answer, Finding

_PUBLIC_PREFIX = re.compile(
    r"^(?:-----BEGIN [A-Z0-9 ]+-----|gwk_[0-9a-f]{12}_|AKIA|ASIA|AIza|eyJ|SSWS|"
    r"(?:gh[pousr]|github_pat|glpat|xox[abposre]|sk|rk|sk_live|sk_test|npm|hf|dapi|shp[a-z]{2})[_\-]|"
    r"https://[A-Za-z0-9.\-]+/)"
)


# Every word a rule looks for (lowercase), found in one pass over fold(text).
LITERALS = LiteralIndex([*(hint.lower() for hint in cred_patterns.HINTS), *cred_keyed.LITERALS,
                         *cred_context.LITERALS, *cred_backstop.NOUNS, *cred_prose.LITERALS,
                         *cred_encoded.LITERALS, *cred_tables.LITERALS, *cred_formats.LITERALS,
                         *cred_split.LITERALS, *cred_joined.LITERALS, *cred_jobs.LITERALS,
                         *cred_handover.LITERALS, *cred_encoded_keys.LITERALS, *cred_recovery.LITERALS,
                         *cred_markup.LITERALS])


def _plain_hits(text: str) -> list[Hit]:
    """Every candidate in plain text, before base64 unwrapping and overlap resolution."""
    lowered = fold(text)
    return _candidates(text, lowered, LITERALS.occurrences(lowered))


def _candidates(text: str, lowered: str, found: Occurrences) -> list[Hit]:
    """`_plain_hits(text)`, given fold(text) and the occurrences of LITERALS in it."""
    shaped = secret_shaped(text, found)
    return (strong_hits(text, found) + keyed_hits(text, lowered, found) + uri_hits(text, found)
            + header_hits(text, found) + authorization_hits(text, found) + query_key_hits(text, found)
            + cli_hits(text, found) + format_hits(text, found) + backstop_hits(text, lowered, shaped)
            + prose_secret_hits(text, lowered, shaped, found) + password_column_hits(text, found) + row_hits(text)
            + column_hits(text)
            + next_line_hits(text, lowered) + command_operand_hits(text, found) + ftp_job_hits(text, found)
            + key_file_hits(text) + cred_handover.handover_hits(text, found) + cred_recovery.recovery_hits(text, found)
            + cred_markup.markup_hits(text, found))


def _resolve(hits: list[Hit], floor: float) -> list[Hit]:
    """Keep the strongest candidate wherever candidates overlap; drop those under `floor`."""
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (-h.confidence, h.start - h.end, h.start)):
        if hit.confidence >= floor and all(hit.end <= k.start or hit.start >= k.end for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


def _evidence(hit: Hit, secret: str) -> str:
    """What the secret was, never the secret: its type, public prefix and length."""
    prefix = _PUBLIC_PREFIX.match(secret)
    shown = prefix.group() if prefix else ""
    return f"{hit.type}: {shown}… ({len(secret)} chars)"


NAME_KEYS = ("key", "name", "variable", "var", "env", "secret_name", "path", "field", "setting", "property", "macro",
             "parameter", "param", "option", "attribute")  # a Zabbix macro: `{"macro": "{$SNMP_COMMUNITY}", ...}`
# a sibling that says what kind of credential the value is: Keycloak's `{"type": "password", "value": ...}`
KIND_KEYS = ("type", "kind", "credential_type", "credentialType")
VALUE_KEYS = ("value", "val", "secret_value", "plaintext_value", "plain_text_value", "plaintext")


def _named_values(strings: list) -> dict[int, list[str]]:
    """The names each `value` string is stored under when a sibling key names it: GitLab and CI
    variables, env lists, memory tools (`{"key": "datadog_api_key", "value": "..."}`), or a
    sibling gives its kind (`{"type": "password", "value": "..."}`)."""
    parents: dict[str, list[str]] = {}
    for arg in strings:
        if arg.key in NAME_KEYS + KIND_KEYS and arg.path and len(arg.value) < 80:
            parents.setdefault(arg.path.rpartition(".")[0], []).append(arg.value.strip("{}$% "))  # `{$X}`, `${X}`
    return {id(arg): parents[arg.path.rpartition(".")[0]] for arg in strings
            if arg.key in VALUE_KEYS and arg.path and arg.path.rpartition(".")[0] in parents}


_NAME_PARTS = re.compile(r"[_.\-]")


def _name_heads(name: str) -> list[str]:
    """`vercel_token_brightwave` -> [`vercel_token`, `vercel`]: a memory key names the secret and then
    whose it is; each shorter head is read as the secret's name."""
    cuts = [m.start() for m in _NAME_PARTS.finditer(name)]
    return [name[:cut] for cut in reversed(cuts) if cut > 0]


def _sibling_named_hit(names: list[str], value: str, tool_name: str) -> Hit | None:
    """The first secret a sibling's name makes of `value`; a name with a qualifier after its secret word
    (`github_token_prod`) counts for a long random value only."""
    hit = next((hit for name in names if (hit := key_value_hit(name, value, tool_name)) is not None), None)
    if hit is not None:
        return hit
    for name in names:
        for head in _name_heads(name):
            if secret_name_kind(head) == "sec":
                hit = key_value_hit(head, value, tool_name)
                return hit if hit is not None and hit.confidence >= 0.85 else None
    return None


def _parent_named_hit(arg: ArgString, tool_name: str) -> Hit | None:
    """A `value` under a secret's name: a pipeline's variable group (`"SFTP_PASSWORD": {"value": "…", "isSecret":
    false}`), a Terraform or GitHub variable written as an object."""
    if arg.key != "value" or not arg.path:
        return None
    parent = arg.path.rpartition(".")[0].rpartition(".")[2]
    return key_value_hit(parent, arg.value, tool_name) if parent and not parent.startswith("[") else None


@lru_cache(maxsize=8)  # the prose detector asks about the answer the credentials detector scans (prose_minted)
def resolved_hits(text: str, floor: float) -> tuple[Hit, ...]:
    """The secret candidates in `text` of confidence `floor` or more, overlaps resolved."""
    if len(text) < 8:
        return ()
    lowered = fold(text, shared_lower(text))
    found = LITERALS.occurrences(lowered)
    hits = _candidates(text, lowered, found) + k8s_secret_hits(text, found, _plain_hits)
    hits += docker_auth_hits(text, found) + blob_hits(text, _plain_hits) + joined_literal_hits(text, _plain_hits)
    hits += part_hits(text, lowered, _plain_hits) + decoded_assignment_hits(text)
    hits += cred_encoded_keys.encoded_key_hits(text, found)
    hits += split_secret_hits(text, lowered, found, _plain_hits) + numbered_part_hits(text, lowered, _plain_hits)
    hits += cred_joined.joined_piece_hits(text, _plain_hits, found) + vault_response_hits(text)
    hits += cred_assembled.lettered_part_hits(text, _plain_hits) + cred_assembled.encoded_pair_hits(text)
    hits += client_config_hits(text)
    if "-----BEGIN " in text:
        hits = [hit for hit in hits if not _in_public_block(text, hit.start)]
    if "arn:" in text or "/" in text:
        hits = [hit for hit in hits if not _names_a_thing(text, hit)]
    return tuple(_resolve(hits, floor))


# A file's path (`group_vars/db/vault.yml`): where a secret is kept, not the secret.
FILE_PATH = re.compile(r"[\w.-]*(?:/[\w.-]+)+\.[A-Za-z]{1,5}")
_TOKEN_START = re.compile(r"[^\s`'\"(<\[{]*\Z")


def _names_a_thing(text: str, hit: Hit) -> bool:
    """The hit is a file's path, or lies in an ARN (`arn:aws:secretsmanager:…:secret:prod/db-Xk3pQ9`, a secret's
    name with its random suffix)."""
    if FILE_PATH.fullmatch(text, hit.start, hit.end):
        return True
    head = _TOKEN_START.search(text, max(0, hit.start - 120), hit.start)
    return head is not None and text.startswith("arn:", head.start())


# An armored block whose content is public: a public key, a certificate, a signature.
PUBLIC_BLOCK = re.compile(r"-----BEGIN (?:[A-Z0-9]+ )*(?:PUBLIC KEY(?: BLOCK)?|CERTIFICATE(?: REQUEST)?|"
                          r"SIGNATURE)-----")


def _in_public_block(text: str, at: int) -> bool:
    """Whether `at` lies inside an armored public key, certificate or signature block."""
    begin = text.rfind("-----BEGIN ", 0, at)
    return begin != -1 and PUBLIC_BLOCK.match(text, begin) is not None and text.find("-----END ", begin, at) == -1


LOGIN_KEY = re.compile(r"login|logon|credential|creds|account|sign_?in", re.I)  # a key naming what its value is


class CredentialDetector:
    """Finds keys, tokens, private keys and passwords; spans point at the secret itself."""

    name = "credentials"
    cost = "cheap"
    version = "5"

    def __init__(self, options: Mapping | None = None) -> None:
        options = options or {}
        self.min_confidence = float(options.get("min_confidence", 0.5))

    def hits(self, text: str) -> list[Hit]:
        """Resolved secret candidates in one text."""
        return list(resolved_hits(text, self.min_confidence))

    def _under_login_key(self, key: str, value: str) -> list[Hit]:
        """`{"vpn_admin_login": "admin / eN10a6h79oPE"}`: the value read as prose after its key names a login."""
        lead = f"{key.replace('_', ' ')} login: "
        return [replace(hit, start=hit.start - len(lead), end=hit.end - len(lead))
                for hit in self.hits(lead + value) if hit.start >= len(lead)]

    def _login_pair_hits(self, arg, sibling_names, tool_name: str) -> list[Hit]:
        """A `user / password` pair that a key or a sibling names a login (`{"key": "vpn_admin_login", "value":
        "admin / ..."}`), or that a memory or note tool keeps for later."""
        named = next((key for key in (arg.key, *sibling_names) if key and LOGIN_KEY.search(key)), None)
        if named is not None:
            return self._under_login_key(named, arg.value)
        if " / " in arg.value and MEMORY_TOOL.intersection(words(tool_name)):
            return self._under_login_key("stored", arg.value)
        return []

    def _finding(self, hit: Hit, text: str, where: str, choice: int, span: tuple[int, int],
                 tool_call: int | None = None, argument_path: str | None = None) -> Finding:
        details = {"type": hit.type}
        if hit.key_id:
            details["key_id"] = hit.key_id
        return Finding(kind="credential", where=where, detector=self.name, confidence=hit.confidence,
                       evidence=_evidence(hit, text[hit.start:hit.end]), choice=choice, span=span,
                       tool_call=tool_call, argument_path=argument_path, details=details)

    def scan(self, answer: Answer) -> list[Finding]:
        findings: list[Finding] = []
        for choice in answer.choices:
            for hit in self.hits(choice.content or ""):
                findings.append(self._finding(hit, choice.content, "content", choice.index, (hit.start, hit.end)))
            for index, call in enumerate(choice.tool_calls):
                findings.extend(self._scan_call(choice.index, index, call.name, call.arguments or ""))
        return findings

    def scan_text(self, text: str) -> list[Finding]:
        """Secrets in a prompt, so they can be masked before the provider sees them."""
        return [self._finding(hit, text, "prompt", 0, (hit.start, hit.end)) for hit in self.hits(text)]

    def _scan_call(self, choice: int, index: int, name: str, raw: str) -> list[Finding]:
        strings = argument_strings(raw)
        if strings is None:  # not JSON: scan the raw text as it is
            return [self._finding(hit, raw, "tool_call", choice, (hit.start, hit.end), index)
                    for hit in self.hits(raw)]
        findings = []
        names = _named_values(strings)
        paths = [arg.value for arg in strings if arg.key is not None and arg.key.lower() in PATH_KEYS]
        for arg in strings:
            hits = self.hits(arg.value)
            if not hits and paths and (written := key_file_content_hit(paths, arg.value)) is not None:
                hits = [written]
            if not hits and arg.key is not None:
                keyed = _sibling_named_hit(names.get(id(arg), []), arg.value, name) \
                    or key_value_hit(arg.key, arg.value, name) or pagerduty_key_hit(arg.key, arg.value, raw) \
                    or _parent_named_hit(arg, name)
                hits = [keyed] if keyed is not None and keyed.confidence >= self.min_confidence else []
            if not hits:
                hits = self._login_pair_hits(arg, names.get(id(arg), ()), name)
            for hit in hits:
                span = arg.to_raw(hit.start, hit.end)
                findings.append(self._finding(hit, arg.value, "tool_call", choice, span, index, arg.path))
        if not findings and "Secret" in raw and "data" in raw:  # a Secret manifest as JSON: its shape is the context
            found = LITERALS.occurrences(fold(raw, shared_lower(raw)))
            findings = [self._finding(hit, raw, "tool_call", choice, (hit.start, hit.end), index)
                        for hit in _resolve(k8s_secret_hits(raw, found, _plain_hits), self.min_confidence)]
        if not findings:  # a secret split over sibling arguments (`X-Api-Key-Part-A`, `X-Api-Key-Part-B`)
            findings = [self._finding(hit, raw, "tool_call", choice, (hit.start, hit.end), index)
                        for hit in cred_assembled.lettered_part_hits(raw, _plain_hits)]
        return findings
