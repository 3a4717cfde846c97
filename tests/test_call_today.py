"""A call the client needs today is made today, by their time, not scheduled for later
(prompts/offline/reply.<lang>.j2; PLAYBOOK.md, "What a good client reply looks like": each
ask is acknowledged with its date and what can be done within the facts).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from offline_drafts import draft_email, offline_settings


@pytest.mark.parametrize(
    ("language", "body", "answer"),
    [
        (
            "en",
            "Sam,\n\nThe dashboard has shown zeros since 7:40 this morning. I need someone on a "
            "call with my team today, before 1pm.\n\nDaniel\n",
            "I will call you today, by 1pm at the latest.",
        ),
        (
            "de",
            "Hallo Sam,\n\ndas Dashboard zeigt seit heute früh nichts an. Bitte ruf mich heute "
            "noch vor 15 Uhr an.\n\nJonas\n",
            "Ich rufe dich heute bis spätestens 15 Uhr an.",
        ),
        (
            "fr",
            "Bonjour Sam,\n\nle tableau de bord est vide depuis ce matin. Appelez-moi aujourd'hui "
            "avant 15h, s'il vous plaît.\n\nClaire Martin\n",
            "je vous appelle aujourd'hui, au plus tard à 15h.",
        ),
        (
            "es",
            "Hola Sam:\n\nel panel está caído desde esta mañana. Llámame hoy antes de las "
            "15:00.\n\nCarla\n",
            "te llamo hoy, a más tardar a las 15:00.",
        ),
        (
            "it",
            "Ciao Sam,\n\nil cruscotto è fermo da stamattina. Chiamami oggi, è urgente.\n\nMarco\n",
            "ti chiamo oggi.",
        ),
        (
            "nl",
            "Hoi Sam,\n\nhet dashboard is sinds vanochtend leeg. Bel me vandaag nog voor "
            "15:00.\n\nSanne\n",
            "ik bel je vandaag, uiterlijk om 15:00 uur.",
        ),
        (
            "pt",
            "Olá Sam,\n\no painel está fora do ar desde as 8h. Liga-me hoje antes das "
            "15h.\n\nTiago\n",
            "ligo-te ainda hoje, até às 15h.",
        ),
    ],
)
def test_a_call_needed_today_is_made_today_not_scheduled(
    language: str, body: str, answer: str, tmp_path: Path
) -> None:
    draft = draft_email(
        offline_settings(tmp_path), "Client Name <client@client.example>", body, subject="Urgent"
    )
    assert draft.language == language
    assert answer in draft.body


def test_a_written_report_asked_beside_a_call_does_not_refuse_the_call(tmp_path: Path) -> None:
    body = (
        "Sam,\n\nThe dashboard has been showing zeros since 7:40 this morning.\n\nWhat I need:\n"
        "- someone on a call with my team TODAY, before 1pm, who can fix it\n"
        "- a written incident report by Wednesday\n\nDaniel\n"
    )
    draft = draft_email(
        offline_settings(tmp_path), "Daniel Brooks <daniel@client.example>", body, subject="Down"
    )
    assert "I will call you today, by 1pm at the latest." in draft.body


def test_a_written_answer_asked_alone_means_no_call_is_offered(tmp_path: Path) -> None:
    body = (
        "Dear Mr Carter,\n\nThe October report arrived three weeks late. Please explain in "
        "writing by Friday why this keeps happening.\n\nYours sincerely,\nEleanor Marsh\n"
    )
    draft = draft_email(
        offline_settings(tmp_path), "Eleanor Marsh <eleanor@client.example>", body, subject="Late"
    )
    assert "call" not in draft.body.lower()


def test_a_time_already_past_is_not_promised(tmp_path: Path) -> None:
    from assistant.drafting.draft import draft_reply

    raw = (
        b"From: Daniel Brooks <daniel@client.example>\nTo: Sam <sam@ourco.example>\n"
        b"Subject: Down\nDate: Fri, 04 Dec 2026 09:15:00 +0000\nMessage-ID: <a@client.example>\n"
        b"Content-Type: text/plain; charset=utf-8\n\nSam,\n\nThe dashboard has shown zeros "
        b"since 7:40 this morning. I need someone on a call with my team today, before "
        b"1pm.\n\nDaniel\n"
    )
    late = datetime(2026, 12, 4, 16, 0, tzinfo=UTC)
    draft = draft_reply(raw, settings=offline_settings(tmp_path), now=late)
    assert "I will call you today." in draft.body
    assert "1pm" not in draft.body.split("I will call you today")[1].split("\n")[0]


def test_a_brazilian_call_by_noon_is_a_line_of_its_own(tmp_path: Path) -> None:
    body = (
        "Oi Sam,\n\no painel de vendas está fora do ar desde as 7h. Me liga assim que tiver "
        "alguma novidade, no máximo até o meio-dia. E quero que o problema seja resolvido "
        "hoje.\n\nRafael\n"
    )
    draft = draft_email(
        offline_settings(tmp_path),
        "Rafael Lima <rafael@loja.example.com.br>",
        body,
        subject="Urgente",
    )
    lines = draft.body.splitlines()
    assert "Você pede uma ligação hoje: vou ligar para você ainda hoje, até o meio-dia." in lines


def test_a_german_meeting_phrase_that_ends_in_a_verb_is_not_repeated(tmp_path: Path) -> None:
    body = (
        "Sehr geehrter Herr Carter,\n\nam liebsten wäre mir, Sie kommen am Donnerstag, "
        "10. Dezember, um 15 Uhr zu uns ins Hotel, dann können wir das in Ruhe bei einem "
        "Kaffee besprechen.\n\nMit freundlichen Grüßen\nMartin Keller\n"
    )
    draft = draft_email(
        offline_settings(tmp_path),
        "Martin Keller <m.keller@hotel.example.de>",
        body,
        subject="Termin",
    )
    assert "Kaffee besprechen vor" not in draft.body
