"""llm: endpoint discovery and complete() against a real OpenAI-compatible server on loopback."""

from __future__ import annotations

import io
import json
import socket
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from fake_openai import (
    DEFAULT_NOTES,
    Delay,
    FakeOpenAI,
    Raw,
    Reply,
    Status,
    Stream,
)

from assistant.config import Settings, load_settings
from assistant.drafting.completion import STEP_KEYS, Completion, Usage
from assistant.drafting.llm import Endpoint, complete, discover_endpoint
from assistant.drafting.prompts import ChatMessage, Prompt
from assistant.errors import LLMConfigError, LLMResponseError, LLMUnavailableError

PROMPT = Prompt(
    messages=(
        ChatMessage("system", "You draft calm replies to upset clients."),
        ChatMessage("user", "Why were the March reports late again?"),
    )
)
NOTES = {key: f"note for {key}" for key in STEP_KEYS}


class FakeClock:
    """A monotonic clock that moves only when the code under test sleeps; records the sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def _settings(tmp_path: Path, **changes: object) -> Settings:
    settings = load_settings(env={"DRAFT_REPLY_HOME": str(tmp_path)})
    return settings.replace(**{"request_timeout": 5.0, "deadline": 30.0, **changes})


def _endpoint(server: FakeOpenAI, model: str = "gpt-4o-mini") -> Endpoint:
    return Endpoint(base_url=server.base_url, api_key="sk-test", model=model, source="configured")


def _complete(
    server: FakeOpenAI, settings: Settings, clock: FakeClock, stream: io.StringIO | None = None
) -> Completion:
    endpoint = _endpoint(server)
    return complete(PROMPT, endpoint, settings, stream=stream, sleep=clock.sleep, clock=clock)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# --- complete(): answers ---------------------------------------------------------------


def test_structured_reply_is_parsed_and_request_asks_for_the_schema(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    fake_openai.enqueue(
        Reply(json.dumps({"reply": "  Thank you, Ms Weber.\n", "notes": NOTES}), model="gpt-x-1")
    )
    result = _complete(fake_openai, _settings(tmp_path, temperature=0.2), FakeClock())

    assert result.text == "Thank you, Ms Weber."
    assert dict(result.notes) == NOTES
    assert result.structured is True
    assert (result.backend, result.model, result.endpoint) == (
        "openai",
        "gpt-x-1",
        fake_openai.base_url,
    )
    assert result.usage == Usage(prompt_tokens=12, completion_tokens=34)
    [request] = fake_openai.chat_requests()
    assert request.headers["authorization"] == "Bearer sk-test"
    assert request.body["model"] == "gpt-4o-mini"
    assert request.body["temperature"] == 0.2
    assert request.body["messages"] == [
        {"role": "system", "content": "You draft calm replies to upset clients."},
        {"role": "user", "content": "Why were the March reports late again?"},
    ]
    response_format = request.body["response_format"]
    assert response_format["type"] == "json_schema"
    assert response_format["json_schema"]["name"] == "draft_reply"
    assert response_format["json_schema"]["strict"] is True
    assert response_format["json_schema"]["schema"] == json.loads(json.dumps(PROMPT.schema))
    assert "stream" not in request.body or request.body["stream"] is False
    assert request.headers.get("x-stainless-retry-count", "0") == "0"


def test_default_fake_reply_round_trips(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    result = _complete(fake_openai, _settings(tmp_path), FakeClock())
    assert result.structured is True
    assert dict(result.notes) == DEFAULT_NOTES
    assert result.text.startswith("Thank you")


def test_prose_instead_of_json_is_taken_as_plain_text(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    fake_openai.enqueue("Dear Ms Weber,\n\nthank you for your honest words.")
    result = _complete(fake_openai, _settings(tmp_path), FakeClock())
    assert result.text == "Dear Ms Weber,\n\nthank you for your honest words."
    assert result.structured is False
    assert dict(result.notes) == {}


def test_fenced_json_is_still_structured(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    fake_openai.enqueue("```json\n" + json.dumps({"reply": "Thanks.", "notes": NOTES}) + "\n```")
    result = _complete(fake_openai, _settings(tmp_path), FakeClock())
    assert (result.text, result.structured) == ("Thanks.", True)


@pytest.mark.parametrize(
    ("content", "finish_reason", "words"),
    [
        ('{"reply": "Thank you for', "length", "cut off at the token limit"),
        (json.dumps({"answer": "Thanks."}), "stop", 'without a "reply"'),
        ("   ", "stop", "empty reply"),
    ],
)
def test_unusable_content_is_a_response_error_never_a_draft(
    fake_openai: FakeOpenAI, tmp_path: Path, content: str, finish_reason: str, words: str
) -> None:
    fake_openai.enqueue(Reply(content, finish_reason=finish_reason))
    with pytest.raises(LLMResponseError, match=words):
        _complete(fake_openai, _settings(tmp_path), FakeClock())
    assert len(fake_openai.chat_requests()) == 1


def test_server_rejecting_response_format_is_asked_again_without_it(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    fake_openai.enqueue(
        Status(400, "response_format of type json_schema is not supported"),
        "Thank you for your honest feedback.",
    )
    result = _complete(fake_openai, _settings(tmp_path), FakeClock())

    assert result.text == "Thank you for your honest feedback."
    assert result.structured is False  # prose, not JSON: taken as the reply
    assert dict(result.notes) == {}
    first, second = fake_openai.chat_requests()
    assert "response_format" in first.body
    assert "response_format" not in second.body
    assert second.body["temperature"] == first.body["temperature"]
    # One instruction only: the same messages, no second system message saying "no JSON".
    assert second.body["messages"] == first.body["messages"]


def test_server_rejecting_temperature_keeps_the_schema(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    fake_openai.enqueue(
        Status(400, "Unsupported value: 'temperature' does not support 0.3 with this model."),
        {"reply": "Thanks.", "notes": NOTES},
    )
    result = _complete(fake_openai, _settings(tmp_path), FakeClock())
    assert result.structured is True
    first, second = fake_openai.chat_requests()
    assert "temperature" in first.body
    assert "temperature" not in second.body
    assert "response_format" in second.body


def test_other_400_fails_at_once_with_the_server_message(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    fake_openai.enqueue(Status(400, "messages[1].content must be a string"))
    with pytest.raises(LLMConfigError, match=r"HTTP 400\): messages\[1\]\.content must be"):
        _complete(fake_openai, _settings(tmp_path), FakeClock())
    assert len(fake_openai.chat_requests()) == 1


# --- complete(): failures that must not be retried ----------------------------------------


@pytest.mark.parametrize("status", [401, 403])
def test_bad_key_fails_at_once(fake_openai: FakeOpenAI, tmp_path: Path, status: int) -> None:
    fake_openai.enqueue(Status(status, "Incorrect API key provided: sk-test"))
    clock = FakeClock()
    with pytest.raises(LLMConfigError, match="check OPENAI_API_KEY") as caught:
        _complete(fake_openai, _settings(tmp_path), clock)
    assert "Incorrect API key" in str(caught.value)
    assert len(fake_openai.chat_requests()) == 1
    assert clock.sleeps == []


def test_unknown_model_names_model_and_url(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    fake_openai.enqueue(Status(404, {"error": "model 'llama9' not found"}))
    endpoint = _endpoint(fake_openai, model="llama9")
    with pytest.raises(LLMConfigError) as caught:
        complete(PROMPT, endpoint, _settings(tmp_path), sleep=FakeClock().sleep)
    message = str(caught.value)
    assert "unknown model 'llama9'" in message
    assert fake_openai.base_url in message
    assert "model 'llama9' not found" in message
    assert f"curl {fake_openai.base_url}/models" in message
    assert len(fake_openai.chat_requests()) == 1


@pytest.mark.parametrize(
    "raw",
    [
        Raw(b'{"id": "chatcmpl-1", "choices": [{"mess'),
        Raw(b"<html><body>502 Bad Gateway</body></html>", content_type="text/html"),
        Raw(b'{"object": "list", "data": []}'),
    ],
    ids=["truncated-json", "html", "not-a-completion"],
)
def test_malformed_body_is_a_response_error(
    fake_openai: FakeOpenAI, tmp_path: Path, raw: Raw
) -> None:
    fake_openai.enqueue(raw)
    with pytest.raises(LLMResponseError, match=fake_openai.base_url):
        _complete(fake_openai, _settings(tmp_path), FakeClock())
    assert len(fake_openai.chat_requests()) == 1


# --- complete(): retries -----------------------------------------------------------------


def test_429_waits_as_long_as_retry_after_says(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    fake_openai.enqueue(
        Status(429, "Rate limit reached", headers={"Retry-After": "7"}),
        {"reply": "Thanks.", "notes": NOTES},
    )
    clock = FakeClock()
    result = _complete(fake_openai, _settings(tmp_path), clock)
    assert result.text == "Thanks."
    assert clock.sleeps == [7.0]
    assert len(fake_openai.chat_requests()) == 2


def test_retry_after_as_http_date_is_measured_from_the_date_header(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    served = datetime(2024, 3, 1, 12, 0, 0, tzinfo=UTC)
    fake_openai.enqueue(
        Status(
            503,
            "overloaded",
            headers={
                "Date": format_datetime(served, usegmt=True),
                "Retry-After": format_datetime(served + timedelta(seconds=4), usegmt=True),
            },
        ),
        "Thanks.",
    )
    clock = FakeClock()
    _complete(fake_openai, _settings(tmp_path), clock)
    assert clock.sleeps == [4.0]


def test_retry_after_beyond_the_deadline_gives_up_without_sleeping(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    fake_openai.enqueue(Status(429, "quota", headers={"Retry-After": "3600"}))
    clock = FakeClock()
    with pytest.raises(LLMUnavailableError, match="asked to wait 3600 s"):
        _complete(fake_openai, _settings(tmp_path), clock)
    assert clock.sleeps == []
    assert len(fake_openai.chat_requests()) == 1


def test_500_then_success_backs_off_with_jitter(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    fake_openai.enqueue(Status(500, "boom"), Status(502, "bad gateway"), "Thanks.")
    clock = FakeClock()
    result = _complete(fake_openai, _settings(tmp_path), clock)
    assert result.text == "Thanks."
    assert len(fake_openai.chat_requests()) == 3
    first, second = clock.sleeps
    assert 1.0 <= first <= 2.0
    assert 2.0 <= second <= 3.0


def test_timeout_then_success(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    fake_openai.enqueue(Delay(2.0, "too late"), "Thanks.")
    clock = FakeClock()
    result = _complete(fake_openai, _settings(tmp_path, request_timeout=0.2), clock)
    assert result.text == "Thanks."
    assert len(fake_openai.chat_requests()) == 2
    assert len(clock.sleeps) == 1


def test_timeouts_until_the_deadline_are_unavailable(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    fake_openai.enqueue(*[Delay(2.0)] * 5)
    clock = FakeClock()
    # Waits are 1-2 s, then 2-3 s: the second would end after 2.5 s, so two attempts only.
    settings = _settings(tmp_path, request_timeout=0.2, deadline=2.5)
    with pytest.raises(LLMUnavailableError) as caught:
        _complete(fake_openai, settings, clock)
    message = str(caught.value)
    assert fake_openai.base_url in message
    assert "timed out after 0.2 s" in message
    assert "2 attempts" in message
    assert len(fake_openai.chat_requests()) == 2
    assert len(clock.sleeps) == 1
    assert clock.now - 1000.0 <= 2.5


def test_connection_refused_is_unavailable(tmp_path: Path) -> None:
    base_url = f"http://127.0.0.1:{_free_port()}/v1"
    endpoint = Endpoint(base_url=base_url, api_key="x", model="m", source="configured")
    clock = FakeClock()
    with pytest.raises(LLMUnavailableError, match="connection failed") as caught:
        complete(
            PROMPT, endpoint, _settings(tmp_path, deadline=2.5), sleep=clock.sleep, clock=clock
        )
    assert base_url in str(caught.value)
    assert len(clock.sleeps) == 1


# --- complete(): streaming ----------------------------------------------------------------


def test_stream_writes_tokens_as_they_arrive(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    fake_openai.enqueue(Reply("Thank you for the honest feedback.", prompt_tokens=5))
    out = io.StringIO()
    result = _complete(fake_openai, _settings(tmp_path), FakeClock(), stream=out)

    assert out.getvalue() == "Thank you for the honest feedback."
    assert result.text == "Thank you for the honest feedback."
    assert result.structured is False  # the model wrote prose: shown as it came
    assert result.usage == Usage(prompt_tokens=5, completion_tokens=34)
    [request] = fake_openai.chat_requests()
    assert request.body["stream"] is True
    assert request.body["response_format"]["type"] == "json_schema"  # the same request
    assert request.body["max_tokens"] == 1200


def test_a_streamed_json_answer_shows_only_the_reply_and_keeps_the_notes(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    answer = json.dumps(
        {"reply": "Dear Anna,\n\nThank you \u2014 “really”.", "notes": NOTES}, ensure_ascii=True
    )
    pieces = tuple(answer[i : i + 5] for i in range(0, len(answer), 5))  # splits escapes too
    fake_openai.enqueue(Stream(pieces))
    out = io.StringIO()
    result = _complete(fake_openai, _settings(tmp_path), FakeClock(), stream=out)

    assert out.getvalue() == "Dear Anna,\n\nThank you \u2014 “really”."
    assert result.text == "Dear Anna,\n\nThank you \u2014 “really”."
    assert result.structured is True
    assert dict(result.notes) == NOTES
    assert "understand" not in out.getvalue()


def test_stream_is_retried_before_its_first_token(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    fake_openai.enqueue(Stream(("never",), stall_after=0, stall=2.0), Stream(("Thank", " you.")))
    out = io.StringIO()
    clock = FakeClock()
    result = _complete(fake_openai, _settings(tmp_path, request_timeout=0.2), clock, stream=out)
    assert (out.getvalue(), result.text) == ("Thank you.", "Thank you.")
    assert len(fake_openai.chat_requests()) == 2
    assert len(clock.sleeps) == 1


def test_stream_that_never_starts_is_unavailable_at_the_deadline(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    fake_openai.enqueue(*[Stream(("never",), stall_after=0, stall=2.0)] * 3)
    out = io.StringIO()
    clock = FakeClock()
    settings = _settings(tmp_path, request_timeout=0.2, deadline=2.5)
    with pytest.raises(LLMUnavailableError, match=r"timed out after 0\.2 s; gave up after 2"):
        _complete(fake_openai, settings, clock, stream=out)
    assert out.getvalue() == ""
    assert len(fake_openai.chat_requests()) == 2


def test_stream_broken_after_first_token_is_not_retried(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    fake_openai.enqueue(Stream(("Thank", " you", " never"), stall_after=2, stall=2.0))
    out = io.StringIO()
    clock = FakeClock()
    with pytest.raises(LLMUnavailableError, match="stopped streaming after 9 characters"):
        _complete(fake_openai, _settings(tmp_path, request_timeout=0.2), clock, stream=out)
    assert out.getvalue() == "Thank you"
    assert len(fake_openai.chat_requests()) == 1
    assert clock.sleeps == []


# --- discover_endpoint() ------------------------------------------------------------------


def test_configured_key_wins_without_probing(tmp_path: Path) -> None:
    settings = load_settings(
        env={"DRAFT_REPLY_HOME": str(tmp_path), "OPENAI_API_KEY": "sk-live"}, model="gpt-4.1"
    )
    assert discover_endpoint(settings) == Endpoint(
        base_url=None, api_key="sk-live", model="gpt-4.1", source="configured"
    )


def test_configured_base_url_without_key(tmp_path: Path) -> None:
    settings = load_settings(
        env={"DRAFT_REPLY_HOME": str(tmp_path), "OPENAI_BASE_URL": "http://gpu-box:8000/v1"}
    )
    endpoint = discover_endpoint(settings)
    assert endpoint is not None
    assert (endpoint.base_url, endpoint.api_key, endpoint.source) == (
        "http://gpu-box:8000/v1",
        "not-needed",
        "configured",
    )


def test_offline_beats_a_configured_key(tmp_path: Path) -> None:
    settings = load_settings(
        env={"DRAFT_REPLY_HOME": str(tmp_path), "OPENAI_API_KEY": "sk-live"}, offline=True
    )
    assert discover_endpoint(settings) is None


def test_probe_finds_a_local_server(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    closed = f"http://127.0.0.1:{_free_port()}/v1"
    settings = _settings(tmp_path, local_endpoints=(closed, fake_openai.base_url), model="nope")
    endpoint = discover_endpoint(settings)
    assert endpoint == Endpoint(
        base_url=fake_openai.base_url, api_key="not-needed", model="gpt-4o-mini", source="local"
    )
    assert [r.path for r in fake_openai.requests] == ["/v1/models"]


def test_probe_prefers_the_configured_model_when_listed(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    fake_openai.models = ["qwen2.5:7b", "llama3.2:latest"]
    settings = _settings(tmp_path, local_endpoints=(fake_openai.base_url,), model="llama3.2")
    endpoint = discover_endpoint(settings)
    assert endpoint is not None
    assert endpoint.model == "llama3.2:latest"


def test_probe_skips_a_server_without_models(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    fake_openai.models = []
    settings = _settings(tmp_path, local_endpoints=(fake_openai.base_url,))
    assert discover_endpoint(settings) is None


def test_probe_with_nothing_listening_is_none_and_fast(tmp_path: Path) -> None:
    ports = (_free_port(), _free_port())
    settings = _settings(tmp_path, local_endpoints=tuple(f"http://127.0.0.1:{p}/v1" for p in ports))
    started = time.perf_counter()
    assert discover_endpoint(settings) is None
    assert time.perf_counter() - started < 0.4


def test_probe_gives_up_on_a_hanging_server_after_probe_timeout(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    with socket.socket() as listener:  # accepts connections but never answers
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        silent = f"http://127.0.0.1:{listener.getsockname()[1]}/v1"
        settings = _settings(tmp_path, local_endpoints=(silent, fake_openai.base_url))
        started = time.perf_counter()
        endpoint = discover_endpoint(settings)
        elapsed = time.perf_counter() - started
    assert endpoint is not None and endpoint.base_url == fake_openai.base_url
    assert 0.15 < elapsed < 0.6


def test_probing_can_be_turned_off(fake_openai: FakeOpenAI, tmp_path: Path) -> None:
    settings = _settings(tmp_path, local_endpoints=(fake_openai.base_url,), probe_local=False)
    assert discover_endpoint(settings) is None
    assert fake_openai.requests == []


@pytest.mark.parametrize(("port", "source"), [(11434, "ollama"), (8080, "llama.cpp")])
def test_source_is_named_by_port(tmp_path: Path, port: int, source: str) -> None:
    try:
        server = FakeOpenAI(port=port).start()
    except OSError:
        pytest.skip(f"port {port} is in use (a real server?)")
    try:
        endpoint = discover_endpoint(_settings(tmp_path, local_endpoints=(server.base_url,)))
    finally:
        server.stop()
    assert endpoint is not None and endpoint.source == source


def test_connection_refused_gives_up_after_three_tries_not_the_deadline(tmp_path: Path) -> None:
    base_url = f"http://127.0.0.1:{_free_port()}/v1"
    endpoint = Endpoint(base_url=base_url, api_key="x", model="m", source="configured")
    clock = FakeClock()
    with pytest.raises(LLMUnavailableError, match="connection failed"):
        complete(
            PROMPT, endpoint, _settings(tmp_path, deadline=120), sleep=clock.sleep, clock=clock
        )
    assert len(clock.sleeps) == 2  # three attempts, two waits
    assert sum(clock.sleeps) < 10


# --- hostile model output and configuration ------------------------------------------------


def test_model_text_and_notes_are_cleaned_of_controls_and_lone_surrogates(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    reply = "Hi\x00 there\x1b[31m red\r\nline \ud83d end\r\tand \U0001f600 stays"
    notes = {**NOTES, "manager_note": "\udcff bad\x1b[2J\r\nnote", "\ud800key": "x"}
    fake_openai.enqueue({"reply": reply, "notes": notes})
    result = _complete(fake_openai, _settings(tmp_path), FakeClock())

    assert result.text == "Hi there[31m red\nline \ufffd end\n\tand \U0001f600 stays"
    assert result.notes["manager_note"] == "\ufffd bad[2J\nnote"
    assert result.notes["\ufffdkey"] == "x"
    for text in (result.text, *result.notes.values(), *result.notes):
        text.encode("utf-8")  # no lone surrogate left


def test_streamed_text_is_cleaned_before_it_is_written(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    fake_openai.enqueue(Stream(("Hi\x1b[2J", " there \ud83d", "\x00\r\nBye")))
    out = io.StringIO()
    result = _complete(fake_openai, _settings(tmp_path), FakeClock(), stream=out)

    assert out.getvalue() == "Hi[2J there \ufffd\nBye"
    assert result.text == "Hi[2J there \ufffd\nBye"


@pytest.mark.parametrize("content", ["[1,2,3]", '```json\n["Thanks."]\n```', "[]"])
def test_json_array_is_a_response_error_not_prose(
    fake_openai: FakeOpenAI, tmp_path: Path, content: str
) -> None:
    fake_openai.enqueue(content)
    with pytest.raises(LLMResponseError, match="JSON array"):
        _complete(fake_openai, _settings(tmp_path), FakeClock())


def test_prose_starting_with_a_bracket_is_still_prose(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    fake_openai.enqueue("[Draft] Dear Ms Weber, thank you.")
    result = _complete(fake_openai, _settings(tmp_path), FakeClock())
    assert result.text == "[Draft] Dear Ms Weber, thank you."


@pytest.mark.parametrize(
    ("base_url", "words"),
    [
        ("http://[::1/v1", "cannot be parsed"),
        ("not a url", "http or https"),
        ("ftp://example.com/v1", "http or https"),
        ("http:///v1", "no host"),
        ("http://example.com:99999/v1", "port"),
        ("http://example.com:abc/v1", "port"),
        ("http://exa mple.com/v1", "white space or control"),
    ],
)
def test_malformed_base_url_is_a_config_error_before_any_request(
    tmp_path: Path, base_url: str, words: str
) -> None:
    endpoint = Endpoint(base_url=base_url, api_key="sk-test", model="m", source="configured")
    clock = FakeClock()
    with pytest.raises(LLMConfigError, match=words) as caught:
        complete(PROMPT, endpoint, _settings(tmp_path), sleep=clock.sleep, clock=clock)
    assert "--base-url" in str(caught.value)
    assert clock.sleeps == []


def test_a_429_holds_back_every_thread_asking_the_same_endpoint(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    """draft-reply worker --jobs N: one job's 429 (Retry-After: 1) pauses the others too."""
    import threading

    settings = _settings(tmp_path)
    endpoint = _endpoint(fake_openai)
    answer = {"reply": "Thanks.", "notes": NOTES}
    fake_openai.enqueue(Status(429, "slow down", headers={"Retry-After": "1"}), answer, answer)
    timings: dict[str, float] = {}

    def first() -> None:
        complete(PROMPT, endpoint, settings)

    thread = threading.Thread(target=first)
    start = time.monotonic()
    thread.start()
    while not fake_openai.chat_requests() and time.monotonic() - start < 10:
        time.sleep(0.01)
    time.sleep(0.1)  # the 429 has been answered and noted
    second_start = time.monotonic()
    complete(PROMPT, endpoint, settings)
    timings["second"] = time.monotonic() - second_start
    thread.join(timeout=10)
    assert timings["second"] >= 0.7  # it waited out the other thread's Retry-After
    assert len(fake_openai.chat_requests()) == 3
