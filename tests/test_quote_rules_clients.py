"""Quote rules added from the misses on mail clients' localised reply headers
(tests/data/quotes/thunderbird-android-strings, thunderbird-l10n-strings), and from the known
misses of issue 13: an external-sender banner above the text, a reply collapsed onto one line.

Each test's input is the failing layout as the client or gateway writes it; the new text must
come out exactly.
"""
# ruff: noqa: RUF001  (non-ASCII punctuation is the test data)

from __future__ import annotations

import time

import pytest

from assistant import lang
from assistant.mail._quotes import split_quotes

NEW = "The invoice is still wrong.\nPlease correct it by Friday."
OLD = "> Hello,\n> please find the corrected invoice attached."


def split(history: str, new: str = NEW) -> tuple[str, str]:
    parts = split_quotes(f"{new}\n\n{history}\n")
    return parts.new_text, parts.quoted_text


# --- an attribution with neither date nor address, right above the quote ------------------


@pytest.mark.parametrize(
    "attribution",
    [
        "Anna Smith wrote:",  # Thunderbird, "#1 wrote:"
        "Anna Müller schrieb:",
        "skrev Anna Hansen:",  # Norwegian Bokmål, the verb first
        "كتب سارة أحمد:",  # Arabic "كتب ...:", the verb first
        "נכתב על ידי דנה כהן:",  # Hebrew "written by"
        "03.12.26 10:05, Анна Коваленко:",  # Ukrainian: a date and a name, no verb
        "김지영 이(가) 26. 12. 3. 오전 10:05 에 쓴 글:",
    ],
)
def test_a_line_ending_in_a_colon_right_above_the_quote_is_its_attribution(
    attribution: str,
) -> None:
    new, quoted = split(f"{attribution}\n{OLD}")
    assert new == NEW
    assert quoted.startswith(attribution)


def test_an_undated_attribution_between_inline_replies_is_quote() -> None:
    text = (
        "On Mon 3 Dec 2026, Anna <a@b.example> wrote:\n> q1\nmy answer\n\n"
        "Bob wrote:\n> q2\nanswer2\n"
    )
    parts = split_quotes(text)
    assert parts.new_text == "my answer\n\nanswer2"
    assert "Bob wrote:" in parts.quoted_text


def test_a_colon_line_without_verb_date_or_address_stays_the_senders() -> None:
    new, quoted = split(f"Here is what I mean:\n{OLD}", new="Hi,")
    assert new == "Hi,\n\nHere is what I mean:"
    assert quoted == OLD


# --- the verb before the date and time ------------------------------------------------------


@pytest.mark.parametrize(
    "attribution",
    [
        "Anna de Vries <billing@example.com> schreef op 3 december 2026, 10:05:00 UTC:",
        "Anna Smith wrote on 03/12/2026 10:05:",
        "Ana Silva escreveu às 10:05 de 03/12/26:",
        "Nguyễn Thị Lan đã viết vào lúc 10:05 3/12/26:",
        "Kovács Anna írta 2026. 12. 03. 10:05 dátummal:",
    ],
)
def test_a_verb_followed_by_the_date_starts_unmarked_history(attribution: str) -> None:
    new, quoted = split(f"{attribution}\n\nHello,\nplease find the invoice attached.")
    assert new == NEW
    assert quoted.startswith(attribution)


def test_a_sentence_with_a_verb_and_a_time_that_goes_on_is_not_an_attribution() -> None:
    text = "I wrote on Monday at 10:05 and nobody answered.\nPlease call me."
    assert split_quotes(text).new_text == text


# --- a separator in dashes with words we have no table for -----------------------------------


@pytest.mark.parametrize(
    "history",
    [
        # Thunderbird for Android's header style, Spanish: no Spanish word for this title
        "-------- correo original --------\nDe: Ana García <billing@example.com>\n"
        "Enviado: 3 de diciembre de 2026, 10:05:00 UTC\nPara: Client <client@example.org>\n"
        "Asunto: Re: Factura\n\nHola,\nadjuntamos la factura corregida.",
        # Thunderbird's German reply separator, a hyphen inside the title
        f"-------- Original-Nachricht --------\n{OLD}",
        # Polish, three dashes on each side
        f"--- Treść oryginalnej wiadomości ---\n{OLD}",
    ],
)
def test_a_title_in_dashes_above_the_history_belongs_to_it(history: str) -> None:
    new, quoted = split(history)
    assert new == NEW
    assert quoted.startswith("---")


# --- words of more languages, as the clients write them -----------------------------------


@pytest.mark.parametrize(
    "attribution",
    [
        "Dnia 3 grudnia 2026 10:05:00 UTC, Anna Nowak <billing@example.com> napisał/a:",
        "於 2026年12月3日 上午10:05:00 [UTC]，王芳 <billing@example.com> 寫到：",
        "2026年12月3日 10:05:00 UTC、山田花子 <billing@example.com> より:",
        "On 2026년 12월 3일 오전 10시 5분 0초 UTC, 김지영 <billing@example.com> 작성함:",
        "بتاريخ 3 ديسمبر 2026، 10:05:00 ص، سارة أحمد <billing@example.com> الرسالة:",
        "Ana Horvat <billing@example.com> je napisao:",
        "Anna Hansen <billing@example.com> skreiv:",
    ],
)
def test_attribution_verbs_of_more_languages_start_unmarked_history(attribution: str) -> None:
    new, _ = split(f"{attribution}\n\nHello,\nplease find the invoice attached.")
    assert new == NEW


def test_a_japanese_line_ending_in_yori_without_a_colon_is_prose() -> None:
    text = "サービスは2026年12月3日より\n新しい料金になります。"
    assert split_quotes(text).new_text == text


@pytest.mark.parametrize(
    "block",
    [
        "مِن : سارة أحمد <billing@example.com>\nالمُرسل: 3 ديسمبر 2026\nإلى : Client\n"
        "الموضوع : Re: Invoice",  # Arabic with its vowel marks
        "Frå: Anna Hansen <billing@example.com>\nSendt: 3. desember 2026\nTil: Client\n"
        "Emne: Re: Faktura",  # Norwegian Nynorsk
        "Tiêu đề: \tRe: Invoice\nNgày: \tThu, 3 Dec 2026 10:05:00 +0000\n"
        "Từ: \tNguyễn Thị Lan <billing@example.com>\nTới: \tClient",  # Thunderbird's order
    ],
)
def test_header_blocks_of_more_languages_cut_unmarked_history(block: str) -> None:
    new, _ = split(f"{block}\n\nHello,\nplease find the invoice attached.")
    assert new == NEW


# --- an external-sender banner above the text -------------------------------------------


@pytest.mark.parametrize(
    "banner",
    [
        "CAUTION: This email originated from outside of the organization. Do not click links or\n"
        "open attachments unless you recognize the sender and know the content is safe.",
        "[EXTERNAL]",
        "This message came from outside your organization.",
        "You don't often get email from billing@example.com. Learn why this is important",
        "    CAUTION:This message is from an EXTERNAL SENDER - be CAUTIOUS, Do NOT Click any "
        "links or Open any attachments if you were not expecting them.",
        "ACHTUNG: Diese E-Mail stammt von außerhalb der Organisation. Klicken Sie nicht auf "
        "Links.\n________________________________",
        "[EXTERN]",
        "ATTENTION : Ce courriel provient de l'extérieur de l'organisation. Ne cliquez pas sur "
        "les liens.",
        "[EXTERNE]",
    ],
)
def test_an_external_banner_is_set_apart_from_the_new_text(banner: str) -> None:
    parts = split_quotes(
        f"{banner}\n\n{NEW}\n\nOn Mon, 3 Dec 2026, Anna <a@b.example> wrote:\n{OLD}"
    )
    assert parts.new_text == NEW
    assert parts.banner == banner.strip()
    assert "Hello" in parts.quoted_text


def test_a_banner_and_text_keep_the_text_and_a_banner_alone_stays() -> None:
    parts = split_quotes("[EXTERNAL]\nThe invoice is still wrong.\n")
    assert (parts.new_text, parts.banner) == ("The invoice is still wrong.", "[EXTERNAL]")
    assert split_quotes("[EXTERNAL]\n").new_text == "[EXTERNAL]"


def test_text_right_below_a_banner_without_a_blank_line_stays() -> None:
    banner = "CAUTION: This email originated from outside of the organization."
    parts = split_quotes(f"{banner}\nHi,\nmy invoice is wrong.\n")
    assert (parts.banner, parts.new_text) == (banner, "Hi,\nmy invoice is wrong.")


def test_a_tag_before_the_senders_words_on_their_line_keeps_them() -> None:
    text = "[EXTERNAL] Please refund me now.\n\nThanks"
    assert split_quotes(text).new_text == text


def test_a_sentence_that_opens_with_caution_is_the_senders() -> None:
    text = "Caution: the invoice you sent is wrong.\n\nPlease fix it."
    parts = split_quotes(text)
    assert (parts.new_text, parts.banner) == (text, "")


WANTED = {  # languages whose module holds their banners once the data is added
    "es": "PRECAUCIÓN: Este correo electrónico se originó fuera de la organización. No haga "
    "clic en enlaces.",
    "it": "ATTENZIONE: Questa email proviene dall'esterno dell'organizzazione. Non cliccare sui "
    "link.",
    "nl": "LET OP: Deze e-mail is afkomstig van buiten de organisatie. Klik niet op links.",
    "pt": "ATENÇÃO: Este e-mail foi originado fora da organização. Não clique em links.",
}


@pytest.mark.parametrize("code", sorted(WANTED))
def test_an_external_banner_in_spanish_italian_dutch_portuguese(code: str) -> None:
    if not lang.get(code).external_banners:
        pytest.skip(f"assistant/lang/{code}.py has no EXTERNAL_BANNERS yet")
    parts = split_quotes(f"{WANTED[code]}\n\n{NEW}\n")
    assert (parts.new_text, parts.banner) == (NEW, WANTED[code])


# --- a reply collapsed onto one line --------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "new"),
    [
        (
            "Thanks, see below. On Mon, 3 Dec 2026 at 10:00, Anna <a@b.c> wrote: > old text",
            "Thanks, see below.",
        ),
        ("Danke. Am 03.12.2026 um 10:00 schrieb Anna Müller <a@b.de>: > alt", "Danke."),
        (
            "Hello. On 01/12/13, Tristan <email@example.com> wrote: -- REPLY ABOVE THIS LINE -- "
            "or visit your website to respond.",
            "Hello.",
        ),
    ],
)
def test_an_attribution_after_the_new_text_on_one_line_starts_the_history(
    line: str, new: str
) -> None:
    parts = split_quotes(line)
    assert parts.new_text == new
    assert parts.quoted_text.startswith(line[len(new) :].strip()[:20])


@pytest.mark.parametrize(
    "line",
    [
        "Thanks! On Monday Anna wrote: we will pay.",  # the sentence goes on after the colon
        "I agree. On the other hand, what she wrote: is not right.",  # no date, no address
    ],
)
def test_a_sentence_that_only_looks_like_a_collapsed_attribution_stays(line: str) -> None:
    assert split_quotes(line).new_text == line


def test_long_lines_of_attribution_pieces_cost_little() -> None:
    for text in ["x. On 1 wrote: " * 4000, ("On " * 20000) + ":", "wrote " * 10000 + "1:"]:
        start = time.perf_counter()
        split_quotes(text)
        assert time.perf_counter() - start < 1.0
