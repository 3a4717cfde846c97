"""Hebrew (עברית): what draft-reply knows of Hebrew (lang/__init__.py)."""

NAME = "Hebrew"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py). Gmail:
# "בתאריך יום ג׳, 3 בנוב׳ 2026 ב-9:14 מאת X <x@y>:" (the verb "מאת" before the name, the line
# ends with the address and a colon); Outlook: מאת: / נשלח: / אל: / נושא:.
QUOTE_SEPARATORS = ("הודעה מקורית", "הודעה שהועברה")
FORWARD_INTROS = ("תחילת ההודעה שהועברה",)
ATTRIBUTION_VERBS = ("כתב", "כתבה", "כתב/ה", "נכתב על ידי")
ATTRIBUTION_STARTS = ("בתאריך",)
HEADER_FROM = ("מאת",)
HEADER_FIELDS = ("נשלח", "תאריך", "אל", "עותק", "נושא")
MOBILE_SIGNATURES = ("נשלח מה",)
DISCLAIMER_CUES = ("חסוי", "הנמען", "בטעות")
