"""French (français): what draft-reply knows of French (lang/__init__.py)."""

NAME = "French"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py).
QUOTE_SEPARATORS = (
    "message d'origine",
    "message transf[ée]r[ée]",
)
FORWARD_INTROS = ("d[ée]but du message r[ée]exp[ée]di[ée]",)
ATTRIBUTION_VERBS = ("a [ée]crit",)
ATTRIBUTION_STARTS = ("le",)
HEADER_FROM = ("de",)
HEADER_FIELDS = (
    "envoy[ée]",
    "[àa]",
    "objet",
)
MOBILE_SIGNATURES = ("envoy[ée] (?:de|depuis|à partir de|avec)",)
DISCLAIMER_CUES = (
    "confidentiel",
    "destinataire",
    "par erreur",
    "strictement interdit",
)
QUOTE_LIBRARY = True  # mail-parser-reply has tables for it

# What a complaint is made of (drafting/concerns.py): a regex alternation per kind of cue.
CONCERN_CUES = {
    "strong": (
        r"hors service|hors ligne|indisponible\w*|coupure\w*|retard\w*|encore|toujours|jamais|d[ée]çu\w*|d[ée]cevant\w*|inacceptable|"
        r"probl[èe]mes?|attend\w*|erreurs?|faux|fausse|mauvais\w*|frustr\w*|"
        r"m[ée]content\w*|lent\w*|personne|ignor\w*|plainte\w*|cass[ée]\w*|en panne|bloqu[ée]\w*|"
        r"hors ligne"
    ),
    "weak": r"ne|n'|pas|rien|sans|seulement",
    "emotion": r"d[ée]çu\w*|d[ée]cevant\w*|frustr\w*|m[ée]content\w*|f[âa]ch[ée]\w*",
    "things": (
        r"rapports?|tableaux? de bord|campagnes?|factures?|budgets?|seo|classement|site|"
        r"pages?|donn[ée]es|chiffres"
    ),
    "when": (
        r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|"
        r"novembre|d[ée]cembre|lundi|mardi|mercredi|jeudi|vendredi|deux|trois|"
        r"[^\s\d]{0,100}+\d\S*"
    ),
    "silence": r"personne ne nous a|sans nous pr[ée]venir|pas de r[ée]ponse",
    "others": r"autres? agences?|concurrents?",
}

# Reading the sender's text (drafting/concerns.py): asks.
REQUESTS = ("merci de", "pouvez-vous", "pourriez-vous")
CONJUNCTIONS = ("et", "ou")

# Register (lang/formality.py): tu forms against vous forms.
INFORMAL_FORMS = (r"(?i)(?<!\w)(?:tu|toi|ton|ta|tes|t')(?!\w)",)
FORMAL_FORMS = (r"(?i)(?<!\w)(?:vous|votre|vos)(?!\w)",)

# Names and companies (checks/_reply_checks.py): company words, name particles.
COMPANY_WORDS = (r"s\.a\.", "sarl")
NOT_A_NAME = ("de", "du", "le", "la")

# The internal figures in words, and promises of money or deadlines (checks/references.py,
# drafting/facts.py): a reply in French must not say them either.
SPELLED_NUMBERS = (
    ("zéro",),
    ("un", "premi"),
    ("deux", "deuxième", "second"),
    ("trois", "troisième"),
    ("quatre", "quatrième"),
    ("cinq", "cinquième"),
    ("six", "sixième"),
    ("sept", "septième"),
    ("huit", "huitième"),
    ("neuf", "neuvième"),
    ("dix", "dixième"),
    ("onze", "onzième"),
    ("douze", "douzième"),
    ("treize", "treizième"),
    ("quatorze", "quatorzième"),
    ("quinze", "quinzième"),
    ("seize", "seizième"),
    ("dix-sept", "dix-septième"),
    ("dix-huit", "dix-huitième"),
    ("dix-neuf", "dix-neuvième"),
    ("vingt", "vingtième"),
)
HALF_WORDS = ("et demi", "virgule cinq")
RANK_WORDS = ("rang", "place", "position", "numéro", "n°", "#")
OF_WORDS = ("sur", "de", "parmi")
SHARE_WORDS = ("%", "pour cent", "pourcent")
TOP_CLIENT_WORDS = (
    "80/20",
    "80-20",
    "pareto",
    "meilleurs clients",
    "plus gros clients",
    "grands comptes",
    "petits clients",
)
PROMISES = (
    "rembours",
    "remise",
    "réduction",
    "avoir de",
    "gratuit",
    "sans frais",
    "dédommag",
    "garanti",
    "sous 24 heures",
    "sous 48 heures",
    "d'ici demain",
)

# Greeting, sign-off and the reply's own words (drafting/concerns.py, checks/_reply_checks.py).
SALUTATION_OPENERS = (
    "bonjour",
    "bonsoir",
    "salut",
    "cher",
    "chère",
    "madame",
    "monsieur",
    "coucou",
)
SIGN_OFFS = (
    "cordialement",
    "bien cordialement",
    "bien à vous",
    "salutations",
    "meilleures salutations",
    "bonne journée",
    "à bientôt",
    "merci",
    "bises",
    "amitiés",
)
PREAMBLES = (r"voici (?:un|le|la|votre|ton|une) (?:brouillon|projet|réponse|proposition)",)
EXCUSES = (
    "malheureusement",
    "désolé pour le désagrément",
    "comme je l'ai déjà dit",
    "comme déjà mentionné",
    "nous étions débordés",
    "ce n'est pas notre faute",
    "pas de notre faute",
    "vous auriez dû",
)
ASKS = (
    r"(?:je|nous) (?:\w+ )?(?:aimerai\w*|souhaite\w*|voudrai\w*) (?:\w+ )?(?:savoir|comprendre|connaître|avoir votre avis)",
    r"dites-(?:moi|nous)|dis-(?:moi|nous)",
)
QUESTION_WORDS = (
    "que",
    "quoi",
    "comment",
    "quel",
    "quelle",
    "quels",
    "quelles",
    "pourquoi",
    "où",
    "qui",
    "quand",
    "si",
)
THANKS = (r"merci\w*", r"remerci\w*", r"reconnaissant\w*")
RECORD_INTROS = (
    r"ce que nous avons (?:fait|réalisé|livré)",
    r"(?:notre|le) travail (?:pour vous|réalisé)",
)
SUBJECT_LABELS = ("objet",)
REPLY_INFORMAL_FORMS = r"(?i)(?<!\w)(?:tu|toi|ton|ta|tes|t')(?!\w)"
REPLY_FORMAL_FORMS = r"(?i)(?<!\w)(?:vous|votre|vos)(?!\w)"
REPLY_PRONOUNS = ("tu", "vous")
SALUTATIONS = {
    "ms": "Madame",
    "mrs": "Madame",
    "miss": "Madame",
    "frau": "Madame",
    "mr": "Monsieur",
    "herr": "Monsieur",
}
FORMAL_OPENERS = {"Madame": "Bonjour", "Monsieur": "Bonjour"}
NEGATIONS = ("ne", "pas", "jamais", "aucun", "aucune")

# The heat lexicon (checks/tone.py), a short one: insults, absolutes, accusations, leaving.
HEAT_LEXICON = {
    "insult": (
        {
            "weight": 0.7,
            "phrases": [
                "incompétent",
                "incompétents",
                "incompétence",
                "amateurs",
                "nuls",
                "minable",
                "minables",
                "escrocs",
                "menteurs",
                "bande d'amateurs",
                "ridicule",
                "lamentable",
            ],
        },
    ),
    "absolute": (
        {
            "weight": 0.2,
            "phrases": [
                "toujours",
                "jamais",
                "chaque fois",
                "à chaque fois",
                "rien du tout",
                "absolument rien",
            ],
        },
    ),
    "accusation": (
        {
            "weight": 0.35,
            "phrases": [
                "vous ne faites rien",
                "vous vous moquez de nous",
                "vous nous avez menti",
                "vous avez ignoré",
                "inacceptable",
                "scandaleux",
                "honteux",
                "inadmissible",
            ],
        },
    ),
    "threat_to_leave": (
        {
            "weight": 0.5,
            "phrases": [
                "résilier",
                "résilier le contrat",
                "changer de prestataire",
                "aller voir ailleurs",
                "mettre fin au contrat",
                "mettre fin à notre collaboration",
                "dernière chance",
            ],
        },
    ),
}

ASK_CUES = {
    "refund": r"geste financier|rembours\w*|(?:un|d.un|l.|cet|votre) ?avoir|geste commercial|remise|réduction|ristourne|compensation|dédommag\w*|(?:ne|pas) (?:\w+ )?payer|suspend\w* (?:le )?paiement",
    "meeting": r"rappel\w*|appelez-moi|appelle-moi|parler|discuter|appel\w*|rendez-vous|réunion\w*|rencontr\w*|visio\w*|téléphon\w*|entretien|point",
    "written": r"(?:une|votre|ta) (?:réponse|explication|retour)|par écrit|écrit\w*|réponse écrite|par (?:e-?mail|courriel|mail)",
    "document": r"rapports?|factures?|détail\w*|exports?|documents?|calendrier|planning|plan d'action|copies?|devis|analyses?|accès|fichiers?|présentation|bilan",
    "decision": r"(?:votre|une|la) décision|décidez|confirm\w* (?:si|que)|oui ou non|engag\w*|réponse claire",
    "person": r"(?:votre|ton|le|la) (?:responsable|directeur|directrice|supérieur\w*|manager|patron\w*|gérant\w*)|quelqu'un de (?:plus )?(?:senior|haut placé)|escalad\w*",
}
ASK_LEADS = (
    r"merci de|pouvez-vous|pourriez-vous|pouvons-nous|pourrions-nous|peut-on|pourrait-on|peux-tu|pourrais-tu|veuillez|(?:je|j'|nous) ?(?:\w+ )?(?:veux|voulons|voudri?\w*|souhait\w*|attend\w*|exig\w*|demand\w*|ai besoin|avons besoin|aimeri?\w*|propos\w*)|envoyez-(?:moi|nous)|envoie-(?:moi|nous)|est-il possible|serait-il possible|êtes-vous disponible",
)
NO_CALL = (r"(?:pas|plus|sans|aucun) (?:\w+ ){0,2}(?:d')?(?:appel|téléphone)\w*|pas par téléphone",)
SITUATIONS = {
    "price": r"hausse (?:de|des) (?:prix|tarifs?)|augment\w* (?:\w+ ){0,3}(?:prix|tarifs?|honoraires)|(?:prix|tarifs?) (?:\w+ ){0,2}augment\w*|trop cher|plus cher",
    "refund": r"rembours\w*|(?:un|d.un|l.|cet|votre) ?avoir|geste commercial|remise|réduction|dédommag\w*",
    "competitor": r"autres? (?:agences?|prestataires?|fournisseurs?)|concurren\w*|offre de|moins cher",
    "ranking": r"classement|évaluation (?:des|de nos) (?:fournisseurs|prestataires|agences)|dernière place|note (?:des|de nos) prestataires",
    "leave": r"résili\w*|mettre fin|changer de prestataire|aller voir ailleurs|ne pas renouveler|dernière chance",
    "deadline": r"retard\w*|en retard|délai\w*|échéance|toujours pas|attend\w* encore",
}
PRAISE = (
    r"(?:vous|votre équipe|l'équipe) (?:\w+ )?(?:étiez|étaient|êtes|avez été|était) (?:\w+ ){0,2}(?:bien|super|excellent\w*|formidable\w*|efficaces?)",
    r"merci|satisfait\w* de|content\w* de|bon travail",
)
ANNOUNCEMENTS = (
    r"pour info|pour information|à titre d'information|(?:nous|je) (?:serons|serai|sommes|suis) (?:\w+ )?(?:en congé|absent\w*|en vacances)|(?:nous|je) (?:avons|ai) (?:\w+ )?(?:recruté|lancé|déménagé)",
)
CONCESSIONS = ("mais", "cependant", "pourtant", "toutefois", "bien que")
FILLERS = (
    "je vous écris car",
    "je t'écris car",
    "je vous écris parce que",
    "honnêtement",
    "franchement",
    "sincèrement",
    "vraiment",
    "absolument",
    "totalement",
    "complètement",
    "simplement",
)
WEEKDAY_DATE = "EEEE d MMMM"
DUE_WORDS = {
    r"après-demain": "+2d",
    r"aujourd'hui|ce soir": "+0d",
    r"demain": "+1d",
    r"(?:d'ici |avant )?la fin de (?:la|cette) semaine": "eow",
    r"la semaine prochaine": "nw",
    r"(?:d'ici |avant )?la fin du mois": "eom",
    r"le mois prochain": "nm",
    r"(?:sous|dans|d'ici) (?P<n>\d+|deux|trois|quatre|cinq|dix) jours ouvr\w*": "+nw",
    r"(?:sous|dans|d'ici) (?P<n>\d+|deux|trois|quatre|cinq|sept|dix|quinze) jours": "+n",
    r"(?:sous|dans|d'ici) (?:une|1) semaine": "+7d",
    r"(?:sous|dans|d'ici) (?:deux|2) semaines": "+14d",
    r"(?:d'ici |avant )?(?:la )?fin {month}|fin (?:du mois )?d['e] ?{month}": "monthend",
    r"(?:à la )?mi-{month}": "monthmid",
}
NUMBER_WORDS = {
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "quinze": 15,
}
# A work item that puts right what went wrong (drafting/record.py): it answers a complaint.
REMEDY_WORDS = (
    r"corrig\w*|correction\w*|rétabli\w*|résolu\w*|remplac\w*|renvoy\w*|répar\w*|analyse des causes|avoir",
)
# The client's words in our voice (drafting/concerns.py restate): phrase -> replacement.
RESTATE_SWAPS = {
    "nous avons": "vous avez",
    "nous sommes": "vous êtes",
    "nous avions": "vous aviez",
    "nous étions": "vous étiez",
    "j'ai": "vous avez",
    "je suis": "vous êtes",
    "j'avais": "vous aviez",
    "j'étais": "vous étiez",
    "notre": "votre",
    "nos": "vos",
    "mon": "votre",
    "ma": "votre",
    "mes": "vos",
    "vous avez": "nous avons",
    "vous êtes": "nous sommes",
    "vous aviez": "nous avions",
    "vous étiez": "nous étions",
    "votre": "notre",
    "vos": "nos",
    "tu as": "nous avons",
    "tu es": "nous sommes",
    "tu avais": "nous avions",
    "tu étais": "nous étions",
    "ton": "notre",
    "ta": "notre",
    "tes": "nos",
}
# Words that open a sentence only to link it to the last (drafting/concerns.py condense).
CONNECTIVES = ("puis", "et", "alors", "donc", "aussi", "ensuite")
# The line above the quoted original in a reply (mail/reply.py).
ATTRIBUTION = "Le {day:02}/{month:02}/{year} à {time}, {who} a écrit :"
ATTRIBUTION_UNDATED = "{who} a écrit :"
# A complaint that something never came (drafting/record.py): the work logged on that topic
# answers it, it is not the work complained of.
ABSENCE_WORDS = (
    r"jamais (?:reçu|arrivé|livré)\w*|pas (?:reçu|eu) (?:un seul|une seule)|manque\w*|toujours pas reçu",
)
# Restating a tu-writer: "notre" would need the gender of the noun in "ton"/"ta", so a clause
# with the writer's own "nous", "notre", "je" is left out (drafting/concerns.py).
RESTATE_SWAPS_INFORMAL = {
    "j'ai": "tu as",
    "je suis": "tu es",
    "tu as": "nous avons",
    "tu es": "nous sommes",
    "ton": "notre",
    "ta": "notre",
    "tes": "nos",
    "vous avez": "nous avons",
    "vous êtes": "nous sommes",
    "votre": "notre",
    "vos": "nos",
}
RESTATE_BLOCKERS_INFORMAL = r"(?i)(?<!\w)(?:nous|notre|nos|je|moi|mon|ma|mes|me|m')(?!\w)"
# A helpdesk's or forum's line above which the reply goes, or the heading of earlier replies
# (mail/_quotes.py): what follows is history.
REPLY_ABOVE = (
    "(?:veuillez )?(?:répondre|saisir votre réponse) au-dessus de cette ligne",
    "réponses précédentes",
    "historique de la conversation",
)
# A mailing list's footer (mail/_quotes.py): it and what follows are not the sender's words.
LIST_FOOTERS = ("vous recevez ce message car vous êtes abonné", "pour vous désabonner de ce groupe")

# (draft-reply check) phrases that talk down to a client, lower case.
CONDESCENSION = (
    "vous n'êtes même pas",
    "même pas un gros client",
    "un de nos plus petits clients",
    "l'un de nos plus petits",
    "avec tout le respect que je vous dois",
    "sauf votre respect",
    "comme tout le monde le sait",
    "je vous réexplique",
    "relisez mon précédent",
    "relisez mon dernier",
    "si vous aviez lu",
    "si vous aviez pris la peine",
    "évidemment, vous",
    "franchement",
)
# A date after these is a deadline, not a slot: "a call before the 10th" (checks/asks.py).
DEADLINE_WORDS = (r"avant(?: le)?|d'ici(?: le)?|au plus tard(?: le)?|jusqu'au",)
