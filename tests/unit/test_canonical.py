"""JCS (RFC 8785) canonical JSON: our fast encoder agrees byte for byte with the reference
implementation, so audit hashes can be recomputed in any language."""

from __future__ import annotations

import hashlib
import math

import pytest
import rfc8785

from gateway.canonical import canonical_bytes, digest

VALUES = [
    None, True, False, 0, -1, 2**53 - 1, -(2**53 - 1),
    "", "plain", "ünïcødé", "emoji 😀", "\u2028\u2029", "\x00\x1f\"\\/",
    0.0, -0.0, 1.0, 1.5, -2.25, 0.1, 1e-4, 9.999e-5, 1e-7, 123456789.125, 1e15, 1e16, 1e21, 1.7976931348623157e308,
    5e-324, 3.0e20, 100.0,
    [], {}, [1, "a", None, [2, [3]]],
    {"b": 1, "a": 2, "A": 3, "aa": 4, "é": 5, "z": {"y": [1, {"x": 0.5}]}},
    {"\U0001f600": 1, "\ufb33": 2, "a": 3},  # keys beyond the BMP sort by UTF-16 code units
    {"numbers": [1e30, 4.5e-5, 0.000123, 12.0, -0.5]},
]


@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_matches_the_reference_implementation(value):
    assert canonical_bytes(value) == rfc8785.dumps(value)


def test_rfc8785_example_sorting():
    value = {"\u20ac": "Euro Sign", "\r": "Carriage Return", "\ufb33": "Hebrew Letter Dalet With Dagesh",
             "1": "One", "\U0001f600": "Emoji: Grinning Face", "\u0080": "Control", "\u00f6": "Latin Small Letter O"}
    keys = list(__import__("json").loads(canonical_bytes(value)))
    assert keys == ["\r", "1", "\u0080", "\u00f6", "\u20ac", "\U0001f600", "\ufb33"]


def test_key_order_and_whitespace_do_not_change_the_digest():
    assert digest({"a": 1, "b": [1, 2]}) == digest({"b": [1, 2], "a": 1})
    assert canonical_bytes({"b": [1, 2], "a": 1}) == b'{"a":1,"b":[1,2]}'


def test_digest_is_sha256_of_the_canonical_bytes():
    value = {"event": "call", "seq": 1}
    assert digest(value) == hashlib.sha256(b'{"event":"call","seq":1}').hexdigest()


@pytest.mark.parametrize(("value", "expected"), [
    (2**53 + 1, b"9007199254740992"), (-(2**63), b"-9223372036854776000"), (10**22, b"1e+22"),
    (float(2**63), b"9223372036854776000"), (1e20, b"100000000000000000000"),
    ([{"seed": 2**62 + 1}], b'[{"seed":4611686018427388000}]')])  # what JSON.stringify writes
def test_integers_beyond_the_double_range_are_written_as_ecmascript_would(value, expected):
    assert canonical_bytes(value) == expected  # e.g. an agent's int64 `seed` in an audited prompt


def test_integral_floats_are_written_as_integers():
    assert canonical_bytes({"x": 2.0, "y": -0.0}) == b'{"x":2,"y":0}'


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_non_finite_numbers_are_refused(value):
    with pytest.raises(ValueError):
        canonical_bytes({"x": value})


def test_non_string_keys_are_refused():
    with pytest.raises(TypeError):
        canonical_bytes({1: "one"})
