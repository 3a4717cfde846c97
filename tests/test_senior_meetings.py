"""A meeting with someone senior is never promised: the reply passes the request on and says
by when the client will hear whether and when it can happen, in every drafting language
(PLAYBOOK.md: no attendance promised that the facts do not hold). Each case asks for a
meeting with the managing director on a day and at a time."""

from __future__ import annotations

from pathlib import Path

import pytest
from offline_drafts import draft_email, offline_settings

CASES = [
    (
        "Rachel Hughes <rachel@client.example>",
        "Dear Sam,\n\nThe reports were late again. I would like a meeting with your managing "
        "director at our office on Thursday 10 December at 10:00.\n\nRegards,\nRachel Hughes",
        "I will put your request to them and tell you by",
        "I will confirm that time",
    ),
    (
        "Petra Vogel <p.vogel@kunde.example>",
        "Sehr geehrter Herr Carter,\n\ndie Berichte kamen wieder zu spät. Ich möchte ein "
        "Gespräch mit Ihrem Geschäftsführer am Donnerstag, 10. Dezember, um 10 Uhr.\n\n"
        "Mit freundlichen Grüßen\nPetra Vogel",
        "Ich gebe Ihre Anfrage weiter und sage Ihnen bis",
        "Ich bestätige Ihnen den Termin",
    ),
    (
        "Claire Martin <c.martin@client.example>",
        "Bonjour Monsieur Carter,\n\nles rapports sont encore arrivés en retard. Je souhaite "
        "un rendez-vous avec votre directeur général le jeudi 10 décembre à 10 h.\n\n"
        "Cordialement,\nClaire Martin",
        "je transmets votre demande et je vous dirai",
        "je vous confirmerai ce créneau",
    ),
    (
        "Lucía Pérez <lucia@cliente.example>",
        "Estimado Sr. Carter:\n\nLos informes volvieron a llegar tarde. Quisiera una reunión "
        "con su director general el jueves 10 de diciembre a las 10:00.\n\nAtentamente,\n"
        "Lucía Pérez",
        "trasladaré su petición y le diré,",
        "confirmaré esa cita",
    ),
    (
        "Giulia Conti <g.conti@cliente.example>",
        "Gentile Sig. Carter,\n\ni report sono arrivati di nuovo in ritardo. Vorrei un "
        "incontro con il vostro amministratore delegato giovedì 10 dicembre alle 10:00.\n\n"
        "Cordiali saluti,\nGiulia Conti",
        "inoltro la Sua richiesta e Le dirò",
        "Le confermerò l'orario",
    ),
    (
        "Hendrik Bakker <h.bakker@klant.example>",
        "Geachte heer Carter,\n\nde rapporten kwamen opnieuw te laat. Ik wil graag een gesprek "
        "met uw directeur op donderdag 10 december om 10:00 uur.\n\nMet vriendelijke groet,\n"
        "Hendrik Bakker",
        "ik leg uw verzoek voor en laat u",
        "ik bevestig dat tijdstip",
    ),
    (
        "Teresa Monteiro <t.monteiro@cliente.example>",
        "Caro Sr. Carter,\n\nos relatórios voltaram a chegar atrasados. Peço uma reunião com o "
        "vosso diretor na quinta-feira, 10 de dezembro, às 10h00.\n\nCumprimentos,\n"
        "Teresa Monteiro",
        "se e quando será possível",
        "confirmo-lhe",
    ),
]


@pytest.mark.parametrize(("sender", "body", "said", "never"), CASES)
def test_a_meeting_with_someone_senior_is_passed_on_not_promised(
    tmp_path: Path, sender: str, body: str, said: str, never: str
) -> None:
    draft = draft_email(offline_settings(tmp_path), sender, body, subject="Reports")
    assert said in draft.body, draft.body
    assert never not in draft.body
