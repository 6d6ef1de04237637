"""Identity changes made from code through SDKs: CDK grant helpers and identity constructs, AWS SDK
write calls on IAM / Cognito clients, Microsoft Graph SDK chains, Pulumi resources named as their
Terraform types, a user switched off through an SDK, cloud-init accounts, SQL with interpolated role
names, GitLab deploy access levels and RPC-style tool endpoints; with read-only look-alikes."""

from __future__ import annotations

import json

import pytest
from probes import engine_kinds

from gateway.inspection.engine import build_engine
from gateway.inspection.structured import scan_structured
from gateway.types import Answer, Choice, ToolCall

ENGINE = build_engine()


def kinds(text: str) -> set[str]:
    return {hit.kind for hit in scan_structured(text) if hit.confidence >= 0.5}


@pytest.mark.parametrize(("text", "kind"), [
    # CDK grant helpers in each language
    ("queue.grantSendMessages(workerFn);", "access_change"),
    ("artifacts.grant_read(self.build_role)", "access_change"),
    ("secret.GrantRead(taskRole, nil)", "access_change"),
    ("key.GrantEncryptDecrypt(props.Service);", "access_change"),
    ("repo.grantPullPush(ciUser);", "access_change"),
    ("role.addToPolicy(new iam.PolicyStatement({ actions: ['sqs:*'], resources: ['*'] }));", "access_change"),
    ("fn.add_to_role_policy(iam.PolicyStatement(actions=['ses:SendEmail'], resources=['*']))", "access_change"),
    # CDK identity constructs
    ("const svc = new iam.User(this, 'ReportsBot');", "lifecycle"),
    ("key = iam.AccessKey(self, 'BotKey', user=bot)", "lifecycle"),
    ('User deployer = User.Builder.create(this, "Deployer").build();', "lifecycle"),
    # AWS SDK writes on identity clients
    ('iam.attach_role_policy(RoleName="etl", PolicyArn=arn)', "access_change"),
    ('idp.admin_disable_user(UserPoolId=pool, Username="m.okafor")', "lifecycle"),
    ('client = boto3.client("iam")\nclient.create_access_key(UserName="ci-bot")', "lifecycle"),
    ("await iam.send(new AddUserToGroupCommand({ GroupName: 'ops', UserName: 'dee' }));", "access_change"),
    ("cfg, _ := config.LoadDefaultConfig(ctx)\nsvc := iam.NewFromConfig(cfg)\n"
     "svc.DeleteLoginProfile(ctx, &iam.DeleteLoginProfileInput{UserName: aws.String(name)})", "lifecycle"),
    # Microsoft Graph SDK chains
    ("await graphClient.Groups[groupId].Members.Ref.PostAsync(body);", "access_change"),
    ("await client.groups.by_group_id(gid).members.by_directory_object_id(uid).ref.delete()", "access_change"),
    ("graphClient.servicePrincipals().byServicePrincipalId(id).appRoleAssignedTo().post(assignment);",
     "access_change"),
    ("await graphClient.Users[userId].DeleteAsync();", "lifecycle"),
    # Pulumi resources named like Terraform types
    ('const pw = new azuread.ServicePrincipalPassword("ci", { servicePrincipalId: sp.id });', "lifecycle"),
    ('member = gcp.projects.IAMMember("viewer", project=p, role="roles/viewer", member=m)', "access_change"),
    ('new github.TeamMembership("alice", { teamId: t.id, username: "alice" });', "access_change"),
    # a user switched off through an SDK
    ("user.update_info(data={'status': 'inactive'})", "lifecycle"),
    ("okta_user.update(profile, active=False)", "lifecycle"),
    # Kubernetes clients, cloud SDKs and the Google Admin SDK
    ("rbac.create_namespaced_role_binding(namespace='ci', body=binding)", "access_change"),
    ("await core.createNamespacedServiceAccount({ namespace: 'ci', body: sa });", "lifecycle"),
    ("client.set_iam_policy(request={'resource': topic, 'policy': policy})", "access_change"),
    ("auth_client.role_assignments.create(scope, str(uuid4()), params)", "access_change"),
    ("service.members().insert(groupKey='eng@example.com', body={'email': who}).execute()", "access_change"),
    ("service.users().update(userKey='a.lee@example.com', body={'suspended': True}).execute()", "lifecycle"),
    # cloud-init user data
    ("#cloud-config\nusers:\n  - name: ops-break-glass\n    sudo: ALL=(ALL) NOPASSWD:ALL\n", "lifecycle"),
    ("#cloud-config\nssh_authorized_keys:\n  - ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 ops@bh\n", "access_change"),
    # SQL whose role names the code fills in
    ('cur.execute(f\'CREATE ROLE "{name}" LOGIN PASSWORD %s IN ROLE "{group}"\', (pw,))', "access_change"),
    ("conn.execute(f'DROP USER IF EXISTS {login};')", "lifecycle"),
])
def test_sdk_changes_are_found(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize("text", [
    # reads through the same SDKs
    "for page in iam.get_paginator('list_users').paginate():\n    print(page['Users'])",
    "iam.get_access_key_last_used(AccessKeyId=k)",
    "iam.simulate_principal_policy(PolicySourceArn=arn, ActionNames=['s3:GetObject'])",
    "resp = await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: 'etl' }));",
    "members = await graphClient.Groups[groupId].Members.GetAsync();",
    "const who = await azuread.getUser({ userPrincipalName: upn });",
    "const doc = aws.iam.getPolicyDocument({ statements: [] });",
    "roles = rbac.list_namespaced_role_binding(namespace='ci')",
    "policy = client.get_iam_policy(request={'resource': topic})",
    "for a in auth_client.role_assignments.list_for_scope(scope): print(a.principal_id)",
    "service.users().list(customer='my_customer', maxResults=10).execute()",
    "service.members().list(groupKey='eng@example.com').execute()",
    # app code of a web service, not an identity client
    "user = User.objects.create_user(username='demo', email='demo@example.com')",
    "await userService.deleteUser(req.params.id);",
    # grant-like calls that name no principal, or other libraries
    "flow.grant()",
    'oauth.grant("authorization_code")',
    "print(award.grant_amount)",
    # a status on something that is not an account, and cloud-init without users
    "ticket.update(status='inactive')",
    "#cloud-config\npackages:\n  - nginx\nruncmd:\n  - systemctl enable nginx\n",
])
def test_reads_and_lookalikes_stay_quiet(text: str) -> None:
    found = kinds(text)
    assert not found & {"access_change", "lifecycle"}, found


def tool_kinds(name: str, arguments: dict) -> set[str]:
    answer = Answer((Choice(0, "", (ToolCall("call_0", name, json.dumps(arguments)),)),))
    return {f.kind for f in ENGINE.scan(answer, cost=None) if f.confidence >= 0.5}


def test_rpc_endpoint_suspending_a_member_is_lifecycle() -> None:
    for endpoint in ("team/members/suspend", "team/members/deactivate"):
        assert "lifecycle" in tool_kinds("team_api", {"endpoint": endpoint, "args": {"user": "x@example.com"}})


def test_rpc_endpoint_listing_members_is_quiet() -> None:
    found = tool_kinds("team_api", {"endpoint": "team/members/list", "args": {"limit": 100}})
    assert not found & {"access_change", "lifecycle"}, found


def test_gitlab_deploy_access_levels_are_access() -> None:
    text = ("curl -X POST -H \"PRIVATE-TOKEN: $T\" --data '{\"name\":\"prod\",\"deploy_access_levels\":"
            "[{\"user_id\":42}]}' https://gitlab.example.com/api/v4/projects/7/protected_environments")
    assert "access_change" in kinds(text)


def test_gitlab_protected_environments_read_is_quiet() -> None:
    text = 'curl -H "PRIVATE-TOKEN: $T" https://gitlab.example.com/api/v4/projects/7/protected_environments'
    assert not kinds(text) & {"access_change", "lifecycle"}


def detector_kinds(text: str, detector: str) -> set[str]:
    return engine_kinds(ENGINE, text, detector)


def test_policy_unit_tests_are_not_read_as_grants() -> None:
    from gateway.inspection.code_tests import only_tests

    rego = ("Tests for the policy:\n\n```rego\npackage deploy.authz_test\n\ntest_admin_may_deploy if {\n"
            "    authz.allow with input as {\"user\": {\"roles\": [\"admin\"]}}\n}\n```\n")
    pytest_block = "```python\ndef test_grant_denied(client):\n    assert client.post('/grant').status_code == 403\n```"
    assert only_tests(rego) and only_tests(pytest_block)
    # one block that is not a test (a real policy, a command) keeps the answer's read
    assert not only_tests(rego + "\n```bash\nopa run --server policy.rego\n```\n")
    assert not only_tests("No code here, just grant the admins role to bob.")


def test_psql_role_listing_is_no_directive() -> None:
    text = ("Here is `\\du` for the instance:\n\n```\n                 List of roles\n Role name | Attributes\n"
            "-----------+-----------------------------------\n etl_owner | Create role, Create DB\n"
            " readonly  | Cannot login\n```\n\nThe listing only reads the catalogue.")
    assert not detector_kinds(text, "prose") & {"access_change", "lifecycle"}


def test_markdown_table_step_still_counts() -> None:
    text = "| Step | Action |\n|---|---|\n| 1 | Grant the `billing-admins` role to j.ortega@example.com |\n"
    assert "access_change" in detector_kinds(text, "prose") | detector_kinds(text, "structured")


def test_grant_syntax_with_slots_names_nobody() -> None:
    text = ("The statement has this shape:\n\n```\nGRANT <privilege> ON <table> TO <role>;\n"
            "REVOKE <privilege> ON <table> FROM <role>;\n```\n\nPick the privilege your ticket asks for.")
    assert not detector_kinds(text, "prose") & {"access_change"}


def test_grant_to_a_named_role_still_counts() -> None:
    text = "Run this on the warehouse:\n\n```sql\nGRANT SELECT ON analytics.orders TO finance_ro;\n```"
    assert "access_change" in detector_kinds(text, "structured")


@pytest.mark.parametrize("text", [
    "The RoleBinding `deployer` already references the role; just point its subject at the new service account.",
    "For the role assignment on the vault, switch its principal to the managed identity `mi-billing-prod`.",
])
def test_repointing_a_binding_is_access(text: str) -> None:
    assert "access_change" in detector_kinds(text, "prose")


@pytest.mark.parametrize("text", [
    "Before sending the reminder, change the subject to 'Quarterly access review due Friday'.",
    "The RoleBinding's subject points at the `ci-deployer` service account, which is what the audit expected.",
])
def test_subject_lookalikes_stay_quiet(text: str) -> None:
    assert "access_change" not in detector_kinds(text, "prose")
