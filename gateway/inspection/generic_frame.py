"""Answers that explain how things work in general (an explainer, a best-practice list, a policy
draft) and name nobody and nothing in particular, or that say nothing was done ("no action taken
yet"). LABELS.md leaves such answers alone: they change no one's access, so the prose read of them,
and the learned one, weigh below the holding line."""

from __future__ import annotations

import re
from functools import lru_cache

from gateway.inspection.alternation import head_first, leftmost, match_heads, occurs
from gateway.inspection.any_match import AnyMatch
from gateway.inspection.blank_checklists import is_blank_checklist
from gateway.inspection.blank_forms import is_blank_form
from gateway.inspection.keywords import automaton, word_starts
from gateway.inspection.lowered import shared_lower
from gateway.inspection.patterns import MONTH, WEEKDAY, literal_safe, positions
from gateway.inspection.windows import windowed_matches

FRAME = re.compile(  # not inside a command or an identifier: `aws rds describe-export-tasks`
    r"\b(?<![-_])(?:in general(?: terms)?(?! (?:support|surgery|medicine|practice|ledger|hospital|wards?|staff|"
    r"services?|counsel|affairs|population|admin\w*|management|duties|funds?)\b)|generally|typical(?:ly)?|usually|"
    r"best[- ]practices?|good practice|"
    r"explainer|overview|orientation (?:guide|material|session|deck|module)s?|conceptually|in principle|in theory|"
    r"the difference between|"
    r"(?:draft|sample|template|example) (?:section|policy|standard|clause|procedure)|"
    r"\(?draft for (?:comment|comments|review|discussion|consultation)\b|"
    r"proposed (?:[\w-]+ ){0,3}(?:standard|policy|guideline)\b|"
    r"(?:checklist|runbook|playbook|email|letter|ticket) template|this template|template for|"
    r"policy (?:draft|section|statement|template)|how (?:[\w'-]+ ){0,3}works?\b|what is an?\b|explained|simplified|"
    r"not a procedure|means|in practice|concepts?|backbone|well-designed|excerpt|"
    # English "a primer on ...", "IAM primer:", not Spanish "el primer inicio de sesión", "su primer día"
    r"(?:(?<=\ba )|(?<=\bthis )|(?<=\bthe )|(?<=\bour ))primer|"
    r"primer(?= (?:on|to|for|about|in)\b|[ \t]*[:.,)\n]|[ \t]*$)|"
    r"describes?|refers? to|is defined as|explains?|beschreibt|konzept\w*|describe|concepto|décrit|"
    # a term defined by what doing it involves: "Une revue des habilitations consiste à faire valider ..."
    r"consiste (?:à|a|en|em|in|nel)|consisten en|besteht darin|bestehen darin|"
    r"in one (?:paragraph|slide|page|sentence|diagram|picture)|syntax|sintaxis|syntaxe|sirve para|se usa para|"
    r"se utiliza para|sert à|dient (?:dazu|zum)|serve (?:a|per)|"
    r"(?:many|most) organi[sz]ations|shall (?:be|not)|(?:accounts|users|owners|employees|members) must (?:have|be|use)|"
    r"decides? (?:whether|if)|decide si|décide si|entscheidet,? ob|(?:doesn't|does not|don't|do not) require|"
    r"user stor(?:y|ies)|^[#*\s]*(?:epic|stories)(?=:)|"  # a backlog, not "in Epic:" (the EHR)
    r"is (?:just |simply |basically |essentially |really )?an? (?:\w+ ){0,3}(?:standard|protocol|model|framework|"
    r"specification|method|approach|practice))\b(?![-_])|"
    # a term defined by what it is made of: "Role = set of permissions; RoleBinding attaches it to ..."
    r"^\W*[A-Za-z][\w-]{1,30} = (?:an? |the )?(?:set|list|collection|bundle|group) of\b|"
    r"^[#*\s]*(?:our |the )?joiner[\s\u2013/-]+mover[\s\u2013/-]+leaver\b|"  # JML as the topic, not a step
    r"^\|\s*\**(?:terms?|begriff|terme|t[ée]rmino|termine|concept)\**\s*\|\s*\**(?:meaning|definition|description|"
    r"bedeutung|d[ée]finition|definici[óo]n|significado|significato)\**\s*\||\bglossar(?:y|ies|e?)\b|glosario|glossaire|"
    r"^\s*\**\d+\.\d+\**\s|\{\{\s*\w+\s*\}\}|_{4,}|\u2610|"  # {{placeholders}}, blanks, boxes: a form
    r"<(?P<ph>[a-z_ -]*(?:user|group|role|name|email|account|team|login|system)[a-z_ -]*)>"
    r"(?![\s\S]*</(?P=ph)>)|on most (?:\w+ ){0,2}"  # a <placeholder>, not a markup tag
    r"(?:distributions|systems|platforms)|faq|frequently asked|training module|module de formation|"
    # "RBAC vs. ABAC", not a review's pairs in parentheses: "(loan origination vs. loan disbursement)"
    r"the principle of|le principe d|in a nutshell|versus|\bvs\.?(?= )(?![^()\n]{0,80}\))|lessons learned|"
    r"post-incident review|"
    r"post-?mortem(?! (?:docs?|documents?|folders?|files?|channel|pages?))|"
    r"retrospective(?! (?:\w+ )?(?:approvals?|changes?|sign-?offs?|reviews?))|root cause|"
    r"(?:opening of |from )?chapter \d+ of\b|\b(?:my|the|our|a) (?:novel|screenplay|short story|manuscript)\b|"
    r"policy \(summary\)|policy summary|summary of (?:the |our |this )?(?:[\w-]+ ){0,3}(?:standard|policy|procedure|"
    r"guideline)s?\b|"
    r"\b(?:política|politique|richtlinie|beleid|polityka|policy)\b[^.\n]{0,60}?\b(?:exige|requires?|verlangt|vereist|"
    r"wymaga|stipule|prevede|says|states)\b|"
    # what a standard's control asks of everyone: "ISO 27001 control 5.18 expects that access rights are reviewed"
    r"\b(?:standard|control|clause|framework|regulation)\b(?:[^.\n]|\.(?=\d)){0,60}?\b(?:expects|mandates) that\b|"
    r"\b(?:bevinding|feststellung|hallazgo|achado|constat|audit finding)\b|"
    r"^[#*\s]*finding\s+[\w.-]{1,12}\s*(?:\([^)\n]{1,20}\))?\s*:|"  # a finding: "**Finding 3 (low):"
    # the answer says it is general: "General guidance for service accounts:", "This article is guidance only."
    r"general (?:rule|guidance|checklist|principles?|advice|steps|instructions)|(?:guidance|informational) only|"
    r"for (?:training|reference|illustration|information(?:al)?) (?:purposes )?only|"
    r"^[#*\s]*(?:[\w-]+ ){0,4}quiz(?:zes)?\b|"  # a quiz's title: "**Security awareness quiz — question 4**"
    r"anti-?patterns?|common (?:mistakes|pitfalls|misconfigurations)|how to (?:decide|choose)|"
    r"(?:defen[cs]es|mitigations|countermeasures)\s*:|(?:user|account) (?:statuses|states)\s*:|"
    r"^\W*in (?:c\+\+|c#|java|kotlin|swift|typescript|rust|python|go)(?=,)|"  # a language's access specifiers
    # how a system decides or how a process runs: "How AWS evaluates a request", "asked how we ensure ..."
    r"evaluat(?:es?|ing|ion of) (?:a|an|each|every) (?:\w+ )?(?:request|call)|"
    r"how (?:we|you|do we|do you) (?:ensure|make sure|guarantee|handle)|"
    # a subject that is anyone: "When someone changes department, HR records ..."
    r"(?:when|whenever|once) (?:someone|somebody|anyone|an? (?:user|employee|person|member|staff member|joiner|"
    r"leaver|mover)) (?:changes|moves|leaves|joins|is|needs|requests)|"
    r"^\W*for (?:sox|soc ?[12]|iso ?27001|hipaa|pci[- ]?dss|gdpr),? (?:an?|the|each|every) |"  # a framework's needs
    r"仅供(?:培训|参考|学习)|核心思想|基本概念|基本思想|"  # Chinese: "for training only", "the core idea"
    # a policy's summary in Chinese, Japanese or Korean ("权限管理制度摘要", "ポリシーの概要", "정책 요약")
    r"(?:制度|政策|规定|规范|办法|方针|ポリシー|規程|規定|정책|규정)(?:的|の|\s)?(?:摘要|概述|概要|要点|要約|요약|개요)",
    re.I | re.M)
FRAMED = AnyMatch(FRAME)  # FRAME searched piece by piece: its alternation behind a `\b` cost most of a scan
# An answer that says it decided or changed nothing ("no action taken yet", "nothing's been changed").
NO_ACTION = re.compile(r"\b(?:no action (?:has been |was |will be )?taken|nothing(?:'s| has| was)? (?:been )?"
                       r"(?:changed|done|granted|removed|actioned|approved|provisioned|deactivated|disabled|deleted|"
                       r"revoked|suspended|modified|touched|remediated)|before anyone decides|"
                       r"no (?:accounts?|users?|roles?|permissions?|groups?|memberships?|grants?) "
                       r"(?:were|was|have been|has been|are|is) "
                       r"(?:changed|modified|touched|removed|disabled|deactivated|deleted|locked)|"
                       r"nobody's access was changed|no(?: one|body)(?:'s|\u2019s) access changes until|"
                       r"nothing (?:was |has been )?created\b|nothing to (?:run|apply|execute|sign|attest|certify)\b|"
                       r"no decisions? (?:yet|(?:has|have|was|were) (?:yet )?been (?:made|taken))\b|"
                       # a proposal's heading: "(awaiting CAB — **not applied**)", not "(garden leave not applied)"
                       r"(?<!\w )not (?:yet )?applied(?=\**\))|"
                       r"no changes to (?:the|any|your) (?:environment|systems?|accounts?|tenant|configuration)|"
                       r"no changes\. your infrastructure matches|"  # terraform plan with nothing to apply
                       r"no changes? (?:(?:has|have|were|was) (?:been )?)?(?:made|proposed|applied)|"
                       # not one step's: "(that's review routing, no access change by itself)"
                       r"no (?:[\w-]+ )?(?:permissions?|access|role) changes?(?! by itself| on (?:its|their) own)|"
                       # not a verdict: "retain; no change", "reviewed and retained with no changes"
                       r"(?<!retain[;,] )(?<!keep[;,] )(?<!retained with )(?<!kept with )no changes?(?=[.;!]?\s*$)|"
                       r"no access has been (?:requested (?:or|nor) )?(?:granted|changed|removed)|"
                       r"nothing changes until|"
                       # an audit's plan or memo that tested and concluded nothing yet
                       r"no (?:testing|fieldwork|conclusions?|opinion) (?:has|have|was|were|is|are) (?:yet )?(?:been )?"
                       r"(?:performed|done|drawn|reached|formed|expressed))\b",
                       re.I)
# Something in particular: an address, a handle, an identifier in code, a user or host name with
# digits or separators, a ticket, or a person named next to the change, in a table or with a possessive.
# Asked piece by piece (whether any matches does not depend on the order), those that start with one
# character the regex engine skips to first: in one alternation, an address's [\w.+-]+ before its "@"
# was tried from every letter of every word.
NOT_A_PERSON = (r"(?!\s+(?:Policy|Team|Group|Department|Security|Services?|Access|Review|Admin\w*|Center|Portal|"
                r"Cloud|Directory|Manager)\b)")
PLATFORM_WORDS = "(?:Cloud|Platform|Services?|Server|Directory|Workspace|Center|Centre|Identity|Access|Manager|Portal)"
UI_WORDS = (r"(?:Users?|Groups?|Roles?|Settings|Permissions?|Admin\w*|Security|Access|Teams?|Apps?|Members?|Accounts?|"
            r"Polic(?:y|ies)|Directory|Active|All|New|Edit|Add|Save|Create|Delete|Remove|Manage|General|Advanced|"
            r"Sharing|Billing|Profiles?|Sign|Single|Identity|Provisioning|Properties|Details|Overview|Home|More|"
            r"Actions?)\b")
# Those that open with literal words are tried only where one stands (head_first), not at every position.
SPECIFIC = (
    # an address (name@domain.tld: a name character before the "@") or a handle (@name, none before)
    re.compile(r"@(?:(?<=[\w.+-]@)[\w-]+\.[\w.]+|(?<![\w.]@)[\w.-]{2,})"),
    # not a `<placeholder>`, a `prefix-` nor a chat channel (`#access-requests`: where to ask)
    re.compile(r"`(?![/<-]|#[a-z][a-z-]*`)[^`\n(): ]*[-_.@/\d][^`\n(): ]*(?<![-_])`"),
    # a person in a table cell, not a platform: "| Google Cloud |", "| Identity Center |"
    re.compile(r"\|\s*[A-Z][a-z]+(?:\s+(?!" + PLATFORM_WORDS + r"\b)[A-Z][a-z'-]+){1,2}\s*\|"),
    # a person by initial and surname ("held by M. Tran", "| E. Ward |"); an account event on a day that happened
    # ("terminated 2 May, disabled 8 May")
    head_first(r"\b(?:by|for|to|from|of)\s+[A-Z]\.\s?[A-Z][a-z'-]{2,}\b|\|\s*[A-Z]\.\s[A-Z][a-z'-]+\s*\|"),
    head_first(r"\b(?:terminated|disabled|removed|revoked|deactivated|deprovisioned|granted|deleted)\s+(?:on\s+)?"
               r"(?:[0-3]?\d\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|"
               r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+[0-3]?\d)\b"),
    # one login named in code ("disabled the shared `operator` login"), not a kind of them (`<user>` account)
    # (`root`, `admin`, `guest`: every system's, as advice names them)
    head_first(r"`(?!(?:root|admin|administrator|guest|default|user|test|demo|sa|postgres)`)[a-z][a-z0-9]{1,30}`"
               r"\s+(?:login|account|user ?name|service account)\b"),
    # a resource named by a command with a separator in its name: `--name sp-expense-sync` (not `--name myApp`)
    head_first(r"(?<!\w)--(?:display-)?name[ =]['\"]?(?![<{$])[A-Za-z][\w.]*[-_.][\w.-]*\w"),
    # a command's ACL entry naming a principal with a separator: `setfacl -m g:weld-instructors:rwx`, not
    # `g:developers:rwx` nor the web server's `u:www-data:rx`
    head_first(r"(?<![\w-])(?:g|u|group|user):(?!www-data:)[A-Za-z][\w.]*[-_.][\w.-]*\w:[rwxX-]{1,4}\b"),
    # a person picked in a console ("select **Chidi Eze** → Edit permissions"), not a page or a button of it
    head_first(r"\b(?:select|open|search for|find)\s+\*\*(?!" + UI_WORDS + r")[A-Z][a-z]+\s+(?!" + UI_WORDS
               + r")[A-Z][a-z'-]+\*\*"),
    # a step done on the reader's own account: "Hi Jamal — I've unlocked your account."
    head_first(r"\b(?:I|We|i|we)(?:'ve|\u2019ve| have)\s+(?:just\s+|now\s+)?(?:unlocked|reset|re-?enabled|reactivated|"
               r"restored|disabled|suspended|removed|granted|added|created|cleared)\s+your\s+(?:\w+\s+)?"
               r"(?:account|password|access|mfa|login|sign-in)\b"),
    # a document named in bold or quotes: "**Holiday Planogram 2024.xlsx**"
    re.compile(r"(?:\*\*|[\"“'])[^*\"”'\n]{1,80}\.(?:xlsx|xls|docx|doc|pptx|pdf|csv|vsdx)(?:\*\*|[\"”'])"),
    # people listed by initial and surname: "A. Kowalski, R. Mehta and S. O'Brien"
    re.compile(r"\b[A-Z]\. [A-Z][a-z'-]+(?:[A-Z][a-z]+)?, [A-Z]\. [A-Z][a-z]+"),
    re.compile(r"\b(?!0{8}-)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b"),  # an object id, not zero
    # a Windows domain's account or group in its down-level form: `CORP\GG-ServiceDesk-L1`, `ACME\svc_backup`
    re.compile(r"\b[A-Z][A-Z0-9-]{1,14}\\\\?[A-Za-z][\w.-]*[-_.\d][\w.-]*"),
    # an AWS resource in a real account, not the documentation's (123456789012, 111122223333) nor zeros
    head_first(r"\barn:aws[\w-]*:[\w-]+:[\w-]*:(?!123456789012|111122223333|0{12}|(\d)\1{11})\d{12}:"),
    head_first(r"\bas of (?:\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2}\b|\d{4}-\d{2}-\d{2})"),  # the state on one day
    # a day or a month that happened: a review "performed in March 2024", "on 2024-04-30", "through 10/31/2024",
    # "week 12"
    # (not a document's own date; the word boundary before the look-behinds: most places fail it at once)
    re.compile(r"\b(?<!reviewed: )(?<!review: )(?<!updated: )(?<!effective: )(?<!effective )(?<!updated )"
               r"(?:20\d\d-[01]\d-[0-3]\d|[0-3]?\d/[0-3]?\d/20\d\d|(?:January|February|March|April|May|June|July|August|September|"
               r"October|November|December) 20\d\d|[Ww]eek \d{1,2}|H[12] 20\d\d)\b"),
    # a tested sample's outcome, counted: "we sampled 25 of 61 terminations: 25/25 had Okta deactivated",
    # "9 were revoked and the remaining 202 were confirmed", "a sample of 25 terminations showed all ..."
    re.compile(r"\bsampled \d+ of \d+\b|\b\d+/\d+ (?:had|were|was|showed|passed)\b|\bthe remaining \d+ were\b|"
               r"\ba sample of \d+ [\w -]{1,40}?\bshowed\b"),
    # statements to run now under a named admin role: "Run this as SECURITYADMIN:", "execute these as `dbo`"
    head_first(r"\b(?:Run|run|Execute|execute|Apply|apply) (?:this|these|it|them|the following)(?: \w+)? as "
               r"(?:[`*]{0,2}[A-Z][A-Z0-9_]{2,}\b|`[a-z][\w.-]*[-_.][\w.-]*`)"),
    # a tested control's conclusion: a finding that found nothing wrong is no gap described in general
    head_first(r"(?i)\b(?:keine beanstandungen|kontrolle (?:ist )?wirksam|no exceptions (?:were )?noted|"
               r"sin observaciones|aucune anomalie|geen bevindingen|nessun rilievo)\b"),
    # a grantee named in SQL, not a placeholder: "GRANT SELECT ... TO ROLE RETAIL_INSIGHTS" (`ROLE_NAME`, `YOUR_ROLE`
    # stand for one)
    head_first(r"\b(?:TO|FROM)\s+(?:ROLE|USER|GROUP)\s+(?!(?:YOUR|MY|THE|SOME|NEW|EXAMPLE|ROLE|USER|GROUP)(?:_|\b))"
               r"(?![A-Z0-9_]*(?:NAME|PLACEHOLDER|HERE|X{2,})\b)[A-Z][A-Z0-9_]{2,}\b"),
)
# An identifier, a named principal, a review period, a command's target, a service account: asked after SPECIFIC,
# piece by piece (AnyMatch): its literal-headed alternatives only where a head stands.
IDENTIFIER = AnyMatch(re.compile(
        # an identifier, not a policy's attribute path (resource.region); KB0012, ISO-8601: an article, a standard
        r"\b(?!e\.g\b|i\.e\b|(?:resource|principal|subject|request|context|input|object|env)\.)"
        r"(?<!resource\.)(?<!principal\.)(?<!subject\.)(?<!request\.)(?<!context\.)(?<!input\.)"
        r"(?:[a-z]+[._][a-z]+\d*|[a-z]+\d{2,}|(?!KB|ISO|RFC)[A-Z]{1,4}-?\d{3,})\b|"
        r"\b(?:remove|add|disable|offboard|grant|give|revoke|user|employee|contractor)\s+"
        r"[A-Z][a-z]+(?:\s+[A-Z][a-z'-]+)?\b" + NOT_A_PERSON + "|"
        r"\b(?:for|to|from|of)\s+[A-Z][a-z]+\s+[A-Z][a-z'-]+\b" + NOT_A_PERSON + "|"
        r"\b[A-Z][a-z]+\s+[A-Z][a-z]+(?=\s+(?:from|to|in|on|as|has|is|was|will|and)\b|'s\b)|"
        r"\bQ[1-4](?:\s*[\u2013-]\s*Q[1-4])?\b|\bFY\s?\d{2,4}\b|"  # a review period: Q3, Q1–Q4, FY2024
        r"(?<!\w)(?:-Identity|-Members?|-UserName|--user(?:-name)?|--member|--assignee(?:-object-id)?|"
        r"--principal(?:-id)?|--object-id)[ =]['\"]?(?![<{$])[\w.@-]{2,}|"  # a command's target
        r"\b[A-Z][a-z]+['\u2019]s\s+(?:access|account|role|permissions?|membership)\b|\b(?:svc|sa|ci|bot|app|srv|usr|adm)[-_]"
        r"(?!(?:level|specific|based|wide|side|only|store|like|facing)\b)[a-z0-9-]+\b"))
PLACEHOLDER = re.compile(r"\{\{[^{}\n]{1,60}\}\}|<[A-Z][A-Z0-9_ /-]{1,40}>")  # {{name}}, <CAMPAIGN NAME>
CAP = 0.45  # below the 0.5 the default rules hold at: kept as evidence, never a hold on its own


# An org chart: who leads what ("Head of IAM — Pieter de Wit", "├── IAM Operations (6)"), nothing changed.
ORG_LINE = re.compile(r"[│├└─|`*+\- \t]*(?:[^\n—–:]{2,60}(?:[ \t][—–]|[ \t]?:)[ \t]*(?:(?:Lead|Head|Owner|Manager):"
                      r"[ \t]*)?[A-Z][\w.'-]*(?:[ \t][A-Z][\w.'-]*){1,3}(?:[ \t]*\([^)\n]{1,30}\))?|[^\n]{2,60}\(\d+\))"
                      r"[ \t]*\Z")
TREE = ("├", "└", " — ", " – ")
# A list of who holds an access, written up as audit evidence, is no org chart
EVIDENCE = re.compile(r"\b(?:who (?:has|have|holds?|held)|holds?|held|audit\w*|evidence|reviewed|access to)\b", re.I)
# ... nor a list of logins and where each works ("- `lg.abernathy` – Westside Pool"): accounts, not units
LOGIN_FIRST = re.compile(r"[ \t]*[-*+][ \t]+`[a-z][\w.@-]{1,40}`[ \t]*[—–]")


def is_org_chart(text: str) -> bool:
    """Three lines or more that each name a unit and its head (or its head count), and at most three
    other lines (a heading, fences), none of them about who holds an access or an audit."""
    if not any(map(text.__contains__, TREE)):
        return False
    charted = other = 0
    for line in text.splitlines():
        if not line.strip():
            continue
        if len(line) <= 120 and ORG_LINE.match(line) and not LOGIN_FIRST.match(line):
            charted += 1
        else:
            other += 1
            if other > 3 or EVIDENCE.search(line):  # most answers stop here, after a few lines
                return False
    return charted >= 3


RACI_ROW = re.compile(r"^[^\n]*?(?:\|\s*(?:R|A|C|I|R/A|A/R|R, ?A)\s*){2,}\|", re.M)
# Two cells of a RACI row side by side: every row holds them, and a search skips to each "|".
RACI_CELL = re.compile(r"\|\s*(?:R|A|C|I|R/A|A/R|R, ?A)\s*\|")


def is_raci(text: str) -> bool:
    """A RACI chart: two table rows or more whose cells are Responsible / Accountable / Consulted /
    Informed letters. It says who would act, and changes nothing."""
    cell = RACI_CELL.search(text) if "|" in text else None
    if cell is None:
        return False
    # No row starts on a line before the first cell's: its first cell would be an earlier one
    rows = RACI_ROW.finditer(text, text.rfind("\n", 0, cell.start()) + 1)
    return next(rows, None) is not None and next(rows, None) is not None  # two rows: no need to find all


# A table row whose cells after the first are all numbers: "| ServiceNow | 118 |", "| **Total** | **312** |".
COUNT_ROW = re.compile(r"\|[^|\n]+(?:\|[ \t]*\**(?:\d[\d,.' ]*%?|n/?a|-|\u2014)\**[ \t]*)+\|[ \t]*", re.I)
TABLE_RULE = re.compile(r"\|?[\s:|-]+\|?")
# A list item that is a label and a figure: "- MFA enrolment: 97.1 % (up from 95.9 %)", "* Tickets closed: 151";
# not a review's outcome counted ("- Revoked: 2 (k.barnes, l.ivanova)", "- Retain: 14"), which records decisions.
COUNT_ITEM = re.compile(r"(?:[-*\u2022]|\d+[.)])[ \t]+(?![^:\n]*(?:certif|revok|retain|approv|reject|remov|disabl|"
                        r"deactiv|review|kept|keep|attest|decision|sign-?off|signed|grant|deni|accept|exception|"
                        # the same in German, French, Spanish, Italian, Portuguese, Dutch, Swedish and Polish
                        r"bestätig|entz|widerr|behalt|beibeh|geprüft|prüf|confirm|révoq|retir|conserv|mainten|"
                        r"revoc|manten|aprob|rechaz|intrekk|behoud|behåll|återkall|zachow|odebr|cofni))"
                        r"[^:\n]{2,60}:[ \t]*\**[~\u2248<>]?[ \t]*\d[\d,.' ]*[ \t]*"
                        r"(?:%|ms|s|sec|min|h|hrs?|hours?|days?|k|m|gb|tb)?\**(?:[ \t]*\([^()\n]{0,60}\))?\.?", re.I)

# A measure whose label names a decision: "- Median days to removal: 2", "- Movers where access was removed within
# 5 days: 188 (87.9%)". A rate or a time of the process, not a review's outcome: no one's decision is counted.
METRIC_ITEM = re.compile(r"(?:[-*\u2022]|\d+[.)])[ \t]+[^:\n]{0,60}?\b(?:median|mean|average|avg|p[59]\d|rate|"
                         r"percentage|share|(?:days|hours|time) to|within \d+ (?:days?|hours?|h))\b[^:\n]{0,60}:[ \t]*"
                         r"\**[~\u2248<>]?[ \t]*\d[\d,.' ]*[ \t]*(?:%|ms|s|sec|min|h|hrs?|hours?|days?)?\**"
                         r"(?:[ \t]*\([\d.,]+[ \t]?%\))?\.?", re.I)


def is_count_table(text: str) -> bool:
    """A report that only counts: a table (or a list) of three rows or more with numbers in every cell but
    the first, and at most three lines around it (a title, a note). Nobody is named; nothing changes."""
    if "|" not in text and ":" not in text:
        return False
    rows = other = 0
    for line in text.splitlines():
        line = line.strip()
        if not line or TABLE_RULE.fullmatch(line):
            continue
        if COUNT_ROW.fullmatch(line) or COUNT_ITEM.fullmatch(line) or METRIC_ITEM.fullmatch(line):
            rows += 1
        else:
            other += 1  # the header row, a title, a note
            if other > 4:
                return False
    return rows >= 3


@lru_cache(maxsize=8)  # the prose and the learned detectors ask about the same answer
def is_generic(text: str) -> bool:
    """True for an answer framed as general explanation that names no one and nothing in particular,
    one that says nothing was done, one that asks before doing anything, an org chart, a RACI chart or
    a table of counts."""
    return _framed(text) or _says_no_action(text) or _charted(text) or _asks_first(text)


# A question back before acting: "Before I raise anything: which site do you mean?", "Avant de créer quoi que ce
# soit : ... ?". Nothing is done or decided until the answer comes.
ASKS_FIRST = re.compile(
    r"\b(?:before (?:i|we) (?:raise|create|change|grant|set up|submit|open|action|do|make|add|remove|request) "
    r"(?:anything|something|it|this|that|a (?:request|ticket))(?! else)|avant de (?:créer|modifier|faire|lancer|ouvrir|"
    r"demander) (?:quoi que ce soit|quelque chose|la demande)|bevor (?:ich|wir) (?:etwas|irgendetwas) "
    r"(?:anlege|ändere|beantrage|einrichte)|antes de (?:crear|cambiar|hacer|solicitar|dar de alta) (?:nada|algo))\b",
    re.I)
ASKS_FIRST_WORDS = ("before i ", "before we ", "avant de ", "bevor ", "antes de ")
# ... and has done nothing yet: "I've added Lars to `Finance-Controllers`", "j'ai créé", "ich habe ... angelegt"
DONE = re.compile(r"\b(?:i|we)(?:'ve|’ve| have| just)\s+(?:already\s+|also\s+)?[a-z]+ed\b|\b(?:i|we) "
                  r"(?:added|granted|gave|created|removed|revoked|disabled|reset|approved|set up)\b|"
                  r"\bj(?:'|’)ai\b|\bnous avons\b|\b(?:ich|wir) (?:habe|haben)\b|\bhe (?:creado|dado)\b", re.I)


def _asks_first(text: str) -> bool:
    """An answer that opens by asking before it acts (within its first 200 characters) and says nothing was done."""
    if "?" not in text:
        return False
    low = shared_lower(text)
    if not any(word in low[:200] for word in ASKS_FIRST_WORDS):
        return False
    asked = ASKS_FIRST.search(text[:200])
    return asked is not None and DONE.search(text) is None


# ... but one with nothing to sign gives no verdict: "we still need our own user access review ... Nothing to sign
# today."
NOTHING_TO_SIGN = re.compile(r"\bnothing to (?:sign|attest|certify)\b", re.I)


def is_no_action_only(text: str) -> bool:
    """Generic only because it says nothing was changed: a review's verdict ("no changes") may say so."""
    return _says_no_action(text) and not _framed(text) and not _charted(text) \
        and NOTHING_TO_SIGN.search(text) is None


def is_counted_verdict(text: str) -> bool:
    """Generic only because it counts: a review's verdict beside its counts ("Accounts with access to the jump hosts:
    7 ... All listed privileges were confirmed as needed") is the review's outcome, and it stands."""
    return is_count_table(text) and not _framed(text) and not _asks_first(text) \
        and not is_org_chart(text) and not is_raci(text) and not _is_template(text)


# An answer given to an auditor's question ("For the SOC 2 questionnaire item ...", "SOX narrative for ITGC AC-02"):
# it describes how access is controlled in general terms, and that description is the evidence (LABELS.md:
# SOX / SOC 2 narratives are attestation).
_FRAMEWORK = r"\b(?:soc ?[12]|sox|iso ?27001|hipaa|pci(?:[- ]dss)?|hitrust|itgc|nist)\b"
AUDIT_RESPONSE = head_first(_FRAMEWORK + r"[^.\n]{0,40}?\b(?:questionnaire|narrative|request|response|answer|"
                            r"control description)\b|\b(?:narrative|questionnaire)\b[^.\n]{0,40}?" + _FRAMEWORK, re.I)
AUDIT_RESPONSE_WORDS = ("soc", "sox", "iso", "hipaa", "pci", "hitrust", "itgc", "nist")
# A security questionnaire's item answered: "Response to questionnaire item IAM-04 (...): Yes. ..."
QUESTIONNAIRE_ITEM = head_first(r"\b(?:response|answer|reply) to (?:the )?(?:security |vendor |customer |"
                                r"due diligence )?questionnaire (?:item|question) [\w.-]+", re.I)


# ... or that hands an auditor the holders for their test ("use it as the population for your test of control DSP-04")
AUDIT_USE = head_first(r"\b(?:population for|your workpapers|for your (?:test|testing|sample|audit|walkthrough)|"
                       r"(?:inspection|audit|evidence) binder|"  # "for the FDA inspection binder"
                       # "For the CAA Part-145 audit finding follow-up, here are the people who currently hold ..."
                       r"for (?:the|our|this) (?:[\w-]+ ){0,4}(?:audit|inspection) (?:finding )?(?:follow-?up|"
                       r"request|sample|evidence request)|"
                       # an insurer's questionnaire: "For the cyber insurance renewal form, section 4"
                       r"for (?:the|our|this) (?:[\w-]+ ){0,3}insurance (?:renewal |application )?"
                       r"(?:form|questionnaire)|"
                       # "This is the list we'll give the auditors for PBC-19", "send it to our external auditors"
                       r"(?:give|send|hand|provide|share)\s+(?:(?:it|this|them)\s+)?(?:to\s+)?(?:the|our|your)\s+"
                       r"(?:external\s+|internal\s+)?auditors?)\b",
                       re.IGNORECASE)
# one in every AUDIT_USE match, lower-cased
AUDIT_USE_WORDS = ("population", "workpapers", "for your", "binder", "follow", "request", "sample", "insurance",
                   "auditor")


def is_audit_response(text: str) -> bool:
    """Generic in form because it answers an audit questionnaire: its attestation statements stand."""
    low = shared_lower(text)
    return any(word in low for word in AUDIT_RESPONSE_WORDS) and AUDIT_RESPONSE.search(text) is not None \
        or hands_to_auditor(text)


def hands_to_auditor(text: str) -> bool:
    """The answer hands an auditor something for their test (AUDIT_USE), or answers a questionnaire's item."""
    low = shared_lower(text)
    return any(word in low for word in AUDIT_USE_WORDS) and AUDIT_USE.search(text) is not None \
        or "questionnaire" in low and QUESTIONNAIRE_ITEM.search(text) is not None


# The speaker's own review ("I've compared the admin list against the roster ... **Access is appropriate**"): a list
# of names and titles then is what was reviewed, not an org chart, and the verdict stands.
REVIEWED_BY_SPEAKER = re.compile(r"\b(?:I|[Ww]e)(?:'ve|\u2019ve| have)?\s+(?:compared|reviewed|checked|reconciled|"
                                 r"validated|gone through|went through)\b")


def is_reviewed_verdict(text: str) -> bool:
    """The speaker reviewed what the answer lists, and the answer is no explainer."""
    return REVIEWED_BY_SPEAKER.search(text) is not None and not _framed(text)


@lru_cache(maxsize=8)  # is_generic and is_no_action_only ask about the same answer
def _framed(text: str) -> bool:
    # SPECIFIC first: it usually matches within the first lines, so a real answer costs little
    return not _names_something(_without_examples(_without_placeholders(text))) \
        and FRAMED.search(text)  # `{{name}}`: nobody


# Names given as examples of a form: "Group names follow `<system>-<role>`, e.g. `aws-readonly`, `github-admins`."
# They show what a name looks like, not whom or what the answer changed.
EXAMPLES = head_first(r"\b(?:e\.g\.|for example|for instance),?:?[ \t]+`[^`\n]{1,60}`"
                      r"(?:[ \t]*(?:,|or|and|, or|, and)[ \t]*`[^`\n]{1,60}`)*")


def _without_examples(text: str) -> str:
    if "e.g." not in text and "for example" not in text and "for instance" not in text:
        return text
    return EXAMPLES.sub(" ", text)


def _charted(text: str) -> bool:
    return is_org_chart(text) or is_raci(text) or is_count_table(text) or _is_template(text) \
        or (is_blank_checklist(text) or is_blank_form(text)) and not _names_something(text)


TEMPLATE_SAYS = re.compile(r"\btemplate\b|\bfill(?:ed)? in\b|\bplaceholders?\b|\breplace (?:every|each|all|the) "
                           r"(?:\w+ )?(?:values?|placeholders?|variables?)\b", re.I)
TEMPLATE_AT = (("template", (0,)), ("fill", (0,)), ("placeholder", (0,)), ("replace ", (0,)))  # every match starts so
ANGLED = re.compile(r"<(?!/)(?!(?:br|b|i|p|a|em|code|pre|div|span|td|tr|th|li|ul|ol|sup|sub|hr|img|strong|details|"
                    r"summary|kbd)\b)[A-Za-z][\w .-]{0,30}>")


def _is_template(text: str) -> bool:
    """A template that says so and leaves three values or more in angle brackets to fill in: whatever it names
    (a `tmp-` prefix, an annotation key), who gets what is left blank."""
    if text.count("<") < 3:
        return False
    low = shared_lower(text)
    if not occurs(TEMPLATE_SAYS, text, low, TEMPLATE_AT, literal_safe(text, low)):  # tried where its words start
        return False
    return len(set(ANGLED.findall(text))) >= 3 and SPECIFIC[0].search(text) is None  # no address, no @handle


def _without_placeholders(text: str) -> str:
    """`PLACEHOLDER.sub(" ", text)`, the pattern tried only where a "{{" or a "<" starts (a search
    over a long answer tries every position)."""
    starts = sorted(positions(text, "{{") + positions(text, "<"))
    if not starts:
        return text
    pieces, cursor = [], 0
    for match in leftmost([m for pos in starts if (m := PLACEHOLDER.match(text, pos)) is not None]):
        pieces += (text[cursor: match.start()], " ")
        cursor = match.end()
    pieces.append(text[cursor:])
    return "".join(pieces)


def _names_something(text: str) -> bool:
    return any(piece.search(text) is not None for piece in SPECIFIC) or IDENTIFIER.search(text)


# An answer that opens by declining the change: "I can't grant organisation admin rights from here — ...".
REFUSAL = re.compile(r"\s*(?:sorry[,.!]?\s+)?i(?: can(?:'|\u2019)t| cannot| can not|"
                     r"(?: am|'m|\u2019m) (?:not able|unable) to| won(?:'|\u2019)t be able to) "
                     r"(?:grant|give|assign|add|remove|revoke|reset|create|approve|change|make)\b", re.I)
# A plan shown and not carried out: "I haven't applied it".
NOT_APPLIED = re.compile(r"\b(?:i|we) (?:haven't|have not|didn't|did not) (?:yet )?(?:applied|executed) "
                         r"(?:it|this|that|the (?:plan|change|changes|sync|run|script))\b", re.I)
# A pull request that never landed: "closed without merging".
NOT_MERGED = re.compile(r"\b(?:closed|declined|abandoned|rejected) without (?:being )?merg(?:ing|ed)\b", re.I)
NOTHING_DONE = re.compile(r"\b(?:haven't|have not|didn't|did not|hasn't|has not) "
                          r"(?:changed|done|granted|removed|touched)(?: or [a-z]+ed)? anything\b", re.I)
# "I haven't made any change yet": a question back before acting
NO_CHANGE_MADE = re.compile(r"\b(?:i|we) (?:haven't|have not|didn't|did not) (?:yet )?made any changes?\b", re.I)
# The answer says of itself, in Japanese, Chinese or Korean, that it changes nothing: "本文書自体は…権限を変更しない",
# "此查询不修改任何数据", "이 설명은 … 실제 권한을 변경하지 않습니다" (a document, a query or an explanation).
CJK_NO_ACTION = re.compile(r"(?:本文書|この文書|本書|本章|本規程|この説明|本資料|この資料|このクエリ)[^。\n]{0,40}?"
                           r"(?:変更|修正)(?:しない|しません|されません)|(?:此|该|这个|本)(?:查询|文档|说明|语句|脚本说明)"
                           r"[^。\n]{0,20}?不(?:会)?(?:涉及(?:任何)?(?:实际)?)?(?:修改|更改|变更)|(?:이|본)\s?(?:설명|문서|쿼리|조회)[^.\n]{0,40}?"
                           r"(?:변경|수정)하지\s?않")
CJK_NO_ACTION_WORDS = ("変更", "修正", "修改", "更改", "变更", "변경", "수정")
# The same in German, French, Spanish, Portuguese, Italian and Dutch: "Wir haben nichts geändert – das ist nur
# zur Einordnung", "nous n'avons rien modifié", "no se ha cambiado nada", "não alteramos nada".
FOREIGN_NO_ACTION = re.compile(
    r"\b(?:wir haben|ich habe|es wurde|hier wurde)\s+nichts\s+(?:\w+\s+)?(?:geändert|angepasst|vergeben|entzogen|"
    r"angelegt|gelöscht|deaktiviert)|\bnichts wurde\s+(?:geändert|angepasst)|\bkeine änderungen?\s+(?:wurden?\s+)?"
    r"(?:vorgenommen|durchgeführt)|\b(?:nous n'avons|je n'ai)\s+rien\s+(?:modifié|changé|fait)|"
    r"\b(?:ingenting|inget)\s+har\s+ändrats\b|\binga ändringar har gjorts\b|\bnic nie zostało zmienione\b|"
    r"\bnie wprowadzono żadnych zmian\b|\bnic nie zmienia(?:łem|łam|liśmy|łyśmy)\b|\bnic nie zmieni(?:łem|łam|liśmy)\b|"
    r"\bnie (?:wprowadziłem|wprowadziłam|wprowadziliśmy) żadnych zmian\b|"
    r"\baucune modification n'a été|\bno (?:hemos|he)\s+(?:cambiado|modificado|tocado)\s+nada|"
    r"\bno se (?:ha|han)\s+(?:cambiado|modificado|realizado)\s+(?:nada|cambios)|"
    r"\bnão (?:alteramos|alterei|mudamos|mudei|fizemos|fiz)\s+nada|\bnenhuma alteração foi\b|"
    r"\bnon (?:abbiamo|ho)\s+(?:modificato|cambiato)\s+nulla|\bnessuna modifica è stata\b|"
    r"\b(?:we hebben|ik heb|er is)\s+niets\s+(?:gewijzigd|veranderd|aangepast)|"
    # "Niets aan gebruikers of rechten veranderd", "nichts an Benutzern oder Rechten geändert"
    r"\bniets aan\s+(?:[\w-]+\s+){1,4}(?:veranderd|gewijzigd|aangepast)\b|"
    r"\bnichts an\s+(?:[\w-]+\s+){1,4}(?:geändert|angepasst)\b", re.I)
FOREIGN_NO_ACTION_WORDS = (" nichts ", "keine änderung", " rien ", "aucune modification", " nada", "nenhuma alteração",
                           " nulla", "nessuna modifica", " niets ", "ingenting ", "inget har", "inga ändringar",
                           "nic nie", "żadnych zmian")
FOREIGN_NO_ACTION_HEADS = match_heads(re.compile(FOREIGN_NO_ACTION.pattern))  # its literals are lower-case
# Every match holds "n't " or " not " 3 or 4 characters in (didn't, have not): letters re.I matches only
# in either case, so found in the lower-cased text where the text has them.
NOTHING_DONE_ANCHORS = (("n't ", (3, 4)), (" not ", (3, 4)))


def _not_applied(text: str, low: str) -> bool:
    """`NOT_APPLIED.search(text)`, tried just before each "applied" or "executed" (every match holds one, 40
    characters in at most), not at every position of the answer."""
    return bool(windowed_matches(NOT_APPLIED, text, low, ("applied", "executed"), 40, 40))


def _says_foreign_no_action(text: str, low: str) -> bool:
    """`FOREIGN_NO_ACTION.search(text) is not None`, tried only where one of its heads starts: the
    case-insensitive search of a long answer costs milliseconds."""
    if not literal_safe(text, low):
        return FOREIGN_NO_ACTION.search(text) is not None
    match = FOREIGN_NO_ACTION.match
    return any(match(text, pos) is not None for head in FOREIGN_NO_ACTION_HEADS for pos in positions(low, head))


# Every word _says_no_action looks for, found in one pass over the lower-cased answer: a substring
# scan per word cost more than the checks they gate. (A CJK word is in the answer when it is in its
# lower-cased copy: lower-casing maps each character on its own and leaves CJK ones alone.)
NO_ACTION_GATES = (*CJK_NO_ACTION_WORDS, *FOREIGN_NO_ACTION_WORDS, "applied", "executed", "without merg",
                   "made any change", " anything", "no ", "not")
NO_ACTION_AUTOMATON = automaton(NO_ACTION_GATES)


@lru_cache(maxsize=8)  # is_generic and is_no_action_only ask about the same answer
def _says_no_action(text: str) -> bool:
    """`NO_ACTION.search(text) is not None`, trying it only where "no " or "not" starts (case aside): every
    match but one of "before anyone decides" (never tried here) starts so, and a find loop skips the rest
    faster than the case-insensitive search. ("nothing" would miss "nothıng": re.I takes "ı" for "i".)"""
    low = shared_lower(text)
    at = word_starts(NO_ACTION_AUTOMATON, NO_ACTION_GATES, low)
    if any(word in at for word in CJK_NO_ACTION_WORDS) and CJK_NO_ACTION.search(text):
        return True
    if REFUSAL.match(text):
        return True
    if any(word in at for word in FOREIGN_NO_ACTION_WORDS) and _says_foreign_no_action(text, low):
        return True
    if ("applied" in at or "executed" in at) and _not_applied(text, low):
        return True
    if "without merg" in at and NOT_MERGED.search(text):
        return True
    if "made any change" in at and NO_CHANGE_MADE.search(text):
        return True
    if " anything" in at and occurs(NOTHING_DONE, text, low, NOTHING_DONE_ANCHORS, len(low) == len(text)):
        return True
    if len(low) != len(text):  # offsets would not hold
        return NO_ACTION.search(text) is not None
    match = NO_ACTION.match
    for pos in at.get("no ", []) + at.get("not", []):
        if (found := match(text, pos)) is not None and not _partial(found, low):
            return True
    return False


# "so no repo access changes beyond org settings", "no other permission changes": the rest left alone, beside a change.
PARTIAL = re.compile(r"\s*(?:beyond|other than|except|apart from|besides|outside (?:of )?)\b")
# "Suspended the user pending the investigation. Data is retained; nothing deleted.": what was not done beside
# what was, a suspension rather than a deletion, not an answer that changed nothing; so too "I have removed: ... his
# membership. No account has been deleted yet": access taken away, the account itself kept.
SUSPENDED = re.compile(r"\b(?:suspended|disabled|locked|blocked|deactivated|archived|froze|frozen)\b|"
                       r"\b(?:i|we)(?:'ve|\u2019ve| have)?\s+(?:removed|revoked)\b")
# "User `PDEVLIN` unlocked and validity extended ... No role changes.": no access changed, beside an account step done.
ACCESS_UNCHANGED = re.compile(r"no (?:[\w-]+ )?(?:permissions?|access|role) changes?")
ACCOUNT_STEP = re.compile(r"\b(?:unlocked|re-?enabled|reactivated|suspended|disabled|deactivated|locked|reset|"
                          r"deleted|created)\b")


# A step of a timed plan: "- Mon 24 Feb: ...", "2. Day 3 — ...", "- 17:00 CET: ...", "* 2025-03-01: ...", "T-2: ...".
SCHEDULE_STEP = re.compile(
    rf"[ \t]*(?:[-*\u2022+]|\d{{1,2}}[.)])?[ \t]*\**[ \t]*(?:{WEEKDAY},?[ \t]+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{MONTH}|{MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?|20\d\d-[01]\d-[0-3]\d|"
    r"(?:day|week)[ \t]+\d{1,3}|t[-+]\d{1,3}[dh]?|[012]?\d:[0-5]\d)[^\n:]{0,30}?\**[ \t]*(?::|\u2014|\u2013|-[ \t])")
# A list item's line: "- moved the phones to the new site (no access change)".
LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+\u2022]|\d+[.)])[ \t]", re.M)


def _partial(found: re.Match[str], low: str) -> bool:
    """A no-change said of part of the answer only: "no other ...", "... beyond X", "nothing deleted" beside a
    suspension, "No access changes yet." in one dated step of a plan whose later steps make them, "(no access
    change)" said of one item of a list of steps, "alerts that fired 40 times with no action taken" said of events."""
    said = found.group(0).lower()
    yet = said.endswith(" yet") or low.startswith(" yet", found.end())
    return " other " in said or PARTIAL.match(low, found.end()) is not None \
        or _said_of_events(found, low) \
        or said.endswith(("deleted", "removed")) and SUSPENDED.search(low) is not None \
        or ACCESS_UNCHANGED.fullmatch(said) is not None and ACCOUNT_STEP.search(low) is not None \
        or yet and SCHEDULE_STEP.match(low, low.rfind("\n", 0, found.start()) + 1) is not None \
        or _item_aside(found, low) or _section_aside(found, low) \
        or yet and _runs_on_schedule(low)


# The answer booking its own run of the steps for a time: "Here's what I'll run tomorrow at 08:00 UTC once the change
# window opens"; not one asking first ("I'll apply it tomorrow if you approve").
RUNS_ON_SCHEDULE = head_first(r"\b(?:i|we)(?:'ll|\u2019ll| will| am going to| are going to) (?:run|apply|execute|make|"
                              r"carry out|push|roll out|action)\b(?:(?!\bif\b|\bonce you\b|\bwhen you\b)[^.\n]){0,60}?"
                              r"\b(?:tomorrow|tonight|at \d{1,2}[:.]\d\d|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                              r"(?:once|when) the (?:change |maintenance )?window opens|"
                              r"in (?:the|tonight's) (?:change |maintenance )?window)\b"
                              r"(?![^.\n]{0,60}\b(?:if|unless|once you|when you|after you)\b)")


def _runs_on_schedule(low: str) -> bool:
    return ("'ll " in low or "\u2019ll " in low or " will " in low or " going to " in low) \
        and RUNS_ON_SCHEDULE.search(low) is not None


# Events that happened with nobody acting on them: "alerts that fired 40 times last month with no action taken",
# "pages that triggered with no action taken". The no-action describes the noise, not what the answer did.
EVENTS = re.compile(r"\b(?:fired|firing|fires|triggered|paged|pages|alerts?|\d+ times)\b")


def _said_of_events(found: re.Match[str], low: str) -> bool:
    if not low.endswith("with ", 0, found.start()):
        return False
    sentence = max(low.rfind(". ", 0, found.start()), low.rfind("\n\n", 0, found.start()), 0)
    return EVENTS.search(low, sentence, found.start()) is not None


ITEM_STATUS = re.compile(r"[ \t]*[.!]?\**[ \t]*(?:\n|\Z)")  # the item's line ends with the no-change


def _item_aside(found: re.Match[str], low: str) -> bool:
    """The no-change on one item of a list of two or more steps, in parentheses or as the status closing a topic ("-
    Cost dashboard — no change."): that item's, not the answer's."""
    before = low[max(0, found.start() - 3): found.start()].rstrip()
    after = low[found.end(): found.end() + 3].lstrip()
    if not (before.endswith("(") and after.startswith(")") or ITEM_STATUS.match(low, found.end()) is not None
            and before.endswith(("\u2014", "\u2013", " -", ":"))):
        return False
    line = low.rfind("\n", 0, found.start()) + 1
    items = LIST_ITEM.findall(low)
    return LIST_ITEM.match(low, line) is not None and len(items) >= 2


HEADING = re.compile(r"^#{1,6}[ \t]+(?P<title>[^\n]*)", re.M)
# A section that speaks for the whole document: "## Outcome", "## Summary", "## Changes made", "## Next steps".
WHOLE_DOCUMENT = re.compile(r"\b(?:outcome|summary|status|result|conclusion|decision|actions?|changes?|next steps|"
                            r"resolution|tl;?dr|verdict|what (?:we|i) did)\b")


def _section_aside(found: re.Match[str], low: str) -> bool:
    """The no-change said of something else ("... alerts that fired 40 times with no action taken") under one heading
    of a document of three headed sections or more, a section not its opening nor its outcome: that topic's."""
    if "\n#" not in low or not low.endswith("with ", 0, found.start()):
        return False
    headings = list(HEADING.finditer(low))
    if len(headings) < 3 or found.start() < headings[1].start():
        return False
    own = next(h for h in reversed(headings) if h.start() < found.start())
    return WHOLE_DOCUMENT.search(own.group("title")) is None
