"""An item of a list of asks may run over several sentences ("A credit for ... . Eighteen hours
at your rate is EUR 1,530."): the item is one ask, and its later sentences give it its date,
time and money (checks/asks.py). A weekday after "last" or in "Black Friday" is no day ahead,
and a date after a deadline word ("by Wednesday 9 December") is when an ask is due, before a
weekday that only names an event ("the Friday outage")."""

from __future__ import annotations

from datetime import date

from reading import asks_in

from assistant.checks.asks import extract_asks, listed_asks
from assistant.drafting.concerns import split_sentences
from assistant.lang.dates import find_dates

SENT = date(2026, 12, 3)  # a Thursday

EMAIL = (
    "We completed our annual agency review on Tuesday.\n\n"
    "What I need from you:\n\n"
    "1. A written incident report on the Friday outage - root cause, timeline, what has "
    "changed - by Wednesday 9 December.\n"
    "2. A credit for the Black Friday war-room support. Eighteen hours at your rate is "
    "EUR 1,530; I'd like that taken off the December invoice.\n"
    "3. A meeting with you and your managing director. I can do Tuesday 15 December at "
    "10:00 at our Leeds office. If that doesn't work, send me two alternatives in the same "
    "week.\n"
    "4. The names of whoever is on call for the rest of December. We still have Christmas "
    "trading to get through.\n\n"
    "Regards,\nDaniel Brooks\n"
)


def test_each_item_is_one_ask_with_what_its_sentences_say() -> None:
    listed = listed_asks(EMAIL, "en")
    asks = extract_asks(split_sentences(EMAIL), "en", sent=SENT, listed=listed)
    seen = [(a.kind, a.due, a.time, a.money) for a in asks]
    assert seen == [
        ("document", date(2026, 12, 9), "", ()),
        ("refund", None, "", ("EUR 1,530",)),
        ("meeting", date(2026, 12, 15), "10:00", ()),
        ("written", None, "", ()),
    ]
    assert all(a.listed for a in asks)
    assert asks[2].senior and asks[2].in_person


def test_black_friday_and_last_friday_are_no_days_ahead() -> None:
    for text in (
        "Black Friday was a disaster for us.",
        "The dashboard broke last Friday.",
        "Our Cyber Monday sales were lost.",
    ):
        assert find_dates(text, "en", base=SENT) == []
    for text, language in (
        ("Letzten Freitag war das Dashboard wieder down.", "de"),
        ("Le tableau de bord est tombé vendredi dernier.", "fr"),
        ("El viernes pasado volvió a fallar.", "es"),
        ("Venerdì scorso si è bloccato di nuovo.", "it"),
        ("Afgelopen vrijdag lag het dashboard eruit.", "nl"),
        ("Na sexta-feira passada o painel voltou a falhar.", "pt"),
    ):
        assert find_dates(text, language, base=SENT) == [], text
    (friday,) = find_dates("Send it by Friday.", "en", base=SENT)
    assert friday.day == date(2026, 12, 4)


def test_the_date_after_a_deadline_word_dates_the_ask() -> None:
    asks = asks_in(
        "Please send a written report on the Friday outage by Wednesday 9 December.", "en", SENT
    )
    assert asks["document"].due == date(2026, 12, 9)


def test_an_item_of_several_sentences_is_named_by_its_first() -> None:
    from assistant.drafting.answers import named_item

    listed = listed_asks(EMAIL, "en")
    asks = extract_asks(split_sentences(EMAIL), "en", sent=SENT, listed=listed)
    assert named_item(asks[3], "en", informal=False) == (
        "the names of whoever is on call for the rest of December"
    )
