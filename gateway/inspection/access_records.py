"""Access that changed, told as a record, a nominal phrase or a level move rather than with a grant
verb: "moved p.duarte from Viewer to Editor", "Ana now has Approver rights in Coupa", "is no longer
a member of", "was added to `prod-deployers`", "Grant of db_datawriter on OrdersDB to svc-import",
"access to the Falcon site has been removed", "write access has been extended to the contractors
team", "her access now mirrors the Treasury baseline", sharing links; and a new manager, "now
report to Priyanka"."""

from __future__ import annotations

import re

from gateway.inspection.alternation import head_first, leftmost
from gateway.inspection.hits import Hit
from gateway.inspection.keywords import Found
from gateway.inspection.patterns import literal_safe, positions

IC = re.IGNORECASE
_ROLE = (r"(?:[\w-]+\s+)?(?:admin\w*|owner|maintainer|developer|reporter|guest|viewer|editor|creator|explorer|"
         r"contributor|reader|writer|member|manager|approver|operator|auditor|superuser|collaborator|commenter|"
         r"agent|full access|read[- ]only|read[- ]write|(?:read|write) access|standard user)s?")
# A level named in quotes and called a role: "to the custom 'Escalations Lead' role".
_QUOTED_ROLE = r"(?:custom\s+|new\s+)?[`\"'\u201c\u2018*]+[\w][\w &/-]{1,40}[`\"'\u201d\u2019*]+\s+role\b"
_Q = r"[*_`\"'\u201c\u201d]*"
_VERB_STEMS = ("mov", "step", "stepp", "downgrad", "upgrad", "chang", "switch", "demot", "promot", "reduc", "elevat",
               "bump", "drop", "convert", "set", "updat", "tak", "took", "lower", "rais")
_VERB = r"\b(?:" + "|".join(_VERB_STEMS) + r")\w*\b"
_ARTICLE = r"(?:the\s+|an?\s+)?"
# the old level may be any quoted name when the new one is a level: "from `CRA - Query & SDV` to `Read Only`"
_QUOTED_NAME = r"(?<=[`\"'\u201c*])[^`\"'\u201d*\n]{2,40}(?=[`\"'\u201d*])"
ROLE_MOVE = re.compile(
    _VERB + r"(?:[^.;\n]|\.(?=\w)){0,80}?\bfrom\s+" + _Q + _ARTICLE + _Q + r"(?P<a>" + _ROLE + "|" + _QUOTED_NAME + r")"
    + _Q +
    r"\s+(?:role\s+|access\s+|permissions?\s+)?(?:to|\u2192|->|=>)\s+" + _ARTICLE + r"(?P<b>" + _QUOTED_ROLE + "|"
    + _Q + _ARTICLE + _ROLE + r"\b)", IC)
# "base role from *Responder* to *Manager*": after the word role any two names are levels.
ROLE_FROM = re.compile(r"\brole\s+from\s+" + _Q + r"(?P<a>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)" + _Q +
                       r"\s+(?:to|\u2192|->|=>)\s+" + _Q + r"(?P<b>[A-Z][\w-]*)")
# A level named by its kind, then in code or capitals: "moved from user class `TLR-STD` to `TLR-LEAD`", "changed
# from security profile CSR_BASIC to CSR_SUPER".
_LEVEL_KIND = (r"(?:(?:user|security|operator|access|permission|privilege|authori[sz]ation)\s+(?:class|group|profile|"
               r"level|role|template)|(?:[\w-]+\s+)?role|permission\s+set)")
_LEVEL_NAME = r"(?:[`'\"*\u201c]+[^`'\"*\u201d\n]{2,40}[`'\"*\u201d]+|[A-Z][A-Z0-9]*[-_][A-Z0-9_-]+\b)"
KIND_MOVE = re.compile(_VERB + r"(?:[^.;\n]|\.(?=\w)){0,80}?\bfrom\s+(?:the\s+|an?\s+)?" + _LEVEL_KIND + r"\s+(?P<a>"
                       + _LEVEL_NAME + r")\s+(?:to|\u2192|->|=>)\s+(?:the\s+|an?\s+)?(?:" + _LEVEL_KIND + r"\s+)?(?P<b>"
                       + _LEVEL_NAME + ")", IC)
CHANGED_BEFORE = re.compile(_VERB + r"[^.;\n]*$", IC)  # someone changed it: not "the lead role from Act One"
# "Your request for access to the X group has been fulfilled", "... has been approved by your manager": the
# access was decided and given (a request still pending is not, LABELS.md tie-breaker 4).
FULFILLED = re.compile(r"request\s+for\s+(?:\w+\s+){0,3}?(?:access|role|group|membership|permissions?|rights|"
                       r"privileges?|entitlements?|admin\w*)\b[^.;\n]{0,120}?"
                       r"\b(?:has been|was|is now|have been|were)\s+(?!not\b|never\b)(?:\w+\s+){0,2}?"
                       r"(?:fulfilled|completed|provisioned|granted|actioned|approved|implemented)\b", IC)
# "removed groups: AP-Clerks", "added roles = Treasury-Ops" (job logs); "is now shared with the
# freelancer group"; "bumped you to Datadog Standard role"; "she can now approve invoices".
LOG_CHANGE = re.compile(r"\b(?:added|removed|granted|revoked|assigned|unassigned)[ \t]+(?:to[ \t]+|from[ \t]+)?"
                        r"(?:groups?|roles?|permissions?|teams?|entitlements?|memberships?)[ \t]*[:=][ \t]*[`'\"]?\w",
                        IC)
# A directory tool's report: "`member: uid=dnakamura,ou=people,...` appended" to a group entry.
LDAP_MEMBER_DONE = re.compile(r"\b(?:member|uniquemember|memberuid):[ \t]*(?:uid|cn)?=?[^\s`]{1,200}`?[ \t]*"
                              r"(?:[\u2014\u2013-][ \t]*)?(?P<v>appended|added|deleted|removed)\b", IC)
LDAP_WORDS = ("member:", "memberuid:")
# An application's level for someone, set as a step of a move: "Salesforce profile changed to SE",
# "Jira role switched from Viewer to Admin" (the application named just before, capitalised).
LEVEL_CHANGED = head_first(r"(?:profile|role|permission set|access level) (?:changed|switched|moved|downgraded|"
                           r"upgraded) (?:from [^,;.\n]{1,40} )?to [`*'\"]?\w")
LEVEL_CHANGED_WORDS = (" changed ", " switched ", " moved ", " downgraded ", " upgraded ")
APP_BEFORE = re.compile(r"\b[A-Z][\w-]+ \Z")
# a person's move the answer is about (a CLI or browser profile switched is not someone's access)
MOVE_CONTEXT = head_first(r"\b(?:internal transfer|transfer(?:red|ring)? (?:from|to)|mover|mov(?:es|ed|ing) from|"
                          r"department)\b")
# "Postfach umwandeln, Zugriff für Frau Krüger", "accès pour Mme Roy": access named for a person.
ACCESS_FOR = re.compile(r"\b(?:[Ll]ese|[Ss]chreib|[Vv]oll)?(?:[Zz]ugriff|[Zz]ugang|accès|acceso|acesso)\w*\s+"
                        r"(?:für|an|pour|para)\s+(?:Frau|Herrn?|Mme|M\.|Mlle|la señora|el señor|o senhor|a senhora|"
                        r"[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß]+\b)|"
                        # the German object first: "Zugriff darauf hat nur Frau Lehmann", "Zugriff erhält Herr Roth"
                        r"\b[Zz]ugriff\w*\s+(?:(?:darauf|auf\s+(?:das|den|die|sein|ihr)\w*\s+\w+)\s+)?"
                        r"(?:hat|haben|erhält|erhalten|bekommt|bekommen|behält)\s+(?:(?:jetzt|nun|nur|noch|ab sofort|"
                        r"weiterhin|bis auf Weiteres)\s+){0,2}"
                        r"(?:Frau|Herrn?|(?:die|der|seine|ihre)\s+Vorgesetzte[rn]?)\b")
# "Unshared the board deck from the two personal Gmail addresses": a share taken back.
UNSHARED = re.compile(r"\bunshar(?:e|ed|ing)\b[^.;\n]{1,80}?\b(?:from|with)\b", IC)
SHARED_WITH = re.compile(r"\b(?:is|are|was|were|has been|have been)\s+(?:now\s+)?shared\s+with\b", IC)
BUMPED = re.compile(r"\b(?i:bumped|moved|promoted|upgraded|downgraded|switched|changed)\s+(?:you|him|her|them|"
                    r"@[\w.-]+|[A-Z][a-z]+)\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:role|admin\w*|owner|editor|viewer|"
                    r"member|manager|approver|maintainer|contributor|seat|license|licence|plan)\b")
CAN_NOW = re.compile(r"\b(?:[Ss]he|[Hh]e|[Tt]hey|(?!(?:You|Users?|Admins?|Members?|Everyone|Anyone|This|It|We|I|"
                     r"Customers?|Teams?|Agents?|People|Visitors?|Guests?)\b)[A-Z][a-z]+)\s+"
                     r"(?:can now|now can|will now be able to|should now be able to|is now able to|are now able to|"
                     r"should be able to)\s+(?:approve|edit|view|access|merge|deploy|"
                     r"manage|push|read|write|create|delete|see|invite|publish|sign|order|submit|run|administer|add|"
                     r"remove)\b")
# "role `Z_FI_AP_CLERK` assigned", "group 'VPN-Users' removed": a named grant recorded.
NAMED_DONE = re.compile(r"\b(?i:roles?|groups?|permission sets?|profiles?|access levels?)\s+[`'\"*\u201c]+"
                        r"(?=[^`'\"*\u201d\n]{0,60}?[-_.\d/=]|[A-Z0-9]{3,}[`'\"*\u201d])"  # an identifier, not "Hamlet"
                        r"[^`'\"*\u201d\n]{2,60}[`'\"*\u201d]+\s+(?:(?:was|has been|is now)\s+)?"
                        r"(?P<v>assigned|granted|added|removed|revoked|unassigned)\b")
# A checklist's or a log's record with no auxiliary: "Ji-ho Park added to `APP-Cegid-Store-Managers`", "store team added
# to `APP-Tulip-SEL`": a person (two capitalised words) or people, and a group named as an identifier.
ADDED_TO_NAMED = re.compile(r"(?:\b[A-Z][\w'-]+\s+[A-Z][\w'-]+|\b(?i:team|staff|users|members|accounts|agents|"
                            r"contractors|interns|engineers|analysts))\s+(?:added to|removed from)\s+(?:the\s+)?"
                            r"`(?!release|v?\d|feature/|hotfix|main\b|master\b)[^`\n/]{0,60}[-_.][^`\n/]{0,60}`"
                            r"(?!\s+(?:branch|release|milestone|board|sprint|backlog|queue|list|folder|page|file|"
                            r"repo\w*|bucket|table|column|dashboard|epic|project|spreadsheet|sheet|tag|label)\b)")
# A change log's line: "`Z_QM_USAGE_DECISION` role assigned to: hbauer, rklein", "role removed from: hbauer".
ROLE_LISTED = re.compile(r"\b(?:roles?|groups?|permissions?|entitlements?|profiles?|memberships?)[`*'\"]*\s+"
                         r"(?:assigned|granted|added|removed|revoked|unassigned)\s+(?:to|from)\s*:[ \t]*[`*'\"]?\w", IC)
LISTED_WORDS = ("assigned to:", "granted to:", "added to:", "removed from:", "revoked from:", "unassigned from:")
# "Kevin Marsh has been added as a Power of Attorney holder on the account": a holder, signer or approver added.
ADDED_AS = re.compile(r"\b(?:has been|was|have been|were|is now|got)\s+added\s+as\s+(?:an?\s+|the\s+)?"
                      r"(?:[\w-]+\s+){0,4}?(?:holders?|owners?|approvers?|signers?|signator(?:y|ies)|admin\w*|members?|"
                      r"delegates?|maintainers?|contributors?|editors?|viewers?|collaborators?|co-?owners?)\b|"
                      # a record line: "- Nadia Petrov: added as **Tester** on Treasury"
                      r"(?<=:)[ \t]*added\s+as\s+[*_`\"]+[A-Z][\w -]{1,30}[*_`\"]+\s+(?:on|in|to|for)\b", IC)
# "I've made Jonas Keller eligible for Privileged Role Administrator", "made Femi an owner of".
MADE = re.compile(r"\b(?i:made)\s+(?:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?|@[\w.-]+|`[^`\n]{2,40}`)\s+"
                  r"(?:[*_]{0,2}eligible\b|"
                  r"(?:an?\s+)?(?:[\w-]+\s+)?(?:owner|admin\w*|member|approver|editor|maintainer|moderator)\b)")
# "I created a PIM eligible assignment for Tomás Ferreira": a role assignment made for someone named.
ASSIGNMENT_MADE = re.compile(
    r"\b(?i:created|added|made|set\s+up|configured)\s+(?i:an?|the)\s+(?:(?i:pim|entra|azure\s+ad|aad|eligible|"
    r"active|permanent|time-bound|time-limited|direct|new|role)\s+){0,4}(?i:assignment)\s+(?i:for)\s+"
    r"(?:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?|@[\w.-]+|`[^`\n]{2,40}`)")
ASSIGNMENT_WORDS = ("created", "added", "made", "set up", "configured")
# An access change handed over to be applied, for someone the sentence names: "Here's the tool-rights change for the
# new attendance clerk (user `tmarsh`)", "Below is the role update for Dana Ruiz".
HANDED_CHANGE = re.compile(
    r"(?i:here(?:'s|\u2019s|\s+is)|below\s+is)\s+(?i:the|your)\s+(?:[\w-]+[ -]){0,2}?"
    r"(?i:rights|role|roles|permissions?|access|entitlements?|privileges?|group\s+membership)[ -]"
    r"(?i:change|changes|update|assignment|set-?up|grant|configuration)\s+(?i:for|to)\s+[^.;:\n]{0,80}?"
    r"(?:\b(?i:user|login|account|username)\s*[`'\"(]|`[a-z][\w.-]{1,30}`|(?<![\w.])@\w|\b[A-Z][a-z]+\s+[A-Z][a-z]+\b|"
    r"\b(?i:new\s+(?:hire|starter|joiner|employee|contractor|[a-z]+ clerk)))")
# A sharing rule set up: an app or a group given records or rosters ("I set up the Clever sharing rule for Newsela",
# "Created a sharing rule that shares Opportunities with Sales Ops").
SHARING_RULE = re.compile(r"(?<!can )(?<!to )(?<!could )(?<!should )(?<!will )(?<!would )(?<!must )"
                          r"\b(?i:set\s+up|created|configured|added|enabled|activated|turned\s+on)\s+"
                          r"(?i:the|a|an|our|this)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?i:(?:data[- ])?sharing\s+rules?)\b")
SHARING_RULE_WORDS = (*ASSIGNMENT_WORDS, "enabled", "activated", "turned on")
HANDED_WORDS = ("here's the", "here is the", "here\u2019s the", "below is the", "here's your", "here is your",
                "here\u2019s your", "below is your")
# Sharing a folder or a drive in Portuguese, French, Spanish or Italian, done or asked for: "Compartilhei a pasta
# ... com a equipe da PwC", "partagez le dossier « CE » en lecture seule". Not the noun ("le partage du dossier").
FOREIGN_SHARE_ACT = re.compile(
    r"(?:compartilh(?:ei|amos|e|em|ou|aram)|partag(?:e|ez|eons|é|ée|eait)|compart(?:í|imos|e|a|an|ió|ieron)|"
    r"condivi(?:so|sa|di|dete|diamo))\s+(?:(?:a|o|as|os|le|la|les|el|los|las|il|lo|este|esta|ce|cet|cette|votre|"
    r"seu|sua|su|nosso|nossa|notre|nuestra|nuestro)\s+)?(?:pasta|dossier|r[ée]pertoire|drive|carpeta|cartella|"
    r"unidade|disque|documento?|fichier|arquivo|archivo|planilha|classeur|foglio)s?\b[^.;\n]{0,80}?"
    r"(?:\b(?:com|avec|con)\b|\ben lecture\b|\bcomo (?:leitor|leitores|editor|editores|lector)|"
    r"\bcome (?:lettore|editor)|\bcomme (?:lecteur|éditeur))", IC)
# German puts the verb last: "Ich habe ... den Ordner `DSGVO-Auskunft` für seine Adresse j.a@posteo.de freigegeben".
_GERMAN_CLAUSE = r"(?:[^.;\n]|\.(?=\w))"  # a dot inside an address or a name does not end the sentence
GERMAN_SHARE = re.compile(rf"(?:habe|haben|hat|wurde|wurden)\b{_GERMAN_CLAUSE}{{0,160}}?\b(?:den|die|das)\s+"
                          rf"(?:ordner|verzeichnis|laufwerk|datei|dokument|tabelle|kalender)\b{_GERMAN_CLAUSE}{{0,100}}?"
                          rf"\b(?:für|mit)\b{_GERMAN_CLAUSE}{{0,100}}?\bfreigegeben\b", IC)
GERMAN_SHARE_WORDS = ("habe ", "haben ", "hat ", "wurde")
GERMAN_NOT_DONE = re.compile(r"\b(?:ob|wenn|falls|sobald|nicht|kein\w*)\b", IC)  # asked, a condition, not done
FOREIGN_IF = re.compile(r"\b(?:si|se|quand|lorsque|cuando|quando|caso)\s+(?:\w+\s+){0,2}$", IC)  # "si vous partagez"
FOREIGN_SHARE_ACT_WORDS = ("compartilh", "partag", "compartí", "compartimos", "comparte", "comparta", "condivi")
FOREIGN_SHARED = re.compile(r"\b(?:partagée?s?|compartid[oa]s?|compartilhad[oa]s?|gedeeld|geteilt|condivis[oa])\s+"
                            r"(?:avec|con|com|met|mit)\b|\b(?:a|ont) reçu (?:les |des )?(?:droits|accès)\b", IC)
NOW_HAS = re.compile(
    r"\b(?P<no>no longer|now)\s+(?:has|have|holds?)\s+(?:[\w*`'\"-]+\s+){0,6}?(?:access|rights|permissions?|"
    r"role|privileges?|membership|entitlements?)\b|"
    r"\b(?:is|are)\s+(?P<no2>no longer|now)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:admin\w*|owner|maintainer|member|"
    r"approver|editor|contributor|collaborator)s?\s+(?:of|on|in|for)\b|"
    r"\bnow\s+(?:in|a member of|part of)\s+(?:the\s+)?[`'\"*]*[A-Za-z0-9]+[-_][\w.-]+|"  # "you're now in SG-Fin-RO"
    r"\bnow\s+(?:mirrors?|matches|reflects?)\s+(?:the\s+)?[^.;\n]{0,40}?\b(?:baseline|access|entitlements?|"
    r"permissions?|roles?|birthright)\b|"
    # a permission level held on a named place, the word "access" left out: "no longer has write on the `infra` repo"
    r"\b(?P<no3>no longer|now)\s+(?:has|have|holds?)\s+(?:read|write|read-write|read/write|push|admin|maintain|"
    r"triage|edit|merge|deploy)\s+(?:on|to|in|for)\s+(?:the\s+)?(?:[`'\"*][^`'\"*\n]{1,60}[`'\"*]|"
    r"[\w.@/]+[-_./@][\w.@/-]+)|"
    # a level named in quotes, held on a place: 'Inés now has "Submission Manager" on the Developer Portal'
    r"\b(?P<no4>no longer|now)\s+(?:has|have|holds?)\s+[`\"'\u201c*]+" + _ROLE + r"[`\"'\u201d*]+\s+"
    r"(?:role\s+|rights\s+|access\s+)?(?:on|in|for|at)\s", IC)
# Who holds a quoted level (NOW_HAS's `no4`): a person or an account, not "the page now has 'Account Manager'".
HOLDER_BEFORE = re.compile(r"(?:\b(?:[Ss]he|[Hh]e|[Tt]hey)|\b(?!(?:The|This|That|It|Its|Our|Your|Each|Every|Now|"
                           r"Which|What|Who)\b)[A-Z][\w'\u00c0-\u00ff-]+|@[\w.-]+|`[^`\n]{2,40}`)\s+\Z")
# "Bao Tran was added to `prod-deployers`", "has been added to access level DC-Cage-B": a record of the
# change. Tried at the verb, with the auxiliary looked for just before it.
PASSIVE_VERBS = ("added", "granted", "assigned", "enrolled", "removed", "revoked", "unassigned", "provisioned")
PASSIVE_AUX = re.compile(r"\b(?:was|were|has been|have been|got|is now)\s+(?:\w+ly\s+)?$", IC)
PASSIVE_ADDED = re.compile(
    r"(?P<v>added|granted|assigned|enrolled|removed|revoked|unassigned|provisioned)\s+(?:to|into|from)\s+(?:the\s+)?"
    r"(?:(?:contractor |user |service |guest )?account\s+)?"
    # the kind of group named first: "added to the Unix group `clim-ens`"
    r"(?:(?:unix|linux|posix|ldap|ad|entra|okta|google|security|local|mail|distribution)\s+group\s+)?"
    r"(?:access level\b|[`'\"*]*[\w.@-]*[-_][\w.@-]*)", IC)
# A role held, with when and under which change it was given: "jsmith holds Owner on subscription `nw-billing`
# (assigned 14:02 UTC, ticket CHG-20817)". Tried at the participle after "(", the holding looked for before it.
HELD_BEFORE = re.compile(r"\b(?:holds?|has|have)\s+(?:an?\s+|the\s+)?(?:[`'\"*][\w -]{2,40}[`'\"*]|"
                         r"(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})|[\w-]+\s+(?:role|rights|access|permissions?))\s+"
                         r"(?:role\s+|rights\s+|access\s+|permissions?\s+)?(?:on|in|for|to|of|over)\s+"
                         r"[^()\n]{1,100}?\s*$", IC)
DATED_CHANGE = re.compile(r"(?:assigned|granted|provisioned)\s+[^)\n]{0,60}?\b(?:ticket|change|chg|req|ritm|"
                          r"cr|sr|jira)\b", IC)
# "Grant of db_datawriter on OrdersDB to svc-import: completed", "Removal of `bob` from `admins`".
NOMINAL_STARTS = ("grant of", "revocation of", "removal of", "assignment of", "withdrawal of", "addition of")
NOMINAL = re.compile(
    r"(?P<v>grant|revocation|removal|assignment|withdrawal|addition)\s+of\s+(?:the\s+)?"
    r"(?:[`'\"*]+[\w.@ -]+[`'\"*]+|[\w.@-]*[-_.@\d][\w.@-]*)\s+"  # an identifier, not "the grant of funds"
    r"(?:role\s+|group\s+|permission\s+)?(?:on|to|from|in|for)\s+[`'\"*]*[\w.@-]+", IC)
# A role assignment listed as part of an account's build: "- Permanent Global Administrator assignment (PIM excluded)".
ROLE_ASSIGNMENT_ITEM = re.compile(
    r"^[ \t]*(?:[-*•+]|\d{1,2}[.)])[ \t]+(?:\*\*)?(?i:permanent|eligible|active|standing|time-bound|direct)[ \t]+"
    r"(?:[A-Z][\w-]*[ \t]+){0,3}(?:Administrator|Admin|Owner|Contributor|Operator|Reader|Manager)s?[ \t]+"
    r"(?i:role[ \t]+)?(?i:assignment)(?:\*\*)?(?:[ \t]*\([^()\n]{0,60}\))?[ \t]*[.;]?[ \t]*$", re.MULTILINE)
# "Access to the Falcon site for Erik has been removed", "o acesso da Beatriz ... foi removido": tried at
# the participle, with the access word and the auxiliary looked for before it.
REMOVED_VERBS = ("removed", "revoked", "withdrawn", "removid", "revogad", "eliminad", "revocad", "retirad", "retiré",
                 "supprimé", "révoqué", "entzogen", "entfernt", "ingetrokken", "verwijderd", "rimoss", "revocat")
REMOVED_BEFORE = re.compile(
    r"\b(?:access|acesso|acceso|accès|zugriff|toegang|accesso|membership|permissions?|rights)\b[^.;\n]{0,100}?"
    r"\b(?:has been|have been|was|were|is now|foi|fue|fueron|a été|ont été|wurde|wurden|is|werd|è stato|è stata)\s+"
    r"(?:fully\s+)?$", IC)
# A clause of its own between the access and "is removed", with its own subject: "permission to publish the study
# as long as the customer's name is removed" (the name is removed, not the permission).
OTHER_SUBJECT_REMOVED = re.compile(r"\b(?:as long as|so long as|provided(?: that)?|on condition that|once|if|unless|"
                                   r"until|after|when|so that)\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+|all\s+)?"
                                   r"[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?\s+"
                                   r"(?:has been|have been|was|were|is now|is|are)\s+(?:fully\s+)?$", IC)
REMOVED_AT = re.compile(r"(?:removed|revoked|withdrawn|removid[oa]s?|revogad[oa]s?|eliminad[oa]s?|revocad[oa]s?|"
                        r"retirad[oa]s?|retiré(?:e|s)?|supprimé(?:e|s)?|révoqué(?:e|s)?|entzogen|entfernt|ingetrokken|"
                        r"verwijderd|rimoss[oa]|revocat[oa])\b", IC)
SHARING_WORDS = ("sharing link", "share link", "anyone with the link", "public link")
SHARING_VERB = re.compile(r"\b(?:created|generated|sent|shared|made)\b", IC)
FOREIGN_NOW_WORDS = ("nu ", "jetzt", "nun ", "ahora", "maintenant", "désormais", "agora")
FOREIGN_NOW = re.compile(
    r"(?:nu|jetzt|nun|ahora|maintenant|désormais|agora)\s+(?:[\w*`'\"-]+\s+){0,2}?(?:\w*rechten|\w*rechte|zugriff\w*|"
    r"toegang\w*|acceso|permisos|accès|droits|accesso|permessi|acesso|permissões|"
    r"(?P<role>rolle|rol|rôle|ruolo|papel|função))\b", IC)
# A role is only held ("du hast jetzt die Rolle", "ahora tienes el rol"), not played ("spielt jetzt die Rolle").
FOREIGN_HAVE = re.compile(r"\b(?:hast|hat|haben|habt|tienes|tiene|tienen|as|a|avez|ont|tens|tem|têm|hebt|heeft|"
                          r"hebben|hai|ha|hanno)\b", IC)
# "Marco non è più nel gruppo", "ya no es miembro del grupo", "n'est plus membre": no longer a member.
FOREIGN_NO_LONGER_WORDS = ("non è più", "ya no", "n'est plus", "não está mais", "não é mais", "nicht mehr",
                           "niet langer", "niet meer", "inte längre", "ikke længere", "ikke lenger")
FOREIGN_NO_LONGER = re.compile(
    r"(?:non è più|ya no|n'est plus|não (?:está|é) mais|(?:ist|sind) nicht mehr|(?:is|zijn) niet (?:langer|meer)|"
    r"är inte längre|er ikke længere|er ikke lenger)\s+(?:\w+\s+){0,2}?(?:nel|nella|in|en|dans|no|na|im|in der|"
    r"i|membr[oe]|miembro|mitglied|lid|medlem)\b[^.;\n]{0,40}?\b(?:grupp[oi]|grupos?|groupes?|gruppe\w*|groep\w*|"
    r"team\w*|equipo|équipe|ruol[oi]|rol(?:le|len)?|rôle)\b", IC)
NOW_REPORTS = re.compile(r"\bnow\s+reports?\s+(?:directly\s+)?to\s+[A-Z][a-z]+", IC)  # a new manager
EXTENDED = re.compile(
    r"\b(?:access|rights|permissions?|role|membership)\b[^.;\n]{0,80}?\b(?:has|have|was|were)\s+been\s+"
    r"extended\s+to\b|\bextend(?:ed|ing)?\s+(?:[\w`'\"-]+\s+){0,4}?(?:access|rights|permissions?|membership|"
    r"role)\s+(?:to|for)\b(?!\s+(?:(?:over|more than|nearly|about|some)\s+)?(?:[\d,.]+|all|every|more)\s+"
    r"(?:[\w-]+\s+)?(?:residents|people|patrons|citizens|households|families|communities|visitors)\b|"
    r"\s+the public\b)|"
    r"\b(?:access|membership|role|permissions?)\b[^.;\n]{0,80}?\bnow expires\b", IC)  # not "access to 14,000 residents"
# Where a match may start: NOW_HAS also at the "is" / "are" before a "now" or "no longer" (_record_starts).
NOW_WORDS = ("now", "no longer")
EXTENDED_STARTS = ("access", "rights", "permission", "role", "membership", "extend")  # "now expires" needs one
NAMED_WORDS = (" assigned", " granted", " added", " removed", " revoked", " unassigned")
FOREIGN_SHARE_WORDS = ("partagé", "compartid", "compartilhad", "gedeeld", "geteilt", "condivis", " reçu ")
LOG_WORDS = ("added group", "removed group", "added role", "removed role", "granted role", "revoked role",
             "added perm", "removed perm", "assigned role", "added team", "removed team")
BUMP_WORDS = ("bumped", "moved", "promoted", "upgraded", "downgraded", "switched", "changed")
CAN_WORDS = ("can now", "now can", "now be able", "now able", "should be able")
ACCESS_FOR_WORDS = ("zugriff", "zugang", "accès", "acceso", "acesso")
# what record_hits looks up in its `found`
WORDS = (_VERB_STEMS + ("role from", "request for", "shared with", "made", "unshar") + ACCESS_FOR_WORDS
         + NAMED_WORDS + FOREIGN_SHARE_WORDS + ASSIGNMENT_WORDS + FOREIGN_SHARE_ACT_WORDS + GERMAN_SHARE_WORDS
         + LOG_WORDS + BUMP_WORDS + CAN_WORDS + NOW_WORDS
         + EXTENDED_STARTS + PASSIVE_VERBS + NOMINAL_STARTS + REMOVED_VERBS + SHARING_WORDS
         + FOREIGN_NOW_WORDS + FOREIGN_NO_LONGER_WORDS + ("added as",) + LISTED_WORDS + LDAP_WORDS + HANDED_WORDS
         + SHARING_RULE_WORDS)
ASKED = re.compile(r"\b(?:whether|if|who|which|once|when|after)\b", IC)


def record_hits(text: str, low: str, found: Found) -> list[Hit]:
    """Hits for level moves and access records anywhere in `text` (`low`: its lower-cased form;
    `found`: where the WORDS occur in it)."""
    hits: list[Hit] = []
    safe = literal_safe(text, low)
    if " from " in low and (" to " in low or "\u2192" in low or "->" in low):
        starts = [pos for pos in found.positions(_VERB_STEMS) if _from_follows(low, pos)]
        for m in _finditer(ROLE_MOVE, text, starts, safe):
            if m.group("a").lower() != m.group("b").lower():
                hits.append(Hit("access_change", m.start(), m.end(), 0.7, "modify", rule="role-move"))
        for m in _finditer(KIND_MOVE, text, starts, safe):
            if m.group("a").lower() != m.group("b").lower() and not _asked(text, m.start()):
                hits.append(Hit("access_change", m.start(), m.end(), 0.7, "modify", rule="role-move"))
        for pos in _at(found, low, safe, ("role from",)):
            m = ROLE_FROM.match(text, pos)
            if m and m.group("a").lower() != m.group("b").lower() and not _asked(text, pos) \
                    and CHANGED_BEFORE.search(text, max(0, pos - 60), pos):
                hits.append(Hit("access_change", m.start(), m.end(), 0.7, "modify", rule="role-move"))
    if "now " in low or "no longer" in low:
        for m in _finditer(NOW_HAS, text, _now_starts(low, found), safe):
            if not _asked(text, m.start()) and (m.group("no4") is None or HOLDER_BEFORE.search(
                    text, max(0, m.start() - 60), m.start())):
                said = m.group("no") or m.group("no2") or m.group("no3") or m.group("no4") or ""
                revoke = said.lower() == "no longer"
                hits.append(Hit("access_change", m.start(), m.end(), 0.7, "revoke" if revoke else "grant",
                                rule="access-record"))
        for m in _finditer(NOW_REPORTS, text, found.positions(("now",)), safe):
            if not _asked(text, m.start()):
                hits.append(Hit("attestation", m.start(), m.end(), 0.7, "modify", rule="reporting-line-record"))
    for pos in _at(found, low, safe, ("request for",)):
        m = FULFILLED.match(text, pos)
        if m and not _asked(text, pos):
            hits.append(_record(m.start(), m.end(), "grant", "access-request-fulfilled"))
    for pattern, starts, action, rule in (
            (LOG_CHANGE, LOG_WORDS, "modify", "access-record"), (BUMPED, BUMP_WORDS, "modify", "access-record"),
            (MADE, ("made",), "grant", "access-record"), (UNSHARED, ("unshar",), "revoke", "access-record"),
            (ACCESS_FOR, ACCESS_FOR_WORDS, "grant", "access-record"),
            (ASSIGNMENT_MADE, ASSIGNMENT_WORDS, "grant", "access-record"),
            (HANDED_CHANGE, HANDED_WORDS, "modify", "access-record"),
            (SHARING_RULE, SHARING_RULE_WORDS, "grant", "sharing-rule")):
        for m in _finditer(pattern, text, found.positions(starts), safe):
            if not _asked(text, m.start()):
                hits.append(_record(m.start(), m.end(), action, rule))
    for pattern, words in ((FOREIGN_SHARE_ACT, FOREIGN_SHARE_ACT_WORDS), (GERMAN_SHARE, GERMAN_SHARE_WORDS)):
        for m in _finditer(pattern, text, _at(found, low, safe, words), safe):
            if not _asked(text, m.start()) and not FOREIGN_IF.search(text, max(0, m.start() - 40), m.start()) \
                    and not (pattern is GERMAN_SHARE and GERMAN_NOT_DONE.search(m.group())):
                hits.append(_record(m.start(), m.end(), "grant", "foreign-share"))
    for pattern, starts, action in ((SHARED_WITH, ("shared with",), "grant"), (CAN_NOW, CAN_WORDS, "grant"),
                                    (NAMED_DONE, NAMED_WORDS, "modify"),
                                    (FOREIGN_SHARED, FOREIGN_SHARE_WORDS, "grant"), (ADDED_AS, ("added as",), "grant"),
                                    (ROLE_LISTED, LISTED_WORDS, "modify"),
                                    (ADDED_TO_NAMED, (" added", " removed"), "modify")):
        for pos in _at(found, low, safe, starts):  # the match starts just before
            m = pattern.search(text, max(0, pos - 40), pos + 80)
            if m and not _asked(text, m.start()):
                hits.append(_record(m.start(), m.end(), action, "access-record"))
    if "=" in low:
        for pos in _at(found, low, safe, LDAP_WORDS):
            m = LDAP_MEMBER_DONE.match(text, pos - 6 if low.startswith("unique", pos - 6) else pos)
            if m and ("ou=groups" in low or "cn=" in low) and not _asked(text, m.start()):
                action = "grant" if m.group("v").lower() in ("appended", "added") else "revoke"
                hits.append(Hit("access_change", m.start(), m.end(), 0.7, action, rule="ldap-member-record"))
    if safe and any(map(low.__contains__, LEVEL_CHANGED_WORDS)):
        for m in LEVEL_CHANGED.finditer(low) if MOVE_CONTEXT.search(low) else ():
            if APP_BEFORE.search(text, max(0, m.start() - 40), m.start()) and not _asked(text, m.start()):
                hits.append(_record(m.start(), m.end(), "modify", "app-level-changed"))
    hits.extend(_said_done(text, low, found, safe))
    if "extend" in low or "now expires" in low:
        for m in _finditer(EXTENDED, text, found.positions(EXTENDED_STARTS), safe):
            if not _asked(text, m.start()):
                hits.append(Hit("access_change", m.start(), m.end(), 0.7, "grant", rule="access-extended"))
    return hits


def _said_done(text: str, low: str, found: Found, safe: bool) -> list[Hit]:
    """Passive records, nominal changes, removals of access, sharing links, foreign "now has"."""
    hits: list[Hit] = []
    for pos in _at(found, low, safe, PASSIVE_VERBS):
        m = PASSIVE_ADDED.match(text, pos)
        if m and PASSIVE_AUX.search(text, max(0, pos - 40), pos) and not _asked(text, pos):
            revoke = m.group("v").lower() in ("removed", "revoked", "unassigned")
            hits.append(_record(m.start(), m.end(), "revoke" if revoke else "grant", "access-record"))
    for pos in _at(found, low, safe, NOMINAL_STARTS):
        m = NOMINAL.match(text, pos)
        if m and (pos == 0 or not text[pos - 1].isalnum()):
            revoke = m.group("v").lower() in ("revocation", "removal", "withdrawal")
            hits.append(_record(m.start(), m.end(), "revoke" if revoke else "grant", "access-nominal"))
    for pos in _at(found, low, safe, REMOVED_VERBS):
        m = REMOVED_AT.match(text, pos)
        before = REMOVED_BEFORE.search(text, max(0, pos - 160), pos) if m else None
        if m and before and not _asked(text, pos) and not counted(text, before.start(), m.end()) \
                and not OTHER_SUBJECT_REMOVED.search(text, before.start(), pos):
            hits.append(_record(before.start(), m.end(), "revoke", "access-removed"))
    for pos in _at(found, low, safe, PASSIVE_VERBS):
        if text[pos - 1: pos] == "(" and DATED_CHANGE.match(text, pos):
            held = HELD_BEFORE.search(text, max(0, pos - 160), pos - 1)
            if held and not _asked(text, held.start()):
                hits.append(_record(held.start(), pos, "grant", "access-record-dated"))
    for m in ROLE_ASSIGNMENT_ITEM.finditer(text) if " assignment" in low else ():
        hits.append(_record(m.start(), m.end(), "grant", "access-nominal"))
    for pos in _at(found, low, safe, SHARING_WORDS):
        if SHARING_VERB.search(text, max(0, pos - 80), min(len(text), pos + 100)) and not _asked(text, pos):
            hits.append(_record(pos, pos + 12, "grant", "sharing-link"))
    for pos in _at(found, low, safe, FOREIGN_NO_LONGER_WORDS):
        m = FOREIGN_NO_LONGER.match(text, pos)
        if m and not _asked(text, pos):
            hits.append(_record(m.start(), m.end(), "revoke", "access-record"))
    for pos in _at(found, low, safe, FOREIGN_NOW_WORDS):
        m = FOREIGN_NOW.match(text, pos)
        if m and (pos == 0 or not text[pos - 1].isalnum()) and not _asked(text, pos):
            if not m.group("role"):
                hits.append(_record(m.start(), m.end(), "grant", "access-record"))
            elif FOREIGN_HAVE.search(text, max(0, pos - 16), m.end()):
                hits.append(_record(m.start(), m.end(), "grant", "foreign-role-held"))
    return hits


def _record(start: int, end: int, action: str, rule: str) -> Hit:
    return Hit("access_change", start, end, 0.7, action, rule=rule)


def _at(found: Found, low: str, safe: bool, words: tuple[str, ...]) -> list[int]:
    """Where the words start: from the keyword index, or found again in `low` when lower-casing moved
    the letters (`safe` False)."""
    return found.positions(words) if safe else _all_starts(low, words)


def _all_starts(low: str, words: tuple[str, ...]) -> list[int]:
    """Every start of the words in `low` (the slow path, when lower-casing moved the letters)."""
    return sorted({pos for word in words for pos in positions(low, word)})


def _finditer(pattern: re.Pattern[str], text: str, starts: list[int], safe: bool) -> list[re.Match]:
    """`pattern.finditer(text)`, trying only the `starts` (ascending) when the lower-case literals found
    there sit where the case-insensitive pattern sees them."""
    if not safe:
        return list(pattern.finditer(text))
    match = pattern.match
    return leftmost([m for pos in starts if (m := match(text, pos)) is not None])


def _from_follows(low: str, pos: int) -> bool:
    """False when no ROLE_MOVE match starts at `pos`: its "from" must follow in the same line with no
    ";" before it (neither the verb nor the words after it hold a newline or a ";")."""
    line_end = low.find("\n", pos)
    at = low.find("from", pos, len(low) if line_end == -1 else line_end)
    return at != -1 and low.find(";", pos, at) == -1


def _now_starts(low: str, found: Found) -> list[int]:
    """Where a NOW_HAS match may start: at "now" / "no longer", or at the "is" / "are" and the
    whitespace just before one."""
    starts = set()
    for pos in found.positions(NOW_WORDS):
        starts.add(pos)
        blank = pos
        while blank > 0 and low[blank - 1].isspace():
            blank -= 1
        if blank < pos:
            starts.update(at for at, verb in ((blank - 2, "is"), (blank - 3, "are"))
                          if at >= 0 and low.startswith(verb, at))
    return sorted(starts)


# A metric's label: "Movers where old-role access was removed within 5 days: 188 (87.9%)" counts cases.
COUNTED_CASES = re.compile(r"\b(?:where|whose|in which|for which)\b[^.;:\n]*\Z", IC)
COUNT_AFTER = re.compile(r"[^.;:\n]{0,60}:\s*\d[\d,.]*\s*(?:\(\s*\d[\d,.]*\s*%\s*\))?\s*$", re.M)


def counted(text: str, start: int, end: int) -> bool:
    """The removal is a metric's label ("cases where access was removed late: 12"), not a record."""
    line = text.rfind("\n", 0, start) + 1
    return COUNT_AFTER.match(text, end) is not None and COUNTED_CASES.search(text, line, start) is not None


def _asked(text: str, at: int) -> bool:
    """A question or a condition ("check whether she now has access"), not a record."""
    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1
    end = min((i for i in (text.find(c, at) for c in ".?\n") if i != -1), default=len(text))
    return text.startswith("?", end) or ASKED.search(text, start, at) is not None
