"""Writes to REST APIs no endpoint table knows, judged by the shape of their path and body."""

from __future__ import annotations

import pytest

from gateway.inspection.directory import classify_endpoint
from gateway.inspection.rest_generic import generic_endpoint


@pytest.mark.parametrize(("method", "url", "body", "expected"), [
    ("POST", "https://gitlab.example/api/v4/projects/912/members", "", ("access_change", "grant")),
    ("DELETE", "/api/v4/groups/77/members/4187", "", ("access_change", "revoke")),
    ("POST", "/PasswordVault/API/Safes/Payments/Members", "", ("access_change", "grant")),
    ("POST", "/PasswordVault/API/Accounts/47_118/Change", "{}", ("lifecycle", "reset")),
    ("POST", "/api/v1/apps/0oa4x7Qp2Lk9Rz1Wm6s/credentials/secrets", "{}", ("lifecycle", "reset")),
    ("PATCH", "/api/v2/users/auth0|64f1c2a9", '{"blocked": true}', ("lifecycle", "disable")),
    ("POST", "/api/2.0/preview/scim/v2/ServicePrincipals", '{"displayName": "sp"}', ("lifecycle", "create")),
    ("DELETE", "/api/v3/accounts/u-1234", "", ("lifecycle", "delete")),
    ("PUT", "/hr/v2/workers/88213", '{"reportsTo": "E. Okeke"}', ("attestation", "modify")),
    ("PATCH", "/repos/acme/ledger/hooks/482913077", '{"config": {"secret": "x"}}', ("lifecycle", "reset")),
    ("POST", "/api/v4/personal_access_tokens/8812/rotate", "", ("lifecycle", "reset")),
    ("PUT", "/client/v4/accounts/9f3e/access/apps/e1d2/policies/7a8b", '{"decision": "allow"}',
     ("access_change", "grant")),
    ("PUT", "https://acme.onelogin.com/api/2/roles/418223/users", "[58812047]", ("access_change", "grant")),
    ("POST", "/api/v1/courses/88412/enrollments", "", ("access_change", "grant")),
    ("POST", "/rest/api/3/project/PAYROLL/role/10002", '{"user": ["5f3c"]}', ("access_change", "grant")),
])
def test_identity_writes_by_shape(method: str, url: str, body: str, expected: tuple[str, str]) -> None:
    assert generic_endpoint(method, url, body) == expected


@pytest.mark.parametrize(("method", "url", "body"), [
    ("GET", "https://gitlab.example/api/v4/projects/912/members", ""),
    ("POST", "/api/v1/orders", '{"sku": "A-1"}'),
    ("DELETE", "/cache/items/session-report", ""),
    ("POST", "/api/v1/users/search", '{"q": "ana"}'),
    ("DELETE", "/api/v1/users", ""),
    ("PUT", "/api/v1/dashboards/12", '{"title": "Ops"}'),
    ("PUT", "/s3/buckets/logs/lifecycle/rules/expire-30d", '{"days": 30}'),
])
def test_reads_and_unrelated_writes_are_not_changes(method: str, url: str, body: str) -> None:
    assert generic_endpoint(method, url, body) is None


def test_known_endpoints_win_over_the_generic_shape() -> None:
    assert classify_endpoint("POST", "https://graph.microsoft.com/v1.0/invitations", "{}") == ("lifecycle", "create")
    assert classify_endpoint("PUT", "/admin/directory/v1/users/k@x.example", '{"primaryEmail": "k2@x.example"}') \
        == ("attestation", "modify")
