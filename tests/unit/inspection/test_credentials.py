"""The credential detector: secrets found with exact spans, placeholders and look-alikes left alone."""

from __future__ import annotations

import json

import pytest

from gateway.inspection.credentials import CredentialDetector
from gateway.types import Answer, Choice, ToolCall

GWK = "gwk_0123456789ab_" + "Zx3_q9LmT0vR8kWb2NcY-7hJ4pD6sFgA1eUoKi5nQrS"
JWT = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4ifQ."
       "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
PEM = ("-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n"
       "VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK\n-----END RSA PRIVATE KEY-----")

# (text, the exact secret the finding must span, its type)
POSITIVES = [
    ("aws_access_key_id = AKIA2E0A8F3B244C9986", "AKIA2E0A8F3B244C9986", "aws_access_key"),
    ("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8Lk2Pw9x", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8Lk2Pw9x",
     "aws_secret_key"),
    ("export GITHUB_TOKEN=ghp_16C7e42F292c6912E7710c838347Ae178B4a", "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
     "github_token"),
    ("use github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGH1234567 for the bot",
     "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGH1234567", "github_token"),
    ("token: glpat-xK9mP2qR7sT4vW1yZ3bC", "glpat-xK9mP2qR7sT4vW1yZ3bC", "gitlab_token"),
    ("SLACK_BOT_TOKEN=xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx",
     "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx", "slack_token"),
    ("Post alerts to https://hooks.slack.com/services/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 now",
     "https://hooks.slack.com/services/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", "webhook"),
    ("https://discord.com/api/webhooks/123456789012345678/abcDEF_ghiJKL-mnoPQRstuVWXyz0123456789",
     "https://discord.com/api/webhooks/123456789012345678/abcDEF_ghiJKL-mnoPQRstuVWXyz0123456789", "webhook"),
    ("client = OpenAI(api_key='sk-proj-abc123DEF456ghi789JKL012mno345')", "sk-proj-abc123DEF456ghi789JKL012mno345",
     "api_key"),
    ("ANTHROPIC_API_KEY=sk-ant-api03-Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0Lz", "sk-ant-api03-Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0Lz",
     "api_key"),
    ("stripe.api_key = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc'", "sk_live_4eC39HqLyjWDarjtT1zdp7dc", "stripe_key"),
    ("maps?key=AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY&q=x", "AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY",
     "google_api_key"),
    (f"Authorization: Bearer {JWT}", JWT, "jwt"),
    (f"Here is the key:\n{PEM}\n", PEM, "private_key"),
    ("DATABASE_URL=postgres://app:S3cr3tP4ss@db.internal:5432/app", "S3cr3tP4ss", "connection_string"),
    ("redis://:r3d1sPass@cache:6379/0", "r3d1sPass", "connection_string"),
    ('password = "changeme"', "changeme", "password"),
    ("PASSWORD: hunter2", "hunter2", "password"),
    ("spring.datasource.password=Qw3rty!9", "Qw3rty!9", "password"),
    ("mysql -u root -p'S3cr3t!' -h db.internal", "S3cr3t!", "password"),
    ("mysqldump -uroot -pTr1ckyPass appdb > dump.sql", "Tr1ckyPass", "password"),
    ("psql --password=Tr0ub4dor3 -h db", "Tr0ub4dor3", "password"),
    ("docker login -u bob -p 'Dk9!xPw2' registry.acme.io", "Dk9!xPw2", "password"),
    ("The temporary password is Xk9#mP2q.", "Xk9#mP2q", "password"),
    ("Passwort: Sommer2024!", "Sommer2024!", "password"),
    ("contraseña: Hola1234", "Hola1234", "password"),
    ("**Password:** Winter2025!", "Winter2025!", "password"),
    ("I've reset jdoe's password to Spring2024! - ask them to change it.", "Spring2024!", "password"),
    ("The password for jdoe is `hunter22`", "hunter22", "password"),
    ("curl -H 'Authorization: Basic YWRtaW46cGFzc3dvcmQxMjM=' https://x", "YWRtaW46cGFzc3dvcmQxMjM=", "basic_auth"),
    ("curl -u admin:Sup3rS3cret https://api.acme.io", "Sup3rS3cret", "basic_auth"),
    ("Server=db;Database=app;User Id=sa;Password=P@ssw0rd123;", "P@ssw0rd123", "connection_string"),
    ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n  username: YWRtaW4=\n"
     "  password: UzNjcjN0UDRzcw==\n", "UzNjcjN0UDRzcw==", "k8s_secret"),
    ('{"auths": {"registry.acme.io": {"auth": "am9objpTM2NyM3RQNHNz"}}}', "am9objpTM2NyM3RQNHNz", "docker_auth"),
    ('SECRET_KEY = "django-insecure-8f#k2@x!q9z$w7v&m3n^b1c"', "django-insecure-8f#k2@x!q9z$w7v&m3n^b1c",
     "generic_secret"),
    ("Here is the new API key for the integration:\n\n    8d9f2c1a7b3e4f5a6c7d8e9f0a1b2c3dx7Q",
     "8d9f2c1a7b3e4f5a6c7d8e9f0a1b2c3dx7Q", "generic_secret"),
    ("X-Api-Key: 9f8e7d6c5b4a39281706f5e4d3c2b1a0", "9f8e7d6c5b4a39281706f5e4d3c2b1a0", "generic_secret"),
    ("sshpass -p 'Gr33nTea!' ssh ops@host", "Gr33nTea!", "password"),
    ("net user svc_backup B4ckup!2024 /add", "B4ckup!2024", "password"),
    (f"Give the agent this key: {GWK}", GWK, "gateway_key"),
    ('env.put(Context.SECURITY_CREDENTIALS, "Ldap!Sync2024");', "Ldap!Sync2024", "generic_secret"),
    ('conn.setPassword("Pl4in-Text");', "Pl4in-Text", "password"),
    ('os.environ["DB_PASSWORD"] = "Zx81-spectrum"', "Zx81-spectrum", "password"),
    ('auth:\n  adminPassword: "tMd-RzDT-n7qL9"', "tMd-RzDT-n7qL9", "password"),
    ("confirm_password: Qq1!Qq1!", "Qq1!Qq1!", "password"),
    ("the root password on the jump host is still R00tMe2023", "R00tMe2023", "password"),
    ('  - name: DB_PASSWORD\n    value: "pr0d-db-p4ss"', "pr0d-db-p4ss", "password"),
    ('{"name": "API_TOKEN", "value": "Zq9Lm3Kx8Vb2Nc7Hd4Wp"}', "Zq9Lm3Kx8Vb2Nc7Hd4Wp", "generic_secret"),
    ("<password>S3cure!Pass</password>", "S3cure!Pass", "password"),
    ("ldapsearch -x -D 'cn=admin,dc=acme,dc=io' -w 'Ld4p!Adm1n' -b dc=acme,dc=io", "Ld4p!Adm1n", "password"),
    ("git clone https://oauth2:glpat-Ab3Cd5Ef7Gh9Ij1Kl3Mn@gitlab.acme.io/team/repo.git",
     "glpat-Ab3Cd5Ef7Gh9Ij1Kl3Mn", "gitlab_token"),
    ("mot de passe : Soleil2024!", "Soleil2024!", "password"),
    ("PGPASSWORD=rs9Lq2Vx psql -h db", "rs9Lq2Vx", "password"),
    ("echo 'cG9zdGdyZXM6Ly9hcHA6UzNjcjN0UDRzc0BkYi5pbnRlcm5hbDo1NDMyL2FwcA==' | base64 -d",
     "cG9zdGdyZXM6Ly9hcHA6UzNjcjN0UDRzc0BkYi5pbnRlcm5hbDo1NDMyL2FwcA==", "connection_string"),
    ("SENDGRID=SG.abcdefghijklmnopqrstuv.ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopq",
     "SG.abcdefghijklmnopqrstuv.ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopq", "sendgrid_key"),
    ("Authorization: SSWS 00QCjAl4MlV-WPXM2vHOhXyHTxLUV3bY1w3qS7ZIX9", "00QCjAl4MlV-WPXM2vHOhXyHTxLUV3bY1w3qS7ZIX9",
     "okta_token"),
]

NEGATIVES = [
    "Set the token to <token> and the client id to YOUR_CLIENT_ID",
    "password: ${DB_PASSWORD}",
    "token: ${{ secrets.GITHUB_TOKEN }}",
    'password = os.environ["DB_PASSWORD"]',
    "export API_KEY=$(vault read -field=key secret/api)",
    "PASSWORD=$(vault read -field=password secret/db)",
    "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7vbqajDhA8jhB4hKq2c9z7 user@host",
    "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n"
    "-----END PUBLIC KEY-----",
    "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\n"
    "-----END CERTIFICATE-----",
    "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
    "commit 3f786850e387550fdab836ed7e6dc881de23001b fixed the token refresh",
    "image digest sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    "request id 123e4567-e89b-12d3-a456-426614174000",
    "The tokenizer splits text into tokens; max_tokens: 512",
    "Each token is mapped to an embedding; the token 'unbelievable' becomes three tokens.",
    "Your password must be at least 12 characters and include a symbol.",
    "A password reset link was sent to jdoe@example.com.",
    "password: <password>",
    "password: your-password-here",
    "api_key: REDACTED",
    "password: ********",
    "def login(username: str, password: str) -> bool:",
    "password = getpass.getpass()",
    "password = self.password",
    "token = tokenizer.encode(text)",
    "The password is incorrect.",
    "Password policy: minimum length 14",
    "secretName: my-tls-secret",
    "existingSecret: db-credentials",
    "next_page_token: CiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA4",
    "mongodb+srv://admin:<password>@cluster0.mongodb.net",
    "postgres://app:${DB_PASSWORD}@db:5432/app",
    "Use a password manager and enable MFA.",
    "password_hash = '$2b$12$KIXQ8sN4b6R7rLq7oE9vXe1QyH3rK9sY2mN0pL4tU6wV8xZ0aB2cD'",
    "git clone git@github.com:org/repo.git",
    "Open http://localhost:8080/admin",
    "The key to success is persistence; the primary key is user_id.",
    "deploy ALL=(ALL) NOPASSWD: /usr/bin/systemctl restart app.service",
    "Post to https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
    "Example: AKIAIOSFODNN7EXAMPLE is the access key id AWS uses in its docs.",
    "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "Authorization: Bearer <YOUR_TOKEN>",
    "Authorization: Bearer $TOKEN",
    "curl -u \"$USER:$PASS\" https://api",
    "docker login -u bob --password-stdin < token.txt",
    "kubectl create secret generic db --from-literal=password=$DB_PASS",
    "The research grant token award was 5000 dollars.",
    "Rotate the client secret every 90 days and store it in Key Vault.",
    "password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256",
    "The bearer token authentication scheme is described in RFC 6750.",
    'const [password, setPassword] = useState("");',
    "password, username = row",
    "max_password_length: 128",
    "hashed_password: 5f4dcc3b5aa765d61d8327deb882cf99",
    "Use `--password-file /run/secrets/db` instead of --password",
    "SECRET_KEY = get_random_secret_key()",
    "apiKey: process.env.API_KEY",
    "secret_access_key: !Ref SecretKeyParam",
    "Password: (see 1Password vault 'Infra')",
    "token_type: Bearer",
    "access_token_lifetime: 3600",
    "  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef: {name: db, key: password}",
    '{"name": "DB_PASSWORD", "value": "${DB_PASSWORD}"}',
    "password = ''",
    "token = None",
]


@pytest.fixture(scope="module")
def detector() -> CredentialDetector:
    return CredentialDetector()


@pytest.mark.parametrize(("text", "secret", "type_"), POSITIVES, ids=[p[2] + str(i) for i, p in enumerate(POSITIVES)])
def test_finds_secret_with_exact_span(detector: CredentialDetector, text: str, secret: str, type_: str) -> None:
    findings = detector.scan(Answer.of_text(text))
    spans = {text[f.span[0]:f.span[1]]: f for f in findings}
    assert secret in spans, [text[f.span[0]:f.span[1]] for f in findings]
    finding = spans[secret]
    assert finding.kind == "credential" and finding.where == "content" and finding.detector == "credentials"
    assert finding.details["type"] == type_
    assert finding.confidence >= 0.5
    assert secret not in finding.evidence  # evidence never carries the secret itself


@pytest.mark.parametrize("text", NEGATIVES)
def test_hard_negatives_have_no_finding(detector: CredentialDetector, text: str) -> None:
    assert detector.scan(Answer.of_text(text)) == []


def test_gateway_key_reports_key_id(detector: CredentialDetector) -> None:
    (finding,) = detector.scan(Answer.of_text(f"key: {GWK}"))
    assert finding.details == {"type": "gateway_key", "key_id": "0123456789ab"}
    assert finding.confidence >= 0.9


def _call_answer(name: str, arguments: dict | str) -> Answer:
    raw = arguments if isinstance(arguments, str) else json.dumps(arguments)
    return Answer((Choice(0, "", (ToolCall("c0", "noop", "{}"), ToolCall("c1", name, raw))),))


def test_tool_call_header_has_argument_path_and_raw_span(detector: CredentialDetector) -> None:
    answer = _call_answer("http_request", {"url": "https://api.acme.io", "headers": {
        "Authorization": "Basic YWRtaW46cGFzc3dvcmQxMjM="}})
    (finding,) = detector.scan(answer)
    raw = answer.choices[0].tool_calls[1].arguments
    assert finding.where == "tool_call" and finding.tool_call == 1 and finding.choice == 0
    assert finding.argument_path == "headers.Authorization"
    assert raw[finding.span[0]:finding.span[1]] == "YWRtaW46cGFzc3dvcmQxMjM="


def test_tool_call_password_key_flags_whole_value(detector: CredentialDetector) -> None:
    answer = _call_answer("create_db_user", {"user": "app", "db": {"password": "plainword"}})
    (finding,) = detector.scan(answer)
    raw = answer.choices[0].tool_calls[1].arguments
    assert finding.argument_path == "db.password" and finding.details["type"] == "password"
    assert raw[finding.span[0]:finding.span[1]] == "plainword"


def test_tool_call_span_survives_json_escapes(detector: CredentialDetector) -> None:
    answer = _call_answer("run_shell", {"cmd": "echo \"héllo\"\nexport TOKEN=ghp_16C7e42F292c6912E7710c838347Ae178B4a"})
    (finding,) = detector.scan(answer)
    raw = answer.choices[0].tool_calls[1].arguments
    assert raw[finding.span[0]:finding.span[1]] == "ghp_16C7e42F292c6912E7710c838347Ae178B4a"
    assert finding.argument_path == "cmd"


def test_tool_call_private_key_in_list(detector: CredentialDetector) -> None:
    answer = _call_answer("write_files", {"files": [{"path": "a"}, {"path": "id_rsa", "content": PEM}]})
    (finding,) = detector.scan(answer)
    raw = answer.choices[0].tool_calls[1].arguments
    assert finding.argument_path == "files[1].content"
    assert json.loads('"' + raw[finding.span[0]:finding.span[1]] + '"') == PEM


def test_secret_tool_generic_value_key(detector: CredentialDetector) -> None:
    answer = _call_answer("set_secret", {"name": "db", "value": "Zq8!vR2#tL"})
    (finding,) = detector.scan(answer)
    assert finding.argument_path == "value"


def test_tool_call_placeholder_arguments_are_clean(detector: CredentialDetector) -> None:
    answer = _call_answer("http_request", {"headers": {"Authorization": "Bearer ${API_TOKEN}"},
                                           "password": "<password>", "api_key": "YOUR_API_KEY"})
    assert detector.scan(answer) == []


def test_invalid_json_arguments_scanned_raw(detector: CredentialDetector) -> None:
    raw = "password=Xk9#mP2q&user=bob"
    answer = Answer((Choice(0, "", (ToolCall("c0", "login", raw),)),))
    (finding,) = detector.scan(answer)
    assert finding.argument_path is None and raw[finding.span[0]:finding.span[1]] == "Xk9#mP2q"


def test_every_choice_is_scanned(detector: CredentialDetector) -> None:
    answer = Answer((Choice(0, "nothing here"), Choice(1, "PASSWORD: hunter2")))
    (finding,) = detector.scan(answer)
    assert finding.choice == 1


def test_overlapping_rules_report_one_finding(detector: CredentialDetector) -> None:
    text = f"token: {JWT}"
    findings = detector.scan(Answer.of_text(text))
    assert [f.details["type"] for f in findings] == ["jwt"]


def test_scan_text_marks_prompt(detector: CredentialDetector) -> None:
    (finding,) = detector.scan_text("my db password is Xk9#mP2q, please fix the query")
    assert finding.where == "prompt" and finding.span == (18, 26)


def test_min_confidence_option_filters_contextual_hits() -> None:
    text = "Here is the new API key for the integration:\n\n    8d9f2c1a7b3e4f5a6c7d8e9f0a1b2c3dx7Q"
    assert CredentialDetector().scan(Answer.of_text(text))
    assert CredentialDetector({"min_confidence": 0.8}).scan(Answer.of_text(text)) == []


def test_long_answer_with_one_secret_in_the_middle(detector: CredentialDetector) -> None:
    filler = "The group membership review is scheduled for next week. " * 300
    text = filler + "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8Lk2Pw9x\n" + filler
    (finding,) = detector.scan(Answer.of_text(text))
    assert text[finding.span[0]:finding.span[1]] == "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8Lk2Pw9x"


def test_pathological_input_stays_linear(detector: CredentialDetector) -> None:
    for text in ("password " * 2000, "a" * 40000, "-----BEGIN RSA PRIVATE KEY-----" + "A" * 30000, "=" * 30000,
                 "eyJ" + "a" * 30000 + ".", "://" * 10000, ("x:y@" * 5000)):
        detector.scan(Answer.of_text(text))  # completes; a catastrophic regex would hang here


@pytest.mark.parametrize("text, secret", [
    ("Pour le compte, le mot de passe est « Falaise*Bleue*58 ». Pense au coffre.", "Falaise*Bleue*58"),
    ("Das Passwort lautet „Sommer#2024Wind“ – bitte ändern.", "Sommer#2024Wind"),
    ("The password is “Harbour!Lamp7” for now.", "Harbour!Lamp7"),
    ("He says his current password is\nRidgeback-77-lantern and that it worked.", "Ridgeback-77-lantern"),
    ("login erpadmin / password Gr4nite&Otter!", "Gr4nite&Otter!"),
    ("ldapsearch -H ldaps://dc01 -D \"cn=svc,dc=corp\" \\\n  -w 'Tr1dent#Harbor' -b dc=corp", "Tr1dent#Harbor"),
    ("mysql -h db01 -u app \\\n  -p'q9Wm!rT4zX2p' ledger", "q9Wm!rT4zX2p"),
])
def test_typographic_quotes_wrapped_lines_and_spaced_passwords(detector: CredentialDetector, text: str,
                                                                 secret: str) -> None:
    assert [text[h.start:h.end] for h in detector.hits(text)] == [secret]


@pytest.mark.parametrize("text", [
    "Use a password manager; the password SHA256 hash is stored, never the password itself.",
    "Set the password Policy123 in the GPO editor",  # two classes only: a name, not a password
    "db_url = f\"postgresql://app:{os.environ['DB_PASSWORD']}@db:5432/app\"",
    "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
])
def test_spaced_words_mismatched_quotes_and_documented_examples_are_clean(detector: CredentialDetector,
                                                                          text: str) -> None:
    assert detector.hits(text) == []
