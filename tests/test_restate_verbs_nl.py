"""The client's own Dutch verbs restated in our voice (drafting/concerns.py restate,
lang/nl.py): their "ik" and "we" become u (with the u form: "u heeft", "vindt u") or, for a
je-writer, "je" and "jullie" ("je hebt", "vind je", "jullie hebben"); their "jullie"/"u" (us)
becomes "wij"; a clause that cannot be restated safely is left out.

Each case: the client's sentence, the restatement for a u reply, the restatement for a je
reply ("" when nothing can be said in our voice).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from offline_drafts import draft_email, offline_settings

from assistant.drafting.voice import restate

CASES = [
    # "ik": present, perfect, simple past, modal + infinitive, inverted after a first word
    ("Dit vind ik onacceptabel.", "Dit vindt u onacceptabel.", "Dit vind je onacceptabel."),
    ("Ik heb twee keer gebeld.", "U heeft twee keer gebeld.", "Je hebt twee keer gebeld."),
    ("Ik ben het zat.", "U bent het zat.", "Je bent het zat."),
    (
        "Ik kreeg geen antwoord op mijn mail.",
        "U kreeg geen antwoord op uw mail.",
        "Je kreeg geen antwoord op je mail.",
    ),
    (
        "Vorige week belde ik drie keer.",
        "Vorige week belde u drie keer.",
        "Vorige week belde je drie keer.",
    ),
    (
        "Ik begrijp niet waarom jullie niets doen.",
        "U begrijpt niet waarom wij niets doen.",
        "Je begrijpt niet waarom wij niets doen.",
    ),
    (
        "Ik wacht al sinds september op de nieuwe website.",
        "U wacht al sinds september op de nieuwe website.",
        "Je wacht al sinds september op de nieuwe website.",
    ),
    (
        "Ik zie geen enkele verbetering.",
        "U ziet geen enkele verbetering.",
        "Je ziet geen enkele verbetering.",
    ),
    (
        "Ik moest zelf de fout in de tracking vinden.",
        "U moest zelf de fout in de tracking vinden.",
        "Je moest zelf de fout in de tracking vinden.",
    ),
    (
        "Ik kan dit niet meer verantwoorden tegenover mijn directie.",
        "U kunt dit niet meer verantwoorden tegenover uw directie.",
        "Je kunt dit niet meer verantwoorden tegenover je directie.",
    ),
    (
        "Ik heb jullie drie keer gemaild.",
        "U heeft ons drie keer gemaild.",
        "Je hebt ons drie keer gemaild.",
    ),
    (
        "Ik vond het rapport van oktober onbegrijpelijk.",
        "U vond het rapport van oktober onbegrijpelijk.",
        "Je vond het rapport van oktober onbegrijpelijk.",
    ),
    (
        "Ik verwacht meer van een bureau als het uwe.",
        "U verwacht meer van een bureau als het onze.",
        "Je verwacht meer van een bureau als het onze.",
    ),
    (
        "Ik hoorde pas via een klant dat de site plat lag.",
        "U hoorde pas via een klant dat de site plat lag.",
        "Je hoorde pas via een klant dat de site plat lag.",
    ),
    (
        "Daarom heb ik besloten om het budget te halveren.",
        "Daarom heeft u besloten om het budget te halveren.",
        "Daarom heb je besloten om het budget te halveren.",
    ),
    (
        "Ik denk dat jullie het overzicht kwijt zijn.",
        "U denkt dat wij het overzicht kwijt zijn.",
        "Je denkt dat wij het overzicht kwijt zijn.",
    ),
    # "we": present, perfect, simple past, modal + infinitive, inverted
    (
        "We zijn van plek 2 naar plek 11 gezakt.",
        "U bent van plek 2 naar plek 11 gezakt.",
        "Jullie zijn van plek 2 naar plek 11 gezakt.",
    ),
    (
        "We hebben drie weken gewacht op het rapport.",
        "U heeft drie weken gewacht op het rapport.",
        "Jullie hebben drie weken gewacht op het rapport.",
    ),
    (
        "We betalen 1.500 euro per maand.",
        "U betaalt 1.500 euro per maand.",
        "Jullie betalen 1.500 euro per maand.",
    ),
    (
        "Daarom hebben we de campagne stilgelegd.",
        "Daarom heeft u de campagne stilgelegd.",
        "Daarom hebben jullie de campagne stilgelegd.",
    ),
    (
        "Sinds maandag staan we niet meer op de eerste pagina.",
        "Sinds maandag staat u niet meer op de eerste pagina.",
        "Sinds maandag staan jullie niet meer op de eerste pagina.",
    ),
    (
        "We betaalden vorig jaar nog 900 euro per maand.",
        "U betaalde vorig jaar nog 900 euro per maand.",
        "Jullie betaalden vorig jaar nog 900 euro per maand.",
    ),
    (
        "We verliezen elke week klanten.",
        "U verliest elke week klanten.",
        "Jullie verliezen elke week klanten.",
    ),
    (
        "We zeggen het contract op als dit zo doorgaat.",
        "U zegt het contract op als dit zo doorgaat.",
        "Jullie zeggen het contract op als dit zo doorgaat.",
    ),
    (
        "We krijgen nauwelijks nog aanvragen via de site.",
        "U krijgt nauwelijks nog aanvragen via de site.",
        "Jullie krijgen nauwelijks nog aanvragen via de site.",
    ),
    (
        "Elke maand betalen we voor een rapport dat niet klopt.",
        "Elke maand betaalt u voor een rapport dat niet klopt.",
        "Elke maand betalen jullie voor een rapport dat niet klopt.",
    ),
    (
        "We zagen de bezoekersaantallen halveren.",
        "U zag de bezoekersaantallen halveren.",
        "Jullie zagen de bezoekersaantallen halveren.",
    ),
    (
        "We moeten onze klanten uitleggen waarom de site offline was.",
        "U moet uw klanten uitleggen waarom de site offline was.",
        "Jullie moeten jullie klanten uitleggen waarom de site offline was.",
    ),
    ("We kunnen zo niet verder.", "U kunt zo niet verder.", "Jullie kunnen zo niet verder."),
    ("Nu staan we op plek 14.", "Nu staat u op plek 14.", "Nu staan jullie op plek 14."),
    (
        "We hadden een stijging beloofd gekregen.",
        "U had een stijging beloofd gekregen.",
        "Jullie hadden een stijging beloofd gekregen.",
    ),
    (
        "We wilden juist groeien dit jaar.",
        "U wilde juist groeien dit jaar.",
        "Jullie wilden juist groeien dit jaar.",
    ),
    (
        "We blijven maar betalen voor niets.",
        "U blijft maar betalen voor niets.",
        "Jullie blijven maar betalen voor niets.",
    ),
    (
        "We overwegen over te stappen naar een ander bureau.",
        "U overweegt over te stappen naar een ander bureau.",
        "Jullie overwegen over te stappen naar een ander bureau.",
    ),
    (
        "Wij hebben de facturen altijd op tijd betaald.",
        "U heeft de facturen altijd op tijd betaald.",
        "Jullie hebben de facturen altijd op tijd betaald.",
    ),
    # reflexives
    (
        "Ik voel me niet serieus genomen.",
        "U voelt zich niet serieus genomen.",
        "Je voelt je niet serieus genomen.",
    ),
    (
        "Ik vraag me af waarom niemand reageert.",
        "U vraagt zich af waarom niemand reageert.",
        "Je vraagt je af waarom niemand reageert.",
    ),
    (
        "Ik erger me aan de trage reacties.",
        "U ergert zich aan de trage reacties.",
        "Je ergert je aan de trage reacties.",
    ),
    (
        "We maken ons grote zorgen over de omzet.",
        "U maakt zich grote zorgen over de omzet.",
        "Jullie maken je grote zorgen over de omzet.",
    ),
    # the agency ("jullie", "u") in the same sentence
    (
        "We hebben jullie vertrouwd en dit is het resultaat.",
        "U heeft ons vertrouwd en dit is het resultaat.",
        "Jullie hebben ons vertrouwd en dit is het resultaat.",
    ),
    (
        "Jullie hebben ons rapport niet gestuurd.",
        "Wij hebben uw rapport niet gestuurd.",
        "Wij hebben jullie rapport niet gestuurd.",
    ),
    (
        "Ik heb u gemaild en u reageert niet.",
        "U heeft ons gemaild en wij reageren niet.",
        "",
    ),
    # left out: "we"/"ik" in a subordinate clause (the verb at the end), "let's", a judgement
    (
        "Ik heb het gevoel dat we aan het lijntje worden gehouden.",
        "",
        "Je hebt het gevoel dat jullie aan het lijntje worden gehouden.",
    ),
    ("Ik twijfel of we nog verder moeten.", "", "Je twijfelt of jullie nog verder moeten."),
    (
        "Omdat we drie weken hebben gewacht, zijn we boos.",
        "",
        "Omdat jullie drie weken hebben gewacht, zijn jullie boos.",
    ),
    ("Laten we eerlijk zijn, dit werkt niet.", "", ""),
    ("Wij zijn onprofessioneel behandeld.", "", ""),
    ("Laat ik duidelijk zijn: dit kan zo niet langer.", "", ""),
]


@pytest.mark.parametrize(("sentence", "formal", "informal"), CASES)
def test_nl_first_person_verbs_are_restated_or_left_out(
    sentence: str, formal: str, informal: str
) -> None:
    assert restate(sentence, "nl") == formal
    assert restate(sentence, "nl", informal=True) == informal


EMAILS = [
    (
        "Anneke de Vries <anneke@klant.example>",
        "Geachte heer Carter,\n\nWe zijn van plek 2 naar plek 11 gezakt. Dit vind ik "
        "onacceptabel.\n\nMet vriendelijke groet,\nAnneke de Vries",
        "- U bent van plek 2 naar plek 11 gezakt.",
    ),
    (
        "Sanne Visser <sanne@klant.example>",
        "Geachte heer Carter,\n\nWe betalen 1.500 euro per maand, maar sinds maandag staan "
        "we niet meer op de eerste pagina van Google.\n\nMet vriendelijke groet,\nSanne Visser",
        "- U betaalt 1.500 euro per maand. Sinds maandag staat u niet meer op de eerste pagina "
        "van Google.",
    ),
    (
        "Joost Bakker <joost@klant.example>",
        "Hoi Sam,\n\nWe wachten al drie weken op het rapport van oktober. Ik heb twee keer "
        "gebeld en niemand belde terug.\n\nGroet,\nJoost",
        "- Jullie wachten al drie weken op het rapport van oktober.\n"
        "- Je hebt twee keer gebeld en niemand belde terug.",
    ),
    (
        "Eva Jansen <eva@klant.example>",
        "Hoi Sam,\n\nIk betaal elke maand 800 euro en ik zie nog steeds geen enkele "
        "verbetering in de ranking.\n\nGroet,\nEva",
        "- Je betaalt elke maand 800 euro en je ziet nog steeds geen enkele verbetering in de "
        "ranking.",
    ),
]


@pytest.mark.parametrize(("sender", "body", "bullets"), EMAILS)
def test_nl_a_draft_restates_the_core_complaint_in_our_voice(
    tmp_path: Path, sender: str, body: str, bullets: str
) -> None:
    draft = draft_email(offline_settings(tmp_path), sender, body, subject="Reclamo")
    assert bullets in draft.body
