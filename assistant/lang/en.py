"""English: what draft-reply knows of English (lang/__init__.py)."""

NAME = "English"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py).
QUOTE_SEPARATORS = (
    "original message",
    "forwarded message",
)
FORWARD_INTROS = ("begin forwarded message",)
ATTRIBUTION_VERBS = (
    "wrote",
    "writes",
)
ATTRIBUTION_STARTS = ("on",)
HEADER_FROM = ("from",)
HEADER_FIELDS = (
    "sent",
    "date",
    "to",
    "subject",
    "cc",
)
MOBILE_SIGNATURES = (
    "sent from",
    "sent with",
    "sent via",
    "get outlook for",
)
DISCLAIMER_CUES = (
    "confidential",
    "privileged",
    "intended (?:solely |only )?for",
    "(?:received|sent) (?:this|it) in error",
    "notify the sender",
    "unauthori[sz]ed",
    "disclaimer",
)
QUOTE_LIBRARY = True  # mail-parser-reply has tables for it
