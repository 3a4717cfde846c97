"""Dutch, English and German drafts (and the asks of Polish and Japanese mail): refusals of
calls, insults, asks, greetings, our voice, polite follow-ups.

Each case is an email a client could write; the offline drafter (or the reading it relies on)
must answer it the way a careful native writer would.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from offline_drafts import draft_email, offline_settings

from assistant.accounts.worklog import WorkItem
from assistant.checks.asks import extract_asks, refuses_calls
from assistant.checks.tone import assess
from assistant.config import Settings
from assistant.drafting.concerns import condense
from assistant.drafting.draft import Draft
from assistant.drafting.offline import compose
from assistant.drafting.voice import restate
from assistant.lang.formality import detect_formality
from assistant.mail.message import Address, Email

SENT = date(2026, 12, 4)  # a Friday: "Thursday" is 10 December, "dinsdag" 8 December
NOW = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)


def _settings(tmp_path: Path) -> Settings:
    return offline_settings(tmp_path)


def _draft(tmp_path: Path, sender: str, body: str, *, subject: str = "Complaint") -> Draft:
    return draft_email(_settings(tmp_path), sender, body, subject=subject)


def _compose(tmp_path: Path, text: str, language: str, name: str) -> str:
    email = Email(
        subject="Re: Thursday",
        sender=Address(display_name=name, addr_spec="client@example.com"),
        new_text=text,
        language=language,
    )
    return compose(email, settings=_settings(tmp_path), now=NOW).text


def _kinds(text: str, language: str) -> list[tuple[str, date | None]]:
    return [(ask.kind, ask.due) for ask in extract_asks([text], language, sent=SENT)]


# -- 1. a refusal of calls is no meeting ask ---------------------------------------------------

REFUSALS = [
    ("en", "Do not call me."),
    ("en", "Don't call me, I want it in writing."),
    ("en", "Please don't phone me."),
    ("en", "Please do not ring me."),
    ("en", "No phone calls, please."),
    ("en", "No calls please."),
    ("en", "No more calls."),
    ("en", "I don't want a call."),
    ("en", "We do not want another meeting."),
    ("en", "I do not want to be called."),
    ("en", "I'd rather not speak on the phone."),
    ("en", "Stop calling me."),
    ("en", "Don't bother calling."),
    ("en", "There is no need for a call."),
    ("en", "A call won't help."),
    ("en", "In writing, not by phone."),
    ("en", "I'm not interested in a call."),
    ("nl", "Belt u mij alstublieft niet."),
    ("nl", "Belt u mij niet terug."),
    ("nl", "Bel me niet."),
    ("nl", "Bel mij a.u.b. niet meer."),
    ("nl", "Graag niet bellen."),
    ("nl", "U hoeft mij niet te bellen."),
    ("nl", "Ik wil niet gebeld worden."),
    ("nl", "Geen telefoontjes meer alstublieft."),
    ("nl", "Liever geen telefoontje."),
    ("nl", "Liever niet telefonisch."),
    ("nl", "Niet per telefoon graag."),
    ("nl", "Ik wil geen gesprek, ik wil een schriftelijk antwoord."),
    ("nl", "Bellen heeft geen zin."),
    ("nl", "In plaats van te bellen, stuur me een mail."),
    ("de", "Bitte rufen Sie mich nicht an."),
    ("de", "Rufen Sie mich bitte nicht an."),
    ("de", "Ruf mich nicht an."),
    ("de", "Ruft mich bitte nicht mehr an."),
    ("de", "Bitte nicht anrufen."),
    ("de", "Sie brauchen mich nicht anzurufen."),
    ("de", "Ich möchte nicht angerufen werden."),
    ("de", "Bitte keine Anrufe."),
    ("de", "Ich möchte kein Telefonat."),
    ("de", "Einen Anruf möchte ich nicht."),
    ("de", "Telefonate bringen nichts."),
    ("de", "Bitte nicht telefonisch."),
    ("de", "Statt eines Anrufs bitte eine E-Mail."),
    ("pl", "Proszę nie dzwonić."),
    ("pl", "Proszę do mnie nie dzwonić, wolę odpowiedź na piśmie."),
    ("ja", "なお、お電話はご遠慮ください。"),
]


@pytest.mark.parametrize(("language", "sentence"), REFUSALS)
def test_a_refusal_of_calls_is_no_meeting_ask(language: str, sentence: str) -> None:
    assert refuses_calls(sentence, language)
    assert "meeting" not in [kind for kind, _ in _kinds(sentence, language)]


NOT_REFUSALS = [
    ("en", "You never call me back."),
    ("en", "I got no call back from anyone."),
    ("en", "We had no calls from your team."),
    ("en", "Nobody called us."),
    ("en", "Don't call it a fix."),
    ("nl", "Zullen we dinsdag bellen?"),
    ("nl", "Bel me als het niet lukt."),
    ("nl", "U was niet telefonisch bereikbaar."),
    ("nl", "Ik heb geen telefoontjes gehad."),
    ("de", "Niemand hat mich angerufen."),
    ("de", "Sie haben mich nicht angerufen."),
    ("de", "Sie waren nicht telefonisch erreichbar."),
    ("de", "Ich habe keinen Rückruf bekommen."),
    ("pl", "Nikt nie zadzwonił."),
    ("pl", "Nikt nie telefonuje."),
]


@pytest.mark.parametrize(("language", "sentence"), NOT_REFUSALS)
def test_a_complaint_about_calls_or_a_call_asked_for_is_no_refusal(
    language: str, sentence: str
) -> None:
    assert not refuses_calls(sentence, language)


def test_a_german_refusal_gives_no_call_in_the_draft(tmp_path: Path) -> None:
    draft = _draft(
        tmp_path,
        "Dr. Klaus Weber <k.weber@kunde.example>",
        "Sehr geehrte Damen und Herren,\n\nSie haben den Bericht schon wieder zu spät geliefert. "
        "Das ist eine Frechheit! Ich verlange eine Gutschrift über 500 EUR und eine schriftliche "
        "Stellungnahme bis zum 11. Dezember. Bitte rufen Sie mich nicht an.\n\n"
        "Mit freundlichen Grüßen\nKlaus Weber",
    )
    assert [(a.kind, a.due) for a in draft.asks] == [
        ("refund", None),
        ("written", date(2026, 12, 11)),
    ]
    assert "Gespräch" not in draft.body and "Termin" not in draft.body
    assert (
        "- Wie Sie schreiben, haben wir den Bericht schon wieder zu spät geliefert." in draft.body
    )


def test_a_dutch_refusal_gives_no_call_in_the_draft(tmp_path: Path) -> None:
    draft = _draft(
        tmp_path,
        "Anneke de Vries <a.devries@klant.example>",
        "Geachte heer, mevrouw,\n\nUw team heeft opnieuw de deadline voor het rapport gemist. "
        "Dit is onaanvaardbaar. Ik verzoek om een terugbetaling van 700 EUR en een schriftelijk "
        "antwoord vóór 14 december. Belt u mij alstublieft niet.\n\nMet vriendelijke groet,\n"
        "Anneke de Vries",
    )
    assert [a.kind for a in draft.asks] == ["refund", "written"]
    assert "gesprek" not in draft.body and "tijdstip" not in draft.body
    assert "700 EUR" in draft.body and "maandag 14 december" in draft.body


# -- 2. insults are never restated ------------------------------------------------------------

INSULTS = [
    ("en", 'Your so-called "expert" is a clown and your report was GARBAGE!!!'),
    ("en", "Your so-called experts delivered the campaign late."),
    ("en", "The report was utter rubbish and the dashboard is still broken."),
    ("en", "You are a bunch of clowns and the invoice is wrong."),
    ("en", "Your team is useless and the reports are late."),
    ("en", "Your agency is a joke and the campaign is late again."),
    ("en", "Pathetic work, the landing page is still down."),
    ("en", "Your staff are IDIOTS and the deadline was missed."),
    ("de", "Euer sogenannter Experte ist ein Clown und euer Bericht war MÜLL!!!"),
    ("de", "Der Bericht ist Schrott und kam wieder zu spät."),
    ("de", "Das Dashboard ist ein Witz, die Zahlen stimmen schon wieder nicht."),
    ("de", "Ihre Auswertung ist lächerlich und kam drei Tage zu spät."),
    ("de", "Ihr seid Clowns, der Termin ist schon wieder verpasst."),
    ("nl", "Jullie zijn een stelletje clowns en het rapport is weer te laat."),
    ("nl", "Wat een prutswerk, de campagne staat nog steeds stil."),
    ("nl", "Het rapport was echt rommel en kwam weer te laat."),
    ("nl", "Het dashboard is waardeloos en de cijfers kloppen nog steeds niet."),
    ("nl", "Uw zogenaamde experts hebben de deadline weer gemist."),
    ("nl", "Dit rapport is een grap, het kwam twee weken te laat."),
    ("nl", "Jullie zijn amateurs, de website ligt weer plat."),
]


@pytest.mark.parametrize(("language", "sentence"), INSULTS)
def test_a_sentence_with_an_insult_is_not_restated(language: str, sentence: str) -> None:
    assert "insult" in assess(sentence, language).kinds
    assert condense(sentence, language) == ""


BUSINESS_WORDS = [
    ("en", "The rubbish collection schedule changed in November."),
    ("en", "The new dashboard is useless for comparing months, which is why we need the export."),
    ("en", "We want to renew the contract for the garbage trucks."),
    ("de", "Die Müllabfuhr kommt jetzt dienstags, bitte passen Sie den Newsletter an."),
    ("de", "Der Müll wird montags abgeholt, das muss auf die Website."),
    ("nl", "De rommelmarkt op zaterdag moet op de website."),
    ("nl", "Het team heeft de campagne goed voorbereid."),
]


@pytest.mark.parametrize(("language", "sentence"), BUSINESS_WORDS)
def test_ordinary_business_words_are_no_insult(language: str, sentence: str) -> None:
    assert "insult" not in assess(sentence, language).kinds


def test_an_insulting_email_is_answered_without_its_words(tmp_path: Path) -> None:
    draft = _draft(
        tmp_path,
        "Tom Baker <tom@client.example>",
        'Hi,\n\nYour so-called "expert" is a clown and your report was GARBAGE!!! You people '
        "never deliver on time, you liars.\n\nTom",
    )
    lowered = draft.body.lower()
    for word in ("clown", "garbage", "so-called", "expert", "liars", "our report was"):
        assert word not in lowered


# -- 3. asks: leads, imperatives, questions; Polish and Japanese read too ----------------------

ASKS = [
    ("en", "I am requesting a refund of EUR 1,200 for the February invoice.", [("refund", None)]),
    ("en", "I request a credit note for October.", [("refund", None)]),
    ("en", "We are asking for a 20% discount on next year's fees.", [("refund", None)]),
    ("en", "We formally request a refund.", [("refund", None)]),
    ("en", "I'd like a written answer by Friday.", [("written", date(2026, 12, 11))]),
    (
        "en",
        "Send me the revised contract by 9 December.",
        [("document", date(2026, 12, 9))],
    ),
    ("en", "Send the report by Friday.", [("document", date(2026, 12, 11))]),
    ("en", "Provide the raw data by Monday.", [("document", date(2026, 12, 7))]),
    ("en", "Forward the corrected invoice to our finance team.", [("document", None)]),
    ("en", "Call me on Thursday.", [("meeting", date(2026, 12, 10))]),
    ("en", "I want to cancel the contract.", []),
    ("nl", "Kunnen we donderdag afspreken?", [("meeting", date(2026, 12, 10))]),
    ("nl", "Zullen we dinsdag bellen?", [("meeting", date(2026, 12, 8))]),
    ("nl", "Stuur me het contract vóór vrijdag.", [("document", date(2026, 12, 11))]),
    ("nl", "Ik wil het contract opzeggen.", []),
    ("nl", "Het is belangrijk dat u snel reageert.", []),
    ("de", "Können wir uns Donnerstag treffen?", [("meeting", date(2026, 12, 10))]),
    ("de", "Schicken Sie mir den Vertrag bis Freitag.", [("document", date(2026, 12, 11))]),
    ("de", "Rufen Sie mich bitte morgen an.", [("meeting", date(2026, 12, 5))]),
    ("de", "Ich will den Vertrag kündigen.", []),
    (
        "pl",
        "Żądam zwrotu 500 EUR i pisemnej odpowiedzi do 14 grudnia.",
        [("refund", None), ("written", date(2026, 12, 14))],
    ),
    ("pl", "Czy możemy porozmawiać w czwartek?", [("meeting", date(2026, 12, 10))]),
    (
        "ja",
        "またレポートの納期が守られませんでした。500ユーロの返金と、12月14日までに書面での回答をお願いします。",
        [("refund", None), ("written", date(2026, 12, 14))],
    ),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), ASKS)
def test_asks_are_read(
    language: str, sentence: str, expected: list[tuple[str, date | None]]
) -> None:
    assert _kinds(sentence, language) == expected


def test_a_polish_email_is_answered_in_english_with_its_asks(tmp_path: Path) -> None:
    draft = _draft(
        tmp_path,
        "Piotr Nowak <p.nowak@klient.example>",
        "Szanowni Państwo,\n\nPonownie nie dotrzymali Państwo terminu raportu. To jest "
        "niedopuszczalne. Żądam zwrotu 500 EUR i pisemnej odpowiedzi do 14 grudnia.\n\n"
        "Z poważaniem,\nPiotr Nowak",
        subject="Skarga",
    )
    assert draft.language == "en"
    assert draft.body.startswith("Dear Piotr Nowak,\n")
    assert "Your request for a credit or repayment (500 EUR)" in draft.body
    assert "written answer by Monday 14 December" in draft.body
    assert "zwrot" not in draft.body  # the client's words are not dropped into English
    assert not any("does not answer" in w or "promise" in w for w in draft.warnings)


def test_a_japanese_email_is_answered_in_english_with_its_asks(tmp_path: Path) -> None:
    draft = _draft(
        tmp_path,
        "Tanaka Hiroshi <tanaka@kokyaku.example>",
        "お世話になっております。\n\nまたレポートの納期が守られませんでした。これは受け入れられません。"
        "500ユーロの返金と、12月14日までに書面での回答をお願いします。\n\n田中",
        subject="苦情",
    )
    assert draft.language == "en"
    assert [a.kind for a in draft.asks] == ["refund", "written"]
    assert "Your request for a credit or repayment" in draft.body
    assert "You asked for a written answer" in draft.body
    assert "返金" not in draft.body and "回答" not in draft.body
    assert not any("does not answer" in w or "promise" in w for w in draft.warnings)


# -- 4. greetings and register ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sender", "body", "greeting"),
    [
        (
            "Margaret Thornton <m@client.example>",
            "Dear Sir or Madam,\n\nYour team missed the deadline for the quarterly report "
            "twice now.\n\nRegards,\nMargaret Thornton",
            "Dear Margaret Thornton,",
        ),
        (
            "Robert van der Berg <r@client.example>",
            "Dear Mr Carter,\n\nOur campaign went live a week late and nobody told us.\n\n"
            "Regards,\nRobert van der Berg",
            "Dear Robert van der Berg,",
        ),
        (
            "Eleanor Whitfield <e@client.example>",
            "Dear Sam,\n\nThe October report arrived two weeks late, and the dashboard still "
            "shows last month's numbers.\n\nKind regards,\nEleanor",
            "Dear Eleanor,",
        ),
        (
            "Anneke de Vries <a@klant.example>",
            "Geachte heer, mevrouw,\n\nUw team heeft opnieuw de deadline voor het rapport "
            "gemist. Ik wacht al drie weken op uw antwoord.\n\nMet vriendelijke groet,\nAnneke",
            "Beste Anneke de Vries,",
        ),
        (
            "Pieter de Vries <p@klant.example>",
            "Beste Sam,\n\nHet dashboard toont al twee weken verkeerde cijfers en u heeft "
            "niets laten weten.\n\nMet vriendelijke groet,\nPieter",
            "Beste Pieter,",
        ),
        (
            "Anna von Berg <a@kunde.example>",
            "Sehr geehrter Herr Carter,\n\nSie haben den Bericht schon wieder zu spät "
            "geliefert.\n\nMit freundlichen Grüßen\nAnna von Berg",
            "Guten Tag Anna von Berg,",
        ),
        (
            "Jürgen <j@kunde.example>",
            "Sehr geehrte Damen und Herren,\n\nSie haben den Bericht schon wieder zu spät "
            "geliefert, und ich warte seit drei Wochen auf die Auswertung.\n\n"
            "Mit freundlichen Grüßen\nJürgen",
            "Guten Tag,",
        ),
    ],
)
def test_the_greeting_fits_how_the_client_wrote(
    tmp_path: Path, sender: str, body: str, greeting: str
) -> None:
    draft = _draft(tmp_path, sender, body)
    assert draft.body.splitlines()[0] == greeting


def test_hallo_and_a_first_name_without_du_or_sie_is_informal() -> None:
    assert detect_formality("Hallo Sam,\n\ndanke, das passt so.", "de") == "informal"
    assert detect_formality("Hallo Herr Carter,\n\ndanke, das passt so.", "de") == "formal"


# -- 5. the client's concerns in our voice ----------------------------------------------------


@pytest.mark.parametrize(
    ("language", "sentence", "informal", "ours"),
    [
        (
            "nl",
            "je had me het rapport voor maandag beloofd en nog steeds niks.",
            True,
            "Ik had je het rapport voor maandag beloofd en het is er nog steeds niet.",
        ),
        (
            "nl",
            "Uw team heeft opnieuw de deadline voor het rapport gemist.",
            False,
            "Ons team heeft opnieuw de deadline voor het rapport gemist.",
        ),
        ("nl", "Uw planning klopt niet.", False, "Onze planning klopt niet."),
        ("nl", "Ons project ligt stil.", False, "Uw project ligt stil."),
        (
            "nl",
            "Ik wacht al drie weken op uw rapport.",
            False,
            "U wacht al drie weken op ons rapport.",
        ),
        (
            "nl",
            "Ik heb u drie keer gemaild en niemand reageerde.",
            False,
            "U heeft ons drie keer gemaild en niemand reageerde.",
        ),
        ("nl", "Wij hebben nog niets ontvangen.", False, "U heeft nog niets ontvangen."),
        (
            "nl",
            "Vorige week had u beloofd dat het dashboard zou werken.",
            False,
            "Vorige week hadden wij beloofd dat het dashboard zou werken.",
        ),
        (
            "nl",
            "Jullie hebben ons niets laten weten.",
            False,
            "Wij hebben u niets laten weten.",
        ),
        ("nl", "Je rapport kwam weer te laat.", True, "Ons rapport kwam weer te laat."),
        (
            "nl",
            "Helaas was het rapport weer te laat.",
            False,
            "Inderdaad was het rapport weer te laat.",
        ),
        # A clause whose subject cannot take our voice is left out.
        ("nl", "Omdat u het rapport te laat stuurde, konden wij niet presenteren.", False, ""),
        ("nl", "Ik heb je drie keer gemaild.", True, ""),
        (
            "de",
            "Leider haben Sie uns nicht informiert.",
            False,
            "Wir haben Sie nicht informiert.",
        ),
        (
            "de",
            "Ich warte seit drei Wochen auf Ihren Bericht.",
            False,
            "Sie warten seit drei Wochen auf unseren Bericht.",
        ),
        (
            "de",
            "Seit Wochen warte ich auf den Bericht.",
            False,
            "Seit Wochen warten Sie auf den Bericht.",
        ),
        (
            "de",
            "Du hast mir den Bericht für Montag versprochen.",
            True,
            "Ich habe dir den Bericht für Montag versprochen.",
        ),
        ("de", "Ihr habt uns nicht informiert.", True, "Wir haben euch nicht informiert."),
        ("de", "Du hattest gesagt, dass du dich darum kümmerst.", True, ""),
        ("de", "Am Montag haben Sie den Bericht vergessen.", False, ""),
        # We do not call ourselves names: a clause judging people is left out.
        ("en", "Your team is incompetent and the report was late again.", False, ""),
        ("de", "Ihr Team ist unfähig und der Bericht kam zu spät.", False, ""),
        ("de", "Ihr seid unzuverlässig und der Bericht kam zu spät.", True, ""),
        ("nl", "Jullie zijn onprofessioneel en het rapport was weer te laat.", False, ""),
    ],
)
def test_restated_in_our_voice(language: str, sentence: str, informal: bool, ours: str) -> None:
    assert restate(sentence, language, informal=informal) == ours


@pytest.mark.parametrize("word", ["team", "bureau", "rapport", "project", "contract", "bedrijf"])
def test_uw_before_a_het_word_becomes_ons(word: str) -> None:
    assert restate(f"Uw {word} heeft ons niet geholpen.", "nl") == (
        f"Ons {word} heeft u niet geholpen."
    )


def test_a_german_du_email_is_restated_with_its_verbs(tmp_path: Path) -> None:
    draft = _draft(
        tmp_path,
        "Jana Schulz <jana@kunde.example>",
        "Hallo,\n\nihr habt schon wieder den Termin verpasst, du hattest mir doch versprochen, "
        "dass es diesmal klappt! Ich will mein Geld zurück. Können wir uns am Donnerstag um "
        "10 Uhr treffen?\n\nViele Grüße\nJana",
        subject="Was ist los?",
    )
    assert (
        "- Wie du schreibst, haben wir schon wieder den Termin verpasst, ich hatte dir "
        "versprochen, dass es diesmal klappt." in draft.body
    )
    assert "Versprochen, dass" not in draft.body  # the particle "doch" splits nothing


def test_their_unfortunately_is_no_excuse_of_ours(tmp_path: Path) -> None:
    draft = _draft(
        tmp_path,
        "Klaus Weber <k@kunde.example>",
        "Sehr geehrte Damen und Herren,\n\nleider haben Sie uns schon wieder nicht informiert, "
        "dass sich der Bericht verzögert. Ich warte seit drei Wochen auf die Auswertung.\n\n"
        "Mit freundlichen Grüßen\nKlaus Weber",
    )
    assert "- Wie Sie schreiben, haben wir Sie schon wieder nicht informiert" in draft.body
    assert "leider" not in draft.body.lower()
    assert not any("excuse" in w for w in draft.warnings)


# -- 6. a polite follow-up is thanked, not answered as a complaint ------------------------------


def test_a_dutch_polite_follow_up_is_only_thanked(tmp_path: Path) -> None:
    text = _compose(
        tmp_path, "Hoi Sam,\n\nBedankt, dat is prima. Tot donderdag.\n\nSanne", "nl", "Sanne Bakker"
    )
    assert text.startswith("Hoi Sanne,\n\nDank je voor je bericht.")
    for word in ("openhartig", "misging", "tekortschieten", "andere leveranciers", "?"):
        assert word not in text


def test_an_email_with_only_insults_gets_a_plain_thanks(tmp_path: Path) -> None:
    draft = _draft(
        tmp_path,
        "Klaus Weber <k@c.example>",
        "Hallo,\n\neuer sogenannter Experte ist ein Clown und euer Bericht war MÜLL!!! Ihr lügt "
        "doch nur.\n\nKlaus",
    )
    assert "offene Nachricht" not in draft.body  # nothing restated: no "it shows where"
    assert "danke für deine Nachricht" in draft.body


# -- our own words ------------------------------------------------------------------------------


def test_dutch_informal_objects_are_unstressed(tmp_path: Path) -> None:
    draft = _draft(
        tmp_path,
        "Bram Jansen <bram@klant.example>",
        "Hoi,\n\nje had me het rapport voor maandag beloofd en nog steeds niks. Ik wil mijn geld "
        "terug. Kunnen we donderdag afspreken?\n\nBram",
    )
    assert "Als ik je goed begrijp" in draft.body
    assert "laat je uiterlijk" in draft.body
    assert " jou " not in draft.body.replace("voor jou", "")
    assert "Je stelt een afspraak voor (op donderdag 10 december)" in draft.body


def test_a_date_written_in_figures_is_not_said_as_a_time(tmp_path: Path) -> None:
    draft = _draft(
        tmp_path,
        "Claudia Berger <c@kunde.example>",
        "Sehr geehrter Herr Carter,\n\nim Oktober-Bericht waren die Direktbuchungen doppelt "
        "gezählt.\n\nIch bitte um eine schriftliche Erklärung bis zum 11.12.\n\n"
        "Mit freundlichen Grüßen\nClaudia Berger",
    )
    assert "bis Freitag, 11. Dezember:" in draft.body
    assert "11.12 Uhr" not in draft.body


def test_a_call_asked_for_the_next_day_is_confirmed_that_day(tmp_path: Path) -> None:
    draft = _draft(
        tmp_path,
        "Timo Brandt <t@kunde.example>",
        "Hallo Sam,\n\ndas Dashboard zeigt schon wieder seit Sonntag nichts an. Ruf mich Montag "
        "an, ich will wissen, wann es wieder läuft.\n\nTimo",
    )
    assert (
        "Du schlägst ein Gespräch vor (am Montag, 7. Dezember): Ich rufe dich an diesem Tag an."
        in draft.body
    )
    assert "bis Montag, 7. Dezember, ob der Tag passt" not in draft.body


def test_one_work_item_is_asked_about_as_one(tmp_path: Path) -> None:
    email = Email(
        subject="Report",
        sender=Address(display_name="Priya Raman", addr_spec="client@example.com"),
        new_text="Dear Sam,\n\nThe October report was late again and nobody told us.\n\nPriya",
        language="en",
    )
    context = {"work_items": [WorkItem("W1", date(2026, 11, 3), "Shop feed rebuilt", 2.0)]}
    text = compose(email, settings=_settings(tmp_path), now=NOW, context=context).text
    assert "Did this help you, and if not" in text


@pytest.mark.parametrize(
    ("language", "sentence", "kept"),
    [
        (
            "nl",
            "Bureau Noord heeft ons een offerte gestuurd voor hetzelfde werk, maar 25 % "
            "goedkoper en met een vaste contactpersoon.",
            "maar 25 % goedkoper",
        ),
        (
            "en",
            "Brightline sent us a quote for the same work, but 25% cheaper and with a named "
            "account manager.",
            "but 25% cheaper",
        ),
    ],
)
def test_but_before_a_figure_splits_no_sentence(language: str, sentence: str, kept: str) -> None:
    assert kept in condense(sentence, language)


def test_a_competitor_report_is_no_competitor(tmp_path: Path) -> None:
    draft = _draft(
        tmp_path,
        "Robert Hale <r@client.example>",
        "Dear Sam,\n\nWe were expecting a monthly competitor report from you since the summer "
        "and have not had a single one. I am disappointed that something we pay for never "
        "arrived.\n\nWe expect a 15% discount on the next invoice.\n\nRegards,\nRobert Hale",
    )
    assert "their offer" not in draft.body


# -- what needs the shared reading of dates and money ------------------------------------------


def test_a_japanese_date_is_read() -> None:
    sentence = "12月14日までに書面での回答をお願いします。"
    assert _kinds(sentence, "ja") == [("written", date(2026, 12, 14))]


def test_a_japanese_amount_is_read() -> None:
    (ask,) = extract_asks(["500ユーロの返金をお願いします。"], "ja", sent=SENT)
    assert ask.money == ("500ユーロ",)


def test_a_polish_weekday_after_do_is_read() -> None:
    assert _kinds("Proszę o pisemną odpowiedź do piątku.", "pl") == [
        ("written", date(2026, 12, 11))
    ]


@pytest.mark.parametrize(
    ("sentence", "restated"),
    [
        (
            "Die Rechnung ist leider wieder falsch.",
            "Die Rechnung ist wieder falsch.",
        ),
        (
            "Leider kam der Bericht wieder zu spät.",
            "Wie Sie schreiben, kam der Bericht wieder zu spät.",
        ),
    ],
)
def test_their_leider_is_no_admission_of_ours(sentence: str, restated: str) -> None:
    from assistant.drafting.concerns import condense
    from assistant.drafting.voice import restate

    assert restate(condense(sentence, "de"), "de") == restated


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Und die 150 € für die Reels will ich zurück.", "(Erstattung, 150 €)"),
        ("Ich verlange eine Gutschrift über 500 EUR.", "(Gutschrift, 500 EUR)"),
        ("Können Sie uns ein besseres Angebot machen?", "(besseres Angebot)"),
    ],
)
def test_a_german_money_ask_is_named_with_a_noun(tmp_path: Path, sentence: str, label: str) -> None:
    text = f"Hallo,\n\nder Bericht kam zu spät. {sentence}\n\nTimo"
    assert label in _compose(tmp_path, text, "de", "Timo Berg")
