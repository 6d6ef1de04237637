"""Agent keys: issued once in clear, stored as a hash, and authenticated only while live."""

from __future__ import annotations

import asyncio
import hashlib

import pytest

from gateway.auth import KEY_PATTERN, Authenticator, new_key
from gateway.config import Settings
from gateway.errors import BadRequest, Unauthorized
from gateway.store.sqlite import SqliteStore

SETTINGS = Settings.model_validate({
    "server": {"key_ttl": 3600},
    "models": [{"model_name": m, "litellm_params": {"model": f"demo/{m}"}} for m in ("a", "b", "c")],
    "principals": [{"id": "dan"}, {"id": "carol"}],
    "workflows": [{"id": "wf", "owner": "dan", "risk_tier": "low", "models": ["a", "b"]}],
})


class Clock:
    now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def env(tmp_path):
    store = SqliteStore(f"sqlite:///{tmp_path / 'keys.db'}")
    clock = Clock()
    yield store, clock, Authenticator(SETTINGS, store, clock)
    asyncio.run(store.close())


def issue(store, **kwargs) -> tuple[str, object]:
    secret, record = new_key(SETTINGS, "wf", now=kwargs.pop("now", 1000.0), **kwargs)
    asyncio.run(store.put_key(record))
    return secret, record


def test_a_new_key_is_well_formed_and_only_its_hash_is_kept():
    secret, record = new_key(SETTINGS, "wf", now=1000.0, name="bot", on_behalf_of="carol")

    match = KEY_PATTERN.fullmatch(secret)
    assert match and match.group(1) == record.id
    assert record.secret_hash == hashlib.sha256(secret.encode()).hexdigest()
    assert secret not in str(record.to_json())
    assert (record.workflow, record.name, record.on_behalf_of) == ("wf", "bot", "carol")
    assert (record.created, record.expires) == (1000.0, 1000.0 + 3600)  # the config's default ttl


def test_keys_are_unique():
    assert len({new_key(SETTINGS, "wf", now=0)[0] for _ in range(50)}) == 50


@pytest.mark.parametrize(("kwargs", "code"), [
    ({"workflow_id": "nope"}, "unknown_workflow"),
    ({"models": ("a", "c")}, "model_not_allowed"),
    ({"on_behalf_of": "mallory"}, "unknown_principal"),
])
def test_issuing_refuses_what_the_config_does_not_know(kwargs, code):
    with pytest.raises(BadRequest) as caught:
        new_key(SETTINGS, kwargs.pop("workflow_id", "wf"), now=0, **kwargs)
    assert caught.value.code == code


def test_a_live_key_authenticates_to_its_workflow(env):
    store, _, auth = env
    secret, record = issue(store, models=("b",))

    agent = asyncio.run(auth.agent(f"Bearer {secret}"))
    assert agent.key == record and agent.workflow.id == "wf"
    assert agent.models == ("b",)
    assert asyncio.run(auth.agent(f"bearer   {secret}  ")).key.id == record.id


def test_a_key_without_models_gets_the_workflows_models(env):
    store, _, auth = env
    secret, _ = issue(store)
    assert asyncio.run(auth.agent(f"Bearer {secret}")).models == ("a", "b")


@pytest.mark.parametrize("header", [None, "", "Bearer", "Basic dXNlcjpwYXNz", "Bearer sk-abc",
                                    "Bearer gwk_000000000000_" + "x" * 43, "gwk_000000000000_" + "x" * 43])
def test_missing_or_unknown_keys_are_refused(env, header):
    _, _, auth = env
    with pytest.raises(Unauthorized) as caught:
        asyncio.run(auth.agent(header))
    assert caught.value.status == 401


def test_a_key_with_the_right_id_and_a_wrong_secret_is_refused(env):
    store, _, auth = env
    secret, _ = issue(store)
    forged = secret[:-1] + ("A" if secret[-1] != "A" else "B")

    with pytest.raises(Unauthorized) as caught:
        asyncio.run(auth.agent(f"Bearer {forged}"))
    assert caught.value.code == "invalid_api_key"


def test_a_key_expires_exactly_at_its_expiry(env):
    store, clock, auth = env
    secret, _ = issue(store, ttl=60)

    clock.now = 1059.999
    assert asyncio.run(auth.agent(f"Bearer {secret}"))
    clock.now = 1060.0
    with pytest.raises(Unauthorized) as caught:
        asyncio.run(auth.agent(f"Bearer {secret}"))
    assert caught.value.code == "key_expired"


def test_a_revoked_key_is_refused(env):
    store, _, auth = env
    secret, record = issue(store)
    asyncio.run(store.revoke_key(record.id, 1001.0))

    with pytest.raises(Unauthorized) as caught:
        asyncio.run(auth.agent(f"Bearer {secret}"))
    assert caught.value.code == "key_revoked"


def test_a_person_key_is_not_an_agent_key(env):
    store, _, auth = env
    secret, record = new_key(SETTINGS, "", now=1000.0, kind="person", principal="dan")
    asyncio.run(store.put_key(record))

    with pytest.raises(Unauthorized) as caught:
        asyncio.run(auth.agent(f"Bearer {secret}"))
    assert caught.value.code == "wrong_key_kind"
    assert asyncio.run(auth.key_for(f"Bearer {secret}", kind="person")).principal == "dan"


def test_a_key_whose_workflow_was_removed_is_refused(env, tmp_path):
    store, clock, _ = env
    secret, _ = issue(store)
    shrunk = SETTINGS.model_copy(update={"workflows": ()})

    with pytest.raises(Unauthorized) as caught:
        asyncio.run(Authenticator(shrunk, store, clock).agent(f"Bearer {secret}"))
    assert caught.value.code == "unknown_workflow"


def test_recent_store_reads_are_reused_within_the_ttl_and_forgotten_on_demand():
    import asyncio

    from gateway.auth import _Recent

    now = [100.0]
    loads = []
    recent = _Recent(1.0, clock=lambda: now[0])

    async def load():
        loads.append(now[0])
        return len(loads)

    async def scenario():
        assert await recent.get("key:a", load) == 1
        assert await recent.get("key:a", load) == 1  # within the ttl: no store read
        now[0] += 1.5
        assert await recent.get("key:a", load) == 2  # past it: read again (another process's change)
        recent.forget("key:a")
        assert await recent.get("key:a", load) == 3  # a change made here is seen at once
        assert await _Recent(0, clock=lambda: now[0]).get("key:a", load) == 4  # ttl 0: always the store

    asyncio.run(scenario())
