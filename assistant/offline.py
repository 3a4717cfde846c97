"""The offline drafter: a deterministic reply from the playbook templates when no LLM is reachable.

It is a real drafter (DESIGN.md "No LLM reachable is not an error"): it greets the sender by
name in their language and form of address, quotes their concerns back (playbook step 1),
lists the review period's work items itself, with dates in the reply's language (step 2; it
cannot cite an item that does not exist) and gives the account's facts (step 3). Steps 4 and
5 go into the internal notes only: the manager note's prose comes from
``offline/manager_note.<lang>.j2``; its figures are added by ``facts.ground_completion``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from types import MappingProxyType
from typing import Any

from assistant._concerns import extract_concerns
from assistant.completion import Completion
from assistant.config import Settings
from assistant.message import Email
from assistant.prompts import environment, render_template, template_context

_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")

#: How many work items the reply lists at most (the most recent); the notes list the rest.
MAX_LISTED_ITEMS = 5
#: The reply is shortened (fewer facts, items, concerns) to stay within this many words.
MAX_REPLY_WORDS = 250


@dataclass(frozen=True)
class ListedItem:
    """A work item as the offline reply lists it: ``day`` is the date in the reply's language."""

    key: str
    day: str
    description: str


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
    ``prompts.template_context`` (pass ``AccountFacts.template_context()`` as ``context``)
    plus ``concerns`` (up to three sentences of the sender's new text that carry the
    complaint), ``record_items`` (the most recent :data:`MAX_LISTED_ITEMS` work items, in date
    order, as :class:`ListedItem` with "14 March 2026" / "14. März 2026" dates) and
    ``record_more`` (how many older items the reply leaves out; the "record" note lists
    them). The manager note's prose comes from ``offline/manager_note.<language>.j2``. Same
    input, same output. Returns a Completion with ``backend="offline"``, no model, and all
    five step notes filled. Raises TemplateError (file and line) for a broken user override.
    """
    variables = template_context(email, settings=settings, now=now, context=context)
    language = str(variables["language"])
    given = set(variables)
    concerns = tuple(variables.get("concerns", extract_concerns(email.new_text, language)))
    items = list(variables["work_items"])
    facts = list(variables["facts"])
    env = environment(settings)
    names = _names("reply", language)
    text = ""
    for n_concerns, n_items, n_facts in _shortenings(len(concerns), len(items), len(facts)):
        shown = items[len(items) - n_items :]
        variables["concerns"] = concerns[:n_concerns]
        variables["facts"] = facts[:n_facts]
        if "record_items" not in given:
            variables["record_items"] = [_listed(item, language) for item in shown]
        if "record_more" not in given:
            variables["record_more"] = len(items) - len(shown)
        text = _tidy(render_template(env, names, variables))
        if len(text.split()) <= MAX_REPLY_WORDS:
            break
    manager_vars = {**variables, "concerns": concerns, "facts": facts}
    manager = _tidy(render_template(env, _names("manager_note", language), manager_vars))
    unlisted = items[: len(items) - len(variables["record_items"])]
    notes = _notes(variables, unlisted, facts[len(variables["facts"]) :], manager)
    return Completion(
        text=text,
        backend="offline",
        notes=MappingProxyType(notes),
        model=None,
    )


def _shortenings(concerns: int, items: int, facts: int) -> list[tuple[int, int, int]]:
    """Return (concerns, items, facts) to show, longest first, for a reply of at most 250 words.

    Step 3's facts go first (down to two), then the listed work items (down to three), then
    the restated concerns (down to one), then the facts (down to one).
    """
    steps = [(concerns, min(items, MAX_LISTED_ITEMS), facts)]

    def add(c: int, i: int, f: int) -> None:
        if (c, i, f) != steps[-1]:
            steps.append((c, i, f))

    c, i, f = steps[0]
    while f > 2:
        f -= 1
        add(c, i, f)
    while i > 3:
        i -= 1
        add(c, i, f)
    while c > 1:
        c -= 1
        add(c, i, f)
    while f > 1:
        f -= 1
        add(c, i, f)
    return steps


def _names(stem: str, language: str) -> list[str]:
    names = [f"offline/{stem}.en.j2"]
    if _LANGUAGE_CODE.match(language) and language != "en":
        names.insert(0, f"offline/{stem}.{language}.j2")
    return names


def _listed(item: Any, language: str) -> ListedItem:
    """Turn a WorkItem (or a mapping with date and description) into a listed item."""
    from assistant.grounding import format_day

    get = item.get if isinstance(item, Mapping) else lambda name: getattr(item, name, "")
    day = get("date")
    text = format_day(day, language) if isinstance(day, date) else str(day)
    return ListedItem(str(get("key") or ""), text, str(get("description")))


def _notes(
    variables: Mapping[str, Any], unlisted: Sequence[Any], unused_facts: Sequence[str], manager: str
) -> dict[str, str]:
    from assistant.grounding import format_items

    concerns = variables["concerns"]
    if concerns:
        understand = "Concerns found in the new text: " + " | ".join(concerns)
    else:
        understand = "No complaint sentence found in the new text; the reply restates nothing."
    listed = len(variables["record_items"])
    if listed:
        record = f"Listed {listed} work log entries from the review period."
        if unlisted:
            lines = format_items(unlisted) if all(hasattr(i, "key") for i in unlisted) else ""
            record += (
                f" {len(unlisted)} older entries are not in the reply, to keep it short;"
                f" add any that matter to this client:\n{lines}"
            ).rstrip(":\n")
    else:
        record = (
            "No work log for this client yet: add the review period's work to the work log "
            "(see `draft-reply clients --help`) so the reply can list it."
        )
    if variables["facts"]:
        n_facts = len(variables["facts"])
        perspective = f"Used {n_facts} account fact{'' if n_facts == 1 else 's'} as given."
        if unused_facts:
            perspective += " Left out to keep the reply short: " + " ".join(unused_facts)
    else:
        perspective = (
            "No account facts (staffing, service tier) available: step 3 is one neutral "
            "commitment sentence."
        )
    if variables["account"]:
        worth = (
            "Figures and recommendation computed from the client book and the work log by the"
            " rule in [accounts.thresholds]; internal, not in the reply."
        )
    else:
        worth = (
            "No account figures are available yet: revenue share, rank and cost to serve need "
            "the client book, so there is no pursue / maintain / re-scope recommendation."
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
