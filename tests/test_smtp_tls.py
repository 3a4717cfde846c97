"""SMTP over TLS against a real local server (aiosmtpd) with a certificate made here.

STARTTLS and implicit TLS, the certificate and host name verified (a private CA through
``tls_ca_file``), AUTH over TLS only, and ``outbox send`` end to end through the CLI.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import trustme
from conftest import Run
from fake_smtp import FakeSMTP, running_fake_smtp
from test_cli_outbox import T0, add_draft, stored, write_config
from test_cli_outbox import clock as clock

from assistant.config.transport import TransportConfig, transport_from_table
from assistant.errors import ConfigError
from assistant.transports.base import deliver

MESSAGE = (
    b"From: Sam <sam@agency.example>\r\nTo: Dana <dana@client.example>\r\n"
    b"Subject: Re: Q3\r\nMessage-ID: <tls-1@agency.example>\r\n\r\nThank you.\r\n"
)


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="module")
def ca_file(ca: trustme.CA, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ca") / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return path


def _server_context(ca: trustme.CA, *names: str) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(*names).configure_cert(context)
    return context


@pytest.fixture
def starttls_server(ca: trustme.CA) -> Iterator[FakeSMTP]:
    with running_fake_smtp(starttls=_server_context(ca, "127.0.0.1", "localhost")) as server:
        yield server


@pytest.fixture
def tls_server(ca: trustme.CA) -> Iterator[FakeSMTP]:
    with running_fake_smtp(implicit_tls=_server_context(ca, "127.0.0.1", "localhost")) as server:
        yield server


def _send(server: FakeSMTP, **changes: Any) -> str:
    values: dict[str, Any] = {"kind": "smtp", "host": server.host, "port": server.port}
    values.update(changes)
    result = deliver(
        MESSAGE,
        config=TransportConfig(**values),
        envelope_from="sam@agency.example",
        recipients=["dana@client.example"],
    )
    return result.detail


@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_tls_delivers_with_the_certificate_verified(
    request: pytest.FixtureRequest, ca_file: Path, security: str
) -> None:
    server: FakeSMTP = request.getfixturevalue(f"{security}_server")
    detail = _send(server, security=security, tls_ca_file=ca_file, timeout=5)
    assert detail.startswith(f"smtp 127.0.0.1:{server.port} 250")
    [received] = server.messages
    assert received.tls
    assert received.message_id == "<tls-1@agency.example>"


@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_login_happens_over_tls(
    request: pytest.FixtureRequest,
    ca_file: Path,
    security: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server: FakeSMTP = request.getfixturevalue(f"{security}_server")
    monkeypatch.setenv("DRAFT_REPLY_TEST_SMTP_PASSWORD", "secret")
    _send(
        server,
        security=security,
        tls_ca_file=ca_file,
        username="sam",
        password_env="DRAFT_REPLY_TEST_SMTP_PASSWORD",
    )
    assert [(m.tls, m.login) for m in server.messages] == [(True, "sam")]


def test_a_certificate_for_another_host_is_refused_before_anything_is_sent(
    ca: trustme.CA, ca_file: Path
) -> None:
    with running_fake_smtp(starttls=_server_context(ca, "mail.elsewhere.example")) as server:
        with pytest.raises(ConfigError, match="TLS certificate rejected: IP address mismatch"):
            _send(server, security="starttls", tls_ca_file=ca_file)
        assert server.attempts == 0


def test_a_certificate_from_an_unknown_ca_is_refused(starttls_server: FakeSMTP) -> None:
    with pytest.raises(ConfigError, match=r"certificate rejected.*tls_ca_file"):
        _send(starttls_server, security="starttls")  # the system store does not know our CA
    assert starttls_server.attempts == 0


def test_a_ca_file_that_is_not_pem_is_a_config_error(
    starttls_server: FakeSMTP, tmp_path: Path
) -> None:
    bad = tmp_path / "ca.pem"
    bad.write_text("not a certificate\n")
    with pytest.raises(ConfigError, match=r"tls_ca_file .*ca\.pem: cannot load"):
        _send(starttls_server, security="starttls", tls_ca_file=bad)


def test_a_login_without_tls_is_refused(smtp: FakeSMTP, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAFT_REPLY_TEST_SMTP_PASSWORD", "secret")
    table = {"kind": "smtp", "host": "m", "security": "none", "username": "sam"}
    with pytest.raises(ConfigError, match="over TLS only"):
        transport_from_table(table, source="config.toml")
    with pytest.raises(ConfigError, match="over TLS only"):
        _send(
            smtp,
            security="none",
            username="sam",
            password_env="DRAFT_REPLY_TEST_SMTP_PASSWORD",
        )
    assert smtp.attempts == 0


def test_tls_ca_file_and_deadline_are_read_from_the_config(tmp_path: Path) -> None:
    table = {
        "kind": "smtp",
        "host": "smtp.example.com",
        "tls_ca_file": "~/ca.pem",
        "timeout": 5,
        "deadline": 20,
    }
    config = transport_from_table(table, source="config.toml")
    assert config.tls_ca_file == Path("~/ca.pem").expanduser()
    assert config.smtp_deadline == 20.0
    assert (
        transport_from_table({"kind": "smtp", "host": "m", "timeout": 5}, source="c").smtp_deadline
        == 20.0
    )
    with pytest.raises(ConfigError, match="deadline must be positive"):
        transport_from_table({**table, "deadline": 0}, source="config.toml")


def test_outbox_send_over_starttls_through_the_cli(
    run: Run, home: Path, clock: Any, starttls_server: FakeSMTP, ca_file: Path
) -> None:
    write_config(
        home,
        transport={
            "kind": "smtp",
            "host": "localhost",  # the name on the certificate, not the address
            "port": starttls_server.port,
            "security": "starttls",
            "tls_ca_file": str(ca_file),
            "timeout": 5,
        },
    )
    draft = add_draft(home, wait=timedelta(0))
    clock.move_to(T0 + timedelta(minutes=1))
    result = run("outbox", "send", draft.id, "--yes")
    assert result.exit_code == 0, result.stderr
    assert starttls_server.message_ids() == [draft.message_id]
    assert starttls_server.messages[0].tls
    assert stored(home, draft.id).state == "sent"
