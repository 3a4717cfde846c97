"""Parse throughput: our parse_email against mail-parser over every corpus .eml.

Run: python bench/bench_parse.py [passes]. Prints messages per second for both and the
ratio (ours / mail-parser). Skips with a message when ../shared/corpus is absent or
mail-parser is not installed. Not a test: numbers depend on the machine.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "real"


def _rate(parse: Callable[[bytes], object], messages: list[bytes], passes: int) -> float:
    for raw in messages:  # warm up: imports, caches, language model
        parse(raw)
    start = time.perf_counter()
    for _ in range(passes):
        for raw in messages:
            parse(raw)
    return passes * len(messages) / (time.perf_counter() - start)


def main() -> int:
    sys.path.insert(0, str(ROOT))
    passes = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    files = sorted(CORPUS.glob("*.eml")) if CORPUS.is_dir() else []
    if not files:
        print(f"skipped: no corpus at {CORPUS}")
        return 0
    try:
        import mailparser
    except ImportError:
        print("skipped: mail-parser is not installed (pip install mail-parser)")
        return 0
    import logging

    from assistant.errors import BadEmailError
    from assistant.message import parse_email

    logging.getLogger("mailparser").setLevel(logging.CRITICAL)
    messages = [path.read_bytes() for path in files]

    def ours(raw: bytes) -> object:
        try:
            return parse_email(raw)
        except BadEmailError:
            return None

    size = sum(map(len, messages)) / 1024
    print(f"{len(messages)} messages, {size:.0f} KiB, {passes} passes")
    our_rate = _rate(ours, messages, passes)
    their_rate = _rate(mailparser.parse_from_bytes, messages, passes)
    print(f"parse_email              {our_rate:8.0f} msg/s")
    print(f"mailparser.parse_from_bytes {their_rate:5.0f} msg/s")
    print(f"ratio ours/mail-parser   {our_rate / their_rate:8.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
