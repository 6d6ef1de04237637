"""An authorization object put in place that lets a principal in: "We added an `AuthorizationPolicy` in
`payments` allowing the scorer's service account to call `POST /v1/score`", "created a bucket policy that
grants the analytics role read on the exports". Who may call or read what changed (LABELS.md: policy
attachments, bindings of every kind); a network policy or an explanation of what such a policy does is not."""

from __future__ import annotations

from gateway.inspection import lexicon as lx
from gateway.inspection.alternation import head_first
from gateway.inspection.hits import Hit

_KINDS = (r"authori[sz]ation\s*polic(?:y|ies)|authz\s+polic(?:y|ies)|(?:bucket|resource|resource-based|key|iam|"
          r"access|trust|queue|topic|function|lambda|vault|opa|rego|cedar|casbin|rbac|abac|permission)\s+"
          r"polic(?:y|ies)|(?:cluster)?\s*role\s*bindings?|access\s+rules?|(?:rbac|abac)\s+rules?")
# a verb of putting it in place (done or asked for), the object, then what it lets someone do (a dot inside a
# name, "cluster.local/ns/fraud/sa/scorer", does not end the sentence)
POLICY_ADDED = head_first(  # tried only where a verb's head stands
    r"\b(?P<v>added|created|applied|deployed|attached|wrote|rolled out|put in place|introduced|add|create|apply|"
    r"attach|deploy|introduce)\s+(?:an?\s+|the\s+|one\s+|new\s+|an?\s+new\s+)?[`*\"']?(?:" + _KINDS + r")[`*\"']?"
    r"(?:[^.;\n?]|\.(?=\S)){0,100}?\b(?:allowing|allows?|granting|grants?|permitting|permits?|giving|letting|lets)\b"
    r"(?:[^.;\n?]|\.(?=\S)){1,100}?\bto\s+(?:call|invoke|read|write|access|assume|use|publish|consume|list|get|put|query|"
    r"decrypt|encrypt|sign|push|pull|deploy|manage|administer|execute|run|reach)\b")
HEADS = ("polic", "binding", "access rule", "rbac rule", "abac rule")


def policy_hits(text: str, low: str) -> list[Hit]:
    """An access change for each authorization object reported or asked to be put in place for a principal."""
    if not lx.has(low, HEADS) or not lx.has(low, ("allow", "grant", "permit", "giving", "let")):
        return []
    hits: list[Hit] = []
    for m in POLICY_ADDED.finditer(low):
        prefix = low[max(0, m.start() - 60): m.start()]
        if lx.NEGATED.search(prefix) or prefix.rstrip().endswith(("to", "can", "could", "would", "if", "how")):
            continue  # "we never added a policy ...", "how to create a policy allowing ...": no change made
        hits.append(Hit("access_change", m.start(), m.end(), 0.7, "grant", rule="prose-policy-added"))
    return hits
