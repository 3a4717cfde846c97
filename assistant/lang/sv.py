"""Swedish (svenska): what draft-reply knows of Swedish (lang/__init__.py)."""

NAME = "Swedish"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py).
QUOTE_SEPARATORS = (
    "originalmeddelande",
    "ursprungligt meddelande",
    "vidarebefordrat meddelande",
)
ATTRIBUTION_VERBS = ("skrev",)
ATTRIBUTION_STARTS = ("den",)
HEADER_FROM = ("fr[åa]n",)
HEADER_FIELDS = (
    "skickat",
    "till",
    "[äa]mne",
    "datum",
)
MOBILE_SIGNATURES = ("skickat från",)
DISCLAIMER_CUES = (
    "konfidentiell",
    "mottagare",
    "av misstag",
)
QUOTE_LIBRARY = True  # mail-parser-reply has tables for it
