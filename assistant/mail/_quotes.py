"""Split a plain-text body into new text, quoted history and signature.

The words of each language (separators, attribution verbs, header names, mobile signatures,
disclaimer cues) come from its module in :mod:`assistant.lang`. The base is
mail-parser-reply's per-language tables (attribution lines such as
``On ... wrote:`` / ``Am ... schrieb ...:`` and Outlook ``From:/Sent:`` blocks, sign-offs).
This module adds what it misses on the corpus: forward and original-message separators in
many languages, attribution verbs it has no table for (it, pt, fi, no, ru), ``Date, Name
<addr>:`` lines, Outlook separator lines, ``>`` quotes without an attribution, bottom-posted
replies, ``-- `` and mobile signatures. Quote detection only scans the first
``_SCAN_CHARS`` characters, so a huge quoted tail costs nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant import lang

_SCAN_CHARS = 64 * 1024
_LIBRARY_MARGIN = 4  # lines: an attribution wraps over at most three
_LIBRARY_LINE = 1000  # characters: longer lines are no quote headers; bounds backtracking
_ANY_TAIL = r"(.|\s)*)"
_VERB_TAIL = 64  # characters: a verb (and a date in parentheses, Hungarian) ends an attribution
_LANGUAGES = lang.all_languages()
_LIBRARY_LANGUAGES = [language.code for language in _LANGUAGES if language.quote_library]


_words = lang.alternation

_SEPARATOR = re.compile(rf"^[>|\s*]*-{{2,}}\s*(?:{_words('quote_separators')})\s*-*", re.IGNORECASE)
_FORWARD_INTRO = re.compile(rf"^[>\s]*(?:{_words('forward_intros')})\s*:", re.IGNORECASE)
_REPLY_ABOVE = re.compile(
    rf"^[>|#*=\-\s]*(?:{_words('reply_above')})\s*[:.#*=\-]*\s*$", re.IGNORECASE
)
_LIST_FOOTER = re.compile(rf"(?:{_words('list_footers')})", re.IGNORECASE)
# Gmail's older attribution: "2016-03-03 17:21 GMT+01:00 Some One <a@b>:" (or no colon).
_GMAIL_ISO = re.compile(r"^\d{4}-\d{2}-\d{2} \d{1,2}:\d{2} GMT[+-]\d{1,2}:?\d{2}\b.{1,200}$")
# Older Gmail: "2013/7/20 Sam <sam@example.com>" alone above the quote, no verb.
_GMAIL_SLASHED = re.compile(r"^\d{4}/\d{1,2}/\d{1,2}\s.{1,120}<[^<>@\s]+@[^<>\s]+>\s*:?$")
# Zoho's "---- On Mon, 3 Nov 2026 Sam wrote ----", Android's "---- Sam wrote ----".
_DASHED_ATTRIBUTION = re.compile(
    rf"^-{{2,}}\s*\S.{{0,200}}?(?:{_words('attribution_verbs')})\s*-{{2,}}\s*$", re.IGNORECASE
)
_VERB_END = re.compile(rf"(?:{_words('attribution_verbs')})\s*[:\uff1a]?\s*$", re.IGNORECASE)
_ATTRIBUTION_START = re.compile(rf"^\W*({_words('attribution_starts')})\b", re.IGNORECASE)
_ADDR_COLON = re.compile(r"(?:@[\w.-]+\s*[>)\]]?|>)\s*[:\uff1a]\s*$")
_DIGIT = re.compile(r"\d")
# A header name may be bold, with spaces inside the stars: "*From:*", "** De : ... **". The
# runs of marks, stars and spaces are possessive: what follows each cannot start with what it
# took, and no two runs of spaces trade characters (a 60 KB line of spaces stays linear).
_BOLD_OPEN = r"[>|\s]*+(?:\*++\s*+)?"
_BOLD_CLOSE = r"\s*+(?:\*++\s*+)?[:\uff1a]"
_HEADER_START = re.compile(rf"^{_BOLD_OPEN}(?:{_words('header_from')}){_BOLD_CLOSE}", re.IGNORECASE)
_HEADER_NEXT = re.compile(
    rf"^{_BOLD_OPEN}(?:{_words('header_fields')}){_BOLD_CLOSE}", re.IGNORECASE
)
_LONE_COLON = re.compile(r"^>\s*:\s*$")
_RULE = re.compile(r"^\s*[-_=*]{10,}\s*$")
_SIG_DASHES = re.compile(r"^--\s*$")
_TRACKER_MARK = "\u1427"  # "ᐧ": the mark Gmail read-receipt extensions add below the text
# "-Abhishek Kona", "--Jo": a name signed with a dash (a list item has a space after it).
_DASHED_NAME = re.compile(r"^(?:-{1,2}|\u2014|\u2013)\s?[^\W\d_][\w.'-]*(?: [\w.'-]+){0,2}$")
_MOBILE = re.compile(rf"^\s*(?:{_words('mobile_signatures')})(?:\b|$)", re.IGNORECASE)
# Right-to-left and left-to-right marks, zero-width characters, bidi embeddings and isolates,
# the BOM: invisible, they wrap Arabic and Hebrew lines ("\u202b...\u202c") and open Outlook's
# text. The rules read lines without them; the text returned keeps them.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
#: A link in angle brackets inside a line ("Sent from Mail<https://...> for Windows 10").
_LINK = re.compile(r"<https?://[^>\s]*>")
_MARK_STARTS = frozenset(">|-_=*")  # first characters of quote marks, rules and separators
_DISCLAIMER_CUE = re.compile(_words("disclaimer_cues"))  # on lower-case text: 7x faster
_DISCLAIMER_LAST_PARAGRAPHS = 3
_DISCLAIMER_SCAN = 600  # characters: a disclaimer names its cues early
_SIGN_OFF_MAX_CHARS = 40
_SIGN_OFF_MAX_LINES_AFTER = 8


@dataclass(frozen=True)
class Parts:
    """A body split into what the sender wrote now, the quoted history, the signature."""

    new_text: str
    quoted_text: str
    signature: str


@lru_cache(maxsize=1)
def _library_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Return mail-parser-reply's header and signature patterns for our languages."""
    from mailparser_reply.parser import EmailMessage

    message = EmailMessage(text="", languages=list(_LIBRARY_LANGUAGES), keep_hyphen_lists=True)
    return _at_line_starts(message.HEADER_REGEX), _at_line_starts(message.SIGNATURE_REGEX)


def _at_line_starts(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """Return ``pattern`` guarded to start only at a line start or a newline.

    Every alternative of the library's patterns starts there (``^``, ``\\n``, or ``\\s*^`` on
    stripped lines), so the guard keeps the matches and skips trying some twenty
    alternatives at every other position: 3-10x faster. A trailing ``(.|\\s)*`` only
    extends the match to the end of the text, and we use the start alone: it is dropped.
    """
    source = pattern.pattern
    if source.endswith(_ANY_TAIL):
        source = source[: -len(_ANY_TAIL)] + ")"
    return re.compile(rf"(?=^|\n)(?:{source})", pattern.flags)


def _library_cut(lines: list[str], before: int | None) -> int | None:
    """Return the first line of a quote header found by mail-parser-reply's pattern.

    Only a match that starts above line ``before`` can matter, and every alternative of
    the pattern needs a colon or "original message", so the (slow) search runs from a few
    lines above the first such line to a few lines below ``before``, on lines cut to
    ``_LIBRARY_LINE`` characters (a 60 KB line of ``>`` otherwise costs half a second).
    """
    stop = len(lines) if before is None else min(len(lines), before + _LIBRARY_MARGIN)
    first = next(
        (i for i in range(stop) if ":" in lines[i] or "original message" in lines[i].lower()),
        None,
    )
    if first is None:
        return None
    start = max(0, first - _LIBRARY_MARGIN)
    text = "\n".join(line[:_LIBRARY_LINE] for line in lines[start:stop])
    header_re, _ = _library_patterns()
    match = header_re.search(text)
    return None if match is None else start + _line_of(text, match.start())


def _line_of(text: str, offset: int) -> int:
    while offset < len(text) and text[offset] in "\n \t":
        offset += 1
    return text.count("\n", 0, offset)


def _is_quote(line: str) -> bool:
    """Tell whether ``line`` is quoted: ``>``, or ``|`` as some clients and forums quote.
    A line framed as ``>>> ... <<<`` is a newsletter's decoration, not a quote."""
    if line.startswith(">"):
        return not (line.startswith(">>>") and line.endswith("<<<"))
    return line.startswith("| ") or line == "|"


def _ends_with_verb(line: str) -> bool:
    """Tell whether ``line`` ends with an attribution verb (``wrote:``); checks the tail only."""
    return _VERB_END.search(line[-_VERB_TAIL:]) is not None


def _attribution_at(lines: list[str], i: int) -> int | None:
    """Return the first line of an attribution ending at line ``i``, or None."""
    line = lines[i]
    ends_with_verb = _ends_with_verb(line)
    if not line or (_is_quote(line) and not ends_with_verb):
        return None
    start = i
    # An attribution may wrap over up to three lines without a blank line between.
    while start > 0 and i - start < 2 and lines[start - 1] and not _is_quote(lines[start - 1]):
        start -= 1
    window = " ".join(lines[start : i + 1])
    verb_line = i
    if not ends_with_verb and line.endswith(":") and start < i:
        # A verb whose date wrapped: "... schrieb am Di. 16. Mai 2017" / "um 10:20:".
        wrapped = _wrapped_verb_line(lines, start, i)
        ends_with_verb = wrapped is not None
        verb_line = i if wrapped is None else wrapped
    if ends_with_verb and (_DIGIT.search(window) or "@" in window):
        # The attribution starts at its opening word ("On", "Am", "Op"), else at the first
        # line with a date; the reply's own lines above it stay (a wrap joins no blank line).
        opening = [j for j in range(start, i + 1) if _ATTRIBUTION_START.match(lines[j])]
        if opening:
            return opening[-1]
        if line.startswith(">") and _MAILTO_PIECE.match(lines[start]):
            split = _split_by_mailto(lines, i)
            if split is not None:
                return split
        dated = next((j for j in range(start, i + 1) if _DIGIT.search(lines[j])), start)
        return min(dated, verb_line)  # a wrapped verb's line is the attribution's, dated or not
    if line.endswith(":") and _ADDR_COLON.search(line) and _DIGIT.search(window):
        return i if _DIGIT.search(line) else start
    return None


def _wrapped_verb_line(lines: list[str], start: int, i: int) -> int | None:
    """Return the line where an attribution verb begins that ends lines ``start`` to ``i``
    only once they are joined (a verb whose date wrapped), or None.

    Like :func:`_ends_with_verb`, only the joined tail (``_VERB_TAIL`` characters) is
    searched, so a line costs the same at any length.
    """
    window = " ".join(lines[start : i + 1])
    tail = window[-_VERB_TAIL:]
    match = _VERB_END.search(tail)
    if match is None:
        return None
    offset = len(window) - len(tail) + match.start()
    end = -1
    for j in range(start, i + 1):
        end += len(lines[j]) + 1  # the line and the space that joins the next
        if offset <= end:
            return j
    return i


def _split_by_mailto(lines: list[str], i: int) -> int | None:
    """Return the opening line of an attribution whose address a client broke into
    "<", "mailto:Name <addr>" and "> wrote:" lines with blank lines between, or None."""
    j = i - 1
    while j >= 0 and i - j <= 6 and (not lines[j] or _MAILTO_PIECE.match(lines[j])):
        j -= 1
    if j < 0 or j == i - 1 or not any(_MAILTO_PIECE.match(line) for line in lines[j + 1 : i]):
        return None
    opening = lines[j]
    return j if _ATTRIBUTION_START.match(opening) and _DIGIT.search(opening) else None


_MAILTO_PIECE = re.compile(r"^(?:<|mailto:\S.*)$", re.IGNORECASE)


def _own_cut(lines: list[str]) -> int | None:
    """Return the first line of quoted history found by this module's rules."""
    for i, line in enumerate(lines):
        if line and i > 0 and len(line) < 80 and _REPLY_ABOVE.match(line):
            return i  # "## Reply above this line ##", "Previous replies": a helpdesk's history
        if (
            line[:1].isdigit()
            and _GMAIL_SLASHED.match(line)
            and _is_quote(next((n for n in lines[i + 1 : i + 4] if n), ""))
        ):
            return i
        if not line or (
            line[0] not in _MARK_STARTS
            and ":" not in line
            and "\uff1a" not in line  # a Japanese header block's full-width colon
            and not _ends_with_verb(line)
        ):
            continue  # prose: none of the rules below can match (lines are stripped)
        if _SEPARATOR.match(line) or _FORWARD_INTRO.match(line) or _DASHED_ATTRIBUTION.match(line):
            return i
        if _GMAIL_ISO.match(line):
            return i
        if _HEADER_START.match(line) and any(
            _HEADER_NEXT.match(nxt) for nxt in lines[i + 1 : i + 4] if nxt
        ):
            return i
        if _RULE.match(line) and any(_HEADER_START.match(n) for n in lines[i + 1 : i + 4] if n):
            return i
        found = _attribution_at(lines, i)
        if found is not None:
            return found
        if _LONE_COLON.match(line) and i > 0 and lines[i - 1]:
            # "... <addr\n>:" : an attribution whose closing bracket wrapped onto a new line
            found = _attribution_at([*lines[: i - 1], lines[i - 1] + line], i - 1)
            if found is not None:
                return found
        if _is_quote(line):
            return i
    return None


def _back_over_rules(lines: list[str], cut: int) -> int:
    """Move a cut up over blank lines and separator rules that belong to the quote."""
    while cut > 0 and (not lines[cut - 1] or _RULE.match(lines[cut - 1])):
        cut -= 1
    return cut


def _disclaimer_start(lines: list[str]) -> int | None:
    """Return the first line of a trailing legal disclaimer, or None.

    A disclaimer is a paragraph, not the first and among the last three, naming at least
    two distinct cues (confidential, intended recipient, received in error...) in one of
    the thirteen languages we read.
    """
    starts = [i for i, line in enumerate(lines) if line and (i == 0 or not lines[i - 1])]
    for n, start in enumerate(starts[1:], start=1):
        if len(starts) - n > _DISCLAIMER_LAST_PARAGRAPHS:
            continue
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        paragraph = " ".join(lines[start:end])[:_DISCLAIMER_SCAN].lower()
        if len(set(_DISCLAIMER_CUE.findall(paragraph))) >= 2:
            return start
    return None


def _signature_start(lines: list[str]) -> int | None:
    """Return the line where the signature (or a trailing disclaimer) starts, or None."""
    disclaimer = _disclaimer_start(lines)
    if disclaimer is not None:
        lines = lines[:disclaimer]
    found = _sign_off_start(lines)
    return disclaimer if found is None else found


def _sign_off_start(lines: list[str]) -> int | None:
    """Return the line of a ``-- `` line, a mobile footer, a mailing list's footer (with the
    rule above it) or a sign-off, or None."""
    for i, line in enumerate(lines):
        if (_SIG_DASHES.match(line) and i > 0) or _MOBILE.match(_LINK.sub("", line)):
            return i
        if (
            i > 0
            and not lines[i - 1]
            and (i + 1 == len(lines) or not lines[i + 1])
            and _DASHED_NAME.match(line)
        ):
            return i  # a line of its own, not a list
        if i > 0 and _LIST_FOOTER.search(line):
            start = i
            while start > 1 and (not lines[start - 1] or _RULE.match(lines[start - 1])):
                start -= 1
            return start
    _, signature = _library_patterns()
    # The library's pattern is quadratic in runs of blank lines: search with each run cut to
    # two (8,000 blank lines took 15 s), and map the line found back.
    kept = [n for n, line in enumerate(lines) if line or n < 2 or lines[n - 1] or lines[n - 2]]
    text = "\n".join(lines[n] for n in kept)
    match = signature.search(text)
    if match is None:
        return None
    found = _line_of(text, match.start())
    i = kept[found] if found < len(kept) else len(lines)
    if i == 0 or i >= len(lines) or len(lines[i]) > _SIGN_OFF_MAX_CHARS:
        return None
    if sum(1 for line in lines[i + 1 :] if line) > _SIGN_OFF_MAX_LINES_AFTER:
        return None
    if _SENTENCE_AFTER_SIGN_OFF.search(lines[i]):
        # "Thanks, that works for us.": the reply's sentence; a sign-off may follow it
        later = _sign_off_start(lines[i + 1 :]) if i + 1 < len(lines) else None
        return None if later is None else i + 1 + later
    return i


#: A sign-off word with a sentence after it on its line ("Thanks, that works for us."), not
#: "Thanks, Priya" or "Best regards, Priya Raman".
_SENTENCE_AFTER_SIGN_OFF = re.compile(r",\s+\S+(?:\s+\S+){2,}[.!?]\s*$")


def _join(lines: list[str]) -> str:
    return "\n".join(lines).strip("\n")


def _split_signature(lines: list[str], original: list[str]) -> tuple[str, str]:
    """Split reply lines at the signature; detect on stripped lines, return original ones
    (a line of nothing but invisible marks as a blank line)."""
    start = _signature_start(lines)
    kept = [line.rstrip() if read else "" for line, read in zip(original, lines, strict=True)]
    end = len(kept) if start is None else start
    while end > 0 and lines[end - 1] in ("", _TRACKER_MARK):
        end -= 1  # blank lines and a mail tracker's mark above the signature
    return _join(kept[:end]).rstrip(), _join(kept[end:]).strip()


def split_quotes(text: str) -> Parts:
    """Split ``text`` (LF line endings) into new text, quoted history and signature.

    Top-posted replies keep everything above the first quote marker; a message that opens
    with an attribution or ``>`` lines keeps the unquoted lines below (bottom-posting); a
    message that is entirely forwarded, or quoted below an attribution, has empty new text;
    one that is nothing but ``>`` lines is kept whole (the quote is what was sent).
    """
    text = text.removeprefix("\ufeff")  # a byte-order mark is no text
    head, tail = text[:_SCAN_CHARS], text[_SCAN_CHARS:]
    lines = [_INVISIBLE.sub("", line).strip() for line in head.split("\n")]
    own = _own_cut(lines)
    library = _library_cut(lines, own)
    cuts = [cut for cut in (own, library) if cut is not None]
    if not cuts:
        new, signature = _split_signature(lines, head.split("\n"))
        return Parts(new, tail.strip("\n"), signature) if tail else Parts(new, "", signature)
    cut = _back_over_rules(lines, min(cuts))
    original = head.split("\n")
    replies, quoted = _interleaved(lines, original, cut)
    above, above_original = lines[:cut], original[:cut]
    if not any(above) and not replies:
        if _only_a_quote(lines) and not tail.strip():
            return Parts(head.strip("\n"), "", "")  # nothing but a quote: that is the message
        below = _below_a_lone_attribution(lines, original, cut)
        if below is not None:  # "On ... wrote:" first, then unquoted text: the reply below it
            rest = split_quotes(_join(original[below:]) + tail)
            if rest.new_text:
                return rest
        return Parts("", (_join(original) + tail).strip("\n"), "")
    if replies:
        above, above_original = [*above, "", *replies], [*above_original, "", *replies]
    new, signature = _split_signature(above, above_original)
    return Parts(new.strip("\n"), (_join(quoted) + tail).strip("\n"), signature)


def _below_a_lone_attribution(lines: list[str], original: list[str], cut: int) -> int | None:
    """Return the line after an attribution ("On ... wrote:") that opens the message and is
    followed by unquoted text, or None: a client that put the attribution above its reply
    and marked nothing as quote (a forward intro or header block is not such a line; text
    indented as a whole below it is Outlook's quote)."""
    if cut != next((i for i, line in enumerate(lines) if line), -1):
        return None
    end = next(
        (j for j in range(cut, min(cut + 4, len(lines))) if _attribution_at(lines, j) == cut),
        None,
    )
    if end is None:
        return None
    following = next((line for line in lines[end + 1 :] if line), "")
    if not following or _is_quote(following):
        return None
    if all(line[:1] in (" ", "\t") for line in original[end + 1 :] if line.strip()):
        return None
    return end + 1


def _only_a_quote(lines: list[str]) -> bool:
    """Tell whether ``lines`` are all ``>`` quote with no attribution, header block or forward
    inside: a message that only quotes (kept whole), not quoted history (cut)."""
    if not all(not line or _is_quote(line) for line in lines):
        return False
    inner = [_QUOTE_MARKS.sub("", line) for line in lines]
    return _own_cut(inner) is None and _library_cut(inner, None) is None


_QUOTE_MARKS = re.compile(r"^(?:[>|][ \t]?)+")


def _interleaved(lines: list[str], original: list[str], cut: int) -> tuple[list[str], list[str]]:
    """Collect reply lines written between ``>`` quotes below ``cut`` (inline or bottom-posting).

    Applies only when the quote starting at ``cut`` is ``>``-quoted; stops at a separator
    rule or a forward/original-message header (a list footer or older history follows).
    Returns (reply lines, quoted lines from ``original``).
    """
    opening = next((line for line in lines[cut:] if line and not _RULE.match(line)), "")
    if _SEPARATOR.match(opening) or _FORWARD_INTRO.match(opening):
        return [], original[cut:]  # a forward: a line below it that lost its ">" is forwarded text
    body = cut
    while body < len(lines) and lines[body] and not _is_quote(lines[body]):
        body += 1  # the attribution, possibly wrapped
    following = next((line for line in lines[body:] if line), "")
    if not _is_quote(following):
        return [], original[cut:]
    replies: list[str] = []
    quoted: list[str] = list(original[cut:body])
    for i in range(body, len(lines)):
        line = lines[i]
        if _RULE.match(line) or _SEPARATOR.match(line) or _FORWARD_INTRO.match(line):
            quoted.extend(original[i:])
            break
        if _is_quote(line) or _attribution_at(lines, i) is not None:
            quoted.append(original[i])
        else:
            replies.append(line)
    while replies and not replies[-1]:
        replies.pop()
    return (replies if any(replies) else []), quoted
