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
