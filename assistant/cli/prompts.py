"""``draft-reply prompts``: inspect the prompt templates."""

from __future__ import annotations

from pathlib import Path

from assistant.cli._base import Command, Group
from assistant.cli._output import echo
from assistant.cli._params import FILE_NAME, option


def prompts_group() -> None:
    """Inspect the prompt templates."""


def prompts_path(prompts_dir: Path | None) -> None:
    """Print where templates are looked up, first match wins.

    Put a file with the same name as a bundled template (for example
    system.j2) in the first folder to override it.
    """
    from assistant.config import load_settings
    from assistant.drafting.prompts import describe_template_dirs

    settings = load_settings(prompts_dir=prompts_dir)
    for path, exists in describe_template_dirs(settings):
        echo(f"{path}{'' if exists else '  (does not exist yet)'}")


prompts = Group(
    "prompts",
    prompts_group,
    [
        Command(
            "path",
            prompts_path,
            [
                option(
                    "--prompts",
                    "prompts_dir",
                    metavar="DIR",
                    type=FILE_NAME,
                    help="Also show this override folder first.",
                )
            ],
        )
    ],
    default="path",
)
