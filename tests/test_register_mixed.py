"""A client who says "tu" to us and "vous" to the agency writes informally (French "vous" is also
the plural); European Portuguese "o vosso trabalho" is the plural "your", not a formal
address (lang/formality.py; PLAYBOOK.md: matching their formality)."""

from __future__ import annotations

import pytest

from assistant.lang.formality import detect_formality


@pytest.mark.parametrize(
    ("language", "text", "register"),
    [
        (
            "fr",
            "Sam,\n\nLe tableau de bord est vide depuis lundi. Tu comprends ce que ça veut dire ? "
            "Je commence à me demander pourquoi on vous paie. Vous êtes une bande d'amateurs.",
            "informal",
        ),
        (
            "fr",
            "Bonjour Monsieur Carter,\n\nVous nous aviez promis le rapport pour lundi. Votre "
            "équipe ne répond plus.\n\nCordialement",
            "formal",
        ),
        (
            "pt",
            "Olá Sam,\n\nTrabalho convosco há uns anos e gosto do vosso trabalho, mas não sei se "
            "a falha é vossa. Consegues dizer-me até sexta se dá para passar a relatórios "
            "mensais?\n\nAbraço,\nTom",
            "informal",
        ),
        (
            "pt",
            "Exmo. Senhor,\n\nSolicito a Vossa Excelência o envio do relatório em atraso.\n\n"
            "Com os melhores cumprimentos",
            "formal",
        ),
    ],
)
def test_the_register_of_a_mixed_email(language: str, text: str, register: str) -> None:
    assert detect_formality(text, language) == register


@pytest.mark.parametrize(
    ("text", "register"),
    [
        ("WHERE IS THE WEEKEND REPORT??\n\nYou promised it for 8am Monday.\n\nA.", "informal"),
        ("Sam,\n\nThe dashboard is down again.\n\nDaniel", "informal"),
        ("Dear Mr Carter,\n\nThe report is late.\n\nEleanor", "formal"),
        ("The report is late.\n\nEleanor Marsh", "formal"),
    ],
)
def test_an_english_writer_who_signs_with_a_first_name_alone_and_no_dear_is_informal(
    text: str, register: str
) -> None:
    assert detect_formality(text, "en") == register


@pytest.mark.parametrize(
    ("text", "register"),
    [
        (
            "Sam,\n\nThe stock screen is empty again.\n\nPriya\n\nPriya Natarajan\n"
            "Head of Buying\nNorthwell Stores",
            "informal",
        ),
        (
            "Sam,\n\nThe stock screen is empty again.\n\nRegards,\n\nJames Whitcombe\n"
            "Managing Partner\nWhitcombe Legal LLP",
            "formal",
        ),
    ],
)
def test_a_first_name_sign_off_above_a_signature_block_is_informal(
    text: str, register: str
) -> None:
    assert detect_formality(text, "en") == register


@pytest.mark.parametrize(
    "text",
    [
        "Mr Carter,\n\nThe invoice is wrong.\n\nRegards\nMargaret Holloway\nFinance\n"
        "Holloway Estates",
        "Sam,\n\nThe invoice is wrong.\n\nThanks\nDr. Rajesh Patel\nHead of Procurement",
        "Mr Carter,\n\nPlease send it by Monday.\n\nThanks",
        "Sam,\n\nPlease send it by Monday.\n\nMargaret Holloway\nLondon",
    ],
)
def test_a_sign_off_word_or_a_department_is_no_first_name(text: str) -> None:
    assert detect_formality(text, "en") == "formal"


def test_a_tu_imperative_with_vous_for_the_agency_is_a_tu_writer() -> None:
    # Blind review: a Québec writer answered with "vous" throughout. "Vous êtes une gang
    # d'amateurs" is the agency; "Appelle-moi" is the reader.
    text = (
        "Sam,\n\nVotre suivi de la campagne compte pu rien depuis jeudi. Vous êtes une gang "
        "d'amateurs, franchement.\n\nAppelle-moi aujourd'hui, avant 15 h.\n\nMarc"
    )
    assert detect_formality(text, "fr") == "informal"
    formal = "Madame, Monsieur,\n\nAppelez-moi avant jeudi.\n\nCordialement,\nClaire Dubois"
    assert detect_formality(formal, "fr") == "formal"
