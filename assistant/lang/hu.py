"""Hungarian (magyar): what draft-reply knows of Hungarian (lang/__init__.py)."""

NAME = "Hungarian"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py). Gmail's
# attribution puts the verb before the date: "X <x@y> ezt írta (időpont: 2026. nov. 3., K, 9:14):".
QUOTE_SEPARATORS = ("eredeti üzenet", "továbbított üzenet")
FORWARD_INTROS = ("továbbított levél kezdete",)
ATTRIBUTION_VERBS = ("ezt írta(?: \\(időpont: [^)]{0,60}\\))?", "írta")
ATTRIBUTION_STARTS = ()
HEADER_FROM = ("feladó",)
HEADER_FIELDS = ("elküldve", "dátum", "címzett", "tárgy", "másolat")
# "iPhone-ról küldve", "Az iPhone-omról küldve".
MOBILE_SIGNATURES = ("(?:az )?iphone-(?:om)?r[óo]l k[üu]ldve", "küldve", "elküldve az")
DISCLAIMER_CUES = ("bizalmas", "címzett", "tévedésből")
