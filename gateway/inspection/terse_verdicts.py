"""The whole answer as a reviewer's call or an account's new state, in replies of a sentence or two:
a bare verdict ("Behalten.", "Revoke both.", "Zachować — dostęp zgodny z rolą.", "Decisión: revocar. Ya
no está en el equipo.", "保持で問題ありません。") is an attestation; a bare state ("Suspended.",
"Gesperrt.") is a lifecycle step reported done. Only short answers are read: in a longer one the same
words are a heading or an instruction about something else."""

from __future__ import annotations

import re

from gateway.inspection.hits import Hit
from gateway.inspection.lexicon_i18n import KEEP_VERDICTS, REVOKE_VERDICTS
from gateway.inspection.prose_decisions import ACCESS_CONTEXT
from gateway.inspection.prose_referents import has_person

SHORT = 200  # characters: a verdict and a reason of a sentence or two

_KEEP = "|".join(("keep", "retain", "certify", "recertify", "certified", "recertified", *KEEP_VERDICTS))
_REVOKE = "|".join(("revoke", "remove", *REVOKE_VERDICTS))
# A removal reported done: the reply certifies it (LABELS.md: closure notes certifying a removal).
DONE_REVOKES = ("revoked", "removed", "entzogen", "entfernt", "révoqué", "retiré", "revocado", "retirado", "revogado",
                "removido", "revocato", "rimosso", "ingetrokken", "verwijderd", "odebrano", "usunięto")
REVOKE = re.compile(_REVOKE, re.IGNORECASE)  # a verdict to take access away, not yet done
_REVOKE += "|" + "|".join(DONE_REVOKES)
_LABEL = (r"(?:decision|verdict|outcome|entscheidung|décision|decisión|decisão|decisione|besluit|beslissing|"
          r"decyzja|beslut)\**\s*[:\u2014\u2013-]\s*\**")
# Who or what the verdict is about, in a word: "Revoke both.", "Keep all three."
_WHOM = r"(?:\s+(?:both|all(?:\s+(?:three|four|of them))?|them|both of them|(?:his|her|their|the)\s+access))?"
VERDICT = re.compile(rf"\s*\**(?:{_LABEL})?(?P<v>{_KEEP}|{_REVOKE}){_WHOM}\**\s*"
                     r"(?P<end>[.!:,;\u2014\u2013]|-(?![A-Za-z])|\Z)",  # not `Remove-Printer`, a cmdlet
                     re.IGNORECASE)
# A reviewer's go-ahead for a request: "Yes — grant it. Read-only access to the dashboard is low risk." (LABELS.md:
# an entitlement recommendation, acted on by whoever asked).
_GRANT = (r"grant|approve|genehmigen|genehmige|approuver|approuve|aprobar|aprueba|apruébalo|aprovar|aprove|approvare|"
          r"approva|goedkeuren|keur goed|zatwierdź|godkänn")
GRANT_VERDICT = re.compile(rf"\s*\**(?:(?:yes|yep|sure|ok(?:ay)?|ja|oui|sí|si|sim|tak)\b[\s,.!\u2014\u2013-]*)?"
                           rf"(?P<v>{_GRANT})(?:\s+(?:it|this|that|the request|both|them|all(?:\s+three)?))?\**\s*"
                           r"(?P<end>[.!:,;\u2014\u2013]|-(?![A-Za-z])|\Z)", re.IGNORECASE)
# A reason that is about someone's work or access ("Ya no está en el equipo", "Kein Bedarf mehr seit
# Projektende"), not about a paragraph or a setting ("Keep, but shorten the intro").
REASON = re.compile(r"(?<!\w)(?:nothing to (?:remove|revoke|change)|no (?:changes|removals|revocations)|"
                    r"she|he|they|his|her|their|needs?|need|bedarf|besoin|necesita|precisa|nodig|"
                    r"behöver|potrzeb\w*|\w*team\w*|equipo|équipe|equipa|squadra|projekt\w*|project\w*|proyecto|"
                    r"projet|projeto|progetto|left|inactive|dormant|unused|função|función|fonction|funzione|"
                    r"functie|tjänst|stanowisk\w*|werkt|arbeitet|travaille|trabaja|trabalha|lavora|jobb\w*|"
                    r"pracuje|usa|uses?|used|nutzt|utilise|quit|slutade|verlassen|ausgeschieden|parti|partie|dejó|saiu|"
                    r"vertrokken|odszedł|odeszła)(?!\w)", re.IGNORECASE)
# Japanese, Chinese and Korean: keep or revoke, alone or with "that's fine".
CJK_VERDICT = re.compile(r"\s*(?:保持|維持|剥奪|维持|保留|收回|유지|회수)(?:で問題(?:ありません|ないです|なし)|"
                         r"でお願いします|が妥当です|が妥当|とします|即可|입니다)?\s*[。．.!！]?\s*\Z")
_STATES = (r"suspended|disabled|deactivated|locked|unlocked|re-?enabled|reactivated|deprovisioned|offboarded|"
           r"gesperrt|entsperrt|deaktiviert|suspendu|désactivé|bloqué|débloqué|suspendido|desactivado|bloqueado|"
           r"desbloqueado|suspenso|desativado|sospeso|disattivato|bloccato|sbloccato|geblokkeerd|gedeactiveerd|"
           r"opgeschort|zawieszon[oey]|zablokowan[oey]|odblokowan[oey]|dezaktywowan[oey]|avstängd|inaktiverad|"
           r"spärrad")
# A count of entries and one outcome for them: "All 9 retained — looks right for the team.", "Both kept."
_COUNT = r"(?:all(?:\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|of them))?|both|\d+\s+of\s+\d+)"
COUNTED = re.compile(rf"\s*\**{_COUNT}\s+(?:users?\s+|accounts?\s+|members?\s+|entries\s+)?"
                     r"(?:were\s+|are\s+)?(?P<v>retained|kept|certified|recertified|revoked|removed)\**\s*"
                     r"(?P<end>[.!:,;\u2014\u2013-]|\Z)", re.IGNORECASE)
_DONE = r"(?:done|ok|okay|erledigt|fait|hecho|feito|fatto|klaar|gotowe|klart)"
STATE = re.compile(rf"\s*\**(?:{_DONE}[,.:!\u2014\u2013-]?\s+)?(?P<v>{_STATES})\**\s*[.!]?\s*\Z", re.IGNORECASE)

_ACCESS = (r"access|toegang|zugriff|zugang|accès|acceso|acesso|accesso|dostęp|åtkomst|behörighet(?:en)?|"
           r"berechtigung(?:en)?|uprawnienia|permissions?")
# "Toegang passend, goedgekeurd voor Q2.": the reviewer's word that access fits the job
APPROPRIATE = re.compile(rf"\s*\**(?:{_ACCESS})\s+(?:is\s+|ist\s+|est\s+|es\s+|é\s+|è\s+|jest\s+|är\s+|"
                         r"blijft\s+|bleibt\s+|still\s+)?(?:appropriate|passend|angemessen|approprié|apropiado|"
                         r"adecuado|adequado|appropriato|adeguato|adekwatn\w+|odpowiedni\w*|lämplig|befogad)(?!\w)",
                         re.IGNORECASE)
# An auditor's answer naming who holds access: "Odpowiedź dla audytora: dostęp do `prod-kms` mają tylko Ewa
# i svc-kms", "For the auditor: only Ana and Raj have access to `payroll`".
AUDITOR = re.compile(r"(?<!\w)(?:auditor\w*|audytor\w*|prüfer\w*|auditeur\w*|auditora|revisor\w*|revisore)(?!\w)",
                     re.IGNORECASE)
HOLDERS = re.compile(rf"(?<!\w)(?:{_ACCESS})\s+(?:to|do|auf|à|a|tot|till)\s+[^.;\n]{{1,60}}?\s+(?:have|has|hat|haben|"
                     r"ont|tienen|tiene|têm|tem|hanno|hebben|heeft|mają|ma|har)\s+(?:only|nur|seulement|solo|só|apenas|"
                     r"alleen|tylko|endast|bara)(?!\w)|(?<!\w)(?:only|nur|seulement|solo|só|apenas|alleen|tylko|endast|"
                     rf"bara)\s+[^.;\n]{{1,60}}?\s+(?:have|has|hat|haben|ont|tienen|têm|hanno|hebben|mają|har)\s+"
                     rf"(?:{_ACCESS})(?!\w)", re.IGNORECASE)


def terse_verdict_hits(text: str) -> list[Hit]:
    """An attestation for a short answer that is a verdict, a lifecycle hit for one that is a state."""
    if len(text) > SHORT or "\n\n" in text.strip():
        return []
    m = STATE.match(text)
    if m:
        return [Hit("lifecycle", m.start("v"), m.end("v"), 0.7, "disable", rule="terse-state")]
    m = APPROPRIATE.match(text) or AUDITOR.search(text) and HOLDERS.search(text)
    if m:
        return [Hit("attestation", m.start(), m.end(), 0.7, "attest", rule="terse-attestation")]
    m = COUNTED.match(text)
    if m and (REASON.search(text, m.end()) or ACCESS_CONTEXT.search(text, m.end())):
        return [Hit("attestation", m.start("v"), m.end("v"), 0.7, "attest", rule="terse-verdict")]
    m = GRANT_VERDICT.match(text)
    if m and ACCESS_CONTEXT.search(text, m.end()):
        return [Hit("access_change", m.start("v"), m.end("v"), 0.7, "grant", rule="terse-grant-verdict")]
    m = VERDICT.match(text) or CJK_VERDICT.match(text)
    if m is None:
        return []
    reason = text[m.end():]
    named = has_person(reason) and not m.group("v").lower().endswith("ed")  # "Certified. The vendor is ...": a fact
    # "Revoked — she no longer has write on `prod`": a removal certified
    if (m.groupdict().get("v") or "").lower() in DONE_REVOKES:
        return [Hit("attestation", m.start(), m.end(), 0.7, "attest", rule="terse-verdict")] \
            if ACCESS_CONTEXT.search(reason) or has_person(reason) and REASON.search(reason) else []
    if not reason.strip() or REASON.search(reason) or ACCESS_CONTEXT.search(reason) or named:
        verdict = Hit("attestation", m.start(), m.end(), 0.7, "attest", rule="terse-verdict")
        # a revoke verdict is also the access change the reviewer's call sets off, as a recommendation to revoke is
        revoke = REVOKE.fullmatch(m.groupdict().get("v") or "")
        return [verdict, Hit("access_change", m.start(), m.end(), 0.7, "revoke", rule="terse-verdict")] if revoke \
            else [verdict]
    return []
