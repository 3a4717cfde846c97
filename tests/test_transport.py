"""transport: delivery to a real SMTP server on 127.0.0.1, a real Maildir, a real folder."""

from __future__ import annotations

import mailbox
import stat
from pathlib import Path
from typing import Any

import pytest
from fake_smtp import DROP, FakeSMTP, _free_port
from test_outbox import make_eml

from assistant.config.transport import TransportConfig, transport_from_table
from assistant.errors import (
    ConfigError,
    DeliveryUncertainError,
    LocalDeliveryError,
    PermanentDeliveryError,
    TemporaryDeliveryError,
)
from assistant.transports.base import deliver, envelope_addresses

MSGID = "<reply-7@agency.example>"
RCPTS = ["dana@client.example", "lead@client.example"]


def _config(server: FakeSMTP, **changes: Any) -> TransportConfig:
    values: dict[str, Any] = {
        "kind": "smtp",
        "host": server.host,
        "port": server.port,
        "security": "none",
        "timeout": 5.0,
    }
    values.update(changes)
    return TransportConfig(**values)


def _send(server: FakeSMTP, eml: bytes | None = None, **changes: Any) -> Any:
    return deliver(
        eml or make_eml(MSGID),
        config=_config(server, **changes),
        envelope_from="sam@agency.example",
        recipients=RCPTS,
    )


# --- SMTP -------------------------------------------------------------------------------


def test_smtp_accepts_and_records_the_message(smtp: FakeSMTP) -> None:
    result = _send(smtp)
    assert result.kind == "smtp"
    assert result.detail.startswith(f"smtp 127.0.0.1:{smtp.port} 250 2.0.0 queued as 1")
    assert result.refused == {}
    [message] = smtp.messages
    assert message.mail_from == "sam@agency.example"
    assert message.rcpt_tos == tuple(RCPTS)
    assert message.message_id == MSGID
    assert b"Thank you for your honest feedback.\r\n" in message.content


@pytest.mark.parametrize(
    ("answer", "error", "code", "exit_code"),
    [
        ("451 4.3.0 mailbox busy", TemporaryDeliveryError, 451, 75),
        ("452 4.2.2 over quota", TemporaryDeliveryError, 452, 75),
        ("550 5.7.1 message refused as spam", PermanentDeliveryError, 550, 69),
        ("554 5.6.0 message content rejected", PermanentDeliveryError, 554, 69),
    ],
)
def test_smtp_replies_after_data_map_to_errors(
    smtp: FakeSMTP, answer: str, error: type[Exception], code: int, exit_code: int
) -> None:
    smtp.enqueue(answer)
    with pytest.raises(error) as info:
        _send(smtp)
    assert getattr(info.value, "smtp_code", None) == code
    assert getattr(info.value, "exit_code", None) == exit_code
    assert answer.split(" ", 1)[1] in str(info.value)
    assert smtp.messages == []


def test_smtp_some_recipients_refused_is_delivered_to_the_rest(smtp: FakeSMTP) -> None:
    smtp.refuse_rcpt["lead@client.example"] = "550 5.1.1 no such user"
    result = _send(smtp)
    assert result.refused == {"lead@client.example": "550 5.1.1 no such user"}
    assert "refused: lead@client.example" in result.detail
    assert smtp.messages[0].rcpt_tos == ("dana@client.example",)


@pytest.mark.parametrize(
    ("answers", "error"),
    [
        (("550 5.1.1 no such user", "550 5.1.1 no such user"), PermanentDeliveryError),
        (("450 4.2.1 try later", "550 5.1.1 no such user"), TemporaryDeliveryError),
    ],
)
def test_smtp_every_recipient_refused(
    smtp: FakeSMTP, answers: tuple[str, str], error: type[Exception]
) -> None:
    smtp.refuse_rcpt.update(zip(RCPTS, answers, strict=True))
    with pytest.raises(error, match="every recipient refused"):
        _send(smtp)
    assert smtp.attempts == 0


def test_smtp_connection_refused_is_temporary() -> None:
    config = TransportConfig(kind="smtp", host="127.0.0.1", port=_free_port(), security="none")
    with pytest.raises(TemporaryDeliveryError, match=r"cannot deliver via 127\.0\.0\.1"):
        deliver(make_eml(MSGID), config=config, envelope_from="a@b.example", recipients=RCPTS)


def test_smtp_connection_lost_after_data_is_uncertain(smtp: FakeSMTP) -> None:
    smtp.enqueue(DROP)
    with pytest.raises(DeliveryUncertainError, match="may or may not have arrived") as info:
        _send(smtp)
    assert info.value.exit_code == 74
    assert smtp.attempts == 1


def test_smtp_starttls_not_offered_is_a_config_error(smtp: FakeSMTP) -> None:
    with pytest.raises(ConfigError, match="does not offer STARTTLS"):
        _send(smtp, security="starttls")
    assert smtp.attempts == 0


def test_smtp_password_env_not_set_is_a_config_error(smtp: FakeSMTP) -> None:
    with pytest.raises(ConfigError, match="DRAFT_REPLY_TEST_UNSET_PASSWORD is not set"):
        _send(
            smtp,
            security="starttls",
            username="sam",
            password_env="DRAFT_REPLY_TEST_UNSET_PASSWORD",
        )
    assert smtp.attempts == 0


# --- Maildir and file -------------------------------------------------------------------


def test_maildir_delivery_is_readable_by_mailbox_and_private(tmp_path: Path) -> None:
    folder = tmp_path / "Mail" / "Drafts"
    config = TransportConfig(kind="maildir", path=folder)
    result = deliver(make_eml(MSGID), config=config, envelope_from="", recipients=[])
    assert result.path is not None and result.path.parent == folder / "cur"
    assert stat.S_IMODE(result.path.stat().st_mode) == 0o600
    assert list((folder / "tmp").iterdir()) == []
    box = mailbox.Maildir(folder, create=False)
    [message] = list(box)
    assert message["Message-ID"] == MSGID
    assert message["Subject"] == "Re: Q3 review"
    assert message.get_subdir() == "cur"
    assert message.get_flags() == "D"  # a draft: mutt and notmuch show it so
    second = deliver(make_eml("<other@x>"), config=config, envelope_from="", recipients=[])
    assert second.path != result.path
    assert len(box) == 2


def test_maildir_that_cannot_be_created_is_a_local_error(tmp_path: Path) -> None:
    blocker = tmp_path / "Drafts"
    blocker.write_text("a file where the folder should be")
    config = TransportConfig(kind="maildir", path=blocker)
    with pytest.raises(LocalDeliveryError, match="cannot write to Maildir") as info:
        deliver(make_eml(MSGID), config=config, envelope_from="", recipients=[])
    assert info.value.exit_code == 73
    assert isinstance(info.value, TemporaryDeliveryError)


def test_file_delivery_names_the_file_after_the_message_id(tmp_path: Path) -> None:
    config = TransportConfig(kind="file", path=tmp_path / "out")
    eml = make_eml("<reply/7+x=y@agency.example>")
    result = deliver(eml, config=config, envelope_from="", recipients=[])
    assert result.path == tmp_path / "out" / "reply_7+x=y@agency.example.eml"
    assert result.path.read_bytes() == eml
    assert stat.S_IMODE(result.path.stat().st_mode) == 0o600
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [result.path.name]
    again = deliver(eml, config=config, envelope_from="", recipients=[])
    assert "already there" in again.detail
    with pytest.raises(LocalDeliveryError, match="exists with other content"):
        deliver(
            make_eml("<reply/7+x=y@agency.example>", "Other text."),
            config=config,
            envelope_from="",
            recipients=[],
        )
    assert result.path.read_bytes() == eml


# --- configuration ----------------------------------------------------------------------


def test_transport_from_table_reads_each_kind(tmp_path: Path) -> None:
    smtp = transport_from_table(
        {
            "kind": "smtp",
            "host": "mail.example",
            "security": "tls",
            "username": "sam",
            "password_env": "SMTP_PASSWORD",
            "timeout": 10,
        },
        source="config.toml",
    )
    assert (smtp.host, smtp.smtp_port, smtp.security, smtp.timeout) == (
        "mail.example",
        465,
        "tls",
        10.0,
    )
    assert transport_from_table({"kind": "smtp", "host": "m"}, source="c").smtp_port == 587
    maildir = transport_from_table({"kind": "maildir", "path": "~/Mail/Drafts"}, source="c")
    assert maildir.path == Path("~/Mail/Drafts").expanduser()
    assert transport_from_table({"kind": "file", "path": str(tmp_path)}, source="c").kind == "file"


@pytest.mark.parametrize(
    ("table", "words"),
    [
        ({"kind": "pigeon"}, "kind must be one of"),
        ({"kind": "smtp"}, "host is needed"),
        ({"kind": "smtp", "host": "m", "port": "25"}, "port has the wrong type"),
        ({"kind": "smtp", "host": "m", "port": 0}, "port must be"),
        ({"kind": "smtp", "host": "m", "security": "ssl"}, "security must be one of"),
        ({"kind": "smtp", "host": "m", "password_env": "P"}, "username is needed"),
        ({"kind": "smtp", "host": "m", "keyring": "yes"}, "keyring has the wrong type"),
        ({"kind": "smtp", "host": "m", "timeout": True}, "timeout has the wrong type"),
        ({"kind": "maildir"}, "path is needed"),
        ({"kind": "file", "path": "/x", "drafts": "/y"}, "unknown key 'drafts'"),
    ],
)
def test_transport_from_table_errors_name_source_and_key(table: dict[str, Any], words: str) -> None:
    with pytest.raises(ConfigError, match=words) as info:
        transport_from_table(table, source="/home/u/.config/draft-reply/config.toml")
    assert str(info.value).startswith("/home/u/.config/draft-reply/config.toml: [transport]") or (
        "unknown key" in words
    )


def test_envelope_addresses_come_from_from_to_and_cc() -> None:
    sender, recipients = envelope_addresses(make_eml(MSGID))
    assert sender == "sam@agency.example"
    assert recipients == ["dana@client.example", "lead@client.example"]


# --- bad input: a port that is not SMTP, a file path with missing parents ----------------


class _NotSMTP:
    """A TCP server on 127.0.0.1 that answers each connection with ``answer`` and hangs up."""

    def __init__(self, answer: bytes) -> None:
        import socket
        import threading

        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        self._answer = answer
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self._server.accept()
            except OSError:
                return
            with conn:
                conn.sendall(self._answer)

    def close(self) -> None:
        self._server.close()


@pytest.mark.parametrize(
    ("answer", "words"),
    [
        (
            b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n",
            "does not speak SMTP (it answered 'HTTP/1.1 200 OK')",
        ),
        (b"", "Connection unexpectedly closed"),
    ],
)
def test_smtp_a_port_that_is_not_smtp_is_temporary(answer: bytes, words: str) -> None:
    server = _NotSMTP(answer)
    config = TransportConfig(
        kind="smtp", host="127.0.0.1", port=server.port, security="none", timeout=5
    )
    try:
        with pytest.raises(TemporaryDeliveryError) as info:
            deliver(make_eml(MSGID), config=config, envelope_from="a@x", recipients=["b@y"])
    finally:
        server.close()
    assert type(info.value) is TemporaryDeliveryError and info.value.exit_code == 75
    assert f"127.0.0.1:{server.port}" in str(info.value) and words in str(info.value)
    assert "-1" not in str(info.value)


def test_file_delivery_creates_its_folder_but_never_missing_parents(tmp_path: Path) -> None:
    deep = tmp_path / "nonexistent" / "a" / "b"
    config = TransportConfig(kind="file", path=deep)
    with pytest.raises(LocalDeliveryError) as info:
        deliver(make_eml(MSGID), config=config, envelope_from="", recipients=[])
    assert info.value.exit_code == 73
    assert f"its parent folder {deep.parent} does not exist" in str(info.value)
    assert not (tmp_path / "nonexistent").exists()
    shallow = tmp_path / "outbox"
    result = deliver(
        make_eml(MSGID),
        config=TransportConfig(kind="file", path=shallow),
        envelope_from="",
        recipients=[],
    )
    assert result.path is not None and result.path.parent == shallow


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        ("smtp", "SMTPTransport"),
        ("maildir", "MaildirTransport"),
        ("file", "FileTransport"),
        ("imap", "IMAPTransport"),
    ],
)
def test_each_kind_resolves_to_its_transport_class(kind: str, name: str) -> None:
    from assistant.transports.base import KINDS, transport_class

    cls = transport_class(kind)
    assert cls.__name__ == name and cls.kind == kind
    assert set(KINDS) == {"smtp", "maildir", "file", "imap"}


def test_an_unknown_kind_is_a_configuration_error() -> None:
    from assistant.errors import ConfigError
    from assistant.transports.base import transport_class

    with pytest.raises(ConfigError, match="unknown transport kind 'pigeon'"):
        transport_class("pigeon")


def test_a_folder_transport_without_a_path_is_a_configuration_error(tmp_path: Path) -> None:
    from assistant.errors import ConfigError

    for kind in ("maildir", "file"):
        with pytest.raises(ConfigError, match=f"transport '{kind}' needs a path"):
            deliver(
                b"Subject: x\n\nhi\n",
                config=TransportConfig(kind=kind),
                envelope_from="a@example.com",
                recipients=["b@example.com"],
            )


def test_an_smtp_delivery_files_a_read_copy_in_the_sent_folder(
    smtp: FakeSMTP, tmp_path: Path
) -> None:
    import mailbox

    sent = tmp_path / "Mail" / "Sent"
    detail = _send(smtp, sent_folder=sent).detail
    [key] = list(mailbox.Maildir(sent, create=False).keys())
    copy = mailbox.Maildir(sent, create=False)[key]
    assert copy["Message-ID"] == smtp.messages[0].message_id
    assert "S" in copy.get_flags() and copy.get_subdir() == "cur"
    assert f"copy in {sent}/cur/" in detail


def test_a_sent_folder_that_cannot_be_written_is_said_not_an_error(
    smtp: FakeSMTP, tmp_path: Path
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file")
    detail = _send(smtp, sent_folder=blocked / "Sent").detail
    assert len(smtp.messages) == 1
    assert "no copy in the sent folder: cannot write to Maildir" in detail
