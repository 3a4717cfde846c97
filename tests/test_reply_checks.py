"""The playbook checks on a reply's greeting, Sie/du, questions back and order of steps 1-3."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from assistant.accounts.book import Contact
from assistant.checks.review import review_reply
from assistant.config import Settings
from assistant.config.accounts import accounts_from_table
from assistant.drafting.draft import draft_reply
from assistant.drafting.facts import gather_facts
from assistant.drafting.offline import compose
from assistant.mail.message import Address, Email

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)

GREETING = "does not greet"
FORMALITY = "use Sie throughout"
INFORMALITY = "use du throughout"
NO_QUESTION = "the reply asks nothing back: ask what competitors do better (step 1)"
NO_THANKS = "the reply does not thank them for the feedback (step 1)"
LATE_THANKS = "thank and restate their concerns before listing the work (steps 1, 2)"

EN_REPLY = (
    "Hi Dana,\n\nThank you for telling me so directly how the last six months looked from your "
    "side. You wrote that the monthly reports arrived late in March and that the dashboard "
    "was down in June. What are other agencies doing differently for you, and what could we "
    "do better?\n\nHere is what we did for you in the review period:\n\n"
    "- 14 March 2026: board pack chart templates delivered\n"
    "- 10 June 2026: dashboard outage fixed\n\n"
    "Did each of these help?\n\nBest,\nSam"
)
DE_SIE_REPLY = (
    "Guten Tag Frau Huber,\n\nvielen Dank, dass Sie mir so offen geschrieben haben. Sie "
    "schreiben, dass die Buchungen zurückgegangen sind. Was machen andere Anbieter für Sie "
    "anders?\n\nHier ist, was wir für Sie umgesetzt haben:\n\n"
    "- 14. August 2026: Zimmerseiten überarbeitet\n"
    "- 9. September 2026: Buchungsverfolgung eingerichtet\n\n"
    "Hat Ihnen jeder dieser Schritte geholfen?\n\nFreundliche Grüße\nJonas Weber"
)
DE_DU_REPLY = (
    "Hallo Sabine,\n\nvielen Dank, dass du mir so offen geschrieben hast. Du schreibst, dass "
    "die Buchungen zurückgegangen sind. Was machen andere Anbieter für dich anders?\n\n"
    "Hier ist, was wir für dich umgesetzt haben:\n\n"
    "- 14. August 2026: Zimmerseiten überarbeitet\n"
    "- 9. September 2026: Buchungsverfolgung eingerichtet\n\n"
    "Hat dir jeder dieser Schritte geholfen?\n\nViele Grüße\nJonas"
)
CLIENT_SIE = (
    "Sehr geehrter Herr Weber,\n\nseit September kommen über Ihre Website weniger Buchungen. "
    "Ich bin enttäuscht, dass Sie uns nicht informiert haben.\n\nMit freundlichen Grüßen\n"
    "Sabine Huber"
)
CLIENT_DU = (
    "Hallo Jonas,\n\nich muss dir sagen, dass seit September über deine Website weniger "
    "Buchungen kommen. Warum hast du uns nicht informiert?\n\nViele Grüße\nSabine"
)


def check(
    text: str,
    *,
    name: str = "Dana Fox",
    language: str = "en",
    new_text: str = "",
    quoted: str = "",
    contact: Contact | None = None,
    flags: frozenset[str] = frozenset(),
) -> tuple[str, ...]:
    email = Email(
        subject="Review",
        sender=Address(name, "client@example.com"),
        new_text=new_text,
        quoted_text=quoted,
        language=language,
        flags=flags,
    )
    return review_reply(text, email=email, language=language, contact=contact)


def has(findings: tuple[str, ...], words: str) -> bool:
    return any(words in finding for finding in findings)


# -- the offline drafter's replies are the reference: no finding on any of them -------------------


@pytest.mark.parametrize("book", [False, True], ids=["no-book", "book"])
@pytest.mark.parametrize("name", sorted(p.name for p in (FIXTURES / "emails").glob("*.eml")))
def test_offline_replies_to_every_example_email_pass(tmp_path: Path, name: str, book: bool) -> None:
    table = {
        "book": str(FIXTURES / "clients.toml"),
        "worklog": str(FIXTURES / "worklog.csv"),
    }
    accounts = accounts_from_table(table, source="test", config_dir=tmp_path / "config")
    settings = Settings(
        config_dir=tmp_path / "config",
        data_dir=tmp_path / "data",
        probe_local=False,
        offline=True,
        store=False,
        signature_name="Sam Carter",
        accounts=accounts if book else None,
    )
    draft = draft_reply(FIXTURES / "emails" / name, settings=settings, now=NOW)
    contact = gather_facts(draft.source, settings=settings, now=NOW).contact
    findings = review_reply(
        draft.body, email=draft.source, language=draft.language, contact=contact
    )
    assert findings == (), draft.body
    assert not any(w.startswith("check before sending") for w in draft.warnings)


CLIENT_EN = (
    "Dear Sam,\n\nthe campaign reports reached us late again in May and June, and nobody told "
    "us in advance. Why do we have to chase you?\n\nKind regards,\nPriya"
)


@pytest.mark.parametrize(
    ("language", "client", "salutation"),
    [
        ("en", CLIENT_EN, ""),
        ("en", CLIENT_EN.replace("Dear Sam", "Dear Mr Carter"), "Ms"),
        ("en", CLIENT_EN.replace("Dear Sam", "Hi Sam"), ""),
        ("de", CLIENT_SIE, ""),
        ("de", CLIENT_SIE, "Frau"),
        ("de", CLIENT_DU, ""),
        ("de", CLIENT_DU, "Frau"),
    ],
)
@pytest.mark.parametrize(
    "name",
    [
        "Anna Müller",
        "Dr. Anna Müller",
        "Müller, Dr. Anna",
        "Prof. Dr. Anna Müller",
        "Anna Müller via Kessler Helpdesk",
        "Support Team",
        "Kessler Haustechnik GmbH",
        "",
    ],
)
def test_offline_replies_to_hand_written_emails_pass(
    tmp_path: Path, language: str, client: str, salutation: str, name: str
) -> None:
    email = Email(
        subject="Review",
        sender=Address(name, "client@example.com"),
        new_text=client,
        language=language,
    )
    settings = Settings(
        config_dir=tmp_path / "c", data_dir=tmp_path / "d", signature_name="Sam Carter"
    )
    contact = Contact("Anna Müller", "client@example.com", salutation=salutation)
    book = {"contact": {"name": contact.name, "email": contact.email, "salutation": salutation}}
    for given, context in ((None, None), (contact, book)):
        text = compose(email, settings=settings, now=NOW, context=context).text
        assert review_reply(text, email=email, language=language, contact=given) == (), text


def test_the_sample_replies_pass() -> None:
    for text, client, language in (
        (EN_REPLY, "Dear Sam, the reports were late.", "en"),
        (DE_SIE_REPLY.replace("Frau Huber", "Frau Fox"), CLIENT_SIE, "de"),
        (DE_DU_REPLY.replace("Sabine", "Dana"), CLIENT_DU, "de"),
    ):
        findings = check(text, language=language, new_text=client)
        assert [f for f in findings if not f.startswith("the reply is short")] == [], findings


# -- 1. greeting by name --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "greeting", "language"),
    [
        ("Dana Fox", "Hi Dana,", "en"),
        ("Dana Fox", "Dear Ms Fox,", "en"),
        ("Dana Fox", "Dear Dana Fox,", "en"),
        ("Dana Fox", "dear dana,", "en"),
        ("Dana Fox", "Dana: thank you for writing.", "en"),
        ("Fox, Dana", "Hi Dana,", "en"),
        ("DANA FOX", "Hi Dana,", "en"),
        ("Dr. Anna Müller", "Sehr geehrte Frau Dr. Müller,", "de"),
        ("Dr. Anna Müller", "Guten Tag Dr. Mueller,", "de"),
        ("Dr. Anna Müller", "Dear Dr Muller,", "en"),
        ("Prof. Dr. Jan von Brandt", "Sehr geehrter Herr Prof. Brandt,", "de"),
        ("Siobhán O’Connell", "Dear Siobhan,", "en"),  # noqa: RUF001
        ("Siobhán O’Connell", "Dear Ms O'Connell,", "en"),  # noqa: RUF001
        ("Priya Raman via Lumen Helpdesk", "Hi Priya,", "en"),
        ("Vogel, Katrin", "Sehr geehrte Frau Vogel,", "de"),
        ('Robert "Bob" Smith', "Hi Bob,", "en"),
        ("Anna Müller (Kessler)", "Liebe Anna,", "de"),
    ],
)
def test_a_greeting_that_names_the_sender_passes(name: str, greeting: str, language: str) -> None:
    assert not has(check(f"{greeting}\n\nThank you.", name=name, language=language), GREETING)


@pytest.mark.parametrize(
    ("name", "greeting", "finding"),
    [
        ("Dana Fox", "Hello,", "the reply does not greet Dana Fox by name"),
        ("Dana Fox", "Hi Rachel,", "the reply does not greet Dana Fox by name"),
        ("Dana Fox", "Dear Sir or Madam,", "the reply does not greet Dana Fox by name"),
        ("Fox, Dana", "Dear customer,", "the reply does not greet Dana Fox by name"),
        ("Dr. Anna Müller", "Guten Tag,", "the reply does not greet Dr. Anna Müller by name"),
        ("Dr. Anna Müller", "Sehr geehrte Frau Dr. Maier,", "greet Dr. Anna Müller by name"),
        ("Priya Raman via Lumen Helpdesk", "Hi there,", "greet Priya Raman by name"),
        ("Priya Raman via Lumen Helpdesk", "Dear Lumen team,", "greet Priya Raman by name"),
        ("Dr. Anna Müller", "Dear Dr.,", "greet Dr. Anna Müller by name"),
    ],
)
def test_a_greeting_without_the_name_is_flagged(name: str, greeting: str, finding: str) -> None:
    text = f"{greeting}\n\nThank you, Dana Fox and Anna Müller, for writing."
    assert has(check(text, name=name), finding)


def test_the_greeting_is_the_first_line_only() -> None:
    text = "Hello,\n\nDana, thank you for writing."
    assert has(check(text), "the reply does not greet Dana Fox by name")


def test_a_preamble_line_does_not_hide_the_greeting() -> None:
    findings = check("Here is a draft reply:\n\nHi Dana,\n\nThank you.")
    assert has(findings, "preamble") and not has(findings, GREETING)


def test_a_subject_line_before_the_greeting_is_skipped() -> None:
    assert not has(check("Subject: Re: Review\n\nHi Dana,\n\nThank you."), GREETING)
    assert has(check("Subject: Re: Review\n\nHello,\n\nThank you."), GREETING)


def test_the_client_book_contact_name_and_salutation_count() -> None:
    contact = Contact("Katherine Vogel", "client@example.com", salutation="Frau")
    text = "Sehr geehrte Frau Vogel,\n\nvielen Dank."
    assert has(check(text, name="Kathy", language="de"), "does not greet Kathy by name")
    assert not has(check(text, name="Kathy", language="de", contact=contact), GREETING)


@pytest.mark.parametrize(
    ("name", "flags"),
    [
        ("", frozenset()),  # no display name
        ("Kessler Haustechnik GmbH", frozenset()),
        ("Northgate Retail Group", frozenset()),
        ("Fernbrook Outdoor Ltd", frozenset()),
        ("Support Team", frozenset()),
        ("Kundenservice", frozenset()),
        ("Dana Fox", frozenset({"no_reply_sender"})),
        ("Dana Fox", frozenset({"auto_submitted"})),
        ("dana@example.com", frozenset()),
    ],
)
def test_no_greeting_check_for_machines_companies_or_no_name(
    name: str, flags: frozenset[str]
) -> None:
    assert not has(check("Hello,\n\nThank you.", name=name, flags=flags), GREETING)


def test_no_sender_at_all() -> None:
    email = Email(subject="Review", sender=None, language="en")
    assert not has(review_reply("Hello,\n\nThanks.", email=email, language="en"), GREETING)


# -- 2. Sie and du --------------------------------------------------------------------------------


def test_du_to_a_formal_client_is_flagged() -> None:
    text = DE_SIE_REPLY.replace("Was machen andere Anbieter für Sie", "Was machen andere für dich")
    text = text.replace("Hat Ihnen", "Hat dir")
    findings = check(text, name="Sabine Huber", language="de", new_text=CLIENT_SIE)
    assert (
        "the reply says 'dich', 'dir' but Sabine Huber writes formally (Sie): use Sie throughout"
        in findings
    )


def test_sie_to_an_informal_client_is_flagged() -> None:
    text = DE_DU_REPLY.replace("für dich anders", "für Sie anders").replace("Hat dir", "Hat Ihnen")
    findings = check(text, name="Sabine Huber", language="de", new_text=CLIENT_DU)
    assert (
        "the reply says 'Sie', 'Ihnen' but Sabine Huber writes informally (du): use du throughout"
        in findings
    )


def test_matching_forms_pass_and_sentence_initial_sie_is_not_you() -> None:
    assert not has(check(DE_SIE_REPLY, language="de", new_text=CLIENT_SIE), "throughout")
    assert not has(check(DE_DU_REPLY, language="de", new_text=CLIENT_DU), "throughout")
    # "Sie" and "Ihre" opening a sentence may be "they" and "their".
    du = DE_DU_REPLY.replace("Hat dir", "Ihre Zahlen sind gut. Sie steigen. Hat dir")
    assert not has(check(du, language="de", new_text=CLIENT_DU), "throughout")


def test_only_the_clients_new_text_decides_and_quotes_back_do_not_count() -> None:
    # An earlier informal thread in the quote does not make a formal client informal.
    assert has(
        check(DE_DU_REPLY, language="de", new_text=CLIENT_SIE, quoted=CLIENT_DU * 3), FORMALITY
    )
    assert not has(
        check(DE_SIE_REPLY, language="de", new_text=CLIENT_SIE, quoted=CLIENT_DU * 3), "throughout"
    )
    # Quoting the informal client's own words back ("Sie" in their sentence) is not the reply's Sie.
    quoting = DE_DU_REPLY.replace(
        "Du schreibst,", "Du schreibst:\n\n- „Wie Sie wissen, ist das Ihr Problem.“\n\nUnd"
    )
    assert not has(check(quoting, language="de", new_text=CLIENT_DU), "throughout")


def test_words_that_only_start_like_du_forms_are_not_du() -> None:
    text = DE_SIE_REPLY.replace("Zimmerseiten überarbeitet", "Deinstallation des Duschplans")
    assert not has(check(text, language="de", new_text=CLIENT_SIE), "throughout")


def test_english_has_no_formality_check() -> None:
    text = EN_REPLY.replace("Hi Dana", "Hi Dana, du bist")
    assert not has(check(text, new_text="Hey Sam, dich und dir."), "throughout")


# -- 3. questions back ----------------------------------------------------------------------------


def test_zero_one_and_four_questions() -> None:
    none = EN_REPLY.replace("do better?", "do better.").replace("help?", "help.")
    assert NO_QUESTION in check(none)
    one = EN_REPLY.replace("help?", "help.")
    assert not has(check(one), "questions") and NO_QUESTION not in check(one)
    four = EN_REPLY.replace("help?", "help? Was it on time? Was it clear?")
    assert "the reply asks 4 questions: one to three is enough" in check(four)
    german = DE_SIE_REPLY.replace("anders?", "anders.").replace("geholfen?", "geholfen.")
    assert NO_QUESTION in check(german, name="Sabine Huber", language="de", new_text=CLIENT_SIE)


def test_question_marks_in_urls_and_quotes_do_not_count() -> None:
    none = EN_REPLY.replace("do better?", "do better.").replace("help?", "help.")
    with_url = none.replace(
        "Best,", "The report: https://example.com/r?month=6&x=? and www.x.io/?a\n\nBest,"
    )
    assert NO_QUESTION in check(with_url)
    quoted = none.replace(
        "You wrote that",
        "You asked “Why were the reports late?” and wrote:\n\n- “Is any data lost?”\n"
        "- “Who noticed? Nobody?”\n\nYou also wrote that",
    )
    assert NO_QUESTION in check(quoted)
    three = EN_REPLY.replace("help?", "help? Was it clear?")
    assert not has(
        check(three.replace("You wrote", "You asked „Why?“ and „Why not?“. You wrote")), "questions"
    )


def test_the_quoted_original_below_the_attribution_does_not_count() -> None:
    original = "Why are the reports late? Why did nobody tell us? Who fixes it? When?"
    text = (
        EN_REPLY + "\n\nOn Mon, 8 Jun 2026 at 09:12, Dana Fox <client@example.com> wrote:\n"
        "> Hi Sam,\n> " + original + "\n> Dana"
    )
    assert not has(check(text, new_text="Hi Sam,\n" + original), "questions")
    outlook = EN_REPLY + (
        "\n\n-----Original Message-----\nFrom: Dana Fox\nSent: Monday, 8 June 2026 09:12\n"
        "To: Sam\nSubject: Review\n\nHi Sam,\n" + original
    )
    assert not has(check(outlook, new_text="Hi Sam,\n" + original), "questions")
    # Without the original's text or ">" marks below it, a line that looks like an
    # attribution stays part of the reply.
    bare = EN_REPLY.replace("help?", "help.").replace("do better?", "do better.")
    bare += "\n\nOn 8 June you wrote:\n\nWhat was it? Why? Who? How?"
    assert has(check(bare, new_text="Something else entirely, written by Dana."), "asks 4")


# -- 4. thanks first, then the work record --------------------------------------------------------


def test_a_reply_without_thanks_is_flagged() -> None:
    text = EN_REPLY.replace("Thank you for telling me", "I read")
    assert NO_THANKS in check(text)
    german = DE_SIE_REPLY.replace("vielen Dank, dass Sie mir", "ich habe gelesen, wie Sie mir")
    assert NO_THANKS in check(german, name="Sabine Huber", language="de", new_text=CLIENT_SIE)


def test_a_thanks_only_in_the_sign_off_is_not_step_one() -> None:
    text = EN_REPLY.replace("Thank you for telling me", "I read").replace("Best,", "Thanks,")
    assert NO_THANKS in check(text)
    german = DE_DU_REPLY.replace("vielen Dank, dass du", "ich lese, wie du")
    german = german.replace("Viele Grüße", "Danke und viele Grüße")
    assert NO_THANKS in check(german, name="Sabine Huber", language="de", new_text=CLIENT_DU)


@pytest.mark.parametrize(
    ("old", "new", "language"),
    [
        ("Thank you for telling me", "I appreciate you telling me", "en"),
        ("Thank you for telling me", "I am grateful that you told me", "en"),
        ("vielen Dank, dass Sie mir", "ich weiß es sehr zu schätzen, dass Sie mir", "de"),
        ("vielen Dank, dass Sie mir", "danke, dass Sie mir", "de"),
        ("vielen Dank, dass Sie mir", "ich bedanke mich, dass Sie mir", "de"),
    ],
)
def test_other_ways_to_thank(old: str, new: str, language: str) -> None:
    text = (EN_REPLY if language == "en" else DE_SIE_REPLY).replace(old, new)
    assert new in text
    assert NO_THANKS not in check(text, language=language, new_text=CLIENT_SIE)


def test_a_short_reply_that_thanks_in_a_sentence_does_thank() -> None:
    assert NO_THANKS not in check("Hi Dana,\n\nThank you for this.\n\nSam")
    assert NO_THANKS in check("Hi Dana,\n\nI read it.\n\nThanks a lot,\nSam")


def test_thanks_after_the_work_list_is_flagged() -> None:
    text = (
        "Hi Dana,\n\nHere is what we did for you in the review period:\n\n"
        "- 14 March 2026: board pack chart templates delivered\n"
        "- 10 June 2026: dashboard outage fixed\n\n"
        "Thank you for your feedback. What could we do better?\n\nSam"
    )
    assert LATE_THANKS in check(text)
    listed = text.replace("Here is what we did for you in the review period:", "Look:")
    assert LATE_THANKS in check(listed)  # a list of dated items is the record too
    german = (
        "Guten Tag Frau Fox,\n\nhier ist, was wir im Zeitraum für Sie umgesetzt haben: die "
        "Zimmerseiten im August und die Buchungsverfolgung im September.\n\nVielen Dank für "
        "Ihre offenen Worte. Was machen andere Anbieter anders?\n\nFreundliche Grüße"
    )
    assert LATE_THANKS in check(german, language="de", new_text=CLIENT_SIE)


@pytest.mark.parametrize(
    "text",
    [
        EN_REPLY,
        DE_SIE_REPLY,
        # concerns restated as a list (not all items dated) before the thanks
        "Hi Dana,\n\nYou raised two points:\n\n- the reports were late in March\n"
        "- the dashboard was down on 8 June\n\nThank you for raising them. What could we do "
        "better?\n\nHere is what we did for you:\n\n- 14 March 2026: templates\n"
        "- 10 June 2026: outage fixed\n\nSam",
        # "our work" without a colon is no list; the thanks follows
        "Hi Dana,\n\nI know our work for you fell short this spring. Thank you for saying so. "
        "What could we do better?\n\nSam",
        # a dated list of one item is no record
        "Hi Dana,\n\n- 8 June 2026: the dashboard outage\n\nThank you for raising it. What "
        "could we do better?\n\nSam",
    ],
)
def test_thanks_before_the_work_list_passes(text: str) -> None:
    findings = check(text, language="de" if "Guten Tag" in text else "en", new_text=CLIENT_SIE)
    assert NO_THANKS not in findings and LATE_THANKS not in findings, findings


# -- false alarms found on realistic model replies (tests/test_check_false_alarms.py) -------------


@pytest.mark.parametrize(
    ("ask", "language"),
    [
        ("I'd love to hear what the other agencies do differently.", "en"),
        ("I'd be grateful to know which of these helped you.", "en"),
        ("I'd also value your view on how other firms handle deadlines.", "en"),
        ("It would really help me to know what they do in those sessions.", "en"),
        ("Please let me know which two categories showed zero.", "en"),
        ("Mich interessiert sehr, was die anderen Agenturen anders machen.", "de"),
        ("Gern würde ich von Ihnen hören, was andere Dienstleister anders machen.", "de"),
        ("Sagen Sie mir gern, ob Ihnen das geholfen hat.", "de"),
    ],
)
def test_an_indirect_ask_is_a_question_back(ask: str, language: str) -> None:
    text = f"Hi Dana,\n\nThank you for writing. {ask}\n\nSam"
    assert NO_QUESTION not in check(text, language=language)


@pytest.mark.parametrize(
    "closing",
    [
        "Let me know if you have any questions.",
        "I'd like to send you what we have by Friday.",
        "I will tell you what went wrong.",
        "Ich sage Ihnen morgen, was passiert ist.",
    ],
)
def test_a_closing_or_a_promise_asks_nothing(closing: str) -> None:
    none = EN_REPLY.replace("do better?", "do better.").replace("help?", "help.")
    assert NO_QUESTION in check(none.replace("Best,", f"{closing}\n\nBest,"))


def test_the_clients_questions_restated_as_a_list_are_not_ours() -> None:
    theirs = (
        "You asked three things:\n\n- What broke, and when will it be fixed?\n"
        "- Why did you find out from your own staff?\n- Is any data lost?\n\n"
    )
    text = EN_REPLY.replace("Here is what", theirs + "Here is what")
    assert not has(check(text), "questions")
    german = DE_SIE_REPLY.replace(
        "Hier ist,",
        "Sie fragen:\n- Wann läuft es wieder?\n- Woran lag es?\n- Wer zahlt?\n\nHier ist,",
    )
    assert not has(check(german, language="de", new_text=CLIENT_SIE), "questions")
    # our own questions in a list still count
    ours = EN_REPLY.replace(
        "Did each of these help?", "Tell me:\n- Was it on time?\n- Was it clear?\n- Was it useful?"
    )
    assert "the reply asks 4 questions: one to three is enough" in check(ours)


def test_a_concern_about_our_work_before_the_thanks_is_no_record() -> None:
    text = (
        "Hi Dana,\n\nYou're right that the work we did for you has felt one-sided: you only "
        "hear from us when something breaks.\n\nThank you for saying so. What could we do "
        "better?\n\nSam"
    )
    assert LATE_THANKS not in check(text)
    german = (
        "Guten Tag Frau Fox,\n\nSie schreiben, dass die Arbeit, die wir für Sie leisten, zu "
        "wenig ankommt: Andere melden sich mit Vorschlägen.\n\nVielen Dank für Ihre offenen "
        "Worte. Was machen andere Anbieter anders?\n\nFreundliche Grüße"
    )
    assert LATE_THANKS not in check(german, language="de", new_text=CLIENT_SIE)
    # a lead-in followed by dated work, or by a list, is the record
    dated = text.replace(
        "has felt one-sided: you only hear from us when something breaks.",
        "covered: the templates on 14 March and the fix on 10 June.",
    )
    assert LATE_THANKS in check(dated)


def test_a_formal_greeting_without_a_single_name_passes() -> None:
    formal = "Sehr geehrte Damen und Herren,\n\nSie haben den Bericht zu spät geliefert."
    findings = check("Guten Tag,\n\nvielen Dank.", name="Jürgen", language="de", new_text=formal)
    assert not has(findings, GREETING)
    # A full name is still greeted, and another name is still wrong.
    assert has(check("Guten Tag,\n\nvielen Dank.", name="Jürgen Weber", language="de"), GREETING)
    assert has(check("Guten Tag Frau Vogel,\n\nDanke.", name="Jürgen", language="de"), GREETING)


def test_a_one_letter_name_is_not_asked_for() -> None:
    assert not has(check("Hello,\n\nThank you.", name="A"), GREETING)
