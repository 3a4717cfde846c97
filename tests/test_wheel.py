"""The built wheel carries the prompt templates and drafts a reply from a fresh venv."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "fixtures" / "emails" / "review-complaint-en.eml"


@pytest.mark.slow
def test_installed_wheel_drafts_with_bundled_prompts(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [
            *(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps"),
            *("--no-build-isolation", "--wheel-dir", str(dist), str(ROOT)),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(dist.glob("draft_reply-*.whl"))

    target = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(target)
    bin_dir = target / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    # The dependencies come from this interpreter's site-packages, added with a plain path
    # line (which does not run that folder's .pth files, so no editable checkout leaks in).
    Path(purelib, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [
            *(sys.executable, "-m", "pip", "--python", str(python)),
            *("install", "--quiet", "--no-deps", str(wheel)),
        ],
        check=True,
        capture_output=True,
    )

    home = tmp_path / "home"
    (home / "config").mkdir(parents=True)
    (home / "config" / "config.toml").write_text("[llm]\nprobe_local = false\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "DRAFT_REPLY"))}
    env |= {"DRAFT_REPLY_HOME": str(home)}
    env.pop("PYTHONPATH", None)
    where = subprocess.run(
        [
            str(python),
            "-c",
            "import assistant, assistant.drafting.prompts as p; "
            "print(assistant.__file__); print(p.bundled_prompts_dir())",
        ],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
    ).stdout.splitlines()
    assert where[0].startswith(purelib), where
    assert where[1].startswith(purelib), where

    result = subprocess.run(
        [str(bin_dir / "draft-reply"), "--json", str(EXAMPLE)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["backend"] == "offline"
    assert data["body"]
