"""Token formats known by their shape (added after blind rounds 4 and 5), and prose look-alikes
that are password policy or roles of things, not of principals."""

from __future__ import annotations

import pytest

from gateway.inspection.credentials import CredentialDetector
from gateway.inspection.prose import scan_prose


def types(text: str) -> list[str]:
    return [hit.type for hit in CredentialDetector().hits(text)]


@pytest.mark.parametrize("text, kind", [
    ("use dckr_pat_2g2OOye_Ksqz8lV3lus6kxfvRta for the push", "docker_token"),
    ('token = "d9uWFwCtmIPePM.atlasv1.mafHAa65K70Q2vej5Gx0PQOThA2rsU4qDTydNIgn5QXP8m9dyedAxfbZzR03meabUn9"',
     "terraform_token"),
    ("session `00DwTNu9uniKddW!TTScSlJiKcf4zbN4h28f.rsEVKZmrSNYWBfzB0Dp7WqVUYocuxfIe0z4Ct7ozc4zllPRnpKX`",
     "salesforce_session"),
    ('$hook = "https://outlook.office.com/webhook/a991bd8f-e0e6/IncomingWebhook/'
     'd1f43e04a9d56e163a47f23a38ac73e5/f5f2bb7d"', "webhook"),
    ("AZURE_CLIENT_SECRET=Abc8Q~xY7_kLmn0pQrStUvWxYz1234567890abc", "azure_client_secret"),
    ("signing secret whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "stripe_webhook_secret"),
    ("bot token 123456789:AAHk2j3h4k5j6h7k8j9h0k1j2h3k4j5h6k7", "telegram_bot_token"),
    ("export LINEAR_KEY=lin_api_9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c", "api_key"),
])
def test_token_formats(text: str, kind: str) -> None:
    assert kind in types(text)


@pytest.mark.parametrize("text", [
    "Use dckr_pat_<your-token> from Docker Hub.",
    "The webhook URL looks like https://outlook.office.com/webhook/<id>/IncomingWebhook/<secret>/<owner>.",
])
def test_placeholders_in_those_formats(text: str) -> None:
    assert types(text) == []


@pytest.mark.parametrize("text", [
    "Require 15 characters, block passwords found in breach corpuses, and rate-limit attempts.",
    "Turn on breach monitoring and ban reused passwords in the admin policy.",
    "Put the instructions in the system role and the user's text in the user role.",
])
def test_policy_and_roles_of_things_are_not_changes(text: str) -> None:
    assert [h for h in scan_prose(text) if h.confidence >= 0.5] == []


@pytest.mark.parametrize("text", [
    "Reset the password for jdoe and block his account.",
    "The service account needs it: assign it that role today.",
    "Put Sam in the approvers group.",
])
def test_changes_next_to_those_words_are_still_found(text: str) -> None:
    assert [h for h in scan_prose(text) if h.confidence >= 0.5]
