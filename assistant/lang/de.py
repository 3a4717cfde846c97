"""German (Deutsch): what draft-reply knows of German (lang/__init__.py)."""

NAME = "German"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py).
QUOTE_SEPARATORS = (
    "weitergeleitete nachricht",
    "urspr(?:ü|ue)ngliche nachricht",
)
FORWARD_INTROS = ("anfang der weitergeleiteten nachricht",)
ATTRIBUTION_VERBS = ("schrieb",)
ATTRIBUTION_STARTS = ("am",)
HEADER_FROM = ("von",)
HEADER_FIELDS = (
    "gesendet",
    "datum",
    "an",
    "betreff",
    "kopie(?: \\(cc\\))?",
)
MOBILE_SIGNATURES = (
    "gesendet von",
    "gesendet mit",
    "von meinem",
)
DISCLAIMER_CUES = (
    "vertraulich",
    "irrt(?:ü|ue)mlich",
    "richtige adressat",
    "unbefugte",
    "benachrichtigen sie",
    "absender",
)
QUOTE_LIBRARY = True  # mail-parser-reply has tables for it
