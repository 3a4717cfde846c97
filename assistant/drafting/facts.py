"""The account facts of one email, and how they enter a draft (playbook steps 2 to 5).

:func:`gather_facts` finds the sender in the client book and collects what a draft needs:
the review period's work items (step 2), the facts the reply may state (step 3), the 80/20
figures and recommendation (step 4) and the manager note's figures (step 5), each rendered
by code. :meth:`AccountFacts.template_context` hands them to the templates;
:func:`ground_completion` puts the figures into the internal notes and, for a model's
draft, replaces ``[Wn]`` citations with the logged text and flags what is not grounded.
Figures never enter the client reply: only the work items, the step-3 facts and the sender's
contact entry (name, role, salutation: how to greet them) reach the reply's templates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from types import MappingProxyType
from typing import Any

from assistant import lang
from assistant.accounts.book import (
    Client,
    ClientBook,
    Contact,
    lookup,
    perspective_facts,
)
from assistant.accounts.figures import (
    AccountFigures,
    Recommendation,
    figures,
    format_number,
    format_share,
    manager_note_facts,
    notes_language,
    recommend,
    recommendation_line,
)
from assistant.accounts.loading import book_for, book_missing, worklog_absence, worklog_for
from assistant.accounts.worklog import (
    Period,
    WorkItem,
    review_period,
    work_items,
)
from assistant.config import Settings
from assistant.drafting.completion import STEP_KEYS, Completion
from assistant.mail.message import Email

_CHECK = "`draft-reply clients check` validates it"


@dataclass(frozen=True)
class AccountFacts:
    """What the client book and work log say about the sender's account, for one draft.

    ``client`` is None for an unknown sender or when there is no book. ``items`` are the
    review period's work log items, W1.. in date order. ``perspective`` are the step-3 facts
    the reply may state (``notes_policy`` respected). ``manager_lines`` are the step-5
    figures rendered by code (internal). ``missing`` are sentences saying which facts were
    missing and how to add them (internal). ``language`` is the language of the rendered
    lines and reasons (de or en). ``contact`` is the client book's entry for the sender's
    address (From, then Reply-To), None when the book lists no such contact;
    ``salutation_greeting`` is the formal greeting its salutation gives for this email, or
    without one the salutation the email itself gives (a contact or not:
    :func:`assistant.drafting.offline.salutation_greeting`), "" when none applies.
    ``warnings`` are one-line hints for the user now (stderr): a sender not in the book,
    work-log rows skipped as malformed.
    """

    client: Client | None
    period: Period
    items: tuple[WorkItem, ...] = ()
    figures: AccountFigures | None = None
    recommendation: Recommendation | None = None
    perspective: tuple[str, ...] = ()
    manager_lines: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    language: str = "en"
    contact: Contact | None = None
    salutation_greeting: str = ""
    warnings: tuple[str, ...] = ()

    def template_context(self) -> dict[str, Any]:
        """Return the template variables these facts provide (see ``prompts.template_context``).

        Reply templates may use ``work_items`` (WorkItem: key, date, description, hours),
        ``work_record`` (the items as ``[W1] 2026-03-14 ...`` lines), ``facts`` (step-3
        sentences), ``period`` (start, end: dates), ``client_name``, ``contact`` (the
        sender's contact entry as a dict of name, email, role and salutation, or None) and
        ``salutation_greeting`` ("Sehr geehrte Frau Huber", "Dear Ms Huber" or ""; the
        greeting to open with when set). Internal notes only:
        ``account`` (figure label -> rendered text, or None), ``recommendation`` (pursue,
        maintain, re-scope or None), ``recommendation_reasons``, ``manager_lines`` and
        ``missing``.
        """
        from assistant.checks.grounding import format_items

        account: dict[str, str] | None = None
        if self.manager_lines:
            account = {}
            for line in self.manager_lines:
                label, _, text = line.partition(": ")
                account[label] = text
        return {
            "work_items": list(self.items),
            "work_record": format_items(self.items),
            "facts": list(self.perspective),
            "period": self.period,
            "client_name": self.client.name if self.client is not None else None,
            "tier": self.client.tier if self.client is not None else None,
            "contact": _contact_dict(self.contact),
            "salutation_greeting": self.salutation_greeting,
            "account": account,
            "recommendation": self.recommendation.action if self.recommendation else None,
            "recommendation_reasons": (
                list(self.recommendation.reasons) if self.recommendation else []
            ),
            "manager_lines": list(self.manager_lines),
            "missing": list(self.missing),
        }


def gather_facts(
    email: Email,
    *,
    settings: Settings,
    now: datetime,
    since: date | None = None,
    until: date | None = None,
) -> AccountFacts:
    """Collect the account facts for a reply to ``email`` from the client book and work log.

    Files come from ``settings.accounts_config``; each is parsed once per process while it
    is unchanged (:mod:`assistant.accounts.loading`), so a filter drafting many emails pays once.
    The sender's address (From, then each Reply-To) is looked up by address, then domain
    (:func:`assistant.accounts.book.lookup`). The review period is
    :func:`assistant.accounts.worklog.review_period` of the email's Date (``now`` when it has none),
    with ``since``/``until`` overriding its ends. A missing default book or
    work log, or an unknown sender, gives facts without figures and ``missing`` sentences
    saying how to add them. The contact whose email is the sender's address (From, then
    Reply-To) is kept with the greeting its salutation gives (the email's own evidence
    without one, book or not). Raises AccountsError (exit 78)
    naming file and line for a book or log that the user configured but is missing, or that
    does not load, and for a period that starts after it ends.
    """
    config = settings.accounts_config
    period = review_period(email.date, now=now, since=since, until=until)
    language = notes_language(settings.notes_language or email.language)
    if book_missing(config):
        return AccountFacts(
            None,
            period,
            salutation_greeting=_salutation_greeting(email, None),
            missing=(
                f"No client book at {config.book}, so the draft has no work record and no"
                f" account figures: create it (format: `draft-reply clients --help`);"
                f" {_CHECK}.",
            ),
            language=language,
        )
    book, book_key = book_for(config)
    client = _find_client(book, email)
    if client is None:
        address = _sender_address(email) or "(no sender address)"
        domain = address.rpartition("@")[2] if "@" in address else "example.com"
        return AccountFacts(
            None,
            period,
            salutation_greeting=_salutation_greeting(email, None),
            missing=(
                f"The sender {address} is not in the client book {book.path}, so the draft"
                f" has no work record and no account figures: add the address to a client's"
                f' addresses (or "{domain}" to its domains); {_CHECK}.',
            ),
            language=language,
            warnings=(
                f"the sender {address} is not in the client book {book.path}: the draft has "
                f'no work record; add the address to a client\'s addresses (or "{domain}" to '
                "its domains)",
            ),
        )
    contact = _find_contact(client, email)
    greeting = _salutation_greeting(email, contact)
    missing: list[str] = []
    log = worklog_for(config, book, book_key, lenient=True)
    warnings: tuple[str, ...] = ()
    if log is not None and log.skipped:
        count = len(log.skipped)
        rows = "1 malformed row" if count == 1 else f"{count} malformed rows"
        warnings = (
            f"work log: skipped {rows} ({log.skipped[0]}"
            + ("" if count == 1 else "; ...")
            + "); draft-reply clients check lists them all",
        )
    absence = worklog_absence(config)
    if absence == "not configured":
        missing.append(
            "No work log is configured, so the reply lists no work and hours are unknown:"
            " set [accounts] worklog in config.toml."
        )
    elif absence == "missing":
        missing.append(
            f"No work log at {config.worklog}, so the reply lists no work and hours are"
            f" unknown: create it as a CSV with the header date,client,description,hours;"
            f" {_CHECK}."
        )
    items = tuple(work_items(log, client.key, period))
    if log is not None and not items:
        missing.append(
            f"The work log {log.path} has no entries for {client.name} between"
            f" {period.start} and {period.end}, so the reply lists no work: add them as"
            f" date,client,description,hours lines."
        )
    fig = figures(book, log, client.key, period, top_share=config.thresholds.top_share)
    advice = recommend(fig, config.thresholds, language=language)
    lines = manager_note_facts(fig, advice, language=language)
    missing.extend(
        f"Missing for the figures: {item}." for item in fig.missing if "work log" not in item
    )
    return AccountFacts(
        client=client,
        period=period,
        items=items,
        figures=fig,
        recommendation=advice,
        perspective=perspective_facts(client, language=language),
        manager_lines=lines,
        missing=tuple(missing),
        language=language,
        contact=contact,
        salutation_greeting=greeting,
        warnings=warnings,
    )


def _salutation_greeting(email: Email, contact: Contact | None) -> str:
    """Return the formal greeting of the contact's salutation, else of the email's own."""
    from assistant.drafting.offline import salutation_greeting

    if contact is None:
        return salutation_greeting(email, "", "")
    return salutation_greeting(email, contact.name, contact.salutation)


def ground_completion(
    completion: Completion, facts: AccountFacts, *, language: str, source: str = ""
) -> Completion:
    """Return ``completion`` with its citations expanded and the account facts in its notes.

    For a model's draft (``backend == "openai"``) each ``[Wn]`` citation in the reply becomes
    the logged text and date (:func:`assistant.checks.grounding.expand_citations`, dates in
    ``language``); invented citations (kept as written) and uncited claims of delivered work
    are listed in ``notes["record"]``, as are internal figures the reply mentions. For every
    backend the recommendation and its reasons open ``notes["worth_pursuing"]``, the manager
    lines open ``notes["manager_note"]``, each followed by the drafter's prose, and the
    ``missing`` sentences follow. For a model's draft the prose of those two notes is also
    checked against the facts (:func:`assistant.checks._note_checks.check_note`): a recommendation
    other than the code's, and money, percentages or hours that are none of the account's
    figures, each become a ``Check: ...`` line right after the prose. ``source`` is the
    client's email text (optional): figures it contains may be quoted in a note, as may
    those of the client book's ``facts`` ("bis zu fünf Stunden" allows "5 Stunden"). The
    problems found are also added to ``completion.checks``. The reply text never receives a
    figure. Pure: returns a new Completion.
    """
    text = completion.text
    notes = {key: completion.notes.get(key, "") for key in STEP_KEYS}
    notes.update({k: v for k, v in completion.notes.items() if k not in notes})
    problems: list[str] = []
    if completion.backend != "offline":
        from assistant.checks.grounding import expand_citations

        result = expand_citations(text, facts.items, language=language)
        text = result.text
        problems.extend(result.problems)
    problems.extend(leaks(text, facts))
    notes["record"] = _join(notes["record"], *(f"Check: {problem}" for problem in problems))
    found: dict[str, tuple[str, ...]] = {"worth_pursuing": (), "manager_note": ()}
    if completion.backend != "offline":
        from assistant.checks._note_checks import check_note, known_figures

        reasons = facts.recommendation.reasons if facts.recommendation is not None else ()
        book_facts = facts.client.facts if facts.client is not None else ()
        known = (
            known_figures(
                facts.figures,
                item_hours=(item.hours for item in facts.items),
                rendered=(*facts.manager_lines, *reasons, *book_facts, source),
            )
            if facts.figures is not None
            else None
        )
        action = facts.recommendation.action if facts.recommendation is not None else None
        for key in found:
            found[key] = check_note(notes[key], note=key, action=action, known=known)
    head: list[str] = []
    if facts.recommendation is not None:
        head.append(recommendation_line(facts.recommendation, language=facts.language))
        head.extend(f"- {reason}" for reason in facts.recommendation.reasons)
    notes["worth_pursuing"] = _join(
        "\n".join(head),
        _join(notes["worth_pursuing"], *(f"Check: {f}" for f in found["worth_pursuing"])),
        "\n".join(facts.missing),
        sep="\n\n",
    )
    notes["manager_note"] = _join(
        "\n".join(facts.manager_lines),
        _join(notes["manager_note"], *(f"Check: {f}" for f in found["manager_note"])),
        sep="\n\n",
    )
    return replace(
        completion,
        text=text,
        notes=MappingProxyType(notes),
        checks=(*completion.checks, *problems, *found["worth_pursuing"], *found["manager_note"]),
    )


def internal_terms(facts: AccountFacts) -> tuple[str, ...]:
    """Return strings from the internal figures that must never appear in the client reply.

    Revenue and money amounts as rendered (``60,000``, ``60.000``), the revenue share, the
    rank (``rank 4 of 10``, ``Rang 4 von 10``) and the recommendation's words, in every
    language that writes internal notes (:mod:`assistant.lang`). Used to flag a
    model's reply that leaks them, and by tests.
    """
    fig = facts.figures
    if fig is None:
        return ()
    terms: set[str] = set()
    amounts = [fig.revenue, fig.period_revenue, fig.total_revenue]
    if fig.cost_to_serve is not None:
        amounts.append(fig.cost_to_serve)
    languages = lang.with_data("manager_note_lines")
    for amount in amounts:
        if amount >= 1000:
            terms.update(format_number(amount, known.code) for known in languages)
    if fig.revenue_share is not None:
        terms.update(format_share(fig.revenue_share, known.code) for known in languages)
    terms.update(known.rank_phrase.format(rank=fig.rank) for known in languages)
    terms.add(f"#{fig.rank} of")
    if facts.recommendation is not None:
        terms.update(known.recommendations["re-scope"] for known in languages)
        terms.add("rescope")
    return tuple(sorted(terms))


def leaks(text: str, facts: AccountFacts) -> list[str]:
    """Return a finding for each internal figure ``text`` mentions, as written or in words.

    The figures as rendered (:func:`internal_terms`), and their paraphrase in every
    language with the words (:mod:`assistant.lang`): the rank ("Platz 5 von 10", "fifth
    of ten", "#5 of 10"), the revenue and hours shares ("4.5 %", "viereinhalb Prozent",
    "about 5 percent"), and the 80/20 rule itself ("top clients", "80/20").
    """
    lowered = text.casefold()
    found = [term for term in internal_terms(facts) if term.casefold() in lowered]
    found += [
        term
        for term in _paraphrased(lowered, facts)
        if not any(term in known or known.casefold() in term for known in found)
    ]
    return [
        f"the reply mentions the internal figure {term!r}; remove it before sending"
        for term in found
    ]


def _paraphrased(lowered: str, facts: AccountFacts) -> list[str]:
    """Return the internal figures ``lowered`` (case-folded) gives in other words."""
    fig = facts.figures
    if fig is None:
        return []
    found: list[str] = []
    for known in lang.with_data("spelled_numbers"):
        words = known.spelled_numbers

        def number(n: int, words: tuple[tuple[str, ...], ...] = words) -> str:
            spelled = [re.escape(w) + r"\w*" for w in (words[n] if n < len(words) else ())]
            return "(?:" + "|".join([rf"{n}\.?", *spelled]) + ")"

        ranks = "|".join(re.escape(w) for w in known.rank_words)
        ofs = "|".join(re.escape(w) for w in known.of_words)
        rank = rf"(?:(?:{ranks})\s*)?{number(fig.rank)}\s+(?:{ofs})\s+{number(fig.client_count)}\b"
        match = re.search(rf"(?<!\w){rank}", lowered)
        if match:
            found.append(match.group(0))
        percent = "|".join(re.escape(w) for w in known.share_words)
        for share in (fig.revenue_share, fig.hours_share):
            if share is None or share <= 0:
                continue
            value = share * 100
            forms = {f"{value:.1f}".rstrip("0").rstrip("."), str(round(value))}
            forms |= {form.replace(".", ",") for form in forms}
            spoken = [re.escape(form) for form in forms]
            whole, rest = int(value), value - int(value)
            if 0.4 <= rest <= 0.6 and whole < len(words):
                spoken += [
                    rf"{re.escape(w)}\s*{re.escape(h)}"
                    for w in words[whole]
                    for h in known.half_words
                ]
            elif round(value) < len(words):
                spoken += [re.escape(w) for w in words[round(value)]]
            pattern = rf"(?<![\w.,])(?:{'|'.join(spoken)})\s*(?:{percent})"
            match = re.search(pattern, lowered)
            if match:
                found.append(match.group(0))
        for phrase in known.top_client_words:
            if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", lowered):
                found.append(phrase)
    return found


def _join(*parts: str, sep: str = "\n") -> str:
    return sep.join(part.strip() for part in parts if part and part.strip())


def _sender_address(email: Email) -> str | None:
    if email.sender is not None and email.sender.addr_spec:
        return email.sender.addr_spec
    return next((a.addr_spec for a in email.reply_to if a.addr_spec), None)


def _find_client(book: ClientBook, email: Email) -> Client | None:
    addresses = [email.sender.addr_spec] if email.sender is not None else []
    addresses.extend(a.addr_spec for a in email.reply_to)
    for address in addresses:
        if address:
            client = lookup(book, address)
            if client is not None:
                return client
    return None


def _find_contact(client: Client, email: Email) -> Contact | None:
    addresses = [email.sender.addr_spec] if email.sender is not None else []
    addresses.extend(a.addr_spec for a in email.reply_to)
    return next((c for c in (client.contact_for(a) for a in addresses if a) if c is not None), None)


def _contact_dict(contact: Contact | None) -> dict[str, str] | None:
    if contact is None:
        return None
    return {
        "name": contact.name,
        "email": contact.email,
        "role": contact.role,
        "salutation": contact.salutation,
    }
