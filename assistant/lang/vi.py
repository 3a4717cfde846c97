"""Vietnamese (Tiếng Việt): what draft-reply knows of Vietnamese (lang/__init__.py)."""

NAME = "Vietnamese"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py). Gmail:
# "Vào 14:24 8 tháng 6, 2017, X <x@y> đã viết:"; Outlook: Từ: / Đã gửi: / Đến: / Chủ đề:.
QUOTE_SEPARATORS = (
    "thư gốc",
    "tin nhắn đã được chuyển tiếp",
    "tin nhắn gốc",
    "thư được chuyển tiếp",
    "thư chuyển tiếp",
)
FORWARD_INTROS = ("bắt đầu thư được chuyển tiếp",)
ATTRIBUTION_VERBS = ("đã viết", "viết")
ATTRIBUTION_STARTS = ("vào",)
HEADER_FROM = ("từ",)
HEADER_FIELDS = ("đã gửi", "ngày", "đến", "tới", "cc", "chủ đề", "tiêu đề")
MOBILE_SIGNATURES = ("được gửi từ iphone", "gửi từ iphone", "được gửi từ")
DISCLAIMER_CUES = ("bảo mật", "người nhận", "nhầm lẫn")
