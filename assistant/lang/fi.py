"""Finnish (suomi): what draft-reply knows of Finnish (lang/__init__.py)."""

NAME = "Finnish"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py).
QUOTE_SEPARATORS = (
    "alkuper(?:ä|a)inen viesti",
    "välitetty viesti",
    "edelleenl(?:ä|a)hetetty viesti",
)
# Outlook: "Name <addr> kirjoitti 28/10/2021 12.46:", the date after the verb.
ATTRIBUTION_VERBS = ("kirjoitti", "kirjoitti .{4,30}?\\d{1,2}[.:]\\d{2}")
HEADER_FROM = ("l[äa]hett[äa]j[äa]",)
HEADER_FIELDS = (
    "l[äa]hetetty",
    "vastaanottaja",
    "aihe",
)
MOBILE_SIGNATURES = ("l[äa]hetetty (?:\\S+ ){0,3}\\S+sta\\s*$",)  # "Lähetetty iPhonesta"
DISCLAIMER_CUES = (
    "luottamuksellinen",
    "erehdyksess(?:ä|a)",
)
QUOTE_LIBRARY = False  # mail-parser-reply has tables for it
