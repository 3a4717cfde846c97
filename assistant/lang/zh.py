"""Chinese (中文): what draft-reply knows of Chinese (lang/__init__.py).

Simplified and traditional forms are both read. Chinese writes no spaces: patterns have no
word edges of their own, and full-width colons count as colons.
"""

NAME = "Chinese"

# Reading mail: quote headers, forwards, signatures, disclaimers (mail/_quotes.py). Gmail:
# "在 2026年11月3日周二 09:14，X <x@y> 写道：" / "於 2026年11月3日 週二 上午9:14 寫道："; Outlook:
# 发件人: / 发送时间: / 收件人: / 主题:.
QUOTE_SEPARATORS = ("原始邮件", "原始郵件", "转发的邮件", "轉寄郵件", "原始消息", "转发的消息")
FORWARD_INTROS = ("转发的邮件开始", "轉寄郵件開始")
# "撰写": Zoho Mail's "---- 在 DATE NAME 撰写 ----".
ATTRIBUTION_VERBS = ("写道", "寫道", "來信寫道", "寫到", "写于", "撰写")
ATTRIBUTION_STARTS = ("在", "於")
HEADER_FROM = ("发件人", "寄件者", "發件人", "從")
HEADER_FIELDS = (
    "发送时间",
    "寄件日期",
    "日期",
    "收件人",
    "抄送",
    "副本",
    "主题",
    "主旨",
    "收件者",
    "寄送日期",
    "到",
)
# "发自我的iPhone", "發自我的 iPhone", "发自我的华为手机", "从我的iPhone发送": a device on a
# short line of its own, not "发自我的内心的感谢" (a sentence of the reply).
_DEVICE = r"\s*(?:[A-Za-z][\w .-]{0,30}|\S{0,8}(?:手机|手機|平板))"
MOBILE_SIGNATURES = (
    rf"(?:发自|發自|寄自|从|從|来自|來自)我的{_DEVICE}(?:发送|傳送|送出)?\s*$",
    r"发自\s*(?:网易邮箱大师|QQ邮箱|[A-Za-z][\w .-]{0,30})\s*$",
    r"使用\s*zoho\s*mail\s*发送\s*$",  # Zoho Mail's "Sent using Zoho Mail"
)
DISCLAIMER_CUES = ("保密", "机密", "機密", "收件人")
