"""Docs stay true (the datasette way): every config field, CLI command and error code is documented."""

import argparse
import re
from pathlib import Path

from pydantic import BaseModel

from gateway.cli import build_parser
from gateway.config import Settings

ROOT = Path(__file__).resolve().parents[2]


def _fields(model: type[BaseModel], prefix: str = "") -> set[str]:
    names = set()
    for name, info in model.model_fields.items():
        names.add(name)
        for candidate in (info.annotation, *getattr(info.annotation, "__args__", ())):
            inner = getattr(candidate, "__args__", (candidate,))
            for typ in (candidate, *inner):
                if isinstance(typ, type) and issubclass(typ, BaseModel):
                    names |= _fields(typ)
    return names


def test_every_config_field_is_documented():
    text = (ROOT / "docs" / "config.md").read_text()
    missing = sorted(name for name in _fields(Settings) if f"`{name}`" not in text)
    assert not missing, f"docs/config.md does not document: {missing}"


def _commands(parser: argparse.ArgumentParser, prefix: str) -> list[str]:
    out = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                out.append(f"{prefix} {name}")
                out.extend(_commands(sub, f"{prefix} {name}"))
    return out


def test_every_cli_command_is_documented():
    text = (ROOT / "docs" / "cli.md").read_text()
    missing = [c for c in _commands(build_parser(), "gateway") if c not in text]
    assert not missing, f"docs/cli.md does not document: {missing}"


def test_every_error_code_is_documented():
    source = "\n".join(p.read_text() for p in (ROOT / "gateway").rglob("*.py"))
    codes = set(re.findall(r"\bcode\s*=\s*\"([a-z_]+)\"", source))
    codes |= set(re.findall(r"^\s+code = \"([a-z_]+)\"", source, re.M))
    text = (ROOT / "docs" / "errors.md").read_text()
    missing = sorted(c for c in codes if f"`{c}`" not in text)
    assert not missing, f"docs/errors.md does not document: {missing}"
