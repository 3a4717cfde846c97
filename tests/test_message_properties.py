"""Properties of parse_email on generated header values and MIME structures.

Whatever the header text, the only exception is BadEmailError, no text field holds a
surrogate, and every address kept is a plain addr-spec (one ``@``, no quotes or brackets).
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.errors import BadEmailError
from assistant.mail.message import Email, parse_email

_SURROGATE = re.compile("[\ud800-\udfff]")
# Characters that matter to header parsers, plus some 8-bit and encoded-word pieces.
_HEADER_ALPHABET = st.sampled_from(
    [
        *'<>()[]"\\,;:@.=?*_- \tabcQBé\u00fc\u2013',
        *("=?utf-8?q?", "=?x-unknown?b?", "?=", "\r\n ", "a@b.example", "\udc80", "\ud800"),
    ]
)
_header_value = st.lists(_HEADER_ALPHABET, max_size=40).map("".join)
_settings = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(email: Email) -> None:
    texts = [email.subject, email.text, email.new_text, email.quoted_text, email.signature]
    texts += [*email.defects, *email.references]
    for addr in (email.sender, *email.to, *email.cc, *email.reply_to):
        assert addr is not None
        texts += [addr.display_name, addr.addr_spec]
        assert addr.addr_spec.count("@") == 1
        assert not set(addr.addr_spec) & set('"<>(),;: ')
        str(addr)  # formats without raising
    assert not any(_SURROGATE.search(t) for t in texts)
    for text in texts:
        text.encode("utf-8")


@_settings
@given(
    st.sampled_from(
        [
            *("From", "To", "Cc", "Reply-To", "Subject", "Message-ID", "References", "Date"),
            *("Content-Type", "Content-Disposition", "Content-Transfer-Encoding"),
        ]
    ),
    _header_value,
)
def test_any_header_value_gives_an_email(name: str, value: str) -> None:
    raw = f"From: a@example.com\r\n{name}: {value}\r\n\r\nHello there, one line.\r\n"
    try:
        email = parse_email(raw)  # a str: lone surrogates included
    except BadEmailError:
        return
    _check(email)


_part = st.tuples(
    st.sampled_from(
        ["text/plain", "text/html", "message/rfc822", "application/octet-stream", "multipart/x"]
    ),
    st.sampled_from(["", "; charset=utf-8", "; charset=uft-8", "; charset*", "; charset=NONE"]),
    st.sampled_from(["", "base64", "quoted-printable", "8bit"]),
    st.sampled_from(["Hello <b>there</b>", "SGVsbG8=", "Gr=C3=BC=C3=9Fe", "From: x@y\r\n\r\nhi"]),
)


@_settings
@given(
    st.sampled_from(["multipart/mixed", "multipart/alternative", "multipart/digest"]),
    st.sampled_from(["b", "other"]),
    st.lists(_part, max_size=4),
    st.booleans(),
)
def test_any_mime_structure_gives_an_email(
    container: str, used: str, parts: list[tuple[str, str, str, str]], closed: bool
) -> None:
    chunks = [f'From: a@example.com\r\nContent-Type: {container}; boundary="b"\r\n\r\n']
    for ctype, params, cte, payload in parts:
        chunks.append(f"--{used}\r\nContent-Type: {ctype}{params}\r\n")
        chunks.append(f"Content-Transfer-Encoding: {cte}\r\n\r\n{payload}\r\n" if cte else "\r\n")
    if closed:
        chunks.append(f"--{used}--\r\n")
    try:
        email = parse_email("".join(chunks).encode())
    except BadEmailError:
        return
    _check(email)
