"""Japanese (日本語): what draft-reply knows of Japanese (lang/__init__.py).

Japanese writes no spaces: patterns have no word edges of their own, and full-width colons
count as colons.
"""

NAME = "Japanese"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py). Gmail:
# "2026年11月3日(火) 9:14 X <x@y>:"; Apple Mail: "X のメール:"; Outlook: 差出人: / 送信日時: /
# 宛先: / 件名:.
QUOTE_SEPARATORS = (
    "元のメッセージ",
    "元メール",
    "転送メッセージ",
    "元のメール",
    "メッセージを転送",
)
FORWARD_INTROS = ("転送されたメッセージ",)
ATTRIBUTION_VERBS = ("書きました", "のメッセージ", "のメール", "wrote", "より(?=\\s*[:\\uff1a])")
ATTRIBUTION_STARTS = ()
HEADER_FROM = ("差出人", "送信者", "送信元")
HEADER_FIELDS = ("送信日時", "送信日", "日付", "宛先", "件名", "cc")
MOBILE_SIGNATURES = ("iphoneから送信", "送信元:")
DISCLAIMER_CUES = ("機密", "宛先", "誤って")

# What a client asks for (checks/asks.py): the offline drafter cannot write Japanese, so it
# answers in English, but it reads the asks ("500ユーロの返金と、12月14日までに書面での回答を
# お願いします") and the refusal of calls. The patterns are matched inside word edges that only
# punctuation and spaces make in Japanese, so each one spans the run of characters around its
# word ("\w*?...\w*"). The request comes last in a Japanese sentence: its lead is read from the
# sentence's start, so that what is named before it counts as asked.
ASK_CUES = {
    "refund": r"\w*?(?:返金|払い戻し|払戻し|返還|補償|賠償|値引|割引|減額|返済)\w*",
    "meeting": (
        r"\w*?(?:面談|打ち合わせ|打合せ|ミーティング|会議|お電話|電話|通話|ビデオ通話|お会い|"
        r"会って|話し合い|ご訪問|訪問)(?!は(?:ご遠慮|不要|結構)|ではなく|しないで)\w*"
    ),
    "written": r"\w*?(?:書面|文書|メールで|ご回答|回答|ご返答|返答|ご説明|説明)\w*",
    "document": (
        r"\w*?(?:レポート|報告書|資料|請求書|見積|データ|ファイル|議事録|計画書|改善計画|"
        r"スケジュール|契約書|コピー|写し)\w*"
    ),
    "decision": r"\w*?(?:ご判断|判断|決定|可否|明確な回答|はっきりとした回答)\w*",
    "person": r"\w*?(?:上司|責任者|部長|課長|社長|マネージャー|役員|上の方)\w*",
}
ASK_LEADS = (
    r"^.*?(?:お願い|ください|下さい|いただきたく|いただきたい|頂きたい|いただけ|頂け|求めます|"
    r"要求|希望します|希望いたします|欲しい|ほしい|要望)\w*",
)
# "お電話はご遠慮ください", "電話は不要です", "電話ではなくメールで".
NO_CALL = (
    r"\w*?(?:お電話|電話)(?:は|での(?:ご)?連絡は|でのご連絡は)?(?:ご遠慮|遠慮|不要|結構|"
    r"お控え|控え|しないで|おやめ|やめて)\w*|\w*?(?:お電話|電話)ではなく\w*",
)
# A meeting that is no call (kept when the client refuses calls; checks/asks.py).
IN_PERSON = (r"\w*?(?:面談|打ち合わせ|打合せ|ミーティング|会議|お会い|会って|ご訪問|訪問)\w*",)
SITUATIONS = {
    "price": r"\w*?(?:値上げ|価格改定|高すぎ)\w*",
    "refund": r"\w*?(?:返金|払い戻し|返還|補償|賠償|値引|割引|減額)\w*",
    "competitor": r"\w*?(?:他社|競合)\w*",
    "leave": r"\w*?(?:解約|契約を終了|契約終了|取引を終了|他社に切り替え|乗り換え)\w*",
    "deadline": r"\w*?(?:納期|期限|締め切り|締切|遅れ|遅延|間に合わ)\w*",
}
