"""Heat of upset client mail in every drafting language: what clients really write.

Cold formal complaints, polite threats, sarcasm, ultimatums, "??" and the exasperation of
chasing us ("for the third time") are heat of their kind; thanks, polite questions, report
requests, praise and negated phrases ("I'm not fed up") stay calm. Sentences written for
these tests.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from assistant.checks.tone import HEATED, TENSE, assess, assess_inbound
from assistant.config.cooling import CoolingPolicy
from assistant.mail.message import parse_email
from assistant.outbox.cooling import decide

HOT = [
    # (language, text, a kind it must hold)
    ("en", "For the fourth time, where are the login details?", "exasperation"),
    ("en", "I've asked you five times now for the updated forecast.", "exasperation"),
    ("en", "We are fed up with the constant delays.", "exasperation"),
    ("en", "Send the copy by noon or don't bother sending it at all.", "ultimatum"),
    ("en", "After this quarter we are weighing our options.", "threat_to_leave"),
    ("en", "We will be reconsidering our partnership at the board meeting.", "threat_to_leave"),
    ("en", "Brilliant, another month with no leads from the campaign.", "sarcasm"),
    ("en", "The new homepage falls short of what we agreed.", "accusation"),
    ("en", "We are contesting the charges on the May invoice.", "accusation"),
    ("de", "Zum vierten Mal: Wann kommen die Zugangsdaten?", "exasperation"),
    ("de", "Wir haben es satt, jeder Zahl hinterherzulaufen.", "exasperation"),
    ("de", "Prima, schon wieder ein Monat ohne neue Anfragen.", "sarcasm"),
    ("de", "Die Leistung entspricht nicht unseren Erwartungen.", "accusation"),
    ("de", "Wir werden den Rahmenvertrag nicht verlängern.", "threat_to_leave"),
    ("de", "Bis Montag, sonst können Sie es gleich lassen.", "ultimatum"),
    ("fr", "Pour la quatrième fois : où sont les accès ?", "exasperation"),
    ("fr", "On en a marre des retards à répétition.", "exasperation"),
    ("fr", "Nous allons devoir reconsidérer notre partenariat.", "threat_to_leave"),
    ("fr", "Livrez lundi, sinon ce n'est plus la peine.", "ultimatum"),
    ("fr", "Génial, encore un mois sans nouveaux contacts.", "sarcasm"),
    ("fr", "Nous contestons cette facture de mai.", "accusation"),
    ("es", "Por cuarta vez: ¿dónde están los accesos?", "exasperation"),
    ("es", "Estamos hartos de los retrasos.", "exasperation"),
    ("es", "Tendremos que valorar otras agencias para el año que viene.", "threat_to_leave"),
    ("es", "Entréguenlo el lunes o no se molesten.", "ultimatum"),
    ("es", "Estupendo, otro mes sin contactos nuevos.", "sarcasm"),
    ("es", "El informe no está a la altura de lo acordado.", "accusation"),
    ("it", "Per la quarta volta: dove sono gli accessi?", "exasperation"),
    ("it", "Ne abbiamo abbastanza dei vostri ritardi.", "exasperation"),
    ("it", "Stiamo valutando altre agenzie per il prossimo anno.", "threat_to_leave"),
    ("it", "Consegnate lunedì, altrimenti lasciate perdere.", "ultimatum"),
    ("it", "Fantastico, un altro mese senza contatti nuovi.", "sarcasm"),
    ("it", "Siamo insoddisfatti del servizio degli ultimi mesi.", "accusation"),
    ("nl", "Voor de vierde keer: waar blijven de inloggegevens?", "exasperation"),
    ("nl", "We zijn het beu om steeds te moeten rappelleren.", "exasperation"),
    ("nl", "We gaan de samenwerking na dit kwartaal heroverwegen.", "threat_to_leave"),
    ("nl", "Lever maandag, anders hoeft het niet meer.", "ultimatum"),
    ("nl", "Fantastisch, weer een maand zonder nieuwe leads.", "sarcasm"),
    ("nl", "Het rapport is onder de maat.", "accusation"),
    ("pt", "Pela quarta vez: onde estão os acessos?", "exasperation"),
    ("pt", "Estamos fartos dos atrasos.", "exasperation"),
    ("pt", "Vamos ter de avaliar outras agências para o próximo ano.", "threat_to_leave"),
    ("pt", "Entreguem na segunda, ou então nem vale a pena.", "ultimatum"),
    ("pt", "Perfeito, mais um mês sem contactos novos.", "sarcasm"),
    ("pt", "O relatório está aquém das nossas expectativas.", "accusation"),
]

CALM = [
    # Thanks, a polite question, a neutral report request, praise, a deadline, a negation.
    ("en", "Thanks once again for the quick fix, the form works now."),
    ("en", "Could you look at other options for the hosting and send us a short comparison?"),
    ("en", "We are reviewing our budget for next year and will send the figures in January."),
    ("en", "Great, another idea for the newsletter: a short interview with our chef."),
    ("en", "I'm not fed up at all, I only wanted to know when the figures arrive."),
    ("en", "Please send the report by Monday at the latest; the board meets on Tuesday."),
    ("de", "Vielen Dank, wie immer eine große Hilfe."),
    ("de", "Könnten Sie uns zwei andere Optionen für das Layout zeigen?"),
    ("de", "Ich bin nicht genervt, ich frage nur, wann der Bericht kommt."),
    ("de", "Falls der Termin nicht in Ordnung ist, sagen Sie bitte Bescheid."),
    ("fr", "Merci encore une fois pour votre aide, tout fonctionne."),
    ("fr", "La réunion de jeudi est-elle toujours maintenue ?"),
    ("fr", "Pourriez-vous étudier d'autres options pour l'hébergement ?"),
    ("fr", "Je ne suis pas mécontent, je voulais juste un point sur le devis."),
    ("es", "Como siempre, muchas gracias por vuestra ayuda."),
    ("es", "¿Podrían estudiar otras opciones para el diseño?"),
    ("es", "No estoy harto, solo quería saber cuándo llegan los datos."),
    ("es", "Perfecto, otra cosa: ¿el informe incluye las ventas de abril?"),
    ("it", "Grazie ancora una volta per il supporto."),
    ("it", "Potreste valutare altre opzioni per il layout?"),
    ("it", "Non siamo stanchi di aspettare, volevo solo sapere quando arrivano i dati."),
    ("it", "Perfetto, un'altra cosa: il report include aprile?"),
    ("nl", "Zoals altijd bedankt voor de snelle hulp."),
    ("nl", "Kunnen jullie kijken naar andere opties voor de hosting?"),
    ("nl", "Ik ben het niet zat, ik wilde alleen weten wanneer het rapport komt."),
    ("pt", "Obrigado mais uma vez pela ajuda."),
    ("pt", "Podem avaliar outras opções para o layout?"),
    ("pt", "Não estou farto, só queria saber quando chegam os dados."),
    ("pt", "Basta enviar o ficheiro até sexta, obrigado."),
]


@pytest.mark.parametrize(("language", "text", "kind"), HOT)
def test_upset_mail_is_heat_of_its_kind(language: str, text: str, kind: str) -> None:
    heat = assess(text, language)
    assert kind in heat.kinds, heat.phrases
    assert heat.score >= TENSE, heat.phrases


@pytest.mark.parametrize(("language", "text"), CALM)
def test_calm_mail_stays_calm(language: str, text: str) -> None:
    heat = assess(text, language)
    assert heat.score < 0.1, heat.phrases


def test_a_pointed_portuguese_reminder_with_a_doubled_question_mark_is_heat() -> None:
    heat = assess_inbound(
        "então o menu de Natal??",
        "Sinceramente, estou farto de andar atrás de vocês. Preciso disto no ar até segunda "
        "de manhã, sem falta.",
        "pt",
    )
    assert heat.level == "heated"
    assert ("??", "exasperation") in [(p.text, p.kind) for p in heat.phrases]
    assert {"exasperation", "ultimatum"} <= set(heat.kinds)


def test_a_doubled_question_mark_alone_is_a_sharp_phrase_not_tense() -> None:
    heat = assess("Any news on the logo??", "en")
    assert heat.kinds == ("exasperation",)
    assert 0 < heat.score < TENSE
    assert assess("Any news on the logo?", "en").phrases == ()
    assert [p.kind for p in assess("Really?!", "en").phrases] == ["shouting"]


def test_a_cold_formal_complaint_reads_tense_and_insults_in_capitals_heated() -> None:
    formal = assess_inbound(
        "Halbjahresbewertung",
        "Sehr geehrter Herr Weber,\n\nin unserer Halbjahresbewertung ist Ihre Agentur auf "
        "Platz 4 von 6 zurückgefallen. Die Qualität der Berichte entspricht nicht mehr "
        "unseren Erwartungen. Wir bitten um eine Stellungnahme.\n\nMit freundlichen Grüßen\n"
        "Anna Müller",
        "de",
    )
    assert formal.level == "tense"
    assert formal.kinds == ("accusation",)
    rude = assess("IHR SEID ALLE DILETTANTEN. Eine Frechheit!!", "de")
    assert rude.level == "heated"
    assert rude.score > formal.score


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "We are not reviewing our options; we are happy with you."),
        ("pt", "Não estamos a avaliar outras opções, estamos contentes convosco."),
        ("de", "Wir haben es nicht satt, wir fragen nur nach."),
    ],
)
def test_a_negated_threat_or_complaint_is_no_heat(language: str, text: str) -> None:
    assert assess(text, language).score < 0.1


def test_quoted_history_and_signature_do_not_count() -> None:
    raw = (
        "From: Dana Lee <dana@client.example>\n"
        "To: Sam <sam@agency.example>\n"
        "Subject: Re: June report\n"
        "Date: Mon, 3 Jun 2024 09:00:00 +0000\n"
        "Message-ID: <2@client.example>\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "\n"
        "Hi Sam,\n\nthanks, the report arrived and looks good.\n\nDana\n"
        "-- \nDana Lee | Never settle for less | Client Services\n\n"
        "On Fri, 31 May 2024 at 17:00, Dana Lee <dana@client.example> wrote:\n"
        "> For the third time: where is the June report?? We are fed up and\n"
        "> reviewing our options. Fix it by Monday or don't bother.\n"
    )
    email = parse_email(raw.encode())
    assert "third time" not in email.new_text
    heat = assess_inbound(email.subject, email.new_text, email.language)
    assert heat.phrases == ()


def test_the_cooling_off_reason_names_the_new_kinds() -> None:
    inbound = assess_inbound(
        "Report??", "For the third time, where is it? Send it today or don't bother.", "en"
    )
    decision = decide(
        created=datetime(2024, 6, 10, 12, 0, tzinfo=UTC),
        inbound=inbound,
        draft=None,
        policy=CoolingPolicy(quiet_start=None, quiet_end=None),
        tz=UTC,
    )
    assert inbound.score >= HEATED
    assert decision.reason.startswith("inbound mail is heated (3 phrases: exasperation, ultimatum)")
