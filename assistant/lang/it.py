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
