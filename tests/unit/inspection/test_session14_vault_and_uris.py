"""Session 14: secrets missed for want of a mechanism: a connection URI whose host is empty (the account sits in
the query), a vault's retrieval response whose `Content` is the password, a Snowflake OAuth token. Each with a
look-alike that stays unflagged."""

from __future__ import annotations

import pytest
from probes import secrets

from gateway.inspection.credentials import CredentialDetector


@pytest.fixture(scope="module")
def creds() -> CredentialDetector:
    return CredentialDetector()


# -- a connection URI with an empty host ----------------------------------------------------------------------

def test_uri_with_empty_host_gives_its_password(creds):
    text = "Set the loader's URI to snowflake://ETL_USER:Hw4pQz8nVt2K@/RAW/STAGE?account=qa991.us-east-1"
    assert secrets(creds, text) == ["Hw4pQz8nVt2K"]


@pytest.mark.parametrize("text", [
    "Use snowflake://<user>:<password>@/RAW/STAGE?account=qa991 with your own login.",
    "The hosts file is at file:///etc/hosts and the list at mailto:team@example.org.",
])
def test_uri_lookalikes_without_a_password(creds, text):
    assert secrets(creds, text) == []


# -- a vault's retrieval response --------------------------------------------------------------------------------

def test_vault_response_content_beside_the_account_is_the_password(creds):
    text = ('The provider returned:\n{\n  "Content": "Gx7#wpR2mLq9",\n  "UserName": "svc_payroll",\n'
            '  "Address": "db14.example.net"\n}')
    assert secrets(creds, text) == ["Gx7#wpR2mLq9"]


@pytest.mark.parametrize("text", [
    '{"Content": "Hello team", "UserName": "ann"}',  # a message body
    '{"Title": "Release", "Content": "notes-v2-final"}',  # no account in the object
    '[{"UserName": "ann"}, {"Content": "Rk29fjwLq7x"}]',  # the account in another object
])
def test_content_lookalikes_stay_unflagged(creds, text):
    assert secrets(creds, text) == []


# -- a Snowflake OAuth token -------------------------------------------------------------------------------------

def test_snowflake_oauth_token_by_its_shape(creds):
    token = "ver:1-hint:73310562-ETMsDgAAAYqWm3LzT8kQp2RvXc9NbH4yJ6fGdKe1sAo"
    assert secrets(creds, f"Paste this in the connector: `{token}`") == [token]


def test_hint_words_without_the_token_shape(creds):
    assert secrets(creds, "Server ver:2 gives a hint: 4400 rows per batch, see ETMs docs.") == []
