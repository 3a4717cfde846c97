"""Russian (русский): what draft-reply knows of Russian (lang/__init__.py)."""

NAME = "Russian"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py).
QUOTE_SEPARATORS = (
    "исходное сообщение",
    "пересылаемое сообщение",
)
ATTRIBUTION_VERBS = (
    "написал[аи]?",
    "пишет",
    "пишут",
)
HEADER_FROM = ("от",)
HEADER_FIELDS = (
    "отправлено",
    "кому",
    "тема",
    "дата",
)
MOBILE_SIGNATURES = ("отправлено с",)
DISCLAIMER_CUES = (
    "конфиденциальн",
    "адресат",
    "по ошибке",
)
QUOTE_LIBRARY = False  # mail-parser-reply has tables for it
