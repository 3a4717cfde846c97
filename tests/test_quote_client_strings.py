"""Quote splitting on the reply and forward headers that mail clients write in each UI
language, taken from their localisation files (tests/data/quotes/<source>/SOURCE.md):
Thunderbird for Android's (Apache-2.0) and Thunderbird's (MPL-2.0). tests/client_strings.py
renders each string as the client lays it out, above a history with and without ``>``
marks, below a new text in the locale's language; the new text must come out exactly."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from client_strings import QUOTES, SOURCES, Case, all_cases
from quote_match import same_new_text

from assistant.mail._quotes import split_quotes

CASES = all_cases()
#: source -> cases: every locale of the 28 languages draft-reply reads that the source has.
COUNTS = {"thunderbird-android-strings": 155, "thunderbird-l10n-strings": 153}


@pytest.mark.parametrize("source", SOURCES)
def test_the_strings_and_their_licence_are_here(source: str) -> None:
    folder = QUOTES / source
    assert (folder / "LICENSE").exists() and (folder / "SOURCE.md").exists()
    data = json.loads((folder / "strings.json").read_text("utf-8"))
    assert len(data["commit"]) == 40
    assert sum(case.source == source for case in CASES) == COUNTS[source]


def test_every_language_is_covered_by_both_sources() -> None:
    languages = Counter((case.source, case.language) for case in CASES)
    for source in SOURCES:
        assert len({language for (s, language) in languages if s == source}) == 28


@pytest.mark.parametrize(
    "case", CASES, ids=[f"{c.source[12:19]}-{c.locale}-{c.layout}" for c in CASES]
)
def test_the_new_text_comes_out_exactly(case: Case) -> None:
    parts = split_quotes(case.body)
    assert same_new_text(parts.new_text, case.new_text), parts.new_text
    assert parts.new_text.strip() == case.new_text
