"""Czech (čeština): what draft-reply knows of Czech (lang/__init__.py)."""

NAME = "Czech"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py).
QUOTE_SEPARATORS = ("původní zpráva", "přeposlaná zpráva", "původní e-mail")
FORWARD_INTROS = ("začátek přeposlané zprávy",)
ATTRIBUTION_VERBS = ("napsal\\(a\\)", "napsal", "napsala", "píše")
ATTRIBUTION_STARTS = ("dne",)
HEADER_FROM = ("od", "odesílatel")
HEADER_FIELDS = ("odesláno", "datum", "komu", "předmět", "kopie")
MOBILE_SIGNATURES = ("odesláno z",)
DISCLAIMER_CUES = ("důvěrn", "adresát", "omylem")
