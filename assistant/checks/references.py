"""Links, e-mail addresses, phone numbers and account numbers in a reply that no source gives.

A reply may repeat a link, address or number that the client's email, the client book,
the work log or the user's own identity contains; one that appears in none of them was
invented (by a model, or smuggled in by an instruction in the email) and must not reach
the client unchecked. PLAYBOOK.md, "What a good client reply looks like": facts only from
the record.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from contextlib import suppress
from datetime import date
from functools import lru_cache

_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"')\]]+", re.IGNORECASE)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
# ISO 13616: two letters, two check digits, 11-30 letters or digits (groups of four).
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")
# A bank account number named as one (not an IBAN): "account no. 12345678", "Konto
# 1234 5678", "sort code 12-34-56", in the languages drafts are read in.
_ACCOUNT = re.compile(
    r"\b(?:account|acct|sort code|routing|konto(?:nummer)?|bankverbindung|compte|cuenta|"
    r"rekening(?:nummer)?|conto)\b[^\d\n]{0,20}(\d[\d \-]{4,}\d)",
    re.IGNORECASE,
)
# A phone number: an optional +, then at least 8 digits with spaces, dots, dashes, slashes
# or brackets between them; dates (2026-03-14) and amounts (60,000) are too short.
_PHONE = re.compile(r"(?<![\w.])\+?\(?\d[\d \-./()]{6,}\d(?!\w|\.\d)")
# Dates and times, blanked out before looking for phone numbers (14.03.2026, 2026-03-14).
_DATE = re.compile(r"\b(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\b")


# An amount of money or a share: a number with a currency or percent sign or word.
_AMOUNT = re.compile(
    r"(?:[€$£]\s?\d[\d.,' ]*\d|\d[\d.,' ]*\d?\s?(?:%|€|\$|£|EUR\b|USD\b|GBP\b|CHF\b|"
    r"percent\b|per cent\b|Prozent\b|pour cent\b|por ciento\b|procent\b|per cento\b|euros?\b))",
    re.IGNORECASE,
)


def unsourced_amounts(text: str, sources: Iterable[str]) -> list[str]:
    """Return findings for money amounts and percentages the sources do not contain.

    ``50 %``, ``€500``, ``1.200 EUR``: an amount counts as sourced when a source holds
    an amount with the same digits and the same kind (a share, or money), formatting
    aside. Pure.
    """
    known = {_amount_key(m.group(0)) for source in sources for m in _AMOUNT.finditer(source)}
    found: list[str] = []
    for match in _AMOUNT.finditer(text):
        amount = match.group(0).strip()
        if _amount_key(amount) not in known and amount not in found:
            found.append(amount)
    return [f"an amount that no source gives: {amount}" for amount in found]


def _amount_key(amount: str) -> tuple[str, bool]:
    """Return (digits, is a share) for an amount: ``50 %`` and ``50 Prozent`` are one."""
    share = bool(
        re.search(
            r"%|percent|per cent|prozent|pour cent|por ciento|procent|per cento",
            amount,
            re.IGNORECASE,
        )
    )
    return _digits(amount), share


def promises(text: str, words: Iterable[str], facts: Iterable[str]) -> list[str]:
    """Return findings for words that promise money or a deadline (``words``, lower case)
    unless ``facts`` hold them (the client book's facts, and the client's own words: a
    reply may restate what they asked for). Pure."""
    lowered = text.casefold()
    held = "\n".join(facts).casefold()
    made = sorted({w for w in words if w in lowered and w not in held})
    return [f"a promise the record does not hold: '{word}'" for word in made]


def dates_in(text: str) -> set[date]:
    """Return the calendar dates ``text`` writes: 2026-03-14, 14.03.2026, 14/03/2026 (day
    first), and "14 March 2026" / "14. März 2026" / "March 14, 2026" in every language with
    month names (:mod:`assistant.lang`)."""
    found: set[date] = set()
    if not _YEAR.search(text):
        return found
    for y, m, d in re.findall(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", text):
        _add(found, int(y), int(m), int(d))
    for d, m, y in re.findall(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b", text):
        _add(found, int(y), int(m), int(d))
    numbers, day_first, month_first = _month_patterns()
    lowered = text.casefold()
    for d, name, y in day_first.findall(lowered):
        for number in numbers[name]:
            _add(found, int(y), number, int(d))
    for name, d, y in month_first.findall(lowered):
        for number in numbers[name]:
            _add(found, int(y), number, int(d))
    return found


_YEAR = re.compile(r"\d{4}")


@lru_cache(maxsize=1)
def _month_patterns() -> tuple[dict[str, set[int]], re.Pattern[str], re.Pattern[str]]:
    """Return (month name -> month numbers, "14 March 2026", "March 14, 2026") over the month
    names of every language (a name two languages share maps to each of its numbers)."""
    from assistant import lang

    numbers: dict[str, set[int]] = {}
    for known in lang.with_data("months"):
        for number, month in enumerate(known.months, start=1):
            numbers.setdefault(month.casefold(), set()).add(number)
    names = "|".join(re.escape(name) for name in sorted(numbers, key=len, reverse=True))
    day_first = re.compile(rf"\b(\d{{1,2}})\.?\s+({names})\s+(\d{{4}})\b")
    month_first = re.compile(rf"\b({names})\s+(\d{{1,2}}),?\s+(\d{{4}})\b")
    return numbers, day_first, month_first


def _add(found: set[date], year: int, month: int, day: int) -> None:
    with suppress(ValueError):
        found.add(date(year, month, day))


def unsourced_dates(text: str, known: Iterable[date], sources: Iterable[str]) -> list[str]:
    """Return findings for calendar dates in ``text`` that no source gives: not among
    ``known`` (work log, the email's Date, today) nor written in a source text. Pure."""
    allowed = set(known)
    for source in sources:
        allowed |= dates_in(source)
    return [
        f"a date that no source gives: {day.isoformat()}"
        for day in sorted(dates_in(text) - allowed)
    ]


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _host(reference: str) -> str:
    lowered = reference.lower()
    if "@" in lowered and "://" not in lowered:
        return lowered.rsplit("@", 1)[1]
    host = re.sub(r"^(?:https?://)?", "", lowered).split("/", 1)[0].split(":", 1)[0]
    return host.removeprefix("www.")


def unsourced_references(
    text: str, sources: Iterable[str], *, own_domains: Iterable[str] = ()
) -> list[str]:
    """Return findings for links, addresses, IBANs and phone numbers that no source contains.

    ``sources`` are the texts the reply may draw on (the client's email, the book's and
    the work log's text, the user's identity and signature). A link or address counts as
    sourced when a source contains it (case-insensitive, trailing punctuation ignored)
    or its host is one of ``own_domains`` or their subdomains (the user's own domain);
    an IBAN or phone number when a source contains its digits. Each finding names the
    reference: ``"a link that no source gives: https://pay.example/x"``. Pure.
    """
    corpus = "\n".join(sources)
    lowered = corpus.lower()
    digits = _digits(corpus)
    domains = {d.lower().removeprefix("www.") for d in own_domains if d}
    findings: list[str] = []
    seen: set[str] = set()

    def note(kind: str, reference: str) -> None:
        if reference not in seen:
            seen.add(reference)
            findings.append(f"{kind} that no source gives: {reference}")

    for match in _URL.finditer(text):
        url = match.group(0).rstrip(".,;:!?")
        host = _host(url)
        if url.lower() not in lowered and not any(
            host == d or host.endswith("." + d) for d in domains
        ):
            note("a link", url)
    for match in _EMAIL.finditer(text):
        address = match.group(0)
        host = _host(address)
        if address.lower() not in lowered and not any(
            host == d or host.endswith("." + d) for d in domains
        ):
            note("an e-mail address", address)
    for match in _IBAN.finditer(text):
        if _digits(match.group(0)) not in digits or not _digits(match.group(0)):
            note("an account number (IBAN)", match.group(0))
    for match in _ACCOUNT.finditer(_IBAN.sub(" ", text)):
        if _digits(match.group(1)) not in digits:
            note("an account number", match.group(1).strip())
    for match in _PHONE.finditer(_DATE.sub(" ", _ACCOUNT.sub(" ", _IBAN.sub(" ", text)))):
        number = match.group(0)
        wanted = _digits(number)
        if len(wanted) >= 8 and wanted not in digits:
            note("a phone number", number.strip())
    return findings
