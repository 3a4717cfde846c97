"""Work the client complains about is never listed as an achievement (drafting/record.py
``choose_items``, drafting/concerns.py ``complaint_sentences``; PLAYBOOK.md step 2 and
"What a good client reply looks like").
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.accounts.worklog import WorkItem
from assistant.drafting.concerns import complaint_sentences, score_sentence
from assistant.drafting.record import choose_items


def _listed(descriptions: list[tuple[date, str]], text: str, language: str) -> list[str]:
    items = [WorkItem(f"W{n}", day, text_, 1.0) for n, (day, text_) in enumerate(descriptions)]
    choice = choose_items(items, complaint_sentences(text, language), language)
    return [item.description for item in choice.usable]


def test_a_month_limits_only_the_items_of_its_own_clause() -> None:
    text = (
        "Der Einkauf hat zwei Punkte bemängelt: Die Quartalsgespräche seien zu sehr "
        "Zahlenvortrag und zu wenig Empfehlung, und auf unsere Störungsmeldung im Oktober kam "
        "erst nach einer Woche eine Antwort."
    )
    listed = _listed(
        [
            (date(2026, 7, 7), "Quartalsgespräch mit Präsentation der Kennzahlen durchgeführt"),
            (date(2026, 10, 13), "Quartalsgespräch mit Präsentation der Kennzahlen durchgeführt"),
            (date(2026, 11, 10), "Winterkampagne: Landingpages und Tracking eingerichtet"),
        ],
        text,
        "de",
    )
    assert listed == ["Winterkampagne: Landingpages und Tracking eingerichtet"]


def test_an_earlier_fix_of_what_failed_again_is_no_achievement() -> None:
    text = (
        "Seit Donnerstag zeigt das Vertriebs-Dashboard keine Daten mehr. Es handelt sich um "
        "den zweiten Ausfall in diesem Jahr."
    )
    listed = _listed(
        [
            (date(2026, 6, 17), "Vertriebs-Dashboard wiederhergestellt"),
            (date(2026, 10, 6), "Halbjahresgespräch geführt"),
        ],
        text,
        "de",
    )
    assert listed == ["Halbjahresgespräch geführt"]


def test_a_fix_of_what_went_wrong_once_still_answers_the_complaint() -> None:
    text = "The booking tracking was broken for two weeks."
    listed = _listed([(date(2026, 9, 15), "Booking tracking fixed")], text, "en")
    assert listed == ["Booking tracking fixed"]


def test_a_fix_in_the_month_the_complaint_names_is_that_incident() -> None:
    # Reviewers read "10 June: Sales dashboard outage fixed" under "the dashboard being down
    # for most of a week in June" as the incident held up as an achievement.
    text = "In September the booking tracking was broken for two weeks."
    assert _listed([(date(2026, 9, 15), "Booking tracking fixed")], text, "en") == []


def test_what_a_list_item_complains_of_is_named_a_sentence_before() -> None:
    text = (
        "The two things that pulled the score down:\n\n"
        "1. The monthly reports. They arrive on time now, but they're mostly charts. Nobody "
        "in my team reads past page 3 because there's no recommendation.\n"
        "2. Response times.\n\n"
        "The strategy session in September was genuinely useful.\n"
    )
    listed = _listed(
        [
            (date(2026, 9, 15), "Strategy session held"),
            (date(2026, 11, 9), "Monthly performance report for October delivered"),
        ],
        text,
        "en",
    )
    assert listed == ["Strategy session held"]


def test_too_much_of_one_thing_and_too_little_of_another_is_a_complaint() -> None:
    for sentence, language in [
        ("Die Quartalsgespräche seien zu sehr Zahlenvortrag und zu wenig Empfehlung.", "de"),
        ("The quarterly reviews are too much numbers and too little advice.", "en"),
        ("Les réunions trimestrielles, c'est trop de chiffres et pas assez de conseils.", "fr"),
        ("De kwartaalgesprekken zijn te veel cijfers en te weinig advies.", "nl"),
    ]:
        assert score_sentence(sentence, language) >= 2, sentence


def test_the_fix_of_an_incident_held_against_us_in_its_month_is_no_achievement() -> None:
    text = (
        "The spring reports were late, and the booking form being broken for most of a week "
        "in May is still what the board remembers."
    )
    listed = _listed(
        [
            (date(2026, 5, 14), "Booking form fixed: expired API key renewed"),
            (date(2026, 9, 2), "Booking form tracking reviewed"),
        ],
        text,
        "en",
    )
    assert "Booking form fixed: expired API key renewed" not in listed


def test_a_report_still_missing_for_a_named_month_lists_no_report() -> None:
    # Review draft: "Monatsbericht September versendet" was listed to a client whose
    # November report had still not come, after late ones in spring.
    text = (
        "Der Monatsbericht für November liegt uns heute, am 10. Dezember, immer noch nicht vor. "
        "Unser Vertriebsmeeting morgen läuft damit ohne Zahlen."
    )
    listed = _listed(
        [
            (date(2026, 9, 8), "Dashboard-Überwachung mit Alarmierung eingerichtet"),
            (date(2026, 10, 7), "Monatsbericht September versendet"),
        ],
        text,
        "de",
    )
    assert listed == ["Dashboard-Überwachung mit Alarmierung eingerichtet"]


def test_work_on_what_has_been_wrong_since_a_month_is_no_achievement() -> None:
    # Review draft: the October data care of the dashboard listed to a client whose
    # dashboard has shown wrong figures "since the end of November".
    text = (
        "Hinzu kommt, dass die Zahlen im Kundenportal-Dashboard seit Ende November nicht stimmen."
    )
    listed = _listed(
        [
            (
                date(2026, 10, 20),
                "Kundenportal-Dashboard: Datenpflege und Qualitätsprüfung Oktober",
            ),
            (date(2026, 11, 10), "Winterkampagne: Landingpages und Tracking eingerichtet"),
        ],
        text,
        "de",
    )
    assert listed == ["Winterkampagne: Landingpages und Tracking eingerichtet"]


def test_a_month_of_a_past_incident_still_limits_its_items() -> None:
    text = "The sales dashboard was down for most of a week in June, and nobody told us."
    listed = _listed(
        [
            (date(2026, 6, 12), "Sales dashboard restored"),
            (date(2026, 9, 8), "Sales dashboard alerting set up"),
        ],
        text,
        "en",
    )
    assert listed == ["Sales dashboard alerting set up"]


def test_a_french_report_still_missing_for_november_lists_no_report() -> None:
    # The month is read in the client's language ("novembre"), so the absence names it.
    text = (
        "Je vous écris parce que le rapport mensuel sur les leads de fret pour novembre n'est "
        "toujours pas entré."
    )
    listed = _listed(
        [
            (date(2026, 9, 16), "Landing page A/B test analysis delivered"),
            (date(2026, 11, 9), "Monthly freight-lead report for October delivered"),
        ],
        text,
        "fr",
    )
    assert listed == ["Landing page A/B test analysis delivered"]


def test_work_on_what_has_been_wrong_since_a_month_is_no_achievement_in_any_language() -> None:
    # "since the end of November" (four words on) and the month in the client's language
    items = [
        (date(2026, 10, 20), "Dashboard data care and quality check October"),
        (date(2026, 11, 10), "Winter campaign landing pages set up"),
    ]
    for language, text in (
        ("en", "The figures in the dashboard have been wrong since the end of November."),
        ("es", "Las cifras del dashboard están mal desde finales de noviembre."),
        ("it", "Le cifre della dashboard sono sbagliate dalla fine di novembre."),
        ("fr", "Les chiffres du dashboard sont faux depuis fin novembre."),
    ):
        assert _listed(items, text, language) == ["Winter campaign landing pages set up"], text


def test_an_italian_never_names_may() -> None:
    # "mai" is "never" in Italian, not the German or French May: the complaint that the
    # report never came names no month, and the reports logged answer it.
    listed = _listed(
        [
            (date(2026, 9, 8), "Monthly report for August delivered"),
            (date(2026, 11, 10), "Winter campaign landing pages set up"),
        ],
        "Il report mensile non è mai arrivato, e nessuno ci ha avvisato.",
        "it",
    )
    assert "Monthly report for August delivered" in listed


def test_a_fix_before_the_months_of_a_failure_that_came_again_is_no_achievement() -> None:
    text = (
        "Am 19. und am 26. November war das Dashboard erneut jeweils mehrere Stunden nicht "
        "erreichbar, und in beiden Fällen hat uns unser Außendienst darauf aufmerksam gemacht."
    )
    listed = _listed(
        [
            (date(2026, 6, 17), "Vertriebs-Dashboard wiederhergestellt (Zertifikat erneuert)"),
            (date(2026, 10, 6), "Halbjahresgespräch mit Auswertung der Händlerumsätze"),
        ],
        text,
        "de",
    )
    assert listed == ["Halbjahresgespräch mit Auswertung der Händlerumsätze"]


def test_a_report_that_still_is_not_in_for_a_named_month_lists_no_report() -> None:
    text = (
        "I argued your corner, but it was hard to when the November report still isn't in my "
        "inbox this morning and I have the trading update on Friday."
    )
    listed = _listed(
        [
            (date(2026, 10, 8), "Monthly performance report for September delivered"),
            (date(2026, 10, 20), "Competitor analysis for the autumn range delivered"),
        ],
        text,
        "en",
    )
    assert listed == ["Competitor analysis for the autumn range delivered"]


def test_the_same_situation_in_a_named_month_is_the_main_complaint_again() -> None:
    text = (
        "Seit Freitagabend zeigt das Händler-Dashboard keine Umsätze mehr an. Die Alarmierung, "
        "die Sie im September eingerichtet haben, hat offenbar nicht angeschlagen, oder es hat "
        "niemand darauf reagiert.\n\n"
        "Ich erinnere daran, dass wir im Juni genau dieselbe Situation hatten und dass mir im "
        "Halbjahresgespräch zugesichert wurde, das Problem sei behoben."
    )
    listed = _listed(
        [
            (date(2026, 6, 17), "Vertriebs-Dashboard wiederhergestellt (Zertifikat erneuert)"),
            (date(2026, 3, 10), "Google-Ads-Konto eingerichtet"),
        ],
        text,
        "de",
    )
    assert listed == ["Google-Ads-Konto eingerichtet"]


def test_a_promise_recalled_is_a_complaint_and_its_work_no_achievement() -> None:
    text = (
        "Der Monatsbericht für November liegt mir bis heute nicht vor. Ich erinnere daran, dass "
        "wir genau dieses Thema im Halbjahresgespräch am 6. Oktober besprochen haben. Damals "
        "wurde mir zugesichert, dass die Berichte mit dem im Sommer vorgestellten Vorgehen "
        "künftig pünktlich kommen."
    )
    listed = _listed(
        [
            (date(2026, 7, 28), "Vorschlag für zuverlässige Berichte geliefert"),
            (date(2026, 10, 6), "Halbjahresgespräch geführt"),
            (date(2026, 9, 15), "Buchungsstrecke: Conversion-Tracking repariert"),
        ],
        text,
        "de",
    )
    assert listed == ["Buchungsstrecke: Conversion-Tracking repariert"]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "We were promised that the reports would come on time from October."),
        ("de", "Damals wurde mir zugesichert, dass die Berichte künftig pünktlich kommen."),
        ("fr", "On nous avait promis que les rapports arriveraient à temps dès octobre."),
        ("it", "Ci era stato promesso che i report sarebbero arrivati puntuali da ottobre."),
        ("nl", "Ons werd beloofd dat de rapporten vanaf oktober op tijd zouden komen."),
    ],
)
def test_a_promise_recalled_carries_a_complaint(language: str, sentence: str) -> None:
    assert score_sentence(sentence, language) >= 2


def test_a_report_not_yet_with_us_and_an_alert_that_alerted_nobody_list_neither() -> None:
    # "liegt uns bis heute nicht vor", "hat offenbar niemanden alarmiert": the monthly
    # reports and the alerting set up in September are what the email holds against us
    text = (
        "der Monatsbericht für November liegt uns bis heute nicht vor. Die Überwachung mit "
        "Alarmierung, die im September eingerichtet wurde, hat offenbar niemanden alarmiert."
    )
    listed = _listed(
        [
            (date(2026, 9, 8), "Dashboard-Überwachung mit Alarmierung eingerichtet"),
            (date(2026, 10, 7), "Monatsbericht September versendet"),
            (date(2026, 5, 12), "Auswertung Händlerumsätze für die Händlerkonferenz"),
        ],
        text,
        "de",
    )
    assert listed == ["Auswertung Händlerumsätze für die Händlerkonferenz"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mein Vertriebsleiter hat mit veralteten Zahlen präsentiert.",
        "Genau diese Verlässlichkeit hatten Sie mir im Oktober noch einmal zugesagt.",
    ],
)
def test_stale_figures_and_a_promise_recalled_complain(sentence: str) -> None:
    assert score_sentence(sentence, "de") >= 2
