"""How the sender addresses us: formally (Sie, vous, "Dear") or informally (du, tu, "Hi").

The reply answers in the same register (PLAYBOOK.md, step 1: "matching their formality").
"""

from __future__ import annotations

import re
from itertools import pairwise

from assistant import lang

#: The lines of full name, role and company a sign-off may stand above.
_SIGNATURE_BLOCK_LINES = 3


def detect_formality(text: str, language: str) -> str:
    """Return "informal" when the sender addresses us informally, else "formal".

    A language with a T-V distinction counts its forms (``informal_forms`` against
    ``formal_forms`` in its :mod:`assistant.lang` module): German du/dich/dir/dein/euch
    against Sie/Ihnen/Ihr(e), where a salutation "Sehr geehrte", "Herr X", "Frau X" counts
    as formal; French tu/toi/ton against vous/votre, where any tu form decides unless a formal
    salutation is there, since "vous" is also the plural (``formal_also_plural``: "Tu
    comprends ? ... Vous êtes des amateurs"). When neither form is there, a language's
    informal opener decides ("Ciao", "Hola"). Another language (English has no T-V
    distinction) is informal when its first line opens with one of ``informal_openers``
    ("Hi", "Hey", "Hello": we answer "Hi Anna" rather than "Dear Anna"), English's when it
    has none, or when it opens with no salutation and is signed with a first name or an
    initial alone ("WHERE IS THE REPORT?? ... A."), or above a full name that starts with it
    ("Sam, ... Daniel / Daniel Brooks / Director": :func:`_signed_with_first_name`).
    """
    known = lang.get(language)
    if known.formal_forms:
        informal = sum(len(re.findall(form, text)) for form in known.informal_forms)
        formal = sum(len(re.findall(form, text)) for form in known.formal_forms)
        others = known.formal_forms[1:]  # not the pronouns, which may be plural
        plural = informal and known.formal_also_plural
        if plural and not any(re.search(form, text) for form in others):
            return "informal"  # "vous" may be the agency: "tu" is only ever the reader
        if informal or formal or not known.informal_openers:
            return "informal" if informal > formal else "formal"
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    first = lines[0] if lines else ""
    if re.match(lang.phrase(language, "informal_openers"), first):
        return "informal"
    # No "Dear ..." and signed with a first name or an initial alone ("A.", "Tom"), maybe
    # above a block of full name, role and company: informal.
    salutation = re.match(rf"(?i)(?:{lang.alternation('salutation_openers')})\b", first)
    if not salutation and len(lines) > 1 and _signed_with_first_name(lines):
        return "informal"
    return "formal"


def _signed_with_first_name(lines: list[str]) -> bool:
    """Tell whether ``lines`` (the non-blank lines of an email) end with a first name or an
    initial alone ("Tom", "A.") below the text or a sign-off ("Thanks,"; not "Thanks" itself,
    nor "London" below a full name), or with a first name right above a full name that starts
    with it and up to :data:`_SIGNATURE_BLOCK_LINES` lines of name, role and company
    ("Daniel / Daniel Brooks / Director of E-commerce"); not "Regards / Margaret Holloway"."""
    before = lines[-2] if len(lines) > 1 else ""
    closes = before.endswith((".", "!", "?", ",")) or not before  # text or "Thanks," above it
    if re.fullmatch(r"[A-Z]\.?|[A-Z][a-z]+", lines[-1]) and closes and not _sign_off(lines[-1]):
        return True
    tail = lines[1:][-_SIGNATURE_BLOCK_LINES - 1 :]
    return any(
        re.fullmatch(r"[A-Z][a-z]+", line) and after.startswith(line + " ")
        for line, after in pairwise(tail)
    )


#: Every language's ``sign_offs`` ("Thanks", "Regards"), at the start of a line.
_SIGN_OFF = re.compile(rf"(?i)(?:{lang.alternation('sign_offs')})\b")


def _sign_off(line: str) -> bool:
    """Tell whether ``line`` is a sign-off word ("Thanks", "Regards"), not a name."""
    return bool(_SIGN_OFF.match(line))
