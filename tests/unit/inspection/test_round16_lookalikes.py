"""Look-alikes found by blind round 16: ARIA roles, members of a C++ class, an office admin job, a
general-ledger account, a SAML assertion shown as markup, Azure Policy, a how-to with placeholders;
and the S3 XML access control list they must not hide."""

from __future__ import annotations

import pytest

from gateway.inspection.engine import build_engine
from gateway.types import Answer

ENGINE = build_engine(["tool_calls", "structured", "prose", "credentials"])
IDENTITY = {"access_change", "lifecycle", "attestation"}


def strong_kinds(text: str) -> set[str]:
    return {f.kind for f in ENGINE.scan(Answer.of_text(text)) if f.confidence >= 0.5}


@pytest.mark.parametrize("text", [
    "Give the custom tabs proper ARIA roles so screen readers announce them.",
    "In C++, members of a `class` are private by default and members of a `struct` are public by default.",
    "As our Office Admin you'll manage supplier contracts and onboard new colleagues on their first day.",
    "Disabling the obsolete general-ledger account 4180 so nobody posts to it anymore.",
    "A SAML response carries an assertion like this:\n\n```xml\n<saml:AttributeStatement>\n"
    "  <saml:Attribute Name=\"groups\"><saml:AttributeValue>…</saml:AttributeValue></saml:Attribute>\n```",
    "This Azure Policy assignment enforces a tag:\n\naz policy assignment create --name require-tag --scope /x",
    "On most Linux distributions you add an existing user to a group with:\n\n```\n"
    "sudo usermod -aG <group> <username>\n```\nThe `-a` is important.",
])
def test_look_alikes_hold_nothing(text: str) -> None:
    assert not strong_kinds(text) & IDENTITY


def test_s3_xml_acl_is_a_grant() -> None:
    xml = ("<AccessControlPolicy><AccessControlList><Grant><Grantee xsi:type=\"CanonicalUser\"><ID>e0f1</ID>"
           "</Grantee><Permission>WRITE</Permission></Grant></AccessControlList></AccessControlPolicy>")
    assert "access_change" in strong_kinds(xml)
