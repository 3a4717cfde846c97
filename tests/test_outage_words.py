"""Something broken now is an outage, even when no ask says "fix it today": the thanks and
the step-1 question ask what the client needs most until it works again, not how other
providers compare (drafting/situation.py, each language's ``outage`` situation). An outage
that is over ("the June outage") is not one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from offline_drafts import draft_email, offline_settings

from assistant.checks.situations import situations

#: (language, sender, subject, body, words of the outage question in that language)
BROKEN_NOW = [
    (
        "en",
        "Priya Shah <priya@shop.example>",
        "Stock screen",
        "Hi Sam,\n\nThe stock screen has shown nothing since half past seven, just empty "
        "tiles. My buyers are ordering by guesswork. Call me when you know more.\n\nPriya",
        "Until it works again",
    ),
    (
        "de",
        "Karl Huber <k.huber@firma.example>",
        "Portal",
        "Sehr geehrter Herr Carter,\n\nunser Händlerportal ist seit heute früh nicht "
        "erreichbar. Unsere Außendienstler stehen ohne Preise beim Kunden. Ich bitte um "
        "Rückruf.\n\nMit freundlichen Grüßen\nKarl Huber",
        "bis es wieder läuft",
    ),
    (
        "fr",
        "Claire Dubois <claire@boutique.example>",
        "Site",
        "Bonjour Sam,\n\nNotre page de commande affiche une erreur 500 depuis ce matin. Nos "
        "clients appellent le magasin pour se plaindre. Rappelez-moi vite.\n\nClaire Dubois",
        "refonctionne",
    ),
    (
        "es",
        "Lucía Ortega <lucia@tienda.example>",
        "Panel",
        "Hola Sam:\n\nEl panel de ventas sigue sin datos y no carga desde esta mañana. Tengo "
        "reunión con dirección a las cinco.\n\nLucía",
        "Mientras no funcione",
    ),
    (
        "it",
        "Marco Bellini <m.bellini@negozio.example>",
        "Sito",
        "Buongiorno Sam,\n\nil configuratore sul sito non funziona da stamattina e i clienti "
        "non riescono a ordinare. Mi faccia sapere qualcosa.\n\nMarco Bellini",
        "Finché non torna a funzionare",
    ),
    (
        "nl",
        "Eva de Boer <eva@winkel.example>",
        "Webshop",
        "Hoi Sam,\n\nOnze webshop ligt er sinds vanochtend uit, klanten krijgen een witte "
        "pagina. Laat je snel iets horen?\n\nEva",
        "tot het weer werkt",
    ),
    (
        "pt",
        "Rita Lopes <rita@loja.example>",
        "Loja online",
        "Olá Sam,\n\nA loja online está fora do ar desde as oito da manhã. Os clientes "
        "ligam-nos a perguntar o que se passa.\n\nRita",
        "Enquanto não voltar a funcionar",
    ),
]


@pytest.mark.parametrize(("language", "sender", "subject", "body", "question"), BROKEN_NOW)
def test_something_broken_now_is_asked_what_they_need_until_it_works(
    tmp_path: Path, language: str, sender: str, subject: str, body: str, question: str
) -> None:
    draft = draft_email(offline_settings(tmp_path), sender, body, subject=subject)
    assert draft.language == language
    assert question in draft.body
    assert not any(
        word in draft.body
        for word in (
            "other providers",
            "andere Anbieter",
            "autres prestataires",
            "otros proveedores",
            "altri fornitori",
            "andere leveranciers",
            "outros fornecedores",
        )
    )


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The June outage took a week to fix, and the reports were late again in July."),
        ("en", "I still can't reach anyone on your side."),
        ("de", "Der Ausfall im Juni hat eine Woche gedauert."),
        ("it", "Nell'ultimo anno la SEO locale è rimasta ferma, e ancora non vedo un piano."),
        ("pt", "As reservas estão bem abaixo do ano passado, desde outubro."),
        # people, a price or quality that "does not work", and outages that are over
        ("de", "Seit zwei Wochen sind Sie telefonisch nicht erreichbar."),
        ("de", "Ich überlege, ob wir kündigen, denn so geht es nicht weiter."),
        ("it", "Ancora una volta, così non va."),
        ("pt", "Vocês não respondem meus e-mails desde segunda."),
        ("nl", "Sinds de zomer doen jullie eigenlijk niets meer voor ons."),
        ("fr", "Votre équipe ne répond plus depuis lundi."),
        ("en", "Again, this pricing simply doesn't work for us."),
        ("en", "Last March the site was down for two days and I still have no explanation."),
        ("en", "Since Tuesday's fix the booking form no longer crashes, thank you."),
        ("de", "Seit Dienstag ist die Seite nicht mehr abgestürzt, danke."),
        ("fr", "Depuis mardi le site n'est plus en panne, merci."),
    ],
)
def test_no_broken_system_now_is_no_outage(language: str, sentence: str) -> None:
    assert "outage" not in situations(sentence, language)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Le site ne fonctionne plus depuis ce matin."),
        ("fr", "Notre site ne s'affiche plus depuis hier."),
        ("en", "I can't believe the dashboard is still down."),
        ("en", "Our websites are down since this morning."),
    ],
)
def test_a_breakage_said_with_its_own_negation_is_an_outage(language: str, sentence: str) -> None:
    assert "outage" in situations(sentence, language)


def test_a_price_of_500_is_no_http_error() -> None:
    sentence = "Since March we have paid 500 euros a month for a dashboard nobody looks at."
    assert "outage" not in situations(sentence, "en")
