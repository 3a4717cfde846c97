"""The offline drafter: a deterministic reply from the playbook templates when no LLM is reachable.

It is a real drafter (DESIGN.md "No LLM reachable is not an error"): it greets the sender by
name in their language and form of address, quotes their concerns back (playbook step 1),
lists the work log when there is one (step 2) and closes with a factual commitment (step 3).
Steps 4 and 5 go into the internal notes only.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from types import MappingProxyType
from typing import Any

from assistant._concerns import extract_concerns
from assistant.completion import Completion
from assistant.config import Settings
from assistant.message import Email
from assistant.prompts import environment, render_template, template_context

_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")


def compose(
    email: Email,
    *,
    settings: Settings,
    now: datetime,
    context: Mapping[str, Any] | None = None,
) -> Completion:
    """Draft a reply to ``email`` from ``offline/reply.<language>.j2``, without a model.

    The template is chosen by ``email.language`` (ISO 639-1), falling back to English: adding
    a language means adding a template file. Variables are those of
    ``prompts.template_context`` plus ``concerns`` (up to three sentences of the sender's new
    text that carry the complaint). Same input, same output. Returns a Completion with
    ``backend="offline"``, no model, and all five step notes filled. Raises TemplateError
    (file and line) for a broken user override.
    """
    variables = template_context(email, settings=settings, now=now, context=context)
    language = str(variables["language"])
    concerns = extract_concerns(email.new_text, language)
    variables.setdefault("concerns", concerns)
    names = ["offline/reply.en.j2"]
    if _LANGUAGE_CODE.match(language) and language != "en":
        names.insert(0, f"offline/reply.{language}.j2")
    text = _tidy(render_template(environment(settings), names, variables))
    return Completion(
        text=text,
        backend="offline",
        notes=MappingProxyType(_notes(variables)),
        model=None,
    )


def _notes(variables: Mapping[str, Any]) -> dict[str, str]:
    concerns = variables["concerns"]
    if concerns:
        understand = "Concerns found in the new text: " + " | ".join(concerns)
    else:
        understand = "No complaint sentence found in the new text; the reply restates nothing."
    if variables["work_items"]:
        record = f"Listed {len(variables['work_items'])} work log entries from the review period."
    else:
        record = (
            "No work log for this client yet: add the review period's work to the client book "
            "(issue: client book) so the reply can list it."
        )
    if variables["facts"]:
        perspective = f"Used {len(variables['facts'])} account facts as given."
    else:
        perspective = (
            "No account facts (staffing, service tier) available: step 3 is one neutral "
            "commitment sentence."
        )
    worth = (
        "No account figures are available yet: revenue share, rank and cost to serve need "
        "the client book, so there is no pursue / maintain / re-scope recommendation."
    )
    subject = variables["subject"] or "(no subject)"
    manager = (
        f"Client wrote about: {subject}. No account figures are available yet without the "
        "client book; add revenue and hours to compare the revenue at stake with the cost "
        "to serve."
    )
    return {
        "understand": understand,
        "record": record,
        "perspective": perspective,
        "worth_pursuing": worth,
        "manager_note": manager,
    }


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
