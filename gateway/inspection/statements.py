"""Evidence-shaped prose for the ProseDetector: attestations, review outcomes, audit listings,
closure notes, HR / IdP attribute changes, recommendations, decision tables, offboarding plans."""

from __future__ import annotations

import re
from itertools import repeat

from gateway.inspection.alternation import bucketed, grouped, head_first, leftmost, occurs
from gateway.inspection.hits import Hit
from gateway.inspection.keywords import Found, lines_with
from gateway.inspection.patterns import literal_safe
from gateway.inspection.windows import positions

IC = re.IGNORECASE
IDENTITY = bucketed(
    r"access|accounts?|users?|members?|holders?|roles?|groups?|entitlements?|permissions?|logins?|"
    r"privileg\w*|admins?|administrators?|owners|leavers|contributors?|maintainers?|provision\w*|deprovision\w*|zugriff\w*|"
    r"benutzer\w*|accesos?|usuarios|accès|utilisateurs|habilitations?|rights|assignments?|memberships?|utenz[ae]|"
    r"berechtigung\w*|permisos|derechos|droits|access[io]|utenti|permessi|acessos?|usuários|permissões|"
    r"toegang|toegangsrechten|gebruikers|beheerders|rechten|behörighet\w*|användare|uprawnie\w*|dostęp\w*|"
    r"brugere|adgang\w*|rettighed\w*|yetki\w*|kullanıcı\w*|oprávnění|uživatel\w*|"
    r"sod|segregation of duties|break-?glass|firefighter|notfall\w*|\w*zugäng\w*")
# Searched in the lower-cased text, case-sensitively: IGNORECASE would defeat the literal scans.
AUDIT = re.compile(r"\b(?:" + grouped(
    r"audit(?!ion|orium)\w*|audyt\w*|"
    r"evidence\b|sox\b|soc ?[12]\b|itgc\b|iso ?27001\b|control [a-z]{2,4}-\d+|pwc\b|kpmg\b|"
    r"deloitte\b|grc\b|prüfung\b|commissaires? aux comptes\b|wirtschaftsprüf\w*|revisor(?:es)? de cuentas\b|"
    r"revisori dei conti\b|control conclusion\b|sample of \d+|sampled\b|no deviations?\b|"
    r"test(?:ing)? of (?:design|operating)|pbc\b|cc\d\.\d+\b|confirmed against\b|questionnaire\b|"
    r"as of (?:\d{1,2}(?:st|nd|rd|th)? [a-z]+|[a-z]+ \d{1,2}\b|today|year[- ]end|\d{4}-\d{2}-\d{2})") + ")")
REVIEW = re.compile(r"recert|rezertifizier|re-certification|access review|decisions? on (?:\w+ ){0,3}access\b|"
                    r"review (?:of|decisions?|campaign|"
                    r"cycle|outcome)|certification (?:campaign|decision)|attest|geprüft|revisión|revue des|"
                    r"\breviewers?\b|überprüfung der (?:zugriffe|berechtigungen)|\bdecisions? for the "
                    r"(?:campaign|review)\b|\|\s*decision\s*\||revisione degli accessi|revisão de acessos|"
                    r"toegangsreview|\bmy decisions\b|\bdecisions:|\bcampaign:|\breview\b[^.\n]{0,40}\bdecisions\b|"
                    r"review (?:you|we|i) (?:just )?(?:finished|completed|submitted)\b|manager review\b|"
                    # "Annual privileged-user review", "Dormant account review": tried at "review"
                    r"(?:(?<=privileged-user )|(?<=privileged user )|(?<=dormant account )|(?<=user access ))review\b")

GAP = head_first(r"\b(?:could not|cannot|can't|unable to|no evidence|not (?:been )?(?:performed|completed|done|carried "
                 r"out)|was not|were not|wasn't|weren't|n'a pas|n'ont pas|nicht durchgeführt|no se (?:realizó|hizo)|"
                 r"non è stat[ao]|não foi|remained (?:active|enabled)|condition:|"  # an audit finding's condition
                 r"(?:retained|remained|kept)\b[^.;\n]{0,60}?\bafter (?:their |the )?(?:termination|departure))")
# A gap accepted before it is described is a decision on it: "Risk acceptance: the shared account cannot be
# individualised" (but "could not obtain evidence that the risk acceptance was reviewed" is a finding)
ACCEPTED_GAP = re.compile(r"risk acceptance|accepted|compensating|mitigating")
# a referent of the access named before, or its use: "Conclusion: use was justified" after a break-glass heading
PRONOUN = head_first(r"\b(?:they|them|it|both|these|those|their|beide|diese)\b|\b(?:use|usage) was\b|"
                     r"\bnutzung(?:en)? (?:war|waren)\b")
# The access control of the sentences before, named as the control: "Management considers the control to have
# operated effectively apart from this exception."
CONTROL_REFERENT = re.compile(r"\b(?:the|this|that) control\b|\bthis exception\b")
FUNDERS = head_first(r"\b(?:funder|funding|grant amount|applicant|award(?:ed)?|fellowship|scholarship|"
                     r"bursary|stipend)s?\b")
HABITUAL = head_first(r"\b(?:is|are)\s+(?:\w+\s+)?(?:reviewed|recertified|certified|approved|granted|checked)\b"
                      r"[^.;]{0,40}?\b(?:quarterly|annually|yearly|monthly|weekly|periodically|regularly|every)\b"
                      r"|\bis granted only\b|\b(?:every|each|all) (?:\w+ ){0,2}(?:is|are) (?:\w+ ){0,3}?(?:reviewed|"
                      r"recertified|certified|approved|checked)\b"  # "every use is logged and reviewed by ..."
                      # a definition: "a UAR is a periodic control where owners confirm each user's access is needed"
                      r"|\b(?:is|are) an? (?:[\w-]+ ){0,3}(?:control|process|procedure|practice|activity|exercise)s? "
                      r"(?:where|in which|whereby|that|by which)\b")
HABITUAL_WORDS = ("reviewed", "certified", "approved", "granted", "checked", "control", "process", "procedure",
                  "practice", "activit", "exercise")  # every HABITUAL match holds one
NOT_A_STATEMENT = re.compile(r"(?<!\bthis )(?<!\bthe )\bchanges?\b|\bnot\b|n't\b")  # not "the grants in this change"
NEGATED_SUBJECT = re.compile(r"\b(?:no|not|without|never)\b")
NEGATED_CHANGE = re.compile(r"\b(?:no|not|without|never|nothing to|nothing(?:'s| has| was)? been|nothing|before i)\s+"
                            r"(?:\w+\s+)?$", re.I)  # "nothing's been changed", "before I change anything"
PHYSICAL = head_first(r"\b(?:wheelchair|step-free|venue|car park|parking|ramp|lift|elevator)\b")
APPROPRIATE = re.compile(
    r"\b(?:access|entitlements?|permissions?|privileges?|roles?|rights|assignments?|memberships?|use|usage|grants)\b"
    r"[^.;\n]{0,80}?\b(?:is|are|was|"
    r"were|remains?|deemed|confirmed|considered|validated)\b"
    r"[^.;\n]{0,30}?\b(?:appropriate|justified|required|valid|necessary|needed)\b|\b(?:appropriate|justified)"
    r" for (?:their|each|every|all)\b|\brequire their access\b|\bstill requires? (?:their )?access\b|"
    r"\bstill (?:requires?|needs?) (?:their |the |this |his |her )?(?:`[^`\n]{1,60}`|[^.;\n`]{1,60}?)\s+access\b|"
    r"\bcontinues? to (?:require|need) (?:their |the |this |his |her )?(?:[\w-]+ )?access\b|"  # "each continues to ..."
    r"\bare appropriate and approved\b|\breviewed\b[^.;\n]{0,80}?\band (?:is|are) (?:accurate|correct|complete)\b|"
    r"\b(?:entitlements?|access|roles?|permissions?|rights)\s+(?:are\s+|is\s+)?still\s+(?:needed|required|justified)\b|\b(?:every|each|all)\s+(?:\w+\s+)?(?:admins?|owners?|users?|members?|"
    r"holders?)\s+still\s+(?:needs?|requires?)\b|\bappropriately (?:restricted|assigned|scoped|limited)\b|"
    r"\baccess (?:remains|stays|is kept) (?:unchanged|as is|in place)\b|\b(?:ist|sind) angemessen\b|"
    r"\bangemessen (?:ist|sind|war|waren)\b|"
    r"\b(?:es|son) apropiad[oa]s?\b|"
    r"\b(?:est|sont) (?:approprié|justifié)e?s?\b|\b(?:es|son) (?:adecuad|necesari|justificad)[oa]s?\b|"
    r"\bals angemessen\b|\bhabilitations? conformes?\b|\b(?:estão|são|está|é) adequad[oa]s?\b|\bpassend is\b|"
    r"\b(?:jugée?s?|considérée?s?|estimée?s?) appropriée?s?\b|\b(?:è|sono) (?:appropriat|adeguat|giustificat)[oaie]\b|"
    r"\b(?:są|jest) zgodne z zakresem\b|\bconsiderad[oa]s? (?:adequad|apropriad|adecuad)[oa]s?\b|"
    r"\b(?:is|zijn) passend\b|\b(?:nutzung\w*|\w*zugriff\w*|\w*zugäng\w*|\w*zugang\w*|\w*berechtigung\w*)\b"
    r"[^.;\n]{0,80}?\b(?:war|waren|ist|sind|wurden?|bleib(?:t|en))\b[^.;\n]{0,30}?\b(?:begründet|gerechtfertigt|"
    r"erforderlich|notwendig)\b|\b(?:access|entitlements?|permissions?)\s+(?:deemed\s+)?"
    r"(?:appropriate|justified)\b")
CERTIFY = head_first(r"\b(?:i|we)\s+(?:hereby\s+|can\s+)?(?:certify|attest|confirm|certified|attested|confirmed|"
                     r"verified)\b|\bmanagement\b[^.\n]{0,80}?\b(?:confirms|asserts|represents)\s+that\b|"
                     r"\bthis is to (?:confirm|certify)\b|\b(?:and|hereby) certify\b|"
                     r"\bcertify (?:them|it|this|these|the (?:list|group|membership|access))\b|"
                     r"\bje certifie\b|\bj'atteste\b|\bje confirme\b|\bse certifica\b|\bcertifico\b|"
                     r"\bich bestätige\b|\bbestätige ich\b|\bbestätigen wir\b|\battesto\b|\bconfermo\b|\batesto\b|"
                     r"\bik (?:bevestig|verklaar)\b|"
                     r"\bpotwierdzam\b|"
                     r"\b(?:bevestig|verklaar) ik\b|\bconfirmo que\b|"
                     r"\bsign-?off\b|\bsigned:|\b(?:firmado|firmato|assinado|getekend|unterschrieben|signé)\s*:|"
                     r"\bafgetekend\b|\b(?:attests?|attested|certifies) that\b|"
                     r"\bcertifying\b[^.\n]{0,60}?\b(?:complete|completed|done|closed)\b|"
                     r"\b(?:control|controls|process)\s+(?:is|are|was|were)\s+operating effectively\b|"
                     r"\b(?:certified|attested|signed off) by\b|"
                     # "... and confirm the following should keep owner rights:" (not a question back)
                     r"\b(?<!you )(?<!please )confirm\b[^.;\n?]{0,60}?\b(?:should|can|may|will) (?:keep|retain)\b"
                     r"(?![^.;\n]*\?)")
REVIEW_DONE = head_first(
    r"\b(?:access|entitlement|privileged?(?: access)?|account)\s+(?:review|certification)\b[^.\n]{0,80}?"
    r"\b(?:(?<!% )complete[d]?|"
    r"outcome|result|attestation|sign-?off|summary|finished|done|performed)\b|\breview of\b[^.\n]{0,80}?"
    r"\b(?:complete[d]?|performed)\b|\brecertif\w+\b[^.\n]{0,40}?\b(?:summary|decisions?|complete\w*|"
    r"for|by)\b|\bcertification campaign\b|\b(?:reviewed|recertified|validated|certified)\b[^.\n]{0,80}?"
    r"\b(?:by|against)\b|\breviewed with\b|\bno exceptions?\b[^.\n]{0,20}?\bnoted\b|\bno (?:exceptions|deviations?)\b|"
    r"\boperat(?:ing|ed|es) effectively\b|\bhave reviewed\b|\breview\b[^.\n]{0,20}?\bas (?:complete[d]?|done)\b|"
    r"\baccepted as an? (?:documented )?exception\b|\b(?:conflict|risk|exception) (?:is |was )?accepted\b|"
    r"\breviewed (?:the )?(?:sod|segregation)\b|\bont été revu|"
    r"\bse mantiene[n]? (?:el|los|la|las) (?:acceso|permiso|rol)|\bsiguen necesitándol|"
    r"\brisultano adeguat|\bsi conferma il mantenimento|\bmantêm o acesso|\bdeve ser revogad|"
    r"\btoegang blijft behouden|\brechten passen bij|\bbleiben bestehen\b|\b(?:wurde|wurden)\b[^.\n]{0,60}?\bgeprüft\b|"
    r"\bse verificaron\b|\b(?:revisado|validado|verificado)s? y (?:validado|aprobado|firmado)s? por\b|"
    r"\b(?:ont|a) été (?:contrôlé|vérifié|revu)e?s?\b|\brevisión\b[^.\n]{0,40}?complet|"
    r"\brevue des habilitations\b|\bquarterly review of\b[^.\n]{0,60}?complete|"
    r"\brevisione\b[^.\n]{0,80}?\b(?:è stata |stata )?completat[ao]\b|\bsono stati verificati\b|"
    r"\b(?:zijn|werden|is)\b[^.\n]{0,80}?\bbeoordeeld\b|\bgeen afwijkingen\b|\bzijn passend\b|"
    r"granskning\w*\b[^.\n]{0,60}?\b(?:är )?klar\b|\bhar granskats\b|\binga avvikelser\b|"
    r"\bbehåller (?:sin|sina|sitt|sin nuvarande) (?:åtkomst|behörighet\w*|roll)\b|"
    r"\bprzegląd\w*\b[^.\n]{0,60}?\bzakończon\w*|\bbrak (?:odstępstw|nieprawidłowości|wyjątków)\b|"
    r"\b(?:są|jest) adekwatn\w*|\bzostaj[ąe] utrzyman\w*|\bcertyfikacja dostęp\w*|\bzweryfikował\w* uprawnie\w*|"
    r"\brevisão\b[^.\n]{0,60}?\bconcluíd[ao]\b|\breviewed (?:the )?[^.\n]{0,60}?\b(?:membership|memberships|"
    r"members|owners|admins|entitlements|permissions|access)\b(?! (?:logs?|patterns?|requests?)\b)|"
    r"\brisk acceptance\b|\b(?:access|login|account|role|membership|entitlement)s? (?:is|was|are|were|remains?) "
    r"retained\b(?! for (?:up to )?\d+ (?:days?|weeks?|months?|years?))|\bretained (?:with|under|subject to) "
    r"(?:compensating|mitigating) controls?\b|\b(?:re)?(?:certified|attested) \d+ (?:[\w-]+ ){0,2}(?:entitlements?|"
    r"accounts?|access(?:es)?|roles?|memberships?|users?|items?|assignments?|permissions?)\b|"
    r"\b\d+ (?:\w+ )?(?:retained|kept|recertified)\b|\b(?:keep|kept|retain(?:ed)?)\s+\d+\s+of\s+\d+\b|"
    r"\b(?:retained|recertified|kept)\s+[\w -]{0,40}?\b(?:access|entitlements?|roles?|permissions?)\s+for\b|"
    r"\bgeprüft (?:wurden?|worden)\b|"
    r"\brecord (?:them|it|these|this|him|her|all \w+)\s+as\s+(?:retained|kept|approved|revoked|removed)\b|"
    r"\bcertification (?:is )?complete\b|\b(?:no one|nobody|no user|no account) (?:now )?holds both\b|"
    r"\b(?:ownership|access|account|entitlement) attestation\b|\bbekræftet som passende\b|"
    r"\badgangsgennemgang\w*\b[^.\n]{0,60}?\bafsluttet\b|\b(?:werden|wird|bleiben|bleibt)\s+(?:\w+\s+)?beibehalten\b|"
    r"\bkeine unberechtigten (?:änderungen|zugriffe|nutzungen)\b[^.\n]{0,30}?\bfestgestellt\b|"
    # a reviewer's outcome stated as what is to happen: "the role assignment is to be removed"
    r"\b(?:access|roles?|(?:role )?assignments?|memberships?|entitlements?|permissions?|grants?) (?:is|are) to be "
    r"(?:removed|revoked|withdrawn)\b(?! (?:within|after|if|when|once|upon|on termination)\b)")
HOLDERS = head_first(
    r"\bwho (?:has|have|holds?|held)\b|\bhold(?:s|ing)? (?:the|it)\b|\bheld (?:the )?\b|"
    r"\b(?:is|are|was|were) assigned to\b|\busers? with (?:the )?(?:\*\*|__|`)?\b|\bmembers? (?:are|of)\b|"
    r"\bcurrent (?:owners|admins|members|holders)\b|\bholders?\b|\bpopulation\b(?! requests?\b)|\blisting\b|"
    r"\bno other principals\b|\bwho (?:can|could) (?:approve|access|read|write|modify|administer|assume|sign|log)\b|"
    r"\b(?:can|could) be (?:read|accessed|assumed|modified|written|administered) by\b|"
    r"\bthe following (?:principals|users|accounts|identities|people|members)\b|"
    r"\b(?:owners|admins|members|holders|approvers|users) list\b|"
    r"\blist of (?:the )?(?:owners|admins|members|holders|users|approvers)\b|"
    r"\busuarios con (?:el )?(?:rol|permisos?|acceso)\b|"
    r"\bnastępujące osoby\b|"
    r"\butilisateurs (?:avec|ayant) le rôle\b|\bbenutzer mit (?:der )?rolle\b|\butenti con (?:il )?ruolo\b|"
    r"\bgebruikers met (?:de )?rol\b|\busuários com (?:o )?(?:perfil|papel)\b|"
    r"\b(?:détenteurs|titulaires) d[ue]s? (?:rôle|droit|profil|accès)|\binhaber der (?:rolle|berechtigung)|"
    r"\btitulares del (?:rol|perfil|permiso)|"
    r"\btitolari del (?:ruolo|profilo)|\bhouders van de rol|\bholding\s+(?:the\s+)?\w+\s+"
    r"(?:on|in|for|at)\b")
# "our Zendesk admins are Priya Raman and Luis Ortega": the holders named, read in the original case.
HOLDER_LIST = head_first(r"\b(?:owners|admins|administrators|approvers|people|users|accounts)\b[^.;\n]{0,80}?"
                         r"\b(?:are|were)\s*:?\s*(?:[A-Z][a-z]+ [A-Z][a-z'-]+|@[\w-]+|[A-Z]\.\s?[A-Z][a-z]+|"
                         r"[\w.+-]+@[\w-]+\.\w+|\n)")
NARRATIVE = head_first(
    r"\b(?:were|was|are|is)\s+(?:\w+\s+)?(?:reviewed|recertified|approved|disabled|deprovisioned|"
    r"removed|completed|evidenced|validated|provisioned|created|executed|deactivated)\b|\bno exceptions\b|"
    r"\bwere noted\b|\bhad (?:\w+\s+){0,2}(?:removed|revoked|disabled|approved|deprovisioned|deactivated)\b")
CLOSURE = head_first(
    r"\b(?:closure|closing|resolution) (?:note|comment)\b|\bconfirmed (?:the )?removal\b|\bverified\b"
    r"[^.\n]{0,100}?\b(?:removed|revoked|disabled|deprovisioned)\b|\bremoval confirmed\b|"
    r"\b(?:has|have) been (?:fully )?(?:revoked|removed|disabled|deprovisioned|deactivated)\b|"
    r"\bconfirm that\b[^.\n]{0,120}?\b(?:were|was|have been|has been) (?:removed|revoked|disabled|"
    r"deprovisioned|deactivated)\b|\b(?:removal|revocation|"
    r"deprovisioning|deactivation) (?:verified|confirmed)\b|\b(?:removed|revoked|disabled|deprovisioned)\b"
    r"[^.\n]{0,100}?\bverified\b|\b(?:removal|revocation|deprovisioning|offboarding) (?:is )?(?:complete[d]?|done)\b|"
    r"\bno (?:remaining|residual) (?:access|memberships?|permissions?|entitlements?|privileges?|roles?)\b|"
    r"\b(?:removal|revocation|deprovisioning) of\b[^.\n]{0,120}?\b(?:completed|done)\b|"
    r"\b(?:verified|confirmed)\b[^\n]{0,60}?\bno longer (?:a member|appears|"
    r"listed|present|holds|has)\b|"
    r"\bya no tiene acceso\b|\bn'a plus (?:d')?accès\b|\bhat keinen zugriff mehr\b|\bnon ha più accesso\b|"
    r"\bnão tem mais acesso\b|\bheeft geen toegang meer\b|\beliminación certificada\b|\bsuppression certifiée\b|"
    r"\bse confirma la (?:baja|eliminación|revocación|retirada)\b|\b(?:baja|eliminación|revocación) (?:confirmada|"
    r"verificada)\b|\bconfirm(?:e|ons) la (?:suppression|révocation|désactivation)\b|\b(?:suppression|révocation|"
    r"désactivation) (?:confirmée|vérifiée)\b|\b(?:entfernung|entzug|deaktivierung) (?:bestätigt|verifiziert)\b|"
    r"\b(?:rimozione|revoca|disattivazione) (?:confermata|verificata)\b|\bconfermiamo la (?:rimozione|revoca)\b|"
    r"\b(?:remoção|revogação|desativação) (?:confirmada|verificada)\b|\bconfirmamos a (?:remoção|revogação)\b")
ATTR_STRONG = re.compile(
    r"\b(?:(?:line |new )?manager|supervisor|department|job title|cost cent(?:re|er)|employment status|"
    r"end date|termination date|supervisory org\w*|vorgesetzte\w*|abteilung|kostenstelle|"
    r"austrittsdatum|departamento|responsable|jefe|département|date de départ|sponsor|legal entity|"
    r"last (?:working )?day|przełożon\w*|kierownik|dział|leidinggevende|afdeling|avdelning|chef|gestor|"
    r"responsabile|reparto|statusu? pracownika|worker type|employee type|employment type|legal name|"
    r"contract end date|reports to|reporting line|time type|worker category|einddatum|enddatum|"
    r"fecha de (?:fin|baja)|date de fin|data di fine|data de término|(?:security )?clearance(?: level)?|"
    r"uitdiensttredingsdatum|datum uit dienst|data de desligamento|data de saída|data di cessazione|"
    r"fecha de (?:salida|terminación|cese)|departman\w*|yönetici\w*|beschäftigungsstatus)\b", IC)
ATTR_WEAK = re.compile(r"\b(?:title|status|stato|estado|statut|start date|location|division|on leave|cost centre|"
                       r"as (?:terminated|inactive|active|deceased|retired|rehired)|leave of absence|return date|"
                       r"met verlof|en excedencia|en congé)\b", IC)
CHANGE = re.compile(r"\b(?:chang\w*|updat\w*|set|move[sd]?|record|mark|replace|assign|reassign\w*|transfer|flip|"
                    r"switch\w*|flip\w*|extend\w*|shorten\w*|convert\w*|"
                    r"amend\w*|edit\w*|ändern|geändert|ändert|eintragen|aktualisier\w*|actualiz\w*|cambi\w*|"
                    r"modifi\w*|mettre à jour|mise?s? à jour|zmian\w*|zmieni\w*|wijzig\w*|ändra\w*|uppdater\w*|"
                    r"atualiz\w*|"
                    r"aggiorn\w*|alter\w*|aangepast|aanpass\w*|angepasst|anpass\w*|ajust\w*|pasa (?:del?|al?)|"
                    r"passe (?:de|du|à|au)|wechselt (?:von|in|zu)|overgeplaatst|vastgelegd|registrei|registr[eé]|"
                    r"registrato|eingetragen|erfasst|güncelle\w*|değiştiril\w*|değiştird\w*)\b", IC)
HR_SYSTEM = re.compile(r"\b(?:workday|bamboohr|hris|hr system|hr-system|successfactors|personio|"
                       r"hibob|adp|directory|directorio|annuaire|okta|entra|active directory|azure ad|"
                       r"idp|ldap|profile|employee|worker|personalsystem|afas|sap hcm|hr-systeem|rr\.? ?hh|"
                       r"recursos humanos|ressources humaines|personalabteilung|rippling|gusto|deel|ukg|dayforce|"
                       r"paylocity|peoplesoft|oracle hcm|namely|factorial|sage hr|idp|sistema de rh|"
                       r"sistema de recursos humanos|système rh|sistema rrhh|hr-system|sirh|logiciel rh)\b", IC)
PERSON = re.compile(r"\b[A-Z][a-zà-ÿ]+ [A-Z][a-zà-ÿ'-]+\b|\b[a-z]\.[a-z]{2,}\b|[\w.]+@[\w.]+|"
                    r"\b(?:Herr|Frau|Herrn|M\.|Mme)\s+[A-Z]|\b(?:his|her|their)\b|\b[A-Z]\w*'s\b|\b\d{4,}\b")
# PERSON without its address alternative, which retries every word from each of its letters (slow);
# an address `[\w.]+@[\w.]+` occurs exactly where an @ stands between two of [\w.].
_PERSON_NOT_ADDRESS = re.compile(PERSON.pattern.replace(r"[\w.]+@[\w.]+|", "", 1))
_ADDRESS_AT = re.compile(r"[\w.]@[\w.]")


def has_person(text: str) -> bool:
    """`PERSON.search(text) is not None`."""
    return _PERSON_NOT_ADDRESS.search(text) is not None or ("@" in text and _ADDRESS_AT.search(text) is not None)
# Where a REVIEW match may start (but for the table header "| decision |": _reviewed).
REVIEW_STARTS = ("recert", "rezertifizier", "re-certification", "access review", "review", "certification ", "attest",
                 "geprüft", "revisión", "revue des", "überprüfung der ", "decision", "revisione degli accessi",
                 "revisão de acessos", "toegangsreview", "manager review")
REVIEW_STEMS = ("recert", "review", "certification", "attest", "geprüft", "revisión", "revue", "rezertifiz",
                "überprüfung", "decision", "revisione", "revisão")
DECISION_STEMS = ("retain", "revoke", "keep", "remove", "certif", "conserver", "révoquer", "behalten",
                  "mantener", "bestätigt", "entzieh", "revocar", "maintien", "mantiene", "mantenid", "behouden",
                  "mantenut", "akkoord", "approved", "disable", "deactivate", "suspend")
RECOMMEND = re.compile(
    r"\brecommend(?:ation|ed)?(?:\s+for\s+(?:the\s+)?\w+)?\s*[:\-\u2013]?\s*\**\s*(?P<v>approve|grant|revoke|remove|deny|reject|"
    r"retain|keep|certify|otorgar|conceder|aprobar|revocar|genehmigen|gewähren|entziehen|approuver|"
    r"accorder|révoquer)\b|\bi recommend (?P<v2>retaining|revoking|approving|removing)\b|"
    r"\b(?:empfehlung|recomendaci[oó]n|recommandation|raccomandazione|recomenda[cç][aã]o|aanbeveling|rekomendacja|"
    r"rekommendation|anbefaling|suositus)\s*[:\-\u2013]\s*\**\s*(?P<v3>zatwierdzić|odrzucić|cofnąć|odebrać|"
    r"utrzymać|aprovar|revogar|manter|approvare|revocare|mantenere|goedkeuren|intrekken|behouden|godkänn|"
    r"återkalla|behåll|godkend|tilbagekald|genehmigen|entziehen|behalten|aprobar|revocar|mantener|approuver|"
    r"révoquer|conserver)\b|"
    r"\bi(?:'d|\u2019d| would) (?P<v4>approve|revoke) (?:this one|this request|the request|it)\b|"  # a reviewer's call
    # a labelled outcome: "Suggested outcome: **approve the request**", "Proposed decision - revoke"
    r"\b(?:suggested|proposed|recommended)\s+(?:outcome|decision|action|disposition|resolution|verdict)\**\s*"
    r"[:\-\u2013\u2014]\s*\**\s*(?P<v5>approve|grant|revoke|retain|keep|certify)\b(?!\s+(?:the\s+|this\s+)?(?:prs?|"
    r"pull requests?|merge requests?|mrs?|diff|patch|invoice|expenses?|budget|purchase|loan|claim|refund|design|"
    r"draft|proposal|quote|timesheet|leave)\b)",
    IC)
RECOMMEND_HEADS = ("suggested ", "proposed ", "empfehlung", "recomendaci", "recommandation", "raccomandazione",
                   "recomenda", "aanbeveling",
                   "rekomendacja", "rekommendation", "anbefaling", "suositus")
FIRST_PERSON = ("i'd approve", "i\u2019d approve", "i would approve", "i'd revoke", "i\u2019d revoke", "i would revoke")
RECOMMEND_ANCHORS = ("recommend", "i recommend", "ı recommend", *RECOMMEND_HEADS, *FIRST_PERSON)  # where a match starts
# A credit decision: "Recommendation: approve" on a loan, whose "accounts" are the borrower's books.
LENDING = re.compile(r"\b(?:loans?|credit memo|underwrit\w*|covenants?|dscr|loan-to-value|mortgages?|"
                     r"debentures?)\b", IC)
# A terse recommendation names no access but whom it is for: "Recommendation: approve — Tomás needs
# `db-writer` ...", "Recomendação: aprovar — a Beatriz assume o on-call".
TERSE_LENGTH = 300
FOR_SOMEONE = re.compile(r"\s*[\u2014\u2013:-]\s+[^\n]{0,40}?(?<![.!?] )\b[A-Z][a-zà-ÿ]{2,}\s+(?:needs|requires|joins|"
                         r"takes over|is joining|assume|assumes|precisa|necesita|asume|braucht|benötigt|übernimmt|"
                         r"a besoin|prend|ha bisogno|heeft|behöver|potrzebuje)\b")
RETAIN_VERBS = ("retain", "keep", "certif", "utrzyma", "manter", "mantener", "behouden", "behåll", "behalten",
                "conserver")
REVOKE_VERBS = ("revo", "remov", "entz", "révo", "cofn", "odebr", "intrek", "återk", "tilbagek")
ACCESS_CONTEXT = re.compile(r"\b(?:access|permissions?|roles?|rôles?|ruol[oi]|entitlements?|groups?|privileg\w*|"
                            r"owners?|"
                            r"rights|memberships?|admin\w*|justification|manager approval|time-box\w*|sod|"
                            r"least privilege|business need|permission set|identit(?:y|ies)|accounts?|dormant|"
                            r"read-?only|"
                            r"\w*(?:zugriff|zugang|berechtigung)\w*|rechte|rollen?|gruppen?|acceso|permisos?|accès|"
                            r"droits?|habilitations?|acesso|permiss(?:ão|ões)|accesso|permessi|toegang|rechten|"
                            r"dostęp\w*|uprawnie\w*|åtkomst|behörighet\w*)\b", IC)
TABLE_DECISION = re.compile(r"\|\s*\**(?P<v>approved?|grant(?:ed)?|revoke[d]?|retain(?:ed)?|keep|"
                            r"remove[d]?|certif(?:y|ied))\**(?:\s*[\u2014\u2013:-]\s[^|\n]{0,80})?\s*\|", IC)
DECISION_LINE = re.compile(
    r"^[ \t]*(?:[-*+]|\d+[.)]|\|)?[^\n]{0,120}?\b(?P<v>retain(?:ed)?|revoke[d]?|keep|remove[d]?|certified|approved|"
    r"disable|deactivate|suspend|"
    r"certify|à conserver|à révoquer|behalten|beibehalten|mantener|se mantiene|mantenid[oa]s?|bestätigt|entziehen|"
    r"revocar|maintien|behouden|mantenut[oa]|akkoord(?: bevonden)?)\b[^\n]{0,120}$",
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
DISABLE_DECISION = re.compile(r"disable|deactivate|suspend", IC)
REVOKE_DECISION = re.compile(r"revok|remov|à révoquer|entziehen|revocar", IC)
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


GATES = (
    ("appropriate", ("appropri", "justifi", "require", "valid", "necessar", "angemessen", "apropiad", "adequad",
                     "accurate", "correct", "complete",
                     "zgodne", "begründet", "gerechtfertigt", "erforderlich", "notwendig",
                     "adecuad", "conforme", "needed", "still need", "unchanged")),
    ("certify", ("certif", "attest", "atest", "confirm", "bestätig", "sign", "verified", "firma", "assinado",
                 "effectively", "asserts that",  # "Management asserts that logical access was restricted ..."
                 "potwierdzam",
                 "getekend", "confermo", "bevestig", "verklaar")),
    ("review", ("review", "recertif", "validated", "certified", "exception", "revisado", "validado", "verificado",
                "geprüft", "revisión", "revue", "deviation", "verificaron", "été contrôl", "été vérifi", "été revu",
                "effectively", "accepted", "mantiene", "necesitándol", "adeguat", "mantenimento", "mantêm",
                "revogad", "behouden", "passen bij", "bestehen", "completat", "beoordeeld", "gransk", "przegl",
                "behåller",
                "concluíd", "verificat", "confermat", "decisions", "acceptance", "retained", "kept", "holds both",
                "adekwatn", "utrzyman", "certyfikacja", "zweryfikował", "wyjątków", "attestation", "passende",
                "afsluttet", "beibehalten", "festgestellt",
                "certification complete", "certification is complete", "certification for", "certification of",
                "to be removed", "to be revoked", "to be withdrawn")),
    ("closure", ("closure", "closing", "resolution", "removal", "verified", "been", "confirm", "no remaining",
                 "bestätigt", "verifiziert", "conferm", "verificad", "vérifiée", "verificat",
                 "ya no", "plus d", "plus accès", "keinen zugriff", "più accesso", "mais acesso", "geen toegang",
                 "certificada", "certifiée")),
    ("attribute", ("manager", "supervisor", "leave of absence", "return date", "met verlof", "przełoż", "leidinggev",
                   "afdeling",
                   "department", "title", "cost cent", "status", "end date",
                   "start date", "termination date",
                   "on leave", "location", "division", "vorgesetzt", "abteilung", "sponsor",
                   "legal entity", "last day", "last working day", "as terminated", "as inactive",
                   "kostenstelle", "departamento", "responsable", "jefe", "départ", "worker type", "employee type",
                   "employment type", "legal name", "reports to", "reporting line", "einddatum", "enddatum",
                   "fecha de fin", "fecha de baja", "date de fin", "data di fine", "uitdiensttreding",
                   "datum uit dienst", "data de desligamento", "data de saída", "data di cessazione", "fecha de salida",
                   "fecha de terminación", "fecha de cese", "stato", "estado", "statut",
                   "clearance", "departman", "yönetici", "beschäftigungsstatus")),
)
AUDIT_GATES = (
    ("holders", ("who ha", "hold", "held", "assigned to", "users with", "user with", "members are",
                 "members of", "current ", "population", "listing", "no other", " list", "holding", " are", " were",
                 "who can", "who could", "be read", "be accessed", "be assumed", "be modified", "be written",
                 "be administered", "the following",
                 "usuarios con", "następujące osoby",
                 "utilisateurs", "benutzer mit", "utenti con", "gebruikers met", "usuários com",
                 "détenteurs", "titulaires", "inhaber der", "titulares del", "titolari del", "houders van")),
    ("narrative", ("reviewed", "recertified", "approved", "disabled", "deprovisioned", "removed",
                   "completed", "evidenced", "validated", "provisioned", "exception", "were noted", "created",
                   "executed", "deactivated")),
)
# A review's revocations counted: each one an access taken away ("131 retained, 9 revoked").
COUNTED_REVOKES = re.compile(r"\b(?!0\b)\d+\s+(?:(?:were|are|to be)\s+)?(?:revoked|removed|revocations)\b")
SENTENCE_RULES = {
    "appropriate": (APPROPRIATE, "attest-appropriate", 0.75),
    "certify": (CERTIFY, "attest-certify", 0.75),
    "review": (REVIEW_DONE, "attest-review", 0.75),
    "closure": (CLOSURE, "attest-closure", 0.75),
    "holders": (HOLDERS, "attest-holders", 0.7),
    "narrative": (NARRATIVE, "attest-narrative", 0.7),
}


def gates(audit: bool, marked: dict[int, int]) -> dict[int, list[str]]:
    """Sentence index -> names of the statement rules worth running on it (`marked`: sentence index ->
    bit mask of the gates of GATES + AUDIT_GATES with a stem starting in it, bit n for gate n)."""
    names = [name for name, _ in GATES + (AUDIT_GATES if audit else ())]
    chosen: dict[int, list[str]] = {}
    for index, bits in marked.items():
        chosen_here = [name for bit, name in enumerate(names) if bits >> bit & 1]
        if chosen_here:
            chosen[index] = chosen_here
    return chosen


def sentence_hits(s: str, ls: str, names: list[str], before: str = "") -> list[Hit]:
    """Attestation and attribute-change hits in one masked sentence (`ls`: it lower-cased; `before`:
    the lower-cased sentences just before it, where the noun of "them" / "both" may stand)."""
    hits: list[Hit] = []
    audit = "narrative" in names or "holders" in names
    if not names or not audit and names != ["attribute"] and not IDENTITY.search(ls) and not (  # or a referent
            (PRONOUN.search(ls) or CONTROL_REFERENT.search(ls)) is not None and IDENTITY.search(before) is not None):
        return _attribute(s, before, ls) if "attribute" in names else []
    if any(map(ls.__contains__, HABITUAL_WORDS)) and HABITUAL.search(ls):
        return []  # "access is reviewed quarterly by the owner": a policy, not a record
    for name in names:
        if name == "attribute":
            hits.extend(_attribute(s, before, ls))
            continue
        pattern, rule, confidence = SENTENCE_RULES[name]
        if name == "appropriate" and PHYSICAL.search(ls):
            continue
        m = pattern.search(ls) or (HOLDER_LIST.search(s) if name == "holders" else None)
        if m and name == "holders" and _not_a_holder_list(ls, m):
            continue
        if m and name == "appropriate" and (NOT_A_STATEMENT.search(m.group(0)) or
                                            NEGATED_SUBJECT.search(ls, max(0, m.start() - 25), m.start())):
            continue  # "no access change is needed": nothing was judged appropriate
        if m:
            gap = GAP.search(ls) if name in ("review", "certify", "closure", "narrative") else None
            if gap and not (gap.start() > m.start() and ACCEPTED_GAP.search(m.group(0))):
                continue  # an audit finding: "could not obtain evidence that the review was performed"
            hits.append(Hit("attestation", m.start(), len(s), confidence, "attest", rule=rule))
            if name == "review" and (counted := COUNTED_REVOKES.search(ls)):  # "131 retained, 9 revoked"
                hits.append(Hit("access_change", counted.start(), counted.end(), confidence, "revoke",
                                rule="review-revocations"))
    return hits


# The list asked for, not given: "I'll need the population first", "could you export the list of members".
ASKED_FOR = re.compile(r"\b(?:i|we)(?:'ll| will|'d| would)? (?:first )?need\b|\b(?:could|can|would) you\b|"
                       r"\bplease (?:send|export|share|provide|pull)\b")
# One record displayed, nobody's holding listed: "Listing the ACF2 logonid record for the walkthrough".
ONE_RECORD = re.compile(r" (?:the|a|an|this|that|one) [\w. -]{1,40}?\b(?:record|entry|profile|definition|details|"
                        r"settings|attributes)\b")


# The generic reader's own memberships ("privileges granted to roles you're a member of"): docs, nobody listed.
READER_MEMBER = re.compile(r"\byou(?:'re|\u2019re| are)\s+(?:a\s+|an?\s+)?\Z")


def _not_a_holder_list(ls: str, m: re.Match[str]) -> bool:
    if m.group(0) == "listing" and ONE_RECORD.match(ls, m.end()):
        return True
    if m.group(0).startswith("member") and READER_MEMBER.search(ls, max(0, m.start() - 14), m.start()):
        return True
    return ASKED_FOR.search(ls, 0, m.start()) is not None


# "Departamento do Caio atualizado ...": a field followed by whose it is (a Portuguese "do" / "da" and a name).
FIELD_OF_NAME = re.compile(r"\s+d[oa]\s+[A-Z][a-zà-ÿ]+\b")


# A question that asks the reader to make the change: "Can you flip Ravi's status ... and set his sponsor to ...?"
ASKED_TO_CHANGE = re.compile(r"\s*(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|please\s+)"
                             r"(?:chang|updat|set|flip|switch|mov|mark|amend|edit)\w*\b", IC)


# A request waiting on someone's decision (LABELS tie-breaker 4): "still waiting for his manager's approval" names
# the approver, it changes nobody's manager.
AWAITED = re.compile(r"\b(?:pending|awaiting|waiting (?:on|for))\s[\w' -]{0,30}?\b(?:approval|review|sign-?off|"
                     r"decision|manager)\b(?:\s(?:from|by)\s[\w' -]{0,30}?\bmanager\b)?", IC)


def _unawaited(s: str, seen: str) -> tuple[str, str]:
    """`s` and `seen` (it, or it lower-cased) with each AWAITED phrase blanked."""
    for m in AWAITED.finditer(seen):
        blank = " " * (m.end() - m.start())
        s, seen = s[:m.start()] + blank + s[m.end():], seen[:m.start()] + blank + seen[m.end():]
    return s, seen


def _attribute(s: str, before: str = "", ls: str | None = None) -> list[Hit]:
    """Attribute-change hits in one masked sentence (`ls`: it lower-cased, same length, when known: the
    case-insensitive patterns then run lower-case on it, finding the same matches faster)."""
    if ls is not None and literal_safe(s, ls) and literal_safe(before, before):
        seen, pick = ls, _lower_case
    else:
        seen, pick = s, _as_is
    if "pending" in seen or "wait" in seen or "Pending" in seen or "Wait" in seen:
        s, seen = _unawaited(s, seen)
    change = next((m for m in pick(CHANGE).finditer(seen)
                   if not pick(NEGATED_CHANGE).search(seen, max(0, m.start() - 16), m.start())), None)
    if change is None or s.rstrip().endswith("?") and not ASKED_TO_CHANGE.match(seen):
        return []  # no change word, only negated ones ("no changes", "without updating"), or a question
    offset = 0
    if before and PRONOUN.search(s) and not pick(ATTR_STRONG).search(seen) and not pick(ATTR_WEAK).search(seen):
        offset = len(before) + 1
        s = before + " " + s  # "Her record still shows the old location; update both."
        seen = before + " " + seen
    strong = pick(ATTR_STRONG).search(seen)
    system = pick(HR_SYSTEM).search(seen)
    if strong and (system or has_person(s) or FIELD_OF_NAME.match(s, strong.end())):
        return [Hit("attestation", max(0, min(change.start(), strong.start()) - offset), len(s) - offset, 0.7,
                    "modify", rule="attribute-change")]
    weak = pick(ATTR_WEAK).search(seen)
    if weak and system and has_person(s):
        return [Hit("attestation", max(0, min(change.start(), weak.start()) - offset), len(s) - offset, 0.65,
                    "modify", rule="attribute-change")]
    return []


def _grouped_lower(words: re.Pattern[str]) -> re.Pattern[str]:
    """A `\\b(?:a|b|...)\\b` word list without IGNORECASE, grouped by first letter (alternation.grouped:
    the same matches)."""
    head, tail = r"\b(?:", r")\b"
    return re.compile(head + grouped(words.pattern[len(head):-len(tail)]) + tail)


# The case-insensitive attribute patterns compiled without IGNORECASE (they are lower-case): on a
# lower-cased text where patterns.literal_safe holds they find the same matches, several times faster.
# Keyed by identity: hashing a compiled pattern hashes its whole code, each time.
_LOWER_CASE = {id(NEGATED_CHANGE): re.compile(NEGATED_CHANGE.pattern),
               **{id(words): _grouped_lower(words) for words in (CHANGE, ATTR_STRONG, ATTR_WEAK, HR_SYSTEM)}}


def _lower_case(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return _LOWER_CASE[id(pattern)]


def _as_is(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return pattern


DECISION_LABEL = re.compile(
    r"\b(?:decision|entscheidung|decisión|décision)\b[^:\n]{0,80}:\s*\**\s*(?:\w+\s+){0,3}?(?P<v>retain|keep|"
    r"revoke|remove|certify|accept|approve|maintain|behalten|entziehen|mantener|revocar|conserver|révoquer)\b", IC)
NEW_VALUE = re.compile(r"\b(?:new value|neuer wert|nuevo valor|nouvelle valeur|new (?:line )?manager|new department|"
                       r"new (?:job )?title|new cost cent(?:re|er)|new status|new end date|new supervisor)\**\s*:", IC)
NEW_ANCHORS = ("new ", "neuer wert", "nuevo valor", "nouvelle valeur")
NEW_GATES = ("new ", "neuer", "nuev", "nouvelle")
LABEL_ANCHORS = ("decision", "entscheidung", "decisión", "décision")
FOREIGN_CLOSURES = ("nota de encerramento", "nota de cierre", "nota de fecho", "note de clôture", "abschlussnotiz",
                    "nota di chiusura", "afsluitnotitie", "notatka zamknięcia", "abschlussvermerk",
                    "ticket geschlossen", "chiusura della richiesta", "chiudo il ticket", "pratica chiusa",
                    "ticket chiuso", "ticket cerrado", "ticket fechado", "ticket clôturé", "ticket clos",
                    "dossier clos", "demande clôturée", "caso cerrado", "solicitud cerrada", "chamado encerrado",
                    "ticket encerrado", "anfrage geschlossen", "vorgang geschlossen", "melding gesloten",
                    "ticket gesloten", "cierro el ticket", "cierro la solicitud", "clôture du ticket",
                    "clôture de la demande", "fecho o ticket", "encerro o chamado", "schließe das ticket",
                    "schließe den vorgang")
CLOSURE_ANCHORS = ("closure", "closing", "completion", "resolution", "case closed", "ticket closed", "request closed",
                   "case resolved", "ticket resolved", "request resolved", *FOREIGN_CLOSURES)
CLOSURE_HEAD = re.compile(r"\b(?:closure|closing|completion|resolution) (?:note|comment|summary)\b|"
                          r"\b(?:case|ticket|request) (?:closed|resolved)\b|"
                          r"\b(?:" + "|".join(FOREIGN_CLOSURES) + r")\b")
LOGIN_NAME = re.compile(r"\b[a-z]+[._][a-z]+\b")
CODE_NAME = re.compile(r"`[\w.@-]*[-_.@][\w.@-]*`")  # `svc-dr-failover`, `j.doe`
DONE_CHANGE = re.compile(r"\b(?:removed|revoked|disabled|deprovisioned|provisioned|granted|deactivated|removid[oa]s?|"
                         r"disattivat[oaie]|desativad[oa]s?|desactivad[oa]s?|désactivée?s?|deaktiviert|"
                         r"revogad[oa]s?|eliminad[oa]s?|retirad[oa]s?|supprimée?s?|révoquée?s?|entfernt|entzogen|"
                         r"rimoss[oaie]|"
                         r"revocat[oa]|verwijderd|ingetrokken|usunięt\w*|rimozione|remoção|eliminación|entfernung)\b")
# A removal from a group or role named in a closure note (searched lower-cased).
REMOVED_FROM = re.compile(r"\b(?:removal|revocation|removed|revoked)\b(?: of)?[^.\n]{1,80}?\bfrom\b[^.\n]{0,80}?"
                          r"(?:`[^`\n]{2,60}`|\b(?:groups?|roles?|teams?|org|organi[sz]ation|admins?|access)\b)")
CLOSURE_GATES = ("clos", "resol", "completion", "encerramento", "cierre", "fecho", "clôture", "abschluss", "chiusura",
                 "afsluit", "zamknięcia", "geschlossen", "chiudo", "chius", "cerrado", "cerrada", "fechado", "clôturé",
                 "gesloten", "cierro", "encerro", "schließe")
# A field line that shows the change: "- Employment status: Active → **Terminated**".
FIELD_ARROW = re.compile(r"[ \t]*(?:[-*+\u2022]|\d+[.)])?[ \t]*\**(?P<f>[^:\n*]{2,40}?)\**[ \t]*:[ \t]*[^\n:]{1,60}?"
                         r"[ \t](?:\u2192|->|=>)[ \t]*[*_`'\"]*\w")
ARROWS = ("\u2192", "->", "=>")


def _verdict_on_person(m: re.Match[str]) -> bool:
    """"Decision for Omar Farouk / AP Clerk: **Revoke**": the verdict right after the colon, on a named
    person (no access word needed; "Decision for Ann Lee: we keep the vendor" is not a verdict)."""
    label, _, verdict = m.group(0).rpartition(":")
    return verdict.strip(" \t*_").lower() == m.group("v").lower() and has_person(label)


def _labelled(text: str, low: str, found: Found) -> list[Hit]:
    """"Decision: retain ..." with access around it; "Field: end date / New value: ..." forms."""
    hits: list[Hit] = []
    for m in found.matches(DECISION_LABEL, text, LABEL_ANCHORS):
        line_end = text.find("\n", m.end())
        if "?" in text[m.start(): len(text) if line_end == -1 else line_end]:
            continue  # "I need a decision from you: should she keep it?" asks, decides nothing
        verdict = m.group("v").lower()
        if ACCESS_CONTEXT.search(text, max(0, m.start() - 400), m.end() + 400) or _verdict_on_person(m):
            kind = "access_change" if verdict == "approve" else "attestation"
            hits.append(Hit(kind, m.start(), m.end(), 0.75, "grant" if kind == "access_change" else "attest",
                            rule="decision-label"))
            if REVOKE_DECISION.match(verdict):  # "Decision for Omar Farouk: Revoke": someone will carry it out
                hits.append(Hit("access_change", m.start(), m.end(), 0.7, "revoke", rule="decision-label"))
    m = next(iter(found.matches(NEW_VALUE, text, NEW_ANCHORS)), None) if found.any(NEW_GATES) else None
    seen, pick = (low, _lower_case) if literal_safe(text, low) else (text, _as_is)
    if m and pick(ATTR_STRONG).search(seen) and (pick(HR_SYSTEM).search(seen) or has_person(text)):
        hits.append(Hit("attestation", m.start(), m.end(), 0.7, "modify", rule="attribute-form"))
    lines = lines_with(text, ARROWS)
    if lines and pick(HR_SYSTEM).search(seen) and has_person(text):
        for start, end in lines:
            m = FIELD_ARROW.match(text, start, end)
            if m and ATTR_STRONG.fullmatch(m.group("f").strip()):
                hits.append(Hit("attestation", m.start(), m.end(), 0.7, "modify", rule="attribute-form"))
                break
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


def _result_lines(low: str) -> list[int]:
    """Starts of the lines holding a result word, in order: where a CONTROL_RESULT match may start."""
    return sorted({low.rfind("\n", 0, at) + 1 for at in positions(low, ("result", "conclusion", "outcome"))})


def answer_hits(text: str, low: str, found: Found) -> list[Hit]:
    """Hits that need the whole answer: recommendations, decision tables, offboarding plans
    (`found`: where the ANSWER_WORDS occur in `low`)."""
    hits: list[Hit] = _labelled(text, low, found) + _control_result(text, low)
    recommend = found.has("recommend") or found.any(RECOMMEND_HEADS) or found.any(FIRST_PERSON)
    for m in leftmost(found.matches(RECOMMEND, text, RECOMMEND_ANCHORS)) if recommend else ():
        verb = (m.group("v") or m.group("v2") or m.group("v3") or m.group("v4") or m.group("v5")).lower()
        window = text[max(0, m.start() - 400): m.end() + 400]
        if not (ACCESS_CONTEXT.search(window) or len(text) <= TERSE_LENGTH and FOR_SOMEONE.search(text, m.end())) \
                or LENDING.search(window):
            continue
        start = _decided_request(text, m.start()) if m.group("v5") else m.start()
        if verb.startswith(RETAIN_VERBS):
            hits.append(Hit("attestation", start, m.end(), 0.75, "attest", rule="recommendation"))
            continue
        action = "revoke" if verb.startswith(REVOKE_VERBS) else "grant"
        if action == "revoke":  # a revoke recommendation is also a review decision
            hits.append(Hit("attestation", start, m.end(), 0.7, "attest", rule="recommendation"))
        confidence = 0.6 if verb in ("deny", "reject") else 0.8
        hits.append(Hit("access_change", start, m.end(), confidence, action, rule="recommendation"))
    review = found.any(REVIEW_STEMS) and _reviewed(low, found)
    decisions = list(TABLE_DECISION.finditer(text)) if "|" in low else []
    if decisions and FUNDERS.search(low):
        decisions = []  # "| Applicant | Funder | Grant | Amount | Decision |": research grants awarded
    # the whole answer searched for access words only when a decision to grant or revoke asks for them
    acts = any(m.group("v").lower().startswith(("approv", "grant", "revok", "remov")) for m in decisions)
    access = acts and ACCESS_CONTEXT.search(text) is not None
    for m in decisions:
        verb = m.group("v").lower()
        if verb.startswith(("approv", "grant")) and access:
            hits.append(Hit("access_change", m.start(), m.end(), 0.75, "grant", rule="decision-table"))
        elif review:
            hits.append(Hit("attestation", m.start(), m.end(), 0.75, "attest", rule="decision-table"))
        if verb.startswith(("revok", "remov")) and access and (recommend or review):  # someone acts on it
            hits.append(Hit("access_change", m.start(), m.end(), 0.75, "revoke", rule="recommendation-table"))
    if review:
        for start, end in found.lines_holding(low, DECISION_STEMS):
            m = DECISION_LINE.match(text, start, end)
            if m and (IMPERATIVE_ITEM.match(m.group(0)) and not ACCESS_CONTEXT.search(m.group(0))
                      or KEPT_SECRET.match(m.group(0))):
                continue  # "- Keep the Project Summary to one page": advice, not a verdict on someone's access
            if m and (_names_someone(m.group(0)) or LOGIN_NAME.search(m.group(0)) or CODE_NAME.search(m.group(0))):
                hits.append(Hit("attestation", m.start(), m.end(), 0.7, "attest", rule="decision-line"))
                if REVOKE_DECISION.match(m.group("v")):  # a revocation the connector or an admin carries out
                    hits.append(Hit("access_change", m.start(), m.end(), 0.7, "revoke", rule="decision-line"))
                elif DISABLE_DECISION.match(m.group("v")):  # "Disable: Rosa Delgado (no contract)": an account step
                    hits.append(Hit("lifecycle", m.start(), m.end(), 0.7, "disable", rule="decision-line"))
    m = TERSE_DECISION.match(text)
    if m:  # a reviewer's one-line answer: "retain — she's still on the payments team"
        hits.append(Hit("attestation", m.start(), m.end(), 0.7, "attest", rule="terse-decision"))
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


def _reviewed(low: str, found: Found) -> bool:
    """`REVIEW.search(low) is not None`, trying REVIEW only where a match may start: at one of the
    REVIEW_STARTS or at the `|` before a "decision" table header."""
    match = REVIEW.match
    if any(match(low, pos) for pos in found.positions(REVIEW_STARTS)):
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
                + DECISION_STEMS + CLOSURE_ANCHORS + CLOSURE_GATES + OFFBOARD_ANCHORS)
