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
