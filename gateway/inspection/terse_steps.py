"""Identity steps said in passing, as terse replies put them: a reviewer's go-ahead for an account step ("OK to
reset MFA for the CFO", "approve the deletion of the 14 dormant accounts"), a key step reported with no auxiliary
("Deploy key for acme/web regenerated"), a grant narrowed in a merge note ("narrows the logs role from `s3:*` to
`s3:GetObject`"), a managed policy attached by its name ("attach `AmazonSSMReadOnlyAccess` to `bastion-ops`") and
the same in other languages ("Enddatum ... gesetzt", "ik zet Pieter in de groep `VPN-Beheer`")."""

from __future__ import annotations

import re
from collections.abc import Callable

from gateway.inspection.alternation import MarkLed, head_first
from gateway.inspection.hits import Hit
from gateway.inspection.keywords import Found
from gateway.inspection.lowered import shared_lower
from gateway.inspection.prose_lifecycle import life_action

IC = re.IGNORECASE
# The go-ahead, then the account step it allows: the reviewer's verdict is the step (someone acts on it).
_GO = (r"(?:approved?|ok(?:ay)?\s+to|(?:go\s+ahead|proceed)\s+(?:and|with|to)|cleared\s+to|fine\s+to|"
       r"green\s+light\s+to|signed\s+off\s+(?:on|to))")
_ACCOUNT_OBJ = r"(?:accounts?|users?|logins?|mailbox(?:es)?|mfa|2fa|passwords?|authenticators?|service\s+accounts?)"
_APPROVED_STEP = (rf"(?:(?:reviewer|verdict|decision)\s*[:\u2014\u2013-]\s*)?{_GO}\s+(?:the\s+)?"
                  r"(?:(?P<v>reset(?:ting)?|delet(?:e|ing)|disabl(?:e|ing)|deactivat(?:e|ing)|suspend(?:ing)?|"
                  r"unlock(?:ing)?|re-?enabl(?:e|ing)|reactivat(?:e|ing))\s+|"
                  r"(?P<n>deletion|deactivation|disablement|suspension|reset|unlock|reactivation|re-?enablement)\s+of\s+)"
                  rf"(?:[^.;\n]{{0,40}}?\s)?{_ACCOUNT_OBJ}\b")
APPROVED_STEP = MarkLed(".:;!\u2014\u2013-", _APPROVED_STEP, IC)
# "Deploy key for acme/web regenerated; the old one is gone": the key, what it is for, the step, and nothing after
# it that makes it a condition or a schedule.
_KEY_DONE = (r"(?:the\s+)?(?:deploy|api|ssh|access|signing|client|service[\s-]account)\s+(?:keys?|secrets?|"
             r"tokens?)\b(?:\s+(?:for|of|on)\s+[^\s.;,]{2,60})?\s+(?:now\s+)?(?P<v>regenerated|rotated|re-?issued|rolled|"
             r"revoked|reset)(?=\s*(?:[.;,!\u2014\u2013]|\Z|\s+and\b))")
KEY_DONE = MarkLed(".;!\n", _KEY_DONE, IC, blank_after_mark=False)
# A grant narrowed from one permission to another: still an access change (LABELS.md: least-privilege reductions).
NARROWED = re.compile(
    r"\b(?:narrow(?:s|ed|ing)?|scop(?:es|ed|ing)\s+down|tighten(?:s|ed|ing)?|restrict(?:s|ed|ing)?|reduc(?:es|ed|ing))"
    r"\s+(?:the\s+)?[^.;\n]{0,40}?\b(?:role|policy|permissions?|grants?|access|bindings?|privileges?)\b[^.;\n]{0,30}?"
    r"\bfrom\s+`[^`\n]+`\s+to\s+`[^`\n]+`", IC)
# An AWS-style managed policy named on its own: `ReadOnlyAccess`, `AdministratorAccess`, `S3FullAccessPolicy`.
ATTACHED_POLICY = head_first(
    r"\b(?:attach(?:es|ed|ing)?|add(?:s|ed|ing)?)\s+`(?:arn:aws:iam::[\w-]*:policy/)?[A-Z][A-Za-z0-9]*(?:Access|Policy)`"
    r"\s+to\s+(?:the\s+)?`?[\w.@-]+", re.ASCII)
# Other languages. An end or leave date set in the HR system: an HR attribute change (LABELS.md); a date's dots
# ("31.10.") do not end the sentence.
END_DATE_SET = head_first(
    r"\b(?:enddatum|austrittsdatum|vertragsende|einddatum|uitdiensttredingsdatum|date\s+de\s+(?:fin|sortie|départ)|"
    r"fecha\s+de\s+(?:baja|fin|salida)|data\s+(?:de\s+(?:saída|desligamento|término)|di\s+(?:fine|cessazione|uscita)))"
    r"\b(?:[^.;\n]|(?<=\d)\.){0,80}?\b(?:gesetzt|eingetragen|hinterlegt|gepflegt|ingesteld|gezet|ingevoerd|fixée?|saisie?|"
    r"renseignée?|establecida|fijada|registrada|definida|impostata|inserita)\b", IC)
# "(ik) zet Pieter in de groep `VPN-Beheer`", "je mets Paul dans le groupe `X`", "metto Anna nel gruppo `X`".
PUT_IN_GROUP = re.compile(
    r"\b(?:zet|plaats|mets|mettons|metto|pongo|coloco|setze|stecke)\s+[A-ZÀ-Ý][\w-]+(?:\s+[A-ZÀ-Ý][\w-]+)?\s+"
    r"(?:[^.;\n`]{0,30}?\s)?(?:in\s+de|dans\s+le|nel|en\s+el|no|in\s+die)\s+(?:groep|groupe|gruppo|grupo|gruppe|rol|"
    r"rôle|ruolo|rolle)\s+`?[\w.-]+")
# A review's keep verdict that opens the reply: "Retention confirmed for the payroll team's accounts", "Rétention
# validée pour les comptes de l'équipe paie" (a data-retention setting names no accounts or access).
RETENTION_VERDICT = re.compile(
    r"\s*\**(?:retention|rétention|maintien|conservation|beibehaltung|retención|mantenimiento|manutenção|"
    r"mantenimento|behoud)\s+(?:(?:of|des|de\s+los|der|dos|degli|van)\s+(?:access|accès|accesos|zugriffe|acessos|"
    r"accessi|toegang|droits|rights)\s+)?(?:confirmed|validated|approved|certified|validée?s?|confirmée?s?|"
    r"approuvée?s?|bestätigt|validad[oa]s?|confirmad[oa]s?|aprobad[oa]s?|aprovad[oa]s?|confermat[oa]|"
    r"approvat[oa]|bevestigd|goedgekeurd)\s+(?:for|pour|für|para|per|voor)\s+[^.;\n]{0,60}?\b(?:accounts?|users?|"
    r"members|comptes|utilisateurs|konten|benutzer|cuentas|usuarios|contas|utenti|account|gebruikers|accounts)\b",
    IC)
# A reply that opens with the account step done and what it means for the login: "Re-enabled — Bongani can log in
# to CrewTrac again", "Locked: she can no longer sign in" (the login is the account's, whatever the verb's object).
LOGIN_STEP = re.compile(
    r"\s*\**(?P<v>re-?enabled|unlocked|reactivated|unblocked|unsuspended|disabled|deactivated|suspended|locked|"
    r"blocked)\b\**\s*[\u2014\u2013:,.-]\s*[^.\n]{0,60}?\b(?:can(?:\s+now)?|is\s+able\s+to|can\s+no\s+longer|"
    r"cannot|can't|can\u2019t|won't|will\s+not)\s+(?:log|sign)\s*(?:in|on)\b", IC)

# A diff line that changes a policy statement's IAM actions: widened or narrowed, it is an access change (LABELS.md:
# least-privilege reductions included); the same actions re-formatted are not.
ADDED_ACTIONS = re.compile(r'^\+\s*"(?:Action|NotAction)"\s*:\s*\[?(?P<a>[^\]\n]*)', re.MULTILINE)
REMOVED_ACTIONS = re.compile(r'^-\s*"(?:Action|NotAction)"\s*:\s*\[?(?P<a>[^\]\n]*)', re.MULTILINE)
IAM_ACTION = re.compile(r'"([a-z0-9-]+:[A-Za-z*]+)"')


def _changed_policy(text: str) -> tuple[re.Match[str], str] | None:
    """The first added Action line whose IAM actions differ from the removed ones, and whether it adds any."""
    if '"Action"' not in text and '"NotAction"' not in text:
        return None
    removed = {a for m in REMOVED_ACTIONS.finditer(text) for a in IAM_ACTION.findall(m.group("a"))}
    for m in ADDED_ACTIONS.finditer(text):
        added = set(IAM_ACTION.findall(m.group("a")))
        if added and added != removed:
            return m, "grant" if added - removed else "modify"
    return None


# Words each pattern cannot match without (in the lower-cased text; PUT_IN_GROUP's verbs in the text itself, as it
# is case-sensitive): a long answer without them skips the pattern, whose leading punctuation or boundary would
# otherwise be tried at every sentence.
KEY_DONE_WORDS = ("regenerated", "rotated", "issued", "rolled", "revoked", "reset")
NARROWED_GATE = head_first(r"from\s+`[^`\n]+`\s+to\s+`")  # in the lower-cased text
ATTACHED_WORDS = ("attach", "add")
END_DATE_GATE = re.compile(r"d(?:ate\s+de|ata\s+d[ei]|atum)|fecha\s+de|vertragsende")
PUT_IN_GROUP_WORDS = ("zet", "plaats", "mets", "mettons", "metto", "pongo", "coloco", "setze", "stecke")
POLICY_KEYS = ('"action"', '"notaction"')  # _changed_policy's keys, lower-cased
# Looked up in terse_step_hits' `found` (the prose Vocabulary's): one pass over the answer, not a scan per word.
WORDS = KEY_DONE_WORDS + ATTACHED_WORDS + PUT_IN_GROUP_WORDS + POLICY_KEYS


def terse_step_hits(text: str, found: Found | None = None) -> list[Hit]:
    """`found`: where the WORDS occur in `text` lower-cased, when known."""
    low = shared_lower(text)
    if found is not None and len(low) == len(text):  # every word found is in `low` (and none that is not)
        return _terse_step_hits(text, low, found.any)
    return _terse_step_hits(text, low, lambda words: any(word in low for word in words))


def _terse_step_hits(text: str, low: str, any_in_low: Callable[[tuple[str, ...]], bool]) -> list[Hit]:
    hits: list[Hit] = []
    # an upper- or lower-case word in `text` is in `low`: a word not in `low` needs no search in `text`
    changed = _changed_policy(text) if any_in_low(POLICY_KEYS) else None
    if changed:
        m, action = changed
        hits.append(Hit("access_change", m.start(), m.end(), 0.75, action, rule="diff-policy-actions"))
    for m in APPROVED_STEP.finditer(text):
        step = (m.group("v") or m.group("n")).lower()
        hits.append(Hit("lifecycle", m.start(), m.end(), 0.75, life_action(step), rule="approved-step"))
    if any_in_low(KEY_DONE_WORDS):
        for m in KEY_DONE.finditer(text):
            hits.append(Hit("lifecycle", m.start(), m.end(), 0.75, "reset", rule="key-step-done"))
    if NARROWED_GATE.search(low) and (m := NARROWED.search(text)):
        hits.append(Hit("access_change", m.start(), m.end(), 0.75, "modify", rule="narrowed-grant"))
    if any_in_low(ATTACHED_WORDS) and (m := ATTACHED_POLICY.search(text)):
        hits.append(Hit("access_change", m.start(), m.end(), 0.75, "grant", rule="attached-managed-policy"))
    if END_DATE_GATE.search(low) and (m := END_DATE_SET.search(text)):
        hits.append(Hit("attestation", m.start(), m.end(), 0.75, "modify", rule="end-date-set"))
    if any_in_low(PUT_IN_GROUP_WORDS) and any(word in text for word in PUT_IN_GROUP_WORDS) \
            and (m := PUT_IN_GROUP.search(text)):
        hits.append(Hit("access_change", m.start(), m.end(), 0.75, "grant", rule="put-in-group"))
    m = LOGIN_STEP.match(text)
    if m:
        hits.append(Hit("lifecycle", m.start(), m.end(), 0.7, life_action(m.group("v").lower()), rule="login-step"))
    m = RETENTION_VERDICT.match(text)
    if m:
        hits.append(Hit("attestation", m.start(), m.end(), 0.7, "attest", rule="retention-verdict"))
    return hits
