"""A postscript below the sign-off ("P.S. could you also reissue the invoice?") is what the
sender wrote this time, not their signature: it goes back to the new text. So do footnotes
below the sign-off that the text refers to ("See also [1]." / "-- Jiang" / "[1] http://...")."""

from __future__ import annotations

import re

#: The line that starts a postscript: "P.S.", "PS:", "P.P.S.", Spanish and Portuguese "P.D.",
#: French "P.-S.", German "Nachtrag:", Latin "Post scriptum".
_MARKER = re.compile(
    r"^\s*(?:p\.\s?p\.\s?s\.?|p\.\s?s\.?|p\.-s\.?|pps\b|ps\b|p\.\s?d\.?|pd:|nachtrag:|"
    r"post[- ]?scriptum\b)[\s:.,-]*(?=\S)",
    re.IGNORECASE,
)


def starts_postscript(line: str) -> bool:
    """Tell whether ``line`` starts a postscript ("P.S. could you also ...", "P.D.", "PS:")."""
    return bool(_MARKER.match(line))


def without_marker(line: str) -> str:
    """Return ``line`` without its postscript marker ("P.S. Could you" -> "Could you")."""
    return _MARKER.sub("", line, count=1)


#: A footnote: "[1] http://...", "[*] #notmuch on irc.freenode.net".
_FOOTNOTE = re.compile(r"^\s*(\[(?:\d{1,2}|\*)\])\s*\S")


def _footnote_of(line: str, new_text: str) -> bool:
    """Tell whether ``line`` starts a footnote whose mark ("[1]", "[*]") is in ``new_text``."""
    match = _FOOTNOTE.match(line)
    return match is not None and match.group(1) in new_text


def with_postscript(new_text: str, signature: str) -> tuple[str, str]:
    """Return ``(new_text, signature)`` with each postscript paragraph of ``signature`` (a line
    starting "P.S.", "PS:", "P.D.", "P.-S.", "Nachtrag:", to the next blank line) and each
    footnote the new text refers to ("[1] http://..." below "See [1].") moved to the end of
    ``new_text``, a blank line before them; both unchanged when there is none. A short
    sign-off right above the first of them ("-Carl", "Thanks, / Anna": at most
    :data:`SIGN_OFF_LINES` lines of :data:`SIGN_OFF_CHARS` characters, no ``-- `` delimiter)
    stays in the new text where the sender wrote it, between the text and the postscript."""
    lines = signature.split("\n")
    kept: list[str] = []
    moved: list[str] = []
    inside = False
    first = None
    for number, line in enumerate(lines):
        if starts_postscript(line) or _footnote_of(line, new_text):
            inside = True
            moved.append("")
            first = number if first is None else first
        elif not line.strip():
            inside = False
        (moved if inside else kept).append(line)
    if not moved or first is None:
        return new_text, signature
    added = "\n".join(moved).strip("\n")
    sign_off = [line for line in lines[:first] if line.strip()]
    if _is_sign_off(sign_off):
        added = "\n".join(sign_off) + "\n\n" + added
        kept = kept[first:]
    text = f"{new_text.rstrip()}\n\n{added}" if new_text.strip() else added
    return text, "\n".join(kept).strip("\n")


#: At most this many lines of at most this many characters: a sign-off ("-Carl"), not a
#: signature block (name, title, company, phone).
SIGN_OFF_LINES = 2
SIGN_OFF_CHARS = 40


def _is_sign_off(lines: list[str]) -> bool:
    """Tell whether ``lines`` (non-blank) are a short sign-off, not a ``-- `` signature."""
    return (
        0 < len(lines) <= SIGN_OFF_LINES
        and all(len(line.strip()) <= SIGN_OFF_CHARS for line in lines)
        and lines[0].strip() not in ("--", "\u2014", "__")  # a "-- " signature delimiter
    )
