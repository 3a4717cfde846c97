"""Norwegian (norsk bokmål): what draft-reply knows of Norwegian (lang/__init__.py)."""

NAME = "Norwegian"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py).
QUOTE_SEPARATORS = (
    "opprinnelig melding",
    "videresendt melding",
)
ATTRIBUTION_VERBS = ("skrev",)
ATTRIBUTION_STARTS = ("den",)
HEADER_FROM = ("fra",)
HEADER_FIELDS = (
    "sendt",
    "dato",
    "til",
    "emne",
)
MOBILE_SIGNATURES = ("sendt fra",)
DISCLAIMER_CUES = (
    "fortrolig",
    "mottaker",
    "ved en fe[jl]l",
)
QUOTE_LIBRARY = False  # mail-parser-reply has tables for it
