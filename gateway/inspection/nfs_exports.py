"""NFS exports: which hosts may mount a directory, read-write or read-only. An `/etc/exports` line
(`/export/media 10.14.8.0/24(rw,sync)`) written or applied, and `exportfs -o` / `exportfs -u` on the
command line, grant or withdraw access to a share (LABELS.md: ACLs). Read by the structured detector."""

from __future__ import annotations

import re

from gateway.inspection.patterns import Rule, compile_s

# The file or the command that makes the lines an exports table in force: listed alone (`showmount -e`,
# `exportfs -v` output pasted into a question) the same lines change nothing.
EXPORTS_CONTEXT = ("/etc/exports", "exports.d", "exportfs -r", "exportfs -a")
# A client and its options: a host, an address or a network, `*`, a wildcard or an @netgroup, then `(rw,...)`.
CLIENT = r"[\w.*@:/\[\]-]*\([\w=,:@/.-]*\b(?:rw|ro|no_root_squash|root_squash|all_squash)\b[\w=,:@/.-]*\)"
EXPORT_LINE = compile_s(rf"^[ \t]*/[^\s\"'`]*[ \t]+{CLIENT}(?:[ \t]+{CLIENT})*[ \t]*$")
EXPORTFS = compile_s(r"\bexportfs\s+(?:-[a-z]+\s+)*(?:-o\s+(?P<opts>\S+)\s+|(?P<unexport>-[a-z]*u[a-z]*)\s+)"
                     r"[\w.*@/\[\]-]+:/\S*")


def _exports_line(match: re.Match) -> tuple[str, str] | None:
    """A line in an answer that names the exports file or applies it (asked only of a matching line: rare)."""
    low = match.string.lower()
    return ("access_change", "grant") if any(literal in low for literal in EXPORTS_CONTEXT) else None


def _exportfs(match: re.Match) -> tuple[str, str]:
    return "access_change", "revoke" if match.group("unexport") else "grant"


RULES = (
    Rule("nfs-export-line", ("(rw", "(ro", "root_squash"), EXPORT_LINE, classify=_exports_line, confidence=0.8,
         reach=300),
    Rule("exportfs", ("exportfs",), EXPORTFS, classify=_exportfs, confidence=0.8),
)
