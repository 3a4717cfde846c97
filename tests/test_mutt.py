"""Your own words held too, from a real mail client: mutt with ``sendmail`` set to
``draft-reply sendmail`` (Debian's mutt; the test skips, with the reason, without it)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.outbox.store import Outbox

DRAFT_REPLY = str(Path(sys.executable).parent / "draft-reply")


def test_mutt_hands_its_mail_to_the_outbox_where_it_cools_off(tmp_path: Path) -> None:
    if shutil.which("mutt") is None:
        pytest.skip("mutt is not installed (Debian package mutt; .ci/run installs it)")
    muttrc = tmp_path / "muttrc"
    muttrc.write_text(
        f'set sendmail = "{DRAFT_REPLY} sendmail"\n'
        'set from = "Sam Carter <sam@example.com>"\nset use_from = yes\n'
        'set envelope_from = yes\nset copy = no\nset record = ""\n',
        "utf-8",
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "DRAFT_REPLY"))}
    env |= {"HOME": str(tmp_path), "DRAFT_REPLY_HOME": str(tmp_path / "home")}
    body = b"Hello Anna,\n\nthe corrected report comes on Friday.\n\nSam\n"
    result = subprocess.run(
        [
            "mutt",
            "-n",
            "-F",
            str(muttrc),
            "-s",
            "Corrected report",
            "-b",
            "boss@example.com",
            "anna@client.example",
        ],
        input=body,
        env=env,
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    with Outbox.open(tmp_path / "home" / "data" / "outbox.sqlite3") as outbox:
        (summary,) = outbox.list()
        draft = outbox.get(summary.id)
    assert draft.backend == "own" and draft.subject == "Corrected report"
    assert draft.state == "waiting"  # it waits its cooling-off like any draft
    assert b"the corrected report comes on Friday" in draft.eml
    assert b"Bcc:" not in draft.eml  # the copy that is sent never shows the Bcc...
    assert "boss@example.com" in draft.to  # ...but the Bcc still gets it
    assert draft.notes.get("_envelope_from") == "sam@example.com"
