"""Harmless answers blind rounds 84-87 showed held by the pattern detectors: a session default set on a role,
placeholder names in a URI, files added to a repo or deleted from a share, Microsoft Access, a device profile,
payments and licences as objects, principles stated as rules, metrics, quoted controls, what a reviewer did,
a case supposed; with the identity forms next to them that must stay found."""

from __future__ import annotations

import pytest
from probes import engine_call_kinds, engine_kinds

from gateway.inspection.engine import build_engine

PATTERNS = build_engine(["tool_calls", "structured", "prose", "credentials"])


def text(content: str) -> set[str]:
    return engine_kinds(PATTERNS, content)


def call(name: str, arguments: dict, content: str = "Done.") -> set[str]:
    return engine_call_kinds(PATTERNS, name, arguments, content)


@pytest.mark.parametrize("content", [
    "Raise it for the reporting user only: `ALTER ROLE reporting SET work_mem = '32MB'`.",
    "```sql\nALTER ROLE etl SET statement_timeout = '5min';\nALTER ROLE etl SET search_path TO app, public;\n```",
    "```sql\nALTER USER loader SET DEFAULT_WAREHOUSE = 'LOAD_WH';\n```",
])
def test_session_defaults_on_a_role_change_no_access(content):
    assert "access_change" not in text(content) and "lifecycle" not in text(content)


@pytest.mark.parametrize("content, kind", [
    ("```sql\nALTER ROLE analyst WITH SUPERUSER;\n```", "access_change"),
    ("```sql\nALTER USER jdoe SET PASSWORD = 'Xk9#mQ2!vLp7w';\n```", "lifecycle"),
    ("```sql\nALTER ROLE app_user WITH LOGIN;\n```", "access_change"),
])
def test_role_changes_stay_found(content, kind):
    assert kind in text(content)


@pytest.mark.parametrize("content", [
    "Add a `.env.example` to the repo so new developers know what to set:\n\n```dotenv\n"
    "DATABASE_URL=postgresql://<user>:<password>@localhost:5432/pricing\nSTRIPE_API_KEY=<stripe-test-key>\n```",
    "Connection string: `Server=db;User Id=<user>;Password=<password>;`",
])
def test_placeholder_names_in_angle_brackets_expose_nothing(content):
    assert text(content) == set()


@pytest.mark.parametrize("content", [
    "```xml\n<password>Xk9#mQ2!vLp7</password>\n```",
    "DATABASE_URL=postgresql://app:Xk9mQ2vLp7wZ@db:5432/pricing",
])
def test_real_passwords_near_angle_brackets_stay_found(content):
    assert "credential" in text(content)


@pytest.mark.parametrize("content", [
    "Close Access on all machines, delete `Lieferanten.laccdb` from the same folder, and reopen.",
    "Delete `old_export.csv` from the shared folder so nobody uses it by mistake.",
    "Add a `README.md` to the repo so new developers know how to start.",
    "The vendor confirmed they'll revoke the 40 unused SailPoint *File Access Manager* licences at renewal.",
    "Conflicting entitlements (e.g. create and approve payments) are defined in the SoD policy.",
    "Every non-human account has a named owner and is reviewed twice a year.",
    "Access is granted to roles that map to job functions; individuals get access through role membership.",
    "- Movers where old-role access was removed within 5 days: 188 (87.9%)",
    'Delete the "Orphan accounts" widget from the executive dashboard for now.',
    "The admin console bug is cosmetic: the *Disable user* button renders even for read-only viewers.",
    "The AWS campaign has one owner who has approved 40 items in 3 minutes.",
    "### If she still needs write access to curated\nThat's a request for the data owners to decide.",
])
def test_other_senses_stay_quiet(content):
    assert text(content) == set()


@pytest.mark.parametrize("content, kind", [
    ("Add `jdoe` to the repo as a maintainer.", "access_change"),
    ("Add `id_ed25519.pub` to the deploy keys of the repo.", "lifecycle"),
    ("Revoke her access to the expense reports.", "access_change"),
    ("Access is granted to the finance analysts group as of today.", "access_change"),
    ("Write access is now approved for the `finance-analysts` group.", "access_change"),
    ("Access was removed for Dana Whitfield on 3 March.", "access_change"),
    ("Click the *Disable user* button for jdoe.", "lifecycle"),
    ("Delete the orphan accounts listed above.", "lifecycle"),
    ("The evidence lists who has admin access on prod-db: alice, bob, carol.", "attestation"),
    ("Marta still needs write access to curated; retain.", "attestation"),
])
def test_identity_forms_next_to_them_stay_found(content, kind):
    assert kind in text(content)


def test_a_device_profile_is_not_a_person():
    assert call("mdm_update_profile", {"profileId": "prof-scanners", "settings": {"bluetooth": "disabled"}}) == set()


def test_a_person_profile_stays_an_attribute_change():
    assert "attestation" in call("update_profile", {"userId": "jdoe", "department": "Finance"})
