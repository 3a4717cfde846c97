"""The drafting quality suite as a table: each case of tests/data/quality, offline and model.

Usage: python bench/quality.py. Drafts a reply to every case twice, with the offline drafter
and through the OpenAI-compatible fake server on 127.0.0.1 with a scripted answer (the offline
reply with its work items as citations: what the pipeline does with a model's draft), checks
both against the case's expectations (tests/quality.py) and prints one line per case, what
failed, and the pass count per path. The same checks are tests/test_quality.py.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from datetime import timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from fake_openai import running_fake_openai  # noqa: E402
from quality import load_cases, problems, scripted_answer, settings_for  # noqa: E402

from assistant.drafting.draft import draft_reply  # noqa: E402


def main() -> None:
    cases = load_cases()
    passed: Counter[str] = Counter()
    folder = Path(tempfile.mkdtemp(prefix="bench-quality-"))
    print(f"{'case':28} {'offline':8} {'model':8}")
    with running_fake_openai() as server:
        for case in cases:
            now = parsedate_to_datetime(case.date) + timedelta(hours=1)
            offline_settings = settings_for(case, folder / case.name / "offline")
            offline = draft_reply(case.raw(), settings=offline_settings, now=now)
            found_offline = problems(case, offline, offline_settings)
            server.enqueue(scripted_answer(case, offline))
            model_settings = settings_for(
                case,
                folder / case.name / "model",
                offline=False,
                probe_local=False,
                api_key="sk-bench",
                base_url=server.base_url,
                deadline=10.0,
            )
            model = draft_reply(case.raw(), settings=model_settings, now=now)
            found_model = problems(case, model, model_settings)
            passed["offline"] += not found_offline
            passed["model"] += not found_model
            marks = ["pass" if not found else "FAIL" for found in (found_offline, found_model)]
            print(f"{case.name:28} {marks[0]:8} {marks[1]:8}")
            for found in (*found_offline, *found_model):
                print(f"    {found}")
    languages = sorted({case.language for case in cases})
    print(
        f"{len(cases)} cases in {len(languages)} languages ({', '.join(languages)}): "
        f"offline {passed['offline']} of {len(cases)} pass, "
        f"scripted model {passed['model']} of {len(cases)} pass"
    )


if __name__ == "__main__":
    main()
