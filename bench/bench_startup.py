"""Cold start of ``draft-reply`` against ``python -c "import click"``, in one run.

Usage: python bench/bench_startup.py [--runs N] [--no-bytecode]. Targets: ``draft-reply
--version`` at most 1.3x ``python -c "import click"``; ``--help`` and ``outbox list`` (on an
empty outbox) are reported against ``--version``. The commands run alternately N times each
and the medians are compared, so a machine that speeds up or slows down affects all alike.
Python's bytecode cache is on (in a temporary ``PYTHONPYCACHEPREFIX``), as an installed wheel
has it; ``--no-bytecode`` times recompiling every run. ``DRAFT_REPLY_HOME`` is a fresh
temporary folder, so ``outbox list`` finds no outbox.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _time(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--no-bytecode", action="store_true", help="recompile on every run")
    args = parser.parse_args()
    cache = tempfile.TemporaryDirectory()
    home = tempfile.TemporaryDirectory()
    env = dict(os.environ, DRAFT_REPLY_HOME=home.name)
    if args.no_bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = cache.name
    exe = shutil.which("draft-reply", path=str(Path(sys.executable).parent))
    tool = [exe] if exe else [sys.executable, "-m", "assistant"]
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "python -c 'import click'": [sys.executable, "-c", "import click"],
        "draft-reply --version": [*tool, "--version"],
        "draft-reply --help": [*tool, "--help"],
        "draft-reply outbox list": [*tool, "outbox", "list"],
    }
    for cmd in commands.values():  # warm the page cache (and write the bytecode cache)
        _time(cmd, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, cmd in commands.items():
            times[name].append(_time(cmd, env))
    medians = {name: statistics.median(values) for name, values in times.items()}
    base, click_base = medians["python -c pass"], medians["python -c 'import click'"]
    version = medians["draft-reply --version"]
    for name, value in medians.items():
        print(f"{name:26} median {value * 1000:7.1f} ms  {value / base:5.2f}x python -c pass")
    print(f"--version / import click: {version / click_base:.2f}x (target <= 1.3x)")
    for name in ("draft-reply --help", "draft-reply outbox list"):
        print(f"{name[12:]} / --version: {medians[name] / version:.2f}x")
    print("bytecode cache:", "off (recompiled every run)" if args.no_bytecode else "on")
    print("outbox created:", (Path(home.name) / "data").exists())
    cache.cleanup()
    home.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
