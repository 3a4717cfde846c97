"""``draft-reply worker`` against a model that takes 1 s per answer: how close to the floor.

Usage: python bench/bench_worker.py [--latency SECONDS] [--quick]. Queues N messages (the
example review complaint with N Message-IDs), starts the OpenAI-compatible fake server on
127.0.0.1 with every answer delayed by the latency, and times ``draft-reply worker --once
--jobs J`` as a whole command (a subprocess, start-up included). The baseline is the floor
ceil(N / J) x latency, the time the model alone needs; the figure is the ratio to it (target:
20 drafts with 8 jobs within 1.2x). The server also notes when the first request arrives:
"start-up" is the time until then (Python, imports, openai's own import, the Session's
warm-up, the first drafts' preparation), "after start-up" the ratio of the rest of the run to
the floor (what a long-running worker pays per batch). ``--quick`` runs 20 drafts only.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from fake_openai import Compute, Delay, running_fake_openai  # noqa: E402

from assistant.outbox.inbound import Inbound  # noqa: E402

EXAMPLE = (ROOT / "fixtures" / "emails" / "review-complaint-en.eml").read_bytes()
ANSWER = {
    "reply": (
        "Hi Rachel,\n\nThank you for telling me about the review yourself. As I understand it, "
        "the reports came late and the dashboard was down in June. You asked for a call in the "
        "next two weeks: I will send you two times by Thursday. Which providers did better in "
        "your review?\n\nSam"
    ),
    "notes": {"understand": "-", "record": "-", "perspective": "-"},
}


def run_once(count: int, jobs: int, latency: float) -> tuple[float, float]:
    """Return (wall time of one worker run over ``count`` queued messages, seconds from its
    start to the first model request)."""
    home = Path(tempfile.mkdtemp(prefix="bench-worker-"))
    with Inbound.open(Inbound.path_for(home / "data")) as queue:
        for number in range(count):
            raw = EXAMPLE.replace(b"Message-ID: <", f"Message-ID: <b{number}.".encode(), 1)
            queue.add(raw, f"<b{number}@bench>", datetime.now(UTC))
    arrivals: list[float] = []

    def answer(_request: object) -> str:
        arrivals.append(time.perf_counter() - latency)
        return json.dumps(ANSWER)

    with running_fake_openai() as server:
        server.enqueue(*[Delay(latency, Compute(answer)) for _ in range(count)])
        env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "DRAFT_"))}
        env |= {
            "DRAFT_REPLY_HOME": str(home),
            "OPENAI_API_KEY": "sk-bench",
            "OPENAI_BASE_URL": server.base_url,
        }
        (home / "config").mkdir(parents=True, exist_ok=True)
        (home / "config" / "config.toml").write_text("[llm]\nprobe_local = false\n", "utf-8")
        command = [str(Path(sys.executable).parent / "draft-reply"), "worker", "--once"]
        start = time.perf_counter()
        done = subprocess.run([*command, "--jobs", str(jobs)], env=env, capture_output=True)
        elapsed = time.perf_counter() - start
    if done.returncode != 0 or f"drafted {count}," not in done.stdout.decode():
        raise SystemExit(f"worker failed: {done.stdout.decode()} {done.stderr.decode()}")
    return elapsed, min(arrivals) - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--latency", type=float, default=1.0)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    plans = [(20, 1), (20, 8), (20, 16)]
    if not args.quick:
        plans += [(100, 8), (100, 16)]
    print(f"draft-reply worker --once, model latency {args.latency:g} s")
    for count, jobs in plans:
        elapsed, startup = run_once(count, jobs, args.latency)
        floor = math.ceil(count / jobs) * args.latency
        print(
            f"  {count:3} drafts, --jobs {jobs:2}: {elapsed:6.1f} s, floor {floor:5.1f} s, "
            f"{elapsed / floor:.2f}x the floor; start-up {startup:.2f} s, "
            f"after start-up {(elapsed - startup) / floor:.2f}x"
        )


if __name__ == "__main__":
    main()
