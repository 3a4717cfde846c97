"""Prompt tokens per draft: the static prefix, the per-email part, and a minimal prompt.

Usage: python bench/bench_prompt.py. For each example email (fixtures/emails, with the
example client book and work log) and each quality case (tests/data/quality), renders the
request that writes the client reply and counts tokens of the system prefix (the same bytes
for every email: cached by providers after the first request), of the per-email user
message, and of the whole. The baseline, measured in the same run, is a minimal prompt: the
email's new text, the work items and a three-line rule. Counts are tiktoken's o200k_base
when tiktoken and its encoding file are available, else four characters per token (the
estimate OpenAI documents); the line says which. Ratios are per-email part / minimal and
total / minimal; with caching, what a provider bills at full price is the per-email part.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from assistant.checks.grounding import format_items  # noqa: E402
from assistant.config import Settings  # noqa: E402
from assistant.config.accounts import accounts_from_table  # noqa: E402
from assistant.drafting.facts import gather_facts  # noqa: E402
from assistant.drafting.prompts import render_prompt  # noqa: E402
from assistant.mail.message import parse_email  # noqa: E402

MINIMAL_RULES = (
    "Write a calm reply to this upset client email in its language. Thank them, restate their "
    "concerns, answer their asks, list the work items below that help, and give only the facts "
    "given. Plain text, 120-250 words."
)


def counter() -> tuple[str, Any]:
    """Return (what counts, a function from text to tokens)."""
    try:
        import tiktoken

        encoding = tiktoken.get_encoding("o200k_base")
        return "tiktoken o200k_base", lambda text: len(encoding.encode(text))
    except Exception:  # not installed, or no network for its encoding file
        return "estimate: 4 characters per token", lambda text: round(len(text) / 4)


def requests() -> list[tuple[str, str, str, str]]:
    """Return (name, system, user, minimal prompt) for each email."""
    from quality import load_cases, settings_for

    found = []
    folder = Path(tempfile.mkdtemp(prefix="bench-prompt-"))
    fixtures = ROOT / "fixtures"
    table = {"book": str(fixtures / "clients.toml"), "worklog": str(fixtures / "worklog.csv")}
    settings = Settings(
        config_dir=folder / "config",
        data_dir=folder / "data",
        accounts=accounts_from_table(table, source="bench", config_dir=folder),
    )
    now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    for path in sorted((fixtures / "emails").glob("*.eml")):
        email = parse_email(path)
        found.append(_request(path.stem, email, settings, now))
    for case in load_cases():
        case_settings = settings_for(case, folder / case.name)
        email = parse_email(case.raw())
        found.append(_request(f"quality/{case.name}", email, case_settings, now))
    return found


def _request(name: str, email: Any, settings: Settings, now: datetime) -> tuple[str, str, str, str]:
    facts = gather_facts(email, settings=settings, now=now)
    prompt = render_prompt(email, settings=settings, now=now, context=facts.template_context())
    system, user = (m.content for m in prompt.messages)
    minimal = f"{MINIMAL_RULES}\n\n{email.new_text}\n\n{format_items(facts.items)}\n"
    return name, system, user, minimal


def main() -> None:
    how, count = counter()
    rows = requests()
    systems = {system for _, system, _, _ in rows}
    prefix = count(next(iter(systems)))
    per_email = [count(user) for _, _, user, _ in rows]
    minimal = [count(text) for *_, text in rows]
    totals = [prefix + n for n in per_email]
    print(f"prompt tokens over {len(rows)} emails ({how})")
    print(f"  static prefix: {prefix} tokens, {len(systems)} distinct prefix(es) across emails")
    print(
        f"  per-email part: median {statistics.median(per_email):.0f}, "
        f"max {max(per_email)}; total median {statistics.median(totals):.0f}"
    )
    print(f"  minimal prompt (baseline): median {statistics.median(minimal):.0f}")
    ratios = [p / m for p, m in zip(per_email, minimal, strict=True)]
    whole = [t / m for t, m in zip(totals, minimal, strict=True)]
    print(
        f"  per-email part / minimal: median {statistics.median(ratios):.2f}x; "
        f"total / minimal: median {statistics.median(whole):.2f}x"
    )


if __name__ == "__main__":
    main()
