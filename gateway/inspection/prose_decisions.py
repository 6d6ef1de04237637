"""Identity evidence that needs the whole answer (answer_hits): review decisions as labels, table cells
or list lines, recommendations, a reviewer's one-line verdict, control-test results, closure notes
and offboarding plans."""

from __future__ import annotations

import re
from itertools import repeat

from gateway.inspection.alternation import head_first, leftmost, occurs
from gateway.inspection.hits import Hit
from gateway.inspection.keywords import Found
from gateway.inspection.lexicon_i18n import KEEP_VERDICTS, REVOKE_VERDICTS
from gateway.inspection.patterns import literal_safe
from gateway.inspection.prose_attributes import NEW_ANCHORS, NEW_GATES, attribute_form_hits
from gateway.inspection.prose_listings import audit_roster_hits, holder_listing_hits
from gateway.inspection.prose_referents import has_person
from gateway.inspection.prose_resolutions import WORDS as RESOLUTION_WORDS
from gateway.inspection.prose_resolutions import resolution_hits
from gateway.inspection.statements import IDENTITY
from gateway.inspection.windows import positions

IC = re.IGNORECASE
REVIEW = re.compile(r"recert|rezertifizier|re-certification|access review|decisions? on (?:\w+ ){0,3}access\b|"
                    r"review (?:of|decisions?|campaign|"
                    r"cycle|outcome)|certification (?:campaign|decision)|attest|geprüft|revisión|revue des|"
                    r"\breviewers?\b|überprüfung der (?:zugriffe|berechtigungen)|\bdecisions? for the "
                    r"(?:campaign|review)\b|\|\s*decision\s*\||revisione degli accessi|revisão de acessos|"
                    r"toegangsreview|toegangscontrole|hercertific|\bmy decisions\b|\bdecisions:|\bcampaign:|"
                    r"\breview\b[^.\n]{0,40}\bdecisions\b|"
                    r"review (?:you|we|i) (?:just )?(?:finished|completed|submitted)\b|manager review\b|"
                    # "Annual privileged-user review", "Dormant account review": tried at "review"
                    r"(?:(?<=privileged-user )|(?<=privileged user )|(?<=dormant account )|(?<=user access )|"
                    # a role's holders reviewed: "the Fleet Admin review", "the Owner role review"
                    r"(?<=admin )|(?<=admins )|(?<=administrator )|(?<=role )|(?<=entitlement )|(?<=membership )|"
                    r"(?<=service-account )|(?<=service account )|(?<=guest )|(?<=guest access ))"
                    r"review\b|"
                    # a periodic review reported done: "Slack guests, quarterly review done with the channel owners"
                    r"(?:(?<=quarterly )|(?<=annual )|(?<=yearly )|(?<=monthly )|(?<=periodic )|(?<=semi-annual ))"
                    r"review (?:done|completed|complete|finished)\b")
FUNDERS = head_first(r"\b(?:funder|funding|grant amount|applicant|award(?:ed)?|fellowship|scholarship|"
                     r"bursary|stipend)s?\b")
# A markdown table's header row (the line above its `|---|` rule).
TABLE_HEADER = re.compile(r"^\|[^\n]*\|[ \t]*\n(?=\|[ \t:|-]+\|?[ \t]*$)", re.MULTILINE)


def _table_headers(low: str) -> str:
    """The header rows of the text's tables, or the whole text when it has none: a grant table names its funder
    and applicant in its columns, where a reviewer's reason ("PI on the DoD award") does not stand."""
    headers = TABLE_HEADER.findall(low)
    return "\n".join(headers) if headers else low


# A records retention review's other verdict: files are kept or destroyed, never a person's access.
DISPOSAL = re.compile(r"\|\s*\**(?:destroy(?:ed)?|dispose(?:d)?|shred(?:ded)?|vernichten|vernichtet|détruire|détruit|"
                      r"destruir|eliminar|vernietigen|vernietigd|distruggere|scarto)\**\s*\|", re.I)
# Where a REVIEW match may start (but for the table header "| decision |": _reviewed).
REVIEW_STARTS = ("recert", "rezertifizier", "re-certification", "access review", "review", "certification ", "attest",
                 "geprüft", "revisión", "revue des", "überprüfung der ", "decision", "revisione degli accessi",
                 "revisão de acessos", "toegangsreview", "toegangscontrole", "hercertific", "manager review")
REVIEW_STEMS = ("recert", "review", "certification", "attest", "geprüft", "revisión", "revue", "rezertifiz",
                "überprüfung", "decision", "revisione", "revisão", "decided", "toegangscontrole", "hercertific")
DECISION_STEMS = ("retain", "revoke", "keep", "remove", "certif", "conserver", "révoquer", "behalten",
                  "mantener", "bestätigt", "entzieh", "revocar", "maintien", "mantiene", "mantenid", "behouden",
                  "mantenut", "akkoord", "approved", "disable", "deactivate", "suspend", "ingetrokken", "intrekken",
                  "entzogen", "revocad", "révoqué", "revogad", "revocat")
RECOMMEND = re.compile(
    # "Recommendation: approve", "my recommendation is: **revoke**"
    r"\brecommend(?:ation|ed)?(?:\s+for\s+(?:the\s+)?\w+)?(?:\s+(?:is|would be)(?=\s*[:*])|\s+(?:is|would be)\s+to)?"
    r"\s*[:\-\u2013]?\s*\**\s*"
    r"(?P<v>approve|grant|revoke|remove|deny|reject|"
    r"retain|keep|certify|otorgar|conceder|aprobar|revocar|genehmigen|gewähren|entziehen|approuver|"
    r"accorder|révoquer)\b|\b(?:i |we )?recommend(?:s|ed)? (?P<v2>retaining|revoking|approving|removing|granting)\b"
    r"(?!\s+(?:the\s+|this\s+)?(?:prs?|pull requests?|merge requests?|mrs?|diff|patch|invoice|expenses?|budget|"
    r"purchase|loan|claim|refund|design|draft|proposal|quote|timesheet|leave)\b)|"
    r"\b(?:empfehlung|recomendaci[oó]n|recommandation|raccomandazione|recomenda[cç][aã]o|aanbeveling|rekomendacja|"
    r"rekommendation|anbefaling|suositus|advies)\s*\**\s*[:\-\u2013]\s*\**\s*(?P<v3>zatwierdzić|odrzucić|cofnąć|odebrać|"
    r"utrzymać|aprovar|revogar|manter|approvare|revocare|mantenere|goedkeuren|intrekken|behouden|godkänn|"
    r"återkalla|behåll|godkend|tilbagekald|genehmigen|entziehen|behalten|aprobar|revocar|mantener|approuver|"
    r"révoquer|conserver)\b|"
    r"\bi(?:'d|\u2019d| would) (?P<v4>approve|revoke) (?:this one|this request|the request|it)\b|"  # a reviewer's call
    # an owner's decision stated: "my decision as system owner is to revoke all nine"
    r"\b(?:my|our) decision(?: as (?:the )?[\w -]{2,40}?)? is to (?P<v6>revoke|remove|retain|keep|certify|disable)\b|"
    # "management has decided to revoke the access", "we decided to remove both logins"
    r"\bdecided to (?P<v7>revoke|remove|retain|keep|certify|disable)(?=\s+(?:the\s+|their\s+|his\s+|her\s+|its\s+|"
    r"all\s+|both\s+)?(?:[\w-]+\s+){0,2}?(?:access|accounts?|users?|roles?|rights|permissions?|logins?|entitlements?|"
    r"membership|privileges?)\b)|"
    # a labelled outcome: "Suggested outcome: **approve the request**", "Proposed decision - revoke"
    r"\b(?:suggested|proposed|recommended)\s+(?:outcome|decision|action|disposition|resolution|verdict)\**\s*"
    r"[:\-\u2013\u2014]\s*\**\s*(?P<v5>approve|grant|revoke|retain|keep|certify)\b(?!\s+(?:the\s+|this\s+)?(?:prs?|"
    r"pull requests?|merge requests?|mrs?|diff|patch|invoice|expenses?|budget|purchase|loan|claim|refund|design|"
    r"draft|proposal|quote|timesheet|leave)\b)",
    IC)
RECOMMEND_HEADS = ("suggested ", "proposed ", "empfehlung", "recomendaci", "recommandation", "raccomandazione",
                   "recomenda", "aanbeveling",
                   "rekomendacja", "rekommendation", "anbefaling", "suositus", "advies")
FIRST_PERSON = ("i'd approve", "i\u2019d approve", "i would approve", "i'd revoke", "i\u2019d revoke", "i would revoke")
DECIDED = ("my decision", "our decision", "decided to")
# where a match starts
RECOMMEND_ANCHORS = ("recommend", "i recommend", "ı recommend", *RECOMMEND_HEADS, *FIRST_PERSON, *DECIDED)
# A credit decision: "Recommendation: approve" on a loan, whose "accounts" are the borrower's books.
LENDING = re.compile(r"\b(?:loans?|credit memo|underwrit\w*|covenants?|dscr|loan-to-value|mortgages?|"
                     r"debentures?)\b", IC)
# A terse recommendation names no access but whom it is for: "Recommendation: approve — Tomás needs
# `db-writer` ...", "Recomendação: aprovar — a Beatriz assume o on-call".
TERSE_LENGTH = 300
FOR_SOMEONE = re.compile(r"\s*[\u2014\u2013:-]\s+[^\n]{0,40}?(?<![.!?] )\b[A-Z][a-zà-ÿ]{2,}\s+(?:needs|requires|joins|"
                         r"takes over|is joining|assume|assumes|precisa|necesita|asume|braucht|benötigt|übernimmt|"
                         r"a besoin|prend|ha bisogno|heeft|behöver|potrzebuje)\b")
# Approving what someone already holds is a review's keep verdict: "approve continued access for b.ahmed".
CONTINUED = re.compile(r"\s+(?:the\s+|their\s+|his\s+|her\s+)?continued\s+(?:access|membership|use|rights|"
                       r"assignment)\b", IC)
RETAIN_VERBS = ("retain", "keep", "certif", "utrzyma", "manter", "mantener", "behouden", "behåll", "behalten",
                "conserver")
REVOKE_VERBS = ("revo", "remov", "entz", "révo", "cofn", "odebr", "intrek", "återk", "tilbagek")
ACCESS_CONTEXT = re.compile(r"\b(?:access|permissions?|roles?|rol|rôles?|ruol[oi]|entitlements?|groups?|privileg\w*|"
                            r"owners?|"
                            r"rights|memberships?|admin\w*|justification|manager approval|time-box\w*|sod|"
                            r"least privilege|business need|permission set|identit(?:y|ies)|accounts?|dormant|"
                            r"read-?only|editors?|viewers?|contributors?|approvers?|"  # a level asked for by its name
                            r"papel|papéis|perfil|perfis|perfiles|ruolo|ruoli|rolle|"
                            r"\w*(?:zugriff|zugang|berechtigung)\w*|rechte|rollen?|gruppen?|acceso|permisos?|accès|"
                            r"droits?|habilitations?|acesso|permiss(?:ão|ões)|accesso|permessi|toegang|rechten|"
                            r"dostęp\w*|uprawnie\w*|åtkomst|behörighet\w*)\b", IC)
TABLE_DECISION = re.compile(r"\|\s*\**(?P<v>approved?|grant(?:ed)?|revoke[d]?|retain(?:ed)?|keep|"
                            r"remove[d]?|certif(?:y|ied)|"
                            # German, Spanish, Portuguese, French, Dutch: approve, revoke, keep
                            r"genehmig(?:en|t)|aprobar|aprobad[oa]|aprovar|aprovad[oa]|approuver|approuvée?|"
                            r"goedkeuren|goedgekeurd|entziehen|entzogen|revocar|revocad[oa]|revogar|revogad[oa]|"
                            r"révoquer|révoquée?|intrekken|ingetrokken|behalten|beibehalten|mantener|manter|"
                            r"conserver|behouden)\**(?:\s*[\u2014\u2013:-]\s[^|\n]{0,80})?\s*\|", IC)
APPROVE_VERBS = ("approv", "grant", "genehmig", "aprob", "aprov", "approuv", "goedkeur", "goedgekeur")
REVOKE_VERBS = ("revok", "remov", "entzieh", "entzog", "revoc", "revog", "révoqu", "intrek", "ingetrok")
DECISION_LINE = re.compile(
    r"^[ \t]*(?:[-*+]|\d+[.)]|\|)?[^\n]{0,120}?\b(?P<v>retain(?:ed)?|revoke[d]?|keep|remove[d]?|certified|approved|"
    r"disable|deactivate|suspend|"
    r"certify|à conserver|à révoquer|behalten|beibehalten|mantener|se mantiene|mantenid[oa]s?|bestätigt|entziehen|"
    r"revocar|maintien|behouden|mantenut[oa]|akkoord(?: bevonden)?|"
    # a revocation recorded on its line, in other languages: "`anouk@...` – ingetrokken, opdracht afgerond"
    r"ingetrokken|intrekken|entzogen|revocad[oa]|révoquée?|revogad[oa]|revocat[oa])\b[^\n]{0,120}$",
    IC | re.MULTILINE)
# An answer that opens with a review verdict and its reason: "Revoke: no login in 147 days".
TERSE_DECISION = re.compile(
    r"\s*\**(?P<v>retain|revoke|certify|recertify)\**\s*(?:\u2014|\u2013|-|:|,)\s+[^\n]{0,160}?"
    r"\b(?:she|he|they|user|uses?|used|login|sign-?in|team|department|role|access|account|inactive|dormant|left|"
    r"moved|transferred)\b", IC)
IMPERATIVE_ITEM = re.compile(r"\s*(?:[-*+]|\d+[.)])?\s*(?:keep|remove)\s+(?:the|a|an|your|it|this|that|them)\b", IC)
# "Keep `~/.ssh/id_ed25519` private.": how to handle a secret, not a verdict on anyone's access.
KEPT_SECRET = re.compile(r"\s*(?:[-*+]|\d+[.)])?\s*keep\s[^\n]{1,80}?\s(?:private|secret|safe|secure|confidential)"
                         r"\s*[.!]?\s*\Z", IC)
# What someone or something does not do, as a rule: "she does not certify that the contents are true".
DOES_NOT = re.compile(r"\b(?:does not|doesn't|doesn\u2019t)\s+\Z", IC)
DISABLE_DECISION = re.compile(r"disable|deactivate|suspend", IC)
REVOKE_DECISION = re.compile(r"revok|remov|à révoquer|ingetrokken|intrekken|entzogen|revocad|révoqué|revogad|revocat|"
                             + "|".join(REVOKE_VERDICTS), IC)
OFFBOARDING = re.compile(r"\b(?:offboarding|leaver|exit|deprovisioning)\s+(?:plan|checklist|steps|"
                         r"runbook|for|timeline|schedule)\b|\boffboarding\b|"
                         r"\bplan (?:de baja|de salida|de départ)\b|\bplano de (?:desligamento|saída)\b|"
                         r"\bpiano di uscita\b|\baustrittsplan\b|"
                         r"\bleaver\s*[\u2013\u2014:-]\s*(?=[A-Z])", IC)
# where every OFFBOARDING match starts
OFFBOARD_ANCHORS = ("offboard", "leaver", "exit", "deprovisioning", "plan de", "plano de", "piano di", "austrittsplan")
# "Plan de baja de Diego: ...": whose plan it is, named right after it
PLAN_FOR_NAME = re.compile(r"\s+(?:de|for|für|pour|di|da|do)\s+[A-Z][a-zà-ÿ]+")
TIMED = re.compile(r"\b\d{1,2}:\d{2}\b|\bday \d+\b|\+\d+ days\b|\blast day\b|\beffective\b|\beod\b|"
                   r"\b(?:mon|tues|wednes|thurs|fri)day\b", IC)
TIMED_AT = ((":", (2, 1)), ("day", (0, 3, 4, 5, 6)), ("+", (0,)), ("effective", (0,)), ("eod", (0,)))  # starts


DECISION_LABEL = re.compile(
    r"\b(?:decision|entscheidung|decisión|décision|decisione|decisão|besluit|beslut|decyzja|"
    r"(?:recertification|certification|review|attestation) (?:outcome|result|verdict|comment|action|disposition)|"
    r"(?:reviewer|certifier|approver)(?:'s)? (?:comment|note|response|action)s?|disposition)\b[^:\n]{0,80}:"
    r"\s*\**\s*(?:(?:\w+\s+){0,3}?(?P<v>retain|keep|"
    r"revoke|remove|certify|accept|approve|maintain|" + "|".join(KEEP_VERDICTS + REVOKE_VERDICTS) + r")|"
    # the verdict said of the access in the passive: "Decision: the existing access for PGY-2 residents is retained"
    r"[^\n.;?]{0,120}?\b(?:is|are|was|were|will be|to be|shall be|remains?)\s+"
    r"(?P<pv>retained|kept|maintained|certified|revoked|removed))\b", IC)
LABEL_ANCHORS = ("decision", "entscheidung", "decisión", "décision", "decisão", "besluit", "beslut", "decyzja",
                 "reviewer", "certifier", "approver", "disposition",
                 "recertification ", "certification ", "review ", "attestation ")
FOREIGN_CLOSURES = ("nota de encerramento", "nota de cierre", "nota de fecho", "note de clôture", "abschlussnotiz",
                    "nota di chiusura", "afsluitnotitie", "notatka zamknięcia", "abschlussvermerk",
                    "ticket geschlossen", "chiusura della richiesta", "chiudo il ticket", "pratica chiusa",
                    "ticket chiuso", "ticket cerrado", "ticket fechado", "ticket clôturé", "ticket clos",
                    "dossier clos", "demande clôturée", "caso cerrado", "solicitud cerrada", "chamado encerrado",
                    "ticket encerrado", "anfrage geschlossen", "vorgang geschlossen", "melding gesloten",
                    "ticket gesloten", "cierro el ticket", "cierro la solicitud", "clôture du ticket",
                    "clôture de la demande", "fecho o ticket", "encerro o chamado", "schließe das ticket",
                    "schließe den vorgang", "zgłoszenie zamknięte", "zamykam zgłoszenie", "solicitação encerrada",
                    "pedido encerrado", "chamado fechado", "solicitação concluída",
                    "kann geschlossen werden", "ticket schließen", "peut être clôturé", "puede cerrarse",
                    "cierre del ticket", "cierre de la solicitud", "retiro confirmado", "baja confirmada")
CLOSURE_ANCHORS = ("closure", "closing", "close note", "completion", "resolution", "case closed", "ticket closed",
                   "request closed", "case resolved", "ticket resolved", "request resolved", *FOREIGN_CLOSURES)
CLOSURE_HEAD = re.compile(r"\b(?:closure|closing|completion|resolution) (?:note|comment|summary)\b|"
                          r"\bclose notes?\b|"  # ServiceNow's field
                          r"\b(?:case|ticket|request) (?:closed|resolved)\b|"
                          r"\b(?:" + "|".join(FOREIGN_CLOSURES) + r")\b")
LOGIN_NAME = re.compile(r"\b[a-z]+[._][a-z]+\b(?![\w(])")  # not a call: `plt.ylabel("...")`
# `svc-dr-failover`, `j.doe`, an SAP user `HBRADLEY`
CODE_NAME = re.compile(r"`[\w.@-]*[-_.@][\w.@-]*`|`[A-Z][A-Z0-9]{4,11}`")
DONE_CHANGE = re.compile(r"\b(?:removed|revoked|disabled|deprovisioned|provisioned|granted|deactivated|removid[oa]s?|"
                         r"disattivat[oaie]|desativad[oa]s?|desactivad[oa]s?|désactivée?s?|deaktiviert|"
                         r"revogad[oa]s?|eliminad[oa]s?|retirad[oa]s?|supprimée?s?|révoquée?s?|entfernt|entzogen|"
                         r"rimoss[oaie]|retrait|retirée?s?|suppression|excluíd[oa]s?|apagad[oa]s?|retiró|"
                         r"revocat[oa]|verwijderd|ingetrokken|usunięt\w*|rimozione|remoção|eliminación|entfernung)\b")
# A removal from a group or role named in a closure note (searched lower-cased).
REMOVED_FROM = re.compile(r"\b(?:removal|revocation|removed|revoked)\b(?: of)?[^.\n]{1,80}?\bfrom\b[^.\n]{0,80}?"
                          r"(?:`[^`\n]{2,60}`|\b(?:groups?|roles?|teams?|org|organi[sz]ation|admins?|access)\b)")
CLOSURE_GATES = ("clos", "resol", "completion", "encerramento", "cierre", "fecho", "clôture", "abschluss", "chiusura",
                 "afsluit", "zamknięcia", "geschlossen", "chiudo", "chius", "cerrado", "cerrada", "fechado", "clôturé",
                 "gesloten", "cierro", "encerro", "schließe", "zamknięte", "zamykam", "encerrad", "concluída",
                 "confirmad",
                 "cerrarse")


# A label that is code: a call or a definition's header ("Decision(str, Enum):", "def decision(item):").
CODE_HEADER = re.compile(r"\w+\((?!s\))")  # not "Decision(s):"
CODE_DEFINITION = re.compile(r"[ \t]*(?:class|def|async def|enum|struct|interface|type|func|fn)[ \t]+[\w.]*\Z", IC)


# What a verdict is given on and for whom, after it: " `FIN-AR-Approver` from Peter Lang", " admin for j.doe".
VERDICT_OBJECT = re.compile(r"[*_]*[ \t]+(?:`[^`\n]{1,60}`|[\w-]+(?:[ \t][\w-]+){0,2}?)[ \t]+(?:from|for)[ \t]+"
                            r"(?P<who>[^\n\u2014\u2013;,.(]{2,40})")


def _verdict_on_person(m: re.Match[str]) -> bool:
    """"Decision for Omar Farouk / AP Clerk: **Revoke**": the verdict right after the colon, on a named
    person (no access word needed; "Decision for Ann Lee: we keep the vendor" is not a verdict)."""
    label, _, verdict = m.group(0).rpartition(":")
    if m.group("v") is None or verdict.strip(" \t*_").lower() != m.group("v").lower():
        return False
    if has_person(label):
        return True
    # "Decision for line 37: **revoke** `FIN-AR-Approver` from Peter Lang": the person after the verdict
    after = VERDICT_OBJECT.match(m.string, m.end())
    return after is not None and has_person(after.group("who"))


def _decision_labels(text: str, found: Found) -> list[Hit]:
    """"Decision: retain ..." with access around it, or on a named person."""
    hits: list[Hit] = []
    for m in found.matches(DECISION_LABEL, text, LABEL_ANCHORS):
        if CODE_HEADER.match(text, m.start()) \
                or CODE_DEFINITION.match(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
            continue  # "class Decision(str, Enum):\n    retain = ...": a type's values, nobody's verdict
        line_end = text.find("\n", m.end())
        if "?" in text[m.start(): len(text) if line_end == -1 else line_end]:
            continue  # "I need a decision from you: should she keep it?" asks, decides nothing
        verdict = (m.group("v") or m.group("pv")).lower()
        if verdict in ("approve", "accept") and m.group(0).lower().startswith(LABEL_ANCHORS[-4:]):
            continue  # "Review outcome: approve" is as likely a pull request's as an access request's
        if ACCESS_CONTEXT.search(text, max(0, m.start() - 400), m.end() + 400) or _verdict_on_person(m):
            kind = "access_change" if verdict == "approve" else "attestation"
            hits.append(Hit(kind, m.start(), m.end(), 0.75, "grant" if kind == "access_change" else "attest",
                            rule="decision-label"))
            if REVOKE_DECISION.match(verdict):  # "Decision for Omar Farouk: Revoke": someone will carry it out
                hits.append(Hit("access_change", m.start(), m.end(), 0.7, "revoke", rule="decision-label"))
    return hits


# A control test's verdict line under an access review or a leavers' reconciliation: "Result: **Pass.**"
CONTROL_RESULT = re.compile(r"^[ \t>*#-]*(?:overall |test |control )?(?:result|conclusion|outcome)\**[ \t]*[:\u2014-]"
                            r"[ \t]*\**(?:pass(?:ed)?|effective|operating effectively|satisfactory|"
                            r"no exceptions?(?: noted)?)\b", IC | re.MULTILINE)
CONTROL_RESULT_WORDS = ("pass", "effective", "satisfactory", "no exception")
RECONCILED = re.compile(r"\b(?:reconciliation|reconciled|recertif\w*|access review|terminat\w+ users?|leavers?|"
                        r"privileged accounts?|user access)\b", IC)


def _control_result(text: str, low: str) -> list[Hit]:
    if not any(map(low.__contains__, CONTROL_RESULT_WORDS)):
        return []
    if len(low) != len(text):  # offsets would not hold
        m = CONTROL_RESULT.search(text)
    else:
        m = next((m for m in map(CONTROL_RESULT.match, repeat(text), _result_lines(low)) if m is not None), None)
    if m is None or RECONCILED.search(text) is None or IDENTITY.search(low) is None:
        return []
    return [Hit("attestation", m.start(), m.end(), 0.7, "attest", rule="control-result")]


OTHER_APPROVAL = re.compile(r"\s+(?:the|this)\s+(?:change|deviation|capa|supplier|vendor|batch|lot|purchase|invoice|"
                            r"budget|design|proposal|release|protocol|validation|amendment)\b(?!\s+(?:request|access))",
                            re.IGNORECASE)


def _result_lines(low: str) -> list[int]:
    """Starts of the lines holding a result word, in order: where a CONTROL_RESULT match may start."""
    return sorted({low.rfind("\n", 0, at) + 1 for at in positions(low, ("result", "conclusion", "outcome"))})


# A review's outcome counted per system: a table whose columns count what was kept and what was taken away
# ("| Application | Entitlements reviewed | Retained | Revoked |"), in an answer about a review (not claims or loans
# approved and rejected).
OUTCOME_HEADER = re.compile(r"^[ \t]*\|(?=[^\n]*\|[ \t]*(?:retained|kept|certified|recertified|confirmed|"
                            r"maintained)[ \t]*\|)(?=[^\n]*\|[ \t]*(?:revoked|removed|remediated)[ \t]*\|)[^\n]*$",
                            re.IGNORECASE | re.MULTILINE)
REVIEW_WORD = re.compile(r"\b(?:review\w*|recertif\w*|certification|attest\w*|campaign)\b", re.IGNORECASE)


def _outcome_counts(text: str) -> list[Hit]:
    m = OUTCOME_HEADER.search(text) if "|" in text else None
    if m is None or REVIEW_WORD.search(text) is None:
        return []
    return [Hit("attestation", m.start(), m.end(), 0.75, "attest", rule="attest-counts-table")]


# A review's decisions as a list, one holder a line and the verdict in bold: "- j.park@parklegal.com — **remove**
# (appointment ended 30 Sep)", in an answer about a review or a campaign.
DECISION_ITEM = re.compile(r"^[ \t]*(?:[-*•]|\d{1,3}[.)])[ \t]+[^\n]{1,120}?(?:[—–:]|\s-)[ \t]*\*\*(?P<v>keep|retain|"
                           r"certify|remove|revoke)\*\*", re.IGNORECASE | re.MULTILINE)


def _decision_items(text: str) -> list[Hit]:
    # not a file or a directory kept or deleted ("- `/gpfs-old/climate-1998` — **retain**"): a retention decision
    if "**" not in text:
        return []
    items = [m for m in DECISION_ITEM.finditer(text) if "/" not in text[m.start(): m.start("v")]]
    if len(items) < 2 or REVIEW_WORD.search(text) is None:
        return []
    hits = [Hit("attestation", items[0].start("v"), items[0].end("v"), 0.75, "attest", rule="attest-decision-list")]
    revoke = next((m for m in items if m.group("v").lower() in ("remove", "revoke")), None)
    if revoke is not None:  # someone acts on it, as on a revoke recommendation
        hits.append(Hit("access_change", revoke.start("v"), revoke.end("v"), 0.75, "revoke", rule="recommendation"))
    return hits


# A review's outcome as labelled lists, one of holders kept and one of holders removed: "Retained (12): achen, …"
# then "Revoked (3): consort-ukmo, …".
OUTCOME_LINE = re.compile(r"^[ \t>*-]*[*_]{0,2}(?P<v>retained|kept|revoked|removed)[*_]{0,2}[ \t]*(?:\(\d+\)|\d+)?"
                          r"[ \t]*[*_]{0,2}:[*_]{0,2}[ \t]*[`\w]", re.IGNORECASE | re.MULTILINE)


def _outcome_lines(text: str) -> list[Hit]:
    if ":" not in text:
        return []
    lines = list(OUTCOME_LINE.finditer(text))
    kept = next((m for m in lines if m.group("v").lower() in ("retained", "kept")), None)
    removed = next((m for m in lines if m.group("v").lower() in ("revoked", "removed")), None)
    if kept is None or removed is None or REVIEW_WORD.search(text) is None:
        return []
    return [Hit("attestation", kept.start("v"), kept.end("v"), 0.8, "attest", rule="attest-outcome-lines"),
            Hit("access_change", removed.start("v"), removed.end("v"), 0.8, "revoke", rule="attest-outcome-lines")]


def answer_hits(text: str, low: str, found: Found) -> list[Hit]:
    """Hits that need the whole answer: recommendations, decision tables, offboarding plans
    (`found`: where the ANSWER_WORDS occur in `low`)."""
    hits: list[Hit] = (_decision_labels(text, found) + attribute_form_hits(text, low, found)
                       + _control_result(text, low) + _submitted_decisions(text, found)
                       + holder_listing_hits(text, low) + audit_roster_hits(text, low)
                       + resolution_hits(text, low, found) + _outcome_counts(text) + _decision_items(text)
                       + _outcome_lines(text))
    recommend = found.has("recommend") or found.any(RECOMMEND_HEADS) or found.any(FIRST_PERSON) or found.any(DECIDED)
    for m in leftmost(found.matches(RECOMMEND, text, RECOMMEND_ANCHORS)) if recommend else ():
        verb = (m.group("v") or m.group("v2") or m.group("v3") or m.group("v4") or m.group("v5")
                or m.group("v6") or m.group("v7")).lower()
        window = text[max(0, m.start() - 400): m.end() + 400]
        if OTHER_APPROVAL.match(text, m.end()):
            continue  # "Recommendation: approve the change, with enhanced monitoring": a change control's verdict
        if not (ACCESS_CONTEXT.search(window) or len(text) <= TERSE_LENGTH and FOR_SOMEONE.search(text, m.end())) \
                or LENDING.search(window):
            continue
        start = _decided_request(text, m.start()) if m.group("v5") else m.start()
        if verb.startswith(RETAIN_VERBS) or CONTINUED.match(text, m.end()):
            hits.append(Hit("attestation", start, m.end(), 0.75, "attest", rule="recommendation"))
            continue
        action = "revoke" if verb.startswith(REVOKE_VERBS) else "grant"
        if action == "revoke":  # a revoke recommendation is also a review decision
            hits.append(Hit("attestation", start, m.end(), 0.7, "attest", rule="recommendation"))
        confidence = 0.6 if verb in ("deny", "reject") else 0.8
        hits.append(Hit("access_change", start, m.end(), confidence, action, rule="recommendation"))
    review = found.any(REVIEW_STEMS) and _reviewed(low, found)
    decisions = [m for m in TABLE_DECISION.finditer(text) if not _header_cell(text, m.start())] if "|" in low else []
    if decisions and FUNDERS.search(_table_headers(low)):
        decisions = []  # "| Applicant | Funder | Grant | Amount | Decision |": research grants awarded
    if decisions and DISPOSAL.search(text):  # "| EST/2010/14 Boiler replacement | Destroy |": files kept or
        decisions, review = [], False  # destroyed, a records retention review
    # the whole answer searched for access words only when a decision to grant or revoke asks for them
    acts = any(m.group("v").lower().startswith(APPROVE_VERBS + REVOKE_VERBS) for m in decisions)
    access = acts and ACCESS_CONTEXT.search(text) is not None
    for m in decisions:
        verb = m.group("v").lower()
        if verb.startswith(APPROVE_VERBS) and access:
            hits.append(Hit("access_change", m.start(), m.end(), 0.75, "grant", rule="decision-table"))
        elif review:
            hits.append(Hit("attestation", m.start(), m.end(), 0.75, "attest", rule="decision-table"))
        if verb.startswith(REVOKE_VERBS) and access and (recommend or review):  # someone acts on it
            hits.append(Hit("access_change", m.start(), m.end(), 0.75, "revoke", rule="recommendation-table"))
            if not review:  # as in prose, a revoke recommendation is also a review decision
                hits.append(Hit("attestation", m.start(), m.end(), 0.7, "attest", rule="recommendation-table"))
    if review:
        for start, end in found.lines_holding(low, DECISION_STEMS):
            m = DECISION_LINE.match(text, start, end)
            if m and (IMPERATIVE_ITEM.match(m.group(0)) and not ACCESS_CONTEXT.search(m.group(0))
                      or KEPT_SECRET.match(m.group(0))):
                continue  # "- Keep the Project Summary to one page": advice, not a verdict on someone's access
            if m and DOES_NOT.search(text, max(0, m.start("v") - 12), m.start("v")):
                continue
            if m and (_names_someone(m.group(0)) or LOGIN_NAME.search(m.group(0)) or CODE_NAME.search(m.group(0))):
                hits.append(Hit("attestation", m.start(), m.end(), 0.7, "attest", rule="decision-line"))
                if REVOKE_DECISION.match(m.group("v")):  # a revocation the connector or an admin carries out
                    hits.append(Hit("access_change", m.start(), m.end(), 0.7, "revoke", rule="decision-line"))
                elif DISABLE_DECISION.match(m.group("v")):  # "Disable: Rosa Delgado (no contract)": an account step
                    hits.append(Hit("lifecycle", m.start(), m.end(), 0.7, "disable", rule="decision-line"))
    m = TERSE_DECISION.match(text)
    if m:  # a reviewer's one-line answer: "retain — she's still on the payments team"
        hits.append(Hit("attestation", m.start(), m.end(), 0.7, "attest", rule="terse-decision"))
        if m.group("v").lower() == "revoke":  # the reviewer's revoke is carried out: the access goes
            hits.append(Hit("access_change", m.start(), m.end(), 0.7, "revoke", rule="terse-decision"))
    m = next(iter(found.matches(CLOSURE_HEAD, low, CLOSURE_ANCHORS)), None) if found.any(CLOSURE_GATES) else None
    before = max(0, m.start() - 600) if m else 0  # a note may end with its closing line: "… supprimé. Ticket clôturé."
    if m and IDENTITY.search(low, before, m.end() + 600) and DONE_CHANGE.search(low, before, m.end() + 600):
        hits.append(Hit("attestation", m.start(), m.end(), 0.75, "attest", rule="closure-note"))
    removal = REMOVED_FROM.search(low, m.start(), m.end() + 600) if m else None
    if removal and IDENTITY.search(low, removal.start(), removal.end()):
        # the note records a revocation carried out: "Removal of Dmitri Orlov from `AWS-Prod-Admins` is complete"
        hits.append(Hit("access_change", removal.start(), removal.end(), 0.7, "revoke", rule="closure-note"))
    m = None if not found.any(OFFBOARD_ANCHORS) else OFFBOARDING.search(text) \
        if not literal_safe(text, low) else next(iter(found.matches(OFFBOARDING, text, OFFBOARD_ANCHORS)), None)
    if m and occurs(TIMED, text, low, TIMED_AT, literal_safe(text, low)) and (has_person(text)
                                                                                or PLAN_FOR_NAME.match(text, m.end())):
        hits.append(Hit("lifecycle", m.start(), m.end(), 0.7, "disable", rule="offboarding-plan"))
    return hits


# A review decision the reader is told to submit: "Submit 'Approve' for the whole campaign", "click **Revoke** on
# each of the 12 items". The button is the verdict; in an access review it keeps or takes away the access.
SUBMITTED = re.compile(r"(?:submit|click|select|choose|press)\s+(?:on\s+)?(?:the\s+)?[*_]*[\"'\u201c\u2018`]*[*_]*"
                       r"(?P<v>approve|certify|revoke|retain|keep|maintain|remove)[*_]*[\"'\u201d\u2019`]*[*_]*"
                       r"(?![\w-])(?!\s+(?:button\s+)?(?:on|for)\s+(?:the\s+|this\s+)?(?:prs?|pull requests?|"
                       r"merge requests?|mrs?|diff|patch|invoice|expenses?|timesheet)\b)", IC)
SUBMIT_ANCHORS = ("submit", "click", "select", "choose", "press")
CAMPAIGN = re.compile(r"\b(?:campaign|certification|recertification|access review|attestation|review items?|"
                      r"line items?|entitlements?)\b", IC)
# Whom the verdict is for, decided here: "for the whole campaign", "on the four dormant accounts" (a reviewer
# guide's "choose Approve if the person still needs it, Revoke if not" decides nothing).
DECIDED_SCOPE = re.compile(r"[^.;\n?]{0,20}?\b(?:for|on)\s+(?:the\s+)?(?:whole|entire|all|every|each\s+of|these|those|"
                           r"them|\d+|two|three|four|five|six|seven|eight|nine|ten|dormant|remaining)\b"
                           r"(?![^.;\n?]{0,60}?\b(?:if|unless|when|where|that|who)\b)", IC)
REVIEWED_PEOPLE = re.compile(r"\b(?:users|members|holders|reviewees|employees)\b", IC)  # whose access is reviewed


def _submitted_decisions(text: str, found: Found) -> list[Hit]:
    """A review verdict to submit, in an access review (a campaign or certification with access around it)."""
    hits: list[Hit] = []
    for m in found.matches(SUBMITTED, text, SUBMIT_ANCHORS) if found.any(SUBMIT_ANCHORS) else ():
        if m.group(0)[m.start("v") - m.start() - 1:m.start("v") - m.start()].isspace() and m.group("v").islower():
            continue  # "select keep to ...": a plain verb, not a button's label
        if not DECIDED_SCOPE.match(text, m.end()):
            continue
        window = (max(0, m.start() - 300), m.end() + 300)
        if not (CAMPAIGN.search(text, *window)
                and (ACCESS_CONTEXT.search(text, *window) or REVIEWED_PEOPLE.search(text, *window))):
            continue
        action = "revoke" if m.group("v").lower().startswith(REVOKE_VERBS) else "grant"
        hits.append(Hit("access_change", m.start(), m.end(), 0.75, action, rule="submitted-decision"))
        hits.append(Hit("attestation", m.start(), m.end(), 0.75, "attest", rule="submitted-decision"))
    return hits


# the rule under a table's header row: "|---|:---:|"
TABLE_RULE = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?:\n|$)")


def _header_cell(text: str, at: int) -> bool:
    """The cell at `at` names a column ("| Grant | PI lab | Budget |"): the next line is the header's rule."""
    line_end = text.find("\n", at)
    return line_end != -1 and TABLE_RULE.match(text, line_end + 1) is not None


# A change ticket's key and a calendar date: their digits are no employee number ("| CHG-59122 | Resize the
# database | Low | Approved for 2025-10-02 |" is a change board's decision, on nobody's access).
TICKET_OR_DATE = re.compile(r"\b[A-Z][A-Z0-9]{1,9}-\d+\b|\b\d{4}-\d{2}-\d{2}\b")


def _names_someone(line: str) -> bool:
    """has_person(line), ticket keys and dates aside."""
    return has_person(TICKET_OR_DATE.sub(" ", line) if "-" in line else line)


REQUEST_REACH = 600  # characters back to the request a labelled outcome decides


def _decided_request(text: str, at: int) -> int:
    """Where the request a labelled outcome ("Suggested outcome: approve") decides begins: its section's first
    line after the heading above, at most REQUEST_REACH back; the finding then shows what was asked for."""
    floor = max(0, at - REQUEST_REACH)
    heading = text.rfind("\n#", floor, at)
    if heading >= 0:  # the line after the heading
        return text.find("\n", heading + 1, at) + 1 or at
    if floor == 0:
        return 0
    return text.find("\n", floor, at) + 1 or at  # the first whole line in reach


# Decisions announced on the accounts the line names: "Dormant accounts (no logon >90 days) — here's what I've
# decided, please action the disables"
WHAT_DECIDED = re.compile(r"\bwhat (?:i|we)(?:'ve|’ve| have)? \Z")
DECIDED_ON = re.compile(r"\b(?:accounts|logins|users|access)\b")


def _decided_on_accounts(low: str, found: Found) -> bool:
    for pos in found.positions(("decided",)):
        lead = WHAT_DECIDED.search(low, max(0, pos - 16), pos)
        if lead is not None and not low[pos + 7: pos + 8].isalnum() and DECIDED_ON.search(
                low, max(low.rfind("\n", 0, lead.start()) + 1, lead.start() - 128), lead.start()):
            return True
    return False


def _reviewed(low: str, found: Found) -> bool:
    """`REVIEW.search(low) is not None`, trying REVIEW only where a match may start: at one of the
    REVIEW_STARTS or at the `|` before a "decision" table header; or decisions announced on accounts."""
    match = REVIEW.match
    if any(match(low, pos) for pos in found.positions(REVIEW_STARTS)) or _decided_on_accounts(low, found):
        return True
    for pos in found.positions(("decision",)):
        bar = pos
        while bar > 0 and low[bar - 1].isspace():
            bar -= 1
        if bar > 0 and low[bar - 1] == "|" and match(low, bar - 1):
            return True
    return False


# The words answer_hits looks up in its `found` (keywords.Vocabulary).
ANSWER_WORDS = (LABEL_ANCHORS + NEW_ANCHORS + NEW_GATES + RECOMMEND_ANCHORS + REVIEW_STEMS + REVIEW_STARTS
                + DECISION_STEMS + RESOLUTION_WORDS + CLOSURE_ANCHORS + CLOSURE_GATES + OFFBOARD_ANCHORS
                + SUBMIT_ANCHORS)
