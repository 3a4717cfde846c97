"""Portuguese (português): what draft-reply knows of Portuguese (lang/__init__.py)."""

NAME = "Portuguese"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py).
QUOTE_SEPARATORS = (
    "mensagem original",
    "mensagem encaminhada",
)
FORWARD_INTROS = ("in[ií]cio da mensagem reencaminhada",)
ATTRIBUTION_VERBS = ("escreveu",)
ATTRIBUTION_STARTS = ("em",)
HEADER_FROM = ("de",)
HEADER_FIELDS = (
    "enviado",
    "data",
    "para",
    "assunto",
)
MOBILE_SIGNATURES = ("enviado do",)
DISCLAIMER_CUES = (
    "destinatário",
    "por engano",
)
QUOTE_LIBRARY = False  # mail-parser-reply has tables for it
