"""Step 2 grounding: numbered work items in, citations expanded, ungrounded claims flagged."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.grounding import expand_citations, format_day, format_items
from assistant.worklog import WorkItem

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
    ],
)
def test_uncited_claims_of_delivered_work_are_flagged(sentence: str) -> None:
    text = f"Thank you for your honest feedback.\n\n{sentence} [W1] was also part of it."
    result = expand_citations(text, ITEMS, language="de" if "wir" in sentence.lower() else "en")
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
    ],
)
def test_non_claims_and_cited_claims_are_not_flagged(sentence: str) -> None:
    assert expand_citations(sentence, ITEMS).problems == ()


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
