"""Reading an agent's request: shape checks only; every field passes through untouched."""

from __future__ import annotations

import pytest

from gateway.errors import BadRequest
from gateway.intake import chat_request

MESSAGES = [{"role": "user", "content": "hi"}]


def test_a_valid_request_keeps_every_field():
    body = {"model": "m", "messages": MESSAGES, "stream": True, "n": 2, "tools": [], "x_custom": {"a": 1}}
    chat = chat_request(body)

    assert (chat.model, chat.stream, chat.body) == ("m", True, body)
    assert chat.body is body


@pytest.mark.parametrize("n", [None, 1, 16])
def test_n_in_range_is_accepted(n):
    assert chat_request({"model": "m", "messages": MESSAGES, "n": n}).stream is False


@pytest.mark.parametrize(("body", "param", "code"), [
    ({"messages": MESSAGES}, "model", "invalid_type"),
    ({"model": "", "messages": MESSAGES}, "model", "invalid_type"),
    ({"model": ["m"], "messages": MESSAGES}, "model", "invalid_type"),
    ({"model": "m"}, "messages", "missing_field"),
    ({"model": "m", "messages": None}, "messages", "missing_field"),
    ({"model": "m", "messages": {}}, "messages", "invalid_type"),
    ({"model": "m", "messages": [{"role": 1}]}, "messages[0]", "invalid_type"),
    ({"model": "m", "messages": [*MESSAGES, "x"]}, "messages[1]", "invalid_type"),
    ({"model": "m", "messages": MESSAGES, "stream": 1}, "stream", "invalid_type"),
    ({"model": "m", "messages": MESSAGES, "n": True}, "n", "invalid_type"),
    ({"model": "m", "messages": MESSAGES, "n": 17}, "n", "invalid_type"),
    ({"model": "m", "messages": MESSAGES, "n": 1.5}, "n", "invalid_type"),
    ({"model": "m", "messages": MESSAGES, "tools": "x"}, "tools", "invalid_type"),
])
def test_bad_shapes_are_refused_naming_the_param(body, param, code):
    with pytest.raises(BadRequest) as caught:
        chat_request(body)

    assert (caught.value.param, caught.value.code, caught.value.status) == (param, code, 400)
