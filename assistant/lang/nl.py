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
