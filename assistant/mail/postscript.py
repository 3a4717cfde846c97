"""A postscript below the sign-off ("P.S. could you also reissue the invoice?") is what the
sender wrote this time, not their signature: it goes back to the new text."""

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


def with_postscript(new_text: str, signature: str) -> tuple[str, str]:
    """Return ``(new_text, signature)`` with each postscript paragraph of ``signature`` (a line
    starting "P.S.", "PS:", "P.D.", "P.-S.", "Nachtrag:", to the next blank line) moved to
    the end of ``new_text``, a blank line before it; both unchanged when there is none."""
    kept: list[str] = []
    moved: list[str] = []
    inside = False
    for line in signature.split("\n"):
        if starts_postscript(line):
            inside = True
            moved.append("")
        elif not line.strip():
            inside = False
        (moved if inside else kept).append(line)
    if not moved:
        return new_text, signature
    added = "\n".join(moved).strip("\n")
    text = f"{new_text.rstrip()}\n\n{added}" if new_text.strip() else added
    return text, "\n".join(kept).strip("\n")
