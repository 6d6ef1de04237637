"""Fake model providers for the tests: real HTTP servers on loopback with scripted answers."""
