"""Slovak (slovenčina): what draft-reply knows of Slovak (lang/__init__.py)."""

NAME = "Slovak"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py). Outlook:
# "28/10/2021 12:46 používateľ Name (<addr>) napísal:"; Thunderbird: "-------- Preposlaná
# správa --------" with "Predmet: / Dátum: / Od: / Pre: / Kópia:".
QUOTE_SEPARATORS = ("preposlan(?:á|a) spr(?:á|a)va", "p(?:ô|o)vodn(?:á|a) spr(?:á|a)va")
FORWARD_INTROS = ("za(?:č|c)iatok preposlanej spr(?:á|a)vy",)
ATTRIBUTION_VERBS = ("nap[íi]sal\\(a\\)", "nap[íi]sal", "nap[íi]sala")
HEADER_FROM = ("od",)
HEADER_FIELDS = ("d[áa]tum", "pre", "predmet", "k[óo]pia", "odoslan[ée]", "komu")
