"""Norwegian (norsk bokmål): what draft-reply knows of Norwegian (lang/__init__.py)."""

NAME = "Norwegian"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py).
QUOTE_SEPARATORS = (
    "opprinnelig melding",
    "videresendt melding",
    "original melding",
    "opphavleg melding",  # Nynorsk
    "vidaresend melding",
)
# Outlook: "Name <addr> skrev følgende den 28/10/2021, 12:46:", the date after the verb.
ATTRIBUTION_VERBS = ("skrev", "skreiv", "skrev f(?:ø|o)lgende den .{4,30}?\\d{1,2}[.:]\\d{2}")
ATTRIBUTION_STARTS = ("den",)
HEADER_FROM = ("fra", "frå")
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
