"""The client's own Italian verbs restated in our voice (drafting/concerns.py restate,
lang/it.py): their "io" becomes Lei (3rd singular) or tu, their "noi" becomes voi, and our
"voi" becomes noi; a clause that cannot be restated safely is left out.

Each case: the client's sentence, the restatement for a Lei reply, the restatement for a tu
reply ("" when nothing can be said in our voice).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from offline_drafts import draft_email, offline_settings

from assistant.drafting.voice import restate

CASES = [
    # noi verbs: present, perfect, imperfect, future, modal + infinitive
    (
        "Abbiamo perso tre clienti per colpa del sito.",
        "Avete perso tre clienti per colpa del sito.",
        "Avete perso tre clienti per colpa del sito.",
    ),
    (
        "Paghiamo 2.000 euro al mese e non vediamo risultati.",
        "Pagate 2.000 euro al mese e non vedete risultati.",
        "Pagate 2.000 euro al mese e non vedete risultati.",
    ),
    (
        "Perdiamo prenotazioni ogni giorno.",
        "Perdete prenotazioni ogni giorno.",
        "Perdete prenotazioni ogni giorno.",
    ),
    (
        "Pagavamo meno l'anno scorso per lo stesso servizio.",
        "Pagavate meno l'anno scorso per lo stesso servizio.",
        "Pagavate meno l'anno scorso per lo stesso servizio.",
    ),
    (
        "Spendiamo troppo in pubblicità per questi risultati.",
        "Spendete troppo in pubblicità per questi risultati.",
        "Spendete troppo in pubblicità per questi risultati.",
    ),
    (
        "Dobbiamo spiegare ai soci perché le vendite sono calate.",
        "Dovete spiegare ai soci perché le vendite sono calate.",
        "Dovete spiegare ai soci perché le vendite sono calate.",
    ),
    (
        "Continuiamo a ricevere fatture sbagliate.",
        "Continuate a ricevere fatture sbagliate.",
        "Continuate a ricevere fatture sbagliate.",
    ),
    (
        "Lavoriamo con voi da cinque anni e non è mai successo.",
        "Lavorate con noi da cinque anni e non è mai successo.",
        "Lavorate con noi da cinque anni e non è mai successo.",
    ),
    (
        "Stiamo valutando di cambiare agenzia.",
        "State valutando di cambiare agenzia.",
        "State valutando di cambiare agenzia.",
    ),
    (
        "Eravamo primi su Google e ora siamo in terza pagina.",
        "Eravate primi su Google e ora siete in terza pagina.",
        "Eravate primi su Google e ora siete in terza pagina.",
    ),
    (
        "Non abbiamo mai ricevuto il report di ottobre.",
        "Non avete mai ricevuto il report di ottobre.",
        "Non avete mai ricevuto il report di ottobre.",
    ),
    (
        "Dovevamo essere online a settembre.",
        "Dovevate essere online a settembre.",
        "Dovevate essere online a settembre.",
    ),
    (
        "Avremmo dovuto lanciare la campagna a marzo.",
        "Avreste dovuto lanciare la campagna a marzo.",
        "Avreste dovuto lanciare la campagna a marzo.",
    ),
    (
        "Potevamo chiudere il trimestre in positivo.",
        "Potevate chiudere il trimestre in positivo.",
        "Potevate chiudere il trimestre in positivo.",
    ),
    (
        "Perderemo altri clienti se il sito resta giù.",
        "Perderete altri clienti se il sito resta giù.",
        "Perderete altri clienti se il sito resta giù.",
    ),
    (
        "Se continua così disdiremo il contratto.",
        "Se continua così disdirete il contratto.",
        "Se continua così disdirete il contratto.",
    ),
    (
        "Non riusciamo più a trovare il nostro sito su Google.",
        "Non riuscite più a trovare il Suo sito su Google.",
        "Non riuscite più a trovare il tuo sito su Google.",
    ),
    (
        "Non sappiamo più cosa dire ai nostri clienti.",
        "Non sapete più cosa dire ai Suoi clienti.",
        "Non sapete più cosa dire ai tuoi clienti.",
    ),
    (
        "Se fossimo stati avvisati, avremmo sospeso la campagna.",
        "Se foste stati avvisati, avreste sospeso la campagna.",
        "Se foste stati avvisati, avreste sospeso la campagna.",
    ),
    ("Noi paghiamo sempre puntuali.", "Voi pagate sempre puntuali.", "Voi pagate sempre puntuali."),
    # noi reflexives
    (
        "Ci siamo trovati senza sito per tre giorni.",
        "Vi siete trovati senza sito per tre giorni.",
        "Vi siete trovati senza sito per tre giorni.",
    ),
    ("Ci sentiamo presi in giro.", "Vi sentite presi in giro.", "Vi sentite presi in giro."),
    (
        "Ci aspettavamo risultati entro l'estate.",
        "Vi aspettavate risultati entro l'estate.",
        "Vi aspettavate risultati entro l'estate.",
    ),
    ("Non ci fidiamo più di voi.", "Non vi fidate più di noi.", "Non vi fidate più di noi."),
    (
        "Ci siamo rivolti a voi per crescere.",
        "Vi siete rivolti a noi per crescere.",
        "Vi siete rivolti a noi per crescere.",
    ),
    # io verbs: present, perfect, imperfect, conditional, modal + infinitive
    (
        "Ho aspettato due settimane una risposta.",
        "Ha aspettato due settimane una risposta.",
        "Hai aspettato due settimane una risposta.",
    ),
    (
        "Non ho ricevuto nulla da ottobre.",
        "Non ha ricevuto nulla da ottobre.",
        "Non hai ricevuto nulla da ottobre.",
    ),
    (
        "Non capisco perché il report arrivi sempre in ritardo.",
        "Non capisce perché il report arrivi sempre in ritardo.",
        "Non capisci perché il report arrivi sempre in ritardo.",
    ),
    (
        "Vi ho scritto due volte la settimana scorsa.",
        "Ci ha scritto due volte la settimana scorsa.",
        "Ci hai scritto due volte la settimana scorsa.",
    ),
    (
        "Aspetto ancora il report di novembre.",
        "Aspetta ancora il report di novembre.",
        "Aspetti ancora il report di novembre.",
    ),
    (
        "Non posso più giustificare questa spesa.",
        "Non può più giustificare questa spesa.",
        "Non puoi più giustificare questa spesa.",
    ),
    (
        "Ho perso la fiducia nel vostro team.",
        "Ha perso la fiducia nel nostro team.",
        "Hai perso la fiducia nel nostro team.",
    ),
    (
        "Non vedo nessun miglioramento da mesi.",
        "Non vede nessun miglioramento da mesi.",
        "Non vedi nessun miglioramento da mesi.",
    ),
    (
        "Pensavo che il problema fosse risolto.",
        "Pensava che il problema fosse risolto.",
        "Pensavi che il problema fosse risolto.",
    ),
    (
        "Credevo di aver scelto un'agenzia seria.",
        "Credeva di aver scelto un'agenzia seria.",
        "Credevi di aver scelto un'agenzia seria.",
    ),
    (
        "Vi pago per avere risultati, non scuse.",
        "Ci paga per avere risultati, non scuse.",
        "Ci paghi per avere risultati, non scuse.",
    ),
    (
        "Ho l'impressione che nessuno legga le mie email.",
        "Ha l'impressione che nessuno legga le Sue email.",
        "Hai l'impressione che nessuno legga le tue email.",
    ),
    (
        "Vorrei sapere perché il sito è lento.",
        "Vorrebbe sapere perché il sito è lento.",
        "Vorresti sapere perché il sito è lento.",
    ),
    (
        "Cambierei agenzia domani stesso.",
        "Cambierebbe agenzia domani stesso.",
        "Cambieresti agenzia domani stesso.",
    ),
    ("Ne ho abbastanza.", "Ne ha abbastanza.", "Ne hai abbastanza."),
    (
        "Io ho pagato la fattura in anticipo.",
        "Lei ha pagato la fattura in anticipo.",
        "Tu hai pagato la fattura in anticipo.",
    ),
    ("Se avessi saputo, non avrei firmato.", "Se avesse saputo, non avrebbe firmato.", ""),
    (
        "Ho chiamato tre volte e nessuno mi ha richiamato.",
        "",
        "Hai chiamato tre volte e nessuno ti ha richiamato.",
    ),
    # a first person "sono" with its predicate
    (
        "Sono stufo di dover sollecitare ogni volta.",
        "È stufo di dover sollecitare ogni volta.",
        "Sei stufo di dover sollecitare ogni volta.",
    ),
    (
        "Sono molto delusa dal vostro lavoro.",
        "È molto delusa dal nostro lavoro.",
        "Sei molto delusa dal nostro lavoro.",
    ),
    (
        "Sono rimasto senza sito per tutto il weekend.",
        "È rimasto senza sito per tutto il weekend.",
        "Sei rimasto senza sito per tutto il weekend.",
    ),
    (
        "Sono costretto a cercare un'altra agenzia.",
        "È costretto a cercare un'altra agenzia.",
        "Sei costretto a cercare un'altra agenzia.",
    ),
    # io reflexives
    (
        "Mi sono sentito preso in giro.",
        "Si è sentito preso in giro.",
        "Ti sei sentito preso in giro.",
    ),
    ("Mi sento preso in giro.", "Si sente preso in giro.", "Ti senti preso in giro."),
    (
        "Mi aspettavo molto di più da un'agenzia come la vostra.",
        "Si aspettava molto di più da un'agenzia come la nostra.",
        "Ti aspettavi molto di più da un'agenzia come la nostra.",
    ),
    (
        "Me ne sono accorta solo per caso.",
        "Se ne è accorta solo per caso.",
        "Te ne sei accorta solo per caso.",
    ),
    (
        "Mi chiedo cosa stiate facendo con il nostro budget.",
        "Si chiede cosa stiamo facendo con il Suo budget.",
        "Ti chiedi cosa stiamo facendo con il tuo budget.",
    ),
    # the agency (voi) in the same sentence
    (
        "Voi non rispondete mai alle nostre email.",
        "Noi non rispondiamo mai alle Sue email.",
        "Noi non rispondiamo mai alle tue email.",
    ),
    ("Ci ignorate da settimane.", "Vi ignoriamo da settimane.", "Vi ignoriamo da settimane."),
    (
        "Vi rendete conto che abbiamo perso il 40% delle visite?",
        "Ci rendiamo conto che avete perso il 40% delle visite?",
        "Ci rendiamo conto che avete perso il 40% delle visite?",
    ),
    (
        "Abbiamo chiesto tre volte una correzione e nessuno ci ha risposto.",
        "Avete chiesto tre volte una correzione e nessuno vi ha risposto.",
        "Avete chiesto tre volte una correzione e nessuno vi ha risposto.",
    ),
    # left out: a noun that looks like a verb, an unknown predicate, an attached "ci", "io" after
    # its verb, "ci" that may be "there", "ti" from a Lei-writer
    ("Sono basito.", "", ""),
    ("L'aspetto del sito è peggiorato.", "", ""),
    ("Lavoro con voi da anni.", "", ""),
    ("Avete promesso di mandarci il report entro lunedì.", "", ""),
    ("Ho dovuto chiamare io il vostro tecnico.", "", ""),
    ("Ci mettete sempre tre settimane.", "", ""),
    ("Ti ho scritto tre volte.", "", "Mi hai scritto tre volte."),
    # not the client: "sono" + a plural is "they are"
    (
        "I dati del report sono sbagliati.",
        "I dati del report sono sbagliati.",
        "I dati del report sono sbagliati.",
    ),
]


@pytest.mark.parametrize(("sentence", "formal", "informal"), CASES)
def test_it_first_person_verbs_are_restated_or_left_out(
    sentence: str, formal: str, informal: str
) -> None:
    assert restate(sentence, "it") == formal
    assert restate(sentence, "it", informal=True) == informal


EMAILS = [
    (
        "Giulia Bianchi <giulia@cliente.example>",
        "Gentile Sam Carter,\n\nabbiamo perso tre clienti questo mese perché il sito è rimasto "
        "giù per tre giorni. Paghiamo 2.000 euro al mese per la manutenzione.\n\n"
        "Cordiali saluti,\nGiulia Bianchi",
        "- Mi segnala che avete perso tre clienti questo mese perché il sito è rimasto giù "
        "per tre giorni.",
    ),
    (
        "Marco Rossi <marco@cliente.example>",
        "Ciao Sam,\n\nho aspettato due settimane il report di novembre e non ho ricevuto nulla. "
        "Sono stufo.\n\nMarco",
        "- Mi dici che hai aspettato due settimane il report di novembre e non hai ricevuto nulla.",
    ),
    (
        "Paola Verdi <paola@cliente.example>",
        "Gentile Sam Carter,\n\nperdiamo prenotazioni ogni giorno perché il modulo non "
        "funziona. Mi sono sentita presa in giro dalle vostre risposte.\n\n"
        "Cordiali saluti,\nPaola Verdi",
        "- Mi segnala che perdete prenotazioni ogni giorno perché il modulo non funziona.",
    ),
    (
        "Luca Neri <luca@cliente.example>",
        "Ciao Sam,\n\nci siamo trovati senza sito per tre giorni e abbiamo perso ordini. "
        "Sono molto deluso.\n\nLuca",
        "- Vi siete trovati senza sito per tre giorni e avete perso ordini.",
    ),
]


@pytest.mark.parametrize(("sender", "body", "bullets"), EMAILS)
def test_it_a_draft_restates_the_core_complaint_in_our_voice(
    tmp_path: Path, sender: str, body: str, bullets: str
) -> None:
    draft = draft_email(offline_settings(tmp_path), sender, body, subject="Reclamo")
    assert bullets in draft.body
