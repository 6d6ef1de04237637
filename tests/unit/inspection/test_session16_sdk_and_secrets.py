"""Session 16: LDAP client libraries' directory changes, PyGithub deploy keys, Kubernetes TokenRequests, REST calls
on a base URL's variable and token revocation endpoints, the access that ending sessions takes away, reviewer
verdict labels, and secrets in shapes of their own (BitLocker recovery passwords, static key blocks, reset links, a
vendor's hex key right after its name, PowerShell's UTF-16 encoded commands). Each beside a harmless look-alike."""

from __future__ import annotations

from probes import answer_kinds, call_kinds, kinds, secrets

from gateway.inspection.credentials import CredentialDetector
from gateway.inspection.engine import build_engine
from gateway.types import Answer, Choice, ToolCall

CREDENTIALS = CredentialDetector()
FULL = build_engine()


def test_ldap_client_changes():
    assert ("access_change", "grant") in kinds(
        'conn.modify("cn=admins,ou=groups,dc=acme,dc=io", {"member": [(MODIFY_ADD, ["uid=tb,ou=people"])]})')
    assert ("access_change", "revoke") in kinds('l.modify_s(dn, [(ldap.MOD_DELETE, "memberUid", [b"tb"])])')
    assert ("lifecycle", "reset") in kinds('conn.modify(dn, {"lockoutTime": [(MODIFY_REPLACE, ["0"])]})')
    assert ("lifecycle", "create") in kinds(
        'conn.add("uid=lb,ou=people,dc=acme,dc=io", ["inetOrgPerson", "posixAccount"], {"cn": "L B"})')
    assert ("access_change", "grant") in kinds("conn.extend.microsoft.add_members_to_groups(user_dn, group_dn)")
    assert kinds('conn.search("ou=groups,dc=acme,dc=io", "(member=uid=tb,ou=people)", attributes=["cn"])') == set()
    assert kinds('conn.modify(dn, {"description": [(MODIFY_REPLACE, ["Print team"])]})') == set()


def test_deploy_key_and_token_request_sdks():
    found = kinds('key = repo.create_key(\n    title="argocd-prod",\n    key=pub,\n    read_only=True,\n)')
    assert {("access_change", "grant"), ("lifecycle", "create")} <= found
    assert kinds('kms.create_key(Description="backups", KeyUsage="ENCRYPT_DECRYPT")') == set()
    assert ("lifecycle", "create") in kinds('tr, err := cs.CoreV1().ServiceAccounts("obs").CreateToken(ctx, "agent", '
                                            "req, metav1.CreateOptions{})")


def test_rest_calls_on_a_base_url_variable_and_revocations():
    assert ("lifecycle", "reset") in kinds(
        'curl -X POST -H "PRIVATE-TOKEN: $T" "$CI_API_V4_URL/projects/42/access_tokens/7/rotate"')
    assert kinds('curl -s "$CI_API_V4_URL/projects/42/access_tokens" -H "PRIVATE-TOKEN: $T"') == set()
    assert "lifecycle" in call_kinds("http_request", {
        "method": "POST", "url": "https://vssps.dev.azure.com/acme/_apis/tokenadmin/revocations?api-version=7.1",
        "body": [{"authorizationId": "c44be88e"}]})
    assert call_kinds("http_request", {"method": "POST", "url": "https://api.acme.io/v1/orders/42/revoke"}) == set()


def test_ending_sessions_also_takes_access_away():
    answer = Answer((Choice(0, "Done.", (ToolCall("c1", "http_request", '{"method": "POST", "url": '
                                          '"https://graph.microsoft.com/v1.0/users/jb@acme.io/revokeSignInSessions"}'),)),))
    assert {f.kind for f in FULL.scan(answer) if f.confidence >= 0.5} >= {"lifecycle", "access_change"}
    disabled = Answer((Choice(0, "Done.", (ToolCall("c1", "okta_api", '{"method": "POST", "path": '
                                           '"/api/v1/users/00u1/lifecycle/deactivate"}'),)),))
    assert "access_change" not in {f.kind for f in FULL.scan(disabled) if f.confidence >= 0.5}


def test_reviewer_verdict_labels():
    assert "attestation" in answer_kinds(FULL, "Reviewer comment: Keep. Alice still runs the monthly close and "
                                               "needs GL posting rights.")
    assert answer_kinds(FULL, "Reviewer note: keep the test suite as is, it covers the edge cases.") == set()


def test_secrets_in_shapes_of_their_own():
    assert secrets(CREDENTIALS, "Enter this BitLocker recovery key:\n`181643-539847-971300-478269-934197-396979-"
                                "134167-400389`") == ["181643-539847-971300-478269-934197-396979-134167-400389"]
    assert secrets(CREDENTIALS, "Invoice 181643-539847 was paid on 2024-05-01.") == []
    block = ("<tls-auth>\n-----BEGIN OpenVPN Static key V1-----\n" + "81ca6e3b6098392e74210636de7b9112\n" * 4
             + "-----END OpenVPN Static key V1-----\n</tls-auth>")
    assert len(secrets(CREDENTIALS, block)) == 1
    assert secrets(CREDENTIALS, "Use this link within the hour: https://acme.okta.com/reset_password/"
                                "drpyeg3Ha8eFWmVdZaalNw7tQG5?fromURI=%2Fapp") == ["drpyeg3Ha8eFWmVdZaalNw7tQG5"]
    assert secrets(CREDENTIALS, "Send users to https://acme.okta.com/reset_password to start a reset.") == []
    assert secrets(CREDENTIALS, "Use integration key `aa94449e203a1319560ee241bfe819be` in the outbound message.") \
        == ["aa94449e203a1319560ee241bfe819be"]
    assert secrets(CREDENTIALS, "The API key was rotated in commit 4f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39.") == []
    assert secrets(CREDENTIALS, "Freshservice API key used by the sync job is IzN5V160P29c97vDQXyN, it was "
                                "committed by mistake.") == ["IzN5V160P29c97vDQXyN"]


def test_powershell_encoded_command_is_read_as_utf16():
    encoded = ("UwBlAHQALQBMAG8AYwBhAGwAVQBzAGUAcgAgAC0ATgBhAG0AZQAgACIAawBpAG8AcwBrACIAIAAtAFAAYQBzAHMAdwBvAHIAZAAg"
               "ACgAQwBvAG4AdgBlAHIAdABUAG8ALQBTAGUAYwB1AHIAZQBTAHQAcgBpAG4AZwAgACIATQBhAHAAbABlAC0AbQBlAGEAZABvAHcANwAwACEA"
               "IgAgAC0AQQBzAFAAbABhAGkAbgBUAGUAeAB0ACAALQBGAG8AcgBjAGUAKQA=")
    assert {"lifecycle", "credential"} <= answer_kinds(FULL, f"```\npowershell -enc {encoded}\n```")


def test_user_model_switched_off_through_its_handle():
    command = ("python manage.py shell -c \"from django.contrib.auth import get_user_model; U=get_user_model(); "
               "u=U.objects.get(username='ops-bot'); u.set_unusable_password(); u.is_active=False; u.save()\"")
    assert ("lifecycle", "disable") in kinds(command)
    assert ("lifecycle", "disable") in kinds("u = User.objects.get(username='ops-bot')\nu.is_active = False\nu.save()")
    assert kinds("o = Order.objects.get(pk=4); o.active = False; o.save()") == set()


def test_box_folder_shared():
    assert ("access_change", "grant") in kinds("folder.collaborate_with_group_id('9912874', 'viewer')")
    assert kinds("team.collaborate(ideas)") == set()


def test_random_letters_after_a_password_label():
    assert secrets(CREDENTIALS, "- Initial password: udDYDJjlIuZlkYGHWm") == ["udDYDJjlIuZlkYGHWm"]
    assert secrets(CREDENTIALS, "The password = getPasswordFromVault") == []


def test_secret_split_into_literals_named_by_its_variable():
    assert len(secrets(CREDENTIALS, 'DD_API_KEY = (\n    "6f64cd8340b6"\n    "5640bcc21775"\n    "43dec0b7"\n)')) == 1
    assert len(secrets(CREDENTIALS, 'DD_APP_KEY = "".join(["3cf0b14d1708", "d6033ebadb9e", "4bd29163"])')) == 1
    assert secrets(CREDENTIALS, 'GREETING = (\n  "Hello there, "\n  "welcome aboard"\n)') == []
    assert secrets(CREDENTIALS, 'CACHE_KEY = "".join(["user", ":", "profile"])') == []


def test_a_switch_that_makes_accounts():
    assert ("lifecycle", "create") in kinds("Then run `Invoke-GradProvisioning -Csv .\\grads.csv -CreateAccounts`.")
    assert ("lifecycle", "disable") in kinds("python offboard.py --source leavers.csv --disable-users")
    assert kinds("python sync.py --source hr.csv --create-users --dry-run") == set()
    assert kinds("The --create-users flag makes the script create missing users.") == set()
