"""Evidence-shaped sentences for the ProseDetector: attestations, review outcomes, audit listings and
closure notes read one masked sentence at a time (sentence_hits), with the HR / IdP attribute changes
of prose_attributes; the whole-answer forms are in prose_decisions."""

from __future__ import annotations

import re

from gateway.inspection.alternation import bucketed, grouped, head_first
from gateway.inspection.any_match import FirstMatch
from gateway.inspection.hits import Hit
from gateway.inspection.prose_attributes import attribute_hits
from gateway.inspection.prose_referents import PRONOUN

IDENTITY = bucketed(
    r"access|accounts?|users?|members?|holders?|roles?|groups?|entitlements?|permissions?|logins?|"
    r"privileg\w*|admins?|administrators?|owners|leavers|contributors?|maintainers?|provision\w*|deprovision\w*|zugriff\w*|"
    r"benutzer\w*|konto|konten|konton|åtkomst|benutzerkont\w*|ad-gruppe\w*|accesos?|usuarios?|usuário|accès|utilisateurs?|"
    r"habilitations?|collaborators?|colaborador(?:es)? extern[oa]s?|gebruiker|"
    r"rights|assignments?|memberships?|utenz[ae]|perfil|perfis|perfiles|app consents?|inbox rules?|forwarding rules?|"
    r"berechtigung\w*|permisos|derechos|droits|access[io]|utenti|permessi|acessos?|usuários|permissões|"
    r"toegang|toegangsrechten|gebruikers|beheerders|rechten|autorisaties?|behörighet\w*|användare|uprawnie\w*|dostęp\w*|"
    r"uprawnion\w*|kont[oaye]?|mynediad|доступ\w*|пользовател\w*|учётн\w*|учетн\w*|"
    r"brugere|adgang\w*|rettighed\w*|yetki\w*|kullanıcı\w*|oprávnění|uživatel\w*|"
    r"sod|segregation of duties|break-?glass|firefighter|notfall\w*|\w*zugäng\w*|"
    r"\w+logins?|\w+(?<!bank)accounts?|"  # Dutch and German compounds: "de databaselogin", "gebruikersaccount"
    # people named as allowed to act for the organisation: "the employees currently authorised to lodge declarations"
    r"(?:employees|staff|people|persons|users|individuals|officers)\s+(?:currently\s+)?authori[sz]ed|"
    r"authori[sz]ed\s+(?:users|signator(?:y|ies)|persons|employees|staff|individuals|officers)|"
    r"authori[sz]ation letters?|"
    # duties kept apart: "the refund approval and reconciliation functions are segregated"
    r"(?:functions|duties|roles|responsibilities|tasks)\s+(?:are|were|remain|is)\s+(?:\w+\s+)?segregated")
# Searched in the lower-cased text, case-sensitively: IGNORECASE would defeat the literal scans.
AUDIT = re.compile(r"\b(?:" + grouped(
    r"audit(?!ion|orium)\w*|audyt\w*|"
    r"evidence\b|sox\b|soc ?[12]\b|itgc\b|iso ?27001\b|control [a-z]{2,4}-\d+|pwc\b|kpmg\b|"
    r"deloitte\b|grc\b|prüfung\b|prüf(?:frage|fragen|er|erin|nachweis|nachweise|zeitraum|bericht)\b|nachweis\b|"
    r"evidencias?\b|pièces? justificatives?\b|commissaires? aux comptes\b|wirtschaftsprüf\w*|"
    r"revisor(?:es)? de cuentas\b|"
    r"revisori dei conti\b|control conclusion\b|sample of \d+|sampled\b|no deviations?\b|"
    r"test(?:ing)? of (?:design|operating)|pbc\b|cc\d\.\d+\b|confirmed against\b|questionnaire\b|"
    # an internal auditor's workpapers, a regulator's or an inspector's request ("State Board of Pharmacy inspection")
    r"workpapers?\b|work papers\b|examiners?\b|regulators?\b|assessors?\b|"
    r"inspection(?: [-–:])? (?:item|request|response)s?\b|"
    r"as (?:of|at) (?:\d{1,2}(?:st|nd|rd|th)? [a-z]+|[a-z]+ \d{1,2}\b|today|year[- ]end|\d{4}-\d{2}-\d{2})|"
    r"as (?:of|at) the (?:review|audit|assessment|reporting|period[- ]end) date\b|triennial review\b|"
    r"review was signed off\b|denetçi\w*|denetim\w*|"
    # an insurer's questionnaire on privileged access: "For the cyber insurance renewal form, section 4"
    r"cyber[- ]insurance\b|insurance (?:renewal|application|questionnaire)\b") + ")")
GAP = head_first(r"\b(?:could not|cannot|can't|unable to|no evidence|not (?:been )?(?:performed|completed|done|carried "
                 r"out)|was not|were not|wasn't|weren't|n'a pas|n'ont pas|nicht durchgeführt|no se (?:realizó|hizo)|"
                 r"non è stat[ao]|não foi|remained (?:active|enabled)|condition:|"  # an audit finding's condition
                 r"(?:retained|remained|kept)\b[^.;\n]{0,60}?\bafter (?:their |the )?(?:termination|departure))")
# A gap accepted before it is described is a decision on it: "Risk acceptance: the shared account cannot be
# individualised" (but "could not obtain evidence that the risk acceptance was reviewed" is a finding)
ACCEPTED_GAP = re.compile(r"risk acceptance|accepted|compensating|mitigating")
# The access control of the sentences before, named as the control: "Management considers the control to have
# operated effectively apart from this exception."
# Or the reason the account named before exists: "Service account `svc-x` ... Purpose still valid."
CONTROL_REFERENT = re.compile(r"\b(?:the|this|that) control\b|\bthis exception\b|^\W*(?:its |the )?(?:purpose|business "
                              r"(?:need|justification))\b")
HABITUAL = head_first(r"\b(?:is|are|(?:shall|must|should) be)\s+(?:\w+\s+)?(?:reviewed|recertified|certified|approved|"
                      r"granted|checked)\b"
                      r"[^.;]{0,40}?\b(?:quarterly|annually|yearly|monthly|weekly|periodically|regularly|every|"
                      r"(?:semi|bi)-?annually|half-?yearly|(?:once|twice|\w+ times) (?:a|per|each) "
                      r"(?:year|quarter|month|week)|on an? \w+ basis)\b"
                      # a policy's rule: "access shall be based on least privilege and reviewed at least quarterly"
                      r"|\b(?:shall|must|should) be\s+(?:[\w-]+\s+){1,6}?(?:reviewed|recertified|certified|checked)\b"
                      r"[^.;]{0,40}?\b(?:quarterly|annually|yearly|monthly|weekly|periodically|regularly)\b"
                      r"|\bis granted only\b|\b(?:every|each|all) (?:\w+ ){0,2}(?:is|are) (?:\w+ ){0,3}?(?:reviewed|"
                      r"recertified|certified|approved|checked)\b"  # "every use is logged and reviewed by ..."
                      # a definition: "a UAR is a periodic control where owners confirm each user's access is needed"
                      r"|\b(?:is|are) an? (?:[\w-]+ ){0,3}(?:control|process|procedure|practice|activity|exercise)s? "
                      r"(?:where|in which|whereby|that|by which)\b")
HABITUAL_WORDS = ("reviewed", "certified", "approved", "granted", "checked", "control", "process", "procedure",
                  "practice", "activit", "exercise")  # every HABITUAL match holds one
NOT_A_STATEMENT = re.compile(r"(?<!\bthis )(?<!\bthe )\bchanges?\b|\bnot\b|n't\b")  # not "the grants in this change"
IF_BEFORE = re.compile(r"\b(?:if|whether|unless|in case)\s+(?:\w+\s+){0,4}\Z")
NEGATED_SUBJECT = re.compile(r"\b(?:no|not|without|never)\b")
# A verdict declined, to be given by someone else: "I can't confirm that the payroll access is appropriate".
DECLINED = re.compile(r"\b(?:i|we)\s+(?:can(?:no|'|\u2019)t|can not|won(?:'|\u2019)t|will not|"
                      r"(?:am|are) (?:not able|unable|not in a position) to)\s+(?:\w+\s+)?"
                      r"(?:confirm|certify|attest|say|vouch|sign off)\b(?![^.;\n]*\bbut\b)[^.;\n]{0,60}\Z")
PHYSICAL = head_first(r"\b(?:wheelchair|step-free|venue|car park|parking|ramp|lift|elevator)\b")
APPROPRIATE = FirstMatch(re.compile(  # a search tried where its words start, not at every word boundary
    r"\b(?:access|entitlements?|permissions?|privileges?|roles?|rights|assignments?|memberships?|use|usage|grants)\b"
    r"[^.;\n]{0,80}?\b(?:is|are|was|"
    r"were|remains?|deemed|confirmed|considered|validated)\b"
    r"[^.;\n]{0,30}?\b(?:appropriate|justified|required|valid|necessary|needed)\b|\b(?:appropriate|justified)"
    r" for (?:their|each|every|all)\b|\brequire their access\b|\bstill requires? (?:their )?access\b|"
    r"\bstill (?:requires?|needs?) (?:their |the |this |his |her )?(?:`[^`\n]{1,60}`|[^.;\n`]{1,60}?)\s+access\b|"
    r"\bcontinues? to (?:require|need) (?:their |the |this |his |her )?(?:[\w-]+ )?access\b|"  # "each continues to ..."
    # a reviewer's finding that a named role is still needed: "Confirmed for the review: A and B still need X admin"
    r"\b(?:review|confirm)\w*\b[^.\n]{0,80}?\bstill (?:requires?|needs?) [^.;\n`?]{1,60}?\s+(?:admin|administrator|"
    r"owner|role|rights|permissions?)\b(?![^.;\n]*\?)|"
    r"\bare appropriate and approved\b|"
    r"\b(?:confirmed|deemed|validated|certified|judged) as (?:appropriate|justified)\b|"
    r"\breviewed\b[^.;\n]{0,80}?\band (?:is|are) (?:accurate|correct|complete)\b|"
    r"\b(?:entitlements?|access|roles?|permissions?|rights)\s+(?:are\s+|is\s+)?still\s+(?:needed|required|justified)\b|"
    r"^\W*(?:its |the )?(?:purpose|business (?:need|justification))\s+(?:is\s+|remains\s+)?still\s+(?:valid|needed|"
    r"required|justified|current)\b|\b(?:every|each|all)\s+(?:\w+\s+)?(?:admins?|owners?|users?|members?|"
    r"holders?)\s+still\s+(?:needs?|requires?)\b|\bappropriately (?:restricted|assigned|scoped|limited)\b|"
    r"\baccess (?:remains|stays|is kept) (?:unchanged|as is|in place)\b|\b(?:ist|sind) angemessen\b|"
    r"\bangemessen (?:ist|sind|war|waren)\b|"
    r"\b(?:es|son) apropiad[oa]s?\b|"
    r"\b(?:est|sont) (?:approprié|justifié)e?s?\b|\b(?:es|son) (?:adecuad|necesari|justificad)[oa]s?\b|"
    r"\bals angemessen\b|\bhabilitations? conformes?\b|\b(?:estão|são|está|é) adequad[oa]s?\b|\bpassend is\b|"
    r"\b(?:jugée?s?|considérée?s?|estimée?s?) appropriée?s?\b|\b(?:è|sono) (?:appropriat|adeguat|giustificat)[oaie]\b|"
    r"\b(?:confermat|ritenut|giudicat)[oaie] (?:come )?(?:appropriat|adeguat|necessari)[oaie]\b|"
    r"\b(?:confirmad|considerad)[oa]s? como (?:apropiad|adecuad|necesari|adequad|apropriad)[oa]s?\b|"
    r"\b(?:są|jest) zgodne z zakresem\b|\buprawnie\w*\s+(?:(?:są|były)\s+)?adekwatn\w*|"
    # Polish "potwierdzone przez właściciela systemu jako uprawnione", Welsh "mae'r mynediad yn briodol"
    r"\bpotwierdzon[eyaio]\w*\b[^.;\n]{0,60}?\bjako (?:uprawnion|właściw|zasadn|odpowiedni|niezbędn|potrzebn)\w*|"
    # "Wszystkie 5 kont operatorów jest zasadnych": the accounts or rights themselves judged justified
    r"\b(?:kont[oaye]?|uprawnie\w*|dostęp\w*)\b[^.;\n]{0,60}?\b(?:jest|są|był[oy]?|pozostaj\w*)\s+(?:\w+\s+)?"
    r"(?:zasadn|uzasadnion|niezbędn|potrzebn)\w*|"
    r"\bmynediad yn briodol\b|\b(?:bedömdes|bedöms|ansågs|anses|befanns)\s+(?:som\s+|vara\s+)?(?:lämplig|befogad|"
    r"motiverad)\w*|\bconsiderad[oa]s? (?:adequad|apropriad|adecuad)[oa]s?\b|"
    # "Behörigheterna är lämpliga", "åtkomsten är befogad": the access itself judged
    r"\b(?:behörighet\w*|åtkomst\w*|roller\w*|rättighet\w*)\s+(?:är|var)\s+(?:\w+\s+)?(?:lämplig|befogad|motiverad)\w*|"
    r"\b(?:is|zijn) passend\b|"
    # Russian: "Доступ всех трёх признан соответствующим их обязанностям"
    r"\bдоступ\w*\b[^.;\n]{0,60}?\bпризна\w*\s+(?:соответствующ|обоснованн|необходим|правомерн)\w*|"
    # Turkish: "erişimler görev tanımlarına uygundur", "yetkiler uygundur"
    r"\b(?:erişim|yetki)\w*\b[^.;\n]{0,60}?\buygun(?:dur|durlar)?\b|\b(?:nutzung\w*|\w*zugriff\w*|\w*zugäng\w*|\w*zugang\w*|\w*berechtigung\w*)\b"
    r"[^.;\n]{0,80}?\b(?:war|waren|ist|sind|wurden?|bleib(?:t|en))\b[^.;\n]{0,30}?\b(?:begründet|gerechtfertigt|"
    r"erforderlich|notwendig)\b|\b(?:access|entitlements?|permissions?)\s+(?:deemed\s+)?"
    r"(?:appropriate|justified)\b"))
CERTIFY = head_first(r"\b(?:i|we)\s+(?:hereby\s+|can\s+)?(?:certify|attest|confirm|certified|attested|confirmed|"
                     r"verified)\b|\bmanagement\b[^.\n]{0,80}?\b(?:confirms|asserts|represents)\s+that\b|"
                     r"\bthis is to (?:confirm|certify)\b|\b(?:and|hereby) certify\b|"
                     r"\bcertify (?:them|it|this|these|the (?:list|group|membership|access))\b|"
                     r"\bje certifie\b|\bj'atteste\b|\bje confirme\b|\bse certifica\b|\bcertifico\b|"
                     r"\bich bestätige\b|\bbestätige ich\b|\bbestätigen wir\b|\battesto\b|\bconfermo\b|\batesto\b|"
                     r"\bik (?:bevestig|verklaar)\b|"
                     r"\bpotwierdzam\b|\bpoświadczam\b|\bzaświadczam\b|"
                     r"\b(?:bevestig|verklaar) ik\b|\bconfirmo que\b|"
                     r"(?<!get )(?<!need )(?<!needs )(?<!request )(?<!obtain )(?<!require )(?<!requires )"
                     r"\bsign-?off\b(?![/_-])|\bsigned:|\b(?:firmado|firmato|assinado|getekend|unterschrieben|signé)\s*:|"
                     r"\bafgetekend\b|\b(?:attests?|attested|certifies) that\b|"
                     r"\b(?:durchgeführt|geprüft) und abgezeichnet\b|"  # a control run and signed off (German)
                     # a statement under the label: "Attestation: as of 31 May every admin account uses MFA"
                     r"\battestation\s*\**\s*:(?!\s*(?:pending|required|due|requested|outstanding|overdue|open|"
                     r"status|deadline|not)\b)|"
                     r"\bcertifying\b[^.\n]{0,60}?\b(?:complete|completed|done|closed)\b|"
                     r"\b(?:control|controls|process|segregation of duties|sod)\s+(?:is|are|was|were)\s+operating "
                     r"(?:effectively|as designed|as intended)\b|"
                     r"\b(?:certified|attested|signed off) by\b|"
                     # "... and confirm the following should keep owner rights:" (not a question back)
                     r"\b(?<!you )(?<!please )confirm\b[^.;\n?]{0,60}?\b(?:should|can|may|will) (?:keep|retain)\b"
                     r"(?![^.;\n]*\?)")
# Things certified by a carrier, a lab or a vendor: "test labels certified by both carriers".
CERTIFIED_THING = re.compile(r"\b(?:labels?|products?|devices?|equipment|scales?|printers?|parts?|components?|"
                             r"materials?|shipments?|formats?|layouts?|builds?|models?|vehicles?|meters?|cables?)\s+"
                             r"(?:(?:were|are|was|is|have been|has been|got|get)\s+)?\Z")
# Exceptions asked for, not found by a review: "No exceptions were raised this period" (nobody requested one).
NOT_REQUESTED = (r"(?!\s+(?:were|was|have been|had been|has been)\s+"
                 r"(?:raised|requested|filed|logged|opened|submitted)\b)")
REVIEW_DONE = FirstMatch(re.compile(  # its literal-headed alternatives apart from those a digit starts (any_match)
    r"\b(?:access|entitlement|privileged?(?: access)?|account)\s+(?:review|certification)\b[^.\n]{0,80}?"
    r"\b(?:(?<!% )complete[d]?|"
    r"outcome|result|attestation|sign-?off|summary|finished|done|performed)\b|\breview of\b[^.\n]{0,80}?"
    r"\b(?:complete[d]?|performed)\b|\brecertif\w+\b[^.\n]{0,40}?\b(?:summary|decisions?|complete\w*|"
    r"for|by)\b|\brecertif\w+\b[^.\n]{0,100}?\b(?:was|were|has been|have been) (?:completed|performed|finished)\b|"
    # counts kept and revoked, a control judged effective: "36 mantidos e 2 revogados", "foi considerado eficaz"
    r"\b\d+\s+(?:[a-zà-ÿ]+\s+)?(?:mantid[oa]s|mantenid[oa]s|mantenuti|confermati|conservés|maintenus|beibehalten|"
    r"behalten|behouden)\b[^.\n]{0,20}?\b\d+\s+(?:revogad[oa]s|revocad[oa]s|revocati|rimossi|révoqués|retirés|entzogen|"
    r"widerrufen|ingetrokken)\b|\b(?:foi|fue|è stato|a été) (?:considerad[oa]|consideran?to|considéré) "
    r"(?:comme )?(?:eficaz|efectivo|efficace|eficiente)\b|\bcertification campaign\b|"
    r"\b(?:reviewed|recertified|validated|certified|reconfirmed|re-confirmed)\b"
    # not code reviewed: "changes only through reviewed PRs owned by the platform team"
    r"(?! (?:prs?|pull requests?|merge requests?|mrs|code|commits?|diffs?|patch(?:es)?)\b)[^.\n]{0,80}?"
    r"\b(?:by|against)\b|\breviewed with\b|\bno exceptions?\b[^.\n]{0,20}?\bnoted\b|"
    # "all seven accounts in `itar-prop` have been verified by the Export Control Office as U.S. persons"
    r"\b(?:accounts|users|members|holders|principals)\b[^.\n]{0,60}?\b(?:have been|were)\s+(?:verified|validated|"
    r"certified)\b[^.\n]{0,60}?\bas\b|"
    r"\bno (?:exceptions|deviations?)\b" + NOT_REQUESTED + r"|"
    r"\boperat(?:ing|ed|es) effectively\b|\bhave reviewed\b|\breview\b[^.\n]{0,20}?\bas (?:complete[d]?|done)\b|"
    r"\baccepted as an? (?:documented )?exception\b|\b(?:conflict|risk|exception) (?:is |was )?accepted\b|"
    # an exception to a control granted for an account that keeps what the control would take away
    r"\bexception (?:[a-z]{1,8}-?\d+ )?(?:is |was |has been )?(?:approved|granted)\b(?=[^.\n]{0,120}?"
    r"\b(?:keeps?|retains?|continues?|remains?|compensating|mitigating)\b)|"
    r"\breviewed (?:the )?(?:sod|segregation)\b|\bont été revu|"
    r"\bse mantiene[n]? (?:el|los|la|las) (?:acceso|permiso|rol)|\bsiguen necesitándol|"
    r"\brisultano adeguat|\bsi conferma il mantenimento|\bmantêm o acesso|\bdeve ser revogad|"
    r"\btoegang blijft behouden|\brechten passen bij|\bbleiben bestehen\b|\b(?:wurde|wurden)\b[^.\n]{0,60}?\bgeprüft\b|"
    r"\bse verificaron\b|\b(?:revisado|validado|verificado)s? y (?:validado|aprobado|firmado)s? por\b|"
    r"\b(?:ont|a) été (?:contrôlé|vérifié|revu)e?s?\b|\brevisión\b[^.\n]{0,40}?complet|"
    r"\brevue des habilitations\b|"
    r"\b(?:habilitations?|accès|droits)\b[^.\n]{0,80}?\b(?:sont|est|restent|reste) (?:maintenue?s?|conservée?s?)\b|"
    r"\bquarterly review of\b[^.\n]{0,60}?complete|"
    r"\brevisione\b[^.\n]{0,80}?\b(?:è stata |stata )?completat[ao]\b|\bsono stati verificati\b|"
    r"\b(?:zijn|werden|is)\b[^.\n]{0,80}?\bbeoordeeld\b|\bgeen afwijkingen\b|\bzijn passend\b|"
    r"granskning\w*\b[^.\n]{0,60}?\b(?:är )?klar\b|\bhar granskats\b|\b(?:jag|vi) har granskat\b|\binga avvikelser\b|"
    r"\b(?:är|var) (?:korrekta|riktiga) och behålls\b|\b(?:zijn|worden|blijven) gehandhaafd\b|"
    r"\brisultano (?:congru[ei]|coerent[ei])\b|\b(?:di )?aver(?:e)? verificato\b|"
    r"\bbehåller (?:sin|sina|sitt|sin nuvarande) (?:åtkomst|behörighet\w*|roll)\b|"
    r"\bprzegląd\w*\b[^.\n]{0,60}?\bzakończon\w*|\bbrak (?:odstępstw|nieprawidłowości|wyjątków)\b|"
    r"\b(?:są|jest) adekwatn\w*|\bzostaj[ąe] utrzyman\w*|\bcertyfikacja dostęp\w*|\bzweryfikował\w* uprawnie\w*|"
    r"\brevisão\b[^.\n]{0,60}?\bconcluíd[ao]\b|"
    r"(?<!peer-)(?<!peer )\breviewed (?:the )?[^.\n]{0,60}?\b(?:membership|memberships|"
    r"members|owners|admins|entitlements|permissions|access)\b(?! (?:logs?|patterns?|requests?)\b)(?!-)|"
    r"\brisk acceptance\b|\b(?:access|login|account|role|membership|entitlement)s? (?:is|was|are|were|remains?) "
    r"retained\b(?! for (?:up to )?\d+ (?:days?|weeks?|months?|years?))|\bretained (?:with|under|subject to) "
    r"(?:compensating|mitigating) controls?\b|\b(?:re)?(?:certified|attested) \d+ (?:[\w-]+ ){0,2}(?:entitlements?|"
    r"accounts?|access(?:es)?|roles?|memberships?|users?|items?|assignments?|permissions?)\b|"
    r"\b\d+ (?:\w+ )?(?:retained|kept|recertified)\b|\b\d+ (?:\w+ )?(?:geprüft|rezertifiziert|beibehalten)\b|"
    r"\b(?:zusammenfassung|ergebnis\w*) (?:der )?rezertifizierung\w*|\brezertifizierung\w*\b[^.\n]{0,40}?"
    r"\b(?:abgeschlossen|zusammenfassung|ergebnis\w*)\b|\b(?:keep|kept|retain(?:ed)?)\s+\d+\s+of\s+\d+\b|"
    r"\b(?:retained|recertified|kept)\s+[\w -]{0,40}?\b(?:access|entitlements?|roles?|permissions?)\s+for\b|"
    r"\bgeprüft (?:wurden?|worden)\b|"
    r"\brecord (?:them|it|these|this|him|her|all \w+)\s+as\s+(?:retained|kept|approved|revoked|removed)\b|"
    r"\bcertification (?:is )?complete\b|\b(?:no one|nobody|no user|no account) (?:now )?holds both\b|"
    # SoD found kept: "the groups had no overlapping members at any point in the review period"
    r"\b(?:had|have|has|showed|show) no overlapping (?:members|membership|users|accounts)\b|"
    r"\b(?:ownership|access|account|entitlement) attestation\b|\bbekræftet som passende\b|"
    r"\badgangsgennemgang\w*\b[^.\n]{0,60}?\bafsluttet\b|\b(?:werden|wird|bleiben|bleibt)\s+(?:\w+\s+)?beibehalten\b|"
    r"\bkeine unberechtigten (?:änderungen|zugriffe|nutzungen)\b[^.\n]{0,30}?\bfestgestellt\b|"
    # a reviewer's outcome stated as what is to happen: "the role assignment is to be removed"
    r"\b(?:access|roles?|(?:role )?assignments?|memberships?|entitlements?|permissions?|grants?) (?:is|are) to be "
    r"(?:removed|revoked|withdrawn)\b(?! (?:within|after|if|when|once|upon|on termination)\b)"))
HOLDERS = head_first(
    # "who has approved 40 items": what a reviewer did, not who holds access
    r"\bwho (?:has|have|holds?|held)\b(?! (?:\w+ly )?(?:done|approved|rejected|reviewed|certified|signed|opened|"
    r"completed|submitted|started|finished|responded|replied|commented|voted|clicked|attended)\b)|"
    r"\bhold(?:s|ing)? (?:the|it)\b|\bheld (?:the )?\b|"
    r"\b(?:users|accounts|people|staff|agents|employees|members|principals|identities) holding\b|"
    r"\b(?:is|are|was|were) assigned to\b|\busers? with (?:the )?(?:\*\*|__|`)?\b|\bmembers? (?:are|of)\b|"
    r"\bcurrent (?:owners|admins|members|holders)\b|\bholders?\b|\bpopulation\b(?! requests?\b)|"
    # not a lookup under way: "Listing role assignments on the resource group so I can answer the auditor"
    r"\blisting\b(?![^.\n]{0,80}?\b(?:so (?:that )?(?:i|we) can|in order to)\b)|"
    r"\bno other principals\b|"
    r"\bno other (?:individuals|people|persons|users|accounts|staff|employees)\s+"
    r"(?:hold|holds|have|has|can|may|are authori[sz]ed)\b|"
    r"\bwho (?:can|could) (?:approve|access|read|write|modify|administer|assume|sign|log)\b|"
    r"\b(?:can|could) be (?:read|accessed|assumed|modified|written|administered) by\b|"
    r"\bthe following (?:principals|users|accounts|identities|people|members)\b|"
    r"\b(?:owners|admins|members|holders|approvers|users) list\b|"
    r"\blist of (?:the )?(?:owners|admins|members|holders|users|approvers)\b|"
    r"\busuarios con (?:el )?(?:rol|permisos?|acceso)\b|"
    r"\bnastępujące osoby\b|"
    r"\b(?:yetki\w*|erişim\w*|rol\w*)\s+sahip\b|"  # Turkish: "'yönetici' yetkisine sahip ... kullanıcı"
    r"\butilisateurs (?:avec|ayant) le rôle\b|\bbenutzer mit (?:der )?rolle\b|\butenti con (?:il )?ruolo\b|"
    r"\bgebruikers met (?:de )?rol\b|\busuários com (?:o )?(?:perfil|papel)\b|"
    r"\b(?:détenteurs|titulaires) d[ue]s? (?:rôle|droit|profil|accès)|\binhaber der (?:rolle|berechtigung)|"
    r"\btitulares del (?:rol|perfil|permiso)|"
    r"\btitolari del (?:ruolo|profilo)|\bhouders van de rol|"
    # "liste des personnes ayant un accès", "¿Quiénes pueden aprobar ...?", "tres personas tienen el permiso"
    r"\bpersonnes (?:ayant|disposant|qui (?:ont|peuvent))\b|"
    r"\bqui (?:a|ont|peut|peuvent) (?:accès|le droit|les droits)\b|"
    r"\bsolo (?:el|la|los|las) (?:grupo|rol|equipo|usuarios?|cuentas?|personas|miembros)\b[^.;\n]{0,80}?\bpueden?\b|"
    r"\bquién(?:es)? (?:puede|pueden|tiene|tienen)\b|\bpersonas (?:que )?(?:tienen|poseen|pueden)\b|"
    r"\btiene[n]? (?:el |los |la |las )?(?:permisos?|rol|roles|acceso)\b|"
    # "Wer kann Secrets im Pfad kv/ lesen?": who may read or change it (not who may approve the request)
    r"\bwer (?:kann|können|darf|dürfen) [^?.\n]{0,80}?\b(?:lesen|schreiben|zugreifen|ändern|verwalten|einsehen|"
    r"löschen|deployen|freigeben|genehmigen)\b|"
    # German "wer hat ...rechte / Zugriff": who holds an access, not who approved it ("wer hat den Antrag genehmigt")
    r"\bwer (?:hat|haben|verfügt über|besitzt) (?:[\w-]+ ){0,3}?[\w-]*(?:rechte|rechten|zugriff|zugang|"
    r"berechtigung|berechtigungen|rolle|rollen)\b(?![^?.\n]{0,60}\b(?:genehmigt|geprüft|freigegeben|abgelehnt|"
    r"beantragt|erteilt|entzogen|vergeben)\b)|\bholding\s+(?:the\s+)?\w+\s+"
    r"(?:on|in|for|at)\b")
# "our Zendesk admins are Priya Raman and Luis Ortega": the holders named, read in the original case.
HOLDER_LIST = head_first(r"\b(?:owners|admins|administrators|approvers|people|users|accounts)\b[^.;\n]{0,80}?"
                         r"\b(?:are|were)\s*:?\s*(?:\*\*|__)?(?:[A-Z][a-z]+ [A-Z][a-z'-]+|@[\w-]+|"
                         r"[A-Z]\.\s?[A-Z][a-z]+|[\w.+-]+@[\w-]+\.\w+|\n)")  # the names may be in bold
# The accounts or access a foreign narrative's verb was done to.
_DONE_TO = (r"\b(?:\w*konten|\w*konto|benutzer\w*|\w*zugänge|\w*zugriff\w*|\w*berechtigung\w*|\w*rechte|rollen?|"
            r"mitglied\w*|accounts?|accesos?|permisos|cuentas?|usuarios|roles|miembros|accès|comptes?|droits|"
            r"utilisateurs|habilitations?|membres)\b")
NARRATIVE = head_first(
    r"\b(?:were|was|are|is)\s+(?:\w+\s+)?(?:reviewed|recertified|approved|disabled|deprovisioned|"
    r"removed|completed|evidenced|validated|provisioned|created|executed|deactivated)\b|\bno exceptions\b" +
    NOT_REQUESTED + r"|"
    # an audit test's conclusion: "In each case the approval preceded provisioning"
    r"\bapprovals?\b[^.;\n]{0,40}?\b(?:preceded|predated|(?:was|were) obtained (?:before|prior to))\s+(?:the\s+)?"
    r"(?:provisioning|access|grant|granting)\b|"
    r"\bwere noted\b|\bhad (?!(?:an?|the)\s)(?:\w+\s+){0,2}(?:removed|revoked|disabled|approved|deprovisioned|"
    r"deactivated)\b|"
    # in German, Spanish and French with the accounts or access named: "wurden 62 Freelancer-Konten erstellt"
    r"\b(?:wurden?|worden)\b[^.;\n]{0,60}?" + _DONE_TO + r"[^.;\n]{0,40}?\b(?:geprüft|erstellt|angelegt|entzogen|"
    r"entfernt|deaktiviert|gesperrt|gelöscht|genehmigt|rezertifiziert|bestätigt)\b|"
    r"\bse (?:revisó|revisaron|verificó|verificaron|validó|validaron|aprobó|aprobaron|eliminó|eliminaron|revocó|"
    r"revocaron|desactivó|desactivaron|creó|crearon)\b[^.;\n]{0,60}?" + _DONE_TO + "|"
    # (a passive's subject, DONE_BEFORE, is looked for before it: "les comptes inactifs ont été désactivés")
    r"\b(?:fueron|ont été|a été) (?:\w+ )?(?:revisad[oa]s|aprobad[oa]s|eliminad[oa]s|revocad[oa]s|desactivad[oa]s|"
    r"cread[oa]s|retirad[oa]s|validad[oa]s|revue?s?|approuvée?s?|supprimée?s?|révoquée?s?|désactivée?s?|créée?s?|"
    r"retirée?s?|vérifiée?s?|validée?s?)\b")  # not "had an approved CAB record": an adjective
CLOSURE = head_first(
    r"\b(?:closure|closing|resolution) (?:note|comment)\b|\bconfirmed (?:the )?removal\b|\bverified\b"
    r"[^.\n]{0,100}?\b(?:removed|revoked|disabled|deprovisioned)\b|\bremoval confirmed\b|"
    r"\b(?:has|have) been (?:fully )?(?:revoked|removed|disabled|deprovisioned|deactivated)\b|"
    r"\bconfirm that\b[^.\n]{0,120}?\b(?:were|was|have been|has been) (?:removed|revoked|disabled|"
    r"deprovisioned|deactivated)\b|\b(?:removal|revocation|"
    r"deprovisioning|deactivation) (?:verified|confirmed)\b|\b(?:removed|revoked|disabled|deprovisioned)\b"
    r"[^.\n]{0,100}?\bverified\b|\b(?:removal|revocation|deprovisioning|offboarding) (?:is )?(?:complete[d]?|done)\b|"
    r"\bno (?:remaining|residual) (?:access|memberships?|permissions?|entitlements?|privileges?|roles?|inbox rules|"
    r"mailbox rules|forwarding rules|app consents|sessions|delegat\w+)\b|"
    # an attestation closed by the step ("which closes out the Q4 attestation"), a Polish closure confirmed
    r"\bclos(?:es|ed|ing)? out\b[^.\n]{0,30}?\b(?:attestation|recertification|access review|certification)\b|"
    r"\bpotwierdzam (?:wykonanie|usunięcie|odebranie|wyłączenie)\b|\bzamknięcie (?:zgłoszenia|wniosku|zadania)\b|"
    # a reconciliation's outcome: "All leavers deprovisioned within SLA"
    r"\ball\s+(?:\w+\s+)?(?:leavers|terminations|terminated (?:users|employees|accounts)|departures)\b[^.\n]{0,20}?"
    r"\b(?:were\s+|have been\s+)?(?:deprovisioned|disabled|removed|revoked)\b|"
    r"\b(?:removal|revocation|deprovisioning) of\b[^.\n]{0,120}?\b(?:completed|done)\b|"
    # a vendor's or a break-glass access ended: "Vendor remote access for CHG0022014 is closed."
    r"\b(?:remote|vendor|temporary|emergency|break-?glass|elevated|privileged) access\b[^.\n]{0,40}?"
    r"\bis (?:now )?closed\b|"
    # an audit sample's outcome: "all 25 had their network accounts disabled on or before their last day"
    r"\ball\s+(?:\d+\s+|of them\s+)?(?:had|have)\s+(?:their\s+)?(?:[\w-]+\s+){0,2}(?:accounts?|access|logins?)\s+"
    r"(?:disabled|removed|revoked|deprovisioned|deactivated)\b|"
    r"\b(?:verified|confirmed)\b[^\n]{0,60}?\bno longer (?:a member|appears|"
    r"listed|present|holds|has)\b|"
    r"\bya no tiene acceso\b|\bn'a plus (?:d')?accès\b|\bhat keinen zugriff mehr\b|\bnon ha più accesso\b|"
    r"\bnão tem mais acesso\b|\bheeft geen toegang meer\b|\beliminación certificada\b|\bsuppression certifiée\b|"
    r"\bse confirma la (?:baja|eliminación|revocación|retirada)\b|\b(?:baja|eliminación|revocación) (?:confirmada|"
    r"verificada)\b|\bconfirm(?:e|ons) la (?:suppression|révocation|désactivation)\b|\b(?:suppression|révocation|"
    r"désactivation) (?:confirmée|vérifiée)\b|\b(?:entfernung|entzug|deaktivierung) (?:bestätigt|verifiziert)\b|"
    r"\b(?:rimozione|revoca|disattivazione) (?:confermata|verificata)\b|\bconfermiamo la (?:rimozione|revoca)\b|"
    r"\b(?:remoção|revogação|desativação) (?:confirmada|verificada)\b|\bconfirmamos a (?:remoção|revogação)\b|"
    # Dutch: "Bevestiging voor de audit: de toegang ... is ingetrokken", "gecontroleerd dat ... niet meer werken"
    r"\bbevestiging voor de audit\w*|\b(?:heb|hebben) (?:\w+ ){0,3}gecontroleerd dat\b[^.\n]{0,120}?\bniet meer\b|"
    r"\bgeen (?:\w+ ){0,4}meer actief\b|"
    # Swedish: "Ingen kvarvarande åtkomst. Borttagningen är bekräftad."
    r"\bingen (?:kvarvarande|återstående) (?:åtkomst|behörighet\w*)\b|"
    r"\b(?:borttagningen|avaktiveringen|inaktiveringen|spärren) är (?:bekräftad|verifierad|kontrollerad)\b")

GATES = (
    ("appropriate", ("appropri", "justifi", "require", "valid", "necessar", "angemessen", "apropiad", "adequad",
                     "accurate", "correct", "complete",
                     "zgodne", "begründet", "gerechtfertigt", "erforderlich", "notwendig",
                     "adecuad", "conforme", "needed", "still need", "unchanged", "potwierdzon", "yn briodol", "lämplig",
                     "befogad", "motiverad", "uygun", "признан", "adekwatn", "zasadn", "niezbędn")),
    ("certify", ("certif", "attest", "atest", "confirm", "bestätig", "sign", "verified", "firma", "assinado",
                 "as designed", "as intended",
                 "effectively", "asserts that",  # "Management asserts that logical access was restricted ..."
                 "potwierdzam", "poświadczam", "zaświadczam",
                 "getekend", "confermo", "bevestig", "verklaar", "abgezeichnet")),
    ("review", ("review", "recertif", "validated", "certified", "exception", "revisado", "validado", "verificado",
                "geprüft", "revisión", "revue", "deviation", "verificaron", "été contrôl", "été vérifi", "été revu",
                "effectively", "accepted", "mantiene", "maintenu", "conservé", "necesitándol", "adeguat",
                "mantenimento", "mantêm",
                "revogad", "behouden", "passen bij", "bestehen", "completat", "beoordeeld", "gransk", "przegl",
                "behåll", "gehandhaafd", "congru", "coerent", "verificato", "granskat",
                "concluíd", "verificat", "confermat", "decisions", "acceptance", "retained", "kept", "holds both",
                "no overlapping", "reconfirm", "re-confirm", "considerad", "considerat", "considéré",
                "adekwatn", "utrzyman", "certyfikacja", "zweryfikował", "wyjątków", "attestation", "passende",
                "afsluttet", "beibehalten", "festgestellt",
                "rezertifiz", "zusammenfassung", "ergebnis",
                "certification complete", "certification is complete", "certification for", "certification of",
                "to be removed", "to be revoked", "to be withdrawn")),
    ("closure", ("closure", "closing", "resolution", "removal", "verified", "been", "confirm", "no remaining",
                 "leavers", "terminations", "terminated", "departures",
                 "bestätigt", "verifiziert", "conferm", "verificad", "vérifiée", "verificat",
                 "ya no", "plus d", "plus accès", "keinen zugriff", "più accesso", "mais acesso", "geen toegang",
                 "certificada", "certifiée", "bevestiging voor", "gecontroleerd dat", "meer actief",
                 "is closed", "is now closed", "kvarvarande", "återstående", "bekräftad", "verifierad", "close out",
                 "closes out", "closed out", "closing out", "potwierdzam", "zamknięcie")),
    ("attribute", ("manager", "supervisor", "leave of absence", "return date", "met verlof", "przełoż", "leidinggev",
                   "afdeling",
                   "department", "title", "cost cent", "status", "end date",
                   "start date", "termination date",
                   "on leave", "location", "division", "vorgesetzt", "abteilung", "sponsor",
                   "legal entity", "last day", "last working day", "as terminated", "as inactive",
                   "kostenstelle", "austrittsdatum", "departamento", "responsable", "jefe", "départ", "worker type",
                   "employee type",
                   "employment type", "legal name", "reports to", "reports-to", "reporting line", "einddatum",
                   "enddatum",
                   "fecha de fin", "fecha de baja", "date de fin", "data di fine", "data de fim", "uitdiensttreding",
                   "datum uit dienst", "data de desligamento", "data de saída", "data di cessazione", "fecha de salida",
                   "fecha de terminación", "fecha de cese", "stato", "estado", "statut",
                   "clearance", "departman", "yönetici", "beschäftigungsstatus", "bank details",
                   "bank account details", "direct deposit details", "home address", "job info", "zakończenia",
                   "rozwiązania", "ustania")),
    ("authority", ("approval limit", "approval authority", "approval threshold", "lending authority", "lending limit",
                   "signing authority", "signing limit", "credit authority", "loan authority", "delegated authority")),
)
AUDIT_GATES = (
    ("holders", ("who ha", "hold", "held", "assigned to", "users with", "user with", "members are",
                 "members of", "current ", "population", "listing", "no other", " list", "holding", " are", " were",
                 "who can", "who could", "be read", "be accessed", "be assumed", "be modified", "be written",
                 "be administered", "the following",
                 "usuarios con", "następujące osoby", "sahip",
                 "utilisateurs", "benutzer mit", "utenti con", "gebruikers met", "usuários com",
                 "détenteurs", "titulaires", "inhaber der",
                 "wer ha", "wer verfügt", "wer besitzt", "titulares del", "titolari del", "houders van",
                 "personnes", "qui a", "qui ont", "qui peu", "quién", "personas", "tiene", "wer ka", "wer kö",
                 "wer da", "wer dü")),
    ("narrative", ("reviewed", "recertified", "approved", "disabled", "deprovisioned", "removed",
                   "completed", "evidenced", "validated", "provisioned", "exception", "were noted", "created",
                   "executed", "deactivated", "wurde", "worden", "se revis", "se verific", "se valid", "se aprob",
                   "se elimin", "se revoc", "se desactiv", "se cre", "fueron", "ont été", "a été", "preceded",
                   "predated", "obtained before", "obtained prior")),
)
# Reviews counted, an operations metric: "Access review campaigns completed: 12 of 12" (no one review signed off).
COUNTED_REVIEWS = re.compile(r"\b(?:reviews|certifications|campaigns|recertifications)\s+(?:completed|performed|done|"
                             r"finished)\s*:\s*\d")
# A sentence of rates: "3.410 Berechtigungen geprüft, 4,8 % entzogen, Durchlaufzeit im Median 6 Tage" measures the
# reviews, no review's outcome is recorded in it.
RATES = re.compile(r"%|\bmedian\b|\bdurchschnitt\w*|\bkennzahl\w*|\bquote\b|\baverage\b|\bpromedio\b|\bmoyenne\b")
COUNTED_GERMAN = ("geprüft", "rezertifiziert", "beibehalten")  # the ends of REVIEW_DONE's German counts
# A review's revocations counted: each one an access taken away ("131 retained, 9 revoked").
COUNTED_REVOKES = re.compile(r"\b(?!0\b)\d+\s+(?:(?:were|are|to be)\s+)?(?:revoked|removed|revocations|revocati|"
                             r"rimossi|revocad[oa]s|revogad[oa]s|removid[oa]s|révoqués|retirés|entzogen|"
                             r"ingetrokken)(?!\w)")
# A switch of the software, not an account, before a narrative's verb: "the legacy export flag was disabled",
# "the disk-fill alert was created".
# The accounts or access before a Spanish or French passive: "los accesos ... fueron revocados".
DONE_BEFORE = re.compile(_DONE_TO)
PASSIVE_HEADS = ("fueron", "ont été", "a été")
MACHINE_SUBJECT = re.compile(r"\b(?:flags?|toggles?|alerts?|monitors?|webhooks?|plugins?|caches?|experiments?|"
                             r"dashboards?|pipelines?|builds?|snapshots?|backups?|cron ?jobs?)\s+\Z")
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


# A reviewer's revoke verdict with its reason: "full sudo for daniel.ho is not justified and should be revoked", "the
# admin role is no longer needed and must be removed" (not a rule: "access that is not justified should be revoked").
UNJUSTIFIED = re.compile(r"\b(?:access|sudo|admin\w*|roles?|rights|permissions?|privileges?|entitlements?|memberships?|"
                         r"grants?)\b(?P<mid>(?:[^.;\n]|\.(?=\w)){0,80}?)\b(?:is|are|was|were)\s+(?:not|no longer)\s+"
                         r"(?:justified|appropriate|required|needed|necessary)\b(?:[^.;\n]|\.(?=\w)){0,60}?"
                         r"\b(?:should|must|will|shall|is to|are to)"
                         r"\s+be\s+(?:revoked|removed|withdrawn)\b")
SUPPOSED = re.compile(r"\b(?:that|which|who|if|whether|when|where|unless|any)\b")


# A person's authority to approve or sign changed in a system: "Tyrone Banks' approval limit raised from $25,000 to
# $50,000", "granted Priya signing authority on the operating account" (not "the approval limit is $50,000 per policy").
AUTHORITY = head_first(r"\b(?:approval|lending|signing|credit|loan|delegated)\s+"
                       r"(?:authority|limits?|thresholds?)\b")
AUTHORITY_CHANGED = re.compile(r"\b(?:raised|increased|lowered|reduced|decreased|changed|updated|granted|gave|given|"
                               r"removed|revoked|withdrawn|extended|upgraded|downgraded|bumped|set (?:to|at))\b")
PERSON_NAMED = re.compile(r"\b(?!(?:The|This|That|Our|Your|Their|Its|Each|Every)\b)[A-Z][a-z]+(?:[ -][A-Z][a-z'-]+)?"
                          r"(?:'s?|\u2019s?)(?=\s)|\b(?i:for|to|gave|granted)\s+(?!(?:Year|Phase|Quarter|Fiscal|Fund|Grant|Project)\b)"
                          r"[A-Z][a-z]+\s+[A-Z][a-z'-]+\b")

AUTHORITY_SUPPOSED = re.compile(r"\b(?:if|whether|unless|want|wants|would like|asks?|should|could|can|may|might|"
                                r"needs?|policy|policies)\b")


def _authority_hits(s: str, ls: str) -> list[Hit]:
    m = AUTHORITY.search(ls)
    if m is None or AUTHORITY_CHANGED.search(ls) is None or PERSON_NAMED.search(s) is None \
            or AUTHORITY_SUPPOSED.search(ls, 0, m.start()):
        return []
    return [Hit("access_change", m.start(), len(s), 0.75, "modify", rule="authority-limit")]


def sentence_hits(s: str, ls: str, names: list[str], before: str = "") -> list[Hit]:
    """Attestation and attribute-change hits in one masked sentence (`ls`: it lower-cased; `before`:
    the lower-cased sentences just before it, where the noun of "them" / "both" may stand)."""
    authority = _authority_hits(s, ls) if "authority" in names else []
    names = [name for name in names if name != "authority"]
    m = UNJUSTIFIED.search(ls) if "appropriate" in names and " be " in ls else None
    if m and not SUPPOSED.search(m.group("mid")) and not IF_BEFORE.search(ls, 0, m.start()):
        return [*authority, Hit("attestation", m.start(), len(s), 0.75, "attest", rule="attest-unjustified"),
                *_sentence_hits(s, ls, names, before)]
    return authority + _sentence_hits(s, ls, names, before)


def _sentence_hits(s: str, ls: str, names: list[str], before: str = "") -> list[Hit]:
    hits: list[Hit] = []
    audit = "narrative" in names or "holders" in names
    if not names or not audit and names != ["attribute"] and not IDENTITY.search(ls) and not (  # or a referent
            (PRONOUN.search(ls) or CONTROL_REFERENT.search(ls)) is not None and IDENTITY.search(before) is not None):
        return attribute_hits(s, before, ls) if "attribute" in names else []
    if any(map(ls.__contains__, HABITUAL_WORDS)) and HABITUAL.search(ls):
        return []  # "access is reviewed quarterly by the owner": a policy, not a record
    for name in names:
        if name == "attribute":
            hits.extend(attribute_hits(s, before, ls))
            continue
        pattern, rule, confidence = SENTENCE_RULES[name]
        if name == "appropriate" and PHYSICAL.search(ls):
            continue
        m = pattern.search(ls) or (HOLDER_LIST.search(s) if name == "holders" else None)
        if m and name == "holders" and _not_a_holder_list(ls, m):
            continue
        if m and name in ("certify", "review") and m.group(0).startswith("certified by") \
                and CERTIFIED_THING.search(ls, max(0, m.start() - 40), m.start()):
            continue  # "test labels certified by both carriers": a product's conformance, nobody's access
        if m and name == "appropriate" and IF_BEFORE.search(ls, 0, m.start()):
            continue  # "if she still needs write access, that's a request": a case supposed, nothing judged
        if m and name == "appropriate" and (NOT_A_STATEMENT.search(m.group(0)) or
                                            NEGATED_SUBJECT.search(ls, max(0, m.start() - 25), m.start()) or
                                            DECLINED.search(ls, max(0, m.start() - 120), m.start())):
            continue  # "no access change is needed": nothing was judged appropriate
        if m and name == "narrative" and (MACHINE_SUBJECT.search(ls, max(0, m.start() - 40), m.start()) or
                                           ls.startswith(PASSIVE_HEADS, m.start()) and
                                           not DONE_BEFORE.search(ls, max(0, m.start() - 80), m.start())):
            continue  # "the bulk-edit flag was disabled for two hours": a feature switched, no one's access
        if m and name == "review" and (COUNTED_REVIEWS.search(ls, m.start(), m.end() + 4) or
                                       m.group(0).endswith(COUNTED_GERMAN) and RATES.search(ls)):
            continue
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


# Where a review's population came from, nobody in it listed: "the population was taken from the HR feed",
# "Population extract from HR and IdP | day 0" (but "population extract from Okta: ana, raj" lists them).
SOURCED = re.compile(r"\s+(?:(?:was|were|is|has been)\s+(?:\w+ly\s+)?)?(?:taken|extract(?:ed|s)?|drawn|pulled|pull|"
                     r"sourced|export(?:ed|s)?|generated|obtained|built|derived)\s+from\b")
# The population as what a step is to fetch: "1. Extract the population of accounts ...", "pull the full population".
TO_EXTRACT = re.compile(r"(?:^|[^\w\s]\s*|\b(?:to|then|first)\s+)(?:extract|pull|export|obtain|generate|take|draw|"
                        r"get|build|request)\s+(?:the\s+|a\s+|your\s+)?(?:full\s+|complete\s+|current\s+)?\Z")
# The generic reader's own memberships ("privileges granted to roles you're a member of"): docs, nobody listed.
READER_MEMBER = re.compile(r"\byou(?:'re|\u2019re| are)\s+(?:a\s+|an?\s+)?\Z")


TO_REVIEW = re.compile(r"\s+(?:to (?:be )?(?:review|reviewed|recertify|recertified|certify|certified|attest)|"
                       r"for (?:review|recertification|certification|attestation))\b")
# A thing of a machine or a meeting held, not a role: "a sequential scan held 40 connections", "holds the lock".
HELD_THING = re.compile(r"(?:the |a |an |onto |on to |\d[\d,]* |(?:too )?many |several )?(?:[\w-]+ ){0,2}?"
                        r"(?:connections?|locks?|latch(?:es)?|mutex(?:es)?|semaphores?|handles?|sockets?|threads?|"
                        r"transactions?|memory|buffers?|leases?|meetings?|workshops?|stand-?ups?|retros?|"
                        r"breath)\b")


UNCHANGED_WHO = re.compile(r"\b(?:does ?n[o']t|do ?n[o']t|did ?n[o']t|will ?n[o']t|won't|never|not|without) "
                           r"(?:\w+ )?(?:change|changing|affect|affecting|alter|altering|touch|touching|widen|widening)"
                           r"\s+\Z")


def _not_a_holder_list(ls: str, m: re.Match[str]) -> bool:
    if m.group(0).startswith("list of") and TO_REVIEW.match(ls, m.end()):
        return True  # "owners receive a list of users to review": the review's input, nobody listed here
    if m.group(0).startswith(("hold", "held")) and HELD_THING.match(ls, m.start() + m.group(0).find(" ") + 1):
        return True
    if m.group(0) == "listing" and ONE_RECORD.match(ls, m.end()):
        return True
    if m.group(0) == "population" and (sourced := SOURCED.match(ls, m.end())) and ":" not in ls[sourced.end():]:
        return True
    if m.group(0) == "population" and TO_EXTRACT.search(ls, max(0, m.start() - 40), m.start()) \
            and ":" not in ls[m.end():]:
        return True  # "Extract the population of accounts from each system": a step to get it, nobody listed
    if m.group(0).startswith("member") and READER_MEMBER.search(ls, max(0, m.start() - 14), m.start()):
        return True
    if m.group(0).startswith("who ") and UNCHANGED_WHO.search(ls, max(0, m.start() - 40), m.start()):
        return True  # "this retains the data; it doesn't change who can read it": nobody listed, nothing changed
    return ASKED_FOR.search(ls, 0, m.start()) is not None
