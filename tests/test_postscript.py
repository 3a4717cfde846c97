"""A postscript below the sign-off ("P.S.", "P.D.", "P.-S.") is part of what the client wrote
this time: its asks are read and answered (mail/_postscript.py; PLAYBOOK.md: answer what they
asked)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from offline_drafts import offline_settings

from assistant.drafting.draft import draft_reply
from assistant.mail.message import parse_email

NOW = datetime(2026, 7, 16, 9, 40, tzinfo=UTC)


def message(body: str) -> bytes:
    head = (
        "From: Rachel Hughes <rachel.hughes@fernbrook.example.com>\r\n"
        "To: Sam Carter <sam.carter@harbourlight.example>\r\n"
        "Subject: Reports\r\nDate: Thu, 16 Jul 2026 09:12:00 +0100\r\n"
        "Message-ID: <ps-1@fernbrook.example.com>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    )
    return (head + body.replace("\n", "\r\n")).encode()


@pytest.mark.parametrize(
    ("body", "postscript"),
    [
        (
            "The reports were late again and nobody told us why.\n\nThanks,\nRachel\n\n"
            "P.S. Finance are chasing me - could you reissue the Q2 invoices with our new PO "
            "number?\nThe old PO has been closed.\n",
            "P.S. Finance are chasing me - could you reissue the Q2 invoices with our new PO "
            "number?\nThe old PO has been closed.",
        ),
        (
            "Los informes llegan tarde otra vez.\n\nUn saludo,\nMarta\n\n"
            "P.D. ¿Podríais mirar por qué la web va tan lenta en el móvil?\n",
            "P.D. ¿Podríais mirar por qué la web va tan lenta en el móvil?",
        ),
        (
            "Het rapport was weer te laat.\n\nMet vriendelijke groet,\n\nSanne de Wit\n"
            "Praktijkmanager\nAmersfoort\n\nPS: Kunt u ook een jaaroverzicht van onze facturen "
            "meesturen?\n",
            "PS: Kunt u ook een jaaroverzicht van onze facturen meesturen?",
        ),
    ],
)
def test_a_postscript_is_new_text(body: str, postscript: str) -> None:
    email = parse_email(message(body))
    assert email.new_text.endswith("\n\n" + postscript)
    assert "P.S." not in email.signature and "P.D." not in email.signature
    assert "PS:" not in email.signature
    # A short sign-off stays where the client wrote it, above the postscript; a name, title
    # and place block is the signature.
    above = email.new_text[: -len(postscript)].rstrip().rsplit("\n\n", 1)[-1]
    assert above in ("Thanks,\nRachel", "Un saludo,\nMarta") or "Sanne de Wit" in email.signature


def test_a_signature_without_postscript_is_kept_whole() -> None:
    email = parse_email(message("The reports were late.\n\nThanks,\nRachel\nPSD Ltd\n"))
    assert email.new_text == "The reports were late."
    assert "PSD Ltd" in email.signature


def test_a_postscript_asking_for_another_document_is_answered(tmp_path: Path) -> None:
    body = (
        "The reports were late again. I want a realistic plan for getting the reports to us on "
        "time.\n\nThanks,\nRachel\n\nP.S. Finance are chasing me - could you reissue the Q2 "
        "invoices with our new PO number? The old PO has been closed.\n"
    )
    draft = draft_reply(message(body), settings=offline_settings(tmp_path), now=NOW)
    whats = [a["what"].lower() for a in draft.to_json()["asks"] if a["kind"] == "document"]
    assert whats == ["reports", "invoices"]
    assert "You asked for the reports" in draft.body
    assert "You asked for the Q2 invoices with your new PO number" in draft.body


def test_two_documents_are_each_named_in_the_clients_words(
    tmp_path: Path,
) -> None:
    body = (
        "Der Bericht kam wieder zu spät. Bitte schicken Sie mir den Bericht für Oktober.\n\n"
        "Mit freundlichen Grüßen\nAnna Berger\n\nPS: Bitte schicken Sie mir auch die "
        "Rechnungen für das dritte Quartal erneut.\n"
    )
    draft = draft_reply(message(body), settings=offline_settings(tmp_path), now=NOW)
    assert [a["kind"] for a in draft.to_json()["asks"]].count("document") == 2
    assert "um die genannten Unterlagen" not in draft.body
    assert "um die Rechnungen für das dritte Quartal:" in draft.body


def test_a_postscript_below_a_signature_block_in_the_new_text_is_read() -> None:
    from assistant.drafting.concerns import split_sentences

    text = (
        "The report is late.\n\nCordiali saluti\nLorenzo Bergamini\nGeschäftsführer\nMünchen"
        "\n\nP.S. Potrebbe inviarmi anche una copia della fattura di settembre? Il nostro "
        "commercialista non la trova.\n"
    )
    assert split_sentences(text) == [
        "The report is late.",
        "Potrebbe inviarmi anche una copia della fattura di settembre?",
        "Il nostro commercialista non la trova.",
    ]
