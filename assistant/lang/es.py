"""Spanish (español): what draft-reply knows of Spanish (lang/__init__.py)."""

NAME = "Spanish"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py).
QUOTE_SEPARATORS = (
    "mensaje original",
    "mensaje reenviado",
)
FORWARD_INTROS = ("comienzo del mensaje reenviado",)
ATTRIBUTION_VERBS = ("escribi[óo]",)
ATTRIBUTION_STARTS = ("el",)
HEADER_FROM = ("de",)
HEADER_FIELDS = (
    "enviado",
    "fecha",
    "para",
    "asunto",
)
MOBILE_SIGNATURES = ("enviado desde",)
DISCLAIMER_CUES = (
    "confidencial",
    "destinatari[oa]",
    "por error",
    "prohibid[ao]",
)
QUOTE_LIBRARY = True  # mail-parser-reply has tables for it

# The internal figures in words, and promises of money or deadlines (checks/references.py,
# drafting/facts.py): a reply in Spanish must not say them either.
SPELLED_NUMBERS = (
    ("cero",),
    ("uno", "una", "primer"),
    ("dos", "segund"),
    ("tres", "tercer"),
    ("cuatro", "cuart"),
    ("cinco", "quint"),
    ("seis", "sext"),
    ("siete", "séptim"),
    ("ocho", "octav"),
    ("nueve", "noven"),
    ("diez", "décim"),
    ("once", "undécim"),
    ("doce", "duodécim"),
    ("trece",),
    ("catorce",),
    ("quince",),
    ("dieciséis",),
    ("diecisiete",),
    ("dieciocho",),
    ("diecinueve",),
    ("veinte", "vigésim"),
)
HALF_WORDS = ("y medio", "coma cinco")
RANK_WORDS = ("puesto", "lugar", "posición", "número", "nº", "#")
OF_WORDS = ("de", "entre")
SHARE_WORDS = ("%", "por ciento")
TOP_CLIENT_WORDS = (
    "80/20",
    "80-20",
    "pareto",
    "principales clientes",
    "mayores clientes",
    "clientes más grandes",
    "clientes pequeños",
)
PROMISES = (
    "reembols",
    "devolución",
    "descuento",
    "abono",
    "gratis",
    "gratuito",
    "sin coste",
    "sin cargo",
    "compensa",
    "garantiz",
    "en 24 horas",
    "en 48 horas",
    "para mañana",
)
