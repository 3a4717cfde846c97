"""What datamarking the email in the prompt would cost ("spotlighting"), in prompt size.

Run: python bench/bench_spotlight.py. Renders the real prompt for every bundled example
email twice: as draft-reply sends it (the email between data markers, markers defused),
and with the email's text datamarked (every space inside the data block replaced by a
marker character, U+02C6, the way the spotlighting technique interleaves a symbol the
model is told to treat as data). Prints characters and an estimate of tokens (about
four characters per token for Latin text; the marker is a token of its own), and the
ratio. Not a test: it informs the choice written in the README's design notes.
"""

from __future__ import annotations

import statistics
from datetime import UTC, datetime
from pathlib import Path

from assistant.config import Settings
from assistant.config.accounts import accounts_from_table
from assistant.drafting.facts import gather_facts
from assistant.drafting.prompts import render_prompt
from assistant.mail.message import parse_email

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
MARK = "\u02c6"


def _tokens(text: str) -> float:
    """Estimate tokens: marker characters one each, the rest four characters a token."""
    marks = text.count(MARK)
    return marks + (len(text) - marks) / 4


def _datamarked(user: str) -> str:
    start = user.index("<<<EMAIL") + len("<<<EMAIL")
    end = user.index("\nEMAIL>>>")
    block = user[start:end].replace(" ", MARK)
    return user[:start] + block + user[end:]


def main() -> int:
    home = Path("/tmp") / "draft-reply-bench-spotlight"
    accounts = accounts_from_table(
        {"book": str(FIXTURES / "clients.toml"), "worklog": str(FIXTURES / "worklog.csv")},
        source="bench",
        config_dir=home,
    )
    settings = Settings(config_dir=home, data_dir=home / "data", accounts=accounts)
    now = datetime(2026, 7, 20, tzinfo=UTC)
    plain: list[float] = []
    marked: list[float] = []
    blocks: list[float] = []
    for path in sorted((FIXTURES / "emails").glob("*.eml")):
        email = parse_email(path.read_bytes())
        facts = gather_facts(email, settings=settings, now=now)
        prompt = render_prompt(email, settings=settings, now=now, context=facts.template_context())
        system, user = (m.content for m in prompt.messages)
        plain.append(_tokens(system + user))
        marked.append(_tokens(system + _datamarked(user)))
        block = user[user.index("<<<EMAIL") : user.index("EMAIL>>>")]
        blocks.append(_tokens(_datamarked(block + "\nEMAIL>>>")) / _tokens(block))
    ratio = statistics.median(m / p for m, p in zip(marked, plain, strict=True))
    print(f"{len(plain)} example emails; prompt tokens (estimate), median:")
    print(f"  as sent today        {statistics.median(plain):8.0f}")
    print(f"  email datamarked     {statistics.median(marked):8.0f}  ({ratio:.2f}x)")
    print(f"  the email block alone: {statistics.median(blocks):.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
