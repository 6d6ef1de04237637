"""Policy: rules as data. Load a rule set, decide on findings, hot-reload, and test rules like code."""

from gateway.policy.evaluate import Explanation, decide, explain
from gateway.policy.loader import RuleErrors, load_rules
from gateway.policy.model import Rule, RuleSet
from gateway.policy.reload import Policy

__all__ = ["Explanation", "Policy", "Rule", "RuleErrors", "RuleSet", "decide", "explain", "load_rules"]
