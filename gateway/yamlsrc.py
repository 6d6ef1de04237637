"""YAML documents that remember where each value came from, so config and rule errors can say
`path:line: code: message` (shared by config.py and policy/loader.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from gateway.errors import ConfigError

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - libyaml missing
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

Location = tuple  # path of keys and indexes from the document root


@dataclass
class Source:
    """Plain Python data plus the 1-based line of every mapping key and sequence item."""

    path: str
    data: Any
    lines: dict[Location, int] = field(default_factory=dict)

    def line(self, loc: Location) -> int:
        """The line of `loc`, or of its nearest known parent."""
        while loc:
            if loc in self.lines:
                return self.lines[loc]
            loc = loc[:-1]
        return self.lines.get((), 1)

    def error(self, loc: Location, code: str, message: str) -> ConfigError:
        return ConfigError(self.path, self.line(loc), code, message)


def load_documents(path: Path | str, text: str | None = None) -> list[Source]:
    """Parse every YAML document in a file; bad YAML raises ConfigError with its line."""
    name = str(path)
    if text is None:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(name, None, "unreadable", exc.strerror or str(exc)) from exc
    try:
        nodes = list(yaml.compose_all(text, Loader=_Loader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(name, line, "bad_yaml", problem) from exc
    sources = []
    for node in nodes:
        if node is None:
            continue
        source = Source(name, None, {(): node.start_mark.line + 1})
        source.data = _convert(node, (), source)
        sources.append(source)
    return sources


def load_document(path: Path | str, text: str | None = None) -> Source:
    docs = load_documents(path, text)
    if not docs:
        return Source(str(path), None, {(): 1})
    if len(docs) > 1:
        raise docs[1].error((), "bad_yaml", "expected one YAML document")
    return docs[0]


_constructor = _Loader.__mro__[0]("")  # a loader instance only to construct scalars


def _convert(node: yaml.Node, loc: Location, source: Source) -> Any:
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _convert(key_node, loc, source)
            if isinstance(key, (list, dict)):
                raise ConfigError(source.path, key_node.start_mark.line + 1, "bad_yaml",
                                  "mapping keys must be scalars")
            if key in out:
                raise ConfigError(source.path, key_node.start_mark.line + 1, "duplicate_key",
                                  f"key {key!r} appears twice")
            source.lines[loc + (key,)] = key_node.start_mark.line + 1
            out[key] = _convert(value_node, loc + (key,), source)
        return out
    if isinstance(node, yaml.SequenceNode):
        items = []
        for index, item in enumerate(node.value):
            source.lines[loc + (index,)] = item.start_mark.line + 1
            items.append(_convert(item, loc + (index,), source))
        return items
    return _constructor.construct_object(node, deep=True)
