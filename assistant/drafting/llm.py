"""OpenAI-compatible Chat Completions: endpoint discovery, one retry owner, structured output.

The openai client is built with ``max_retries=0`` and an explicit timeout; tenacity is the one
retry owner (DESIGN.md, "One retry owner"). ``openai`` and ``tenacity`` are imported inside the
functions that use them so that importing this module stays cheap.
"""

from __future__ import annotations

import json
import math
import re
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from types import MappingProxyType, ModuleType
from typing import TYPE_CHECKING, Any, TextIO

from assistant.drafting.completion import Completion, Usage
from assistant.errors import LLMConfigError, LLMResponseError, LLMUnavailableError

if TYPE_CHECKING:
    import openai
    import tenacity

    from assistant.config import Settings
    from assistant.drafting.prompts import Prompt

#: Where a configured key without a base URL goes (the openai package's own default).
OPENAI_BASE_URL = "https://api.openai.com/v1"

_LOCAL_SOURCES = {11434: "ollama", 8080: "llama.cpp"}
# A server asking us to wait longer than this is not worth waiting for in a CLI.
_MAX_RETRY_AFTER = 60.0
_CONNECT_ATTEMPTS = 3  # tries when nothing answers at the address at all
# Request parameters we may drop when a server says it does not support them, and the words
# in its 400 message that name each one.
_OPTIONAL_PARAMS = {
    "response_format": ("response_format", "json_schema", "structured output"),
    "stream_options": ("stream_options", "include_usage"),
    "temperature": ("temperature",),
    "max_tokens": ("max_tokens",),
}
_NOT_SUPPORTED = re.compile(r"not (?:yet )?supported|unsupported|does not support", re.I)
_FENCE = re.compile(r"\A```(?:json)?\s*(.*?)\s*```\Z", re.S)
# Model text never carries these into a draft: C0 controls but tab and line feed (ESC, NUL,
# form feed ...), DEL and C1 controls. Carriage returns become line feeds first.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_BASE_URL_HINT = "; pass --base-url (or OPENAI_BASE_URL) as http(s)://host[:port]/v1"


@dataclass(frozen=True)
class Endpoint:
    """Where to send a prompt: base URL (ending in ``/v1``), key, model, and how it was found.

    ``source`` is "configured" (key or base URL set), "ollama" or "llama.cpp" (probed on
    their default ports) or "local" (probed elsewhere). ``base_url`` None means OpenAI's API.
    """

    base_url: str | None
    api_key: str
    model: str
    source: str


def discover_endpoint(settings: Settings) -> Endpoint | None:
    """Return the endpoint to draft with, or None when the offline drafter should be used.

    Order: ``settings.offline`` gives None; a configured API key or base URL wins; else, when
    ``settings.probe_local``, each of ``settings.local_endpoints`` is asked ``GET {base}/models``
    with ``settings.probe_timeout`` seconds per endpoint and the first answering 200 with a
    non-empty model list wins (model: ``settings.model`` if listed, else the first listed).
    Never raises for an unreachable or odd server: it is simply skipped.
    """
    if settings.offline:
        return None
    if settings.api_key or settings.base_url:
        return Endpoint(
            base_url=settings.base_url,
            api_key=settings.api_key or "not-needed",
            model=settings.model,
            source="configured",
        )
    if not settings.probe_local:
        return None
    for base_url in settings.local_endpoints:
        base_url = base_url.rstrip("/")
        models = _list_models(base_url, settings.probe_timeout)
        if not models:
            continue
        model = models[0]
        for wanted in (settings.model, f"{settings.model}:latest"):  # Ollama tags
            if wanted in models:
                model = wanted
                break
        port = urllib.parse.urlsplit(base_url).port
        source = _LOCAL_SOURCES.get(port, "local") if port is not None else "local"
        return Endpoint(base_url=base_url, api_key="not-needed", model=model, source=source)
    return None


def _list_models(base_url: str, timeout: float) -> tuple[str, ...]:
    """Return the model ids ``GET {base_url}/models`` lists, or () on any failure."""
    import http.client
    import urllib.request

    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: no proxy
    try:
        with opener.open(f"{base_url}/models", timeout=timeout) as response:
            if response.status != 200:
                return ()
            data = json.loads(response.read(1_000_000))
    except (OSError, ValueError, http.client.HTTPException):
        return ()
    models = data.get("data") if isinstance(data, dict) else None
    if not isinstance(models, list):
        return ()
    return tuple(
        m["id"] for m in models if isinstance(m, dict) and isinstance(m.get("id"), str) and m["id"]
    )


def complete(
    prompt: Prompt,
    endpoint: Endpoint,
    settings: Settings,
    *,
    stream: TextIO | None = None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
    client: openai.OpenAI | None = None,
) -> Completion:
    """Send ``prompt`` to ``endpoint`` and return the drafted reply.

    ``client`` is an openai client from :func:`open_client` for ``endpoint`` to reuse (a
    :class:`~assistant.drafting.draft.Session`'s); without one a client is made and closed.

    The model is always asked for JSON following ``prompt.schema`` (OpenAI
    ``response_format`` json_schema, strict, and the same format in the system prompt), with
    ``settings.max_tokens``; the answer's ``reply`` becomes ``text`` and its ``notes`` the
    notes (``structured=True``). A server that rejects ``response_format`` (or
    ``max_tokens``, ``temperature``) is asked once more without it; a model that answers
    prose instead of JSON is taken as plain text (``structured=False``, no notes). With
    ``stream`` the same JSON is streamed and only the reply's text is written to ``stream``
    as it arrives (:class:`ReplyStream`); the notes are read when the answer is complete.

    Retries (tenacity, the only retry owner): connection errors, timeouts, 408, 429 and 5xx,
    with jittered exponential backoff (1, 2, 4 ... 10 s plus up to 1 s), or the server's
    Retry-After / retry-after-ms (RFC 9110 section 10.2.3; an HTTP date is measured from the
    response's Date header) when given. No sleep may end past ``settings.deadline`` seconds
    after the start (measured with ``clock``); each request times out after
    ``settings.request_timeout`` seconds or the time left, whichever is less. A stream is
    retried only until its first token.

    The model's text and notes are cleaned before use: lone surrogates become U+FFFD, CR LF
    and CR become LF, other control characters but tab and LF are removed (also in the
    stream). A JSON array is not a reply.

    Raises LLMConfigError before any request when the base URL is malformed (not http or
    https, no host, a bad port, white space), and at once for HTTP 400, 401, 403, 404 and
    other 4xx (what to fix is in the message); LLMUnavailableError when retries end
    (endpoint and last error named) or a stream breaks after its first token;
    LLMResponseError when the answer is not a usable reply (a body that is not JSON, no
    choices, an empty reply, a refusal, broken JSON, a JSON array).
    """
    import openai
    import tenacity

    base_url = endpoint.base_url or OPENAI_BASE_URL
    _check_base_url(base_url)
    start = clock()
    optional: dict[str, Any] = {
        "temperature": settings.temperature,
        "max_tokens": settings.max_tokens,
        "response_format": {
            "type": "json_schema",
            "json_schema": {"name": "draft_reply", "schema": dict(prompt.schema), "strict": True},
        },
    }
    if stream is not None:
        optional["stream_options"] = {"include_usage": True}
    requests_sent = 0
    fell_back = False

    shared = clock is time.monotonic  # the real clock: rate limits are shared with other threads

    def attempt(client: openai.OpenAI) -> Completion:
        nonlocal requests_sent, fell_back
        if shared:
            held = _RATE_LIMITS.pause(base_url)
            if held > 0:
                sleep(min(held, max(0.0, settings.deadline - (clock() - start))))
        timeout = max(0.05, min(settings.request_timeout, settings.deadline - (clock() - start)))
        call = _Call(client, endpoint, base_url, prompt, dict(optional), timeout, stream)
        requests_sent += 1
        try:
            return call.run()
        except openai.BadRequestError as exc:
            rejected = () if fell_back else _rejected_params(exc, optional)
            if not rejected:
                raise
            fell_back = True
            for name in rejected:
                del optional[name]
            call = _Call(client, endpoint, base_url, prompt, dict(optional), timeout, stream)
            requests_sent += 1
            return call.run()

    def stop(state: tenacity.RetryCallState) -> bool:
        wait = state.upcoming_sleep
        failure = state.outcome.exception() if state.outcome is not None else None
        if _cannot_connect(failure) and state.attempt_number >= _CONNECT_ATTEMPTS:
            return True  # nothing listens there: a few tries cover a restart, not the deadline
        return wait > _MAX_RETRY_AFTER or clock() - start + wait > settings.deadline

    retrying = tenacity.Retrying(
        retry=tenacity.retry_if_exception(_is_transient),
        wait=lambda state: _note_rate_limit(state, base_url) if shared else _wait_for_retry(state),
        stop=stop,
        sleep=sleep,
        reraise=True,
    )
    try:
        if client is not None:
            return retrying(attempt, client)
        with open_client(endpoint, settings) as own:
            return retrying(attempt, own)
    except openai.APIStatusError as exc:
        if _is_transient(exc):
            raise _unavailable(exc, base_url, settings, requests_sent) from None
        raise _config_error(exc, endpoint.model, base_url) from None
    except (openai.APIConnectionError, *_transport_errors()) as exc:  # type: ignore[misc]
        raise _unavailable(exc, base_url, settings, requests_sent) from None
    except json.JSONDecodeError as exc:
        raise LLMResponseError(
            f"{base_url} answered with a body that is not JSON ({exc.msg}); "
            "check that --base-url points at an OpenAI-compatible API (ending in /v1)"
        ) from None
    except openai.APIError as exc:  # validation errors, error events inside a stream
        raise LLMResponseError(f"{base_url} answered with an error: {exc.message}") from None
    except _http_library().InvalidURL as exc:  # what _check_base_url let through
        raise LLMConfigError(
            f"base URL {base_url!r} is not usable ({exc}){_BASE_URL_HINT}"
        ) from None


def open_client(endpoint: Endpoint, settings: Settings) -> openai.OpenAI:
    """Return an openai client for ``endpoint``: no retries of its own (tenacity in
    :func:`complete` is the one retry owner), ``settings.request_timeout`` seconds.

    Raises LLMConfigError when the base URL is malformed. Close it when done.
    """
    import openai

    base_url = endpoint.base_url or OPENAI_BASE_URL
    _check_base_url(base_url)
    try:
        return openai.OpenAI(
            base_url=base_url,
            api_key=endpoint.api_key,
            max_retries=0,
            timeout=settings.request_timeout,
        )
    except _http_library().InvalidURL as exc:  # what _check_base_url let through
        raise LLMConfigError(
            f"base URL {base_url!r} is not usable ({exc}){_BASE_URL_HINT}"
        ) from None


def _check_base_url(base_url: str) -> None:
    """Raise LLMConfigError unless ``base_url`` is an http(s) URL with a host and a valid port.

    Checked before any request: a malformed URL is configuration to fix, not a server that is
    down (RFC 3986 section 3; ports 0-65535).
    """
    reason = None
    try:
        parts = urllib.parse.urlsplit(base_url)
        if parts.scheme.lower() not in ("http", "https"):
            reason = "is not an http or https URL"
        elif not parts.hostname:
            reason = "has no host"
        else:
            try:
                parts.port  # noqa: B018 - the property raises ValueError for a bad port
            except ValueError:
                reason = "has an invalid port (it must be a number from 0 to 65535)"
    except ValueError as exc:
        reason = f"cannot be parsed ({exc})"
    if reason is None and any(ch.isspace() or not ch.isprintable() for ch in base_url):
        reason = "contains white space or control characters"
    if reason is not None:
        raise LLMConfigError(f"base URL {base_url!r} {reason}{_BASE_URL_HINT}")


def _clean_text(text: str) -> str:
    """Return model text safe to store, send and show on a terminal.

    Surrogate pairs are joined and lone surrogates become U+FFFD; CR LF and CR become LF;
    C0 controls other than tab and LF, DEL and C1 controls are removed.
    """
    if _SURROGATE.search(text):
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", text)


def _refuse_json_array(body: str, model: str) -> None:
    """Raise LLMResponseError when ``body`` is a JSON array: data, not a reply to send."""
    if not body.startswith("["):
        return
    try:
        data = json.loads(body)
    except ValueError:
        return  # prose that starts with a bracket ("[Draft] Dear ...")
    if isinstance(data, list):
        raise LLMResponseError(
            f"model {model} sent a JSON array, not a reply; try again or another model"
        )


class _Call:
    """One chat completion request and the reading of its answer."""

    def __init__(
        self,
        client: openai.OpenAI,
        endpoint: Endpoint,
        base_url: str,
        prompt: Prompt,
        optional: dict[str, Any],
        timeout: float,
        stream: TextIO | None,
    ) -> None:
        self.client = client
        self.endpoint = endpoint
        self.base_url = base_url
        self.optional = optional
        self.timeout = timeout
        self.stream = stream
        self.structured = True
        self.messages: list[Any] = [{"role": m.role, "content": m.content} for m in prompt.messages]

    def run(self) -> Completion:
        if self.stream is not None:
            return self._run_stream(self.stream)
        response: Any = self.client.chat.completions.create(
            model=self.endpoint.model,
            messages=self.messages,
            timeout=self.timeout,
            **self.optional,
        )
        try:
            choice = response.choices[0]
            content = choice.message.content
            refusal = getattr(choice.message, "refusal", None)
            finish_reason = getattr(choice, "finish_reason", None)
        except (AttributeError, IndexError, TypeError, KeyError):
            raise LLMResponseError(
                f"{self.base_url} answered without a chat completion choice; "
                "check that --base-url points at an OpenAI-compatible API (ending in /v1)"
            ) from None
        if refusal:
            raise LLMResponseError(f"model {self.endpoint.model} refused to draft: {refusal}")
        text, notes, structured = self._read_content(content, finish_reason)
        return Completion(
            text=text,
            backend="openai",
            notes=MappingProxyType(notes),
            model=getattr(response, "model", None) or self.endpoint.model,
            endpoint=self.base_url,
            usage=_usage(getattr(response, "usage", None)),
            structured=structured,
        )

    def _read_content(
        self, content: object, finish_reason: object
    ) -> tuple[str, dict[str, str], bool]:
        """Return (reply text, notes, structured) from the message content.

        Prose (not a JSON object) is the reply as plain text, with no notes. A JSON object that
        is broken or lacks "reply" is an error: its text must not end up in a client email.
        """
        text = _clean_text(content).strip() if isinstance(content, str) else ""
        if not text:
            raise LLMResponseError(
                f"model {self.endpoint.model} at {self.base_url} sent an empty reply"
            )
        fenced = _FENCE.match(text)
        body = fenced.group(1) if fenced else text
        _refuse_json_array(body, self.endpoint.model)
        if not self.structured:
            return text, {}, False
        if not body.startswith("{"):
            return text, {}, False  # the model ignored the format and wrote the reply as prose
        cut = " (cut off at the token limit)" if finish_reason == "length" else ""
        try:
            data = json.loads(body)
        except ValueError:
            raise LLMResponseError(
                f"model {self.endpoint.model} sent broken JSON{cut}; try again or another model"
            ) from None
        reply = data.get("reply") if isinstance(data, dict) else None
        if not isinstance(reply, str) or not reply.strip():
            raise LLMResponseError(
                f'model {self.endpoint.model} sent JSON without a "reply" text; '
                "try again or another model"
            )
        raw_notes = data.get("notes")
        notes: dict[str, str] = {}
        if isinstance(raw_notes, dict):
            for key, value in raw_notes.items():
                note = _clean_text(value).strip() if isinstance(value, str) else ""
                if note:
                    notes[_clean_text(str(key))] = note
        reply = _clean_text(reply).strip()
        if not reply:
            raise LLMResponseError(
                f'model {self.endpoint.model} sent JSON without a "reply" text; '
                "try again or another model"
            )
        return reply, notes, True

    def _run_stream(self, out: TextIO) -> Completion:
        import openai

        chunks: Any = self.client.chat.completions.create(
            model=self.endpoint.model,
            messages=self.messages,
            timeout=self.timeout,
            stream=True,
            **self.optional,
        )
        parts: list[str] = []
        model: str | None = None
        usage: Usage | None = None
        held = ""  # a CR or high surrogate that may pair with the next token's first character
        shown = ReplyStream()

        def write(piece: str) -> None:
            clean = _clean_text(piece)
            if clean:
                parts.append(clean)
                visible = _clean_text(shown.feed(clean))
                if visible:
                    out.write(visible)
                    out.flush()

        try:
            with chunks:
                for chunk in chunks:
                    model = model or getattr(chunk, "model", None)
                    usage = _usage(getattr(chunk, "usage", None)) or usage
                    for choice in getattr(chunk, "choices", None) or ():
                        delta = getattr(getattr(choice, "delta", None), "content", None)
                        if isinstance(delta, str) and delta:
                            delta = held + delta
                            held = delta[-1] if delta[-1] == "\r" or _is_high(delta[-1]) else ""
                            write(delta[: len(delta) - len(held)])
                write(held)
        except (openai.APIError, *_transport_errors()) as exc:  # type: ignore[misc]
            if parts and _is_transient(exc):
                raise LLMUnavailableError(
                    f"{self.base_url} stopped streaming after {len(''.join(parts))} characters: "
                    f"{_describe(exc)}; run again"
                ) from None
            raise
        text = "".join(parts).strip()
        if not text:
            raise LLMResponseError(
                f"model {self.endpoint.model} at {self.base_url} streamed an empty reply"
            )
        reply, notes, structured = self._read_content(text, None)
        return Completion(
            text=reply,
            backend="openai",
            notes=MappingProxyType(notes),
            model=model or self.endpoint.model,
            endpoint=self.base_url,
            usage=usage,
            structured=structured,
        )


class ReplyStream:
    """Show only the client reply of a JSON answer as it streams in.

    :meth:`feed` takes the next piece of the model's text and returns what the user should
    see of it: the characters of the ``"reply"`` string, decoded (escapes such as ``\\n`` and
    ``\\u00e9``, surrogate pairs), and nothing of the keys or the ``"notes"``. An answer that
    does not start with ``{`` (or a code fence and ``{``) is prose and is shown as it comes.
    """

    def __init__(self) -> None:
        self._buffer = ""
        self._mode = "start"  # start, seek, text, escape, done, prose
        self._pending = ""
        self._high = ""  # a high surrogate waiting for its low half

    def feed(self, piece: str) -> str:
        """Return the part of ``piece`` (after what came before) that belongs to the reply."""
        shown: list[str] = []
        for ch in piece:
            shown.append(self._step(ch))
        return "".join(shown)

    def _step(self, ch: str) -> str:
        if self._mode == "start":
            self._buffer += ch
            head = self._buffer.lstrip()
            if not head:
                return ""
            if head.startswith(("{", "`")):
                self._mode = "seek"
                return ""
            self._mode = "prose"
            return self._buffer
        if self._mode == "prose":
            return ch
        if self._mode == "seek":
            self._buffer += ch
            match = _REPLY_KEY.search(self._buffer)
            if match:
                self._mode = "text"
                rest = self._buffer[match.end() :]
                self._buffer = ""
                return "".join(self._step(c) for c in rest)
            return ""
        if self._mode == "text":
            if ch == "\\":
                self._mode = "escape"
                return ""
            if ch == '"':
                self._mode = "done"
                return ""
            return ch
        if self._mode == "escape":
            self._pending += ch
            if self._pending[0] != "u":
                code, self._pending = self._pending, ""
                self._mode = "text"
                return _ESCAPES.get(code, code)
            if len(self._pending) < 5:
                return ""
            value = int(self._pending[1:5], 16) if _HEX4.fullmatch(self._pending[1:5]) else 0xFFFD
            self._pending = ""
            self._mode = "text"
            if 0xD800 <= value <= 0xDBFF:
                self._high = chr(value)
                return ""
            if 0xDC00 <= value <= 0xDFFF and self._high:
                pair = (self._high + chr(value)).encode("utf-16", "surrogatepass")
                self._high = ""
                return pair.decode("utf-16")
            self._high = ""
            return chr(value)
        return ""


_REPLY_KEY = re.compile(r'"reply"\s*:\s*"')
_HEX4 = re.compile(r"[0-9a-fA-F]{4}")
_ESCAPES = {"n": "\n", "t": "\t", "r": "", '"': '"', "\\": "\\", "/": "/", "b": "", "f": ""}


class _RateLimits:
    """When each endpoint (base URL) may be asked again after a 429, for every thread of the
    process: ``draft-reply worker --jobs N`` backs off together, not N times on its own."""

    def __init__(self) -> None:
        self._until: dict[str, float] = {}
        self._lock = threading.Lock()

    def pause(self, base_url: str) -> float:
        """Return how many seconds to wait before asking ``base_url`` (0: none)."""
        with self._lock:
            return max(0.0, self._until.get(base_url, 0.0) - time.monotonic())

    def hold(self, base_url: str, seconds: float) -> None:
        """Ask nobody's requests to ``base_url`` to go out for ``seconds``."""
        with self._lock:
            until = time.monotonic() + seconds
            self._until[base_url] = max(self._until.get(base_url, 0.0), until)


_RATE_LIMITS = _RateLimits()


def _note_rate_limit(state: tenacity.RetryCallState, base_url: str) -> float:
    """Return the wait before the next attempt; after a 429 every thread waits it too."""
    import openai

    seconds = _wait_for_retry(state)
    failure = state.outcome.exception() if state.outcome is not None else None
    if isinstance(failure, openai.RateLimitError):
        _RATE_LIMITS.hold(base_url, seconds)
    return seconds


def _is_high(ch: str) -> bool:
    """Return True for a high surrogate (the first half of a UTF-16 surrogate pair)."""
    return "\ud800" <= ch <= "\udbff"


def _rejected_params(exc: openai.BadRequestError, sent: dict[str, Any]) -> tuple[str, ...]:
    """Return the optional parameters a 400 says the server does not support (may be none)."""
    message = _server_message(exc).lower()
    named = tuple(
        name
        for name, words in _OPTIONAL_PARAMS.items()
        if name in sent and any(word in message for word in words)
    )
    if named:
        return named
    if _NOT_SUPPORTED.search(message):
        return tuple(name for name in _OPTIONAL_PARAMS if name in sent)
    return ()


def _cannot_connect(exc: BaseException | None) -> bool:
    """Return True when no connection could be made (refused, no route, unknown host).

    A timeout is not this: the server may be busy. Connection failures are retried
    :data:`_CONNECT_ATTEMPTS` times in all, then reported.
    """
    import openai

    return isinstance(exc, openai.APIConnectionError) and not _is_timeout(exc)


def _is_transient(exc: BaseException) -> bool:
    """Return True for failures worth retrying: connection, timeout, 408, 429, 5xx."""
    import openai

    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in (408, 429) or exc.status_code >= 500
    if isinstance(exc, openai.APIConnectionError):  # includes APITimeoutError
        return True
    return isinstance(exc, _transport_errors())  # raised while reading a stream


def _http_library() -> ModuleType:
    """Return the HTTP library openai uses: httpx2 (openai 3) or httpx (openai 1 and 2)."""
    try:
        import httpx2

        return httpx2
    except ImportError:  # pragma: no cover - depends on the installed openai
        import httpx  # type: ignore[import-not-found,unused-ignore]

        return httpx  # type: ignore[no-any-return,unused-ignore]


def _transport_errors() -> tuple[type[BaseException], ...]:
    """Return the HTTP library's transport errors, which a stream raises while it is read."""
    return (_http_library().TransportError,)


def _is_timeout(exc: BaseException) -> bool:
    import openai

    return isinstance(exc, (openai.APITimeoutError, _http_library().TimeoutException))


def _wait_for_retry(state: tenacity.RetryCallState) -> float:
    """Return seconds to wait: the server's Retry-After, else 1, 2, 4 ... 10 s plus jitter."""
    import tenacity

    outcome = state.outcome
    retry_after = _retry_after(outcome.exception()) if outcome is not None else None
    if retry_after is not None:
        return retry_after
    backoff = tenacity.wait_exponential_jitter(initial=1.0, max=10.0, jitter=1.0)
    return float(backoff(state))


def _retry_after(exc: BaseException | None) -> float | None:
    """Return the wait in seconds a response asks for (retry-after-ms, Retry-After), or None.

    RFC 9110 section 10.2.3: delay-seconds or an HTTP-date; the date is measured from the
    response's Date header (section 6.6.1) so that clock skew does not matter.
    """
    import email.utils

    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        value = headers.get(name)
        if value is None:
            continue
        try:
            seconds = float(value) * scale
        except ValueError:
            continue
        return seconds if math.isfinite(seconds) and seconds >= 0 else None
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        when = email.utils.parsedate_to_datetime(value)
        served = headers.get("date")
        now = email.utils.parsedate_to_datetime(served) if served else datetime.now(UTC)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def _usage(usage: object) -> Usage | None:
    prompt_tokens = getattr(usage, "prompt_tokens", None)
    completion_tokens = getattr(usage, "completion_tokens", None)
    if not isinstance(prompt_tokens, int) or not isinstance(completion_tokens, int):
        return None
    return Usage(prompt_tokens=prompt_tokens, completion_tokens=completion_tokens)


def _server_message(exc: openai.APIStatusError) -> str:
    """Return the server's own error message (OpenAI, Ollama and llama.cpp shapes)."""
    body = exc.body
    if isinstance(body, dict) and isinstance(body.get("message"), str):
        return str(body["message"])
    if isinstance(body, str) and body.strip():
        return body.strip()[:300]
    return exc.message


def _describe(exc: BaseException) -> str:
    """Return a short description of a failure for a one-line message."""
    import openai

    if _is_timeout(exc):
        return "request timed out"
    if isinstance(exc, openai.APIStatusError):
        return f"HTTP {exc.status_code}: {_server_message(exc)}"
    if isinstance(exc, openai.APIConnectionError) and exc.__cause__ is not None:
        return f"connection failed: {exc.__cause__}"
    return str(exc) or type(exc).__name__


def _unavailable(
    exc: BaseException, base_url: str, settings: Settings, attempts: int
) -> LLMUnavailableError:
    retry_after = _retry_after(exc)
    asked = (
        f" (the server asked to wait {retry_after:g} s)"
        if retry_after is not None and retry_after > _MAX_RETRY_AFTER
        else ""
    )
    timeout = f" after {settings.request_timeout:g} s" if _is_timeout(exc) else ""
    return LLMUnavailableError(
        f"{base_url} is unavailable: {_describe(exc)}{timeout}{asked}; gave up after "
        f"{attempts} attempt{'s' if attempts != 1 else ''} (deadline {settings.deadline:g} s); "
        "try again later or use --offline"
    )


def _config_error(exc: openai.APIStatusError, model: str, base_url: str) -> LLMConfigError:
    code = exc.status_code
    message = _server_message(exc)
    if code in (401, 403):
        return LLMConfigError(
            f"{base_url} refused the API key (HTTP {code}: {message}); "
            "check OPENAI_API_KEY or api_key in the config file"
        )
    if code == 404:
        return LLMConfigError(
            f"unknown model {model!r} at {base_url} (HTTP 404: {message}); "
            f"list models with `curl {base_url}/models` and pass --model, or check --base-url"
        )
    return LLMConfigError(f"{base_url} rejected the request (HTTP {code}): {message}")
