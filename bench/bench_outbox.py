"""Benchmark: ``Outbox.list()`` plus row formatting over 10,000 drafts, against bare sqlite3.

Run: ``PYTHONPATH=. .venv/bin/python bench/bench_outbox.py [--count N] [--keep DIR]``

Then the whole command: ``draft-reply outbox list`` (and ``--json``) as a subprocess with
``DRAFT_REPLY_HOME`` pointing at the outbox, against ``python -c pass`` and
``draft-reply --version`` timed in the same run (the target is 300 ms for the whole command).
The commands run with Python's bytecode cache on (in a temporary ``PYTHONPYCACHEPREFIX``), as
an installed wheel has it, even where ``PYTHONDONTWRITEBYTECODE`` is set; ``--no-bytecode``
measures a cold compile of ``assistant`` on every run instead. Each line gives the median
wall time and the median CPU time (user + system) of the child, which a loaded machine
disturbs less.

``build_outbox(path, count)`` makes an outbox file with ``count`` drafts (realistic message
sizes, a mix of states) so that a whole-command timing (``draft-reply outbox list`` with
``DRAFT_REPLY_HOME`` pointing at it) can reuse it. The baseline is a bare sqlite3 SELECT of
the same columns in the same process, formatted the same way.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

from assistant.outbox.store import DraftSummary, Outbox

NOW = datetime(2026, 11, 30, 14, 0, tzinfo=UTC)
_STATES = ("waiting", "waiting", "waiting", "sent", "sent", "failed", "cancelled", "unknown")


def _message(n: int, size: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Sam <sam@agency.example>"
    msg["To"] = f"Client {n} <client{n}@example.com>"
    msg["Subject"] = f"Re: Quarterly review {n}"
    msg["Message-ID"] = f"<bench-{n}@agency.example>"
    msg.set_content(("Thank you for your honest feedback. " * (size // 36 + 1))[:size])
    return msg.as_bytes()


def build_outbox(path: Path, count: int = 10_000) -> None:
    """Create the outbox file ``path`` holding ``count`` drafts (about 3 KB + 8 KB each).

    The first draft goes through ``Outbox.add``; the rest are copies of its row made in
    one transaction (``add`` commits with an fsync each, which would dominate).
    """
    with Outbox.open(path) as box:
        first = box.add(
            message_id="<bench-0@agency.example>",
            in_reply_to="<in-0@example.com>",
            to=("Client 0 <client0@example.com>",),
            subject="Re: Quarterly review 0",
            body="Thank you for your honest feedback. " * 60,
            eml=_message(0, 3000),
            source_eml=_message(0, 8000),
            notes={"worth_pursuing": "Maintain.", "manager_note": "Small account."},
            language="en",
            backend="offline",
            model=None,
            not_before=NOW + timedelta(minutes=45),
            heat_in=0.6,
            heat_out=0.1,
            cooling_reason="inbound mail is heated (3 phrases)",
            now=NOW,
        )
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("BEGIN IMMEDIATE")
    for n in range(1, count):
        created = (NOW - timedelta(minutes=count - n)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        not_before = (NOW + timedelta(minutes=(n % 240) - 120)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        draft_id = f"{n:08x}"
        db.execute(
            "INSERT INTO drafts (id, message_id, in_reply_to, recipients, subject, language, "
            "backend, model, created, not_before, state, heat_in, heat_out, cooling_reason, "
            "updated) "
            "SELECT ?, ?, in_reply_to, ?, ?, language, backend, model, ?, ?, ?, heat_in, "
            "heat_out, cooling_reason, ? FROM drafts WHERE id = ?",
            (
                draft_id,
                f"<bench-{n}@agency.example>",
                f"Client {n} <client{n}@example.com>",
                f"Re: Quarterly review {n}",
                created,
                not_before,
                _STATES[n % len(_STATES)],
                created,
                first.id,
            ),
        )
        db.execute(
            "INSERT INTO messages (draft_id, body, eml, source_eml, notes) "
            "SELECT ?, body, eml, source_eml, notes FROM messages WHERE draft_id = ?",
            (draft_id, first.id),
        )
    db.execute("COMMIT")
    db.close()


def _format(draft_id: str, to: str, subject: str, state: str, left: str) -> str:
    return f"{draft_id}  {to[:28]:<28}  {subject[:40]:<40}  {state:<9}  {left}"


def _left(not_before: datetime) -> str:
    minutes = int((not_before - NOW).total_seconds() // 60)
    return f"{minutes} min" if minutes > 0 else ""


def list_with_outbox(path: Path) -> int:
    """Open the outbox, list every draft and format one line each; return the line count."""
    with Outbox.open(path) as box:
        rows: list[DraftSummary] = box.list()
        lines = [
            _format(d.id, d.to[0], d.subject, d.state_at(NOW), _left(d.not_before)) for d in rows
        ]
    return len(lines)


def list_with_sqlite(path: Path) -> int:
    """The baseline: bare sqlite3, the same columns, the same formatting."""
    db = sqlite3.connect(path)
    rows = db.execute(
        "SELECT id, recipients, subject, state, not_before, override_reason FROM drafts "
        "ORDER BY created, id"
    ).fetchall()
    lines = []
    for draft_id, recipients, subject, state, not_before, override in rows:
        nb = datetime.fromisoformat(not_before)
        if state == "waiting":
            state = "ready" if override or nb <= NOW else "cooling"
        to = recipients.split("\n")[0]
        lines.append(_format(draft_id, to, subject, state, _left(nb)))
    db.close()
    return len(lines)


def _time(func: Callable[[Path], int], path: Path, repeat: int) -> tuple[float, int]:
    timings = []
    count = 0
    for _ in range(repeat):
        start = time.perf_counter()
        count = func(path)
        timings.append(time.perf_counter() - start)
    return statistics.median(timings), count


def _command() -> list[str]:
    """Return the argv prefix that runs ``draft-reply`` (the console script, else -m)."""
    script = Path(sys.executable).with_name("draft-reply")
    if script.exists():
        return [str(script)]
    if shutil.which("draft-reply"):
        return ["draft-reply"]
    return [sys.executable, "-m", "assistant"]


def _run_timed(argv: list[str], env: dict[str, str]) -> tuple[float, float, bytes]:
    """Run ``argv``; return its wall time and CPU time (user + system), seconds, and stdout."""
    start = time.perf_counter()
    with subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL) as proc:
        assert proc.stdout is not None
        out = proc.stdout.read()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    if proc.returncode:
        raise subprocess.CalledProcessError(proc.returncode, argv)
    return wall, usage.ru_utime + usage.ru_stime, out


def time_commands(
    home: Path, repeat: int, *, bytecode: bool = True
) -> dict[str, tuple[float, float]]:
    """Time whole commands as subprocesses; return the median wall and CPU time, seconds.

    ``home`` is the DRAFT_REPLY_HOME whose ``data/outbox.sqlite3`` is listed; its config file
    gets ``[cooling_off]`` and a Maildir ``[transport]``. Each command runs once untimed
    first (warm file cache and, with ``bytecode``, the bytecode cache); stdout goes to a
    pipe, as in a script.
    """
    config = home / "config" / "config.toml"  # a realistic config: its sections import code
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(
        '[cooling_off]\nbase_delay_minutes = 30\n\n[transport]\nkind = "maildir"\n'
        f'path = "{home / "Drafts"}"\n'
    )
    env = {**os.environ, "DRAFT_REPLY_HOME": str(home), "TZ": "UTC"}
    env.pop("DRAFT_REPLY_CONFIG", None)
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    draft_reply = _command()
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "draft-reply --version": [*draft_reply, "--version"],
        "draft-reply outbox list": [*draft_reply, "outbox", "list"],
        "draft-reply outbox list --json": [*draft_reply, "outbox", "list", "--json"],
    }
    medians: dict[str, tuple[float, float]] = {}
    for name, argv in commands.items():
        subprocess.run(argv, env=env, check=True, capture_output=True)
        walls, cpus = [], []
        for _ in range(repeat):
            wall, cpu, out = _run_timed(argv, env)
            walls.append(wall)
            cpus.append(cpu)
        if "list" in name and not out:
            raise RuntimeError(f"{name} printed nothing")
        medians[name] = (statistics.median(walls), statistics.median(cpus))
    return medians


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="build the outbox in this folder and keep it")
    parser.add_argument(
        "--no-bytecode", action="store_true", help="compile assistant on every run (no .pyc)"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        path = folder / "data" / "outbox.sqlite3"  # where DRAFT_REPLY_HOME=folder has it
        path.parent.mkdir(parents=True, exist_ok=True)
        path.unlink(missing_ok=True)
        start = time.perf_counter()
        build_outbox(path, args.count)
        size = path.stat().st_size
        print(
            f"built {args.count} drafts in {time.perf_counter() - start:.2f} s, "
            f"{size / 1e6:.0f} MB: {path}"
        )
        ours, n_ours = _time(list_with_outbox, path, args.repeat)
        base, n_base = _time(list_with_sqlite, path, args.repeat)
        assert n_ours == n_base == args.count, (n_ours, n_base)
        print(f"Outbox.open + list() + format: {ours * 1000:7.1f} ms (median of {args.repeat})")
        print(f"bare sqlite3 SELECT + format:  {base * 1000:7.1f} ms")
        print(f"ratio: {ours / base:.2f}x")
        medians = time_commands(folder, args.repeat, bytecode=not args.no_bytecode)
        python = medians["python -c pass"]
        version = medians["draft-reply --version"]
        cache = "off" if args.no_bytecode else "on"
        print(
            f"whole commands, {args.count} drafts (median of {args.repeat}, bytecode cache "
            f"{cache}): wall time | CPU time"
        )
        for name, (wall, cpu) in medians.items():
            print(
                f"  {name:<32} {wall * 1000:7.1f} ms  {wall / python[0]:5.1f}x python  "
                f"{wall / version[0]:4.2f}x --version | {cpu * 1000:6.1f} ms  "
                f"{cpu / python[1]:5.1f}x  {cpu / version[1]:4.2f}x"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
