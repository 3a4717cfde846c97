"""An offline reply lists no work item or fact in another language than its own: an English
work log under a French reply is left out, with a warning that says so (drafting/offline.py;
PLAYBOOK.md, "in the sender's language")."""

from __future__ import annotations

from datetime import UTC, date, datetime

from assistant.accounts.worklog import WorkItem
from assistant.config import Settings
from assistant.drafting.offline import compose
from assistant.mail.message import Address, Email

NOW = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)
FR = (
    "Bonjour,\n\nle rapport de novembre est encore en retard et le tableau de bord ne se met "
    "plus à jour depuis une semaine.\n\nCordialement,\nClaire Dubois"
)
ES = (
    "Hola Sam,\n\nel informe de noviembre llega tarde otra vez y el panel no se actualiza desde "
    "hace una semana.\n\nUn saludo,\nPablo"
)


def email(text: str, language: str, name: str) -> Email:
    return Email(
        subject="Rapport",
        sender=Address(display_name=name, addr_spec="client@example.com"),
        new_text=text,
        language=language,
    )


def items(*descriptions: str) -> list[WorkItem]:
    return [WorkItem(f"W{n}", date(2026, 10, n), d, 2.0) for n, d in enumerate(descriptions, 1)]


def test_an_english_record_is_left_out_of_a_french_reply(settings: Settings) -> None:
    english = items(
        "Quarterly business review deck prepared and presented",
        "Black Friday real-time dashboard built and load-tested",
    )
    facts = ["A dedicated team of four people works on the account."]
    done = compose(
        email(FR, "fr", "Claire Dubois"),
        settings=settings,
        now=NOW,
        context={"work_items": english, "facts": facts},
    )
    assert "prepared and presented" not in done.text
    assert "A dedicated team" not in done.text
    # How much was done, with the period, in French: the list follows.
    assert (
        "nous avons réalisé 2 travaux pour vous (1er octobre 2026 \u2013 2 octobre 2026) ; je vous "
        "envoie la liste complète" in done.text
    ), done.text
    assert any("2 work item(s) and 1 fact(s)" in w and "French" in w for w in done.warnings)
    assert "Quarterly business review deck prepared and presented" in done.notes["record"]


def test_a_record_in_the_replys_language_is_listed(settings: Settings) -> None:
    spanish = items(
        "Escaparate de otoño publicado en la web",
        "Campaña de Navidad preparada en redes sociales",
    )
    done = compose(
        email(ES, "es", "Pablo Ruiz"),
        settings=settings,
        now=NOW,
        context={"work_items": spanish, "facts": ["El informe se entrega el quinto día hábil."]},
    )
    assert "Escaparate de otoño publicado en la web" in done.text
    assert not [w for w in done.warnings if "work item" in w]


def test_an_english_reply_keeps_its_short_english_lines(settings: Settings) -> None:
    english = items("Newsletter prepared", "Intranet prepared", "Podcast prepared")
    done = compose(
        email("Hi,\n\nThe reports are late again.\n\nDana", "en", "Dana Lee"),
        settings=settings,
        now=NOW,
        context={"work_items": english},
    )
    assert "Podcast prepared" in done.text


def test_a_german_record_is_left_out_of_a_portuguese_reply(settings: Settings) -> None:
    german = items(
        "Vertriebs-Dashboard wiederhergestellt (Zertifikat der Datenquelle erneuert)",
        "Halbjahresgespräch mit der Geschäftsführung geführt",
    )
    text = (
        "Bom dia,\n\no relatório de outubro chegou com três semanas de atraso e ninguém nos "
        "avisou.\n\nCom os melhores cumprimentos,\nAna Sousa"
    )
    done = compose(
        email(text, "pt", "Ana Sousa"),
        settings=settings,
        now=NOW,
        context={"work_items": german, "facts": ["Kessler ist seit 2016 Kunde."]},
    )
    assert "wiederhergestellt" not in done.text and "Kunde" not in done.text
    assert any("Portuguese" in w for w in done.warnings)
    assert "realizámos 2 trabalhos para a sua empresa (1 de outubro de 2026 \u2013" in done.text
    assert "the reply promises the full list of the work done: send it" in done.warnings


def test_a_single_item_in_another_language_gives_no_count(settings: Settings) -> None:
    done = compose(
        email(FR, "fr", "Claire Dubois"),
        settings=settings,
        now=NOW,
        context={"work_items": items("Quarterly business review deck prepared and presented")},
    )
    assert "travaux pour" not in done.text


def test_a_fact_that_recites_the_contract_or_blames_the_client_is_not_stated(
    settings: Settings,
) -> None:
    facts = [
        "Paid social budgets are set by the client each quarter; we manage spend within them.",
        "The contract covers one monthly report and five hours of optimisation.",
        "A dedicated team of four people works on the account.",
    ]
    done = compose(
        email("Hi Sam,\n\nThe monthly report was late again.\n\nDana", "en", "Dana Lee"),
        settings=settings,
        now=NOW,
        context={"work_items": [], "facts": facts},
    )
    assert "set by the client" not in done.text and "contract covers" not in done.text
    assert "A dedicated team of four people works on the account." in done.text
