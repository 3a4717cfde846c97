"""``draft-reply check``: a reply you wrote yourself, reviewed before it leaves (CLI)."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from conftest import Run

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
EXAMPLE = FIXTURES / "emails" / "review-complaint-en.eml"
EXAMPLE_DE = FIXTURES / "emails" / "review-complaint-de.eml"
CALM = """Dear Rachel,

Thank you for telling me about the outcome of the review directly, and for being so clear \
about what fell short. I understand that the late monthly reports and the slow answers on \
the dashboard questions made your work harder, and that the ranking reflects that.

Since March the reports have gone out on the second working day, and the dashboard \
questions have been answered within a day. I would like to keep it that way and learn \
where we still lag behind the agencies you ranked higher.

What do they do better for you that we should change first? I will also send you two \
times for the call you asked for by Wednesday.

Kind regards,
Jonas
"""
HOT = (
    "Rachel,\n\nAS I ALREADY SAID, this is NOT our fault!!! You are not even a big client.\n"
    "We will refund everything by end of day.\n\nJonas\n"
)


@pytest.fixture
def env(home: Path) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "DRAFT_REPLY"))}
    return clean | {"DRAFT_REPLY_HOME": str(home)}


def test_a_calm_reply_passes(run: Run, env: dict[str, str]) -> None:
    result = run("check", "--text", "--reply-to", str(EXAMPLE), "-", env=env, input=CALM)
    assert result.exit_code == 0, result.stdout
    assert "nothing found" in result.stdout


def test_a_hot_reply_is_shown_with_its_phrases_and_places(run: Run, env: dict[str, str]) -> None:
    result = run("check", "--text", "--reply-to", str(EXAMPLE), "-", env=env, input=HOT)
    assert result.exit_code == 1
    out = result.stdout
    assert re.search(r"line 3, column 6: heat: 'ALREADY SAID' \[shouting\]", out)
    assert "talks down to the client: 'you are not even' [condescension]" in out
    assert "excuse or blame phrases" in out and "'not our fault'" in out
    assert "a promise the record does not hold: 'refund' [promise]" in out
    assert "your reply is hotter than their email" in out


def test_json_gives_kinds_and_positions(run: Run, env: dict[str, str]) -> None:
    result = run("check", "--json", "--text", "-", env=env, input=HOT)
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    kinds = {f["kind"] for f in data["findings"]}
    assert {"shouting", "condescension", "excuse", "promise"} <= kinds
    shouting = next(f for f in data["findings"] if f["kind"] == "shouting")
    assert (shouting["line"], shouting["column"]) == (3, 6)
    assert data["parent_heat"] is None and data["heat"] > 0.3


def test_the_email_answered_is_found_in_the_outbox(run: Run, env: dict[str, str]) -> None:
    assert run("--offline", str(EXAMPLE), env=env).exit_code == 0  # drafted: it is stored
    parent_id = re.search(rb"(?m)^Message-ID: (<[^>]+>)", EXAMPLE.read_bytes())
    assert parent_id is not None
    mine = (
        b"From: Jonas <jonas@harbourlight.example.net>\n"
        b"To: Rachel <rachel.hughes@fernbrook.example.com>\n"
        b"Subject: Re: review\nIn-Reply-To: " + parent_id.group(1) + b"\n\n" + HOT.encode()
    )
    result = run("check", "-", env=env, input=mine)
    assert result.exit_code == 1
    assert "(their email: 0." in result.stdout
    assert "your reply is hotter than their email" in result.stdout


def test_german_blame_and_capitals(run: Run, env: dict[str, str]) -> None:
    text = (
        "Sehr geehrte Frau Müller,\n\nwie bereits gesagt, das ist NICHT UNSERE SCHULD!!!\n\nJonas\n"
    )
    result = run("check", "--text", "--reply-to", str(EXAMPLE_DE), "-", env=env, input=text)
    assert result.exit_code == 1
    assert "'wie bereits gesagt'" in result.stdout
    assert "[shouting]" in result.stdout


def test_a_missing_file_is_66(run: Run, env: dict[str, str]) -> None:
    result = run("check", "nowhere.eml", env=env)
    assert result.exit_code == 66
    assert "no such file" in result.stderr


TALKING_DOWN = {
    "fr": (
        "Bonjour Madame Dubois,\n\nsi vous aviez lu notre rapport, vous sauriez que tout "
        "était prêt. Vous n'êtes même pas un gros client.\n\nCordialement,\nJonas\n",
        ["si vous aviez lu", "vous n'êtes même pas", "même pas un gros client"],
    ),
    "es": (
        "Estimada señora García:\n\nCon todo respeto, si hubiera leído nuestro informe "
        "sabría que todo estaba listo a tiempo.\n\nSaludos,\nJonas\n",
        ["con todo respeto", "si hubiera leído"],
    ),
    "it": (
        "Gentile signora Rossi,\n\ncon tutto il rispetto, se avesse letto il nostro rapporto "
        "saprebbe che era tutto pronto.\n\nCordiali saluti,\nJonas\n",
        ["con tutto il rispetto", "se avesse letto"],
    ),
    "nl": (
        "Beste mevrouw de Vries,\n\nMet alle respect, als u had gelezen wat wij stuurden, "
        "wist u dat alles klaar was. U bent niet eens een grote klant.\n\n"
        "Met vriendelijke groet,\nJonas\n",
        ["met alle respect", "als u had gelezen", "u bent niet eens", "niet eens een grote klant"],
    ),
    "pt": (
        "Prezada Sra. Silva,\n\nCom todo o respeito, se tivesse lido o nosso relatório "
        "saberia que estava tudo pronto.\n\nCumprimentos,\nJonas\n",
        ["com todo o respeito", "se tivesse lido"],
    ),
}


@pytest.mark.parametrize("language", sorted(TALKING_DOWN))
def test_talking_down_is_found_in_every_drafting_language(
    run: Run, env: dict[str, str], language: str
) -> None:
    """The offline drafts of tests/data/quality (calm, in these languages) say none of these
    phrases: tests/quality.py counts one as a problem."""
    text, phrases = TALKING_DOWN[language]
    result = run("check", "--json", "--text", "-", env=env, input=text)
    assert result.exit_code == 1, result.stdout
    data = json.loads(result.stdout)
    found = [f["text"] for f in data["findings"] if f["kind"] == "condescension"]
    assert sorted(found) == sorted(f"talks down to the client: '{p}'" for p in phrases), found


HEADERS = (
    "From: Jonas <jonas@harbourlight.example.net>\n"
    "To: Rachel <rachel.hughes@fernbrook.example.com>\n"
    "Subject: Re: review\n"
    "Date: Mon, 30 Nov 2026 13:40:00 +0000\n"
    "Message-ID: <own-1@harbourlight.example.net>\n"
    "\n"
)


def _places(result_stdout: str) -> list[tuple[str, int, int]]:
    """(kind, line, column) of each placed finding, in the order printed."""
    return [
        (m.group(3), int(m.group(1)), int(m.group(2)))
        for m in re.finditer(r"(?m)^line (\d+), column (\d+): .* \[(\w+)\]$", result_stdout)
    ]


def test_an_eml_gives_the_file_line_of_each_finding_in_order(
    run: Run, env: dict[str, str], tmp_path: Path
) -> None:
    eml = tmp_path / "hot.eml"
    eml.write_text(HEADERS + HOT, "utf-8")  # HOT's line 3 is the file's line 9
    result = run("check", str(eml), env=env)
    assert result.exit_code == 1
    assert re.search(r"(?m)^line 9, column 6: heat: 'ALREADY SAID' \[shouting\]$", result.stdout)
    places = _places(result.stdout)
    assert [(line, column) for _, line, column in places] == sorted(
        (line, column) for _, line, column in places
    )
    assert {line for _, line, _ in places} == {9, 10}  # the two lines of the file
    lines = eml.read_text("utf-8").split("\n")
    for _, line, column in places:
        assert lines[line - 1][column - 1 :].strip()  # a column inside that line
    printed = result.stdout.splitlines()
    whole = [i for i, text in enumerate(printed) if re.search(r"\[\w+\]$", text)]
    first_unplaced = next(i for i in whole if not printed[i].startswith("line "))
    assert all(not printed[i].startswith("line ") for i in whole if i > first_unplaced)
    data = json.loads(run("check", "--json", str(eml), env=env).stdout)
    shouting = next(f for f in data["findings"] if f["kind"] == "shouting")
    assert (shouting["line"], shouting["column"], shouting["line_in"]) == (9, 6, "file")
    placed = [(f["line"], f["column"]) for f in data["findings"] if f["line"]]
    assert placed == sorted(placed)


def test_crlf_and_a_quote_above_the_reply_keep_the_file_lines(
    run: Run, env: dict[str, str], tmp_path: Path
) -> None:
    quoted = "Rachel wrote:\n> What went wrong?\n> Tell me.\n\n"
    eml = tmp_path / "bottom.eml"
    eml.write_bytes((HEADERS + quoted + HOT).replace("\n", "\r\n").encode())
    result = run("check", "--json", str(eml), env=env)
    shouting = next(f for f in json.loads(result.stdout)["findings"] if f["kind"] == "shouting")
    assert (shouting["line"], shouting["column"], shouting["line_in"]) == (13, 6, "file")


def test_an_encoded_body_gives_body_lines(run: Run, env: dict[str, str], tmp_path: Path) -> None:
    import base64

    eml = tmp_path / "base64.eml"
    eml.write_bytes(
        (HEADERS[:-1] + "Content-Transfer-Encoding: base64\n\n").encode()
        + base64.encodebytes(HOT.encode())
    )
    result = run("check", str(eml), env=env)
    assert result.exit_code == 1
    assert re.search(r"(?m)^body line 3, column 6: heat: 'ALREADY SAID'", result.stdout)
    shouting = next(
        f
        for f in json.loads(run("check", "--json", str(eml), env=env).stdout)["findings"]
        if f["kind"] == "shouting"
    )
    assert (shouting["line"], shouting["line_in"]) == (3, "body")
