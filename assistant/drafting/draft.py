"""draft_reply() and Session: the one orchestrator, from raw message to a stored Draft.

parse_email -> gather_facts (client book, work log) -> tone.assess (inbound)
-> render_prompt -> complete | offline.compose -> ground_completion -> tone.assess
(draft) -> cooling.decide -> build_reply -> outbox add. The CLI and mail filters call
this and nothing else calls the steps in another order (DESIGN.md, "Data flow").
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from email.message import EmailMessage, Message
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TextIO

from assistant.config import Settings, load_settings
from assistant.display import strip_controls, without_invisible
from assistant.drafting.completion import Completion
from assistant.drafting.rescue import rescue, saved_on_bug
from assistant.errors import (
    DraftReplyError,
    LLMUnavailableError,
    OutboxError,
)
from assistant.mail.message import Email, parse_email

if TYPE_CHECKING:
    from assistant.checks.asks import Ask
    from assistant.drafting.llm import Endpoint
    from assistant.outbox.store import Outbox

#: Printed (by the CLI) when no LLM was used; says how to configure one.
OFFLINE_HINT = (
    "no LLM configured or found, so this is an offline draft from the playbook templates; "
    "set OPENAI_API_KEY (and DRAFT_REPLY_MODEL), or point --base-url / OPENAI_BASE_URL at an "
    "OpenAI-compatible server such as Ollama or llama.cpp"
)

#: Defects of the inbound message the user should hear about (the rest are in --debug's
#: reach through ``Email.defects``): they change what the reply answers or threads to.
_DEFECTS_TO_SHOW = (
    "input looks like an mbox",
    "Message-ID too long",
    "hidden text",
    "the message has",
    "the message ends",
    "part ",
)

_FLAG_WARNINGS = {
    "auto_submitted": "the message is automatic (Auto-Submitted): a reply may go nowhere",
    "no_reply_sender": "the sender looks like a no-reply address: a reply may go nowhere",
    "mailing_list": "the message came from a mailing list or bulk sender (List-Id/Precedence)",
}


@dataclass(frozen=True)
class Draft:
    """A drafted reply and what it was made from.

    ``eml`` is the reply as RFC 5322 bytes (LF line ends). ``to``/``cc`` are formatted
    addresses; ``message_id``, ``in_reply_to`` and ``references`` are msg-ids with angle
    brackets. ``body`` is the client reply text alone (no quote). ``notes`` maps playbook
    step keys to internal notes that never go to the client. ``backend`` is "openai" or
    "offline"; ``warnings`` are sentences for the user (the CLI prints them on stderr),
    including ``check before sending: ...`` findings, which are also in ``notes["checks"]``.
    ``created`` and ``not_before`` are timezone-aware UTC: the draft may not be sent
    before ``not_before`` (the cooling-off), for the reason in ``cooling_reason``.
    ``heat`` and ``heat_out`` (0 to 1) are the heat of the inbound mail and of the
    draft. ``asks`` are what the client asked for (:class:`assistant.checks.asks.Ask`: kind,
    date resolved against the email's Date, money), in their order. ``id`` and ``state``
    are the outbox's; None when the draft was not stored.
    """

    eml: bytes
    source: Email
    sender: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    subject: str
    message_id: str
    in_reply_to: str | None
    references: tuple[str, ...]
    body: str
    language: str
    backend: str
    model: str | None
    endpoint: str | None
    created: datetime
    not_before: datetime
    cooling_reason: str
    heat: float
    heat_out: float
    notes: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    warnings: tuple[str, ...] = ()
    asks: tuple[Ask, ...] = ()
    id: str | None = None
    state: str | None = None

    def to_json(self) -> dict[str, Any]:
        """Return the draft as a JSON-ready dict (the CLI's ``--json`` object)."""
        return {
            "from": self.sender,
            "to": list(self.to),
            "to_chosen_from": "Reply-To" if self.source.reply_to else "From",
            "cc": list(self.cc),
            "subject": self.subject,
            "message_id": self.message_id,
            "in_reply_to": self.in_reply_to,
            "references": list(self.references),
            "language": self.language,
            "backend": self.backend,
            "model": self.model,
            "endpoint": self.endpoint,
            "body": self.body,
            "notes": dict(self.notes),
            "flags": sorted(self.source.flags),
            "warnings": list(self.warnings),
            "created": _iso(self.created),
            "draft_id": self.id,
            "state": self.state,
            "not_before": _iso(self.not_before),
            "cooling_reason": self.cooling_reason,
            "heat": round(self.heat, 3),
            "heat_out": round(self.heat_out, 3),
            "asks": [ask.to_json() for ask in self.asks],
        }


# A sample the worker drafts offline (never stored) to load what every first draft needs.
_REHEARSAL = (
    b"From: A Client <client@example.com>\r\nTo: Account Team <team@example.com>\r\n"
    b"Subject: Late reports\r\nMessage-ID: <rehearsal@draft-reply.invalid>\r\n"
    b"Date: Mon, 1 Jun 2026 09:00:00 +0000\r\n\r\n"
    b"Hello, the monthly report was late again and we are disappointed. Could we have a call "
    b"next week to discuss it?\r\n\r\nBest regards,\r\nA Client\r\n"
)


class Session:
    """Draft many emails with one open outbox, one resolved endpoint and one openai client.

    For batches, workers and mail filters: the config is checked once, the outbox is opened
    once (first, so a broken one fails before any model is asked), the LLM endpoint is
    discovered (local servers probed) at the first draft that needs it, and one openai
    client is reused for every draft. ``settings`` defaults to :func:`load_settings`. Use
    it as a context manager, or call :meth:`close`. Raises what :func:`draft_reply` raises.
    """

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings if settings is not None else load_settings()
        # Config sections are parsed on first use: use them now, so that a mistake in
        # them is reported before any work (and any LLM call) is done.
        _ = self.settings.cooling_policy, self.settings.transport
        self._outbox: Outbox | None = None
        if self.settings.store:
            from assistant.outbox.store import Outbox

            self._outbox = Outbox.open(self.settings.outbox_path)
        self._endpoint: Endpoint | None = None
        self._endpoint_known = False
        self._client: Any = None
        self._owns_client = True
        self.log_entries: list[Any] = []  # promptlog.Entry of the draft being made

    def for_thread(self) -> Session:
        """Return a Session for another thread that shares this one's settings, endpoint and
        openai client (discovered and made once; the client's connection pool is safe to
        share between threads) and opens its own outbox connection (an SQLite connection
        belongs to one thread). Closing it closes only that connection; the client stays
        this Session's. Raises what opening the outbox raises (OutboxError)."""
        self.endpoint()
        endpoint = self._endpoint
        if endpoint is not None:
            self.client(endpoint)
        other = Session(self.settings)
        other._endpoint, other._endpoint_known = endpoint, True
        other._client, other._owns_client = self._client, False
        return other

    def warm_up(self) -> None:
        """Do once, before the first draft, the work every first draft would do: discover the
        endpoint, make the client (importing openai), and draft a built-in sample offline
        without storing it (language models, templates, checks and their patterns). Threads
        that then draft at once do not each redo it side by side. Raises what endpoint
        discovery raises; the rehearsal's own failures are ignored."""
        endpoint = self.endpoint()
        if endpoint is not None:
            self.client(endpoint)
        settings = dataclasses.replace(self.settings, offline=True, store=False)
        with Session(settings) as rehearsal, contextlib.suppress(DraftReplyError):
            _compose(_REHEARSAL, rehearsal, datetime.now(UTC), None, None, None)

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the openai client and the outbox (idempotent)."""
        if self._client is not None:
            if self._owns_client:
                self._client.close()
            self._client = None
        if self._outbox is not None:
            self._outbox.close()
            self._outbox = None

    def endpoint(self) -> Endpoint | None:
        """Return the LLM endpoint, discovered once per session; None drafts offline."""
        if not self._endpoint_known:
            from assistant.drafting import llm

            self._endpoint = llm.discover_endpoint(self.settings)
            self._endpoint_known = True
        return self._endpoint

    def client(self, endpoint: Endpoint) -> Any:
        """Return the session's openai client for ``endpoint``, made on first use."""
        if self._client is None:
            from assistant.drafting import llm

            self._client = llm.open_client(endpoint, self.settings)
        return self._client

    def answered(self, message_id: str | None) -> str | None:
        """Return the id of a stored draft that answers ``message_id`` (waiting, sending, sent
        or unknown; RFC 5322 3.6.4 msg-id with its brackets), None when there is none."""
        if self._outbox is None or not message_id:
            return None
        found = self._outbox.find_replies_to(message_id)
        return str(found[0].id) if found else None

    def draft(
        self,
        message: bytes | str | os.PathLike[str] | Message,
        *,
        now: datetime | None = None,
        stream: TextIO | None = None,
        since: date | None = None,
        until: date | None = None,
        keep: bool = False,
    ) -> Draft:
        """Draft a reply to ``message`` and store it; see :func:`draft_reply` for the rest."""
        now = now if now is not None else datetime.now(UTC)
        if now.tzinfo is None:
            raise ValueError("now must be timezone-aware")
        self.log_entries = []
        try:
            draft = _compose(message, self, now, stream, since, until)
        except DraftReplyError:
            self._write_log(None)
            raise
        if self._outbox is not None:
            draft = _store(draft, self._outbox, self.settings, keep=keep)
        problem = self._write_log(draft.id)
        if problem:
            draft = dataclasses.replace(draft, warnings=(*draft.warnings, problem))
        return draft

    def _write_log(self, draft_id: str | None) -> str:
        """Write the model requests of the last draft to the prompt log ([llm] log); return a
        warning when it cannot be written (the draft is never lost for it), else ""."""
        import sqlite3

        from assistant.drafting import promptlog

        entries, self.log_entries = self.log_entries, []
        if not self.settings.log or not entries:
            return ""
        path = promptlog.path_for(self.settings.data_dir)
        try:
            promptlog.write(path, entries, draft_id)
        except (OSError, sqlite3.Error) as exc:
            return f"the prompt log {path} could not be written: {exc}"
        return ""


def draft_reply(
    message: bytes | str | os.PathLike[str] | Message,
    *,
    settings: Settings | None = None,
    now: datetime | None = None,
    stream: TextIO | None = None,
    since: date | None = None,
    until: date | None = None,
    keep: bool = False,
) -> Draft:
    """Draft a reply to ``message`` following the five-step playbook, and store it.

    ``message`` is raw bytes, the message as a str, a path (a str without a line break
    that names a file counts as one), or an ``email.message.Message``.
    ``settings`` defaults to :func:`load_settings`; ``now`` (timezone-aware, default the
    current UTC time) dates the reply and starts the cooling-off. ``stream``, when
    given, receives the model's tokens as they arrive. ``since``/``until`` override the
    review period (default: the six months before the email's date). The draft is
    added to the outbox (``settings.outbox_path``) unless ``settings.store`` is False:
    one reply per message, so a waiting draft that answers the same message (the same
    In-Reply-To) is cancelled as replaced, unless ``keep``. A :class:`Session` of one
    draft.

    Never prints or exits. Raises BadEmailError, InputNotFoundError, ConfigError
    (LLMConfigError, TemplateError, AccountsError), LLMUnavailableError and
    OutboxError; with no LLM reachable it drafts offline instead of failing.
    """
    if now is not None and now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    with Session(settings) as session:
        return session.draft(message, now=now, stream=stream, since=since, until=until, keep=keep)


def _compose(
    message: bytes | str | os.PathLike[str] | Message,
    session: Session,
    now: datetime,
    stream: TextIO | None,
    since: date | None,
    until: date | None,
) -> Draft:
    """Run the playbook from the raw message to a Draft that is not stored yet."""
    settings = session.settings
    from assistant.checks import tone
    from assistant.checks.addresses import many_copies_finding
    from assistant.drafting import facts, llm, offline, prompts, recheck, redact
    from assistant.mail import reply
    from assistant.outbox import cooling

    email = parse_email(message, max_bytes=settings.max_message_bytes)
    warnings = [text for flag, text in _FLAG_WARNINGS.items() if flag in email.flags]
    warnings += [d for d in email.defects if d.startswith(_DEFECTS_TO_SHOW)]
    account = facts.gather_facts(email, settings=settings, now=now, since=since, until=until)
    warnings += account.warnings
    from_address, signature = _identity_for(email, settings)
    identity = reply.sender_identity(email, from_address)
    context = account.template_context()
    from assistant.drafting.answers import read_email

    reading = read_email(email, email.language or "und", today=now.date())
    context["reading"] = reading
    # A name from the config is the user's; one taken from the email's To (no identity
    # configured) is the sender's text: it signs an offline draft, never reaches the
    # system message of a prompt.
    trusted = signature or (identity.display_name if from_address else None) or None
    context["user_name"] = trusted
    offline_context = {**context, "user_name": trusted or identity.display_name or None}

    endpoint = session.endpoint()
    completion: Completion
    if endpoint is None:
        completion = offline.compose(email, settings=settings, now=now, context=offline_context)
        if not settings.offline:
            warnings.append(OFFLINE_HINT)
    else:
        prompt = prompts.render_prompt(email, settings=settings, now=now, context=context)
        client = session.client(endpoint)
        redactor = redact.redactor_for(
            settings.redact, endpoint.base_url, local=settings.redact_local
        )
        if redactor is not None:  # personal data kept from a hosted model ([privacy])
            prompt = redactor.prompt(prompt)
        started = time.monotonic()
        try:
            completion = llm.complete(prompt, endpoint, settings, stream=stream, client=client)
            session.log_entries.append(_log_entry(prompt, endpoint, settings, started, completion))
            if redactor is not None:
                completion = redactor.restore(completion)
        except DraftReplyError as exc:
            session.log_entries.append(_log_entry(prompt, endpoint, settings, started, error=exc))
            if not isinstance(exc, LLMUnavailableError):
                raise
            if settings.fallback != "offline":
                raise
            completion = offline.compose(email, settings=settings, now=now, context=offline_context)
            warnings.append(
                f"the model could not be reached ({exc}), so this is an offline draft from the "
                'playbook templates ([llm] fallback = "offline")'
            )

    if completion.backend == "openai":
        # Steps 4 and 5 (revenue, the manager) never come from the request that wrote the
        # client reply: their prose is written by code, as offline.
        internal = offline.compose(email, settings=settings, now=now, context=offline_context)
        notes_in = {**completion.notes}
        for key in ("worth_pursuing", "manager_note"):
            notes_in[key] = internal.notes[key]
        completion = dataclasses.replace(completion, notes=MappingProxyType(notes_in))
    warnings.extend(completion.warnings)
    text, invisible = without_invisible(completion.text)
    if invisible:  # bidi overrides and zero-width characters reorder or hide text
        completion = dataclasses.replace(completion, text=text)
        warnings.append(
            f"removed {invisible} invisible character(s) (bidi controls, zero-width) from "
            "the reply: they can reorder or hide text on the client's screen"
        )
    text, controls = strip_controls(completion.text)
    if controls:  # escape sequences of the client's, quoted back by the drafter
        completion = dataclasses.replace(completion, text=text)
        warnings.append(
            f"removed {controls} control character(s) or escape sequence(s) from the reply: "
            "they would reach the client's screen"
        )

    # From here on the reply text exists (perhaps after a paid model call): a bug in the
    # checks or the message building must not lose it.
    with saved_on_bug(completion.text, settings, now):
        language = completion.language or (email.language if email.language != "und" else "en")
        first = completion
        completion = facts.ground_completion(
            completion, account, language=language, source=email.new_text
        )
        found = recheck.review_text(
            completion.text,
            source=email,
            language=language,
            settings=settings,
            now=now,
            facts=account,
            sender=identity.addr_spec,
        )
        if settings.revise and endpoint is not None and first.backend == "openai" and found.all:
            revised = _revise(prompt, first, found.all, endpoint, session, redactor)
            if revised is not None:
                completion = facts.ground_completion(
                    revised, account, language=language, source=email.new_text
                )
                found = recheck.review_text(
                    completion.text,
                    source=email,
                    language=language,
                    settings=settings,
                    now=now,
                    facts=account,
                    sender=identity.addr_spec,
                )
                warnings.append(
                    "the model revised its draft once for the problems the checks found "
                    "([llm] revise = true)"
                )
        checks = tuple(dict.fromkeys((*completion.checks, *found.all)))
        reply_all = settings.reply_all and "mailing_list" not in email.flags
        if reply_all:  # the Cc is the draft's, not the text's: an edit does not change it
            crowd = many_copies_finding(email, reply.reply_copies(email, from_address))
            checks = (*checks, crowd) if crowd is not None else checks
        warnings.extend(
            f"check before sending: {finding}"
            + (" (this blocks sending until it is edited)" if finding in found.blocking else "")
            for finding in checks
        )
        notes = dict(completion.notes)
        # Kept with the draft, so that an edit and the send check against the same record.
        accounts = settings.accounts_config
        for key, path in (("_book", accounts.book), ("_worklog", accounts.worklog)):
            if path is not None and path.exists():
                notes[key] = str(path.resolve())
        if checks:
            notes["checks"] = "\n".join(checks)
        heat_in = tone.assess_inbound(email.subject, email.new_text, email.language)
        heat_out = tone.assess(completion.text, language)
        decision = cooling.decide(
            created=now,
            inbound=heat_in,
            draft=heat_out,
            policy=settings.cooling_policy,
            tz=cooling.local_zone(),
        )
        warnings.extend(
            _due_while_cooling(reading.asks, now, decision.not_before, cooling.local_zone())
        )
        msg = reply.build_reply(
            email,
            completion.text,
            from_address=from_address,
            now=now,
            language=language,
            reply_all=reply_all,
        )
        draft = Draft(
            eml=reply.serialize(msg),
            source=email,
            sender=str(msg["From"]),
            to=_addresses(msg, "To"),
            cc=_addresses(msg, "Cc"),
            subject=str(msg["Subject"]),
            message_id=str(msg["Message-ID"]).strip(),
            in_reply_to=str(msg["In-Reply-To"]).strip() if msg["In-Reply-To"] else None,
            references=tuple(str(msg["References"] or "").split()),
            body=completion.text,
            language=language,
            backend=completion.backend,
            model=completion.model,
            endpoint=completion.endpoint,
            created=now.astimezone(UTC),
            not_before=decision.not_before,
            cooling_reason=decision.reason,
            heat=heat_in.score,
            heat_out=heat_out.score,
            notes=MappingProxyType(notes),
            warnings=tuple(warnings),
            asks=reading.asks,
        )
    return draft


def _due_while_cooling(
    asks: Sequence[Ask], now: datetime, not_before: datetime, tz: tzinfo
) -> list[str]:
    """Return a warning when the client asks for something on the day of drafting (``now``,
    in the user's zone ``tz``) and the draft cools off past ``now``: what they need can be
    done now, the reply waits (PLAYBOOK.md, step 0); [] otherwise (an ask already past its
    day is no longer today's)."""
    today = now.astimezone(tz).date()
    kinds = list(dict.fromkeys(a.kind for a in asks if a.due == today))
    if not kinds or not_before <= now:
        return []
    until = not_before.astimezone(tz).strftime("%H:%M")
    return [
        f"the client asks for something today ({', '.join(kinds)}), and this draft cools off "
        f"until {until}: do what they need now (a fix, a call); the reply can wait"
    ]


def _revise(
    prompt: Any,
    first: Completion,
    findings: tuple[str, ...],
    endpoint: Endpoint,
    session: Session,
    redactor: Any,
) -> Completion | None:
    """Ask the model once to revise ``first`` for ``findings`` ([llm] revise); None when the
    revision fails (the first draft is kept). The request is the first one, the model's own
    answer, and the findings as a user message, redacted like the first request when
    ``redactor`` is set ([privacy]); the internal notes stay those of ``first``."""
    import json

    from assistant.drafting import llm
    from assistant.drafting.prompts import ChatMessage, Prompt
    from assistant.errors import LLMConfigError, LLMUnavailableError

    answer = json.dumps({"reply": first.text, "notes": dict(first.notes)}, ensure_ascii=False)
    listed = "\n".join(f"- {finding}" for finding in findings)
    again = Prompt(
        messages=(
            *prompt.messages,
            ChatMessage(role="assistant", content=answer),
            ChatMessage(
                role="user",
                content=(
                    "Our checks found these problems in your draft:\n"
                    f"{listed}\n"
                    "Revise the reply to fix them and change nothing else; answer in the same "
                    "JSON format."
                ),
            ),
        ),
        schema=prompt.schema,
    )
    if redactor is not None:
        again = redactor.prompt(again)
    started = time.monotonic()
    try:
        revised = llm.complete(again, endpoint, session.settings, client=session.client(endpoint))
    except (LLMConfigError, LLMUnavailableError) as exc:
        session.log_entries.append(
            _log_entry(again, endpoint, session.settings, started, error=exc)
        )
        return None
    session.log_entries.append(_log_entry(again, endpoint, session.settings, started, revised))
    if redactor is not None:
        revised = redactor.restore(revised)
    notes = {**revised.notes}
    for key in ("worth_pursuing", "manager_note"):
        notes[key] = first.notes.get(key, "")
    return dataclasses.replace(revised, notes=MappingProxyType(notes))


def _log_entry(
    prompt: Any,
    endpoint: Endpoint,
    settings: Settings,
    started: float,
    completion: Completion | None = None,
    *,
    error: Exception | None = None,
) -> Any:
    """Return the prompt log's entry for one request (promptlog.Entry)."""
    from assistant.drafting.promptlog import Entry

    usage = completion.usage if completion is not None else None
    return Entry(
        created=datetime.now(UTC),
        endpoint=(completion.endpoint if completion is not None else None) or endpoint.base_url,
        model=(completion.model if completion is not None else None) or endpoint.model,
        messages=tuple({"role": m.role, "content": m.content} for m in prompt.messages),
        options={
            "temperature": settings.temperature,
            "max_tokens": settings.max_tokens,
            "response_format": "json_schema draft_reply",
        },
        response=_answer_text(completion),
        prompt_tokens=usage.prompt_tokens if usage is not None else None,
        completion_tokens=usage.completion_tokens if usage is not None else None,
        duration_ms=round((time.monotonic() - started) * 1000),
        error=str(error) if error is not None else None,
    )


def _answer_text(completion: Completion | None) -> str | None:
    """Return the model's answer as the log keeps it: the JSON of reply and notes, or prose."""
    if completion is None:
        return None
    if not completion.structured:
        return completion.text
    import json

    return json.dumps(
        {"reply": completion.text, "notes": dict(completion.notes)}, ensure_ascii=False
    )


def _store(draft: Draft, outbox: Outbox, settings: Settings, *, keep: bool = False) -> Draft:
    """Add ``draft`` to the outbox and return it with its outbox id and state.

    When the outbox refuses it (locked, read-only, full disk), the reply is saved as
    an .eml file instead and the OutboxError names that file: nothing is lost.
    """
    try:
        return _add(draft, outbox, keep=keep)
    except OutboxError as exc:
        name = f"draft-{draft.created:%Y%m%dT%H%M%S}-{os.getpid()}.eml"
        saved = rescue(draft.eml, name, settings)
        raise type(exc)(f"{exc}; the draft was saved to {saved} instead") from None


#: How far ahead of this computer's clock a parent email's Date may be and still count as
#: a sign that the clock is behind (a later Date is the sender's error, or forged).
_DATE_AHEAD_LIMIT = timedelta(days=1)


def _clock_floor(draft: Draft, outbox: Outbox) -> tuple[datetime, str] | None:
    """Return the latest time known to have passed, when it is after ``draft.created``.

    Lower bounds on "now": the outbox's last recorded change and the answered email's
    Date (RFC 5322 3.6.1; at most :data:`_DATE_AHEAD_LIMIT` ahead). A clock that is
    behind must not shorten the cooling-off.
    """
    bounds: list[tuple[datetime, str]] = []
    seen = outbox.last_seen()
    if seen is not None:
        bounds.append((seen, "the outbox last changed at"))
    sent = draft.source.date
    if sent is not None and sent <= draft.created + _DATE_AHEAD_LIMIT:
        bounds.append((sent.astimezone(UTC), "the email you answer is dated"))
    latest = max(bounds, default=None, key=lambda bound: bound[0])
    return latest if latest is not None and latest[0] > draft.created else None


def _behind_clock(draft: Draft, outbox: Outbox) -> Draft:
    """Return ``draft`` with its cooling-off counted from :func:`_clock_floor` when the
    clock is behind, and a warning that says so."""
    floor = _clock_floor(draft, outbox)
    if floor is None:
        return draft
    moment, what = floor
    shifted = moment + (draft.not_before - draft.created)
    if shifted <= draft.not_before:
        return draft
    note = (
        f"this computer's clock seems behind ({what} {_iso(moment)}): the cooling-off "
        "counts from then"
    )
    return dataclasses.replace(
        draft,
        not_before=shifted,
        cooling_reason=f"{draft.cooling_reason}; {note}",
        warnings=(*draft.warnings, note),
    )


def _add(draft: Draft, outbox: Outbox, *, keep: bool = False) -> Draft:
    """Add ``draft`` to an open outbox, one reply per message.

    A waiting draft that answers the same message is cancelled as replaced by this one
    (unless ``keep``: then both wait, with a warning); one being sent, sent or unknown
    is named in a warning (``outbox send`` refuses a second reply unless told).
    """
    draft = _behind_clock(draft, outbox)
    warnings = list(draft.warnings)
    earlier = outbox.find_replies_to(draft.in_reply_to) if draft.in_reply_to else []
    stored = outbox.add(
        message_id=draft.message_id,
        in_reply_to=draft.in_reply_to,
        to=draft.to,
        subject=draft.subject,
        body=draft.body,
        eml=draft.eml,
        source_eml=draft.source.raw,
        notes=draft.notes,
        language=draft.language,
        backend=draft.backend,
        model=draft.model,
        not_before=draft.not_before,
        heat_in=draft.heat,
        heat_out=draft.heat_out,
        cooling_reason=draft.cooling_reason,
        now=draft.created,
    )
    still: list[tuple[str, str]] = []  # (id, shown state) of drafts that still answer it
    for other in earlier:  # oldest first
        state = other.state_at(draft.created)
        if other.state == "waiting" and not keep:
            try:
                outbox.cancel(other.id, draft.created, reason=f"replaced by draft {stored.id}")
            except DraftReplyError:
                still.append((other.id, state))
                continue
            warnings.append(
                f"replaced draft {other.id} ({state}), which answered the same message "
                "(one reply per message; --keep keeps both)"
            )
        else:
            still.append((other.id, state))
    if len(still) == 1:
        other_id, state = still[0]
        again = "" if state in ("cooling", "ready") else "; outbox send refuses a second reply"
        warnings.append(f"draft {other_id} already answers this message ({state}){again}")
    elif still:  # one line however many there are: the newest three, then a count
        more = f" and {len(still) - 3} older" if len(still) > 3 else ""
        shown = ", ".join(f"{i} ({state})" for i, state in reversed(still[-3:])) + more
        warnings.append(f"{len(still)} drafts already answer this message: {shown}")
    return dataclasses.replace(
        draft, id=stored.id, state=stored.state_at(draft.created), warnings=tuple(warnings)
    )


def _identity_for(email: Email, settings: Settings) -> tuple[str | None, str | None]:
    """Return the reply's From and signature name: the identity the email was sent to.

    The configured ``[identity] from`` and its ``alternates`` are matched (addr-spec, case
    insensitive) against the email's To, then Cc (RFC 5322 3.6.3); the first identity
    named wins, else ``from`` itself. ``(None, name)`` when no identity is configured.
    """
    from email.utils import parseaddr

    default = (settings.identity, settings.signature_name)
    if not settings.alternates:
        return default
    identities = [
        default,
        *((address, name or settings.signature_name) for address, name in settings.alternates),
    ]
    by_address = {
        parseaddr(address)[1].lower(): (address, name)
        for address, name in identities
        if address is not None
    }
    for addr in (*email.to, *email.cc):
        chosen = by_address.get(addr.addr_spec.lower())
        if chosen is not None:
            return chosen
    return default


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _addresses(msg: EmailMessage, name: str) -> tuple[str, ...]:
    header = msg[name]
    if header is None:
        return ()
    return tuple(str(addr) for addr in header.addresses)
