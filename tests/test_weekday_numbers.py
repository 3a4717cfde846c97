"""A weekday with a day number after it is that day only when the two agree within two
weeks of the email's Date (lang/dates.py ``find_dates``); otherwise the number is no day of
the month and the weekday alone dates it.
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.lang.dates import find_dates

FRIDAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        ("venerdì 11", "it", date(2026, 12, 11)),
        ("jueves 17", "es", date(2026, 12, 17)),
        ("Friday the 11th", "en", date(2026, 12, 11)),
        ("Can we talk Friday 12 noon?", "en", date(2026, 12, 11)),
        ("lunedì 8", "it", date(2026, 12, 7)),
        ("On Monday 3 of our pages went down", "en", date(2026, 12, 7)),
    ],
)
def test_a_weekday_and_its_number_agree_or_the_weekday_alone_dates_it(
    text: str, language: str, day: date
) -> None:
    assert [found.day for found in find_dates(text, language, base=FRIDAY)] == [day]
