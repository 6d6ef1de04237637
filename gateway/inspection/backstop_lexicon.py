"""The backstop's compact multilingual vocabulary (EN DE ES FR IT PT NL PL SV): access objects,
principals, broad change verbs by action, and the contexts that block a clause. All lower-case."""

from __future__ import annotations

import re

from gateway.inspection.alternation import HeadFirst, bucketed, head_first, literal_starts, named

# Substrings that make a sentence worth scoring (lexicon.mark); the patterns below decide.
OBJECT_STEMS = (
    "access", "right", "permis", "privileg", "admin", "owner", "maintainer", "editor", "contributor",
    "member", "read-only", "break-glass", "sudo", "role", "group", "login", "account", "sso", "mfa", "2fa",
    "passw", "passcode", "badge", "credential", "mailbox", "vpn", "cert", "key", "token", "vault", "tenant",
    "repo", "zugriff", "zugang", "rechte", "berechtigung", "acces", "accès", "permiso", "derecho", "droit",
    "habilitation", "permess", "diritt", "acess", "direito", "toegang", "uprawnie", "dostęp", "behörighet",
    "åtkomst", "rättighet", "konto", "cuenta", "compte", "utenz", "conta", "kennwort", "contraseña",
    "mot de passe", "senha", "wachtwoord", "hasł", "lösenord", "ausweis", "rol", "grup", "groep", "beheerder",
    "lock", "offboard", "@",
)

# Access objects: strong ones say "access" by themselves; weak ones need a person or a directive.
ACC = (r"rights|permissions?|privileges?|ownership|memberships?|break-glass|superuser|entitlements?|"
       r"zugriff\w*|zugang\w*|accesos?|permisos?|derechos|privilegios|accès|droits?|habilitations?|accesso|"
       r"accessi|permess[oi]|diritti|privilegi|acessos?|permiss(?:ão|ões)|direitos|toegang\w*|uprawnie\w*|"
       r"dostęp\w*|åtkomst\w*|rättighet\w*|admin (?:rights|access|role|privileges)")
LIFE = (r"accounts?|logins?|mfa|2fa|passwords?|passcodes?|credentials?|mailbox(?:es)?|"
        r"vpn (?:certificates?|certs?|profiles?|access|accounts?)|sign-?ins?|konto\w*|cuentas?|comptes?|"
        r"utenz[ae]|contas?|passwort\w*|kennwort\w*|contraseñas?|mot de passe|senhas?|wachtwoord\w*|hasł\w*|"
        r"lösenord\w*|ausweis\w*|ssh keys?|api keys?|deploy keys?|signing keys?")
WEAK = (r"access|admin(?:s|istrators?)?|owners?|maintainers?|editors?|contributors?|read-only|"
        r"read/write|write|sudo(?:ers)?|sso|vpn|badges?|administrat\w*|amministrat\w*|administrador\w*|"
        r"beheerder\w*|roles?|groups?|members?|certificates?|certs?|keys?|tokens?|vault|tenant|repos?|"
        r"repositor(?:y|ies)|rolle\w*|rol|rôle|ruol[oi]|papel|rola|rolę|roll(?:en)?|gruppe\w*|grupos?|"
        r"groupes?|grupp[oi]|groep\w*|grupa|grupy|grupp(?:en)?")
OBJECT = HeadFirst(bucketed(ACC, LIFE, WEAK))
OBJECT_GROUPS = named(acc=ACC, life=LIFE, weak=WEAK)
# Compound words carry the right at their end: "Schreibrechte", "beheerdersrechten", "läsbehörighet".
COMPOUND = re.compile(r"\w*(?:rechte|berechtigung|behörighet|rättighet)\w*")
COMPOUND_STEMS = ("rechte", "berechtigung", "behörighet", "rättighet")
# Objects that only count with a person nearby: "open up the prod tenant to the auditors".
_RESOURCES = (r"vault|tenant|repos?|repositor(?:y|ies)|share|drive|folder|bucket|channel|workspace|site|project|"
              r"cluster|mappen?|dossier|cartella|pasta|map")
RESOURCE = re.compile(r"\b(?:" + _RESOURCES + r")\b")
# Every OBJECT, COMPOUND or RESOURCE match holds one of these at its start or, for COMPOUND, inside.
OBJECT_WORDS = literal_starts(ACC, LIFE, WEAK, _RESOURCES) + COMPOUND_STEMS

# Principals. Strong: an address, a login name, a personal pronoun; weak: a role noun.
PRONOUN = head_first(r"\b(?:his|her|him|he|she)\b")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
LOGIN = re.compile(r"\b[a-z]{1,12}[._][a-z]{2,20}\b")
NOT_LOGIN = re.compile(r"[a-z]+\.(?:com|org|net|io|dev|yaml|yml|json|conf|txt|log|cfg|ini|py|sh|md|local|corp|"
                       r"internal)$")
PERSON_WEAK = bucketed(
    r"users?|contractors?|leavers?|joiners?|interns?|trainees?|employees?|staff|vendors?|consultants?|"
    r"auditors?|audit firm|seniors?|externals?|freelancers?|new hires?|sres?|engineers?|developers?|guests?|"
    r"colleagues?|their|them|they|mitarbeiter\w*|benutzer\w*|usuari[oa]s?|emplead[oa]s?|utilisateurs?|"
    r"salariée?s?|utent[ei]|dipendent[ei]|usuários?|funcionários?|colaborador\w*|gebruikers?|medewerkers?|"
    r"użytkownik\w*|pracownik\w*|användar\w*|anställd\w*|konsult\w*")
# The comma that opens a verb's step in a list of steps: "..., remove", "..., and then cancel".
STEP_OPENER = re.compile(r"[,;]\s+(?:(?:and|then|and then)\s+)?\Z")
STEP_START = re.compile(r"\s*(?:\d+[.)]\s*|[-*]\s+)?([a-z]+)\b(?!['\u2019])")
NOT_STEP_STARTS = frozenset(("for", "in", "on", "at", "to", "with", "from", "as", "if", "when", "once", "after",
                             "before", "the", "a", "an", "his", "her", "their", "our", "your", "my", "this", "that",
                             "these", "those", "all", "each", "every", "both", "and", "or", "but", "so", "then"))
# A possessive before a thing ("their JS snippet", "his laptop"), not the person as the object ("add her to").
POSSESSIVE = re.compile(r"\b(?:their|his|her)\b(?=\s+(?!(?:to|into|as|on|in|from|out|off|access|and|or|a|an|the)\b)"
                        r"[a-z])")
# The person as the object of an account verb: "lock jdoe out", "offboard a.ruiz@corp.example".
PERSON_OBJ = re.compile(r"\s+(?:[\w.+-]+@[\w-]+\.[\w.]+|[a-z]{1,12}[._][a-z]{2,20}\b(?![.\w/-])|"
                        r"(?!the\b|a\b|an\b|it\b|them\b|this\b|that\b|everyone\b)[a-z][\w.-]{2,20}\s+out\b)")
# A capitalised name right after the verb (optionally after a/à/to/for) or right before it.
NAME_AFTER = re.compile(r"\s+(?:(?:a|à|to|for|an|aan|till|för|dla)\s+)?[A-ZÀ-Ž][a-zà-ž]+(?:'s)?\b")
NAME_BEFORE = re.compile(r"\b[A-ZÀ-Ž][a-zà-ž]+(?:'s)?\s+(?:\w+\s+)?$")

# Change verbs by action. "grant" and "revoke" change access; "off" / "on" end or start an account.
GRANT = (r"give|gives|giving|gave|given|hand(?:s|ed)?(?: over| out)?|bump(?:s|ed)?|promot(?:e|es|ed)|"
         r"upgrad(?:e|es|ed)|elevat(?:e|es|ed)|rais(?:e|es|ed)|open(?:s|ed)? up|extend(?:s|ed)?|add(?:s|ed)?|"
         r"put|invit(?:e|es|ed)|grant(?:s|ed)?|shar(?:e|es|ed)|allow(?:s|ed)?|assign(?:s|ed)?|"
         r"restor(?:e|es|ed)|reinstat(?:e|es|ed)|re-?add(?:s|ed)?|whitelist(?:ed)?|allowlist(?:ed)?|"
         r"onboard(?:ed)?|gets|receives?|gains?|mov(?:e|es|ed)(?! off\b| away from\b| on from\b)|"
         r"transfer(?:s|red)?|switch(?:es|ed)?|"
         r"chang(?:e|es|ed)|set|sets|"
         r"gib|gebt|geben|bekommt|bekommen|erhält|kriegt|gewähr\w*|erteil\w*|hinzufüg\w*|freischalt\w*|"
         r"hochstuf\w*|zuweis\w*|übertrag\w*|dale|dar|otorg\w*|conced\w*|añad\w*|agreg\w*|asign\w*|"
         r"sube|subir|donne[zr]?|donnez-lui|accord\w*|ajout\w*|attribu\w*|octroy\w*|dai|dategli|dagli|"
         r"concedi\w*|aggiung\w*|assegn\w*|dê|dá|atribu\w*|adicion\w*|geef|geven|krijgt|toevoeg\w*|voeg|"
         r"toeken\w*|verleen\w*|bring(?:s)?|daj|dajcie|nadaj\w*|nadać|przyzna\w*|doda\w*|przydziel\w*|ge|ger|tilldela\w*|"
         r"lägg till|bevilja\w*|får")
# "take over the accounts from Sanne", "kick off the review": phrasal verbs that take on or start something;
# "move off static passwords", "move away from shared logins" (GRANT above): leaving a practice, nobody moved.
REVOKE = (r"take(?:s|n)?(?! over\b)(?: away| off)?|took(?! over\b)|pull(?:s|ed)?|yank(?:s|ed)?|strip(?:s|ped)?|"
          r"drop(?:s|ped)?|"
          r"demot(?:e|es|ed)|downgrad(?:e|es|ed)|lower(?:s|ed)?|remov(?:e|es|ed)|revok(?:e|es|ed)|cut(?:s)?|"
          r"kick(?:s|ed)?(?! off\b)|boot(?:s|ed)?|withdraw(?:s|n)?|rescind(?:s|ed)?|stop(?:s|ped)?|"
          r"los(?:e|es)|lost|ban(?:s|ned)?|entzieh\w*|entzogen|nimm|nehmt|wegnehm\w*|entfern\w*|"
          r"widerruf\w*|herabstuf\w*|quit\w*|quít\w*|retir\w*|revoc\w*|enlev\w*|enlèv\w*|révoqu\w*|coupe[zr]?|"
          r"togli\w*|rimuov\w*|tolt[oaie]|tire|tirar|remov[ae]|revog\w*|ontneem\w*|ontnom\w*|trek|intrek\w*|"
          r"ingetrokken|verwijder\w*|haal|odbierz\w*|odebra\w*|usuń|usun\w*|cofnij|zabierz|zabra\w*|"
          r"ta bort|tag bort|tas bort|återkalla\w*|dra in|ta ifrån")
LIFE_OFF = (r"kill(?:s|ed)?|nuk(?:e|es|ed)|disabl(?:e|es|ed)|deactivat(?:e|es|ed)|suspend(?:s|ed)?|"
            r"lock(?:s|ed)?|delet(?:e|es|ed)|wip(?:e|es|ed)|purg(?:e|es|ed)|terminat(?:e|es|ed)|"
            r"expir(?:e|es|ed)|invalidat(?:e|es|ed)|cancel(?:s|led|ed)?|clos(?:e|es|ed)|offboard(?:ed)?|"
            r"deprovision(?:ed)?|switch(?:es|ed)? off|turn(?:s|ed)? off|shut(?:s)? (?:off|down)|"
            r"freez(?:e|es)|froze(?:n)?|block(?:s|ed)?|sperr\w*|deaktivier\w*|lösch\w*|abschalt\w*|"
            r"bloque\w*|desactiv\w*|elimin\w*|borr\w*|supprim\w*|bloqu\w*|désactiv\w*|disattiv\w*|blocc\w*|"
            r"cancell\w*|desativ\w*|exclu\w*|apag\w*|blokkeer\w*|geblokkeerd|deactiveer\w*|gedeactiveerd|"
            r"zablokuj\w*|zablokowa\w*|wyłącz\w*|dezaktywuj\w*|usuń konto|spärra\w*|inaktivera\w*|radera\w*|lås")
LIFE_ON = (r"unlock(?:s|ed)?|reset(?:s)?|rotat(?:e|es|ed)|re-?issu(?:e|es|ed)|issu(?:e|es|ed)|spin(?:s)? up|"
           r"spun up|creat(?:e|es|ed)|provision(?:s|ed)?|re-?enabl(?:e|es|ed)|reactivat(?:e|es|ed)|"
           r"enabl(?:e|es|ed)|switch(?:es|ed)? on|turn(?:s|ed)? on|unfreez(?:e|es)|unblock(?:s|ed)?|"
           r"set (?:\w+ )?up|entsperr\w*|anleg\w*|angelegt|zurücksetz\w*|crea|crear|cree|créez|créer|"
           r"desbloque\w*|débloqu\w*|réinitialis\w*|sblocc\w*|reimpost\w*|crie|criar|redefin\w*|aanmak\w*|"
           r"maak|deblokkeer\w*|odblokuj\w*|utwórz|załóż|zresetuj\w*|skapa\w*|lås upp|återställ\w*")
VERB = bucketed(LIFE_ON, LIFE_OFF, REVOKE, GRANT)
VERB_STARTS = literal_starts(LIFE_ON, LIFE_OFF, REVOKE, GRANT)  # every VERB match starts with one of them
VERB_GROUPS = named(on=LIFE_ON, off=LIFE_OFF, revoke=REVOKE, grant=GRANT)
# Verbs whose subject is the person who gains or loses: "Lukas gets owner rights".
SUBJECT_VERBS = frozenset(("gets", "receive", "receives", "gain", "gains", "loses", "bekommt", "erhält", "kriegt",
                           "krijgt", "får"))
PARTICLE_REVOKE = re.compile(r"^\s+(?:\S+\s+){0,3}?(?:out(?: of)?|off|away|down to|from)\b")

# Code spans and addresses, blanked before scoring: their words belong to other detectors.
CODE = re.compile(r"`[^`\n]*`|https?://\S+")
# An upper-case option with a count, read from a listing: RACF's "PASSWORD(INTERVAL(90)) and REVOKE(5)" (five failed
# logons revoke) is a setting's name, not a step; "ALTUSER JSMITH REVOKE" or "REVOKE(12/31/26)" keep their verb.
OPTION_COUNT = re.compile(r"\b[A-Z][A-Z-]{2,}\(\d{1,4}\)")
# A verb whose object is a file named in code (`delete `app.laccdb``, "add a `.env.example` to the repo"):
# the change is to a file; key and account files (`id_rsa.pub`, `authorized_keys`, `sudoers`) stay changes.
FILE_OBJECT = re.compile(
    r"\b[a-z]+\s+(?:an?\s+|the\s+|this\s+|that\s+|your\s+|our\s+|new\s+|stale\s+|old\s+)?"
    r"`(?![^`\n]*(?:key|passw|sudoers|authori[sz]ed|token|secret|credential|\.pub\b|\.pem\b|\.crt\b|\.p12\b|\.pfx\b))"
    r"[\w./~-]{0,80}\.(?:env|example|sample|template|ya?ml|json|toml|ini|cfg|conf|txt|md|rst|py|js|ts|go|rb|java|"
    r"sh|ps1|sql|csv|tsv|xlsx?|docx?|pptx?|pdf|lock|log|a?ccdb|laccdb|mdb|ldb|bak|tmp|zip|tgz|gz|tar|html?|css|xml|"
    r"lnk|db|sqlite3?|parquet|ipynb|dockerfile|gitignore|dockerignore|editorconfig)`"
)

# A message purged from mailboxes ("removed the same message from 41 other mailboxes"): mail taken away, no mailbox.
MESSAGE_OBJECT = re.compile(r"\s+(?:the\s+|that\s+|this\s+|those\s+|these\s+|all\s+|every\s+)?(?:same\s+|\w+\s+)?"
                            r"(?:e-?mails?|messages?|phish(?:es|ing)?|attachments?)\b(?!\s+(?:account|address))")
MESSAGE_VERBS = ("remov", "delet", "purg", "pull")
# A message seen, in quotes right after the verb: 'He gets "Insufficient privileges" when opening the Explorer'.
SEEN_QUOTED = re.compile(r"\s+(?:an?\s+|the\s+)?(?:error\s+|message\s+)?"
                         r"[\"“'‘][^\"”'’\n]{1,60}?\s[^\"”'’\n]{1,60}?[\"”'’]")
SEEING_VERBS = ("get", "got", "see", "saw", "receiv", "hit")

# Obligation and future cues in every language (the verb may come at the clause's end). Only asked
# whether it occurs: grouped by first letter (alternation.bucketed), the same answer in half the time.
FOREIGN_MODAL = HeadFirst(bucketed(
    r"muss|müssen|soll|sollte|sollten|wird|werden|bitte|debe|deben|hay que|por favor|doit|doivent|"
    r"il faut|veuillez|deve|devono|va|vanno|per favore|precisa|moet|moeten|wordt|worden|graag|należy|"
    r"trzeba|proszę|zostanie|ska|måste|bör|skall|kommer att|need(?:s)? to be|to be"))
# Blocking contexts: questions, conditions, habits and policies, look-alike senses.
# What someone "gets" that is an error, not a right ("du får felet", "er bekommt die Fehlermeldung").
ERROR_GOT = re.compile(r"\s+(?:(?:an?|the|ett|en|eine?n?|de|het|una?|el|le|la|un|une)\s+)?"
                       r"(?:error|fel\w*|fehler\w*|meldung|foutmelding|fout|mensaje|message|erreur|errore|"
                       r"varning\w*|warning|felmeddelande\w*)\b|"
                       # a refusal quoted: 'gets "Permission denied" on the share', 'bekommt „Zugriff verweigert"'
                       r"\s+(?:(?:an?|the)\s+)?[\"“„'«][^\"”“'»\n]{0,40}?(?:denied|forbidden|unauthori[sz]ed|"
                       r"not authori[sz]ed|not allowed|don't have|do not have|no access|error|failed|invalid|"
                       r"verweigert|refusé|denegado|negato|geweigerd|nekad)")
# The reader acting on their own account ("you'll set a new password yourself", "setzen Sie es selbst zurück").
SELF_SERVICE = re.compile(r"\b(?:yourself|on your own|selbst|själv|zelf|vous-même|tú mismo|tu stesso)\b")
CONDITION = head_first(r"\b(?:if|whether|unless|when(?:ever)?|should i|do i|can i|how)\b")
# Nothing to do, said of the change itself: "nothing needs to be changed on your side", "nothing has to be reset".
NOTHING_TO_DO = re.compile(r"\b(?:nothing|none of (?:them|it|these|those))\s+(?:needs?|has|have|had|was|were|is|will|"
                           r"should|must)\s+(?:\w+\s+){0,2}$")
# A lockout threshold: "locks an account after 10 failed attempts" says what a policy does, not a step to take.
THRESHOLD = re.compile(r"\bafter\s+(?:\d+|three|five|ten)\s+(?:consecutive\s+)?(?:failed|unsuccessful|invalid|wrong|"
                       r"bad|incorrect)\b|\A\s+automatically\b")
HABIT = re.compile(r"\b(?:usually|typically|generally|always|never|normally|by default|quarterly|annually|"
                   r"every (?:quarter|year|month|week|day|time|\d+)|each (?:quarter|year|month|cycle)|"
                   r"as a rule|best practice|least[- ]privilege|minimum|principle|only the|they need|"
                   r"in general|for example|e\.g\.|such as|"
                   # anyone in a role, not someone: "the staff member who leaves just loses access to the vault"
                   r"(?:the|a|any|each|every)\s+(?:[\w-]+\s+){1,2}who\s+(?:leaves|joins|moves|changes roles))\b")
SENSE = HeadFirst(bucketed(
    r"play|plays|film|movie|cast|actor|actress|stage|theat(?:re|er)|novel|character|scene|"
    r"spettacolo|protagonist\w*|tokeni[sz]\w*|subword|embeddings?|vocabular\w*|dict(?:ionar(?:y|ies))?|"
    r"json|hash(?:es|ed|ing)?|digest|checksum|licen[cs]e[sd]?|research grants?|funding|scholarships?|"
    r"grant (?:proposal|application)|feature[- ]flags?|toggles?|tls|ssl|button|field|screen|tab|menu|"
    r"icon|widget|css|theme|font|layout|logo|pod|pods|cable|ansible|playbook|resource groups?|attorney|"
    r"legal privilege|waive\w*|job title|manifest|android|ios|camera|microphone|notifications?|bank|"
    r"balance|savings|deposit|mortgage|loan|host keys?|known_hosts|public keys?|gpg|pgp|"
    r"files?|chmod|chown|umask|executable|directory|directories|"
    r"(?:admin|login|sign-in) (?:console|panel|portal|page|ui|api|cent(?:er|re)|dashboard|screen|form|flow)|"
    r"keyboard|keys? (?:of|in) the (?:map|dict|object)|music|song|piano|"
    # people grouped for a class or a study, not for access: "moved Maya to the Bluebirds reading group"
    r"reading groups?|study groups?|focus groups?|working groups?|peer groups?|age groups?|breakout groups?|"
    r"discussion groups?|learning groups?|"
    # a bookkeeping period locked, not an account: "set the lock date in Xero ... posting into a closed period"
    r"lock dates?|closed periods?|(?:accounting|financial|fiscal) (?:periods?|settings|year)|year-end accounts|"
    # a certification exam's title: "take the Certified Kubernetes Administrator (CKA) exam"
    r"exams?|"
    # a hotel's group booking: "add guests to the block with the group's rate code"
    r"rate codes?|room blocks?|rooming lists?|"
    r"roles? (?:to |@ ?|== ?)?v?\d+\.\d+"))  # "bump the postgres role to 3.4.1": a versioned package (Ansible)


# Look-alike uses of change verbs, read at the verb's end (backstop._look_alike).
# "raise a request in the access portal", "he'll raise it with the admins": asking someone, not elevating anyone.
RAISED_ASK = re.compile(r"\s+(?:(?:it|this|that|them)\s+with\b|(?:(?:a|an|the|this|that|your|their|his|her|one)\s+)?"
                        r"(?:[\w-]+\s+)?(?:requests?|tickets?|issues?|cases?|concerns?|questions?|incidents?|"
                        r"flags?|alarms?|alerts?|bugs?|prs?|pull requests?|points?|objections?|exceptions?)\b)")
# "it'll take a couple of minutes per account": time taken, nothing taken away.
DURATION = re.compile(r"\s+(?:(?:a|an|about|around|roughly|up to|at least|at most|only|just|over|under|less than|"
                      r"more than|some|several|a few|a couple of|couple of|few|\d+(?:[.,]\d+)?|one|two|three|four|"
                      r"five|ten|fifteen|thirty)\s+)+(?:minutes?|mins?|hours?|hrs?|seconds?|secs?|days?|weeks?|"
                      r"months?|while)\b|\s+(?:a while|long|time|ages|forever)\b")
# What is switched on or off is a feature before any account word: "Re-enabled Dependabot version updates on the
# repo", "disable the nightly build for the team repo" (not "re-enable the dependabot account").
SWITCH_STARTS = ("enabl", "re-enabl", "reenabl", "disabl", "turn", "switch", "activat", "deactivat", "reactivat")
FEATURE_OBJECT = re.compile(r"\s+(?:[\w.'’-]+\s+){0,3}?(?:updates?|alerts?|notifications?|scans?|scanning|checks?|"
                            r"builds?|jobs?|pipelines?|workflows?|features?|integrations?|webhooks?|backups?|logging|"
                            r"sync|schedules?|reminders?|digests?|reports?|monitoring|caching|telemetry|analytics|"
                            r"linting|previews?|deployments?|autoscaling|retries)\b")
# An object word naming a place to go, not a thing changed: "in the Autodesk account portal", "the admin console".
# Things the verb acts on, then the account they stand in: "terminated the three idle EC2 instances in the dev
# account" (a cloud account is a place; the instances, not a login, are ended).
# Money or a voucher put into a customer's account, not access to it ("adicionamos um cupom de R$10 à sua conta").
MONEY_ADDED = re.compile(r"\s+(?:(?:a|an|the|um|uma|un|une|una|ein|einen|eine|el|la|le)\s+)?(?:[\w$€£.,-]+\s+){0,2}?"
                         r"(?:coupons?|cupom|cupons|cupón|cupones|vouchers?|gutschein\w*|bons? d'achat|credits?|"
                         r"crédito|créditos|crédit|points|pontos|puntos|punkte|refunds?|reembolso|remboursement)\b")
# Objects grouped in a drawing or a model ("a model group", "group the walls and furniture"), not people.
THINGS_GROUPED = re.compile(r"\b(?:model|detail|array|block|shape|drawing|layer|object|element)s? groups?\b|"
                            r"\bgroup policy(?: objects?)?\b|"
                            r"\bgroup (?:the |these |those )?(?:walls|shapes|objects|layers|elements|cells|rows|"
                            r"columns|slides|furniture)\b")
THINGS_IN_ACCOUNT = re.compile(r"\s+(?:the\s+|all\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:instances|vms|virtual machines|"
                               r"servers|hosts|nodes|clusters|buckets|volumes|snapshots|databases|stacks|functions|"
                               r"workloads|machines|containers|pods|jobs|resources)\s+(?:in|from|across|under|of)\s+"
                               r"(?:the|our|your|this|that|each|every|all)\s+(?:[\w-]+\s+){0,2}?accounts?\b")
PLACE_AFTER = re.compile(r"\s+(?:portals?|consoles?|dashboards?|pages?|screens?|menus?|ui|tabs?|panels?)\b")
# The person acting on what is theirs: "she can ... change her default role in her profile settings".
# Third persons only: "you can change your role" may be the reader raising themselves.
OWN_MODAL = re.compile(r"\b(?P<who>she|he|they)\s+(?:can|could|may|might)\s+(?:\w+\s+){0,8}?\Z")
OWN_WORD = {"she": "her", "he": "his", "they": "their"}
# Their own setting: "her default role", or "... in her profile settings".
OWN_SETTING = re.compile(r"\s+(?P<own>her|his|their)\s+(?:own\s+|default\s+|primary\s+|active\s+|current\s+|"
                         r"session\s+)(?:\w+\s+)?(?:roles?|passwords?|mfa|settings|profile|preferences|warehouse)\b|"
                         r"[^.;\n]{0,40}\bin\s+(?P<own2>her|his|their)\s+(?:own\s+)?(?:profile|settings|preferences)\b")
# Something added or removed only in some case, with nobody and nowhere named: advice for a design.
ONLY_WHEN = re.compile(r"(?:\s+(?!to\b|from\b|for\b|on\b|in\b|into\b)[\w-]+){1,4}\s+only\s+(?:when|if|once|where|as)\b")
# A label quoted in a list of UI strings: « Désactiver le compte », „Konto löschen", "Delete account".
QUOTED_LABEL_END = re.compile(r"[^\"”“'»\n.!?]{0,40}?[\"”“'»]\s*(?:[,.;:)\]}]|\Z|[\"“„«])")
