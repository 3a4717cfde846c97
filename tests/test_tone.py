"""Heat of a text: table-driven, English and German, calm and heated."""

from __future__ import annotations

import dataclasses

import pytest

from assistant.checks.tone import (
    HEATED,
    KINDS,
    MAX_CHARS,
    TENSE,
    Heat,
    HeatPhrase,
    assess,
    assess_inbound,
)

# The core scenario, written for these tests: a long-standing client ranks us lower at the
# half-year review although the team doubled its effort, and threatens to leave.
FRUSTRATED_EN = """Hi Sam,

I'll be blunt. We have worked with you for eight years, and at our half-year review your
agency came fourth out of five. I am deeply disappointed.

Your team keeps telling me it has doubled its effort. We never saw it. Every single time we
asked for the monthly report it arrived late, and nobody told us the dashboard was down
until I chased it myself. You promised a quarterly strategy session; it never happened.
Frankly, this is unacceptable for what we are paying you.

Thanks a lot for the "premium" service. If nothing changes by the end of September we will
look for another agency.

Rachel"""

FRUSTRATED_DE = """Sehr geehrter Herr Weber,

wir arbeiten seit acht Jahren mit Ihnen zusammen, und in unserer Halbjahresbewertung liegt
Ihre Agentur nur noch auf Platz 4 von 6. Ich bin ehrlich gesagt maßlos enttäuscht.

Sie sagen, Ihr Team habe den Aufwand verdoppelt. Davon merken wir nichts. Die
Monatsberichte kamen jedes Mal zu spät, und niemand hat uns gesagt, dass das Dashboard
ausgefallen war. Sie haben uns einen Strategie-Workshop pro Quartal versprochen, er hat nie
stattgefunden. Das ist für das, was wir zahlen, inakzeptabel.

Vielen Dank auch für die „Rundum-Betreuung“. Wenn sich bis Ende September nichts ändert,
werden wir den Vertrag kündigen und uns nach einer anderen Agentur umsehen.

Anna Müller"""

CALM = [
    ("en", "Could you send the March report by Friday? Thanks"),
    (
        "en",
        "Hi Sam,\n\nthanks for the call yesterday. As always, the deck was clear. Could you "
        "add the Q2 KPI figures and send it as a PDF to our CEO? Thanks a lot for your help!\n\n"
        "Best,\nHannah",
    ),
    (
        "en",
        "Hello, the invoice for May looks fine. We will pay it next week. Every time you send "
        "one, please copy finance@example.com.",
    ),
    ("de", "Könnten Sie uns den Märzbericht bis Freitag schicken? Vielen Dank"),
    (
        "de",
        "Hallo Herr Weber,\n\nwie immer danke für die schnelle Antwort. Wir warten immer noch "
        "auf die Rechnung der Müller GmbH, aber das hat Zeit bis nächste Woche.\n\nGrüße\nAnna",
    ),
    (None, "Bitte senden Sie mir die Unterlagen. Please also send the SEO report. Danke!"),
]

HEATED_PHRASES = [
    # (language, text, kind, matched text)
    ("en", "You are a bunch of idiots.", "insult", "idiots"),
    ("en", "This is bullshit.", "profanity", "bullshit"),
    ("en", "What the hell happened?", "profanity", "What the hell"),
    ("en", "You never answer.", "absolute", "never"),
    ("en", "It is late every single time.", "absolute", "every single time"),
    ("en", "Your team is incompetent.", "accusation", "incompetent"),
    ("en", "You failed to deliver.", "accusation", "You failed"),
    ("en", "You clearly promised us weekly updates.", "accusation", "You clearly promised"),
    ("en", "We will look for another agency.", "threat_to_leave", "look for another agency"),
    ("en", "We may cancel the contract.", "threat_to_leave", "cancel the contract"),
    ("en", "We have to consider other options.", "threat_to_leave", "consider other options"),
    ("en", "Oh wonderful, another delay.", "sarcasm", "Oh wonderful"),
    ("en", "Thanks a lot.", "sarcasm", "Thanks a lot"),
    ("en", "Great job...", "sarcasm", "Great job..."),
    ("en", 'Your "premium" support.', "sarcasm", '"premium"'),
    ("en", "This is UNACCEPTABLE to us.", "accusation", "UNACCEPTABLE"),
    ("de", "Sie sind Dilettanten.", "insult", "Dilettanten"),
    ("de", "Das ist doch Scheiße.", "profanity", "Scheiße"),
    ("de", "Das passiert immer.", "absolute", "immer"),
    ("de", "Sie melden sich nie.", "absolute", "nie"),
    ("de", "Niemals pünktlich.", "absolute", "Niemals"),
    ("de", "Jedes Mal dasselbe.", "absolute", "Jedes Mal"),
    ("de", "Sie sind ständig krank.", "absolute", "ständig"),
    ("de", "Ihr Team ist unfähig.", "accusation", "unfähig"),
    (
        "de",
        "Ihr habt uns pünktliche Berichte versprochen.",
        "accusation",
        "Ihr habt uns pünktliche Berichte versprochen",
    ),
    ("de", "Wir werden kündigen.", "threat_to_leave", "kündigen"),
    (
        "de",
        "Dann müssen wir den Anbieter wechseln.",
        "threat_to_leave",
        "den Anbieter wechseln",
    ),
    ("de", "Na toll, schon wieder.", "sarcasm", "Na toll"),
    ("de", "Vielen Dank auch.", "sarcasm", "Vielen Dank auch"),
]


@pytest.mark.parametrize(("language", "text"), [(None, FRUSTRATED_EN), ("en", FRUSTRATED_EN)])
def test_frustrated_client_in_english_is_heated(language: str | None, text: str) -> None:
    heat = assess(text, language)
    assert heat.score >= HEATED
    assert heat.level == "heated"
    assert {"threat_to_leave", "absolute", "accusation", "sarcasm"} <= set(heat.kinds)
    assert "look for another agency" in {p.text for p in heat.phrases}


@pytest.mark.parametrize(("language", "text"), [(None, FRUSTRATED_DE), ("de", FRUSTRATED_DE)])
def test_frustrated_client_in_german_is_heated(language: str | None, text: str) -> None:
    heat = assess(text, language)
    assert heat.score >= HEATED
    assert {"threat_to_leave", "absolute", "accusation", "sarcasm"} <= set(heat.kinds)
    found = {p.text for p in heat.phrases}
    assert "den Vertrag kündigen" in found
    assert "nach einer anderen Agentur" in found
    assert "„Rundum-Betreuung“" in found


@pytest.mark.parametrize(("language", "text"), CALM)
def test_calm_business_mail_scores_below_tense(language: str | None, text: str) -> None:
    heat = assess(text, language)
    assert heat.score < TENSE, heat.phrases
    assert heat.level == "calm"


@pytest.mark.parametrize(("language", "text", "kind", "matched"), HEATED_PHRASES)
def test_each_heated_phrase_is_found_with_its_kind(
    language: str, text: str, kind: str, matched: str
) -> None:
    heat = assess(text, language)
    assert (matched, kind) in [(p.text, p.kind) for p in heat.phrases]
    assert heat.score > 0


def test_acronyms_are_not_shouting() -> None:
    text = (
        "Please send the PDF with the KPIs to our CEO and CFO. The SEO and CRM figures for "
        "the USA and the EU are due by EOD; the Müller GmbH invoice is in EUR incl. VAT. "
        "RCPT, XJQ and B2B are abbreviations, not words."
    )
    assert [p for p in assess(text).phrases if p.kind == "shouting"] == []


def test_words_in_capitals_are_one_shouting_phrase_per_run() -> None:
    heat = assess("I said THIS IS NOT OK and I mean it.", "en")
    shouting = [p for p in heat.phrases if p.kind == "shouting"]
    assert [p.text for p in shouting] == ["THIS IS NOT"]
    assert shouting[0].weight == pytest.approx(0.4)  # THIS, NOT; "IS" is too short to count


def test_runs_of_exclamation_marks_shout_and_single_ones_barely_count() -> None:
    heat = assess("Fix it!!! Now!", "en")
    assert [(p.text, p.kind) for p in heat.phrases] == [
        ("!!!", "shouting"),
        ("!", "exclamation"),
    ]
    assert assess("Thanks!", "en").score < 0.1


def test_negation_before_a_threat_cancels_it() -> None:
    assert assess("We are not planning to end the contract.", "en").phrases == ()
    assert assess("We are planning to end the contract.", "en").kinds == ("threat_to_leave",)
    assert assess("Wir wollen keine Zusammenarbeit beenden.", "de").phrases == ()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "As always, thank you."),
        ("de", "Wie immer vielen Dank."),
        ("de", "Wir warten immer noch."),
        ("en", "Thanks a lot for the quick fix"),
    ],
)
def test_courtesies_that_look_like_markers_are_not_counted(language: str, text: str) -> None:
    assert assess(text, language).phrases == ()


def test_language_selects_the_lexicon() -> None:
    text = "Das ist ein Saftladen."
    assert assess(text, "en").phrases == ()
    assert assess(text, "de").kinds == ("insult",)
    assert assess(text, None).kinds == ("insult",)
    assert assess(text, "pl").kinds == ("insult",)  # no lexicon of its own: all of them
    assert assess("Vous êtes des incompétents.", "fr").kinds == ("insult",)


def test_score_is_monotonic_when_heated_phrases_are_added() -> None:
    sentences = [
        "Could you send the March report by Friday?",
        "It is late every single time.",
        "Your team is incompetent.",
        "Thanks a lot.",
        "THIS IS A DISGRACE!!!",
        "You are a bunch of idiots.",
        "We will look for another agency.",
    ]
    scores = [assess(" ".join(sentences[: n + 1]), "en").score for n in range(len(sentences))]
    assert scores == sorted(scores)
    assert len(set(scores)) == len(scores)
    assert scores[0] < TENSE
    assert scores[-1] > 0.95


def test_repeats_of_a_phrase_count_with_halving_weight() -> None:
    heat = assess("Never. Never. Never.", "en")
    assert [p.weight for p in heat.phrases] == [0.15, 0.075, 0.0375]


def test_one_absolute_word_is_mild() -> None:
    heat = assess("You never called back.", "en")
    assert 0.1 < heat.score < TENSE


def test_urls_and_addresses_are_ignored() -> None:
    text = "See HTTPS://EXAMPLE.COM/NEVER-AGAIN or write to SUPPORT@EXAMPLE.COM"
    assert assess(text, "en").phrases == ()


def test_summary_names_count_and_kinds() -> None:
    heat = assess("We will cancel the contract. You never listen. Never!", "en")
    assert heat.summary() == (
        "heated: 4 phrases (threat to leave, absolute words, exclamation marks)"
    )
    assert assess("Could you send it?", "en").summary() == "calm: no heated phrases"
    assert assess("You never listen.", "en").summary() == "calm: 1 phrase (absolute words)"


def test_heat_is_a_frozen_value_and_assess_is_deterministic() -> None:
    first, second = assess(FRUSTRATED_EN), assess(FRUSTRATED_EN)
    assert first == second
    assert isinstance(first, Heat)
    assert all(isinstance(p, HeatPhrase) and p.kind in KINDS for p in first.phrases)
    assert 0.0 <= first.score <= 1.0
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.score = 0.0  # type: ignore[misc]


def test_long_input_without_spaces_is_read_only_to_its_limit() -> None:
    text = "Hello\n" + ">" * 200_000 + "\n" + "x" * 100_000 + " never"
    assert assess(text).phrases == ()  # "never" is beyond the characters assessed


def test_a_subject_shouting_counts_in_the_inbound_heat() -> None:
    body = "Hi Sam,\n\nwhere is the June report? Please send it today.\n\nDana"
    assert assess(body, "en").score == 0.0  # the body alone is calm
    heat = assess_inbound("June report - late AGAIN", body, "en")
    assert [(p.text, p.kind) for p in heat.phrases] == [("AGAIN", "shouting")]
    assert heat.score > 0.0
    assert assess_inbound("", body, "en") == assess(body, "en")
    assert assess_inbound("Re: Q3 report", body, "en").score == 0.0  # RE is no shouting


@pytest.mark.parametrize(
    "subject", ["ODP: Raport", "ODP: ODP: Report", "ANTW: Rapport", "YNT: Rapor"]
)
def test_reply_prefixes_in_any_language_are_no_shouting(subject: str) -> None:
    body = "Hi Sam,\n\nwhere is the June report? Please send it today.\n\nDana"
    assert assess_inbound(subject, body, "en").score == 0.0


def test_kind_words_are_singular_for_one_match_and_plural_for_more() -> None:
    assert assess("You never listen.", "en").kind_words == ("absolute word",)
    assert assess("You never listen, you always forget.", "en").kind_words == ("absolute words",)
    assert assess("I am disappointed.", "en").kind_words == ("accusation",)


def test_one_word_repeated_thousands_of_times_does_not_overflow() -> None:
    heat = assess("never. " * 1100)
    assert 0.0 < heat.score < 1.0
    assert heat.phrases[0].weight > 0.0
    assert heat.phrases[-1].weight == 0.0  # halved past anything that counts
    assert heat.score == assess("never. " * 40).score


def test_a_25_mb_text_of_heated_words_is_read_only_up_to_its_first_max_chars() -> None:
    """The cost of a huge email is bounded by what is read, not by its size (the time is
    measured in bench/, not here): a 25 MB text is assessed as its first MAX_CHARS."""
    text = "NEVER again! never. Useless!! " * (25 * 1024 * 1024 // 30)
    heat = assess(text)
    assert heat == assess(text[:MAX_CHARS])
    assert assess_inbound(text, text).level == heat.level == "heated"
    calm = "Thanks for the update on the report. " * (MAX_CHARS // 37 + 1)
    assert assess(calm + "NEVER again! Useless!!").score == assess(calm).score


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("This is not acceptable.", "en", "accusation"),
        ("This is the third time I have had to chase you.", "en", "exasperation"),
        ("We are already talking to other agencies.", "en", "threat_to_leave"),
        ("Wir prüfen gerade andere Anbieter.", "de", "threat_to_leave"),
        ("Zum dritten Mal muss ich nachfragen.", "de", "exasperation"),
        ("Ich muss Ihnen ständig hinterherlaufen.", "de", "exasperation"),
    ],
)
def test_phrases_users_met_are_heat_of_their_kind(text: str, language: str, kind: str) -> None:
    heat = assess(text, language)
    assert heat.score > 0
    assert [p.kind for p in heat.phrases] == [kind]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I understand this is the third time you have had to chase us, and I am sorry.", "en"),
        ("Es ist das dritte Mal, dass Sie nachfragen mussten; das tut mir leid.", "de"),
        ("Our other providers in the region are listed in the annex.", "en"),
    ],
)
def test_owning_the_chasing_in_a_reply_is_no_heat(text: str, language: str) -> None:
    assert assess(text, language).phrases == ()
