"""Italian (italiano): what draft-reply knows of Italian (lang/__init__.py)."""

NAME = "Italian"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py).
QUOTE_SEPARATORS = (
    "messaggio originale",
    "messaggio inoltrato",
)
FORWARD_INTROS = ("inizio messaggio inoltrato",)
ATTRIBUTION_VERBS = ("ha scritto",)
ATTRIBUTION_STARTS = ("in data",)
HEADER_FROM = ("da",)
HEADER_FIELDS = (
    "inviato",
    "data",
    "oggetto",
)
MOBILE_SIGNATURES = ("inviato da",)
DISCLAIMER_CUES = (
    "riservat[oaie]",
    "per errore",
    "vietat[oaie]",
)
QUOTE_LIBRARY = True  # mail-parser-reply has tables for it

# Names (checks/_reply_checks.py): name particles.
NOT_A_NAME = ("di", "da")

# The internal figures in words, and promises of money or deadlines (checks/references.py,
# drafting/facts.py): a reply in Italian must not say them either.
SPELLED_NUMBERS = (
    ("zero",),
    ("uno", "una", "prim"),
    ("due", "second"),
    ("tre", "terz"),
    ("quattro", "quart"),
    ("cinque", "quint"),
    ("sei", "sest"),
    ("sette", "settim"),
    ("otto", "ottav"),
    ("nove", "nono", "nona"),
    ("dieci", "decim"),
    ("undici", "undicesim"),
    ("dodici", "dodicesim"),
    ("tredici", "tredicesim"),
    ("quattordici", "quattordicesim"),
    ("quindici", "quindicesim"),
    ("sedici", "sedicesim"),
    ("diciassette", "diciassettesim"),
    ("diciotto", "diciottesim"),
    ("diciannove", "diciannovesim"),
    ("venti", "ventesim"),
)
HALF_WORDS = ("e mezzo", "virgola cinque")
RANK_WORDS = ("posto", "posizione", "numero", "n.", "#")
OF_WORDS = ("su", "di", "tra")
SHARE_WORDS = ("%", "per cento", "percento")
TOP_CLIENT_WORDS = (
    "80/20",
    "80-20",
    "pareto",
    "clienti principali",
    "clienti più grandi",
    "maggiori clienti",
    "clienti minori",
)
PROMISES = (
    "rimbors",
    "sconto",
    "nota di credito",
    "gratis",
    "gratuit",
    "senza costi",
    "risarci",
    "garantis",
    "entro 24 ore",
    "entro 48 ore",
    "entro domani",
)

# What a complaint is made of (drafting/concerns.py): a regex alternation per kind of cue.
CONCERN_CUES = {
    "strong": (
        r"fuori servizio|non funzionava\w*|irraggiungibile|ritard\w*|tardi|ancora|di nuovo|mai|delu\w*|inaccettabile|problem\w*|aspett\w*|"
        r"error\w*|sbagliat\w*|frustra\w*|nessuno|ignor\w*|fallit\w*|pers\w*|calo|"
        r"peggior\w*|lent\w*|lament\w*"
    ),
    "weak": r"non|niente|nulla|senza|solo",
    "emotion": r"delu\w*|frustra\w*|arrabbiat\w*|preoccupat\w*|infastidit\w*",
    "things": (
        r"report|rapporti?|dashboard|campagn\w*|fattur\w*|budget|seo|posizionamento|sito|"
        r"pagin\w*|dati|cifre|landing"
    ),
    "when": (
        r"gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|"
        r"novembre|dicembre|lunedì|martedì|mercoledì|giovedì|venerdì|due|tre|"
        r"[^\s\d]{0,100}+\d\S*"
    ),
    "silence": r"nessuno ci ha (?:avvisat|informat|dett)\w*|senza avvisare|nessuna risposta",
    "others": r"altre agenzie|altri fornitori|concorren\w*",
}
SALUTATION_OPENERS = (
    "ciao",
    "buongiorno",
    "buonasera",
    "gentile",
    "egregio",
    "egregia",
    "caro",
    "cara",
    "salve",
)
SIGN_OFFS = (
    "cordiali saluti",
    "distinti saluti",
    "saluti",
    "un saluto",
    "grazie",
    "a presto",
    "buona giornata",
    "un abbraccio",
)
REQUESTS = (
    "per favore",
    "la prego",
    "vi prego",
    "potete",
    "potreste",
    "può",
    "potrebbe",
    "puoi",
    "potresti",
)
CONJUNCTIONS = ("e", "o")
PREAMBLES = (r"ecco (?:una|la|un|il|sua|tua) (?:bozza|risposta|proposta)",)
EXCUSES = (
    "purtroppo",
    "ci scusiamo per il disagio",
    "scusate il disagio",
    "come ho già detto",
    "come già detto",
    "eravamo molto impegnati",
    "non è colpa nostra",
    "avrebbe dovuto",
)
ASKS = (
    r"(?:mi|ci) (?:piacerebbe|farebbe piacere) (?:sapere|capire|conoscere)",
    r"mi dica|ci dica|dimmi|ditemi|mi faccia sapere|fammi sapere",
)
QUESTION_WORDS = (
    "cosa",
    "che cosa",
    "come",
    "quale",
    "quali",
    "perché",
    "dove",
    "chi",
    "quando",
    "se",
)
THANKS = (r"grazie", r"ringrazi\w*", r"grat[oia]")
RECORD_INTROS = (
    r"quello che abbiamo (?:fatto|consegnato|realizzato)",
    r"(?:il nostro|il) lavoro (?:per (?:lei|te|voi)|svolto)",
)
SUBJECT_LABELS = ("oggetto",)
INFORMAL_FORMS = (
    r"(?i)(?<!\w)(?:tu|ti|te|tuo|tua|tuoi|tue|puoi|potresti|hai|sai|dimmi|fammi|avete|vostr\w+)(?!\w)",
)
FORMAL_FORMS = (
    r"(?<!\w)(?:Lei|Suo|Sua|Suoi|Sue)(?!\w)|(?i:(?<!\w)(?:potrebbe|mi dica|mi faccia|gentile|egregi[oa]|la prego)(?!\w))",
)
REPLY_INFORMAL_FORMS = r"(?i)(?<!\w)(?:tu|tuo|tua|tuoi|tue|puoi|potresti|hai)(?!\w)"
REPLY_FORMAL_FORMS = r"(?<!\w)(?:Lei|Suo|Sua|Suoi|Sue)(?!\w)|(?<=[a-zà-ù,] )Le(?!\w)"
REPLY_PRONOUNS = ("tu", "Lei")
INFORMAL_OPENERS = r"(?i)(?:ciao)\b"
SALUTATIONS = {
    "ms": "signora",
    "mrs": "signora",
    "miss": "signora",
    "frau": "signora",
    "mr": "signor",
    "herr": "signor",
}
FORMAL_OPENERS = {"signora": "Gentile", "signor": "Gentile"}
NEGATIONS = ("non", "mai", "nessun", "nessuna")
HEAT_LEXICON = {
    "insult": (
        {
            "weight": 0.7,
            "phrases": [
                "incompetenti",
                "incompetente",
                "dilettanti",
                "buffoni",
                "bugiardi",
                "ridicolo",
                "vergognoso",
                "patetico",
                "inutili",
            ],
        },
    ),
    "absolute": (
        {
            "weight": 0.2,
            "phrases": ["sempre", "mai", "ogni volta", "assolutamente niente", "neanche una volta"],
        },
    ),
    "accusation": (
        {
            "weight": 0.35,
            "phrases": [
                "inaccettabile",
                "non fate nulla",
                "ci avete mentito",
                "ci ignorate",
                "una vergogna",
                "scandaloso",
                "intollerabile",
            ],
        },
    ),
    "threat_to_leave": (
        {
            "weight": 0.5,
            "phrases": [
                "disdire",
                "disdetta",
                "rescindere il contratto",
                "cambiare agenzia",
                "cambiare fornitore",
                "cercare un'altra agenzia",
                "ultima possibilità",
            ],
        },
    ),
}

ASK_CUES = {
    "refund": r"riconoscimento economico|rimbors\w*|restitu\w*|nota di credito|sconto|riduzion\w*|compensazion\w*|risarciment\w*|non (?:\w+ )?pag\w*|sospend\w* (?:il )?pagamento",
    "meeting": r"chiamarmi|richiamar\w*|parlare|chiamami|chiamaci|chiamar\w*|sentiamoci|chiamat\w*|telefonat\w*|riunion\w*|incontr\w*|videochiamat\w*|appuntamento|sentirci|call",
    "written": r"(?:una|la sua|la tua) (?:risposta|spiegazione)|un riscontro|per iscritto|risposta scritta|scritt\w*|via (?:e-?mail|mail)",
    "document": r"report|rapporti?|fattur\w*|dettagli\w*|esportazion\w*|document\w*|calendario|piano d'azione|cronoprogramma|copi\w*|preventiv\w*|analisi|accessi|file|presentazione",
    "decision": r"(?:una|la sua|sua|vostra) decisione|decida|decidete|conferm\w* se|sì o no|risposta chiara",
    "person": r"(?:il suo|il tuo|il|la sua|la tua|la) (?:responsabile|direttore|direttrice|superiore|capo|manager|titolare)|qualcuno (?:più )?(?:senior|in alto)|escalation",
}
ASK_LEADS = (
    r"attendo|aspetto|attendiamo|aspettiamo|per favore|la prego|vi prego|ti prego|potete|potreste|può|potrebbe|puoi|potresti|(?:voglio|vogliamo|ho bisogno|abbiamo bisogno|pretendo|pretendiamo|mi aspetto|ci aspettiamo|chiedo|chiediamo|vorrei|vorremmo|propongo|proponiamo)|mi mandi|ci mandi|mandami|mandateci|inviate\w*|è possibile|sarebbe possibile|è disponibile",
)
NO_CALL = (
    r"(?:non|niente|senza|nessun\w*) (?:\w+ ){0,2}(?:chiamat|telefonat|telefono)\w*|non per telefono",
)
SITUATIONS = {
    "price": r"aument\w* (?:\w+ ){0,3}(?:prezz\w*|tariff\w*|canone|onorari)|(?:prezz\w*|tariff\w*) (?:\w+ ){0,2}(?:aument\w*|salit\w*)|troppo caro|più caro",
    "refund": r"rimbors\w*|nota di credito|sconto|compensazion\w*|risarciment\w*",
    "competitor": r"altre agenzie|altri fornitori|concorren\w*|offerta di|più economic\w*",
    "ranking": r"classifica|valutazione (?:dei|delle) (?:fornitori|agenzie)|ultimo posto|valutat\w* peggio",
    "leave": r"disdi\w*|disdetta|rescind\w*|cambiare (?:agenzia|fornitore)|cercare un'altra agenzia|non rinnov\w*|chiudere (?:il rapporto|la collaborazione)|ultima possibilità",
    "deadline": r"ritard\w*|tardi|scadenz\w*|ancora (?:\w+ )?aspett\w*|termine",
}
PRAISE = (
    r"(?:voi|il vostro team|il suo team|il team) (?:\w+ )?(?:eravate|siete|siete stati|era|è stato) (?:\w+ ){0,2}(?:bravi|ottim\w*|eccellent\w*|utili|fantastic\w*)",
    r"grazie|soddisfatt\w* di|content\w* di|buon lavoro",
)
ANNOUNCEMENTS = (
    r"per sua informazione|per tua informazione|vi informo che|(?:saremo|sarò) (?:\w+ )?(?:in ferie|fuori ufficio)|(?:abbiamo|ho) (?:\w+ )?(?:assunto|lanciato|trasferito)",
)
CONCESSIONS = ("ma", "però", "tuttavia", "anche se", "sebbene")
FILLERS = (
    "le scrivo perché",
    "ti scrivo perché",
    "sinceramente",
    "francamente",
    "onestamente",
    "davvero",
    "veramente",
    "assolutamente",
    "totalmente",
    "completamente",
    "semplicemente",
)
WEEKDAY_DATE = "EEEE d MMMM"
DUE_WORDS = {
    r"dopodomani": "+2d",
    r"oggi|stasera|entro sera": "+0d",
    r"domani": "+1d",
    r"(?:entro )?(?:la )?fine (?:della|di questa) settimana": "eow",
    r"la prossima settimana|la settimana prossima": "nw",
    r"(?:entro )?(?:la )?fine (?:del |di questo )?mese": "eom",
    r"il prossimo mese|il mese prossimo": "nm",
    r"(?:entro|tra|fra) (?P<n>\d+|due|tre|quattro|cinque|dieci) giorni lavorativi": "+nw",
    r"(?:entro|tra|fra) (?P<n>\d+|due|tre|quattro|cinque|sette|dieci|quindici) giorni": "+n",
    r"(?:entro|tra|fra) (?:una|1) settimana": "+7d",
    r"(?:entro|tra|fra) (?:due|2) settimane": "+14d",
    r"(?:entro )?(?:la )?fine (?:di )?{month}": "monthend",
    r"(?:entro )?metà {month}": "monthmid",
}
NUMBER_WORDS = {
    "uno": 1,
    "una": 1,
    "due": 2,
    "tre": 3,
    "quattro": 4,
    "cinque": 5,
    "sei": 6,
    "sette": 7,
    "otto": 8,
    "nove": 9,
    "dieci": 10,
    "quindici": 15,
}
# A work item that puts right what went wrong (drafting/record.py): it answers a complaint.
REMEDY_WORDS = (
    r"corrett\w*|correzion\w*|ripristinat\w*|risolt\w*|sostituit\w*|rinviat\w*|riparat\w*|causa principale|nota di credito",
)
# Words that open a sentence only to link it to the last (drafting/concerns.py condense).
CONNECTIVES = ("poi", "e", "quindi", "allora", "inoltre")
# The line above the quoted original in a reply (mail/reply.py).
ATTRIBUTION = "Il giorno {day:02}/{month:02}/{year} alle {time}, {who} ha scritto:"
ATTRIBUTION_UNDATED = "{who} ha scritto:"
# A complaint that something never came (drafting/record.py): the work logged on that topic
# answers it, it is not the work complained of.
ABSENCE_WORDS = (r"mai (?:arrivat|ricevut)\w*|nemmeno un\w*|non (?:abbiamo )?ricevut\w*|manca\w*",)
# The client's words in our voice (drafting/concerns.py restate): phrase -> replacement;
# verbs are left as written, so only possessives and objects swap where the verb would change.
RESTATE_SWAPS = {
    "nostro": "Suo",
    "nostra": "Sua",
    "nostri": "Suoi",
    "nostre": "Sue",
    "vostro": "nostro",
    "vostra": "nostra",
    "vostri": "nostri",
    "vostre": "nostre",
}
RESTATE_SWAPS_INFORMAL = {
    "nostro": "tuo",
    "nostra": "tua",
    "nostri": "tuoi",
    "nostre": "tue",
    "vostro": "nostro",
    "vostra": "nostra",
    "vostri": "nostri",
    "vostre": "nostre",
    "tuo": "nostro",
    "tua": "nostra",
}
# A helpdesk's or forum's line above which the reply goes, or the heading of earlier replies
# (mail/_quotes.py): what follows is history.
REPLY_ABOVE = (
    "(?:si prega di )?(?:scrivere|rispondere) (?:la risposta )?sopra questa riga",
    "risposte precedenti",
)

# (draft-reply check) phrases that talk down to a client, lower case.
CONDESCENSION = (
    "non siete nemmeno",
    "non è nemmeno un grande",
    "nemmeno un grande cliente",
    "uno dei nostri clienti più piccoli",
    "con tutto il rispetto",
    "come tutti sanno",
    "glielo rispiego",
    "rilegga la mia",
    "se avesse letto",
    "se si fosse preso la briga",
    "ovviamente lei",
    "francamente",
)
# A date after these is a deadline, not a slot: "a call before the 10th" (checks/asks.py).
DEADLINE_WORDS = (r"entro(?: il)?|prima del?|non oltre(?: il)?",)
