"""What the client says they will do, and when (checks/announced.py), noted in the reply in
every language: the end of the contract with its date, a tender, held payment, a board's
decision with its day. Each case comes from a client email whose draft answered the requests
and said nothing of the termination, the tender or the payment held (PLAYBOOK.md step 1)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from offline_drafts import draft_email, offline_settings

from assistant.checks.announced import announced_steps
from assistant.checks.asks import extract_asks, listed_asks
from assistant.drafting.concerns import split_sentences

#: The Date of the emails here (tests/offline_drafts.py SENT_HEADER): Friday 4 December 2026.
SENT = date(2026, 12, 4)


def _steps(text: str, language: str) -> list[tuple[str, date | None]]:
    sentences = split_sentences(text)
    asks = extract_asks(sentences, language, sent=SENT, listed=listed_asks(text, language))
    steps = announced_steps(sentences, language, sent=SENT, asked=[a.sentence for a in asks])
    return [(step.kind, step.day) for step in steps]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "À défaut, nous résilierons le contrat avec effet au 31 janvier 2027 et nous nous "
            "réservons la possibilité de demander réparation.",
            [("end", date(2027, 1, 31))],
        ),
        (
            "nl",
            "Ik wil u dan ook laten weten dat wij de overeenkomst opzeggen tegen 31 maart 2027, "
            "met inachtneming van de opzegtermijn van drie maanden.",
            [("end", date(2027, 3, 31))],
        ),
        (
            "de",
            "Ich sage Ihnen offen, dass wir intern eine Kündigung zum 31. März 2027 prüfen.",
            [("end", date(2027, 3, 31))],
        ),
        ("nl", "Tot die tijd houden wij de betaling van de factuur aan.", [("payment", None)]),
        (
            "pt",
            "Aguardamos a resposta até segunda-feira, dia 14, sob pena de suspendermos os "
            "pagamentos pendentes.",
            [("payment", None)],
        ),
        (
            "fr",
            "À défaut d'accord sur les conditions 2027, nous lancerons une consultation en "
            "janvier.",
            [("tender", None)],
        ),
        (
            "de",
            "Bis Freitag, 18. Dezember, muss ich der Geschäftsleitung einen Entscheid vorlegen.",
            [("decision", date(2026, 12, 18))],
        ),
        (
            "it",
            "Per iscritto, grazie: la decisione la prendiamo in consiglio lunedì 14.",
            [("decision", date(2026, 12, 14))],
        ),
        ("de", "Wir kündigen den Vertrag zum 31. März 2027.", [("end", date(2027, 3, 31))]),
        ("en", "We will withhold all further payments.", [("payment", None)]),
        ("en", "We will stop making payments until this is fixed.", [("payment", None)]),
        (
            "nl",
            "Wij zullen het contract niet verlengen na 31 maart 2027.",
            [("end", date(2027, 3, 31))],
        ),
        ("es", "No renovaremos el contrato el 31 de marzo de 2027.", [("end", date(2027, 3, 31))]),
        (
            "it",
            "Non rinnoveremo il contratto in scadenza il 31 marzo 2027.",
            [("end", date(2027, 3, 31))],
        ),
        (
            "pt",
            "Não renovaremos o contrato que termina em 31 de março de 2027.",
            [("end", date(2027, 3, 31))],
        ),
        ("nl", "De betaling houden wij aan.", [("payment", None)]),
        ("pt", "Vamos reter o pagamento da fatura.", [("payment", None)]),
        ("es", "Convocaremos un concurso entre agencias en enero.", [("tender", None)]),
        ("it", "A gennaio faremo una gara tra agenzie.", [("tender", None)]),
        (
            "en",
            "If nothing changes, we will terminate the contract on 31 March 2027 and put the "
            "work out to tender.",
            [("end", date(2027, 3, 31)), ("tender", None)],
        ),
    ],
)
def test_what_the_client_will_do_is_read_with_its_date(
    language: str, text: str, expected: list[tuple[str, date | None]]
) -> None:
    assert _steps(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # no date: a decision or an end in passing
        ("en", "We decided to trust you with the whole account."),
        ("pt", "O painel caiu e a gente tomou decisão de estoque no escuro."),
        # negated
        ("en", "We do not intend to terminate the contract on 31 March 2027."),
        # asked of us, answered as an ask
        (
            "nl",
            "Wij verzoeken u de opzegging en de einddatum vóór vrijdag 18 december schriftelijk "
            "te bevestigen.",
        ),
        # "dat wil zeggen op": no notice
        (
            "nl",
            "Wij verwachten het dashboard binnen veertien dagen, dat wil zeggen op of vóór 18 "
            "december.",
        ),
        # our own decision, no board
        ("es", "Con el informe vamos a decidir cuánto invertimos en enero."),
        # "kündigte ... an" announces, it gives no notice
        ("de", "Sie kündigten am Telefon an, dass der Bericht bis 15. Dezember kommt."),
        # payments that stopped in an outage, or were made: no payment held
        ("en", "Since Tuesday our checkout stopped taking card payments for six hours."),
        ("en", "Please stop sending the invoice to my old address."),
        ("nl", "Wij hebben de betaling aan u op 1 december al gedaan."),
        ("pt", "Depois da correção retomamos os pagamentos normalmente."),
        # a domain or a certificate not renewed: no contract ended
        ("nl", "Het domein is niet verlengd en verloopt op 10 december."),
        ("es", "No renovaron el dominio y caduca el 10 de diciembre."),
        ("it", "Il certificato non rinnovato scade il 10 dicembre."),
        ("pt", "Vocês não renovaram o domínio, que expira em 10 de dezembro."),
        # a contest, a race, a consultation: no tender
        ("es", "Ganamos el concurso de diseño del ayuntamiento gracias a la web."),
        ("pt", "Participamos de um concurso e o site caiu no meio da votação."),
        ("it", "Abbiamo perso la gara per colpa del sito, e il bando era chiaro."),
        ("fr", "Après consultation de nos équipes, le rapport reste incomplet."),
    ],
)
def test_no_step_is_read_where_none_is_announced(language: str, text: str) -> None:
    assert _steps(text, language) == []


@pytest.mark.parametrize(
    ("language", "sender", "body", "noted"),
    [
        (
            "fr",
            "Dominique Arnaud <d.arnaud@maison.example>",
            "Monsieur,\n\nNotre trafic organique a baissé de 41 % depuis la refonte.\n\n"
            "Je vous demande de nous adresser un rapport écrit au plus tard le vendredi 11 "
            "décembre. À défaut, nous résilierons le contrat avec effet au 31 janvier 2027.\n\n"
            "Je vous prie d'agréer, Monsieur, mes salutations distinguées.\n\nDominique Arnaud",
            "J'ai bien pris note de ce que vous écrivez au sujet de la fin du contrat au "
            "31 janvier 2027.",
        ),
        (
            "de",
            "Reto Brunner <r.brunner@velos.example>",
            "Grüezi Herr Carter\n\nDer Jahresreport ist immer noch nicht bei uns. Ich schlage "
            "vor, dass wir uns am Dienstag, 15. Dezember, um 9.30 Uhr treffen. Bis Freitag, "
            "18. Dezember, muss ich der Geschäftsleitung einen Entscheid vorlegen.\n\n"
            "Freundliche Grüsse\n\nReto Brunner",
            "Was Sie über die Entscheidung am Freitag, 18. Dezember, schreiben, habe ich zur "
            "Kenntnis genommen.",
        ),
        (
            "nl",
            "Kim Bakker <k.bakker@tuin.example>",
            "Geachte heer Carter,\n\nEr staan 21 uur in rekening gebracht, in de voorgaande "
            "maanden steeds tussen de 6 en 8 uur. Wij willen graag een creditnota van € 1.450. "
            "Tot die tijd houden wij de betaling van de factuur aan.\n\nMet vriendelijke groet,"
            "\n\nKim Bakker",
            "Ik heb goed gelezen wat u schrijft over het aanhouden van de betaling.",
        ),
        (
            "en",
            "Helen Marsh <h.marsh@client.example>",
            "Dear Sam,\n\nThe monthly reports have been late all year. Unless this is sorted, "
            "we will end the contract on 31 March 2027 and hold payment of your November "
            "invoice.\n\nRegards,\nHelen Marsh",
            "I have noted what you wrote about ending the contract on 31 March 2027 and "
            "holding payment.",
        ),
    ],
)
def test_the_reply_notes_what_the_client_will_do(
    tmp_path: Path, language: str, sender: str, body: str, noted: str
) -> None:
    draft = draft_email(offline_settings(tmp_path), sender, body, subject="Re: our account")
    assert draft.language == language
    assert noted in draft.body.split("\n\n")


def test_the_manager_note_says_what_the_client_will_do(tmp_path: Path) -> None:
    body = (
        "Dear Sam,\n\nThe monthly reports have been late all year. Unless this is sorted, we "
        "will end the contract on 31 March 2027 and hold payment of your November invoice."
        "\n\nRegards,\nHelen Marsh"
    )
    draft = draft_email(
        offline_settings(tmp_path),
        "Helen Marsh <h.marsh@client.example>",
        body,
        subject="Re: our account",
    )
    note = draft.notes["manager_note"]
    assert "What they say they will do:" in note
    assert "- end the contract, on 31 March 2027." in note
    assert "- hold payment." in note


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Depuis ce matin, votre module bloque les paiements de nos clients."),
        ("es", "Su plugin congela los pagos con tarjeta desde ayer."),
        ("it", "Il vostro modulo blocca i pagamenti dei clienti da stamattina."),
        ("pt", "O vosso módulo bloqueia os pagamentos dos clientes desde ontem."),
        ("en", "Your update stopped card payments on the shop."),
        ("en", "The bug froze payments from customers all weekend."),
    ],
)
def test_an_outage_of_the_clients_payments_is_no_payment_held(language: str, text: str) -> None:
    assert _steps(text, language) == []
