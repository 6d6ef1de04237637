"""An API client's config that pairs the service's address with its key under the bare name `key`: Copernicus's
`~/.cdsapirc` (`url: https://cds.climate.copernicus.eu/api` then `key: <uuid>`), ECMWF's `~/.ecmwfapirc`
(`{"url": …, "key": "<32 hex>", "email": …}`). Alone, `key:` names anything (a label, a toleration, an object's
path); beside the address it is sent to, a random value under it is that service's API key, also when it is a
UUID or hex digits that other rules read as an id or a digest."""

from __future__ import annotations

import re

from gateway.inspection.cred_patterns import Hit
from gateway.inspection.cred_values import is_placeholder, looks_like_key

KEY_LINE = re.compile(r"^[ \t]*[\"']?(?:key|api_?key)[\"']?[ \t]*[:=][ \t]*[\"']?(?P<s>[A-Za-z0-9_.:-]{20,100})"
                      r"[\"']?[ \t]*,?[ \t]*$", re.MULTILINE | re.IGNORECASE)
URL_LINE = re.compile(r"^[ \t]*[\"']?(?:url|endpoint|base_?url|api_?url|host)[\"']?[ \t]*[:=][ \t]*[\"']?https?://",
                      re.MULTILINE | re.IGNORECASE)
RANDOM = re.compile(r"(?:\d+:)?(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32,64})",
                    re.IGNORECASE)
NEAR = 200  # characters between the key's line and the address's


def client_config_hits(text: str) -> list[Hit]:
    """A hit on each random value under `key` within a few lines of the API address it goes with."""
    if "://" not in text:
        return []
    hits = []
    for m in KEY_LINE.finditer(text):
        value = m.group("s")
        if is_placeholder(value) or not (RANDOM.fullmatch(value) or looks_like_key(value, 20)):
            continue
        if URL_LINE.search(text, max(0, m.start() - NEAR), m.end() + NEAR):
            hits.append(Hit(m.start("s"), m.end("s"), "api_key", 0.8))
    return hits
