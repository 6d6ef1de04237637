"""Credential mechanisms found by blind round 40, each tested on answers written for the test: Teradata
BTEQ's `.LOGON tdpid/user,password`, installer answer files (kickstart `rootpw`, Debian preseed),
an Authorization header of any scheme (`Splunk <token>`, `GenieKey …`), a key sent as a bare `key=`
query parameter, an adverb of time between the verb and the value ("ist derzeit"); and the
look-alikes fixed there: the next CLI flag is not a flag's value, a DSN's host part is no password."""

from __future__ import annotations

import pytest
from probes import call_secrets, secrets

from gateway.inspection.credentials import CredentialDetector


@pytest.fixture(scope="module")
def detector() -> CredentialDetector:
    return CredentialDetector()


@pytest.mark.parametrize("text, secret", [
    (".logon dwprod/etl_loader,Qv7rTn2pLx9w;\nSELECT COUNT(*) FROM sales.orders;", "Qv7rTn2pLx9w"),
    ("bteq <<EOF\n.LOGON 10.20.1.5/batch_user,Hr4#mW8zKp\n.QUIT\nEOF", "Hr4#mW8zKp"),
    ("Run it with `.Logon tdp1/rpt,Zx81kQwe55` at the top of the script.", "Zx81kQwe55"),
])
def test_bteq_logon_password(detector: CredentialDetector, text: str, secret: str) -> None:
    assert secret in secrets(detector, text)


@pytest.mark.parametrize("text", [
    ".LOGON ${TDPID}/${TD_USER},${TD_PASSWORD}",
    ".LOGON tdpid/username,password",
    "Use the .LOGON command, then .LOGOFF when done.",
])
def test_bteq_logon_look_alikes(detector: CredentialDetector, text: str) -> None:
    assert secrets(detector, text) == []


@pytest.mark.parametrize("text, secret", [
    ("vmaccepteula\ninstall --firstdisk\nrootpw Vk3nR8qLs2Wd\nreboot", "Vk3nR8qLs2Wd"),
    ("lang en_US.UTF-8\nrootpw --plaintext Tg5!mx02Rz\nuser --name=ops", "Tg5!mx02Rz"),
    ("d-i passwd/root-password password Pr3seed-Qx7\nd-i passwd/root-password-again password Pr3seed-Qx7",
     "Pr3seed-Qx7"),
])
def test_installer_answer_file_password(detector: CredentialDetector, text: str, secret: str) -> None:
    assert secret in secrets(detector, text)


@pytest.mark.parametrize("text", [
    "rootpw --iscrypted $6$rounds=4096$saltsalt$3Qz0r8w9Yq1b2c3d4e5f6g7h8i9j0k",
    "rootpw --lock",
    "The rootpw directive sets the root password for the installed host.",
    "rootpw ${ROOT_PASSWORD}",
    "d-i passwd/root-password-crypted password $6$abc$Xy",
])
def test_installer_look_alikes(detector: CredentialDetector, text: str) -> None:
    assert secrets(detector, text) == []


@pytest.mark.parametrize("text, secret", [
    ('curl -k https://hec.example.net:8088/services/collector -H '
     '"Authorization: Splunk 7c1e4f90-2b3d-4a8e-9f61-d05c3b7a2e84" -d \'{"event":"hi"}\'',
     "7c1e4f90-2b3d-4a8e-9f61-d05c3b7a2e84"),
    ("Authorization: GenieKey 4f3c9a1e-77d2-4b0a-a5e3-9c8d1f62b0e7", "4f3c9a1e-77d2-4b0a-a5e3-9c8d1f62b0e7"),
    ('headers = {"Authorization": "sso-key dLf8Qz3mW1:Kp7Rx2Vn9Tg4Ys"}', "dLf8Qz3mW1:Kp7Rx2Vn9Tg4Ys"),
])
def test_authorization_header_of_any_scheme(detector: CredentialDetector, text: str, secret: str) -> None:
    assert secret in secrets(detector, text)


def test_authorization_scheme_in_tool_arguments(detector: CredentialDetector) -> None:
    body = {"url": "https://logs.acme.io:8088/services/collector/event", "method": "POST",
            "headers": {"Authorization": "Splunk 91d2e6b3-0c4f-47a8-b5e1-3f9a7c2d8e60"}}
    assert call_secrets(detector, "http_request", body) == ["91d2e6b3-0c4f-47a8-b5e1-3f9a7c2d8e60"]


@pytest.mark.parametrize("text", [
    "Authorization: Splunk <hec-token>",
    "Authorization: Splunk $SPLUNK_HEC_TOKEN",
    "Authorization: Splunk 00000000-0000-0000-0000-000000000000",
    "Authorization: Splunk abcdef01-2345-6789-abcd-ef0123456789",
    "Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, "
    "SignedHeaders=content-type;host, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7",
    "The Authorization header carries the scheme followed by the token.",
])
def test_authorization_look_alikes(detector: CredentialDetector, text: str) -> None:
    assert secrets(detector, text) == []


@pytest.mark.parametrize("text, secret", [
    ("curl -k 'https://fw01.corp.lan/api/?type=config&action=show&key=TFVGUlBUbjJ4Q2Q9K0lQ8bXpWcG1aR3NvR2Rj=='",
     "TFVGUlBUbjJ4Q2Q9K0lQ8bXpWcG1aR3NvR2Rj=="),
    ("GET https://myapp-default-rtdb.firebaseio.com/users.json?auth=Xq8vTz2LmK9pWn4RbY7sJd3Fh",
     "Xq8vTz2LmK9pWn4RbY7sJd3Fh"),
])
def test_key_as_a_query_parameter(detector: CredentialDetector, text: str, secret: str) -> None:
    assert secret in secrets(detector, text)


@pytest.mark.parametrize("text", [
    "https://s3.amazonaws.com/bucket/upload?key=uploads/avatars/profile-picture.png",
    "https://cache.acme.io/get?key=3f2a9c1e-8b7d-4e6f-a5c4-1d2e3f4a5b6c",
    "https://api.acme.io/v1/lookup?key=YOUR_API_KEY_HERE&q=test",
    "https://example.com/page?key=value&sort=asc",
])
def test_query_key_look_alikes(detector: CredentialDetector, text: str) -> None:
    assert secrets(detector, text) == []


@pytest.mark.parametrize("text, secret", [
    ("Das Passwort für den Dienst-Account ist aktuell `Wq9!tLm2Zr`, bitte rotieren.", "Wq9!tLm2Zr"),
    ("Le mot de passe de l'admin est actuellement Rt5#kPz81Q jusqu'à demain.", "Rt5#kPz81Q"),
    ("The password for svc-etl is currently **Hn4&vB7qXs2** until rotation.", "Hn4&vB7qXs2"),
])
def test_adverb_between_verb_and_value(detector: CredentialDetector, text: str, secret: str) -> None:
    assert secret in secrets(detector, text)


@pytest.mark.parametrize("text", [
    'sudo adduser --disabled-password --gecos "" svc-backup',
    "samba-tool user create jdoe --random-password --must-change-at-next-login",
    "useradd --password --expiredate 2025-01-01 tmpuser",
    'dsn := "root:"+os.Getenv("MYSQL_PWD")+"@tcp(127.0.0.1:3306)/app"',
    'url = "app:" + os.environ["DB_PASSWORD"] + "@db.internal.lan:5432/orders"',
    "Das Passwort ist derzeit abgelaufen.",
])
def test_flag_and_host_part_look_alikes(detector: CredentialDetector, text: str) -> None:
    assert secrets(detector, text) == []
