"""Which of the client's points an offline draft restates (drafting/offline.py,
drafting/concerns.py; PLAYBOOK.md step 1): their complaints (a price rise, a fall in the
rankings, something broken), not a competitor's offer, which the competitor question asks
about, nor a threat to leave, which the thanks answers."""

from __future__ import annotations

from pathlib import Path

import pytest
from offline_drafts import draft_email, offline_settings

from assistant.drafting.concerns import score_sentence, split_sentences


def test_a_competitors_offer_is_asked_about_not_restated(tmp_path: Path) -> None:
    draft = draft_email(
        offline_settings(tmp_path),
        "Helen Marsh <helen@marsh.example>",
        "Dear Sam,\n\nYou never sent the October report, and nobody answered my two emails "
        "about it. I pay 2,000 a month and I get nothing but excuses. Another agency offered "
        "us the same service for 1,500.\n\nRegards,\nHelen Marsh",
        subject="Where is my report?",
    )
    assert "Another agency offered" not in draft.body
    assert "- You pay 2,000 a month and you get nothing but excuses." in draft.body
    assert "What are they doing differently for you" in draft.body


def test_a_competitors_offer_alone_is_still_restated(tmp_path: Path) -> None:
    draft = draft_email(
        offline_settings(tmp_path),
        "Helen Marsh <helen@marsh.example>",
        "Dear Sam,\n\nAnother agency offered us the same service for 1,500 a month, and it is "
        "still a problem that our rankings are lower.\n\nRegards,\nHelen Marsh",
        subject="Our contract",
    )
    assert "Another agency offered you the same service" in draft.body


def test_a_threat_to_leave_is_thanked_for_not_restated(tmp_path: Path) -> None:
    draft = draft_email(
        offline_settings(tmp_path),
        "Roberto Ferri <r.ferri@ferri.example>",
        "Buongiorno,\n\nAvete cancellato per errore tutte le schede prodotto del nostro "
        "catalogo e ci sono voluti quattro giorni per ripristinarle. Se non ricevo una risposta "
        "entro lunedì, disdico il contratto.\n\nCordiali saluti,\nRoberto Ferri",
        subject="Catalogo",
    )
    assert "disdico" not in draft.body and "disdice" not in draft.body
    assert "- Abbiamo cancellato per errore tutte le schede prodotto" in draft.body


def test_a_greeting_on_the_first_line_of_text_is_not_restated(tmp_path: Path) -> None:
    draft = draft_email(
        offline_settings(tmp_path),
        "Chiara Conti <chiara@conti.example>",
        "Ciao Sam, il sito è di nuovo giù e le prenotazioni di sabato sono perse.\n\nChiara",
        subject="Sito",
    )
    assert "- Mi dici che il sito è di nuovo giù" in draft.body
    assert "Ciao Sam," not in draft.body.split("\n\n", 1)[1]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Our rankings fell from position 3 to position 14 in October."),
        ("de", "Sie wollen die Preise zum 1. Januar um 9 % zu erhöhen."),
        ("fr", "L'augmentation de 8 % annoncée pour janvier me semble injustifiable."),
        ("es", "He recibido su comunicación sobre la subida del 15 % para 2027."),
        ("it", "Il posizionamento è sceso dalla seconda alla nona posizione."),
        ("nl", "We zijn van plek 2 naar plek 11 gezakt."),
        ("pt", "O formulário de reservas não funciona desde domingo e perdi três reservas."),
        ("nl", "Het dashboard geeft 40% minder omzet dan ons eigen systeem."),
    ],
)
def test_a_price_rise_a_fall_or_a_fault_is_a_complaint(language: str, sentence: str) -> None:
    assert score_sentence(sentence, language) >= 2


def test_an_ordinal_title_keeps_its_indicator_in_the_greeting(tmp_path: Path) -> None:
    draft = draft_email(
        offline_settings(tmp_path),
        "Eng.º Rui Ferreira <rui@ferreira.example>",
        "Prezados senhores,\n\nO relatório de setembro chegou com três semanas de atraso.\n\n"
        "Com os melhores cumprimentos,\nEng.º Rui Ferreira",
        subject="Relatório",
    )
    assert draft.body.startswith("Prezado Eng.º Ferreira,")  # "Eng.º": a man (mail.sender)


@pytest.mark.parametrize(
    "text",
    [
        "Ihr habt im November keine einzige Stunde gearbeitet. Das ist eine Frechheit.",
        "Der Bericht ist schon wieder falsch, und ihr schickt mir nichts. Ruf mich nicht an.",
        "Der Bericht ist schon wieder falsch. Schreib mir bis Freitag, was los ist.",
    ],
)
def test_a_german_writer_of_ihr_or_du_imperatives_is_informal(text: str) -> None:
    from assistant.lang.formality import detect_formality

    assert detect_formality(text, "de") == "informal"


def test_a_german_your_is_still_formal() -> None:
    from assistant.lang.formality import detect_formality

    text = "Sehr geehrter Herr Carter, Ihr Bericht kam zu spät. Bitte schicken Sie ihn mir."
    assert detect_formality(text, "de") == "formal"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "classement. On a encore perdu 10 places sur « menuiserie Lyon »."),
        ("es", "ranking. Hemos bajado de la primera página en «bicicletas eléctricas»."),
        ("en", "Ranking. We dropped off the first page of Google for our main keyword."),
    ],
)
def test_a_search_ranking_is_no_review_of_agencies(language: str, text: str) -> None:
    from assistant.checks.situations import situations

    assert "ranking" not in situations(text, language)


def test_a_review_of_agencies_is_a_ranking() -> None:
    from assistant.checks.situations import situations

    text = "In our half-year agency review you were ranked fourth of five."
    assert situations(text, "en") == ("ranking",)


def test_a_concern_our_voice_cannot_hold_gives_way_to_one_it_can() -> None:
    from assistant.drafting.concerns import rank_concerns

    text = (
        "Hola Sam:\n\nYo mismo pago 1.500 euros al mes y no recibo nada de nada. Es la tercera "
        "vez que el informe mensual llega tarde.\n\nPablo"
    )
    assert rank_concerns(text, "es")[0].startswith("Yo mismo pago 1.500 euros")
    assert rank_concerns(text, "es", register="informal") == (
        "Es la tercera vez que el informe mensual llega tarde.",
    )


def test_a_client_who_opens_with_our_first_name_alone_is_greeted_by_theirs(
    tmp_path: Path,
) -> None:
    draft = draft_email(
        offline_settings(tmp_path),
        "Olivia Chen <olivia@tidewater.example>",
        "Sam,\n\nYou never sent the November report. It was due last Tuesday.\n\nOlivia Chen",
        subject="Report",
    )
    assert draft.body.startswith("Dear Olivia,\n")


@pytest.mark.parametrize(
    ("sender", "body", "question"),
    [
        (
            "Mark Ellis <mark@ellis.example>",
            "Hi Sam,\n\nI'll be straightforward: BrightPath Media have offered to run our paid "
            "social for £2,400 a month, with weekly reporting. The reports were late again.\n\n"
            "Mark",
            "What matters most to you in the offer from BrightPath Media,",
        ),
        (
            "Laura Gómez <laura@gomez.example>",
            "Buenos días:\n\nLa agencia Nubo Digital nos ofrece el mismo servicio por 1.100 euros "
            "al mes. El informe de octubre llegó tarde otra vez.\n\nAtentamente,\nLaura Gómez",
            "¿Qué es lo que más le importa de la oferta de Nubo Digital,",
        ),
        (
            "Klaus Berg <k.berg@berg.example>",
            "Sehr geehrter Herr Carter,\n\ndie Agentur Datenwerk hat uns angeboten, die "
            "Dashboards für 22.000 Euro im Jahr weniger zu übernehmen. Die Berichte kamen "
            "wieder zu spät.\n\nMit freundlichen Grüßen\nKlaus Berg",
            "Was ist Ihnen am Angebot von Datenwerk am wichtigsten,",
        ),
    ],
)
def test_a_named_competitors_offer_is_asked_about_by_its_name(
    tmp_path: Path, sender: str, body: str, question: str
) -> None:
    draft = draft_email(offline_settings(tmp_path), sender, body, subject="Offer")
    assert question in draft.body


@pytest.mark.parametrize(
    ("language", "sentence", "restated"),
    [
        ("en", "ARE YOU LOT HAVING A LAUGH?????", ""),
        ("pt", "VOCÊS PAUSARAM A CAMPANHA TODA!!!", "Vocês pausaram a campanha toda."),
        (
            "de",
            "Das ändert aber nichts daran, dass der Bericht wieder zu spät kam.",
            "Das ändert aber nichts daran, dass der Bericht wieder zu spät kam.",
        ),
        (
            "de",
            "Sie waren immer zuverlässig, aber der Bericht kam wieder zu spät.",
            "Der Bericht kam wieder zu spät.",
        ),
    ],
)
def test_a_shout_goes_and_a_german_particle_splits_nothing(
    language: str, sentence: str, restated: str
) -> None:
    from assistant.drafting.concerns import condense

    assert condense(sentence, language) == restated


def test_their_opening_word_and_their_none_of_you_are_restated_in_our_voice() -> None:
    from assistant.drafting.voice import restate

    assert split_sentences("Oye Sam, el informe de noviembre otra vez tarde.") == [
        "El informe de noviembre otra vez tarde."
    ]
    assert restate("Il sito è giù e nessuno di voi se ne è accorto.", "it", informal=True) == (
        "Il sito è giù e nessuno di noi se ne è accorto."
    )


def test_a_spanish_tu_in_a_present_verb_or_an_imperative_is_informal() -> None:
    from assistant.lang.formality import detect_formality

    text = "Oye Sam, el informe de noviembre otra vez tarde. Me lo mandas hoy?"
    assert detect_formality(text, "es") == "informal"


def test_french_writes_the_first_of_the_month_as_1er() -> None:
    from datetime import date

    from assistant.lang.dates import format_long, format_weekday

    assert format_weekday(date(2026, 12, 1), "fr") == "mardi 1er décembre"
    assert format_long(date(2026, 12, 1), "fr") == "1er décembre 2026"
    assert format_weekday(date(2026, 12, 11), "fr") == "vendredi 11 décembre"


@pytest.mark.parametrize(
    ("sentence", "condensed"),
    [
        (
            "I've now read your letter about the new rates properly and I have to be honest, a "
            "14% increase is not something I can take to our board.",
            "A 14% increase is not something I can take to our board.",
        ),
        (
            "We've been with you since 2017 and the last year has been the weakest: two monthly "
            "reports arrived after the 10th working day and our analyst spent most of October "
            "chasing data that should have been in the dashboard.",
            "Two monthly reports arrived after the 10th working day and our analyst spent most "
            "of October chasing data that should have been in the dashboard.",
        ),
    ],
)
def test_a_long_sentence_keeps_its_complaint_not_its_lead_in(sentence: str, condensed: str) -> None:
    from assistant.drafting.concerns import condense

    assert condense(sentence, "en") == condensed


def test_an_opening_line_is_not_restated_for_want_of_a_complaint() -> None:
    from assistant.drafting.concerns import rank_concerns

    text = (
        "Exmo. Senhor,\n\nEscrevo-lhe na sequência da nossa troca de mensagens da semana "
        "passada.\n\nCom os melhores cumprimentos,\nTeresa Vasconcelos"
    )
    assert rank_concerns(text, "pt", register="formal") == ()
    assert rank_concerns(text, "pt") != ()  # without a register: the first sentence, as before


@pytest.mark.parametrize(
    ("sender", "body"),
    [
        (
            "Pablo Ruiz <pablo@ruiz.example>",
            "Sam,\n\n¿¿En serio?? El seguimiento lleva tres semanas roto y nadie lo ha "
            "visto.\n\nPablo",
        ),
        (
            "Inês Costa <ines@costa.example>",
            "Sam,\n\nA loja online está em baixo desde hoje à tarde. Estás a gozar comigo?\n\nInês",
        ),
    ],
)
def test_a_rhetorical_question_is_not_promised_an_answer(
    tmp_path: Path, sender: str, body: str
) -> None:
    draft = draft_email(offline_settings(tmp_path), sender, body, subject="Otra vez")
    assert "pregunta" not in draft.body and "pergunta" not in draft.body


def test_a_real_question_is_still_promised_an_answer(tmp_path: Path) -> None:
    draft = draft_email(
        offline_settings(tmp_path),
        "Pablo Ruiz <pablo@ruiz.example>",
        "Hola Sam:\n\nEl informe de noviembre llegó tarde otra vez. ¿Por qué no se avisó al "
        "equipo cuando falló la importación de datos?\n\nPablo",
        subject="Informe",
    )
    assert "pregunta" in draft.body


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "Estás a gozar comigo?"),
        ("es", "¿Me estás tomando el pelo?"),
        ("fr", "Vous vous moquez de moi ?"),
        ("it", "Grazie per niente, davvero."),
        ("nl", "Dat meen je niet?"),
    ],
)
def test_sarcasm_is_heat_in_every_drafting_language(language: str, text: str) -> None:
    from assistant.checks import tone

    assert [p.kind for p in tone.assess(text, language).phrases] == ["sarcasm"]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "it",
            "Nel report le prenotazioni di ottobre risultano 312, ma dal nostro gestionale "
            "sono 401.",
        ),
        ("en", "The dashboard shows 312 bookings for October, but our own system has 401."),
    ],
)
def test_two_figures_set_against_each_other_are_a_complaint(language: str, sentence: str) -> None:
    assert score_sentence(sentence, language) >= 2
    assert score_sentence("We had 3 meetings and 2 calls in October.", "en") == 0


def test_figures_that_disagree_are_restated_after_condensing() -> None:
    from assistant.drafting.concerns import rank_concerns

    text = (
        "Ciao Sam,\n\nnel report che mi hai mandato ieri le prenotazioni di ottobre risultano "
        "312, ma dal nostro gestionale sono 401.\n\nChiara"
    )
    assert rank_concerns(text, "it", register="informal") == (
        "Nel report che mi hai mandato ieri le prenotazioni di ottobre risultano 312. Dal "
        "nostro gestionale sono 401.",
    )


@pytest.mark.parametrize(
    ("sender", "opening", "greeting"),
    [
        ("Dr Margaret Osei <m.osei@oseivets.example>", "Dear Sam,", "Dear Dr Osei,"),
        ('"Dra. Inmaculada Serrano" <is@notaria.example>', "Estimado Sr. Carter:", "Dra. Serrano"),
        ("Irene Dott <irene@dott.example>", "Dear Sam,", "Dear Irene,"),
    ],
)
def test_a_title_before_the_name_is_kept_and_a_surname_is_no_title(
    tmp_path: Path, sender: str, opening: str, greeting: str
) -> None:
    body = (
        "The report for November arrived two weeks late and nobody told us why."
        if opening.startswith("Dear")
        else "El informe de noviembre llegó con dos semanas de retraso y nadie nos avisó."
    )
    draft = draft_email(
        offline_settings(tmp_path), sender, f"{opening}\n\n{body}\n\nRegards", subject="Report"
    )
    assert greeting in draft.body.split("\n")[0]


def test_a_point_that_holds_a_question_is_not_restated(tmp_path: Path) -> None:
    draft = draft_email(
        offline_settings(tmp_path),
        "Nacho Ferrer <nacho@tallerferrer.example>",
        "Hola Sam,\n\nQue haceis exactamente?? porque los informes esos que mandais con graficas "
        "de colores no me sirven para nada si el telefono no suena. Llevo tres meses pagando "
        "y las visitas han bajado a la mitad.\n\nNacho",
        subject="Informes",
    )
    assert "haceis" not in draft.body
    assert "las visitas han bajado a la mitad" in draft.body


@pytest.mark.parametrize(
    ("sender", "body", "point"),
    [
        (
            "Gianni Russo <gianni@gelateria.example>",
            "Sam il modulo per ordinare le torte di Natale non manda niente da una settimana, ho "
            "perso non so quanti ordini.\nSe lunedì non funziona mi cerco qualcun altro.\n\nG.",
            "- Il modulo per ordinare le torte di Natale non manda niente",
        ),
        (
            "Marta Leal <marta@ceramica.example>",
            "Sam, a newsletter de Natal que era para sair ontem ainda não saiu e ninguém me diz "
            "nada.\nTens noção de que é a única que faço por ano??\n\nMarta",
            "a newsletter de Natal que era para sair ontem ainda não saiu",
        ),
    ],
)
def test_our_first_name_calling_us_is_not_restated(
    tmp_path: Path, sender: str, body: str, point: str
) -> None:
    draft = draft_email(offline_settings(tmp_path), sender, body, subject="Natale")
    assert point in draft.body
    assert "Sam il" not in draft.body and ", sam," not in draft.body


@pytest.mark.parametrize(
    ("sentence", "ours"),
    [
        (
            "Ich hab mindestens drei Stammkunden verloren.",
            "Du hast mindestens drei Stammkunden verloren.",
        ),
        (
            "Gestern hatte ich 20 Leute vor der Tür stehen, die waren alle sauer.",
            "Gestern hattest du 20 Leute vor der Tür stehen, die waren alle sauer.",
        ),
        (
            "Ich zahl 390 im Monat und bekomme nichts.",
            "Du zahlst 390 im Monat und bekommst nichts.",
        ),
        (
            "Ich warte seit drei Wochen auf den Bericht.",
            "Du wartest seit drei Wochen auf den Bericht.",
        ),
    ],
)
def test_a_du_writers_own_ich_is_said_back_as_du(sentence: str, ours: str) -> None:
    from assistant.drafting.voice import restate

    assert restate(sentence, "de", informal=True) == ours


def test_a_german_preamble_that_a_complaint_follows_is_no_complaint() -> None:
    from assistant.drafting.concerns import score_sentence

    assert score_sentence("ich muss mich jetzt mal beschweren.", "de") == 0
    assert score_sentence("Ich hab mindestens drei Stammkunden verloren.", "de") >= 2


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Uns liegt inzwischen ein Angebot der Datenwerk Analytics GmbH aus Regensburg vor."),
        ("es", "Cuantia Analytics nos ha presentado una propuesta para el mismo alcance."),
        (
            "nl",
            "Meetbaar Data B.V. uit Amsterdam heeft ons een voorstel gedaan voor de rapportages.",
        ),
        ("fr", "L'agence Lumière nous a fait une proposition pour le même périmètre."),
        ("it", "La Webstudio Srl ci ha fatto una proposta per lo stesso lavoro."),
        ("pt", "A Pixel Norte apresentou-nos uma proposta; a Pixel Norte nos fez uma proposta."),
    ],
)
def test_a_named_rivals_proposal_is_a_named_competitor(language: str, text: str) -> None:
    from assistant.checks.situations import names_competitor

    assert names_competitor(text, language)


def test_italian_praise_is_not_restated_as_what_went_wrong() -> None:
    from assistant.drafting.concerns import rank_concerns

    text = (
        "Ciao Sam,\n\nAd aprile avete sistemato i testi delle pagine per l'estate e sono venuti "
        "bene, niente da dire.\n\nMartin"
    )
    assert rank_concerns(text, "it", register="informal") == ()


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "de",
            "Uns liegt ein Angebot der Datenwerk Analytics GmbH aus Regensburg vor.",
            "Datenwerk Analytics GmbH",
        ),
        (
            "nl",
            "Meetbaar Data B.V. uit Amsterdam heeft ons een voorstel gedaan.",
            "Meetbaar Data B.V.",
        ),
        (
            "en",
            "Fieldstone Digital in Oxford has offered us the same for £1,950.",
            "Fieldstone Digital",
        ),
        # a lone capitalised word may be a town: the question does not name it
        ("it", "Un'agenzia di Monza ci ha offerto lo stesso servizio.", ""),
    ],
)
def test_the_rival_is_named_only_when_the_name_is_sure(language: str, text: str, name: str) -> None:
    from assistant.checks.situations import competitor_name

    assert competitor_name(text, language) == name


def test_the_competitor_question_names_the_rival(tmp_path: Path) -> None:
    draft = draft_email(
        offline_settings(tmp_path),
        "Margaret Osei <m.osei@oseivets.example>",
        "Dear Sam,\n\nOur reports were late three times this year. Fieldstone Digital in Oxford "
        "has offered us the same scope for £1,950 a month.\n\nRegards,\nMargaret Osei",
        subject="Rates",
    )
    assert "What matters most to you in the offer from Fieldstone Digital," in draft.body


def test_an_offer_read_by_its_price_gets_the_competitor_question(tmp_path: Path) -> None:
    draft = draft_email(
        offline_settings(tmp_path),
        "Carla Mendes <c.mendes@mendesbikes.example>",
        "Hi Sam,\n\nThe October report came two weeks late again. Northwind Analytics came to "
        "see us on Monday. Their proposal is EUR 2,300 a month with weekly dashboards.\n\nCarla",
        subject="Reports",
    )
    assert "What matters most to you in the offer from Northwind Analytics," in draft.body


@pytest.mark.parametrize(
    ("sentence", "informal", "expected"),
    [
        (
            "Ich erwarte eine schriftliche Stellungnahme Ihres Geschäftsführers.",
            False,
            "Sie erwarten eine schriftliche Stellungnahme unseres Geschäftsführers.",
        ),
        (
            "Ich erwarte eine Stellungnahme eures Chefs.",
            True,
            "Du erwartest eine Stellungnahme unseres Chefs.",
        ),
    ],
)
def test_a_german_genitive_of_ours_is_turned(sentence: str, informal: bool, expected: str) -> None:
    from assistant.drafting.voice import restate

    assert restate(sentence, "de", informal=informal) == expected
