"""Shell completion of draft ids, through Click's completion (bash, zsh, fish).

``eval "$(_DRAFT_REPLY_COMPLETE=bash_source draft-reply)"`` (or ``zsh_source``,
``fish_source``) installs it; ``draft-reply outbox show <TAB>`` then offers the ids of the
drafts in the outbox, with their subjects. Completion only reads: an outbox that does not
exist yet is not created, and one that cannot be read offers nothing.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import click
    from click.shell_completion import CompletionItem


def complete_draft_id(
    _ctx: click.Context, _param: click.Parameter, incomplete: str
) -> list[CompletionItem]:
    """Return the draft ids starting with ``incomplete``, each with its subject as help."""
    from click.shell_completion import CompletionItem

    from assistant.config import default_dirs
    from assistant.errors import DraftReplyError
    from assistant.outbox.store import Outbox

    path = default_dirs(os.environ)[1] / "outbox.sqlite3"
    if not path.is_file():
        return []
    try:
        with Outbox.open(path, readonly=True) as outbox:
            drafts = outbox.list()
    except (DraftReplyError, OSError):
        return []
    return [
        CompletionItem(d.id, help=d.subject if isinstance(d.subject, str) else None)
        for d in drafts
        if isinstance(d.id, str) and d.id.startswith(incomplete)
    ]
