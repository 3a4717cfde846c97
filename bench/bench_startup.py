"""Cold start of ``draft-reply --version`` as a ratio of ``python -c pass``, in one run.

Usage: python bench/bench_startup.py [--runs N] [--no-bytecode]. Target: at most 4x (issue 2).
The commands run alternately N times each; the medians are compared. Python's bytecode
cache is on (in a temporary ``PYTHONPYCACHEPREFIX``), as an installed wheel has it, even
where ``PYTHONDONTWRITEBYTECODE`` is set; ``--no-bytecode`` times recompiling every run.
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
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--no-bytecode", action="store_true", help="recompile on every run")
    args = parser.parse_args()
    env = dict(os.environ)
    cache = tempfile.TemporaryDirectory()
    if args.no_bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = cache.name
    exe = shutil.which("draft-reply", path=str(Path(sys.executable).parent))
    tool = [exe, "--version"] if exe else [sys.executable, "-m", "assistant", "--version"]
    baseline = [sys.executable, "-c", "pass"]
    parser_only = [sys.executable, "-c", "import argparse"]
    commands = {"python -c pass": baseline, "python -c 'import argparse'": parser_only}
    commands["draft-reply --version"] = tool
    for cmd in commands.values():  # warm the page cache (and write the bytecode cache)
        _time(cmd, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, cmd in commands.items():
            times[name].append(_time(cmd, env))
    medians = {name: statistics.median(values) for name, values in times.items()}
    base = medians["python -c pass"]
    for name, value in medians.items():
        print(f"{name:26} median {value * 1000:7.1f} ms  {value / base:5.2f}x of python -c pass")
    ours = medians["draft-reply --version"]
    parser_cost = medians["python -c 'import argparse'"]
    print(f"ratio {ours / base:.2f}x (target <= 4x)")
    print(f"draft-reply beyond 'import argparse': {(ours - parser_cost) * 1000:.1f} ms")
    print("bytecode cache:", "off (recompiled every run)" if args.no_bytecode else "on")
    cache.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
