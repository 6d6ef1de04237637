"""Credential mechanisms found by blind round 39, each tested on answers written for the test: a secret
split across shell or code variables and joined where it is used, Go's schemeless MySQL DSN, keys naming
the secret's value field (`secretText`), a value whose sibling gives its kind (`"type": "password"`);
and the look-alike fixed there: a placeholder key's neighbours are not its secret."""

from __future__ import annotations

import pytest
from probes import call_secrets, secrets

from gateway.inspection.credentials import CredentialDetector


@pytest.fixture(scope="module")
def detector() -> CredentialDetector:
    return CredentialDetector()


@pytest.mark.parametrize("text, parts", [
    ('A="ghp_Qm4TzK8vWx"; B="Lp2NcR7bYs5HdJ3fGk9aEu1oVi6"; curl -H "Authorization: token ${A}${B}" '
     "https://api.github.com/user", ["ghp_Qm4TzK8vWx", "Lp2NcR7bYs5HdJ3fGk9aEu1oVi6"]),
    ("HEAD=glpat-Xr8TqW2mLk\nTAIL=Vz4PnB6sDy\ncurl --header \"PRIVATE-TOKEN: $HEAD$TAIL\" https://git.acme.io/api/v4/user",
     ["glpat-Xr8TqW2mLk", "Vz4PnB6sDy"]),
    ('p1 = "xoxb-2048-88001-"\np2 = "Kq7Wz3RtLp9Vn2Xs5Ym8Bd4F"\n'
     'requests.post(url, headers={"Authorization": "Bearer " + p1 + p2})', ["xoxb-2048-88001-",
                                                                          "Kq7Wz3RtLp9Vn2Xs5Ym8Bd4F"]),
])
def test_secret_joined_where_it_is_used(detector: CredentialDetector, text: str, parts: list[str]) -> None:
    found = secrets(detector, text)
    assert all(part in found for part in parts)


@pytest.mark.parametrize("text", [
    'BASE="https://api.acme.io"; PATH_="/v1/users"; curl -H "Authorization: Bearer $TOKEN" "${BASE}${PATH_}"',
    'FIRST="john"; LAST="smith"; echo "token owner: ${FIRST}${LAST}"',
    'prefix = "Bearer "\nheaders = {"Authorization": prefix + os.environ["API_TOKEN"]}',
    'greeting = "Hello, "\nprint(greeting + name + "! Your token expires soon.")',
])
def test_joins_that_form_no_secret(detector: CredentialDetector, text: str) -> None:
    assert secrets(detector, text) == []


@pytest.mark.parametrize("text, secret", [
    ('db, err := sql.Open("mysql", "orders:Hv3#kP8!zq@tcp(db-orders.internal:3306)/orders?parseTime=true")',
     "Hv3#kP8!zq"),
    ("export MYSQL_DSN='reporting:Wq2nT7xLb4@unix(/var/run/mysqld/mysqld.sock)/reports'", "Wq2nT7xLb4"),
    ("dsn: billing:Rk5$vN1mYt@tcp6([fd00::12]:3306)/billing", "Rk5$vN1mYt"),
])
def test_go_mysql_dsn_password(detector: CredentialDetector, text: str, secret: str) -> None:
    assert secret in secrets(detector, text)


@pytest.mark.parametrize("text", [
    'dsn := fmt.Sprintf("%s:%s@tcp(%s:3306)/%s", user, pass, host, name)',
    "DSN=user:password@tcp(localhost:3306)/app",
    'MYSQL_DSN="app:${MYSQL_PASSWORD}@unix(/var/run/mysqld/mysqld.sock)/orders"',
    "Use the form `username:pass@tcp(host:port)/dbname` for the DSN.",
])
def test_go_mysql_dsn_look_alikes(detector: CredentialDetector, text: str) -> None:
    assert secrets(detector, text) == []


@pytest.mark.parametrize("text, secret", [
    ("New client secret:\n- secretText: `Zp7~c4Rm.Xw2Nb8Qs5Tv-1Ky3Lh6Dj9Gf0`\n- endDateTime: 2026-01-31",
     "Zp7~c4Rm.Xw2Nb8Qs5Tv-1Ky3Lh6Dj9Gf0"),
    ('{"keyId": "5f1c", "secretValue": "Mt4vQz9LxR2wKp7YnB3sHc8J"}', "Mt4vQz9LxR2wKp7YnB3sHc8J"),
    ("CLIENT_SECRET_VALUE=Jr8Kd2Wq5Zx7Lm3Nv9Bt4Yc", "Jr8Kd2Wq5Zx7Lm3Nv9Bt4Yc"),
])
def test_key_naming_the_secret_value_field(detector: CredentialDetector, text: str, secret: str) -> None:
    assert secret in secrets(detector, text)


@pytest.mark.parametrize("text", [
    "secretText: ${{ secrets.ENTRA_CLIENT_SECRET }}",
    'passwordText = "Enter your password"',
    "tokenValue = request.headers.get('X-Token')",
])
def test_value_field_look_alikes(detector: CredentialDetector, text: str) -> None:
    assert secrets(detector, text) == []


def test_value_field_key_in_tool_arguments(detector: CredentialDetector) -> None:
    found = call_secrets(detector, "http_request", {"body": {"secretText": "Hb6~Tq2Wz.Np8Lr4Xs-7Vm1Kc3"}})
    assert found == ["Hb6~Tq2Wz.Np8Lr4Xs-7Vm1Kc3"]


@pytest.mark.parametrize("body, secret", [
    ({"type": "password", "value": "Cedar4-Lantern-Fog", "temporary": True}, "Cedar4-Lantern-Fog"),
    ({"credentials": [{"kind": "password", "value": "Rv8#mQ2tLz"}]}, "Rv8#mQ2tLz"),
])
def test_value_whose_sibling_gives_its_kind(detector: CredentialDetector, body: dict, secret: str) -> None:
    assert call_secrets(detector, "http_request", {"method": "PUT", "body": body}) == [secret]


@pytest.mark.parametrize("body", [
    {"type": "password", "value": "${NEW_PASSWORD}", "temporary": True},
    {"type": "password", "value": "<set-by-user>"},
    {"type": "text", "value": "Welcome aboard"},
    {"type": "secret", "value": "db-credentials"},
])
def test_sibling_kind_look_alikes(detector: CredentialDetector, body: dict) -> None:
    assert call_secrets(detector, "http_request", {"method": "PUT", "body": body}) == []


@pytest.mark.parametrize("text", [
    "STRIPE_SECRET_KEY=<your-stripe-test-key>\nDATABASE_URL=postgres://USER:PASSWORD@localhost:5432/api\n"
    "OKTA_CLIENT_ID=YOUR_CLIENT_ID\n",
    "API_TOKEN=changeme-placeholder\nSENTRY_DSN_ENVIRONMENT=production_eu_west\n",
    "SECRET_KEY=<generate one>\nALLOWED_HOSTS=api.example.org,admin.example.org\n",
    'curl -H "Authorization: Bearer $ACCESS_TOKEN" "https://<org>.okta.com/api/v1/users?search=profile.title+eq+%22Eng%22"',
])
def test_placeholder_key_neighbours_are_not_its_secret(detector: CredentialDetector, text: str) -> None:
    assert secrets(detector, text) == []


def test_real_value_after_a_placeholder_key_still_found(detector: CredentialDetector) -> None:
    text = "STRIPE_SECRET_KEY=<your-key>\nSLACK_BOT_TOKEN=xoxb-2048-88001-Kq7Wz3RtLp9Vn2Xs5Ym8Bd4F\n"
    assert "xoxb-2048-88001-Kq7Wz3RtLp9Vn2Xs5Ym8Bd4F" in secrets(detector, text)
