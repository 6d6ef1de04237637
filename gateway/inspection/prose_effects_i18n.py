"""Identity changes told by their effect, in French, Spanish, Portuguese, Italian, German and Swedish:
a share or a condition widened to everyone ("désormais accessible à toute l'organisation"), a group
that now gets access ("får också tillgång till appen"), a user moved into another OU, a role field
switched from one value to another, a leaver's files handed to the manager, a sign-in that no longer
works ("deixa de conseguir entrar"), a reviewer's word ("vi intygar att ...", "Parecer: uso
justificado") and a review's removal line ("Entzug für Herrn ...")."""

from __future__ import annotations

import re

from gateway.inspection.compiled import compiled
from gateway.inspection.hits import Hit
from gateway.inspection.keywords import Found
from gateway.inspection.windows import anchored_matches, matches_near

_CLAUSE = r"(?:[^.;!?\n]|\.(?=\w))"  # a dot inside a login or a file name stays in the clause
NOW = re.compile(r"(?<!\w)(?:désormais|dorénavant|maintenant|ahora|agora|adesso|ora|jetzt|nun|ab sofort|nu)(?!\w)")
NOW_WORDS = ("désormais", "dorénavant", "maintenant", "ahora", "agora", "adesso", "ora", "jetzt", "nu", "ab sofort")
_ANY_WORDS = (r"tout|toute|tous|toutes|n'importe quel\w*|todo|toda|todos|todas|cualquier\w*|qualquer|tutti|tutte|"
              r"tutta|ogni|qualsiasi|chiunque|jede[rsn]?|alle|varje|alla|samtliga")
_ANY = rf"(?<!\w)(?:{_ANY_WORDS})(?!\w)"
_CAN = (r"(?<!\w)(?:peu(?:t|vent) (?:lire|accéder|modifier|écrire|consulter|voir)|pued(?:e|en) (?:leer|acceder|"
        r"editar|modificar|ver)|pode(?:m)? (?:ler|acessar|aceder|editar|modificar|ver)|(?:può|possono) (?:leggere|"
        r"accedere|modificare|vedere)|(?:kann|können) [^.;!?\n]{0,40}?(?:lesen|zugreifen|bearbeiten)|kan (?:läsa|"
        r"komma åt|redigera))(?!\w)")
_OPEN_TO = (r"(?<!\w)(?:accessibles?|accesibles?|acessíve(?:l|is)|accessibil[ei]|zugänglich|tillgängliga?) "
            rf"(?:à|a|para|per|für|för) [*_]{{0,2}}(?:{_ANY_WORDS})(?!\w)")
WIDENED = re.compile(rf"{_ANY}{_CLAUSE}{{0,80}}?{_CAN}|{_OPEN_TO}")
GETS = re.compile(r"(?<!\w)(?:f(?:år|ått) [^.;!?\n]{0,20}?(?:tillgång|åtkomst|behörighet|adgang|tilgang)|"
                  r"passam? a ter acesso|"
                  r"obtien(?:e|en|t|nent) (?:el |l'|un )?acc[eè]s\w*|ottien(?:e|gono) (?:l')?accesso|"
                  r"(?:erhält|erhalten|bekommt|bekommen) [^.;!?\n]{0,20}?(?:zugriff|\w*berechtigung\w*|"
                  r"(?:lese|schreib|zugriffs|zugangs|admin|administrator|bearbeitungs|ausführungs|änderungs|lösch|"
                  r"voll|owner|besitzer)-?rechte?))(?!\w)")  # "bekommen das Schreibrecht", not "Urlaubsrecht"
# "Jonas ist jetzt in der Gruppe", "Kasia ma teraz uprawnienia admina": someone now in a group or holding a right
NOW_HOLDS = re.compile(r"(?<!\w)(?:jetzt|nun|maintenant|désormais|ahora|agora|ora|nu|teraz)(?: [^.;!?\n]{1,14}?)? "
                       r"(?:in der gruppe|mitglied|dans le groupe|membre|en el grupo|no grupo|nel gruppo|in de groep|"
                       r"lid van|i gruppen|medlem|w grupie|uprawnieni\w*|dostęp\w*|zugriff|\w*rechte|accès|acceso|"
                       r"acesso|accesso|toegang|tillgång|åtkomst|\w*behörighet)(?!\w)|"
                       # the access first: "Dostęp do poczty ma teraz jego przełożona", "Zugriff hat jetzt ..."
                       r"(?<!\w)(?:dostęp|zugriff|toegang|tillgång|åtkomst)(?: [^.;!?\n]{1,30}?)? (?:ma|mają|hat|haben|"
                       r"heeft|hebben|har) (?:teraz|jetzt|nun|nu)(?!\w)")
_USER = (r"(?<!\w)(?:utente|usuario|usuário|utilisateur|benutzer\w*|användare\w*|account|cuenta|conta|compte|"
         r"konto)(?!\w)")
_MOVED = r"(?<!\w)(?:spostat[oa]|movid[oa]|mov[ií]|moveu|déplacée?|verschoben|flyttat|flyttade)(?!\w)"
MOVED = re.compile(rf"{_MOVED}{_CLAUSE}{{0,40}}?{_USER}{_CLAUSE}{{0,60}}?(?<!\w)(?:ou|gruppo|grupo|groupe|gruppe|"
                   rf"gruppen)(?!\w)")
SWITCHED = re.compile(
    r"(?<!\w)(?:grupo de seguridad|grupo de segurança|groupe de sécurité|gruppo di sicurezza|sicherheitsgruppe|"
    r"rol|rolle|ruolo|papel|perfil|profil[oe]?|rôle|behörighetsgrupp)(?!\w)" + _CLAUSE + r"{0,40}?"
    r"(?<!\w)(?:cambi[ae]|cambie|cambiar|camb[ié]|mud[ea]|mudar|mudei|alter[ea]|changez?|changé|modifiez?|"
    r"ändere|ändern|geändert|ändra|ändrade|cambiato)(?!\w) (?:de|da|von|du|från) \S{1,40}? "
    r"(?:a|para|à|au|in|zu|auf|en|till) \S")
_HELD = (r"(?<!\w)(?:onedrive|boîte aux lettres|boîte mail|messagerie|fichiers|buzón|archivos|caixa de correio|"
         r"arquivos|casella di posta|postfach|dateien|postlåda|filer)(?!\w)")
_BOSS = (r"(?:(?:son|sa|su|seu|sua|suo|seine[nm]?|ihre[nm]?|sin|hans|hennes) )?(?:responsable|manager|gestor\w*|"
         r"supérieur\w*|responsabile|vorgesetzt\w*|chef\w*|jef[ea]|superior|m\.|mme|sr\.|sra\.|herrn?|frau)(?!\w)")
HANDED = re.compile(rf"{_HELD}{_CLAUSE}{{0,40}}?(?<!\w)(?:transférée?s?|transferid[oa]s?|trasferit[oaie]|"
                    rf"übertragen|överför(?:s|da|t)|déléguée?s?|delegad[oa]s?|delegat[oaie])(?!\w){_CLAUSE}{{0,30}}?"
                    rf"(?<!\w)(?:à|a|al|ao|alla|an|till) {_BOSS}")
LOGIN_ENDS = re.compile(r"(?<!\w)(?:deixa(?:m)? de (?:conseguir|poder) (?:entrar|acessar|fazer login)|"
                        r"ya no (?:puede|podrá|pueden|podrán) (?:iniciar sesión|entrar|acceder)|"
                        r"ne (?:peut|pourra|peuvent|pourront) plus se connecter|"
                        r"non (?:può|potrà|possono|potranno) più (?:accedere|entrare)|"
                        r"(?:kann|können) sich nicht mehr anmelden|kan inte längre logga in)(?!\w)")
# the speaker certifies ("vi intygar att ...", "jag har gått igenom ... och intygar att ...");
# "chefer bekräftar att ..." describes the process
ATTESTS = re.compile(r"(?<!\w)(?:(?:vi|jag|jeg|och|og) (?:härmed |herved |også |också |även )?"
                     r"(?:intygar|intyger|bekräftar|bekrefter|bekræfter)|(?:intygar|intyger|bekräftar|bekrefter|"
                     r"bekræfter) (?:jag|vi|jeg)(?: härmed| herved)?) att?(?!\w)" + _CLAUSE +
                     r"{0,120}?(?<!\w)(?:behöver|behov|behörighet\w*|åtkomst|rättighet\w*|tilgang\w*|adgang\w*)"
                     r"|(?<!\w)(?:parecer|dictamen|conclusão|conclusión|avis|esito)\s*:\s*\**\s*(?:uso|utilização|"
                     r"utilisation|utilizzo) (?:\w+ )?(?:justificad[oa]|legítim[oa]|autorizad[oa]|adequad[oa]|"
                     r"justifiée?|giustificat[oa]|legittim[oa])(?!\w)")
# an account taken out of the sign-in rules that apply to everyone: "Kontot är undantaget från MFA via den villkorliga
# åtkomstpolicyn", "the account is excluded from conditional access" (LABELS.md: a condition changed is access)
EXEMPTED = re.compile(r"(?<!\w)(?:excluded|exempted|exempt|undantag(?:en|et|na)?|uitgezonderd|exclue?s?|excluid[oa]s?|"
                      r"esclus[oa]) (?:från|from|van|de|da|dalla|dal|del) (?:the |la |le |den |het |de |l')?"
                      r"(?:mfa|2fa|multi-?factor|conditional access|villkorlig\w*|tvåfaktor\w*|voorwaardelijke|"
                      r"accès conditionnel|acceso condicional|accesso condizionale)(?!\w)"
                      r"(?! (?:\w+ ){0,2}(?:logs?|reports?|evaluation|metrics|dashboards?|statistics)(?!\w))")
# a sharing link made or swapped for a scope and a level: "replaced it with a *Specific people* link for the outreach
# team (8 people, can edit)", "created a People in Contoso link (can view)"
LINK_SCOPED = re.compile(r"(?<!\w)(?:replaced|created|made|set up|changed|switched|added|sent|generated|issued)(?!\w)"
                         r"[^.;\n]{0,60}?(?<!\w)(?:an?|the|new) [*_\"“]{0,2}"
                         r"(?:specific people|people in [^*_\"”\n]{1,40}?|"
                         r"anyone(?: with the link)?|people with existing access)[*_\"”]{0,2} (?:sharing )?link(?!\w)"
                         r"[^.;\n]{0,80}?(?<!\w)(?:can (?:edit|view|comment)|edit|view)(?!\w)")
# someone moved between two groups named in code, as a dynamic rule or a sync does: "this also moves him out of
# `Crew-CoralVoyager-All` ... and into `Crew-AuroraMeridian-All`"
GROUP_MOVE = re.compile(r"(?<!\w)(?:moves?|moved|moving) (?:him|her|them|the user|the account|the member|each user) "
                        r"(?:out of|from) (?:the )?`(?!rg-)[a-z][\w &-]{1,60}`[^.;\n]{0,120}?(?<!\w)(?:and )?in(?:to)? "
                        r"(?:the )?`(?!rg-)[a-z][\w &-]{1,60}`")  # a group's name, not a resource group's or a path
# members counted out of a channel, a space or a team: "Removed the 41 general pharmacy members who had joined it"
MEMBERS_OUT = re.compile(r"(?<!\w)(?:removed|kicked out|kicked|removing) (?:the |all |all the )?(?:\d+|all) "
                         r"(?:[\w-]+ ){0,3}(?:members|participants|guests|collaborators)(?!\w)"
                         r"(?! (?:of|from) (?:the |our |a )?(?:mailing|distribution|newsletter|choir|club|roster))")
# a plan's step named by its noun: "removal from the groups `SALES-KAM` and `CRM-Approvers`", "rimozione dai gruppi
# `X`", "Entfernung aus der Gruppe **Y**": someone taken out of a named group or role
_NAMED_THING = r"(?:`[^`\n]{2,60}`|\*\*[^*\n]{2,60}\*\*|\"[^\"\n]{2,60}\"|\bcn=)"
_GROUP_NOUN = (r"(?:groups?|gruppi|gruppo|gruppe|gruppen|groupes?|grupos?|groep(?:en)?|grupp(?:en|er)?|grup[ay]?|"
               r"ruoli|ruolo|rollen?|rôles?|rol(?:es)?)(?!\w)")
UNGROUPED = re.compile(r"(?<!\w)(?:removal|rimozione|entfernung|retrait|eliminación|remoción|remoção|verwijdering|"
                       r"borttagning|usunięcie)(?: (?:of (?:him|her|them|the user|the account)|"
                       r"dell'utente|des benutzers|de l'utilisateur|del usuario))? "
                       r"(?:from|dai|dal|dalla|dalle|da|aus|du|des|de|del|de los|de las|do|dos|uit|från|z)"
                       r"(?: (?:the|der|den|dem|la|le|les|el|los|las|o|os|het|l'))? ?"
                       r"(?:(?:[\w-]+ )?" + _GROUP_NOUN + r"[ \t:]{1,3}(?:named |called )?" + _NAMED_THING
                       + r"|" + _NAMED_THING + r"[^.;\n ]{0,58}(?: (?:security|ad|entra|okta|google|ldap))? "
                       + _GROUP_NOUN + r")")
REMOVAL = re.compile(r"(?<!\w)\**(?:Entzug|Widerruf|Retrait|Révocation|Revocación|Revogação|Revoca)\**\s+"
                     r"(?:für|bei|pour|para|per)\s+(?:Herrn?|Frau|M\.|Mme|Sr\.|Sra\.|[A-ZÄÖÜÉ]\w+\s+[A-ZÄÖÜÉ]\w+)")
SPEAKER = re.compile(r"(?<!\w)(?:jag|vi|jeg)(?!\w)")
NEGATED = re.compile(r"(?<!\w)(?:ne|no|não|non|nicht|kein\w*|inte|ingen|ikke)(?!\w)|(?<!\w)n'(?=\w)")
RULES = (("WIDENED", WIDENED, "access_change", "grant", "prose-widened-i18n"),
         ("GETS", GETS, "access_change", "grant", "prose-gets-access-i18n"),
         ("NOW_HOLDS", NOW_HOLDS, "access_change", "grant", "prose-now-holds-i18n"),
         ("MOVED", MOVED, "access_change", "modify", "prose-moved-ou-i18n"),
         ("SWITCHED", SWITCHED, "access_change", "modify", "prose-role-switched-i18n"),
         ("HANDED", HANDED, "access_change", "grant", "prose-files-handed-i18n"),
         ("LOGIN_ENDS", LOGIN_ENDS, "lifecycle", "disable", "prose-login-ends-i18n"),
         ("ATTESTS", ATTESTS, "attestation", "attest", "attest-effects-i18n"),
         ("EXEMPTED", EXEMPTED, "access_change", "modify", "prose-exempted"),
         ("LINK_SCOPED", LINK_SCOPED, "access_change", "grant", "prose-link-scoped"),
         ("GROUP_MOVE", GROUP_MOVE, "access_change", "modify", "prose-group-move"),
         ("MEMBERS_OUT", MEMBERS_OUT, "access_change", "revoke", "prose-members-out"),
         ("UNGROUPED", UNGROUPED, "access_change", "revoke", "prose-removal-from-group"))
# The words each rule's matches start with (lower-cased): the rule is tried only where one occurs.
STARTS = {
    "WIDENED": ("tout", "n'importe", "todo", "toda", "cualquier", "qualquer", "tutt", "ogni", "qualsiasi", "chiunque",
                "jede", "alle", "varje", "alla", "samtliga", "accessib", "accesib", "acessíve", "zugänglich",
                "tillgängl"),
    "GETS": ("får", "fått", "passa", "obtien", "ottien", "erhält", "erhalten", "bekommt", "bekommen"),
    "NOW_HOLDS": ("jetzt", "nun", "maintenant", "désormais", "ahora", "agora", "ora", "nu", "teraz", "dostęp",
                  "zugriff", "toegang", "tillgång", "åtkomst"),
    "MOVED": ("spostat", "movid", "movi", "moví", "moveu", "déplac", "verschoben", "flytta"),
    "SWITCHED": ("grupo de seg", "groupe de s", "gruppo di s", "sicherheitsgruppe", "rol", "ruolo", "papel", "perfil",
                 "profil", "rôle", "behörighetsgrupp"),
    "HANDED": ("onedrive", "boîte", "messagerie", "fichiers", "buzón", "archivos", "caixa", "arquivos", "casella",
               "postfach", "dateien", "postlåda", "filer"),
    "LOGIN_ENDS": ("deixa", "ya no", "ne p", "non p", "kann", "können", "kan inte"),
    "ATTESTS": ("vi ", "jag ", "jeg ", "och ", "og ", "intygar ", "intyger ", "bekräftar ", "bekrefter ",
                "bekræfter ", "parecer", "dictamen", "conclus", "avis", "esito"),
    "EXEMPTED": ("excluded", "exempt", "undantag", "uitgezonderd", "exclu", "excluid", "esclus"),
    "LINK_SCOPED": ("replaced", "created", "made", "set up", "changed", "switched", "added", "sent", "generated",
                    "issued"),
    "GROUP_MOVE": ("move", "moving"),
    "MEMBERS_OUT": ("removed ", "kicked", "removing "),
    "UNGROUPED": ("removal", "rimozione", "entfernung", "retrait", "eliminación", "remoción", "remoção", "verwijdering",
                  "borttagning", "usunięcie"),
}
# The rules every match of which starts with one of their STARTS (not WIDENED: "tous" is none of them).
FULLY_STARTED = frozenset(("GETS", "MOVED", "SWITCHED", "HANDED", "LOGIN_ENDS", "ATTESTS", "EXEMPTED", "LINK_SCOPED",
                           "GROUP_MOVE", "MEMBERS_OUT"))
# (UNGROUPED is tried near its words too: its optional parts are too many to enumerate its heads)
GATES = ("désormais", "dorénavant", "maintenant", "ahora", "agora", "adesso", "ora", "jetzt", "nun", "sofort",
         "teraz", "får", "fått",
         "passa", "obtien", "ottien", "erhält", "erhalten", "bekommt", "bekommen", "spostat", "movid", "movi",
         "moví", "moveu", "déplac", "verschoben", "flytta", "cambi", "camb", "mud", "alter", "chang", "modifi", "ändr",
         "änder", "transf", "trasferit",
         "übertragen", "överför", "délégu", "delega", "deixa", "ya no", "plus se", "più", "nicht mehr", "inte längre",
         "intyg", "bekr", "parecer", "dictamen", "conclus", "avis", "esito", "tillgängl", "accessib", "accesib",
         "acessív", "zugänglich", *STARTS["EXEMPTED"], *STARTS["GROUP_MOVE"], *STARTS["MEMBERS_OUT"],
         *STARTS["UNGROUPED"],
         "specific people", "people in ", "anyone with", "existing access")  # LINK_SCOPED's link, not its verb
REMOVAL_GATES = ("entzug", "widerruf", "retrait", "révocation", "revocación", "revogação", "revoca")


# Every word effect_hits looks up in its `found` (keywords.Vocabulary).
WORDS = GATES + REMOVAL_GATES + NOW_WORDS + sum(STARTS.values(), ())


def effect_hits(text: str, low: str, found: Found) -> list[Hit]:
    """Hits for the rules above (`low`: `text` lower-cased, same length; `found`: where WORDS occur in
    `low`); one per rule."""
    hits: list[Hit] = []
    if found.any(GATES):
        for name, pattern, kind, action, rule in RULES:
            if pattern is WIDENED and not any(NOW.match(low, pos) for pos in found.positions(NOW_WORDS)):
                continue  # "todos los usuarios pueden ver su perfil": how things are, not what changed
            places = found.positions(STARTS[name])
            for m in anchored_matches(pattern, low, places, places, 0, 300) if name in FULLY_STARTED \
                    else matches_near(pattern, low, places, 0, 300):
                line_start = max(low.rfind("\n", 0, m.start()), low.rfind(". ", 0, m.start()) + 1, 0)
                before = low[line_start: m.start()]
                if low.find("?", m.end(), m.end() + 40) != -1 or \
                        (pattern is not LOGIN_ENDS and NEGATED.search(before + m.group(0))) or \
                        compiled(r"(?<!\w)(?:du|ni|you)\s*$").search(before) or \
                        pattern is ATTESTS and low.startswith("o", m.start()) and not SPEAKER.search(before):
                    continue  # "... och intygar att" certifies only after the speaker's own "jag" / "vi"
                hits.append(Hit(kind, m.start(), m.end(), 0.7, action, rule=rule))
                break
    if found.any(REMOVAL_GATES):
        hits.extend(Hit("access_change", m.start(), m.end(), 0.7, "revoke", rule="prose-removal-line-i18n")
                    for m in _removals(text, found.positions(REMOVAL_GATES)))
    return hits


def _removals(text: str, gates: list[int]) -> list[re.Match[str]]:
    """`list(REMOVAL.finditer(text))`, tried only where a match may start: at a REMOVAL_GATES word (`gates`:
    where one starts in the lower-cased text, ascending) or in the run of "*" just before it."""
    match, matches, end = REMOVAL.match, [], 0
    for word in gates:
        first = word
        while first > 0 and text[first - 1] == "*":
            first -= 1
        for pos in range(max(first, end), word + 1):  # finditer's matches do not overlap
            if (m := match(text, pos)) is not None:
                matches.append(m)
                end = m.end()
                break
    return matches
