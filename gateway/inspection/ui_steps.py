"""Admin-console steps in prose: what a reviewer would click, tick or set in Okta, Entra, Google
Admin, ServiceNow or Jira. "Click **Assign people**", "Directory > Users > Add new user",
"untick **Active**", "Account enabled = Yes": the button or setting names the identity action."""

from __future__ import annotations

import re

from gateway.inspection.alternation import head_first
from gateway.inspection.hits import Hit
from gateway.inspection.keywords import Found
from gateway.inspection.lexicon import ACCESS_OBJ, LIFE_OBJ

_LABEL = (r"(?P<label>\*\*[^*\n]{2,48}\*\*|\*(?=[^*\n]{3,48}\*)[^*\s]+(?: [^*\s]+)+\*|"  # italics: two words or more
          r"\"[^\"\n]{2,48}\"|“[^”\n]{2,48}”|'[^'\n]{2,48}'|`[^`\n]{2,48}`|"
          r"«[^»\n]{2,48}»|[A-ZÀ-Ý][\w'-]*(?: [A-Za-zÀ-ÿ][\w'-]*){0,3})")
CLICK = re.compile(
    r"(?i:\b(?:click|select|press|tap|choose|hit|klicken Sie auf|klicke auf|wählen Sie|haz clic en|"
    r"pulsa|selecciona|cliquez sur|clique sur|clique em|clicca su|fai clic su|klik op|sélectionnez)\b)"
    r"(?:\s+(?i:on|the|auf|en|sur|le|la|em|no|na|su|op))*\s*"
    + _LABEL)
# the last step of a path in bold or in brackets ends at `**)` ("(**Admin → SCIM → Generate token**)")
CRUMB = re.compile(r"(?<=>)\s*" + _LABEL.replace("[A-ZÀ-Ý]", "[A-Za-zÀ-ÿ]")
                   + r"[ \t]*(?=>|(?:\*\*|__)?[)\].;,\n]|(?:\*\*|__)?$)")
TOGGLE = re.compile(
    r"(?i:\b(?:tick|untick|uncheck|toggle|switch (?:on|off)|turn (?:on|off)|deselect)\b)(?:\s+(?i:the))?\s*"
    + _LABEL + r"|(?i:\b(?:switch|turn|toggle|set)\b)(?:\s+(?i:the))?\s*"  # "switch **Active** off"
    + _LABEL.replace("(?P<label>", "(?P<label2>") + r"\s+(?i:off|on)\b")
# A setting being set ("Account enabled = Yes", "set Block sign-in to Yes"), not a status read out.
# A person's **Active** flag counts only when set: "set **Active** to *No*" (an "Active = No" column is read out).
SETTING = re.compile(
    r"(?i:(?P<set>\bset\s+(?:the\s+)?)?[*_`\"']{0,2}\b(?:account enabled|accountenabled|block sign-in|"
    r"sign-in blocked|account disabled|locked out|account locked|user must change password at next logon|"
    r"(?(set)(?P<active>active)|(?!)))\b)[*_`\"']{0,2}\s*"
    r"(?:=|(?(set)(?i:to)|(?!)))\s*[*_`\"']{0,2}(?i:yes|no|true|false|on|off|enabled|disabled|\$true|\$false)\b")

ACCESS_LABEL = re.compile(
    r"^(?:assign(?:ments?)?|assign (?:people|users?|groups?|roles?|to (?:people|groups))|add (?:members?|people|"
    r"owners?|users?|groups?|to group|role assignments?|assignments?|permissions?|collaborators?|roles?|maintainers?|"
    r"principals?)|grant(?: access| permissions?| admin consent)?|share|partager|compartilhar|compartir|condividi|"
    r"freigeben|teilen|delen|invite(?: users?| people| members?)?|"
    r"remove(?: members?| from group| access| assignments?| permissions?| owners?)?|unassign|make (?:owner|"
    r"admin\w*|manager)|edit permissions|mitglieder hinzufügen|zuweisen|asignar|añadir miembros|"
    r"ajouter des membres|attribuer|change (?:account type|(?:member )?role|access level|permission level)|"
    r"edit (?:member )?role)$", re.IGNORECASE)
LIFE_LABEL = re.compile(
    r"^(?:(?:de|re)?activate(?: users?| accounts?| members?)?|(?:un)?suspend(?: users?| accounts?| members?)?|"
    r"(?:delete|disable|enable|unlock|lock) (?:users?|accounts?|members?)|delete|disable|unlock|"
    r"reset (?:password|pin|mfa|"
    r"multi-?factor\w*|factors?|authenticators?|2fa)|block sign-in|revoke(?: sessions?| tokens?| keys?| "
    r"secrets?)?|new (?:users?|key|token|secret|client secret|api key|api token)|(?:add|create) (?:a )?"
    r"(?:new )?users?|create (?:token|key|api key|api token|secret|service account|client secret)|"
    r"(?:re)?generate (?:a )?(?:new )?(?:(?:hmac|auth|api|access|webhook|signing|client|app|jwt|bot|bearer) )?"
    r"(?:key|token|secret|password)s?|require re-?register\w*(?: [\w-]+){0,2}|"
    r"sign out|deprovision|offboard|import (?:users?|people)(?: from (?:a )?csv)?|"
    r"añadir (?:nuevo )?usuario|crear usuario|dar de (?:alta|baja)|"
    r"désactiver|supprimer|benutzer (?:hinzufügen|anlegen)|deaktivieren|sperren|active|locked(?: out)?|"
    r"account (?:enabled|disabled|locked)|password never expires|user must change password at next logon)$",
    re.IGNORECASE)
# Whose flag an **Active** setting is: a person's record in a directory, not a promotion or a feature flag.
PERSON_RECORD = re.compile(r"\b(?:users?|people|person|directory|members?|employees?|staff|contractors?|accounts?|"
                           r"profiles?|log ?in|sign ?in|logins?)\b", re.IGNORECASE)
# A role picked for a member ("change the role dropdown to **Maintainer**", "select **Workspace Admin**").
ROLE_SET = re.compile(
    r"(?i:\b(?:change|set|switch|update)\s+(?:the\s+|her\s+|his\s+|their\s+|its\s+)?(?:member\s+)?(?:role|account type|"
    r"access level|permission level|max(?:imum)? role)(?:\s+(?:dropdown|field|selector|menu|setting))?\s+(?:to|=))\s*"
    + _LABEL)
# A sharing level picked for someone being added ("Choisissez le rôle **Éditeur**", "Escolha **Leitor**"): only a
# level's name, and only where the answer shares or adds (a role in a play or an IDE's Editor pane is no level).
ROLE_PICK = re.compile(
    r"(?i:\b(?:choose|select|pick|choisissez|sélectionnez|escolha|selecione|elija|elige|seleccione|wählen sie|"
    r"scegli|seleziona|kies)\b)\s+(?i:(?:the|le|la|o|a|el|die|den|il|de|het)\s+)?"
    r"(?i:(?:role|rôle|rol|rolle|ruolo|papel|função|permission level|access level|niveau d'accès|nivel de acceso)\s+)?"
    + _LABEL)
LEVEL_LABEL = re.compile(
    r"^(?:editor|viewer|reader|commenter|contributor|co-?owner|owner|content manager|manager|author|member|"
    r"éditeur|lecteur|commentateur|propriétaire|leitor|comentador|proprietário|lector|comentarista|propietario|"
    r"lettore|commentatore|proprietario|bearbeiter|betrachter|leser|kommentator|eigentümer|beheerder|lezer|"
    r"bewerker|can (?:edit|view|comment)|peut (?:modifier|afficher|commenter)|pode (?:editar|ver|comentar)|"
    r"puede (?:editar|ver|comentar)|kann bearbeiten|può modificare)$", re.IGNORECASE)
PICK_GATES = ("choose", "select", "pick", "choisissez", "sélectionnez", "escolha", "selecione", "elija", "elige",
              "seleccione", "wählen", "scegli", "seleziona", "kies")
SHARING = re.compile(r"\b(?:shar\w+|partag\w+|compart\w+|condivi\w+|freigeb\w+|geteilt|teilen|delen|gedeeld|"
                     r"invit\w+|add|adding|ajout\w+|adicion\w+|añad\w+|aggiung\w+|hinzu\w*|voeg)\b|@", re.IGNORECASE)
ROLE_LABEL = re.compile(r"^(?:(?:workspace|org(?:ani[sz]ation)?|global|super|account|site|project|group|team|"
                        r"channel|primary)\s+)?(?:admin(?:istrator)?|owner|maintainer)$", re.IGNORECASE)
ROLE_CONTEXT = re.compile(r"\b(?:role|account type|access level|permission level|member(?:s|ship)?)\b", re.IGNORECASE)
ROLE_GATES = ("change", "set ", "switch", "update")
ROLE_WORDS = ("role", "account type", "access level", "permission level")
LOGIN_LABELS = ("give access", "login access", "allow login", "allow sign-in", "can log in", "login enabled",
                "sign-in allowed", "web access")
STATE_LABELS = ("active", "locked", "locked out", "account enabled", "account disabled", "account locked",
                "password never expires", "user must change password at next logon", "block sign-in")
CONTEXT = re.compile(r"\b(?:people|person|directory|console|portal|admin|profile|record|sys_user|members?|"
                     r"usuarios?|benutzer|utilisateurs?)\b", re.IGNORECASE)
# Where each pattern may start (found with str.find, then matched there: scanning a long answer
# with a case-insensitive regex at every position is what makes inspection slow).
CLICK_GATES = ("click", "select", "press", "tap", "choose", "hit ", "pick", "klicke", "wählen", "haz clic", "clicca",
               "fai clic", "klik ",
               "pulsa", "cliquez", "clique", "sélectionnez")
TOGGLE_GATES = ("tick", "untick", "uncheck", "toggle", "switch", "turn", "deselect", "set ")
SETTING_GATES = ("set ", "account enabled", "accountenabled", "block sign-in", "sign-in blocked",
                 "account disabled", "locked out", "account locked", "user must change")
# A newline that ends a click path's line: not one before a line that (after blanks) starts with ">".
LINE_BREAK = re.compile(r"\n(?![^\S\n]*>)")
# Consoles' breadcrumbs are also written with arrows ("Settings → Users & Teams → Edit permissions"): read as `>`.
ARROWS = str.maketrans({"→": ">", "›": ">"})


def _arrows_as_marks(text: str) -> str:
    """`text.translate(ARROWS)`: two replaces of one character by one, without a table look-up per character."""
    return text.replace("→", ">").replace("›", ">")


# A record's access tab and what is added on it ("on the **Clearances** tab add `CP - Lift Shop 24x7`").
TAB_STEP = re.compile(r"(?i:\b(?:on|in|under|open|to)\s+(?:the|its|her|his|their)\s+)" + _LABEL
                      + r"[ \t]+(?i:tab)\b[,;:]?\s+(?i:(?:and|then)\s+)?(?i:click\s+)?"
                      r"(?P<verb>(?i:add|remove|assign|unassign|grant|revoke|delete))\b")
TAB_LABEL = re.compile(r"^(?:(?:security |user |door |access )?groups?|roles?|clearances?|"
                       r"access(?: levels?| rights)?|"
                       r"permissions?|members? of|memberships?|entitlements?|privileges?|door groups?|licen[cs]es)$",
                       re.IGNORECASE)
TAB_WORDS = ("tab ", "tab,", "tab:", "tab;")
# ... or a user's section opened, without the word tab, and a named entry added there: "Open **Profiles** and add
# **Supervisor - Check-in**" (the labels in emphasis, a user's record in view)
SECTION_STEP = re.compile(r"\b(?i:open|select|go to)\s+(?:(?i:the|her|his|their)\s+)?(?P<label>\*\*[^*\n]{2,40}\*\*)"
                          r"(?:\s+(?i:tab|section|page))?(?:\s+(?i:and|then)|,)\s+(?i:click\s+)?"
                          r"(?P<verb>(?i:add|assign|remove|unassign))\s+(?:\*\*[^*\n]{2,60}\*\*|`[^`\n]{2,60}`)")
SECTION_LABEL = re.compile(r"^(?:user |security |access )?profiles$", re.IGNORECASE)  # TAB_LABEL's, or these
SECTION_WORDS = ("and add", "and assign", "and remove", "and unassign", "then add", "then assign", "then remove")
ADDED_ELSEWHERE = re.compile(r"\s+(?i:to|into)\s+(?:(?i:the|your|my|a)\s+)?(?!(?i:users?|her|his|their|account|"
                             r"member|profile)\b)")  # "... to the favourites": a list of things, not the user's
USER_IN_VIEW = re.compile(r"\b(?:users?|members?|accounts?|employees?|staff|agents?|her|his|their|användare\w*|"
                          r"gebruikers?|benutzer\w*|utilisat\w+|usuari[oa]s?|usuári[oa]s?|utent[ei])\b", re.IGNORECASE)
PERSON_NAMED = re.compile(r"[*_]?\b[A-ZÀ-Ý][a-zà-ÿ]+ [A-ZÀ-Ý][a-zà-ÿ'-]+\b[*_]")  # "*Elin Sjöberg*": a name in emphasis
# A box ticked or switched in a user's permissions: "turn on **Call Recordings** under Permissions"
UNDER_PERMISSIONS = re.compile(r"[*_\"'`]*\s+(?i:under|in|on)\s+(?:(?i:the|their|his|her)\s+)?[*_]*"
                               r"(?i:permissions|roles?|access(?: rights)?|privileges|entitlements)\b")

# every PERMISSION_TICK match holds one (lower-cased)
# ... or a right ticked by its name, someone's record open: "kryssar i behörigheten **Lön**", "tick the permission
# **Approve payroll**"
TICKED_RIGHT = re.compile(r"\b(?:tick|select|kryssa[rd]? i|bocka[rd]? i|cochez|marca|marque|zaznacz\w*)\s+"
                          r"(?:the |la |le |o |a |het |de )?(?:permission|right|role|behörigheten|rättigheten|rollen|"
                          r"permiso|droit|rôle|permissão|função|uprawnienie|rolę)\s+[*_\"'`]", re.IGNORECASE)
RIGHT_GATES = ("tick", "select ", "kryssa", "bocka", "cochez", "marca", "marque", "zaznacz")
TICK_GATES = ("tick", "check the boxes", "uncheck", "häkchen", "cochez", "casillas", "desmarca", "caixas", "vink",
              "accept request", "approve request", "kryssa", "bocka", "zaznacz", "odznacz")
GATES = CLICK_GATES + TOGGLE_GATES + SETTING_GATES + (" > ", ">**", " → ", " › ")
# what ui_hits looks up in its `found` (keywords.Vocabulary)
WORDS = GATES + ROLE_GATES + ROLE_WORDS + TICK_GATES + TAB_WORDS + PICK_GATES + SECTION_WORDS + RIGHT_GATES


# A button named in emphasis on a numbered or bulleted step, with no verb before it ("2. Under *Security*,
# **Generate new HMAC key**", "1. Settings → API Access → *Generate new Auth Token* for merchant X").
EMPHASIS = re.compile(r"(?<![*\w])(\*\*?)(?P<label>[^*\n]{2,48}?)\1(?![*\w])")
STEP_LINE = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]")


def _emphasis_hits(text: str) -> list[Hit]:
    hits = []
    for m in EMPHASIS.finditer(text):
        label = _clean(m.group("label"))
        if " " not in label or not (ACCESS_LABEL.match(label) or LIFE_LABEL.match(label)):
            continue  # one word ("**Revoke**") is as often a reviewer's verdict as a button
        line_start = text.rfind("\n", 0, m.start()) + 1
        if STEP_LINE.match(text, line_start) is None:
            continue
        kind = _classify(label, text[max(0, m.start() - 160): m.end() + 160], False)
        if kind:
            hits.append(Hit(kind, m.start(), m.end(), 0.7, _action(kind, label), rule="ui-step-button"))
    return hits


def _tab_hits(text: str, found: Found) -> list[Hit]:
    hits = []
    for pos in found.positions(TAB_WORDS):
        m = TAB_STEP.search(text, max(0, pos - 80), pos + 40)
        if m and m.start("verb") > pos and TAB_LABEL.match(_clean(m.group("label"))):
            action = "revoke" if m.group("verb").lower() in ("remove", "unassign", "revoke", "delete") else "grant"
            hits.append(Hit("access_change", m.start(), m.end(), 0.7, action, rule="ui-tab"))
    return hits


def _section_hits(text: str, found: Found) -> list[Hit]:
    hits = []
    for pos in found.positions(SECTION_WORDS):
        m = SECTION_STEP.search(text, max(0, pos - 70), pos + 90)
        label = _clean(m.group("label")) if m else ""
        if m and m.start("verb") > pos and (TAB_LABEL.match(label) or SECTION_LABEL.match(label)) \
                and USER_IN_VIEW.search(text, max(0, m.start() - 400), m.end() + 120) \
                and not ADDED_ELSEWHERE.match(text, m.end()):
            action = "revoke" if m.group("verb").lower() in ("remove", "unassign") else "grant"
            hits.append(Hit("access_change", m.start(), m.end(), 0.7, action, rule="ui-section"))
    return hits


def _someone_in_view(text: str, m: re.Match[str]) -> bool:
    """A user or a named person within a few lines of the match."""
    start, end = max(0, m.start() - 300), m.end() + 200
    return USER_IN_VIEW.search(text, start, end) is not None or PERSON_NAMED.search(text, start, end) is not None


def _clean(label: str) -> str:
    return " ".join(label.strip("*\"'`“”«» ").split())


def _classify(label: str, window: str, toggle: bool) -> str | None:
    if toggle and label.lower() in ("enabled", "disabled"):  # "select `hyd_sreddy` ... uncheck **Enabled**"
        return "lifecycle" if ACCOUNT_WORD.search(window) and not SWITCHED_THING.search(window) else None
    if toggle and label.lower().startswith(("activate users", "activate accounts")):
        return "lifecycle"  # "tick *Activate users after import*": the imported accounts go live
    if toggle and label.lower() in LOGIN_LABELS:  # NetSuite's "Give Access" on an employee: their login on or off
        return "lifecycle" if ACCOUNT_WORD.search(window) or CONTEXT.search(window) else None
    if toggle and label.lower() not in STATE_LABELS and not label.lower().startswith("account "):
        return None
    if ACCESS_LABEL.match(label) or ROLE_LABEL.match(label) and ROLE_CONTEXT.search(window):
        kind = "access_change"
    elif label.lower() == "activate" and JUST_IN_TIME.search(window):
        return "access_change"  # an eligible role activated in PIM: the role held for hours, not an account switched on
    elif LIFE_LABEL.match(label):
        kind = "lifecycle"
    else:
        return None
    if " " in label and not label.lower().startswith(("delete", "disable", "remove", "unlock", "revoke")):
        return kind
    low = window.lower()
    identity = ACCESS_OBJ.search(low) or LIFE_OBJ.search(low) or CONTEXT.search(low)
    return kind if identity else None


JUST_IN_TIME = re.compile(r"\b(?:privileged identity management|PIM|eligible (?:role|assignment)s?|my roles|"
                          r"just-in-time|JIT)\b", re.IGNORECASE)
SPREADSHEET = re.compile(r"\b(?:cells?|worksheets?|spreadsheets?|excel|format cells|protect sheet|sheet protection|"
                         r"themes?|plugins?|extensions?)\b", re.IGNORECASE)  # toggles of things, not accounts
# Whether a bare Enabled / Disabled box is a user's: a user word near it and no other thing switched
ACCOUNT_WORD = re.compile(r"\b(?:users?|accounts?|members?|employees?|logins?)\b", re.IGNORECASE)
SWITCHED_THING = re.compile(r"\b(?:feature|flag|webhook|rule|policy|plugin|integration|connector|job|schedule|"
                            r"alert|notification|setting|option|service|trigger|workflow|sync)s?\b", re.IGNORECASE)
# A software licence's seat activated or deactivated on a machine ("Find the seat bound to PC-07 and choose Deactivate")
LICENSING = re.compile(r"\b(?:licen[cs]es?|licen[cs]ing|seats?|product keys?|activation keys?)\b", re.IGNORECASE)


def ui_hits(text: str, found: Found) -> list[Hit]:
    """Hits for console steps: buttons, breadcrumbs, checkboxes and settings naming an identity action
    (`found`: where the WORDS occur in the lower-cased text)."""
    hits: list[Hit] = [Hit("access_change", m.start(), m.end(), 0.7, "grant", rule="ui-role")
                       for m in found.matches(ROLE_SET, text, ROLE_GATES)] if found.any(ROLE_WORDS) else []
    if "*" in text:
        hits += _emphasis_hits(text)
    for m in found.matches(ROLE_PICK, text, PICK_GATES) if found.any(PICK_GATES) else ():
        if LEVEL_LABEL.match(_clean(m.group("label"))) and SHARING.search(text, max(0, m.start() - 300), m.end() + 200):
            hits.append(Hit("access_change", m.start(), m.end(), 0.7, "grant", rule="ui-level"))
    if found.any(TAB_WORDS):
        hits += _tab_hits(text, found)
    if found.any(SECTION_WORDS):
        hits += _section_hits(text, found)
    if found.any(RIGHT_GATES):
        hits += [Hit("access_change", m.start(), m.end(), 0.7, "grant", rule="ui-ticked-right")
                 for m in found.matches(TICKED_RIGHT, text, RIGHT_GATES) if _someone_in_view(text, m)]
    if not found.any(GATES):
        return hits
    for pattern, toggle, gates in ((CLICK, False, CLICK_GATES), (TOGGLE, True, TOGGLE_GATES)):
        for m in found.matches(pattern, text, gates):
            label = _clean(m.group("label") or m.group("label2") if toggle else m.group("label"))
            window = text[max(0, m.start() - 160): m.end() + 160]
            if SPREADSHEET.search(window) and (toggle or label.lower() in ("activate", "deactivate")):
                continue  # "Format Cells > Protection > untick Locked": a cell, not an account
            if label.lower() in ("activate", "deactivate") and LICENSING.search(window) \
                    and not ACCOUNT_WORD.search(window):
                continue
            kind = _classify(label, window, toggle)
            if kind is None and toggle and UNDER_PERMISSIONS.match(text, m.end()):
                kind = "access_change"  # "turn on **Call Recordings: Listen & Download** under Permissions"
            if kind:
                hits.append(Hit(kind, m.start(), m.end(), 0.7, _action(kind, label), rule="ui-step"))
    crumbs = _arrows_as_marks(text) if "→" in text or "›" in text else text  # the same offsets
    if " > " in crumbs or ">**" in crumbs:
        lines = _crumb_lines(crumbs)
        if found.any(TICK_GATES):
            hits += _permission_page_hits(crumbs, lines)
        for line in lines:
            for m in CRUMB.finditer(crumbs, *line):
                label = _clean(m.group("label"))
                kind = _classify(label, crumbs[line[0]:line[1]], False)
                if kind:
                    hits.append(Hit(kind, m.start(), m.end(), 0.7, _action(kind, label), rule="ui-path"))
    for m in found.matches(SETTING, text, SETTING_GATES):
        if m.group("active") and not PERSON_RECORD.search(text, max(0, m.start() - 300), m.end() + 300):
            continue  # "set `active` to false" on a promotion or a feature flag: no person's record
        hits.append(Hit("lifecycle", m.start(), m.end(), 0.7, "modify", rule="ui-setting"))
    return hits


# A console's page of someone's permissions, reached by a click path ("Settings → Users and permissions → Aiyana"),
# where boxes are ticked or a collaborator's request accepted: the ticked boxes are the access given.
PERMISSION_PAGE = head_first(r"\b(?:users? (?:and|&) permissions|(?:nutzer|benutzer) und berechtigungen|"
                             r"usuarios y permisos|utilisateurs et (?:autorisations|permissions)|"
                             r"utilizadores e permissões|usuários e permissões|gebruikers en machtigingen|"
                             r"(?:edit |manage )?permissions|berechtigungen|collaborators|permisos|"
                             r"behörighete[rn]|rättigheter|tilganger|rettigheter|uprawnienia)\b", re.IGNORECASE)
PERMISSION_TICK = head_first(r"\b(?:tick|untick|check the boxes|uncheck|häkchen (?:setzen|entfernen)|"
                             r"(?:setzen|entfernen) sie (?:die |das )?häkchen|cochez|décochez|marca(?:r)? las casillas|"
                             r"desmarca|marque as caixas|vink\w*\b[^.\n>]{0,80}?\baan|accept request|approve request|"
                             r"kryssa[rd]? (?:i|ur)|bocka[rd]? (?:i|ur)|zaznacz\w*|odznacz\w*)\b", re.IGNORECASE)

# ... or its tab, opened as a step of a path: "Permissions tab → tick **Download original**"
PERMISSION_TAB = head_first(r"\b(?:permissions?|berechtigungen|permisos|autorisations|permissões|machtigingen|"
                            r"access rights|roles?) tab\s*>|"
                            # "tabblad **Rollen** →", "onglet *Rôles* >"
                            r"\b(?:tabblad|registerkarte|reiter|onglet|pestaña|aba|scheda|fliken)\s+[*_\"'`]*"
                            r"(?:rollen|rechten|machtigingen|berechtigungen|rôles|autorisations|roles|permisos|"
                            r"funções|permissões|ruoli|permessi|roller|behörigheter)\b[*_\"'`]*\s*>", re.IGNORECASE)


def _permission_page_hits(text: str, lines: list[tuple[int, int]]) -> list[Hit]:
    """Boxes ticked on someone's permissions page, reached by one of the click paths in `lines`."""
    page = next((m for start, end in lines if (m := PERMISSION_PAGE.search(text, start, end))), None) \
        or PERMISSION_TAB.search(text)
    tick = PERMISSION_TICK.search(text) if page else None
    if tick is None:
        return []
    return [Hit("access_change", page.start(), page.end(), 0.7, "modify", rule="ui-permission-boxes")]


def _crumb_lines(text: str) -> list[tuple[int, int]]:
    """Lines holding a click path: two or more `>` separators (a shell redirect has one); a path
    wrapped onto the next line ("... > **More Actions**\n> **Deactivate**") stays one line. Only
    the lines around a `>` are delimited (the same lines, in order)."""
    lines: list[tuple[int, int]] = []
    pos = text.find(">")
    while pos != -1:
        brk = text.rfind("\n", 0, pos)
        while brk != -1 and LINE_BREAK.match(text, brk) is None:
            brk = text.rfind("\n", 0, brk)
        start = brk + 1
        after = LINE_BREAK.search(text, pos)
        end = len(text) if after is None else after.start()
        if text.count(">", start, end) >= 2 and "->" not in text[start:end] and ">>" not in text[start:end]:
            lines.append((start, end))
        pos = text.find(">", end)
    return lines


def _action(kind: str, label: str) -> str:
    low = label.lower()
    if kind == "access_change":
        return "revoke" if low.startswith(("remove", "unassign")) else "grant"
    if low.startswith(("reset", "unlock", "require", "revoke", "generate", "new", "create token")):
        return "reset"
    if low.startswith(("add", "create", "new", "enable", "activate", "reactivate", "añadir", "crear",
                       "dar de alta", "benutzer")):
        return "create"
    if low.startswith(("delete", "supprimer")):
        return "delete"
    return "disable"
