"""Session 17: identity steps of blind rounds 125-127 found by mechanism (EKS access mappings, workload identity,
Crossplane IAM, `dsacls`, inline Chef users, Google `acl.insert`, app unassignment, MFA bypass codes; JFrog,
Bitbucket and PagerDuty secrets, a session's auth pair, a password typed or named again, a REST key; a health fact
about a person named by first name), each beside a harmless look-alike."""

from __future__ import annotations

import pytest
from probes import call_kinds, engine_kinds, entities, kinds, secrets

from gateway.inspection.credentials import CredentialDetector
from gateway.inspection.directory import classify_endpoint
from gateway.inspection.engine import build_engine
from gateway.inspection.pii import PiiDetector
from gateway.inspection.tool_names import judge_name

FULL = build_engine()
CREDENTIALS = CredentialDetector()
PII = PiiDetector()
JFROG = "AKCp8X24ZRCd86wLF9uDxvFFaB6myxooK9X9fbDovPzz9lbzA2Xpzhv5m44JnrgjMiSCizqLO"

AWS_AUTH = """```yaml
mapRoles: |
  - rolearn: arn:aws:iam::302118774530:role/github-actions-deployer
    username: gha-deployer
    groups:
      - system:masters
```"""


@pytest.mark.parametrize("text, expected", [
    (AWS_AUTH, ("access_change", "grant")),
    ("eksctl create iamidentitymapping --cluster prod --arn arn:aws:iam::1234:role/ci --group viewers",
     ("access_change", "grant")),
    ("eksctl delete iamidentitymapping --cluster prod --arn arn:aws:iam::1234:role/ci", ("access_change", "revoke")),
    ("aws eks associate-access-policy --cluster-name prod --principal-arn arn:aws:iam::1234:role/dev "
     "--policy-arn arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy", ("access_change", "grant")),
    ("serviceAccount:\n  annotations:\n    eks.amazonaws.com/role-arn: arn:aws:iam::712004339021:role/external-dns\n",
     ("access_change", "grant")),
    ("apiVersion: cloudplatform.gcp.upbound.io/v1beta1\nkind: ServiceAccountKey\nmetadata:\n  name: shipper-key\n",
     ("lifecycle", "create")),
    ("apiVersion: iam.cnrm.cloud.google.com/v1beta1\nkind: IAMPolicyMember\nmetadata:\n  name: bq-viewer\n",
     ("access_change", "grant")),
    ('dsacls "OU=Finance,DC=corp,DC=example" /I:S /G "CORP\\GG-ServiceDesk-L1:CA;Reset Password;user"',
     ("access_change", "grant")),
    ("In the recipe: `user 'jnovak' do action :lock end`, that locks it.", ("lifecycle", "disable")),
    ("fnd_user_pkg.delresp(username => 'JPARK', resp_app => 'SQLAP', resp_key => 'PAYABLES_MANAGER');",
     ("access_change", "revoke")),
    ("fnd_user_pkg.addresp(username => 'JPARK', resp_app => 'SQLAP', resp_key => 'AP_CLERK');",
     ("access_change", "grant")),
    ('op service-account create "gha-release" --expires-in 90d --vault "Release Signing:read_items"',
     ("access_change", "grant")),
    ("- Send web request: `POST https://api.atlassian.com/users/{{accountId}}/manage/lifecycle/disable`",
     ("lifecycle", "disable")),
])
def test_identity_objects_of_config_tools(text: str, expected: tuple[str, str]) -> None:
    assert expected in kinds(text)


@pytest.mark.parametrize("text", [
    "The mapRoles section of aws-auth lists the node roles.",
    "apiVersion: ec2.aws.upbound.io/v1beta1\nkind: VPC\nmetadata:\n  name: main\n",
    "Chef's `user 'x' do` block syntax is documented in the resource reference.",
    "serviceAccount:\n  create: false\n  name: default\n",
    "POST https://api.example.com/projects/p-123/manage/lifecycle/archive",
])
def test_config_look_alikes(text: str) -> None:
    assert kinds(text) == set()


def test_tool_names_of_google_acls_and_app_assignments() -> None:
    assert "access_change" in call_kinds("google_calendar_acl_insert", {
        "calendarId": "cfo@northwind.io", "body": {"role": "writer", "scope": {"type": "user", "value": "j@x.io"}}})
    assert "access_change" in call_kinds("okta_unassign_user_from_application", {"appId": "0oa4", "userId": "00u8"})
    assert "access_change" not in call_kinds("create_application", {"name": "expense-portal"})
    assert "lifecycle" in call_kinds("duo_admin_api", {"method": "POST", "path": "/admin/v1/users/DU3R/bypass_codes",
                                                       "params": {"count": 1}})


@pytest.mark.parametrize("text, secret", [
    (f'curl -H "X-JFrog-Art-Api: {JFROG}" https://acme.jfrog.io/artifactory/x', JFROG),
    ('new UsernamePasswordCredentialsImpl(GLOBAL, "bb", "Bitbucket", "ci", "ATBBnSdJPG4lIpGQ2O0afwMMbf516ItP")',
     "ATBBnSdJPG4lIpGQ2O0afwMMbf516ItP"),
    ("Endpoint: https://events.pagerduty.com/integration/8fb3650674d5cbd86d24ba7a6dbceac8/enqueue",
     "https://events.pagerduty.com/integration/8fb3650674d5cbd86d24ba7a6dbceac8/enqueue"),
    ('s = requests.Session()\ns.auth = ("grc.integration", "anzC63kjMT#1")', "anzC63kjMT#1"),
    ("He's typing `Kenji.Facilities2023` as the password and it says account not found.", "Kenji.Facilities2023"),
    ("I reset the password on `svc-sync`. New value, in case you need it on the DR site:\n\n`Svc-eq44FsM4gJNOM39!`",
     "Svc-eq44FsM4gJNOM39!"),
    ("Use the shared REST key u+oHWb-97hm2Dj9J5bry (read/write).", "u+oHWb-97hm2Dj9J5bry"),
])
def test_secrets_found(text: str, secret: str) -> None:
    assert secret in secrets(CREDENTIALS, text)


@pytest.mark.parametrize("text", [
    "Set `MIN_LENGTH=12` for the password policy.",
    "Use `config.yaml` as the password file.",
    "For the rest, key rotation is automatic.",
    "https://events.pagerduty.com/integration/<integration_key>/enqueue",
])
def test_secret_look_alikes(text: str) -> None:
    assert secrets(CREDENTIALS, text) == []


def test_health_fact_about_a_person_named_by_first_name() -> None:
    assert "HEALTH_INFO" in entities(PII, "FYI Nadia will be out until mid-January; she's having surgery on the 3rd.")
    assert "HEALTH_INFO" in entities(PII, "User (Priyanka S., support manager) is pregnant, due in March.")
    assert "HEALTH_INFO" not in entities(PII, "Surgery scheduling is handled by the clinic's front desk.")


@pytest.mark.parametrize("text", [
    "Add Parliament to CI so IAM policy JSON in the repo gets linted on every PR.",
    "The login errors were caused by an outage. No accounts or passwords were affected, and nothing needs to be "
    "changed on your side.",
])
def test_prose_look_alikes(text: str) -> None:
    assert engine_kinds(FULL, text) & {"access_change", "lifecycle"} == set()


def test_a_work_items_dates_are_no_hr_attribute() -> None:
    change = {"table": "change_request", "fields": {"type": "normal", "start_date": "2024-11-23 22:00:00",
                                                    "end_date": "2024-11-24 02:00:00"}}
    assert call_kinds("servicenow_create_record", change) == set()
    assert "attestation" in call_kinds("servicenow_update_record", {"table": "sys_user",
                                                                    "fields": {"end_date": "2024-11-30"}})


@pytest.mark.parametrize("name, expected", [
    ("join_team", ("access_change", "grant")),
    ("deny_access", ("access_change", "revoke")),
    ("transfer_repo_ownership", ("access_change", "modify")),
    ("grant_consent", ("access_change", "grant")),
    ("add_delegate", ("access_change", "grant")),
    ("make_admin", ("access_change", "grant")),
    ("add_maintainer", ("access_change", "grant")),
    ("elevate_user", ("access_change", "grant")),
    ("revoke_pat", ("lifecycle", "disable")),
    ("add_gpg_key", ("lifecycle", "create")),
    ("deactivate_mfa_device", ("lifecycle", "disable")),
])
def test_tool_names_that_change_identity(name: str, expected: tuple[str, str]) -> None:
    assert judge_name(name) == expected


@pytest.mark.parametrize("name", ["join_meeting", "make_payment", "transfer_funds", "allow_cookies", "link_issue",
                                  "transfer_ticket_ownership", "promote_release", "deny_request", "kill_process"])
def test_tool_names_that_leave_it_to_the_arguments(name: str) -> None:
    assert judge_name(name) is None


def test_rest_actions_on_named_access_and_second_factors() -> None:
    assert classify_endpoint("POST", "https://api.atlassian.com/admin/v1/orgs/o/users/u/roles/assign", "") == (
        "access_change", "grant")
    assert classify_endpoint("DELETE", "https://dev-1.auth0.com/api/v2/users/u/authenticators", "") == (
        "lifecycle", "delete")
    assert classify_endpoint("POST", "https://api.example.com/v1/playlists/p/songs/add", "") is None


@pytest.mark.parametrize("text, expected", [
    ("!offboard deactivate @jlo --keep-messages", {("lifecycle", "disable")}),
    ("/okta reset mfa @bob", {("lifecycle", "reset")}),
    ("/access grant @bob prod-db", {("access_change", "grant")}),
    ("/remind @bob reset the server tomorrow", set()),
    ("/giphy reset @team", set()),
    ("!deploy @prod", set()),
])
def test_chat_ops_commands(text: str, expected: set) -> None:
    assert kinds(text) == expected


def test_a_webhook_secret_set_through_gh_api_fields() -> None:
    rotate = 'gh api -X PATCH repos/finco/ledger/hooks/447120931/config -f secret="$NEW_SECRET" -f content_type=json'
    assert ("lifecycle", "reset") in kinds(rotate)
    assert kinds("gh api -X PATCH repos/finco/ledger/hooks/447120931/config -f content_type=json") == set()
