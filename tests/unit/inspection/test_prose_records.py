"""Changes told as records, nominal phrases or in other languages, and their look-alikes."""

from __future__ import annotations

import pytest

from gateway.inspection.prose import scan_prose


def kinds(text: str) -> set[str]:
    return {h.kind for h in scan_prose(text) if h.confidence >= 0.5}


@pytest.mark.parametrize(("text", "kind"), [
    ("For the record: Bao Tran was added to `prod-deployers` on Tuesday by the access pipeline.", "access_change"),
    ('Badge #40417 (Eszter Nagy) has been added to access level "DC-Cage-B 24x7" in Lenel OnGuard.', "access_change"),
    ("Grant of db_datawriter on OrdersDB to svc-import-legacy: completed.", "access_change"),
    ('Access to the "Falcon" SharePoint site for Erik Johansson has been removed as of 2024-11-08.', "access_change"),
    ('I created an "Anyone with the link can edit" sharing link and sent it to the vendor.', "access_change"),
    ('Ik heb de rechten aangepast: ze hebben nu leesrechten op de site "Tarieven 2025".', "access_change"),
    ("Salesforce user Bianca Moretti deactivated (IsActive = false).", "lifecycle"),
    ("Password reset done for **Tom Whitfield** (AD, `twhitfield`).", "lifecycle"),
    ("The *Finance-Approvers* entitlement has been provisioned to contractor account `c-mrossi`.", "access_change"),
    ("Addition of `svc-etl` to `db_owner` on SQLPROD02 completed 14:02.", "access_change"),
    ("Service token `uptime-probe` created in Cloudflare Zero Trust (1 year).", "lifecycle"),
    ("J'ai réinitialisé l'authentification multifacteur de Julien Marchand.", "lifecycle"),
    ("Conta do João Almeida desbloqueada no Active Directory.", "lifecycle"),
    ("Reactivamos la cuenta de Jorge Martínez (recontratado como consultor).", "lifecycle"),
    ("Confirmo que os acessos dos 12 colaboradores ao sistema bancário estão adequados às suas funções.",
     "attestation"),
    ("Actualizado en el sistema de RR. HH.: Carolina Méndez pasa del departamento de Marketing al de Producto.",
     "attestation"),
])
def test_recorded_changes(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize("text", [
    "The grant of funds to the lab was approved.",
    "Was the user added to the group?",
    "The milk was added to the dough.",
    "Ticket note: the account `p.schmitt` shows as locked since 09:14; no unlock performed.",
    "Ik heb de feature flag `dark_mode_beta` uitgeschakeld voor alle gebruikers.",
    "We moved the children's shoes from the toys department to the footwear department.",
])
def test_lookalikes(text: str) -> None:
    assert not kinds(text) & {"access_change", "lifecycle", "attestation"}
