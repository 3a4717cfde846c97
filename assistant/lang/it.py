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
EXTERNAL_BANNERS = (
    r"\[esterno\]\s*$",
    r"\*{0,3}\s*(?:e-?mail|messaggio|posta) estern[oa]\s*\*{0,3}\s*[:!.-]",
    r"(?:attenzione|avviso|avvertenza)\s*[:!-]?\s*(?:questa (?:e-?mail|email|mail) (?:proviene|(?:è|e) stata inviata) "
    r"da(?:ll'| un mittente)? ?(?:esterno|fuori)|questo messaggio (?:proviene|(?:è|e) stato inviato) "
    r"da(?:ll'| un mittente)? ?(?:esterno|fuori)|(?:e-?mail|mittente) estern[oa])",
    r"quest[ao] (?:e-?mail|email|mail|messaggio) proviene da(?:ll')? ?(?:esterno|fuori) "
    r"(?:della|dalla|dell') ?(?:organizzazione|azienda)",
    r"non ricevi spesso (?:e-?mail|messaggi) da",
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

# "il rapporto di ottobre" is a report; "il nostro rapporto", "il rapporto con la vostra
# agenzia", "il rapporto di consulenza", "il rapporto qualità-prezzo" are not.
_RAPPORTO = (
    r"(?<!nostro )(?<!vostro )rapporto"
    r"(?! (?:di (?:fiducia|collaborazione|lavoro|consulenza|partnership|fornitura)|con|tra|fra)\b)"
    r"(?![ -]qualit)"
)

# What a complaint is made of (drafting/concerns.py): a regex alternation per kind of cue.
CONCERN_CUES = {
    "strong": (
        # A promise recalled: "we were promised", "wurde mir zugesichert".
        r"(?<!come )promess\w*|(?:ci|mi) (?:era|avevate|aveva) (?:\w+ )?(?:stato )?assicurat\w*|"
        # The same as before: "unchanged", "identical" (a report that did not change).
        # Charts without advice: "veel grafieken en weinig advies".
        r"(?:poch[ie]|nessun[oa]?|senza) (?:consigli|raccomandazion[ei]|analisi|indicazion[ei])|"
        r"invariat\w*|identic\w*|(?:sempre|ancora) (?:gli stessi|le stesse|lo stesso|la stessa)|"
        # A price rise in figures ("12 % more from January").
        r"\d+ ?(?:%|per cento) in più|rincar\w*|"
        # Too little of one thing, too slow, too late; criticised; it takes days.
        r"troppo (?:tardi|lent\w*|generic\w*|poc\w+)|troppi (?:errori|ritardi)|troppe volte|critica\w*|ci vogliono (?:\w+ ){0,3}(?:giorni|settimane)|"
        # Something that stopped (the hourly updates, the tracking).
        r"(?:si è|si sono) (?:fermat|interrott|bloccat)\w*|smess\w*|"
        # Counted at zero: "zero conversions", "NULL Bestellungen".
        r"zero \w+[ie]\b|"
        # Due and not delivered: "doveva essere online a settembre".
        r"doveva(?:no)? (?:essere|arrivare|partire|uscire|andare)|avrebbe(?:ro)? dovuto|"
        # Billed wrongly: a complaint in figures ("650 euros instead of the agreed 500").
        # A price rise, a fall in the rankings: "the 9 % increase", "van plek 2 naar plek 11".
        r"aumento|rincar\w*|più caro|(?:scesa|scesi|sceso|calat\w*|crollat\w*) (?:dalla|dal|alla|al|in|di)|pers[oi] \d+ posizioni|fuori dalla prima pagina|"
        # Broken, mistaken, not matching: "stopped working", "per errore", "klopt niet".
        r"per errore|per sbaglio|non funzion\w*|non corrispond\w*|non tornano|meno \w+ di quell\w*|"
        # Halved: "quote requests have halved since the summer".
        r"dimezzat\w*|"
        # Paying for nothing: "I pay 2,000 a month and I get nothing but excuses".
        r"non (?:ricevo|riceviamo|ottengo|otteniamo|vedo|vediamo) (?:nulla|niente)|(?:nulla|niente) in cambio|solo scuse|scuse|non vale|soldi buttati|"
        r"fatturat\w* due volte|(?:ci|mi) (?:avete|hanno) fatturato|invece dei? \d[\d.  ]*(?:€|euro)? ?concordat\w*|"
        r"fuori servizio|non funzionava\w*|irraggiungibile|ritard\w*|tardi|ancora|di nuovo|mai|delu\w*|inaccettabile|problem\w*|aspett\w*|"
        r"error\w*|sbagliat\w*|frustra\w*|nessuno|ignor\w*|fallit\w*|pers\w*|calo|"
        r"peggior\w*|lent\w*|lament\w*|mancat\w*|saltat\w*|non rispettat\w*"
    ),
    "weak": r"non|niente|nulla|senza|solo",
    "emotion": r"delu\w*|frustra\w*|arrabbiat\w*|preoccupat\w*|infastidit\w*",
    "things": (
        r"report|rapporti|"
        + _RAPPORTO
        + r"|dashboard|campagn\w*|fattur\w*|budget|seo|posizionamento|sito|"
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
    "egregi",
    "gentili",
    "spettabile",
    "spett.le",
    "caro",
    "cara",
    "salve",
)
SIGN_OFFS = (
    "cordiali saluti",
    "distinti saluti",
    "cordialmente",
    "buona serata",
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
# Register (lang/formality.py): tu forms against Lei forms. "Avete", "vostro" (voi) are how a
# client writes to a company, formal or not: they count for neither; "Gentili signori",
# "Egregio", "Spettabile", "Cordiali saluti" count as formal, "Ciao" as informal.
INFORMAL_FORMS = (
    r"(?i)(?<!\w)(?:tu|ti|te|tuo|tua|tuoi|tue|puoi|potresti|hai|avevi|sai|vuoi|devi|dimmi|fammi|"
    r"mandami|scrivimi|chiamami|inviami|ciao)(?!\w)",
    # "sei", "scusa" (not "una scusa"), a negative imperative ("non venirmi a dire", "non
    # chiamarmi"): Lei says "è", "scusi", "non mi venga"
    # not six ("sei mesi"), an apology or an excuse ("chiedo scusa", "la solita scusa")
    r"(?i)(?<!\w)(?:sei(?! (?:mesi|settimane|giorni|ore|anni|volte|minuti)\b)|"
    r"(?<!una )(?<!la )(?<!chiedo )(?<!chiediamo )(?<!solita )scusa|non \w+[ae]rmi|non \w+irmi)(?!\w)",
)
FORMAL_FORMS = (
    r"(?<!\w)(?:Lei|Suo|Sua|Suoi|Sue)(?!\w)|(?<=[a-zà-ù,] )(?:Le|La)(?!\w)|"
    r"(?i:(?<!\w)(?:potrebbe|mi dica|mi faccia|gentil[ei]|egregi[oae]|spettabile|spett\.le|"
    r"la prego|la ringrazio|le chiedo|le scrivo|cordiali saluti|distinti saluti|signor[aei]?|"
    r"sig\.(?:ra)?|dott\.(?:ssa)?)(?!\w))",
)
# Greetings (mail/sender.py): a formal greeting names the whole name, "Gentile Giulia Bianchi";
# a first name alone is for tu.
FORMAL_GREETS_FULL_NAME = True
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
# The heat lexicon (checks/tone.py): insults, profanity, absolutes, accusations, leaving.
# "Una barzelletta", "fa schifo" after a negation ("non è una barzelletta") are no insult.
HEAT_LEXICON = {
    "insult": (
        {
            "weight": 0.7,
            "phrases": [
                "incompetenti",
                "incompetente",
                "incompetenza",
                "dilettanti",
                "dilettantesco",
                "dilettantismo",
                "buffoni",
                "pagliacci",
                "pagliaccio",
                "cialtroni",
                "cialtrone",
                "incapaci",
                "un incapace",
                "truffa",
                "truffatori",
                "truffatore",
                "imbroglioni",
                "ladri",
                "bugiardi",
                "imbecilli",
                "idioti",
                "cretini",
                "deficienti",
                "scansafatiche",
                "ridicolo",
                "ridicola",
                "ridicoli",
                "vergognoso",
                "patetico",
                "penoso",
                "pietoso",
                "inutili",
            ],
        },
        {
            "weight": 0.45,
            "negatable": True,
            "phrases": [
                "una barzelletta",
                "una schifezza",
                "una porcheria",
                "robaccia",
                "una farsa",
                "una buffonata",
                "una presa in giro",
                "ci prendete in giro",
                "mi prendete in giro",
                "mi prendi in giro",
                "fa schifo",
                "fate schifo",
                "fai schifo",
                "che schifo",
                "uno schifo",
                "schifoso",
                "indecente",
                "squallido",
            ],
        },
    ),
    "profanity": (
        {
            "weight": 0.6,
            "phrases": [
                "cazzo",
                "cazzate",
                "merda",
                "di merda",
                "stronzate",
                "stronzi",
                "vaffanculo",
                "fottuto",
                "fottuti",
            ],
        },
    ),
    "absolute": (
        {
            "weight": 0.2,
            "phrases": ["mai", "ogni volta", "assolutamente niente", "neanche una volta"],
            # "sempre", but not "come sempre" (a courtesy), "sempre più" or "sempre che" (as long
            # as); "ancora una volta", but not "grazie ancora una volta".
            "patterns": [
                r"(?<!\bcome )\bsempre\b(?!\s+(?:più|che|meglio|disponibil[ei]|valid[oa])\b)",
                r"(?<!\bgrazie )\bancora\s+una\s+volta\b(?!\s*,?\s*(?:grazie|complimenti)\b)(?!\s+per\b)",
            ],
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
                # il reclamo formale, freddo ma chiaro (queste portano la negazione con sé)
                "non è all'altezza",
                "non siete all'altezza",
                "non all'altezza",
                "al di sotto delle aspettative",
                "al di sotto delle nostre aspettative",
                "non siamo soddisfatti",
                "non sono soddisfatto",
                "non sono soddisfatta",
                "non pagheremo",
                "non intendiamo pagare",
                "ci rifiutiamo di pagare",
                "non deve più succedere",
                "non deve più accadere",
                "ci avevate promesso",
                "avevate promesso",
            ],
            "patterns": [
                r"\bcontest(?:iamo|o|are)\s+(?:la|questa|vostra|le|queste)\s+(?:\w+\s+)?(?:fattur[ae]|addebit[oi]|import[oi])\b",
                r"\bper\s+quello\s+che\s+(?:vi\s+)?(?:paghiamo|stiamo\s+pagando)\b",
                r"\bnon\s+(?:siamo|sono)\s+(?:affatto\s+|per\s+niente\s+|per\s+nulla\s+|proprio\s+)?(?:soddisfatt[ioe]|content[ioe])\b",
            ],
        },
        {
            "weight": 0.35,
            "negatable": True,
            "phrases": [
                "insoddisfatti",
                "insoddisfatto",
                "insoddisfatta",
                "scontenti",
                "scontento",
                "molto delusi",
                "molto deluso",
                "molto delusa",
                "profondamente delusi",
                "davvero delusi",
            ],
        },
        {
            "weight": 0.2,
            "negatable": True,
            "phrases": [
                "delusi",
                "deluso",
                "delusa",
                "deludente",
                "deludenti",
                "frustrante",
                "frustrati",
                "irritati",
                "arrabbiati",
                "arrabbiato",
                "furiosi",
            ],
        },
    ),
    "exasperation": (
        {
            "weight": 0.35,
            "negatable": True,
            "phrases": [
                "siamo stanchi",
                "sono stanco di",
                "sono stanca di",
                "siamo davvero stanchi",
                "ne ho abbastanza",
                "ne abbiamo abbastanza",
                "non ne posso più",
                "non ne possiamo più",
                "quante volte",
                "ora basta",
                "adesso basta",
                "la nostra pazienza ha un limite",
                "la mia pazienza ha un limite",
            ],
            "patterns": [
                r"\bper\s+(?:l['’]ennesima|la\s+(?:seconda|terza|quarta|quinta|centesima|\d+ª?))\s+volta\b",
                r"\bstanch[ie]\s+di\b",
                r"\bla\s+(?:seconda|terza|quarta|quinta|ennesima)\s+volta\s+che\s+(?:\w+\s+){0,2}?(?:chiedo|chiediamo|scrivo|scriviamo|sollecito|sollecitiamo|segnalo|segnaliamo|ricordo)\b",
                r"\bnon\s+(?:può|possiamo)\s+(?:più\s+)?(?:continuare|andare\s+avanti)\s+così\b",
                r"\b(?:dover(?:vi)?|devo|dobbiamo)\s+(?:sempre\s+|continuamente\s+|ancora\s+)?(?:sollecitar(?:e|vi)|rincorrer(?:e|vi)|inseguir(?:e|vi))\b",
                r"\b(?:correr(?:vi|e)\s+dietro|stare\s+dietro\s+a\s+voi|starvi\s+dietro)\b",
            ],
        },
        {
            "weight": 0.2,
            "negatable": True,
            "phrases": [
                "ancora nessuna risposta",
                "ancora nessuna notizia",
                "ancora niente",
                "ancora nulla",
            ],
            "patterns": [
                r"\baspett(?:o|iamo)\s+(?:\w+\s+)?da\s+(?:\w+\s+){0,2}(?:giorni|settimane|mesi|settimana|mese)\b"
            ],
        },
    ),
    "ultimatum": (
        {
            "weight": 0.45,
            "phrases": [
                "altrimenti lasciate perdere",
                "o lasciate perdere",
                "altrimenti lascia perdere",
                "altrimenti è inutile",
                "è l'ultima volta",
                "per l'ultima volta",
                "basta scuse",
                "niente più scuse",
            ],
        },
        {
            "weight": 0.2,
            "phrases": ["senza fallo", "pretendo", "pretendiamo", "esigo", "esigiamo"],
        },
    ),
    "sarcasm": (
        {
            "weight": 0.4,
            "phrases": [
                "piccione viaggiatore",
                "posta ordinaria o",
                "a dorso di mulo",
                "mi prendi in giro",
                "mi prendete in giro",
                "mi sta prendendo in giro",
                "grazie di niente",
                "grazie per niente",
                "che sorpresa",
                "guarda caso",
                "che coincidenza",
                "strana coincidenza",
                "che combinazione",
                "è uno scherzo",
            ],
            "patterns": [
                # Lodi per una delusione: "Perfetto, un'altra settimana senza il report."
                r"\b(?:perfetto|fantastico|ottimo|benissimo|splendido|meraviglioso|complimenti|bravi)\s*[,.!…]+\s*"
                r"(?:un['’]altra|un\s+altro|ancora\s+una|di\s+nuovo)\b(?!\s*(?:cosa|domanda|richiesta|punto|dettaglio)\b)",
            ],
        },
    ),
    "threat_to_leave": (
        {
            # La forma cortese e fredda: "dovremo valutare altre opzioni".
            "weight": 0.5,
            "negatable": True,
            "phrases": ["non rinnovare il contratto", "non rinnoveremo"],
            "patterns": [
                r"\b(?:stiamo|dovremo|dobbiamo|iniziamo\s+a|inizieremo\s+a|abbiamo\s+iniziato\s+a|andremo\s+a)\s+(?:\w+\s+)?"
                r"(?:valutare|valutando|considerare|considerando|cercare|cercando|esplorare|esplorando)\s+(?:altre|delle)\s+(?:opzioni|alternative|agenzie|fornitori|soluzioni)\b",
                r"\b(?:riconsiderare|riconsiderando|rivedere|ripensare|ripensando|rimettere\s+in\s+discussione)\s+(?:nostro|nostra|il\s+nostro|la\s+nostra)\s+(?:\w+\s+)?(?:rapporto|collaborazione|contratto|partnership)\b",
                r"\b(?:cercare|trovare|passare\s+a|scegliere|affidarci\s+a)\s+(?:un['’]altra\s+agenzia|un\s+altro\s+fornitore)\b",
                r"\b(?:interrompere|chiudere|porre\s+fine\s+a(?:lla)?)\s+(?:la\s+|nostra\s+|la\s+nostra\s+)?(?:collaborazione|rapporto)\b",
            ],
        },
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

# "ci sentiamo" is a call only before a day, a time or a question mark: "ci sentiamo presi
# in giro" is a feeling.
_SPEAK_SOON = (
    r"ci sentiamo(?=\s*\?|\s+(?:al|per) telefono|\s+(?:domani|dopodomani|oggi|stasera|"
    r"lunedì|martedì|mercoledì|giovedì|venerdì|in settimana|questa settimana|"
    r"la (?:prossima )?settimana|il \d|alle|entro|prima|nel pomeriggio|in mattinata)\b)"
)
ASK_CUES = {
    "refund": r"fare qualcosa (?:sul|per il|riguardo al) prezzo|venir(?:mi|ci) incontro|(?:mantenere|tenere) (?:il )?(?:prezzo|canone) (?:attuale|precedente|vecchio)|(?:coprire|farvi carico de\w*|accollarvi) (?:i |le |gli )?(?:\w+ )?(?:costi|spese)|(?:un['’])?offerta migliore|(?:un )?prezzo migliore|riconoscimento economico|rimbors\w*|restitu\w*|nota di credito|accredit[oi]\b|sconto|riduzion\w*|compensazion\w*|risarciment\w*|non (?:\w+ )?pag\w*|sospend\w* (?:il )?pagamento",
    "meeting": (
        r"chiamarmi|richiamar\w*|parlare|parlarne|chiamami|chiamaci|chiamar\w*|chiamat\w*|"
        r"chiami|richiami|richiamami|telefonat\w*|telefonar\w*|telefonami|telefoni|"
        r"riunion\w*|incontr\w*|videochiamat\w*|appuntamento|colloquio|sentirci|sentiamoci|"
        r"vederci|vederti|vederLa|incontrarti|incontrarLa|vediamoci|ci vediamo|call|"
        # "passa in negozio lunedì verso le 18": come by
        r"(?:passa|passi|passate|vieni|venga|venite) (?:\w+ ){0,2}(?:in negozio|in ufficio|"
        r"da noi|da me|in sede)|" + _SPEAK_SOON
    ),
    "written": (
        r"^(?:risposta|riscontro)(?= (?:\w+ )?(?:by|bis|avant|antes|entro|voor|vóór|uiterlijk|até|before|del|prima)\b)|(?:voglio|vorrei|vogliamo|vorremmo|devo|dobbiamo) sapere(?= (?:\S+ ){0,3}(?:chi|cosa|che cosa|come|perché|quando|se|dove)\b)|"
        r"(?:una|la sua|la tua) (?:risposta|spiegazione)|un riscontro|per iscritto|"
        r"risposta scritta|(?<!\bho )(?<!\bhai )(?<!\bha )(?<!\babbiamo )(?<!\bavevo )(?<!\baveva )"
        r"(?<!\bavevamo )(?<!\bavete )scritt\w*|via (?:e-?mail|mail)|per (?:e-?mail|mail)|scrivimi|"
        r"scrivetemi|scriveteci|mi scriva|ci scriva|mi rispondi|mi risponda|rispondimi|"
        r"mi spieghi|spiegami|spiegatemi|una (?:e-?)?mail(?= [^.;!?]{0,40}\bspieg)|"
        r"rispondetemi|mi fai sapere|mi faccia sapere|fammi sapere|mi fate sapere|"
        r"(?:dimmi|ditemi|mi dica|mi dici)(?= (?:\S+ ){0,4}(?:cosa|che cosa|come|perché|quando|chi|se|dove)\b)"
    ),
    "document": (
        # "inviarmelo", "mandamelo", "me lo mandi": what is sent is a document
        r"(?<=i )numeri(?= d)|audit|fogli[oi] (?:excel|di calcolo)|excel|csv|elench?[oi]|lista|(?:invi|mand|sped|gir|pass)\w*?(?:me|ce|glie)l[oaie]|(?:me|ce|glie)l[oaie] (?:invi|mand|sped|gir|pass)\w*|"
        # not a thing named for where something is ("in fattura", "previste dal contratto")
        r"(?<!\bin )(?<!\bdal )(?<!\bnel )(?<!\bsul )(?<!\bdalla )(?<!\bnella )(?<!\bsulla )(?:"
        # "il rapporto di ottobre", not "il nostro rapporto" (the relationship)
        r"report|rapporti|"
        + _RAPPORTO
        + r"|propost[ae]|fattur\w*|dettagli\w*|esportazion\w*|document\w*|calendario|"
        r"piano d'azione|cronoprogramma|copi\w*|preventiv\w*|analisi|accessi|file|presentazione|"
        r"contratt[oi]|verbal[ei]|resocont[oi]|riepilog\w*|bozz[ae]|ricevut[ae]|"
        r"estratt[oi] conto|credenziali)"
    ),
    # Ciò che va rimesso a posto: "sistemate il modulo", "che il sito torni a funzionare".
    "fix": (
        r"qualcuno (?:ci )?(?:guardi|lavori|metta mano|si occupi)|online(?= (?:entro|per|prima di|da)\b)|(?:sia|siano|torni|tornino) online|"
        r"sistemare|sistemate|sistemi(?= )|sistemat[oaie]|ripar\w*|corregg\w*|"
        # not "riteniamo corretto un accredito" (fair): a judgement, no fix
        r"(?<!riteniamo )(?<!ritengo )(?<!sembra )(?<!sarebbe )(?<!trovo )(?<!troviamo )"
        r"(?<!è )(?<!non è )corrett[oaie]|"
        r"correzione|risolv\w*|risolt[oaie]|ripristin\w*|torn\w* a funzionare|funzioni di nuovo|"
        r"di nuovo (?:online|funzionante)"
        r"|(?<=\bse )(?:\S+ ){0,7}non funzion\w*"
    ),
    "decision": r"(?:una|la sua|sua|vostra) decisione|decida|decidete|conferm\w* se|sì o no|risposta chiara",
    "person": (
        r"(?:(?:il|la|un|una|al|alla|col)\s+(?:(?:suo|sua|tuo|tua|vostro|vostra)\s+)?|"
        r"(?:suo|sua|tuo|tua|vostro|vostra)\s+)(?:responsabile|direttore|direttrice|superiore|"
        r"capo|manager|titolare|amministratore delegato|amministratrice delegata|ceo)|qualcuno (?:più )?(?:senior|in alto)|escalation"
    ),
}
# What makes a sentence a request: "vorrei", "la prego", "possiamo vederci?", "mandami";
# "non possiamo più aspettare" is no request.
ASK_LEADS = (
    r"(?:mi sembra|sarebbe|ritengo|trovo) (?:\w+ )?giusto|"
    # "riteniamo corretto un accredito": what they think fair is asked for (not "Trovo
    # corretto il report": a judgement of the report)
    r"(?:ci sembra|riteniamo|ritengo|troviamo|trovo) (?:\w+ )?(?:corrett[oa]|equ[oa]|doveros[oa])"
    r"(?= (?:un|uno|una|un['’]|che|lo sconto|il rimborso|l['’]accredito|la restituzione)\b)|"
    r"(?:le|vi|ti) sarei grat[oa]|se (?:preferisce|preferisci|preferite)(?=[^.!?\n]*\d)|(?:le|vi|ti) saremmo grati|mi rispondi|mi risponda|rispondimi|fammi sapere|mi fai sapere|mi faccia sapere|attendo|aspetto|attendiamo|aspettiamo|per favore|la prego|vi prego|ti prego|potete|"
    r"potreste|può|potrebbe|puoi|potresti|(?<!non )(?:possiamo|potremmo)(?= (?:\w+ )?(?:vederci|"
    r"sentirci|parlarne|parlare|incontrarci|fissare|organizzare|avere|ricevere|fare))|"
    # not "disdetta quando voglio" (whenever I like)
    r"(?:(?<!quando )voglio|(?<!quando )vogliamo|ho bisogno|abbiamo bisogno|pretendo|pretendiamo|mi aspetto|"
    # not "mi chiedo se" (I wonder), "ci chiediamo"
    r"ci aspettiamo|(?<!\bmi )chiedo|(?<!\bci )chiediamo|(?:le|vi|ti) chiederei|chiederei|chiederemmo|richiedo|richiediamo|vorrei|vorremmo|propongo|proponiamo|"
    r"esigo|esigiamo|desidero|desideriamo|gradirei|gradiremmo|preferirei|preferiremmo|"
    r"(?:mi|ci) serv(?:e|ono|irebbe|irebbero|irà|iranno))|"
    r"mi mandi|ci mandi|mandami|mandaci|mandatemi|mandateci|inviami|inviaci|mi invii|ci invii|"
    r"inviate\w*|fammi avere|fatemi avere|mi faccia avere|ci faccia avere|chiamami|scrivimi|"
    r"scrivetemi|scriveteci|mi scriva|ci scriva|dimmi|ditemi|mi dica|fammi sapere|fatemi sapere|"
    r"mi faccia sapere|chiamatemi|mi chiami|richiamami|richiamatemi|mi richiami|ci vediamo|vediamoci|"
    r"sentiamoci|è possibile|sarebbe possibile|è disponibile|sei disponibile|"
    r"(?:^|(?<=, ))(?:passa|passi|passate|vieni|venga|venite)(?= )|" + _SPEAK_SOON,
    # un ultimatum: "se lunedì non funziona mi cerco qualcun altro"
    r"\bse (?:\S+ ){0,7}non\b",
)
# A refusal of calls, never a complaint that nobody called ("non mi avete mai richiamato",
# "non ho ricevuto nessuna telefonata", "non mi chiami mai").
NO_CALL = (
    # "Non serve che mi chiami", "non c'è bisogno di telefonarmi"
    r"non (?:serve|occorre|è necessario) che (?:mi|ci) (?:chiam|telefon)\w*|"
    r"non c['’]è bisogno di (?:chiamar|telefonar)(?:mi|ci)",
    r"non (?:mi |ci )?(?:ri)?(?:chiam|telefon)(?:ar(?:mi|ci|e)|at(?:emi|eci|e)|i|ino)"
    r"(?!\w)(?!\s+mai)|"
    r"(?:niente|basta|(?<!ricevuto )(?<!avuto )(?<!fatto )nessuna) (?:telefonat|chiamat)\w*|"
    r"(?:evit\w+|inutile|non serve|non c'è bisogno) (?:di )?(?:ri)?(?:chiam|telefon)ar(?:mi|ci)|"
    r"non (?:voglio|vogliamo|desidero|desideriamo) (?:essere (?:ri)?(?:chiamat|contattat)\w*|"
    r"(?:ricevere )?(?:telefonate|chiamate)|che mi (?:chiamiate|telefoniate|chiami|telefoni))|"
    r"preferisco non (?:essere (?:ri)?(?:chiamat|contattat)\w*|ricevere (?:telefonate|chiamate))|"
    r"non (?:per|al) telefono|non telefonicamente|"
    # "non ritengo necessari né un incontro né una telefonata"
    r"non (?:ritengo|riteniamo|trovo|credo) (?:necessari\w*|utili?|opportun\w*) (?:né )?(?:un |una )?"
    r"(?:incontr\w*|telefonat\w*|chiamat\w*)|né (?:un |una )?(?:incontro|telefonata|chiamata)",
    r"una telefonata non (?:la |lo )?(?:sostituisce|sostituirà)",
)
# A meeting that is no call (kept when the client refuses calls; checks/asks.py).
IN_PERSON = (
    r"riunion\w*|incontr\w*|appuntamento|vederci|vederti|vederLa|vediamoci|ci vediamo|di persona|"
    r"(?:presso|nella|nel) (?:la )?(?:vostra|nostra|sua|tua) (?:sede|ufficio)|un caffè",
)
# Something broken now (checks/situations.py): in one sentence, a breakage, a word of now
# near it ("since 6am", "still", "today") and a system that broke (a dashboard, a site, a
# form); a person who does not answer, a price that "does not work" or a past outage is none.
OUTAGE_BROKEN = (
    r"(?:è|sono) (?:\w+ ){0,2}(?:down|fuori servizio|offline|irraggiungibil[ei]|bloccat[oaie]|vuot[oaie]|in tilt)|(?:è|sono) (?:(?:di nuovo|ancora|completamente|del tutto) )?ferm[oi]|non (?:si )?(?:registra|registrano|traccia|tracciano|carica|caricano|funziona|funzionano|va|vanno|apre|aprono|aggiorna|aggiornano|mostra|mostrano)|(?:mostra|mostrano|segna|segnano) (?:\w+ ){0,2}(?:niente|nulla|zero|un errore|errori)|errore \d{3}|in tilt|crash\w*",
)
OUTAGE_NOW = (
    r"da stamattina|da questa mattina|dalle|da ieri|oggi|adesso|ora|in questo momento|ancora|tuttora|di nuovo",
)
OUTAGE_SYSTEMS = (
    r"dashboard|cruscotto|sito|pagin[ae]|negozio online|e-?commerce|modulo|form|tracciamento|tracking|tag|pixel|app|portale|server|feed|export\w*|widget|analytics|ga4|link|redirect|api|integrazione|login|carrello|pagament\w*|dati|conversioni|newsletter|sistema|configuratore|checkout|gestionale",
)
# An offer's words (not ours): with a price in its sentence or the next and a firm's name
# beside it, a competitor's offer (checks/situations.py).
OFFER_NOUNS = (
    r"(?<!vostra )(?<!vostro )(?<!tua )(?<!tuo )(?<!sua )(?<!suo )(?<!nostra )(?:offert[ae]|propost[ae]|preventiv[oi])",
    r"(?:mi|ci) ha(?:nno)? contattat[oaie]|(?:è|sono) venut[oaie] a trovar(?:ci|mi)|(?:ci|mi) ha(?:nno)? fatto visita",
)
PER_PERIOD = (r"(?:al|per|ogni) (?:mese|anno)", r"all['’]anno", "mensil[ie]", "annu[ie]")
ANNOUNCED_STEPS = {
    "end": r"disdett\w*|disdire|recede\w*|recess\w*|risoluzione del contratto|interrompere (?:il|la) (?:contratto|collaborazione)|non rinnov\w* (?:\w+ ){0,2}(?:contratto|accordo|collaborazione)",
    "tender": r"gara (?:d['’]appalto|tra (?:\w+ )?(?:agenzie|fornitori))|bando di gara|(?:indi|band|lanc|apri|far|mett)\w* (?:una |a |in )?gara",
    "payment": r"(?:sospend|blocc|tratten)\w* (?:\w+ ){0,2}(?:pagament\w*|fattur\w*)(?! (?:dei|da parte dei|ai) (?:nostri |miei )?clienti| online| con carta)",
    "decision": r"(?:consiglio|comitato|direzione|soci|cda)\b[^.!?]{0,60}?(?:decid\w*|decisione|deliber\w*)|(?:decid\w*|decisione|deliber\w*)\b[^.!?]{0,60}?(?:consiglio|comitato|direzione|soci|cda)\b",
}
SITUATIONS = {
    # A search ranking ("the first page of Google"), not the client's review of its agencies:
    # it takes the place of "ranking" (checks/situations.py).
    "search": r"[\"«“][^\"»”\n]{2,40}[\"»”] (?:\w+ ){0,4}(?:posizione|posto)|google|bing|risultati di ricerca|(?:prima|seconda) pagina|pagina \d|parole? chiave|ricerca organica",
    "price": r"aumento (?:del |di un |dell')\d+(?:[.,]\d+)? ?%|"
    r"adeguament\w* (?:dei |del |delle )?(?:prezz\w*|tariff\w*|canone)|aument\w* (?:\w+ ){0,3}(?:prezz\w*|tariff\w*|canone|onorari)|(?:prezz\w*|tariff\w*) (?:\w+ ){0,2}(?:aument\w*|salit\w*)|troppo caro|più caro",
    "refund": r"rimbors\w*|nota di credito|sconto|compensazion\w*|risarciment\w*",
    "competitor": (
        r"altre agenzie|altri fornitori|concorren\w*|offerta di|più economic\w*|costano meno|"
        r"(?:ricevut[oa]|arrivat[oa]) (?:\w+ )?(?:una |un['’] ?)(?:proposta|offerta)(?=[^.!?\n]*\d)|"
        r"(?:mi|ci) hanno fatto un['’]offerta|(?:ci|mi) ha(?:nno)? offerto|"
        r"(?:ci|mi) ha(?:nno)? (?:fatto|presentato|inviato|mandato) una (?:proposta|offerta)|"
        r"(?:ci|mi) ha(?:nno)? propost[oa](?=[^.!?\n]*\d)|(?:ci|mi) propon(?:e|gono)\b(?=[^.!?\n]*\d)|"
        r"(?:\d+ ?%|\d[\d.  ]* ?(?:€|euro)) in meno|(?:ci|mi) (?:propone|offre|offrono|"
        r"propongono) (?:lo stesso|la stessa|gli stessi|le stesse)|"
        # "ci ha proposto la gestione della SEO a 1.900 euro al mese": a rival's price
        r"(?:ci|mi) ha(?:nno)? propost[oa] (?:\w+ ){0,12}?(?:a|per) \d[\d.]* ?(?:€|euro)"
    ),
    "ranking": r"classifica|valutazione (?:dei|delle) (?:fornitori|agenzie)|ultimo posto|valutat\w* peggio",
    "leave": r"se vale la pena continuare|disdi\w*|disdetta|rescind\w*|cambiare (?:agenzia|fornitore)|cercare un'altra agenzia|non rinnov\w*|chiudere (?:il rapporto|la collaborazione)|ultima possibilità",
    "deadline": r"ritard\w*|tardi|scadenz\w*|ancora (?:\w+ )?aspett\w*|termine",
    "notice": (
        r"con la presente|diffid\w*|messa in mora|(?:il )?(?:nostr[oa]|mio|mia) (?:avvocat[oa]|legale|ufficio legale)|(?:azion\w*|vie) (?:legal\w*|giudiziar\w*)|(?:comunichiamo|comunico|esercit\w*) (?:\w+ ){0,3}(?:recesso|disdetta)|lettera di (?:disdetta|recesso)|inadempimento contrattuale"
    ),
    "invoice": (r"(?!fatturato (?:annu|total|del|di|mensil)\w*)fattur\w*|addebit\w*"),
    "own_part": (
        r"(?:riconosco|riconosciamo|ammetto|ammettiamo|so|sappiamo) (?:bene )?(?:che )?(?:noi |io )?(?:\w+ ){0,6}(?:ritardo|dimenticato|cambiato|in ritardo|avremmo dovuto|avrei dovuto)|(?:in parte|anche) (?:per )?(?:colpa )?(?:nostra|mia)|(?:la )?(?:nostra|mia) (?:parte di )?(?:colpa|responsabilità),? (?:anche|in parte)"
    ),
}
PRAISE = (
    # Praise by negation: "nulla da ridire", "non siamo scontenti", "il tracciamento funziona
    # perfettamente".
    r"(?:nulla|niente) da (?:dire|ridire|eccepire)|non (?:sono|siamo) (?:\w+ )?(?:scontent|"
    r"insoddisfatt)\w*|(?<!non )(?:funziona|funzionava|ha funzionato) (?:perfettamente|"
    r"benissimo|alla perfezione|senza problemi)",
    # "Prima le cose positive, perché non pensi che mi lamenti e basta: ..."
    r"^(?:prima|innanzitutto|per cominciare),? (?:le cose positive|il positivo|le buone notizie)\b",
    # "Bravo pour le rapport d'octobre": praise that opens a sentence, sarcastic or not,
    # is never restated.
    r"^(?:bravo|bravi|complimenti|congratulazioni)\b",
    r"(?:voi|il vostro team|il suo team|il team) (?:\w+ )?(?:eravate|siete|siete stati|era|è stato) (?:\w+ ){0,2}(?:bravi|ottim\w*|eccellent\w*|utili|fantastic\w*)",
    r"grazie|ringrazi\w*|soddisfatt\w* di|content\w* di|buon lavoro|"
    r"(?:mi|ci|per me|per noi) va (?:bene|benissimo)|va benissimo|perfetto così|"
    # "i testi sono venuti bene, niente da dire"
    r"(?:sono |è )?venut[oiae] (?:molto )?bene|niente da dire|nulla da dire",
)
ANNOUNCEMENTS = (
    r"accuso ricevuta|accusiamo ricevuta|per sua informazione|per tua informazione|vi informo che|(?:saremo|sarò) (?:\w+ )?(?:in ferie|fuori ufficio)|(?:abbiamo|ho) (?:\w+ )?(?:assunto|lanciato|trasferito)",
)
#: A point granted in passing ("to be fair"): no complaint (drafting/concerns.py).
FAIR_REMARKS = (
    "va detto",
    "bisogna riconoscere",
    "devo riconoscere",
    "a onor del vero",
    "per correttezza",
    "riconosco",
)
#: A sentence that opens so, with no comma, is a dependent clause alone: no point.
FRAGMENT_OPENERS = (
    "perché",
    "poiché",
    "soprattutto perché",
)
# Openers pointing back to the sentence before, and the language named: see
# Language.pointing_openers, relative_openers and in_this_language (drafting/concerns.py).
POINTING_OPENERS = ("ciò", r"questo (?:è|era|significa|vuol dire|ha)")
RELATIVE_OPENERS = ("il che",)
RELATIVE_PRONOUNS = ("che", "cui", "il quale", "la quale", "i quali", "le quali", "dove")
SHIFT_WORDS = ("da|dal|dai", "a|al|ai")
OFFER_POINT = "{firm} ha presentato un'offerta a {amount}."
MARK_WORDS = ("voto", "valutazione", "punteggio")
MARK_ARTICLES = ("un", "una")
IN_THIS_LANGUAGE = (r"(?:scriv\w*|scritt\w*)(?: \w+){0,2} in italiano",)
CONCESSIONS = ("ma", "però", "tuttavia", "anche se", "sebbene")
FILLERS = (
    r"non (?:ti|Le|le|vi) (?:nascondo|mento)(?: che)?",
    r"non (?:ti|Le|le|vi) voglio mentire",
    # "I have to tell you that ...": what they tell is the point.
    r"(?:la|le|vi|ti) (?:informo|comunico) che",
    r"devo (?:dirle|dirti|comunicarle|informarla)(?: che)?",
    r"mi dispiace (?:dirle|dirti|comunicarle)(?: che)?",
    # The formula of a formal letter ("hereby"): it goes, the point stays.
    r"con la presente",
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
#: Before a date that names the week it falls in, not the day (lang/dates.py).
WEEK_OF = ("settimana del", "settimana dal")
#: Next to a weekday that is past, or part of a name ("Black Friday"): no day ahead.
WEEKDAY_NOT_AHEAD = ("scorso", "scorsa", "passato", "passata")
DUE_WORDS = {
    # A day of the month without its month ("avant le 15"): this month, or the next.
    r"(?:entro il|per il|prima del|(?<!\w)il|giorno) (?P<n>[1-9]|[12]\d|3[01])(?!\s*(?:[.:/,]\d|\d|%|€|euro\b|ore\b|°|º|volte|anni|mesi|giorni|settimane|posto|posizion\w*|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre))": "dom",
    r"dopodomani": "+2d",
    r"oggi|stasera|entro sera|stamattina|stamani|in giornata|(?:entro )?(?:la )?fine (?:della )?giornata": "+0d",
    r"domani": "+1d",
    r"(?:entro )?(?:la )?fine (?:della|di questa) settimana|(?:prima del|entro il) (?:fine settimana|weekend)": "eow",
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
# A complaint that it happened again (drafting/record.py): the earlier fix is no achievement.
SAME_AGAIN = (
    r"(?:esattamente )?(?:la stessa|lo stesso|la medesima|il medesimo) (?:situazione|problema|guasto|disservizio)",
)
REPEAT_WORDS = (r"di nuovo|nuovamente|ancora una volta|un['’]altra volta|(?:seconda|terza) volta",)
SINCE_WORDS = ("da", "dal", "dalla", "dall['’]", "dai", "dalle")
REMEDY_WORDS = (
    r"corrett\w*|correzion\w*|ripristinat\w*|risolt\w*|sostituit\w*|rinviat\w*|riparat\w*|causa principale|nota di credito",
)
# Words that open a sentence only to link it to the last (drafting/concerns.py condense).
CONNECTIVES = (
    # "It doesn't change the fact that ...": what follows is the point
    r"(?:resta|rimane) il fatto che",
    r"il fatto è che",
    "aggiungo che",
    "aggiungo anche che",
    "aggiungerei che",
    "aggiungo inoltre che",
    "in questo quadro",
    "in questo contesto",
    "in queste condizioni",
    "poi",
    "e",
    "quindi",
    "allora",
    "inoltre",
)
# The line above the quoted original in a reply (mail/reply.py).
ATTRIBUTION = "Il giorno {day:02}/{month:02}/{year} alle {time}, {who} ha scritto:"
ATTRIBUTION_UNDATED = "{who} ha scritto:"
# A complaint that something never came (drafting/record.py): the work logged on that topic
# answers it, it is not the work complained of.
ABSENCE_WORDS = (
    r"mai (?:arrivat|ricevut)\w*|nemmeno un\w*|non (?:abbiamo )?ricevut\w*|manca\w*|non (?:è|sono) ancora arrivat\w*|ancora non (?:è|sono) arrivat\w*|non (?:ho|abbiamo) ancora ricevut\w*",
)
# The client's words in our voice (drafting/concerns.py restate): phrase -> replacement, one
# pass, longest first. Their noi verbs in the voi form ("non vediamo" -> "non vedete",
# "stiamo valutando" -> "state valutando"), and voi verbs that are no participle in the noi
# form ("non rispondete" -> "non rispondiamo"); other noi and voi verbs are left out
# (RESTATE_BLOCKERS).
# Their io verbs in the Lei and the tu form ("non ricevo il report" -> "non riceve il report").
_IO = {
    "ricevo": ("riceve", "ricevi"),
    "pago": ("paga", "paghi"),
    "aspetto": ("aspetta", "aspetti"),
    "attendo": ("attende", "attendi"),
    "vedo": ("vede", "vedi"),
    "devo": ("deve", "devi"),
    "posso": ("può", "puoi"),
    "trovo": ("trova", "trovi"),
    "capisco": ("capisce", "capisci"),
    "perdo": ("perde", "perdi"),
    "chiedo": ("chiede", "chiedi"),
    "voglio": ("vuole", "vuoi"),
    "ottengo": ("ottiene", "ottieni"),
    "sento": ("sente", "senti"),
}
_NOI_VOI = {
    "vediamo": "vedete",
    "riceviamo": "ricevete",
    "aspettiamo": "aspettate",
    "attendiamo": "attendete",
    "paghiamo": "pagate",
    "notiamo": "notate",
    "troviamo": "trovate",
    "dobbiamo": "dovete",
    "possiamo": "potete",
    "capiamo": "capite",
    "stiamo": "state",
    "sappiamo": "sapete",
    "perdiamo": "perdete",
    "facciamo": "fate",
    "continuiamo": "continuate",
    "lavoriamo": "lavorate",
}
_VOI_NOI = {
    "vedete": "vediamo",
    "ricevete": "riceviamo",
    "rispondete": "rispondiamo",
    "dovete": "dobbiamo",
    "potete": "possiamo",
    "sapete": "sappiamo",
    "attendete": "attendiamo",
    "perdete": "perdiamo",
    "fate": "facciamo",
    "mettete": "mettiamo",
    "prendete": "prendiamo",
    "promettete": "promettiamo",
}
# A tu-writer's verbs for what we do, in the noi form: "non rispondi mai" -> "non
# rispondiamo mai" (RESTATE_SWAPS_INFORMAL).
_TU_NOI = {
    "rispondi": "rispondiamo",
    "mandi": "mandiamo",
    "dimentichi": "dimentichiamo",
    "ignori": "ignoriamo",
    "fai": "facciamo",
    "dici": "diciamo",
    "prometti": "promettiamo",
    "scrivi": "scriviamo",
    "consegni": "consegniamo",
    "puoi": "possiamo",
    "devi": "dobbiamo",
    "sai": "sappiamo",
    "capisci": "capiamo",
    "mandavi": "mandavamo",
    "rispondevi": "rispondevamo",
    "dicevi": "dicevamo",
    "facevi": "facevamo",
    "dovevi": "dovevamo",
    "potevi": "potevamo",
}


# The verbs upset clients use, conjugated, so that their own "io" and "noi" verbs come back in
# our voice: present, imperfect, future and conditional; the perfect goes by its auxiliary
# ("ho aspettato" -> "ha aspettato", "abbiamo perso" -> "avete perso"). Five forms a tense, in
# the order io, Lei (he, she), tu, noi, voi. A regular verb goes by its class:
#   -are  pagare:  pago, paga, paghi, paghiamo, pagate (a "c" or "g" takes an "h" before "i"
#         and "e": paghi, pagherò; an -iare verb drops its "i" before another: cambi,
#         cambiamo; -ciare and -giare also before "e": comincerò);
#   -ere  perdere: perdo, perde, perdi, perdiamo, perdete;
#   -ire  dormire: dormo, dorme, dormi, dormiamo, dormite;
#   -isc  capire:  capisco, capisce, capisci, capiamo, capite.
# A "-iamo" form alone cannot tell its class (parliamo -> parlate, perdiamo -> perdete,
# dormiamo -> dormite), so every verb is listed with its class.
def _words(text: str) -> tuple[str, ...]:
    """The words of a list written as text, one space or line apart."""
    return tuple(text.split())


_ARE = _words("""
    accettare affidare aggiornare aiutare annullare arrabbiare aspettare cambiare cercare
    chiamare cliccare cominciare comprare comunicare considerare contare contattare contestare
    continuare controllare
    desiderare domandare dubitare fatturare fidare guadagnare ignorare incassare inviare
    lamentare lasciare lavorare mandare minacciare notare pagare parlare passare pensare portare
    preoccupare presentare provare reclamare registrare restare ricordare rinnovare rischiare ritrovare segnalare
    sollecitare sopportare sperare spiegare sprecare stancare telefonare tollerare trovare
    usare valutare
    confermare verificare guardare ricontrollare osservare riscontrare scaricare
    precisare sottolineare rilevare constatare allegare
""")
_ERE = _words("""
    accorgere attendere chiedere chiudere conoscere credere decidere leggere mettere perdere
    permettere prendere pretendere promettere rendere ricevere riconoscere ripetere rispondere
    rivolgere scrivere sospendere spendere temere vedere vendere vincere riprendere insistere
""")
_IRE = _words("aprire dormire investire offrire partire pentire scoprire seguire sentire soffrire")
_ISC = _words(
    "capire chiarire finire fornire gestire preferire sparire spedire stupire subire ribadire"
)
# Irregular verbs: the present (io, Lei, tu, noi, voi), the stem of the future and conditional
# ("sar": sarò, sarebbe) and of the imperfect ("face": facevo, facevamo).
_IRREGULAR: dict[str, tuple[tuple[str, ...], str, str]] = {
    "avere": (("ho", "ha", "hai", "abbiamo", "avete"), "avr", "ave"),
    "essere": (("sono", "è", "sei", "siamo", "siete"), "sar", ""),
    "fare": (("faccio", "fa", "fai", "facciamo", "fate"), "far", "face"),
    "andare": (("vado", "va", "vai", "andiamo", "andate"), "andr", "anda"),
    "venire": (("vengo", "viene", "vieni", "veniamo", "venite"), "verr", "veni"),
    "stare": (("sto", "sta", "stai", "stiamo", "state"), "star", "sta"),
    "dire": (("dico", "dice", "dici", "diciamo", "dite"), "dir", "dice"),
    "disdire": (("disdico", "disdice", "disdici", "disdiciamo", "disdite"), "disdir", "disdice"),
    "dovere": (("devo", "deve", "devi", "dobbiamo", "dovete"), "dovr", "dove"),
    "potere": (("posso", "può", "puoi", "possiamo", "potete"), "potr", "pote"),
    "volere": (("voglio", "vuole", "vuoi", "vogliamo", "volete"), "vorr", "vole"),
    "sapere": (("so", "sa", "sai", "sappiamo", "sapete"), "sapr", "sape"),
    "ottenere": (("ottengo", "ottiene", "ottieni", "otteniamo", "ottenete"), "otterr", "ottene"),
    "rimanere": (("rimango", "rimane", "rimani", "rimaniamo", "rimanete"), "rimarr", "rimane"),
    "ritenere": (("ritengo", "ritiene", "ritieni", "riteniamo", "ritenete"), "riterr", "ritene"),
    "uscire": (("esco", "esce", "esci", "usciamo", "uscite"), "uscir", "usci"),
    "riuscire": (("riesco", "riesce", "riesci", "riusciamo", "riuscite"), "riuscir", "riusci"),
    "inviare": (("invio", "invia", "invii", "inviamo", "inviate"), "invier", "invia"),
    "vedere": (("vedo", "vede", "vedi", "vediamo", "vedete"), "vedr", "vede"),
    "esigere": (("esigo", "esige", "esigi", "esigiamo", "esigete"), "esiger", "esige"),
}
_TENSE_ENDINGS = {
    "future": ("ò", "à", "ai", "emo", "ete"),
    "conditional": ("ei", "ebbe", "esti", "emmo", "este"),
    "imperfect": ("vo", "va", "vi", "vamo", "vate"),
}
_SUBJUNCTIVE_ENDINGS = ("ssi", "sse", "ssi", "ssimo", "ste")
_PRESENT_ENDINGS = {
    "are": ("o", "a", "i", "iamo", "ate"),
    "ere": ("o", "e", "i", "iamo", "ete"),
    "ire": ("o", "e", "i", "iamo", "ite"),
    "isc": ("isco", "isce", "isci", "iamo", "ite"),
}


def _conjugate(verb: str) -> dict[str, tuple[str, ...]]:
    """The present, imperfect, future and conditional of ``verb``, five forms each."""
    stem = verb[:-3]
    kind = "isc" if verb in _ISC else verb[-3:]
    hard = stem + "h" if kind == "are" and stem.endswith(("c", "g")) else stem
    present = []
    for ending in _PRESENT_ENDINGS[kind]:
        if ending[0] == "i" and stem.endswith("i"):
            ending = ending[1:]  # cambi, cambiamo
        present.append((hard if ending[:1] in ("i", "e") else stem) + ending)
    future = hard + "er" if kind == "are" else stem + ("er" if kind == "ere" else "ir")
    if kind == "are" and stem.endswith(("ci", "gi")):
        future = stem[:-1] + "er"  # comincerò
    imperfect = stem + {"are": "a", "ere": "e"}.get(kind, "i")
    if verb in _IRREGULAR:
        irregular, future, imperfect = _IRREGULAR[verb]
        present = list(irregular)
    tenses = {"present": tuple(present)}
    for tense, stem_of in (("future", future), ("conditional", future), ("imperfect", imperfect)):
        tenses[tense] = tuple(stem_of + ending for ending in _TENSE_ENDINGS[tense])
    if verb == "essere":
        tenses["imperfect"] = ("ero", "era", "eri", "eravamo", "eravate")
    # The past subjunctive ("se avessi saputo", "se avessimo saputo"), from the imperfect stem;
    # not for "stare", whose "stessi" is also "the same".
    if verb != "stare":
        stem_of = "fo" if verb == "essere" else imperfect
        tenses["subjunctive"] = tuple(stem_of + ending for ending in _SUBJUNCTIVE_ENDINGS)
    return tenses


_CONJUGATED = {verb: _conjugate(verb) for verb in (*_ARE, *_ERE, *_IRE, *_ISC, *_IRREGULAR)}
# Their io verbs that are also nouns ("il lavoro", "l'aspetto", "il conto"): swapped only after
# "non" or "io", or before "ancora", "già", "invano" or an article ("aspetto ancora il
# report", "non lavoro"). "Sono" is also "they are": see _SONO below.
_IO_NOUNS = frozenset(
    _words("""
    aiuto aspetto cambio conto contatto controllo costo guadagno invio lamento lavoro passo
    porto parto resto ricordo rinnovo rischio sollecito telefono uso noto continuo incasso
    registro spreco stanco fido ritrovo
    """)
)
_NOUN_CONTEXT_AFTER = (
    "ancora",
    "già",
    "invano",
    "il",
    "lo",
    "la",
    "i",
    "gli",
    "le",
    "un",
    "una",
    "uno",
)
# Verbs that are reflexive: "mi sento", "ci siamo trovati", "vi rendete conto".
_REFLEXIVE = frozenset(
    _words("""
    accorgere affidare arrabbiare aspettare chiedere domandare fidare lamentare pentire
    preoccupare rendere ritrovare rivolgere sentire stancare trovare
    """)
)
# Verbs whose "ci"/"mi" before their voi form is "us"/"me" (never "there": "ci mettete tre
# settimane" is "you take three weeks"): "ci ignorate" -> "vi ignoriamo".
_TO_US = frozenset(
    _words("""
    aggiornare aiutare chiamare chiedere contattare dire fare fatturare ignorare inviare
    lasciare mandare prendere promettere rispondere scrivere sollecitare spiegare telefonare
    """)
)


def _forms(person: int, verbs: frozenset[str] | None = None) -> list[str]:
    """Every listed form of one person (0 io ... 4 voi), of ``verbs`` or of all."""
    return [
        tenses[tense][person]
        for verb, tenses in _CONJUGATED.items()
        if verbs is None or verb in verbs
        for tense in tenses
    ]


def _pairs(source: int, target: int, verbs: frozenset[str] | None = None) -> dict[str, str]:
    """One person's form -> another's, tense by tense ("pagavamo" -> "pagavate")."""
    return {
        tenses[tense][source]: tenses[tense][target]
        for verb, tenses in _CONJUGATED.items()
        if verbs is None or verb in verbs
        for tense in tenses
        if tenses[tense][source] != "sono"  # "sono" is also "they are": _SONO
    }


# A voi present of -are and -ire is also a participle ("le fatture pagate", "le pagine
# gestite"): alone, only the -ere and irregular ones are swapped ("perdete" -> "perdiamo");
# the others after "voi", "ci", "mi" ("voi pagate", "ci ignorate").
_VOI_ALONE = {
    voi: noi
    for voi, noi in _pairs(4, 3).items()
    if not voi.endswith(("ate", "ite")) or voi in ("fate", "dite", "disdite", "venite")
}
# Our voi verbs in the subjunctive, from the present noi form ("stiamo" -> "stiate", "paghiamo"
# -> "paghiate"): "cosa stiate facendo" -> "cosa stiamo facendo". Not for an -iare verb, whose
# "-iate" is its present and participle ("cambiate").
_VOI_ALONE.update(
    {
        tenses["present"][3][:-2] + "te": tenses["present"][3]
        for verb, tenses in _CONJUGATED.items()
        if tenses["present"][3].endswith("iamo") and not verb.endswith("iare")
    }
)
_VOI_NOI_ALL = _pairs(4, 3)


# "Sono" + a word in -o/-a is "I am" ("sono stufo", "sono rimasta senza sito"): it is swapped
# with the participles and adjectives below (an adjective may have one adverb before it: "sono
# davvero stufa"), and left out with any other ("sono" + a plural is "they are": "i dati sono
# sbagliati"). "Mi sono sentito" is "mi" + "sono sentito": "si è sentito", "ti sei sentito".
def _both_genders(words: str) -> tuple[str, ...]:
    return tuple(word[:-1] + ending for word in words.split() for ending in ("o", "a"))


_PARTICIPLES = _both_genders(
    """
    accorto affidato andato arrivato caduto chiesto diventato domandato entrato fidato
    informato lamentato partito passato pentito reso rimasto ritrovato riuscito rivolto sentito
    stancato stato tornato trovato uscito venuto visto
    """
)
_ADJECTIVES = _both_genders(
    """
    agitato allibito amareggiato arrabbiato contento convinto costernato costretto deluso
    disposto dispiaciuto esasperato frustrato furibondo furioso indignato infastidito
    insoddisfatto irritato nervoso obbligato perplesso preoccupato pronto rammaricato
    sbalordito scioccato seccato sconcertato sicuro soddisfatto sorpreso stanco stufo
    """
)
_ADVERBS = ("molto", "davvero", "proprio", "veramente", "ancora", "così", "sempre", "già")
_PREDICATES = (*_PARTICIPLES, *_ADJECTIVES)
_PREDICATE_PHRASES = (
    *_PREDICATES,
    *(f"{adverb} {word}" for adverb in _ADVERBS for word in _ADJECTIVES),
)


def _io_swaps(register: int) -> dict[str, str]:
    """The client's io verbs in the Lei (``register`` 1) or tu (2) form; "sono" with its
    predicate. A verb that is also a noun only where it cannot be one ("non lavoro")."""
    swaps: dict[str, str] = {}
    for io, ours in _pairs(0, register).items():
        if io not in _IO_NOUNS:
            swaps[io] = ours
            continue
        swaps[f"non {io}"] = f"non {ours}"
        swaps[f"io {io}"] = f"{'Lei' if register == 1 else 'tu'} {ours}"
        clitics = (
            {"mi": "si", "vi": "ci"} if register == 1 else {"mi": "ti", "vi": "ci", "ti": "mi"}
        )
        swaps.update({f"{mine} {io}": f"{yours} {ours}" for mine, yours in clitics.items()})
        swaps.update({f"{io} {word}": f"{ours} {word}" for word in _NOUN_CONTEXT_AFTER})
    be = {1: "è", 2: "sei"}[register]
    swaps.update({f"sono {phrase}": f"{be} {phrase}" for phrase in _PREDICATE_PHRASES})
    return swaps


# Both registers: their noi verbs in the voi form (with "ci" when reflexive: "ci siamo
# trovati" -> "vi siete trovati"), our voi verbs in the noi form ("perdete" -> "perdiamo";
# one that is also a participle after "voi", "vi", "ci": "voi pagate", "vi lamentate", "ci
# ignorate" -> "vi ignoriamo"). Their "vi" (us, or "yourselves" with a voi verb) is "ci": that
# swap is in _WE_YOU_PLURAL.
_VOI_PARTICIPLES = {voi: noi for voi, noi in _VOI_NOI_ALL.items() if voi not in _VOI_ALONE}
_NOI_VOI_SWAPS = {
    **_pairs(3, 4),
    **{f"ci {noi}": f"vi {voi}" for noi, voi in _pairs(3, 4, _REFLEXIVE).items()},
    **_VOI_ALONE,
    **{
        f"{them} {voi}": f"{us} {noi}"
        for voi, noi in _VOI_PARTICIPLES.items()
        for them, us in (("voi", "noi"), ("vi", "ci"))
    },
    **{f"ci {voi}": f"vi {noi}" for voi, noi in _pairs(4, 3, _TO_US).items()},
}
# Both registers: voi <-> noi, where the participle keeps its agreement ("avete mancato" ->
# "abbiamo mancato", "ci avevate promesso" -> "vi avevamo promesso": the client's company stays
# plural); "e niente" at the end says what is missing without naming the thing.
_WE_YOU_PLURAL = {
    **_NOI_VOI_SWAPS,
    **_NOI_VOI,
    **_VOI_NOI,
    "nessuno di voi": "nessuno di noi",
    # "noi" and "voi" themselves, as a subject or after a preposition ("da voi" -> "da noi")
    "noi": "voi",
    "voi": "noi",
    # "vi" where RESTATE_BLOCKERS lets it through: before their io or noi verb ("vi ho
    # scritto" -> "ci ha scritto") or our voi verb ("vi rendete conto" -> "ci rendiamo conto")
    "vi": "ci",
    "avete": "abbiamo",
    "avevate": "avevamo",
    "siete": "siamo",
    "eravate": "eravamo",
    "avreste": "avremmo",
    "sareste": "saremmo",
    "abbiamo": "avete",
    "avevamo": "avevate",
    "siamo": "siete",
    # "e siamo a dicembre": the date, not the client's company
    "siamo a": "siamo a",
    "siamo già a": "siamo già a",
    "eravamo": "eravate",
    "ci avete": "vi abbiamo",
    "ci avevate": "vi avevamo",
    "vi abbiamo": "ci avete",
    "vi avevamo": "ci avevate",
    "ci ha": "vi ha",
    "ci hanno": "vi hanno",
    "ci aveva": "vi aveva",
    "ci avevano": "vi avevano",
    "ci siamo": "vi siete",
    "ci eravamo": "vi eravate",
    # "ce ne siamo accorti noi" -> "ve ne siete accorti voi": "ci" is "ce" before "ne"
    "ce ne siamo": "ve ne siete",
    "ce ne eravamo": "ve ne eravate",
    "ve ne siete": "ce ne siamo",
    "ve ne eravate": "ce ne eravamo",
    "per noi": "per voi",
    "a noi": "a voi",
    "con noi": "con voi",
    "vostro": "nostro",
    "vostra": "nostra",
    "vostri": "nostri",
    "vostre": "nostre",
    "e niente.": "e non è ancora arrivato niente.",
    "e ancora niente.": "e non è ancora arrivato niente.",
    "e nulla.": "e non è ancora arrivato niente.",
    "e ancora nulla.": "e non è ancora arrivato niente.",
}
# A Lei-writer: their "nostro"/"mio" become "Suo" (same gender), their "vostro"/"Suo" become
# "nostro", "ho" becomes "ha".
# Verbs whose object is indirect ("rispondere a", "scrivere a"), after "mi" and an
# auxiliary: "mi avete risposto" is restated "Le abbiamo risposto" for a Lei-writer.
_INDIRECT_PARTICIPLES = (
    "risposto",
    "scritto",
    "detto",
    "mandato",
    "inviato",
    "promesso",
    "garantito",
    "assicurato",
    "spiegato",
    "comunicato",
    "telefonato",
    "fatto sapere",
)
_INDIRECT_AUXILIARIES = {
    "ha": "ha",
    "hanno": "hanno",
    "avete": "abbiamo",
    "aveva": "aveva",
    "avevano": "avevano",
    "avevate": "avevamo",
}
RESTATE_SWAPS = {
    **_WE_YOU_PLURAL,
    "nostro": "Suo",
    "nostra": "Sua",
    "nostri": "Suoi",
    "nostre": "Sue",
    "mio": "Suo",
    "mia": "Sua",
    "miei": "Suoi",
    "mie": "Sue",
    "Suo": "nostro",
    "Sua": "nostra",
    "Suoi": "nostri",
    "Sue": "nostre",
    **_io_swaps(1),
    **{io: forms[0] for io, forms in _IO.items()},
    "io": "Lei",
    # "mi", "me" where RESTATE_BLOCKERS lets them through: before their own verb, reflexive
    # ("mi sono sentito" -> "si è sentito", "me ne sono accorta" -> "se ne è accorta")
    "mi": "si",
    "me": "se",
    "ho": "ha",
    "avevo": "aveva",
    "ero": "era",
    "per me": "per Lei",
    "a me": "a Lei",
    "con me": "con Lei",
    # "mi avete risposto una volta sola" -> "Le abbiamo risposto": a verb whose object is
    # indirect takes "Le" (the form of a direct object, "La", would need the verb's gender)
    **{
        f"mi {aux} {adverb}{participle}": f"Le {ours} {adverb}{participle}"
        for aux, ours in _INDIRECT_AUXILIARIES.items()
        for adverb in ("", "mai ", "ancora ", "più ")
        for participle in _INDIRECT_PARTICIPLES
    },
}
# Restating a tu-writer: "mio" -> "tuo", "tuo" -> "nostro", "mi avevi promesso" -> "ti avevo
# promesso", "nessuno mi ha avvisato" -> "nessuno ti ha avvisato", "ho" -> "hai", "hai" ->
# "abbiamo"; voi <-> noi as for Lei.
RESTATE_SWAPS_INFORMAL = {
    **_TU_NOI,
    **_WE_YOU_PLURAL,
    "nostro": "tuo",
    "nostra": "tua",
    "nostri": "tuoi",
    "nostre": "tue",
    "mio": "tuo",
    "mia": "tua",
    "miei": "tuoi",
    "mie": "tue",
    "tuo": "nostro",
    "tua": "nostra",
    "tuoi": "nostri",
    "tue": "nostre",
    **_io_swaps(2),
    **{f"mi {voi}": f"ti {noi}" for voi, noi in _VOI_PARTICIPLES.items()},
    **{io: forms[1] for io, forms in _IO.items()},
    "io": "tu",
    # "mi", "me", "ti" where RESTATE_BLOCKERS_INFORMAL lets them through: "mi sento" -> "ti
    # senti", "mi ignorate" -> "ti ignoriamo", "me ne sono accorto" -> "te ne sei accorto",
    # "ti ho scritto" -> "mi hai scritto"
    "mi": "ti",
    "me": "te",
    "ti": "mi",
    "ho": "hai",
    "avevo": "avevi",
    "hai": "abbiamo",
    "avevi": "avevamo",
    "mi hai": "ti ho",
    "mi avevi": "ti avevo",
    "mi avete": "ti abbiamo",
    "mi avevate": "ti avevamo",
    "ti ho": "mi hai",
    "ti avevo": "mi avevi",
    "mi ha": "ti ha",
    "mi hanno": "ti hanno",
    "mi aveva": "ti aveva",
    "mi avevano": "ti avevano",
    "mi è": "ti è",
    "mi era": "ti era",
    "ci hai": "vi abbiamo",
    "ci avevi": "vi avevamo",
    "per me": "per te",
    "a me": "a te",
    "con me": "con te",
    "per te": "per me",
    "a te": "a me",
    "con te": "con me",
}
# What has no safe swap (drafting/concerns.py restate): the clause is left out. Both registers:
# what they tell us to do ("scrivimi", "chiamatemi"), an infinitive with "mi"/"ci"/"ti" on it
# ("mandarci": it would keep the client's person), "io" but before a listed verb, "me" (but
# "per me", "me ne sono accorto"), "mi" before a verb whose object form is unsure ("mi avete
# ignorata"), "ci"/"vi" as an object except in a swapped phrase (not "ci sono"), other noi and
# voi verbs ("chiediamo", "mandavate", "non rispettate"), futures and conditionals not listed
# ("disdiremo", "cambierei"), "aspetto" where it may be the noun ("l'aspetto del sito"), a
# first person "sono" with a predicate not listed ("sono molto delusa" is; "sono basito" is
# not) and "dite" ("diciamo che" would read "let's say"). A Lei-writer's "ti"; a tu-writer's
# "avessi", "fossi" (the same for io and tu: "se avessi risposto" may be about us).
_AUXILIARIES = ("abbiamo", "siamo", "avevamo", "eravamo", "avete", "avevate", "siete", "eravate")


def _alternation(words: object) -> str:
    """A regex alternation of ``words``, longest first."""
    return "|".join(sorted(set(words), key=len, reverse=True))  # type: ignore[call-overload]


_SWAPPED_VERBS = _alternation((*_AUXILIARIES, *_NOI_VOI, *_VOI_NOI, *_pairs(3, 4), *_VOI_ALONE))
_IO_ALL = _alternation(form for form in _forms(0) if form != "sono")
_VOI_ALL = _alternation(_forms(4))
_PREDICATE_RE = rf"(?:(?:{'|'.join(_ADVERBS)})\s+)?(?:{_alternation(_PREDICATES)})(?!\w)"
_REFLEXIVE_IO = rf"(?:{_IO_ALL})(?!\w)|sono\s+{_PREDICATE_RE}"
_BLOCK_BOTH = (
    r"io(?!\s+(?:non\s+)?(?:(?:mi|vi|ti)\s+)?(?:" + _IO_ALL + r"|sono)(?!\w))(?!\w)|"
    r"(?:chiamarmi|chiamami|chiamatemi|scrivimi|scrivetemi|dimmi|ditemi|fammi|fatemi|mandami|"
    r"mandatemi|inviami|inviatemi|rispondimi|rispondetemi|richiamami|richiamatemi|"
    r"telefonarmi|telefonami|telefonatemi)(?!\w)|"
    r"(?!(?:fermi|schermi|allarmi|commerci|commerce|vermi|infermi|germi|termi)(?!\w))"
    r"\w+[aei]r(?:mi|ci|ti|me|ce|te)(?:l[oaie]|ne)?(?!\w)|"
    r"m['’](?=\w)|"
    r"ci(?!\s+(?:sono|è|era|erano|vuole|vogliono|avete|avevate|ha|hanno|aveva|avevano|siamo|"
    r"eravamo|hai|avevi|" + _alternation((*_forms(3, _REFLEXIVE), *_forms(4, _TO_US))) + r")"
    r"(?!\w))(?!\w)|"
    r"vi(?!\s+(?:" + _alternation((*_forms(0), *_forms(3), *_forms(4))) + r")"
    r"(?!\w))(?!\w)|"
    r"(?!(?:" + _SWAPPED_VERBS + r")(?!\w))\w+(?:iamo|avamo|evamo|ivamo)(?!\w)|"
    r"(?!(?:" + _SWAPPED_VERBS + r")(?!\w))\w+(?:avate|evate|ivate)(?!\w)|"
    r"(?!(?:avreste|sareste|" + _SWAPPED_VERBS + r")(?!\w))\w+reste(?!\w)|"
    r"(?!(?:" + _SWAPPED_VERBS + r"|" + _IO_ALL + r"|estremo|supremo|tremo|premo|spremo|"
    r"parete|segrete|concrete|discrete|indiscrete|interprete|però|aerei|ebrei|sommo)(?!\w))"
    r"\w+(?:remo|mmo|rete|rò|rei)(?!\w)|"
    r"dite(?!\w)|"
    r"(?:(?<=^)|(?<=[,;:]\s)|(?<=\bnon\s)|(?<=\bmai\s))(?!(?:" + _SWAPPED_VERBS + r")(?!\w))"
    r"\w+(?:ate|ete|ite)(?!\w)|"
    r"(?:(?<=\bvoi\s)|(?<=\bci\s)|(?<=\bmi\s)|(?<=\bvi\s))"
    r"(?!(?:" + _SWAPPED_VERBS + r"|" + _VOI_ALL + r")(?!\w))\w+(?:ate|ete|ite)(?!\w)|"
    r"(?<=^)(?:" + "|".join(_IO_NOUNS) + r")\s+(?:con|da|per|in|su|a)(?!\w)|"
    r"(?<!\bnon\s)(?<!\bio\s)(?<!\bmi\s)(?<!\bvi\s)(?<!\bti\s)"
    r"aspetto(?!\s+(?:" + "|".join(_NOUN_CONTEXT_AFTER) + r")(?!\w))(?!\w)|"
    r"sono(?!\s+" + _PREDICATE_RE + r")\s+(?:(?:molto|davvero|proprio|piuttosto|veramente|così|"
    r"sempre|già|ancora|stat[oa])\s+)*(?!(?:ancora|sempre|già|molto|davvero|proprio|piuttosto|"
    r"veramente|così|poco|troppo|tanto|fuori|senza|quasi|in|a|da|di|per|con|su|tra|fra|una?|il|"
    r"lo|la|nella|nello|alla|allo|dalla|dallo|sulla|sullo)(?!\w))\w+[oa](?!\w)"
)
_ME = r"(?<!per\s)(?<!con\s)(?<!a\s)me(?!\s+(?:ne|lo|la|li|le)\s+(?:" + _REFLEXIVE_IO + r"))"
# "mi avete (mai) risposto": swapped above, so no blocker.
_INDIRECT_AFTER_MI = (
    rf"(?:{'|'.join(_INDIRECT_AUXILIARIES)})\s+(?:(?:mai|ancora|più)\s+)?"
    rf"(?:{'|'.join(_INDIRECT_PARTICIPLES)})(?!\w)"
)
RESTATE_BLOCKERS = (
    r"(?i)(?<!\w)(?:" + _BLOCK_BOTH + r"|"
    r"" + _ME + r"(?!\w)|mi(?!\s+(?:" + _REFLEXIVE_IO + r"|" + _INDIRECT_AFTER_MI + r"))(?!\w)|"
    r"ti(?!\w)|"
    r"(?-i:Lei)(?!\w)|(?<=[a-zà-ù,]\s)(?-i:Le|La)(?!\w)|"
    r"(?:le|la|lo|gli|l['’])\s*(?=(?:ho|avevo)(?!\w))|"
    r"(?:(?<=^)|(?<=[,;:]\s))(?:non\s+)?(?:ha|aveva|avrebbe)(?!\w)"
    r")"
)
RESTATE_BLOCKERS_INFORMAL = (
    r"(?i)(?<!\w)(?:" + _BLOCK_BOTH + r"|"
    r"tu(?!\w)|" + _ME + r"(?!\w)|(?<!per\s)(?<!con\s)(?<!a\s)te(?!\w)|"
    r"(?:"
    + _alternation(
        tenses["subjunctive"][0] for tenses in _CONJUGATED.values() if "subjunctive" in tenses
    )
    + r")(?!\w)|"
    r"mi(?!\s+(?:ha|hanno|aveva|avevano|è|era|hai|avevi|" + _VOI_ALL + r"|" + _REFLEXIVE_IO + r")"
    r"(?!\w))(?!\w)|"
    r"ti(?!\s+(?:" + _IO_ALL + r")(?!\w))(?!\w)|"
    r"(?:potresti|dovresti|vuoi|volevi|vorresti|faresti|sapevi|vai|andavi|stai|stavi|eri|"
    r"saresti|sarai|avresti|avrai|pensi|chiedi|paghi|senti)(?!\w)|"
    r"(?!(?:avevi|brevi|lievi|nevi|allievi|rilievi|sollievi|" + "|".join(_TU_NOI) + r")(?!\w))"
    r"\w+evi(?!\w)|"
    r"(?!(?:chiavi|navi|gravi|bravi|schiavi|ottavi|cavi|avi|travi|soavi|slavi|"
    r"" + "|".join(_TU_NOI) + r")(?!\w))\w+avi(?!\w)|"
    r"sei(?!\s+(?:giorni|settimane|mesi|ore|volte|anni|minuti|euro|persone|clienti|pagine|"
    r"campagne|report|post|articoli|punti|fatture|e-?mail|messaggi|\d+)(?!\w))(?!\w)"
    r")"
)
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
DEADLINE_WORDS = (r"entro(?: il)?|prima (?:del?|di|dell['’])|non oltre(?: il)?",)
NOON_WORDS = (r"mezzogiorno",)  # a deadline at noon, the day the email was sent
# A request for an answer that names none (checks/asks.py): with no ask before it, a written
# answer; after one, the day it is due.
ANSWER_LEADS = (r"(?:me|ce) lo (?:faccia|fate|fai) sapere|fammelo sapere|fatemelo sapere",)
# The client offering a slot (checks/asks.py): gives the ask before it its day.
SLOT_LEADS = (
    r"(?:sono|sarò|siamo) disponibil[ei]|(?:le|ti|vi) (?:va|andrebbe|starebbe) bene|mi va bene|posso",
)
# Who is to attend a meeting and where (checks/asks.py): the word before the people ("with
# Paola") and the places a client names ("at our office"); the reply names both.
MEETING_WITH = (r"con|insieme (?:a|al|alla|ai|alle)",)
MEETING_PLACES = (
    r"(?:da|presso di) (?:noi|voi)|in (?:sede|ufficio)|nella nostra sede|nel nostro ufficio",
)
# A reason clause after a comma names no ask; a candour lead-in's copula (checks/asks.py).
REASON_WORDS = (
    r"perché|poiché|dato che|visto che|così (?:da|che|posso|possiamo)|per poter|in modo da|affinché",
)
CONDITION_WORDS = (r"se|qualora",)
COPULAS = (r"essere",)

# A concern that tells what we did or failed to do is the client's account (drafting/concerns.py):
# "Non abbiamo mai inviato il report" -> "Mi scrive che non abbiamo mai inviato il report".
CLAIM_START = r"noi|nostr\w+|il nostro|la nostra|i nostri|le nostre|nessuno|non|mai"
CLAIM_WORDS = r"noi|nostr\w+|nessuno"
CLAIM_FRAMES = {"formal": "Mi scrive che", "informal": "Mi scrivi che"}

# Money asked back near an amount; a fix wanted now (checks/asks.py).
MONEY_BACK = (
    r"restitui\w*|rimbors\w*|stornat\w*|stornare|scalat\w*|scalare|detratt\w*|detrarre|accreditat\w*",
)
# "I wonder": what follows is thought aloud, not asked for (checks/asks.py).
WONDER_WORDS = (r"mi chiedo|ci chiediamo|mi domando|ci domandiamo",)
# A document that corrects a bill: answered as money is (drafting/answers.py).
BILLING_CORRECTIONS = (
    r"fattur[ae] (?:corrett[ae]|rettificat[ae]|modificat[ae])|fattur[ae] (?:\w+ ){0,4}senza|not[ae] di credito",
)
# A lead followed by one announces; a period's end is a time (checks/asks.py).
INFORMING = (
    r"(?:informarLa|informarti|informarvi|segnalarLe|segnalarti|dirLe|dirti|avvisarLa|avvisarti)\b",
)
PERIOD_ENDS = (
    r"(?:prima della|entro la|alla|fino alla|dopo la) fine (?:del|della|dello|dell['’]|del nostro|del vostro) ?\w+",
)
IMMEDIATE = (r"subito|adesso|immediatamente|al più presto|stasera|oggi stesso",)
# A proposed time (checks/asks.py): "I suggest Tuesday 1 December at 10:00".
PROPOSAL_LEADS = (
    r"(?:le |ti |vi )?propongo|(?:le |ti |vi )?proponiamo|suggerisco|suggeriamo|che ne dice|che ne dici",
)
# Words a full stop does not end a sentence after (lang/sentences.py): "l'ing. Kowalski".
ABBREVIATIONS = (
    "ing",
    "dott",
    "avv",
    "arch",
    "geom",
    "rag",
    "sig",
    "prof",
    "ecc",
    "tel",
    "pag",
)
# A line that introduces a list of asks ("My requests:"): each item is an ask (checks/asks.py).
LIST_INTROS = (
    r"seguent\w*|richiest[ae]|esigenze|servono|serve|chiedo|pretendo|(?:tre|quattro|due|cinque) cose|(?:la mia|la nostra|mia|nostra) proposta",
)
ORDINAL_OPENERS = (
    r"(?:la|il) (?:prima|primo|seconda|secondo|terza|terzo)|primo|secondo|terzo|innanzitutto|in (?:primo|secondo|terzo) luogo|infine|e infine",
)

# A book fact that recites the contract or puts the matter on the client is not stated to
# them (drafting/record.py).
CONTRACT_WORDS = (r"contratt\w*|contrattual\w*|(?:fissat|definit|stabilit)[oiae] dal cliente",)

# How a noun phrase starts (drafting/answers.py): a list item that starts so is named in the
# reply's answer to it.
NOUN_OPENERS = (r"un|una|uno|un['’]|il|lo|la|l['’]|i|gli|le|vostro|vostra|vostri|vostre",)
# The object of an ask in the client's words (checks/phrases.py): how it starts, what joins
# a complement to it, and the words it ends before.
DETERMINERS = (
    r"il|lo|la|l['’]|i|gli|le|un|uno|una|un['’]|mio|mia|miei|mie|nostro|nostra|nostri|nostre|vostro|"
    r"vostra|vostri|vostre|suo|sua|suoi|sue|tuo|tua|tuoi|tue|questo|questa|questi|queste|quel|quella",
)
PHRASE_LINKS = (
    r"di|del|della|dello|dei|degli|delle|dell['’]|per|su|sul|sulla|sui|con|senza|in|nel|nella|a|al|alla|"
    r"presso|tra|fra|da|dal|dalla|relativo|relativa|relativi|relative",
)
PHRASE_STOPS = (
    r"perché|affinché|così che|poiché|dato che|appena|quanto prima|al più presto|subito|immediatamente|"
    r"urgentemente|oggi|domani|questa settimana|la prossima settimana|anche|inoltre|per favore|grazie|"
    r"altrimenti|se|quando|che|cui|il quale|la quale|è|sono|era",
)

# Academic and professional titles before a name (mail/sender.py): kept in a formal greeting.
ACADEMIC_TITLES = ("dott", "avv", "arch", "geom", "rag")  # "Dott.ssa Galli", "Avv. Ferri"

# The sender's own form of address (mail/sender.py): a title before their own name in the
# signature or the From name ("Sig.ra Giulia Rossi", "Dott.ssa Rossi"; "Dott." and "Avv." say
# no gender), or what they say of themself in the first person ("sono stanca", "sono rimasta
# delusa", "mi sento presa in giro", "io stessa"). "Sono" with a singular ending is the writer
# ("sono state" is a plural); not "è", "siamo", nor a quotation.
_I_AM = (
    r"(?<!\w)(?:(?:non\s+)?(?:ne\s+)?(?:sono|ero|sarei|sarò|mi\s+sento|mi\s+sentivo|"
    r"mi\s+sono\s+sentit[ao]|rimango|resto))\s+"
    r"(?:(?:molto|davvero|veramente|proprio|alquanto|piuttosto|parecchio|assai|così|tanto|"
    r"troppo|sinceramente|francamente|profondamente|estremamente|ancora|sempre|già|anche|"
    r"un\s+po['’]|abbastanza|decisamente)[\s,]+){0,4}"
)
_GENDERED = (
    "stanc|delus|arrabbiat|preoccupat|sorpres|stuf|dispiaciut|amareggiat|costrett|convint|"
    "sicur|soddisfatt|insoddisfatt|content|esaust|indignat|scontent|rimast|stat|obbligat|"
    "frustrat|stupit|meravigliat|perpless|infastidit|offes|mortificat|liet|grat|pront|"
    "abituat|andat|venut|arrivat|tornat|informat|avvisat|sconcertat|allibit|basit|sentit|"
    "ignorat|trascurat|pres"
)
GENDER_CUES = {
    "titles": {
        "Ms": (
            *(r"sig\.?ra", r"signora", r"sig\.?na", r"signorina"),
            *(r"dott\.?ssa", r"dr\.?ssa", r"prof\.?ssa", r"avv\.?ssa"),
        ),
        "Mr": (r"sig\.?r?", r"signor", r"signore"),
    },
    # The role on the sender's name line or just below it: only a feminine form says
    # something ("Direttrice"), since many women sign "Direttore" or "Avvocato".
    "roles": {
        "Ms": (
            *(r"direttrice", r"amministratrice", r"coordinatrice", r"fondatrice"),
            *(r"avvocata", r"presidentessa", r"socia"),
        ),
    },
    "self": {
        "Ms": (rf"{_I_AM}(?:{_GENDERED})a(?!\w)", r"(?<!\w)io\s+stessa(?!\w)"),
        "Mr": (rf"{_I_AM}(?:{_GENDERED})o(?!\w)", r"(?<!\w)io\s+stesso(?!\w)"),
    },
}
# A formal greeting by salutation: "Gentile signora Rossi"; a title replaces signora and
# signor, written out where it says the gender ("Gentile dottoressa Rossi", "Gentile Avv. Ferri").
TITLE_REPLACES_FORM = True
SALUTATION_TITLES = {
    "dott.ssa": "dottoressa",
    "dottssa": "dottoressa",
    "dr.ssa": "dottoressa",
    "prof.ssa": "professoressa",
    "avv.ssa": "avvocatessa",
}

# Restating a concern (drafting/concerns.py): heat-only words, a closing judgment, threats,
# and the frame for a point no pronoun turns.
INTENSIFIERS = (
    "assolutamente",
    "completamente",
    "totalmente",
    "davvero",
    "veramente",
    "semplicemente",
    "del tutto",
    "francamente",
    "incredibilmente",
    # curses that only raise the heat ("your damn banner" -> "your banner")
    r"maledett[oaie]",
    r"dannat[oaie]",
    r"fottut[oaie]",
    r"schifos[oaie]",
)
VERDICTS = (
    r"(?:il che|cosa che) è (?:\w+ )?(?:inaccettabile|assurdo|vergognoso|inammissibile)",
    r"(?:questo |ciò )?è (?:\w+ )?(?:assurdo|inaccettabile|vergognoso|incredibile|"
    r"inammissibile|una vergogna)",
    r"(?:assurdo|inaccettabile|incredibile|vergognoso)",
)
THREATS = (
    r"avvocat[oi]|vie legali|legale|tribunale|diffida|(?:recensioni|recensione) negativ[ae]",
)
# A question about something that never came (drafting/concerns.py condense): what it means.
# Nobody and somebody (checks/situations.py): no firm that makes an offer ("Nobody offered us").
INDEFINITE_PEOPLE = ("nessuno", "qualcuno", "tutti")
# The writer's own present verb, its subject left out (drafting/voice.py): "-o".
FIRST_PERSON_ENDING = "o"
WHEREABOUTS = (
    (
        r"^(?:e )?(?:dov['’]è|dove è|dov['’]è finit[oa]|che fine ha fatto) (?P<x>.+?)$",
        "{x} non c'è ancora.",
    ),
    (
        r"^(?:e )?(?:dove sono|dove sono finit[ie]|che fine hanno fatto) (?P<x>.+?)$",
        "{x} non ci sono ancora.",
    ),
)
REPORT_FRAMES = {"formal": "Mi segnala che", "informal": "Mi dici che"}
# Small talk around a complaint (drafting/concerns.py): never restated.
PLEASANTRIES = (
    r"spero che",
    r"speriamo che",
    r"spero (?:tutto|stia|stiate|stai)",
    # the writer's apology for how they write ("Scusa la franchezza", "Sorry for the long email")
    r"(?:scusa|scusi|scusate|perdona|perdoni|mi scuso per) (?:la|il|lo|le|i|per la|per il|per lo) ?(?:franchezza|lunghezza|tono|sfogo|mail|messaggio|schiettezza|lunga)",
)
# A sentence that only says a message of ours came ("ho ricevuto la comunicazione
# sull'aumento"): the context of a complaint, no point to restate unless it is negated or
# complains (drafting/concerns.py condense).
RECEIPTS = (
    r"(?:ho|abbiamo) (?:\S+ )?(?:ricevuto|letto|visto|preso visione d\S*) (?:\S+ ){0,6}?"
    r"(?:letter\w*|mail|e-?mail|messaggi\w*|fattur\w*|not\w|avvis\w*|comunicazion\w*|"
    r"comunicat\w*|sollecit\w*|rapport\w*|report)\b",
)

# Who a client asks to be involved (checks/asks.py "person" asks), as the reply names them:
# (pattern on the words the client used, our phrase). First match wins (answers.py).
SENIOR_ROLES = (
    (r"amministratrice delegata", "la nostra amministratrice delegata"),
    (r"amministratore delegato|\bceo\b", "il nostro amministratore delegato"),
    (r"direttrice generale", "la nostra direttrice generale"),
    (r"direttore generale", "il nostro direttore generale"),
    (r"titolare", "il nostro titolare"),
    (r"direttrice", "la nostra direttrice"),
    (r"direttore", "il nostro direttore"),
    (r"direzione", "la nostra direzione"),
    (r"responsabile|superiore|capo", "il mio responsabile"),
)
# Words a clause cut off after a comma cannot begin with (drafting/concerns.py _cut): a list
# going on ("then the 20th, then the 19th"), a relative clause, a reason ("principalement en
# raison de ..."); such a tail is no sentence alone. Not "and": a clause often follows it.
TAIL_OPENERS = (
    r"(?:principalmente |soprattutto )?(?:a causa (?:di|del|della|dei|delle)|per colpa (?:di|del|della|dei|delle))",
    "poi",
    "che",
    "dove",
    "quando",
    "principalmente",
    "soprattutto",
)
# The last place in a ranking ("classée dernière sur quatre", "last of the five agencies"):
# a place as an ordinal is (checks/situations.py names_a_standing).
LAST_WORDS = ("ultimo", "ultima", "ultimi", "ultime")
# How an email closes after its asks ("Let me know.", "Fammi sapere."): no ask of its own
# when short and dateless (checks/asks.py).
CLOSINGS = (r"fammi sapere|fatemi sapere|mi faccia sapere|fammi un fischio",)
# Words that name the main point (drafting/concerns.py): "the main reason is simple." puts
# that sentence, or the next when it says no more, first among the concerns.
SIGNPOSTS = (
    r"il (?:motivo|problema) principale|il principale (?:motivo|problema)",
    r"il (?:vero|più grande) problema",
    r"(?:quello|ciò) che (?:ha pesato|pesa) di più",
    r"(?:quello|ciò) che (?:mi|ci) (?:dà più fastidio|preoccupa di più|ha dato più fastidio|infastidisce di più)",
    r"la cosa (?:più grave|peggiore)",
)
# What came of a request, told after it in its sentence (checks/_ask_leads.py): "Les pedimos
# el informe … y llegó tres semanas tarde" tells a request, it makes none.
REQUEST_OUTCOMES = (
    r"(?:e|ma) (?:non )?(?:ci |mi )?(?:è|sono|hanno) (?:mai )?(?:arrivat[oaie]|rispost[oaie])",
    r"(?:e|ma) (?:non )?(?:ci |mi )?(?:arrivò|arrivarono)",
)
# What follows a person of ours asked for by name (checks/_ask_names.py): "Marco on this",
# "Je veux Karim dessus", "Lotte terug op ons account", "Voglio Giorgio, quello che ...".
PERSON_TAILS = (
    r"di nuovo\b",
    r"a seguir\w+",
    r"a occupar\w+",
    r",\s*(?:quell[oa]|che|il solo|la sola)\b",
    r"(?:torni|riprenda|segua|si occupi)\b",
)
# The same opening an item of a list of asks, where a noun may open it ("Confirmation on
# the new prices"): only words that put a person on the work.
PERSON_ITEM_TAILS = (r"di nuovo\b", r"a seguir\w+")
# "Nothing" closing a list of what is missing ("no email, no heads-up, nothing."): emphasis,
# never restated (drafting/concerns.py).
NOTHING_WORDS = ("niente", "nulla", "niente di niente", "zero")
# What a meeting asked for is for (checks/asks.py): "para fecharmos o plano para 2027" names
# the meeting's subject, no thing asked for of its own.
MEETING_PURPOSES = (
    r"per (?:chiudere|discutere|parlare|rivedere|analizzare|definire|fare il punto|concordare)",
)
# Verbs of understanding after a request lead (checks/asks.py): "comprendre comment vous
# comptez corriger" asks for an explanation, not the fix.
UNDERSTAND_WORDS = ("capire", "comprendere")
# Candour leading into a point before a colon (drafting/concerns.py): the lead-in goes.
CANDOUR = (
    r"(?:sarò|devo essere|voglio essere|te lo dico|glielo dico|per essere|vi dico) (?:\w+ ){0,2}(?:sincer[oaie]|franc[oaie]|dirett[oaie]|onest[oaie]|chiar[oaie])",
)
# Verbs of attending (checks/asks.py): "¿Podría confirmarme si asistirá?" after a sentence
# that names a meeting and its day asks to attend it.
ATTEND_WORDS = (
    r"partecipare",
    r"parteciper\w+",
    r"(?:sarà|sarai) presente",
    r"ci (?:sarà|sarai)",
)
# A negated instruction opening a sentence (drafting/concerns.py): what not to do, no point
# to restate ("No me manden otro mail lleno de frases lindas").
NEGATED_IMPERATIVES = (
    r"non (?:mi|ci) (?:mand|invi|chiam|scriv|rispond|dic)\w*",
    r"non (?:mandatemi|mandarmi|scrivetemi|chiamatemi|mandateci|scriveteci)\b",
)
# "Hereby" (checks/situations.py): a notice so given stands whatever condition its sentence
# names.
HEREBY_WORDS = ("con la presente",)
# The client's own (checks/asks.py): a meeting named with it ("before our 11:00 trading
# call") is theirs, not one asked of us.
OUR_WORDS = (r"nostr[oaie]", r"mi[oaie]")
# Moving a meeting (checks/asks.py): "Can we move our call to Friday?" asks for it.
RESCHEDULE_WORDS = (r"spostare", r"anticipare", r"rimandare", r"posticipare")
# Read in every language (lang/__init__.py): words for none opening a list of what is
# missing, polite pronouns that are no name, counting words, "me"/"us" after a verb.
NONE_WORDS = ("zero",)
POLITE_PRONOUNS = ("lei", "voi")
COUNTING_WORDS = (r"\w+(?:ndo|rzo)",)
OBJECT_PRONOUNS = ("mi", "ci")
