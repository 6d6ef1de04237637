"""Answers the learned model reads as identity by their words alone, that change and attest nobody's access: a
status of certificates (TLS certificates, staff certifications) running out, a headcount that only counts, and
what a group is for. Asked only of answers the model would hold, with no tool call that changes anything."""

from __future__ import annotations

import re

from gateway.inspection.lowered import shared_lower

CERTIFICATES = re.compile(r"\bcert(?:ificate)?s?\b")
EXPIRY = re.compile(r"\bexpir\w*|\brenew\w*|\bnotafter\b|\bvalid until\b")
# Words that put a certificate on a person's access: a client certificate to sign in, a revoked one, a smart card.
ACCESS_WORDS = re.compile(r"\b(?:access|accounts?|users?|roles?|groups?|permissions?|entitle\w*|privileg\w*|"
                          r"admins?|mfa|sso|log ?in|sign-?in|client|smart ?cards?|piv|revok\w*|issued? to|attest\w*|"
                          r"review\w*)\b")
# Three counts in a row: "4,812 employees, 311 contractors, 97 service apps".
COUNT = r"\d[\d,.]*%?\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?"
COUNT_LIST = re.compile(COUNT + r",\s+" + COUNT + r",?\s+(?:and\s+)?\d")
CHANGE_VERBS = re.compile(r"\b(?:add|remov|grant|revok|disabl|delet|creat|suspend|approv|assign|provision|"
                          r"deprovision|reset|lock|unlock|enabl|reactivat|deactivat|offboard|onboard|retain|kept|"
                          r"keep|rotat|generat|issu)(?:e|es|ed|s|d|ing)?\b")  # verbs, not "approvers"
# What a group is for and how its membership is kept, told as a standing fact: "`GG-Timeclock-Approvers` controls
# who can approve timecards ... Membership is managed by store role".
DESCRIBES = re.compile(r"\b(?:controls|determines|decides|governs|defines) who (?:can|may|gets)\b|"
                       r"\bmembership is (?:managed|driven|derived|synced|set|maintained)\b")
WHO_CAN = re.compile(r"\bwho (?:can|may|gets) \w+")
# A tool call on goods in an ERP (`BAPI_MATERIAL_SAVEDATA`, a SKU, a product): master data, nobody's account.
GOODS = re.compile(r"\b(?:bapi_)?(?:material|materials|matl_type|sku|skus|product_id|article)\b|bapi_material_")
GOODS_WORDS = ("material", "matl_type", "sku", "product_id", "article")  # every GOODS match holds one
PEOPLE_WORDS = re.compile(r"user|role|account|group|member|permission|password|access|auth|profile|employee|person|"
                          r"identity|principal|grant|owner")
SHORT = 400  # a status line or two: a longer answer has room for a decision


def is_status_lookalike(content: str) -> bool:
    if len(content) > SHORT:
        return False
    low = shared_lower(content)
    if " who " in low and DESCRIBES.search(low):
        low = WHO_CAN.sub(" ", low)  # "who can approve": what the group allows, not an approval
        return CHANGE_VERBS.search(low) is None and " i " not in low and " we " not in low
    if CHANGE_VERBS.search(low):
        return False  # a status beside a change: "rotated the deploy key ... renewed the wildcard cert"
    if "cert" in low and CERTIFICATES.search(low) and EXPIRY.search(low):
        return not ACCESS_WORDS.search(low)
    return COUNT_LIST.search(low) is not None


def is_goods_call(name: str, arguments: str) -> bool:
    low = shared_lower(f"{name} {arguments}")
    if not any(map(low.__contains__, GOODS_WORDS)):  # most calls: no regex pass over long arguments
        return False
    return GOODS.search(low) is not None and PEOPLE_WORDS.search(low) is None
