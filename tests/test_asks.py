"""What a client asks for, dates in seven languages, the work a reply may list, and restating.

Unit tests of checks/asks.py, lang/dates.py, drafting/record.py and drafting/concerns.py's
condense and restate; the whole drafts are in test_quality.py.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.accounts.worklog import WorkItem
from assistant.checks.asks import extract_asks, refuses_calls, unanswered
from assistant.checks.situations import names_competitor, situations
from assistant.drafting.concerns import condense
from assistant.drafting.record import choose_items
from assistant.drafting.voice import restate
from assistant.lang.dates import add_working_days, find_dates, format_long, format_weekday

TUESDAY = date(2026, 11, 3)  # the Date of the email: "Friday" is 6 November


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("en", "Please answer by Friday.", date(2026, 11, 6)),
        ("en", "We need it by the end of the month.", date(2026, 11, 30)),
        ("en", "Could we talk tomorrow?", date(2026, 11, 4)),
        ("en", "Within 5 working days, please.", date(2026, 11, 10)),
        ("en", "Can we meet on Thursday 12 November at 2pm?", date(2026, 11, 12)),
        ("en", "by 15 January at the latest", date(2027, 1, 15)),  # next year: far behind
        ("de", "Bitte bis Freitag, 13. November.", date(2026, 11, 13)),
        ("de", "Ich erwarte bis Ende Juli eine Antwort.", date(2027, 7, 31)),
        ("de", "Rufen Sie mich morgen an.", date(2026, 11, 4)),
        ("de", "Am 20.11. passt es.", date(2026, 11, 20)),
        ("fr", "Répondez-moi avant le 15 novembre.", date(2026, 11, 15)),
        ("fr", "d'ici vendredi", date(2026, 11, 6)),
        ("es", "antes del viernes 13 de noviembre", date(2026, 11, 13)),
        ("es", "para finales de noviembre", date(2026, 11, 30)),
        ("it", "entro venerdì", date(2026, 11, 6)),
        ("it", "entro fine mese", date(2026, 11, 30)),
        ("nl", "vóór vrijdag graag", date(2026, 11, 6)),
        ("nl", "op donderdag 12 november", date(2026, 11, 12)),
        ("pt", "até sexta-feira", date(2026, 11, 6)),
        ("pt", "reunião amanhã às 15h", date(2026, 11, 4)),
    ],
)
def test_dates_are_read_against_the_emails_date(language: str, text: str, day: date) -> None:
    found = find_dates(text, language, base=TUESDAY)
    assert [f.day for f in found] == [day], found


def test_words_that_look_like_dates_are_not_dates() -> None:
    assert find_dates("Guten Morgen, ich melde mich.", "de", base=TUESDAY) == []
    assert find_dates("We want a refund for this month's fee.", "en", base=TUESDAY) == []
    assert find_dates("Version 2.1 of the report", "en", base=TUESDAY) == []


@pytest.mark.parametrize(
    ("language", "long", "weekday"),
    [
        ("en", "6 November 2026", "Friday 6 November"),
        ("de", "6. November 2026", "Freitag, 6. November"),
        ("fr", "6 novembre 2026", "vendredi 6 novembre"),
        ("es", "6 de noviembre de 2026", "viernes 6 de noviembre"),
        ("it", "6 novembre 2026", "venerdì 6 novembre"),
        ("nl", "6 november 2026", "vrijdag 6 november"),
        ("pt", "6 de novembro de 2026", "sexta-feira, 6 de novembro"),
    ],
)
def test_dates_are_written_the_languages_way(language: str, long: str, weekday: str) -> None:
    day = date(2026, 11, 6)
    assert (format_long(day, language), format_weekday(day, language)) == (long, weekday)


def test_working_days_skip_the_weekend() -> None:
    assert add_working_days(date(2026, 11, 6), 1) == date(2026, 11, 9)  # Friday -> Monday


def test_asks_of_several_kinds_with_money_dates_and_times() -> None:
    sentences = [
        "I expect a written explanation by Friday.",
        "Please also send me the corrected October report.",
        "We want a 20% credit on the November invoice (that is EUR 1,200).",
        "Can we have a call with your manager on Thursday 12 November at 3pm?",
    ]
    asks = extract_asks(sentences, "en", sent=TUESDAY)
    assert [(a.kind, a.due) for a in asks] == [
        ("written", date(2026, 11, 6)),
        ("document", None),
        ("refund", None),
        ("meeting", date(2026, 11, 12)),
    ]
    assert asks[2].money == ("20%", "EUR 1,200")
    assert asks[3].time == "3pm" and asks[3].senior
    assert asks[0].to_json()["due"] == "2026-11-06"


def test_a_date_goes_to_the_ask_named_closest_to_it() -> None:
    sentence = (
        "Ich erwarte eine Gutschrift über 800 Euro und eine schriftliche Erklärung bis 13.11."
    )
    refund, written = extract_asks([sentence], "de", sent=TUESDAY)
    assert (refund.kind, refund.due, refund.money) == ("refund", None, ("800 Euro",))
    assert (written.kind, written.due) == ("written", date(2026, 11, 13))


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Please don't call me about it, I want it in writing."),
        ("de", "Bitte keine Anrufe, ich möchte eine schriftliche Antwort."),
        ("fr", "Pas d'appel s'il te plaît, je veux une réponse écrite."),
    ],
)
def test_no_calls_is_no_meeting(language: str, sentence: str) -> None:
    kinds = [a.kind for a in extract_asks([sentence], language, sent=TUESDAY)]
    assert kinds == ["written"]


def test_a_refusal_anywhere_removes_the_call_and_asks_nothing() -> None:
    sentences = [
        "Can we talk on 14 December to discuss whether we continue?",
        "Please give me a written answer by Friday.",
        "Do not call me, I want everything in writing.",
    ]
    asks = extract_asks(sentences, "en", sent=TUESDAY)
    assert [a.kind for a in asks] == ["written"]
    assert asks[0].sentence == sentences[1]


@pytest.mark.parametrize(
    ("language", "sentences"),
    [
        ("en", ["I want a meeting at our office on 14 December.", "Do not call me."]),
        ("de", ["Ich möchte ein Treffen am 14. Dezember.", "Bitte rufen Sie mich nicht an."]),
        ("fr", ["Je veux un rendez-vous le 14 décembre.", "Merci de ne pas m'appeler."]),
        ("it", ["Voglio un incontro il 14 dicembre.", "Vi prego di non telefonarmi."]),
    ],
)
def test_a_meeting_in_person_stays_when_calls_are_refused(
    language: str, sentences: list[str]
) -> None:
    (ask,) = extract_asks(sentences, language, sent=TUESDAY)
    assert ask.kind == "meeting" and ask.due is not None and ask.due.day == 14


def test_a_refusal_alone_is_no_ask() -> None:
    assert extract_asks(["Please do not call me."], "en", sent=TUESDAY) == ()


def test_statements_are_not_asks() -> None:
    sentences = [
        "The report was late again.",
        "I want to be open with you before we decide on next year.",  # our decision? no
        "Bevor wir entscheiden, schauen wir uns die Zahlen an.",
    ]
    assert extract_asks(sentences[:2], "en", sent=TUESDAY) == ()
    assert extract_asks(sentences[2:], "de", sent=TUESDAY) == ()


def test_situations_ignore_a_negated_mention() -> None:
    assert "leave" not in situations("We're not planning to end the contract.", "en")
    assert "leave" in situations("We are planning to end the contract.", "en")
    assert situations("Your price increase for January surprised us.", "en") == ("price",)


def test_a_named_competitor_is_told_from_a_general_one() -> None:
    assert names_competitor("Brightline Digital offered us the same for less.", "en")
    assert not names_competitor("Other agencies come to us with ideas.", "en")
    # German writes every noun with a capital: only a company word or quotes name one.
    assert not names_competitor("Andere Agenturen melden sich mit Vorschlägen.", "de")
    assert names_competitor("Die Nordlicht GmbH ist günstiger.", "de")


def test_an_ask_the_reply_ignores_is_a_finding() -> None:
    asks = extract_asks(["Please send a written answer by Friday."], "en", sent=TUESDAY)
    assert unanswered(asks, "Dear Anna,\n\nThank you for your email.", "en") == [
        "the reply does not answer the client's ask: a written answer (by 2026-11-06)"
    ]
    assert unanswered(asks, "You will have it in writing by Friday 6 November.", "en") == []


def _item(key: str, day: date, text: str) -> WorkItem:
    return WorkItem(key, day, text, 1.0)


def test_the_work_complained_of_is_not_listed_and_routine_reports_once() -> None:
    items = [
        _item("W1", date(2026, 8, 10), "Monthly report for July delivered"),
        _item("W2", date(2026, 9, 10), "Monthly report for August delivered"),
        _item("W3", date(2026, 10, 14), "Autumn landing pages delivered"),
        _item("W4", date(2026, 10, 20), "Landing page form errors fixed"),
        _item("W5", date(2026, 10, 22), "Shopping feed rebuilt"),
    ]
    complaints = ["The autumn landing pages went live two weeks late."]
    choice = choose_items(items, complaints, "en")
    assert [i.key for i in choice.complained] == ["W3"]  # W4 puts it right: listed
    assert [i.key for i in choice.usable] == ["W2", "W4", "W5"]
    assert [i.key for i in choice.repeated] == ["W1"]


def test_the_same_item_logged_each_quarter_is_listed_once() -> None:
    items = [
        _item("W1", date(2026, 7, 7), "Quartalsgespräch mit Präsentation der Kennzahlen"),
        _item("W2", date(2026, 10, 13), "Quartalsgespräch mit Präsentation der Kennzahlen"),
        _item("W3", date(2026, 11, 10), "Winterkampagne: Landingpages eingerichtet"),
    ]
    choice = choose_items(items, [], "de")
    assert [i.key for i in choice.usable] == ["W2", "W3"]
    assert [i.key for i in choice.repeated] == ["W1"]


def test_a_complaint_naming_months_keeps_other_months_work() -> None:
    items = [
        _item("W1", date(2026, 5, 8), "Monthly report for April delivered"),
        _item("W2", date(2026, 7, 8), "Monthly report for June delivered"),
    ]
    choice = choose_items(items, ["The monthly reports arrived late in May."], "en")
    assert [i.key for i in choice.complained] == ["W1"]
    assert [i.key for i in choice.usable] == ["W2"]


def test_a_complaint_that_something_never_came_marks_nothing() -> None:
    items = [_item("W1", date(2026, 7, 10), "Quarterly competitor review delivered")]
    choice = choose_items(items, ["We have not had a single competitor report."], "en")
    assert choice.usable == tuple(items)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The monitoring failed AGAIN!!!", "The monitoring failed again."),
        (
            "Honestly, your team was great, but the reports are late now.",
            "The reports are late now.",
        ),
        ("You are a bunch of clowns and the report is late.", ""),  # an insult: not restated
        ("We are launching a new product next month.", ""),  # an announcement
        ("Please send the report by Friday.", ""),  # an ask: answered, not restated
        (
            "The other agencies aren't perfect either, but they come to us with ideas.",
            "The other agencies aren't perfect either. They come to us with ideas.",
        ),
    ],
)
def test_condense(sentence: str, expected: str) -> None:
    assert condense(sentence, "en") == expected


@pytest.mark.parametrize(
    ("language", "sentence", "informal", "ours"),
    [
        (
            "en",
            "We waited three weeks and you never told us.",
            False,
            "You waited three weeks and we never told you.",
        ),
        (
            "en",
            "After the price increase you announced, that offer is hard to ignore.",
            False,
            "After the price increase we announced, that offer is hard to ignore.",
        ),
        (
            "de",
            "Wir warten immer noch auf Ihren Bericht.",
            False,
            "Sie warten immer noch auf unseren Bericht.",
        ),
        ("de", "Ohne dass Sie uns informiert haben.", False, "Ohne dass wir Sie informiert haben."),
        (
            "de",
            "Deine Berichte kamen zu spät, und wir warten noch.",
            True,
            "Unsere Berichte kamen zu spät.",
        ),
        ("fr", "Nous avons attendu votre rapport.", False, "Vous avez attendu notre rapport."),
        (
            "nl",
            "Onze advertenties stonden stil omdat jullie niets deden.",
            True,
            "Jullie advertenties stonden stil omdat wij niets deden.",
        ),
        ("es", "Nadie nos avisó del cambio.", False, "Nadie le avisó del cambio."),
    ],
)
def test_restate_in_our_voice(language: str, sentence: str, informal: bool, ours: str) -> None:
    assert restate(sentence, language, informal=informal) == ours


def test_each_date_goes_to_the_ask_it_stands_by() -> None:
    sentence = (
        "Je vous demande de me rappeler aujourd'hui et de m'envoyer un rapport d'incident "
        "écrit avant vendredi."
    )
    asks = extract_asks([sentence], "fr", sent=TUESDAY)
    assert [(a.kind, a.due) for a in asks] == [
        ("meeting", TUESDAY),
        ("written", date(2026, 11, 6)),
    ]
    sentence = "Quiero que me mandes una factura corregida y que hablemos el lunes 9 de noviembre."
    asks = extract_asks([sentence], "es", sent=TUESDAY)
    assert [(a.kind, a.due) for a in asks] == [
        ("meeting", date(2026, 11, 9)),
        ("document", None),
    ]


def test_a_concession_whose_first_half_complains_becomes_two_sentences() -> None:
    sentence = "Your October invoice charges 32 hours for the SEO audit, but we agreed on 20."
    assert condense(sentence, "en") == (
        "Your October invoice charges 32 hours for the SEO audit. We agreed on 20."
    )
    softened = "I know you are busy, but the report is three weeks late."
    assert condense(softened, "en") == "The report is three weeks late."


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Your dashboard was down for four hours on Black Friday."),
        ("de", "Ihr Dashboard ist am Black Friday vier Stunden ausgefallen."),
        ("fr", "Votre dashboard était hors service pendant quatre heures le Black Friday."),
        ("es", "Su dashboard estuvo caído cuatro horas el Black Friday."),
        ("it", "La vostra dashboard è rimasta fuori servizio per quattro ore il Black Friday."),
        ("nl", "Uw dashboard lag er vier uur uit op Black Friday."),
        ("pt", "O vosso dashboard ficou fora do ar quatro horas na Black Friday."),
    ],
)
def test_an_outage_is_a_complaint_and_the_work_on_it_is_not_listed(
    language: str, sentence: str
) -> None:
    """A user's review: "was down for four hours" carried no complaint cue, so the reply
    listed "Black Friday real-time dashboard built" as an achievement."""
    from assistant.drafting.concerns import complaint_sentences

    assert complaint_sentences(sentence, language) == (sentence,)
    items = [
        _item("W1", date(2026, 10, 21), "Black Friday real-time dashboard built and load-tested"),
        _item("W2", date(2026, 10, 30), "Product feed audit for shopping ads delivered"),
    ]
    choice = choose_items(items, [sentence], language)
    assert [i.key for i in choice.complained] == ["W1"]


def test_we_are_down_to_two_people_is_no_outage() -> None:
    from assistant.drafting.concerns import complaint_sentences

    assert complaint_sentences("We are down to two people on our side this week.", "en") == ()


def test_a_meeting_named_before_the_request_is_not_asked_for() -> None:
    """A user's review: "Our board meeting is on Friday and I need the numbers by Thursday
    12:00" became "You suggested a call on Friday at 12:00"."""
    text = "Our board meeting is on Friday and I need the October numbers by Thursday 12:00."
    asks = extract_asks([text], "en", sent=date(2026, 11, 30))
    assert [(a.kind, a.due, a.time) for a in asks] == [("document", date(2026, 12, 3), "12:00")]


@pytest.mark.parametrize(
    ("language", "text", "exact"),
    [
        ("fr", "Je souhaite un appel avant le 10 décembre.", False),
        ("de", "Ich möchte ein Gespräch bis Freitag.", False),
        ("en", "I would like a call before Friday.", False),
        ("es", "Quiero una llamada antes del viernes.", False),
        ("it", "Vorrei una chiamata entro venerdì.", False),
        ("en", "Can we have a call on Friday 4 December?", True),
        ("fr", "Pouvons-nous avoir un appel le vendredi 4 décembre ?", True),
    ],
)
def test_a_call_before_a_date_is_a_deadline_not_a_slot(
    language: str, text: str, exact: bool
) -> None:
    (ask,) = extract_asks([text], language, sent=date(2026, 11, 30))
    assert ask.kind == "meeting" and ask.due is not None
    assert ask.due_exact is exact


def test_a_date_written_with_dots_is_no_clock_time() -> None:
    (ask,) = extract_asks(
        ["Ich erwarte Ihre schriftliche Antwort bis zum 13.12."], "de", sent=TUESDAY
    )
    assert ask.due is not None and (ask.due.month, ask.due.day) == (12, 13)
    assert ask.time == ""


@pytest.mark.parametrize(
    ("language", "sentence", "money"),
    [
        ("pl", "Żądam zwrotu 500 zł i pisemnej odpowiedzi.", "500 zł"),
        ("pl", "Żądam zwrotu 1200 PLN.", "1200 PLN"),
        ("ja", "500ユーロの返金をお願いします。", "500ユーロ"),
    ],
)
def test_money_in_more_currencies(language: str, sentence: str, money: str) -> None:
    refund = next(a for a in extract_asks([sentence], language, sent=TUESDAY) if a.kind == "refund")
    assert refund.money == (money,)


def test_a_japanese_date_goes_to_what_it_dates() -> None:
    sentence = "500ユーロの返金と、12月14日までに書面での回答をお願いします。"
    asks = extract_asks([sentence], "ja", sent=TUESDAY)
    assert [(a.kind, a.due) for a in asks] == [("refund", None), ("written", date(2026, 12, 14))]


def test_a_date_goes_to_the_ask_before_it_rather_than_the_one_after() -> None:
    sentence = "Voglio una risposta scritta entro il 14 dicembre, e un incontro con voi."
    asks = extract_asks([sentence], "it", sent=TUESDAY)
    assert ("written", date(2026, 12, 14)) in [(a.kind, a.due) for a in asks]


@pytest.mark.parametrize(
    ("language", "sentence", "time"),
    [
        ("es", "¿Podemos quedar el jueves a las 11?", "11"),
        ("pt", "Podemos marcar uma reunião na quinta-feira às 15?", "15"),
    ],
)
def test_a_clock_time_after_a_las_and_as(language: str, sentence: str, time: str) -> None:
    (ask,) = extract_asks([sentence], language, sent=TUESDAY)
    assert ask.kind == "meeting" and ask.time == time


@pytest.mark.parametrize(
    ("language", "sentences"),
    [
        ("en", ["Spare me the phone calls.", "I want to discuss this at your office next week."]),
        (
            "de",
            ["Sie brauchen mich nicht anzurufen.", "Ich möchte das bei Ihnen im Büro besprechen."],
        ),
        ("es", ["No me llame, por favor.", "Quisiera reunirme con usted en su oficina el lunes."]),
        ("pt", ["Não é preciso telefonar-me.", "Gostaria de uma reunião no vosso escritório."]),
    ],
)
def test_a_meeting_at_the_office_stays_when_calls_are_refused(
    language: str, sentences: list[str]
) -> None:
    (ask,) = extract_asks(sentences, language, sent=TUESDAY)
    assert ask.kind == "meeting" and ask.in_person


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Spare me the phone calls."),
        ("it", "Non serve che mi chiami, mi scriva."),
        ("de", "Sie brauchen mich nicht anzurufen."),
        ("fr", "Pas la peine de m'appeler, écris-moi."),
    ],
)
def test_more_refusals_of_calls(language: str, sentence: str) -> None:
    assert refuses_calls(sentence, language)
    assert [a.kind for a in extract_asks([sentence], language, sent=TUESDAY)] != ["meeting"]


@pytest.mark.parametrize(
    ("language", "sentence", "day"),
    [
        (
            "fr",
            "Je souhaite un rendez-vous dans vos locaux le mardi 15 décembre et le "
            "remboursement de 1 200 € facturés pour octobre.",
            15,
        ),
        (
            "it",
            "Desidero un incontro di persona presso la vostra sede lunedì 14 dicembre e il "
            "rimborso di 900 euro.",
            14,
        ),
        (
            "nl",
            "Ik wil graag een afspraak op uw kantoor op woensdag 16 december en een creditnota "
            "van € 350 voor november.",
            16,
        ),
    ],
)
def test_a_date_before_a_conjunction_stays_with_the_meeting(
    language: str, sentence: str, day: int
) -> None:
    asks = {a.kind: a for a in extract_asks([sentence], language, sent=date(2026, 12, 4))}
    assert asks["refund"].due is None and asks["refund"].money
    assert asks["meeting"].due == date(2026, 12, day)


def test_a_list_of_four_asks_in_one_sentence() -> None:
    sentence = (
        "I would ask for the following: a written explanation by 11 December; a credit of "
        "$1,200 against the January invoice; a conversation with your director before "
        "Christmas; and a revised service agreement by 15 January."
    )
    asks = {a.kind: a for a in extract_asks([sentence], "en", sent=date(2026, 12, 4))}
    assert set(asks) == {"refund", "meeting", "written", "document"}
    assert asks["written"].due == date(2026, 12, 11)
    assert asks["document"].due == date(2027, 1, 15)
    assert asks["refund"].due is None and asks["meeting"].senior


def test_a_document_after_a_conjunction_is_asked_too() -> None:
    asks = extract_asks(
        ["Je veux un avoir de 300 € et la nouvelle maquette avant jeudi."], "fr", sent=TUESDAY
    )
    assert [(a.kind, a.due is not None) for a in asks] == [("refund", False), ("document", True)]
    assert extract_asks(["I want a refund on the invoice."], "en", sent=TUESDAY)[0].kind == "refund"
    assert len(extract_asks(["I want a refund on the invoice."], "en", sent=TUESDAY)) == 1


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Maybe we could grab a coffee next week?"),
        ("fr", "On se fait un café la semaine prochaine ?"),
    ],
)
def test_a_coffee_is_a_meeting_in_person(language: str, sentence: str) -> None:
    (ask,) = extract_asks([sentence], language, sent=date(2026, 12, 4))
    assert ask.kind == "meeting" and ask.in_person and ask.due is not None


@pytest.mark.parametrize(
    ("language", "sentence", "kinds"),
    [
        ("de", "Ich will bis Mittwoch wissen, wie es weitergeht.", ["decision"]),
        ("en", "Could you match their price from January?", ["refund"]),
        (
            "pt",
            "Solicito o reembolso de 750 euros até ao dia 15 de dezembro e que um responsável "
            "sénior da vossa empresa me contacte por escrito.",
            ["refund", "written", "person"],
        ),
    ],
)
def test_asks_from_the_second_review(language: str, sentence: str, kinds: list[str]) -> None:
    assert [a.kind for a in extract_asks([sentence], language, sent=date(2026, 12, 4))] == kinds


def test_an_amount_in_man_yen() -> None:
    (ask,) = extract_asks(["5万円の返金を求めます。"], "ja", sent=date(2026, 12, 4))
    assert ask.kind == "refund" and ask.money == ("5万円",)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Par ailleurs, l'agence Lumière nous propose un suivi hebdomadaire pour le même prix.",
        ),
        ("de", "Die Agentur Webwerk Müller bietet uns dieselben Leistungen für 30 % weniger an."),
    ],
)
def test_a_competitor_named_after_an_agency_word(language: str, text: str) -> None:
    assert "competitor" in situations(text, language)
    assert names_competitor(text, language)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Can you give us a better price?"),
        ("de", "Können Sie uns ein besseres Angebot machen?"),
        ("fr", "Pouvez-vous nous faire une meilleure offre ?"),
        ("es", "¿Me puedes hacer una oferta mejor antes del 20 de diciembre?"),
        ("it", "Potete farci un prezzo migliore?"),
        ("nl", "Kunt u ons een betere prijs geven?"),
        ("pt", "Pode fazer-me uma proposta melhor?"),
    ],
)
def test_a_better_offer_is_money_asked_for(language: str, sentence: str) -> None:
    assert [a.kind for a in extract_asks([sentence], language, sent=date(2026, 12, 4))] == [
        "refund"
    ]


@pytest.mark.parametrize(
    ("language", "sentence", "kind", "day"),
    [
        ("nl", "Laat je voor vrijdag 11 december iets weten?", "written", 11),
        ("it", "Mi rispondi entro venerdì prossimo?", "written", 11),
        ("pt", "Respondes-me até segunda?", "written", 7),
        ("es", "¿Me contestas antes del viernes?", "written", 11),
    ],
)
def test_a_question_asking_for_an_answer_by_a_day_is_an_ask(
    language: str, sentence: str, kind: str, day: int
) -> None:
    (ask,) = extract_asks([sentence], language, sent=date(2026, 12, 4))
    assert (ask.kind, ask.due) == (kind, date(2026, 12, day))


@pytest.mark.parametrize(
    ("language", "sentence", "money"),
    [
        ("de", "Und die 150 € für die Reels will ich zurück.", "150 €"),
        ("en", "And I think a $200 credit on next months invoice is fair for the mess.", "$200"),
        (
            "es",
            "Y creo que lo justo es un descuento de 120 euros en la próxima factura.",
            "120 euros",
        ),
        ("nl", "En ik vind een korting van 90 euro op de decemberfactuur wel redelijk.", "90 euro"),
    ],
)
def test_money_called_fair_is_asked_for(language: str, sentence: str, money: str) -> None:
    (ask,) = extract_asks([sentence], language, sent=date(2026, 12, 4))
    assert ask.kind == "refund" and ask.money == (money,)


@pytest.mark.parametrize(
    ("language", "text", "day", "exact"),
    [
        ("fr", "Répondez par écrit avant le 15 stp.", date(2026, 12, 15), False),
        ("pt", "Gostaria de uma reunião no dia 14.", date(2026, 12, 14), True),
        ("es", "Quiero la respuesta antes del día 15.", date(2026, 12, 15), False),
        ("en", "Send it by the 15th.", date(2026, 12, 15), False),
        ("de", "Bitte bis zum 15. antworten.", date(2026, 12, 15), False),
        ("it", "Rispondimi entro il 15.", date(2026, 12, 15), False),
        ("nl", "Graag voor de 15e een antwoord.", date(2026, 12, 15), False),
        ("fr", "avant le 3 pour 20 €", date(2027, 1, 3), False),  # past: next month
    ],
)
def test_a_day_of_the_month_without_its_month(
    language: str, text: str, day: date, exact: bool
) -> None:
    (found,) = find_dates(text, language, base=date(2026, 12, 4))
    assert (found.day, found.exact) == (day, exact)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "bis zum 15. Dezember"),
        ("it", "entro il 15 dicembre"),
        ("pt", "até ao dia 3 de janeiro"),
    ],
)
def test_a_day_with_its_month_is_read_once(language: str, text: str) -> None:
    assert len(find_dates(text, language, base=date(2026, 12, 4))) == 1


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "es",
            "Le agradecería que me enviara una factura corregida antes del viernes 11.",
        ),
        ("fr", "Je vous serais reconnaissante de m'envoyer le devis corrigé avant le 15."),
        ("it", "Le sarei grato se mi inviasse il preventivo corretto entro venerdì."),
        ("pt", "Agradecia que me enviassem o orçamento corrigido até sexta-feira."),
        (
            "de",
            "Ich wäre Ihnen dankbar, wenn Sie mir die korrigierte Rechnung bis Freitag schicken.",
        ),
        ("nl", "Ik zou het op prijs stellen als u de gecorrigeerde factuur voor vrijdag stuurt."),
    ],
)
def test_a_polite_conditional_is_a_request(language: str, sentence: str) -> None:
    (ask,) = extract_asks([sentence], language, sent=date(2026, 12, 4))
    assert ask.kind == "document" and ask.due is not None


def test_puede_que_is_maybe_not_a_request() -> None:
    sentence = (
        "No recuerdo haber aprobado ningún aumento aunque puede que se hablara en la reunión."
    )
    assert extract_asks([sentence], "es", sent=date(2026, 12, 4)) == ()


@pytest.mark.parametrize(
    ("language", "text", "leave"),
    [
        (
            "en",
            "BrightSpark quoted me half what you charge. By Tuesday I'm moving to BrightSpark.",
            True,
        ),
        ("de", "Die Agentur Pixelwerk aus Münster macht das für meine Freundin.", False),
        ("fr", "Un pote m'a conseillé Studio Nova, ils sont moins chers. Sinon j'arrête.", True),
        ("it", "Quelli di Studio Vela mi hanno fatto un'offerta e costano meno.", False),
        ("nl", "Bureau Kleurrijk heeft me een aanbod gedaan voor minder geld.", False),
    ],
)
def test_a_named_competitor_and_a_threat_to_leave(language: str, text: str, leave: bool) -> None:
    found = situations(text, language)
    assert "competitor" in found and names_competitor(text, language)
    assert ("leave" in found) == leave


@pytest.mark.parametrize(
    ("language", "sentence", "kind", "senior"),
    [
        ("it", "Voglio vederti giovedì in pizzeria, di persona.", "meeting", False),
        (
            "en",
            "I want a short written note confirming how many hours are included.",
            "written",
            False,
        ),
        ("en", "I want to sit down with you and whoever is actually in charge.", "meeting", True),
    ],
)
def test_asks_from_the_third_review(language: str, sentence: str, kind: str, senior: bool) -> None:
    (ask,) = extract_asks([sentence], language, sent=date(2026, 12, 4))
    assert (ask.kind, ask.senior) == (kind, senior)


@pytest.mark.parametrize(
    ("text", "language", "days"),
    [
        # the written date says which Thursday; a part of the day between changes nothing
        (
            "I propose we meet at our office on Thursday morning, 10 December, 9:30 to 11:00.",
            "en",
            [date(2026, 12, 10)],
        ),
        ("On se voit jeudi matin, le 10 décembre ?", "fr", [date(2026, 12, 10)]),
        # a room number is no date: a dotted date is day.month, never month.day; the week
        # named ends on its Friday
        (
            "ein Gespräch bei uns im Haus (Raum 2.14) in der Woche vom 14. Dezember",
            "de",
            [date(2026, 12, 18)],
        ),
        # two different days stay two
        ("Thursday, or else Friday 11 December", "en", [date(2026, 11, 26), date(2026, 12, 11)]),
    ],
)
def test_a_weekday_before_its_written_date_and_a_room_number(
    text: str, language: str, days: list[date]
) -> None:
    from assistant.lang.dates import find_dates

    assert [d.day for d in find_dates(text, language, base=date(2026, 11, 24))] == days
