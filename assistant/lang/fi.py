"""Finnish (suomi): what draft-reply knows of Finnish (lang/__init__.py)."""

NAME = "Finnish"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py).
QUOTE_SEPARATORS = (
    "alkuper(?:ä|a)inen viesti",
    "välitetty viesti",
)
ATTRIBUTION_VERBS = ("kirjoitti",)
HEADER_FROM = ("l[äa]hett[äa]j[äa]",)
HEADER_FIELDS = (
    "l[äa]hetetty",
    "vastaanottaja",
    "aihe",
)
DISCLAIMER_CUES = (
    "luottamuksellinen",
    "erehdyksess(?:ä|a)",
)
QUOTE_LIBRARY = False  # mail-parser-reply has tables for it
