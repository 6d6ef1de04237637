"""An audit narrative of a control over changes to software (change management: tickets, testing, CAB approval,
deployment) that names nobody's access: SOX / SOC 2 evidence, but not identity evidence. Asked by the prose
detector before it reads an answer as audit evidence, and by the learned detector of what it would hold."""

from __future__ import annotations

import re

from gateway.inspection.alternation import head_first
from gateway.inspection.learned_lookalikes import ACCESS_WORDS
from gateway.inspection.lowered import shared_lower

CHANGE_CONTROL = head_first(r"\bchange[- ]management\b|\bchange advisory board\b|\bcab\b|\bchange control\b")
# What the change control deploys: changes, releases, deployments, tested and approved.
DEPLOYED = head_first(r"\b(?:changes?|releases?|deployments?)\b[^.\n]{0,80}?\b(?:deploy\w*|releas\w*|test\w*|approv\w*|"
                      r"raised|implemented)\b|\b(?:deployed|released)\b")
# A narrative's own disclaimer: "This control covers changes only - nothing about user access."
NOT_ACCESS = re.compile(r"\b(?:nothing|not|no)\s+(?:\w+\s+){0,2}?(?:about|on|covering|to do with|related to|for)\s+"
                        r"(?:\w+\s+){0,2}?access\b")


def is_change_control_narrative(content: str) -> bool:
    low = shared_lower(content)
    if "cab" not in low and "change" not in low or CHANGE_CONTROL.search(low) is None or DEPLOYED.search(low) is None:
        return False
    return ACCESS_WORDS.search(NOT_ACCESS.sub(" ", low)) is None
