"""Safe HTML for the console: every value is escaped unless it is `Html` this package built, and
pages are small string.Template files filled with escaped parts. Model output is never markup."""

from __future__ import annotations

import functools
import html
import string
from collections.abc import Iterable
from importlib import resources


class Html(str):
    """Markup that is already safe: built here from escaped parts, never from model output."""

    __slots__ = ()


def esc(value: object) -> Html:
    """`value` as HTML text (quotes included); `Html` passes through unchanged."""
    if isinstance(value, Html):
        return value
    return Html(html.escape("" if value is None else str(value), quote=True))


def join(parts: Iterable[object], sep: str = "") -> Html:
    return Html(sep.join(esc(p) for p in parts))


def tag(element: str, content: object = "", /, **attrs: object) -> Html:
    """`<name attrs>content</name>`; attribute names drop a trailing `_` and turn `_` into `-`;
    a value of None or False leaves the attribute out, True writes it bare."""
    out = []
    for key, value in attrs.items():
        if value is None or value is False:
            continue
        attr = key.rstrip("_").replace("_", "-")
        out.append(f" {attr}" if value is True else f' {attr}="{esc(value)}"')
    return Html(f"<{element}{''.join(out)}>{esc(content)}</{element}>")


@functools.cache
def _template(name: str) -> string.Template:
    text = resources.files("gateway.console").joinpath("templates", name).read_text(encoding="utf-8")
    return string.Template(text)


def render(name: str, **values: object) -> Html:
    """Fill templates/<name> (`$placeholders`) with escaped values."""
    return Html(_template(name).substitute({k: esc(v) for k, v in values.items()}))


@functools.cache
def static(name: str) -> bytes:
    return resources.files("gateway.console").joinpath("static", name).read_bytes()
