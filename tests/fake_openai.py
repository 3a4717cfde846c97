"""A scripted fake of the OpenAI Chat Completions API: a real HTTP server on 127.0.0.1.

Speaks ``GET /v1/models`` and ``POST /v1/chat/completions`` (JSON, or SSE when the request
has ``"stream": true``). Script answers with :meth:`FakeOpenAI.enqueue`, in order:

- ``"text"``: a reply whose content is that text;
- a ``dict``: a structured reply, the dict JSON-encoded as the content;
- :class:`Reply`: content with a chosen model, usage or finish reason;
- :class:`Status`: an HTTP error (status, headers, body; a ``str`` body becomes an
  OpenAI-style ``{"error": {"message": ...}}``);
- :class:`Raw`: any bytes with any status and content type (malformed JSON, HTML);
- :class:`Delay`: wait ``seconds`` before answering ``then`` (to trigger client timeouts);
- :class:`Stream`: SSE chunks, optionally stalling after some of them.

Text, dict and Reply answers follow the request: streamed as SSE chunks when it asks for a
stream. With the queue empty the server answers a calm default reply, structured when the
request asks for ``response_format`` json_schema. ``server.requests`` records every request
(``method``, ``path``, ``headers``, parsed JSON ``body``);
``server.chat_requests()`` only the chat completion ones. Outside pytest::

    with running_fake_openai() as server:
        os.environ["OPENAI_BASE_URL"] = server.base_url
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

DEFAULT_MODEL = "gpt-4o-mini"
DEFAULT_REPLY = (
    "Thank you for telling us so directly. You are right that the March reports arrived late, "
    "and I understand how that made planning harder for your team."
)
DEFAULT_NOTES = {
    "understand": "Late March reports; planning disrupted.",
    "record": "Reports delivered, dashboard fixed.",
    "perspective": "Team was one person short in March.",
    "worth_pursuing": "Maintain within current scope.",
    "manager_note": "Small account; keep scope, no extra hours.",
}


@dataclass(frozen=True)
class Reply:
    """A successful completion whose message content is ``content``."""

    content: str
    model: str | None = None  # None: echo the request's model
    prompt_tokens: int = 12
    completion_tokens: int = 34
    finish_reason: str = "stop"


@dataclass(frozen=True)
class Status:
    """An HTTP error answer; a ``str`` body is wrapped as an OpenAI error object."""

    status: int
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Raw:
    """Exactly these bytes, with this status and content type."""

    body: bytes
    status: int = 200
    content_type: str = "application/json"


@dataclass(frozen=True)
class Delay:
    """Wait ``seconds`` (cut short when the server stops), then answer ``then``."""

    seconds: float
    then: Answer | None = None


@dataclass(frozen=True)
class Stream:
    """An SSE stream of content chunks; stall ``stall`` seconds after ``stall_after`` chunks."""

    chunks: tuple[str, ...]
    stall_after: int | None = None
    stall: float = 0.0
    model: str | None = None


@dataclass(frozen=True)
class Compute:
    """An answer computed from the request body (a scripted model that reads its prompt)."""

    answer: Callable[[Mapping[str, Any]], str | dict[str, Any]]


Answer = str | dict[str, Any] | Reply | Status | Raw | Delay | Stream | Compute


@dataclass(frozen=True)
class RecordedRequest:
    """One request the server received; ``headers`` keys are lower case."""

    method: str
    path: str
    headers: Mapping[str, str]
    body: Any  # the parsed JSON body (None without a body, str when not JSON)


class FakeOpenAI:
    """The scripted server; run with :func:`running_fake_openai` or the ``fake_openai`` fixture."""

    def __init__(
        self, models: tuple[str, ...] = (DEFAULT_MODEL, "llama3.2"), *, port: int = 0
    ) -> None:
        self.models = list(models)
        self.requests: list[RecordedRequest] = []
        self._queue: deque[Answer] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", port), _Handler)
        self._httpd.daemon_threads = True
        self._httpd.fake = self  # type: ignore[attr-defined]
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        """The API base URL, ending in ``/v1``."""
        return f"http://127.0.0.1:{self.port}/v1"

    def chat_requests(self) -> list[RecordedRequest]:
        """The recorded ``POST .../chat/completions`` requests, in order."""
        return [r for r in self.requests if r.path.endswith("/chat/completions")]

    def enqueue(self, *answers: Answer) -> None:
        """Queue answers for the next chat completion requests, in order."""
        with self._lock:
            self._queue.extend(answers)

    def pending(self) -> int:
        """Return how many queued answers are not used yet."""
        with self._lock:
            return len(self._queue)

    def start(self) -> FakeOpenAI:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def _next(self) -> Answer | None:
        with self._lock:
            return self._queue.popleft() if self._queue else None

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)


@contextmanager
def running_fake_openai(
    models: tuple[str, ...] | None = None, *, port: int = 0
) -> Iterator[FakeOpenAI]:
    """Run a :class:`FakeOpenAI` on 127.0.0.1 (``port`` 0: a free one) for the ``with`` block.

    Raises OSError when ``port`` is taken.
    """
    server = FakeOpenAI(*(() if models is None else (models,)), port=port).start()
    try:
        yield server
    finally:
        server.stop()


class _Handler(BaseHTTPRequestHandler):
    server_version = "FakeOpenAI/1"

    def log_message(self, format: str, *args: Any) -> None:  # silence stderr
        pass

    @property
    def fake(self) -> FakeOpenAI:
        fake: FakeOpenAI = self.server.fake  # type: ignore[attr-defined]
        return fake

    def _read_json(self) -> Any:
        length = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            return json.loads(raw) if raw else None
        except ValueError:
            return raw.decode("utf-8", "replace")

    def _record(self, body: Any) -> None:
        headers = {k.lower(): v for k, v in self.headers.items()}
        self.fake._record(RecordedRequest(self.command, self.path, headers, body))

    def do_GET(self) -> None:
        self._record(None)
        if self.path.rstrip("/").endswith("/models"):
            data = [{"id": m, "object": "model", "owned_by": "fake"} for m in self.fake.models]
            self._send_json(200, {"object": "list", "data": data})
        else:
            self._send_json(404, _error(f"no route for GET {self.path}"))

    def do_POST(self) -> None:
        body = self._read_json()
        self._record(body)
        if not self.path.rstrip("/").endswith("/chat/completions"):
            self._send_json(404, _error(f"no route for POST {self.path}"))
            return
        request = body if isinstance(body, dict) else {}
        answer = self.fake._next()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up
            self._answer(request, answer)

    def _answer(self, request: dict[str, Any], answer: Answer | None) -> None:
        while isinstance(answer, Delay):
            if self.fake._stopping.wait(answer.seconds):
                return
            answer = answer.then
        if isinstance(answer, Compute):
            answer = answer.answer(request)
        if answer is None:
            if _asks_for_schema(request):
                answer = {"reply": DEFAULT_REPLY, "notes": DEFAULT_NOTES}
            else:
                answer = DEFAULT_REPLY
        if isinstance(answer, str):
            answer = Reply(answer)
        elif isinstance(answer, dict):
            answer = Reply(json.dumps(answer))
        if isinstance(answer, Status):
            body = answer.body
            if body is None or isinstance(body, str):
                body = _error(body or f"HTTP {answer.status}")
            self._send_json(answer.status, body, answer.headers)
        elif isinstance(answer, Raw):
            self._send(answer.status, answer.body, answer.content_type)
        elif isinstance(answer, Stream):
            self._send_stream(request, answer)
        elif request.get("stream"):
            words = answer.content.split(" ")
            chunks = tuple(w if i == 0 else " " + w for i, w in enumerate(words))
            self._send_stream(request, Stream(chunks, model=answer.model), answer)
        else:
            self._send_json(200, _completion(request, answer))

    def _send(
        self, status: int, body: bytes, content_type: str, headers: Mapping[str, str] = {}
    ) -> None:
        if any(name.lower() == "date" for name in headers):  # a scripted Date replaces ours
            self.send_response_only(status)
            self.send_header("Server", self.version_string())
        else:
            self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _send_json(self, status: int, body: Any, headers: Mapping[str, str] = {}) -> None:
        self._send(status, json.dumps(body).encode(), "application/json", headers)

    def _send_stream(
        self, request: dict[str, Any], stream: Stream, reply: Reply | None = None
    ) -> None:
        model = stream.model or request.get("model") or DEFAULT_MODEL
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True

        def event(choices: list[dict[str, Any]], **extra: Any) -> None:
            chunk = {
                "id": "chatcmpl-fake",
                "object": "chat.completion.chunk",
                "created": int(time.time()),
                "model": model,
                "choices": choices,
                **extra,
            }
            self.wfile.write(b"data: " + json.dumps(chunk).encode() + b"\n\n")
            self.wfile.flush()

        for index, text in enumerate(stream.chunks):
            stalls = stream.stall_after is not None and index == stream.stall_after
            if stalls and self.fake._stopping.wait(stream.stall):
                return
            delta: dict[str, Any] = {"content": text}
            if index == 0:
                delta["role"] = "assistant"
            event([{"index": 0, "delta": delta, "finish_reason": None}])
        finish = reply.finish_reason if reply else "stop"
        event([{"index": 0, "delta": {}, "finish_reason": finish}])
        if (request.get("stream_options") or {}).get("include_usage"):
            usage = _usage(reply or Reply(""))
            event([], usage=usage)
        self.wfile.write(b"data: [DONE]\n\n")
        self.wfile.flush()


def _asks_for_schema(request: Mapping[str, Any]) -> bool:
    response_format = request.get("response_format")
    return isinstance(response_format, dict) and response_format.get("type") == "json_schema"


def _error(message: str | None) -> dict[str, Any]:
    return {"error": {"message": message or "error", "type": "invalid_request_error"}}


def _usage(reply: Reply) -> dict[str, int]:
    return {
        "prompt_tokens": reply.prompt_tokens,
        "completion_tokens": reply.completion_tokens,
        "total_tokens": reply.prompt_tokens + reply.completion_tokens,
    }


def _completion(request: Mapping[str, Any], reply: Reply) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": reply.model or request.get("model") or DEFAULT_MODEL,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": reply.content},
                "finish_reason": reply.finish_reason,
            }
        ],
        "usage": _usage(reply),
    }
