"""Croatian (hrvatski): what draft-reply knows of Croatian (lang/__init__.py)."""

NAME = "Croatian"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py). Apple Mail:
# "Započni proslijeđenu poruku:" with "Šalje: / Predmet: / Datum: / Prima:"; Thunderbird:
# "-------- Proslijeđena poruka --------" with "Naslov:".
QUOTE_SEPARATORS = ("proslije(?:đ|d)ena poruka", "izvorna poruka", "originalna poruka")
FORWARD_INTROS = ("zapo(?:č|c)ni proslije(?:đ|d)enu poruku",)
ATTRIBUTION_VERBS = ("je napisa(?:o|la)", "napisa(?:o|la) je", "pi(?:š|s)e")
HEADER_FROM = ("(?:š|s)alje", "od")
HEADER_FIELDS = ("predmet", "naslov", "prima", "poslano", "datum", "za")
