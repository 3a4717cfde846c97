"""Arabic (العربية): what draft-reply knows of Arabic (lang/__init__.py)."""

NAME = "Arabic"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py). Gmail:
# "في الثلاثاء، 3 نوفمبر 2026 في 9:14 ص، كتب X <x@y>:"; Outlook: من: / تاريخ الإرسال: / إلى: /
# الموضوع:.
QUOTE_SEPARATORS = ("الرسالة الأصلية", "رسالة معاد توجيهها", "رسالة ممررة")
FORWARD_INTROS = ("بداية الرسالة المعاد توجيهها",)
ATTRIBUTION_VERBS = ("كتب", "كتبت", "الرسالة(?=\\s*:)")
ATTRIBUTION_STARTS = ("في", "بتاريخ", "على")
HEADER_FROM = ("من",)
HEADER_FIELDS = ("تاريخ الإرسال", "أرسلت", "التاريخ", "إلى", "نسخة", "الموضوع")
MOBILE_SIGNATURES = ("أرسلت من", "أُرسلت من")  # with and without the damma
DISCLAIMER_CUES = ("سري", "المرسل إليه", "عن طريق الخطأ")
