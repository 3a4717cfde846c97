"""Sentences that set the scene are no concern (PLAYBOOK.md step 1, "restate their concerns"):
a review of new client emails found drafts restating "You have received invoice HL-2611-044
dated 30 November" or "Mi dici che hai ricevuto la comunicazione sull'aumento del 9%" as what
went wrong, and praise said by negation ("You're not going to pretend the reports are bad",
"rien à redire", "nicht unzufrieden") restated as a complaint. The complaint next to such a
sentence is restated instead, and a sentence that negates the receipt or complains in a
clause of its own still is."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from offline_drafts import draft_email, offline_settings
from reading import asks_in

from assistant.checks.asks import extract_asks, refuses_calls
from assistant.drafting.concerns import condense, extract_concerns, score_sentence

#: A Monday.
SENT = date(2026, 12, 7)

RECEIVED = [
    ("en", "We have received your invoice HD-2026-0930 dated 30 November."),
    ("en", "I have your invoice HD-2026-0930 in front of me."),
    ("en", "I got your letter about the new rates from January."),
    (
        "de",
        "Ihr Schreiben vom 20. November zur Anpassung der Stundensätze um 7 % haben wir erhalten.",
    ),
    ("de", "Gestern haben wir Ihre Rechnung Nr. 2026-311 über 1.240 Euro erhalten."),
    ("fr", "Nous avons bien reçu ce lundi votre facture 2026-0930 d'un montant de 1.450 euros."),
    ("es", "Hemos recibido su comunicación sobre el aumento del 6 % a partir de enero."),
    ("es", "Recibí ayer su factura de noviembre por 2.300 euros."),
    ("it", "Ho ricevuto la vostra comunicazione sull'aumento del 7% dal 1° gennaio."),
    ("nl", "Wij ontvingen vorige week uw aankondiging van de nieuwe tarieven voor 2027."),
    ("nl", "Ik heb uw factuur 2026-0930 van 30 november gisteren ontvangen."),
    ("pt", "Recebemos a sua fatura de novembro, no valor de 1.980 euros."),
]


@pytest.mark.parametrize(("language", "sentence"), RECEIVED)
def test_a_sentence_that_only_says_our_message_came_is_no_concern(
    language: str, sentence: str
) -> None:
    assert condense(sentence, language) == ""


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "We have still not received the October report."),
        ("en", "I received the October report on the 19th, ten days late."),
        ("de", "Den Oktoberbericht haben wir bis heute nicht erhalten."),
        ("fr", "Nous n'avons toujours pas reçu le rapport d'octobre."),
        ("es", "No hemos recibido el informe de octubre."),
        ("it", "Non abbiamo ancora ricevuto il report di ottobre."),
        ("nl", "Wij hebben het rapport over oktober nog altijd niet ontvangen."),
        ("pt", "Ainda não recebemos o relatório de outubro."),
    ],
)
def test_a_receipt_that_is_negated_or_complains_is_still_a_concern(
    language: str, sentence: str
) -> None:
    assert condense(sentence, language)


def test_the_complaint_beside_a_receipt_is_restated_instead() -> None:
    text = (
        "We have received your invoice HD-2026-0930 dated 30 November. It charges six hours "
        "of 'additional SEO work' in October that nobody on our side ever approved, and the "
        "October report was late again."
    )
    concerns = extract_concerns(text, "en", register="formal", subject="Invoice HD-2026-0930")
    assert concerns
    assert not any("received" in concern for concern in concerns)
    assert any("approved" in concern or "late" in concern for concern in concerns)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The work itself is not the issue when it arrives."),
        ("en", "I'm not going to pretend the reports are bad."),
        ("en", "The tracking has worked flawlessly since the summer."),
        ("de", "Mit Ihrer Arbeit sind wir heuer nicht unzufrieden, das Tracking läuft tadellos."),
        ("fr", "Le rapport de septembre est arrivé à temps, il est clair, rien à redire."),
        ("fr", "Ce n'est pas la qualité technique qui est en cause."),
        ("es", "Con los informes no estamos descontentos, el tablero funciona perfectamente."),
        ("it", "Sul report di ottobre nulla da ridire, era chiaro."),
        ("nl", "Niet omdat het werk slecht is, de rapportage werkt vlekkeloos."),
        ("pt", "Com o relatório não estamos insatisfeitos, o painel funciona perfeitamente."),
    ],
)
def test_praise_said_by_negation_is_no_concern(language: str, sentence: str) -> None:
    assert condense(sentence, language) == ""


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The dashboard hasn't worked properly since Friday and nobody told us."),
        ("pt", "O painel não funciona sem problemas desde sexta-feira."),
        ("it", "Il cruscotto non funziona perfettamente da venerdì, mancano i dati."),
    ],
)
def test_a_complaint_that_negates_praise_words_is_still_a_concern(
    language: str, sentence: str
) -> None:
    assert condense(sentence, language)


def test_a_client_hard_to_reach_by_phone_refuses_calls() -> None:
    assert refuses_calls(
        "Ich bin bis Mitte des Monats auf Messen unterwegs und telefonisch praktisch nicht "
        "erreichbar.",
        "de",
    )
    # We were not reachable: a complaint, not a refusal.
    assert not refuses_calls("Sie waren am Freitag telefonisch nicht erreichbar.", "de")


def test_anything_you_can_do_about_the_increase_asks_about_the_price(tmp_path: Path) -> None:
    text = (
        "Straight question: is there anything you can do about the increase, or not? I need "
        "to know where we stand by Monday 14th."
    )
    assert "refund" in asks_in(text, "en", SENT)
    draft = draft_email(
        offline_settings(tmp_path),
        "Siobhan Byrne <siobhan@kettle.example>",
        "Hi Sam,\n\nEight per cent from January. " + text + "\n\nCheers,\nSiobhan\n",
        subject="Re: Your rates from January 2027",
    )
    assert "Your request about the price by Monday 14 December" in draft.body
    assert "do about the increase" not in draft.body


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Eight per cent from January, lovely, exactly what every manager hopes for."),
        ("en", "And then, what a coincidence, the invoice arrived the day after the outage."),
        ("fr", "Et comme par hasard, la facture est arrivée le lendemain de la panne."),
        ("fr", "La facture est arrivée le lendemain de la panne, un hasard incroyable."),
        ("it", "Guarda caso, la fattura è arrivata il giorno dopo il guasto."),
        ("es", "Qué casualidad, la factura llegó el día después de la caída."),
        ("de", "Was für ein Zufall, die Rechnung kam am Tag nach dem Ausfall."),
        ("nl", "Wat toevallig, de factuur kwam de dag na de storing."),
        ("pt", "Que coincidência, a fatura chegou no dia seguinte à falha."),
    ],
)
def test_sarcasm_is_never_restated(language: str, sentence: str) -> None:
    assert condense(sentence, language) == ""


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "de",
            "Mir würde Dienstag, der 15. Dezember, um 14:00 Uhr passen, bei uns im "
            "Verwaltungsgebäude, Raum 2.14.",
        ),
        ("de", "Am Donnerstag, 17. Dezember, ginge es bei mir um 9.30 Uhr, Zimmer 3.04."),
    ],
)
def test_a_meeting_slot_is_no_complaint_in_figures(language: str, sentence: str) -> None:
    # A day's dot before its month ends no sentence: no two figures set against each other.
    assert score_sentence(sentence, language) == 0


def test_two_figures_condensed_into_two_sentences_still_disagree() -> None:
    assert score_sentence("Le prenotazioni risultano 312. Dal nostro gestionale sono 401.", "it")


def test_a_complaint_of_its_own_outranks_a_sentence_on_the_subject_alone() -> None:
    text = (
        "Par contrat signé le 3 juin 2026, votre société s'est engagée à livrer la refonte de "
        "notre site, référencement compris, au plus tard le 30 septembre 2026. À ce jour, plus "
        "de deux mois après l'échéance, le site n'est toujours pas en ligne et les maquettes "
        "reçues le 16 novembre ne correspondent pas au cahier des charges validé."
    )
    first = extract_concerns(text, "fr", register="formal", subject="Refonte du site - retard")
    assert first
    assert any("toujours pas en ligne" in concern for concern in first)
    assert not any("contrat signé" in concern for concern in first)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Nous avons reçu le rapport d'octobre avec trois semaines de retard."),
        ("de", "Wir haben den Oktoberbericht mit drei Wochen Verspätung erhalten."),
    ],
)
def test_a_receipt_that_complains_in_its_own_clause_is_a_concern(
    language: str, sentence: str
) -> None:
    assert condense(sentence, language)


def test_as_promised_is_no_complaint() -> None:
    assert score_sentence("As promised, I am sending the signed order form.", "en") == 0
    assert score_sentence("Wie versprochen schicke ich Ihnen das Formular.", "de") == 0
    # "zugesagt" is also "accepted": only a promise made to the writer counts
    assert score_sentence("Den Termin am Dienstag habe ich bereits zugesagt.", "de") == 0
    assert score_sentence("Damals wurde mir zugesagt, dass die Berichte pünktlich kommen.", "de")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Die Buchungsstrecke läuft seit Wochen nicht mehr reibungslos."),
        ("en", "Your team was not the problem until the new account manager started."),
    ],
)
def test_a_negated_praise_word_is_still_a_complaint(language: str, sentence: str) -> None:
    assert condense(sentence, language)


def test_two_figures_in_condensed_sentences_still_disagree_before_a_month() -> None:
    sentence = "Im Oktober waren es laut Bericht 312. November brachte laut System nur 201."
    assert score_sentence(sentence, "de") >= 2


def test_we_cannot_be_reached_by_phone_is_no_refusal() -> None:
    assert not refuses_calls(
        "Ich bin seit Montag hinter Ihnen her und Sie sind telefonisch nicht erreichbar.", "de"
    )


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Sorry for the long email."),
        ("de", "Entschuldigen Sie die deutlichen Worte."),
        ("fr", "Désolé pour le long message."),
        ("es", "Perdona el rollo."),
        ("it", "Scusa la franchezza."),
        ("nl", "Sorry voor de lange mail."),
        ("pt", "Desculpe a franqueza."),
    ],
)
def test_the_writers_apology_for_how_they_write_is_no_concern(language: str, sentence: str) -> None:
    assert condense(sentence, language) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Sorry for the long email, but the dashboard has been down since Monday.",
        "Sorry for the late reply, the October report is wrong again and nobody told us.",
    ],
)
def test_the_complaint_after_an_apology_is_kept_without_it(sentence: str) -> None:
    kept = condense(sentence, "en")
    assert kept.startswith("The ") and "orry" not in kept


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "Cero prioridades, cero plan."),
        ("en", "No email, no heads-up."),
        ("de", "Keine Fahrten, keine Umsätze."),
        ("es", "No me manden otro mail lleno de frases lindas."),
        ("en", "Don't send me another apology."),
        ("fr", "Ne m'envoyez pas un énième rapport."),
        ("de", "Schicken Sie mir bitte keine weiteren Entschuldigungen."),
        ("it", "Non mandatemi un altro report generico."),
        ("nl", "Stuur me geen nieuwe excuses."),
        ("pt", "Não me mandem mais relatórios genéricos."),
    ],
)
def test_emphasis_and_what_not_to_do_are_no_concern(language: str, sentence: str) -> None:
    assert condense(sentence, language) == ""


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "No report in October, no report in November, and still nobody explains why."),
        ("es", "No nos avisaron del retraso."),
        ("en", "Don't get me wrong, the October report was late again."),
    ],
)
def test_a_complaint_that_opens_with_no_is_kept(language: str, sentence: str) -> None:
    assert condense(sentence, language)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "it",
            "Volevo solo sapere se il report di novembre è partito per posta ordinaria o con il "
            "piccione viaggiatore, così mi regolo.",
        ),
        ("en", "Was the report sent by carrier pigeon, by any chance?"),
        ("de", "HABEN WIR ABER NICHT, da wird umgebaut!!"),
    ],
)
def test_sarcasm_and_a_shouted_retort_are_never_echoed(language: str, sentence: str) -> None:
    assert condense(sentence, language) == ""


def test_the_complaint_after_a_shouted_retort_is_kept_calm() -> None:
    kept = condense("NOT ACCEPTABLE, the dashboard has been down since Monday.", "en")
    assert kept == "The dashboard has been down since Monday."


def test_a_credit_on_an_invoice_is_money_asked_back() -> None:
    sentence = "Je te demande un crédit sur la facture de décembre; 1 200 $ serait raisonnable."
    asks = extract_asks([sentence], "fr", sent=SENT)
    assert [ask.kind for ask in asks] == ["refund"]
