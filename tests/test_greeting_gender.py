"""A formal greeting by Madame, Frau, signora ... when the email itself says how the sender is
addressed, and by the full name when it does not (PLAYBOOK.md, "Greets the sender by name, in
their language, matching their formality").

The evidence is the sender's own: a title before their name in the signature or the From
name ("Mme Claire Dupont", "Dott.ssa Giulia Rossi", "dhr. P. Jansen"), or what they say of
themself in the first person in a language whose endings mark it ("je suis déçue", "estoy
harta", "sono stanca", "obrigada"). Never a first name; never the quoted history, a third
person or "we"; conflicting evidence and a dropped agreement ("je suis déçu") give nothing.
The client book's salutation wins; an informal email keeps its first name.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from offline_drafts import offline_settings

from assistant.config import Settings
from assistant.config.accounts import accounts_from_table
from assistant.drafting.draft import draft_reply
from assistant.drafting.facts import gather_facts
from assistant.mail.message import parse_email
from assistant.mail.sender import self_address

NOW = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)


def _raw(sender: str, body: str, subject: str = "Rapport / report") -> bytes:
    headers = (
        f"From: {sender}\nTo: Sam Carter <sam@harbourlight.example>\n"
        f"Subject: {subject}\nDate: Mon, 02 Nov 2026 09:30:00 +0100\n"
        "Message-ID: <gender-test@client.example>\nMIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n'
    )
    return (headers + "\n" + body + "\n").encode("utf-8")


def _settings(folder: Path, contacts: str = "") -> Settings:
    """Offline settings, nothing stored, signed by Sam Carter; with a client book for
    client.example when ``contacts`` (TOML inline tables) are given."""
    settings = offline_settings(folder)
    if not contacts:
        return settings
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "clients.toml").write_text(
        'currency = "EUR"\ndefault_hourly_cost = 70\n\n'
        '[clients.case]\nname = "Client"\ndomains = ["client.example"]\nrevenue = 40000\n'
        f"contacts = [{contacts}]\n",
        "utf-8",
    )
    (folder / "worklog.csv").write_text("date,client,description,hours\n", "utf-8")
    table = {"book": str(folder / "clients.toml"), "worklog": str(folder / "worklog.csv")}
    return replace(settings, accounts=accounts_from_table(table, source="test", config_dir=folder))


def _greeting(folder: Path, sender: str, body: str, contacts: str = "") -> str:
    draft = draft_reply(_raw(sender, body), settings=_settings(folder, contacts), now=NOW)
    return draft.body.splitlines()[0]


FR_DECUE = """Bonjour Monsieur Carter,

Je suis très déçue par le suivi de notre compte ce trimestre. Le rapport d'octobre est
arrivé avec deux semaines de retard et personne ne nous a prévenus. Le tableau de bord
affiche toujours des chiffres faux.

Pourriez-vous me dire par écrit comment vous comptez corriger cela ?

Cordialement,
Claire Martin"""

FR_NEUTRAL = """Bonjour Monsieur Carter,

Le rapport d'octobre est arrivé avec deux semaines de retard et personne ne nous a prévenus.
Le tableau de bord affiche toujours des chiffres faux, alors que nous l'avons signalé deux
fois.

Pourriez-vous me dire par écrit comment vous comptez corriger cela ?

Cordialement,
{signed}
Responsable marketing, Maison Verte"""

ES_HARTA = """Buenos días:

Estoy harta de esperar el informe mensual. El informe de octubre llegó con dos semanas de
retraso y nadie nos avisó. El panel sigue mostrando cifras incorrectas, aunque lo
comunicamos dos veces.

Necesito una respuesta por escrito con la fecha de entrega.

Atentamente,
Carmen García"""

ES_NEUTRAL = """Buenos días:

El informe de octubre llegó con dos semanas de retraso y nadie nos avisó. El panel sigue
mostrando cifras incorrectas, aunque lo comunicamos dos veces a su equipo.

Necesito una respuesta por escrito con la fecha de entrega.

Atentamente,
{signed}"""

IT_STANCA = """Gentile Sig. Carter,

sono stanca di dover sollecitare ogni mese il rapporto. Quello di ottobre è arrivato con due
settimane di ritardo e nessuno ci ha avvisato. Il cruscotto mostra ancora dati sbagliati.

Le chiedo una risposta scritta con una data di consegna.

Distinti saluti,
Giulia Rossi"""

IT_NEUTRAL = """Gentile Sig. Carter,

il rapporto di ottobre è arrivato con due settimane di ritardo e nessuno ci ha avvisato. Il
cruscotto mostra ancora dati sbagliati, anche se lo abbiamo segnalato due volte.

Le chiedo una risposta scritta con una data di consegna.

Distinti saluti,
{signed}"""

NL_NEUTRAL = """Geachte heer Carter,

Het kwartaalrapport had op 15 oktober bij ons moeten zijn, maar we hebben het pas gisteren
ontvangen. Onze directie heeft zonder cijfers moeten vergaderen.

Graag ontvang ik vóór vrijdag een schriftelijk antwoord over hoe dit in de toekomst wordt voorkomen.

Met vriendelijke groet,
{signed}"""

DE_NEUTRAL = """Sehr geehrte Damen und Herren,

der Monatsbericht für Oktober kam zwei Wochen zu spät, und niemand hat uns vorher
informiert. Im Dashboard stehen immer noch falsche Zahlen, obwohl wir das zweimal gemeldet
haben.

Bitte teilen Sie mir schriftlich mit, bis wann das behoben ist.

Mit freundlichen Grüßen
{signed}"""

EN_NEUTRAL = """{opening}

The October report reached us two weeks late and nobody told us in advance. The dashboard
still shows the wrong figures, although we raised it twice with your team.

Please tell me in writing when this will be fixed.

Kind regards,
{signed}"""

PT_NEUTRAL = """Prezado Sr. Carter,

O relatório de outubro chegou com duas semanas de atraso e ninguém nos avisou. O painel
continua a mostrar números errados, apesar de termos comunicado o problema duas vezes.

Preciso de uma resposta por escrito com a data de entrega.

{thanks}
{signed}"""


# -- the sender's own words give the form of address -------------------------------------------


@pytest.mark.parametrize(
    ("sender", "body", "greeting"),
    [
        # French: grammatical gender of the writer, or the title they sign with.
        ("Claire Martin <c.martin@client.example>", FR_DECUE, "Bonjour Madame Martin,"),
        (
            "Claire Dupont <c.dupont@client.example>",
            FR_NEUTRAL.format(signed="Mme Claire Dupont"),
            "Bonjour Madame Dupont,",
        ),
        (
            "Jean Petit <j.petit@client.example>",
            FR_NEUTRAL.format(signed="M. Jean Petit"),
            "Bonjour Monsieur Petit,",
        ),
        (
            "Claude Martin <c.martin@client.example>",
            FR_DECUE.replace("très déçue", "furieux").replace("Claire", "Claude"),
            "Bonjour Monsieur Martin,",
        ),
        # Spanish: "Estimada Sra. García:", a title in the From name replaces Sra.
        ("Carmen García <c.garcia@client.example>", ES_HARTA, "Estimada Sra. García:"),
        (
            "Javier Morales <j.morales@client.example>",
            ES_HARTA.replace("Estoy harta", "Estoy harto").replace("Carmen García", "Javier"),
            "Estimado Sr. Morales:",
        ),
        (
            "Carmen García <c.garcia@client.example>",
            ES_NEUTRAL.format(signed="Sra. Carmen García"),
            "Estimada Sra. García:",
        ),
        (
            "Dra. Carmen García <c.garcia@client.example>",
            ES_NEUTRAL.format(signed="Carmen García"),
            "Estimada Dra. García:",
        ),
        # Italian: signora, or the title written out.
        ("Giulia Rossi <g.rossi@client.example>", IT_STANCA, "Gentile signora Rossi,"),
        (
            "Giulia Rossi <g.rossi@client.example>",
            IT_NEUTRAL.format(signed="Dott.ssa Giulia Rossi"),
            "Gentile dottoressa Rossi,",
        ),
        (
            "Giulia Rossi <g.rossi@client.example>",
            IT_NEUTRAL.format(signed="Sig.ra Giulia Rossi"),
            "Gentile signora Rossi,",
        ),
        (
            "Marco Ferri <m.ferri@client.example>",
            IT_STANCA.replace("sono stanca", "sono stanco").replace("Giulia Rossi", "Marco"),
            "Gentile signor Ferri,",
        ),
        # Dutch: the particle is capitalised when no first name precedes it.
        (
            "Anneke de Vries <a.devries@client.example>",
            NL_NEUTRAL.format(signed="Mevr. A. de Vries"),
            "Geachte mevrouw De Vries,",
        ),
        (
            "Pieter Jansen <p.jansen@client.example>",
            NL_NEUTRAL.format(signed="dhr. P. Jansen"),
            "Geachte heer Jansen,",
        ),
        # German: Frau/Herr with the academic title from the signature.
        (
            "Anna Huber <a.huber@client.example>",
            DE_NEUTRAL.format(signed="Frau Dr. Anna Huber"),
            "Sehr geehrte Frau Dr. Huber,",
        ),
        (
            "Herr Jan Brandt <j.brandt@client.example>",
            DE_NEUTRAL.format(signed="Jan Brandt"),
            "Sehr geehrter Herr Brandt,",
        ),
        # English: by surname only when they wrote to us by surname ("Dear Mr Carter").
        (
            "Jane Doe <j.doe@client.example>",
            EN_NEUTRAL.format(opening="Dear Mr Carter,", signed="Mrs Jane Doe"),
            "Dear Mrs Doe,",
        ),
        (
            "Alex Roe <a.roe@client.example>",
            EN_NEUTRAL.format(opening="Dear Sir or Madam,", signed="Mx Alex Roe"),
            "Dear Mx Roe,",
        ),
        # Portuguese: the writer's own "Obrigada", a feminine title.
        (
            "Teresa Matos <t.matos@client.example>",
            PT_NEUTRAL.format(thanks="Obrigada pela atenção,", signed="Teresa Matos"),
            "Prezada Sra. Matos,",
        ),
        (
            "Ana Lopes <a.lopes@client.example>",
            PT_NEUTRAL.format(thanks="Com os melhores cumprimentos,", signed="Eng.ª Ana Lopes"),
            "Prezada Eng.ª Lopes,",
        ),
    ],
)
def test_the_senders_own_words_give_the_formal_greeting(
    tmp_path: Path, sender: str, body: str, greeting: str
) -> None:
    assert _greeting(tmp_path, sender, body) == greeting


# -- no evidence, weak evidence, conflicting evidence: the full name ----------------------------


FR_QUOTED = """Bonjour Monsieur Carter,

Le rapport d'octobre est arrivé avec deux semaines de retard et personne ne nous a prévenus.
Le tableau de bord affiche toujours des chiffres faux, alors que nous l'avons signalé deux
fois.

Pourriez-vous me dire par écrit comment vous comptez corriger cela ?

Cordialement,
Dominique Martin

Le 1 oct. 2026 à 10:00, Sam Carter <sam@harbourlight.example> a écrit :
> Bonjour Madame Martin,
> Je suis ravie de vous présenter notre nouveau rapport. Merci, je suis très heureuse.
> Mme Sam Carter"""


@pytest.mark.parametrize(
    ("sender", "body", "greeting"),
    [
        # Nothing said: the full name, as before.
        (
            "Claire Dubois <c.dubois@client.example>",
            FR_NEUTRAL.format(signed="Claire Dubois"),
            "Bonjour Claire Dubois,",
        ),
        ("Dominique Martin <d.martin@client.example>", FR_QUOTED, "Bonjour Dominique Martin,"),
        # Third person and "we" are not the writer.
        (
            "Dominique Martin <d.martin@client.example>",
            FR_DECUE.replace("Je suis très déçue", "Ma directrice est très déçue").replace(
                "Claire", "Dominique"
            ),
            "Bonjour Dominique Martin,",
        ),
        (
            "Dominique Martin <d.martin@client.example>",
            FR_DECUE.replace("Je suis très déçue", "Nous sommes très déçus").replace(
                "Claire", "Dominique"
            ),
            "Bonjour Dominique Martin,",
        ),
        # A dropped agreement ("déçu" for "déçue") does not make a woman a man.
        (
            "Claude Martin <c.martin@client.example>",
            FR_DECUE.replace("très déçue", "très déçu").replace("Claire", "Claude"),
            "Bonjour Claude Martin,",
        ),
        # Conflicting evidence: a feminine self-reference and a masculine title.
        (
            "Dominique Martin <d.martin@client.example>",
            FR_DECUE.replace("Claire Martin", "M. Dominique Martin"),
            "Bonjour Dominique Martin,",
        ),
        # A title before someone else's name is not the sender's.
        (
            "Claire Dubois <c.dubois@client.example>",
            FR_NEUTRAL.format(signed="Claire Dubois\nPour M. Jean Petit"),
            "Bonjour Claire Dubois,",
        ),
        (
            "Carmen García <c.garcia@client.example>",
            ES_NEUTRAL.format(signed="Carmen García"),
            "Buenos días, Carmen García:",
        ),
        (
            "Carmen García <c.garcia@client.example>",
            ES_HARTA.replace("Estoy harta de esperar", "Mi jefa está harta de esperar"),
            "Buenos días, Carmen García:",
        ),
        (
            "Giulia Rossi <g.rossi@client.example>",
            IT_NEUTRAL.format(signed="Giulia Rossi"),
            "Gentile Giulia Rossi,",
        ),
        # An academic title without a gender keeps its own greeting.
        (
            "Avv. Marco Ferri <m.ferri@client.example>",
            IT_NEUTRAL.format(signed="Marco Ferri"),
            "Gentile Avv. Ferri,",
        ),
        (
            "Anneke de Vries <a.devries@client.example>",
            NL_NEUTRAL.format(signed="Anneke de Vries"),
            "Beste Anneke de Vries,",
        ),
        # A company footer's "Geschäftsführerin" is no self-reference.
        (
            "Anna Huber <a.huber@client.example>",
            DE_NEUTRAL.format(signed="Anna Huber\nHuber GmbH, Geschäftsführerin: Eva Huber"),
            "Guten Tag Anna Huber,",
        ),
        (
            "Margaret Thornton <m.thornton@client.example>",
            EN_NEUTRAL.format(opening="Dear Sir or Madam,", signed="Margaret Thornton"),
            "Dear Margaret Thornton,",
        ),
        # Women write "obrigado" too; "a empresa foi obrigada" is not the writer.
        (
            "Teresa Matos <t.matos@client.example>",
            PT_NEUTRAL.format(thanks="Obrigado pela atenção,", signed="Teresa Matos"),
            "Bom dia, Teresa Matos,",
        ),
        (
            "Teresa Matos <t.matos@client.example>",
            PT_NEUTRAL.format(
                thanks="A nossa empresa foi obrigada a adiar a reunião.\n\nCumprimentos,",
                signed="Teresa Matos",
            ),
            "Bom dia, Teresa Matos,",
        ),
    ],
)
def test_without_clear_evidence_the_formal_greeting_names_the_full_name(
    tmp_path: Path, sender: str, body: str, greeting: str
) -> None:
    assert _greeting(tmp_path, sender, body) == greeting


# -- register and the client book ---------------------------------------------------------------


def test_an_informal_email_keeps_the_first_name(tmp_path: Path) -> None:
    body = """Salut Sam,

je suis vraiment déçue : ton rapport d'octobre est encore arrivé en retard et tu ne m'as pas
prévenue. Le tableau de bord affiche toujours des chiffres faux.

Tu peux me dire par écrit quand ce sera corrigé ?

Claire"""
    assert _greeting(tmp_path, "Claire Martin <c.martin@client.example>", body) == "Salut Claire,"


def test_the_client_books_salutation_wins_over_the_email(tmp_path: Path) -> None:
    contact = (
        '{ name = "Claude Martin", email = "c.martin@client.example", role = "", '
        'salutation = "Mr" }'
    )
    body = FR_DECUE.replace("Claire", "Claude")
    greeting = _greeting(tmp_path, "Claude Martin <c.martin@client.example>", body, contact)
    assert greeting == "Bonjour Monsieur Martin,"


def test_a_book_contact_without_salutation_is_greeted_from_the_email(tmp_path: Path) -> None:
    contact = '{ name = "Carmen García", email = "c.garcia@client.example", role = "" }'
    greeting = _greeting(tmp_path, "Carmen García <c.garcia@client.example>", ES_HARTA, contact)
    assert greeting == "Estimada Sra. García:"


def test_the_model_is_given_the_inferred_greeting(tmp_path: Path) -> None:
    """The model's request carries the same "Greeting to use" as the offline draft."""
    email = parse_email(_raw("Giulia Rossi <g.rossi@client.example>", IT_STANCA))
    facts = gather_facts(email, settings=_settings(tmp_path), now=NOW)
    assert facts.salutation_greeting == "Gentile signora Rossi"
    assert facts.template_context()["salutation_greeting"] == "Gentile signora Rossi"


# -- what counts as the sender's own words --------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "salutation"),
    [
        ("fr", "Je suis ravie de votre réactivité, mais le rapport manque.", "Ms"),
        ("fr", "J'ai été surprise par le ton de votre dernier message.", "Ms"),
        ("fr", "Je me suis sentie ignorée pendant tout le mois d'octobre.", "Ms"),
        ("fr", "Moi-même, surprise, j'ai dû appeler trois fois.", "Ms"),
        ("fr", "Je suis inquiet pour la suite de notre collaboration.", "Mr"),
        ("fr", "Elle est déçue, et nous sommes déçus aussi.", ""),
        ("fr", "« Je suis déçue », m'a dit ma collègue hier.", ""),
        ("fr", "Ma collègue m'a dit : je suis déçue.", ""),
        ("fr", "Le rapport manque. Mme Dupont, notre directrice, est déçue.", ""),
        ("fr", "Je suis surpris que personne ne m'ait répondu.", ""),  # "surprise" minus e
        ("es", "Me siento decepcionada con el servicio de este trimestre.", "Ms"),
        ("es", "Estoy cansado de pedir lo mismo cada mes.", "Mr"),
        ("es", "Me he sentido ignorada por su equipo durante meses.", "Ms"),
        ("es", "Lo he comprobado yo misma en el panel.", "Ms"),
        ("es", "La campaña estaba preparada, pero nadie la lanzó.", ""),
        ("es", "Estamos cansados de pedir lo mismo cada mes.", ""),
        ("it", "Sono rimasta molto delusa dal rapporto di ottobre.", "Ms"),
        ("it", "Sono deluso dal rapporto di ottobre.", "Mr"),
        ("it", "Mi sono sentita presa in giro dal vostro servizio.", "Ms"),
        ("it", "Le fatture sono state inviate in ritardo.", ""),
        ("it", "Lei è stata molto gentile, ma il rapporto manca.", ""),
        ("it", "Sono stanca, ma sono anche rimasto deluso.", ""),  # conflicting
        ("pt", "Estou cansada de pedir o mesmo relatório todos os meses.", "Ms"),
        ("pt", "Fiquei desiludida com o relatório de outubro.", "Ms"),
        ("pt", "Fiquei decepcionado com o relatório de outubro.", "Mr"),
        ("pt", "Muito obrigado pela atenção.", ""),
        ("pt", "O relatório chegou tarde. Desde já, obrigada pela resposta.", "Ms"),
        ("pt", "A diretora ficou decepcionada com o relatório.", ""),
        ("de", "Ich bin enttäuscht, der Bericht kam zu spät.", ""),
        ("en", "I am disappointed, the report was late.", ""),
        ("nl", "Ik ben teleurgesteld, het rapport kwam te laat.", ""),
    ],
)
def test_self_reference_in_the_first_person_only(language: str, text: str, salutation: str) -> None:
    raw = _raw("Dominique Martin <d.martin@client.example>", text + "\n\nDominique Martin")
    email = replace(parse_email(raw), language=language)  # a short text: the language is given
    assert self_address(email).salutation == salutation


@pytest.mark.parametrize(
    ("language", "signed", "expected"),
    [
        ("fr", "Mme Dominique Martin", ("Ms", ())),
        ("fr", "M. et Mme Dominique Martin", ("", ())),
        ("fr", "Dominique Martin\npour M. Martin", ("", ())),
        ("fr", "Mme Claire Dupont", ("", ())),  # someone else's name
        ("en", "Mr Martin", ("Mr", ())),
        ("de", "Frau Dr. Dominique Martin", ("Ms", ("Dr.",))),
        ("de", "Dominique Martin\nGeschäftsführerin: Eva Martin", ("", ())),
        ("nl", "mr. D. Martin", ("", ())),  # a lawyer's title, not "Mr"
        ("nl", "De heer D. Martin", ("Mr", ())),
        ("it", "Dott. Dominique Martin", ("", ())),
        ("it", "Dott.ssa Dominique Martin", ("Ms", ("Dott.ssa",))),
        ("pt", "Eng.º Dominique Martin", ("Mr", ("Eng.º",))),
    ],
)
def test_a_title_counts_only_before_the_senders_own_name(
    language: str, signed: str, expected: tuple[str, tuple[str, ...]]
) -> None:
    body = f"Le rapport d'octobre est en retard.\n\nCordialement,\n{signed}"
    raw = _raw("Dominique Martin <d.martin@client.example>", body)
    found = self_address(replace(parse_email(raw), language=language))
    assert (found.salutation, found.titles) == expected


def test_a_title_four_lines_from_the_end_of_the_new_text_is_read() -> None:
    from assistant.mail.message import parse_email
    from assistant.mail.sender import self_address

    raw = (
        "From: Helena Vasconcelos <helena@clinica.example.com.br>\r\n"
        "To: Sam Carter <sam@ourco.example>\r\nSubject: Migração\r\n"
        "Date: Thu, 12 Nov 2026 09:00:00 -0300\r\nMessage-ID: <hv@clinica.example.com.br>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        "Prezado Sam,\r\n\r\nA migração dos painéis continua atrasada e a nossa equipe comercial "
        "voltou a trabalhar com planilhas.\r\n\r\nAtenciosamente,\r\n\r\nDra. Helena Vasconcelos"
        "\r\nDiretora de Operações\r\nClínicas Vida Plena\r\nSão Paulo - SP\r\n"
    ).encode()
    assert self_address(parse_email(raw)).salutation == "Ms"


@pytest.mark.parametrize(
    ("language", "signed", "salutation"),
    [
        ("de", "Dominique Martin\nGeschäftsführerin", "Ms"),
        ("de", "Dr. Dominique Martin\nLeiter Vertrieb | Martin GmbH", ""),  # women sign so too
        ("de", "Anna Huber\nGeschäftsführer\nHuber Logistik GmbH", ""),
        ("de", "Dominique Martin, Vertriebsleiterin", "Ms"),
        ("de", "Dominique Martin\nGeschäftsführerin: Eva Martin", ""),  # someone else
        ("de", "Dominique Martin\nMartin GmbH\nGeschäftsführer", ""),  # the firm's footer
        ("fr", "Dominique Martin\nDirectrice commerciale", "Ms"),
        ("fr", "Dominique Martin - Gérant", ""),
        ("fr", "Dominique Martin\nResponsable marketing", ""),
        ("es", "Dominique Martin\nDirectora de Marketing", "Ms"),
        ("es", "Dominique Martin\nGerente general", ""),
        ("it", "Dominique Martin\nDirettrice commerciale", "Ms"),
        ("it", "Dominique Martin\nDirettore commerciale", ""),  # said by women too
        ("nl", "Dominique Martin\nDirecteur", ""),
        ("pt", "Dominique Martin\nDiretor Comercial", ""),
        ("es", "Lucía Gómez Ruiz\nDirector General", ""),
        ("pt", "Dominique Martin\nDiretora de Operações\nClínicas Vida Plena", "Ms"),
        ("en", "Dominique Martin\nHead of Marketing", ""),
    ],
)
def test_a_gendered_role_on_or_below_the_senders_name_line(
    language: str, signed: str, salutation: str
) -> None:
    body = f"Le rapport d'octobre est en retard.\n\nCordialement,\n{signed}"
    raw = _raw("Dominique Martin <d.martin@client.example>", body)
    assert self_address(replace(parse_email(raw), language=language)).salutation == salutation


def test_a_managing_director_signing_with_a_title_is_greeted_with_it(tmp_path: Path) -> None:
    body = (
        "Sehr geehrte Damen und Herren,\n\nder Relaunch unserer Website hätte am 2. November "
        "online gehen sollen. Heute ist der 10. und wir warten immer noch.\n\n"
        "Mit freundlichen Grüßen\nMag. Christina Pichler\nGeschäftsführerin\n"
    )
    greeting = _greeting(tmp_path, "Christina Pichler <c.pichler@client.example>", body)
    assert greeting == "Sehr geehrte Frau Mag. Pichler,"


@pytest.mark.parametrize(
    ("name", "greeting"),
    [
        ("Javier Montero Ruiz", "Estimado Sr. Montero:"),
        ("José Luis Martín Pérez", "Estimado Sr. Martín:"),
        ("Juan de la Fuente Ruiz", "Estimado Sr. de la Fuente:"),
        ("Andrés Gómez", "Estimado Sr. Gómez:"),
        ("María del Carmen Ruiz López", "Estimada Sra. Ruiz:"),
        ("María de los Ángeles Pérez Soto", "Estimada Sra. Pérez:"),
        ("Ana María García", "Estimada Sra. García:"),
    ],
)
def test_a_spanish_salutation_names_the_first_surname(
    tmp_path: Path, name: str, greeting: str
) -> None:
    tired = "cansada" if greeting.startswith("Estimada") else "cansado"
    body = (
        f"Estimado Sr. Carter:\n\nEstoy {tired} de esperar: el informe de octubre llegó con "
        "dos semanas de retraso y nadie nos avisó.\n\nAtentamente,\n" + name
    )
    sender = name + " <cliente@client.example>"
    assert _greeting(tmp_path, sender, body) == greeting
