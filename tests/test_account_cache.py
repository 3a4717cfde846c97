"""The cache of parsed client books and work logs behind draft_reply() (assistant.drafting.facts).

What the cache detects: an edit that changes the file's size, inode (a file replaced by
rename), mtime or ctime. Setting mtime back with os.utime after a same-size edit still
changes ctime, which only the kernel sets. An edit within the same timestamp tick as the
previous change (ctime unchanged too) is caught because a file that changed in the last
two seconds is compared by its bytes. Not detected: a file changed and changed back while
it is being parsed, and a same-size edit with mtime restored where ctime is not the change
time (Windows) or the file server's clock is ahead. These tests never wait for a tick: the
edits are seen whichever of ctime or the bytes tells them apart.
"""

from __future__ import annotations

import os
import re
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from assistant.accounts import loading
from assistant.accounts.check import check_book
from assistant.config import Settings
from assistant.config.accounts import AccountsConfig, accounts_from_table
from assistant.drafting.draft import draft_reply
from assistant.drafting.facts import gather_facts
from assistant.errors import AccountsError
from assistant.mail.message import Address, Email

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
EXAMPLE = FIXTURES / "emails" / "review-complaint-en.eml"  # from rachel.hughes@fernbrook
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
BOOK = (FIXTURES / "clients.toml").read_bytes()
LOG = (FIXTURES / "worklog.csv").read_bytes()


def settings_for(tmp_path: Path, book: Path, log: Path | None = None) -> Settings:
    table = {"book": str(book)} if log is None else {"book": str(book), "worklog": str(log)}
    return Settings(
        config_dir=tmp_path / "config",
        data_dir=tmp_path / "data",
        accounts=accounts_from_table(table, source="test", config_dir=tmp_path / "config"),
        offline=True,
        store=False,
        signature_name="Sam Carter",
    )


def files(tmp_path: Path) -> tuple[Path, Path]:
    book, log = tmp_path / "clients.toml", tmp_path / "worklog.csv"
    book.write_bytes(BOOK)
    log.write_bytes(LOG)
    return book, log


def fernbrook() -> Email:
    return Email(
        subject="Review",
        sender=Address("Rachel Hughes", "rachel.hughes@fernbrook.example.com"),
        date=datetime(2026, 7, 14, 17, 0, tzinfo=UTC),
        new_text="The monthly reports arrived late again.",
        language="en",
    )


def rewrite_keeping_times(path: Path, old: bytes, new: bytes) -> os.stat_result:
    """Replace ``old`` by ``new`` (same length) in place and set atime and mtime back."""
    assert len(old) == len(new)
    before = path.stat()
    data = path.read_bytes()
    assert data.count(old) == 1
    with path.open("r+b") as file:  # in place: same inode
        file.write(data.replace(old, new))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = path.stat()
    assert (after.st_ino, after.st_size, after.st_mtime_ns) == (
        before.st_ino,
        before.st_size,
        before.st_mtime_ns,
    )
    return after


def revenue_line(tmp_path: Path, book: Path, log: Path) -> str:
    draft = draft_reply(EXAMPLE, settings=settings_for(tmp_path, book, log), now=NOW)
    match = re.search(r"^Revenue: .*$", draft.notes["manager_note"], re.MULTILINE)
    assert match is not None
    return match.group(0)


# -- the same file, the same object ------------------------------------------------------------


def named(book: Path, worklog: Path | None = None) -> AccountsConfig:
    """An accounts config whose files the user named (they must exist)."""
    return AccountsConfig(book=book, worklog=worklog, book_configured=True, worklog_configured=True)


def test_an_unchanged_book_and_log_are_parsed_once(tmp_path: Path) -> None:
    book_path, log_path = files(tmp_path)
    loaded = loading.book_for(named(book_path))
    again = loading.book_for(named(book_path))
    assert loaded is not None and again is not None
    book, key = loaded
    assert again[0] is book and again[1] == key
    log = loading.worklog_for(named(book_path, log_path), book, key)
    assert log is not None
    assert loading.worklog_for(named(book_path, log_path), book, key) is log
    settings = settings_for(tmp_path, book_path, log_path)
    first = gather_facts(fernbrook(), settings=settings, now=NOW)
    second = gather_facts(fernbrook(), settings=settings, now=NOW)
    assert first.client is not None and first.client is second.client
    assert first.client in book.clients  # the cached book's own Client object
    assert first == second


def test_files_unchanged_for_long_are_reused_too() -> None:
    """The repository's fixtures have not changed for a while: the stat alone decides."""
    loaded = loading.book_for(named(FIXTURES / "clients.toml"))
    assert loaded is not None
    again = loading.book_for(named(FIXTURES / "clients.toml"))
    assert again is not None and again[0] is loaded[0]


def test_cached_values_are_immutable(tmp_path: Path) -> None:
    book_path, log_path = files(tmp_path)
    loaded = loading.book_for(named(book_path))
    assert loaded is not None
    book, key = loaded
    log = loading.worklog_for(named(book_path, log_path), book, key)
    assert log is not None
    assert isinstance(book.clients, tuple) and isinstance(log.entries, tuple)
    client = book.clients[0]
    for value in (book, client, client.contacts[0], log, log.entries[0]):
        with pytest.raises(AttributeError):
            value.path = None  # type: ignore[union-attr]  # frozen dataclasses
    assert all(
        isinstance(getattr(client, name), tuple)
        for name in ("addresses", "domains", "contacts", "facts")
    )


# -- edits are seen by the next draft -----------------------------------------------------------


def test_a_same_size_edit_with_mtime_set_back_is_seen_by_the_next_draft(tmp_path: Path) -> None:
    book, log = files(tmp_path)
    assert revenue_line(tmp_path, book, log).startswith("Revenue: 60,000 EUR a year")
    rewrite_keeping_times(book, b"revenue = 60000", b"revenue = 70000")
    assert revenue_line(tmp_path, book, log).startswith("Revenue: 70,000 EUR a year")
    rewrite_keeping_times(book, b"revenue = 70000", b"revenue = 60000")
    assert revenue_line(tmp_path, book, log).startswith("Revenue: 60,000 EUR a year")


def test_an_edited_work_log_is_seen_by_the_next_draft(tmp_path: Path) -> None:
    book, log = files(tmp_path)
    settings = settings_for(tmp_path, book, log)
    before = gather_facts(fernbrook(), settings=settings, now=NOW)
    assert before.items[-1].description == "Monthly performance report for June delivered"
    rewrite_keeping_times(log, b"07-08,fernbrook,Monthly", b"07-08,fernbrook,MONTHLY")
    after = gather_facts(fernbrook(), settings=settings, now=NOW)
    assert after.items[-1].description == "MONTHLY performance report for June delivered"


def test_a_book_replaced_by_rename_is_read_again(tmp_path: Path) -> None:
    book, log = files(tmp_path)
    assert revenue_line(tmp_path, book, log).startswith("Revenue: 60,000")
    old = book.stat()
    new = tmp_path / "clients.toml.new"
    new.write_bytes(BOOK.replace(b"revenue = 60000", b"revenue = 80000"))
    os.utime(new, ns=(old.st_atime_ns, old.st_mtime_ns))
    os.replace(new, book)  # what editors do when they save: a new inode, same size and mtime
    assert book.stat().st_ino != old.st_ino and book.stat().st_size == old.st_size
    assert revenue_line(tmp_path, book, log).startswith("Revenue: 80,000")


def test_the_work_log_is_resolved_again_against_a_changed_book(tmp_path: Path) -> None:
    """The log names clients by key; renaming the key (same size) must not reuse the log."""
    book, log = files(tmp_path)
    settings = settings_for(tmp_path, book, log)
    assert gather_facts(fernbrook(), settings=settings, now=NOW).items
    rewrite_keeping_times(book, b"[clients.fernbrook]", b"[clients.fernbrooq]")
    renamed = gather_facts(fernbrook(), settings=settings, now=NOW)  # its rows are skipped
    assert not renamed.items
    assert re.search(r"worklog\.csv:\d+: unknown client 'fernbrook'", renamed.warnings[0])
    rewrite_keeping_times(book, b"[clients.fernbrooq]", b"[clients.fernbrook]")
    assert gather_facts(fernbrook(), settings=settings, now=NOW).items


# -- deleted and broken files -------------------------------------------------------------------


def test_a_deleted_configured_book_is_an_error_again(tmp_path: Path) -> None:
    book, log = files(tmp_path)
    settings = settings_for(tmp_path, book, log)
    assert gather_facts(fernbrook(), settings=settings, now=NOW).client is not None
    book.unlink()
    with pytest.raises(AccountsError, match=rf"^{re.escape(str(book))}: client book not found"):
        draft_reply(EXAMPLE, settings=settings, now=NOW)


def test_a_deleted_default_book_means_no_facts_again(tmp_path: Path) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "clients.toml").write_bytes(BOOK)
    (config / "worklog.csv").write_bytes(LOG)
    settings = Settings(config_dir=config, data_dir=tmp_path / "data", offline=True, store=False)
    assert gather_facts(fernbrook(), settings=settings, now=NOW).client is not None
    (config / "clients.toml").unlink()
    gone = gather_facts(fernbrook(), settings=settings, now=NOW)
    assert gone.client is None
    [missing] = gone.missing
    assert f"No client book at {config / 'clients.toml'}" in missing
    (config / "worklog.csv").unlink()
    (config / "clients.toml").write_bytes(BOOK)
    back = gather_facts(fernbrook(), settings=settings, now=NOW)
    assert back.client is not None and back.items == ()
    assert any("No work log at" in m for m in back.missing)


def test_a_broken_book_raises_every_time_and_loads_once_fixed(tmp_path: Path) -> None:
    book, log = files(tmp_path)
    good = rewrite_keeping_times(book, b"revenue = 60000", b"revenue = -6000")
    settings = settings_for(tmp_path, book, log)
    for _ in range(2):
        with pytest.raises(AccountsError, match=r"clients\.toml:\d+: client fernbrook: revenue"):
            draft_reply(EXAMPLE, settings=settings, now=NOW)
    fixed = rewrite_keeping_times(book, b"revenue = -6000", b"revenue = 60000")
    assert (fixed.st_ino, fixed.st_size, fixed.st_mtime_ns) == (
        good.st_ino,
        good.st_size,
        good.st_mtime_ns,
    )
    assert revenue_line(tmp_path, book, log).startswith("Revenue: 60,000")


def test_a_broken_log_row_is_named_every_time_and_counts_once_fixed(tmp_path: Path) -> None:
    book, log = files(tmp_path)
    fixed = gather_facts(fernbrook(), settings=settings_for(tmp_path, book, log), now=NOW)
    rewrite_keeping_times(log, b"2025-12-08,fernbrook", b"2025-12-38,fernbrook")
    settings = settings_for(tmp_path, book, log)
    for _ in range(2):  # drafting goes on without the row, and says so each time
        facts = gather_facts(fernbrook(), settings=settings, now=NOW)
        assert facts.items == fixed.items  # (that row is before the review period)
        assert "worklog.csv:3: date '2025-12-38'" in facts.warnings[0]
    rewrite_keeping_times(log, b"2025-12-38,fernbrook", b"2025-12-08,fernbrook")
    again = gather_facts(fernbrook(), settings=settings, now=NOW)
    assert again.items == fixed.items and again.warnings == ()


def test_clients_check_reads_the_file_afresh(tmp_path: Path) -> None:
    book, log = files(tmp_path)
    assert gather_facts(fernbrook(), settings=settings_for(tmp_path, book, log), now=NOW).client
    rewrite_keeping_times(book, b"revenue = 60000", b"revenue = -6000")
    [problem] = check_book(book, log)
    assert problem.path == book and "revenue must be a number >= 0" in problem.message


# -- bounded and shared between threads ---------------------------------------------------------


def test_the_cache_holds_a_few_books_only(tmp_path: Path) -> None:
    for number in range(20):
        path = tmp_path / f"clients-{number}.toml"
        path.write_bytes(BOOK)
        assert loading.book_for(named(path)) is not None
    assert len(loading._BOOKS._entries) <= 8


def test_threads_drafting_at_once_get_the_same_facts(tmp_path: Path) -> None:
    book, log = files(tmp_path)
    settings = settings_for(tmp_path, book, log)
    expected = gather_facts(fernbrook(), settings=settings, now=NOW)
    results: list[object] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(5):
                results.append(gather_facts(fernbrook(), settings=settings, now=NOW))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and len(results) == 20
    assert all(result == expected for result in results)
