"""``draft-reply worker``: draft the messages ``draft-reply filter`` queued.

One worker at a time (a lock beside the queue). It puts back what a stopped worker left
half done, then drafts the queue oldest first, ``--jobs N`` at a time, all with one drafting
Session (endpoint discovered, openai client made and language models loaded once, when the
first message is claimed; each job has its own outbox connection), so a slow model answers
N drafts at once; a 429 (Retry-After) holds back every job asking that endpoint. A message
is drafted at most once per Message-ID: one that a stored draft already answers is marked
drafted. A message that cannot be read is marked failed (it stays in the queue, with the
reason) and named on stderr, one line each; ``--once`` then exits 1. When the model cannot
be reached it goes back to the queue. ``--once`` drains the queue and exits; otherwise the
worker waits for more, checking every ``--poll`` seconds. SIGTERM and Ctrl-C stop it
cleanly after the drafts under way.
"""

from __future__ import annotations

import contextlib
import queue
import signal
import threading
from datetime import UTC, datetime
from typing import Any

import click

from assistant.cli._base import Command
from assistant.cli._output import echo
from assistant.cli._params import Number, flag, option
from assistant.display import printable


def _worker(once: bool, jobs: int, poll: float, offline: bool) -> None:
    """Draft the messages a mail filter queued.

    Drafts what 'draft-reply filter' queued: oldest first, N at a time
    (--jobs), each at most once per Message-ID; a stopped worker's half-done
    messages are queued again. --once drains the queue and exits; otherwise it
    waits for more. SIGTERM stops it after the drafts under way. A message
    that cannot be drafted is named on standard error with the reason (it
    stays in the queue, marked failed); when the model cannot be reached it
    goes back to the queue.

    It also delivers, through [transport], your own messages (outbox add,
    sendmail) whose cooling-off is over; with [worker] release = true and a
    maildir, imap or file transport it files cooled drafts into your Drafts.
    It never sends a drafted reply to a client.
    """
    from assistant.config import load_settings
    from assistant.errors import WorkerBusyError
    from assistant.outbox.inbound import Inbound

    settings = load_settings(offline=True if offline else None)
    _ = settings.cooling_policy, settings.transport  # a config mistake is told before any work
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    pool = Jobs(settings, jobs)
    totals = {"drafted": 0, "skipped": 0, "failed": 0, "queued": 0, "released": 0, "sent": 0}
    with (
        Inbound.open(Inbound.path_for(settings.data_dir)) as inbound,
        inbound.worker_lock() as mine,
    ):
        if not mine:
            raise WorkerBusyError("another draft-reply worker is running; nothing to do")
        again = inbound.requeue_interrupted(datetime.now(UTC))
        if again:
            echo(f"draft-reply worker: {again} message(s) a stopped worker left are queued again")
        busy = 0
        while True:
            while busy < jobs and not stop.is_set():
                item = inbound.claim(datetime.now(UTC))
                if item is None:
                    break
                pool.put(item)
                busy += 1
            if not busy:
                _release(settings, totals)
                if once or stop.is_set():
                    break
                stop.wait(poll)
                continue
            item, (state, draft_id, error) = pool.results.get()
            busy -= 1
            inbound.finish(item, state, datetime.now(UTC), draft_id=draft_id, error=error)
            totals[state] += 1
            if state == "failed":
                _say_failed(item, error)
            if state == "queued" and once:
                stop.set()  # the model is down: leave the rest queued for the next run
        left = inbound.counts()["queued"]
    pool.close()
    released = (
        f", released {totals['released']} to the drafts folder" if settings.worker_release else ""
    )
    sent = f", sent {totals['sent']} of your own messages" if totals["sent"] else ""
    echo(
        f"draft-reply worker: drafted {totals['drafted']}, failed {totals['failed']}, "
        f"back in the queue {totals['queued']}; {left} queued{released}{sent}"
    )
    if totals["failed"] and once:
        raise click.exceptions.Exit(1)


def _say_failed(item: Any, error: str) -> None:
    """Tell, in one line on stderr, which queued message could not be drafted and why."""
    message_id = f" {item.message_id}" if item.message_id else " (no Message-ID)"
    line = f"draft-reply worker: failed queued message {item.id}{message_id}: {error}"
    echo(printable(" ".join(line.split())), err=True)


def _release(settings: Any, totals: dict[str, int]) -> None:
    """Deliver what may leave now, through ``[transport]``.

    Your own messages (``outbox add``, ``sendmail``) whose cooling-off is over are delivered
    as they are, whatever the transport: you sent them, the outbox only held them. A drafted
    reply is never sent to a client by the worker: with ``[worker] release`` and a transport
    that files rather than sends (``maildir`` or ``imap``: the user's Drafts folder; ``file``)
    it is filed there once its cooling-off is over, and the user sends it from their own
    mail client, so the cooling-off holds there too. A draft with a finding that blocks
    sending stays in the outbox for an edit. A failed delivery is told on stderr; the message
    stays ready for the next round.
    """
    from assistant.cli.outbox import _findings
    from assistant.errors import DraftReplyError
    from assistant.outbox.sending import send_draft
    from assistant.outbox.store import Outbox

    transport = settings.transport
    if transport is None:
        if not totals.get("told"):
            totals["told"] = 1
            _say_own_mail_stays(settings)
        return
    files_drafts = settings.worker_release and transport.kind in ("maildir", "file", "imap")
    now = datetime.now(UTC)
    with Outbox.open(settings.outbox_path) as outbox:
        for summary in outbox.list(["ready"], now=now):
            draft = outbox.get(summary.id)
            own = draft.backend == "own"
            if not own and not files_drafts:
                continue
            if not own and _findings(draft, draft.body, settings, now).blocking:
                continue
            try:
                send_draft(outbox, draft.id, now=now, transport=transport)
            except DraftReplyError as exc:
                what = "message" if own else "draft"
                echo(
                    printable(f"draft-reply worker: {what} {draft.id} was not delivered: {exc}"),
                    err=True,
                )
                continue
            totals["sent" if own else "released"] += 1


def _say_own_mail_stays(settings: Any) -> None:
    """Tell (once a run) that held own mail cannot leave: no ``[transport]`` is configured."""
    from assistant.errors import DraftReplyError
    from assistant.outbox.store import Outbox

    if not settings.outbox_path.exists():
        return
    now = datetime.now(UTC)
    try:
        with Outbox.open(settings.outbox_path, readonly=True) as outbox:
            waiting = outbox.list(["cooling", "ready"], now=now)
            own = sum(1 for s in waiting if outbox.get(s.id).backend == "own")
    except DraftReplyError:
        return  # a damaged outbox is told by the drafting jobs and by outbox list
    if own:
        echo(
            f"draft-reply worker: {own} of your own messages wait in the outbox, and no "
            "[transport] is configured to deliver them (see draft-reply outbox send --help)",
            err=True,
        )


class Jobs:
    """``jobs`` threads that draft the items given to :meth:`put` and answer each on
    ``results`` as (item, (state, draft id, error)): state is drafted, failed or queued.

    The threads and their shared Session (:func:`_shared_session`) start with the first
    item, so a run with nothing to draft never loads the model client. :meth:`close` waits
    for the drafts under way.
    """

    def __init__(self, settings: Any, jobs: int) -> None:
        self.settings, self.jobs = settings, jobs
        self.todo: queue.Queue[Any] = queue.Queue()
        self.results: queue.Queue[tuple[Any, tuple[str, str, str]]] = queue.Queue()
        self.threads: list[threading.Thread] = []
        self.shared: Any = None

    def put(self, item: Any) -> None:
        """Give one item to the next free job (starting the jobs at the first)."""
        if not self.threads:
            self.shared, problem = _shared_session(self.settings)
            args = (self.shared, problem, self.todo, self.results)
            self.threads = [
                threading.Thread(target=_job, args=args, daemon=True) for _ in range(self.jobs)
            ]
            for thread in self.threads:
                thread.start()
        self.todo.put(item)

    def close(self) -> None:
        """Stop the jobs once the items given are drafted, and close the Session."""
        for _ in self.threads:
            self.todo.put(None)
        for thread in self.threads:
            thread.join()
        if self.shared is not None:
            self.shared.close()


def _shared_session(settings: Any) -> tuple[Any, str]:
    """Return (the worker's Session, "") or (None, why it cannot be made).

    The Session discovers the endpoint, makes the openai client and loads the language
    models once, before the jobs start; each job drafts with ``for_thread()`` of it."""
    from assistant.drafting.draft import Session
    from assistant.errors import DraftReplyError

    try:
        session = Session(settings)
    except DraftReplyError as exc:
        return None, str(exc)
    with contextlib.suppress(DraftReplyError):  # the first draft meets it again, and records it
        session.warm_up()
    return session, ""


def _job(shared: Any, problem: str, todo: queue.Queue[Any], results: queue.Queue[Any]) -> None:
    """One job: the worker's Session (endpoint, openai client) with its own outbox connection
    (``Session.for_thread``) for every draft it makes.

    When that cannot be made (the outbox cannot be opened), every item it is given goes back
    to the queue with the reason: the job answers each one, so nothing waits forever.
    """
    from assistant.errors import DraftReplyError

    session = None
    if shared is not None:
        try:
            session = shared.for_thread()
        except DraftReplyError as exc:
            problem = str(exc)
    if session is None:
        while (item := todo.get()) is not None:
            results.put((item, ("queued", "", problem)))
        return
    with session:
        while True:
            item = todo.get()
            if item is None:
                return
            try:
                outcome = _draft_one(session, item)
            except Exception as exc:  # a bug: recorded, the worker goes on
                outcome = ("failed", "", f"internal error: {type(exc).__name__}: {exc}")
            results.put((item, outcome))


def _draft_one(session: Any, item: Any) -> tuple[str, str, str]:
    """Draft one queued message; return (state, draft id, error)."""
    from assistant.errors import BadEmailError, DraftReplyError, LLMUnavailableError

    current = session
    existing = current.answered(item.message_id)
    if existing is not None:
        return "drafted", existing, "a draft already answers this Message-ID"
    try:
        draft = current.draft(item.raw, now=datetime.now(UTC))
    except BadEmailError as exc:
        return "failed", "", str(exc)
    except LLMUnavailableError as exc:
        return "queued", "", str(exc)  # the queue keeps it; the next run tries again
    except DraftReplyError as exc:
        return "failed", "", str(exc)
    return "drafted", str(draft.id or ""), ""


_EPILOG = """\
Exit codes: 0 done (with --once: nothing failed); 1 with --once, a message
could not be drafted (each is named on standard error); 2 bad command line;
75 another worker is running; 78 configuration.

Examples:
  */5 * * * * draft-reply worker --once     from cron
  draft-reply worker --jobs 4               as a service (stop it with SIGTERM)"""

worker = Command(
    "worker",
    _worker,
    [
        flag("--once", help="Draft what is queued, then exit."),
        option(
            "-j",
            "--jobs",
            type=Number(1, 64),
            default=1,
            show_default=True,
            metavar="N",
            help="Draft N messages at a time (1 to 64).",
        ),
        option(
            "--poll",
            type=Number(0.1, 3600, whole=False),
            default=5.0,
            show_default=True,
            metavar="SECONDS",
            help="Without --once: how often to look for new mail (0.1 to 3600).",
        ),
        flag("--offline", help="Never call a model."),
    ],
    epilog=_EPILOG,
)
