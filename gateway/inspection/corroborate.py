"""Corroboration: a pattern read of prose as an access change, a lifecycle step or an attestation
stands only when the learned model also reads identity, in the whole answer or in the finding's own
lines. Explainers, policies, grant-writing tips and a library's opening hours
match the patterns' verbs but read as nothing the model has seen changed: their findings are kept as
evidence, below the holding line, and say why. Tool calls are actions and are never second-guessed;
payloads (a pg_hba line, a policy document) are syntax the model does not read; credentials are not
the model's to judge; a text the model cannot read (other scripts, a few words) keeps its findings.

Measured on blind rounds 21-27, each with the code and model it was first scored on: false holds
75 -> 59 of 932 harmless answers; one access change of 472 lost, no other identity label."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from gateway.inspection.generic_frame import CAP, hands_to_auditor
from gateway.inspection.learned_features import MIN_FEATURES
from gateway.types import Answer, Choice, Finding

CHECKED = frozenset({"prose"})  # the detector whose content findings need support
# Rules whose findings carry their own support: a key claimed made stands only with its secret shown
# (prose_minted.py), and the credential detector, not the model, judges a secret.
# A step booked for a clock time ("your account will be disabled at 17:00 on Friday") or for a day by the team that
# does it ("- Thu 31 Oct: IT creates AD accounts for ...") is a leaver's or a joiner's plan however ordinary the
# letter around it reads (an HR email the model takes for payroll news).
# A named secret to rotate ("rotate the signing secret for the webhook") is a credential step in any answer.
# A short reply with a change verb, someone and a level (terse_grants.py), or a reviewer's go-ahead for an access
# request ("Yes — grant it. Read-only access to ... is low risk"), is too short for the model to read.
# A nominal record naming its account in backticks ("Creation of the `svc-x` service principal is complete").
# An app's OAuth consent grant ended, a team added with a named access level ("with the **maintain** role"):
# words that mean access alone, read in a long ops report whose other sections the model takes for no identity.
# A folder shared in Portuguese, French, Spanish or Italian ("Compartilhei a pasta ... com a equipe"): words the
# model, read mostly in English, does not take for access; the pattern itself names the folder and the sharing.
# The accounts counted in the sentence before, taken up again ("For these, the `staff-us` copy is deleted").
# A named person who received a role named in code ("erhielt Herr Yilmaz die Rolle `Z_PP_FREIGABE`"): a line of a
# German monthly report the model, read mostly in English, weighs as nothing among the report's other sections.
# A role now held, said to its holder in German, Spanish, French, Portuguese or Dutch ("du hast jetzt die Rolle
# **Contributor**"): the have-verb and the role word make it a record the English-read model cannot weigh.
# A move between two named levels ("switch her role from *Staff* to *Admin*"): the two levels are the change, however
# little else in the answer the model knows (added in session 23: no new false hold on 159 corpora).
# A sharing rule set up ("I set up the Clever sharing rule for Newsela"): an app given rosters, in words of the
# app's own admin console the model has not seen.
# A review's outcome in two labelled lists, the holders kept and those revoked ("Retained (12): …", "Revoked (3): …").
# The speaker's change leading a list of someone's access ("I have removed:" then "- his membership of `VPN-x`"): the
# verb and its objects on different lines, beside an ordinary account note the model weighs more.
SELF_SUPPORTED = frozenset({"prose-received", "prose-key-minted", "prose-lifecycle-scheduled", "prose-secret-rotation",
                            "terse-grant", "terse-grant-verdict", "prose-named-record", "consent-revoked",
                            "prose-add-with-level", "prose-lifecycle-these", "foreign-share", "foreign-role-held",
                            "role-move", "sharing-rule", "prose-lead-list", "attest-outcome-lines"})
ANSWER_FLOOR = 0.15  # the model's P(identity) of the answer under which a finding needs its lines' support
LINES_FLOOR = 0.3  # the model's P(identity) of the finding's lines that supports it
MIN_KNOWN = MIN_FEATURES  # fewer words the model knows (a one-liner, other scripts): it cannot judge

# (known words, P(identity)) of a choice as the learned detector reads it
Reading = Callable[[Choice], tuple[int, float]]


def corroborate(
    answer: Answer,
    findings: Sequence[Finding],
    read: Reading,
    families: Sequence[str],
    answer_floor: float = ANSWER_FLOOR,
    lines_floor: float = LINES_FLOOR,
) -> list[Finding]:
    """The findings, those the model does not support capped below the holding line."""
    readings: dict[int, tuple[int, float]] = {}
    out: list[Finding] = []
    for finding in findings:
        if (
            finding.where != "content"
            or finding.detector not in CHECKED
            or finding.kind not in families
            or finding.confidence < 0.5
            or finding.span is None
            or (finding.details or {}).get("rule") in SELF_SUPPORTED
        ):
            out.append(finding)
            continue
        choice = _choice(answer, finding.choice)
        if finding.choice not in readings:
            readings[finding.choice] = read(choice)
        known, p_answer = readings[finding.choice]
        if known < MIN_KNOWN or p_answer >= answer_floor:
            out.append(finding)
            continue
        lines = _lines(choice.content or "", finding.span)
        _, p_lines = read(Choice(choice.index, lines, ()))
        if p_lines >= lines_floor or _foreign_step_on_login(finding, choice.content or "") \
                or _signed_record(finding, choice) \
                or _done_for_reader(finding, lines) or _stops_sign_in(finding, lines) \
                or _named_binding(finding, lines) or _decided_request(finding, choice) \
                or _field_changed_to(finding, lines) or _sworn(finding, lines):
            out.append(finding)
            continue
        why = f"learned P(identity) {p_answer:.3f} in the answer, {p_lines:.3f} in its lines"
        out.append(
            replace(
                finding, confidence=min(finding.confidence, CAP), details={**finding.details, "uncorroborated": why}
            )
        )
    return out


# A lifecycle step in another language done for a login named in code anywhere in the answer ("Restablecimiento de
# contraseña para `lmartin`", "Passwort zurückgesetzt für `jmeier`", "Conta desbloqueada ... (usuário `jmartins`)",
# "Benutzer sperren ..." then "Benutzer `TKLEIN` eintragen"): the model, read mostly in English, weighs the foreign
# words little, and the login makes the line a record of a step on an account (as prose-named-record in English).
FOREIGN_LOGIN = re.compile(r"\b(?:para|für|pour|per|voor|dla|för|de|del|di|van|von|do|da)\s+`(?!(?:usuario|user|"
                           r"username|utilisateur|benutzer|utente|gebruiker|login|nombre|name|demo|test|ejemplo|"
                           r"example)`)[a-z][a-z0-9._-]{2,30}`|"
                           # or labelled as the login: "(usuário `jmartins`)", "utilisateur : `pdurand`"
                           r"\b(?i:usuári?o|usuario|utilisateur|benutzer(?:name)?|gebruiker|utente|login)\s*:?\s+"
                           r"`[A-Za-z][\w.-]{2,30}`")


# ... or in Japanese, Chinese or Korean, the login in code beside the verb
# ("サービスアカウント `timetable-sync` のキーを新しく作成"): the model knows none of those words.
CJK_LOGIN = re.compile(r"`[A-Za-z][\w.@-]{2,40}`")


# A step the writer did on the reader's own login ("I reset your Epic (Hyperspace/Willow) password at 02:14"): a
# service desk's record, however little of the rest of the message (badge checks, call-backs) the model knows.
DONE_FOR_READER = re.compile(r"\b(?:i|we)(?:'ve| have)?\s+(?:just\s+|now\s+|already\s+)?(?:reset|unlocked|re-?enabled|"
                             r"reactivated|disabled|suspended|locked)\s+(?:your|his|her|their)\s+(?:[\w()/&.-]+\s+){0,4}?"
                             r"(?:password|passcode|account|login|mfa|authenticator|2fa)\b", re.IGNORECASE)


# A console switch whose effect on someone's sign-in the line states ("switch **Active** off. That stops Jonas logging
# in"): the effect is the account's, in a console's words the model has not learned.
STOPS_SIGN_IN = re.compile(r"\b(?:stops?|prevents?|blocks?|no longer (?:able|lets?))\b[^.\n]{0,40}?"
                           r"\b(?:log(?:ging)? ?in|sign(?:ing)? ?in|logins?|sign-ins?)\b", re.IGNORECASE)


# A statement sworn in the first person ("I attest that the access listed for my six direct reports ... is
# required"): a manager's own certification, however little of the letter around it the model knows.
# Sworn about someone's access, not about figures or documents ("I attest that these figures are taken from ...").
SWORN = re.compile(r"\b(?:i|we)\s+(?:hereby\s+)?(?:attest|certify)\b", re.IGNORECASE)
SWORN_ACCESS = re.compile(r"\b(?:access|roles?|permissions?|entitlements?|accounts?|privileges?|memberships?|rights)\b",
                          re.IGNORECASE)


def _sworn(finding: Finding, lines: str) -> bool:
    return (finding.details or {}).get("rule") == "attest-certify" and SWORN.search(lines) is not None \
        and SWORN_ACCESS.search(lines) is not None


def _stops_sign_in(finding: Finding, lines: str) -> bool:
    return finding.kind == "lifecycle" and (finding.details or {}).get("rule", "").startswith("ui-") \
        and STOPS_SIGN_IN.search(lines) is not None


# ... in German, French, Spanish or Italian: "ich habe dein Passwort für das Kreditportal zurückgesetzt"
FOREIGN_DONE_FOR_READER = re.compile(
    r"\b(?:ich habe|wir haben)\s+(?:dein|deine|deinen|ihr|ihre|ihren|euer|eure)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:zurückgesetzt|entsperrt|gesperrt|deaktiviert|reaktiviert|freigeschaltet)\b|"
    r"\b(?:j'ai|j’ai|nous avons)\s+(?:réinitialisé|débloqué|désactivé|réactivé)\s+(?:ton|ta|tes|votre|vos)\b|"
    r"\b(?:he|hemos)\s+(?:restablecido|desbloqueado|reactivado|reseteado)\s+(?:tu|su)\b|"
    r"\b(?:ho|abbiamo)\s+(?:reimpostato|sbloccato|riattivato|resettato)\s+(?:la tua|il tuo|tuo|tua)\b", re.IGNORECASE)


def _done_for_reader(finding: Finding, lines: str) -> bool:
    return finding.kind == "lifecycle" and (DONE_FOR_READER.search(lines) is not None
                                            or FOREIGN_DONE_FOR_READER.search(lines) is not None)


def _foreign_step_on_login(finding: Finding, content: str) -> bool:
    rule = (finding.details or {}).get("rule", "")
    return finding.kind == "lifecycle" and (rule.endswith("-i18n") and FOREIGN_LOGIN.search(content) is not None
                                            or rule.endswith("-cjk") and CJK_LOGIN.search(content) is not None)


# An attestation signed by a named person ("Risk acceptance RA-31: ... Accepted by M. Osei, CIO."): a record with its
# signatory, however few of its words the model knows as identity.
SIGNED_BY = re.compile(r"\b(?i:accepted|approved|signed(?: off)?|certified|attested|confirmed|reviewed) (?i:by):?[ \t]+"
                       r"(?:[A-Z]\.[ \t]?[A-Z][a-z'-]+|[A-Z][a-z]+[ \t][A-Z][a-z'-]+)")


# ... or declared by its writer in the first person ("Wij verklaren dat ...", "Il sottoscritto ... dichiara di aver
# verificato ...", "We hereby certify ..."): a signed statement in any language, whose other words the model, read
# mostly in English, may weigh as nothing. The declaration supports another finding (a review's counts), not itself:
# "I attest that these energy figures are taken from the invoices" attests to no one's access.
DECLARED = re.compile(r"\b(?:i|we) (?:hereby )?(?:certify|attest|declare)\b|\b(?:wij|we|ik) verklaa?r(?:en)?\b|"
                      r"\bverklaren wij\b|\bverklaar ik\b|\bdichiar[ao] (?:di|che)\b|\bsottoscritt[oa]\b|"
                      r"\b(?:jag|vi) intygar\b|\bje certifie\b|\bj'atteste\b|\bich bestätige\b|\bbestätigen wir\b|"
                      r"\bcertifico\b|\battesto\b|\bdeclaro\b", re.IGNORECASE)


def _signed_record(finding: Finding, choice: Choice) -> bool:
    """... or holders handed to an auditor for their test: the list is the evidence."""
    content = choice.content or ""
    declared = (finding.details or {}).get("rule") != "attest-certify" and DECLARED.search(content) is not None
    return finding.kind == "attestation" and (SIGNED_BY.search(content) is not None or declared
                                              or hands_to_auditor(content))


# An access change that names the Kubernetes binding it made ("Granted the team's service account `get/list` on pods
# (RoleBinding `metrics-read`)"): the object itself, however few of the line's words the model knows as identity.
NAMED_BINDING = re.compile(r"\b(?:Cluster)?RoleBinding[ \t]+`[a-z0-9][a-z0-9.:-]*`")
# ... or a console path that shares at a named level ("Share → Link settings → **Anyone with the link** → *Can edit*"):
# the level is the access given, in a console's words the model has not learned.
SHARED_AT_LEVEL = re.compile(r"\b(?:can (?:edit|view|comment)|anyone with the link|full control|editor|viewer|"
                             r"commenter)\b", re.IGNORECASE)


def _named_binding(finding: Finding, lines: str) -> bool:
    if finding.kind != "access_change":
        return False
    return NAMED_BINDING.search(lines) is not None or (finding.details or {}).get("rule") == "ui-path" \
        and SHARED_AT_LEVEL.search(lines) is not None


# A recommendation on a request for access, named so ("Access request REQ-22914: Maximo \"Work Order Planner\" for ...
# Recommendation: approve"): the reviewer acts on it, whatever the system's own words weigh to the model.
ACCESS_REQUEST = re.compile(r"\b(?:access|role|entitlement|permission)\s+request\b", re.IGNORECASE)


def _decided_request(finding: Finding, choice: Choice) -> bool:
    return (finding.details or {}).get("rule") == "recommendation" \
        and ACCESS_REQUEST.search(choice.content or "") is not None


# An HR field of someone's record set to its new value ("Manager changed temporarily to Sam Okoro", "flip Ravi's
# status in the contractor register from "Pending start" to "Active""): the field and the value are the change, in an
# HR note whose other words (sickness, leave) the model weighs as no identity.
FIELD_SET = re.compile(r"\b(?:(?:line |reporting )?manager|supervisor|department|status|end date|termination date|"
                       r"cost cent(?:er|re))\b[^.\n]{0,40}?\b(?:changed|updated|set|moved|switched|flipped)\b"
                       r"[^.\n]{0,30}?\bto\b|\b(?:change|update|set|flip|switch)\b[^.\n]{0,40}?\b(?:manager|status|"
                       r"department|end date)\b[^.\n]{0,40}?\bfrom\b[^.\n]{1,40}?\bto\b", re.IGNORECASE)


def _field_changed_to(finding: Finding, lines: str) -> bool:
    return (finding.details or {}).get("rule") == "attribute-change" and FIELD_SET.search(lines) is not None


def _choice(answer: Answer, index: int) -> Choice:
    return next((choice for choice in answer.choices if choice.index == index), answer.choices[0])


# A list item's wrapped line: indented, not a new item.
CONTINUED = re.compile(r"\n[ \t]+(?![-*+\u2022]\s|\d+[.)]\s)\S[^\n]*")


def _lines(text: str, span: tuple[int, int]) -> str:
    """The whole lines the span touches, and the wrapped lines of its list item after them ("- Your manager adds
    you to the `x` group, which gives you\n  `kubectl exec` in ...": the item's sentence, not half of it)."""
    end = text.find("\n", span[1])
    end = len(text) if end < 0 else end
    while (more := CONTINUED.match(text, end)) is not None:
        end = more.end()
    return text[text.rfind("\n", 0, span[0]) + 1 : end]
