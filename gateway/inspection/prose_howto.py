"""A runbook's heading that names an account or credential step, followed by the steps themselves: "To rotate the
signing secret on the carrier webhook:" then "- In project44 → Webhooks → **Regenerate secret**" (or a fenced block of
commands). The steps are
written to be carried out, so the heading's step is a lifecycle step (LABELS.md: a long runbook counts); a heading
with no steps after it ("To rotate a key, ask the platform team.") is not one."""

from __future__ import annotations

import re

from gateway.inspection import lexicon as lx
from gateway.inspection.hits import Hit
from gateway.inspection.prose_lifecycle import life_action

VERBS = ("rotate", "reset", "regenerate", "revoke", "disable", "unlock", "delete", "re-enable", "reenable",
         "suspend", "deactivate", "reactivate", "roll", "renew")
HEADING = re.compile(r"(?:^|\n)[ \t#*]*to\s+(?P<v>" + "|".join(VERBS) + r")\s+(?P<obj>[^:\n]{3,120}?)\**:\**[ \t]*\n"
                     r"(?:[ \t]*\n)?[ \t]*(?:(?:[-*\u2022]|\d+[.)])[ \t]+\S|```|~~~)")
GATES = tuple(f"to {verb} " for verb in VERBS)


def howto_hits(text: str, low: str) -> list[Hit]:
    """Headings of account or credential steps (`low`: `text` lower-cased, same length)."""
    if not any(map(low.__contains__, GATES)):
        return []
    hits = []
    for m in HEADING.finditer(low):
        if lx.LIFE_OBJ.search(m.group("obj")) or lx.KEY_OBJ.search(m.group("obj")):
            hits.append(Hit("lifecycle", m.start("v"), m.end("obj"), 0.7, life_action(m.group("v")),
                            rule="howto-heading"))
    return hits
