"""More languages for the prose vocabulary: Italian, Portuguese and Dutch verbs and objects, German
participles and verbs of receiving, negations and report / pending cues in all supported
languages. `lexicon` merges these into its gates and patterns."""

from __future__ import annotations

# Swedish, Norwegian / Danish and Polish: the verbs and objects of grants, removals and account
# changes ("lagt till i gruppen", "kontot är inaktiverat", "nadano uprawnienia", "zablokowano konto").
# ... and Turkish and Czech ("rolü verildi", "hesabı silindi", "účet byl odemčen"); Turkish also in the first
# person ("gruba ekledim", "parolasını sıfırladım"): a verb ending in -dım / -dik is the speaker's own step.
NORDIC_POLISH_ACCESS = (
    "lagt till", "lägg till", "lägger till", "lades till", "lagt til", "tilldela", "tildel", "beviljat",
    "tagit bort", "ta bort", "tar bort", "togs bort", "tog bort", "usuń",
    "fjern", "återkall", "dodał", "dodan", "nadał", "nadan",
    "przyznan", "przypisa", "usunął", "usunię", "odebran", "cofnię",
    "verildi", "verdim", "verdik", "atandı", "eklendi", "ekledi", "atadı", "atadık", "kaldırdı", "çıkardı",
    "kaldırıldı", "çıkarıldı", "geri alındı", "přidán", "přidal", "přiděl", "udělen",
    "odebrán", "odebral", "odstraněn",
    # Swedish "gjort Emma till admin", "delat mappen med", "slagit på behörigheten"; Norwegian / Danish "gitt", "givet"
    "gjort", "delat", "delade", "slagit på", "slog på", "gett", "gitt", "givet", "givit",
    # Finnish, first person and passive: "lisäsin ryhmään", "annoin oikeudet", "jaoin kansion", "poistin oikeudet"
    "lisäsin", "lisäsimme", "lisätty", "annoin", "annoimme", "annettu", "myönsin", "myönsimme", "myönnetty",
    "jaoin", "jaoimme", "jaettu", "poistin", "poistimme", "poistettu", "peruin", "peruimme", "peruttu",
    "lisännyt", "lisänneet", "antanut", "antaneet", "myöntänyt", "myöntäneet", "jakanut", "jakaneet", "poistanut",
    "poistaneet", "perunut", "peruneet",
    "ychwaneg", "dileu", "dilëwyd", "diddym",  # Welsh: "ychwanegwch Daniel at y grŵp", "dileu mynediad"
)
NORDIC_POLISH_ACCESS_OBJ = (
    "behörighet", "åtkomst", "rättighet", "rollen", "gruppen", "tilgang", "adgang", "rettighet", "uprawnie",
    "dostęp", "grup", "rol", "yetki", "grubu", "erişim", "skupin", "oprávnění", "přístup",
    "oikeu", "ryhmä", "pääsy", "jäsen", "grŵp", "mynediad", "caniatâd", "hawliau",
)
NORDIC_POLISH_LIFE = (
    "inaktiver", "avaktiver", "deaktiver", "spärra", "sperret", "spærret", "låst", "återställ", "tilbakestil",
    "nulstil", "raderat", "slettet", "skapat", "opprettet", "oprettet", "återaktiver", "zablokowa", "odblokowa",
    "wyłączon", "wyłączył", "dezaktywowa", "zresetowa", "utworzon", "założon", "usunięt", "utworzył", "założył",
    "usunął", "usunęł",
    "wyłączeni", "usunięci", "zablokowani", "odblokowani", "dezaktywacj", "utworzeni", "założeni",
    "silindi", "devre dışı", "kilitlendi", "kilidi açıldı", "sıfırlandı", "askıya alındı", "oluşturuldu",
    "kilidini açt", "sıfırladı", "kilitledi", "sildi", "askıya aldı", "oluşturdu",
    "odemčen", "zablokován", "deaktivován", "smazán", "resetován", "vytvořen", "rotacion", "rotad", "rotiert",
    "renouvel", "regenerad",
    "lukitsin", "lukittu", "suljin", "suljettu", "nollasin", "nollattu", "luotu", "luotiin", "aktivoin",
    "aktivoitu", "jäädytin", "jäädytetty", "poistin käytöstä", "poistettu käytöstä", "luonut", "luoneet", "lukinnut",
    "lukinneet", "sulkenut", "sulkeneet", "nollannut", "nollanneet", "jäädyttänyt", "avasin lukituksen",
    "avasimme lukituksen", "lukitus avattu", "reposição", "repus", "repusemos", "ontkoppeld",
)
NORDIC_POLISH_LIFE_OBJ = (
    "konto", "användar", "lösenord", "bruker", "bruger", "passord", "adgangskod", "tvåfaktor", "użytkownik", "hasło",
    "hasła", "konta", "hesab", "hesap", "kullanıcı", "şifre", "parola", "účet", "uživatel", "heslo", "mfa", "chave",
    "clave",
    "clé", "schlüssel", "sleutel", "tunnu", "käyttäjä", "salasan", "palavra-passe", "palavras-passe", "token",
)

# Gate substrings (lower-case) for the sentence marking in `lexicon.mark`.
ACCESS_STEMS = (
    "gegeven", "weggehaald", "weghalen", "liber", "dei acesso", "demos acesso",
    "dar acesso", "dado acesso", "dada acesso", "dato", "ho dat", "mo dat", "ha dat", "nno dat", "ono dat",
    "stato dat", "stati dat", "iene dat",
    "dare l", "dare acc", "diamo", "acceso", "donn", "compartilh", "compart", "condivi", "partag", "gedeeld", "deel ",
    "freigegeben", "geteilt", "abilit",
    "conced", "concess", "assegn", "aggiun", "revoc", "rimuov", "rimoss", "togli", "atribu", "adicion", "inclu",
    "revog", "remov", "retir", "toevoeg", "toegevoeg", "toeken", "toegeken", "verlen", "intrek",
    "ingetrokken", "verwijder", "aufgenommen", "aufnehm", "bekommt", "erhält", "ontnom", "gebe", "gegeben", "einräum",
    "eingeräumt", "zuordn", "zugeordnet", "suppression", "ativei", "ativou", "ativad", "promuov", "promoss",
    "promov", "promouv", "promu", "beförder", "hinzugef", "freigeschalt", "vergeben", "ergänz", "activé", "activó",
    "activad", "habilit", "passou a ter", "passa a ter", "pasó a tener", "pasa a tener", *NORDIC_POLISH_ACCESS,
)
ACCESS_OBJ_STEMS = (
    "accesso", "accessi", "permess", "ruol", "grupp", "diritti", "privilegi", "amministrator",
    "autorizzazion", "acesso", "permiss", "perfil", "função", "papel", "direitos", "toegang", "rechten",
    "groep", "rol", "beheerder", "machtiging", "autorisatie", "lidmaatschap", "eigenaar", "rechte", "membre", "miembro",
    "mitglied", "membro", " app ", " apps", " app,", "application", "team", "amministratric", "administratrice",
    "administradora", "classe de sécurité", "classes de sécurité", "clase de seguridad", "sicherheitsklasse",
    "clé ssh", "clés ssh", "clave ssh", "claves ssh", "chave ssh", "chaves ssh", "chiavi ssh", "ssh-schlüssel",
    "ssh-sleutel",
    *NORDIC_POLISH_ACCESS_OBJ,
)
LIFE_STEMS = (
    "disattiv", "resettat", "sospe", "cancell", "elimin", "blocc", "sblocc", "reimpost", "creare", "creato", "creata",
    "desativ", "bloque", "exclu", "apag", "criar", "crie ", "criad", "criei", "criou", "redefin", "resetar", "suspen",
    "reativ", "deactiveer", "gedeactiveerd", "opnieuw in",
    "uitschakel", "uitgeschakeld", "blokkeer", "geblokkeerd", "verwijder", "aanmak", "aangemaakt",
    "reset", "inactief", "gesperrt", "gelöscht", "angelegt", "entsperrt", "desbloque", "débloqu", "reactiv",
    "réactiv", "riattiv", "heractiveer", "reaktiv", "se cre", "creamos", "créé", "cread", "activé", "activad",
    "aktiviert", "attivat", "ativad", "geactiveerd", "roté", "rotó", "rotad", "rotacion", "roteer", "geroteerd",
    "rotiert", "rotar", "reinici", "creé", "creó", "maak ", "trek ", "ontgrendel", "vernieuw", "erneuer",
    *NORDIC_POLISH_LIFE,
)
# Stems that only other languages use (English words such as "remove" or "reset" stay out: the
# foreign patterns would otherwise run on most English sentences).
FOREIGN_STEMS = (
    "desbloque", "débloqu", "reactiv", "réactiv", "riattiv", "heractiveer", "reaktiv", "se cre", "creamos", "créé",
    "cread", "activé", "activó", "activad", "habilit", "passou a ter", "passa a ter", "pasó a tener", "pasa a tener",
    "roté", "rotó", "rotad", "rotacion", "roteer", "geroteerd", "rotiert", "rotar", "reinici", "creé", "creó",
    "maak ", "trek ", "wachtwoordreset", "gegeven", "weggehaald",
    "weghalen", "liber", "dei acesso", "demos acesso", "dar acesso", "dado acesso",
    "dada acesso",
    "dato", "ho dat", "mo dat", "ha dat", "nno dat", "ono dat", "stato dat", "stati dat",
    "iene dat", "dare l", "dare acc", "diamo", "acceso", "donn", "compartilh", "compart", "condivi",
    "partag", "gedeeld", "deel ", "freigegeben", "geteilt", "abilit",
    "aktiviert", "attivat", "ativad", "geactiveerd",
    "conced", "concess", "assegn", "aggiun", "rimuov", "rimoss", "togli", "atribu", "adicion", "revog", "verlen",
    "toevoeg", "toegevoeg", "toeken", "toegeken", "intrek", "ingetrokken", "verwijder", "aufgenommen",
    "aufnehm", "bekommt", "erhält", "ontnom", "gebe", "gegeben", "einräum", "eingeräumt", "promuov", "promoss",
    "promov", "promouv", "promu", "beförder", "vergeben",
    "disattiv", "resettat", "sospe", "cancella", "blocca", "sblocc",
    "reimpost", "creare", "creato", "creata", "desativ", "exclu", "apag", "criar", "crie ", "criad", "criei", "criou",
    "redefin", "resetar", "suspen", "reativ", "deactiveer", "gedeactiveerd", "opnieuw in", "uitschakel",
    "uitgeschakeld", "blokkeer", "geblokkeerd", "aanmak", "aangemaakt", "inactief", "gesperrt", "gelöscht",
    "angelegt", "remover", "remova", "removid", "removi", "removeu",
    "incluir", "inclua", "incluíd", "retir", "elimin", "zuordn", "ergänz",
    "suppression", "ativei", "ativou", "ativad",
    "zugeordnet", "resete", "resetou", "resetad", "gereset", "ontgrendel", "vernieuw", "erneuer",
    *NORDIC_POLISH_ACCESS, *NORDIC_POLISH_LIFE,
)
LIFE_OBJ_STEMS = (
    "utenz", "account", "password", "credenzial", "utent", "casella", "conta", "senha", "usuári",
    "credenciais", "colaborador", "wachtwoord", "gebruiker", "medewerker", "multifacteur", "double authentification",
    "multifactor", "faktor", "più fattori", "multifator", "second facteur", "segundo factor", "kennung",
    *NORDIC_POLISH_LIFE_OBJ,
)

GRANT = (r"conceder(?:e|lo|la|gli)?|concess[oaie]|concedi|assegna(?:re|to|ta|ti|te)?|aggiung(?:ere|i)|"
         r"aggiunt[oaie]|atribu(?:ir|a|ído|ída|í|iu|imos)|adicion(?:ar|e|ado|ada|ei|ou)|inclu(?:ir|a|ído|ída|í|iu)|"
         r"concedid[oa]|concedeu|"
         r"toevoegen|voeg\b[^.;]{0,60}?\btoe|toegevoegd|toekennen|toegekend|verlenen|verleend|"
         r"aufgenommen|aufnehmen|bekommt|erhält|gebe\b|geben\b|gegeben\b|einräumen|eingeräumt|zuordnen|zugeordnet|"
         r"ergänz(?:e|en|t)\b|"
         r"lagt till|lägg(?:er)? till|lades till|lagt til|tilldela(?:t|de|s)?|tildelt|beviljat|"
         r"dodał\w*|dodan[oaey]\w*|nadał\w*|nadan[oaey]\w*|przyznan\w*|przypisa\w*|"
         r"verildi|verdi[mk]|atandı|eklendi|ekledi[mk]?|atad[ıi][mk]|přidán\w*|přidal\w*|přidělen\w*|přidělil\w*|udělen\w*|ativei|ativou|ativad[oa]|"
         r"activ(?:é|ó|ad[oa])|habilit(?:é|ó|ad[oa])|passou a ter|passa a ter|pasó a tener|pasa a tener|"
         r"promuov(?:ere|i)|promoss[oa]|promov(?:er|e|ido|ida|eu|í|ió)|promouvoir|promu(?:e)?|befördern|befördert|"
         r"vergeben|gjort\b[^.;\n]{0,40}?\btill|delat|delade|slagit på|slog på|gett|gitt|givet(?! att)|givit|"
         r"lisäsi(?:n|mme)|lisätty|annoi(?:n|mme)|annettu|myönsi(?:n|mme)|myönnetty|jaoi(?:n|mme)|jaettu|"
         r"lisänn(?:yt|eet)|antan(?:ut|eet)|myöntän(?:yt|eet)|jakan(?:ut|eet)|ychwaneg(?:wch|u|ais|wyd|odd)|"
         # access given or shared: "liberei o acesso do Thiago", "ho dato accesso a", "le di acceso", "donné accès",
         # "compartilhei a pasta", "ho condiviso la cartella", "heb de map gedeeld", "Ordner freigegeben"
         r"liber(?:ei|ou|amos|ad[oa]s?|ar|e)(?= (?:o |os |a |as )?(?:acesso|permiss))|"
         r"(?<=\bheb )[^.;\n]{0,60}?\bgegeven|"  # Dutch: "Ik heb haar in N4 de rol RAIL_PLANNER gegeven"
         r"(?<=acesso )(?:foi |será )?liberad[oa]|(?<=acessos )(?:foram |serão )?liberad[oa]s|"
         r"(?:dei|demos|dar|dou|dá|dado|dada) (?:o |a )?acesso|"
         r"(?:ho|abbiamo|ha|hanno|è stato|sono stati|viene|vengono) dat[oaie]|dare (?:l')?accesso|diamo (?:l')?accesso|"
         r"(?:di|dimos|dio|dar|dale|darle|darles|dado|dada|damos) acceso|"
         r"(?:donné|donner|donnez|donnons|donne) (?:l')?accès|"
         # a share done by someone, not a shared folder ("carpeta compartida") or one someone may make
         r"compartilh(?:ei|ou|amos)|compart(?:í|ió|imos)|(?:ho|abbiamo|ha|hanno) condivis[oaie]|"
         r"(?:j'ai|nous avons|a|ont) partagé(?:e|s|es)?|(?:heb|hebben|heeft)\b[^.;\n]{0,60}?\bgedeeld|"
         r"(?:habe|haben|hat|wurde|wurden)\b[^.;\n]{0,60}?\b(?:freigegeben|geteilt)|abilitat[oaie]|abilitare")
REVOKE = (r"revoca(?:re|to|ta|ti)?(?!\w)|rimuov(?:ere|i)|rimoss[oaie]|togli(?:ere)?|tolt[oaie]|"
          r"revog(?:ar|ue|ado|ada|uei|ou)|remov(?:er|a|ido|ida|i|eu)|retir(?:ar|e|ado|ada|ei|ou|a|an|amos)|"
          r"intrekken|ingetrokken|weggehaald|weghalen|"
          r"trek\b[^.;]{0,60}?\bin\b|verwijder(?:en|d)?|ontnemen|ontnomen|"
          r"tagit bort|tar bort|ta bort|togs bort|tog bort|usuń|fjernet|fjern(?:e)?\b|återkalla(?:t|de|s)?|"
          r"usunął\w*|usunię\w*|odebran\w*|cofnię\w*|suppression|kaldırıldı|çıkarıldı|geri alındı|"
          r"kaldırdı[mk]?|çıkardı[mk]?|odebrán\w*|"
          r"odebral\w*|odstraněn\w*|poisti(?:n|mme)|poistettu|perui(?:n|mme)|peruttu|"
          r"poistan(?:ut|eet)|perun(?:ut|eet)|dileu|dilëwyd|diddymu|diddymwyd")
LIFE = (r"disattiva(?:re|t[oaie])?|resettat[oa]|sospe(?:ndere|ndi|ndete|so|sa|si|se)|cancella(?:re|to|ta)|"
        r"elimina(?:re|to|ta)|"
        r"blocca(?:re|to|ta)|sblocca(?:re|to|ta)|reimposta(?:re|to|ta)|crea(?:re|to|ta)|"
        r"desativ(?:ar|e|ado|ada)|bloque(?:ar|ado|ada)|exclu(?:ir|a|ído|ída)|apag(?:ar|ue|ado|ada)|"
        r"cri(?:ar|e|ados?|adas?|ei|ou|amos)|redefin(?:ir|a|ido|ida)|resetar|suspen(?:der|so|sa)|reativ(?:ar|e|ado|ada)|"
        r"opnieuw ingesteld|opnieuw instellen|"
        r"rot(?:é|ó|ad[oa]s?|amos|aron|ar|aremos|ará)|rotacion(?:é|ó|ad[oa]s?|ei|ou)|roteer(?:d|de)?|geroteerd|"
        r"rotiert|reinici(?:é|ó|ad[oa]|ar)|removi|removeu|removid[oa]s?|removemos|"
        r"maak\b[^.;\n]{0,80}?\baan\b|trek\b[^.;\n]{0,60}?\bin\b|"  # Dutch separable: "maak een sleutel aan"
        r"deactiveren|gedeactiveerd|uitschakelen|uitgeschakeld|blokkeren|geblokkeerd|verwijder(?:en|d)|"
        r"aanmaken|aangemaakt|resetten|gereset|ontgrendel(?:d|en)|vernieuwd|vernieuwen|erneuert|erneuern|"
        r"op inactief|gesperrt|gelöscht|angelegt|entsperrt|"
        r"desbloque(?:ar|ada|ado|ie|ei)|débloqu\w*|reactivad[oa]|reactivamos|reactivé|réactiv\w*|riattivat[oa]|"
        r"heractiveerd|reaktiviert|se cre[óo]|creamos|créée?s?|cread[oa]s?|activée?s?|activad[oa]s?|aktiviert|"
        r"attivat[oaie]|ativad[oa]s?|geactiveerd|"
        r"inaktiver(?:a|at|ats|ad|ade|as)|avaktiver(?:a|at|ats|ad|ade)|deaktiver(?:t|et|e)|spärra(?:t|ts|d|de|s)?|"
        r"sperret|spærret|låst(?:e)?|återställ\w*|tilbakestilt|nulstillet|raderat?s?|slettet|skapat?s?|"
        r"opprettet|oprettet|återaktiver(?:a|at|ad|ade)|zablokowa\w*|odblokowa\w*|wyłączon\w*|wyłączył\w*|"
        r"dezaktywowa\w*|zresetowa\w*|utworzon\w*|założon\w*|usunięt[oaey]\w*|återställd|"
        # first person: "Utworzyłem konta dla ...", "Założyłam konto", "Usunąłem konto"
        r"utworzył(?:em|am|iśmy|yśmy)|założył(?:em|am|iśmy|yśmy)|usunął(?:em)?|usunęł(?:am|a|iśmy|yśmy)|"
        # Polish verbal nouns of a leaver's plan: "Wyłączenie konta AD", "Usunięcie konta VPN"
        r"wyłączeni[ea]|usunięci[ea]|zablokowani[ea]|odblokowani[ea]|dezaktywacj[aię]|utworzeni[ea]|założeni[ea]|"
        r"silindi|devre dışı bırakıldı|kilitlendi|kilidi açıldı|sıfırlandı|askıya alındı|oluşturuldu|"
        r"kilidini açtı[mk]|sıfırladı[mk]|kilitledi[mk]|sildi[mk]|devre dışı bıraktı[mk]|askıya aldı[mk]|oluşturdu[mk]|"
        r"odemčen\w*|zablokován\w*|deaktivován\w*|smazán\w*|resetován\w*|vytvořen\w*|rotacion\w*|rotad[oa]|"
        r"rotiert|resete(?:ar|é|ó|amos|aron|ad[oa]s?|a|an)|reset(?:ei|ou|ad[oa]s?)|renouvel\w*|regenerad[oa]|regenerée?|"
        r"lukitsin|lukittu|suljin|suljettu|nollasin|nollattu|luotu|luotiin|aktivoin|aktivoitu|jäädytin|"
        r"jäädytetty|poisti(?:n|mme) käytöstä|poistettu käytöstä|luon(?:ut|eet)|lukinn(?:ut|eet)|sulken(?:ut|eet)|"
        r"nollann(?:ut|eet)|jäädyttän(?:yt|eet)|avasi(?:n|mme) lukituksen|lukitus avattu|"
        # Portuguese (Portugal) "reposição da palavra-passe", Dutch "token ontkoppeld van `mokafor`"
        r"reposição|repus|repusemos|ontkoppeld|"
        # a Dutch reset started or sent: "een wachtwoordreset voor Pieter gestart"
        r"wachtwoordreset(?=[^.;\n]{0,60}?\b(?:gestart|verstuurd|uitgevoerd|geforceerd)\b)")

ACCESS_OBJ = (r"accesso|accessi|permess[oi]|ruol[oi]|grupp[oi]|diritti|privilegi|amministrator[ei]|"
              r"autorizzazion[ei]|acessos?|permiss(?:ão|ões|oes|ao)|perfil|perfis|função|funções|papel|papéis|direitos|"
              r"administrador\w*|toegang\w*|rechten|groep(?:en)?|beveiligingsgroep(?:en)?|autorisatiegroep(?:en)?|"
              r"sicherheitsgruppe\w*|berechtigungsgruppe\w*|behörighetsgrupp\w*|rol(?:len)?|beheerder\w*|machtiging\w*|eigenaar\w*|"
              r"(?:bearbeitungs|änderungs|nutzungs|benutzer|freigabe|besitzer|ausführungs|lösch)rechte\w*|"
              r"autorisatie\w*|lidmaatschap|membres?|miembros?|mitglied\w*|membr[oi]|"
              r"(?:schreib|lese|admin|zugriffs|voll)rechte\w*|"
              r"(?:läs|skriv|redigerings|administratörs|admin|ägar|full|lese|skrive)?behörighet\w*|åtkomst\w*|"
              r"rättighet\w*|rollen|roller|gruppen|grupper|tilgang\w*|adgang\w*|"
              r"rettighet\w*|uprawnie\w*|dostęp\w*|grup[yieaę]?|rol[iaęe]?|rolü|yetki\w*|grubu\w*|erişim\w*|skupin\w*|"
              r"oprávnění|přístup\w*|role|amministratric[ei]|administratrice|administradora|classes? de sécurité|"
              r"clases? de seguridad|sicherheitsklasse\w*|"
              # login keys: "révocation de ses clés SSH", "ssh-sleutels verwijderd"
              r"clés? ssh|claves? ssh|chaves? ssh|chiavi ssh|ssh-schlüssel\w*|ssh-sleutel\w*|"
              # Finnish rights by compound ("muokkausoikeuksin", "käyttöoikeudet"), groups, roles, access
              r"(?:käyttö|muokkaus|luku|kirjoitus|pääkäyttäjä|ylläpito|admin|katselu|hallinta)?oikeu\w*|"
              r"ryhmä\w*|roolit?|roolin|roolia|rooliin|pääsy\w*|jäsen\w*|grŵp|mynediad|caniatâd|hawliau")
LIFE_OBJ = (r"utenz[ae]|account|credenziali|utent[ei]|casella|contas?|senhas?|usuári[oa]s?|"
            # a client's or a webhook's secret
            r"secretos?(?! profesional)(?! industrial)(?! comercial)(?! bancario)|segredos?|"
            r"(?:api-?)?sleutels?|schlüssel|claves? (?:de )?api|chaves? (?:de )?api|clés? (?:d')?api|"
            r"tokens? fido2?|llaves? fido2?|llaves? de seguridad|chaves? de segurança|"
            r"neues secret|neuen secret|altes secret|alten secret|nieuw secret|nieuwe secret|oude secret|"
            r"nuevo secret|antiguo secret|novo secret|antigo secret|nouveau secret|ancien secret|"
            r"credenciais|colaborador[ae]s?|wachtwoord(?:en|reset)?|gebruiker\w*|medewerker\w*|"
            r"authentification multifacteur|multifacteur|double authentification|autenticación multifactor|"
            r"mehr-?faktor-?authentifizierung|autenticazione a più fattori|autenticação multifator|"
            # a login by its holder ("das Kurierkonto ist gesperrt"), not a bank's or a customer's ledger
            r"(?:benutzer|kurier|fahrer|mitarbeiter|dienst|gast|admin|administrator|service|nutzer|partner|e-mail|"
            r"mail|test|funktions|personal|schüler|lehrer|studierenden|entwickler|lieferanten)konto\w*|"
            r"kontot|kontoen|konta?|användar\w*|"
            # a Swedish login by its holder: "Konsultkontot för Anders Lund har inaktiverats"
            r"(?:konsult|användar|admin|tjänste|gäst|personal|e-post|test|service|system|leverantörs|elev|"
            r"lärar)kont(?:ot|on|ona|o)|lösenord\w*|bruker\w*|bruger\w*|passord\w*|adgangskod\w*|"
            r"tvåfaktor\w*|użytkownik\w*|hasł[oa]\w*|hesab\w*|hesap\w*|kullanıcı\w*|şifre\w*|parola(?![ \t]+chiav)\w*|"
            r"účet\w*|uživatel\w*|heslo|hesla|mfa|chaves?|claves?|clés?|schlüssel\w*|sleutel\w*|"
            # a login's name in a German university or company ("Uni-Kennung `kl` sperren"), a second factor
            r"kennung(?:en)?|benutzerkennung(?:en)?|second facteur|segundo factor|"
            # a person's sign-in factors: "removi os métodos de autenticação antigos da Beatriz"
            r"métodos de autenticação|métodos de autenticación|méthodes d'authentification|"
            r"authentifizierungsmethoden|anmeldemethoden|authenticatiemethoden|metodi di autenticazione|"
            r"käyttäjätil\w*|käyttäjä\w*|salasan\w*|palavras?-passe|"
            r"(?:hardware|oath|otp|totp|mfa)-?tokens?|"
            # a login ("loin uuden tunnuksen"), not a company's business id ("y-tunnus")
            r"(?<![\w-])tunnu(?:s|ksen|kset|ksia|kselle|kseen)")

# Spanish "no" before a verb or a clitic; Portuguese "no" ("in the") before a noun is no negation.
NEGATIONS = (r"no(?=\s*$|\s+(?:se|lo|la|le|les|los|las|me|te|nos|os|ha|han|he|has|hemos|hay|fue|fueron|es|son|está|"
             r"están|era|debe|deben|puede|pueden|puedo|podemos|podría|podré|vamos|voy|va|\w+(?:ar|er|ir|ado|ido|ada|ida|ó|ió|aron|ieron|es|as|en|"
             r"an)\b))|non|não|nao|niet|geen|nicht|kein\w*|ne|aucun\w*|ningún|ninguna|ningun|nenhum\w*|"
             r"nessun\w*|nunca|jamais|mai|weder|inte|icke|ikke|ikkje|nie|nebyl\w*|nebude|değil")
# "keine Administratorrechte ... geben", "geen toegang gegeven": the negation stands before the object,
# not the verb (German and Dutch put the verb last, well past the two words NEGATED looks back).
NEGATED_OBJECT = (r"\b(?:kein\w*|geen|aucun\w*|nessun\w*|ningun\w*|nenhum\w*)\s+(?:\w+\s+){0,2}?"
                  r"(?:\w*rechte[n]?|\w*zugriff\w*|zugang\w*|\w*berechtigung\w*|toegang\w*|acc[eè]s\w*|"
                  r"permess\w*|permis\w*|droits?|rolle\w*|rol|ruol\w*)\b")
# "4,8 % entzogen", "3 % der Rechte entzogen": a share of a review's outcome, a statistic, not a change.
PERCENT_BEFORE = (r"\d[\d.,]*\s*(?:%|prozent|percent|por ciento|pour cent|per cento|procent)"
                  r"(?:\s+(?:der|des|of(?: the)?|de(?:s|l|los|las)?|van de|dei|delle|degli)\s+\w+)?\s*$")
# "318 solicitudes, 297 aprobadas": a count right before a plural participle is a tally of requests.
COUNT_BEFORE = r"(?<![\w./:-])\d[\d.,]*[ \t]*\Z"
REPORTS = (r"pendiente|pendente|in attesa|en attente|ausstehend|in afwachting|solicitó|pidió|ha pedido|"
           r"ha richiesto|ha chiesto|pediu|solicitou|heeft gevraagd|heeft aangevraagd|a demandé|"
           r"hat beantragt|hat angefragt|meldet|signale|relata|segnala|meldt")
# Funding and other non-access senses of the grant verbs: the sentence then needs a strong object.
FUNDING = (r"\b(?:bolsa|subven\w+|subsidi\w*|financiament\w*|finanziament\w*|fördermittel\w*|funding|"
           r"scholarship|beca|proroga|prórroga|prorrogação|sconto|desconto|descuento|korting|rabatt|"
           r"délai|dilazione|prazo|aula|turnhalle|sporthalle|festsaal|saal|salle des fêtes|gymnase|gimnasio|"
           r"palestra|auditori\w*|bühne)\b")


# A reviewer's verdict on the access under review, keep it or take it away, in French, Spanish, Portuguese,
# German, Italian, Dutch, Polish and Swedish ("Entscheidung: beibehalten", "Décision de revue : révoquer pour
# Léa", "Zachować — dostęp zgodny z rolą"). Read by terse_verdicts, iac and prose_decisions.
KEEP_VERDICTS = ("behalten", "beibehalten", "conserver", "maintenir", "mantener", "conservar", "manter", "mantenere",
                 "conservare", "confermare", "behouden", "handhaven", "zachować", "utrzymać", "pozostawić", "behåll",
                 "behålla")
REVOKE_VERDICTS = ("entziehen", "widerrufen", "entfernen", "révoquer", "retirer", "revocar", "retirar", "quitar",
                   "revogar", "remover", "revocare", "rimuovere", "intrekken", "verwijderen", "odebrać", "cofnąć",
                   "usunąć", "återkalla", "ta bort")
