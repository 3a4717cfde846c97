"""Asks a review of new client emails found invented or misread (checks/asks.py and the
languages' ask data): a German verb read as a document ("bevor ich dem Vorstand berichte"),
money taken off an invoice asked for with a separable verb ("zieh mir 300 Euro von der
Rechnung ab"), a client who only tells us something ("Je préfère te le dire directement"),
"before the weekend" as a date, and a Dutch object phrase that took the subject pronoun
("Kun je de cijfers ... sturen?") (PLAYBOOK.md, "answer what they asked")."""

from __future__ import annotations

from datetime import date

import pytest
from reading import asks_in

#: A Wednesday, and its week's Friday.
SENT = date(2026, 12, 9)
FRIDAY = date(2026, 12, 11)


def test_a_verb_of_reporting_is_no_report_asked_for() -> None:
    asks = asks_in(
        "Ich möchte ein persönliches Gespräch, bevor ich dem Vorstand berichte.", "de", SENT
    )
    assert set(asks) == {"meeting"}


def test_money_taken_off_the_invoice_is_money_back_not_a_document() -> None:
    asks = asks_in(
        "Und für Dezember ziehst mir bitte 300 Euro von der Rechnung ab, das ist das mindeste.",
        "de",
        SENT,
    )
    assert set(asks) == {"refund"}


def test_telling_us_something_asks_for_nothing() -> None:
    text = (
        "Je préfère te le dire directement plutôt que tu l'apprennes par la bande : Pixelmare "
        "est venu nous voir la semaine dernière et leur proposition est franchement solide."
    )
    assert asks_in(text, "fr", SENT) == {}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Could you send me the November figures before the weekend?"),
        ("de", "Kannst du mir die Zahlen vom November noch vor dem Wochenende schicken?"),
        ("fr", "Peux-tu m'envoyer le rapport de novembre avant le week-end ?"),
        ("nl", "Kun je de cijfers van november nog voor het weekend sturen?"),
    ],
)
def test_before_the_weekend_is_this_friday(language: str, text: str) -> None:
    asks = asks_in(text, language, SENT)
    assert asks["document"].due == FRIDAY


def test_a_dutch_object_phrase_starts_at_its_article_and_ends_at_its_noun() -> None:
    asks = asks_in("Kun je de cijfers van november nog voor het weekend sturen?", "nl", SENT)
    assert asks["document"].phrase == "de cijfers van november"


@pytest.mark.parametrize(
    ("language", "text", "kind", "due"),
    [
        # A request in the conditional: "I would ask you to", "Le pediría".
        (
            "es",
            "Le pediría, eso sí, un breve plan de mejora por escrito, de no más de dos páginas, "
            "antes del lunes 21 de diciembre.",
            "written",
            date(2026, 12, 21),
        ),
        ("en", "I would ask you to send the revised report by Friday.", "document", FRIDAY),
        ("fr", "Je vous demanderais de m'envoyer le rapport avant vendredi.", "document", FRIDAY),
        ("it", "Le chiederei di mandarmi il report entro venerdì.", "document", FRIDAY),
        ("pt", "Pediria que me enviasse o relatório até sexta-feira.", "document", FRIDAY),
        # A formal demand in Dutch, and a confirmation asked for within two working days.
        (
            "nl",
            "Ik stel u hierbij formeel in de gelegenheid het toegezegde overzicht alsnog "
            "uiterlijk maandag 14 december aan te leveren, samen met een schriftelijke "
            "toelichting.",
            "written",
            date(2026, 12, 14),
        ),
        (
            "nl",
            "Ik verzoek u binnen twee werkdagen te bevestigen dat u deze termijn haalt.",
            "written",
            FRIDAY,
        ),
        # "gaan zitten": a meeting.
        (
            "nl",
            "Zullen we donderdag 17 december om 10.00 uur bij ons op kantoor in Gouda gaan zitten?",
            "meeting",
            date(2026, 12, 17),
        ),
    ],
)
def test_requests_put_politely_are_asks(language: str, text: str, kind: str, due: date) -> None:
    asks = asks_in(text, language, SENT)
    assert asks[kind].due == due


@pytest.mark.parametrize(
    ("language", "text", "due"),
    [
        # An ultimatum with a long subject: what must work again, and by when.
        (
            "es",
            "Si el cuadro de mando no está operativo antes del viernes, tendremos que "
            "replantearnos la colaboración para 2027.",
            FRIDAY,
        ),
        (
            "en",
            "If the sales dashboard for the shops is not working by Friday, we will reconsider "
            "the contract.",
            FRIDAY,
        ),
        (
            "it",
            "Se il cruscotto delle vendite non funziona entro venerdì, dovremo rivedere il "
            "contratto.",
            FRIDAY,
        ),
        # Someone on it tonight.
        ("fr", "J'ai besoin que quelqu'un s'en occupe ce soir.", SENT),
        ("nl", "Ik wil dat iemand er vanavond nog naar kijkt.", SENT),
        # "que esté andando antes de las 11": working again today.
        (
            "es",
            "Lo que necesito es que esté andando antes de las 11, o al menos que me mandes un "
            "export con los números del fin de semana.",
            SENT,
        ),
    ],
)
def test_something_to_work_again_is_a_fix_with_its_date(
    language: str, text: str, due: date
) -> None:
    assert asks_in(text, language, SENT)["fix"].due == due


@pytest.mark.parametrize(
    ("language", "text", "kinds"),
    [
        # A list told in prose after "two things": each item needs no lead of its own.
        (
            "es",
            "Le pido dos cosas. La primera, una fecha de entrega firme, no aproximada, y que se "
            "cumpla. La segunda, que me llame mañana jueves entre las 10:00 y las 12:00.",
            {"written", "meeting"},
        ),
        (
            "en",
            "I need two things from you. First, a written explanation of the delay by Friday. "
            "Second, a call with your director next week.",
            {"written", "meeting"},
        ),
        (
            "de",
            "Ich erwarte zwei Dinge. Erstens, eine schriftliche Erklärung bis Freitag. "
            "Zweitens, einen Rückruf morgen Vormittag.",
            {"written", "meeting"},
        ),
    ],
)
def test_items_of_a_list_told_in_prose_are_asks(language: str, text: str, kinds: set[str]) -> None:
    assert set(asks_in(text, language, SENT)) == kinds


def test_an_ordinal_opener_without_a_list_asks_nothing() -> None:
    text = "The report was late. Secondly, the dashboard was down for two days."
    assert asks_in(text, "en", SENT) == {}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # "two things" told, not asked for: the points after it are complaints
        (
            "es",
            "Quiero decirle dos cosas. La primera, el informe llegó tarde. La segunda, nadie "
            "nos llamó.",
        ),
        (
            "de",
            "Ich möchte Ihnen zwei Dinge sagen. Erstens, der Bericht kam zu spät. Zweitens, "
            "niemand hat zurückgerufen.",
        ),
        (
            "en",
            "I want to tell you two things. First, the report was late again. Second, nobody "
            "called us back.",
        ),
    ],
)
def test_points_told_after_two_things_ask_nothing(language: str, text: str) -> None:
    assert asks_in(text, language, SENT) == {}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "If you'd rather talk it through, I'm in the office on Thursday from 3pm."),
        ("it", "Se preferisce parlarne a voce, giovedì 10 sono in ufficio dalle 15 in poi."),
        (
            "fr",
            "Si vous préférez en parler de vive voix, je suis au bureau jeudi à partir de 15 h.",
        ),
        ("de", "Wenn Sie lieber telefonieren, bin ich am Donnerstag ab 15 Uhr im Büro erreichbar."),
        ("es", "Si prefiere hablarlo por teléfono, el jueves estoy en la oficina desde las 15:00."),
    ],
)
def test_a_slot_offered_if_we_prefer_to_talk_is_a_meeting(language: str, text: str) -> None:
    assert asks_in(text, language, SENT)["meeting"].due == date(2026, 12, 10)


def test_if_you_prefer_without_a_slot_proposes_no_call() -> None:
    text = "If you prefer, we can skip the call and you just send the report."
    assert "meeting" not in asks_in(text, "en", SENT)


def test_a_list_under_a_deadline_after_a_weekday_is_due_that_day() -> None:
    # "até segunda-feira, dia 14": the weekday between the deadline word and the date.
    text = (
        "Tenho duas perguntas e queria as respostas por escrito até segunda-feira, dia 14:\n"
        "1. O que vocês fariam de diferente no primeiro trimestre de 2027?\n"
        "2. Seria possível a Camila voltar a acompanhar a conta?\n"
    )
    asks = asks_in(text, "pt", SENT)
    assert asks["written"].due == date(2026, 12, 14)


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("pt", "Queria o relatório de novembro até sexta-feira.", "document"),
        ("es", "Quería pedirle el informe de octubre antes del viernes.", "document"),
    ],
)
def test_a_polite_imperfect_asks(language: str, text: str, kind: str) -> None:
    assert asks_in(text, language, SENT)[kind].due == FRIDAY


def test_clarification_asked_about_an_invoice_is_a_written_answer_not_the_invoice() -> None:
    # Review draft: "U vraagt om onze factuur over november" (a phantom document).
    text = (
        "Bij controle van uw factuur over november (nr. HD-2026-1175) zijn ons enkele zaken "
        "opgevallen waarover ik graag opheldering krijg."
    )
    assert set(asks_in(text, "nl", SENT)) == {"written"}
