"""German (Deutsch): what draft-reply knows of German (lang/__init__.py)."""

NAME = "German"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py).
QUOTE_SEPARATORS = (
    "weitergeleitete nachricht",
    "urspr(?:ü|ue)ngliche nachricht",
)
FORWARD_INTROS = ("anfang der weitergeleiteten nachricht",)
ATTRIBUTION_VERBS = ("schrieb",)
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
)
DISCLAIMER_CUES = (
    "vertraulich",
    "irrt(?:ü|ue)mlich",
    "richtige adressat",
    "unbefugte",
    "benachrichtigen sie",
    "absender",
)
QUOTE_LIBRARY = True  # mail-parser-reply has tables for it

# What a complaint is made of (drafting/concerns.py): a regex alternation per kind of cue.
CONCERN_CUES = {
    "strong": (
        r"versp[äa]t\w*|zu sp[äa]t|sp[äa]t|sp[äa]ter|schon wieder|wieder|wiederholt|"
        r"immer noch|noch immer|nie|niemals|entt[äa]usch\w*|inakzeptabel|unakzeptabel|"
        r"problem\w*|(?:ge)?wart(?:e|en|et|ete|eten)|fehler\w*|falsch\w*|schlecht\w*|"
        r"[äa]rger\w*|ver[äa]rgert|frustr\w*|beschwer\w*|unzufrieden\w*|langsam\w*|"
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
)
SIGN_OFFS = (
    r"viele gr[üu]\w*",
    r"beste gr[üu]\w*",
    r"liebe gr[üu]\w*",
    "mit freundlichen",
    r"freundliche gr[üu]\w*",
    r"sch[öo]ne gr[üu]\w*",
    "gr[üu](?:ß|ss)e?",
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
EXCUSES = (
    "leider",
    "wie bereits gesagt",
    "wie bereits erwähnt",
    "wie schon gesagt",
    "nicht unsere schuld",
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
TIER_SENTENCE = "Das Konto ist in der Servicestufe {tier}."  # a fact for step 3
