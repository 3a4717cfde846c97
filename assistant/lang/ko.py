"""Korean (한국어): what draft-reply knows of Korean (lang/__init__.py)."""

NAME = "Korean"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py). Gmail:
# "2026년 11월 3일 (화) 오전 9:14, X <x@y>님이 작성:"; Outlook: 보낸 사람: / 보낸 날짜: / 받는
# 사람: / 제목:.
QUOTE_SEPARATORS = ("원본 메시지", "전달된 메시지")
FORWARD_INTROS = ("전달된 메시지 시작",)
ATTRIBUTION_VERBS = ("님이 작성", "작성함", "작성", "님이 씀", "씀", "쓴 글")
ATTRIBUTION_STARTS = ()
HEADER_FROM = ("보낸 사람",)
HEADER_FIELDS = ("보낸 날짜", "날짜", "받는 사람", "참조", "제목")
MOBILE_SIGNATURES = ("iphone에서 보냄", "보냄")
DISCLAIMER_CUES = ("기밀", "수신인", "잘못")
