"""Asks written in running prose, and how a reply answers them: each case is an email that
lost an ask or its date (a price concession without the word refund, "let me know before the
18th", a demand made during an outage, a slot offered in the next sentence, a weekday with a
bare day number) or whose answer lost who and where a meeting is to be held."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from offline_drafts import draft_email, offline_settings

from assistant.checks.asks import Ask, extract_asks, listed_asks
from assistant.drafting.answers import reply_by
from assistant.drafting.concerns import split_sentences
from assistant.lang.dates import find_dates


def asks(text: str, language: str, sent: date) -> tuple[Ask, ...]:
    sentences = split_sentences(text)
    return extract_asks(sentences, language, sent=sent, listed=listed_asks(text, language))


def kinds(found: tuple[Ask, ...]) -> list[tuple[str, date | None]]:
    return [(ask.kind, ask.due) for ask in found]


@pytest.mark.parametrize(
    ("language", "text", "sent", "day"),
    [
        # a weekday with a bare day number is that day, not the next such weekday
        ("it", "un preventivo per il 2027 entro venerdì 11", date(2026, 12, 3), date(2026, 12, 11)),
        ("es", "que me mandes antes del jueves 17 un plan", date(2026, 12, 9), date(2026, 12, 17)),
        ("fr", "d'ici lundi 23, un récap", date(2026, 11, 20), date(2026, 11, 23)),
        ("en", "Can we talk on Friday the 13th?", date(2026, 11, 2), date(2026, 11, 13)),
        # a weekday right before a written date is that date
        ("pt", "uma reunião na quarta, 16/12, às 15h", date(2026, 12, 7), date(2026, 12, 16)),
        ("it", "entro il 1° dicembre un elenco", date(2026, 11, 24), date(2026, 12, 1)),
    ],
)
def test_a_weekday_with_its_day_number_is_that_day(
    language: str, text: str, sent: date, day: date
) -> None:
    assert [found.day for found in find_dates(text, language, base=sent)] == [day]


def test_a_weekday_before_a_clock_time_keeps_its_own_day() -> None:
    found = find_dates("Passt Ihnen Montag 10 Uhr?", "de", base=date(2026, 12, 9))
    assert [f.day for f in found] == [date(2026, 12, 14)]


@pytest.mark.parametrize(
    ("language", "text", "sent", "expected"),
    [
        # a price concession in prose, dated by the sentence after it (en5)
        (
            "en",
            "Can you do anything on the price? Let me know before the 18th, that's when I sort "
            "the budget for next season.",
            date(2026, 12, 4),
            [("refund", date(2026, 12, 18))],
        ),
        # keeping the old price, with "Bescheid" by the end of next week (de3)
        (
            "de",
            "Ich erwarte das wir beim alten Preis bleiben, sonst muss ich mir das überlegen.\n\n"
            "Geben Sie mir bitte bis Ende nächster Woche bescheid.",
            date(2026, 11, 16),
            [("refund", date(2026, 11, 27))],
        ),
        # "let me know by" with nothing asked before it: an answer by then (it4)
        (
            "it",
            "Se avete qualcosa da proporre, me lo faccia sapere entro il 10 dicembre, dopodiché "
            "decideremo.",
            date(2026, 11, 30),
            [("written", date(2026, 12, 10))],
        ),
        # a fix today, who made a change (no date: Tuesday is when it happened), costs (de5)
        (
            "de",
            "Ich will, dass das HEUTE noch gefixt wird und dass du mir sagst, wer da am Dienstag "
            "rumgefummelt hat. Und die Ads-Kosten von heute übernehmt ihr, das seh ich nicht ein.",
            date(2026, 12, 5),
            [("written", None), ("fix", date(2026, 12, 5)), ("refund", date(2026, 12, 5))],
        ),
        # a list introduced by a line ending in a comma; "a call does not replace it" (de1)
        (
            "de",
            "Ich fordere Sie auf,\n\n1. das Dashboard bis spätestens Mittwoch, 25. November 2026, "
            "wieder vollständig funktionsfähig zu machen,\n2. mir bis zum 30. November "
            "schriftlich darzulegen, was die Ursache war, und\n3. uns eine Gutschrift in Höhe "
            "von 25 % zu erteilen.\n\nIch bitte um eine schriftliche Antwort; ein Telefonat "
            "ersetzt diese nicht.",
            date(2026, 11, 23),
            [("fix", date(2026, 11, 25)), ("written", date(2026, 11, 30)), ("refund", None)],
        ),
        # a slot asked as a question in the next sentence (de4)
        (
            "de",
            "Bevor ich entscheide, möchte ich mit Ihnen sprechen. Passt Ihnen Montag, 14.12., "
            "nachmittags telefonisch?",
            date(2026, 12, 9),
            [("meeting", date(2026, 12, 14))],
        ),
        # a day offered inside the week asked for (nl4)
        (
            "nl",
            "Kunnen we volgende week even bellen? Dinsdag of woensdag na 14u kan ik.",
            date(2026, 11, 27),
            [("meeting", date(2026, 12, 1))],
        ),
        # "me llamara": a call (es1)
        (
            "es",
            "Le agradecería que me llamara el lunes a primera hora para explicarme qué ha pasado.",
            date(2026, 11, 12),
            [("meeting", date(2026, 11, 16))],
        ),
        # a bare "Respuesta" item with its deadline (es5)
        (
            "es",
            "Solicitamos:\n1. Que sea su director quien nos responda.\n2. Respuesta antes del 15 "
            "de diciembre.",
            date(2026, 12, 4),
            [("written", date(2026, 12, 15)), ("person", None)],
        ),
        # a list of documents named by "elenco" and "récap"
        (
            "it",
            "Le chiedo di inviarci entro il 1° dicembre un elenco delle ore utilizzate.",
            date(2026, 11, 24),
            [("document", date(2026, 12, 1))],
        ),
        # a named person asked to attend
        (
            "en",
            "I'd like Helen to be there too if at all possible.",
            date(2026, 12, 1),
            [("person", None)],
        ),
    ],
)
def test_asks_in_prose_are_read_with_their_dates(
    language: str, text: str, sent: date, expected: list[tuple[str, date | None]]
) -> None:
    assert sorted(kinds(asks(text, language, sent)), key=str) == sorted(expected, key=str)


def test_a_clock_time_after_a_deadline_word_dates_only_the_ask_it_stands_by() -> None:
    found = asks(
        "Get me the report before 9:15 or dont bother. and I want to know who decided to stop "
        "the updates.",
        "en",
        date(2026, 11, 30),
    )
    by_kind = {ask.kind: ask for ask in found}
    assert (by_kind["document"].due, by_kind["document"].time) == (date(2026, 11, 30), "9:15")
    assert by_kind["written"].due is None  # who decided: no deadline of its own


@pytest.mark.parametrize(
    ("language", "text", "sent", "day", "time", "party", "place"),
    [
        (
            "nl",
            "Ik zou graag op woensdag 2 december om 14.00 uur met u en uw teamleider om tafel "
            "gaan, bij ons op kantoor, om te bespreken hoe we 2027 ingaan.",
            date(2026, 11, 19),
            date(2026, 12, 2),
            "14.00",
            "met u en uw teamleider",
            "bij ons op kantoor",
        ),
        (
            "it",
            "Le chiedo quindi un incontro in videochiamata giovedì 3 dicembre alle 15, insieme al "
            "nostro responsabile commerciale.",
            date(2026, 11, 24),
            date(2026, 12, 3),
            "15",
            "insieme al nostro responsabile commerciale",
            "",
        ),
        (
            "fr",
            "J'aurais besoin d'une visio mardi 24 novembre à 9h30, avec Hugo si possible.",
            date(2026, 11, 20),
            date(2026, 11, 24),
            "9h30",
            "avec Hugo",
            "",
        ),
        (
            "es",
            "Le agradecería que me llamara el lunes para explicarme cuándo podemos contar con el "
            "informe.",
            date(2026, 11, 12),
            date(2026, 11, 16),
            "",
            "",  # "con el informe" names a thing, not people
            "",
        ),
    ],
)
def test_a_meeting_keeps_its_slot_who_attends_and_where(
    language: str, text: str, sent: date, day: date, time: str, party: str, place: str
) -> None:
    meeting = next(ask for ask in asks(text, language, sent) if ask.kind == "meeting")
    assert (meeting.due, meeting.time, meeting.party, meeting.place) == (day, time, party, place)
    assert "giovedì" not in meeting.phrase  # the weekday goes with its date, not the phrase


def test_a_monday_meeting_is_confirmed_on_the_friday_before() -> None:
    meeting = Ask(kind="meeting", sentence="", due=date(2026, 11, 16))
    assert reply_by(meeting, date(2026, 11, 12)) == date(2026, 11, 13)


@pytest.mark.parametrize(
    ("sender", "body", "line"),
    [
        (
            "Chiara Rossi",
            "Ciao Sam,\n\nil cruscotto ha mostrato dati sbagliati.\n\nMi servirebbero:\n1. una "
            "call martedì 15 dicembre alle 11, con Paola se possibile;\n2. entro mercoledì 9 una "
            "spiegazione scritta.\n\nChiara",
            "Proponi di sentirci con Paola martedì 15 dicembre alle 11:",
        ),
        (
            "Katrin Vogel",
            "Sehr geehrter Herr Carter,\n\ndie Bewertung ist schlecht ausgefallen.\n\nDamit ich "
            "das intern vertreten kann, bitte ich Sie um\n\n- ein Gespräch am Dienstag, 15. "
            "Dezember, um 10 Uhr bei uns im Haus, gerne mit jemandem aus Ihrer Geschäftsführung,"
            "\n- bis Freitag, 11.12., eine kurze Übersicht der Leistungen.\n\nMit freundlichen "
            "Grüßen\nKatrin Vogel",
            "Sie schlagen ein Gespräch mit jemandem aus unserer Geschäftsführung bei Ihnen im "
            "Haus vor (am Dienstag, 15. Dezember, 10 Uhr):",
        ),
        (
            "Tom Becker",
            "Hey Sam,\n\n15% more for the same report? Can you do anything on the price? Let me "
            "know before the 18th, that's when I sort the budget.\n\nTom",
            "Your request about the price by Friday 18 December:",
        ),
    ],
)
def test_the_reply_names_who_and_where_and_the_clients_date(
    tmp_path: Path, sender: str, body: str, line: str
) -> None:
    draft = draft_email(
        offline_settings(tmp_path),
        f"{sender} <client@client.example>",
        body,
        subject="Asks",
        to="Sam Carter <sam@agency.example>",
    )
    assert line in draft.body


def _read(text: str, language: str) -> list[tuple[str, object]]:
    found = extract_asks(split_sentences(text), language, sent=date(2026, 12, 4))
    return [(ask.kind, ask.due) for ask in found]


def test_a_day_the_client_cannot_do_does_not_date_the_meeting() -> None:
    text = "Kunnen we volgende week bellen? Dinsdag kan ik niet, woensdag wel."
    assert ("meeting", date(2026, 12, 8)) not in _read(text, "nl")


def test_a_deadline_is_never_moved_earlier_by_a_day_named_after_it() -> None:
    text = (
        "Bitte schicken Sie mir den Bericht bis Ende nächster Woche. Am Dienstag kann ich "
        "nicht, da bin ich im Urlaub."
    )
    assert _read(text, "de") == [("document", date(2026, 12, 11))]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Let me know if you need anything else from us.", "en"),
        ("Ik hoor graag van u.", "nl"),
    ],
)
def test_a_courtesy_at_the_end_is_no_ask(text: str, language: str) -> None:
    assert _read(text, language) == []


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Call me today with some good news for a change.", ""),
        ("Can we have a call with the dashboard open in front on Monday?", ""),
        ("I need someone on a call with my team today, before 1pm.", "with my team"),
    ],
)
def test_who_is_at_a_meeting_names_people_not_things(text: str, party: str) -> None:
    asks = extract_asks(split_sentences(text), "en", sent=date(2026, 12, 4))
    assert [ask.party for ask in asks if ask.kind == "meeting"] == [party]


def test_a_day_and_month_before_a_colon_is_a_date_not_a_clock_time() -> None:
    text = "Ich erwarte eine schriftliche Stellungnahme bis 11.12.: Ursache des Ausfalls."
    asks = extract_asks(split_sentences(text), "de", sent=date(2026, 11, 19))
    assert [(ask.kind, ask.due, ask.time) for ask in asks] == [("written", date(2026, 12, 11), "")]


def test_an_acronym_after_with_is_no_person() -> None:
    text = "I need a call with an actual ETA today before 3pm."
    asks = extract_asks(split_sentences(text), "en", sent=date(2026, 11, 19))
    assert [ask.party for ask in asks if ask.kind == "meeting"] == [""]


def test_a_condition_on_a_day_with_a_negation_still_dates_the_asks_before_it() -> None:
    text = (
        "Te pido tres cosas:\n1. Que alguien lo arregle YA, no el lunes.\n"
        "2. Que me expliques por escrito qué pasó.\n\n"
        "Si el lunes no tengo todo esto, buscamos otra agencia."
    )
    asks = extract_asks(
        split_sentences(text), "es", sent=date(2026, 11, 27), listed=listed_asks(text, "es")
    )
    assert ("written", date(2026, 11, 30)) in [(ask.kind, ask.due) for ask in asks]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb before its subject: "vragen wij" as "wij vragen"
        (
            "Verder vragen wij voor november een creditnota van 310 euro.",
            [("refund", None)],
        ),
        # the formal imperative of Belgian letters
        (
            "Gelieve ons uiterlijk op woensdag 9 december een herzien rapport te bezorgen.",
            [("document", date(2026, 12, 9))],
        ),
    ],
)
def test_dutch_asks_with_the_verb_first_or_gelieve(
    text: str, expected: list[tuple[str, date | None]]
) -> None:
    assert kinds(asks(text, "nl", date(2026, 12, 3))) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a request put as a condition, its day before the dash and its time after it
        (
            "en",
            "I'm in Leeds on Wednesday the 9th - if you or your director could come to our "
            "office at 14:00 I'd much rather go through it in person.",
            [("meeting", date(2026, 12, 9), "14:00")],
        ),
        # "treffen wir uns" after a condition; the day in the sentence before
        (
            "de",
            "Ich bin am Freitag, 11. Dezember, ohnehin in Graz. Wenn es Ihnen passt, treffen "
            "wir uns um 10 Uhr im Hotel Erzherzog Johann.",
            [("meeting", date(2026, 12, 11), "10 Uhr")],
        ),
        # requests in the subjunctive after "Le encargo dos cosas."
        (
            "es",
            "Le encargo dos cosas. Que me envíe por escrito, antes del martes 8 de diciembre, "
            "el detalle de la nueva tarifa. Y que tengamos una llamada el viernes 11 de "
            "diciembre a las 9:30.",
            [("written", date(2026, 12, 8), ""), ("meeting", date(2026, 12, 11), "9:30")],
        ),
        # "passa in negozio": come by the shop
        (
            "it",
            "Se preferisci parlarne, passa in negozio martedì 8 dopo le 19.",
            [("meeting", date(2026, 12, 8), "")],
        ),
        # a request with a day and a clock time that names nothing else is an appointment
        (
            "nl",
            "Misschien kunnen we er woensdag 9 december om 10:00 samen over zitten.",
            [("meeting", date(2026, 12, 9), "10:00")],
        ),
    ],
)
def test_a_meeting_asked_for_in_passing_keeps_its_day_and_time(
    language: str, text: str, expected: list[tuple[str, date | None, str]]
) -> None:
    found = asks(text, language, date(2026, 12, 3))
    assert [(ask.kind, ask.due, ask.time) for ask in found] == expected


def test_a_day_and_time_after_a_deadline_word_is_no_appointment() -> None:
    text = "Kunt u ervoor zorgen dat alles uiterlijk maandag 7 december om 9:00 klaar is?"
    assert [ask.kind for ask in asks(text, "nl", date(2026, 12, 3))] != ["meeting"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "I report li ho letti poco, e mi chiedo se quello che pago mi serve."),
        ("fr", "Je me demande si le rapport mensuel nous sert encore à quelque chose."),
        ("nl", "Ik vraag me af of het maandrapport nog zin heeft."),
        ("en", "I wonder whether the monthly report is worth what we pay."),
        ("de", "Ich frage mich, ob wir den Monatsbericht überhaupt brauchen."),
    ],
)
def test_a_thought_aloud_asks_for_nothing(language: str, text: str) -> None:
    assert asks(text, language, date(2026, 12, 3)) == ()


def test_a_request_after_a_thought_aloud_still_asks() -> None:
    text = "Ich frage mich, ob der Bericht etwas bringt, bitte schicken Sie mir die Zahlen."
    assert [ask.kind for ask in asks(text, "de", date(2026, 12, 3))] == ["document"]


def test_an_italian_rapporto_is_a_report_not_the_relationship() -> None:
    sent = date(2026, 12, 3)
    found = asks("Le chiedo di inviarmi il rapporto entro venerdì.", "it", sent)
    assert kinds(found) == [("document", date(2026, 12, 4))]
    assert asks("Vorrei chiudere il nostro rapporto di collaborazione.", "it", sent) == ()


def test_a_thing_wanted_by_a_date_is_a_document_named_as_written() -> None:
    text = "Before the board meets I'd like the weekly spend for November, by channel, by Friday."
    found = asks(text, "en", date(2026, 12, 3))
    assert [(a.kind, a.due, a.phrase) for a in found] == [
        ("document", date(2026, 12, 4), "the weekly spend for November")
    ]


def test_a_thing_wanted_with_no_date_asks_for_nothing_new() -> None:
    assert asks("I'd like the weekly spend to stay where it is.", "en", date(2026, 12, 3)) == ()


def test_a_slot_that_suits_the_client_is_a_meeting() -> None:
    found = asks("Wednesday 9th at 3pm on Zoom works for me.", "en", date(2026, 12, 3))
    assert [(a.kind, a.due, a.time) for a in found] == [("meeting", date(2026, 12, 9), "3pm")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a negated request asks for nothing
        ("es", "Y no quiero hablar con comerciales ni con quien me manda los informes."),
        # a request lead that announces
        ("de", "Ich möchte Sie darüber informieren, bevor der Bericht intern verteilt wird."),
        ("en", "I want to let you know that the report went to the board today."),
        # "se calhar" is "maybe", no condition
        ("pt", "Uma pergunta rápida, ou se calhar não: o último relatório chegou a 12 de outubro."),
        # "whenever I like" in a rival's offer
        (
            "it",
            "Mi offrono la dashboard a 690 euro al mese, contratto di sei mesi e disdetta "
            "quando voglio.",
        ),
    ],
)
def test_a_request_lead_that_asks_nothing_gives_no_ask(language: str, text: str) -> None:
    assert asks(text, language, date(2026, 12, 3)) == ()


def test_a_request_after_a_negated_one_still_asks() -> None:
    text = "Je ne veux pas d'appel, je veux le rapport corrigé avant vendredi."
    assert kinds(asks(text, "fr", date(2026, 12, 3))) == [("document", date(2026, 12, 4))]


def test_the_end_of_a_contract_is_a_time_not_a_thing_asked_for() -> None:
    text = (
        "Je vous demande de nous remettre, avant la fin du contrat, l'ensemble des accès "
        "ainsi que les rapports des douze derniers mois."
    )
    found = asks(text, "fr", date(2026, 12, 3))
    assert found and not any("contrat" in ask.phrase for ask in found)


def test_a_call_before_a_time_is_today_not_the_day_the_sentence_before_names() -> None:
    text = (
        "Le rapport de novembre devait arriver le vendredi 11 décembre. Tu peux m'appeler "
        "avant 14h30 ? Après j'enchaîne les rendez-vous."
    )
    found = asks(text, "fr", date(2026, 12, 3))
    assert [(a.kind, a.due) for a in found if a.kind == "meeting"] == [
        ("meeting", date(2026, 12, 3))
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # granted, not asked: "I appreciate it may not be late"; a refusal of calls
        (
            "en",
            "I appreciate it may not be late by your calendar, but the partners meet on Monday "
            "14 December. Please reply by email rather than telephoning me.",
        ),
        # busy in meetings is no meeting asked for
        (
            "es",
            "Por favor no me llames, estoy en reuniones toda la mañana. Escribime por acá, lo "
            "leo entre reunión y reunión.",
        ),
    ],
)
def test_no_meeting_is_read_into_a_client_who_wants_writing(language: str, text: str) -> None:
    assert "meeting" not in [ask.kind for ask in asks(text, language, date(2026, 12, 3))]


def test_rather_than_telephoning_refuses_calls() -> None:
    from assistant.checks.asks import refuses_calls

    assert refuses_calls("Please reply by email rather than telephoning me.", "en")


def test_italian_prima_di_is_a_deadline_for_a_list_lead_in() -> None:
    text = (
        "Le chiedo quindi, possibilmente prima di venerdì 11 dicembre:\n"
        "- il dettaglio delle ore di novembre, giorno per giorno;\n"
        "- una nota di credito per le tre ore.\n"
    )
    assert {ask.due for ask in asks(text, "it", date(2026, 12, 3))} == {date(2026, 12, 11)}


SWISS = (
    "Hoi Sam\n\nDas Auftrags-Dashboard ist seit heute Morgen um 7 komplett leer. Keine "
    "Fahrten, keine Umsätze, gar nichts.\n\nWas ich will:\nErstens, dass es heute bis Mittag "
    "wieder läuft.\nZweitens bis morgen früh eine schriftliche Erklärung, was genau kaputt "
    "war.\n\nMerci und Gruess\nReto"
)


def test_items_counted_after_a_colon_with_no_comma_after_their_opener() -> None:
    # "Was ich will: Erstens, … Zweitens bis morgen früh …": the second item was lost
    found = asks(SWISS, "de", date(2026, 12, 4))
    assert kinds(found) == [("fix", date(2026, 12, 4)), ("written", date(2026, 12, 5))]


def test_the_swiss_du_writer_is_answered_with_du_and_a_closed_clause(tmp_path: Path) -> None:
    draft = draft_email(offline_settings(tmp_path), "Reto <reto@velo.example>", SWISS, subject="X")
    assert draft.body.startswith("Hallo Reto,")
    assert "danke, dass du" in draft.body
    # the clause in the thing asked for is closed before its date
    assert "eine schriftliche Erklärung, was genau kaputt war, bis Samstag, 5. Dezember" in (
        draft.body
    )
    # "Keine Fahrten, keine Umsätze, gar nichts.": emphasis, not restated
    assert "gar nichts" not in draft.body
