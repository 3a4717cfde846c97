"""The playbook's checks on a reply's greeting, form of address, questions and order of steps.

Helpers of :func:`assistant.checks.review.review_reply` (PLAYBOOK.md, "What a good client reply
looks like"): the reply greets the sender by name and matches their Sie/du; it asks one to
three questions back; it thanks them before it lists the work. Each check returns a
sentence for the user, or None. The checks read the reply's own words: a quoted original
below an attribution, the client's sentences it quotes back ("- “...”", „...“), their
questions restated as a list ("You asked:") and URLs do not count. Heuristics, tuned to stay
silent on good replies rather than catch every bad one; tests/test_check_false_alarms.py
holds a corpus of good model replies they must pass. Pure and deterministic.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from assistant import lang
from assistant.lang.formality import detect_formality
from assistant.mail._quotes import split_quotes
from assistant.mail.message import Email

if TYPE_CHECKING:
    from assistant.accounts.book import Contact

#: How many questions back the playbook wants at most (steps 1 and 2 ask one each).
MAX_QUESTIONS = 3

_BULLET = re.compile(r"^\s*(?:[-*•·–]|\d{1,2}[.)])\s+")  # noqa: RUF001
_OPEN_QUOTES = '"“„«»'
# An inline quotation runs from an opening mark to the first of its closing marks on the line.
_QUOTE_MARKS = {"“": "”", "„": "“”", "«": "»", "»": "«", '"': '"'}
_QUOTE_START = re.compile(f"[{''.join(_QUOTE_MARKS)}]")
_QUOTE_END = {mark: re.compile(f"[{ends}]") for mark, ends in _QUOTE_MARKS.items()}
_SUBJECT_LINE = re.compile(rf"(?:{lang.alternation('subject_labels')})\s*:", re.IGNORECASE)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
# A run of "?" and "!" with a "?" in it, then a space, closing mark or the end: one question.
# It is matched from the run's start only, so a long run not followed by one costs n, not n**2.
_QUESTION = re.compile(r"(?<![?!])!*+\?[?!]*+(?=[\s\"'”“»«)\]*_]|$)")
# An ask without a question mark: "I'd love to hear what ...", "please let me know which ...",
# "Mich interessiert, was ...", "Sagen Sie mir gern, ob ...". The ask must lead to a question
# word in the same sentence, so "let me know if you need anything" asks nothing.
_ASK = re.compile(
    rf"\b(?:{lang.alternation('asks')})[^.!?\n]{{0,80}}?\b(?:{lang.alternation('question_words')})\b",
    re.IGNORECASE,
)
#: The lead-in of the client's own questions restated as a list ("You asked three things:");
#: :func:`_their_questions` wants a colon after it that ends the line.
_THEIR_QUESTIONS = re.compile(rf"\b(?:{lang.alternation('their_questions')})\b", re.IGNORECASE)
_THANKS = re.compile(rf"\b(?:{lang.alternation('thanks')})\b", re.IGNORECASE)
#: The lead-in of the work record ("here is the work we did for you ...:"); a colon must follow.
_RECORD_INTRO = re.compile(rf"\b(?:{lang.alternation('record_intros')})", re.IGNORECASE)
_MONTH = rf"(?:{lang.alternation('month_patterns')})"
#: A day with its month ("14 March", "14. März", "March 14"), an ISO or a German numeric date.
_DATE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\.?\s+{_MONTH}\b\.?|\b{_MONTH}\.?\s+\d{{1,2}}\b|"
    r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\.\d{1,2}\.(?:\d{2,4})?",
    re.IGNORECASE,
)
_MONTH_NAMES = sorted({month for known in lang.with_data("months") for month in known.months})
_MONTH_NAME = re.compile(rf"\b(?:{'|'.join(_MONTH_NAMES)})\b")
_COMPANY = re.compile(rf"(?<!\w)(?:{lang.alternation('company_words')})(?!\w)", re.IGNORECASE)
#: Words of a display name that do not greet anybody: particles and titles.
_NOT_A_NAME = frozenset(word for known in lang.all_languages() for word in known.not_a_name)


def reply_text(text: str, email: Email) -> str:
    """Return ``text`` without a quoted original below an attribution and without ``>`` lines.

    The cut is made only when what follows it is ``>``-quoted or repeats the start of the
    client's new text, so a reply line that merely looks like an attribution stays.
    """
    parts = split_quotes(text.replace("\r\n", "\n"))
    quoted = parts.quoted_text
    start = " ".join(email.new_text.split())[:60]
    if quoted and (
        any(line.lstrip().startswith(">") for line in quoted.splitlines())
        or (len(start) >= 20 and start in " ".join(quoted.split()))
    ):
        text = "\n\n".join(part for part in (parts.new_text, parts.signature) if part)
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(">"))


def own_words(text: str) -> str:
    """Return ``text`` without the client's words it quotes and without URLs.

    List lines that open with a quotation mark ("- “The reports were late.”") go whole
    (a quote may nest others), and so does a list of the client's questions under a lead-in
    that says so ("You asked three things:", „Sie fragen:“); other quotations and URLs are
    cut out of their line.
    """
    lines: list[str] = []
    theirs = False
    for line in text.splitlines():
        bullet = _BULLET.match(line)
        if bullet is None and line.strip():
            theirs = _their_questions(line)
        elif bullet is not None and (theirs or line[bullet.end() :].lstrip()[:1] in _OPEN_QUOTES):
            line = ""
        lines.append(_URL.sub(" ", _cut_quotes(line)))
    return "\n".join(lines)


def _their_questions(line: str) -> bool:
    """Whether ``line`` leads in to the client's questions: a lead-in, then a colon ending it.

    No sentence end (. ! ?) may stand between the lead-in and the colon; whitespace may
    follow the colon. The lead-in is searched for after the last sentence end only, so a
    line of many lead-ins costs its length once, not once per lead-in.
    """
    colon = len(line.rstrip()) - 1
    if colon < 0 or line[colon] != ":":
        return False
    stop = max(line.rfind(mark, 0, colon) for mark in ".!?\n")
    return _THEIR_QUESTIONS.search(line, stop + 1, colon) is not None


def _cut_quotes(line: str) -> str:
    """Return ``line`` (one line) with each inline quotation replaced by a space.

    Left to right, a quotation runs from an opening mark (“ „ « » ") to the first of its
    closing marks after it (” “” » « "); an opening mark with none after it quotes nothing,
    and neither does any later one of its kind: the line is searched once per kind for them,
    not once per mark.
    """
    parts: list[str] = []
    done = 0
    unclosed: set[str] = set()
    for opening in _QUOTE_START.finditer(line):
        start, mark = opening.start(), opening.group()
        if start < done or mark in unclosed:
            continue
        closing = _QUOTE_END[mark].search(line, start + 1)
        if closing is None:
            unclosed.add(mark)
            continue
        parts += (line[done:start], " ")
        done = closing.end()
    return "".join([*parts, line[done:]])


def _formal_without_name(email: Email, greeting: str) -> bool:
    """Tell whether ``greeting`` is one of the language's salutation openers alone ("Guten
    Tag,") where the drafters greet without a name: a sender known by one name, who writes
    formally, in a language that greets formally by full name
    (:func:`assistant.mail.sender.greeting_name` gives "")."""
    from assistant.mail.sender import greeting_name

    language = email.language or "und"
    openers = "|".join(lang.get(language).salutation_openers)
    if not openers or not re.fullmatch(rf"(?i)(?:{openers})\W*", greeting):
        return False
    display = email.sender.display_name if email.sender is not None else ""
    informal = detect_formality(email.new_text, language) == "informal"
    return not greeting_name(display, language, informal=informal)


def greeting_finding(text: str, email: Email, contact: Contact | None) -> str | None:
    """Return a finding when the greeting line does not name a sender who is a person.

    The greeting is the first non-empty line after any "Subject:" line (the next one too,
    when it ends with a colon: a preamble). It passes when it has a word of the sender's
    display name other than a title (first name, surname, nickname; "Müller", "Mueller"
    or "Muller") or of the client book's contact name. Silent without a display name, for
    a machine, role or company sender.
    """
    from assistant.mail.sender import is_system_sender, name_parts

    display = email.sender.display_name if email.sender is not None else ""
    if not display.strip() or is_system_sender(email):
        return None
    titles, given, surname = name_parts(display)
    person = " ".join(part for part in (given, surname) if part)
    if not person or _COMPANY.search(person) or len(person.split()) > 4 or len(person) < 2:
        return None
    names = _name_words(display) | _name_words(_person_name(contact))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    while lines and _SUBJECT_LINE.match(lines[0]):
        lines.pop(0)
    greeting = " ".join(lines[:2] if lines and lines[0].endswith(":") else lines[:1])
    if _formal_without_name(email, greeting):
        return None  # "Jürgen" alone, formally: "Guten Tag," (mail.sender.greeting_name)
    spelled = {_plain(greeting, umlauts=True), _plain(greeting, umlauts=False)}
    if any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", g) for name in names for g in spelled):
        return None
    return f"the reply does not greet {' '.join([*titles, person])} by name"


def formality_finding(own: str, email: Email, language: str, who: str) -> str | None:
    """Return a finding when a reply says du to a formal client, or Sie to an informal one.

    For a language whose module has the reply's T-V forms (``reply_informal_forms``,
    ``reply_formal_forms`` in :mod:`assistant.lang`: German). The client's form is
    :func:`assistant.lang.formality.detect_formality` of their new text (not the quote); the
    reply's forms are counted in ``own``, the reply's own words.
    """
    words = lang.find(language)
    if words is None or not words.reply_formal_forms:
        return None
    informal, formal = words.reply_pronouns
    if detect_formality(email.new_text, words.code) == "informal":
        forms = _distinct(re.findall(words.reply_formal_forms, own))
        want, wrote = informal, f"informally ({informal})"
    else:
        forms = _distinct(re.findall(words.reply_informal_forms, own))
        want, wrote = formal, f"formally ({formal})"
    if not forms:
        return None
    said = ", ".join(f"'{form}'" for form in forms[:3])
    return f"the reply says {said} but {who} writes {wrote}: use {want} throughout"


def questions_finding(own: str) -> str | None:
    """Return a finding for a reply that asks no question back, or more than three.

    Question marks are counted. A reply without one still asks when it asks indirectly
    ("I'd love to hear what ...", "Mich interessiert, was ..."); such asks do not add to
    the count that may reach four.
    """
    count = len(_QUESTION.findall(own))
    if count == 0 and _ASK.search(own) is None:
        return "the reply asks nothing back: ask what competitors do better (step 1)"
    if count > MAX_QUESTIONS:
        return f"the reply asks {count} questions: one to three is enough"
    return None


def order_finding(own: str) -> str | None:
    """Return a finding when the reply does not thank, or thanks only after the work record.

    A thanks in one of the last three lines, when it is short and ends without a full stop
    ("Thanks,", "Danke und viele Grüße"), is a sign-off, not step 1. The work record starts
    at a lead-in with a colon ("here is what we did for you in the period:") or at a list
    of two or more items that all carry a date.
    """
    lines = own.splitlines(keepends=True)
    closing = {
        i
        for i in [i for i, line in enumerate(lines) if line.strip()][-3:]
        if len(lines[i].split()) <= 5 and not lines[i].rstrip().endswith((".", "!", "?"))
    }
    offset, thanks, record = 0, None, None
    for i, line in enumerate(lines):
        found = _THANKS.search(line)
        if found and thanks is None and i not in closing:
            thanks = offset + found.start()
        intro = _record_intro(line)
        if intro is not None and record is None:
            record = offset + intro
        offset += len(line)
    listed = _dated_list_start(lines)
    if listed is not None:
        record = listed if record is None else min(record, listed)
    if thanks is None:
        return "the reply does not thank them for the feedback (step 1)"
    if record is not None and thanks > record:
        return "thank and restate their concerns before listing the work (steps 1, 2)"
    return None


def _record_intro(line: str) -> int | None:
    """Return where a work-record lead-in starts in ``line``: the phrase, then a colon.

    What follows the colon must be work: nothing on the line (a list below it) or items
    with a date or month ("the room pages in August"). "The work we did for you has felt
    one-sided: you only hear from us when ..." restates a concern and is no record.
    """
    for match in _RECORD_INTRO.finditer(line):
        rest = line[match.end() :]
        colon = rest.find(":")
        if colon < 0 or re.search(r"[.!?]\s", rest[:colon]):
            continue
        after = rest[colon + 1 :]
        if not after.strip() or _DATE.search(after) or _MONTH_NAME.search(after):
            return match.start()
    return None


def _dated_list_start(lines: list[str]) -> int | None:
    """Return the offset of the first list of two or more items that all carry a date."""
    offset, start, items, dated = 0, 0, 0, True
    for line in [*lines, "end\n"]:
        if _BULLET.match(line):
            if items == 0:
                start, dated = offset, True
            items += 1
            dated = dated and _DATE.search(line) is not None
        elif line.strip():
            if items >= 2 and dated:
                return start
            items = 0
        offset += len(line)
    return None


def _distinct(forms: list[str]) -> list[str]:
    return list(dict.fromkeys(forms))


def _person_name(contact: Contact | None) -> str:
    return contact.name if contact is not None else ""


def _name_words(name: str) -> set[str]:
    """Return the words of a person's name that may greet them, simplified (see _plain).

    Every word counts but titles and particles: 'Robert "Bob" Smith' may be greeted "Bob".
    """
    person = re.split(r"\s+(?:via|über|through)\s+", name, maxsplit=1, flags=re.IGNORECASE)[0]
    words = [
        word
        for umlauts in (True, False)
        for word in re.split(r"[^\w']+", _plain(person, umlauts=umlauts))
    ]
    return {word for word in words if len(word) > 1 and word not in _NOT_A_NAME}


def _plain(text: str, *, umlauts: bool) -> str:
    """Case-fold ``text`` and drop accents (Siobhán: siobhan); ``umlauts``: ä as ae, ß as ss."""
    text = text.casefold().replace("’", "'")  # noqa: RUF001
    if umlauts:
        for umlaut, spelled in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
            text = text.replace(umlaut, spelled)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
