"""Parse throughput: our parse_email against mail-parser over every corpus .eml.

Run: python bench/bench_parse.py [passes]. Each pass times both parsers over the whole
corpus, alternating which goes first, so machine noise hits both alike; prints the median
messages per second of each and the ratio of the medians (ours / mail-parser). Skips
with a message when ../shared/corpus is absent or mail-parser is not installed. Not a
test: numbers depend on the machine.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "real"


def _pass(parse: Callable[[bytes], object], messages: list[bytes]) -> float:
    """Return messages per second for one pass over ``messages``."""
    start = time.perf_counter()
    for raw in messages:
        parse(raw)
    return len(messages) / (time.perf_counter() - start)


def main() -> int:
    sys.path.insert(0, str(ROOT))
    passes = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    files = sorted(CORPUS.glob("*.eml")) if CORPUS.is_dir() else []
    if not files:
        print(f"skipped: no corpus at {CORPUS}")
        return 0
    try:
        import mailparser  # type: ignore[import-untyped]
    except ImportError:
        print("skipped: mail-parser is not installed (pip install mail-parser)")
        return 0
    import logging

    from assistant.errors import BadEmailError
    from assistant.mail.message import parse_email

    logging.getLogger("mailparser").setLevel(logging.CRITICAL)
    messages = [path.read_bytes() for path in files]

    def ours(raw: bytes) -> object:
        try:
            return parse_email(raw)
        except BadEmailError:
            return None

    theirs = mailparser.parse_from_bytes
    size = sum(map(len, messages)) / 1024
    print(f"{len(messages)} messages, {size:.0f} KiB, {passes} passes (median)")
    _pass(ours, messages)  # warm up: imports, caches, language model
    _pass(theirs, messages)
    our_rates: list[float] = []
    their_rates: list[float] = []
    for i in range(passes):
        order = [(ours, our_rates), (theirs, their_rates)]
        for parse, rates in order if i % 2 == 0 else reversed(order):
            rates.append(_pass(parse, messages))
    our_rate, their_rate = statistics.median(our_rates), statistics.median(their_rates)
    print(f"parse_email                  {our_rate:6.0f} msg/s")
    print(f"mailparser.parse_from_bytes  {their_rate:6.0f} msg/s")
    print(f"ratio ours/mail-parser       {our_rate / their_rate:6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
