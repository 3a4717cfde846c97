"""Ukrainian (українська): what draft-reply knows of Ukrainian (lang/__init__.py)."""

NAME = "Ukrainian"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py).
QUOTE_SEPARATORS = (
    "оригінальне повідомлення",
    "початкове повідомлення",
    "пересланий лист",
    "переслане повідомлення",
    "перенаправлене повідомлення",
)
FORWARD_INTROS = ("початок пересланого повідомлення", "початок листа, що пересилається")
ATTRIBUTION_VERBS = ("пише", "написав", "написала", "написав\\(ла\\)")
ATTRIBUTION_STARTS = ("від", "пн", "вт", "ср", "чт", "пт", "сб", "нд")
HEADER_FROM = ("від", "від кого")
HEADER_FIELDS = ("надіслано", "дата", "кому", "тема", "копія")
MOBILE_SIGNATURES = ("надіслано з",)
DISCLAIMER_CUES = ("конфіденційн", "адресат")
