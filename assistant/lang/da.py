"""Danish (dansk): what draft-reply knows of Danish (lang/__init__.py)."""

NAME = "Danish"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py).
QUOTE_SEPARATORS = (
    "oprindelig (?:besked|meddelelse)",
    "original besked",
    "videresendt (?:besked|meddelelse)",
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
    "modtager",
    "ved en fe[jl]l",
)
QUOTE_LIBRARY = True  # mail-parser-reply has tables for it
