"""Swedish (svenska): what draft-reply knows of Swedish (lang/__init__.py)."""

NAME = "Swedish"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py).
QUOTE_SEPARATORS = (
    "originalmeddelande",
    "ursprungligt meddelande",
    "vidarebefordrat meddelande",
)
# Outlook: "Den 28/10/2021 12:46 skrev "Name" <addr> följande:".
ATTRIBUTION_VERBS = ("skrev", "skrev .{1,60}? f(?:ö|o)ljande")
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
