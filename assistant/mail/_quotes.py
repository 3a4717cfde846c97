"""Split a plain-text body into new text, quoted history and signature.

The words of each language (separators, attribution verbs, header names, mobile signatures,
disclaimer cues) come from its module in :mod:`assistant.lang`. The base is
mail-parser-reply's per-language tables (attribution lines such as
``On ... wrote:`` / ``Am ... schrieb ...:`` and Outlook ``From:/Sent:`` blocks, sign-offs).
This module adds what it misses on the corpus: forward and original-message separators in
many languages, attribution verbs it has no table for (it, pt, fi, no, ru), ``Date, Name
<addr>:`` lines, Outlook separator lines, ``>`` quotes without an attribution, bottom-posted
replies, ``-- `` and mobile signatures; then, from mail clients' localised reply headers
(tests/data/quotes/thunderbird-*-strings/SOURCE.md), a verb followed by the date ("Anna wrote
on 03/12/2026 10:05:"), a line ending in a colon right above a ``>`` quote ("Anna Smith
wrote:"), a title in dashes above the history in any language, Arabic read without its vowel
marks; an external-sender banner above the text (mail/_banner.py) and an attribution that runs
on after the new text on one line (mail/_collapsed.py). Quote detection only scans the first
``_SCAN_CHARS`` characters, so a huge quoted tail costs nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant import lang
from assistant.mail._banner import banner_end
from assistant.mail._collapsed import unfold_collapsed
from assistant.mail._quote_library import library_cut
from assistant.mail._signature import (
    QUOTE_MARKS,
    RULE,
    join_lines,
    repeated_footer_start,
    split_signature,
)

_SCAN_CHARS = 64 * 1024
_VERB_TAIL = 64  # characters: a verb (and a date in parentheses, Hungarian) ends an attribution


_words = lang.alternation

# "-----Original Message-----", and HTC's "-Reply message -----" (one dash before, a run after).
_SEPARATOR = re.compile(
    rf"^[>|\s*]*(?:-{{2,}}\s*(?:{_words('quote_separators')})\s*-*|-\s*(?:{_words('quote_separators')})\s*-{{2,}})",
    re.IGNORECASE,
)
_FORWARD_INTRO = re.compile(rf"^[>\s]*(?:{_words('forward_intros')})\s*:", re.IGNORECASE)
_REPLY_ABOVE = re.compile(
    rf"^[>|#*=\-\s]*(?:{_words('reply_above')})\s*[:.#*=\-]*\s*$", re.IGNORECASE
)
# A helpdesk's "=_=_=_= To answer by email, write under this line =_=_=_=" below its
# notification: a reply may be written below it, or above the notification's "write above"
# line, or both.
_REPLY_BELOW = re.compile(
    rf"^[>|#*=_\-\s]*(?:{_words('reply_below')})\s*[:.#*=_\-]*\s*$", re.IGNORECASE
)
# Gmail's older attribution: "2016-03-03 17:21 GMT+01:00 Some One <a@b>:" (or no colon).
_GMAIL_ISO = re.compile(r"^\d{4}-\d{2}-\d{2} \d{1,2}:\d{2} GMT[+-]\d{1,2}:?\d{2}\b.{1,200}$")
# Older Gmail: "2013/7/20 Sam <sam@example.com>" alone above the quote, no verb.
_GMAIL_SLASHED = re.compile(r"^\d{4}/\d{1,2}/\d{1,2}\s.{1,120}<[^<>@\s]+@[^<>\s]+>\s*:?$")
# Zoho's "---- On Mon, 3 Nov 2026 Sam wrote ----", Android's "---- Sam wrote ----".
_DASHED_ATTRIBUTION = re.compile(
    rf"^-{{2,}}\s*\S.{{0,200}}?(?:{_words('attribution_verbs')})\s*-{{2,}}\s*$", re.IGNORECASE
)
_VERB_END = re.compile(rf"(?:{_words('attribution_verbs')})\s*[:\uff1a]?\s*$", re.IGNORECASE)
# The verb before the date and time, as Thunderbird and Outlook write it in many languages:
# "Anna wrote on 03/12/2026 10:05:", "Anna schreef op 3 december 2026, 10:05:00 UTC:",
# "Ana escreveu às 10:05 de 03/12/26:". The time sits near the colon that ends the line.
_VERB_THEN_TIME = re.compile(
    rf"(?<!\w)(?:{_words('attribution_verbs')})\s.{{0,60}}?\d{{1,2}}[:.]\d{{2}}.{{0,25}}[:\uff1a]\s*$",
    re.IGNORECASE,
)
# A verb anywhere in a short line that ends with a colon: "skrev Anna Hansen:", "كتب سارة:".
_VERB_ANYWHERE = re.compile(rf"(?<!\w)(?:{_words('attribution_verbs')})(?!\w)", re.IGNORECASE)
_TIME = re.compile(r"\d{1,2}[:.]\d{2}")
_INTRO_MAX = 200  # characters: an attribution line, not a paragraph
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
# Right-to-left, left-to-right and Arabic letter marks, zero-width characters and the word
# joiner, bidi embeddings and isolates, the BOM: invisible, they wrap Arabic and Hebrew lines
# ("\u202b...\u202c") and open Outlook's text. The rules read lines without them; the text
# returned keeps them.
# Arabic vowel marks and the tatweel (U+064B-U+065F, U+0670, U+0640) are optional in
# writing ("مِن" is "من"): read without them too.
_INVISIBLE = re.compile(
    "[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u0640\u064b-\u065f\u0670]"
)
_MARK_STARTS = frozenset(">|-_=*")  # first characters of quote marks, rules and separators


@dataclass(frozen=True)
class Parts:
    """A body split into what the sender wrote now, the quoted history, the signature."""

    new_text: str
    quoted_text: str
    signature: str
    banner: str = ""  # a mail gateway's external-sender warning above the text


def _is_quote(line: str) -> bool:
    """Tell whether ``line`` is quoted: ``>``, ``|`` as some clients and forums quote, or the
    writer's initials before ``>`` ("JS> text", "C>": Outlook's and Supercite's initials
    quoting). A line framed as ``>>> ... <<<`` is a newsletter's decoration, not a quote."""
    if line.startswith(">"):
        return not (line.startswith(">>>") and line.endswith("<<<"))
    return line.startswith("| ") or line == "|" or _INITIALS_QUOTE.match(line) is not None


# One to three capital letters, then ">" and a space or the line's end.
_INITIALS_QUOTE = re.compile(r"^[A-Z]{1,3}>+(?:[ \t]|$)")


def _ends_with_verb(line: str) -> bool:
    """Tell whether ``line`` ends with an attribution verb (``wrote:``); checks the tail only."""
    tail = line[-_VERB_TAIL:]
    if _VERB_END.search(tail) is not None:
        return True
    return (
        line[-1:] in (":", "\uff1a") and _VERB_THEN_TIME.search(line[-2 * _VERB_TAIL :]) is not None
    )


def _introduces_quote(line: str) -> bool:
    """Tell whether ``line``, right above a ``>`` line, is the attribution of that quote
    though it names no date or address: it ends with a colon and has an attribution verb
    ("Anna Smith wrote:", "skrev Anna Hansen:"), or an address or a time ("03.12.26 10:05,
    Анна:"). Thunderbird's "#1 wrote:" and its translations are such lines: the ``>`` marks
    are RFC 3676's (section 4.5), the line above them each client's own."""
    if not line or len(line) > _INTRO_MAX or line[-1] not in (":", "\uff1a") or _is_quote(line):
        return False
    return "@" in line or _TIME.search(line) is not None or _VERB_ANYWHERE.search(line) is not None


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
        if line[:1].isdigit() and _gmail_slashed(lines, i):
            return i
        if not line or (
            line[0] not in _MARK_STARTS
            and ":" not in line
            and "\uff1a" not in line  # a Japanese header block's full-width colon
            and not _ends_with_verb(line)
            and not _INITIALS_QUOTE.match(line)
        ):
            continue  # prose: none of the rules below can match (lines are stripped)
        if _SEPARATOR.match(line) or _FORWARD_INTRO.match(line) or _DASHED_ATTRIBUTION.match(line):
            return i
        if _GMAIL_ISO.match(line):
            return i
        if _HEADER_START.match(line) and _quoted_header_block(lines, i):
            while i > 0 and lines[i - 1] and _HEADER_NEXT.match(lines[i - 1]):
                i -= 1  # "Date: ..." above "From:": fields in another order
            return i
        if RULE.match(line) and any(_HEADER_START.match(n) for n in lines[i + 1 : i + 4] if n):
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
            return i - 1 if i > 0 and _introduces_quote(lines[i - 1]) else i
    return None


def _gmail_slashed(lines: list[str], i: int) -> bool:
    """Tell whether line ``i`` is older Gmail's "2013/7/20 Sam <sam@example.com>" above a
    quote, or Android's, wrapped after "<" ("2013/11/1 Sam <" / "sam@example.com>")."""
    line, below = lines[i], i + 1
    if line.endswith("<") and below < len(lines):
        line, below = line + lines[below], below + 1
    return bool(_GMAIL_SLASHED.match(line)) and _is_quote(
        next((n for n in lines[below : below + 3] if n), "")
    )


def _quoted_header_block(lines: list[str], i: int) -> bool:
    """Tell whether the "From:" line ``i`` opens a quoted message's header block: another
    field follows within three lines, or on the same line ("From: addr Date: ..."), and the
    block has a date, an address or a third field. A reply that opens with its own "From:
    Name / To: Support" lines, no date or address in them, is the sender's text."""
    line = lines[i]
    if _INLINE_FIELD.search(line) and ("@" in line or _DIGIT.search(line)):
        return True
    if not any(_HEADER_NEXT.match(nxt) for nxt in lines[i + 1 : i + 4] if nxt):
        return False
    block = lines[i : i + 8]
    block = block[: block.index("")] if "" in block else block
    fields = sum(1 for n in block if _HEADER_NEXT.match(n) or _HEADER_START.match(n))
    return fields >= 3 or any("@" in n or _DIGIT.search(n) for n in block) or len(block) < 2


_INLINE_FIELD = re.compile(rf"\S\s+(?:{_words('header_fields')})\s*[:\uff1a]\s", re.IGNORECASE)


# Thunderbird's and K-9's "-------- Original Message --------" in a language we have no
# words for: a title between runs of dashes, right above a header block or a quote.
_DASHED_TITLE = re.compile(r"^-{2,}\s*[^\s-](?:[^-]|-(?!-)){0,60}-{2,}$")


def _back_over_rules(lines: list[str], cut: int) -> int:
    """Move a cut up over blank lines, separator rules and a dashed title ("-------- Message
    original --------", in any language) that belong to the quote."""
    while cut > 0 and (
        not lines[cut - 1] or RULE.match(lines[cut - 1]) or _DASHED_TITLE.match(lines[cut - 1])
    ):
        cut -= 1
    return cut


_BANNER_SCAN = 40  # lines: a banner opens the message


def split_quotes(text: str) -> Parts:
    """Split ``text`` (LF line endings) into new text, quoted history and signature; an
    external-sender banner that opens it (mail/_banner.py) is set apart, not new text, and
    an attribution that runs on after the new text on one line (mail/_collapsed.py) starts
    the history. See :func:`_split` for the layouts."""
    text = text.removeprefix("\ufeff")  # a byte-order mark is no text
    around = _around_a_notification(text)
    if around is not None:
        return around
    text = unfold_collapsed(text[:_SCAN_CHARS]) + text[_SCAN_CHARS:]
    head = text[:_SCAN_CHARS].split("\n")
    end = banner_end([_INVISIBLE.sub("", line).strip() for line in head[:_BANNER_SCAN]])
    if end is None:
        return _split(text)
    banner = "\n".join(head[:end]).strip()
    return replace(_split("\n".join(text.split("\n")[end:])), banner=banner)


def _around_a_notification(text: str) -> Parts | None:
    """Split a reply to a helpdesk notification framed by "write above this line" and "write
    under this line" (GLPI's markers), or None when no "write under" line is found. The
    notification between the two, or above the lower one when there is no upper one, is
    history; what the sender wrote above the upper line and below the lower one is the new
    text, read as any reply is (its own quote and signature split off)."""
    lines = text[:_SCAN_CHARS].split("\n")
    below = next(
        (
            i
            for i, line in enumerate(lines)
            if len(line) < 120 and not _is_quote(line) and _REPLY_BELOW.match(line.strip())
        ),
        None,
    )
    if below is None:
        return None
    above = next((i for i, line in enumerate(lines[:below]) if _REPLY_ABOVE.match(line.strip())), 0)
    notification = "\n".join(lines[above : below + 1]).strip()
    top = "\n".join(lines[:above]).strip("\n")
    rest = ("\n".join(lines[below + 1 :]) + text[_SCAN_CHARS:]).strip("\n")
    parts = split_quotes(f"{top}\n\n{rest}" if top and rest else top or rest)
    quoted = "\n\n".join(part for part in (notification, parts.quoted_text) if part)
    return replace(parts, quoted_text=quoted)


def _split(text: str) -> Parts:
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
    library = library_cut(lines, own)
    if library is not None and _HEADER_START.match(lines[library]):
        library = library if _quoted_header_block(lines, library) else None
    cuts = [cut for cut in (own, library) if cut is not None]
    if not cuts:
        new, signature = split_signature(lines, head.split("\n"))
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
            rest = _split(join_lines(original[below:]) + tail)
            if rest.new_text:
                return rest
        return Parts("", (join_lines(original) + tail).strip("\n"), "")
    if replies:
        above, above_original = [*above, "", *replies], [*above_original, "", *replies]
    footer = repeated_footer_start(above, quoted)
    if footer is not None:  # a footer every message carries, repeated below the quote
        new, signature = split_signature(above[:footer], above_original[:footer])
        signature = join_lines([signature, "", *above_original[footer:]]).strip()
    else:
        new, signature = split_signature(above, above_original)
    return Parts(new.strip("\n"), (join_lines(quoted) + tail).strip("\n"), signature)


def quote_starts_in(text: str) -> bool:
    """Tell whether quoted history starts in ``text`` (an attribution, a header block, a
    separator, a forward's intro, a ``>`` quote), as :func:`split_quotes` would cut there.
    Reads the last ``_SCAN_CHARS`` characters: what ends the text is what matters."""
    lines = [_INVISIBLE.sub("", line).strip() for line in text[-_SCAN_CHARS:].split("\n")]
    if _own_cut(lines) is not None:
        return True
    library = library_cut(lines, None)
    return library is not None and (
        not _HEADER_START.match(lines[library]) or _quoted_header_block(lines, library)
    )


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
    inner = [QUOTE_MARKS.sub("", line) for line in lines]
    return _own_cut(inner) is None and library_cut(inner, None) is None


def _interleaved(lines: list[str], original: list[str], cut: int) -> tuple[list[str], list[str]]:
    """Collect reply lines written between ``>`` quotes below ``cut`` (inline or bottom-posting).

    Applies only when the quote starting at ``cut`` is ``>``-quoted; stops at a separator
    rule or a forward/original-message header (a list footer or older history follows).
    Returns (reply lines, quoted lines from ``original``).
    """
    opening = next((line for line in lines[cut:] if line and not RULE.match(line)), "")
    if _SEPARATOR.match(opening) or _FORWARD_INTRO.match(opening):
        return [], original[cut:]  # a forward: a line below it that lost its ">" is forwarded text
    body = cut
    while body < len(lines) and not lines[body]:
        body += 1  # the blank lines the cut was moved up over (_back_over_rules)
    while body < len(lines) and lines[body] and not _is_quote(lines[body]):
        body += 1  # the attribution, possibly wrapped
    following = next((line for line in lines[body:] if line), "")
    if not _is_quote(following):
        return [], original[cut:]
    replies: list[tuple[int, str]] = []
    quoted: list[str] = list(original[cut:body])
    for i in range(body, len(lines)):
        line = lines[i]
        if RULE.match(line) or _SEPARATOR.match(line) or _FORWARD_INTRO.match(line):
            quoted.extend(original[i:])
            break
        if _is_quote(line) and _REPLY_ABOVE.match(line):
            quoted.extend(original[i:])  # "> -- Reply above this line --": all below is history
            break
        attribution = _attribution_at(lines, i)
        if attribution is not None and attribution < i:
            # an attribution wrapped over lines first read as replies ("On ..., Name" /
            # "<addr>" / "wrote:"): those lines are the quote's
            quoted.extend(original[j] for j, _ in replies if j >= attribution)
            replies = [(j, reply) for j, reply in replies if j < attribution]
        if (
            _is_quote(line)
            or attribution is not None
            or _intro_at(lines, i)
            or _lost_its_mark(lines, i)
            or _elided_at(lines, i)
        ):
            quoted.append(original[i])
        else:
            replies.append((i, line))
    texts = [reply for _, reply in replies]
    while texts and not texts[-1]:
        texts.pop()
    return (texts if any(texts) else []), quoted


def _lost_its_mark(lines: list[str], i: int) -> bool:
    """Tell whether line ``i`` is the tail of a quoted line wrapped after quoting, so that
    it lost its ``>``: unquoted, right between two ``>`` lines with no blank line, the line
    above wrapped (cut mid-sentence: no full stop, question or exclamation mark or colon at
    its end; or :data:`WRAPPED_AT` characters long), and this one not opening a sentence of
    its own
    (a lowercase word, a link's rest: "_nonce=3dd518)"; not "no you did not, ...", not
    "¿Qué lunes?", not a quotation or a list item)."""
    line = lines[i]
    above = lines[i - 1].rstrip() if i > 0 else ""
    return (
        0 < i < len(lines) - 1
        and bool(line)
        and not line[0].isupper()
        and not line[0].isdigit()
        and line[0] not in _OPENS_A_SENTENCE
        and (len(above) >= WRAPPED_AT or not above.endswith((".", "?", "!", ":", "\u3002")))
        and _is_quote(lines[i - 1])
        and _is_quote(lines[i + 1])
    )


#: A quoted line this long (characters, with its ">") was likely wrapped by the replier's
#: client (RFC 3676 4.5: flowed text wraps at 66 to 78).
WRAPPED_AT = 60

#: What opens a sentence or a quotation of the replier's own: never a wrapped tail.
_OPENS_A_SENTENCE = frozenset("¿¡\"'«„\u201c\u2018-*•([")


#: A line that stands for quoted text the writer cut: "...", "\u2026", "[...]", "(...)", "<...>".
_ELISION = re.compile(r"^[\[(<]?\s?(?:\.{3,}|\u2026)\s?[\])>]?$")


def _elided_at(lines: list[str], i: int) -> bool:
    """Tell whether line ``i`` is an elision mark inside a ``>`` quote: nothing but "..." or
    "[...]", with a ``>`` line the next non-blank line above and below it. The writer cut
    quoted text there (a patch's lines, a long paragraph); the mark is the quote's."""
    if not _ELISION.match(lines[i]):
        return False
    above = next((line for line in reversed(lines[:i]) if line), "")
    below = next((line for line in lines[i + 1 :] if line), "")
    return _is_quote(above) and _is_quote(below)


def _intro_at(lines: list[str], i: int) -> bool:
    """Tell whether line ``i`` is an attribution without date or address right above a
    ``>`` line (:func:`_introduces_quote`): between inline replies, it is quote."""
    return i + 1 < len(lines) and _is_quote(lines[i + 1]) and _introduces_quote(lines[i])
