"""German (Deutsch): what draft-reply knows of German (lang/__init__.py)."""

NAME = "German"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py).
QUOTE_SEPARATORS = (
    "weitergeleitete nachricht",
    "urspr(?:ü|ue)ngliche nachricht",
    "original-nachricht",
)
FORWARD_INTROS = ("anfang der weitergeleiteten nachricht",)
ATTRIBUTION_VERBS = (
    "schrieb",
    "schrieb am .{4,40}? uhr",
    "um \\d{1,2}[:.]\\d{2} uhr",
    "schrieb am .{4,40}?(?:,| um) \\d{1,2}[:.]\\d{2}(?: uhr)?",
)
ATTRIBUTION_STARTS = ("am",)
HEADER_FROM = ("von",)
HEADER_FIELDS = (
    "gesendet",
    "datum",
    "an",
    "betreff",
    "kopie(?: \\(cc\\))?",
)
MOBILE_SIGNATURES = (
    "gesendet von",
    "gesendet mit",
    "von meinem",
    "outlook für \\w+ beziehen",
)
DISCLAIMER_CUES = (
    "vertraulich",
    "irrt(?:ü|ue)mlich",
    "richtige adressat",
    "unbefugte",
    "benachrichtigen sie",
    "absender",
)
EXTERNAL_BANNERS = (
    r"\[extern\]\s*$",
    r"\*{0,3}\s*externe (?:e-?mail|nachricht)\s*\*{0,3}\s*[:!.-]",
    r"(?:achtung|vorsicht|warnung|hinweis)\s*[:!-]?\s*(?:diese (?:e-?mail|nachricht) "
    r"(?:stammt|kommt) von (?:au(?:ß|ss)erhalb|einem externen)|externe (?:e-?mail|nachricht|absender))",
    r"diese (?:e-?mail|nachricht) (?:stammt|kommt) von au(?:ß|ss)erhalb (?:der|ihrer|unserer) organisation",
    r"sie erhalten nicht h(?:ä|ae)ufig e-?mails? von",
)
QUOTE_LIBRARY = True  # mail-parser-reply has tables for it

# What a complaint is made of (drafting/concerns.py): a regex alternation per kind of cue.
CONCERN_CUES = {
    "strong": (
        # A promise recalled: "we were promised", "wurde mir zugesichert".
        r"zugesichert|(?<!wie )versprochen|(?:wurde|war) (?:\w+ ){0,3}zugesagt|zugesagt (?:wurde|war)|"
        r"(?:hatten|haben) sie (?:\w+ ){0,8}zugesagt|"
        # Stale figures; an alert that alerted nobody.
        r"veraltet\w*|(?:hat|haben) (?:\w+ ){0,2}niemanden (?:alarmiert|informiert|gewarnt)|"
        # Missing, noticed by the client; slower than before.
        r"fehlten|(?:uns|mir) selbst aufgefallen|selbst bemerkt|"
        r"(?:spürbar |deutlich |viel )?(?:länger|langsamer|schlechter) geworden|"
        # The same as before: "unchanged", "identical" (a report that did not change).
        # Charts without advice: "veel grafieken en weinig advies".
        r"(?:keine|wenig|kaum) (?:Empfehlung\w*|Beratung|Analyse\w*|Einordnung|Handlungsempfehlung\w*)|"
        r"unverändert|identisch|(?:immer noch|genau) (?:die|der|das) gleiche\w*|(?:immer noch|noch immer) (?:dieselbe|derselbe|dasselbe)|"
        # A price rise in figures ("12 % more from January").
        r"\d+ ?(?:%|prozent) (?:mehr|teurer)|preiserhöhung\w*|preisanpassung\w*|"
        # Too little of one thing, too slow, too late; criticised; it takes days.
        r"zu (?:sehr|wenig|langsam|spät|lange|oft|allgemein)|bemängel\w*|beanstand\w*|kritisier\w*|dauert (?:\w+ ){0,3}(?:tage|wochen)|"
        # Something that stopped (the hourly updates, the tracking).
        r"gestoppt|(?:hat|haben|hörte|hörten) (?:\w+ ){0,3}aufgehört|"
        # Counted at zero: "zero conversions", "NULL Bestellungen".
        r"null \w+(?:en|e|s)\b|"
        # Due and not delivered: "doveva essere online a settembre".
        r"h[äa]tte(?:n)? (?:\w+ ){0,6}(?:sollen|müssen)|"
        # Billed wrongly: a complaint in figures ("650 euros instead of the agreed 500").
        # A price rise, a fall in the rankings: "the 9 % increase", "van plek 2 naar plek 11".
        r"Preiserhöhung\w*|(?:Preise?|Gebühr\w*|Honorar\w*) (?:\S+ ){0,6}(?:zu )?erhöh\w*|erhöh\w* (?:\w+ ){0,3}(?:Preise?|Gebühr\w*)|teurer|gefallen|gesunken|abgerutscht|weg von der ersten Seite|nicht mehr auf (?:der )?(?:ersten )?Seite|"
        # Broken, mistaken, not matching: "stopped working", "per errore", "klopt niet".
        r"versehentlich|aus Versehen|funktionier\w* nicht|stimm\w* nicht|weniger \w+ als|"
        # Halved: "quote requests have halved since the summer".
        r"halbiert|"
        # Paying for nothing: "I pay 2,000 a month and I get nothing but excuses".
        r"nichts als|Ausreden|bekomme\w* (?:ich |wir )?(?:dafür )?nichts|nichts (?:dafür|zurück)|Geldverschwendung|(?:ist es |ist das )?nicht wert|"
        r"doppelt (?:berechnet|abgerechnet)|zu viel (?:berechnet|abgerechnet)|statt der vereinbarten|"
        r"ausgefallen|Ausfall|Ausf[äa]lle|offline|nicht erreichbar|abgest[üu]rzt|versp[äa]t\w*|zu sp[äa]t|sp[äa]t|sp[äa]ter|erst (?:am|nach|seit|jetzt|heute|gestern)|schon wieder|wieder|wiederholt|"
        r"immer noch|noch immer|nie|niemals|entt[äa]usch\w*|inakzeptabel|unakzeptabel|"
        r"problem\w*|(?:ge)?wart(?:e|en|et|ete|eten)|fehler\w*|falsch\w*|schlecht\w*|doppelt\w*|"
        # not "ich muss mich jetzt mal beschweren": that says a complaint follows
        r"[äa]rger\w*|ver[äa]rgert|frustr\w*|(?<!\bmich )(?<!\bmal )beschwer\w*|unzufrieden\w*|langsam\w*|"
        # customers lost, angry at the door
        r"verloren|verlier\w*|sauer|"
        r"vers[äa]um\w*|verpass\w*|ignor\w*|niemand|kaputt|ausgefallen|abgestuft|"
        r"herabgestuft|schlechter|unzuverl[äa]ssig\w*|hinterher\w*|weniger|gerutscht|"
        r"abgerutscht|gesunken|eingebrochen|r[üu]ckl[äa]ufig|fehlt|fehlen|fehlend\w*|"
        r"(?:zweite|dritte|vierte)s? mal|in folge|nicht (?:richtig|erreichbar|"
        r"verf[üu]gbar|geliefert|gekommen|gemessen)"
    ),
    "weak": r"nicht|kein\w*|nichts|ohne|nur",
    "emotion": (
        r"entt[äa]usch\w*|frustr\w*|[äa]rger\w*|ver[äa]rgert|unzufrieden\w*|ehrlich\w*|"
        r"peinlich\w*|besorgt|traurig"
    ),
    "things": (
        r"\w*berichte?\w*|reports?|\w*dashboards?|kampagne\w*|rechnung\w*|budget\w*|seo|"
        r"ranking\w*|website\w*|webseite\w*|seite \d|daten\w*|zahlen|auswertung\w*|"
        r"buchung\w*|\w*buchungen|newsletter|tracking|messung|gemessen|"
        r"pr[äa]sentation\w*|tabelle\w*|ma[ßs]nahmen|vorschl[äa]ge?n?|analyse\w*|mailbox|"
        r"r[üu]ckmeldung|antwort|fehler \d+|termin\w*|frist\w*|stunden|ideen"
    ),
    "when": (
        r"januar|februar|m[äa]rz|april|mai|juni|juli|august|september|oktober|november|"
        r"dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|heute|"
        r"gestern|zweimal|dreimal|zwei|drei|vier|f[üu]nf|sechs|sieben|acht|neun|zehn|"
        r"tage(?:lang)?|wochen?|[^\s\d]{0,100}+\d\S*"
    ),
    "silence": (
        r"niemand(?: \w+){0,3} (?:gesagt|informiert|gemeldet|bemerkt|reagiert)|"
        r"ohne dass (?:sie|ihr|du|jemand)(?: \w+){0,4} (?:informiert|gemeldet|gesagt)|"
        r"keine (?:r[üu]ckmeldung|antwort|nachricht)|"
        r"erst nach (?:\w+ ){0,2}\w+ eine antwort|hinterher\w*|nur (?:die )?mailbox|"
        r"nicht (?:zur[üu]ck)?gemeldet|(?:r[üu]ckmeldung|antwort)(?: \w+){0,4} nicht"
    ),
    "others": (
        r"andere(?:n|r)? (?:agenturen?|anbieter|dienstleister|hotel)|(?:eine|einer|"
        r"unsere(?:r)?) (?:anderen |fr[üu]heren |kleineren )?agentur, die|fr[üu]here(?:n|"
        r"r)? agentur|wettbewerb\w*|konkurren\w*"
    ),
}

# Reading the sender's text (drafting/concerns.py): openers, sign-offs, web-form labels, asks.
SALUTATION_OPENERS = (
    "hallo",
    "liebe[rs]?",
    "sehr geehrte[rs]?",
    "guten (?:tag|morgen|abend)",
    "moin",
    "servus",
    r"gr[üu](?:ß|ss) (?:gott|dich|euch)",  # the Austrian and Bavarian hello, not a sign-off
    r"gr[üu]ezi",
    r"gr[üu]essech",
)
SIGN_OFFS = (
    r"viele gr[üu]\w*",
    r"beste gr[üu]\w*",
    r"liebe gr[üu]\w*",
    "mit freundlichen",
    r"freundliche gr[üu]\w*",
    r"sch[öo]ne gr[üu]\w*",
    r"gr[üu](?:ß|ss)e?(?! (?:gott|dich|euch)\b)",
    "lg",
    "mfg",
    "vg",
    "danke",
)
FORM_LABELS = ("firma", "telefon", "betreff", "nachricht", "kommentar")
REQUESTS = (
    "bitte",
    "k[öo]nnen sie",
    "k[öo]nnten sie",
    "kannst du",
    "k[öo]nntest du",
    "würden sie",
)
CONJUNCTIONS = ("und", "oder")

# Checking a reply (checks/review.py): a model's preamble, and excuse or blame phrases.
PREAMBLES = (r"hier (?:ist|kommt) (?:ein|der|die|Ihr|dein)\w* (?:Entwurf|Antwort|Vorschlag)",)
SPELLED_NUMBERS = (
    ("null",),
    ("ein", "erst"),
    ("zwei", "zweit"),
    ("drei", "dritt"),
    ("vier", "viert"),
    ("fünf", "fünft"),
    ("sechs", "sechst"),
    ("sieben", "siebt"),
    ("acht", "acht"),
    ("neun", "neunt"),
    ("zehn", "zehnt"),
    ("elf", "elft"),
    ("zwölf", "zwölft"),
    ("dreizehn", "dreizehnt"),
    ("vierzehn", "vierzehnt"),
    ("fünfzehn", "fünfzehnt"),
    ("sechzehn", "sechzehnt"),
    ("siebzehn", "siebzehnt"),
    ("achtzehn", "achtzehnt"),
    ("neunzehn", "neunzehnt"),
    ("zwanzig", "zwanzigst"),
)
HALF_WORDS = ("einhalb", "komma fünf")
RANK_WORDS = ("rang", "platz", "position", "stelle", "nummer", "nr.", "#")
OF_WORDS = ("von", "unter", "aus")
SHARE_WORDS = ("%", "prozent")
TOP_CLIENT_WORDS = (
    "80/20",
    "80-20",
    "pareto",
    "top-kunden",
    "topkunden",
    "wichtigsten kunden",
    "größten kunden",
    "umsatzstärksten kunden",
    "kleineren kunden",
    "kleinsten kunden",
    "a-kunden",
)

PROMISES = (
    "gutschrift",
    "rückerstattung",
    "erstatten",
    "erstattung",
    "rabatt",
    "nachlass",
    "preisnachlass",
    "kostenlos",
    "kostenfrei",
    "ohne berechnung",
    "entschädigung",
    "garantier",
    "innerhalb von 24 stunden",
    "innerhalb von 48 stunden",
    "bis morgen",
    "bis heute abend",
)

CONDESCENSION = (
    "sie sind nicht einmal",
    "nicht einmal ein großer kunde",
    "einer unserer kleinsten",
    "bei allem respekt",
    "offensichtlich haben sie",
    "wie jeder weiß",
    "ich erkläre es gerne noch einmal",
    "lesen sie meine letzte",
    "hätten sie gelesen",
    "ehrlich gesagt",
)

EXCUSES = (
    "leider",
    "wie bereits gesagt",
    "wie bereits erwähnt",
    "wie schon gesagt",
    "nicht unsere schuld",
    "nie unsere schuld",
    "nicht meine schuld",
    "wir hatten viel zu tun",
    "entschuldigen sie die unannehmlichkeiten",
)

# Writing dates (lang.format_date): "4. März 2026" in a reply; numeric in an internal note.
MONTHS = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)
DATE_FORMAT = "{day}. {month} {year}"
NUMERIC_DATE_FORMAT = "{day:02}.{month:02}.{year}"

# The line above the quoted original (mail/reply.py): "Am 03.11.2026 um 14:05 schrieb Anna:".
ATTRIBUTION = "Am {day:02}.{month:02}.{year} um {time} schrieb {who}:"
ATTRIBUTION_UNDATED = "{who} schrieb:"

# A client book's salutation (lower case) as a German reply writes it (accounts/book.py); German
# has no established neutral form of Mx, so the reply greets with the full name.
SALUTATIONS = {
    "frau": "Frau",
    "herr": "Herr",
    "ms": "Frau",
    "mrs": "Frau",
    "miss": "Frau",
    "mr": "Herr",
}

# The heat lexicon (checks/tone.py): kind -> groups of phrases sharing a weight; the format
# is documented in assistant/data/heat_lexicon.toml, which holds the shared [shouting].
HEAT_LEXICON = {
    "insult": (
        {
            "weight": 0.7,
            "phrases": [
                "Idiot",
                "Idioten",
                "idioten",
                "stümper",
                "dilettanten",
                "amateure",
                "ein amateur",
                "versager",
                "idiotisch",
                "Dilettant",
                "Dilettanten",
                "dilettantisch",
                "Amateure",
                "Amateurverein",
                "Stümper",
                "stümperhaft",
                "Versager",
                "Trottel",
                "Deppen",
                "Depp",
                "Lügner",
                "gelogen",
                "Vollpfosten",
                "Pfeifen",
                "Saftladen",
                "Sauhaufen",
                "Chaotentruppe",
                "Chaotenhaufen",
                "Witzfiguren",
                "Luschen",
                "Nichtskönner",
                "Taugenichtse",
                "faul",
                "hirnlos",
                "Clown",
                "Clowns",
                "Clownsverein",
                "Kasperletheater",
                "Kasperverein",
                "Affentheater",
                "Affenzirkus",
                "Pfuscher",
                "Stümperei",
                "Murks",
                "Pfusch",
                "Bastelei",
                "Gebastel",
                "Rumgefummel",
            ],
            "patterns": [
                # Arbeit als Müll bezeichnet: "euer Bericht war MÜLL", "reiner Schrott"
                r"\b(?:ist|war|sind|waren|reiner|reines|totaler|totales|kompletter|komplettes|"
                r"absoluter|einfach|nur|echt|doch|der\s+letzte|ein\s+Haufen|so\s+ein|so\s+einen)"
                r"\s+(?:\w+\s+)?(?:Müll|Schrott)\b",
                # "Ihr sogenannter Experte", "eure so genannten Profis"
                r"\bso\s?genannte[nrsm]?\s+[„\"“'‚]?\s*(?:Experte\w*|Expertin\w*|Fachleute|"
                r"Fachmann|Profis?|Spezialist\w*|Berater\w*|Team|Agentur|Support)\b",
            ],
        },
        {
            "weight": 0.45,
            "phrases": [
                "lächerlich",
                "erbärmlich",
                "armselig",
                "ahnungslos",
                "ein Witz",
                "ein schlechter Witz",
                "ein Zirkus",
                "eine Farce",
                "ein Trauerspiel",
                "ein Armutszeugnis",
            ],
        },
    ),
    "profanity": (
        {
            "weight": 0.6,
            "phrases": [
                "Scheiße",
                "Scheisse",
                "Scheiß",
                "Scheiss",
                "beschissen",
                "verarscht",
                "verarschen",
                "Verarsche",
                "zum Kotzen",
                "Arsch",
                "am Arsch",
                "Kacke",
                "Mistladen",
                "Drecksladen",
            ],
            "patterns": [r"\bschei(?:ß|ss)\w*", r"\bverfickt\w*", r"\bfick\w*"],
        },
        {
            "weight": 0.35,
            "phrases": [
                "Mist",
                "verdammt",
                "verdammte",
                "verdammten",
                "verflucht",
                "verflixt",
                "zum Teufel",
                "Herrgott",
                "Himmel nochmal",
            ],
        },
    ),
    "absolute": (
        {
            "weight": 0.15,
            "negatable": True,
            "phrases": [
                "nie",
                "niemals",
                "nie wieder",
                "niemand",
                "keiner",
                "jedes Mal",
                "jedesmal",
                "jedes einzelne Mal",
                "ständig",
                "dauernd",
                "andauernd",
                "fortwährend",
                "kein einziges Mal",
                "kein einziger",
                "keine einzige",
                "nicht ein einziges Mal",
                "immer wieder",
                "schon wieder",
                "wieder einmal",
                "zum wiederholten Mal",
                "zum wiederholten Male",
                "rein gar nichts",
                "gar nichts",
                "überhaupt nichts",
                "ausnahmslos",
                "grundsätzlich nie",
            ],
            # "immer", but not "wie immer", "immer noch" (still), "für immer" or "immer mehr/öfter".
            "patterns": [r"(?<!\bwie )(?<!\bfür )\bimmer\b(?!\s+(?:noch|mehr|öfter|wieder)\b)"],
        },
    ),
    "accusation": (
        {
            "weight": 0.35,
            "negatable": True,
            "phrases": [
                "unfähig",
                "Unfähigkeit",
                "inkompetent",
                "Inkompetenz",
                "unprofessionell",
                "inakzeptabel",
                "nicht akzeptabel",
                "unzumutbar",
                "eine Zumutung",
                "Frechheit",
                "eine Unverschämtheit",
                "unverschämt",
                "schlampig",
                "Schlamperei",
                "nachlässig",
                "fahrlässig",
                "unzuverlässig",
                "versagt",
                "Versagen",
                "Ihre Schuld",
                "eure Schuld",
                "Ihr Fehler",
                "im Stich gelassen",
                "nicht ernst genommen",
                "ignoriert",
                "hingehalten",
                "vertröstet",
                "nicht gut genug",
                "tief enttäuscht",
                "sehr enttäuscht",
                "maßlos enttäuscht",
                "schwer enttäuscht",
                "äußerst enttäuscht",
                "mehr als enttäuscht",
                "wofür bezahlen wir",
                "wofür zahlen wir",
                "dafür zahlen wir",
                "dafür bezahlen wir",
                "keine Ausrede",
                # die formelle Beschwerde, kühl, aber deutlich
                "unzufrieden",
                "nicht zufrieden",
                "nicht akzeptieren",
                "nicht hinnehmen",
                "nicht bezahlen",
                "nicht begleichen",
                "hinter unseren Erwartungen",
                "unter unseren Erwartungen",
                "nicht unseren Erwartungen",
                "nicht mehr unseren Erwartungen",
                "nicht unseren Ansprüchen",
                "nicht mehr unseren Ansprüchen",
                "wurde uns versprochen",
                "wurde uns zugesagt",
                "war so nicht vereinbart",
                "nie vereinbart",
                "wie kann es sein",
                "wie ist es möglich",
                "ich habe mehr erwartet",
                "wir haben mehr erwartet",
            ],
            # "ihr habt/Sie haben ... versprochen" (up to six words in between), "Sie hatten zugesagt".
            "patterns": [
                r"\b(?:ihr|sie|du)\s+(?:habt|haben|hattet|hatten|hast|hattest)\b(?:\s+\S+){0,6}?\s+(?:versprochen|zugesagt|garantiert|zugesichert)\b",
                # "möchte mich offiziell über ... beschweren", "ich beschwere mich"
                r"\b(?:mich|uns)\s+(?:\w+\s+){0,6}?beschweren\b|\bbeschweren?\s+(?:mich|uns)\b",
                # "Das darf einfach nicht passieren", "darf so nicht vorkommen"
                r"\b(?:das|es|dies)\s+ist\s+(?:\w+\s+)?nicht\s+in\s+Ordnung\b",
                r"\bdarf\s+(?:\w+\s+)?(?:nicht|nie)\s+(?:mehr\s+)?(?:passieren|vorkommen|sein)\b",
                # eine Rechnung bestritten: "widersprechen wir der Rechnung", "Einspruch gegen die Rechnung"
                r"\b(?:widersprechen|beanstanden|bestreiten|reklamieren)\s+(?:wir|ich)?\s*(?:der|die|diese[rn]?|Ihre[rn]?)\s+(?:\w+\s+)?(?:Rechnung|Abrechnung|Position(?:en)?)\b",
            ],
        },
        {
            # Frustration aimed at us, mild on its own.
            "weight": 0.2,
            "negatable": True,
            "phrases": [
                "ärgerlich",
                "verärgert",
                "frustrierend",
                "frustriert",
                "enttäuschend",
                "enttäuscht",
                "genervt",
                "nervig",
                "sauer",
                "wütend",
                "stinksauer",
            ],
        },
    ),
    "exasperation": (
        {
            # Das Nachlaufen leid: "zum dritten Mal", "die Nase voll", "ich bin es leid".
            "weight": 0.35,
            "negatable": True,
            "phrases": [
                "jetzt reicht es",
                "es reicht jetzt",
                "mir reicht es",
                "uns reicht es",
                "mir reicht's",
                "uns reicht's",
                "die Nase voll",
                "wie oft noch",
                "wie oft denn noch",
                "wie oft muss ich",
                "wie oft müssen wir",
                "meine Geduld ist am Ende",
                "unsere Geduld ist am Ende",
                "Geduld ist erschöpft",
            ],
            "patterns": [
                # "ich bin es leid", "ehrlich gesagt bin ich es leid", "wir haben es satt"
                r"\b(?:bin|sind|habe|haben)\s+(?:(?:ich|wir)\s+)?(?:es|das)\s+(?:(?:so|echt|wirklich|langsam|gründlich|ehrlich\s+gesagt)\s+)?(?:leid|satt)\b",
                # wieder nachhaken: "zum dritten Mal muss ich nachfragen"
                r"\bdas\s+(?:zweite|dritte|vierte|fünfte|x-te|zigste)\s+Mal,?\s+dass\s+(?:ich|wir)\b",
                r"\bso\s+kann\s+es\s+(?:\w+\s+)?nicht\s+(?:weitergehen|bleiben)\b",
                r"\bzum\s+(?:zweiten|dritten|vierten|fünften|sechsten|x-ten|zigsten|hundertsten|\d+\.)\s+Mal\b",
                r"\b(?:Ihnen|euch|dir)\s+(?:\w+\s+){0,5}?(?:ständig\s+|immer\s+wieder\s+)?(?:hinterher|nach)(?:zu)?(?:laufen|rennen|telefonieren)\b",
            ],
        },
        {
            # Warten, mild allein: "immer noch keine Antwort", "ich warte seit zwei Wochen".
            "weight": 0.2,
            "negatable": True,
            "phrases": [
                "immer noch keine Antwort",
                "immer noch keine Rückmeldung",
                "noch immer keine Antwort",
                "noch immer keine Rückmeldung",
                "immer noch nichts",
                "noch immer nichts",
            ],
            "patterns": [
                r"\bwarte[nt]?\s+(?:\w+\s+)?seit\s+(?:\w+\s+){0,2}(?:Tagen|Wochen|Monaten|Woche|Monat)\b",
                r"\b(?:gibt\s+es|kommt|kommen|wann)\s+(?:\w+\s+)?endlich\b",
            ],
        },
    ),
    "ultimatum": (
        {
            # Eine Forderung mit Folge: "... sonst brauchen Sie sich gar nicht mehr zu melden".
            "weight": 0.45,
            "phrases": [
                "zum letzten Mal",
                "ein letztes Mal",
                "keine Ausreden mehr",
                "ohne Wenn und Aber",
            ],
            "patterns": [
                r"\bbrauch(?:en|t|st)\s+(?:Sie|ihr|du)\s+(?:sich\s+|euch\s+|dich\s+)?(?:auch\s+)?(?:gar|überhaupt)\s+nicht\s+mehr\b",
                r"\b(?:sonst|ansonsten|andernfalls)\s+(?:brauchen|braucht|können|könnt)\s+(?:Sie|ihr)\s+(?:es|das|sich\s+das|euch\s+das)\s+(?:auch\s+)?(?:gleich|direkt)?\s*(?:lassen|sparen|sein\s+lassen)\b",
            ],
        },
        {
            "weight": 0.2,
            "phrases": [
                "ich verlange",
                "wir verlangen",
                "ich bestehe darauf",
                "wir bestehen darauf",
            ],
        },
    ),
    "threat_to_leave": (
        {
            # Die höfliche, kühle Form: "ob die Zusammenarbeit so noch Sinn ergibt".
            "weight": 0.5,
            "negatable": True,
            "phrases": [
                "nicht verlängern",
                "nicht mehr verlängern",
            ],
            "patterns": [
                r"\bZusammenarbeit\b(?:\s+\S+){0,5}?\s+(?:noch\s+)?(?:Sinn\s+(?:ergibt|macht|hat)|(?:keinen|wenig)\s+Sinn|neu\s+bewerten|überprüfen|hinterfragen)\b",
            ],
        },
        {
            "weight": 0.8,
            "negatable": True,
            "phrases": [
                "kündigen",
                "kündigen wir",
                "Kündigung",
                "fristlos",
                "Sonderkündigungsrecht",
                "Anbieter wechseln",
                "Agentur wechseln",
                "Dienstleister wechseln",
                "Partner wechseln",
                "den Anbieter wechseln",
                "die Agentur wechseln",
                "Vertrag beenden",
                "Vertrag auflösen",
                "Zusammenarbeit beenden",
                "Zusammenarbeit überdenken",
                "Zusammenarbeit infrage stellen",
                "Zusammenarbeit in Frage stellen",
                "Zusammenarbeit auf den Prüfstand",
                "Alternativen prüfen",
                "nach Alternativen umsehen",
                "anderweitig umsehen",
                "neu ausschreiben",
                "Konsequenzen ziehen",
                "letzte Chance",
                "letzte Warnung",
                "rechtliche Schritte",
                "unser Anwalt",
                "unseren Anwalt",
                "Rechtsabteilung",
            ],
            "patterns": [
                r"\b(?:nach|um)\s+(?:(?:einer|einem|einen|eine)\s+)?(?:anderen|andere|neuen|neue|alternativen)\s+(?:Agentur|Agenturen|Anbieter|Dienstleister|Dienstleistern|Partner|Partnern|Lieferanten)\b",
                r"\b(?:den|die|unseren|unsere|diesen|diese)\s+(?:Vertrag|Zusammenarbeit|Rahmenvertrag|Auftrag)\b(?:\s+\S+){0,4}?\s+(?:beenden|auflösen|kündigen|aufkündigen)\b",
                r"\b(?:prüfen|suchen|sondieren|vergleichen|sehen\s+uns|schauen\s+uns)\s+(?:\w+\s+){0,2}(?:nach\s+)?(?:andere[nr]?|alternative[nr]?)\s+(?:Anbieter(?:n)?|Agentur(?:en)?|Dienstleister(?:n)?|Partner(?:n)?)\b",
            ],
        },
    ),
    "sarcasm": (
        {
            "weight": 0.4,
            "phrases": [
                "brieftaube",
                "per postkutsche",
                "mit der postkutsche",
                "na toll",
                "na super",
                "na prima",
                "na klasse",
                "na wunderbar",
                "na großartig",
                "vielen Dank auch",
                "danke auch",
                "danke für nichts",
                "herzlichen Dank auch",
                "echt super",
                "ganz toll",
                "ganz großes Kino",
                "großes Kino",
                "Glückwunsch auch",
                "wie überraschend",
                "was für ein Zufall",
                "welch ein Zufall",
                "so ein Zufall",
                "welch Überraschung",
                "was für eine Überraschung",
                "wie immer halt",
            ],
            "patterns": [
                r"\b(?:toll|super|klasse|prima|großartig|spitze)\s+gemacht\s*(?:\.\.\.|…)",
                # Lob für eine Enttäuschung: "Toll, wieder eine Woche ohne Bericht."
                r"\b(?:toll|super|klasse|prima|großartig|wunderbar|perfekt|spitze|herrlich)\s*[,.!…]+\s*(?:und\s+)?(?:schon\s+|mal\s+|noch\s+)?(?:wieder|wiedermal|erneut|noch\s+eine?)\b",
                r"\bvielen\s+dank\s*(?:\.\.\.|…)",
                r'["“”‘’\u201e\u201a«»]\s*(?:Premium|Premium-Service|Service|Kundenservice|Support|Partner|Partnerschaft|Betreuung|Rundum-Betreuung|Experten|Expertise|professionell|professionelle|Qualität|Top|Priorität|engagiert|proaktiv|strategisch|Hilfe|Team)\s*["“”‘’«»]',
            ],
        },
    ),
}

# Numbers in internal notes (accounts/figures.py): 60,000 and 6.0% (en); 60.000 and 6,0 % (de).
THOUSANDS_SEPARATOR = "."
DECIMAL_MARK = ","
PERCENT_FORMAT = "{} %"
# The 80/20 recommendation (playbook step 4) and the manager note's lines (step 5): internal.
RECOMMENDATIONS = {
    "pursue": "ausbauen",
    "maintain": "halten",
    "re-scope": "Umfang neu festlegen",
}
RECOMMENDATION_REASONS = {
    "no_revenue": "kein Kunde im Kundenbuch hat Umsatz, daher gibt es keine Rangfolge",
    "top": "einer der {count} Kunden, die {target} des Umsatzes bringen (Rang {rank} von {n}, {share} des Umsatzes)",
    "top_costly": "Betreuungskosten {ratio} des Umsatzes im Zeitraum, über {limit}: Aufwand gezielt einsetzen",
    "outside": "nicht unter den {count} Kunden, die {target} des Umsatzes bringen (Rang {rank} von {n}, {share} des Umsatzes)",
    "costly": "Betreuungskosten {ratio} des Umsatzes im Zeitraum, über {limit}",
    "hours": "{hours} der erfassten Stunden bei {share} des Umsatzes (mehr als das {factor}-Fache)",
    "cost_ok": "Betreuungskosten {ratio} des Umsatzes im Zeitraum, innerhalb von {limit}",
    "hours_ok": "{hours} der erfassten Stunden bei {share} des Umsatzes",
    "no_cost": "Betreuungskosten unbekannt: kein Stundensatz im Kundenbuch",
    "no_hours": "keine Stunden für diesen Kunden im Bewertungszeitraum erfasst",
}
RANK_PHRASE = "Rang {rank} von"  # a leak of the rank into a reply is flagged
MANAGER_NOTE_LINES = {
    "client": "Kunde: {name}{tier}",
    "tier": " (Servicestufe: {tier})",
    "revenue": "Umsatz: {revenue} {cur} pro Jahr, {share} des Gesamtumsatzes; Rang {rank} von {n}",
    "top_in": "80/20: unter den {count} Kunden, die {target} des Umsatzes bringen (kumulierter Anteil bis zu diesem Rang: {cumulative})",
    "top_out": "80/20: nicht unter den {count} Kunden, die {target} des Umsatzes bringen (kumulierter Anteil bis zu diesem Rang: {cumulative})",
    "period": "Bewertungszeitraum: {start} bis {end} ({days} Tage)",
    "hours": "Stunden im Zeitraum: {hours} Std., {share} aller erfassten Stunden",
    "cost_unknown": "Betreuungskosten: unbekannt (kein Stundensatz: hourly_cost oder default_hourly_cost im Kundenbuch setzen)",
    "cost": "Betreuungskosten: {cost} {cur} zu {rate} {cur}/Std., {ratio} des Umsatzes im Zeitraum ({period_revenue})",
    "recommendation": "Empfehlung: {action}",
    "reasons": "Gründe: {reasons}",
}

# Splitting prose into sentences (lang/sentences.py): a full stop after these ends none.
ABBREVIATIONS = (
    "dr",
    "prof",
    "nr",
    "z.b",
    "bzw",
    "ca",
    "vgl",
    "usw",
    "ggf",
    "inkl",
    "evtl",
    "d.h",
    "u.a",
    "sog",
    "jan",
    "feb",
    "mär",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "okt",
    "nov",
    "dez",
)
# Numbers written as words, which a note's figures may use (checks/_note_checks.py).
NUMBER_WORDS = {
    "eins": 1,
    "ein": 1,
    "eine": 1,
    "einen": 1,
    "einem": 1,
    "einer": 1,
    "eines": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
}

# Register (lang/formality.py): du forms against Sie forms; "Sehr geehrte", "Herr X" are formal.
INFORMAL_FORMS = (
    r"(?i)(?<!\w)(?:du|dich|dir|dein\w*|euch|euer|eure\w*)(?!\w)",
    # "ihr seid", "Ihr habt": ihr with its own verb (formal "Ihr" is "your": "Ihr Bericht").
    r"(?i)(?<!\w)ihr (?:seid|habt|wart|hattet|könnt|konntet|müsst|musstet|solltet|wollt|"
    r"schickt|macht|sagt|arbeitet|liefert|meldet|antwortet|schreibt|tut|kriegt|bekommt)(?!\w)",
    # du's imperative: "ruf mich an", "schreib mir", "melde dich".
    r"(?i)(?<!\w)(?:ruf|schreib|schick|sag|gib|meld) (?:mich|mir|uns)(?!\w)",
)
FORMAL_FORMS = (
    r"(?<!\w)(?:Ihnen|Ihre[mnrs]?)(?!\w)",
    r"(?<=[a-zäöüß,] )(?:Sie|Ihr)(?!\w)",
    r"(?i:sehr geehrte)|(?<!\w)(?:Herr|Frau) [A-ZÄÖÜ]",
)

# A first line that greets by first name ("Hallo Sam", "Lieber Tom") is informal when the text
# has neither du nor Sie (lang/formality.py); "Hallo Herr Carter" is not.
INFORMAL_OPENERS = (
    # "Hoi Sam", "Sali Sam", "Grüss dich": the Swiss and Austrian ones too
    r"(?i)(?:hallo|hi|hey|moin|servus|liebe[rs]?|hoi|sali|salü|ciao|grü(?:ss|ß) dich,?)\s+"
    r"(?!(?:herr|frau|dr|prof|zusammen|team|allerseits|kollegen|kolleginnen)\b)[^\W\d_]"
)
# Greetings (mail/sender.py, drafting/prompts.py): a formal greeting names the whole name,
# "Guten Tag Anna Müller" (other languages greet by first name: "Dear Anna").
FORMAL_GREETS_FULL_NAME = True

# Who wrote (mail/sender.py): words that make a display name a role or a machine, "via", no-reply.
ROLE_WORDS = (
    "buchhaltung",
    "kundenservice",
    "kundendienst",
    "benachrichtigung",
    "benachrichtigungen",
    "vertrieb",
    "zentrale",
    "redaktion",
)
VIA_WORDS = ("über",)
NO_REPLY_WORDS = ("nicht[-_ ]?antworten",)
# A negation in the four words before a heat phrase cancels it (checks/tone.py).
NEGATIONS = ("nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines")

# The offline drafter (drafting/offline.py): the formal greeting from a client book's salutation
# ("Sehr geehrte Frau Dr. Huber": titles stay, the first name goes), words that match no work
# item, and words that name one concept in mail and work log.
FORMAL_OPENERS = {"Frau": "Sehr geehrte", "Herr": "Sehr geehrter"}
STOP_WORDS = (
    "aber",
    "alle",
    "allem",
    "also",
    "auch",
    "bereits",
    "beim",
    "bitte",
    "dann",
    "dass",
    "dazu",
    "dem",
    "den",
    "der",
    "des",
    "die",
    "dies",
    "diese",
    "diesem",
    "dieser",
    "doch",
    "durch",
    "eine",
    "einem",
    "einen",
    "einer",
    "eines",
    "erst",
    "etwa",
    "für",
    "habe",
    "haben",
    "hatte",
    "heute",
    "ihnen",
    "ihre",
    "ihrem",
    "ihren",
    "ihrer",
    "immer",
    "jede",
    "jeden",
    "jetzt",
    "kamen",
    "kann",
    "keine",
    "kommt",
    "mehr",
    "mich",
    "mir",
    "mit",
    "nach",
    "noch",
    "nicht",
    "nur",
    "oder",
    "schon",
    "sehr",
    "seit",
    "sich",
    "sind",
    "steht",
    "über",
    "uns",
    "unsere",
    "unser",
    "unserer",
    "vom",
    "von",
    "war",
    "waren",
    "weil",
    "wenn",
    "werden",
    "wie",
    "wieder",
    "wir",
    "woche",
    "wochen",
    "wurde",
    "zum",
    "zur",
    "geliefert",
    "versendet",
    "erstellt",
)
CONCEPTS = {"outage": ("erreichbar", "ausgefallen", "ausfall", "störung", "wiederhergestellt")}

# Checking a reply's own words (checks/_reply_checks.py): asks without a question mark and the
# question words they lead to, the lead-in of the client's questions restated, thanks, the
# lead-in of the work record, a subject line's label.
ASKS = (
    r"mich\s+(?:würde\s+)?interessier\w*",
    r"(?:ich|wir)\s+(?:würden?|möchten?)\s+(?:\w+\s+){0,4}?(?:hören|wissen|erfahren|verstehen)",
    r"gerne?\s+würden?\s+(?:ich|wir)\s+(?:\w+\s+){0,4}?(?:hören|wissen|erfahren|verstehen)",
    r"(?:ich|wir)\s+wüssten?\s+gerne?",
    r"(?:sag|sagen\s+Sie|schreib|schreiben\s+Sie|teil|teilen\s+Sie|lass|lassen\s+Sie)\s+"
    r"(?:mir|mich|uns)",
    r"es\s+würde\s+(?:mir|uns)\s+(?:\w+\s+)?helfen",
    r"(?:ich|wir)\s+freuen?\s+(?:mich|uns)\s+(?:über|auf)\s+(?:Ihre|deine|eure)\s+"
    r"(?:Rückmeldung|Einschätzung|Antwort|Sicht)",
)
QUESTION_WORDS = (
    "was",
    "wie",
    r"welche\w*",
    "ob",
    "warum",
    "wo",
    "wer",
    "wann",
    "woran",
    "wodurch",
    "womit",
    "inwiefern",
    "inwieweit",
)
THEIR_QUESTIONS = (
    r"(?:Sie|du) (?:fragen|fragten|fragst|fragtest|haben gefragt|hast gefragt|möchten wissen|"
    r"willst wissen)",
    r"(?:Ihre|deine) (?:\w+ )?Fragen",
)
THANKS = (r"danke\w*", "dank", r"dankbar\w*", r"bedanke\w*", "danken", "zu sch[äa]tzen")
RECORD_INTROS = (
    r"was wir\b[^:.!?]{0,80}?(?:erledigt|umgesetzt|geliefert|geleistet|erstellt|gemacht|getan)",
    r"(?:unsere|die) (?:Arbeit(?:en)?|Leistungen)\b",
    "Arbeiten, die wir",
)
SUBJECT_LABELS = ("betreff",)
# The reply's own du and Sie forms (checks/_reply_checks.py), as detect_formality counts them,
# but Sie, Ihr and Ihre count only inside a sentence (at its start they may be "they" and
# "their"), and "dein" only as a word ("Deinstallation" is none).
REPLY_INFORMAL_FORMS = r"(?i)(?<!\w)(?:du|dich|dir|dein(?:e[mnrs]?)?|euch|euer|eure[mnrs]?)(?!\w)"
REPLY_FORMAL_FORMS = r"(?<!\w)Ihnen(?!\w)|(?<=[a-zäöüß,] )(?:Sie|Ihr|Ihre[mnrs]?)(?!\w)"
REPLY_PRONOUNS = ("du", "Sie")  # informal, formal: named in the finding

# Reading a model's internal notes (checks/_note_checks.py): the recommendation in prose,
# labels, negations, hedges, someone else's wish, advice (regex fragments).
NOTE_ACTIONS = {
    "pursue": (
        r"\bvoll(?:ständig|umfänglich)?\s+(?:zu\s+)?verfolgen\b",
        r"\b(?:weiter|stärker|aktiv)\s+(?:zu\s+)?verfolgen\b",
        r"\baus(?:zu)?bauen\b",
        r"\b(?:mehr|stärker)\s+(?:\w+\s+){0,3}?investieren\b",
    ),
    "maintain": (
        r"\bbeibehalten\b|\bbeizubehalten\b",
        r"\bim\s+(?:bisherigen|aktuellen|jetzigen|derzeitigen|gegenwärtigen|vereinbarten|gleichen)\s+(?:Umfang|Rahmen)\b",
        r"\b(?:Umfang|Niveau|Betreuungsumfang|Leistungsumfang)\s+(?:zu\s+)?halten\b",
    ),
    "re-scope": (
        r"\bneu\s+(?:zu\s+)?zu(?:zu)?schneiden\b",
        r"\bUmfang\s+neu\s+(?:zu\s+)?festlegen\b|\bUmfang\s+neu\s+festzulegen\b",
        r"\bzurück(?:zu)?(?:fahren|schrauben)\b|\bherunter(?:zu)?fahren\b",
        r"\b(?:Umfang|Aufwand|Stunden|Betreuung\w*|Leistung\w*|Einsatz|Zeitaufwand)\b[^.;,]{0,40}?\b(?:zu\s+)?(?:reduzieren|verringern|einschränken|einzuschränken|begrenzen|verkleinern|senken)\b",
        r"\b(?:Reduzierung|Reduktion|Verringerung|Einschränkung|Begrenzung)\s+(?:des|der)\s+\w*(?:umfang|aufwand|stunden|betreuung|leistung)\w*",
    ),
}
NOTE_LABEL_LEADS = (
    "empfehlung",
    "empfehle(?:n)?",
    "vorschlag",
)
NOTE_LABEL_WORDS = {"ausbauen": "pursue", "halten": "maintain", "beibehalten": "maintain"}
NOTE_NEGATIONS = (
    "nicht",
    r"kein\w*",
    "nie",
    "niemals",
    "keinesfalls",
    "statt",
    "anstatt",
    "anstelle",
    "ohne",
    "gegen",
    "vermeiden",
)
FINAL_NEGATIONS = (
    "nicht",
    "nie",
    "niemals",
)
RELATIVE_WORDS = (
    "weil",
    r"welche\w*",
)
NEGATED_STATEMENTS = (
    r"(?:ist|sind|wäre|wären|scheint|erscheint)\s+(?:\w+\s+)?(?:nicht|kein\w*)\b",
    r"nicht\s+(?:nötig|notwendig|angezeigt|erforderlich|sinnvoll|geboten|ratsam|gerechtfertigt)\b",
)
THOUGHT_BREAKS = (
    "aber",
    "sondern",
    "stattdessen",
    "jedoch",
    "daher",
    "deshalb",
    "deswegen",
    "darum",
    "also",
    "und",
)
HEDGES = (
    "wenn",
    "falls",
    "sofern",
    "ob",
    "sobald",
    "vielleicht",
    "eventuell",
    "möglicherweise",
    "könnte",
    "könnten",
    "wäre",
    "wären",
    "ggf",
)
FIRST_PERSON = (
    "ich",
    "wir",
)
WISHES = (
    r"wünsch\w*",
    r"möchte\w*",
    r"erwarte\w*",
    r"forder\w*",
    r"bitte\w*",
    r"hoff\w*",
    r"verlang\w*",
)
ADVICE_WORDS = (
    r"empfehl\w*",
    "rate",
    "raten",
    "rät",
    r"schlage\w*",
    r"vorschlag\w*",
    r"sollte\w*",
    r"würde\w*",
)

# Claims of work done (checks/grounding.py): participle cues, what makes a claim none (future,
# intention, negation), and the German clause grammar: our and their subjects, prepositions,
# the conjunctions that start a clause, subordinating ones.
CLAIM_CUES = (
    "geliefert",
    "ausgeliefert",
    "umgesetzt",
    "erledigt",
    "behoben",
    "eingerichtet",
    "erstellt",
    "abgeschlossen",
    "implementiert",
    "versendet",
    "verschickt",
    "gesendet",
    "geschickt",
    "veröffentlicht",
    "aufgesetzt",
    "vorbereitet",
    "gebaut",
    "optimiert",
    "überarbeitet",
    "migriert",
    "durchgeführt",
    "bereitgestellt",
    "gelöst",
    "repariert",
    "aktualisiert",
    "geschrieben",
    "analysiert",
    "eingeführt",
    "fertiggestellt",
    "konfiguriert",
    "installiert",
    "präsentiert",
    "wiederhergestellt",
    "lieferten",
    "erstellten",
    "umgestellt",
    "entwickelt",
    "angepasst",
    "eingebaut",
    "angelegt",
)
NOT_A_CLAIM = (
    "werden",
    "werde",
    "wird",
    "wollen",
    "möchten",
    "möchte",
    "können",
    "könnten",
    "würden",
    "sollen",
    "sollten",
    "planen",
    "künftig",
    "zukünftig",
    "nicht",
    "nie",
    r"kein\w*",
)
OUR_SUBJECTS = (
    "[Ww]ir",
    "[Ii]ch",
    r"[Uu]nser(?:e)?\s+(?:\w*[Tt]eam\w*|Agentur|Kolleg\w*|Mitarbeiter\w*|Entwickler\w*)",
    r"(?:von|durch)\s+(?:uns|mir|unserem\s+\w*[Tt]eam\w*)",
)
THEIR_SUBJECTS = (
    "Sie",
    "sie",
    "[Dd]u",
    "ihr",
    r"(?:Ihr|Ihre|[Dd]ein|[Dd]eine|[Ee]uer|[Ee]ure)\s+(?:\w*[Tt]eam\w*|Agentur|Kolleg\w*|"
    r"Mitarbeiter\w*)",
)
PREPOSITIONS = (
    "für",
    "an",
    "mit",
    "bei",
    "zu",
    "gegenüber",
    "ohne",
    "um",
    "über",
    "auf",
    "nach",
    "aus",
    "vor",
    "hinter",
    "neben",
    "unter",
    "zwischen",
)
# Conjunctions that open a subordinate clause, which has a subject of its own.
_SUBORDINATING = (
    "dass",
    "daß",
    "weil",
    "ob",
    "obwohl",
    "nachdem",
    "bevor",
    "während",
    "sobald",
    "wenn",
    "falls",
    "sodass",
)
CLAUSE_CONJUNCTIONS = ("und", "aber", "sondern", "oder", *_SUBORDINATING)
SUBORDINATORS = (*_SUBORDINATING, "als", "wie")

# Figures in a model's notes (checks/_note_checks.py): currency and scale words, percent, hours,
# money words, "pro Jahr", and the words that make hours a deadline or a limit, not hours spent.
CURRENCY_WORDS = ("Euro", "Franken")
SCALE_WORDS = (r"Tsd\.?", r"tsd\.?", "Tausend", r"Mio\.?", "Millionen", r"Mrd\.?")
SCALES = {"tsd": 1e3, "tausend": 1e3, "mio": 1e6, "millionen": 1e6, "mrd": 1e9}
PERCENT_WORDS = (r"Prozent\b", r"v\.\s?H\.")
HOUR_WORDS = ("Stunden?",)
HOUR_ABBREVIATIONS = (r"Std\b\.?",)
MONEY_WORDS = (
    r"Umsatz\w*",
    r"\w*kosten",
    r"Budget\w*",
    r"Honorar\w*",
    "Marge",
    r"Gewinn\w*",
    r"Ertr[aä]g\w*",
    r"Erlös\w*",
    "Auftragswert",
    r"Rechnung\w*",
    r"Preis\w*",
    "zahlt",
)
PER_PERIOD = (r"(?:pro|im)\s+(?:Jahr|Monat)", "jährlich", "monatlich")
INTERVAL_WORDS = (r"innerhalb(?:\s+von)?", "binnen", "alle", "nach")
LIMIT_WORDS = (r"bis\s+zu", "maximal", "höchstens", r"nicht\s+mehr\s+als", r"im\s+Rahmen")
LIMIT_DETERMINERS = (
    "der",
    "die",
    "den",
    "des",
    "ihre[rsn]?",
    "unsere[rsn]?",
    "vereinbarten",
    "vertraglichen",
)

# Names and companies (checks/_reply_checks.py, mail/sender.py): month names and their short
# forms in a date, company words, words of a display name that greet nobody, academic titles.
MONTH_PATTERNS = (
    "jan(?:uar)?",
    "feb(?:ruar)?",
    "märz",
    "apr(?:il)?",
    "mai",
    "juni?",
    "juli?",
    "aug(?:ust)?",
    "sep(?:t(?:ember)?)?",
    "okt(?:ober)?",
    "nov(?:ember)?",
    "dez(?:ember)?",
)
COMPANY_WORDS = (
    "gmbh",
    "ag",
    "kg",
    "ohg",
    "ug",
    "gbr",
    r"e\.\s?v\.",
    "gruppe",
    "agentur",
    "stadtwerke",
    "verlag",
)
NOT_A_NAME = (
    "von",
    "zu",
    "dr",
    "prof",
    "dipl",
    "ing",
    "mag",
    "med",
    "rer",
    "nat",
    "phil",
    "jur",
    "herr",
    "frau",
)
ACADEMIC_TITLES = ("dr", "prof", "dipl", "ing", "mag")
TITLE_PARTS = ("med", "rer", "nat", "phil", "jur")  # "Dr. rer. nat."

# What a client asks for (checks/asks.py), situations, what is not quoted back
# (drafting/concerns.py), and dates (lang/dates.py).
ASK_CUES = {
    "refund": (
        r"(?:beim|bei dem|den|zum) (?:alten|bisherigen|jetzigen|gleichen) preis|(?:etwas|was) (?:am|beim|mit dem) preis|[\w-]*kosten (?:\S+ ){0,3}übernehm\w*|übernehm\w* (?:\S+ ){0,3}[\w-]*kosten|ausgleich\w*|rückerstatt\w*|erstatt\w*|gutschrift\w*|gutschreib\w*|rabatt\w*|preisnachlass\w*|nachlass|"
        r"(?:will|möchte|wollen|möchten) (?:ich|wir) zurück|zurück(?:haben|bekommen|zahlen)|"
        r"(?:ich|wir) (?:will|möchte|wollen|möchten) (?:(?!(?:und|aber|oder|dass|sonst)\b)[\w.,€$£%]+ ){1,6}"
        r"zurück(?! (?:zu|in|nach|an)\b)|"
        r"(?:ein|einen) bessere[ns]? (?:angebot|preis|konditionen)|"
        r"entschädig\w*|kompensation|geld zurück|minder\w*|(?:nicht|keine\w*) (?:\w+ )?"
        r"(?:zahlen|bezahlen)|zahlung (?:\w+ )?(?:zurückhalten|einstellen)|storn\w*"
    ),
    "meeting": (
        # Nicht nach einer Absage: "keinen Anruf", "rufen Sie mich nicht an".
        r"(?<!\bkein )(?<!\bkeine )(?<!\bkeinen )(?<!\bnicht )(?:"
        r"zusammensetzen|zusammen\w* setzen|treffen wir|sprechen|reden|telefonat\w*|anruf\w*|"
        r"telefonisch(?! (?:\w+ )?(?:erreichbar|nicht))|"
        r"rückruf\w*|ruf\w* (?:(?!(?:nicht|nie|keinesfalls)\b)\S+ ){0,10}(?:an|zurück)\b|"
        r"gespräch\w*|termin\w*(?! (?:für (?:die |den |das )?|zur )(?:behebung|fertigstellung|"
        r"lieferung|korrektur|umsetzung|reparatur|lösung|erledigung|wiederherstellung|"
        r"nachbesserung|freischaltung)\b)|treffen|meeting\w*|videocall|telefonieren|besprech\w*|call)"
    ),
    "written": (
        r"^(?:antwort|rückmeldung)(?= (?:\w+ )?(?:by|bis|avant|antes|entro|voor|vóór|uiterlijk|até|before|del|prima)\b)|schreib (?:mir|uns)|schreiben sie (?:mir|uns)|(?:mir|uns) (?:(?!(?:und|oder)\b)\w+ ){0,4}"
        r"(?:sagen|sagst|sagt|mitteilen|mitteilst|erklären|erklärst|schreiben|schreibst),? (?:was|wie|warum|wieso|weshalb|woran|wann|wer|wen|wem)\b|"
        r"(?:will|möchte|wollen|möchten) (?:ich |wir )?wissen,? (?:welche\w*|was|wie viele|warum|wann|wer|wo)\b|"
        r"(?:eine|ihre|deine) (?:klare |schriftliche |verbindliche )?(?:antwort|rückmeldung|erklärung)|schriftlich\w*|per (?:e-?mail|mail)|stellungnahme|schriftliche \w+"
    ),
    "document": (
        # Compounds too: "Augustrechnung", "Stundenaufstellung", "Leistungsnachweis"; not
        # "Berechnung".
        r"(?<=die )zahlen(?= (?:für|vom|von|des|der|bis|aus|zu)\b)|tabelle|excel\w*|csv|vorschlag\w*|\w*konzept\w*|maßnahmenplan\w*|(?:\w+b|(?-i:B))erichte?s?|(?:\w+b|(?-i:B))ericht|\w*(?<!be)rechnung\w*|"
        r"\w*aufstellung\w*|\w*übersicht\w*|\w*nachweis\w*|stundenzettel\w*|export\w*|dokument\w*|"
        r"zeitplan\w*|maßnahmenplan\w*|unterlagen|kopie\w*|angebot\w*|"
        r"analyse\w*|auswertung\w*|zugangsdaten|rohdaten|dateien|präsentation\w*|"
        r"ursachenanalyse|vertragsentwurf\w*|vertragskopie\w*|vertragsunterlagen|protokoll\w*|"
        # "Schicken Sie mir den Vertrag", nicht "den Vertrag kündigen"
        r"(?:den|einen|der|die) (?:\w+ )?vertrag(?! (?:\w+ ){0,3}(?:kündig|beend|auflös|"
        r"verläng|fristlos|läuft|endet)\w*)"
    ),
    "decision": (
        r"(?:ihre|eine|klare|verbindliche|schnelle) entscheidung|entscheiden sie|"
        r"verbindlich\w* (?:zusage|antwort|termin|datum)|klare antwort|ja oder nein|"
        r"(?:sagen|teilen) sie (?:mir|uns) (?:\w+ )?(?:mit,? )?ob|ob sie (?:das )?(?:können|werden)|"
        r"wissen,? wie es weiter\s?geht"
    ),
    # Etwas, das in Ordnung gebracht werden soll: "Behebung des Fehlers", "Mach das bis heute
    # Abend richtig", "dass das Formular wieder funktioniert".
    "fix": (
        r"(?:sofort|umgehend|jetzt|heute noch) (?:\w+ )?(?:darum kümmer\w*|drum kümmer\w*|ansehen|anschauen|draufschauen)|jemand(?:en)? (?:\w+ ){0,2}(?:dran|ran|drauf)(?:setz\w*|sitzt)|kümmer\w* (?:Sie |du )?(?:sich|dich) (?:\w+ )?(?:sofort|umgehend|jetzt)|gefixt|fixen|fixt|(?:wieder )?(?:\w+ )?funktionsfähig|\w*behebung|beheb\w*|behoben|reparier\w*|reparatur\w*|korrigier\w*|korrektur\w*|"
        r"wiederherstell\w*|nachbesser\w*|in ordnung (?:bring\w*|gebracht)|richten sie|richte (?:das|es)|"
        r"wieder (?:funktionier\w*|läuft|laufen|online|erreichbar)|zum laufen (?:bring\w*|gebracht)|"
        r"(?<=\bdass )(?:\S+ ){1,8}online (?:ist|sind|geht|gehen|steht|stehen)|"
        # "Bis Montag muss das Ding laufen", "Bitte bis Freitag richten"
        r"(?:muss|müssen) (?:\S+ ){0,3}(?:laufen|funktionieren|gehen|online sein|behoben sein)|"
        r"(?<=\bbis )\S+ (?:\S+ )?(?:richten|reparieren|beheben|korrigieren)|"
        r"^(?:mach|macht) (?:das|es|den \w+|die \w+) (?:\S+ ){0,4}?(?:richtig|wieder gut|in ordnung)"
        r"|(?<=\bwenn )(?:\S+ ){0,4}nicht (?:läuft|funktioniert|geht|online ist)"
    ),
    "person": (
        r"(?:ihr\w*|dein\w*|die|der|den) (?:vorgesetzt\w*|chef\w*|geschäftsführ\w*|"
        r"teamleit\w*|abteilungsleit\w*|inhaber\w*)|jemand\w* (?:aus der )?(?:leitung|"
        r"geschäftsführung)|eskal\w*"
    ),
}
ASK_LEADS = (
    r"(?:fände|finde|hielte|halte) (?:ich )?(?:\S+ ){0,4}(?:fair|angemessen)|(?:wäre|ist) (?:\w+ )?(?:fair|angemessen)|"
    r"(?:ich|wir) wäre\w* (?:Ihnen|dir|euch) dankbar|wenn (?:Sie|du|ihr) lieber(?=[^.!?\n]*\d)|bitte|(?:möchte|erwarte|brauche|benötige|fordere|will|wollen)\w* (?:ich|wir)|"
    r"ruf\w* (?:mich|uns)|(?:ich|wir) warte\w* auf|(?:ich|wir) (?:\w+ )?(?:erwarte\w*|brauche\w*|benötige\w*|fordere\w*|verlange\w*|"
    r"bestehe\w*|möchte\w*|hätte\w* gern\w*|will|wollen|bitte\w*|ersuche\w*)|"
    r"können sie|könnten sie|würden sie|kannst du|könntest du|können wir|sollen wir|"
    r"^pass(?:t|en) (?:es )?(?:Ihnen|dir|euch)|"
    # "..., treffen wir uns um 11 Uhr im Café": a meeting proposed
    r"(?:treffen|sehen|sprechen|telefonieren|hören) wir uns|"
    r"lassen sie uns|lass uns|schicken sie|senden sie|schick|(?:ich|wir) schlage\w* vor|schlage ich|schlagen wir|"
    r"wäre .{1,30} möglich|haben sie .{1,20} zeit|hast du .{1,20} zeit|"
    r"geben sie (?:mir|uns)|teilen sie (?:mir|uns)|sagen sie (?:mir|uns)|melden sie sich|"
    r"schreiben sie (?:mir|uns)|schreib (?:mir|uns)|"
    r"rufen sie (?:mich|uns)|ruft (?:mich|uns)|erstatten sie|(?:ich|wir) hätte\w* gern\w*|"
    r"^(?:schicken|senden|geben|erstatten|bestätigen|nennen|liefern) sie(?= )|"
    r"^(?:schick|gib|ruf|sag|bestätige|schreib)(?= (?:mir|uns|bitte|bis)\b)|"
    r"(?:(?<=, )|(?<=\bund ))(?:schick|gib|sag|schreib)(?= (?:mir|uns)\b)|"
    # "Mach das bis heute Abend richtig", "Behebe den Fehler bis Freitag"
    r"^(?:mach|behebe?|korrigier|reparier)e?(?= (?:das|es|den|die|bitte)\b)|"
    # "Bis Montag muss das Ding laufen": a deadline opening the sentence
    r"^bis \S+(?: \S+)? (?:muss|müssen)\b"
    # ein Ultimatum: "wenn das bis Montag nicht läuft, kündige ich"
    r"|\b(?:wenn|falls) (?:\S+ ){0,4}nicht\b",
    r"(?:übernehmt|erstattet) ihr|(?:übernehmen|erstatten) sie|hätte\w* (?:ich|wir) gern\w*",
)
# Eine Absage an Anrufe (checks/asks.py): "Bitte rufen Sie mich nicht an", "bitte keine
# Anrufe", "ich möchte nicht angerufen werden"; nicht "Sie waren telefonisch nicht erreichbar".
NO_CALL = (
    # "telefonieren geht bei mir nicht", "Anrufe gehen bei mir nicht"
    r"(?:telefonieren|telefonisch|anrufe\w*) (?:geht|gehen|klappt|klappen) (?:bei mir |bei uns )?(?:leider )?nicht",
    # "Sie brauchen mich nicht anzurufen"
    r"(?:brauchen|brauchst|braucht) (?:mich|uns) nicht (?:mehr )?an(?:zu)?rufen",
    # "Ich bin bis Mitte des Monats auf Messen und telefonisch praktisch nicht erreichbar"
    r"(?:ich bin|wir sind|bin ich|sind wir) (?:(?!(?:dass|sie|ihr\w*|aber|weil|oder)\b)\w+ ){0,10}?"
    r"telefonisch (?:\w+ )?(?:nicht|kaum|"
    r"schlecht) (?:zu )?erreich\w*",
    r"ruf\w* (?:(?!(?:wenn|falls|sobald|bevor|und|aber|oder|weil|dass)\b)\w+ ){0,4}"
    r"(?:nicht|nie|keinesfalls) (?:mehr )?(?:an|zurück)",
    r"(?:nicht|nie|keinesfalls) (?:mehr )?(?:an(?:zu)?rufen|zurück(?:zu)?rufen|telefonieren|"
    r"(?:am|per|übers|über das) telefon|telefonisch)(?! (?:\w+ )?(?:erreichbar|zu erreichen))",
    r"(?:nicht|nie) (?:mehr )?angerufen (?:zu )?werden",
    r"(?:kein\w*|statt \w+|anstatt \w+|ohne) (?:\w+ ){0,2}(?:telefonat|anruf|rückruf|call|"
    r"telefongespräch)\w*(?! (?:\w+ )?(?:bekommen|erhalten|gehabt|kam|kamen|gab))",
    r"(?:telefonate?|anrufe?|rückrufe?|calls?|telefongespräche?) (?:\w+ ){0,2}(?:bringen|bringt|"
    r"helfen|hilft|brauche\w*|möchte\w*|will|wollen|wünsche\w*) (?:\w+ ){0,2}"
    r"(?:nichts|nicht|kein\w*)",
    r"(?:ein |das )?(?:telefonat|anruf|gespräch)\w* ersetz\w* (?:\w+ )?nicht",
)
# A meeting that is no call (kept when the client refuses calls; checks/asks.py).
IN_PERSON = (
    r"treffen|persönlich\w*|zusammensetzen|zusammen\w* setzen|vor ort|besuch\w*|meeting\w*|"
    r"(?:bei (?:Ihnen|dir|euch|uns)|in (?:Ihrem|deinem|eurem|unserem)) (?:im )?büro|"
    r"auf einen kaffee",
)
# Something broken now (checks/situations.py): in one sentence, a breakage, a word of now
# near it ("since 6am", "still", "today") and a system that broke (a dashboard, a site, a
# form); a person who does not answer, a price that "does not work" or a past outage is none.
OUTAGE_BROKEN = (
    r"(?:ist|sind|war|waren) (?:\w+ ){0,3}(?:down|offline|nicht (?:mehr )?erreichbar|nicht (?:mehr )?verfügbar|ausgefallen|leer|tot|weg)|(?:lädt|laden|funktioniert|funktionieren|geht|gehen|läuft|laufen|aktualisiert|öffnet) (?:\w+ ){0,3}(?:nicht|nichts)(?: mehr)?|(?:erfass|zähl|misst|mess)\w* (?:\w+ ){0,2}nichts(?: mehr)?|zeig(?:t|en) (?:\w+ ){0,2}(?:nichts|null|keine (?:Daten|Zahlen)|eine?n? Fehler\w*|Fehler\w*)|Fehler(?:meldung|seite)? \d{3}|ausgefallen|abgestürzt|steh(?:t|en) still",
)
OUTAGE_NOW = (
    r"seit|heute|gerade|derzeit|momentan|aktuell|immer noch|noch immer|jetzt|schon wieder|wieder",
)
OUTAGE_SYSTEMS = (
    r"\w*(?:dashboard|seite|website|shop|formular|tracking|portal|server|export|schnittstelle|system|daten|kasse|konfigurator)\w*|tag|pixel|app|feed|widget|analytics|ga4|kacheln?|links?|weiterleitung\w*|api|login|warenkorb|checkout|newsletter",
)
# An offer's words (not ours): with a price in its sentence or the next and a firm's name
# beside it, a competitor's offer (checks/situations.py).
OFFER_NOUNS = (
    r"(?<!ihr )(?<!ihre )(?<!ihres )(?<!unser )(?<!dein )(?:Angebot|Anbot|Offerte)\w*",
    r"(?:hat|haben) (?:uns|mich) (?:\w+ )?(?:kontaktiert|angesprochen|angeschrieben|besucht)|(?:ist|sind) (?:\w+ ){0,2}bei (?:uns|mir) (?:vorbei)?gekommen",
)
ANNOUNCED_STEPS = {
    # not "kündigte ... an" (announced: ankündigen)
    "end": r"kündig\w*(?![^.!?]{0,80}?\san(?=\s*(?:[,.;:!?]|$)))|Vertrag\w* (?:\w+ ){0,3}(?:beenden|auflösen|nicht verlängern)|Zusammenarbeit (?:\w+ ){0,2}beenden",
    "tender": r"Ausschreibung\w*|ausschreiben|ausgeschrieben",
    "payment": r"Zahlung\w* (?:\w+ ){0,3}(?:zurückhalten|zurückbehalten|aussetzen|einstellen|stoppen)|(?:halten|behalten) (?:\w+ ){0,4}Zahlung\w* (?:\w+ ){0,3}zurück|Rechnung (?:\w+ ){0,3}nicht (?:bezahlen|begleichen)",
    "decision": r"(?:Geschäftsleitung|Geschäftsführung|Vorstand|Aufsichtsrat|Verwaltungsrat|Beirat|Gremium|Gesellschafter\w*)\b[^.!?]{0,60}?(?:[Ee]ntscheid\w*|beschlie(?:ß|ss)\w*|Beschluss)|(?:[Ee]ntscheid\w*|beschlie(?:ß|ss)\w*|Beschluss)\b[^.!?]{0,60}?(?:Geschäftsleitung|Geschäftsführung|Vorstand|Aufsichtsrat|Verwaltungsrat|Beirat|Gremium|Gesellschafter\w*)",
}
SITUATIONS = {
    # A search ranking ("the first page of Google"), not the client's review of its agencies:
    # it takes the place of "ranking" (checks/situations.py).
    "search": r"[\"„“][^\"“”\n]{2,40}[\"“”] (?:\w+ ){0,4}(?:platz|position|rang)|google|bing|suchergebnis\w*|(?:erste[nr]?|zweite[nr]?) Seite|Seite \d|Keywords?|Suchbegriff\w*|organisch\w*",
    "price": (
        r"preiserhöhung\w*|preisanpassung\w*|preissteigerung\w*|(?:erhöh|anheb)\w* (?:\w+ ){0,3}(?:preis|"
        r"gebühr|honorar|stundensatz)\w*|(?:preis|gebühr|honorar)\w* (?:\w+ ){0,3}"
        r"(?:erhöh|steig|anheb)\w*|zu teuer|teurer"
    ),
    "refund": r"rückerstatt\w*|erstatt\w*|gutschrift\w*|rabatt\w*|preisnachlass\w*|geld zurück",
    "competitor": (
        r"andere\w* (?:agentur|anbieter|dienstleister)\w*|wettbewerb\w*|konkurren\w*|"
        r"angebot (?:von|der|des)|günstiger\w*|billiger\w*|(?:agentur|firma|anbieter) [A-ZÄÖÜ]\w+ (?:\w+ ){0,3}macht das|(?:agentur|firma|anbieter|dienstleister) [A-ZÄÖÜ]\w+"
        r"(?: [A-ZÄÖÜ]\w+)? bietet|(?:hat|haben) (?:uns|mir) (?:[\w€$£%.,]+ ){0,10}angeboten|biete[tn] (?:uns|mir)\b(?=[^.!?\n]*\d)|"
        r"\d[\d.]* ?(?:Euro|€) (?:im (?:Jahr|Monat) )?weniger|"
        # "hat uns ein Anbot gelegt" (Austrian), "hat uns ein Angebot gemacht"
        r"(?:hat|haben) (?:uns|mir) (?:ein|ein neues) (?:Anbot|Angebot)\b(?=[^.!?\n]*\d)"
    ),
    "ranking": (
        r"(?:halbjahres|jahres|lieferanten|dienstleister)bewertung\w*|schlechter eingestuft|"
        r"herabgestuft|heruntergestuft|heruntergesetzt|lieferantenbewertung\w*|dienstleisterbewertung\w*|bewertung\w* (?:der|unserer) "
        r"(?:agenturen|dienstleister|lieferanten)|ranking|schlechter bewertet|platz \d|"
        r"letzte\w* platz"
    ),
    "leave": (
        r"kündig\w*|vertrag (?:\w+ )?(?:beenden|auflösen|nicht verlängern)|woanders|"
        r"wechseln|wechsel|zusammenarbeit (?:\w+ )?(?:beenden|überdenken)|letzte chance"
    ),
    "deadline": r"verspät\w*|verzög\w*|zu spät|frist\w*|termin (?:\w+ )?verpasst|warten (?:\w+ )?noch",
    "notice": (
        r"fristsetzung|"
        r"(?:(?:ich|wir) (?:setze|setzen)|(?:setze|setzen) (?:ich|wir)) (?:\w+ ){0,4}frist\b|"
        r"hiermit (?:kündig\w*|widerruf\w*|(?:\w+ ){0,3}(?:gekündigt|kündigen|mitteilen|fristgerecht|fristlos))|(?:fristgerecht|fristlos|ordentlich|außerordentlich)\w* (?:\w+ ){0,2}kündig\w*|kündigungsschreiben|abmahnung|(?:unser|mein)\w* (?:rechtsanw\w*|anw[aä]lt\w*|rechtsabteilung|justiziar\w*)|rechtliche\w* schritte|gerichtlich\w*|vertragsverletzung"
    ),
    "invoice": (
        r"rechnung\w*|abrechnung\w*|doppelt (?:\w+ )?(?:berechnet|abgerechnet)|zu viel (?:\w+ )?(?:berechnet|abgerechnet)"
    ),
    "own_part": (
        r"(?:ich|wir) (?:gebe|geben) (?:\w+ ){0,5}zu|(?:ich|wir) wei(?:ß|ss|ßen|ssen),? (?:dass )?(?:ich|wir) (?:\w+ ){0,3}(?:spät|vergessen|versäumt|geändert|hätten|hätte)|(?:auch|teilweise|zum teil) (?:\w+ )?(?:unser|mein)\w* (?:fehler|schuld|versäumnis)|(?:unser|mein)\w* (?:eigene\w* )?(?:fehler|schuld|versäumnis),? (?:auch|zum teil|teilweise)"
    ),
}
PRAISE = (
    # Praise by negation: "Mit unserer Arbeit sind Sie nicht unzufrieden", "die Buchungsstrecke
    # funktioniert seit dem Herbst tadellos", "daran ist nichts auszusetzen".
    r"nicht unzufrieden|nichts auszusetzen|(?:ist|war|sind|waren) nicht das problem|"
    r"(?:funktioniert|funktionierte|läuft|lief|liefen) (?:(?!(?:nicht|nie|nichts|kein\w*|mehr)\b)\w+ )"
    r"{0,4}(?:tadellos|einwandfrei|reibungslos|problemlos)",
    # "Zuerst das Positive, damit Sie nicht glauben, ich bin nur grantig: ...": praise announced
    r"^(?:zuerst|erst(?:mal)?|vorweg|zunächst) (?:mal )?(?:das )?(?:positive|gute)\b",
    # "Bravo pour le rapport d'octobre": praise that opens a sentence, sarcastic or not,
    # is never restated.
    r"^(?:bravo|glückwunsch|gratuliere|gut gemacht)\b",
    # "Der Bericht kam am 12. November, das passt": a point granted.
    r"das passt(?! nicht)(?! \w+ nicht)",
    r"(?:sie|ihr team|das team|es) (?:\w+ )?(?:waren|war|sind|ist|haben) (?:\w+ ){0,2}"
    r"(?:gut|super|toll|hervorragend|hilfreich|großartig|zuverlässig|nett|freundlich|bemüht|"
    r"engagiert|kompetent)",
    r"(?:ich|wir) (?:\w+ )?(?:schätze\w*|mochte\w*|mag|mögen|danke\w*|bedanke\w*)",
    r"zufrieden mit|gute arbeit|danke|vielen dank",
    r"gefällt (?:mir|uns) (?:sehr |richtig )?gut|(?:super|toll|schön) geworden",
)
ANNOUNCEMENTS = (
    r"(?:ich|wir) bestätige\w* (?:\w+ )?(?:den|dankend den) (?:Eingang|Erhalt)|zur info|zu ihrer information|nur zur info|(?:ich|wir) (?:bin|sind|werde\w*) "
    r"(?:\w+ )?(?:im urlaub|nicht im büro|umziehen|umstrukturieren)|(?:wir|ich) "
    r"(?:haben|habe) (?:\w+ )?(?:eingestellt|gestartet|umgezogen)|unser büro (?:ist|bleibt|wird)",
)
# "doch" only as a conjunction (", doch die Berichte ..."), not the particle ("du hattest mir
# doch versprochen"), which condensing drops (FILLERS).
# A "but" after a comma or at the start: inside a clause "aber", "jedoch" and "allerdings" are
# particles ("Das ändert aber nichts daran").
#: A point granted in passing ("to be fair"): no complaint (drafting/concerns.py).
FAIR_REMARKS = (
    "zugegeben",
    "zugegebenermaßen",
    "fairerweise",
    "der fairness halber",
    "das muss man (?:ihnen|euch|dir) lassen",
    "ich gebe zu",
)
#: A sentence that opens so, with no comma, is a dependent clause alone: no point.
FRAGMENT_OPENERS = ("weil", "zumal")
# Openers pointing back to the sentence before, and the language named: see
# Language.pointing_openers, relative_openers and in_this_language (drafting/concerns.py).
# (not "es", often no pointer at all: "Es hat wieder niemand reagiert")
POINTING_OPENERS = (r"(?:das|dies) (?:ist|war|heißt|bedeutet|hat)",)
RELATIVE_OPENERS = ("wodurch", "weshalb", "weswegen")
RELATIVE_PRONOUNS = (
    "der",
    "die",
    "das",
    "den",
    "dem",
    "deren",
    "dessen",
    "denen",
    r"welche[rsnm]?",
    "wo",
    "was",
)
SHIFT_WORDS = ("von|vom", "auf|zu")
OFFER_POINT = "{firm} hat ein Angebot über {amount} vorgelegt."
MARK_WORDS = ("Note", "Bewertung", "Punkte")
MARK_ARTICLES = ("eine", "einer")
IN_THIS_LANGUAGE = (
    r"(?:schreibe|schreiben|schrieb\w*)(?: \w+){0,2} auf deutsch|auf deutsch (?:zu )?(?:schreibe|schreiben|geschrieben)",
)
CONCESSIONS = (
    r"(?:(?<=^)|(?<=[,;] ))(?:aber|jedoch|allerdings)(?! \d)",
    r"(?<!\w )doch",
    "obwohl",
)
# A formal letter's formula before its verb ("Hiermit beanstande ich die Rechnung"): it goes,
# and the subject goes back before the verb (drafting/concerns.py condense).
LETTER_FORMULAS = ((r"^hiermit,?\s+(\w+)\s+ich\b", r"ich \1"),)
FILLERS = (
    r"ich will (?:dich|Sie|euch) nicht anlügen",
    r"ich (?:will|möchte) ehrlich sein",
    # "I have to tell you that ...": what they tell is the point.
    r"(?:hiermit )?(?:ich teile|teile ich) (?:ihnen|dir|euch) (?:\w+ ){0,2}mit,?",
    r"(?:(?:trotzdem|leider|aber|nun) )?(?:ich muss|muss ich) (?:dir|ihnen|euch) (?:leider |aber |trotzdem )*(?:mitteilen|sagen)",
    "ich schreibe (?:dir|ihnen), weil",
    "ehrlich gesagt",
    "offen gesagt",
    "ganz ehrlich",
    "mit verlaub",
    "wirklich",
    "absolut",
    "völlig",
    "total",
    "einfach",
    "echt",
    r"(?<=\w )doch(?= \w)",
)
WEEKDAY_DATE = "EEEE, d. MMMM"
#: Before a date that names the week it falls in, not the day (lang/dates.py).
WEEK_OF = ("Woche vom", "Woche von", "Woche ab", "Woche ab dem")
#: Next to a weekday that is past, or part of a name ("Black Friday"): no day ahead.
WEEKDAY_NOT_AHEAD = (
    "letzten",
    "letzter",
    "letztes",
    "vergangenen",
    "vergangener",
    "vorigen",
    "voriger",
)
DUE_WORDS = {
    # A day of the month without its month ("avant le 15"): this month, or the next.
    r"(?:bis|vor|ab) (?:zum|dem) (?P<n>[1-9]|[12]\d|3[01])\.(?!\s*(?:\d|jan|feb|mär|apr|mai|jun|jul|"
    r"aug|sep|okt|nov|dez))": "dom",
    r"übermorgen": "+2d",
    r"heute|bis (?:zum )?feierabend|bis heute abend|(?:bis )?(?:zum )?tagesende|bis ende des tages": "+0d",
    r"(?<!guten )(?<!am )(?<!heute )morgen(?! früh)|(?<!heute )morgen früh": "+1d",
    r"(?:bis )?(?:zum )?ende (?:der|dieser) woche|bis wochenende|vor dem wochenende": "eow",
    r"(?:bis )?(?:zum )?(?:ende )?(?:der )?(?:nächste[nr]?|kommende[nr]?) woche": "nw",
    r"(?:bis )?(?:zum )?(?:monatsende|ende (?:des|dieses) monats)": "eom",
    r"(?:bis )?(?:zum |spätestens )?ende {month}": "monthend",
    r"(?:bis )?(?:spätestens )?mitte {month}": "monthmid",
    r"nächsten monat|kommenden monat": "nm",
    r"(?:innerhalb|binnen) (?:von )?(?P<n>\d+|zwei|drei|vier|fünf|zehn) (?:werktag|arbeitstag)\w*": "+nw",
    r"(?:innerhalb|binnen) (?:von )?(?P<n>\d+|zwei|drei|vier|fünf|sieben|zehn|vierzehn) tag\w*": "+n",
    r"(?:innerhalb|binnen) (?:einer|1) woche": "+7d",
    r"(?:innerhalb|binnen) (?:von )?(?:zwei|2) wochen": "+14d",
}
# A work item that puts right what went wrong (drafting/record.py): it answers a complaint.
# A complaint that it happened again (drafting/record.py): the earlier fix is no achievement.
SAME_AGAIN = (
    r"(?:genau )?(?:dieselbe|die gleiche|dasselbe|das gleiche|derselbe|der gleiche) (?:situation|problem|ausfall|störung|fehler|thema)",
)
REPEAT_WORDS = (
    r"wieder|erneut|nochmal|noch einmal|zweite\w* (?:mal|ausfall|störung)|zum (?:zweiten|dritten) mal",
)
SINCE_WORDS = ("seit",)
REMEDY_WORDS = (
    r"behob\w*|beheb\w*|korrigiert\w*|korrektur\w*|wiederhergestellt|gelöst|ersetzt|erneut (?:versendet|geliefert)|nachgeliefert|repariert|ursachenanalyse|gutschrift\w*",
)
# The client's words in our voice (drafting/concerns.py restate): phrase -> replacement. The
# client's "ich" takes its verb along ("ich warte" -> "Sie warten", "habe ich" -> "haben Sie");
# a clause with "ich" and another verb is left out (RESTATE_BLOCKERS).
_ICH = {
    "habe": "haben",
    "hatte": "hatten",
    "bin": "sind",
    "war": "waren",
    "warte": "warten",
    "wartete": "warteten",
    "erwarte": "erwarten",
    "erwartete": "erwarteten",
    "finde": "finden",
    "fand": "fanden",
    "kann": "können",
    "konnte": "konnten",
    "muss": "müssen",
    "musste": "mussten",
    "will": "wollen",
    "wollte": "wollten",
    "möchte": "möchten",
    "sollte": "sollten",
    "werde": "werden",
    "wurde": "wurden",
    "bekomme": "bekommen",
    "bekam": "bekamen",
    "erhalte": "erhalten",
    "erhielt": "erhielten",
    "sehe": "sehen",
    "sah": "sahen",
    "weiß": "wissen",
    "wusste": "wussten",
    "verstehe": "verstehen",
    "dachte": "dachten",
    "zahle": "zahlen",
    "bezahle": "bezahlen",
    "frage": "fragen",
    "fragte": "fragten",
    "schrieb": "schrieben",
    "rief": "riefen",
    "hoffe": "hoffen",
    "hoffte": "hofften",
    "brauche": "brauchen",
    "benötige": "benötigen",
    "glaube": "glauben",
    "denke": "denken",
    "lese": "lesen",
    "les": "lesen",
    "versteh": "verstehen",
    # Disputing and demanding in a letter: "Ich beanstande die Rechnung".
    "beanstande": "beanstanden",
    "bestreite": "bestreiten",
    "widerspreche": "widersprechen",
    "reklamiere": "reklamieren",
    "fordere": "fordern",
    "verlange": "verlangen",
}
# "Leider haben Sie ..." is "Leider haben wir ...": the client's inverted "Sie" after a word that
# opens a sentence ("sie", they, after a verb cannot be told from it otherwise).
_FRONTED = (
    "leider",
    "jetzt",
    "nun",
    "dann",
    "wieder",
    "erneut",
    "trotzdem",
    "außerdem",
    "zudem",
    "bisher",
    "seitdem",
    "damals",
    "gestern",
    "heute",
    "schon wieder",
    "wieder einmal",
    "zum wiederholten mal",
    "zweimal",
    "dreimal",
    "mehrfach",
    "auch",
    "stattdessen",
)
_PLURAL = ("haben", "hatten", "sind", "waren", "wollten", "sollten", "konnten", "mussten")
RESTATE_SWAPS = {
    **{f"ich {verb}": f"Sie {plural}" for verb, plural in _ICH.items()},
    **{f"{verb} ich": f"{plural} Sie" for verb, plural in _ICH.items()},
    # "ich zahle ... und bekomme nichts": the "ich" left out after "und" (a present form in
    # -e is only ever ich's: not "hatte", "kann", "wartete").
    **{
        f"und {verb}": f"und {plural}"
        for verb, plural in _ICH.items()
        if verb.endswith("e") and not verb.endswith("te")
    },
    **{f"{word} {verb} Sie": f"{word} {verb} wir" for word in _FRONTED for verb in _PLURAL},
    # Their "leider" is no excuse of ours: "Leider haben Sie ..." -> "Wir haben ...". Nor is it
    # our admission ("tatsächlich"): at the start their words are theirs, which keeps the verb
    # second ("Leider kam der Bericht zu spät" -> "Wie Sie schreiben, kam ..."); inside a
    # sentence it goes.
    **{f"leider {verb} Sie": f"wir {verb}" for verb in _PLURAL},
    "Leider": "Wie Sie schreiben,",
    "leider": "",
    "wir": "Sie",
    "uns": "Ihnen/Sie",
    # after a preposition that takes the accusative: "für uns" -> "für Sie", not "für Ihnen"
    **{f"{word} uns": f"{word} Sie" for word in ("für", "durch", "gegen", "ohne", "um")},
    "unser": "Ihr",
    "unsere": "Ihre",
    "unseren": "Ihren",
    "unserem": "Ihrem",
    "unserer": "Ihrer",
    "unseres": "Ihres",
    "mein": "Ihr",
    "meine": "Ihre",
    "meinen": "Ihren",
    "meinem": "Ihrem",
    "meiner": "Ihrer",
    "mir": "Ihnen",
    "mich": "Sie",
    "Sie": "wir|uns",
    "Ihnen": "uns",
    "Ihr": "unser",
    "Ihre": "unsere",
    "Ihren": "unseren",
    "Ihrem": "unserem",
    "Ihrer": "unserer",
    "Ihres": "unseres",  # "eine Stellungnahme Ihres Geschäftsführers": ours
    "meines": "Ihres",
}
# The clauses of a Sie-writer that cannot be put in our voice: "ich" with a verb not listed
# above, and the client's "Sie" after a verb that no fronted word stands before ("Am Montag
# haben Sie ..."): "uns" would be wrong and "wir" cannot be told from "sie" (they).
_JUDGEMENTS = (
    r"(?i:(?<!\w)(?:unfähig\w*|inkompeten\w*|unprofessionell\w*|schlampig\w*|schlamperei|"
    r"nachlässig\w*|fahrlässig\w*|unzuverlässig\w*|frechheit|unverschämt\w*|zumutung|"
    r"lächerlich\w*|peinlich\w*|gelogen|lügen|lügt)(?!\w))"
)
RESTATE_BLOCKERS = "|".join(
    (
        _JUDGEMENTS,
        r"(?i:(?<!\w)(?:ichs|habs)(?!\w))",  # "Gemerkt hab ichs erst gestern": the writer
        "(?i:"
        + "".join(rf"(?<!\b{verb} )" for verb in _ICH)
        + rf"(?<!\w)ich(?!\w)(?!\s+(?:{'|'.join(_ICH)})\b))",
        "".join(rf"(?<!\b{word} )" for word in _FRONTED)
        + "".join(rf"(?<!\b{word.capitalize()} )" for word in _FRONTED)
        + r"(?<!\bwir )(?<!\bich )(?<!\bsie )(?<!\bes )"
        + rf"\b(?i:{'|'.join(_PLURAL)}|liefern|lieferten|schicken|schickten|melden|meldeten|"
        r"versprachen|sagten|ließen|gaben|machten|reagierten|antworteten|vergaßen|ignorierten|"
        r"informierten|können|müssen|werden|wurden)\s+Sie\b",
    )
)
# Words that open a sentence only to link it to the last (drafting/concerns.py condense).
CONNECTIVES = (
    # "It doesn't change the fact that ...": what follows is the point
    r"(?:es|das|dies) ändert nichts daran(?=,? dass)",
    r"(?:fakt|tatsache) (?:ist|bleibt)(?=,? dass)",
    r"hinzu kommt(?=,? dass)",
    r"dazu kommt(?=,? dass)",
    "in diesem zusammenhang",
    "unter diesen umständen",
    "vor diesem hintergrund",
    "dann",
    "und",
    "also",
    "außerdem",
    "jedenfalls",
    "zum einen",
    "zum anderen",
)
# "uns" is "Sie" (accusative), not "Ihnen", before one of these verbs (drafting/concerns.py).
RESTATE_SECOND_FORM = (
    r"informiert|benachrichtigt|angerufen|gewarnt|vorgewarnt|kontaktiert|erreicht|ignoriert|"
    r"vergessen|gefragt|eingebunden|enttäuscht|verärgert|überrascht|hingehalten|betreut|"
    r"unterstützt|gebeten|angeschrieben|beraten|vertröstet|allein gelassen|im stich gelassen"
)
# Restating a du-writer: the client's "du"/"ihr" with its verb becomes our "ich"/"wir" ("du
# hattest mir versprochen" -> "ich hatte dir versprochen", "habt ihr" -> "haben wir"); the
# client's "wir" and "ich" would need another verb form, so a clause with them, or with a
# "du"/"ihr" whose verb is not listed, is not restated (drafting/concerns.py); possessives and
# objects swap.
_DU = {
    "hast": "habe",
    "hattest": "hatte",
    "bist": "bin",
    "warst": "war",
    "wolltest": "wollte",
    "solltest": "sollte",
    "konntest": "konnte",
    "musstest": "musste",
    "wirst": "werde",
    "wurdest": "wurde",
    "kannst": "kann",
    "musst": "muss",
    "willst": "will",
    "sagtest": "sagte",
    "schicktest": "schickte",
    "lieferst": "liefere",
    "meldest": "melde",
}
_IHR = {
    "habt": "haben",
    "hattet": "hatten",
    "seid": "sind",
    "wart": "waren",
    "wolltet": "wollten",
    "solltet": "sollten",
    "konntet": "konnten",
    "musstet": "mussten",
    "werdet": "werden",
    "wurdet": "wurden",
    "könnt": "können",
    "müsst": "müssen",
    "wollt": "wollen",
    "sagtet": "sagten",
    "schicktet": "schickten",
    "liefert": "liefern",
    "meldet": "melden",
    "lieferte": "lieferten",
}
#: Their wir verbs and our ihr forms for them, one form each (not "liefert", "meldet": those
#: are also "er" forms).
_WIR_IHR = {
    verb: ours for verb, ours in _IHR.items() if verb not in ("liefert", "meldet", "lieferte")
}
#: A du writer's "ich" verbs and our "du" forms for them ("ich hab ... verloren" -> "du hast
#: ... verloren", "hatte ich" -> "hattest du"); colloquial forms without their -e too.
_DU_IRREGULAR = {
    "lese": "liest",
    "les": "liest",
    "habe": "hast",
    "hab": "hast",
    "bin": "bist",
    "war": "warst",
    "kann": "kannst",
    "muss": "musst",
    "will": "willst",
    "werde": "wirst",
    "weiß": "weißt",
    "sehe": "siehst",
    "seh": "siehst",
    "erhalte": "erhältst",
}


def _du_of(ich: str) -> str:
    """Return the du form of an ich form: "warte" -> "wartest", "zahle" -> "zahlst",
    "konnte" -> "konntest", "finde" -> "findest", "bekam" -> "bekamst", "fand" -> "fandest"."""
    if ich in _DU_IRREGULAR:
        return _DU_IRREGULAR[ich]
    if ich.endswith("te"):
        return ich + "st"
    if ich.endswith("e"):
        stem = ich[:-1]
        return stem + ("est" if stem.endswith(("t", "d")) else "st")
    return ich + ("est" if ich.endswith(("t", "d")) else "st")


_ICH_DU = {
    **{verb: _du_of(verb) for verb in _ICH},
    **_DU_IRREGULAR,
    **{short: _du_of(short + "e") for short in ("zahl", "brauch", "bekomm", "versteh", "frag")},
    **{"find": "findest", "krieg": "kriegst", "kriege": "kriegst", "verliere": "verlierst"},
}
RESTATE_SWAPS_INFORMAL = {
    "Leider": "Wie du schreibst,",
    "leider": "",
    **{f"du {verb}": f"ich {mine}" for verb, mine in _DU.items()},
    **{f"{verb} du": f"{mine} ich" for verb, mine in _DU.items()},
    **{f"ihr {verb}": f"wir {ours}" for verb, ours in _IHR.items()},
    **{f"{verb} ihr": f"{ours} wir" for verb, ours in _IHR.items()},
    # Their "ich" to a du writer is "du": "Ich hab drei Kunden verloren" -> "Du hast ...".
    **{f"ich {verb}": f"du {du}" for verb, du in _ICH_DU.items()},
    **{f"{verb} ich": f"{du} du" for verb, du in _ICH_DU.items()},
    **{
        f"und {verb}": f"und {du}"
        for verb, du in _ICH_DU.items()
        if verb.endswith("e") and not verb.endswith("te")
    },
    # Their "wir" (their company) to a du writer is "ihr": "wir sind … gerutscht" -> "ihr seid …".
    **{f"wir {ours}": f"ihr {verb}" for verb, ours in _WIR_IHR.items()},
    **{f"{ours} wir": f"{verb} ihr" for verb, ours in _WIR_IHR.items()},
    "dein": "unser",
    "deine": "unsere",
    "deinen": "unseren",
    "deinem": "unserem",
    "deiner": "unserer",
    "deines": "unseres",
    "dir": "uns",
    "dich": "uns",
    "euch": "uns",
    "euer": "unser",
    "eure": "unsere",
    "euren": "unseren",
    "eurem": "unserem",
    "eurer": "unserer",
    "eures": "unseres",
    "meines": "deines",
    "unseres": "eures",
    "unser": "euer",
    "unsere": "eure",
    "unseren": "euren",
    "unserem": "eurem",
    "unserer": "eurer",
    "uns": "euch",
    "mein": "dein",
    "meine": "deine",
    "meinen": "deinen",
    "meinem": "deinem",
    "meiner": "deiner",
    "mir": "dir",
    "mich": "dich",
}
RESTATE_BLOCKERS_INFORMAL = (
    _JUDGEMENTS
    + r"|(?i:(?<!\w)(?:ichs|habs)(?!\w))"
    + r"|(?i:"
    + "".join(rf"(?<!\b{verb} )" for verb in _ICH_DU)
    + rf"(?<!\w)ich(?!\w)(?!\s+(?:{'|'.join(_ICH_DU)})\b))|(?i:"
    + "".join(rf"(?<!\b{ours} )" for ours in _WIR_IHR.values())
    + rf"(?<!\w)wir(?!\w)(?!\s+(?:{'|'.join(_WIR_IHR.values())})\b))|(?i:"
    + "".join(rf"(?<!\b{verb} )" for verb in _DU)
    + rf"(?<!\w)du(?!\w)(?!\s+(?:{'|'.join(_DU)})\b))|(?i:"
    + "".join(rf"(?<!\b{verb} )" for verb in _IHR)
    + rf"(?<!\w)ihr(?!\w)(?!\s+(?:{'|'.join(_IHR)})\b))"
)
# A complaint that something never came (drafting/record.py): the work logged on that topic
# answers it, it is not the work complained of.
ABSENCE_WORDS = (
    r"nie (?:angekommen|erhalten|geliefert|bekommen)|kein\w* einzige\w*|nicht (?:erhalten|bekommen|geliefert)|(?:noch|immer) nicht vor|noch nicht da|fehlt|fehlen|noch immer kein\w*|"
    # "liegt uns bis heute nicht vor"
    r"(?:liegt|liegen) (?:\w+ ){0,4}nicht vor",
)
# A helpdesk's or forum's line above which the reply goes, or the heading of earlier replies
# (mail/_quotes.py): what follows is history.
REPLY_ABOVE = (
    "bitte (?:antworten sie|schreiben sie ihre antwort) (?:über|oberhalb) dieser zeile",
    "antwort über dieser zeile",
    "(?:bisherige|vorherige|frühere) (?:antworten|nachrichten)",
    "verlauf",
)
# A mailing list's footer (mail/_quotes.py): it and what follows are not the sender's words.
LIST_FOOTERS = (
    "sie erhalten diese nachricht, weil sie",
    "um sich von dieser gruppe abzumelden",
    "abmelden: https?://",
    "von dieser liste abmelden",
    "-{3,} n(?:ä|ae)chster teil -{3,}",  # Mailman, above a scrubbed attachment
)
# A date after these is a deadline, not a slot: "a call before the 10th" (checks/asks.py).
DEADLINE_WORDS = (r"bis(?: spätestens| zum| zur| am)?|spätestens(?: am| bis)?|vor(?: dem)?",)
NOON_WORDS = (r"Mittag",)  # a deadline at noon, the day the email was sent
# A request for an answer that names none (checks/asks.py): with no ask before it, a written
# answer; after one, the day it is due.
ANSWER_LEADS = (
    r"(?:melden|melde|meldet) (?:sie |du )?(?:sich|dich|euch) (?:\S+ ){0,10}zurück|"
    r"(?:geben|gib|gebt) (?:\S+ ){0,5}bescheid|bescheid (?:geben|sagen)|sag\w* (?:mir |uns )?bescheid|lass(?:en sie|t)? (?:es )?(?:mich|uns) wissen",
)
# The client offering a slot (checks/asks.py): gives the ask before it its day.
SLOT_LEADS = (
    r"passt (?:es )?(?:ihnen|dir|euch)|passt mir|kann ich|ich kann|hätte ich zeit|ich bin (?:\w+ )?(?:erreichbar|verfügbar)",
)
# Who is to attend a meeting and where (checks/asks.py): the word before the people ("with
# Paola") and the places a client names ("at our office"); the reply names both.
MEETING_WITH = (r"mit",)
MEETING_PLACES = (
    r"bei (?:uns|Ihnen|euch|dir) (?:im Haus|vor Ort|im Büro)|(?:in|bei) (?:unserem|Ihrem|eurem|deinem) (?:Büro|Haus)|(?:bei uns |bei Ihnen )?vor Ort",
)
# A reason clause after a comma names no ask; a candour lead-in's copula (checks/asks.py).
REASON_WORDS = (r"weil|da|zumal|denn|damit|sodass|so dass",)
CONDITION_WORDS = (r"wenn|falls|sollte|sollten",)
COPULAS = (r"sein",)

# A concern that tells what we did or failed to do is the client's account (drafting/concerns.py):
# "Wir haben den Bericht nie geschickt" -> "Wie Sie schreiben, haben wir den Bericht nie geschickt".
CLAIM_START = r"wir|ich|unser\w* \w+|niemand|keiner|keine\w* \w+"
CLAIM_FRAMES = {
    "formal": "Wie Sie schreiben,",
    "informal": "Wie du schreibst,",
}
CLAIM_FRAME_INVERTS = True

# Money asked back near an amount; a fix wanted now (checks/asks.py).
MONEY_BACK = (
    r"zurück\w*|erstatt\w*|gutgeschrieben|gutschreiben|verrechnet|verrechnen|abgezogen|abziehen|zieh\w*(?: \w+){1,8} ab|erlassen|storniert|stornieren",
)
# "I wonder": what follows is thought aloud, not asked for (checks/asks.py).
WONDER_WORDS = (r"(?:ich frage|wir fragen) (?:mich|uns)|frage ich mich|fragen wir uns",)
# A document that corrects a bill: answered as money is (drafting/answers.py).
BILLING_CORRECTIONS = (
    r"(?:korrigiert|berichtigt|geändert|angepasst)\w* rechnung(?:en)?|rechnung(?:en)? (?:\w+ ){0,4}ohne|gutschrift\w*",
)
# A lead followed by one announces; a period's end is a time (checks/asks.py).
INFORMING = (
    r"(?:Sie|dich|euch) (?:\w+ )?(?:informieren|wissen lassen)|(?:Ihnen|dir|euch) (?:\w+ ){0,2}(?:mitteilen|sagen)",
)
PERIOD_ENDS = (r"(?:vor|bis zum|zum|am|nach) ende (?:des|der|unseres|unserer|ihres|ihrer) \w+",)
IMMEDIATE = (
    r"sofort|umgehend|jetzt|heute noch|unverzüglich|schnellstmöglich|so schnell wie möglich",
)
# A proposed time (checks/asks.py): "I suggest Tuesday 1 December at 10:00".
PROPOSAL_LEADS = (r"(?:ich|wir) schlage\w*|schlagen (?:wir|ich)|(?:mein|unser) vorschlag",)
# A line that introduces a list of asks ("My requests:"): each item is an ask (checks/asks.py).
LIST_INTROS = (
    r"folgendes|Folgende\w*|Forderung(?:en)?|Bitten?|Anliegen|erwarte\w*|brauche\w*|verlange\w*|ersuche\w*|(?:drei|vier|zwei|fünf) Dinge|(?:mein|unser) Vorschlag",
)
ORDINAL_OPENERS = (
    r"erstens|zweitens|drittens|an (?:erster|zweiter|dritter) Stelle|zum einen|zum anderen|zum ersten|zum zweiten|(?:und )?schließlich|außerdem",
)

# A book fact that recites the contract or puts the matter on the client is not stated to
# them (drafting/record.py).
CONTRACT_WORDS = (r"vertrag\w*|vertraglich\w*|vom Kunden (?:festgelegt|vorgegeben|bestimmt)",)

# How a noun phrase starts (drafting/answers.py): a list item that starts so is named in the
# reply's answer to it.
NOUN_OPENERS = (
    r"ein|eine|einen|einer|die|den|das|der|Ihre|Ihren|deine|deinen|eure|euren|unsere|unseren|"
    r"schriftliche\w*|klare\w*|verbindliche\w*|vollständige\w*",
)
# The object of an ask in the client's words (checks/phrases.py): how it starts, what joins
# a complement to it, and the words it ends before.
DETERMINERS = (
    r"der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|mein\w*|unser\w*|Ihr\w*|dein\w*|euer|eure\w*|dies\w*",
)
PHRASE_LINKS = (r"über|für|von|vom|zum|zur|zu|mit|ohne|im|in|am|an|aus|bei|zwischen|ab",)
PHRASE_STOPS = (
    r"damit|weil|da|denn|sobald|sofort|umgehend|dringend|heute|morgen|diese woche|nächste woche|wieder|"
    r"auch|außerdem|bitte|danke|sonst|andernfalls|wenn|falls|dass|ob|endlich|noch|ich|wir|sie|es|ist|sind|war|"
    r"zu(?:zu)?senden|zuschicken|zukommen|schicken|senden|übermitteln|vorlegen|erhalten|bekommen|"
    r"sehen|haben|nachreichen|liefern|bereitstellen|geben|mailen|machen|zeigen|nennen|mitteilen|"
    r"erstellen|ausstellen|vorlegen|vereinbaren|anbieten|erneut|nochmals|neu",
)

#: Role nouns whose feminine adds "-in" ("Leiter", "Leiterin"; "Vertriebsleiterin").
_ROLE_STEMS = (
    "leiter|führer|inhaber|direktor|referent|berater|assistent|präsident|prokurist|"
    "sachbearbeiter|mitarbeiter|gesellschafter|koordinator"
)

# The sender's own form of address (mail/sender.py): "Frau" or "Herr" before their own name in
# the signature or the From name ("Frau Dr. Anna Huber"), or the role on their name line or
# just below it in the feminine form ("Geschäftsführerin", "Leiterin Vertrieb": the masculine
# is also the legal title women sign with, so it says nothing). A role elsewhere is no cue: a
# company's footer names its managers ("Geschäftsführerin: Eva Martin"), and "Kunde" is said
# by women too.
GENDER_CUES = {
    "titles": {"Ms": (r"frau", r"fr\."), "Mr": (r"herr", r"hr\.")},
    "roles": {
        "Ms": (rf"\w*(?:{_ROLE_STEMS})in",),
    },
}

# Restating a concern (drafting/concerns.py): heat-only words, a closing judgment, threats,
# and the frame for a point no pronoun turns (the sentence follows in its own word order).
INTENSIFIERS = (
    "absolut",
    "völlig",
    "total",
    "komplett",
    "wirklich",
    "echt",
    "extrem",
    "unglaublich",
    "ehrlich gesagt",
    "schlichtweg",
    "schlicht und einfach",
    # curses that only raise the heat ("your damn banner" -> "your banner")
    r"verdammte[nrsm]?",
    r"verfluchte[nrsm]?",
    r"beschissene[nrsm]?",
    r"blöde[nrsm]?",
)
VERDICTS = (
    r"was (?:\w+ )?(?:inakzeptabel|unzumutbar|unmöglich|eine Frechheit|ein Witz) ist",
    r"(?:das|dies) ist (?:\w+ )?(?:inakzeptabel|unzumutbar|unmöglich|eine Frechheit|ein Witz|"
    r"nicht akzeptabel)",
    r"(?:unglaublich|inakzeptabel|unfassbar|eine Frechheit)",
)
THREATS = (
    r"anwalt\w*|anwält\w*|rechtliche\w* schritte|gericht\w*|rechtsabteilung|mahnverfahren|"
    r"(?:schlechte|negative) bewertung\w*|verbraucherzentrale",
)
# A question about something that never came (drafting/concerns.py condense): what it means.
# Nobody and somebody (checks/situations.py): no firm that makes an offer ("Nobody offered us").
INDEFINITE_PEOPLE = ("niemand", "jemand", "keiner", "alle")
WHEREABOUTS = (
    (
        r"^(?:und )?wo (?:bleibt|ist) (?:denn |eigentlich |nun )*(?P<x>.+?)$",
        "{x} ist noch nicht da.",
    ),
    (
        r"^(?:und )?wo (?:bleiben|sind) (?:denn |eigentlich |nun )*(?P<x>.+?)$",
        "{x} sind noch nicht da.",
    ),
)
REPORT_FRAMES = {"formal": "Sie schreiben,", "informal": "Du schreibst,"}
NOUNS_CAPITALISED = True
# Endings of adverbs and adjectives, written with a capital only at a sentence's start
# ("Zusätzlich zeigt das Dashboard ..."): after a report frame, in lower case.
NOT_NOUN_ENDINGS = ("lich", "isch", "dem", "weise", "mal", "mals", "falls", "wärts")
# Small talk around a complaint (drafting/concerns.py): never restated.
PLEASANTRIES = (
    r"(?:ich|wir) hoffe\w*,? (?:dass|ihr|ihre|es|sie|du|dein\w*|euer|eure)",
    r"hoffentlich (?:geht|ist|war|hatten)",
    # the writer's apology for how they write ("Scusa la franchezza", "Sorry for the long email")
    r"(?:entschuldigen sie|entschuldige|verzeihen sie|verzeih|sorry für) (?:die|den|das|meine|meinen|mein) "
    r"(?:\w+ )?(?:lange|langen|ton|offenheit|deutlichkeit|direktheit|worte|ausführlichkeit|länge)",
)

# A sentence that only says a message of ours came ("Ihr Schreiben zur Preisanpassung haben
# wir erhalten"): the context of a complaint, no point to restate unless it is negated or
# complains (drafting/concerns.py condense).
_RECEIVED_THINGS = (
    r"\w*(?:schreiben|rechnung|brief|mail|nachricht|mitteilung|ankündigung|information|"
    r"bericht|mahnung|erinnerung)\w*"
)
RECEIPTS = (
    rf"(?:ich|wir) (?:habe|haben) (?:\S+ ){{0,8}}?{_RECEIVED_THINGS} (?:\S+ ){{0,8}}?"
    r"(?:erhalten|bekommen|gelesen)\b",
    rf"(?:habe|haben) (?:ich|wir) (?:\S+ ){{0,8}}?{_RECEIVED_THINGS} (?:\S+ ){{0,8}}?"
    r"(?:erhalten|bekommen|gelesen)\b",
    rf"(?:ihr|ihre|ihren|euer|eure|euren|dein|deine|deinen|die|das|den) {_RECEIVED_THINGS} "
    r"(?:\S+ ){0,14}?(?:habe|haben) (?:ich|wir) (?:\S+ ){0,6}?(?:erhalten|bekommen|gelesen)\b",
    rf"(?:ich|wir) (?:erhielt|erhielten|bekam|bekamen) (?:\S+ ){{0,6}}?{_RECEIVED_THINGS}",
)

# Who a client asks to be involved (checks/asks.py "person" asks), as the reply names them,
# in the nominative: (pattern on the words the client used, our phrase). First match wins.
SENIOR_ROLES = (
    (r"geschäftsführerin", "unsere Geschäftsführerin"),
    (r"geschäftsführer(?!ung)", "unser Geschäftsführer"),
    (r"geschäftsführung|geschäftsleitung", "unsere Geschäftsleitung"),
    (r"\bceo\b", "unser CEO"),
    (r"inhaberin", "unsere Inhaberin"),
    (r"inhaber", "unser Inhaber"),
    (r"chef|vorgesetzt", "mein Vorgesetzter"),
)
# Words a clause cut off after a comma cannot begin with (drafting/concerns.py _cut): a list
# going on ("then the 20th, then the 19th"), a relative clause, a reason ("principalement en
# raison de ..."); such a tail is no sentence alone. Not "and": a clause often follows it.
TAIL_OPENERS = (
    r"(?:vor allem |hauptsächlich )?(?:wegen|aufgrund)",
    "dann",
    "dass",
    r"welche[rsnm]?",
    "wo",
    "wobei",
    "vor allem",
    "hauptsächlich",
)
# The last place in a ranking ("classée dernière sur quatre", "last of the five agencies"):
# a place as an ordinal is (checks/situations.py names_a_standing).
LAST_WORDS = ("letzter", "letzte", "letzten", "letztes")
# How an email closes after its asks ("Let me know.", "Fammi sapere."): no ask of its own
# when short and dateless (checks/asks.py).
CLOSINGS = (
    r"(?:sag|sagen sie|gib|geben sie) (?:mir )?bescheid|lass (?:es )?mich wissen|lassen sie (?:es )?mich wissen",
)
# Words that name the main point (drafting/concerns.py): "the main reason is simple." puts
# that sentence, or the next when it says no more, first among the concerns.
SIGNPOSTS = (
    r"(?:der|mein|unser) hauptgrund",
    r"(?:das|mein|unser) (?:hauptproblem|hauptanliegen|kernproblem)",
    r"(?:das|mein|unser) (?:größte|eigentliche) problem",
    r"was (?:mich|uns) am meisten (?:ärgert|stört|beschäftigt|sorgt)",
    r"am meisten (?:ärgert|stört) (?:mich|uns)",
    r"am schwersten (?:wog|wiegt)|den ausschlag (?:gab|gegeben hat)|ausschlaggebend (?:war|waren)",
)
# What came of a request, told after it in its sentence (checks/_ask_leads.py): "Les pedimos
# el informe … y llegó tres semanas tarde" tells a request, it makes none.
REQUEST_OUTCOMES = (
    r"(?:und|aber) (?:er|sie|es|nichts|niemand) (?:kam|kamen|ist nie|sind nie|hat nie)",
)
# What follows a person of ours asked for by name (checks/_ask_names.py): "Marco on this",
# "Je veux Karim dessus", "Lotte terug op ons account", "Voglio Giorgio, quello che ...".
PERSON_TAILS = (
    r"(?:zurück |wieder )?als (?:Ansprechpartner|Ansprechpartnerin|Betreuer|Betreuerin)\b",
    r"wieder (?:ran|dran)\b",
    r"(?:wieder übernimmt|übernimmt|zurückkommt)\b",
)
# The same opening an item of a list of asks, where a noun may open it ("Confirmation on
# the new prices"): only words that put a person on the work.
PERSON_ITEM_TAILS = (
    r"(?:zurück |wieder )?als (?:Ansprechpartner|Ansprechpartnerin|Betreuer|Betreuerin)\b",
    r"wieder (?:ran|dran)\b",
)
# "Nothing" closing a list of what is missing ("no email, no heads-up, nothing."): emphasis,
# never restated (drafting/concerns.py).
NOTHING_WORDS = ("nichts", "gar nichts", "rein gar nichts", "überhaupt nichts", "nix")
# What a meeting asked for is for (checks/asks.py): "para fecharmos o plano para 2027" names
# the meeting's subject, no thing asked for of its own.
MEETING_PURPOSES = (
    r"um (?:[^,.;]{0,60}? )?zu (?:besprechen|klären|abzuschließen|finalisieren|festzulegen|durchzugehen)",
    r"zur (?:Besprechung|Klärung|Abstimmung)",
)
# Verbs of understanding after a request lead (checks/asks.py): "comprendre comment vous
# comptez corriger" asks for an explanation, not the fix.
UNDERSTAND_WORDS = ("verstehen", "nachvollziehen")
# Candour leading into a point before a colon (drafting/concerns.py): the lead-in goes.
CANDOUR = (
    r"(?:ich will|ich muss|ich möchte|lassen sie mich|ich sage es|ich sag's) (?:\w+ ){0,3}(?:offen|ehrlich|direkt|deutlich|ohne umschweife)",
)
# Verbs of attending (checks/asks.py): "¿Podría confirmarme si asistirá?" after a sentence
# that names a meeting and its day asks to attend it.
ATTEND_WORDS = (r"teilnehmen", r"dabei (?:sein|sind)", r"kommen (?:können|werden|wirst|kannst)")
# A negated instruction opening a sentence (drafting/concerns.py): what not to do, no point
# to restate ("No me manden otro mail lleno de frases lindas").
NEGATED_IMPERATIVES = (
    r"(?:bitte )?(?:schicken|senden|rufen|schreiben|antworten|kommen) sie (?:mir |uns )?(?:bitte )?(?:nicht|keine?n?)\b",
    r"(?:bitte )?(?:schick|ruf|schreib) (?:mir |uns )?(?:bitte )?(?:nicht|keine?n?)\b",
)
# "Hereby" (checks/situations.py): a notice so given stands whatever condition its sentence
# names.
HEREBY_WORDS = ("hiermit",)
# The client's own (checks/asks.py): a meeting named with it ("before our 11:00 trading
# call") is theirs, not one asked of us.
OUR_WORDS = (r"unser\w*", r"mein\w*")
# Moving a meeting (checks/asks.py): "Can we move our call to Friday?" asks for it.
RESCHEDULE_WORDS = (r"verschieben", r"verlegen", r"vorziehen")
# Read in every language (lang/__init__.py): words for none opening a list of what is
# missing, polite pronouns that are no name, counting words, "me"/"us" after a verb.
NONE_WORDS = ("null",)
POLITE_PRONOUNS = ("sie", "ihnen")
COUNTING_WORDS = (r"\w+tens",)
OBJECT_PRONOUNS = ("mir", "uns")
