"""What a review of new client emails found misread, each from its email: an Argentine
voseo writer ("vos sabés", "Escribime") and an Italian tu writer ("non venirmi a dire",
"scusa") answered formally; a curse restated in our voice ("il vostro maledetto banner");
a French client who asks not to be phoned ("ne pas chercher à me joindre par téléphone")
offered a slot, her notice ("met fin au contrat") and her request ("Je vous remercie de me
confirmer par écrit") unread; an email that explains ("una mail ... in cui mi spieghi")
taken for a decision (PLAYBOOK.md step 1 and "answer what they asked")."""

from __future__ import annotations

from datetime import date

import pytest
from reading import asks_in

from assistant.checks.asks import refuses_calls
from assistant.checks.situations import situations
from assistant.drafting.concerns import condense
from assistant.lang.formality import detect_formality

SENT = date(2026, 12, 3)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Che Sam,\n\nYa sé lo que me vas a decir. Puede ser, no te digo que no. Pero vos "
            "sabés que nosotros no tenemos a nadie técnico, y justamente para eso les pagamos. "
            "Escribime.\n\nAbrazo,\nMartín",
        ),
        (
            "it",
            "Sam,\n\nil sito è bloccato da stamattina. Il banner l'avete messo VOI, quindi non "
            "venirmi a dire che è colpa del nostro hosting. Siete dei dilettanti, scusa ma è "
            "così.\n\nLuca Ferraro\nTitolare",
        ),
    ],
)
def test_an_informal_writer_without_tu_pronouns_is_answered_informally(
    language: str, text: str
) -> None:
    assert detect_formality(text, language) == "informal"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Estimado Sam:\n\nPuede ser que haya un error en su factura. Le ruego que me "
            "conteste.\n\nAtentamente,\nJorge Almansa",
        ),
        (
            "it",
            "Gentile Sam,\n\nLa prego di scusarmi, ma non posso accettare. Mi dica quando arriva "
            "il report.\n\nCordiali saluti,\nElena Galli",
        ),
        # "sei" is also six, "chiedo scusa" is no imperative: neither is "tu"
        (
            "it",
            "Buongiorno,\n\nda sei mesi aspettiamo il report e sei settimane fa ci avevate "
            "promesso una soluzione. Chiedo scusa per il tono, ma la solita scusa del server non "
            "regge più.\n\nMarco Rossi",
        ),
    ],
)
def test_a_formal_writer_stays_formal(language: str, text: str) -> None:
    assert detect_formality(text, language) == "formal"


@pytest.mark.parametrize(
    ("language", "text", "restated"),
    [
        (
            "it",
            "Chi apre la home vede solo il vostro maledetto banner dei cookie e sotto una pagina "
            "bianca.",
            "Chi apre la home vede solo il vostro banner dei cookie e sotto una pagina bianca.",
        ),
        (
            "es",
            "El maldito tablero está caído desde el martes.",
            "El tablero está caído desde el martes.",
        ),
        (
            "nl",
            "Het verdomde dashboard doet het sinds dinsdag niet meer.",
            "Het dashboard doet het sinds dinsdag niet meer.",
        ),
        (
            "fr",
            "La foutue bannière bloque tout le site depuis ce matin.",
            "La bannière bloque tout le site depuis ce matin.",
        ),
    ],
)
def test_a_curse_is_not_restated(language: str, text: str, restated: str) -> None:
    assert condense(text, language) == restated


def test_a_french_client_who_asks_not_to_be_phoned_refuses_calls() -> None:
    text = (
        "Je vous prie de ne pas chercher à me joindre par téléphone ; toute correspondance se "
        "fera par courriel."
    )
    assert refuses_calls(text, "fr")
    assert "meeting" not in asks_in(text, "fr", SENT)


def test_a_french_notice_that_ends_the_contract_is_a_notice() -> None:
    text = (
        "Je vous informe que le Groupe Palisse met fin au contrat de prestation, soit une fin "
        "effective au 3 janvier 2027."
    )
    assert "notice" in situations(text, "fr")


def test_thanking_in_advance_for_a_confirmation_asks_for_it() -> None:
    text = "Je vous remercie de me confirmer par écrit la date de fin du contrat."
    assert set(asks_in(text, "fr", SENT)) == {"written"}


def test_an_email_that_explains_is_a_written_answer() -> None:
    text = (
        "Voglio tre cose:\n1) che il sito torni a funzionare OGGI, non domani;\n2) una mail "
        "stasera stessa in cui mi spieghi cosa è successo;\n3) uno sconto sul canone di "
        "dicembre, almeno la metà.\n"
    )
    assert set(asks_in(text, "it", SENT)) == {"fix", "written", "refund"}


def test_being_grateful_for_something_asks_for_it() -> None:
    text = (
        "I should be grateful for a written explanation of both charges, or a corrected "
        "invoice, by Friday."
    )
    asks = asks_in(text, "en", SENT)
    assert asks["written"].due == date(2026, 12, 4)


def test_an_inverted_proposal_is_a_meeting() -> None:
    text = (
        "Darüber hinaus schlage ich ein Gespräch mit Ihnen und Ihrer Geschäftsführung vor, am "
        "Dienstag, 15. Dezember, um 10:00 Uhr bei uns in Heilbronn."
    )
    meeting = asks_in(text, "de", SENT)["meeting"]
    assert (meeting.due, meeting.time) == (date(2026, 12, 15), "10:00")


def test_an_offer_to_receive_us_is_a_meeting() -> None:
    text = (
        "Si lo prefiere, puedo recibirle en persona el miércoles 9 a las 12:30 en nuestra sede "
        "de Valencia, en la calle Colón."
    )
    meeting = asks_in(text, "es", SENT)["meeting"]
    assert (meeting.due, meeting.time) == (date(2026, 12, 9), "12:30")


@pytest.mark.parametrize(
    "text",
    [
        "Necesito la factura corregida; espero recibirla antes del viernes.",
        "Quiero los informes pendientes y necesito recibirlos esta semana.",
    ],
)
def test_receiving_a_document_is_no_meeting(text: str) -> None:
    assert "meeting" not in asks_in(text, "es", SENT)


def test_a_dutch_statement_after_a_fronted_part_asks_nothing() -> None:
    text = (
        "Een stijging van 9 % vanaf januari kunnen wij op dit moment moeilijk verantwoorden, "
        "zeker omdat de factuur van november nog niet in orde is."
    )
    assert asks_in(text, "nl", SENT) == {}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "Preciso de um plano por escrito até sexta que vem, dia 11."),
        ("es", "Necesito un plan por escrito hasta el viernes, día 11."),
    ],
)
def test_a_weekday_with_its_day_number_is_that_day(language: str, text: str) -> None:
    assert asks_in(text, language, SENT)["written"].due == date(2026, 12, 11)


@pytest.mark.parametrize(
    "text",
    [
        "Preciso de um plano por escrito até segunda-feira, 14 de dezembro.",
        "Preciso de um plano por escrito na segunda-feira 14 de dezembro.",
    ],
)
def test_a_weekday_with_feira_before_its_date_is_that_date(text: str) -> None:
    assert asks_in(text, "pt", SENT)["written"].due == date(2026, 12, 14)
