"""Accountable LLM gateway for identity workflows."""

__version__ = "0.1.0"
