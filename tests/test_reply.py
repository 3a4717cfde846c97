"""Tests for assistant.mail.reply: subject, recipients, threading headers, quoting, bytes."""

from __future__ import annotations

import email
import re
from datetime import UTC, datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from assistant.errors import BadEmailError, ConfigError
from assistant.mail.message import Address, Email
from assistant.mail.reply import (
    MAX_REFERENCES,
    POLICY,
    attribution_line,
    build_reply,
    quote_text,
    reply_references,
    reply_subject,
    serialize,
)

NOW = datetime(2026, 11, 4, 9, 30, tzinfo=UTC)
ANNA = Address("Anna Müller", "anna@example.com")
SAM = Address("Sam Carter", "sam.carter@harbourlight.example.net")
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "emails"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real"

# 150 characters, Outlook style: longer than a folded header line.
LONG_ID = "<AM0PR07MB" + "9F3C2A1B0E" * 9 + "012345678@AM0PR07MB6417.eurprd07.prod.outlook.com>"
assert len(LONG_ID) == 150


def make_email(**changes: object) -> Email:
    """Return a typical parent message with ``changes`` applied."""
    values: dict[str, object] = {
        "subject": "Half-year review",
        "sender": ANNA,
        "to": (SAM,),
        "message_id": "<parent@example.com>",
        "date": datetime(2026, 11, 3, 14, 5, tzinfo=timezone(timedelta(hours=1))),
        "text": "Hello Sam,\n\nthe reports were late.\n",
        "language": "en",
    }
    values.update(changes)
    return Email(**values)  # type: ignore[arg-type]


def reply(parent: Email | None = None, body: str = "Thank you, Anna.", **kwargs: object) -> bytes:
    """Build and serialise a reply to ``parent`` with default identity and clock."""
    options: dict[str, object] = {"from_address": None, "now": NOW}
    options.update(kwargs)
    msg = build_reply(parent or make_email(), body, **options)  # type: ignore[arg-type]
    return serialize(msg)


def header_block(raw: bytes) -> bytes:
    return raw.split(b"\n\n", 1)[0]


def raw_header(raw: bytes, name: str) -> bytes:
    """Return the unfolded raw value of header ``name`` (b"" when absent)."""
    unfolded = re.sub(rb"\n[ \t]", b" ", header_block(raw))
    for line in unfolded.split(b"\n"):
        key, _, value = line.partition(b":")
        if key.lower() == name.lower().encode():
            return value.strip()
    return b""


def parse(raw: bytes) -> EmailMessage:
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


# --- subject -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Half-year review", "Re: Half-year review"),
        ("Re: Half-year review", "Re: Half-year review"),
        ("RE: RE: re: Half-year review", "Re: Half-year review"),
        ("Re: AW: Re: Campaign planning Q3", "Re: Campaign planning Q3"),
        ("AW: Monatsreport Juni", "Re: Monatsreport Juni"),
        ("Aw: WG: Monatsreport Juni", "Re: Monatsreport Juni"),
        ("SV: VS: Sv: Rapport", "Re: Rapport"),
        ("R: RIF: I: Rapporto mensile", "Re: Rapporto mensile"),
        ("Antw: Odp: Ynt: TR: Report", "Re: Report"),
        ("Fwd: FW: Fw: Report", "Re: Report"),
        ("Re[2]: Re [3]: Report", "Re: Report"),
        ("Re : Re  :Report", "Re: Report"),
        ("Re\uff1a AW\uff1a 報告", "Re: 報告"),
        ("RE:RE:no space", "Re: no space"),
        ("  Re:   padded  ", "Re: padded  "),
        ("Rest: what is left", "Re: Rest: what is left"),
        ("Information: new dashboard", "Re: Information: new dashboard"),
        ("Review: Q2 results", "Re: Review: Q2 results"),
        ("Awards: shortlist", "Re: Awards: shortlist"),
        ("Re: Rest: what is left", "Re: Rest: what is left"),
        ("Report Re: June", "Re: Report Re: June"),
        ("[EXT] Re: Report", "Re: [EXT] Re: Report"),
        ("Re: Kosten:  doppelt  gezählt ", "Re: Kosten:  doppelt  gezählt "),
        ("", "Re:"),
        ("   ", "Re:"),
        ("Re:", "Re:"),
        ("Re: AW: ", "Re:"),
        ("Line\r\n break", "Re: Line break"),
    ],
)
def test_reply_subject(subject: str, expected: str) -> None:
    assert reply_subject(subject) == expected


def test_subject_header_round_trips_non_ascii() -> None:
    raw = reply(make_email(subject="AW: Halbjahresgespräch \u2013 Ergebnis"))
    assert b"=?utf-8?" in header_block(raw)
    assert parse(raw)["Subject"] == "Re: Halbjahresgespräch \u2013 Ergebnis"


# --- threading -----------------------------------------------------------------------------


def test_long_message_id_is_written_verbatim() -> None:
    parent = make_email(message_id=LONG_ID, references=("<first@example.com>", LONG_ID))
    raw = reply(parent)
    head = header_block(raw)
    assert f"In-Reply-To: {LONG_ID}\n".encode() in head
    assert LONG_ID.encode() in head.split(b"References:", 1)[1]
    for name in ("Message-ID", "In-Reply-To", "References"):
        assert b"=?" not in raw_header(raw, name), name
    back = parse(raw)
    assert back["In-Reply-To"] == LONG_ID
    assert str(back["References"]).split() == ["<first@example.com>", LONG_ID]


def test_long_ids_survive_crlf_and_reparsing_with_policy() -> None:
    parent = make_email(message_id=LONG_ID, references=("<a@example.com>",))
    msg = build_reply(parent, "Thanks.", from_address=None, now=NOW)
    smtp_bytes = serialize(msg, linesep="\r\n")
    assert f"In-Reply-To: {LONG_ID}\r\n".encode() in smtp_bytes
    assert b"\n" not in smtp_bytes.replace(b"\r\n", b"")
    # The outbox stores bytes and parses them again before sending.
    stored = serialize(msg)
    again = email.message_from_bytes(stored, policy=POLICY)
    assert isinstance(again, EmailMessage)
    assert again.as_bytes() == stored
    assert serialize(again) == stored


def test_as_bytes_equals_serialize() -> None:
    msg = build_reply(make_email(message_id=LONG_ID), "Thanks.", from_address=None, now=NOW)
    assert msg.as_bytes() == serialize(msg)


def test_references_fold_between_ids_only() -> None:
    ids = tuple(f"<{'x' * 40}.{n}@mail.example.com>" for n in range(8))
    raw = reply(make_email(references=ids))
    head = header_block(raw).decode("ascii")
    refs = re.search(r"^References: .*?(?=^\S)", head + "\nX", re.S | re.M)
    assert refs is not None
    lines = refs.group(0).rstrip("\n").split("\n")
    assert len(lines) > 1
    assert all(len(line) <= 78 for line in lines)
    assert " ".join(line.strip() for line in lines).split()[1:] == [*ids, "<parent@example.com>"]


def test_references_append_parent_id_and_drop_duplicates() -> None:
    parent = make_email(
        references=("<a@example.com>", "<b@example.com>", "<a@example.com>", "<parent@example.com>")
    )
    assert reply_references(parent) == (
        "<a@example.com>",
        "<b@example.com>",
        "<parent@example.com>",
    )


def test_references_are_trimmed_to_first_and_latest() -> None:
    ids = tuple(f"<m{n}@example.com>" for n in range(30))
    refs = reply_references(make_email(references=ids))
    assert len(refs) == MAX_REFERENCES
    assert refs[0] == "<m0@example.com>"
    assert refs[1] == f"<m{30 - (MAX_REFERENCES - 2)}@example.com>"
    assert refs[-2:] == ("<m29@example.com>", "<parent@example.com>")


def test_malformed_ids_are_dropped() -> None:
    parent = make_email(
        references=("no-brackets@example.com", "<with space@x>", "<ok@example.com>")
    )
    assert reply_references(parent) == ("<ok@example.com>", "<parent@example.com>")


def test_parent_without_message_id_gives_no_in_reply_to() -> None:
    back = parse(reply(make_email(message_id=None)))
    assert back["In-Reply-To"] is None
    assert back["References"] is None
    assert back["Message-ID"] is not None


def test_parent_without_message_id_keeps_its_references() -> None:
    back = parse(reply(make_email(message_id=None, references=("<old@example.com>",))))
    assert back["In-Reply-To"] is None
    assert back["References"] == "<old@example.com>"


def test_in_reply_to_only_parent_starts_the_chain() -> None:
    parent = make_email(in_reply_to="<grandparent@example.com>")
    back = parse(reply(parent))
    assert back["In-Reply-To"] == "<parent@example.com>"
    assert str(back["References"]).split() == ["<grandparent@example.com>", "<parent@example.com>"]


def test_in_reply_to_with_several_ids_is_not_used() -> None:
    parent = make_email(in_reply_to="<one@example.com> <two@example.com>")
    assert reply_references(parent) == ("<parent@example.com>",)


def test_references_win_over_in_reply_to() -> None:
    parent = make_email(references=("<r@example.com>",), in_reply_to="<other@example.com>")
    assert reply_references(parent) == ("<r@example.com>", "<parent@example.com>")


def test_new_message_id_uses_from_domain_or_the_given_domain() -> None:
    default = parse(reply())["Message-ID"]
    assert re.fullmatch(r"<[^<>@\s]+@harbourlight\.example\.net>", str(default))
    chosen = parse(reply(message_id_domain="drafts.example.org"))["Message-ID"]
    assert str(chosen).endswith("@drafts.example.org>")
    assert chosen != parse(reply(message_id_domain="drafts.example.org"))["Message-ID"]


def test_date_is_now_in_utc() -> None:
    now = datetime(2026, 11, 4, 10, 30, tzinfo=timezone(timedelta(hours=1)))
    raw = reply(now=now)
    assert b"\nDate: Wed, 04 Nov 2026 09:30:00 +0000\n" in header_block(raw)
    assert parse(raw)["Date"].datetime == now


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        reply(now=datetime(2026, 11, 4, 9, 30))


# --- recipients and identity -----------------------------------------------------------------


def test_to_is_the_sender_without_reply_to() -> None:
    assert parse(reply())["To"].addresses[0].addr_spec == "anna@example.com"


def test_to_is_reply_to_when_present() -> None:
    parent = make_email(
        sender=Address("Lumen Helpdesk", "helpdesk@lumen.example.org"),
        reply_to=(Address("Priya Raman", "priya@lumen.example.org"),),
    )
    to = parse(reply(parent))["To"].addresses
    assert [a.addr_spec for a in to] == ["priya@lumen.example.org"]


def test_every_reply_to_address_is_used_once() -> None:
    parent = make_email(
        reply_to=(
            Address("", "ops@example.org"),
            Address("", ""),
            Address("Ops", "OPS@example.org"),
            Address("Lee", "lee@example.org"),
        )
    )
    to = parse(reply(parent))["To"].addresses
    assert [a.addr_spec for a in to] == ["ops@example.org", "lee@example.org"]


def test_empty_reply_to_falls_back_to_from() -> None:
    parent = make_email(reply_to=(Address("", ""),))
    assert parse(reply(parent))["To"].addresses[0].addr_spec == "anna@example.com"


def test_no_address_to_reply_to_is_bad_email() -> None:
    with pytest.raises(BadEmailError, match="no From or Reply-To address"):
        reply(make_email(sender=None))


def test_non_ascii_addr_spec_is_bad_email() -> None:
    with pytest.raises(BadEmailError, match="not ASCII"):
        reply(make_email(sender=Address("", "jörg@example.com")))


def test_from_address_given_is_used() -> None:
    back = parse(reply(from_address="Sam C. <sam@agency.example.net>"))
    sender = back["From"].addresses[0]
    assert (sender.display_name, sender.addr_spec) == ("Sam C.", "sam@agency.example.net")
    assert str(back["Message-ID"]).endswith("@agency.example.net>")


def test_from_falls_back_to_first_recipient_then_cc() -> None:
    other = Address("", "info@harbourlight.example.net")
    assert parse(reply(make_email(to=(SAM, other))))["From"].addresses[0].addr_spec == (
        SAM.addr_spec
    )
    via_cc = parse(reply(make_email(to=(), cc=(other,))))["From"].addresses[0]
    assert via_cc.addr_spec == "info@harbourlight.example.net"


def test_no_identity_is_config_error() -> None:
    with pytest.raises(ConfigError) as caught:
        reply(make_email(to=(), cc=()))
    assert str(caught.value) == (
        "no sender identity: set [identity] from = ... in config.toml or --from"
    )
    assert caught.value.exit_code == 78


@pytest.mark.parametrize("bad", ["not an address", "a@example.com, b@example.com", "sam"])
def test_bad_from_address_is_config_error(bad: str) -> None:
    with pytest.raises(ConfigError, match="not one email address"):
        reply(from_address=bad)


def test_non_ascii_display_names_are_encoded_and_addresses_verbatim() -> None:
    parent = make_email(
        sender=Address("Jürgen Größ", "j.gross@sonnenschein.example.org"),
        to=(Address("Jonas Wäber", "jonas@harbourlight.example.net"),),
    )
    raw = reply(parent)
    head = header_block(raw)
    assert head.isascii()
    assert b"<j.gross@sonnenschein.example.org>" in head
    assert b"<jonas@harbourlight.example.net>" in head
    assert "Größ".encode() not in head
    back = parse(raw)
    assert back["To"].addresses[0].display_name == "Jürgen Größ"
    assert back["From"].addresses[0].display_name == "Jonas Wäber"


def test_display_name_with_comma_is_quoted() -> None:
    parent = make_email(sender=Address("Vogel, Katrin", "k.vogel@example.org"))
    raw = reply(parent)
    assert b'To: "Vogel, Katrin" <k.vogel@example.org>' in raw
    assert parse(raw)["To"].addresses[0].display_name == "Vogel, Katrin"


# --- body: attribution and quoting ---------------------------------------------------------


def test_attribution_english_with_date() -> None:
    assert attribution_line(make_email()) == (
        "On Tue, 3 Nov 2026 at 14:05, Anna Müller <anna@example.com> wrote:"
    )


def test_attribution_german_with_date() -> None:
    assert attribution_line(make_email(language="de")) == (
        "Am 03.11.2026 um 14:05 schrieb Anna Müller <anna@example.com>:"
    )


def test_attribution_without_date() -> None:
    assert attribution_line(make_email(date=None)) == "Anna Müller <anna@example.com> wrote:"
    assert (
        attribution_line(make_email(date=None), "de") == "Anna Müller <anna@example.com> schrieb:"
    )


def test_attribution_language_argument_and_fallback() -> None:
    parent = make_email(language="de")
    assert attribution_line(parent, "en").startswith("On Tue, 3 Nov 2026")
    assert attribution_line(parent, "de-AT").startswith("Am 03.11.2026")
    assert attribution_line(parent, "fr").startswith("Le 03/11/2026 à ")
    assert attribution_line(parent, "pl").startswith("On Tue, 3 Nov 2026")  # none: English
    assert attribution_line(make_email(language="und")).startswith("On ")


def test_attribution_uses_the_senders_offset_and_bare_address() -> None:
    parent = make_email(
        sender=Address("", "tom@example.com"),
        date=datetime(2026, 7, 1, 23, 59, tzinfo=timezone(timedelta(hours=-4))),
    )
    assert attribution_line(parent) == "On Wed, 1 Jul 2026 at 23:59, tom@example.com wrote:"


def test_quote_text_prefixes_every_line() -> None:
    original = "Hi Sam,\r\n\r\n> earlier point\n-- \nAnna  \n\n\n"
    assert quote_text(original) == "> Hi Sam,\n>\n> > earlier point\n> --\n> Anna\n"
    assert quote_text(" \n\n") == ""


def test_body_is_reply_attribution_and_quote() -> None:
    body = parse(reply(body="Dear Anna,\n\nthank you.\n\n")).get_content()
    assert body == (
        "Dear Anna,\n\nthank you.\n\n"
        "On Tue, 3 Nov 2026 at 14:05, Anna Müller <anna@example.com> wrote:\n"
        "> Hello Sam,\n>\n> the reports were late.\n"
    )


def test_german_reply_body_uses_the_reply_language() -> None:
    body = parse(reply(make_email(language="en"), "Liebe Frau Müller,", language="de"))
    assert "\nAm 03.11.2026 um 14:05 schrieb Anna Müller <anna@example.com>:\n" in (
        body.get_content()
    )


def test_blank_original_gives_no_attribution() -> None:
    body = parse(reply(make_email(text="  \n"), body="Thanks.")).get_content()
    assert body == "Thanks.\n"


def test_content_type_and_transfer_encodings() -> None:
    ascii_raw = reply(make_email(sender=Address("Anna", "anna@example.com"), text="plain"))
    assert b'Content-Type: text/plain; charset="utf-8"' in ascii_raw
    assert b"Content-Transfer-Encoding: 7bit" in ascii_raw
    german = reply(make_email(text="Grüße"), body="Vielen Dank für Ihre Nachricht.")
    assert b"Content-Transfer-Encoding: 8bit" in german
    assert "Grüße".encode() in german
    paragraph = "Wir möchten " + "sehr " * 40 + "ausführlich antworten."
    readable = reply(make_email(text="x"), body=paragraph)
    assert b"Content-Transfer-Encoding: 8bit" in readable
    assert paragraph.encode() in readable  # unwrapped: the reader's client reflows it
    too_long = "Wir möchten " + "sehr " * 200 + "ausführlich antworten."
    qp = reply(make_email(text="x"), body=too_long)
    assert b"Content-Transfer-Encoding: quoted-printable" in qp
    assert all(len(line) <= 78 for line in qp.split(b"\n"))
    assert too_long in parse(qp).get_content()
    greek = reply(make_email(text="x"), body="Ευχαριστούμε " * 60)
    assert b"Content-Transfer-Encoding: quoted-printable" in greek


def test_round_trip_through_the_stdlib_parser() -> None:
    parent = make_email(
        message_id=LONG_ID,
        references=("<a@example.com>", "<b@example.com>"),
        subject="AW: Re: Halbjahresgespräch",
        language="de",
    )
    raw = reply(parent, body="Liebe Frau Müller,\n\nvielen Dank.")
    assert b"\r" not in raw
    back = parse(raw)
    assert back.defects == []
    for name in ("From", "To", "Subject", "Message-ID", "In-Reply-To", "References"):
        assert back[name].defects == (), name
    assert back["Subject"] == "Re: Halbjahresgespräch"
    assert back["In-Reply-To"] == LONG_ID
    assert str(back["References"]).split() == ["<a@example.com>", "<b@example.com>", LONG_ID]
    assert back.get_content_type() == "text/plain"
    assert back.get_content_charset() == "utf-8"
    assert back.get_content().startswith("Liebe Frau Müller,\n\nvielen Dank.\n\nAm 03.11.2026")


# --- fixtures --------------------------------------------------------------------------------

FIXTURE_FILES = sorted(FIXTURES.glob("*.eml"))
# Fixtures whose point is the absence of a header (see fixtures/emails/README.md).
MISSING_ON_PURPOSE = {"no-message-id-no-date-en.eml": {"Message-ID", "Date"}}


def test_there_are_enough_fixtures_and_each_is_documented() -> None:
    assert len(FIXTURE_FILES) >= 14
    readme = (FIXTURES / "README.md").read_text(encoding="utf-8")
    for path in FIXTURE_FILES:
        assert f"`{path.name}`" in readme, path.name


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda p: p.name)
def test_fixture_parses_without_defects(path: Path) -> None:
    raw = path.read_bytes()
    assert b"\r" not in raw
    msg = parse(raw)
    for part in msg.walk():
        assert part.defects == [], part.get_content_type()
    for name, value in msg.items():
        assert getattr(value, "defects", ()) == (), name
    required = {"From", "To", "Subject", "Date", "Message-ID"}
    missing = {name for name in required if msg[name] is None}
    assert missing == MISSING_ON_PURPOSE.get(path.name, set())
    body = msg.get_body(("plain", "html"))
    assert body is not None
    assert body.get_content().strip()


def _email_from_stdlib(msg: EmailMessage) -> Email:
    """Fill the Email fields the reply uses from a stdlib-parsed message (headers only)."""

    def clean(text: str) -> str:  # parse_email's promise: no lone surrogates
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")

    def addresses(name: str) -> tuple[Address, ...]:
        header = msg[name]
        found = getattr(header, "addresses", ()) if header is not None else ()
        return tuple(Address(clean(a.display_name), clean(a.addr_spec)) for a in found)

    date_header = msg["Date"]
    senders = addresses("From")
    return Email(
        subject=clean(str(msg["Subject"] or "")),
        sender=senders[0] if senders else None,
        reply_to=addresses("Reply-To"),
        to=addresses("To"),
        cc=addresses("Cc"),
        message_id=str(msg["Message-ID"]).strip() if msg["Message-ID"] else None,
        in_reply_to=str(msg["In-Reply-To"]) if msg["In-Reply-To"] else None,
        references=tuple(str(msg["References"] or "").split()),
        date=getattr(date_header, "datetime", None) if date_header is not None else None,
        text="(body)",
    )


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda p: p.name)
def test_reply_to_fixture_threads_verbatim(path: Path) -> None:
    parent = _email_from_stdlib(parse(path.read_bytes()))
    raw = reply(parent)
    back = parse(raw)
    for name in ("Message-ID", "In-Reply-To", "References"):
        assert b"=?" not in raw_header(raw, name), name
    assert back["In-Reply-To"] == parent.message_id
    assert back["To"].addresses[0].addr_spec == parent.reply_address.addr_spec  # type: ignore[union-attr]
    if parent.message_id:
        assert str(back["References"]).split()[-1] == parent.message_id


def test_reply_to_long_outlook_fixture() -> None:
    parent = _email_from_stdlib(parse((FIXTURES / "outlook-long-message-id-en.eml").read_bytes()))
    assert parent.message_id is not None
    assert len(parent.message_id) > 100
    raw = reply(parent)
    assert f"In-Reply-To: {parent.message_id}\n".encode() in raw


def _corpus_messages() -> list[Any]:
    if not CORPUS.is_dir():
        skip = pytest.mark.skip(reason=f"shared corpus not found at {CORPUS}")
        return [pytest.param(None, marks=skip, id="no-corpus")]
    return sorted(CORPUS.glob("*.eml"))


@pytest.mark.parametrize("path", _corpus_messages(), ids=lambda p: p.name)
def test_reply_to_real_corpus_message_keeps_ids(path: Path) -> None:
    parent = _email_from_stdlib(parse(path.read_bytes()))
    try:
        raw = reply(parent, from_address="me@example.net")
    except BadEmailError as exc:
        assert re.search(r"no From or Reply-To|not ASCII|not a valid addr-spec", str(exc))
        return
    expected = reply_references(parent)
    assert raw_header(raw, "References").split() == [i.encode() for i in expected]
    if parent.message_id and parent.message_id.strip() in expected:
        assert raw_header(raw, "In-Reply-To") == parent.message_id.strip().encode()
    # Stored, parsed again with POLICY and re-serialised (outbox -> SMTP): ids unchanged.
    again = email.message_from_bytes(raw, policy=POLICY)
    assert isinstance(again, EmailMessage)
    for linesep in ("\n", "\r\n"):
        resent = serialize(again, linesep=linesep).replace(b"\r\n", b"\n")
        for name in ("Message-ID", "In-Reply-To", "References"):
            assert raw_header(resent, name) == raw_header(raw, name), name
    assert parse(raw)["To"] is not None


def test_corpus_present_or_skip() -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    assert _corpus_messages()


def test_reply_all_copies_the_other_recipients_but_not_us_or_the_to() -> None:
    tom = Address("Tom Aldridge", "tom@example.com")
    lucy = Address("Lucy Fenwick", "lucy@example.com")
    parent = make_email(to=(SAM, tom), cc=(lucy, ANNA, Address("", "broken-address")))
    msg = parse(reply(parent))
    assert [a.addr_spec for a in msg["Cc"].addresses] == ["tom@example.com", "lucy@example.com"]
    assert [a.addr_spec for a in msg["To"].addresses] == [ANNA.addr_spec]


def test_reply_to_sender_only_has_no_cc() -> None:
    parent = make_email(to=(SAM, Address("Tom", "tom@example.com")))
    assert parse(reply(parent, reply_all=False))["Cc"] is None


def test_no_cc_header_when_nobody_else_was_addressed() -> None:
    assert parse(reply(make_email()))["Cc"] is None


# --- hostile parents built by hand (parse_email already cleans these) -------------------------


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("late\x0cagain", "Re: late again"),
        ("late \x1b]0;PWNED\x07 again", "Re: late ]0;PWNED again"),
        ("a\x00b\x1cc\x85d\u2028e\x7ff", "Re: a b c d e f"),
        ("Re: hi\nBcc: x@evil.example", "Re: hi Bcc: x@evil.example"),
    ],
)
def test_control_characters_in_the_parent_subject_never_break_the_reply(
    subject: str, expected: str
) -> None:
    assert reply_subject(subject) == expected
    raw = reply(make_email(subject=subject))
    assert parse(raw)["Subject"] == expected
    assert raw_header(raw, "Bcc") == b""


def test_control_characters_in_display_names_are_left_out_of_headers_and_body() -> None:
    eve = Address("Eve\x1b[2J\x00 Smith\x0c", "eve@example.com")
    raw = reply(make_email(sender=eve, to=(SAM, Address("Bo\x07b", "bob@example.com"))))
    assert b"\x1b" not in raw and b"\x00" not in raw and b"\x07" not in raw
    back = parse(raw)
    assert back["To"] == '"Eve [2J Smith" <eve@example.com>'
    assert "Eve [2J Smith <eve@example.com> wrote:" in back.get_content()
    assert back["Cc"] == "Bo b <bob@example.com>"
