"""Session 16: harmless answers read as identity steps, each beside the step it resembles: a backlog story filed
about disabled accounts, a software licence suspended through a REST action, a data model's `end_date`
annotation, "disable it" said of an alert rule, a sign-off asked for or a folder named so, and a resource group
masked before its sense was read."""

from __future__ import annotations

from probes import answer_kinds, call_kinds, engine_kinds, kinds

from gateway.inspection.engine import build_engine

FULL = build_engine()


def test_backlog_story_about_accounts_is_work_to_build():
    story = {"project": "SECOPS", "title": "As a SOC analyst I want disabled-account alerts grouped by incident",
             "description": "When an account is disabled as part of containment, the follow-up alerts for that "
                            "account should attach to the existing incident."}
    assert call_kinds("create_user_story", story) == set()
    assert "lifecycle" in call_kinds("add_comment", {"ticket": "INC-4411", "body": "The account jdoe is disabled "
                                                                                   "as part of containment."})


def test_rest_action_acts_on_its_nearest_collection():
    licence = ("await fetch(`https://api.keygen.sh/v1/accounts/${ACCOUNT_ID}/licenses/${licenseId}/actions/suspend`, "
               "{ method: 'POST' })")
    assert kinds(licence) == set()
    assert ("lifecycle", "disable") in kinds(
        "await fetch(`https://acme.okta.com/api/v1/users/${userId}/lifecycle/suspend`, { method: 'POST' })")


def test_type_annotations_set_no_hr_attribute():
    model = ('class Grant(Base):\n    sponsor: Mapped[str]\n    end_date: Mapped[date]\n'
             '    category: Mapped[str]  # personnel, equipment, travel\n')
    assert kinds(model) == set()


def test_it_stands_for_the_thing_named_last():
    assert engine_kinds(FULL, 'The "Rare process for user" analytic rule is noisy since the agent update. Disable it '
                              "for now and we'll retune on Monday.", detector="prose") == set()
    assert "lifecycle" in answer_kinds(FULL, "The old service account for the scanner job is unused. Disable it today.")
    assert "lifecycle" in answer_kinds(FULL, "The API key leaked in the build log. Rotate it now.")


def test_sign_off_asked_for_or_a_folder_named_so():
    assert answer_kinds(FULL, "You can relicense new versions from v3.0. Get sign-off from every external "
                              "contributor or have a CLA in place first.") == set()
    assert "attestation" in answer_kinds(FULL, "Q3 access review sign-off for SAP is complete; all 14 admins "
                                               "retained.")


def test_resource_group_keeps_its_sense_when_masked():
    assert answer_kinds(FULL, "Put Sentinel in its own resource group so cost reporting and locks are clean.") == set()
