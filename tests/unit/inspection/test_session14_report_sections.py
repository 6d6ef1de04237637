"""Long reports read section by section (round 102): a section holds the answer only when it names someone's access,
account or record, so a handover's capacity note ("added a second head-end to share the load") stays quiet while an
identity line buried among unrelated sections is still found; and every family a report's sections show is found,
not only the first."""

from __future__ import annotations

import pytest

from gateway.inspection.engine import build_engine
from gateway.inspection.learned_sections import names_identity
from gateway.types import Answer

LEARNED = build_engine(["learned"])

FILLER = [
    "## Printers\nThe third-floor printer kept jamming on duplex jobs. The fuser kit and the pickup rollers were "
    "replaced and a 150-page test run came out clean.",
    "## Backups\nAll nightly jobs finished green except the file server on Sunday, when the repository filled up. "
    "The repository was extended by 2 TB and the job re-run.",
    "## Network\nThe carrier will work on the Porto circuit on Thursday night. Failover to 4G was tested last week; "
    "expect more latency but no outage.",
    "## Meeting rooms\nThe video bar in room 'Atlas' lost its HDMI input after a firmware update. We rolled the "
    "firmware back one version and opened a case with the vendor.",
    "## Patching\nThis month's updates reached the pilot ring of 40 devices on Wednesday. Two failed on a full EFI "
    "partition; the fix script is queued and ring 2 follows on Monday.",
    "## Next week\n- Chase the courier about the lost laptop parcel.\n- Check the UPS self-test in the comms room.\n"
    "- Update the loaner laptop booking article.",
]
CAPACITY = ("### VPN\nThe Lisbon VPN hit 90% of its sessions on Tuesday morning, so we added a second head-end to "
            "share the load; the peak is now 50%.")
REVIEW = ("### Access review\nThe quarterly review of the payroll administrators is complete: the finance director "
          "confirmed all six holders as appropriate and they are retained. Evidence is filed in the GRC tool.")
LEAVER = ("### Leavers\nDisabled the AD account of `jkowalski`, who left on Friday, and reset the shared kiosk "
          "password he knew.")
GRANT = ("### VPN\nAdded the contractors' group to the Lisbon VPN portal on Tuesday morning so they can reach the "
         "build farm; their access is now live.")


def report(first: str, second: str | None = None) -> str:
    body = FILLER[:2] + [first] + FILLER[2:4] + ([second] if second else []) + FILLER[4:]
    return "# Service desk weekly\n\n" + "\n\n".join(body)


def kinds(content: str) -> set[str]:
    return {f.kind for f in LEARNED.scan(Answer.of_text(content), cost=None) if f.confidence >= 0.5}


def test_a_capacity_note_in_a_long_handover_holds_nothing() -> None:
    assert kinds(report(CAPACITY)) == set()


def test_an_access_change_buried_in_a_long_handover_is_still_found() -> None:
    assert kinds(report(GRANT)) == {"access_change"}


def test_a_harmless_section_before_a_buried_attestation_does_not_hide_it() -> None:
    assert kinds(report(CAPACITY, REVIEW)) == {"attestation"}


def test_each_family_of_a_long_report_is_found() -> None:
    assert kinds(report(LEAVER, REVIEW)) == {"lifecycle", "attestation"}


@pytest.mark.parametrize("section, named", [
    (CAPACITY, False),
    ("### Storage\nThe shared drive hit 95% of quota; last year's folders were archived and usage is now 70%.", False),
    (GRANT, True),
    (LEAVER, True),
    ("### Calls\nSe restableció la contraseña de `lmartin` tras verificar su identidad.", True),
    ("### Mail\nMoved the shared mailbox of the finance team to the new tenant, ana.ruiz@example.com.", True),
])
def test_what_a_section_must_name_to_be_read_alone(section: str, named: bool) -> None:
    assert names_identity(section) is named
