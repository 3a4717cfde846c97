"""Turkish (Türkçe): what draft-reply knows of Turkish (lang/__init__.py)."""

NAME = "Turkish"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py). Gmail:
# "X <x@y>, 3 Kas 2026 Sal, 09:14 tarihinde şunu yazdı:".
QUOTE_SEPARATORS = (
    "orijinal mesaj",
    "özgün ileti",
    "iletilen mesaj",
    "iletilmiş ileti",
    "iletilen ileti",
    "iletilmiş mesaj",
)
FORWARD_INTROS = ("iletilen mesajın başlangıcı",)
ATTRIBUTION_VERBS = ("tarihinde şunu yazdı", "şunu yazdı", "yazdı")
ATTRIBUTION_STARTS = ()
HEADER_FROM = ("kimden",)
HEADER_FIELDS = ("gönderildi", "gönderilme tarihi", "tarih", "kime", "konu", "bilgi")
MOBILE_SIGNATURES = ("iphone'umdan gönderildi", "gönderildi:")
DISCLAIMER_CUES = ("gizli", "alıcı", "yanlışlıkla")
