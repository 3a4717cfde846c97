"""Find a mail gateway's external-sender banner at the top of a message.

Mail gateways (Microsoft 365, Mimecast, Proofpoint...) write a warning above the text of
mail from outside the organisation: "CAUTION: This email originated from outside of the
organization...", a "[EXTERNAL]" tag, "You don't often get email from ...". It is not the
sender's words: :func:`banner_end` finds where it ends so that the new text starts below
it. The words of each language come from its ``external_banners`` (:mod:`assistant.lang`).
"""

from __future__ import annotations

import re

from assistant import lang
from assistant.mail._signature import RULE

# At the start of the paragraph, after marks a gateway puts around it ("**", "[", "!").
_BANNER = re.compile(rf"^[\s*!#>_=\-]*(?:{lang.alternation('external_banners')})", re.IGNORECASE)
_BANNER_LINES = 6  # a banner is a short paragraph
_BANNER_CHARS = 600
_TAG_CHARS = 40  # "[EXTERNAL]", "EXTERNAL EMAIL:": a tag on a line of its own, text below it


def banner_end(lines: list[str]) -> int | None:
    """Return the first line below an external-sender banner that opens ``lines``
    (stripped lines), past blank lines and rules, or None when there is no banner or
    nothing below it (a message that is only a banner keeps it as its text)."""
    first = next((i for i, line in enumerate(lines) if line), None)
    if first is None or not _BANNER.match(lines[first][:_BANNER_CHARS]):
        return None
    end = first + 1
    if len(lines[first]) > _TAG_CHARS:  # a sentence, wrapped: the rest of its paragraph
        while end < len(lines) and _continues(lines, end) and end - first < _BANNER_LINES:
            end += 1
        if end < len(lines) and lines[end] and end - first >= _BANNER_LINES:
            end = first + 1  # a long paragraph: only its first line is the banner
    while end < len(lines) and (not lines[end] or RULE.match(lines[end])):
        end += 1
    return end if end < len(lines) else None


def _continues(lines: list[str], j: int) -> bool:
    """Tell whether line ``j`` goes on with the banner above it: a long line of its
    paragraph, or the end of a sentence wrapped from the line above ("...unless you
    recognize the sender and know the content is safe."), not a short line such as "Hi,"
    below a finished sentence."""
    if not lines[j]:
        return False
    return len(lines[j]) > _TAG_CHARS or not lines[j - 1].endswith((".", "!", "?"))
