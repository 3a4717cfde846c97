"""Polish (polski): what draft-reply knows of Polish (lang/__init__.py)."""

NAME = "Polish"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py).
QUOTE_SEPARATORS = (
    "wiadomo(?:ś|s)(?:ć|c) oryginalna",
    "przekazana wiadomo(?:ś|s)(?:ć|c)",
)
ATTRIBUTION_VERBS = (
    "napisa[łl]\\(a\\)",
    "napisa[łl]a?",
    "pisze",
)
ATTRIBUTION_STARTS = ("dnia",)
HEADER_FROM = ("od",)
HEADER_FIELDS = (
    "wys[łl]ano",
    "do",
    "temat",
    "data",
)
MOBILE_SIGNATURES = ("wys[łl]ane z",)
DISCLAIMER_CUES = (
    "poufn",
    "adresat",
    "omy(?:ł|l)kowo",
    "przez pomy(?:ł|l)k(?:ę|e)",
)
QUOTE_LIBRARY = True  # mail-parser-reply has tables for it
