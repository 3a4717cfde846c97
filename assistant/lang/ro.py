"""Romanian (română): what draft-reply knows of Romanian (lang/__init__.py)."""

NAME = "Romanian"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py).
QUOTE_SEPARATORS = ("mesaj(?:ul)? original", "mesaj redirecționat", "mesaj redirectionat")
FORWARD_INTROS = ("începutul mesajului redirecționat", "începe mesajul redirecționat")
ATTRIBUTION_VERBS = ("a scris",)
ATTRIBUTION_STARTS = ("pe", "în", "in")
HEADER_FROM = ("de la", "expeditorul")
HEADER_FIELDS = (
    "trimis",
    "dată",
    "data",
    "către",
    "catre",
    "subiect",
    "cc",
    "subiectul",
    "destinatarul",
)
MOBILE_SIGNATURES = ("trimis de pe", "trimis din")
DISCLAIMER_CUES = ("confidențial", "confidential", "destinatar", "din greșeală")
