"""The playbook's checks on a finished client reply."""

from __future__ import annotations

import pytest

from assistant.checks.review import review_reply
from assistant.mail.message import Address, Email

EMAIL = Email(subject="Review", sender=Address("Rachel Hughes", "rachel@example.com"))
EMAIL_DE = Email(subject="Bewertung", sender=Address("Sabine Huber", "s.huber@example.com"))

GOOD_EN = (
    "Hi Rachel,\n\nThank you for telling me so directly how the last six months looked from "
    "your side. You wrote that the monthly reports arrived late in March, April and May, and "
    "that the sales dashboard was down in the week of 8 June without anyone telling you. "
    "Both matter, and I want to understand them properly. What are other agencies doing "
    "differently for you, and what could we do better?\n\nSo that nothing gets lost, here is "
    "what we did for you in the review period: the board pack chart templates in March, the "
    "local SEO fixes for the store finder in April, and the uptime alerting we set up after "
    "the outage in June. Did each of these help, and where one did not, what would have made "
    "it more useful?\n\nThe account team is two people since March. Within that, I will do "
    "everything I can to get the reports to you on time.\n\nBest,\nSam"
)
GOOD_DE = (
    "Guten Tag Frau Huber,\n\nvielen Dank, dass Sie mir so offen geschrieben haben, wie die "
    "letzten Monate aus Ihrer Sicht aussahen. Sie schreiben, dass die Buchungen im Herbst "
    "zurückgegangen sind und die Sichtbarkeit in der Suche nicht besser geworden ist. Beides "
    "nehme ich ernst, und ich möchte es richtig verstehen. Was machen andere Anbieter für Sie "
    "anders, und was könnten wir besser machen?\n\nDamit nichts verloren geht, hier ist, was "
    "wir im Zeitraum für Sie umgesetzt haben: die Überarbeitung der Zimmerseiten im August, "
    "die Einrichtung der Buchungsverfolgung im September und der Bericht zur Sichtbarkeit im "
    "Oktober. Hat Ihnen jeder dieser Schritte geholfen, und wenn nicht, was hätte ihn "
    "nützlicher gemacht?\n\nIch werde mit den vorhandenen Mitteln alles tun, was möglich ist.\n"
    "\nFreundliche Grüße\nJonas Weber"
)


def test_good_replies_pass() -> None:
    assert review_reply(GOOD_EN, email=EMAIL, language="en") == ()
    assert review_reply(GOOD_DE, email=EMAIL_DE, language="de") == ()


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        ("Here is a draft reply:\n\n" + GOOD_EN, "en", "preamble"),
        ("Sure! " + GOOD_EN, "en", "preamble"),
        ("Hier ist ein Entwurf:\n\n" + GOOD_DE, "de", "preamble"),
        (GOOD_EN.replace("Hi Rachel", "Hi [Name]"), "en", "placeholders left in the reply: [Name]"),
        (GOOD_EN + "\nSee you on {{ date }}.", "en", "{{ date }}"),
        (GOOD_EN.replace("Within that,", "Unfortunately we were busy, but"), "en", "unfortunately"),
        (GOOD_EN.replace("Best,", "Sorry for the inconvenience.\n\nBest,"), "en", "inconvenience"),
        (GOOD_DE.replace("Ich werde", "Leider waren wir ausgelastet. Ich werde"), "de", "leider"),
        ("Hi Rachel,\n\nThanks.\n\nSam", "en", "short (4 words)"),
        (GOOD_EN + (" More words." * 120), "en", "long"),
        (GOOD_DE, "en", "the reply is in 'de' but Rachel Hughes wrote in 'en'"),
    ],
)
def test_findings(text: str, language: str, words: str) -> None:
    findings = review_reply(text, email=EMAIL, language=language)
    assert any(words in finding for finding in findings), findings


def test_a_word_containing_an_excuse_is_not_one() -> None:
    text = GOOD_DE.replace("Beides", "Leiderprobt ist nichts; beides")  # not the word 'leider'
    assert not any("excuse" in f for f in review_reply(text, email=EMAIL, language="de"))


@pytest.mark.parametrize(
    "owning",
    [
        "You should have heard about the outage from us, not from your team.",
        "You should have seen that drop in our report in May.",
        "You should have been told on the day.",
        "You should have received the report by the 10th working day.",
    ],
)
def test_you_should_have_that_owns_a_failure_is_no_blame(owning: str) -> None:
    text = GOOD_EN.replace("Both matter,", f"{owning} Both matter,")
    assert not any("excuse" in f for f in review_reply(text, email=EMAIL, language="en"))


@pytest.mark.parametrize(
    "blaming",
    [
        "You should have told us on Friday.",
        "You should have checked the dashboard yourself.",
        "You should have been more careful with the brief.",
    ],
)
def test_you_should_have_that_blames_the_client_is_flagged(blaming: str) -> None:
    text = GOOD_EN.replace("Both matter,", f"{blaming} Both matter,")
    findings = review_reply(text, email=EMAIL, language="en")
    assert any("'you should have'" in f for f in findings), findings


@pytest.mark.parametrize("placeholder", ["[date]", "[your name]", "[client name]"])
def test_lower_case_placeholders_are_found(placeholder: str) -> None:
    text = GOOD_EN.replace("Best,", f"Talk on {placeholder}.\n\nBest,")
    findings = review_reply(text, email=EMAIL, language="en")
    assert f"placeholders left in the reply: {placeholder}" in findings


def test_sic_and_markdown_links_are_no_placeholders() -> None:
    text = GOOD_EN.replace("Best,", "You wrote “we was told” [sic]; see [the report](x).\n\nBest,")
    assert not any("placeholder" in f for f in review_reply(text, email=EMAIL, language="en"))
