"""Russian (русский): what draft-reply knows of Russian (lang/__init__.py)."""

NAME = "Russian"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py).
QUOTE_SEPARATORS = (
    "исходное сообщение",
    "пересылаемое сообщение",
    "перенаправленное сообщение",
)
FORWARD_INTROS = ("начало переадресованного сообщения",)
ATTRIBUTION_VERBS = (
    "написал[аи]?",
    "пишет",
    "пишут",
)
HEADER_FROM = ("от", "отправитель")
HEADER_FIELDS = (
    "отправлено",
    "кому",
    "тема",
    "дата",
    "копия",
)
MOBILE_SIGNATURES = ("отправлено с",)
DISCLAIMER_CUES = (
    "конфиденциальн",
    "адресат",
    "по ошибке",
)
QUOTE_LIBRARY = False  # mail-parser-reply has tables for it
