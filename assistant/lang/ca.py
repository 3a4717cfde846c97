"""Catalan (català): what draft-reply knows of Catalan (lang/__init__.py)."""

NAME = "Catalan"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py).
QUOTE_SEPARATORS = ("missatge original", "missatge reenviat")
FORWARD_INTROS = ("inici del missatge reenviat",)
ATTRIBUTION_VERBS = ("va escriure", "ha escrit", "escrigué")
ATTRIBUTION_STARTS = ("el", "en")
HEADER_FROM = ("de",)
HEADER_FIELDS = ("enviat", "data", "per a", "a", "assumpte", "cc")
MOBILE_SIGNATURES = ("enviat des de",)
DISCLAIMER_CUES = ("confidencial", "destinatari", "per error")
