"""Dutch (Nederlands): what draft-reply knows of Dutch (lang/__init__.py)."""

NAME = "Dutch"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py).
QUOTE_SEPARATORS = (
    "oorspronkelijk bericht",
    "doorgestuurd bericht",
)
ATTRIBUTION_VERBS = ("schreef", "het volgende geschreven", "geschreven")
ATTRIBUTION_STARTS = ("op",)
HEADER_FROM = ("van",)
HEADER_FIELDS = (
    "verzonden",
    "aan",
    "onderwerp",
    "datum",
)
MOBILE_SIGNATURES = (
    "verzonden met",
    "verstuurd vanaf",
)
DISCLAIMER_CUES = (
    "vertrouwelijk",
    "geadresseerde",
    "per vergissing",
)
QUOTE_LIBRARY = True  # mail-parser-reply has tables for it

# Names and companies (checks/_reply_checks.py): company words, name particles.
COMPANY_WORDS = (r"b\.v\.",)
NOT_A_NAME = ("van", "de", "der", "den", "ten", "ter")

# The internal figures in words, and promises of money or deadlines (checks/references.py,
# drafting/facts.py): a reply in Dutch must not say them either.
SPELLED_NUMBERS = (
    ("nul",),
    ("een", "één", "eerst"),
    ("twee", "tweede"),
    ("drie", "derde"),
    ("vier", "vierde"),
    ("vijf", "vijfde"),
    ("zes", "zesde"),
    ("zeven", "zevende"),
    ("acht", "achtste"),
    ("negen", "negende"),
    ("tien", "tiende"),
    ("elf", "elfde"),
    ("twaalf", "twaalfde"),
    ("dertien", "dertiende"),
    ("veertien", "veertiende"),
    ("vijftien", "vijftiende"),
    ("zestien", "zestiende"),
    ("zeventien", "zeventiende"),
    ("achttien", "achttiende"),
    ("negentien", "negentiende"),
    ("twintig", "twintigste"),
)
HALF_WORDS = ("en een half", "komma vijf")
RANK_WORDS = ("plaats", "positie", "nummer", "nr.", "#")
OF_WORDS = ("van", "uit", "onder")
SHARE_WORDS = ("%", "procent")
TOP_CLIENT_WORDS = (
    "80/20",
    "80-20",
    "pareto",
    "topklanten",
    "grootste klanten",
    "belangrijkste klanten",
    "kleinere klanten",
)
PROMISES = (
    "terugbetal",
    "restitutie",
    "korting",
    "creditnota",
    "gratis",
    "kosteloos",
    "compensatie",
    "garandeer",
    "binnen 24 uur",
    "binnen 48 uur",
    "voor morgen",
)

# What a complaint is made of (drafting/concerns.py): a regex alternation per kind of cue.
CONCERN_CUES = {
    "strong": (
        r"lag(?: \w+){0,4} (?:plat|uit)|ging(?: \w+){0,4} plat|storing\w*|offline|te laat|vertraging\w*|vertraagd|weer|opnieuw|nog steeds|nooit|teleurgesteld\w*|"
        r"teleurstell\w*|onacceptabel|problem\w*|wacht\w*|fout\w*|verkeerd\w*|gefrustreerd|"
        r"niemand|genegeerd|mislukt|kwijt|gedaald|daling|trager|traag|klacht\w*|slecht\w*|"
        r"stil(?:gelegen|gestaan)|stilgelegd|niet bijgewerkt|vergeten"
    ),
    "weak": r"niet|geen|niets|zonder|alleen",
    "emotion": r"teleurgesteld\w*|gefrustreerd|boos|ontevreden|bezorgd",
    "things": (
        r"rapport\w*|dashboards?|campagne\w*|factu\w*|budget\w*|seo|ranking\w*|website|"
        r"pagina\w*|gegevens|data|cijfers|landingspagina\w*|advertentie\w*"
    ),
    "when": (
        r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
        r"december|maandag|dinsdag|woensdag|donderdag|vrijdag|twee|drie|[^\s\d]{0,100}+\d\S*"
    ),
    "silence": r"niemand heeft ons (?:\w+ )?(?:gemeld|verteld|geïnformeerd)|zonder (?:ons )?te (?:melden|waarschuwen)|geen reactie|geen antwoord",
    "others": r"andere bureaus?|andere leveranciers?|concurrent\w*",
}
SALUTATION_OPENERS = (
    "hoi",
    "hallo",
    "hey",
    "beste",
    "geachte",
    "goedemorgen",
    "goedemiddag",
    "dag",
)
SIGN_OFFS = (
    "met vriendelijke groet",
    "vriendelijke groet",
    "groet",
    "groeten",
    "hartelijke groet",
    "mvg",
    "bedankt",
    "dank",
    "tot snel",
)
REQUESTS = (
    "graag",
    "wilt u",
    "kunt u",
    "zou u",
    "kun je",
    "wil je",
    "zou je",
    "alstublieft",
    "alsjeblieft",
)
CONJUNCTIONS = ("en", "of")
PREAMBLES = (r"hier (?:is|volgt) (?:een|het|de|uw|je) (?:concept|antwoord|voorstel)",)
EXCUSES = (
    "helaas",
    "excuses voor het ongemak",
    "sorry voor het ongemak",
    "zoals ik al zei",
    "zoals eerder vermeld",
    "we hadden het erg druk",
    "niet onze schuld",
    "u had moeten",
)
ASKS = (
    r"(?:ik|we|wij) (?:zou|zouden|hoor\w*) (?:\w+ )?(?:graag )?(?:willen weten|horen|begrijpen)",
    r"laat (?:me|mij|ons) weten|vertel (?:me|ons)",
)
QUESTION_WORDS = ("wat", "hoe", "welke", "waarom", "waar", "wie", "wanneer", "of")
THANKS = (r"dank\w*", r"bedank\w*", r"waarder\w*")
RECORD_INTROS = (
    r"wat we (?:hebben )?(?:gedaan|geleverd|opgeleverd)",
    r"(?:ons|het) werk (?:voor u|voor jou|dat we)",
)
SUBJECT_LABELS = ("onderwerp",)
INFORMAL_FORMS = (r"(?i)(?<!\w)(?:je|jij|jou|jouw|jullie|kun je|wil je|hoi)(?!\w)",)
FORMAL_FORMS = (r"(?i)(?<!\w)(?:u|uw|geachte)(?!\w)",)
REPLY_INFORMAL_FORMS = r"(?i)(?<!\w)(?:je|jij|jou|jouw)(?!\w)"
REPLY_FORMAL_FORMS = r"(?i)(?<!\w)(?:u|uw)(?!\w)"
REPLY_PRONOUNS = ("je", "u")
INFORMAL_OPENERS = r"(?i)(?:hoi|hey|hallo)\b"
SALUTATIONS = {
    "ms": "mevrouw",
    "mrs": "mevrouw",
    "miss": "mevrouw",
    "frau": "mevrouw",
    "mr": "heer",
    "herr": "heer",
}
FORMAL_OPENERS = {"mevrouw": "Geachte", "heer": "Geachte"}
NEGATIONS = ("niet", "geen", "nooit")
HEAT_LEXICON = {
    "insult": (
        {
            "weight": 0.7,
            "phrases": [
                "incompetent",
                "amateurs",
                "prutsers",
                "klungels",
                "leugenaars",
                "belachelijk",
                "schandalig",
                "waardeloos",
                "knoeiers",
            ],
        },
    ),
    "absolute": (
        {
            "weight": 0.2,
            "phrases": ["altijd", "nooit", "elke keer", "iedere keer", "helemaal niets"],
        },
    ),
    "accusation": (
        {
            "weight": 0.35,
            "phrases": [
                "onacceptabel",
                "jullie doen niets",
                "u doet niets",
                "jullie hebben gelogen",
                "ongehoord",
                "een schande",
            ],
        },
    ),
    "threat_to_leave": (
        {
            "weight": 0.5,
            "phrases": [
                "opzeggen",
                "contract opzeggen",
                "overstappen",
                "ander bureau",
                "andere leverancier",
                "laatste kans",
                "samenwerking beëindigen",
            ],
        },
    ),
}

ASK_CUES = {
    "refund": r"tegemoetkoming|terugbetal\w*|restitutie|geld terug|creditnota|korting|compensatie|vergoeding|niet (?:\w+ )?betalen|betaling (?:\w+ )?(?:opschorten|inhouden)",
    "meeting": r"bel\w*|spreken|praten|(?:telefonisch )?gesprek\w*|belletje|bellen|afspraak|overleg|vergader\w*|videocall|call|langskomen|meeting",
    "written": r"(?:een|uw|je) (?:antwoord|reactie|uitleg)|schriftelijk\w*|per (?:e-?mail|mail)|op papier",
    "document": r"rapport\w*|factu\w*|overzicht\w*|export\w*|document\w*|planning|tijdlijn|actieplan|kopie\w*|offerte\w*|analyse\w*|toegang|bestand\w*|presentatie",
    "decision": r"(?:uw|een|jullie) beslissing|beslis (?:of|snel)|bevestig\w* of|ja of nee|toezeg\w*|duidelijk antwoord",
    "person": r"(?:uw|je|jouw|de) (?:leidinggevende|manager|directeur|baas|chef|teamleider|eigenaar)|iemand (?:van|uit) (?:de )?directie|escal\w*",
}
ASK_LEADS = (
    r"graag|wilt u|kunt u|zou u|kun je|wil je|zou je|alstublieft|alsjeblieft|(?:ik|wij|we) (?:\w+ )?(?:wil|willen|verwacht\w*|eis\w*|vraag|vragen|verzoek\w*|stel\w* voor|heb(?:ben)? .{0,10}nodig)|stuur (?:me|mij|ons)|is het mogelijk|zou het mogelijk zijn|bent u beschikbaar|heeft u tijd",
)
NO_CALL = (
    r"(?:geen|niet|zonder) (?:\w+ ){0,2}(?:telefo\w*|gesprek\w*|belletje|bellen)|niet (?:per|via de) telefoon",
)
SITUATIONS = {
    "price": r"prijsverhoging\w*|tariefsverhoging\w*|(?:verhog|verhoogd)\w* (?:\w+ ){0,3}(?:prijs|prijzen|tarie\w*)|(?:prijs|prijzen|tarie\w*) (?:\w+ ){0,2}(?:omhoog|verhoogd|stijg\w*)|te duur|duurder",
    "refund": r"terugbetal\w*|restitutie|geld terug|creditnota|korting|compensatie",
    "competitor": r"ander\w* bureau\w*|ander\w* leverancier\w*|concurrent\w*|offerte van|goedkoper",
    "ranking": r"leveranciersbeoordeling|beoordeling van (?:onze )?(?:leveranciers|bureaus)|ranking|laatste plaats|lager beoordeeld",
    "leave": r"opzeg\w*|overstap\w*|ander bureau|samenwerking (?:\w+ )?beëindig\w*|niet verleng\w*|laatste kans",
    "deadline": r"te laat|vertraging\w*|deadline\w*|termijn\w*|nog steeds (?:\w+ )?wacht\w*",
}
PRAISE = (
    r"(?:jullie|u|uw team|het team|je team) (?:\w+ )?(?:waren|was|zijn|is|hebben) (?:\w+ ){0,2}(?:goed|geweldig|uitstekend|behulpzaam|fantastisch|prima)",
    r"bedankt|dank|tevreden (?:met|over)|goed werk",
)
ANNOUNCEMENTS = (
    r"ter info|ter informatie|fyi|(?:we|wij|ik) (?:zijn|ben|zullen) (?:\w+ )?(?:op vakantie|afwezig|verhuizen)|(?:we|wij|ik) (?:hebben|heb) (?:\w+ )?(?:aangenomen|gelanceerd|verhuisd)",
)
CONCESSIONS = ("maar", "echter", "toch", "hoewel")
FILLERS = (
    "ik schrijf (?:u|je) omdat",
    "eerlijk gezegd",
    "eerlijk gezegd",
    "echt",
    "werkelijk",
    "absoluut",
    "totaal",
    "helemaal",
    "gewoon",
)
WEEKDAY_DATE = "EEEE d MMMM"
DUE_WORDS = {
    r"overmorgen": "+2d",
    r"vandaag|vanavond|vandaag nog": "+0d",
    r"morgen(?!ochtend|middag|avond)": "+1d",
    r"(?:voor )?(?:het )?einde van (?:de|deze) week": "eow",
    r"volgende week|komende week": "nw",
    r"(?:voor )?(?:het )?einde van (?:de|deze) maand": "eom",
    r"volgende maand|komende maand": "nm",
    r"binnen (?P<n>\d+|twee|drie|vier|vijf|tien) werkdagen": "+nw",
    r"binnen (?P<n>\d+|twee|drie|vier|vijf|zeven|tien|veertien) dagen": "+n",
    r"binnen (?:een|één|1) week": "+7d",
    r"binnen (?:twee|2) weken": "+14d",
    r"(?:voor )?(?:het )?eind(?:e)? {month}": "monthend",
    r"(?:voor )?half {month}|midden {month}": "monthmid",
}
NUMBER_WORDS = {
    "een": 1,
    "één": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "veertien": 14,
}
# A work item that puts right what went wrong (drafting/record.py): it answers a complaint.
REMEDY_WORDS = (
    r"opgelost|hersteld|gecorrigeerd|correctie\w*|vervangen|opnieuw (?:verstuurd|geleverd)|gerepareerd|oorzaakanalyse|creditnota",
)
# Words that open a sentence only to link it to the last (drafting/concerns.py condense).
CONNECTIVES = ("dan", "en", "dus", "ook", "bovendien")
# The line above the quoted original in a reply (mail/reply.py).
ATTRIBUTION = "Op {day:02}-{month:02}-{year} om {time} schreef {who}:"
ATTRIBUTION_UNDATED = "{who} schreef:"
# A complaint that something never came (drafting/record.py): the work logged on that topic
# answers it, it is not the work complained of.
ABSENCE_WORDS = (
    r"nooit (?:ontvangen|gekregen|aangekomen|geleverd)|geen enkel\w*|niet ontvangen|ontbreekt|ontbreken",
)
# The client's words in our voice (drafting/concerns.py restate): phrase -> replacement;
# verbs are left as written, so only possessives and objects swap where the verb would change.
RESTATE_SWAPS = {
    "wij hebben": "jullie hebben",
    "we hebben": "jullie hebben",
    "ik heb": "u heeft",
    "wij": "jullie",
    "we": "jullie",
    "onze": "uw",
    "ons": "u",
    "mijn": "uw",
    "mij": "u",
    "me": "u",
    "jullie": "wij|ons",
    "u heeft": "wij hebben",
    "uw": "onze",
}
RESTATE_SWAPS_INFORMAL = {
    "wij hebben": "jullie hebben",
    "we hebben": "jullie hebben",
    "ik heb": "je hebt",
    "wij": "jullie",
    "we": "jullie",
    "onze": "jullie",
    "ons": "jullie",
    "mijn": "je",
    "mij": "je",
    "me": "je",
    "jullie": "wij|ons",
    "je hebt": "wij hebben",
    "jouw": "onze",
}
# A helpdesk's or forum's line above which the reply goes, or the heading of earlier replies
# (mail/_quotes.py): what follows is history.
REPLY_ABOVE = (
    "(?:typ|schrijf) (?:uw|je) (?:antwoord|reactie) boven deze (?:regel|lijn)",
    "eerdere (?:reacties|antwoorden)",
)

# (draft-reply check) phrases that talk down to a client, lower case.
CONDESCENSION = (
    "u bent niet eens",
    "jullie zijn niet eens",
    "niet eens een grote klant",
    "een van onze kleinste",
    "met alle respect",
    "zoals iedereen weet",
    "ik leg het nog één keer uit",
    "lees mijn vorige",
    "als u had gelezen",
    "als u de moeite had genomen",
    "u begrijpt toch wel",
    "eerlijk gezegd",
)
# A date after these is a deadline, not a slot: "a call before the 10th" (checks/asks.py).
DEADLINE_WORDS = (r"vóór|voor|uiterlijk(?: op)?|tegen",)
