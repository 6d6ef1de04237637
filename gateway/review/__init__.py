"""Quarantine and human review: held answers, decisions, escalation, signed release."""
