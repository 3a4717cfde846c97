"""Step 2 grounding: numbered work items in, citations expanded, ungrounded claims flagged."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.accounts.worklog import WorkItem
from assistant.checks.grounding import expand_citations, format_day, format_items

ITEMS = (
    WorkItem("W1", date(2026, 3, 14), "Quarterly report delivered", 6.0),
    WorkItem("W2", date(2026, 6, 10), "Sales dashboard outage fixed", 8.0),
    WorkItem("W3", date(2026, 5, 27), "Summer campaign tracking set up", 14.0),
)


def test_format_items_gives_numbered_prompt_lines() -> None:
    assert format_items(ITEMS) == (
        "[W1] 2026-03-14 Quarterly report delivered\n"
        "[W2] 2026-06-10 Sales dashboard outage fixed\n"
        "[W3] 2026-05-27 Summer campaign tracking set up"
    )
    assert format_items(()) == ""


def test_format_day_en_and_de() -> None:
    assert format_day(date(2026, 3, 4)) == "4 March 2026"
    assert format_day(date(2026, 3, 4), "de") == "4. März 2026"
    assert format_day(date(2026, 12, 31), "de-AT") == "31. Dezember 2026"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- [W1]", "- Quarterly report delivered (14 March 2026)"),
        ("- [w2]", "- Sales dashboard outage fixed (10 June 2026)"),
        (
            "In spring: [W1, W3].",
            "In spring: Quarterly report delivered (14 March 2026); Summer campaign tracking"
            " set up (27 May 2026).",
        ),
        (
            "In spring: [W1][W3].",
            "In spring: Quarterly report delivered (14 March 2026); Summer campaign tracking"
            " set up (27 May 2026).",
        ),
        (
            "[W1] [ W3 ]",
            "Quarterly report delivered (14 March 2026); Summer campaign tracking"
            " set up (27 May 2026)",
        ),
    ],
)
def test_valid_citations_expand_to_the_logged_text(text: str, expected: str) -> None:
    result = expand_citations(text, ITEMS)
    assert result.text == expected
    assert result.problems == ()


def test_citations_expand_with_german_dates() -> None:
    result = expand_citations("Im Frühjahr haben wir geliefert: [W1].", ITEMS, language="de")
    assert (
        result.text
        == "Im Frühjahr haben wir geliefert: Quarterly report delivered (14. März 2026)."
    )
    assert result.cited == ("W1",)


def test_invented_citations_are_flagged_and_never_expanded() -> None:
    result = expand_citations("We also did this: [W9]. And these: [W2, W7].", ITEMS)
    assert result.text == (
        "We also did this: [W9]. And these: Sales dashboard outage fixed (10 June 2026); [W7]."
    )
    assert result.cited == ("W2",)
    assert [p.split(":")[0] for p in result.problems] == [
        "unknown work item [W9]",
        "unknown work item [W7]",
    ]


def test_no_items_means_every_citation_is_invented() -> None:
    result = expand_citations("- [W1]", ())
    assert result.text == "- [W1]"
    assert len(result.problems) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "We fixed the export bug last week.",
        "I have sent you the revised board pack.",
        "Our team set up the new alerting in June.",
        "We have\ndelivered every monthly report since March.",
        "We delivered the competitor analysis in March 2026.",
        "We delivered a new dashboard in May.",  # the month, not the modal verb
        "Wir haben das Dashboard am 14. März neu eingerichtet.",
        "Außerdem hat unser Team die Monatsberichte pünktlich geliefert.",
        "Den Fehler im Export haben wir bereits behoben.",
        # a first-person subject governs the cue (tests/test_check_false_alarms.py)
        "We delivered the new dashboard last week.",
        "Our team rebuilt the landing page.",
        "Wir haben das Reporting umgestellt.",
        "Since March, we\u2019ve also delivered every report on time.",
        "We have, as agreed, sent the audit.",
        "The tracking was set up by our team in May.",
        "Wir haben, wie besprochen, das Reporting umgestellt.",
        "Für Sie haben wir die Landingpage neu geschrieben.",
        "Nachdem Sie uns informiert hatten, haben wir den Fehler behoben.",
        "Ihre Kampagne wurde von uns eingerichtet.",
    ],
)
def test_uncited_claims_of_delivered_work_are_flagged(sentence: str) -> None:
    text = f"Thank you for your honest feedback.\n\n{sentence} [W1] was also part of it."
    german = any(word in sentence.lower() for word in ("wir", "uns"))
    result = expand_citations(text, ITEMS, language="de" if german else "en")
    claims = [p for p in result.problems if p.startswith("uncited claim")]
    assert claims == [f"uncited claim: {' '.join(sentence.split())!r}"]


@pytest.mark.parametrize(
    "sentence",
    [
        "We delivered the quarterly report on time: [W1].",
        "Did the tracking we set up in May help your team?",
        "We will send the revised report by Friday.",
        "We'll have it fixed before the campaign.",
        "We have not yet delivered the competitor analysis.",
        "The March reports were delivered late.",
        "You mentioned that the dashboard was fixed only after you chased it.",
        "Wir werden den Bericht künftig früher liefern.",
        "Das Dashboard wurde im Juni nicht rechtzeitig repariert.",
        "Haben die Berichte, die wir erstellt haben, geholfen?",
        "> We fixed everything, said the old quote.",
        # cue words whose subject is the client or a thing, not us
        "Your campaign launched on 8 June.",
        "Sie haben die Landingpage geschrieben.",
        "The sales dashboard was down the week your summer campaign launched, without anyone"
        " from our side telling you.",
        "I understand the newsletter was a fixed commitment agreed months ago.",
        "I have your three requests: a weekly call, the Bristol landing page written and live"
        " by October, and a fresh look at the practice pages.",
        "Ich habe gelesen, dass Ihr Team die Landingpage geschrieben hat.",
        "Wir wissen, dass die Landingpage im Mai fertiggestellt wurde.",
    ],
)
def test_non_claims_and_cited_claims_are_not_flagged(sentence: str) -> None:
    assert expand_citations(sentence, ITEMS).problems == ()


@pytest.mark.parametrize(
    "lead_in",
    [
        "Here is the work we delivered for you:",
        "For reference, the work we delivered in the last six months:",
        "Im Bewertungszeitraum haben wir für Sie Folgendes umgesetzt:",
        "Thank you for the call. Over the past six months, we have also delivered the following:",
    ],
)
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("mark", ["- ", "* ", "1. "])
def test_a_lead_in_above_cited_list_lines_is_cited(lead_in: str, gap: str, mark: str) -> None:
    text = f"Hi Rachel,\n\n{lead_in}{gap}{mark}[W1]\n{mark}[W2, W3]\n\nDid these help?"
    assert expand_citations(text, ITEMS).problems == ()


def test_the_uncited_lines_below_a_lead_in_are_the_uncited_claims() -> None:
    text = (
        "Here is what we delivered:\n\n- Landing page rebuilt\n- [W1]\n"
        "- Reporting migrated to GA4,\n  with new alerts\n\nDid these help?"
    )
    assert expand_citations(text, ITEMS).problems == (
        "uncited claim: 'Landing page rebuilt'",
        "uncited claim: 'Reporting migrated to GA4, with new alerts'",
    )
    uncited = "Im Halbjahr haben wir Folgendes erledigt:\n- Landingpage\n- Reporting umgestellt"
    assert expand_citations(uncited, ITEMS, language="de").problems == (
        "uncited claim: 'Landingpage'",
        "uncited claim: 'Reporting umgestellt'",
    )


def test_a_lead_in_is_judged_alone_when_nothing_below_it_is_work() -> None:
    # no list below it, or only lines that claim nothing: the lead-in itself is the claim
    for text in (
        "Here is what we delivered:\n\nThe new dashboard and the audit.",
        "Here is what we delivered:\n- the audit will follow in July",
    ):
        assert expand_citations(text, ITEMS).problems == (
            "uncited claim: 'Here is what we delivered:'",
        )
    # a lead-in that claims nothing does not make its lines claims: the client's concerns
    concerns = "These are the points I took from it:\n- your campaign launched late\n- no ideas"
    assert expand_citations(concerns, ITEMS).problems == ()


def test_expansion_is_deterministic_and_only_uses_logged_text() -> None:
    text = "Hello Rachel,\n\nHere is what we did:\n- [W1]\n- [W2]\n- [W4]\n\nBest,\nSam"
    first = expand_citations(text, ITEMS)
    assert first == expand_citations(text, ITEMS)
    assert "Quarterly report delivered (14 March 2026)" in first.text
    assert "[W4]" in first.text
    assert "[W1]" not in first.text and "[W2]" not in first.text
    assert first.problems == (
        "unknown work item [W4]: the work log has no such item in the review period; check the"
        " claim or delete it",
    )
