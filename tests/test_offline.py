"""The offline drafter: a real, deterministic reply that follows playbook steps 1-3."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from offline_drafts import draft_email, offline_settings

from assistant.accounts.worklog import WorkItem
from assistant.config import Settings
from assistant.drafting.completion import STEP_KEYS
from assistant.drafting.concerns import (
    condense,
    extract_concerns,
    rank_concerns,
    score_sentence,
    split_sentences,
)
from assistant.drafting.offline import compose, salutation_greeting
from assistant.drafting.voice import restate
from assistant.errors import TemplateError
from assistant.lang.formality import detect_formality
from assistant.mail.message import Address, Email, parse_email
from assistant.mail.sender import is_system_sender

NOW = datetime(2024, 7, 1, 9, 30, tzinfo=UTC)
FIXTURE_NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
EMAILS = FIXTURES / "emails"

EN_COMPLAINT = """Dear Tom,

I wanted to let you know before our call on Friday that we have moved your agency
down in our half-year supplier ranking. The campaign reports reached us late again in
May and June, and nobody told us in advance. The landing page is still loading slowly
on mobile, which we raised twice. Honestly, we are disappointed, because we have worked
together for six years.

Kind regards,
Priya Raman
Head of Marketing"""

DE_SIE_COMPLAINT = """Sehr geehrter Herr Becker,

bei der Halbjahresbewertung haben wir Ihre Agentur dieses Mal schlechter eingestuft.
Die Monatsauswertungen kamen schon wieder verspätet, ohne dass Sie uns vorher informiert
haben. Auf die Korrektur der Umsatzzahlen im Dashboard warten wir immer noch. Ich bin
ehrlich gesagt enttäuscht, denn wir arbeiten seit Jahren gut mit Ihnen zusammen.

Mit freundlichen Grüßen
Jana Krüger"""

DE_DU_COMPLAINT = """Hallo Tom,

ich muss dir leider sagen, dass wir euch im Ranking heruntergesetzt haben. Deine Berichte
kamen schon wieder zu spät, und auf die Korrektur warten wir immer noch. Ehrlich gesagt bin
ich enttäuscht, weil du sonst immer so zuverlässig warst.

Viele Grüße
Jana"""

EXCUSE_PHRASES = (
    "unfortunately",
    "sorry for the inconvenience",
    "as i already said",
    "as i said",
    "here is a draft",
    "leider",
    "wie bereits gesagt",
    "entschuldigen sie die unannehmlichkeiten",
)
INTERNAL_WORDS = ("revenue", "80/20", "cost to serve", "manager", "client book", "umsatzanteil")


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """The shared settings, signed by Tom Becker (the offline drafts sign with his name)."""
    return settings.replace(signature_name="Tom Becker")


def make_email(text: str, *, language: str, name: str, subject: str = "Review") -> Email:
    return Email(
        subject=subject,
        sender=Address(display_name=name, addr_spec="client@example.com"),
        new_text=text,
        language=language,
    )


def own_lines(text: str) -> str:
    """The reply without the lines that quote the client."""
    return "\n".join(line for line in text.splitlines() if not line.startswith(("- “", "- „")))


def words(text: str) -> int:
    return len(text.split())


def assert_good_reply(text: str) -> None:
    lowered = text.lower()
    for phrase in EXCUSE_PHRASES:
        assert phrase not in own_lines(lowered), phrase
    for word in INTERNAL_WORDS:
        assert word not in lowered, word
    assert "[" not in text and "]" not in text
    assert "{" not in text and "}" not in text
    assert 1 <= own_lines(text).count("?") <= 3
    assert 80 <= words(text) <= 250, words(text)


def test_english_complaint(settings: Settings) -> None:
    email = make_email(EN_COMPLAINT, language="en", name="Priya Raman")
    completion = compose(email, settings=settings, now=NOW)
    text = completion.text
    assert text.startswith("Dear Priya,\n\n")
    # Restated in our voice, not quoted: "us" becomes "you".
    assert "- You write that the campaign reports reached you late again in May and June" in text
    assert "- The landing page is still loading slowly on mobile, which you raised twice." in text
    assert "“" not in text
    # The email is about a supplier ranking: the thanks and the question say so.
    assert "outcome of your review" in text
    assert "In the areas where you rated us lower, what do other providers do better" in text
    assert text.lower().count("thank") == 1
    assert text.endswith("Kind regards,\nTom Becker")
    assert_good_reply(text)
    assert completion.backend == "offline"
    assert completion.model is None
    assert completion.endpoint is None


def test_german_formal_complaint(settings: Settings) -> None:
    email = make_email(DE_SIE_COMPLAINT, language="de", name="Jana Krüger")
    text = compose(email, settings=settings, now=NOW).text
    assert text.startswith("Guten Tag Jana Krüger,\n\ndanke, dass Sie mir")
    assert "- Die Monatsauswertungen kamen schon wieder verspätet, ohne dass wir Sie vorher" in text
    assert "- Auf die Korrektur der Umsatzzahlen im Dashboard warten Sie immer noch." in text
    assert "„" not in text
    assert "in denen Sie uns schlechter bewertet haben" in text
    assert "Ihre Antwort" in text
    assert not re.search(r"\b(du|dich|dir|dein\w*)\b", own_lines(text))
    assert text.lower().count("danke") == 1
    assert text.endswith("Freundliche Grüße\nTom Becker")
    assert_good_reply(text)


def test_german_informal_complaint_uses_du(settings: Settings) -> None:
    email = make_email(DE_DU_COMPLAINT, language="de", name="Jana Krüger")
    text = compose(email, settings=settings, now=NOW).text
    assert text.startswith("Hallo Jana,\n\n")
    assert "in denen du uns schlechter bewertet hast" in text
    assert "deine Antwort" in text
    assert not re.search(r"\b(Sie|Ihnen|Ihre)\b", own_lines(text))
    # "Deine Berichte" in our voice; the clause with "wir" would need another verb form.
    assert "- Wie du schreibst, kamen unsere Berichte schon wieder zu spät." in text
    assert "warten wir" not in text
    assert text.endswith("Viele Grüße\nTom")  # du: the user's first name
    assert_good_reply(text)


def test_surname_comma_firstname_display_name(settings: Settings) -> None:
    de = compose(
        make_email(DE_SIE_COMPLAINT, language="de", name="Krüger, Jana"), settings=settings, now=NOW
    )
    assert de.text.startswith("Guten Tag Jana Krüger,")
    en = compose(
        make_email(EN_COMPLAINT, language="en", name="Raman, Priya"), settings=settings, now=NOW
    )
    assert en.text.startswith("Dear Priya,")


@pytest.mark.parametrize(
    ("language", "text", "greeting"),
    [("en", EN_COMPLAINT, "Hello,\n\n"), ("de", DE_SIE_COMPLAINT, "Guten Tag,\n\n")],
)
def test_empty_display_name_greets_without_a_name(
    settings: Settings, language: str, text: str, greeting: str
) -> None:
    completion = compose(make_email(text, language=language, name=""), settings=settings, now=NOW)
    assert completion.text.startswith(greeting)
    assert_good_reply(completion.text)


def test_informal_english_opening_gets_hi(settings: Settings) -> None:
    text = EN_COMPLAINT.replace("Dear Tom,", "Hi Tom,")
    completion = compose(
        make_email(text, language="en", name="Priya Raman"), settings=settings, now=NOW
    )
    assert completion.text.startswith("Hi Priya,\n\n")
    assert completion.text.endswith("Best,\nTom")  # informal: the user's first name


@pytest.mark.parametrize("language", ["pl", "../../etc"])
def test_a_language_without_templates_gets_english_and_says_so(
    settings: Settings, language: str
) -> None:
    completion = compose(
        make_email(EN_COMPLAINT, language=language, name="Priya Raman"), settings=settings, now=NOW
    )
    assert completion.text.startswith("Dear Priya,")
    assert completion.language == "en"  # what the body is in, for --json
    (warning,) = completion.warnings
    assert warning.startswith("the offline drafter cannot write ")
    assert "this draft is in English" in warning and "[llm]" in warning
    # No English frame around the client's own sentences in another language.
    assert "reached us late" not in completion.text and "reached you late" not in completion.text


def test_an_undetermined_language_is_said_as_such(settings: Settings) -> None:
    completion = compose(
        make_email(EN_COMPLAINT, language="und", name="Priya Raman"), settings=settings, now=NOW
    )
    assert completion.language == "en"
    (warning,) = completion.warnings
    assert "'und'" not in warning and "cannot write" not in warning
    assert "language of the email's new text could not be told" in warning
    assert "in English" in warning


def test_same_input_gives_the_same_bytes(settings: Settings) -> None:
    email = make_email(DE_SIE_COMPLAINT, language="de", name="Jana Krüger")
    first = compose(email, settings=settings, now=NOW)
    second = compose(email, settings=settings, now=NOW)
    assert first.text.encode() == second.text.encode()
    assert dict(first.notes) == dict(second.notes)


def test_notes_fill_every_step_and_stay_out_of_the_reply(settings: Settings) -> None:
    completion = compose(
        make_email(EN_COMPLAINT, language="en", name="Priya Raman"), settings=settings, now=NOW
    )
    assert tuple(completion.notes) == STEP_KEYS
    assert all(note.strip() for note in completion.notes.values())
    assert "late again" in completion.notes["understand"]
    assert completion.notes["record"].startswith("No work log for this client yet")
    assert "no account figures" in completion.notes["worth_pursuing"].lower()
    assert "no account figures" in completion.notes["manager_note"].lower()
    for note in completion.notes.values():
        assert note not in completion.text


def test_work_items_and_facts_from_context(settings: Settings) -> None:
    context = {
        "work_items": [
            WorkItem("W1", date(2024, 2, 12), "Rebuilt the weekly campaign export", 2.0),
            WorkItem("W2", date(2024, 4, 3), "Ran the onboarding workshop for two new hires", 4.0),
        ],
        "facts": ["Your account is served by a team of two analysts."],
    }
    email = make_email(EN_COMPLAINT, language="en", name="Priya Raman")
    completion = compose(email, settings=settings, now=NOW, context=context)
    text = completion.text
    assert "- 12 February 2024: Rebuilt the weekly campaign export" in text
    assert "- 3 April 2024: Ran the onboarding workshop for two new hires" in text
    assert "Did each of these help you" in text
    assert "Your account is served by a team of two analysts." in text
    step1 = text.index("In the areas where you rated us lower")
    assert step1 < text.index("12 February 2024") < text.index("team of two analysts")
    assert completion.notes["record"] == "Listed 2 work log entries from the review period."
    assert_good_reply(text)


def test_user_template_overrides_and_new_languages(settings: Settings, tmp_path: Path) -> None:
    offline_dir = tmp_path / "flag" / "offline"
    offline_dir.mkdir(parents=True)
    (offline_dir / "reply.fr.j2").write_text("Bonjour {{ first_name }},\n\nMerci.\n", "utf-8")
    flagged = settings.replace(prompts_dir=tmp_path / "flag")
    email = make_email("Le rapport est encore en retard.", language="fr", name="Claire Dubois")
    assert compose(email, settings=flagged, now=NOW).text == "Bonjour Claire,\n\nMerci."


def test_broken_user_template_raises_template_error(settings: Settings) -> None:
    offline_dir = settings.user_prompts_dir / "offline"
    offline_dir.mkdir(parents=True)
    (offline_dir / "reply.en.j2").write_text("Dear {{ first_name }}\n{{ mood }}\n", "utf-8")
    with pytest.raises(TemplateError) as info:
        compose(make_email(EN_COMPLAINT, language="en", name="P R"), settings=settings, now=NOW)
    assert str(offline_dir / "reply.en.j2") in str(info.value)
    assert "line 2" in str(info.value)


def test_empty_new_text_still_gives_a_reply(settings: Settings) -> None:
    completion = compose(
        make_email("", language="en", name="Priya Raman"), settings=settings, now=NOW
    )
    assert completion.text.startswith("Dear Priya Raman,")
    assert "“" not in completion.text
    assert completion.notes["understand"].startswith("No complaint sentence found")


def test_extract_concerns_picks_complaint_sentences_in_order() -> None:
    concerns = extract_concerns(EN_COMPLAINT, "en")
    assert len(concerns) == 2
    assert concerns[0].startswith("The campaign reports reached us late again")
    assert concerns[1].startswith("The landing page is still loading slowly")
    # A bare feeling is not a concern to quote back once concrete ones exist.
    assert not any(c.startswith("Honestly, we are disappointed") for c in concerns)
    assert not any("Dear Tom" in c or "Kind regards" in c for c in concerns)


def test_extract_concerns_german_and_long_sentences() -> None:
    concerns = extract_concerns(DE_SIE_COMPLAINT, "de")
    assert [c.split()[:3] for c in concerns] == [
        ["Die", "Monatsauswertungen", "kamen"],
        ["Auf", "die", "Korrektur"],
    ]
    long = "The report was late again " + "and again " * 30 + "this month."
    (only,) = extract_concerns(long, "en")
    assert only.endswith(" …")
    assert len(only.split()) == 26  # condensed: 25 words and the ellipsis
    assert extract_concerns("", "en") == ()


def test_split_sentences_handles_wrapping_bullets_and_abbreviations() -> None:
    text = (
        "Hi Tom,\n\nWe met Dr. Smith on\nMonday. It went well.\n"
        "- first point\n- second point\n\nCheers,\nAl"
    )
    assert split_sentences(text) == [
        "We met Dr. Smith on Monday.",
        "It went well.",
        "first point",
        "second point",
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (DE_SIE_COMPLAINT, "de", "formal"),
        (DE_DU_COMPLAINT, "de", "informal"),
        ("Hallo Frau Krüger, können Sie mir bitte helfen?", "de", "formal"),
        ("Hi Tom, the report is late.", "en", "informal"),
        ("Dear Tom, the report is late.", "en", "formal"),
        ("Bonjour, tu peux m'appeler ?", "fr", "informal"),
    ],
)
def test_detect_formality(text: str, language: str, expected: str) -> None:
    assert detect_formality(text, language) == expected


def test_german_reply_lists_work_items_and_facts(settings: Settings) -> None:
    context = {
        "work_items": [WorkItem("W1", date(2024, 3, 18), "Neues Berichtslayout eingeführt", 1.0)],
        "facts": ["Ihr Konto betreut derzeit ein Team aus zwei Personen."],
    }
    email = make_email(DE_SIE_COMPLAINT, language="de", name="Jana Krüger")
    text = compose(email, settings=settings, now=NOW, context=context).text
    assert "im Bewertungszeitraum für Sie erledigt" in text
    assert "- 18. März 2024: Neues Berichtslayout eingeführt" in text
    assert "offen sein: Ihr Konto betreut derzeit ein Team aus zwei Personen. In diesem" in text
    assert_good_reply(text)


def test_many_items_list_the_most_recent_when_none_is_closer_and_all_in_the_note(
    settings: Settings,
) -> None:
    tasks = ("Newsletter", "Intranet", "Podcast", "Poster", "Webinar", "Brochure", "Banner", "Quiz")
    items = [
        WorkItem(f"W{n}", date(2024, n, 10), f"{task} prepared", 3.0)
        for n, task in enumerate(tasks, start=1)
    ]
    email = make_email(EN_COMPLAINT, language="en", name="Priya Raman")
    completion = compose(email, settings=settings, now=NOW, context={"work_items": items})
    text = completion.text
    listed = [item for item in items if f"{item.description}\n" in text + "\n"]
    assert 3 <= len(listed) <= 5  # fewer when the reply would pass 250 words
    assert listed == items[-len(listed) :]  # none closer to the concerns: the most recent
    assert "some of our work" in text
    left_out = len(items) - len(listed)
    assert f"{left_out} more" not in text  # the count stays in the note
    record = completion.notes["record"]
    assert record.startswith(f"Listed {len(listed)} of {len(items)} work log entries")
    assert "[W1] 2024-01-10 Newsletter prepared\n" in record
    for item in items:
        line = f"[{item.key}] {item.date.isoformat()} {item.description}"
        marked = f"{line} (in the reply)" in record
        assert line in record and marked == (item in listed)
    assert_good_reply(text)


def test_items_closest_to_the_concerns_are_listed_in_date_order(settings: Settings) -> None:
    text = (
        "Hi Tom,\n\nThe sales dashboard was down for three days in May and nobody told us. "
        "The monthly report for April arrived late again, after our board meeting.\n\nJana"
    )
    items = [
        WorkItem("W1", date(2024, 3, 4), "Sales dashboard outage fixed and data backfilled", 3.0),
        WorkItem("W2", date(2024, 3, 20), "Monthly report for February delivered", 2.0),
        WorkItem("W3", date(2024, 4, 2), "Newsletter template redesigned", 2.0),
        WorkItem("W4", date(2024, 4, 9), "Social media calendar drafted", 2.0),
        WorkItem("W5", date(2024, 5, 3), "Press kit photos retouched", 2.0),
        WorkItem("W6", date(2024, 5, 6), "Trade fair booth graphics prepared", 2.0),
        WorkItem("W7", date(2024, 5, 8), "Podcast episode edited", 2.0),
        WorkItem("W8", date(2024, 5, 9), "Intranet banner updated", 2.0),
    ]
    email = make_email(text, language="en", name="Jana Krüger")
    reply = compose(email, settings=settings, now=NOW, context={"work_items": items}).text
    body = reply[reply.index("review period:") : reply.index("Did each")]
    days = re.findall(r"^- (\d+ \w+ 2024):", body, re.MULTILINE)
    assert days[:2] == ["4 March 2024", "20 March 2024"]  # the two related items, in date order
    assert "Sales dashboard outage fixed" in body and "Monthly report for February" in body
    assert "Newsletter template" not in body  # older than the other unrelated items
    assert len(days) == 5 and days[-1] == "9 May 2024"


def test_long_facts_are_shortened_to_keep_the_reply_readable(settings: Settings) -> None:
    facts = [
        f"Fact number {n} about the campaign reports and how the account is staffed and served"
        " this year, with the people, the hours and the tools the plan sets out for it."
        for n in range(6)
    ]
    items = [
        WorkItem(f"W{n}", date(2024, 5, n), f"Report {n} delivered on time", 1.0)
        for n in range(1, 8)
    ]
    email = make_email(EN_COMPLAINT, language="en", name="Priya Raman")
    completion = compose(
        email, settings=settings, now=NOW, context={"work_items": items, "facts": facts}
    )
    assert 80 <= words(completion.text) <= 250
    assert facts[0] in completion.text and facts[5] not in completion.text
    assert facts[5] in completion.notes["perspective"]
    assert "Left out to keep the reply short" in completion.notes["perspective"]


@pytest.mark.parametrize(
    ("language", "recommendation", "phrase"),
    [
        ("en", "pursue", "one of the accounts that bring most of our revenue"),
        ("en", "maintain", "within the agreed scope"),
        ("en", "re-scope", "narrower scope"),
        ("de", "pursue", "haben Vorrang"),
        ("de", "maintain", "im vereinbarten Umfang"),
        ("de", "re-scope", "einen engeren Umfang"),
    ],
)
def test_manager_note_prose_has_talking_points_for_the_recommendation(
    settings: Settings, language: str, recommendation: str, phrase: str
) -> None:
    text = EN_COMPLAINT if language == "en" else DE_SIE_COMPLAINT
    email = make_email(text, language=language, name="Priya Raman", subject="Review outcome")
    context = {
        "account": {"Revenue": "60,000 EUR"},
        "recommendation": recommendation,
        "client_name": "Fernbrook Outdoor",
    }
    completion = compose(email, settings=settings, now=NOW, context=context)
    note = completion.notes["manager_note"]
    assert phrase in note
    assert "Fernbrook Outdoor" in note
    assert ("Talking points:" if language == "en" else "Gesprächspunkte:") in note
    assert "Review outcome" in note
    assert completion.notes["understand"].split(": ", 1)[1].split(" | ")[0] in note
    assert "Fernbrook" not in completion.text and phrase not in completion.text


def test_manager_note_template_can_be_overridden(settings: Settings) -> None:
    offline_dir = settings.user_prompts_dir / "offline"
    offline_dir.mkdir(parents=True)
    (offline_dir / "manager_note.en.j2").write_text("For the boss: {{ subject }}\n", "utf-8")
    email = make_email(EN_COMPLAINT, language="en", name="Priya Raman", subject="Late")
    completion = compose(email, settings=settings, now=NOW)
    assert completion.notes["manager_note"] == "For the boss: Late"


# -- which sentences are worth quoting back (playbook step 1: specifically) ----------------------


@pytest.mark.parametrize(
    ("language", "concrete", "vague"),
    [
        (
            "en",
            "The monthly reports arrived late in March and April.",
            "I know that will be disappointing, and it was a frustrating six months.",
        ),
        (
            "en",
            "The dashboard was down for most of the week of 8 June and nobody told us.",
            "Honestly, we are disappointed and frustrated with how things went.",
        ),
        (
            "en",
            "The other agencies aren't perfect either, but they come to us with ideas.",
            "Things have not been great on our side lately.",
        ),
        (
            "en",
            "The June newsletter was due on Monday and I still have not seen a draft.",
            "Please send me the newsletter by Friday.",
        ),
        (
            "en",
            "Why did we find out from our own staff and not from you?",
            "This is really annoying.",
        ),
        (
            "de",
            "Die Monatsberichte für März und April kamen jeweils eine Woche zu spät.",
            "Ehrlich gesagt bin ich enttäuscht und verärgert.",
        ),
        (
            "de",
            "Andere Agenturen melden sich mit Vorschlägen, bei Ihnen telefonieren wir hinterher.",
            "Das ist wirklich ärgerlich.",
        ),
        (
            "de",
            "Seit Montag ist das Umsatz-Dashboard nicht erreichbar.",
            "Bitte sagen Sie mir bis heute Mittag, wann es wieder läuft.",
        ),
    ],
)
def test_concrete_complaints_outrank_feelings_and_asks(
    language: str, concrete: str, vague: str
) -> None:
    assert score_sentence(concrete, language) > score_sentence(vague, language)
    assert rank_concerns(f"{vague} {concrete}", language)[0] == condense(concrete, language)


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("en", "We had a lovely time at the workshop on Monday.", 0),
        ("en", "I know that will be disappointing.", 0),  # one feeling is not enough
        ("en", "Nobody flagged this while it was happening.", 6),  # nobody + "nobody flagged"
        ("en", "The report is late.", 4),  # late + report
        ("en", "Please send the report, it is late.", 2),  # an ask: 2 off
        ("de", "Der Monatsbericht für Mai fehlt immer noch.", 7),  # fehlt, immer noch, Bericht, Mai
        ("de", "Wir freuen uns auf das Gespräch.", 0),
    ],
)
def test_score_sentence_table(language: str, sentence: str, expected: int) -> None:
    assert score_sentence(sentence, language) == expected


def test_review_complaint_restates_the_late_reports_and_the_dashboard() -> None:
    email = parse_email(EMAILS / "review-complaint-en.eml")
    concerns = rank_concerns(email.new_text, "en")
    assert concerns[0].startswith("The sales dashboard was down")  # "Then" goes
    assert concerns[1].startswith("The monthly performance reports arrived late")
    # Their place in the review is restated; what other agencies do is asked about (the
    # competitor question), not restated.
    assert concerns[2].startswith("We ranked Harbourlight fourth out of our five agencies")
    assert not any(c.startswith("With you it feels like") for c in concerns)
    assert not any("disappointing" in c for c in concerns)
    assert extract_concerns(email.new_text, "en") == (concerns[2], concerns[1], concerns[0])


def test_form_labels_are_not_part_of_a_sentence() -> None:
    text = "Name: Greg Holloway\nCompany: Holloway Bikes\nMessage:\nThe SEO report is late again."
    assert split_sentences(text) == ["The SEO report is late again."]


def test_list_items_lose_their_dangling_conjunction() -> None:
    text = "I need to know:\n- how the budget cap was exceeded without anyone noticing, and\n"
    assert rank_concerns(text, "en") == ("How the budget cap was exceeded without anyone noticing",)


def test_shortening_keeps_two_concerns_and_cuts_facts_and_items_first(settings: Settings) -> None:
    long_text = (
        "Hi Sam,\n\nThe monthly performance reports arrived late in March, April and May, twice"
        " after our board pack had already gone out, so I had to present numbers I could not"
        " stand behind. Then the sales dashboard was down for most of the week of 8 June, right"
        " when our summer campaign launched, and nobody told us until I chased it.\n\nRachel"
    )
    facts = [
        f"Fact {n}: the account is served by a small team of two analysts this year, who also"
        " look after several other accounts of a similar size in the same region."
        for n in range(4)
    ]
    items = [
        WorkItem(f"W{n}", date(2024, 5, n), f"Sales dashboard maintenance round {n}", 1.0)
        for n in range(1, 9)
    ]
    email = make_email(long_text, language="en", name="Rachel Hughes")
    context = {"work_items": items, "facts": facts}
    completion = compose(email, settings=settings, now=NOW, context=context)
    text = completion.text
    assert words(text) <= 250
    # both concerns stay, restated ("nobody told us": as their account)
    assert text.count("\n- The ") + text.count("\n- You write that the ") == 2
    assert facts[0] in text and facts[1] not in text  # facts went first
    assert 1 <= text.count("Sales dashboard maintenance round") < 5  # then the items


# -- greeting and sign-off ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "name", "greeting"),
    [
        ("de", DE_SIE_COMPLAINT, "Dr. Anna Müller", "Guten Tag Dr. Müller,"),
        ("de", DE_SIE_COMPLAINT, "Prof. Dr. Anna Müller", "Guten Tag Prof. Dr. Müller,"),
        ("de", DE_SIE_COMPLAINT, "Müller, Dr. Anna", "Guten Tag Dr. Müller,"),
        ("de", DE_SIE_COMPLAINT, "Anna Müller", "Guten Tag Anna Müller,"),
        ("de", DE_DU_COMPLAINT, "Dr. Anna Müller", "Hallo Anna,"),
        ("en", EN_COMPLAINT, "Dr. Anna Müller", "Dear Dr. Müller,"),
        ("en", EN_COMPLAINT.replace("Dear Tom,", "Hi Tom,"), "Dr. Anna Müller", "Hi Anna,"),
        ("en", EN_COMPLAINT, "Priya Raman via Lumen Helpdesk", "Dear Priya,"),
        ("en", EN_COMPLAINT, "Grants-Notification", "Hello,"),
        ("en", EN_COMPLAINT.replace("Dear Tom,", "Hi Tom,"), "Support Team", "Hello,"),
        ("en", EN_COMPLAINT, "noreply", "Hello,"),
        ("de", DE_DU_COMPLAINT, "Kundenservice", "Guten Tag,"),
    ],
)
def test_greeting(settings: Settings, language: str, text: str, name: str, greeting: str) -> None:
    email = make_email(text, language=language, name=name)
    assert compose(email, settings=settings, now=NOW).text.startswith(greeting + "\n\n")


@pytest.mark.parametrize("flag", ["no_reply_sender", "auto_submitted"])
@pytest.mark.parametrize(
    ("language", "text", "greeting"),
    [("en", EN_COMPLAINT, "Hello,"), ("de", DE_SIE_COMPLAINT, "Guten Tag,")],
)
def test_system_senders_are_greeted_without_a_name(
    settings: Settings, flag: str, language: str, text: str, greeting: str
) -> None:
    email = replace(
        make_email(text, language=language, name="Anna Müller"), flags=frozenset({flag})
    )
    assert is_system_sender(email)
    assert compose(email, settings=settings, now=NOW).text.startswith(greeting + "\n\n")


@pytest.mark.parametrize(
    ("name", "system"),
    [
        ("Support Team", True),
        ("Grants-Notification", True),
        ("noreply", True),
        ("no-reply", True),
        ("Acme Billing", True),
        ("Priya Raman via Lumen Helpdesk", False),
        ("Anna Müller", False),
        ("Teamwork Tom", False),
        ("", False),
    ],
)
def test_is_system_sender_by_display_name(name: str, system: bool) -> None:
    assert is_system_sender(make_email("x", language="en", name=name)) is system


@pytest.mark.parametrize(
    ("language", "text", "user_name", "ending"),
    [
        ("en", EN_COMPLAINT.replace("Dear Tom,", "Hi Tom,"), "Sam Carter", "\n\nBest,\nSam"),
        ("en", EN_COMPLAINT, "Sam Carter", "\n\nKind regards,\nSam Carter"),
        ("en", EN_COMPLAINT, "Carter, Sam", "\n\nKind regards,\nSam Carter"),
        ("de", DE_DU_COMPLAINT, "Jonas Weber", "\n\nViele Grüße\nJonas"),
        ("de", DE_SIE_COMPLAINT, "Jonas Weber", "\n\nFreundliche Grüße\nJonas Weber"),
        ("de", DE_SIE_COMPLAINT, "Weber, Jonas", "\n\nFreundliche Grüße\nJonas Weber"),
        ("en", EN_COMPLAINT.replace("Dear Tom,", "Hi Tom,"), None, "\n\nBest wishes"),
        ("en", EN_COMPLAINT, None, "\n\nKind regards"),
        ("de", DE_SIE_COMPLAINT, None, "\n\nFreundliche Grüße"),
    ],
)
def test_sign_off_uses_the_user_name_by_formality(
    tmp_path: Path, language: str, text: str, user_name: str | None, ending: str
) -> None:
    settings = Settings(config_dir=tmp_path / "c", data_dir=tmp_path / "d")
    email = make_email(text, language=language, name="Priya Raman")
    reply = compose(email, settings=settings, now=NOW, context={"user_name": user_name}).text
    assert reply.endswith(ending)
    assert not reply.endswith((",", "\nBest"))  # never a dangling sign-off


# -- every example email --------------------------------------------------------------------------


def _fixture_draft(name: str, tmp_path: Path) -> tuple[Email, str]:
    from assistant.config.accounts import accounts_from_table
    from assistant.drafting.facts import gather_facts

    email = parse_email(EMAILS / name)
    book = name.startswith(("review-complaint", "client-"))
    table = {"book": str(FIXTURES / "clients.toml"), "worklog": str(FIXTURES / "worklog.csv")}
    settings = Settings(
        config_dir=tmp_path / "config",
        data_dir=tmp_path / "data",
        accounts=accounts_from_table(table, source="test", config_dir=tmp_path / "config")
        if book
        else None,
    )
    context = gather_facts(email, settings=settings, now=FIXTURE_NOW).template_context()
    context["user_name"] = "Sam Carter" if email.language == "en" else "Jonas Weber"
    return email, compose(email, settings=settings, now=FIXTURE_NOW, context=context).text


@pytest.mark.parametrize("name", sorted(p.name for p in EMAILS.glob("*.eml")))
def test_every_example_email_gets_a_good_reply(tmp_path: Path, name: str) -> None:
    text = _fixture_draft(name, tmp_path)[1]
    assert 80 <= words(text) <= 250, words(text)
    assert 1 <= own_lines(text).count("?") <= 3
    assert "\n- " in text  # at least one concern restated
    assert "\n- “" not in text and "\n- „" not in text  # in our words, not quoted
    assert text.split("\n", 1)[0].endswith(",")
    assert not text.startswith(("Dear Dr.,", "Hi Dr.", "Guten Tag Dr. Anna"))
    last = text.rsplit("\n\n", 1)[1]
    assert last in {
        "Best,\nSam",
        "Kind regards,\nSam Carter",
        "Freundliche Grüße\nJonas Weber",
        "Viele Grüße\nJonas",
    }, last
    assert _fixture_draft(name, tmp_path)[1].encode() == text.encode()  # same bytes


# -- greeting with the client book's salutation -------------------------------------------------

EN_BY_SURNAME = EN_COMPLAINT.replace("Dear Tom,", "Dear Mr Becker,")


@pytest.mark.parametrize(
    ("language", "text", "name", "salutation", "greeting"),
    [
        ("de", DE_SIE_COMPLAINT, "Sabine Huber", "Frau", "Sehr geehrte Frau Huber,"),
        ("de", DE_SIE_COMPLAINT, "Dr. Anna Müller", "Frau", "Sehr geehrte Frau Dr. Müller,"),
        ("de", DE_SIE_COMPLAINT, "Dr. Jan Brandt", "Herr", "Sehr geehrter Herr Dr. Brandt,"),
        ("de", DE_SIE_COMPLAINT, "Brandt, Jan", "Mr", "Sehr geehrter Herr Brandt,"),
        ("de", DE_SIE_COMPLAINT, "Sabine Huber", "Ms", "Sehr geehrte Frau Huber,"),
        ("de", DE_SIE_COMPLAINT, "Sabine Huber", "Mx", "Guten Tag Sabine Huber,"),
        ("de", DE_SIE_COMPLAINT, "Sabine Huber", "", "Guten Tag Sabine Huber,"),
        ("de", DE_DU_COMPLAINT, "Sabine Huber", "Frau", "Hallo Sabine,"),
        ("en", EN_BY_SURNAME, "Sabine Huber", "Ms", "Dear Ms Huber,"),
        ("en", EN_BY_SURNAME, "Sabine Huber", "Frau", "Dear Ms Huber,"),
        ("en", EN_BY_SURNAME, "Jan Brandt", "Mr.", "Dear Mr. Brandt,"),
        ("en", EN_BY_SURNAME, "Alex Roe", "Mx", "Dear Mx Roe,"),
        ("en", EN_BY_SURNAME, "Dr. Anna Müller", "Ms", "Dear Dr. Müller,"),
        (
            "en",
            EN_BY_SURNAME.replace("Mr Becker", "Sir or Madam"),
            "Sabine Huber",
            "Ms",
            "Dear Ms Huber,",
        ),
        ("en", EN_COMPLAINT, "Sabine Huber", "Ms", "Dear Sabine,"),  # they wrote "Dear Tom"
        ("en", EN_BY_SURNAME.replace("Dear", "Hi"), "Sabine Huber", "Ms", "Hi Sabine,"),
    ],
)
def test_greeting_with_a_salutation_from_the_client_book(
    settings: Settings, language: str, text: str, name: str, salutation: str, greeting: str
) -> None:
    email = make_email(text, language=language, name=name)
    contact = {"name": name, "email": "client@example.com", "role": "", "salutation": salutation}
    completion = compose(email, settings=settings, now=NOW, context={"contact": contact})
    assert completion.text.startswith(greeting + "\n\n")
    assert_good_reply(completion.text)


def test_salutation_greeting_is_the_same_function_for_both_drafters() -> None:
    email = make_email(DE_SIE_COMPLAINT, language="de", name="Vogel, Katrin")
    assert salutation_greeting(email, "", "Frau") == "Sehr geehrte Frau Vogel"
    assert salutation_greeting(email, "Katrin Vogel", "Frau Dr.") == ""
    assert salutation_greeting(replace(email, language="fr"), "Katrin Vogel", "Frau") == (
        "Bonjour Madame Vogel"
    )
    assert salutation_greeting(replace(email, language="pl"), "Katrin Vogel", "Frau") == ""
    role = make_email(DE_SIE_COMPLAINT, language="de", name="Kundenservice")
    assert salutation_greeting(role, "", "Frau") == ""
    assert salutation_greeting(role, "Katrin Vogel", "Frau") == "Sehr geehrte Frau Vogel"


def test_a_given_salutation_greeting_wins_and_the_template_may_ignore_it(
    settings: Settings, tmp_path: Path
) -> None:
    email = make_email(DE_SIE_COMPLAINT, language="de", name="Jana Krüger")
    given = {"salutation_greeting": "Sehr geehrte Frau Professorin Krüger"}
    text = compose(email, settings=settings, now=NOW, context=given).text
    assert text.startswith("Sehr geehrte Frau Professorin Krüger,\n\n")
    no_contact = compose(email, settings=settings, now=NOW, context={"contact": None}).text
    assert no_contact.startswith("Guten Tag Jana Krüger,\n\n")


@pytest.mark.parametrize("text", ["", "\n  \n", "{% if false %}never{% endif %}\n"])
def test_empty_offline_template_is_an_error_not_an_empty_reply(
    settings: Settings, text: str
) -> None:
    offline_dir = settings.user_prompts_dir / "offline"
    offline_dir.mkdir(parents=True)
    (offline_dir / "reply.en.j2").write_text(text, "utf-8")
    with pytest.raises(TemplateError) as info:
        compose(make_email(EN_COMPLAINT, language="en", name="P R"), settings=settings, now=NOW)
    assert str(info.value).startswith(
        f"prompt template {offline_dir / 'reply.en.j2'} produced an empty reply"
    )


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("fr", "Le rapport n'est PAS arrivé et le site est en panne.", "n'est pas arrivé"),
        ("en", "The report was late and the numbers are BAD.", "the numbers are bad"),
    ],
)
def test_short_shouted_words_are_lower_cased(language: str, sentence: str, expected: str) -> None:
    assert expected in condense(sentence, language)


def test_short_acronyms_stay_in_capitals() -> None:
    assert "SEO" in condense("The SEO report was late again.", "en")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hi Sam,\n\nThanks, that works for me. See you on Thursday.\n\nTom"),
        ("de", "Hallo Sam,\n\ndanke, das passt so. Bis Donnerstag.\n\nTom"),
    ],
)
def test_a_polite_follow_up_is_thanked_not_treated_as_a_complaint(
    settings: Settings, language: str, text: str
) -> None:
    completion = compose(
        make_email(text, language=language, name="Tom Baker", subject="Re: Thursday"),
        settings=settings,
        now=NOW,
    )
    assert any("only thanks the sender" in w for w in completion.warnings)
    for complaint_words in ("frank", "fall short", "went wrong", "schiefgelaufen", "offen"):
        assert complaint_words not in completion.text
    assert "other providers" not in completion.text and "andere Anbieter" not in completion.text


def test_a_complaint_is_not_taken_for_a_polite_follow_up(settings: Settings) -> None:
    completion = compose(
        make_email(EN_COMPLAINT, language="en", name="Priya Raman"), settings=settings, now=NOW
    )
    assert not any("only thanks the sender" in w for w in completion.warnings)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "Please do not call me about any of this."), ("it", "Vi prego di non telefonarmi.")],
)
def test_a_refusal_of_calls_is_no_concern(language: str, sentence: str) -> None:
    assert condense(sentence, language) == ""


def test_a_dropped_first_clause_takes_its_conjunction_along() -> None:
    restated = restate("You are incompetent, and the report was late again.", "en")
    assert restated == "The report was late again."


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("pt", "O relatório atrasou DE NOVO e o painel está sem dados.", "atrasou de novo"),
        ("es", "Llegó tarde, sin EL PANEL DE VENTAS que pedimos.", "sin el panel de ventas"),
        ("en", "The report was late and I AM VERY ANGRY about it.", "and I am angry"),
        ("en", "The SEO KPI report was late again.", "The SEO KPI report"),
    ],
)
def test_a_shouted_run_is_lower_cased_whole(language: str, sentence: str, expected: str) -> None:
    assert expected in condense(sentence, language)


def test_an_email_without_thanks_is_never_calm(settings: Settings) -> None:
    text = "Hi Sam,\n\nThe blog posts you sent last week were full of typos.\n\nMike"
    completion = compose(
        make_email(text, language="en", name="Mike Hall"), settings=settings, now=NOW
    )
    assert not any("only thanks the sender" in w for w in completion.warnings)


def test_a_short_thanks_whose_language_cannot_be_told_is_calm_in_english(
    settings: Settings,
) -> None:
    text = "Hi Sam,\n\nThanks, that works for us."
    completion = compose(
        make_email(text, language="und", name="Priya Raman"), settings=settings, now=NOW
    )
    assert any("only thanks the sender" in w for w in completion.warnings)
    assert "other providers" not in completion.text


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("nl", "Jullie accountmanager is een amateur."),
        ("en", "Your account manager is an amateur."),
        ("de", "Ihr Projektleiter ist ein Amateur."),
    ],
)
def test_an_amateur_is_an_insult_not_restated(language: str, sentence: str) -> None:
    assert condense(sentence, language) == ""


def test_i_am_writing_about_is_no_concern_of_theirs_restated() -> None:
    sentence = "I am writing about the quarterly report, which arrived three weeks late."
    restated = restate(condense(sentence, "en"), "en")
    assert restated.startswith("The quarterly report") and "writing" not in restated


@pytest.mark.parametrize("name", ["Account Team", "Northlight Agency", "Support"])
def test_a_role_or_company_name_never_signs_the_reply(settings: Settings, name: str) -> None:
    text = "Hi,\n\nthe report was late again and nobody told us.\n\nTom"
    completion = compose(
        make_email(text, language="en", name="Tom Baker"),
        settings=settings,
        now=NOW,
        context={"user_name": name},
    )
    last = completion.text.rstrip().splitlines()[-1]
    assert name.split()[0] not in last


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "You charged us for 12 hours instead of the agreed 8."),
        ("de", "Sie haben die Fotoproduktion doppelt berechnet."),
        ("fr", "Vous nous avez facturé deux fois la séance photo."),
        ("es", "Nos están cobrando 650 euros cuando el presupuesto acordado era de 500."),
        ("it", "Ci avete fatturato 900 euro invece dei 700 concordati."),
        ("nl", "U heeft de fotoshoot dubbel gefactureerd."),
        ("pt", "Cobraram a mais 200 euros na fatura de novembro."),
    ],
)
def test_a_billing_error_in_figures_is_a_complaint(language: str, sentence: str) -> None:
    assert score_sentence(sentence, language) >= 2
    assert score_sentence("We agreed on the budget in October.", "en") == 0


def test_an_ask_due_today_warns_that_the_reply_waits_but_the_work_need_not(
    tmp_path: Path,
) -> None:
    body = "Sam,\n\nThe weekly report is missing again. Get me the report before 11:00.\n\nDan"
    draft = draft_email(
        offline_settings(tmp_path), "Dan Reed <dan@client.example>", body, subject="Report"
    )
    assert draft.not_before > draft.created
    assert any(
        w.startswith("the client asks for something today (document), and this draft cools off")
        for w in draft.warnings
    ), draft.warnings


def test_no_today_warning_without_an_ask_due_today(tmp_path: Path) -> None:
    body = "Sam,\n\nThe weekly report is missing again. Send it by Friday 11 December.\n\nDan"
    draft = draft_email(
        offline_settings(tmp_path), "Dan Reed <dan@client.example>", body, subject="Report"
    )
    assert not any("asks for something today" in w for w in draft.warnings)


def test_an_ask_whose_day_is_past_gives_no_today_warning(tmp_path: Path) -> None:
    from assistant.drafting.draft import draft_reply

    raw = (
        b"From: Dan Reed <dan@client.example>\nTo: Sam <sam@ourco.example>\nSubject: Report\n"
        b"Date: Tue, 14 Jul 2026 09:00:00 +0000\nMessage-ID: <old@client.example>\n\n"
        b"Sam,\n\nThe weekly report is missing again. Get me the report before 11:00.\n\nDan\n"
    )
    later = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)  # the ask was due on 14 July
    draft = draft_reply(raw, settings=offline_settings(tmp_path), now=later)
    assert draft.asks and draft.asks[0].due == date(2026, 7, 14)
    assert not any("asks for something today" in w for w in draft.warnings), draft.warnings
