"""A client who asks for a named role ("your managing director", "Ihr Geschäftsführer",
"votre directeur général") hears that role named back, in our voice, not "someone more
senior": a review counted "a named person downgraded" as an ask answered wrongly (PLAYBOOK.md,
"answer what they asked"). Nothing is promised: the request is passed on, and they hear back
by a date."""

from __future__ import annotations

from pathlib import Path

import pytest
from offline_drafts import draft_email, offline_settings

CASES = [
    (
        "Dear Mr Carter,\n\nThe October report arrived three weeks late and nobody told us why. "
        "I would like your managing director to be involved in this matter. Please reply by "
        "Friday 11 December.\n\nRegards,\nHelen Price",
        "You asked for our managing director to be involved: I will put your request to them",
    ),
    (
        "Sehr geehrter Herr Carter,\n\nder Oktoberbericht kam drei Wochen zu spät, und niemand "
        "hat uns informiert. Ich möchte, dass Ihr Geschäftsführer sich der Sache annimmt. Bitte "
        "antworten Sie bis Freitag, 11. Dezember.\n\nMit freundlichen Grüßen\nHelga Braun",
        "Sie möchten, dass unser Geschäftsführer einbezogen wird: Ich gebe Ihre Nachricht weiter",
    ),
    (
        "Monsieur,\n\nLe rapport d'octobre est arrivé avec trois semaines de retard et personne "
        "ne nous a prévenus. Je souhaite que votre directrice générale soit informée de cette "
        "situation. Merci de me répondre d'ici le vendredi 11 décembre.\n\nCordialement,\n"
        "Hélène Martin",
        "Vous souhaitez que notre directrice générale intervienne : je transmets votre message,",
    ),
    (
        "Estimado Sr. Carter:\n\nEl informe de octubre llegó con tres semanas de retraso y nadie "
        "nos avisó. Solicito que su director general intervenga en este asunto. Le ruego que me "
        "responda antes del viernes 11 de diciembre.\n\nAtentamente,\nElena Ruiz",
        "Quiere que intervenga nuestro director general: trasladaré su mensaje y",
    ),
    (
        "Gentile Sig. Carter,\n\nil report di ottobre è arrivato con tre settimane di ritardo e "
        "nessuno ci ha avvisati. Chiedo che il Vostro amministratore delegato sia coinvolto. La "
        "prego di rispondermi entro venerdì 11 dicembre.\n\nCordiali saluti,\nElena Rossi",
        "Desidera che intervenga il nostro amministratore delegato: inoltrerò il Suo messaggio e",
    ),
    (
        "Geachte heer Carter,\n\nHet rapport over oktober kwam drie weken te laat en niemand "
        "heeft ons ingelicht. Ik wil dat uw directeur hierbij betrokken wordt. Graag uw "
        "antwoord uiterlijk vrijdag 11 december.\n\nMet vriendelijke groet,\nHelen de Vries",
        "U wilt dat onze directeur erbij betrokken wordt: ik geef uw bericht door, en",
    ),
    (
        "Exmo. Sr. Carter,\n\nO relatório de outubro chegou com três semanas de atraso e ninguém "
        "nos avisou. Solicito que o vosso diretor-geral acompanhe este assunto. Peço resposta "
        "até sexta-feira, 11 de dezembro.\n\nCom os melhores cumprimentos,\nHelena Sousa",
        "Pretende que o nosso diretor-geral intervenha: vou encaminhar a sua mensagem, e",
    ),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_the_role_asked_for_is_named_back(tmp_path: Path, body: str, expected: str) -> None:
    draft = draft_email(
        offline_settings(tmp_path), "Client <c@client.example>", body, subject="Report"
    )
    assert expected in draft.body


def test_someone_senior_keeps_the_general_wording(tmp_path: Path) -> None:
    body = (
        "Hi Sam,\n\nThe October report came three weeks late again. I want someone senior on "
        "this, not another apology. Let me know by Friday 11 December.\n\nThanks,\nHelen"
    )
    draft = draft_email(offline_settings(tmp_path), "Helen <h@client.example>", body, subject="R")
    assert "You asked for someone more senior to be involved" in draft.body
