"""French (français): what draft-reply knows of French (lang/__init__.py)."""

NAME = "French"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py).
QUOTE_SEPARATORS = (
    "message d'origine",
    "message original",
    "courriel (?:initial|original)",
    "message transf[ée]r[ée]",
    "message transmis",
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
MOBILE_SIGNATURES = ("envoy[ée] (?:de|depuis|à partir de|avec)", "envoy[ée] sans fil par")
DISCLAIMER_CUES = (
    "confidentiel",
    "destinataire",
    "par erreur",
    "strictement interdit",
)
EXTERNAL_BANNERS = (
    r"\[externe?\]\s*$",
    r"\*{0,3}\s*(?:courriel|e-?mail|message) externe\s*\*{0,3}\s*[:!.-]",
    r"(?:attention|avertissement|prudence)\s*[:!-]?\s*(?:ce (?:courriel|message|e-?mail|mail) "
    r"provient (?:de l'ext(?:é|e)rieur|d'un exp(?:é|e)diteur externe)|(?:courriel|message) externe)",
    r"ce (?:courriel|message|e-?mail|mail) provient de l'ext(?:é|e)rieur de (?:l'|votre |notre )"
    r"(?:organisation|entreprise)",
    r"vous ne recevez pas souvent de (?:courriers?|messages?|e-?mails?) de",
)
QUOTE_LIBRARY = True  # mail-parser-reply has tables for it

# What a complaint is made of (drafting/concerns.py): a regex alternation per kind of cue.
CONCERN_CUES = {
    "strong": (
        # A promise recalled: "we were promised", "wurde mir zugesichert".
        r"(?<!comme )promis\w*|(?:nous|m[\'’]) (?:avait|avez|aviez) (?:\w+ )?assuré|"
        # The same as before: "unchanged", "identical" (a report that did not change).
        # Charts without advice: "veel grafieken en weinig advies".
        r"(?:peu|pas|guère) de (?:recommandations?|conseils?|analyses?)|"
        r"inchangé\w*|identiques?|toujours (?:les|la|le) mêmes?|"
        # Too little of one thing, too slow, too late; criticised; it takes days.
        r"trop (?:peu|lent\w*|tard|long\w*|souvent)|pas assez|critiqu\w*|met (?:\w+ ){0,3}(?:jours|semaines) à|"
        # Something that stopped (the hourly updates, the tracking).
        r"(?:s[\'’]est|se sont) arrêté\w*|"
        # Counted at zero: "zero conversions", "NULL Bestellungen".
        r"zéro \w+s\b|"
        # Due and not delivered: "doveva essere online a settembre".
        r"devai(?:t|ent) (?:être|arriver|partir|nous parvenir|sortir)|aurai(?:t|ent) dû|"
        # Billed wrongly: a complaint in figures ("650 euros instead of the agreed 500").
        # A price rise, a fall in the rankings: "the 9 % increase", "van plek 2 naar plek 11".
        r"augmentation|augment\w* (?:\w+ ){0,2}(?:prix|tarifs?)|hausse|plus cher|(?:perdu|reculé|chuté|dégringolé) (?:de )?\d+ (?:places|positions|rangs)|plus sur la première page|"
        # Broken, mistaken, not matching: "stopped working", "per errore", "klopt niet".
        r"par erreur|ne (?:fonctionne|marche)\w* (?:plus|pas)|ne correspond\w* (?:plus|pas)|moins de \w+ que|"
        # Halved: "quote requests have halved since the summer".
        r"(?:réduit|divisé|baissé)\w* de moitié|"
        # Paying for nothing: "I pay 2,000 a month and I get nothing but excuses".
        r"rien en retour|rien que des|excuses|(?:je n|nous n|on n)[\'’](?:ai|avons|a) rien|ne vaut pas|gaspill\w*|"
        r"factur\w* deux fois|surfactur\w*|au lieu des? \d[\d  ]*(?:€|euros?)? ?convenus?|"
        r"hors service|hors ligne|indisponible\w*|coupure\w*|retard\w*|encore|toujours|jamais|d[ée]çu\w*|d[ée]cevant\w*|inacceptable|"
        r"probl[èe]mes?|attend\w*|erreurs?|faux|fausse|mauvais\w*|frustr\w*|"
        r"m[ée]content\w*|lent\w*|personne|ignor\w*|plainte\w*|cass[ée]\w*|en panne|bloqu[ée]\w*|"
        r"hors ligne|manqu[ée]\w*|rat[ée]\w*|pas respect[ée]\w*"
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

# Register (lang/formality.py): tu forms against vous forms; "t'as", "t'es", "Salut" count as
# tu, the tone of a message ("le ton") does not; a letter's "Madame, Monsieur", "Veuillez" and
# "Cordialement" count as vous.
INFORMAL_FORMS = (
    r"(?i)(?<!\w)(?:tu|toi|te|ta|tes|salut|coucou|bises)(?!\w)|(?<!\w)(?<!un )(?<!le )(?<!ce )ton(?!\w)",
    r"(?i)(?<!\w)t['\u2019](?=\w)",
    # "Appelle-moi", "Dis-moi": the imperative of tu ("Appelez-moi" is that of vous)
    r"(?i)(?<!\w)\w+(?<!ez)-moi(?!\w)",
)
# "vous" is also the plural: "Tu comprends ? ... Vous êtes une bande d'amateurs" is a tu-writer.
FORMAL_ALSO_PLURAL = True
FORMAL_FORMS = (
    r"(?i)(?<!\w)(?<!rendez-)(?<!chez )(?:vous|votre|vos)(?!\w)",  # "chez vous": the firm
    r"(?i)(?<!\w)(?:madame|monsieur|mesdames|messieurs|veuillez|cordialement|bien à vous)(?!\w)",
)
# Greetings (mail/sender.py): a formal greeting names the whole name, "Bonjour Claire Dubois";
# a first name alone is for tu.
FORMAL_GREETS_FULL_NAME = True

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
    "mesdames",
    "messieurs",
    "coucou",
)
SIGN_OFFS = (
    "cordialement",
    "bien cordialement",
    "très cordialement",
    "amicalement",
    "cdt",
    "cdlt",
    "sincères salutations",
    "salutations distinguées",
    "bonne soirée",
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
REPLY_INFORMAL_FORMS = r"(?i)(?<!\w)(?:tu|toi|te|ton|ta|tes)(?!\w)|(?<!\w)t['\u2019](?=\w)"
REPLY_FORMAL_FORMS = r"(?i)(?<!\w)(?<!rendez-)(?:vous|votre|vos)(?!\w)"  # not "rendez-vous"
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
# "Nul" is an insult said of us or our work ("c'est nul", "ton rapport était NUL", "vous êtes
# nuls"), not a zero ("le solde est nul", "un risque nul", "match nul"); "une blague" after a
# negation ("ce n'est pas une blague") is no insult.
HEAT_LEXICON = {
    "insult": (
        {
            "weight": 0.7,
            "phrases": [
                "incompétent",
                "incompétente",
                "incompétents",
                "incompétentes",
                "incompétence",
                "amateurs",
                "amateurisme",
                "des nuls",
                "bande de nuls",
                "nullité",
                "nullissime",
                "minable",
                "minables",
                "escroc",
                "escrocs",
                "escroquerie",
                "arnaque",
                "arnaques",
                "arnaqueur",
                "arnaqueurs",
                "voleurs",
                "menteur",
                "menteurs",
                "bande d'amateurs",
                "clown",
                "clowns",
                "guignol",
                "guignols",
                "branquignols",
                "pieds nickelés",
                "bras cassés",
                "bons à rien",
                "incapables",
                "imbéciles",
                "idiots",
                "crétins",
                "abrutis",
                "débiles",
                "je-m'en-foutistes",
                "je-m'en-foutisme",
                "ridicule",
                "lamentable",
                "pitoyable",
                "pitoyables",
            ],
            "patterns": [
                r"(?<!\w)(?:c['’]est|vous êtes|tu es|t['’]es|(?:rapport|travail|service|site|"
                r"boulot|suivi|prestation|accompagnement|équipe|agence|campagne|expert|consultant|"
                r"support|dashboard|tableau de bord|réponse|analyse|conseil|contenu)s? "
                r"(?:(?:de|du|des|d['’]\w+) (?:\w+ )?)?(?:est|était|sont|étaient)) "
                r"(?:(?:vraiment|complètement|totalement|carrément|franchement|archi|tellement|"
                r"trop) )?nul(?:le)?s?(?!\w)",
                r"(?-i:(?<!\w)NUL(?:LE)?S?(?!\w))",
            ],
        },
        {
            "weight": 0.45,
            "negatable": True,
            "phrases": [
                "une blague",
                "une vaste blague",
                "une mauvaise blague",
                "une plaisanterie",
                "n'importe quoi",
                "du grand n'importe quoi",
                "grotesque",
                "une honte",
            ],
        },
    ),
    "profanity": (
        {
            "weight": 0.6,
            "phrases": [
                "merde",
                "merdique",
                "bordel",
                "putain",
                "foutage de gueule",
                "vous vous foutez",
                "tu te fous",
                "fait chier",
                "connard",
                "connards",
                "bande de cons",
                "salauds",
            ],
        },
    ),
    "absolute": (
        {
            "weight": 0.2,
            "phrases": [
                "jamais",
                "chaque fois",
                "à chaque fois",
                "rien du tout",
                "absolument rien",
                "une fois de plus",
            ],
            "patterns": [
                # "toujours" (always), but not "comme toujours" (a courtesy), "toujours pas"
                # (exasperation below) or "toujours" as "still" ("est-ce toujours d'actualité ?").
                r"(?<!\bcomme )(?<!\bpour )\btoujours\b(?!\s+(?:pas|rien|aucune?|sans|d['’]actualité|"
                r"maintenue?s?|valables?|disponibles?|possible|prévue?s?|ouverte?s?|d['’]accord|ok|"
                r"en\s+cours|intéressée?s?|partante?s?|là|prête?s?|bon(?:ne)?s?|volontiers|"
                r"heureux|heureuse|ravie?s?)\b)(?!\s*\?)",
                # "encore une fois", but not "merci encore une fois" or "encore une fois, merci"
                r"(?<!\bmerci )\bencore\s+une\s+fois\b(?!\s*,?\s*merci\b)(?!\s+pour\b)",
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
                # la plainte formelle, froide mais nette (ces tournures portent leur négation)
                "pas à la hauteur",
                "pas satisfait",
                "pas satisfaits",
                "pas satisfaite",
                "pas satisfaites",
                "pas du tout satisfaits",
                "en deçà de nos attentes",
                "en dessous de nos attentes",
                "loin de nos attentes",
                "pas à nos attentes",
                "facturé à tort",
                "refusons de payer",
                "refusons de régler",
                "ne paierons pas",
                "ne réglerons pas",
                "ne doit plus se reproduire",
                "n'aurait jamais dû",
                "on nous avait promis",
                "vous nous aviez promis",
                "vous aviez promis",
                "vous nous avez promis",
                "personne n'a pris la peine",
                "ce n'est pas sérieux",
                "ce n'est pas professionnel",
                "vous n'avez même pas",
            ],
            "patterns": [
                # une facture contestée : "nous contestons la facture de mars"
                r"\bcontest(?:ons|e|er|ons\s+formellement)\s+(?:la|cette|votre|vos|les|ces|le|ce)\s+(?:\w+\s+)?(?:factures?|facturation|montants?|devis)\b",
                r"\bpourquoi\s+nous\s+(?:payons|avons\s+payé|paierions)\b",
            ],
        },
        {
            "weight": 0.35,
            "negatable": True,
            "phrases": [
                "mécontent",
                "mécontents",
                "mécontente",
                "mécontentes",
                "insatisfait",
                "insatisfaits",
                "insatisfaite",
                "insatisfaites",
                "très déçu",
                "très déçus",
                "très déçue",
                "très déçues",
                "profondément déçus",
                "profondément déçu",
                "extrêmement déçus",
                "vraiment déçus",
                "vraiment déçu",
            ],
        },
        {
            # La frustration, légère seule.
            "weight": 0.2,
            "negatable": True,
            "phrases": [
                "déçu",
                "déçus",
                "déçue",
                "déçues",
                "décevant",
                "décevante",
                "décevants",
                "agacé",
                "agacés",
                "énervé",
                "énervés",
                "exaspéré",
                "exaspérés",
                "furieux",
                "frustrant",
                "frustré",
                "frustrés",
            ],
        },
    ),
    "exasperation": (
        {
            # Las de relancer : "pour la troisième fois", "j'en ai assez".
            "weight": 0.35,
            "negatable": True,
            "phrases": [
                "j'en ai assez",
                "nous en avons assez",
                "on en a assez",
                "j'en ai marre",
                "nous en avons marre",
                "on en a marre",
                "ras-le-bol",
                "ras le bol",
                "combien de fois",
                "trop c'est trop",
                "ma patience a des limites",
                "notre patience a des limites",
            ],
            "patterns": [
                r"\bpour\s+la\s+(?:deuxième|troisième|quatrième|cinquième|énième|nième|centième|\d+e)\s+fois\b",
                r"\b(?:devoir|dois|doit|devons)\s+(?:encore\s+|sans\s+cesse\s+|toujours\s+|constamment\s+)?vous\s+relancer\b",
                r"\bvous\s+relancer\s+(?:encore|sans\s+cesse|constamment)\b",
                r"\bcourir\s+après\s+vous\b",
                r"\bla\s+(?:deuxième|troisième|quatrième|cinquième|énième|nième)\s+fois\s+que\s+(?:je|nous|j['’])",
                r"\b(?:ça|cela)\s+ne\s+peut\s+(?:pas|plus)\s+continuer\s+(?:comme\s+ça|ainsi)\b",
            ],
        },
        {
            # Toujours rien, léger seul ("Je n'ai toujours pas reçu": la négation en fait partie).
            "weight": 0.2,
            "phrases": [
                "toujours pas",
                "toujours rien",
                "toujours aucune nouvelle",
                "toujours aucune réponse",
                "toujours sans réponse",
                "toujours sans nouvelles",
            ],
            "patterns": [
                r"\b(?:cela|ça)\s+fait\s+(?:\w+\s+){1,2}(?:jours|semaines|mois)\s+que\s+(?:j['’]attends|nous\s+attendons)\b",
                r"\battend(?:s|ons)\s+(?:\w+\s+)?depuis\s+(?:\w+\s+){0,2}(?:jours|semaines|mois|semaine)\b",
                r"\b(?:va|vont|allez|pouvez|pourriez|peut|peux)(?:-t)?-(?:il|elle|ils|vous|on|je)\s+enfin\b",
            ],
        },
    ),
    "ultimatum": (
        {
            # Une exigence assortie d'une suite : "sinon ce n'est plus la peine".
            "weight": 0.45,
            "phrases": [
                "ce n'est plus la peine",
                "ce n'est même pas la peine",
                "sinon ce n'est pas la peine",
                "c'est la dernière fois",
                "pour la dernière fois",
                "je ne le répéterai pas",
                "je ne le redirai pas",
                "plus d'excuses",
            ],
        },
        {
            "weight": 0.2,
            "phrases": ["sans faute", "j'exige", "nous exigeons", "dernier délai"],
        },
    ),
    "sarcasm": (
        {
            "weight": 0.4,
            "phrases": [
                "pigeon voyageur",
                "en diligence",
                "à dos de mule",
                "vous vous moquez de moi",
                "tu te moques de moi",
                "vous vous fichez de moi",
                "tu te fiches de moi",
                "merci pour rien",
                "quelle surprise",
                "quelle coïncidence",
                "comme par hasard",
                "un hasard incroyable",
                "quel hasard",
                "drôle de coïncidence",
                "c'est une blague",
            ],
            "patterns": [
                # Des louanges pour une déception : "Super, encore une semaine sans le rapport."
                r"\b(?:super|génial|parfait|formidable|bravo|magnifique|excellent|merveilleux|chapeau)\s*[,.!…]+\s*"
                r"(?:encore|une\s+fois\s+de\s+plus|de\s+nouveau)\b(?!\s+(?:une\s+|un\s+)?(?:question|chose|point|merci)\b)",
            ],
        },
    ),
    "threat_to_leave": (
        {
            # La forme polie et froide : "nous allons devoir reconsidérer notre collaboration".
            "weight": 0.5,
            "negatable": True,
            "phrases": [
                "ne pas renouveler",
                "ne renouvellerons pas",
            ],
            "patterns": [
                r"\b(?:reconsidérer|repenser|revoir|réévaluer|réexaminer|remettre\s+en\s+(?:question|cause)|"
                r"reconsidérons|revoyons)\s+(?:notre|nos)\s+(?:collaboration|partenariat|relation|"
                r"contrat|accord|engagement)\b",
                r"\b(?:nous\s+(?:allons\s+|devrons\s+|devons\s+|commençons\s+à\s+)?|on\s+va\s+)(?:\w+\s+)?"
                r"(?:étudier|envisager|regarder|examiner|explorer|chercher|considérer|étudions|envisageons|"
                r"regardons|examinons|cherchons)\s+(?:d['’]autres|des)\s+(?:options|alternatives|prestataires|"
                r"agences|fournisseurs|partenaires)\b",
                r"\b(?:chercher|trouver|passer\s+à|confier\s+\w+\s+à|choisir)\s+(?:une\s+autre\s+agence|un\s+autre\s+prestataire|un\s+autre\s+partenaire)\b",
                r"\bmettre\s+(?:un\s+terme|fin)\s+(?:à|au|aux)\s+(?:notre\s+|la\s+|nos\s+|ce\s+|cette\s+)?(?:collaboration|contrat|partenariat|relation)\b",
            ],
        },
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

# The client's own verbs after "je" (drafting/voice.py restate): je-form -> (vous-form,
# tu-form): "je ne comprends pas" -> "vous ne comprenez pas" / "tu ne comprends pas". Not
# the verbs that open a "que" clause ("je trouve que", "je sais que"): what follows them is
# often in a voice the swaps do not turn ("je sais que tu m'as oublié").
_JE_VERBS = {
    "comprends": ("comprenez", "comprends"),
    "veux": ("voulez", "veux"),
    "dois": ("devez", "dois"),
    "peux": ("pouvez", "peux"),
    "vois": ("voyez", "vois"),
    "paie": ("payez", "paies"),
    "paye": ("payez", "payes"),
    "reçois": ("recevez", "reçois"),
    "viens": ("venez", "viens"),
    "vais": ("allez", "vas"),
    "regrette": ("regrettez", "regrettes"),
    "sens": ("sentez", "sens"),
    "perds": ("perdez", "perds"),
    "travaille": ("travaillez", "travailles"),
    "découvre": ("découvrez", "découvres"),
    "remarque": ("remarquez", "remarques"),
    "lis": ("lisez", "lis"),
    "relis": ("relisez", "relis"),
}
# The same after "j'" (a verb that starts with a vowel): "j'attends" -> "vous attendez".
_J_VERBS = {
    "attends": ("attendez", "attends"),
    "aime": ("aimez", "aimes"),
    "espère": ("espérez", "espères"),
    "ignore": ("ignorez", "ignores"),
    "apprends": ("apprenez", "apprends"),
    "avoue": ("avouez", "avoues"),
    "hésite": ("hésitez", "hésites"),
}


def _je_swaps(form: int, pronoun: str) -> dict[str, str]:
    """The swaps of :data:`_JE_VERBS` and :data:`_J_VERBS` to ``pronoun`` ("vous" with the
    vous-forms, ``form`` 0; "tu" with the tu-forms, ``form`` 1), with "ne" and "n'"; a
    spoken negation without "ne" gets it back ("je comprends pas" -> "tu ne comprends
    pas")."""
    swaps = {}
    for je, forms in _JE_VERBS.items():
        swaps[f"je {je}"] = f"{pronoun} {forms[form]}"
        swaps[f"je ne {je}"] = f"{pronoun} ne {forms[form]}"
        swaps[f"je {je} pas"] = f"{pronoun} ne {forms[form]} pas"  # spoken "je comprends pas"
    for je, forms in _J_VERBS.items():
        for apostrophe in ("'", "’"):
            swaps[f"j{apostrophe}{je}"] = f"{pronoun} {forms[form]}"
            swaps[f"je n{apostrophe}{je}"] = f"{pronoun} n'{forms[form]}"
    return swaps


_JE_ALL = "|".join(
    (*_JE_VERBS, *(f"ne\\s+{v}" for v in _JE_VERBS), *(f"n['’]{v}" for v in _J_VERBS))
)
_J_ALL = "|".join(_J_VERBS)


ASK_CUES = {
    "refund": r"(?:faire )?(?:un )?(?:geste|effort) (?:\w+ )?sur (?:le |les |vos |tes )?(?:prix|tarifs?)|(?:garder|maintenir|conserver) (?:l['’]ancien|le même|le|notre|mon) (?:prix|tarif)|prendre en charge (?:les |le |nos )?(?:\w+ )?(?:frais|coûts?)|(?:couvrir|assumer) (?:les |le |nos )?(?:\w+ )?(?:frais|coûts?)|(?:une )?meilleure offre|(?:un )?meilleur prix|geste financier|rembours\w*|(?:un|d.un|l.|cet|votre) ?avoir|notes? de crédit|(?<!carte de )(?:un |une )?crédit (?:sur|de|d['’])|geste commercial|remise|réduction|ristourne|compensation|dédommag\w*|(?:ne|pas) (?:\w+ )?payer|suspend\w* (?:le )?paiement",
    "meeting": (
        r"(?:se |on se )?(?:fait|faire|prendre|boire) un café|rappel\w*|appel\w*|parler|discuter|rendez-vous|rdv|réunion\w*|rencontr\w*|visio\w*|"
        r"téléphon\w*|entretien|coup de fil|créneau|(?:se|nous|vous|te) voir|se voit|voyons-nous|"
        r"(?:se|nous|vous) retrouver|faire (?:le|un) point|un point (?:téléphonique|rapide|d['’]étape)"
    ),
    "written": r"^(?:réponse|retour)(?= (?:\w+ )?(?:by|bis|avant|antes|entro|voor|vóór|uiterlijk|até|before|del|prima)\b)|(?:je veux|je voudrais|nous voulons|nous voudrions|j'ai besoin de) savoir(?= (?:\S+ ){0,3}(?:qui|ce que|ce qui|pourquoi|comment|quand|où|si)\b)|"
    r"(?:une|votre|ta) (?:réponse|explication|retour)|par écrit|(?<!proposition )(?<!propositions )écrit\w*|"
    r"(?:(?:tu|vous) (?:me|nous) (?:dis|dites|diras|direz)|(?:me|nous) dire)(?= (?:\S+ ){0,4}(?:ce que|ce qu['’]|ce qui|si|comment|pourquoi|quand|où)\b)|répond(?:s|ez)-(?:moi|nous)|(?:me|nous) répondre|réponse écrite|par (?:e-?mail|courriel|mail)|(?:un|le|ton|votre) (?:courriel|e-?mail|mail)(?= qui)",
    "document": (
        r"(?<=les )chiffres|audits?|tableau (?:excel|de chiffres)|excel|csv|récap\w*|rapports?|factures?|détail\w*|exports?|documents?|calendrier|planning|plan d'action|"
        r"(?<!en )(?<!mettre en )copies?|devis|analyses?|accès|fichiers?|présentation|bilan|contrats?|avenants?|"
        r"comptes? rendus?|compte-rendu|récapitulatif|justificatifs?|relevés?|attestations?|"
        r"maquettes?|identifiants|propositions?"
    ),
    # Ce qu'il faut remettre en état : "corrigez le formulaire", "que le site refonctionne".
    "fix": (
        r"quelqu'un (?:\w+ )?(?:regarde|se penche|s'occupe|s['’]en occupe|travaille)\w*|regard\w* (?:ça|cela|le problème) (?:tout de suite|maintenant|immédiatement|ce soir|aujourd'hui)|livr\w* (?:le|la|les|l['’]) ?(?:site|boutique|refonte|application|pages?)|en ligne(?= (?:avant|d'ici|pour|au plus tard)\b)|"
        r"corrig\w*|correction\w*|répar\w*|rétabl\w*|remett\w* (?:\w+ )?en (?:ligne|service|état|route)|"
        r"résoudre|résolv\w*|résolu\w*|refonctionn\w*|fonctionne\w* (?:à nouveau|de nouveau)|"
        r"(?:de nouveau|à nouveau) (?:en ligne|accessible|opérationnel\w*)"
        r"|(?<=\bsi )(?:\S+ ){0,4}(?:ne|n['’]) ?(?:fonctionne|marche|est) (?:toujours )?pas(?: réglé| réparé| en ligne)?"
    ),
    "decision": r"(?:votre|une|la) décision|décidez|confirm\w* (?:si|que)|oui ou non|engag\w*|réponse claire",
    "person": (
        r"(?:votre|vos|ton|ta|tes|le|la|un|une|un de vos|un de tes) (?:responsable|directeur|"
        r"directrice|supérieur\w*|manager|patron\w*|gérant\w*)s?|quelqu'un de (?:plus )?"
        r"(?:senior|haut placé)|escalad\w*"
    ),
}
# What makes a sentence a request: "merci de", "pouvez-vous", "on peut se voir ?", "je veux",
# "envoyez-moi"; "nous propose" (someone offers us) is no request, "nous proposons" is.
ASK_LEADS = (
    r"(?:il serait|je trouve|il me semble|je trouverais) (?:\w+ )?(?:juste|normal)|"
    r"(?:je|nous) vous (?:saurais|saurions) gré|si (?:vous préférez|tu préfères)(?=[^.!?\n]*\d)|(?:je vous remercie|nous vous remercions) de (?:bien vouloir )?(?:me|nous) (?:faire parvenir|transmettre|envoyer|communiquer|adresser|confirmer|indiquer|préciser|dire)|(?:je|nous) vous serions reconnaissants?|je vous serais reconnaissante?|merci (?:également |aussi |donc |d['’]avance |par avance )?de|nous vous demanderions|je vous demanderais|je te demanderais|pouvez-vous|pourriez-vous|pouvons-nous|pourrions-nous|peut-on|pourrait-on|"
    r"peux-tu|pourrais-tu|veuillez|(?:est-ce qu['’])?on (?:peut|pourrait)|on se voit|on se fait|"
    r"on s['’]appelle|est-ce que (?:tu|vous) (?:peux|pouvez|pourrais|pourriez)|"
    r"(?:tu|vous) (?:peux|pouvez|pourrais|pourriez)(?= (?:me |m['’]|nous ))|"
    # "Tu peux déjà préparer l'avoir": a directive, not what one is able to do
    r"(?:tu|vous) (?:peux|pouvez) (?:déjà|d['’]ores et déjà)(?= (?:préparer|envoyer|faire|établir|"
    r"annuler|rembourser|m['’]envoyer|me faire|nous envoyer|émettre|compter)\b)|"
    # not "je me demande" (I wonder), "nous nous demandons"
    r"(?:je|j['’]) ?(?:(?!me\b)\w+ )?(?:veux|voudrais|souhaite\w*|attends|exige|demande|ai besoin|"
    r"aimerais|propose|prie|préfère|préférerais)|nous (?:(?!nous\b)\w+ )?(?:voulons|voudrions|souhaitons|"
    r"attendons|exigeons|demandons|avons besoin|aimerions|proposons|prions|préférons|"
    r"préférerions)|il (?:me|nous) faut|"
    r"(?:envoyez|envoie|faites|fais|transmettez|transmets|adressez|appelez|appelle|rappelez|"
    r"rappelle|réponds|répondez)-(?:moi|nous)|"
    # a directive in the present, opening the sentence: "Tu m'appelles avant 15 h"
    r"^tu (?:m['’]|me |nous )(?:appelles|rappelles|écris|envoies|réponds)\b|"
    r"^(?:corrigez|réparez|rétablissez|remettez|résolvez|corrige|répare|rétablis|remets)(?= )|est-il possible|serait-il possible|êtes-vous disponible|"
    r"es-tu disponible|(?:tu (?:me|nous) (?:dis|diras)|vous (?:me|nous) (?:dites|direz))(?=[^.!?]*\?)"
    r"|(?:je|nous) vous (?:mets|mettons) en demeure|(?:par la présente )?mise en demeure de"
    # un ultimatum : "si ce n'est pas réglé lundi, je pars"
    r"|\bsi (?:\S+ ){0,5}(?:pas|plus)\b",
    r"(?:j['’](?:ai|aurais|aurai)|nous (?:avons|aurions|aurons)) besoin d",
)
# A refusal of calls, never a complaint that nobody called ("vous ne m'avez jamais rappelé",
# "je n'ai reçu aucun appel", "toujours pas d'appel") nor "sans appel" (final).
NO_CALL = (
    # "Pas la peine de m'appeler", "inutile de nous téléphoner"
    r"(?:pas la peine|inutile|pas besoin) de (?:m['’]|nous )(?:appeler|téléphoner|rappeler)",
    r"(?<!vous )(?<!tu )(?<!on )(?<!il )(?<!elle )(?<!ils )ne (?:me |m['’]|nous )?"
    r"(?:appel|téléphon|rappel)\w* (?:pas|plus)|"
    r"(?<!vous )(?<!tu )(?<!on )(?<!il )(?<!ils )n['’](?:appel|rappel)\w* (?:pas|plus)|"
    # "Je vous prie de ne pas chercher à me joindre par téléphone"
    r"ne (?:pas|plus) (?:chercher|essayer|tenter) (?:à|de) (?:me |m['’]|nous )?(?:joindre|appeler|"
    r"téléphoner|contacter) (?:par téléphone|au téléphone)?|"
    r"(?<!pourquoi )ne (?:pas|plus) (?:me |m['’]|nous )?(?:appeler|téléphoner|rappeler|"
    r"être (?:appel|rappel|contact)\w*)|"
    r"(?:inutile|pas la peine|pas besoin|évitez|évite) de (?:me |m['’]|nous )?"
    r"(?:appeler|téléphoner|rappeler)|"
    r"ne (?:veux|voulons|souhaite|souhaitons|désire|voudrais) (?:pas|plus) "
    r"(?:(?:qu['’]on|que vous|que tu) (?:me |m['’]|nous )(?:appel|téléphon|rappel)\w*|"
    r"recevoir d['’]appels?|être (?:appel|rappel|contact)\w*)|"
    r"(?<!toujours )(?<!encore )(?<!jamais )(?:pas|plus) d['’]appels?(?! de (?:votre|ta|ton|vos|tes) part)|"
    r"(?<!toujours )(?<!encore )(?:pas|plus) de coups? de (?:fil|téléphone)|"
    r"(?<!reçu )(?<!eu )(?<!passé )aucun (?:appel|coup de (?:fil|téléphone))|"
    r"pas (?:par|au) téléphone|(?:pas|plus) joignable par téléphone",
    r"(?:un |l[\'’])?(?:appel|coup de fil|entretien téléphonique) ne (?:le |la |les )?remplace(?:ra)? pas",
)
# A meeting that is no call (kept when the client refuses calls; checks/asks.py).
IN_PERSON = (
    r"rendez-vous|rdv|réunion\w*|rencontr\w*|(?:se|nous|vous|te) voir|se voit|voyons-nous|"
    r"(?:se|nous|vous) retrouver|en personne|dans (?:vos|nos|tes) locaux|"
    r"(?:à|dans) (?:votre|notre|ton) bureau|(?:un|prendre un) café",
)
# Something broken now (checks/situations.py): in one sentence, a breakage, a word of now
# near it ("since 6am", "still", "today") and a system that broke (a dashboard, a site, a
# form); a person who does not answer, a price that "does not work" or a past outage is none.
OUTAGE_BROKEN = (
    r"(?:est|sont) (?:\w+ ){0,2}(?:en panne|hors service|hors ligne|inaccessibles?|down|vides?|bloqué\w*|planté\w*)|(?:charge|chargent|fonctionne|fonctionnent|marche|marchent|s'affiche|s'affichent|remonte|remontent|s'ouvre|se met à jour) (?:\w+ ){0,2}(?:plus|pas)|n'affiche (?:plus )?rien|affiche (?:\w+ ){0,2}(?:rien|zéro|une erreur|des erreurs)|erreur \d{3}|en panne|planté|en rade|(?:est|sont) (?:\w+ )?à terre|écran blanc|page blanche",
)
OUTAGE_NOW = (
    r"depuis|aujourd'hui|ce matin|ce soir|en ce moment|actuellement|toujours|encore|maintenant|à nouveau|de nouveau",
)
OUTAGE_SYSTEMS = (
    r"tableaux? de bord|dashboard|site\w*|boutique|formulaire\w*|suivi|tracking|balise\w*|pixel|pages?|appli\w*|portail|serveur|flux|export|widget|analytics|ga4|liens?|redirections?|api|connexion|panier|paiement\w*|données|conversions?|newsletter|outil\w*|système",
)
# An offer's words (not ours): with a price in its sentence or the next and a firm's name
# beside it, a competitor's offer (checks/situations.py).
OFFER_NOUNS = (
    r"(?<!votre )(?<!ton )(?<!notre )(?:offres?|propositions?|devis)",
    r"(?:nous|m['’]) ?(?:a|ont) (?:contactée?s?|approchée?s?|démarchée?s?)|(?:est|sont) venue?s? (?:nous|me) (?:voir|rencontrer|démarcher)",
)
PER_PERIOD = (r"par (?:mois|an|année)", "mensuels?")
ANNOUNCED_STEPS = {
    "end": r"résili\w*|(?:mettre|met|mettons|mettrons|mettra) fin (?:au|à (?:notre|la)) (?:contrat|collaboration)|ne pas renouveler|non[- ]renouvellement",
    "tender": r"(?:lanc|organis|ouvr)\w* une consultation|consultation (?:d['’]agences|des agences|de prestataires)|appel d['’]offres|mise en concurrence|mettre en concurrence",
    "payment": r"(?:suspen|bloqu|gel)\w* (?:\w+ ){0,2}(?:paiements?|règlements?)(?! (?:de|des|à) (?:nos |vos |mes )?clients| en ligne| par carte)|ne (?:pas )?(?:régler|payer) (?:la|votre) facture",
    "decision": r"(?:comité|conseil|direction|associés?)\b[^.!?]{0,60}?(?:décid\w*|décision)|(?:décid\w*|décision)\b[^.!?]{0,60}?(?:comité|conseil|direction|associés?)\b",
}
SITUATIONS = {
    # A search ranking ("the first page of Google"), not the client's review of its agencies:
    # it takes the place of "ranking" (checks/situations.py).
    "search": r"[\"«“][^\"»”\n]{2,40}[\"»”] (?:\w+ ){0,4}(?:position|place|rang)|google|bing|résultats de recherche|(?:première|deuxième|seconde) page|page \d|\d+ places sur|mots?-clés?|référencement naturel",
    "price": r"hausse (?:de|des) (?:prix|tarifs?)|ajustement tarifaire|révision (?:de|des) (?:prix|tarifs?)|augment\w* (?:\w+ ){0,3}(?:prix|tarifs?|honoraires)|(?:prix|tarifs?) (?:\w+ ){0,2}augment\w*|trop cher|plus cher",
    "refund": r"rembours\w*|(?:un|d.un|l.|cet|votre) ?avoir|geste commercial|remise|réduction|dédommag\w*",
    "competitor": (
        r"(?:nous |m['’])(?:a|ont) (?:proposé|offert)(?=[^.!?\n]*\d)|(?:nous|me) (?:proposent|offrent|propose|offre)\b(?=[^.!?\n]*\d)|"
        r"autres? (?:agences?|prestataires?|fournisseurs?)|concurren\w*|offre de|moins chers?|"
        r"(?:nous|m['’]) (?:a|ont) (?:fait|présenté|envoyé|soumis|adressé) une (?:offre|proposition)|"
        r"(?:\d+ ?%|\d[\d  ]* ?(?:€|euros?)) de moins|(?:nous|me|m['’]) (?:propose|offre)\w* "
        r"(?:le|la|les) mêmes?|(?:l['’]|une )(?:agence|entreprise|société) [A-ZÉ]\w+ "
        r"(?:nous|me|m['’]) (?:propose|offre)\w*"
    ),
    "ranking": r"classement|évaluation (?:des|de nos) (?:fournisseurs|prestataires|agences)|dernière place|note (?:des|de nos) prestataires",
    "leave": r"sinon j['’]arrête|j['’]arrête tout|résili\w*|mettre fin|changer de prestataire|aller voir ailleurs|ne pas renouveler|dernière chance",
    "deadline": r"retard\w*|en retard|délai\w*|échéance|toujours pas|attend\w* encore",
    "notice": (
        r"par la présente|mise en demeure|(?:notre|mon) (?:avocat\w*|conseil juridique|service juridique)|(?:action|procédure|poursuite)s? (?:en justice|judiciaire\w*)|(?:voie|démarche)s? (?:légale|judiciaire)s?|lettre de résiliation|notifi\w* (?:\w+ ){0,3}résiliation|(?:met|mettons|mettrons|mettra) fin (?:au|à (?:notre|la|la présente)) (?:contrat|collaboration|convention|prestation)|manquement\w* contractuel\w*"
    ),
    "invoice": (r"factur\w*|surfactur\w*"),
    "own_part": (
        r"(?:je|nous) (?:reconnais|reconnaissons|admets|admettons|sais|savons) (?:bien )?(?:que )?(?:nous|je|j[\'’]ai|nous avons) (?:\w+ ){0,5}(?:retard|oublié|changé|tardé|dû)|(?:en partie|aussi|également) (?:de )?(?:notre|ma) (?:faute|responsabilité)|(?:notre|ma) (?:part de )?(?:faute|erreur|responsabilité),? (?:aussi|en partie)"
    ),
}
PRAISE = (
    # Praise by negation: "rien à redire", "ce n'est pas la qualité technique qui est en
    # cause", "le suivi fonctionne parfaitement".
    r"rien à (?:redire|reprocher)|pas mécontent\w*|n['’](?:est|était) pas (?:\w+ ){0,4}qui "
    r"(?:est|était) en cause|(?<!ne )(?:fonctionne|fonctionnait|marche|marchait) "
    r"(?:parfaitement|impeccablement|sans (?:problème|souci|accroc))",
    # "D'abord le positif, pour que vous ne pensiez pas que je ne fais que râler : ..."
    r"^(?:d['’]abord|commençons par|pour commencer),? (?:le )?(?:positif|bon côté|bonnes nouvelles)\b",
    # "Bravo pour le rapport d'octobre": praise that opens a sentence, sarcastic or not,
    # is never restated.
    r"^(?:bravo|félicitations|chapeau)\b",
    r"(?:vous|votre équipe|l'équipe) (?:\w+ )?(?:étiez|étaient|êtes|avez été|était) (?:\w+ ){0,2}(?:bien|super|excellent\w*|formidable\w*|efficaces?)",
    r"merci|remerci\w*|satisfait\w* de|content\w* de|bon travail|"
    r"(?:ça|cela) (?:me|nous) (?:va|convient)|c['’]est parfait",
    r"j['’]adore|nous adorons|(?:me|nous) plaît beaucoup|(?:est|sont) très réussi\w*",
)
ANNOUNCEMENTS = (
    r"(?:j['’]|nous )accus\w* (?:bonne )?réception|pour info|pour information|à titre d'information|(?:nous|je) (?:serons|serai|sommes|suis) (?:\w+ )?(?:en congé|absent\w*|en vacances)|(?:nous|je) (?:avons|ai) (?:\w+ )?(?:recruté|lancé|déménagé)",
)
#: A point granted in passing ("to be fair"): no complaint (drafting/concerns.py).
FAIR_REMARKS = (
    "certes",
    "il faut (?:le )?reconna[iî]tre",
    "je (?:dois|veux bien) reconna[iî]tre",
    "pour être juste",
    "je reconnais",
)
#: A sentence that opens so, with no comma, is a dependent clause alone: no point.
FRAGMENT_OPENERS = (
    "parce que",
    "puisque",
    "surtout parce que",
)
# Openers pointing back to the sentence before, and the language named: see
# Language.pointing_openers, relative_openers and in_this_language (drafting/concerns.py).
# (not "cela fait trois semaines que ...", a time that has gone by)
POINTING_OPENERS = (
    r"(?:cela|ça)(?! fait (?:\S+ ){1,4}qu(?:e\b|['’]))",
    "ceci",
    r"d['’]ici là",
    r"c['’]est (?:pour ça|pourquoi)",
)
# (not "Ce qui me dérange, c'est que ...", a sentence whole)
RELATIVE_OPENERS = (r"ce qui(?![^.;!?]*,\s*c['’]est\b)(?![^.;!?]*\best (?:que|qu['’]))",)
RELATIVE_PRONOUNS = (
    "qui",
    "que",
    "qu['’]",
    "dont",
    "où",
    "lequel",
    "laquelle",
    "lesquels",
    "lesquelles",
)
SHIFT_WORDS = ("de|du|d['’]", "à|au")
OFFER_POINT = "{firm} a fait une offre à {amount}."
MARK_WORDS = ("note", "évaluation")
MARK_ARTICLES = ("une", "un")
IN_THIS_LANGUAGE = (r"(?:écri\w*)(?: \w+){0,2} en français",)
CONCESSIONS = ("mais", "cependant", "pourtant", "toutefois", "bien que")
FILLERS = (
    r"je ne vais pas (?:te|vous) mentir",
    r"je ne (?:te|vous) cache pas que",
    # "I have to tell you that ...": what they tell is the point.
    r"je (?:vous|te) (?:informe|signale)(?: par la présente)?(?: que| qu['’](?=\w))?",
    r"je (?:dois|tiens à) (?:vous|te) (?:dire|informer|signaler)(?: que| qu['’](?=\w))?",
    # The formula of a formal letter ("hereby"): it goes, the point stays.
    r"par la présente",
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
FIRST_OF_MONTH = "1er"  # "le mardi 1er décembre"
#: Before a date that names the week it falls in, not the day (lang/dates.py).
WEEK_OF = ("semaine du",)
#: Next to a weekday that is past, or part of a name ("Black Friday"): no day ahead.
WEEKDAY_NOT_AHEAD = ("dernier", "dernière", "passé", "passée")
DUE_WORDS = {
    # A day of the month without its month ("avant le 15"): this month, or the next.
    r"(?:(?:avant|pour|d\'ici|jusqu\'au|au plus tard) )?le (?P<n>[1-9]|[12]\d|3[01])(?:er)?(?!\s*(?:[.:/,h]\d|\d|%|€|h\b|heures?\b|euros?\b|e\b|ème|fois|ans?\b|mois|jours?\b|semaines?\b|places?\b|rangs?\b|[a-zéû]+ \d{4}|[a-zéû]+ \d{4}|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre))": "dom",
    r"après-demain": "+2d",
    r"aujourd'hui|ce soir|ce matin|cet après-midi|dans la journée|(?:d'ici |avant )?la fin de (?:la )?journée": "+0d",
    r"demain": "+1d",
    r"(?:d'ici |avant )?la fin de (?:la|cette) semaine|(?:d'ici|avant) (?:le )?(?:week-end|weekend)": "eow",
    r"la semaine prochaine": "nw",
    r"(?:d'ici |avant )?la fin du mois": "eom",
    r"le mois prochain": "nm",
    r"(?:sous|dans|d'ici|dans un délai de) (?P<n>\d+|deux|trois|quatre|cinq|dix) jours ouvr\w*": "+nw",
    r"(?:sous|dans|d'ici|dans un délai de) (?P<n>\d+|deux|trois|quatre|cinq|six|sept|huit|dix|quinze) jours": "+n",
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
# A complaint that it happened again (drafting/record.py): the earlier fix is no achievement.
SAME_AGAIN = (r"(?:exactement )?(?:la même|le même) (?:situation|problème|panne|incident|souci)",)
REPEAT_WORDS = (
    r"à nouveau|de nouveau|encore une fois|une fois de plus|(?:deuxième|troisième|seconde) (?:fois|panne)",
)
SINCE_WORDS = ("depuis",)
REMEDY_WORDS = (
    r"corrig\w*|correction\w*|rétabli\w*|résolu\w*|remplac\w*|renvoy\w*|répar\w*|analyse des causes|avoir",
)
# The client's words in our voice (drafting/concerns.py restate): phrase -> replacement, one
# pass, longest first. A vous-writer: their "je"/"nous" become "vous", their "vous" becomes
# "nous", with the auxiliary that goes with it ("vous m'aviez promis" -> "nous vous avions
# promis": the participle keeps its agreement); "et toujours rien" (at the end) says what is
# missing without naming the thing.
# Verbs a client writes with "nous" or "vous" and their other form (restating, below):
# "nous attendons" -> "vous attendez", "vous oubliez" -> "nous oublions", with "ne"/"n'".
_NOUS_VOUS = (
    ("attendons", "attendez"),
    ("constatons", "constatez"),
    ("voyons", "voyez"),
    ("recevons", "recevez"),
    ("payons", "payez"),
    ("comprenons", "comprenez"),
    ("trouvons", "trouvez"),
    ("devons", "devez"),
    ("pouvons", "pouvez"),
    ("perdons", "perdez"),
    ("subissons", "subissez"),
    ("notons", "notez"),
    ("remarquons", "remarquez"),
    ("envisageons", "envisagez"),
    ("continuons", "continuez"),
    ("savons", "savez"),
    ("faisons", "faites"),
    ("disons", "dites"),
    ("répondons", "répondez"),
    ("envoyons", "envoyez"),
    ("oublions", "oubliez"),
    ("ignorons", "ignorez"),
    ("livrons", "livrez"),
    ("respectons", "respectez"),
    ("facturons", "facturez"),
    ("tenons", "tenez"),
    ("prenons", "prenez"),
    ("promettons", "promettez"),
    ("travaillons", "travaillez"),
    ("corrigeons", "corrigez"),
    ("écoutons", "écoutez"),
    ("lisons", "lisez"),
    ("mettons", "mettez"),
    ("restons", "restez"),
)
# A tu-writer's verbs for what we do, in the nous form: "tu ne réponds plus" -> "nous ne
# répondons plus".
_TU_NOUS = (
    ("réponds", "répondons"),
    ("envoies", "envoyons"),
    ("oublies", "oublions"),
    ("ignores", "ignorons"),
    ("fais", "faisons"),
    ("dis", "disons"),
    ("livres", "livrons"),
    ("respectes", "respectons"),
    ("tiens", "tenons"),
    ("prends", "prenons"),
    ("promets", "promettons"),
    ("travailles", "travaillons"),
    ("corriges", "corrigeons"),
    ("écoutes", "écoutons"),
    ("lis", "lisons"),
    ("mets", "mettons"),
    ("factures", "facturons"),
    ("vois", "voyons"),
    ("comprends", "comprenons"),
    ("peux", "pouvons"),
    ("dois", "devons"),
    ("sais", "savons"),
    ("continues", "continuons"),
    ("rappelles", "rappelons"),
)
_TU_SWAPS = {
    f"tu {neg}{tu}": f"nous {other_neg}{nous}"
    for tu, nous in _TU_NOUS
    for neg, other_neg in (
        ("", ""),
        ("n'" if tu[0] in "aeéèiou" else "ne ", "n'" if nous[0] in "aeéèiou" else "ne "),
    )
}
_TU_VERBS = "|".join(tu for tu, _ in _TU_NOUS)
_VERB_SWAPS = {
    f"{subject} {neg}{verb}": f"{other} {other_neg}{swapped}"
    for ons, ez in _NOUS_VOUS
    for subject, verb, other, swapped in (("nous", ons, "vous", ez), ("vous", ez, "nous", ons))
    for neg, other_neg in (
        ("", ""),
        ("n'" if verb[0] in "aeéèiou" else "ne ", "n'" if swapped[0] in "aeéèiou" else "ne "),
    )
}
_NOUS_VERBS = "|".join(ons for ons, _ in _NOUS_VOUS)
_VOUS_VERBS = "|".join(ez for _, ez in _NOUS_VOUS)
RESTATE_SWAPS = {
    **_je_swaps(0, "vous"),
    # A formal letter's verbs of dispute: "je conteste la facture" -> "vous contestez".
    "je conteste": "vous contestez",
    "je constate": "vous constatez",
    "je réclame": "vous réclamez",
    # A noun, not the pronoun: "un rendez-vous" stays one.
    "rendez-vous": "rendez-vous",
    **_VERB_SWAPS,
    "nous avons": "vous avez",
    "nous sommes": "vous êtes",
    "nous avions": "vous aviez",
    "nous étions": "vous étiez",
    "nous n'avons": "vous n'avez",
    "nous ne l'avons": "vous ne l'avez",
    "nous ne l'avions": "vous ne l'aviez",
    "nous l'avons": "vous l'avez",
    "nous l'avions": "vous l'aviez",
    "nous ne sommes": "vous n'êtes",
    "nous n'avions": "vous n'aviez",
    "nous n'étions": "vous n'étiez",
    "j'ai": "vous avez",
    "je suis": "vous êtes",
    "j'avais": "vous aviez",
    "j'étais": "vous étiez",
    "je n'ai": "vous n'avez",
    "je ne suis": "vous n'êtes",
    "je n'avais": "vous n'aviez",
    "je n'étais": "vous n'étiez",
    "notre": "votre",
    "nos": "vos",
    "mon": "votre",
    "ma": "votre",
    "mes": "vos",
    "moi": "vous",
    "me": "vous",
    "m'a": "vous a",
    "m'ont": "vous ont",
    "m'avait": "vous avait",
    "m'avaient": "vous avaient",
    "m'est": "vous est",
    "nous": "vous",
    "vous avez": "nous avons",
    "vous êtes": "nous sommes",
    "vous aviez": "nous avions",
    "vous étiez": "nous étions",
    "vous n'avez": "nous n'avons",
    "vous n'êtes": "nous ne sommes",
    "vous n'aviez": "nous n'avions",
    "vous n'étiez": "nous n'étions",
    "vous m'avez": "nous vous avons",
    "vous m'aviez": "nous vous avions",
    "vous nous avez": "nous vous avons",
    "vous nous aviez": "nous vous avions",
    "vous ne m'avez": "nous ne vous avons",
    "vous ne m'aviez": "nous ne vous avions",
    "vous ne nous avez": "nous ne vous avons",
    "vous ne nous aviez": "nous ne vous avions",
    "nous vous avons": "vous nous avez",
    "nous vous avions": "vous nous aviez",
    "je vous ai": "vous m'avez",
    "je vous avais": "vous m'aviez",
    "vous": "nous",
    "votre": "notre",
    "vos": "nos",
    "tu as": "nous avons",
    "tu es": "nous sommes",
    "tu avais": "nous avions",
    "tu étais": "nous étions",
    "ton": "notre",
    "ta": "notre",
    "tes": "nos",
    "et toujours rien.": "et vous n'avez toujours rien reçu.",
    "et rien.": "et vous n'avez toujours rien reçu.",
}
# What a vous-writer says that has no safe swap (drafting/concerns.py restate): "je"/"j'" and
# "nous" as a subject with another verb ("j'attends", "nous exigeons"), "vous" as a subject
# with another verb ("vous nous envoyez"), "m'" before another verb ("ça m'énerve"), "on", "tu",
# what they tell us to do ("dites-moi", "s'il vous plaît").
# The clause is left out.
RESTATE_BLOCKERS = (
    r"(?i)(?<!\w)(?:"
    r"\w+-(?:moi|nous|toi)(?!\w)|s['’]il (?:vous|te) pla[îi]t|"
    r"je(?!\s+(?:suis|ne\s+suis|n['’](?:ai|avais|étais)|vous\s+(?:ai|avais)|"
    r"conteste|constate|réclame|" + _JE_ALL + r")(?!\w))(?!\w)|"
    r"j['’](?!(?:ai|avais|étais|" + _J_ALL + r")(?!\w))|"
    r"nous(?!\s+(?:avons|avions|étions|n['’](?:avons|avions|étions)|vous\s+(?:avons|avions)|"
    r"(?:ne\s+)?l['’](?:avons|avions)|"
    r"(?:ne\s+|n['’])?(?:" + _NOUS_VERBS + r"))(?!\w))(?=\s+(?:ne\s+|n['’]|y\s+|en\s+|vous\s+|"
    r"l['’]|les?\s+|la\s+|leur\s+|lui\s+)*\w*ons(?!\w))|"
    r"vous(?!\s+(?:ne\s+)?(?:nous\s+|m['’])?(?:avez|aviez|étiez|n['’](?:avez|aviez|étiez))"
    r"(?!\w))(?!\s+(?:ne\s+|n['’])?(?:" + _VOUS_VERBS + r")(?!\w))(?=\s+(?:ne\s+|n['’]|"
    r"nous\s+|me\s+|m['’]|y\s+|en\s+|l['’]|les?\s+|la\s+|leur\s+|lui\s+)?"
    r"(?:\w+ez|faites|dites)(?!\w))|"
    r"(?<!vous\s)(?<!vous\sne\s)m['’](?!(?:a|ont|avait|avaient|est)(?!\w))|"
    r"(?:on|te)(?!\w)|tu(?!\s+(?:as|es|avais|étais)(?!\w))(?!\w)|t['’](?=\w)"
    r")"
)
# Words that open a sentence only to link it to the last (drafting/concerns.py condense).
CONNECTIVES = (
    # "It doesn't change the fact that ...": what follows is the point
    r"(?:cela|ça) ne change rien (?:au fait )?qu(?:e|['’])",
    r"il n['’]en reste pas moins qu(?:e|['’])",
    r"le fait est qu(?:e|['’])",
    r"(?:il )?reste qu(?:e|['’])",
    "j'ajoute que",
    "j'ajoute aussi que",
    "j'ajouterai que",
    "j'ajouterais que",
    "par contre",
    "en revanche",
    "dans ce contexte",
    "dans ces conditions",
    "dans ce cadre",
    "puis",
    "et",
    "alors",
    "donc",
    "aussi",
    "ensuite",
)
# The line above the quoted original in a reply (mail/reply.py).
ATTRIBUTION = "Le {day:02}/{month:02}/{year} à {time}, {who} a écrit :"
ATTRIBUTION_UNDATED = "{who} a écrit :"
# A complaint that something never came (drafting/record.py): the work logged on that topic
# answers it, it is not the work complained of.
ABSENCE_WORDS = (
    r"jamais (?:reçu|arrivé|livré)\w*|pas (?:reçu|eu) (?:un seul|une seule)|manque\w*|toujours pas (?:reçu|arrivé|eu|parvenu)\w*|n['’]est (?:toujours )?pas (?:encore )?(?:arrivé|parvenu|entré|rentré)\w*|rien reçu",
)
# Restating a tu-writer (drafting/concerns.py): their "je" becomes "tu", their "tu" becomes
# "nous" ("tu as oublié" -> "nous avons oublié"), or "je" where they said what "tu" did to them
# ("tu m'avais promis" -> "je t'avais promis"); "mon"/"ma" keep their gender as "ton"/"ta".
# Their own "nous" would need "vous", which is not tu: such a clause is left out
# (RESTATE_BLOCKERS_INFORMAL), as "notre" would need the gender of the noun in "ton"/"ta".
RESTATE_SWAPS_INFORMAL = {
    **_je_swaps(1, "tu"),
    "je conteste": "tu contestes",
    "je constate": "tu constates",
    "je réclame": "tu réclames",
    # A noun, not the pronoun: "un rendez-vous" stays one.
    "rendez-vous": "rendez-vous",
    **_TU_SWAPS,
    **{key: value for key, value in _VERB_SWAPS.items() if key.startswith("vous")},
    "j'ai": "tu as",
    "j'avais": "tu avais",
    "j'étais": "tu étais",
    "je suis": "tu es",
    "je n'ai": "tu n'as",
    "je n'avais": "tu n'avais",
    "je n'étais": "tu n'étais",
    "je ne suis": "tu n'es",
    "mon": "ton",
    "ma": "ta",
    "mes": "tes",
    "moi": "toi",
    "me": "te",
    "m'a": "t'a",
    "m'ont": "t'ont",
    "m'avait": "t'avait",
    "m'avaient": "t'avaient",
    "m'est": "t'est",
    "tu as": "nous avons",
    "tu es": "nous sommes",
    "tu avais": "nous avions",
    "tu étais": "nous étions",
    "tu n'as": "nous n'avons",
    "tu n'es": "nous ne sommes",
    "tu n'avais": "nous n'avions",
    "tu n'étais": "nous n'étions",
    "t'as": "nous avons",
    "tu m'as": "je t'ai",
    "tu m'avais": "je t'avais",
    "tu ne m'as": "je ne t'ai",
    "tu ne m'avais": "je ne t'avais",
    "je t'ai": "tu m'as",
    "je t'avais": "tu m'avais",
    "t'a": "nous a",
    "t'ont": "nous ont",
    "t'avait": "nous avait",
    "te": "nous",
    "toi": "nous",
    "ton": "notre",
    "ta": "notre",
    "tes": "nos",
    "vous avez": "nous avons",
    "vous êtes": "nous sommes",
    "vous aviez": "nous avions",
    "vous étiez": "nous étions",
    "vous n'avez": "nous n'avons",
    "vous n'êtes": "nous ne sommes",
    "vous m'avez": "nous t'avons",
    "vous m'aviez": "nous t'avions",
    "vous ne m'avez": "nous ne t'avons",
    "vous ne m'aviez": "nous ne t'avions",
    "votre": "notre",
    "vos": "nos",
    "et toujours rien.": "et tu n'as toujours rien reçu.",
    "et rien.": "et tu n'as toujours rien reçu.",
}
RESTATE_BLOCKERS_INFORMAL = (
    r"(?i)(?<!\w)(?:"
    r"\w+-(?:moi|nous|toi)(?!\w)|s['’]il (?:vous|te) pla[îi]t|"
    r"(?:nous|notre|nos|on)(?!\w)|"
    r"je(?!\s+(?:suis|ne\s+suis|n['’](?:ai|avais|étais)|t['’](?:ai|avais)|"
    r"conteste|constate|réclame|" + _JE_ALL + r")(?!\w))(?!\w)|"
    r"j['’](?!(?:ai|avais|étais|" + _J_ALL + r")(?!\w))|"
    r"tu(?!\s+(?:as|es|avais|étais|n['’](?:as|es|avais|étais)|m['’](?:as|avais)|"
    r"ne\s+m['’](?:as|avais)|(?:ne\s+|n['’])?(?:" + _TU_VERBS + r"))(?!\w))(?!\w)|"
    r"(?<!je\s)t['’](?!(?:as|a|ont|avait)(?!\w))|"
    r"(?<!tu\s)(?<!tu\sne\s)(?<!vous\s)(?<!vous\sne\s)m['’](?!(?:a|ont|avait|avaient|est)(?!\w))|"
    r"vous(?!\s+(?:ne\s+)?m['’](?:avez|aviez)(?!\w))(?!\s+(?:avez|êtes|aviez|étiez|n['’]avez|"
    r"n['’]êtes|(?:ne\s+|n['’])?(?:" + _VOUS_VERBS + r"))(?!\w))(?!\w)"
    r")"
)
# A helpdesk's or forum's line above which the reply goes, or the heading of earlier replies
# (mail/_quotes.py): what follows is history.
REPLY_ABOVE = (
    "(?:veuillez )?(?:répondre|saisir votre réponse) au-dessus de cette ligne",
    "(?:pour répondre par (?:e-?mail|courriel),? )?(?:écrivez|répondez) au-dessus de cette ligne",
    "réponses précédentes",
    "historique de la conversation",
)
# A helpdesk's line below a notification, under which a reply may be written too
# (mail/_quotes.py): what is above it, down from a "write above" marker or from the top, is
# the notification.
REPLY_BELOW = (
    "(?:pour répondre par (?:e-?mail|courriel),? )?(?:écrivez|répondez) "
    "(?:en[- ]dessous de|sous) cette ligne",
)
# A mailing list's footer (mail/_quotes.py): it and what follows are not the sender's words.
LIST_FOOTERS = (
    "vous recevez ce message car vous êtes abonné",
    "pour vous désabonner de ce groupe",
    "vous désabonner de cette liste",
    "-{3,} section suivante -{3,}",  # Mailman, above a scrubbed attachment
)

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
NOON_WORDS = (r"midi",)  # a deadline at noon, the day the email was sent
# A request for an answer that names none (checks/asks.py): with no ask before it, a written
# answer; after one, the day it is due.
ANSWER_LEADS = (
    r"(?:faites|fais|tenez|tiens)-(?:moi|nous) (?:savoir|signe|au courant)|(?:me|nous) faire (?:savoir|signe)|(?:revenez|reviens) vers (?:moi|nous)",
)
# The client offering a slot (checks/asks.py): gives the ask before it its day.
SLOT_LEADS = (
    r"(?:je suis|je serai|on est|nous sommes) (?:\w+ )?dispo\w*|(?:vous|te) (?:convient|conviendrait|va|irait)|je peux",
)
# Who is to attend a meeting and where (checks/asks.py): the word before the people ("with
# Paola") and the places a client names ("at our office"); the reply names both.
MEETING_WITH = (r"avec",)
MEETING_PLACES = (
    r"dans (?:nos|vos|tes) locaux(?: à (?-i:[A-Z])\w+)?|chez (?:nous|vous|toi)(?: à (?-i:[A-Z])\w+)?|à (?:notre|votre|ton) bureau",
)
# A reason clause after a comma names no ask; a candour lead-in's copula (checks/asks.py).
REASON_WORDS = (r"parce que|puisque|car|étant donné que|pour que|afin que|afin de|pour pouvoir",)
CONDITION_WORDS = (r"si|s'il|s'ils|sinon",)
COPULAS = (r"être",)

# A concern that tells what we did or failed to do is the client's account (drafting/concerns.py):
# "Nous n'avons jamais envoyé le rapport" -> "Vous m'écrivez que nous n'avons jamais envoyé ...".
CLAIM_START = r"nous|notre|nos|personne|aucun\w*|on|je|jamais|rien"
CLAIM_WORDS = r"nous|notre|nos|personne"
CLAIM_FRAMES = {"formal": "Vous m'écrivez que", "informal": "Tu m'écris que"}

# Money asked back near an amount; a fix wanted now (checks/asks.py).
MONEY_BACK = (r"rembours\w*|déduit\w*|déduire|retiré\w*|retirer|crédité\w*|restitu\w*",)
# "I wonder": what follows is thought aloud, not asked for (checks/asks.py).
WONDER_WORDS = (r"je me demande|nous nous demandons|on se demande",)
# A document that corrects a bill: answered as money is (drafting/answers.py).
BILLING_CORRECTIONS = (
    r"factures? (?:corrigées?|rectifiées?|rectificatives?|modifiées?)|factures? (?:\w+ ){0,4}sans|notes? de crédit|avoirs?",
)
# A lead followed by one announces; a period's end is a time (checks/asks.py).
INFORMING = (
    r"vous (?:informer|signaler|dire|prévenir)|t['’](?:informer|avertir)|te (?:dire|signaler|prévenir)|(?:vous|te) (?:le |l['’])(?:dire|annoncer|écrire)",
)
PERIOD_ENDS = (
    r"(?:avant|d['’]ici|jusqu['’]à|à|après) la fin (?:du|de la|de l['’]|de notre|de votre|des) ?\w+",
)
IMMEDIATE = (
    r"tout de suite|immédiatement|maintenant|dès maintenant|sans délai|au plus vite|ce soir|dès aujourd'hui",
)
# A proposed time (checks/asks.py): "I suggest Tuesday 1 December at 10:00".
PROPOSAL_LEADS = (
    r"je (?:vous |te )?propose|nous (?:vous |te )?proposons|je suggère|nous suggérons",
)
# Words a full stop does not end a sentence after (lang/sentences.py): "l'ing. Kowalski".
ABBREVIATIONS = (
    "m",
    "mme",
    "mlle",
    "dr",
    "pr",
    "tél",
    "cf",
    "env",
)
# A line that introduces a list of asks ("My requests:"): each item is an ask (checks/asks.py).
LIST_INTROS = (
    r"suivant\w*|demandes?|exigences|attentes|besoin|(?:trois|quatre|deux|cinq) choses(?! qui\b)|voici ce que|(?:ma|notre) proposition",
)
ORDINAL_OPENERS = (
    r"premièrement|deuxièmement|troisièmement|d['’]abord|ensuite|enfin|(?:la|le) (?:première|premier|deuxième|seconde?|troisième)",
)

# A book fact that recites the contract or puts the matter on the client is not stated to
# them (drafting/record.py).
CONTRACT_WORDS = (r"contrat\w*|contractuel\w*|fix[ée]+s? par le client",)

# How a noun phrase starts (drafting/answers.py): a list item that starts so is named in the
# reply's answer to it.
NOUN_OPENERS = (r"un|une|le|la|les|l['’]|des|du|votre|vos|ton|ta|tes|notre|nos",)
# The object of an ask in the client's words (checks/phrases.py): how it starts, what joins
# a complement to it, and the words it ends before.
DETERMINERS = (
    r"le|la|les|l['’]|un|une|des|du|mon|ma|mes|notre|nos|votre|vos|ton|ta|tes|ce|cet|cette|ces",
)
PHRASE_LINKS = (r"de|d['’]|du|des|pour|sur|avec|sans|à|au|aux|dans|en|concernant|entre|chez",)
PHRASE_STOPS = (
    r"afin|pour que|parce que|car|dès que|dès|rapidement|immédiatement|aujourd['’]hui|demain|"
    r"cette semaine|la semaine prochaine|aussi|également|s['’]il vous plaît|s['’]il te plaît|svp|merci|"
    r"sinon|si|quand|qui|que|qu['’]|dont|ainsi que|je|j['’]|nous|vous|est|sont|était",
)

# The sender's own form of address (mail/sender.py): a title before their own name in the
# signature or the From name ("Mme Claire Dupont", "M. Jean Petit"), or what they say of
# themself in the first person, whose ending marks the gender ("je suis déçue", "j'ai été
# surprise", "je me suis sentie", "moi-même, surprise"). A masculine ending counts only where
# the feminine is more than it plus "e" ("furieux", "inquiet"): "je suis déçu" may be a woman
# who dropped the agreement. Not "elle est", "nous sommes", nor a quotation.
_I_AM = (
    r"(?<!\w)(?:je\s+(?:ne\s+|n['’])?(?:suis|me\s+suis|me\s+sens|me\s+sentais|serais|serai|"
    r"reste|restais|étais)|j['’](?:ai|avais|aurais)\s+été|j['’]étais|moi-même\s*,?)\s+"
    r"(?:(?:pas|plus|jamais|très|vraiment|tellement|si|trop|assez|plutôt|particulièrement|"
    r"profondément|extrêmement|franchement|sincèrement|absolument|totalement|complètement|"
    r"encore|toujours|déjà|bien|aussi|un\s+peu|d['’]autant\s+plus)[\s,]+){0,4}"
)
_FEMININE = (
    "déçue|ravie|surprise|fatiguée|épuisée|étonnée|choquée|inquiète|furieuse|mécontente|"
    "contente|navrée|désolée|certaine|sûre|persuadée|convaincue|agacée|frustrée|"
    "exaspérée|heureuse|malheureuse|prête|lassée|sidérée|outrée|abasourdie|stupéfaite|"
    "obligée|contrainte|forcée|gênée|embarrassée|vexée|blessée|soulagée|satisfaite|"
    "insatisfaite|consternée|indignée|scandalisée|attristée|énervée|dépitée|reconnaissante|"
    "sentie|restée|allée|venue|arrivée|retrouvée|tombée|rentrée|revenue|devenue|"
    "informée|ignorée|déterminée|rassurée|perdue"
)
_MASCULINE = "heureux|malheureux|furieux|anxieux|soucieux|curieux|nerveux|honteux|inquiet|las"
GENDER_CUES = {
    "titles": {
        "Ms": (r"mme\.?", r"madame", r"mlle\.?", r"mademoiselle"),
        "Mr": (r"m\.", r"monsieur", r"mr\.?"),
    },
    # The role on the sender's name line or just below it, feminine only ("Directrice
    # commerciale"): "Directeur" is also signed by women.
    "roles": {
        "Ms": (
            *(r"directrice", r"g[ée]rante", r"(?:co-?)?fondatrice", r"(?:vice-)?pr[ée]sidente"),
            *(r"assistante", r"charg[ée]e", r"associ[ée]e", r"conseill[èe]re", r"avocate"),
            *(r"administratrice", r"coordinatrice", r"acheteuse", r"cheffe"),
        ),
    },
    "self": {
        "Ms": (rf"{_I_AM}(?:{_FEMININE})(?!\w)",),
        "Mr": (rf"{_I_AM}(?:{_MASCULINE})(?!\w)",),
    },
}
# A formal greeting by salutation: "Bonjour Madame Dupont" (a title is not written with it).
SALUTATION_DROPS_TITLES = True

# Restating a concern (drafting/concerns.py): heat-only words, a closing judgment, threats,
# and the frame for a point no pronoun turns.
INTENSIFIERS = (
    "absolument",
    "complètement",
    "totalement",
    "vraiment",
    "carrément",
    "extrêmement",
    "tout simplement",
    "franchement",
    "réellement",
    # curses that only raise the heat ("your damn banner" -> "your banner")
    r"foutue?s?",
    r"fichue?s?",
    r"maudite?s?",
    "putain de",
    r"satanée?s?",
)
VERDICTS = (
    r"ce qui est (?:\w+ )?(?:inadmissible|inacceptable|scandaleux|honteux|intolérable)",
    r"c['’]est (?:\w+ )?(?:inadmissible|inacceptable|scandaleux|honteux|intolérable|"
    r"incroyable|une honte)",
    r"(?:inadmissible|inacceptable|incroyable|scandaleux)",
)
THREATS = (
    r"avocats?|juridique\w*|tribunal|tribunaux|mise en demeure|justice|contentieux|"
    r"(?:mauvais|négatifs?) avis",
)
# A question about something that never came (drafting/concerns.py condense): what it means.
# Nobody and somebody (checks/situations.py): no firm that makes an offer ("Nobody offered us").
INDEFINITE_PEOPLE = ("personne", "quelqu'un", "tout le monde")
WHEREABOUTS = (
    (
        r"^(?:alors,? )?(?:où (?:est|en est)|il est où|elle est où) (?P<x>.+?)$",
        "{x} n'est toujours pas là.",
    ),
    (
        r"^(?:alors,? )?(?:où sont|ils sont où|elles sont où) (?P<x>.+?)$",
        "{x} ne sont toujours pas là.",
    ),
)
REPORT_FRAMES = {"formal": "Vous me signalez que", "informal": "Tu me signales que"}
# Small talk around a complaint (drafting/concerns.py): never restated.
PLEASANTRIES = (
    r"j['’]espère que",
    r"nous espérons que",
    r"en espérant que",
    r"j['’]espère (?:vous|te)",
    # the writer's apology for how they write ("Scusa la franchezza", "Sorry for the long email")
    r"(?:désolée? (?:pour|de)|pardon (?:pour|de)|excusez(?:-moi)? (?:pour|de)?|excuse(?:-moi)? (?:pour|de)?|pardonnez(?:-moi)?) (?:le|la|ce|cette|mon|ma|l['’])\s*(?:long|longueur|ton|franchise|message|courriel|mail|roman|pavé)",
)

# A sentence that only says a message of ours came ("Nous avons reçu ce mardi votre facture
# 2026-0412"): the context of a complaint, no point to restate unless it is negated or
# complains (drafting/concerns.py condense).
RECEIPTS = (
    r"(?:j'ai|j’ai|nous avons|on a) (?:bien |donc |enfin )?(?:reçu|lu|pris connaissance de) "
    r"(?:\S+ ){0,6}?(?:lettre|courrier|courriel|e-?mail|mail|message|facture|note|avis|annonce|"
    r"communication|rappel|rapport)s?\b",
    r"(?:je viens|nous venons) de (?:recevoir|lire) ",
)

# Who a client asks to be involved (checks/asks.py "person" asks), as the reply names them:
# (pattern on the words the client used, our phrase). First match wins (answers.py).
SENIOR_ROLES = (
    (r"directrice générale", "notre directrice générale"),
    (r"directeur général|\bdg\b|\bpdg\b|\bceo\b", "notre directeur général"),
    (r"gérante", "notre gérante"),
    (r"gérant", "notre gérant"),
    (r"directrice", "notre directrice"),
    (r"directeur", "notre directeur"),
    (r"direction", "notre direction"),
    (r"responsable|supérieur|patron", "mon responsable"),
)
# Words a clause cut off after a comma cannot begin with (drafting/concerns.py _cut): a list
# going on ("then the 20th, then the 19th"), a relative clause, a reason ("principalement en
# raison de ..."); such a tail is no sentence alone. Not "and": a clause often follows it.
TAIL_OPENERS = (
    r"(?:principalement |surtout |notamment )?(?:en raison|à cause|du fait) (?:de|du|des)",
    "puis",
    "qui",
    "que",
    "dont",
    "où",
    "lorsque",
    "principalement",
    "notamment",
    "surtout",
    r"à l['’]issue",
)
# The last place in a ranking ("classée dernière sur quatre", "last of the five agencies"):
# a place as an ordinal is (checks/situations.py names_a_standing).
LAST_WORDS = ("dernier", "dernière", "derniers", "dernières")
# How an email closes after its asks ("Let me know.", "Fammi sapere."): no ask of its own
# when short and dateless (checks/asks.py).
CLOSINGS = (
    r"dites-moi|dis-moi|tenez-moi au courant|tiens-moi au courant|faites-moi savoir|fais-moi savoir",
)
# Words that name the main point (drafting/concerns.py): "the main reason is simple." puts
# that sentence, or the next when it says no more, first among the concerns.
SIGNPOSTS = (
    r"la (?:raison|cause) principale",
    r"le (?:problème|point|grief|souci) (?:principal|majeur)",
    r"(?:mon|notre) (?:principal|plus gros|vrai) (?:problème|grief|souci|reproche)",
    r"le (?:plus gros|vrai) (?:problème|souci)",
    r"ce qui (?:m'|nous )?(?:a le plus pesé|pèse le plus|a pesé le plus|(?:me|nous) (?:gêne|dérange|agace|inquiète) le plus)",
    r"ce qui a fait pencher la balance",
)
# What came of a request, told after it in its sentence (checks/_ask_leads.py): "Les pedimos
# el informe … y llegó tres semanas tarde" tells a request, it makes none.
REQUEST_OUTCOMES = (
    r"(?:et|mais) (?:il|elle|ils|elles|rien|personne|on) (?:n'|ne )?(?:est|sont|a|ont) (?:jamais |pas )?(?:arrivé|arrivée|arrivés|arrivées|répondu|reçu)",
)
# What follows a person of ours asked for by name (checks/_ask_names.py): "Marco on this",
# "Je veux Karim dessus", "Lotte terug op ons account", "Voglio Giorgio, quello che ...".
PERSON_TAILS = (
    r"dessus\b",
    r"sur (?:ce|cette|notre|nos|mon|ma) (?:dossier|compte|projet|sujet)\b",
    r"de retour\b",
    r"en charge\b",
    r",\s*(?:celui|celle|qui|le seul|la seule)\b",
    r"(?:reprenne|revienne|s['’]occupe|suive)\b",
)
# The same opening an item of a list of asks, where a noun may open it ("Confirmation on
# the new prices"): only words that put a person on the work.
PERSON_ITEM_TAILS = (r"dessus\b", r"de retour\b")
# "Nothing" closing a list of what is missing ("no email, no heads-up, nothing."): emphasis,
# never restated (drafting/concerns.py).
NOTHING_WORDS = ("rien", "rien du tout", "rien de rien", "que dalle")
# What a meeting asked for is for (checks/asks.py): "para fecharmos o plano para 2027" names
# the meeting's subject, no thing asked for of its own.
MEETING_PURPOSES = (
    r"pour (?:finaliser|discuter|parler|revoir|analyser|arrêter|définir|faire le point|boucler|clore|valider)",
    r"afin de (?:finaliser|discuter|parler|revoir|analyser|arrêter|définir|faire le point|boucler|clore|valider)",
)
# Verbs of understanding after a request lead (checks/asks.py): "comprendre comment vous
# comptez corriger" asks for an explanation, not the fix.
UNDERSTAND_WORDS = ("comprendre",)
# Candour leading into a point before a colon (drafting/concerns.py): the lead-in goes.
CANDOUR = (
    r"(?:je vais|je dois|je veux|je serai|soyons|pour être|je vais vous|je vais te) (?:\w+ ){0,2}(?:franc|franche|francs|honnête|direct|directe|clair|claire|cash)",
)
# Verbs of attending (checks/asks.py): "¿Podría confirmarme si asistirá?" after a sentence
# that names a meeting and its day asks to attend it.
ATTEND_WORDS = (r"assister", r"participer", r"(?:serez|seras) (?:présente?s?|là)")
# A negated instruction opening a sentence (drafting/concerns.py): what not to do, no point
# to restate ("No me manden otro mail lleno de frases lindas").
NEGATED_IMPERATIVES = (
    r"(?:ne|n['’]) ?(?:m['’]|me |nous )?(?:envoyez|envoie|appelez|appelle|répondez|réponds|écrivez|écris|dites|dis)\b",
)
# "Hereby" (checks/situations.py): a notice so given stands whatever condition its sentence
# names.
HEREBY_WORDS = ("par la présente", "par la présente lettre")
# The client's own (checks/asks.py): a meeting named with it ("before our 11:00 trading
# call") is theirs, not one asked of us.
OUR_WORDS = ("notre", "nos", "mon", "ma", "mes")
# Moving a meeting (checks/asks.py): "Can we move our call to Friday?" asks for it.
RESCHEDULE_WORDS = (r"déplacer", r"décaler", r"reporter", r"avancer")
# Read in every language (lang/__init__.py): words for none opening a list of what is
# missing, polite pronouns that are no name, counting words, "me"/"us" after a verb.
NONE_WORDS = ("zéro", "pas", "sans")
POLITE_PRONOUNS = ("vous",)
COUNTING_WORDS = (r"\w+ièmement",)
OBJECT_PRONOUNS = ("moi", "nous")
