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
