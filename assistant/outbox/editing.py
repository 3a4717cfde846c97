"""Editing a waiting draft: the new text assessed again and the reply message rebuilt.

The message is rebuilt with the headers it was drafted with (RFC 5322 3.6.4 threading
kept). The cooling-off is decided again from the moment of the edit (the edited text's
heat, quiet hours at that time) and can only grow. The editor itself is the CLI's
(:mod:`assistant.cli._editor`). Imported only by ``outbox edit``.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assistant.config import Settings
    from assistant.outbox.store import StoredDraft


def rebuild(draft: StoredDraft, body: str, settings: Settings, now: datetime) -> dict[str, Any]:
    """Assess ``body``, decide its cooling-off and rebuild the message; keyword args for
    ``Outbox.update_body``."""
    from email import policy
    from email.parser import BytesHeaderParser

    from assistant.checks import tone
    from assistant.mail.message import parse_email
    from assistant.mail.reply import build_reply, serialize
    from assistant.outbox import cooling

    limit = max(settings.max_message_bytes, len(draft.source_eml))  # it was read once already
    source = parse_email(draft.source_eml, max_bytes=limit)
    heat_in = tone.assess_inbound(source.subject, source.new_text, source.language)
    heat_out = tone.assess(body, draft.language)
    decision = cooling.decide(
        created=now,  # the edited text cools off from the edit, quiet hours then included
        inbound=heat_in,
        draft=heat_out,
        policy=settings.cooling_policy,
        tz=cooling.local_zone(),
    )
    stored = BytesHeaderParser(policy=policy.default).parsebytes(draft.eml)
    msg = build_reply(
        source,
        body,
        from_address=str(stored["From"]) if stored["From"] else settings.identity,
        now=now,
        language=draft.language,
        message_id=draft.message_id,
    )
    for name in ("To", "Cc", "Subject", "In-Reply-To", "References"):
        # The reply keeps the headers it was drafted with, whatever the config says now.
        if stored[name] is None:
            del msg[name]
        elif msg[name] is not None:
            msg.replace_header(name, str(stored[name]))
        else:
            msg[name] = str(stored[name])
    kept = cooling.extend(draft.not_before, decision)  # never earlier than before
    return {
        "body": body,
        "eml": serialize(msg),
        "not_before": kept.not_before,
        "cooling_reason": kept.reason,
        "heat_out": heat_out.score,
    }
