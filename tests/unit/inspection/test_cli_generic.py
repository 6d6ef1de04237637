"""Command-line tools no rule table knows, judged by their subcommands like a tool's name."""

from __future__ import annotations

import pytest

from gateway.inspection.structured import scan_structured


@pytest.mark.parametrize(("command", "kind"), [
    ("az devops security group membership add --group-id vssgp.Uy0x --member-id a.blake@bank.example",
     "access_change"),
    ("kcadm.sh create users -r clinic -s username=dr.yilmaz -s enabled=true", "lifecycle"),
    ("run `kcadm.sh set-password -r clinic --username dr.yilmaz --temporary` next", "lifecycle"),
    ("$ openstack role add --user bob --project demo admin", "access_change"),
    ("heroku access:add ana@corp.example --app billing-api", "access_change"),
    ("sudo linode-cli users delete --username old.contractor", "lifecycle"),
    ("kcadm.sh update users/$USER_ID -r customers -s enabled=false", "lifecycle"),
    ("$ npm token create --cidr=0.0.0.0/0 --read-only=false", "lifecycle"),
])
def test_subcommands_that_change_identity(command: str, kind: str) -> None:
    hits = [hit for hit in scan_structured(command) if hit.rule == "cli-generic"]
    assert [hit.kind for hit in hits] == [kind]


@pytest.mark.parametrize("command", [
    "az group create --name rg-test --location westeurope",
    "az storage account create -n logsprod -g rg-logs",
    "az deployment group create -g rg-app --template-file main.bicep",
    "aws ec2 create-security-group --group-name web --description web",
    "git remote add origin git@github.com:acme/app.git --force",
    "gh secret set DEPLOY_TOKEN --body \"$TOKEN\"",
    "kcadm.sh get users -r clinic -q username=dr.yilmaz",
    "npm install --save-dev typescript",
    "helm repo add bitnami https://charts.bitnami.com/bitnami --force-update",
    "Please add the user - we discussed it - tomorrow.",
])
def test_other_commands_and_prose_are_not_judged(command: str) -> None:
    assert [hit for hit in scan_structured(command) if hit.rule == "cli-generic"] == []
