"""Japanese (日本語): what draft-reply knows of Japanese (lang/__init__.py).

Japanese writes no spaces: patterns have no word edges of their own, and full-width colons
count as colons.
"""

NAME = "Japanese"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py). Gmail:
# "2026年11月3日(火) 9:14 X <x@y>:"; Apple Mail: "X のメール:"; Outlook: 差出人: / 送信日時: /
# 宛先: / 件名:.
QUOTE_SEPARATORS = ("元のメッセージ", "転送メッセージ", "元のメール")
FORWARD_INTROS = ("転送されたメッセージ",)
ATTRIBUTION_VERBS = ("書きました", "のメッセージ", "のメール", "wrote")
ATTRIBUTION_STARTS = ()
HEADER_FROM = ("差出人", "送信者", "送信元")
HEADER_FIELDS = ("送信日時", "日付", "宛先", "件名", "cc")
MOBILE_SIGNATURES = ("iphoneから送信", "送信元:")
DISCLAIMER_CUES = ("機密", "宛先", "誤って")
