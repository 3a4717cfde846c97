"""Dutch (Nederlands): what draft-reply knows of Dutch (lang/__init__.py)."""

NAME = "Dutch"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py).
QUOTE_SEPARATORS = (
    "oorspronkelijk bericht",
    "doorgestuurd bericht",
)
ATTRIBUTION_VERBS = ("schreef",)
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
