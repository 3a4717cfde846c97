"""The asks of a hand-written client email, read the way a draft reads them (the new text
split into sentences, the items of a list of asks included): shared by the ask tests."""

from __future__ import annotations

from datetime import date

from assistant.checks.asks import Ask, extract_asks, listed_asks
from assistant.drafting.concerns import split_sentences


def asks_in(text: str, language: str, sent: date) -> dict[str, Ask]:
    """Return the asks of ``text`` (ISO 639-1 ``language``, sent on ``sent``) by kind."""
    found = extract_asks(
        split_sentences(text), language, sent=sent, listed=listed_asks(text, language)
    )
    return {ask.kind: ask for ask in found}
