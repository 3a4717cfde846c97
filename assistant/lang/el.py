"""Greek (ελληνικά): what draft-reply knows of Greek (lang/__init__.py)."""

NAME = "Greek"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py).
QUOTE_SEPARATORS = ("αρχικό μήνυμα", "πρωτότυπο μήνυμα", "προωθημένο μήνυμα")
FORWARD_INTROS = ("αρχή προωθημένου μηνύματος",)
ATTRIBUTION_VERBS = ("έγραψε",)
ATTRIBUTION_STARTS = ("στις", "την", "ο/η")
HEADER_FROM = ("από",)
HEADER_FIELDS = ("στάλθηκε", "αποστολή", "ημερομηνία", "προς", "θέμα", "κοιν")
MOBILE_SIGNATURES = ("στάλθηκε από",)
DISCLAIMER_CUES = ("εμπιστευτικ", "παραλήπτ")
