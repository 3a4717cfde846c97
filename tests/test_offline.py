"""The offline drafter: a real, deterministic reply that follows playbook steps 1-3."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from assistant._concerns import detect_formality, extract_concerns, split_sentences
from assistant.accounts import WorkItem
from assistant.completion import STEP_KEYS
from assistant.config import Settings
from assistant.errors import TemplateError
from assistant.message import Address, Email
from assistant.offline import compose

NOW = datetime(2024, 7, 1, 9, 30, tzinfo=UTC)

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
def settings(tmp_path: Path) -> Settings:
    return Settings(
        config_dir=tmp_path / "config", data_dir=tmp_path / "data", signature_name="Tom Becker"
    )


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
    assert 120 <= words(text) <= 250, words(text)


def test_english_complaint(settings: Settings) -> None:
    email = make_email(EN_COMPLAINT, language="en", name="Priya Raman")
    completion = compose(email, settings=settings, now=NOW)
    text = completion.text
    assert text.startswith("Dear Priya,\n\n")
    assert "“The campaign reports reached us late again in May and June" in text
    assert "“The landing page is still loading slowly on mobile" in text
    assert "what are other providers doing differently" in text.lower()
    assert text.lower().count("thank") == 1
    assert text.endswith("Kind regards,\nTom Becker")
    assert_good_reply(text)
    assert completion.backend == "offline"
    assert completion.model is None
    assert completion.endpoint is None


def test_german_formal_complaint(settings: Settings) -> None:
    email = make_email(DE_SIE_COMPLAINT, language="de", name="Jana Krüger")
    text = compose(email, settings=settings, now=NOW).text
    assert text.startswith("Guten Tag Jana Krüger,\n\nvielen Dank")
    assert "„Die Monatsauswertungen kamen schon wieder verspätet" in text
    assert "„Auf die Korrektur der Umsatzzahlen im Dashboard warten wir immer noch.“" in text
    assert "was andere Anbieter für Sie anders machen" in text or "für Sie anders" in text
    assert "Ihre Antwort" in text
    assert not re.search(r"\b(du|dich|dir|dein\w*)\b", own_lines(text))
    assert text.count("Dank") == 1
    assert text.endswith("Freundliche Grüße\nTom Becker")
    assert_good_reply(text)


def test_german_informal_complaint_uses_du(settings: Settings) -> None:
    email = make_email(DE_DU_COMPLAINT, language="de", name="Jana Krüger")
    text = compose(email, settings=settings, now=NOW).text
    assert text.startswith("Hallo Jana,\n\n")
    assert "für dich anders" in text
    assert "deine Antwort" in text
    assert not re.search(r"\b(Sie|Ihnen|Ihre)\b", own_lines(text))
    assert "„Deine Berichte kamen schon wieder zu spät" in text
    assert text.endswith("Viele Grüße\nTom Becker")
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
    assert completion.text.endswith("Best,\nTom Becker")


@pytest.mark.parametrize("language", ["pt", "und", "../../etc"])
def test_unknown_language_falls_back_to_english(settings: Settings, language: str) -> None:
    completion = compose(
        make_email(EN_COMPLAINT, language=language, name="Priya Raman"), settings=settings, now=NOW
    )
    assert completion.text.startswith("Dear Priya,")
    assert "what could we do better?" in completion.text


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
    step1 = text.index("providers doing differently")
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
    assert completion.text.startswith("Dear Priya,")
    assert "“" not in completion.text
    assert completion.notes["understand"].startswith("No complaint sentence found")


def test_extract_concerns_picks_complaint_sentences_in_order() -> None:
    concerns = extract_concerns(EN_COMPLAINT, "en")
    assert len(concerns) == 3
    assert concerns[0].startswith("The campaign reports reached us late again")
    assert concerns[1].startswith("The landing page is still loading slowly")
    assert concerns[2].startswith("Honestly, we are disappointed")
    assert not any("Dear Tom" in c or "Kind regards" in c for c in concerns)


def test_extract_concerns_german_and_long_sentences() -> None:
    concerns = extract_concerns(DE_SIE_COMPLAINT, "de")
    assert [c.split()[:3] for c in concerns] == [
        ["Bei", "der", "Halbjahresbewertung"],
        ["Die", "Monatsauswertungen", "kamen"],
        ["Auf", "die", "Korrektur"],
    ]
    long = "The report was late again " + "and again " * 30 + "this month."
    (only,) = extract_concerns(long, "en")
    assert only.endswith(" …")
    assert len(only.split()) == 36
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
    assert "offen sein: Ihr Konto betreut derzeit ein Team aus zwei Personen. Ich werde" in text
    assert_good_reply(text)


def test_many_items_list_the_five_most_recent_and_the_rest_in_the_note(
    settings: Settings,
) -> None:
    items = [
        WorkItem(f"W{n}", date(2024, n, 10), f"Monthly report {n} delivered", 3.0)
        for n in range(1, 9)
    ]
    email = make_email(EN_COMPLAINT, language="en", name="Priya Raman")
    completion = compose(email, settings=settings, now=NOW, context={"work_items": items})
    text = completion.text
    listed = [item for item in items if f"{item.description}\n" in text + "\n"]
    assert 3 <= len(listed) <= 5  # fewer when the reply would pass 250 words
    assert listed == items[-len(listed) :]
    assert "some of the most recent work" in text
    older = len(items) - len(listed)
    assert "older" not in text and f"{older} more" not in text  # the count stays in the note
    record = completion.notes["record"]
    assert record.startswith(f"Listed {len(listed)} work log entries from the review period.")
    assert f" {older} older entries are not in the reply" in record
    assert "[W1] 2024-01-10 Monthly report 1 delivered" in record
    assert f"[W{older}] " in record and f"[W{older + 1}]" not in record
    assert_good_reply(text)


def test_long_facts_are_shortened_to_keep_the_reply_readable(settings: Settings) -> None:
    facts = [
        f"Fact number {n} about how the account is staffed and served this year." for n in range(6)
    ]
    items = [
        WorkItem(f"W{n}", date(2024, 5, n), f"Report {n} delivered on time", 1.0)
        for n in range(1, 8)
    ]
    email = make_email(EN_COMPLAINT, language="en", name="Priya Raman")
    completion = compose(
        email, settings=settings, now=NOW, context={"work_items": items, "facts": facts}
    )
    assert 120 <= words(completion.text) <= 250
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
        ("de", "re-scope", "engeren Leistungsumfang"),
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
