"""``clients check``: every problem of the client book and the work log, by file and line.

Imports both the book and the log, so neither needs the other (ARCHITECTURE.md: no cycles).
"""

from __future__ import annotations

from pathlib import Path

from assistant.accounts._locate import Problem, problem_order
from assistant.accounts.book import read_book
from assistant.accounts.worklog import check_worklog


def check_book(book_path: str | Path, log_path: str | Path | None = None) -> list[Problem]:
    """Return every problem of the client book and then the work log (if given), by line.

    An empty list means both load cleanly. Never raises for bad data: a missing file,
    bad TOML or CSV syntax, missing or invalid fields, an address or domain claimed by two
    clients, unknown clients in the log, unparseable dates and bad hours are all Problems.
    Log entries are checked against every client name the book defines, even one whose own
    values are invalid.
    """
    book, problems, known = read_book(Path(book_path))
    problems.sort(key=problem_order)
    if log_path is not None:
        labels = known if book is not None else None
        problems.extend(check_worklog(log_path, book, labels=labels))
    return problems
