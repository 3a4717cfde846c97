"""Per-draft overhead of parsing, rendering and building, over fixtures/emails.

Usage: python bench/bench_draft.py [--passes N]. Excludes interpreter start and the LLM:
each email is parsed (parse_email), the prompt rendered (render_prompt), an offline
draft composed, and the reply built and serialised. Target: under 20 ms per email
(issue 2). The baseline measured in the same run is the stdlib alone parsing the
same bytes (``email.message_from_bytes`` with ``policy.default`` plus ``get_body``).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from email import message_from_bytes, policy
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant import offline, prompts, reply  # noqa: E402
from assistant.config import Settings  # noqa: E402
from assistant.message import parse_email  # noqa: E402


def _stdlib(raw: bytes) -> None:
    msg = message_from_bytes(raw, policy=policy.default)
    body = msg.get_body(("plain", "html"))  # type: ignore[attr-defined]
    if body is not None:
        body.get_content()


def _ours(raw: bytes, settings: Settings, now: datetime) -> None:
    email = parse_email(raw)
    prompts.render_prompt(email, settings=settings, now=now)
    completion = offline.compose(email, settings=settings, now=now)
    msg = reply.build_reply(
        email, completion.text, from_address="me@example.com", now=now, language=email.language
    )
    reply.serialize(msg)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=20)
    args = parser.parse_args()
    files = sorted((ROOT / "fixtures" / "emails").glob("*.eml"))
    raws = [path.read_bytes() for path in files]
    now = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    with tempfile.TemporaryDirectory() as home:
        settings = Settings(config_dir=Path(home) / "config", data_dir=Path(home) / "data")
        for raw in raws:  # warm up: first template compile, lazy imports
            _ours(raw, settings, now)
        ours_runs, base_runs = [], []
        for _ in range(args.passes):
            start = time.perf_counter()
            for raw in raws:
                _stdlib(raw)
            base_runs.append((time.perf_counter() - start) / len(raws))
            start = time.perf_counter()
            for raw in raws:
                _ours(raw, settings, now)
            ours_runs.append((time.perf_counter() - start) / len(raws))
    ours, base = statistics.median(ours_runs), statistics.median(base_runs)
    print(f"{len(raws)} fixture emails, {args.passes} passes, medians per email")
    print(f"stdlib parse + get_body          {base * 1000:7.3f} ms")
    print(f"draft-reply parse+render+build   {ours * 1000:7.3f} ms  ({ours / base:.1f}x stdlib)")
    print(f"target: under 20 ms per email -> {'met' if ours < 0.020 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
