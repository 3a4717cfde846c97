"""Dutch (Nederlands): what draft-reply knows of Dutch (lang/__init__.py)."""

NAME = "Dutch"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py).
QUOTE_SEPARATORS = (
    "origineel bericht",
    "oorspronkelijk bericht",
    "doorgestuurd bericht",
)
# Gmail: "Op 18 juli 2013 10:23 schreef Anna de Vries <addr> het volgende:".
ATTRIBUTION_VERBS = (
    "schreef",
    "het volgende geschreven",
    "geschreven",
    "schreef .{1,120}? het volgende",
)
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
    "verzonden vanuit",
)
DISCLAIMER_CUES = (
    "vertrouwelijk",
    "geadresseerde",
    "per vergissing",
)
EXTERNAL_BANNERS = (
    r"\[extern\]\s*$",
    r"\*{0,3}\s*externe (?:e-?mail|afzender)\s*\*{0,3}\s*[:!.-]",
    r"(?:let op|waarschuwing|pas op|opgelet)\s*[:!-]?\s*(?:deze (?:e-?mail|mail|e-mail|bericht) "
    r"(?:is afkomstig|komt|is verzonden) (?:van|vanaf) (?:buiten|een externe)|externe (?:e-?mail|afzender))",
    r"(?:deze|dit) (?:e-?mail|mail|bericht) (?:is afkomstig|komt) van buiten (?:de|uw|je|onze) organisatie",
    r"u ontvangt niet vaak e-?mail van",
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
        # A promise recalled: "we were promised", "wurde mir zugesichert".
        r"(?<!zoals )beloofd|(?<!zoals )toegezegd|(?:ons|mij|me) (?:\w+ )?verzekerd|"
        # The same as before: "unchanged", "identical" (a report that did not change).
        # Charts without advice: "veel grafieken en weinig advies".
        r"(?:geen|weinig|nauwelijks) (?:advies|aanbevelingen|inzicht\w*|analyse)|"
        r"ongewijzigd|ongewijzigde|identiek\w*|nog steeds (?:hetzelfde|dezelfde)|"
        # A price rise in figures ("12 % more from January").
        r"\d+ ?(?:%|procent) (?:meer|duurder)|prijsverhoging\w*|"
        # Too little of one thing, too slow, too late; criticised; it takes days.
        r"te (?:weinig|traag|laat|vaak|algemeen)|bekritiseerd|duurt (?:\w+ ){0,3}(?:dagen|weken)|"
        # Something that stopped (the hourly updates, the tracking).
        r"gestopt|stopte|stopten|stilgevallen|"
        # Counted at zero: "zero conversions", "NULL Bestellungen".
        r"nul \w+(?:en|s)\b|"
        # Due and not delivered: "doveva essere online a settembre".
        r"moest(?:en)? (?:\w+ ){0,6}(?:worden|zijn|komen|gaan)|"
        # Billed wrongly: a complaint in figures ("650 euros instead of the agreed 500").
        # A price rise, a fall in the rankings: "the 9 % increase", "van plek 2 naar plek 11".
        r"(?:prijs|tarief)verhoging\w*|verhog\w* (?:\w+ ){0,2}(?:prijzen|prijs|tarieven|tarief)|duurder|gezakt|gedaald|gevallen|niet meer op de eerste pagina|van plek \d+ naar plek \d+|"
        # Broken, mistaken, not matching: "stopped working", "per errore", "klopt niet".
        r"per ongeluk|per vergissing|werk\w*(?: \w+){0,4} niet|klopt niet|kloppen niet|minder \w+ dan|"
        # Halved: "quote requests have halved since the summer".
        r"gehalveerd|"
        # Paying for nothing: "I pay 2,000 a month and I get nothing but excuses".
        r"krijg\w* (?:ik |we |wij )?(?:er )?niets|niets voor terug|alleen maar excuses|excuses|geldverspilling|niet waard|"
        r"dubbel (?:gefactureerd|berekend)|te veel (?:gefactureerd|berekend)|in plaats van de afgesproken|"
        r"lag(?: \w+){0,4} (?:plat|uit)|ging(?: \w+){0,4} plat|storing\w*|offline|te laat|vertraging\w*|vertraagd|weer|opnieuw|nog steeds|nooit|teleurgesteld\w*|"
        r"teleurstell\w*|onacceptabel|problem\w*|wacht\w*|gewacht|fout\w*|verkeerd\w*|gefrustreerd|"
        r"niemand|genegeerd|mislukt|kwijt\w*|gedaald|daling|trager|traag|klacht\w*|slecht\w*|"
        r"stil(?:gelegen|gestaan)|stilgelegd|niet bijgewerkt|vergeten|pas (?:gisteren|vandaag|"
        r"nu|na \w+|op \d+\S*)|had(?:den)? (?:\w+ ){0,5}moeten (?:zijn|komen|liggen)|"
        r"niet op tijd|later dan afgesproken|alweer|nog altijd"
    ),
    "weak": r"niet|geen|niets|zonder|alleen",
    "emotion": r"teleurgesteld\w*|gefrustreerd|boos|ontevreden|bezorgd",
    "things": (
        r"rapport\w*|dashboards?|campagne\w*|factu\w*|budget\w*|seo|ranking\w*|website|"
        r"pagina\w*|gegevens|data|cijfers|landingspagina\w*|advertentie\w*"
    ),
    "when": (
        r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
        r"december|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|[^\s\d]{0,100}+\d\S*"
    ),
    "silence": r"niemand heeft ons (?:\w+ )?(?:gemeld|verteld|geïnformeerd)|zonder (?:ons )?te (?:melden|waarschuwen)|geen reactie|geen antwoord|niets (?:meer )?(?:gehoord|vernomen)|niemand reageerde|nooit (?:meer )?iets gehoord",
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
    "met vriendelijke groeten",
    "vriendelijke groeten",
    "hartelijke groeten",
    "groetjes",
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
    "gelieve",
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
# A formal greeting without a salutation (book or email, mail/sender.self_address) names the
# whole name ("Beste Anneke de Vries").
FORMAL_GREETS_FULL_NAME = True
NEGATIONS = ("niet", "geen", "nooit")
HEAT_LEXICON = {
    "insult": (
        {
            "weight": 0.7,
            "phrases": [
                "incompetent",
                "amateurs",
                "een amateur",
                "prutsers",
                "klungels",
                "leugenaars",
                "belachelijk",
                "schandalig",
                "waardeloos",
                "knoeiers",
                "idioot",
                "idioten",
                "sukkels",
                "dilettanten",
                "beunhazen",
                "oplichters",
                "clown",
                "clowns",
                "stelletje clowns",
                "stelletje amateurs",
                "clubje amateurs",
                "prutswerk",
                "knoeiwerk",
                "broddelwerk",
                "poppenkast",
                "een circus",
                "wat een circus",
            ],
            "patterns": [
                # werk dat rommel genoemd wordt: "het rapport was echt rommel", "wat een troep"
                r"\b(?:is|was|zijn|waren|echt|gewoon|pure|één|een|grote|totale|complete|wat\s+een|"
                r"een\s+hoop|één\s+grote)\s+(?:\w+\s+)?(?:rommel|troep|bagger|zooi|puinhoop|"
                r"janboel|rotzooi)\b",
                # "uw zogenaamde expert", "jullie zogenaamde specialisten"
                r"\bzogenaamde?\s+[\"“'„]?\s*(?:experts?|specialist\w*|deskundige\w*|"
                r"professionals?|team|bureau|adviseurs?|consultants?)\b",
            ],
        },
        {
            "weight": 0.45,
            "phrases": [
                "een grap",
                "een slechte grap",
                "een lachertje",
                "een farce",
                "lachwekkend",
                "zielig",
                "hopeloos",
                "een aanfluiting",
            ],
        },
    ),
    "absolute": (
        {
            "weight": 0.2,
            "phrases": ["nooit", "elke keer", "iedere keer", "helemaal niets"],
            # "altijd", but not "zoals altijd" or "als altijd" (a courtesy).
            "patterns": [r"(?<!\bzoals )(?<!\bals )\baltijd\b"],
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
                # de formele klacht, koel maar duidelijk (deze dragen hun ontkenning zelf)
                "voldoet niet aan onze verwachtingen",
                "voldoet niet aan de verwachtingen",
                "niet aan onze verwachtingen",
                "beneden onze verwachtingen",
                "onder de maat",
                "niet acceptabel",
                "niet tevreden",
                "betalen we niet",
                "weigeren te betalen",
                "mag niet meer gebeuren",
                "mag niet nog eens gebeuren",
                "jullie hadden beloofd",
                "u had beloofd",
                "ons was beloofd",
                "ons werd beloofd",
            ],
            "patterns": [
                r"\bbetwist(?:en)?\s+(?:deze|de|uw|jullie)\s+(?:\w+\s+)?(?:factuur|facturen|rekening|kosten)\b",
                r"\bwaar\s+(?:we|wij)\s+(?:eigenlijk\s+)?voor\s+betalen\b",
            ],
        },
        {
            "weight": 0.35,
            "negatable": True,
            "phrases": [
                "ontevreden",
                "erg teleurgesteld",
                "zeer teleurgesteld",
                "diep teleurgesteld",
                "enorm teleurgesteld",
                "bijzonder teleurgesteld",
            ],
        },
        {
            "weight": 0.2,
            "negatable": True,
            "phrases": [
                "teleurgesteld",
                "teleurstellend",
                "gefrustreerd",
                "frustrerend",
                "geïrriteerd",
                "boos",
                "woedend",
            ],
        },
    ),
    "exasperation": (
        {
            "weight": 0.35,
            "negatable": True,
            "phrases": [
                "ben het zat",
                "zijn het zat",
                "ben het beu",
                "zijn het beu",
                "spuugzat",
                "meer dan zat",
                "hoe vaak nog",
                "hoe vaak moet ik",
                "hoe vaak moeten we",
                "genoeg is genoeg",
                "ons geduld is op",
                "mijn geduld is op",
            ],
            "patterns": [
                r"\bvoor\s+de\s+(?:tweede|derde|vierde|vijfde|tiende|honderdste|zoveelste|\d+e)\s+keer\b",
                r"\bde\s+(?:tweede|derde|vierde|vijfde|zoveelste)\s+keer\s+dat\s+(?:ik|we|wij)\b",
                r"\bzo\s+kan\s+het\s+(?:echt\s+)?niet\s+(?:langer|verder|doorgaan)\b",
                r"\bachter\s+(?:de\s+broek|jullie\s+aan|u\s+aan)\b",
                r"\b(?:achteraan|achterna)\s+(?:te\s+)?(?:zitten|bellen|mailen)\b",
            ],
        },
        {
            "weight": 0.2,
            "negatable": True,
            "phrases": [
                "nog steeds geen antwoord",
                "nog steeds geen reactie",
                "nog steeds niets",
                "nog altijd geen antwoord",
            ],
            "patterns": [
                r"\bwacht(?:en)?\s+(?:\w+\s+)?al\s+(?:\w+\s+){0,2}(?:dagen|weken|maanden|week|maand)\b"
            ],
        },
    ),
    "ultimatum": (
        {
            "weight": 0.45,
            "phrases": [
                "anders hoeft het niet meer",
                "dan hoeft het niet meer",
                "anders hoeft het niet",
                "voor de laatste keer",
                "dit is de laatste keer",
                "geen excuses meer",
            ],
        },
        {
            "weight": 0.2,
            "phrases": ["zonder mankeren", "ik eis", "wij eisen", "we eisen"],
        },
    ),
    "sarcasm": (
        {
            "weight": 0.4,
            "phrases": [
                "postduif",
                "per postkoets",
                "je maakt een grapje",
                "u maakt een grapje",
                "dat meen je niet",
                "dat meent u niet",
                "bedankt voor niks",
                "bedankt voor niets",
                "wat een verrassing",
                "wat toevallig",
                "wat een toeval",
                "toevallig natuurlijk",
            ],
            "patterns": [
                # Lof voor een teleurstelling: "Geweldig, weer een week zonder rapportage."
                r"\b(?:geweldig|fantastisch|perfect|top|prachtig|super|heerlijk|mooi\s+zo)\s*[,.!…]+\s*"
                r"(?:weer|alweer|opnieuw|nog)\s+(?:een|zo['’]n)\b(?!\s+(?:vraag|vraagje|punt|ding|dingetje|idee|verzoek|prettig|fijn)\b)",
            ],
        },
    ),
    "threat_to_leave": (
        {
            # De beleefde, koele vorm: "we gaan onze samenwerking heroverwegen".
            "weight": 0.5,
            "negatable": True,
            "phrases": ["niet verlengen"],
            "patterns": [
                r"\b(?:samenwerking|contract|relatie|opdracht)\b(?:\s+\S+){0,3}?\s+heroverwegen\b",
                r"\bheroverwegen\s+(?:de|onze|deze)\s+(?:samenwerking|relatie|contract|opdracht)\b",
                r"\b(?:oriënteren\s+ons|(?:we|wij)\s+(?:\w+\s+){0,2}?(?:kijken|zoeken))\s+(?:op|naar|rond)\s+(?:een\s+)?(?:ander|andere|nieuw|nieuwe)\s+(?:bureaus?|partij(?:en)?|leveranciers?|partners?|opties)\b",
            ],
        },
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
    "refund": r"(?:iets|wat) (?:aan|met) de prijs|(?:de )?(?:oude|huidige) prijs (?:houden|behouden|handhaven)|(?:de )?kosten (?:\w+ ){0,2}(?:vergoeden|voor (?:jullie|uw) rekening)|(?:een )?beter(?:e)? (?:aanbod|prijs|voorstel)|tegemoetkoming|kosteloos|zonder kosten|terugbetal\w*|restitutie|geld terug|creditnota\w*|creditering\w*|korting|compensatie|vergoeding|niet (?:\w+ )?betalen|betaling (?:\w+ )?(?:opschorten|inhouden)",
    # Not a refusal ("belt u mij niet", "geen gesprek"), not "belangrijk" or "beloofd".
    "meeting": (
        r"(?<!\bniet )(?<!\bgeen )(?<!\bniet te )(?:"
        r"(?:bel|belt|bellen|belletje|terugbellen|opbellen)(?! (?:(?!(?:als|want|omdat|dat|of|"
        r"maar|wanneer|zodra|tenzij|en|dan)\b)[\w.]+ ){0,3}(?:niet|nooit)\b)|"
        r"spreken|bespreken|praten|(?:telefonisch )?gesprek\w*|afspraak|afspreken|overleg|overleggen|"
        r"vergader\w*|videocall|call|langskomen|langs te komen|meeting|om (?:de )?tafel|samenzitten|"
        r"bijpraten|over (?:zitten|samenzitten)|gaan zitten)"
    ),
    "written": r"^(?:antwoord|reactie)(?= (?:\w+ )?(?:by|bis|avant|antes|entro|voor|vóór|uiterlijk|até|before|del|prima)\b)|laat (?:\w+ ){0,3}weten|te bevestigen|"
    r"(?:wil|willen) (?:\S+ ){0,3}weten(?= (?:\S+ ){0,2}(?:wat|wie|waarom|hoe|wanneer|of)\b)|"
    r"onderbouwing|toelichting|opheldering|(?:iets )?laten weten|laat (?:je|u) (?:\w+ ){0,4}(?:iets )?weten|(?:een|uw|je) (?:antwoord|reactie|uitleg)|schriftelijk\w*(?! voorstel)|per (?:e-?mail|mail)|op papier|een (?:e-?)?mail(?:tje)?",
    "document": (
        # Compounds too: "urenoverzicht", "eindrapport", "creditfactuur".
        r"(?<=de )cijfers|specificatie\w*|spreadsheet|excel\w*|csv|\w*rapport(?!eer|eren|eert|eerde)\w*|\w*factu\w*|\w*overzicht\w*|export\w*|document\w*|planning|tijdlijn|actieplan|"
        r"kopie\w*|offerte\w*|analyse\w*|toegang|bestand\w*|presentatie|contractvoorstel\w*|"
        r"(?<!beter )(?<!betere )voorstel|"
        r"(?:nieuwe|aangepaste|herziene|getekende|gewijzigde) (?:contract|overeenkomst)|"
        r"(?:het|een) contract(?! (?:\w+ ){0,2}(?:opzeggen|op te zeggen|beëindigen|ontbinden|"
        r"verlengen|stopzetten|loopt|afloopt)\b)"
    ),
    # Wat hersteld moet worden: "repareer het formulier", "dat de site weer werkt".
    "fix": (
        r"iemand (?:\w+ ){0,4}(?:naar kijkt|op zet|erop zet|mee bezig|ernaar kijkt)|(?:kijk|kijken) (?:er )?(?:vandaag|nu|meteen|direct) naar|(?:zorg\w*|zorgt) dat (?:\S+ ){0,6}(?:werkt|werken|draait|online (?:is|staat))|(?:moet|moeten) (?:\S+ ){0,4}(?:weer )?(?:werken|draaien|online (?:zijn|staan))|"
        r"(?<!niet )werkend(?! (?:op te leveren|opleveren|opgeleverd|te krijgen))|repar\w*|herstel\w*|hersteld|oploss\w*|opgelost|verhelp\w*|verholpen|"
        r"rechtzett\w*|rechtgezet|in orde (?:brengen|maken|gebracht)|weer (?:werkt|werken|online|bereikbaar)"
        r"|(?<=\bals )(?:\S+ ){0,4}niet (?:werkt|online is|draait)"
    ),
    "decision": r"(?:uw|een|jullie) beslissing|beslis (?:of|snel)|bevestig\w* of|ja of nee|toezeg\w*|duidelijk antwoord",
    "person": r"(?:uw|je|jouw|de) (?:leidinggevende|manager|directeur|baas|chef|teamleider|eigenaar)|iemand (?:van|uit) (?:de )?directie|escal\w*",
}
ASK_LEADS = (
    r"(?:lijkt|vind) (?:me|ik) (?:\w+ ){0,3}(?:redelijk|eerlijk|fair)|"
    # a formal demand: "Ik stel u hierbij in de gelegenheid het overzicht ... aan te leveren"
    r"(?:ik|wij|we) stel(?:len)? u (?:\w+ ){0,2}in de gelegenheid|"
    r"(?:ik|wij|we) zou(?:den)? het (?:zeer )?op prijs stellen|(?:wel |best |heel )?redelijk|laat (?:je|u) (?:\w+ ){0,4}(?:iets )?weten|graag|als (?:u|je) (?:dat )?liever(?=[^.!?\n]*\d)|wilt u|kunt u|zou u|kun je|wil je|zou je|alstublieft|alsjeblieft|a\.u\.b\.|"
    # not "ik vraag me af" (I wonder), "vragen we ons af"
    r"(?:ik|wij|we) (?:\w+ )?(?:wil|willen|verwacht\w*|eis\w*|vraag|vragen|verzoek\w*|"
    r"stel\w* voor|heb(?:ben)? .{0,10}nodig)(?! (?:me|mij|ons|mezelf) af\b)|"
    r"(?:wil|verzoek|vraag|vragen|verwacht|eis)\w* (?:ik|wij|we)(?! (?:me|mij|ons) (?:\S+ ){0,3}af\b)|"
    # the formal imperative of Belgian letters: "Gelieve ons het rapport te bezorgen."
    r"gelieve|"
    r"stuur (?:me|mij|ons)|stuurt u (?:me|mij|ons)|"
    r"geef (?:me|mij|ons)|geeft u (?:me|mij|ons)|bel (?:me|mij|ons)|belt u (?:me|mij|ons)|"
    r"laat (?:me|mij|ons) (?:\S+ ){0,5}weten|laat u (?:me|mij|ons) (?:\S+ ){0,5}weten|"
    # a verb-first question or proposal ("Misschien kunnen we ..."), not a statement after a
    # fronted part ("Een stijging van 9 % kunnen wij moeilijk verantwoorden")
    r"(?:^(?:misschien |dan |anders |eventueel |wellicht )?|(?<=[,;:] ))(?:kunnen (?:we|wij|jullie)|zullen (?:we|wij)|zouden (?:we|wij|jullie)|willen jullie)|"
    r"(?:kunnen (?:we|wij|jullie)|zullen (?:we|wij)|zouden (?:we|wij|jullie)|willen jullie)(?=[^.!?]*\?)|"
    r"kan (?:ik|er)|mag ik|laten we|is het mogelijk|zou het mogelijk zijn|bent u beschikbaar|"
    r"heeft u tijd|heb je tijd|"
    # an imperative opening the sentence: "Stuur het contract vóór vrijdag."
    r"^(?:stuur|stuurt u|geef|geeft u|bevestig|bevestigt u|mail|mailt u|regel|plan)(?= )",
    # een ultimatum: "als het maandag niet werkt, stap ik over"
    r"\bals (?:\S+ ){0,4}niet\b",
    r"(?:moet|moeten) er (?:wel |dan )?(?:\S+ ){0,4}gebeuren",
)
# A refusal of calls (checks/asks.py): "Belt u mij alstublieft niet", "bel me niet", "geen
# telefoontjes", "liever niet telefonisch"; not "u was niet telefonisch bereikbaar".
NO_CALL = (
    r"(?:een )?belafspraak is niet nodig",
    r"(?:bel|belt u) (?:(?!(?:als|want|omdat|dat|of|maar|wanneer|zodra|tenzij|en|dan)\b)"
    r"[\w.]+ ){0,3}(?:niet|nooit)",
    r"niet (?:meer )?(?:te )?(?:bellen|opbellen|terugbellen)|niet (?:meer )?gebeld "
    r"(?:te )?(?:worden|word)",
    r"(?:geen|zonder) (?:\w+ ){0,2}(?:telefoontjes|belletjes|telefoongesprekken|"
    r"telefonisch contact|calls|gesprekken)(?! (?:gehad|ontvangen|gekregen|gevoerd)\b)",
    r"(?:liever|graag|alstublieft|alsjeblieft|a\.u\.b\.) geen (?:\w+ )?(?:telefo\w*|gesprek\w*|"
    r"belletje\w*|call\w*|afspraak|overleg)",
    r"(?:wil|willen|wens|wensen|hoef|hoeven) (?:\w+ ){0,2}geen (?:\w+ )?(?:telefo\w*|"
    r"gesprek\w*|belletje\w*|call\w*|afspraak|afspraken|overleg)",
    r"(?:liever |graag )?niet (?:per |via de |over de |aan de )?telefo(?:on|nisch)"
    r"(?! (?:\w+ )?(?:bereikbaar|te bereiken|opgenomen|beantwoord))",
    r"(?:in plaats van|i\.p\.v\.) (?:\w+ ){0,2}(?:bellen|telefo\w*|gesprek\w*|call|belletje\w*)",
    r"(?:bellen|een gesprek|een telefoontje|telefoneren|een belletje|een call) (?:\w+ ){0,2}"
    r"(?:heeft|helpt|hoeft|is) (?:\w+ ){0,2}(?:geen zin|niet|niets|nutteloos|zinloos)",
    r"niet (?:nog )?(?:een|weer een) (?:\w+ )?(?:gesprek|telefoontje|belletje|call|afspraak)",
    r"een (?:telefoontje|gesprek) vervangt (?:\w+ )?niet",
)
# A meeting that is no call (kept when the client refuses calls; checks/asks.py).
IN_PERSON = (
    r"afspraak|afspreken|langskomen|langs te komen|meeting|om de tafel|samenzitten|vergader\w*|"
    r"persoonlijk|op (?:uw|jullie|ons|je) kantoor|(?:een )?kop(?:je)? koffie|"
    r"(?:in|bij|op) (?:het|de|ons|onze|uw|jullie|je) (?:museum|kantoor|bedrijf|winkel|praktijk|zaak|"
    r"vestiging|locatie|fabriek|hotel|restaurant|school)",
)
# Something broken now (checks/situations.py): in one sentence, a breakage, a word of now
# near it ("since 6am", "still", "today") and a system that broke (a dashboard, a site, a
# form); a person who does not answer, a price that "does not work" or a past outage is none.
OUTAGE_BROKEN = (
    r"(?:is|zijn|ligt|liggen|staat|staan) (?:\w+ ){0,2}(?:down|offline|eruit|plat|onbereikbaar|leeg|stil)|(?:meet|meten|registreert|registreren|laadt|laden|werkt|werken|draait|draaien|ververst|verversen) (?:\w+ ){0,2}(?:niet|niks|niets)(?: meer)?|(?:geeft|geven|toont|tonen) (?:\w+ ){0,3}(?:een )?(?:404|500|foutmelding\w*|fout\w*|niks|niets|nul)|(?:ligt|liggen) er (?:\w+ ){0,3}uit|witte pagina|foutmelding",
)
OUTAGE_NOW = (
    r"sinds|vandaag|vanochtend|vanmorgen|nu|op dit moment|momenteel|nog steeds|nog altijd|alweer|opnieuw",
)
OUTAGE_SYSTEMS = (
    r"\w*(?:dashboard|site|shop|pagina|formulier|portaal|systeem|koppeling|export)\w*|dashboard\w*|site|website|webshop|\w*pagina\w*|formulier\w*|tracking|tag|pixel|app|portaal|server|feed|export\w*|widget|analytics|ga4|links?|redirects?|api|koppeling\w*|login|winkelwagen|betaling\w*|data|gegevens|conversies|nieuwsbrief|systeem|checkout",
)
# An offer's words (not ours): with a price in its sentence or the next and a firm's name
# beside it, a competitor's offer (checks/situations.py).
OFFER_NOUNS = (
    r"(?<!uw )(?<!jullie )(?<!je )(?<!ons )(?<!onze )(?:offertes?|voorstel(?:len)?|aanbod|aanbieding)",
    r"(?:heeft|hebben) (?:ons|mij|me) (?:\w+ )?(?:benaderd|gecontacteerd|bezocht)|(?:is|zijn) bij (?:ons|mij) langs(?:geweest|gekomen)",
)
PER_PERIOD = (r"(?:per|elke|iedere) (?:maand|jaar)", "maandelijks", "jaarlijks", "p/m")
ANNOUNCED_STEPS = {
    "end": r"opzeg\w*|opgezegd|(?:zeggen|zeg|zegt) (?:de|het|onze|ons) (?:overeenkomst|contract|samenwerking|abonnement) (?:\w+ ){0,2}op\b|beëindig\w* (?:\w+ ){0,3}(?:overeenkomst|samenwerking|contract)|niet verleng\w* (?:\w+ ){0,2}(?:overeenkomst|contract|samenwerking|abonnement)|(?:overeenkomst|contract|samenwerking|abonnement) (?:\w+ ){0,4}niet verleng\w*",
    "tender": r"aanbesteding\w*|offertes? (?:\w+ ){0,2}(?:opvragen|aanvragen)",
    "payment": r"betaling\w* (?:\w+ ){0,4}(?:aanhouden|opschorten|stop\w*|tegenhouden)\b|betaling\w* (?:houden|houdt) (?:\w+ ){0,3}aan\b|(?:houden|houdt) (?:\w+ ){0,4}betaling\w* (?:\w+ ){0,4}aan\b",
    "decision": r"(?:raad van bestuur|directie|bestuur|commissie|vennoten|aandeelhouders)\b[^.!?]{0,60}?(?:beslis\w*|besluit\w*)|(?:beslis\w*|besluit\w*)\b[^.!?]{0,60}?(?:raad van bestuur|directie|bestuur|commissie|vennoten|aandeelhouders)\b",
}
SITUATIONS = {
    # A search ranking ("the first page of Google"), not the client's review of its agencies:
    # it takes the place of "ranking" (checks/situations.py).
    "search": r"[\"“][^\"”\n]{2,40}[\"”] (?:\w+ ){0,4}(?:positie|plaats)|google|bing|zoekresultat\w*|(?:eerste|tweede) pagina|pagina \d|zoekwoord\w*|organisch\w*",
    "price": r"prijsverhoging\w*|prijsaanpassing\w*|tariefsverhoging\w*|(?:verhog|verhoogd)\w* (?:\w+ ){0,3}(?:prijs|prijzen|tarie\w*)|(?:prijs|prijzen|tarie\w*) (?:\w+ ){0,2}(?:omhoog|verhoogd|stijg\w*)|te duur|duurder",
    "refund": r"terugbetal\w*|restitutie|geld terug|creditnota|korting|compensatie",
    "competitor": r"(?:aanbod|voorstel) (?:\w+ )?(?:gekregen|ontvangen) van|(?:aanbod|voorstel) van(?= [A-Z])|ander\w* bureau\w*|ander\w* leverancier\w*|concurrent\w*|offerte van|goedkoper|overstap\w*|stap\w* over|voor minder geld|(?:heeft|hebben) (?:me|mij|ons) een (?:aanbod|voorstel|offerte) (?:gedaan|gestuurd|gegeven|bezorgd|gemaakt)|(?:aanbod|voorstel|offerte) (?:\w+ )?(?:gekregen|ontvangen) van|biedt (?:ons|mij|me)\b(?=[^.!?\n]*\d)|(?:heeft|hebben) (?:ons|mij|me) (?:[\w€$£%.,]+ ){0,10}aangeboden(?=[^.!?\n]*\d)",
    "ranking": r"leveranciersbeoordeling|beoordeling van (?:onze )?(?:leveranciers|bureaus)|ranking|laatste plaats|lager beoordeeld",
    "leave": r"of we (?:nog )?(?:door|verder) ?gaan|opzeg\w*|overstap\w*|ander bureau|samenwerking (?:\w+ )?beëindig\w*|niet verleng\w*|laatste kans",
    "deadline": r"te laat|vertraging\w*|deadline\w*|termijn\w*|nog steeds (?:\w+ )?wacht\w*",
    "notice": (
        r"hierbij (?:zeggen|zeg|beëindig\w*|stellen|stel|delen|deel|ontbind\w*)|ingebrekestelling|in gebreke|(?:onze|mijn) (?:advocaat|advocaten|jurist\w*|juridische afdeling)|juridische stappen|gerechtelijke stappen|opzeg(?:gings)?brief|formele (?:klacht|opzegging)|wanprestatie"
    ),
    "invoice": (
        r"factu(?:ur|ren)\w*|gefactureerd|in rekening gebracht|dubbel (?:\w+ )?(?:betaald|gefactureerd)"
    ),
    "own_part": (
        r"(?:ik|wij|we) (?:geef|geven) (?:\w+ ){0,5}toe|(?:ik|wij|we) (?:weet|weten),? (?:dat )?(?:wij|we|ik) (?:\w+ ){0,3}(?:laat|vergeten|veranderd|gewijzigd|hadden moeten|had moeten)|(?:deels|ook|gedeeltelijk) (?:onze|mijn) (?:eigen )?(?:fout|schuld|verantwoordelijkheid)|(?:onze|mijn) (?:eigen )?(?:fout|schuld),? (?:ook|deels)"
    ),
}
PRAISE = (
    # Praise by negation: "niets op aan te merken", "niet omdat het werk slecht is", "de
    # tracking werkt vlekkeloos".
    r"niets op aan te merken|niet ontevreden|niet omdat (?:\w+ ){0,4}slecht|(?:werkt|werkte|"
    r"draait|draaide|loopt|liep) (?:prima|perfect|vlekkeloos|probleemloos|zonder problemen)",
    # "Eerst het positieve, zodat u niet denkt dat ik alleen klaag: ..."
    r"^(?:eerst|om te beginnen),? (?:het )?(?:positieve|goede nieuws)\b",
    # "Bravo pour le rapport d'octobre": praise that opens a sentence, sarcastic or not,
    # is never restated.
    r"^(?:bravo|gefeliciteerd|proficiat|goed gedaan)\b",
    r"(?:jullie|u|uw team|het team|je team) (?:\w+ )?(?:waren|was|zijn|is|hebben) (?:\w+ ){0,2}(?:goed|geweldig|uitstekend|behulpzaam|fantastisch|prima)",
    r"bedankt|dank|tevreden (?:met|over)|goed werk|(?:jullie|u) kennen (?:onze|ons|mijn) (?:shop|winkel|zaak|bedrijf|klanten|markt)",
    r"(?:ik|we|wij) (?:ben|zijn) (?:er )?(?:heel |erg |echt )?blij mee|ziet er (?:heel |erg )?(?:goed|prachtig|mooi) uit",
)
ANNOUNCEMENTS = (
    r"(?:ik|wij|we) bevestig\w* (?:hierbij )?(?:de )?ontvangst|ter info|ter informatie|fyi|(?:we|wij|ik) (?:zijn|ben|zullen) (?:\w+ )?(?:op vakantie|afwezig|verhuizen)|(?:we|wij|ik) (?:hebben|heb) (?:\w+ )?(?:aangenomen|gelanceerd|verhuisd)",
)
# Not "maar 25 % goedkoper" or "niet alleen ... maar ook" (no clause follows).
#: A point granted in passing ("to be fair"): no complaint (drafting/concerns.py).
FAIR_REMARKS = (
    "eerlijk is eerlijk",
    "toegegeven",
    "om eerlijk te zijn",
    "dat moet ik (?:jullie|u) nageven",
)
#: A sentence that opens so, with no comma, is a dependent clause alone: no point.
FRAGMENT_OPENERS = (
    "omdat",
    "doordat",
    "vooral omdat",
)
# Openers pointing back to the sentence before, and the language named: see
# Language.pointing_openers, relative_openers and in_this_language (drafting/concerns.py).
# (not "het", often no pointer at all: "Het is al de derde keer dat niemand terugbelt")
POINTING_OPENERS = (
    "wat betekent",
    r"(?:dat|dit) (?:is|was|betekent|heeft)",
    # "Die toezegging is niet nagekomen": a thing named a sentence before.
    r"(?:die|deze) \w+ (?:is|was|werd|wordt|heeft|had)",
)
RELATIVE_OPENERS = ("waardoor", "waarmee")
RELATIVE_PRONOUNS = ("die", "dat", "wie", "wat", r"waar\w+")
SHIFT_WORDS = ("van", "naar|tot|op")
OFFER_POINT = "{firm} heeft een aanbod gedaan voor {amount}."
MARK_WORDS = ("cijfer", "beoordeling", "score")
MARK_ARTICLES = ("een",)
IN_THIS_LANGUAGE = (
    r"(?:schrijf|schrijft|schrijven|schreef|schreven)(?: \w+){0,2} in het (?:nederlands|vlaams)",
)
CONCESSIONS = (r"maar(?! \d)(?! (?:ook|wel|zelfs|slechts|liefst)\b)", "echter", "toch", "hoewel")
# A formal letter's formula before its verb ("Hierbij maak ik bezwaar"): it goes, and the
# subject goes back before the verb (drafting/concerns.py condense).
LETTER_FORMULAS = ((r"^(?:hierbij|bij dezen?),?\s+(\w+)\s+ik\b", r"ik \1"),)
FILLERS = (
    r"ik ga (?:je|u) niet voorliegen",
    r"ik ga er niet omheen draaien",
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
#: Before a date that names the week it falls in, not the day (lang/dates.py).
WEEK_OF = ("week van",)
#: Next to a weekday that is past, or part of a name ("Black Friday"): no day ahead.
WEEKDAY_NOT_AHEAD = ("afgelopen", "vorige", "jongstleden", "jl")
DUE_WORDS = {
    # A day of the month without its month ("avant le 15"): this month, or the next.
    r"(?:voor|vóór|uiterlijk|op) de (?P<n>[1-9]|[12]\d|3[01])(?:e|ste|de)\b(?! (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december))": "dom",
    r"overmorgen": "+2d",
    r"vandaag|vanavond|vandaag nog|vanochtend|vanmiddag|(?:voor |vóór )?(?:het )?einde van de dag": "+0d",
    r"morgen(?!ochtend|middag|avond)|morgenochtend|morgenmiddag": "+1d",
    r"(?:voor )?(?:het )?einde van (?:de|deze) week|(?:voor|vóór) het weekend": "eow",
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
# A complaint that it happened again (drafting/record.py): the earlier fix is no achievement.
SAME_AGAIN = (r"(?:precies )?(?:dezelfde|hetzelfde) (?:situatie|probleem|storing|fout)",)
REPEAT_WORDS = (r"alweer|opnieuw|weer|nogmaals|(?:tweede|derde) keer",)
SINCE_WORDS = ("sinds", "sedert")
REMEDY_WORDS = (
    r"opgelost|hersteld|gecorrigeerd|correctie\w*|vervangen|opnieuw (?:verstuurd|geleverd)|gerepareerd|oorzaakanalyse|creditnota",
)
# Words that open a sentence only to link it to the last (drafting/concerns.py condense).
CONNECTIVES = (
    "in dit licht",
    "onder deze omstandigheden",
    "tegen die achtergrond",
    "dan",
    "en",
    "dus",
    "ook",
    "bovendien",
)
# The line above the quoted original in a reply (mail/reply.py).
ATTRIBUTION = "Op {day:02}-{month:02}-{year} om {time} schreef {who}:"
ATTRIBUTION_UNDATED = "{who} schreef:"
# A complaint that something never came (drafting/record.py): the work logged on that topic
# answers it, it is not the work complained of.
ABSENCE_WORDS = (
    r"nooit (?:ontvangen|gekregen|aangekomen|geleverd)|geen enkel\w*|niet ontvangen|ontbreekt|ontbreken|nog (?:steeds |altijd )?niet (?:ontvangen|binnen|gekregen|geleverd)|niets ontvangen",
)
# The client's words in our voice (drafting/concerns.py restate): phrase -> replacement. A
# pronoun that is the subject takes its verb along ("ik heb" -> "u heeft", "u stuurde" -> "wij
# stuurden"); a clause whose subject pronoun stands with a verb not listed here cannot be put in
# our voice and is left out (RESTATE_BLOCKERS). "ons"/"uw" before a het-word: "uw team" -> "ons
# team", never "onze team".
_HET_WORDS = (
    "team",
    "bureau",
    "rapport",
    "verslag",
    "project",
    "contract",
    "bedrijf",
    "kantoor",
    "voorstel",
    "plan",
    "overzicht",
    "advies",
    "account",
    "dashboard",
    "budget",
    "onderzoek",
    "systeem",
    "werk",
    "personeel",
    "platform",
    "bericht",
    "antwoord",
    "abonnement",
    "pakket",
    "product",
    "programma",
    "document",
    "bestand",
    "ontwerp",
    "idee",
    "aanbod",
    "tarief",
    "bedrag",
    "geld",
    "onderhoud",
    "gesprek",
    "overleg",
    "traject",
    "concept",
    "logo",
    "netwerk",
    "resultaat",
    "adres",
    "e-mailadres",
    "telefoonnummer",
    "serviceteam",
    "supportteam",
    "salesteam",
    "accountteam",
    "marketingteam",
    "projectteam",
    "adviesbureau",
    "reclamebureau",
    "marketingbureau",
    "communicatiebureau",
    "jaarverslag",
    "maandrapport",
    "kwartaalrapport",
    "maandverslag",
    "kwartaalverslag",
    "weekrapport",
    "verzoek",
    "beleid",
    "proces",
    "dossier",
    "ticket",
    "portaal",
    "klantportaal",
    "callcenter",
    "secretariaat",
    "management",
    "bestuur",
    "kantoorteam",
    "factuurbedrag",
    "artikel",
    "drukwerk",
    "materiaal",
)
# The client's "ik" -> our "u"/"je" (verb as the u-form, then as the je-form).
_IK = {
    "heb": ("heeft", "hebt"),
    "had": ("had", "had"),
    "ben": ("bent", "bent"),
    "was": ("was", "was"),
    "wil": ("wilt", "wilt"),
    "wilde": ("wilde", "wilde"),
    "kan": ("kunt", "kunt"),
    "kon": ("kon", "kon"),
    "moet": ("moet", "moet"),
    "moest": ("moest", "moest"),
    "zal": ("zult", "zult"),
    "zou": ("zou", "zou"),
    "mag": ("mag", "mag"),
    "wacht": ("wacht", "wacht"),
    "wachtte": ("wachtte", "wachtte"),
    "verwacht": ("verwacht", "verwacht"),
    "verwachtte": ("verwachtte", "verwachtte"),
    "vind": ("vindt", "vindt"),
    "vond": ("vond", "vond"),
    "begrijp": ("begrijpt", "begrijpt"),
    "krijg": ("krijgt", "krijgt"),
    "kreeg": ("kreeg", "kreeg"),
    "ontving": ("ontving", "ontving"),
    "zie": ("ziet", "ziet"),
    "zag": ("zag", "zag"),
    "hoor": ("hoort", "hoort"),
    "hoorde": ("hoorde", "hoorde"),
    "merk": ("merkt", "merkt"),
    "merkte": ("merkte", "merkte"),
    "weet": ("weet", "weet"),
    "wist": ("wist", "wist"),
    "dacht": ("dacht", "dacht"),
    "betaal": ("betaalt", "betaalt"),
    "betaalde": ("betaalde", "betaalde"),
    "stuurde": ("stuurde", "stuurde"),
    "vroeg": ("vroeg", "vroeg"),
    "belde": ("belde", "belde"),
    "mailde": ("mailde", "mailde"),
    "heb al": ("heeft al", "hebt al"),
}
# The inverted "heb ik" -> "heeft u" / "heb je" (the je-form drops its t before "je").
#: Their ik verbs that are only ever ik's (not "had", "was", "moet": the same for hij), in
#: the u and the je form, for a clause whose "ik" is left out after "en".
_IK_LEFT_OUT = {
    "krijg": ("krijgt", "krijgt"),
    "betaal": ("betaalt", "betaalt"),
    "heb": ("heeft", "hebt"),
    "ben": ("bent", "bent"),
    "zie": ("ziet", "ziet"),
    "hoor": ("hoort", "hoort"),
    "vind": ("vindt", "vindt"),
    "wil": ("wilt", "wilt"),
    "kan": ("kunt", "kunt"),
}
_IK_INVERTED = {
    "heb": ("heeft", "heb"),
    "had": ("had", "had"),
    "ben": ("bent", "ben"),
    "was": ("was", "was"),
    "wil": ("wilt", "wil"),
    "kan": ("kunt", "kun"),
    "kon": ("kon", "kon"),
    "moet": ("moet", "moet"),
    "moest": ("moest", "moest"),
    "zou": ("zou", "zou"),
    "wacht": ("wacht", "wacht"),
    "kreeg": ("kreeg", "kreeg"),
    "heb ik": ("heeft u", "heb je"),
}
# The client's "wij"/"we" -> our "u" (formal; informal keeps the plural: "jullie").
_WE = {
    "hebben": "heeft",
    "hadden": "had",
    "zijn": "bent",
    "waren": "was",
    "willen": "wilt",
    "wilden": "wilde",
    "kunnen": "kunt",
    "konden": "kon",
    "moeten": "moet",
    "moesten": "moest",
    "zullen": "zult",
    "zouden": "zou",
    "mogen": "mag",
    "wachten": "wacht",
    "wachtten": "wachtte",
    "verwachten": "verwacht",
    "verwachtten": "verwachtte",
    "vinden": "vindt",
    "vonden": "vond",
    "begrijpen": "begrijpt",
    "krijgen": "krijgt",
    "kregen": "kreeg",
    "ontvingen": "ontving",
    "zien": "ziet",
    "zagen": "zag",
    "horen": "hoort",
    "hoorden": "hoorde",
    "merken": "merkt",
    "merkten": "merkte",
    "weten": "weet",
    "wisten": "wist",
    "dachten": "dacht",
    "betalen": "betaalt",
    "betaalden": "betaalde",
    "stuurden": "stuurde",
    "vroegen": "vroeg",
    "belden": "belde",
    "mailden": "mailde",
}
# The verbs upset clients use, conjugated, so that their own "ik" and "we" verbs come back in
# our voice, in the present and the simple past; the perfect goes by its auxiliary ("ik heb
# gebeld" -> "u heeft gebeld"), a modal by itself ("we moeten betalen" -> "u moet betalen"),
# a separable verb by its finite part ("we zeggen het contract op" -> "u zegt het contract
# op"). A regular verb is its infinitive, its stem (the ik form) and its simple past: the u
# form is the stem + t ("betaal" -> "betaalt"; "wacht" stays "wacht"), as is the je form; the
# je form after its verb drops the t ("vind je", but "je vindt"); the plural is the
# infinitive, the plural past the past + n ("betaalde", "betaalden"). A strong verb also gives
# its plural past ("kreeg", "kregen").
_REGULAR = """
    balen baal baalde; bellen bel belde; besteden besteed besteedde; betalen betaal betaalde;
    boeken boek boekte; dalen daal daalde; draaien draai draaide; ergeren erger ergerde;
    gebruiken gebruik gebruikte; herhalen herhaal herhaalde; hoeven hoef hoefde; hopen hoop
    hoopte; horen hoor hoorde; investeren investeer investeerde; klagen klaag klaagde; leveren
    lever leverde; mailen mail mailde; maken maak maakte; melden meld meldde; merken merk
    merkte; missen mis miste; proberen probeer probeerde; raken raak raakte; reageren reageer
    reageerde; rekenen reken rekende; snappen snap snapte; stappen stap stapte; stoppen stop
    stopte; sturen stuur stuurde; twijfelen twijfel twijfelde; verdienen verdien verdiende;
    vertrouwen vertrouw vertrouwde; verwachten verwacht verwachtte; voelen voel voelde;
    wachten wacht wachtte; werken werk werkte; zakken zak zakte; zetten zet zette;
    schamen schaam schaamde; realiseren realiseer realiseerde; storen stoor stoorde
"""
_STRONG = """
    beginnen begin begon begonnen; begrijpen begrijp begreep begrepen; blijven blijf bleef
    bleven; brengen breng bracht brachten; denken denk dacht dachten; geven geef gaf gaven;
    houden houd hield hielden; kijken kijk keek keken; kopen koop kocht kochten; krijgen krijg
    kreeg kregen; laten laat liet lieten; lezen lees las lazen; liggen lig lag lagen; lijden
    lijd leed leden; lopen loop liep liepen; nemen neem nam namen; ontvangen ontvang ontving
    ontvingen; overwegen overweeg overwoog overwogen; schrijven schrijf schreef schreven;
    schrikken schrik schrok schrokken; stijgen stijg steeg stegen; vallen val viel vielen;
    verkopen verkoop verkocht verkochten; verliezen verlies verloor verloren; vragen vraag
    vroeg vroegen; zeggen zeg zei zeiden; zitten zit zat zaten; zoeken zoek zocht zochten
"""
# Irregular verbs: infinitive -> ik, u, je, je after the verb, past, plural past.
_IRREGULAR: dict[str, tuple[str, str, str, str, str, str]] = {
    "hebben": ("heb", "heeft", "hebt", "heb", "had", "hadden"),
    "zijn": ("ben", "bent", "bent", "ben", "was", "waren"),
    "kunnen": ("kan", "kunt", "kunt", "kun", "kon", "konden"),
    "willen": ("wil", "wilt", "wilt", "wil", "wilde", "wilden"),
    "mogen": ("mag", "mag", "mag", "mag", "mocht", "mochten"),
    "zullen": ("zal", "zult", "zult", "zul", "zou", "zouden"),
    "moeten": ("moet", "moet", "moet", "moet", "moest", "moesten"),
    "gaan": ("ga", "gaat", "gaat", "ga", "ging", "gingen"),
    "staan": ("sta", "staat", "staat", "sta", "stond", "stonden"),
    "doen": ("doe", "doet", "doet", "doe", "deed", "deden"),
    "zien": ("zie", "ziet", "ziet", "zie", "zag", "zagen"),
    "komen": ("kom", "komt", "komt", "kom", "kwam", "kwamen"),
    "worden": ("word", "wordt", "wordt", "word", "werd", "werden"),
    "vinden": ("vind", "vindt", "vindt", "vind", "vond", "vonden"),
    "weten": ("weet", "weet", "weet", "weet", "wist", "wisten"),
}


def _conjugations() -> dict[str, tuple[str, str, str, str, str, str]]:
    verbs = dict(_IRREGULAR)
    for table, strong in ((_REGULAR, False), (_STRONG, True)):
        for entry in table.split(";"):
            infinitive, stem, past, *plural = entry.split()
            you = stem if stem.endswith("t") else stem + "t"
            verbs[infinitive] = (stem, you, you, stem, past, plural[0] if strong else past + "n")
    return verbs


_VERBS = _conjugations()
# Reflexive verbs: their "me"/"ons" is "zich" for u and "je" for jullie ("we maken ons zorgen"
# -> "u maakt zich zorgen", "jullie maken je zorgen"; "ik vraag me af" -> "u vraagt zich af").
_REFLEXIVE = ("voelen", "ergeren", "vragen", "maken", "schamen", "realiseren", "storen")


# "Laat ik eerlijk zijn", "laten we", "zal ik", "zullen we": "let me", "let's", "shall I" (an
# offer, no complaint): never swapped after their verb.
_NOT_INVERTED = ("laten", "zullen")


def _first_person(informal: bool) -> dict[str, str]:
    """The client's "ik" and "we"/"wij" with their verb (after it or before it), in our u
    form, or (``informal``) in the je form; "we" stays plural for a je-writer ("jullie"), a
    general swap in RESTATE_SWAPS_INFORMAL."""
    swaps: dict[str, str] = {}
    for verb, (ik, you, je, je_after, past, past_plural) in _VERBS.items():
        ours, after = (je, je_after) if informal else (you, you)
        pronoun = "je" if informal else "u"
        swaps[f"ik {ik}"] = f"{pronoun} {ours}"
        swaps[f"ik {past}"] = f"{pronoun} {past}"
        if verb not in _NOT_INVERTED:
            swaps[f"{ik} ik"] = f"{after} {pronoun}"
            swaps[f"{past} ik"] = f"{past} {pronoun}"
        for we in ("we", "wij"):
            for plural, singular in ((verb, you), (past_plural, past)):
                # a je-writer's "we" stays plural, its verb too; the pair is swapped whole so
                # that "we hebben jullie" is never read as "hebben jullie"
                swaps[f"{we} {plural}"] = f"jullie {plural}" if informal else f"u {singular}"
                if verb not in _NOT_INVERTED:
                    swaps[f"{plural} {we}"] = f"{plural} jullie" if informal else f"{singular} u"
        if verb in _REFLEXIVE:
            self_ = "je" if informal else "zich"
            for me in ("me", "mij"):
                swaps[f"ik {ik} {me}"] = f"{pronoun} {ours} {self_}"
                swaps[f"{ik} ik {me}"] = f"{after} {pronoun} {self_}"
                swaps[f"ik {past} {me}"] = f"{pronoun} {past} {self_}"
                swaps[f"{past} ik {me}"] = f"{past} {pronoun} {self_}"
            for we in ("we", "wij"):
                for plural, singular in ((verb, you), (past_plural, past)):
                    if informal:
                        swaps[f"{we} {plural} ons"] = f"jullie {plural} je"
                        swaps[f"{plural} {we} ons"] = f"{plural} jullie je"
                    else:
                        swaps[f"{we} {plural} ons"] = f"u {singular} zich"
                        swaps[f"{plural} {we} ons"] = f"{singular} u zich"
    return swaps


# The client's "u" (us) before its verb -> our "wij" ("u stuurt" -> "wij sturen"; the verbs
# whose "u" may be an object, "dat het u geld kost", are not listed) and the je-writer's
# "je"/"jij" -> our "ik" ("je stuurde" -> "ik stuurde").
_YOU_VERBS = tuple(
    verb for verb in _VERBS if verb not in ("voelen", "ergeren", "storen", "schamen")
)
_YOU_GENERATED = {
    form: (plural, ik)
    for verb in _YOU_VERBS
    for form, plural, ik in (
        (_VERBS[verb][1], verb, _VERBS[verb][0]),
        (_VERBS[verb][4], _VERBS[verb][5], _VERBS[verb][4]),
    )
}
# The client's "u" (us) -> our "wij"; the client's "je"/"jij" (me) -> our "ik".
_YOU = {
    "heeft": ("hebben", ""),
    "hebt": ("hebben", "heb"),
    "had": ("hadden", "had"),
    "bent": ("zijn", "ben"),
    "was": ("waren", "was"),
    "wilt": ("willen", "wil"),
    "wilde": ("wilden", "wilde"),
    "kunt": ("kunnen", "kan"),
    "kan": ("kunnen", "kan"),
    "kon": ("konden", "kon"),
    "moet": ("moeten", "moet"),
    "moest": ("moesten", "moest"),
    "zult": ("zullen", "zal"),
    "zou": ("zouden", "zou"),
    "mag": ("mogen", "mag"),
    "stuurde": ("stuurden", "stuurde"),
    "leverde": ("leverden", "leverde"),
    "beloofde": ("beloofden", "beloofde"),
    "zei": ("zeiden", "zei"),
    "liet": ("lieten", "liet"),
    "deed": ("deden", "deed"),
    "vergat": ("vergaten", "vergat"),
    "miste": ("misten", "miste"),
    "reageerde": ("reageerden", "reageerde"),
    "belde": ("belden", "belde"),
    "mailde": ("mailden", "mailde"),
    "gaf": ("gaven", "gaf"),
    "hield": ("hielden", "hield"),
    "kwam": ("kwamen", "kwam"),
    "meldde": ("meldden", "meldde"),
    "informeerde": ("informeerden", "informeerde"),
    "wist": ("wisten", "wist"),
    "negeerde": ("negeerden", "negeerde"),
    "doet": ("doen", "doe"),
    "levert": ("leveren", "lever"),
    "stuurt": ("sturen", "stuur"),
    "reageert": ("reageren", "reageer"),
    "belt": ("bellen", "bel"),
    "zegt": ("zeggen", "zeg"),
    "laat": ("laten", "laat"),
    "geeft": ("geven", "geef"),
    "komt": ("komen", "kom"),
    "weet": ("weten", "weet"),
    "vergeet": ("vergeten", "vergeet"),
    "negeert": ("negeren", "negeer"),
    "houdt": ("houden", "houd"),
}
# The client's "jullie" (us) -> our "wij": the plural verb stays; "hebben jullie" -> "hebben wij".
_THEY_INVERTED = (
    "hebben",
    "hadden",
    "zijn",
    "waren",
    "zouden",
    "konden",
    "wilden",
    "moesten",
    "stuurden",
    "leverden",
    "beloofden",
    "deden",
    "lieten",
    "gaven",
    "vergaten",
    "misten",
    "reageerden",
    "zeiden",
    "kwamen",
    "hielden",
    "doen",
    "sturen",
    "leveren",
    "reageren",
    "laten",
    "geven",
)
# Their "jullie" after a question word or a conjunction is the subject of its clause: "waarom
# jullie niets doen" -> "waarom wij niets doen" (not "ons").
_JULLIE_SUBJECT = {
    f"{word} jullie": f"{word} wij"
    for word in (
        "waarom",
        "wanneer",
        "hoe",
        "wat",
        "zodat",
        "nadat",
        "terwijl",
        "hoewel",
        "sinds",
        "zodra",
        "doordat",
        "voordat",
        "tenzij",
        "dan",
        "alsof",
        "totdat",
        "wie",
    )
}
# A complaint that nothing came, in our words: "en nog steeds niks" -> "en het is er nog steeds
# niet".
_STILL_NOTHING = {
    "en nog steeds niks": "en het is er nog steeds niet",
    "en nog steeds niets": "en het is er nog steeds niet",
    "en nog altijd niks": "en het is er nog altijd niet",
    "en nog altijd niets": "en het is er nog altijd niet",
}
# Their "u" (us) with the listed verbs and the generated ones; after its verb only with the
# listed ones ("geeft u": "dat geeft u geen recht" is an object).
_YOU_ALL = {**_YOU_GENERATED, **_YOU}
RESTATE_SWAPS = {
    **_first_person(informal=False),
    **{f"ik {verb}": f"u {forms[0]}" for verb, forms in _IK.items()},
    # "ik betaal ... en krijg niets": the "ik" left out after "en".
    **{f"en {verb}": f"en {forms[0]}" for verb, forms in _IK_LEFT_OUT.items()},
    **{f"{verb} ik": f"{forms[0]} u" for verb, forms in _IK_INVERTED.items() if " " not in verb},
    **{f"{pronoun} {verb}": f"u {form}" for verb, form in _WE.items() for pronoun in ("wij", "we")},
    **{f"{verb} {pronoun}": f"{form} u" for verb, form in _WE.items() for pronoun in ("wij", "we")},
    **{f"u {verb}": f"wij {forms[0]}" for verb, forms in _YOU_ALL.items()},
    **{f"{verb} u": f"{forms[0]} wij" for verb, forms in _YOU.items()},
    **{f"{verb} jullie": f"{verb} wij" for verb in _THEY_INVERTED},
    **_JULLIE_SUBJECT,
    **{f"ons {word}": f"uw {word}" for word in _HET_WORDS},
    **{f"uw {word}": f"ons {word}" for word in _HET_WORDS},
    **_STILL_NOTHING,
    # Their "helaas" is no excuse of ours; "inderdaad" keeps the verb second.
    "helaas": "inderdaad",
    "het uwe": "het onze",
    "de uwe": "de onze",
    "onze": "uw",
    "ons": "u",
    "mijn": "uw",
    "mij": "u",
    "me": "u",
    "jullie": "wij|ons",
    "uw": "onze",
    "u": "ons",
}
RESTATE_SWAPS_INFORMAL = {
    **_first_person(informal=True),
    **{f"ik {verb}": f"je {forms[1]}" for verb, forms in _IK.items()},
    **{f"en {verb}": f"en {forms[1]}" for verb, forms in _IK_LEFT_OUT.items()},
    **{f"{verb} ik": f"{forms[1]} je" for verb, forms in _IK_INVERTED.items() if " " not in verb},
    **{
        f"{pronoun} {verb}": f"ik {forms[1]}"
        for verb, forms in _YOU_ALL.items()
        if forms[1]
        for pronoun in ("je", "jij")
    },
    **{f"{verb} jullie": f"{verb} wij" for verb in _THEY_INVERTED},
    **_JULLIE_SUBJECT,
    **{f"{pronoun} {word}": f"ons {word}" for word in _HET_WORDS for pronoun in ("jouw", "je")},
    **{f"ons {word}": f"jullie {word}" for word in _HET_WORDS},
    **_STILL_NOTHING,
    "helaas": "inderdaad",
    "het jouwe": "het onze",
    "de jouwe": "de onze",
    "het uwe": "het onze",
    "de uwe": "de onze",
    "wij": "jullie",
    "we": "jullie",
    "onze": "jullie",
    "ons": "jullie",
    "mijn": "je",
    "mij": "je",
    "me": "je",
    "jou": "mij",
    "jullie": "wij|ons",
    "jouw": "onze",
}


def _blocked(pronouns: str, verbs: tuple[str, ...], before: tuple[str, ...] = ()) -> str:
    """A pronoun that neither stands before one of ``verbs`` nor after one of ``before``."""
    behind = "".join(rf"(?<!\b{verb} )" for verb in before)
    ahead = "|".join(sorted(verbs, key=len, reverse=True))
    return rf"{behind}(?<!\w)(?:{pronouns})(?!\w)(?!\s+(?:{ahead})\b)"


_CLAUSE_OPENING = (
    r"(?:^|[,;:]\s*|\b(?:en|maar|omdat|dat|want|als|toen|of|dus|doordat|nadat|zodat|terwijl|"
    r"hoewel|voordat|sinds|wanneer|zodra)\s+)"
)
# The clauses of a u-writer that cannot be put in our voice: "ik", "wij"/"we" or a subject "u"
# with a verb the tables above do not hold ("omdat u het rapport te laat stuurde").
# A clause that judges people is not put in our voice ("Wij zijn onprofessioneel").
_JUDGEMENTS = (
    r"(?<!\w)(?:incompeten\w*|onprofessione\w*|onbekwa\w*|slordig\w*|nalatig\w*|"
    r"onbetrouwba\w*|lui|schandalig\w*|een schande|onbeschoft\w*|belachelijk\w*|gelogen|"
    r"liegen|liegt|amateur\w*|prutser\w*)(?!\w)"
)


def _neighbours(swaps: dict[str, str], pronoun: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The verbs swapped with ``pronoun`` after it ("ik heb") and before it ("heb ik")."""
    pairs = [key.split() for key in swaps if len(key.split()) == 2]
    return (
        tuple({second for first, second in pairs if first == pronoun}),
        tuple({first for first, second in pairs if second == pronoun}),
    )


RESTATE_BLOCKERS = "(?i)" + "|".join(
    (
        _JUDGEMENTS,
        _blocked("ik", *_neighbours(RESTATE_SWAPS, "ik")),
        _blocked("wij", *_neighbours(RESTATE_SWAPS, "wij")),
        _blocked("we", *_neighbours(RESTATE_SWAPS, "we")),
        rf"{_CLAUSE_OPENING}u(?!\w)(?!\s+(?:{'|'.join(_YOU_ALL)})\b)",
    )
)
# A je-writer: "ik" with another verb, a "je"/"jij" that is no subject before a listed verb and
# no "je rapport" (inverted "heb je" is left out: it may be "ik heb je gemaild"); "laten we",
# "zullen we" ("let's", "shall we": no "jullie" there); a "u" or "uw" (the je-form verbs would
# not go with it).
RESTATE_BLOCKERS_INFORMAL = "(?i)" + "|".join(
    (
        _JUDGEMENTS,
        _blocked("ik", *_neighbours(RESTATE_SWAPS_INFORMAL, "ik")),
        _blocked("jij", tuple(v for v, forms in _YOU_ALL.items() if forms[1])),
        _blocked("je", (*(v for v, forms in _YOU_ALL.items() if forms[1]), *_HET_WORDS)),
        r"(?<!\w)(?:laten|zullen)\s+(?:we|wij)(?!\w)",
        r"(?<!\w)(?:u|uw)(?!\w)",
    )
)
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
NOON_WORDS = (r"het middaguur|de middag",)  # a deadline at noon, the day the email was sent
# A request for an answer that names none (checks/asks.py): with no ask before it, a written
# answer; after one, the day it is due.
ANSWER_LEADS = (
    r"hoor (?:graag|het) (?:\w+ )?(?:van je|van u|van jullie)",
    # "Laat u mij uiterlijk vrijdag weten", "Gelieve mij ... te laten weten"
    r"laat (?:u )?(?:me|mij|ons) (?:\S+ ){0,5}weten|te laten weten",
)
# The client offering a slot (checks/asks.py): gives the ask before it its day.
SLOT_LEADS = (
    r"ik kan|schikt (?:het )?(?:u|je|jou|jullie|mij)|past (?:het )?(?:u|je|jou|jullie|mij)|ik ben (?:\w+ )?(?:beschikbaar|vrij)",
)
# Who is to attend a meeting and where (checks/asks.py): the word before the people ("with
# Paola") and the places a client names ("at our office"); the reply names both.
MEETING_WITH = (r"met",)
MEETING_PLACES = (r"bij (?:ons|u|jullie|jou) op kantoor|op (?:ons|uw|jullie|je) kantoor",)
# A reason clause after a comma names no ask; a candour lead-in's copula (checks/asks.py).
REASON_WORDS = (r"omdat|want|aangezien|doordat|zodat|om te kunnen|dan kan ik",)
CONDITION_WORDS = (r"als|indien|mocht|mochten",)
COPULAS = (r"zijn",)

# A concern that tells what we did or failed to do is the client's account (drafting/concerns.py):
# "Wij hebben het rapport nooit gestuurd" -> "Zoals u schrijft, hebben wij het rapport nooit ...".
CLAIM_START = r"wij|we|ik|ons \w+|onze \w+|niemand|geen van ons"
CLAIM_FRAMES = {
    "formal": "Zoals u schrijft,",
    "informal": "Zoals je schrijft,",
}
CLAIM_FRAME_INVERTS = True

# Money asked back near an amount; a fix wanted now (checks/asks.py).
MONEY_BACK = (
    r"terug\w*|verrekend|verrekenen|gecrediteerd|crediteren|kwijtgescholden|kwijtschelden|in mindering|afgetrokken|teruggestort",
)
# "I wonder": what follows is thought aloud, not asked for (checks/asks.py).
WONDER_WORDS = (
    r"(?:ik vraag|vraag ik|we vragen|wij vragen|vragen we|vragen wij) (?:me|mij|ons)(?= (?:\S+ ){0,2}?af\b)",
)
# A document that corrects a bill: answered as money is (drafting/answers.py).
BILLING_CORRECTIONS = (
    r"(?:gecorrigeerde|aangepaste) factu(?:ur|ren)|factu(?:ur|ren) (?:\w+ ){0,4}zonder|creditnota'?s?|creditfactu(?:ur|ren)",
)
# A lead followed by one announces; a period's end is a time (checks/asks.py).
INFORMING = (
    r"(?:u|je|jullie) (?:\w+ ){0,2}(?:informeren|laten weten)\b(?! (?:of|wat|wanneer|hoe)\b)",
)
PERIOD_ENDS = (r"(?:voor|vóór|tot|aan|na) het einde van (?:het|de|ons|onze|uw|jullie) \w+",)
IMMEDIATE = (r"nu|meteen|direct|onmiddellijk|zo snel mogelijk|vanavond|vandaag nog",)
# A proposed time (checks/asks.py): "I suggest Tuesday 1 December at 10:00".
PROPOSAL_LEADS = (r"(?:ik|wij|we) stel(?:len)? (?:\w+ ){0,8}voor|(?:mijn|ons) voorstel",)
# Words a full stop does not end a sentence after (lang/sentences.py): "l'ing. Kowalski".
ABBREVIATIONS = (
    "dhr",
    "mevr",
    "mr",
    "ir",
    "ing",
    "drs",
    "dr",
    "prof",
    "tel",
    "bijv",
    "o.a",
    "nr",
)
# A line that introduces a list of asks ("My requests:"): each item is an ask (checks/asks.py).
LIST_INTROS = (
    r"volgende|verzoek(?:en)?|eis(?:en)?|wensen|verwacht\w*|vraag|wil\w*|nodig|(?:drie|vier|twee|vijf) dingen|(?:mijn|ons) voorstel",
)
ORDINAL_OPENERS = (
    r"ten (?:eerste|tweede|derde)|als (?:eerste|tweede|derde)|op de (?:eerste|tweede|derde) plaats|tot slot|en tot slot|daarnaast",
)

# A book fact that recites the contract or puts the matter on the client is not stated to
# them (drafting/record.py).
CONTRACT_WORDS = (r"contract\w*|overeenkomst|door de klant (?:bepaald|vastgesteld)",)

# How a noun phrase starts (drafting/answers.py): a list item that starts so is named in the
# reply's answer to it.
NOUN_OPENERS = (r"een|de|het|uw|jullie|onze|ons",)
# The object of an ask in the client's words (checks/phrases.py): how it starts, what joins
# a complement to it, and the words it ends before.
DETERMINERS = (r"de|het|een|mijn|onze|ons|uw|jullie|jouw|deze|dit|die|dat",)
PHRASE_LINKS = (r"van|voor|over|met|zonder|op|in|bij|aan|tot|om|per|naar|inzake",)
PHRASE_STOPS = (
    r"zodat|omdat|want|die|dat|waarin|waarmee|zodra|zo snel mogelijk|asap|direct|meteen|onmiddellijk|"
    r"vandaag|morgen|deze week|volgende week|ook|graag|alstublieft|aub|a\.u\.b\.|dank|anders|als|"
    r"wanneer|toe|sturen|toesturen|opsturen|ontvangen|krijgen|zien|hebben|mailen|ik|wij|we|is|zijn|was|nog|even|alsnog",
)

# Academic and professional titles before a name (mail/sender.py): kept in a formal greeting.
ACADEMIC_TITLES = ("drs", "ir")  # "drs. De Vries", "ir. Jansen"

# The sender's own form of address (mail/sender.py): a title before their own name in the
# signature or the From name ("Mevr. A. de Vries", "dhr. P. Jansen"). Not "mr.": a lawyer's.
GENDER_CUES = {
    "titles": {
        "Ms": (r"mevr\.?", r"mevrouw", r"mw\.?", r"mej\.?"),
        "Mr": (r"dhr\.?", r"de\s+heer"),
    },
    # The role on the sender's name line or just below it: only a feminine form says
    # something ("directrice"); "directeur" and "eigenaar" are said of women too.
    "roles": {"Ms": (r"directrice", r"eigenares(?:se)?", r"medewerkster")},
}
# A formal greeting by salutation: "Geachte mevrouw De Vries" (no title, the particle
# capitalised after "mevrouw" or "heer", as Dutch writes a surname without a first name).
SALUTATION_DROPS_TITLES = True
SURNAME_PARTICLE_CAPITALISED = True

# Restating a concern (drafting/concerns.py): heat-only words, a closing judgment, threats,
# and the frame for a point no pronoun turns (the sentence follows in its own word order).
INTENSIFIERS = (
    "absoluut",
    "compleet",
    "totaal",
    "echt",
    "werkelijk",
    "ontzettend",
    "enorm",
    "eerlijk gezegd",
    "gewoonweg",
    # curses that only raise the heat ("your damn banner" -> "your banner")
    "verdomde",
    "verrekte",
    "stomme",
)
VERDICTS = (
    r"wat (?:\w+ )?(?:onacceptabel|belachelijk|schandalig|onbegrijpelijk) is",
    r"(?:dat|dit) is (?:\w+ )?(?:onacceptabel|belachelijk|schandalig|onbegrijpelijk|"
    r"niet acceptabel)",
    r"(?:onacceptabel|belachelijk|schandalig|ongelooflijk)",
)
THREATS = (
    r"advoca(?:at|ten)|juridische stappen|jurist\w*|rechter|rechtbank|incassobureau|"
    r"(?:slechte|negatieve) recensie\w*|geschillencommissie",
)
# A question about something that never came (drafting/concerns.py condense): what it means.
# Nobody and somebody (checks/situations.py): no firm that makes an offer ("Nobody offered us").
INDEFINITE_PEOPLE = ("niemand", "iemand", "iedereen")
WHEREABOUTS = (
    (r"^(?:en )?waar (?:blijft|is) (?P<x>.+?)$", "{x} is er nog steeds niet."),
    (r"^(?:en )?waar (?:blijven|zijn) (?P<x>.+?)$", "{x} zijn er nog steeds niet."),
)
REPORT_FRAMES = {"formal": "U geeft aan:", "informal": "Je geeft aan:"}
# Small talk around a complaint (drafting/concerns.py): never restated.
PLEASANTRIES = (
    r"(?:ik|wij|we) hoop\w* (?:dat|je|u|jullie)",
    # the writer's apology for how they write ("Sorry voor de lange mail")
    r"(?:sorry|excuses|pardon|excuseer|vergeef (?:me|mij)) (?:voor )?(?:de|het|mijn|deze|dit) "
    r"(?:lange|lang|toon|openheid|directheid|mail|bericht|verhaal)",
)

# A sentence that only says a message of ours came ("Wij ontvingen gisteren uw herinnering
# voor factuur 2026-0418"): the context of a complaint, no point to restate unless it is
# negated or complains (drafting/concerns.py condense).
_RECEIVED_THINGS = (
    r"\w*(?:brief|mail|bericht|factuur|nota|herinnering|aankondiging|mededeling|"
    r"rapport|rapportage)\w*"
)
RECEIPTS = (
    rf"(?:ik|wij|we) (?:heb|hebben) (?:\S+ ){{0,8}}?{_RECEIVED_THINGS} (?:\S+ ){{0,6}}?"
    r"(?:ontvangen|gelezen|gezien)\b",
    rf"(?:heb|hebben) (?:ik|wij|we) (?:\S+ ){{0,8}}?{_RECEIVED_THINGS} (?:\S+ ){{0,6}}?"
    r"(?:ontvangen|gelezen|gezien)\b",
    rf"(?:(?:ik|wij|we) ontving(?:en)?|ontving(?:en)? (?:ik|wij|we)) (?:\S+ ){{0,6}}?"
    rf"{_RECEIVED_THINGS}",
)

# Who a client asks to be involved (checks/asks.py "person" asks), as the reply names them:
# (pattern on the words the client used, our phrase). First match wins (answers.py).
SENIOR_ROLES = (
    (r"algemeen directeur|\bceo\b", "onze algemeen directeur"),
    (r"directrice", "onze directrice"),
    (r"directeur", "onze directeur"),
    (r"directie", "onze directie"),
    (r"eigenaar", "onze eigenaar"),
    (r"leidinggevende|(?<!account)manager|baas", "mijn leidinggevende"),
)
# Words a clause cut off after a comma cannot begin with (drafting/concerns.py _cut): a list
# going on ("then the 20th, then the 19th"), a relative clause, a reason ("principalement en
# raison de ..."); such a tail is no sentence alone. Not "and": a clause often follows it.
TAIL_OPENERS = (
    r"(?:vooral |voornamelijk )?(?:vanwege|wegens)",
    "dan",
    "daarna",
    "waar",
    "wanneer",
    "vooral",
    "voornamelijk",
)
# The last place in a ranking ("classée dernière sur quatre", "last of the five agencies"):
# a place as an ordinal is (checks/situations.py names_a_standing).
LAST_WORDS = ("laatste",)
# How an email closes after its asks ("Let me know.", "Fammi sapere."): no ask of its own
# when short and dateless (checks/asks.py).
CLOSINGS = (
    r"laat (?:het )?(?:me|mij) (?:maar )?(?:even )?weten|laat (?:maar )?(?:even )?weten|hou me op de hoogte",
)
# Words that name the main point (drafting/concerns.py): "the main reason is simple." puts
# that sentence, or the next when it says no more, first among the concerns.
SIGNPOSTS = (
    r"de (?:belangrijkste|voornaamste|grootste) (?:reden|oorzaak|ergernis)",
    r"het (?:grootste|belangrijkste|echte) (?:probleem|punt|pijnpunt)",
    r"wat (?:het )?(?:zwaarst|meest) (?:woog|weegt)|de doorslag (?:gaf|gegeven)",
    r"wat (?:mij|me|ons) het meest (?:stoort|ergert|dwarszit|zorgen baart)",
)
# What came of a request, told after it in its sentence (checks/_ask_leads.py): "Les pedimos
# el informe … y llegó tres semanas tarde" tells a request, it makes none.
REQUEST_OUTCOMES = (
    r"(?:en|maar) (?:het|die|dat|hij|ze|niets|niemand) (?:kwam|kwamen|is nooit|heeft nooit)",
)
# What follows a person of ours asked for by name (checks/_ask_names.py): "Marco on this",
# "Je veux Karim dessus", "Lotte terug op ons account", "Voglio Giorgio, quello che ...".
PERSON_TAILS = (
    r"terug (?:op|als|bij)\b",
    r"weer (?:op|bij) (?:ons|onze|het|de)\b",
    r",\s*(?:die|degene)\b",
    r"(?:terugkomt|weer oppakt|overneemt)\b",
)
# The same opening an item of a list of asks, where a noun may open it ("Confirmation on
# the new prices"): only words that put a person on the work.
PERSON_ITEM_TAILS = (r"terug\b", r"weer (?:op|bij)\b")
# "Nothing" closing a list of what is missing ("no email, no heads-up, nothing."): emphasis,
# never restated (drafting/concerns.py).
NOTHING_WORDS = ("niets", "helemaal niets", "niks", "helemaal niks", "nul")
# What a meeting asked for is for (checks/asks.py): "para fecharmos o plano para 2027" names
# the meeting's subject, no thing asked for of its own.
MEETING_PURPOSES = (
    r"om (?:[^,.;]{0,60}? )?(?:te bespreken|af te ronden|door te nemen|vast te leggen|af te spreken)",
)
# Verbs of understanding after a request lead (checks/asks.py): "comprendre comment vous
# comptez corriger" asks for an explanation, not the fix.
UNDERSTAND_WORDS = ("begrijpen", "snappen")
# Candour leading into a point before a colon (drafting/concerns.py): the lead-in goes.
CANDOUR = (
    r"(?:ik zal|ik moet|ik wil|laat ik|om eerlijk te|ik ga) (?:\w+ ){0,3}(?:eerlijk|open|direct|duidelijk) (?:zijn|wezen)",
)
# Verbs of attending (checks/asks.py): "¿Podría confirmarme si asistirá?" after a sentence
# that names a meeting and its day asks to attend it.
ATTEND_WORDS = (r"aanwezig", r"deelnemen", r"erbij (?:zijn|bent|kunt zijn)")
# A negated instruction opening a sentence (drafting/concerns.py): what not to do, no point
# to restate ("No me manden otro mail lleno de frases lindas").
NEGATED_IMPERATIVES = (r"(?:stuur|bel|mail) (?:me|mij|ons) (?:geen|niet)\b",)
# "Hereby" (checks/situations.py): a notice so given stands whatever condition its sentence
# names.
HEREBY_WORDS = ("hierbij",)
# The client's own (checks/asks.py): a meeting named with it ("before our 11:00 trading
# call") is theirs, not one asked of us.
OUR_WORDS = ("ons", "onze", "mijn")
# Moving a meeting (checks/asks.py): "Can we move our call to Friday?" asks for it.
RESCHEDULE_WORDS = (r"verplaatsen", r"verzetten", r"vervroegen", r"uitstellen")
# Read in every language (lang/__init__.py): words for none opening a list of what is
# missing, polite pronouns that are no name, counting words, "me"/"us" after a verb.
NONE_WORDS = ("nul",)
POLITE_PRONOUNS = ("u",)
COUNTING_WORDS = (r"ten (?:eerste|tweede|derde)",)
OBJECT_PRONOUNS = ("mij", "ons")
