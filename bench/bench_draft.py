"""Per-draft overhead of parsing, rendering and building, over fixtures/emails.

Usage: python bench/bench_draft.py [--passes N]. Excludes interpreter start and the LLM.
Two figures: the core path (parse_email, render_prompt, offline.compose, build_reply and
serialize) and the whole ``draft_reply()`` offline with the example client book and work
log (facts, heat, cooling-off; not stored). Target: under 20 ms per email (issue 2).
The baseline measured in the same run is the stdlib alone parsing the same bytes
(``email.message_from_bytes`` with ``policy.default`` plus ``get_body``).
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

from assistant.config import Settings  # noqa: E402
from assistant.config.accounts import accounts_from_table  # noqa: E402
from assistant.drafting import offline, prompts  # noqa: E402
from assistant.drafting.draft import draft_reply  # noqa: E402
from assistant.mail import reply  # noqa: E402
from assistant.mail.message import parse_email  # noqa: E402


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
        whole = settings.replace(
            offline=True,
            store=False,
            identity="Sam Carter <sam.carter@harbourlight.example.net>",
            accounts=accounts_from_table(
                {
                    "book": str(ROOT / "fixtures" / "clients.toml"),
                    "worklog": str(ROOT / "fixtures" / "worklog.csv"),
                },
                source="bench",
                config_dir=ROOT,
            ),
        )
        for raw in raws:  # warm up: first template compile, lazy imports
            _ours(raw, settings, now)
            draft_reply(raw, settings=whole, now=now)
        runs: dict[str, list[float]] = {"stdlib": [], "core": [], "whole": []}
        for _ in range(args.passes):
            for name, work in (
                ("stdlib", _stdlib),
                ("core", lambda raw: _ours(raw, settings, now)),
                ("whole", lambda raw: draft_reply(raw, settings=whole, now=now)),
            ):
                start = time.perf_counter()
                for raw in raws:
                    work(raw)
                runs[name].append((time.perf_counter() - start) / len(raws))
    base, core, full = (statistics.median(runs[k]) for k in ("stdlib", "core", "whole"))
    print(f"{len(raws)} fixture emails, {args.passes} passes, medians per email")
    print(f"stdlib parse + get_body            {base * 1000:7.3f} ms")
    print(f"parse + render + offline + build   {core * 1000:7.3f} ms  ({core / base:.1f}x stdlib)")
    print(f"draft_reply() offline, with facts  {full * 1000:7.3f} ms  ({full / base:.1f}x stdlib)")
    print(f"target: under 20 ms per email -> {'met' if max(core, full) < 0.020 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
