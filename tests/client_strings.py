"""Reply and forward layouts rendered from mail clients' own localised strings, for the
tests and bench/bench_quotes.py alike.

``tests/data/quotes/<source>/strings.json`` holds, per UI locale, the strings a client writes
above the history it quotes (SOURCE.md there names the files and the commit): the attribution
("On {date}, {sender} wrote:"), the separator ("-------- Original Message --------") and the
header names of its header block ("From:", "Sent:" ...). Each case is a short new text in the
locale's language, a blank line, the attribution or header block as the client renders it
(the date in the locale's CLDR format, the way the client formats it), then the old message:
with ``> `` marks, or without them, as a client that quotes by indentation or HTML leaves it
once read as text. The known answer is the new text.
"""
# ruff: noqa: RUF001  (non-ASCII punctuation is the test data)

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from babel.dates import format_date, format_datetime, format_time

QUOTES = Path(__file__).parent / "data" / "quotes"
SOURCES = ("thunderbird-android-strings", "thunderbird-l10n-strings")
SENT = datetime(2026, 12, 3, 10, 5, tzinfo=UTC)

#: What the client writes into a plain-text reply above the quoted history, per layout.
#: The attribution of Thunderbird for Android names "Name <address>" (Address.toString);
#: Thunderbird's names the author only.


@dataclass(frozen=True)
class Case:
    source: str
    locale: str
    language: str
    layout: str
    body: str
    new_text: str


# One message in each language: the new text (two lines) and the old one it answers.
NEW = {
    "en": "Thanks, but the invoice is still wrong.\nPlease correct it by Friday.",
    "de": "Danke, aber die Rechnung ist immer noch falsch.\nBitte korrigieren Sie sie bis Freitag.",
    "fr": "Merci, mais la facture est toujours fausse.\nMerci de la corriger avant vendredi.",
    "es": "Gracias, pero la factura sigue siendo incorrecta.\nCorríjanla antes del viernes.",
    "it": "Grazie, ma la fattura è ancora sbagliata.\nVi prego di correggerla entro venerdì.",
    "nl": "Bedankt, maar de factuur klopt nog steeds niet.\nGraag voor vrijdag aanpassen.",
    "pt": "Obrigado, mas a fatura continua errada.\nPor favor corrijam até sexta-feira.",
    "pl": "Dziękuję, ale faktura nadal jest błędna.\nProszę ją poprawić do piątku.",
    "ru": "Спасибо, но счёт всё ещё неверный.\nПожалуйста, исправьте его до пятницы.",
    "uk": "Дякую, але рахунок досі неправильний.\nБудь ласка, виправте його до п'ятниці.",
    "cs": "Děkuji, ale faktura je stále chybná.\nProsím opravte ji do pátku.",
    "sk": "Ďakujem, ale faktúra je stále chybná.\nProsím opravte ju do piatku.",
    "hr": "Hvala, ali račun je i dalje pogrešan.\nMolim ispravite ga do petka.",
    "hu": "Köszönöm, de a számla még mindig hibás.\nKérem, javítsák péntekig.",
    "ro": "Mulțumesc, dar factura este tot greșită.\nVă rog să o corectați până vineri.",
    "tr": "Teşekkürler, ama fatura hâlâ yanlış.\nLütfen cumaya kadar düzeltin.",
    "el": "Ευχαριστώ, αλλά το τιμολόγιο είναι ακόμα λάθος.\n"
    "Παρακαλώ διορθώστε το έως την Παρασκευή.",
    "ca": "Gràcies, però la factura encara és incorrecta.\n"
    "Si us plau, corregiu-la abans de divendres.",
    "zh": "谢谢，但发票还是错的。\n请在周五之前改正。",
    "ja": "ありがとうございます。請求書はまだ間違っています。\n金曜日までに修正してください。",
    "ko": "감사합니다만 청구서가 여전히 틀립니다.\n금요일까지 수정해 주세요.",
    "ar": "شكرًا، لكن الفاتورة ما زالت خاطئة.\nيرجى تصحيحها قبل يوم الجمعة.",
    "he": "תודה, אבל החשבונית עדיין שגויה.\nנא לתקן אותה עד יום שישי.",
    "sv": "Tack, men fakturan är fortfarande fel.\nRätta den senast på fredag.",
    "da": "Tak, men fakturaen er stadig forkert.\nRet den venligst inden fredag.",
    "no": "Takk, men fakturaen er fortsatt feil.\nVennligst rett den innen fredag.",
    "fi": "Kiitos, mutta lasku on edelleen väärin.\nKorjatkaa se perjantaihin mennessä.",
    "vi": "Cảm ơn, nhưng hóa đơn vẫn sai.\nVui lòng sửa trước thứ Sáu.",
}
OLD = {
    "en": "Hello,\nplease find the corrected invoice attached.",
    "de": "Hallo,\nanbei die korrigierte Rechnung.",
    "fr": "Bonjour,\nveuillez trouver ci-joint la facture corrigée.",
    "es": "Hola,\nadjuntamos la factura corregida.",
    "it": "Buongiorno,\nin allegato la fattura corretta.",
    "nl": "Hallo,\nin de bijlage de gecorrigeerde factuur.",
    "pt": "Olá,\nsegue em anexo a fatura corrigida.",
    "pl": "Dzień dobry,\nw załączniku poprawiona faktura.",
    "ru": "Здравствуйте,\nво вложении исправленный счёт.",
    "uk": "Добрий день,\nу вкладенні виправлений рахунок.",
    "cs": "Dobrý den,\nv příloze posíláme opravenou fakturu.",
    "sk": "Dobrý deň,\nv prílohe posielame opravenú faktúru.",
    "hr": "Pozdrav,\nu privitku je ispravljeni račun.",
    "hu": "Üdvözlöm,\nmellékelten küldjük a javított számlát.",
    "ro": "Bună ziua,\natașat găsiți factura corectată.",
    "tr": "Merhaba,\ndüzeltilmiş fatura ektedir.",
    "el": "Γεια σας,\nεπισυνάπτεται το διορθωμένο τιμολόγιο.",
    "ca": "Hola,\nus adjuntem la factura corregida.",
    "zh": "您好，\n附件是更正后的发票。",
    "ja": "お世話になっております。\n修正した請求書を添付します。",
    "ko": "안녕하세요.\n수정된 청구서를 첨부합니다.",
    "ar": "مرحبًا،\nمرفق الفاتورة المصححة.",
    "he": "שלום,\nמצורפת החשבונית המתוקנת.",
    "sv": "Hej,\nbifogat finns den rättade fakturan.",
    "da": "Hej,\nvedhæftet er den rettede faktura.",
    "no": "Hei,\nvedlagt er den korrigerte fakturaen.",
    "fi": "Hei,\nliitteenä korjattu lasku.",
    "vi": "Xin chào,\nđính kèm là hóa đơn đã sửa.",
}
#: The author of the old message, and the one it went to: names as the language writes them.
AUTHOR = {
    "en": "Anna Smith", "de": "Anna Müller", "fr": "Anne Dubois", "es": "Ana García",
    "it": "Anna Rossi", "nl": "Anna de Vries", "pt": "Ana Silva", "pl": "Anna Nowak",
    "ru": "Анна Иванова", "uk": "Анна Коваленко", "cs": "Anna Nováková", "sk": "Anna Horváthová",
    "hr": "Ana Horvat", "hu": "Kovács Anna", "ro": "Ana Popescu", "tr": "Ayşe Yılmaz",
    "el": "Άννα Παπαδοπούλου", "ca": "Anna Puig", "zh": "王芳", "ja": "山田花子", "ko": "김지영",
    "ar": "سارة أحمد", "he": "דנה כהן", "sv": "Anna Andersson", "da": "Anna Jensen",
    "no": "Anna Hansen", "fi": "Anna Virtanen", "vi": "Nguyễn Thị Lan",
}  # fmt: skip
ADDRESS = "billing@example.com"
RECIPIENT = "Client <client@example.org>"
SUBJECT = "Re: Invoice 2026-114"

#: The CLDR locale each UI locale formats its dates in.
BABEL_LOCALE = {"values": "en_US", "values-iw": "he", "values-nb": "nb", "values-nn": "nn"}


def babel_locale(locale: str) -> str:
    """Return the CLDR locale of an Android resource folder ("values-pt-rBR" -> "pt_BR") or
    a Mozilla locale ("es-ES" -> "es_ES", "nb-NO" -> "nb_NO")."""
    if locale in BABEL_LOCALE:
        return BABEL_LOCALE[locale]
    return locale.removeprefix("values-").replace("-r", "_").replace("-", "_")


def _quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def _fill(template: str, **values: str) -> str:
    for key, value in values.items():
        template = template.replace("{" + key + "}", value)
    return template


def android_layouts(strings: dict[str, str], locale: str) -> dict[str, str]:
    """Thunderbird for Android's two quote styles (TextQuoteCreator): "prefix", the
    attribution then ``> `` lines; "header", a separator and From/Sent/To/Cc/Subject lines
    (Outlook's style) then the old text unmarked. Its date is Java's DateFormat LONG, LONG."""
    code = strings["language"]
    sender = f"{AUTHOR[code]} <{ADDRESS}>"
    date = format_datetime(SENT, "long", tzinfo=UTC, locale=babel_locale(locale))
    dated = _fill(strings["on_date_author_wrote"], date=date, sender=sender)
    undated = _fill(strings["author_wrote"], sender=sender)
    fields = [
        f"{strings['from']} {sender}",
        f"{strings['date']} {date}",
        f"{strings['to']} {RECIPIENT}",
        f"{strings['cc']} {ADDRESS}",
        f"{strings['subject']} {SUBJECT}",
    ]
    block = "\n".join([strings["separator"], *fields])
    old = OLD[code]
    return {
        "prefix-dated": f"{dated}\n{_quoted(old)}",
        "prefix-undated": f"{undated}\n{_quoted(old)}",
        "prefix-dated-unmarked": f"{dated}\n\n{old}",
        "header": f"{block}\n\n{old}",
        "header-quoted": _quoted(f"{block}\n\n{old}"),
    }


def desktop_layouts(strings: dict[str, str], locale: str) -> dict[str, str]:
    """Thunderbird's reply headers (mailnews.reply_header_*: the author's name, the date
    and the time in the locale's short formats) above ``> `` lines, and its inline forward
    ("-------- Forwarded Message --------", then Subject/Date/From/To with a tab after the
    name and the RFC 5322 date) above the unmarked old text."""
    code = strings["language"]
    cldr = babel_locale(locale)
    values = {
        "sender": AUTHOR[code],
        "date": format_date(SENT, "short", locale=cldr),
        "time": format_time(SENT, "short", tzinfo=UTC, locale=cldr),
    }
    old = OLD[code]
    layouts = {}
    for key in ("author_wrote", "on_date_author_wrote", "author_wrote_on_date"):
        if "{sender}" in strings[key]:  # a translation that lost its placeholder is left out
            layouts[key.replace("_", "-")] = f"{_fill(strings[key], **values)}\n{_quoted(old)}"
    fields = [
        f"{strings['subject']} \t{SUBJECT}",
        f"{strings['date']} \tThu, 3 Dec 2026 10:05:00 +0000",
        f"{strings['from']} \t{AUTHOR[code]} <{ADDRESS}>",
        f"{strings['to']} \t{RECIPIENT}",
    ]
    layouts["forward"] = "\n".join([strings["forward_separator"], *fields, "", "", old])
    layouts["original-quoted"] = f"{strings['separator']}\n{_quoted(old)}"
    return layouts


def cases(source: str) -> list[Case]:
    """Every layout of every locale of ``source``, the new text above it."""
    data = json.loads((QUOTES / source / "strings.json").read_text("utf-8"))
    render = android_layouts if source == "thunderbird-android-strings" else desktop_layouts
    found = []
    for locale, strings in data["locales"].items():
        code = strings["language"]
        for layout, history in render(strings, locale).items():
            body = f"{NEW[code]}\n\n{history}\n"
            found.append(Case(source, locale, code, layout, body, NEW[code]))
    return found


def all_cases() -> list[Case]:
    return [case for source in SOURCES for case in cases(source)]
