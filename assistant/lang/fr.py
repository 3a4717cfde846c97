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
        r"retard\w*|encore|toujours|jamais|d[ée]çu\w*|d[ée]cevant\w*|inacceptable|"
        r"probl[èe]mes?|attend\w*|erreurs?|faux|fausse|mauvais\w*|frustr\w*|"
        r"m[ée]content\w*|lent\w*|personne|ignor\w*|plainte\w*"
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
