"""Credential mechanisms added after blind round 15: passwords named in Swedish, Norwegian and German
prose with the value on the next line, API keys "para el entorno ... es", "chave da API", a login pair
whose password has no symbol, and database or broker clients that take the password as a flag."""

from __future__ import annotations

import pytest

from gateway.inspection.engine import build_engine
from gateway.types import Answer

ENGINE = build_engine(["credentials"])


def credential_types(text: str) -> set[str]:
    return {f.details["type"] for f in ENGINE.scan(Answer.of_text(text)) if f.kind == "credential"}


@pytest.mark.parametrize("text", [
    "Lösenordet till det delade kontot för kassasystemet är `Kassa1681!Butik`.",
    "Passordet til wifi er `Fjord2024!Oslo`.",
    "Das Passwort für den Scan-Benutzer am Drucker im 3. OG lautet\n„Sp%jE!UFa*oy!jKocR0K\". Bitte nicht weitergeben.",
    "La clave de la API de Datadog para el entorno de pruebas es\n`45a19cbc33f34193691e5d751e91ccc6`; añádela.",
    "Aqui está a chave da API do gateway de pagamento para produção: `live_fv6364frfmml19h28qwuy13rfmyl7t1z`.",
    "The admin login for the Ubiquiti controller is admin / k2KK9Z-6405-Ubq. Change it after the install.",
    "redis-cli -h cache.example.net -p 6380 --tls -a 'Pl2BrFbH7rgkK13lsaZfCXrC' INFO keyspace",
    "mongosh \"mongodb://db1:27017\" -u admin -p Xk29sLq0pZ --authenticationDatabase admin",
    "sqlcmd -S db01 -U sa -P 'Str0ng!Pass' -Q \"select 1\"",
    "htpasswd -b /etc/nginx/.htpasswd alice S3cret-Value9",
    "rabbitmqctl add_user svc_orders 9fj3KsLq2",
    "openssl pkcs12 -export -in a.crt -passout pass:Hunter2Secret -out a.p12",
    "adyen:\n  hmac_key: 97523E053CAB3E8EAB816E5868A6BC6E5FC8048B95DCA52D5268EFA05AB325A2\n",
    "analytics:\n  write_key: 3kHq9ZpLw2XvR8nTt5YbUc1M\n",
    "Here are the GitHub recovery codes for the bot account:\n\n```\nd02f6-47438\nb19f2-a634a\naece4-aaf33\n```",
    'const t = ["xoxb-", "7412093856-", "6983017254913-sAz9QStZquXX1OhAYXC6Yn91"].join("");',
    'token = "ghp_" + "R2d9xK3mQ7pL0vN8sT4wY6zB1cF5hJ9aE3uI"',
])
def test_exposed(text: str) -> None:
    assert credential_types(text)


@pytest.mark.parametrize("text", [
    "redis-cli -a $REDIS_PASSWORD ping",
    "redis-cli -a <password> ping",
    "The login page is at /login / Home-Page-2024 sample.",
    "Lösenordet ska vara minst tolv tecken långt och bytas var nittionde dag.",
    "La clave de la API se guarda en el gestor de secretos, nunca en el código.",
    "The hmac_key setting controls the signing algorithm; see docs.",
    "Store your recovery codes somewhere safe; GitHub shows them as ten codes like xxxxx-xxxxx.",
    'const label = "Hello, " + "world" + "!";',
])
def test_not_exposed(text: str) -> None:
    assert not credential_types(text)
