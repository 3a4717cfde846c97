"""Croatian (hrvatski): what draft-reply knows of Croatian (lang/__init__.py)."""

NAME = "Croatian"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py). Apple Mail:
# "Započni proslijeđenu poruku:" with "Šalje: / Predmet: / Datum: / Prima:"; Thunderbird:
# "-------- Proslijeđena poruka --------" with "Naslov:".
QUOTE_SEPARATORS = ("proslije(?:đ|d)ena poruka",)
FORWARD_INTROS = ("zapo(?:č|c)ni proslije(?:đ|d)enu poruku",)
HEADER_FROM = ("(?:š|s)alje",)
HEADER_FIELDS = ("predmet", "naslov", "prima")
